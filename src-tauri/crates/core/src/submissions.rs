//! Applying for cover: the readiness report, packaged and signed, sent to the public platform
//! (or a broker's intake) only after the owner has seen exactly what goes where and agreed.
//!
//! Two steps, so the owner decides on facts: [`Workspace::prepare_submission`] writes the report,
//! builds the signed package and looks at the destination (its address and TLS certificate);
//! [`Workspace::confirm_submission`] records the consent, queues the package in the outbox and
//! sends it. Nothing leaves the computer before the second step.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use coverready_submission::{
    build_package, Client, ClientConfig, ConsentRecord, Destination, Installation, Outbox, Outcome,
    Package, PackageInput, SubmissionError, SubmissionStatusRow,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::jobs::{self, CancelToken, JobKind};
use crate::workspace::lock;
use crate::{Error, ErrorCode, Language, Workspace};

/// Organisation fields an owner may choose to share (the report itself is always sent).
pub const SHAREABLE_FIELDS: &[&str] = &[
    "name",
    "industry",
    "headcount_band",
    "revenue_band",
    "region",
];

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

/// Connection settings for the platform (tests and brokers add their own CA).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PlatformOptions {
    pub extra_roots_pem: Vec<Vec<u8>>,
}

/// A built package waiting for the destination's identity.
struct SubmissionDraft {
    org_id: i64,
    destination_url: String,
    fields: BTreeMap<String, String>,
    report_id: String,
    key_fingerprint: String,
    package: Package,
}

pub(crate) struct PreparedSubmission {
    org_id: i64,
    package: Package,
    destination: Destination,
}

impl From<SubmissionError> for Error {
    fn from(e: SubmissionError) -> Error {
        let mut error = Error::new(ErrorCode::SubmissionFailed, e.to_string())
            .with("reason", e.code())
            .with("message_id", format!("submission-error-{}", e.code()));
        for (k, v) in e.data() {
            error = error.with(&k, v);
        }
        error
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()).with_io(&e))
}

fn client(options: &PlatformOptions) -> Result<Client, Error> {
    Ok(Client::new(ClientConfig {
        extra_roots_pem: options.extra_roots_pem.clone(),
        ..ClientConfig::default()
    })?)
}

impl Workspace {
    /// This installation's signing key (created on first use, readable only by the user).
    pub fn installation(&self) -> Result<Installation, Error> {
        Ok(Installation::load_or_create(self.data_dir())?)
    }

    fn outbox(&self) -> Result<Outbox, Error> {
        Ok(Outbox::open(self.data_dir())?)
    }

    /// Writes the report, builds and signs the package, and contacts the destination only to
    /// learn its identity. Returns what the owner must agree to; nothing is sent.
    pub fn prepare_submission(
        &mut self,
        org_id: i64,
        destination_url: &str,
        share: &[String],
        language: Language,
        options: &PlatformOptions,
    ) -> Result<ConsentPreview, Error> {
        let draft = self.draft_submission(org_id, destination_url, share, language)?;
        let destination =
            observe_destination(&draft.destination_url, options, &CancelToken::new())?;
        Ok(self.remember_prepared(draft, destination))
    }

    /// The store half of preparing: the report written and the package built and signed.
    fn draft_submission(
        &mut self,
        org_id: i64,
        destination_url: &str,
        share: &[String],
        language: Language,
    ) -> Result<SubmissionDraft, Error> {
        // A destination that could never be used is refused before any work is done.
        let destination_url = coverready_submission::normalise_destination(destination_url)?;
        let org = self.org(org_id)?;
        let mut fields = BTreeMap::new();
        for field in share {
            if !SHAREABLE_FIELDS.contains(&field.as_str()) {
                return Err(Error::new(
                    ErrorCode::InvalidArgument,
                    format!("{field} cannot be shared"),
                )
                .with("field", field));
            }
            let value = if field == "name" {
                Some(org.name.clone())
            } else {
                org.profile.get(field).map(|v| v.to_cli_string())
            };
            if let Some(value) = value {
                fields.insert(field.clone(), value);
            }
        }
        let files = self.write_report(org_id, language, None)?;
        let read = |p: &str| {
            std::fs::read(p).map_err(|e| {
                Error::new(ErrorCode::ReportUnwritable, e.to_string())
                    .with("path", p)
                    .with_io(&e)
            })
        };
        let readiness = self.readiness(org_id)?.readiness;
        let summary = serde_json::json!({
            "gate": readiness.gate.status,
            "overall_percent": readiness.overall_percent,
            "coverage_percent": readiness.coverage_percent,
            "pack": format!("{}@{}", readiness.pack_id, readiness.pack_version),
        });
        let installation = self.installation()?;
        let package = build_package(
            PackageInput {
                report_pdf: read(&files.pdf_path)?,
                report_json: read(&files.json_path)?,
                report_id: files.report_id.clone(),
                org_fields: fields.clone(),
                readiness_summary: summary,
                app_version: env!("CARGO_PKG_VERSION").to_owned(),
            },
            &installation,
            std::time::SystemTime::now(),
        )?;
        Ok(SubmissionDraft {
            org_id,
            destination_url,
            fields,
            report_id: files.report_id,
            key_fingerprint: installation.fingerprint(),
            package,
        })
    }

    /// Keeps a drafted package for `queue_submission` and says what the owner agrees to.
    fn remember_prepared(
        &mut self,
        draft: SubmissionDraft,
        destination: Destination,
    ) -> ConsentPreview {
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
        self.prepared.insert(
            token,
            PreparedSubmission {
                org_id: draft.org_id,
                package: draft.package,
                destination,
            },
        );
        preview
    }

    /// The owner agreed to the preview named by `token`: record the consent and queue the
    /// package. Returns the organisation it is for. Nothing is sent yet.
    pub fn queue_submission(&mut self, token: &str) -> Result<i64, Error> {
        let prepared = self.prepared.remove(token).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidArgument,
                "no prepared submission with that token",
            )
            .with("field", "token")
        })?;
        let consent = ConsentRecord::for_package(&prepared.package, &prepared.destination);
        self.outbox()?
            .enqueue(prepared.org_id, &prepared.package, Some(&consent))?;
        Ok(prepared.org_id)
    }

    /// Queues the consented package and tries to send it (it stays queued if the network is
    /// down), for callers that own the workspace (the CLI).
    pub fn confirm_submission(
        &mut self,
        token: &str,
        options: &PlatformOptions,
    ) -> Result<Vec<SubmissionStatusRow>, Error> {
        let org_id = self.queue_submission(token)?;
        self.flush_submissions(options)?;
        self.submissions(Some(org_id))
    }

    /// The outbox with a client and a runtime: what sending needs, detached from the workspace so
    /// that the app stays usable while the network is slow.
    pub fn sender(&self, options: &PlatformOptions) -> Result<Sender, Error> {
        Ok(Sender {
            outbox: self.outbox()?,
            client: client(options)?,
            runtime: runtime()?,
        })
    }

    /// Sends everything still queued (after a restart or when the network is back).
    pub fn flush_submissions(&self, options: &PlatformOptions) -> Result<Vec<Outcome>, Error> {
        self.sender(options)?.flush(&CancelToken::new())
    }

    pub fn submissions(&self, org_id: Option<i64>) -> Result<Vec<SubmissionStatusRow>, Error> {
        Ok(self.outbox()?.list(org_id)?)
    }

    /// Asks the platform for the current status of a sent submission.
    pub fn refresh_submission(
        &self,
        id: i64,
        options: &PlatformOptions,
    ) -> Result<SubmissionStatusRow, Error> {
        self.sender(options)?.refresh(id)
    }

    /// Withdraws a submission (a signed deletion request the platform acknowledges; a queued one
    /// is simply cancelled).
    pub fn withdraw_submission(
        &self,
        id: i64,
        options: &PlatformOptions,
    ) -> Result<SubmissionStatusRow, Error> {
        self.sender(options)?.withdraw(id, &self.installation()?)
    }

    /// Where the outbox file lives (for diagnostics).
    pub fn outbox_path(&self) -> PathBuf {
        self.data_dir().join(coverready_submission::OUTBOX_FILE)
    }
}

/// The outbox, a client for the platform and a runtime to drive them, apart from the workspace.
pub struct Sender {
    outbox: Outbox,
    client: Client,
    runtime: tokio::runtime::Runtime,
}

impl Sender {
    /// Sends every queued submission, oldest first, until done or `cancel`led. A submission
    /// interrupted mid-send stays queued; its idempotency key makes sending it again safe.
    pub fn flush(&self, cancel: &CancelToken) -> Result<Vec<Outcome>, Error> {
        self.runtime.block_on(async {
            tokio::select! {
                sent = self.outbox.flush(&self.client) => Ok(sent?),
                () = cancel.cancelled() => Err(jobs::cancelled(JobKind::Upload)),
            }
        })
    }

    pub fn refresh(&self, id: i64) -> Result<SubmissionStatusRow, Error> {
        Ok(self
            .runtime
            .block_on(self.outbox.refresh_status(id, &self.client))?)
    }

    pub fn withdraw(
        &self,
        id: i64,
        installation: &Installation,
    ) -> Result<SubmissionStatusRow, Error> {
        Ok(self
            .runtime
            .block_on(self.outbox.withdraw(id, &self.client, installation))?)
    }

    pub fn list(&self, org_id: Option<i64>) -> Result<Vec<SubmissionStatusRow>, Error> {
        Ok(self.outbox.list(org_id)?)
    }
}

/// Looks at the destination (its address and TLS certificate) without sending package data.
pub fn observe_destination(
    url: &str,
    options: &PlatformOptions,
    cancel: &CancelToken,
) -> Result<Destination, Error> {
    let client = client(options)?;
    runtime()?.block_on(async {
        tokio::select! {
            seen = client.observe_destination(url) => Ok(seen?),
            () = cancel.cancelled() => Err(jobs::cancelled(JobKind::Upload)),
        }
    })
}

/// The desktop app's "prepare": the store steps under the shared workspace, the look at the
/// destination (which may wait on a slow network) outside it.
pub fn prepare_and_observe(
    workspace: &Mutex<Workspace>,
    org_id: i64,
    destination_url: &str,
    share: &[String],
    language: Language,
    options: &PlatformOptions,
    cancel: &CancelToken,
) -> Result<ConsentPreview, Error> {
    let draft = lock(workspace)?.draft_submission(org_id, destination_url, share, language)?;
    let destination = observe_destination(&draft.destination_url, options, cancel)?;
    Ok(lock(workspace)?.remember_prepared(draft, destination))
}

/// The desktop app's "send": queue the consented package and send it, holding the shared
/// workspace only for the store steps, so the owner can keep working during a slow upload.
pub fn confirm_and_send(
    workspace: &Mutex<Workspace>,
    token: &str,
    options: &PlatformOptions,
    cancel: &CancelToken,
) -> Result<Vec<SubmissionStatusRow>, Error> {
    let (org_id, sender) = {
        let mut ws = lock(workspace)?;
        (ws.queue_submission(token)?, ws.sender(options)?)
    };
    sender.flush(cancel)?;
    sender.list(Some(org_id))
}

/// The desktop app's "send queued now", without holding the shared workspace.
pub fn send_queued(
    workspace: &Mutex<Workspace>,
    options: &PlatformOptions,
    cancel: &CancelToken,
) -> Result<Vec<SubmissionStatusRow>, Error> {
    let sender = lock(workspace)?.sender(options)?;
    sender.flush(cancel)?;
    sender.list(None)
}

/// The desktop app's "withdraw": the signed deletion request goes out without holding the
/// shared workspace.
pub fn withdraw_unlocked(
    workspace: &Mutex<Workspace>,
    id: i64,
    options: &PlatformOptions,
) -> Result<SubmissionStatusRow, Error> {
    let (sender, installation) = {
        let ws = lock(workspace)?;
        (ws.sender(options)?, ws.installation()?)
    };
    sender.withdraw(id, &installation)
}
