//! The owner's files: everything CoverReady writes about a firm (stores, outbox, signing key,
//! reports) goes through this crate, so the rules are written once.
//!
//! - Folders are created 0700 and files 0600, set at creation (`DirBuilderExt::mode`,
//!   `OpenOptionsExt::mode`), so no umask can make them readable by other local users. A mode is
//!   never changed afterwards on a file this crate did not just create.
//! - A file the app trusts (a store, the key) is opened without following a link and must be a
//!   regular file owned by the user running the app: a link planted at that path is refused,
//!   and its target is neither read nor touched.
//! - Files are written to a private temporary name in the same folder, flushed, then renamed
//!   (or linked, when nothing may be replaced): a crash or a full disk never leaves a
//!   half-written file, and nothing is left behind when writing fails.
//!
//! Windows: files inherit the ACL of the folder they are created in; the user's profile
//! (`%APPDATA%`, where the data folder lives) is readable only by that user and administrators,
//! which is the protection 0700/0600 gives on Unix. No ACL is set here.

mod open;
mod refusal;
mod write;

pub use open::{ensure_private_file, open_regular_no_follow, private_dir, read_regular_no_follow};
pub use refusal::{refusal, Refused};
pub use write::{check_target, write_private_atomically, write_private_set, Planned, Replace};

/// Mode of every folder created (owner only).
pub const DIR_MODE: u32 = 0o700;
/// Mode of every file created (owner read and write).
pub const FILE_MODE: u32 = 0o600;
