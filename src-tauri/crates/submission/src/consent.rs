//! Consent: a record of exactly what is sent (organisation fields, files and their hashes) and to
//! whom (the address and the TLS identity observed when the owner agreed). A package is queued and
//! sent only together with a record that matches it; anything else is refused before a connection
//! is opened.

use std::net::IpAddr;

use reqwest::Url;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::encoding::now_rfc3339;
use crate::package::{FileDigest, Package};
use crate::protocol::PackageKind;
use crate::SubmissionError;

/// Version of the consent wording shown to the owner (`submission-consent-text` in the locale
/// files). Change it whenever the text changes, so a record always says what was agreed to.
pub const CONSENT_TEXT_VERSION: &str = "submission-consent-v1";
/// Version of the claim pack's consent wording (`submission-consent-claim-text`).
pub const CLAIM_CONSENT_TEXT_VERSION: &str = "submission-consent-claim-v1";

/// The consent wording a package of `kind` is agreed to under.
pub fn consent_text_version(kind: PackageKind) -> &'static str {
    match kind {
        PackageKind::ReadinessReport => CONSENT_TEXT_VERSION,
        PackageKind::ClaimPack => CLAIM_CONSENT_TEXT_VERSION,
    }
}

/// The destination identity recorded for plain HTTP on this computer, where there is no certificate.
pub const LOOPBACK_HTTP_IDENTITY: &str = "loopback-http";

/// Where a package goes: the normalised base address and the identity observed there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Destination {
    pub url: String,
    /// `sha256:` + the hex SHA-256 of the server's certificate, or [`LOOPBACK_HTTP_IDENTITY`].
    pub tls_identity: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "submission.ts")]
pub struct ConsentRecord {
    pub destination_url: String,
    pub destination_identity: String,
    /// Organisation field names shared, sorted.
    pub fields_shared: Vec<String>,
    /// Every file sent, with its SHA-256.
    pub files: Vec<FileDigest>,
    /// RFC 3339, UTC: when the owner agreed.
    pub consented_at: String,
    pub text_version: String,
}

impl ConsentRecord {
    /// The record the owner agrees to for `package` going to `destination`, stamped now.
    pub fn for_package(package: &Package, destination: &Destination) -> ConsentRecord {
        ConsentRecord {
            destination_url: destination.url.clone(),
            destination_identity: destination.tls_identity.clone(),
            fields_shared: package.shared_fields(),
            files: package.files(),
            consented_at: now_rfc3339(),
            text_version: consent_text_version(package.kind()).to_owned(),
        }
    }

    pub fn destination(&self) -> Destination {
        Destination {
            url: self.destination_url.clone(),
            tls_identity: self.destination_identity.clone(),
        }
    }

    /// Refuses unless this record names exactly `package` going to its own destination.
    pub fn check(&self, package: &Package) -> Result<(), SubmissionError> {
        let mismatch = |what: &str| {
            Err(SubmissionError::ConsentMismatch {
                what: what.to_owned(),
            })
        };
        if self.consented_at.is_empty() || self.text_version.is_empty() {
            return Err(SubmissionError::ConsentMissing);
        }
        if self.text_version != consent_text_version(package.kind()) {
            return mismatch("text_version");
        }
        let url = normalise_destination(&self.destination_url)?;
        if url != self.destination_url {
            return mismatch("destination");
        }
        let loopback_http = url.starts_with("http://");
        if loopback_http != (self.destination_identity == LOOPBACK_HTTP_IDENTITY) {
            return mismatch("tls_identity");
        }
        if !loopback_http && !is_certificate_identity(&self.destination_identity) {
            return mismatch("tls_identity");
        }
        let mut fields = self.fields_shared.clone();
        fields.sort();
        if fields != package.shared_fields() {
            return mismatch("fields");
        }
        let mut files = self.files.clone();
        files.sort();
        let mut sent = package.files();
        sent.sort();
        if files != sent {
            return mismatch("files");
        }
        Ok(())
    }
}

fn is_certificate_identity(identity: &str) -> bool {
    identity
        .strip_prefix("sha256:")
        .is_some_and(|hex| hex.len() == 64 && hex.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Checks that `url` is a place the client may send to and returns its normal form (no trailing
/// slash, no query). HTTPS anywhere; plain HTTP only to this computer, where nobody can listen in.
pub fn normalise_destination(url: &str) -> Result<String, SubmissionError> {
    let invalid = || SubmissionError::InvalidDestination {
        url: url.to_owned(),
    };
    let parsed = Url::parse(url.trim()).map_err(|_| invalid())?;
    if parsed.host_str().is_none()
        || parsed.query().is_some()
        || parsed.fragment().is_some()
        || !parsed.username().is_empty()
        || parsed.password().is_some()
    {
        return Err(invalid());
    }
    match parsed.scheme() {
        "https" => {}
        "http" if is_loopback(&parsed) => {}
        "http" => {
            return Err(SubmissionError::InsecureDestination {
                url: url.to_owned(),
            })
        }
        _ => return Err(invalid()),
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

/// `localhost`, 127.0.0.0/8 and ::1. `localhost` is trusted to resolve to loopback, as the
/// resolver on every supported OS hard-wires it.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}
