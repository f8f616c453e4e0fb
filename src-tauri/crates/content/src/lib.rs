//! Content packs (`.coverready-content`): the data under `assets/` that ages (end-of-life
//! tables, the question bank, the risk model, playbooks…) and its locale texts, in a signed,
//! versioned archive. The pack compiled into the app is one too. Every crate reads its data
//! through [`Cached`] from the [`active`] content, so an installed pack takes effect at once.

mod active;
mod error;
mod install;
pub mod manifest;
mod read;
mod set;
mod stale;
mod verify;
pub mod write;

pub use active::{activate, active, builtin, builtin_bytes, Cached};
pub use error::ContentError;
pub use install::{
    check_offered, install, load, requires_app, Loaded, PassedOver, Validate, APP_VERSION,
    CONTENT_DIR, CURRENT_FILE, PACK_EXTENSION, PREVIOUS_FILE,
};
pub use read::MAX_PACK_BYTES;
pub use set::{ContentSet, Origin};
pub use stale::{datasets_at, review_by_unix, DatasetStatus};
#[cfg(debug_assertions)]
pub use verify::TEST_ROOT_ENV;
pub use verify::{open_embedded, open_signed, Trust};
