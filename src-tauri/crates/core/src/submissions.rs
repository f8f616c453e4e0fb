//! Applying for cover: the readiness report, packaged and signed, sent to the public platform
//! (or a broker's intake) only after the owner has seen exactly what goes where and agreed.
//!
//! Two steps, so the owner decides on facts: [`prepare`] writes the report, builds the signed
//! package and looks at the destination (its address and TLS certificate); [`confirm`] records
//! the consent, queues the package in the outbox and sends it. Nothing leaves the computer before
//! the second step.
//!
//! The flow is written once, for the desktop app and the CLI alike. It takes the workspace behind
//! a mutex and holds it only for the store steps, so that in the app the owner can keep working
//! while the network is slow; the CLI wraps its own `&mut Workspace` in one (see [`Shared`]).

use std::borrow::BorrowMut;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use coverready_submission::{
    build_package, Client, ClientConfig, ConsentRecord, Destination, Installation, Outbox, Outcome,
    PackageInput, PackageKind, SubmissionError, SubmissionStatusRow,
};
use serde::Deserialize;

use crate::consent::{ConsentPreview, ConsentQuestion, SubmissionDraft};
use crate::jobs::{self, CancelToken, JobKind};
use crate::{Error, ErrorCode, Language, Workspace};

/// Organisation fields an owner may choose to share (the report itself is always sent).
pub const SHAREABLE_FIELDS: &[&str] = &[
    "name",
    "industry",
    "headcount_band",
    "revenue_band",
    "region",
];

/// What the owner sends: an organisation's readiness report (applying for cover) or an
/// incident's claim pack (after cover). Both go the same consent-first, signed way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Readiness { org_id: i64 },
    ClaimPack { incident_id: i64 },
}

/// The document a package carries, written fresh for the package.
struct Document {
    files: crate::ReportFiles,
    summary: serde_json::Value,
}

/// Connection settings for the platform (tests and brokers add their own CA).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PlatformOptions {
    pub extra_roots_pem: Vec<Vec<u8>>,
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

pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()).with_io(&e))
}

pub(crate) fn client(options: &PlatformOptions) -> Result<Client, Error> {
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

    /// The store half of preparing: the document written and the package built and signed.
    fn draft_submission(
        &mut self,
        subject: Subject,
        destination_url: &str,
        share: &[String],
        language: Language,
    ) -> Result<SubmissionDraft, Error> {
        // A destination that could never be used is refused before any work is done.
        let destination_url = coverready_submission::normalise_destination(destination_url)?;
        let org_id = match subject {
            Subject::Readiness { org_id } => org_id,
            Subject::ClaimPack { incident_id } => self.incident_org(incident_id)?,
        };
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
        let (kind, document) = match subject {
            Subject::Readiness { org_id } => (
                PackageKind::ReadinessReport,
                self.readiness_document(org_id, language)?,
            ),
            Subject::ClaimPack { incident_id } => (
                PackageKind::ClaimPack,
                self.claim_document(incident_id, language)?,
            ),
        };
        let files = document.files;
        let read = |p: &str| {
            std::fs::read(p).map_err(|e| {
                Error::new(ErrorCode::ReportUnwritable, e.to_string())
                    .with("path", p)
                    .with_io(&e)
            })
        };
        let installation = self.installation()?;
        let package = build_package(
            PackageInput {
                kind,
                report_pdf: read(&files.pdf_path)?,
                report_json: read(&files.json_path)?,
                report_id: files.report_id.clone(),
                org_fields: fields.clone(),
                readiness_summary: document.summary,
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

    /// The readiness report, written now, with the summary a platform files it under.
    fn readiness_document(&mut self, org_id: i64, language: Language) -> Result<Document, Error> {
        let files = self.write_report(org_id, language, None)?;
        let readiness = self.readiness(org_id)?.readiness;
        Ok(Document {
            files,
            summary: serde_json::json!({
                "gate": readiness.gate.status,
                "overall_percent": readiness.overall_percent,
                "coverage_percent": readiness.coverage_percent,
                "pack": format!("{}@{}", readiness.pack_id, readiness.pack_version),
            }),
        })
    }

    /// The incident's claim pack, made now (a new file in the incident's folder, so what is sent
    /// is the log as it stands), with the claim's summary: what happened, when it was found and
    /// notified, and the head of the hash-chained log the pack was made from.
    fn claim_document(&self, incident_id: i64, language: Language) -> Result<Document, Error> {
        let now = crate::incidents::clock_now();
        let files = self.make_claim_pack(incident_id, language, now)?;
        let input = self.claim_pack_input(incident_id, language, now)?;
        Ok(Document {
            files,
            summary: serde_json::json!({
                "incident_kind": input.kind,
                "discovered_at": input.discovered_at,
                "hotline_called_at": input.hotline_called_at,
                "written_notice_at": input.written_notice_at,
                "log_entries": input.chain.count,
                "log_head": input.chain.head,
                "log_intact": input.chain.intact,
                "readiness_report_sha256": input.readiness_report.map(|r| r.json_sha256),
            }),
        })
    }

    /// The owner agreed to the preview named by `token`: record the consent and queue the
    /// package. Returns the organisation it is for. Nothing is sent yet.
    pub fn queue_submission(&mut self, token: &str) -> Result<i64, Error> {
        let prepared = self.pending_consents.take(token)?;
        let consent = ConsentRecord::for_package(&prepared.package, &prepared.destination);
        self.outbox()?
            .enqueue(prepared.org_id, &prepared.package, Some(&consent))?;
        Ok(prepared.org_id)
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

    pub fn submissions(&self, org_id: Option<i64>) -> Result<Vec<SubmissionStatusRow>, Error> {
        // No outbox yet: nothing was ever queued, and listing creates nothing.
        if !self.outbox_path().exists() {
            return Ok(Vec::new());
        }
        Ok(self.outbox()?.list(org_id)?)
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

/// The workspace as the flow takes it: the app's shared `Mutex<Workspace>`, or a CLI's
/// `Mutex<&mut Workspace>` made for the one command.
pub type Shared<W> = Mutex<W>;

/// Runs one store step with the workspace locked.
fn locked<W: BorrowMut<Workspace>, R>(
    workspace: &Shared<W>,
    step: impl FnOnce(&mut Workspace) -> Result<R, Error>,
) -> Result<R, Error> {
    let mut guard = crate::workspace::lock(workspace)?;
    step((*guard).borrow_mut())
}

/// Writes the document, builds and signs the package, and contacts the destination only to learn
/// its identity (outside the lock: a slow network must not freeze the app). Returns what the
/// owner must agree to; nothing is sent.
pub fn prepare<W: BorrowMut<Workspace>>(
    workspace: &Shared<W>,
    subject: Subject,
    destination_url: &str,
    share: &[String],
    language: Language,
    options: &PlatformOptions,
    cancel: &CancelToken,
) -> Result<ConsentPreview, Error> {
    let draft = locked(workspace, |ws| {
        ws.draft_submission(subject, destination_url, share, language)
    })?;
    let destination = observe_destination(&draft.destination_url, options, cancel)?;
    locked(workspace, |ws| {
        Ok(ws.pending_consents.remember(draft, destination))
    })
}

/// The question to put to the owner, outside the webview, about the package `token` names.
pub fn question<W: BorrowMut<Workspace>>(
    workspace: &Shared<W>,
    token: &str,
    language: Language,
) -> Result<ConsentQuestion, Error> {
    locked(workspace, |ws| {
        Ok(ws
            .pending_consents
            .preview(token)?
            .question(&language.localizer()))
    })
}

/// The owner agreed to the preview named by `token`: the consent is recorded, the package queued
/// and sent (it stays queued if the network is down). Returns the organisation's submissions.
pub fn confirm<W: BorrowMut<Workspace>>(
    workspace: &Shared<W>,
    token: &str,
    options: &PlatformOptions,
    cancel: &CancelToken,
) -> Result<Vec<SubmissionStatusRow>, Error> {
    let (org_id, sender) = locked(workspace, |ws| {
        Ok((ws.queue_submission(token)?, ws.sender(options)?))
    })?;
    sender.flush(cancel)?;
    sender.list(Some(org_id))
}

/// Sends everything still queued (after a restart or when the network is back).
pub fn send_queued<W: BorrowMut<Workspace>>(
    workspace: &Shared<W>,
    options: &PlatformOptions,
    cancel: &CancelToken,
) -> Result<Vec<SubmissionStatusRow>, Error> {
    let sender = locked(workspace, |ws| ws.sender(options))?;
    sender.flush(cancel)?;
    sender.list(None)
}

/// Asks the platform for the current status of a sent submission.
pub fn refresh<W: BorrowMut<Workspace>>(
    workspace: &Shared<W>,
    id: i64,
    options: &PlatformOptions,
) -> Result<SubmissionStatusRow, Error> {
    locked(workspace, |ws| {
        if !ws.outbox_path().exists() {
            return Err(coverready_submission::SubmissionError::NotFound { id }.into());
        }
        ws.sender(options)
    })?
    .refresh(id)
}

/// Withdraws a submission: a signed deletion request the platform acknowledges (a queued one is
/// simply cancelled), sent without holding the workspace.
pub fn withdraw<W: BorrowMut<Workspace>>(
    workspace: &Shared<W>,
    id: i64,
    options: &PlatformOptions,
) -> Result<SubmissionStatusRow, Error> {
    let (sender, installation) = locked(workspace, |ws| {
        // Nothing was ever queued here: there is nothing to withdraw, and no key or outbox is
        // created just to say so.
        if !ws.outbox_path().exists() {
            return Err(coverready_submission::SubmissionError::NotFound { id }.into());
        }
        Ok((ws.sender(options)?, ws.installation()?))
    })?;
    sender.withdraw(id, &installation)
}
