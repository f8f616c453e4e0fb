//! What the owner is shown before anything is sent, and the packages waiting for their answer.
//!
//! Apart from the submission flow so that the workspace can hold the waiting packages without
//! depending on the flow that fills it (the flow depends on the workspace).

use std::collections::BTreeMap;

use coverready_i18n::{Arg, Localizer};
use coverready_submission::{Destination, Package, PackageKind};
use serde::Serialize;
use ts_rs::TS;

use crate::Error;

/// What the owner is asked to agree to.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ConsentPreview {
    /// Identifies this prepared package for `confirm_submission`.
    pub token: String,
    /// A readiness report or a claim pack: the page and the question word it accordingly.
    pub kind: PackageKind,
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

/// What the owner confirms outside the webview (the app's native dialog, the command line's
/// preview): built in Rust from the package Rust holds, so a compromised page can neither change
/// what is shown nor answer for the owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentQuestion {
    pub title: String,
    /// The consent text, then the destination, its identity, the shared fields, every file and
    /// the signing key, one per line.
    pub message: String,
    pub send: String,
    pub cancel: String,
}

impl ConsentPreview {
    /// The question put to the owner about exactly this package, in their language.
    pub fn question(&self, l10n: &Localizer) -> ConsentQuestion {
        let identity = if self.destination_identity == "loopback-http" {
            l10n.text("submission-consent-identity-loopback")
        } else {
            l10n.format(
                "submission-consent-identity",
                &[("identity", Arg::Str(&self.destination_identity))],
            )
        };
        let fields = self
            .fields
            .iter()
            .map(|(field, value)| format!("{} = {value}", field_label(field, l10n)))
            .collect::<Vec<_>>()
            .join("; ");
        let (title, text) = match self.kind {
            PackageKind::ReadinessReport => ("submission-consent-title", "submission-consent-text"),
            PackageKind::ClaimPack => (
                "submission-consent-claim-title",
                "submission-consent-claim-text",
            ),
        };
        let mut lines = vec![
            l10n.format(text, &[("destination", Arg::Str(&self.destination_url))]),
            String::new(),
            l10n.format(
                "submission-consent-destination",
                &[("url", Arg::Str(&self.destination_url))],
            ),
            identity,
            l10n.format(
                "submission-consent-fields",
                &[("fields", Arg::Str(&fields))],
            ),
            l10n.text("submission-consent-files"),
        ];
        lines.extend(
            self.files
                .iter()
                .map(|f| format!("  {}  sha256:{}", f.name, f.sha256)),
        );
        lines.push(l10n.format(
            "submission-key-fingerprint",
            &[("fingerprint", Arg::Str(&self.key_fingerprint))],
        ));
        ConsentQuestion {
            title: l10n.text(title),
            message: lines.join("\n"),
            send: l10n.text("ui-apply-send"),
            cancel: l10n.text("ui-apply-cancel"),
        }
    }
}

/// A shared field's name as the profile screen words it (`name` is the organisation's name).
fn field_label(field: &str, l10n: &Localizer) -> String {
    let id = if field == "name" {
        "ui-apply-field-name".to_owned()
    } else {
        format!("profile-field-{field}")
    };
    if l10n.has(&id) {
        l10n.text(&id)
    } else {
        field.to_owned()
    }
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
    /// What the owner was shown, kept so that the question asked outside the webview is about
    /// this package and nothing the page says.
    pub preview: ConsentPreview,
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
            kind: draft.package.kind(),
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
                preview: preview.clone(),
                package: draft.package,
                destination,
            },
        );
        preview
    }

    /// What the owner was shown for `token`, still waiting for their answer.
    pub fn preview(&self, token: &str) -> Result<&ConsentPreview, Error> {
        self.by_token
            .get(token)
            .map(|p| &p.preview)
            .ok_or_else(unknown_token)
    }

    /// The package the owner agreed to; each preview can be agreed to once.
    pub fn take(&mut self, token: &str) -> Result<PreparedSubmission, Error> {
        self.by_token.remove(token).ok_or_else(unknown_token)
    }
}

/// A token no longer waiting (already answered, or prepared before the app restarted): the
/// owner is asked to prepare and confirm again, as when consent is missing.
fn unknown_token() -> Error {
    coverready_submission::SubmissionError::ConsentMissing.into()
}
