//! Applying for cover: the readiness report, packaged and signed, sent to the public platform
//! (or a broker's intake) only after the owner has seen exactly what goes where and agreed.
//!
//! Two steps, so the owner decides on facts: [`Workspace::prepare_submission`] writes the report,
//! builds the signed package and looks at the destination (its address and TLS certificate);
//! [`Workspace::confirm_submission`] records the consent, queues the package in the outbox and
//! sends it. Nothing leaves the computer before the second step.

use std::collections::BTreeMap;
use std::path::PathBuf;

use coverready_submission::{
    build_package, Client, ClientConfig, ConsentRecord, Destination, Installation, Outbox, Outcome,
    Package, PackageInput, SubmissionError, SubmissionStatusRow,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
        .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()).with("detail", e))
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
                    .with("detail", e)
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
        let client = client(options)?;
        let destination = runtime()?.block_on(client.observe_destination(destination_url))?;
        let token = format!("{}-{}", org_id, package.manifest_sha256());
        let preview = ConsentPreview {
            token: token.clone(),
            destination_url: destination.url.clone(),
            destination_identity: destination.tls_identity.clone(),
            fields,
            files: package
                .files()
                .into_iter()
                .map(|f| PreviewFile {
                    name: f.name,
                    sha256: f.sha256,
                })
                .collect(),
            report_id: files.report_id,
            key_fingerprint: installation.fingerprint(),
        };
        self.prepared.insert(
            token,
            PreparedSubmission {
                org_id,
                package,
                destination,
            },
        );
        Ok(preview)
    }

    /// The owner agreed to the preview named by `token`: record the consent, queue the package
    /// and try to send it (it stays queued if the network is down).
    pub fn confirm_submission(
        &mut self,
        token: &str,
        options: &PlatformOptions,
    ) -> Result<Vec<SubmissionStatusRow>, Error> {
        let prepared = self.prepared.remove(token).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidArgument,
                "no prepared submission with that token",
            )
            .with("field", "token")
        })?;
        let consent = ConsentRecord::for_package(&prepared.package, &prepared.destination);
        let outbox = self.outbox()?;
        outbox.enqueue(prepared.org_id, &prepared.package, Some(&consent))?;
        self.flush_submissions(options)?;
        self.submissions(Some(prepared.org_id))
    }

    /// The outbox, a client for the platform and a runtime to drive it: what every network
    /// step of the outbox needs.
    fn outbox_online(
        &self,
        options: &PlatformOptions,
    ) -> Result<(Outbox, Client, tokio::runtime::Runtime), Error> {
        Ok((self.outbox()?, client(options)?, runtime()?))
    }

    /// Sends everything still queued (after a restart or when the network is back).
    pub fn flush_submissions(&self, options: &PlatformOptions) -> Result<Vec<Outcome>, Error> {
        let (outbox, client, rt) = self.outbox_online(options)?;
        Ok(rt.block_on(outbox.flush(&client))?)
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
        let (outbox, client, rt) = self.outbox_online(options)?;
        Ok(rt.block_on(outbox.refresh_status(id, &client))?)
    }

    /// Withdraws a submission (a signed deletion request the platform acknowledges; a queued one
    /// is simply cancelled).
    pub fn withdraw_submission(
        &self,
        id: i64,
        options: &PlatformOptions,
    ) -> Result<SubmissionStatusRow, Error> {
        let installation = self.installation()?;
        let (outbox, client, rt) = self.outbox_online(options)?;
        Ok(rt.block_on(outbox.withdraw(id, &client, &installation))?)
    }

    /// Where the outbox file lives (for diagnostics).
    pub fn outbox_path(&self) -> PathBuf {
        self.data_dir().join(coverready_submission::OUTBOX_FILE)
    }
}
