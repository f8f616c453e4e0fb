//! Consent-first, signed submission of a readiness report to the public platform (or a broker's
//! intake), following the open protocol in `assets/protocol/`.
//!
//! The flow: [`Installation::load_or_create`] gives the per-installation Ed25519 key;
//! [`build_package`] makes the signed package; [`Client::observe_destination`] learns the
//! platform's TLS identity for the consent screen; [`ConsentRecord::for_package`] records what the
//! owner agreed to; [`Outbox::enqueue`] stores both (nothing is stored or sent without a matching
//! consent); [`Outbox::flush`] sends what is pending, verifying the platform's signed receipt.
//!
//! No user-visible text lives here: errors carry a stable [`SubmissionError::code`] and
//! [`SubmissionError::data`], shown through `submission-error-<code>` in `locales/*/submission.ftl`.

pub mod client;
pub mod consent;
pub mod encoding;
mod error;
pub mod outbox;
pub mod package;
pub mod protocol;
pub mod retry;
pub mod signing;
mod tls;

pub use client::{verify_acknowledgement, Acknowledgement, Client, ClientConfig};
pub use consent::{
    consent_text_version, normalise_destination, ConsentRecord, Destination,
    CLAIM_CONSENT_TEXT_VERSION, CONSENT_TEXT_VERSION, LOOPBACK_HTTP_IDENTITY,
};
pub use error::SubmissionError;
pub use outbox::{
    Outbox, Outcome, SubmissionId, SubmissionState, SubmissionStatusRow, OUTBOX_FILE,
};
pub use package::{build_package, FileDigest, Package, PackageInput, MAX_PACKAGE_BYTES};
pub use protocol::PackageKind;
pub use retry::RetryPolicy;
pub use signing::{Installation, KEY_FILE};
pub use tls::certificate_identity;
