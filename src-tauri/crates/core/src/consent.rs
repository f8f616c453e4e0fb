//! What the owner is shown before anything is sent, and the packages waiting for their answer.
//!
//! Apart from the submission flow so that the workspace can hold the waiting packages without
//! depending on the flow that fills it (the flow depends on the workspace).

use std::collections::BTreeMap;

use coverready_submission::{Destination, Package};
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, ErrorCode};

/// What the owner is asked to agree to.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ConsentPreview {
    /// Identifies this prepared package for `confirm_submission`.
    pub token: String,
    pub destination_url: String,
    /// `sha256:…` of the destination's certificate, or `loopback-http`.
    pub destination_identity: String,
    /// The organisation fields that will be shared, with their values.
    pub fields: BTreeMap<String, String>,
    /// Every file sent, with its SHA-256.
    pub files: Vec<PreviewFile>,
    pub report_id: String,
    /// Fingerprint of this installation's signing key.
    pub key_fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct PreviewFile {
    pub name: String,
    pub sha256: String,
}

/// A built package waiting for the destination's identity.
pub(crate) struct SubmissionDraft {
    pub org_id: i64,
    pub destination_url: String,
    pub fields: BTreeMap<String, String>,
    pub report_id: String,
    pub key_fingerprint: String,
    pub package: Package,
}

/// A package the owner has been shown, with the destination as it was seen then.
pub(crate) struct PreparedSubmission {
    pub org_id: i64,
    pub package: Package,
    pub destination: Destination,
}

/// Packages shown to the owner and waiting for their consent. Never persisted: an unconfirmed
/// package is simply dropped with the workspace.
#[derive(Default)]
pub(crate) struct PendingConsents {
    by_token: BTreeMap<String, PreparedSubmission>,
}

impl PendingConsents {
    /// Keeps a drafted package until the owner answers, and says what they are asked to agree to.
    pub fn remember(&mut self, draft: SubmissionDraft, destination: Destination) -> ConsentPreview {
        let token = format!("{}-{}", draft.org_id, draft.package.manifest_sha256());
        let preview = ConsentPreview {
            token: token.clone(),
            destination_url: destination.url.clone(),
            destination_identity: destination.tls_identity.clone(),
            fields: draft.fields,
            files: draft
                .package
                .files()
                .into_iter()
                .map(|f| PreviewFile {
                    name: f.name,
                    sha256: f.sha256,
                })
                .collect(),
            report_id: draft.report_id,
            key_fingerprint: draft.key_fingerprint,
        };
        self.by_token.insert(
            token,
            PreparedSubmission {
                org_id: draft.org_id,
                package: draft.package,
                destination,
            },
        );
        preview
    }

    /// The package the owner agreed to; each preview can be agreed to once.
    pub fn take(&mut self, token: &str) -> Result<PreparedSubmission, Error> {
        self.by_token.remove(token).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidArgument,
                "no prepared submission with that token",
            )
            .with("field", "token")
        })
    }
}
