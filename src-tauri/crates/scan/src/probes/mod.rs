//! The probe catalogue (data, `assets/probes/probes.json`) and the Rust side of each probe:
//! one function per id that collects through the context, parses and judges. Parsers are pure
//! functions over text so every OS's parser runs everywhere.

mod accounts;
mod apt_history;
mod backup;
mod browser;
mod encryption;
mod logging;
mod malware;
mod network;
mod patching;
mod remote;
pub(crate) mod shared;

pub(crate) use patching::os_info;

use crate::context::{ProbeContext, Probed};
use crate::model::{OsFamily, Verdict};
use serde::{Deserialize, Serialize};

/// How a probe works on each OS; `"not_applicable"` when it has no meaning there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeMethods {
    pub windows: String,
    pub macos: String,
    pub linux: String,
}

impl ProbeMethods {
    pub fn for_os(&self, os: OsFamily) -> &str {
        match os {
            OsFamily::Windows => &self.windows,
            OsFamily::Macos => &self.macos,
            OsFamily::Linux => &self.linux,
        }
    }
}

/// One probe as declared in `assets/probes/probes.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeDef {
    pub id: String,
    pub area: String,
    /// Checklist questions the finding speaks to, from `assets/evidence/coverage.json`.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Locale keys in `locales/*/scan.ftl`: title (what is checked), why it matters, how to fix.
    /// Content datasets the judge reads (`eol`, `browsers`): past their review date, the
    /// finding carries a note saying so.
    #[serde(default)]
    pub datasets: Vec<String>,
    pub title_key: String,
    pub rationale_key: String,
    pub remediation_key: String,
    pub methods: ProbeMethods,
}

impl ProbeDef {
    /// The title of a failed finding, saying what was found ("remote desktop is on without
    /// sign-in first") rather than what was checked for.
    pub fn failed_title_key(&self) -> String {
        format!("{}-failed", self.title_key)
    }
}

#[derive(Deserialize)]
struct Catalogue {
    probes: Vec<ProbeDef>,
}

/// Where the probe catalogue sits in a content pack.
pub const CATALOGUE_PATH: &str = "assets/probes/probes.json";

/// Every probe, in catalogue order (from the content in use).
pub fn probes() -> &'static [ProbeDef] {
    static DEFS: coverready_content::Cached<Vec<ProbeDef>> = coverready_content::Cached::new();
    DEFS.get(&[CATALOGUE_PATH, crate::evidence::COVERAGE_PATH], |texts| {
        parse_catalogue(texts[0], texts[1])
    })
}

/// The catalogue with each probe's questions from the coverage map. Refused: a probe this
/// build has no judge for, or a check the coverage map names that is no probe of this OS
/// family's catalogue nor a domain check.
pub(crate) fn parse_catalogue(
    catalogue_json: &str,
    coverage_json: &str,
) -> Result<Vec<ProbeDef>, String> {
    let map = crate::evidence::parse_coverage(coverage_json).map_err(|e| e.to_string())?;
    let mut defs = serde_json::from_str::<Catalogue>(catalogue_json)
        .map_err(|e| e.to_string())?
        .probes;
    for d in &mut defs {
        if implementation(&d.id).is_none() {
            return Err(format!("{}: no judge in this version of the app", d.id));
        }
        d.questions = crate::evidence::questions_in(&map, &d.id);
    }
    Ok(defs)
}

pub(crate) type ProbeFn = fn(&ProbeContext) -> Probed<Verdict>;

/// The judge for each catalogue id; `None` for an id with no implementation (a test forbids it).
pub(crate) fn implementation(id: &str) -> Option<ProbeFn> {
    Some(match id {
        "os-supported" => patching::os_supported,
        "auto-updates" => patching::auto_updates,
        "updates-recent" => patching::updates_recent,
        "antimalware-present" => malware::present,
        "antimalware-realtime" => malware::realtime,
        "antimalware-signatures" => malware::signatures,
        "execution-protection" => malware::execution_protection,
        "system-integrity-protection" => malware::system_integrity_protection,
        "disk-encryption" => encryption::disk_encryption,
        "firewall-enabled" => network::firewall_enabled,
        "firewall-inbound-default" => network::firewall_inbound_default,
        "exposed-services" => network::exposed_services,
        "smbv1-disabled" => network::smbv1_disabled,
        "daily-user-not-admin" => accounts::daily_user_not_admin,
        "admin-count" => accounts::admin_count,
        "guest-disabled" => accounts::guest_disabled,
        "password-policy" => accounts::password_policy,
        "lockout-policy" => accounts::lockout_policy,
        "screen-lock" => accounts::screen_lock,
        "auto-login-off" => accounts::auto_login_off,
        "legacy-auth-off" => accounts::legacy_auth_off,
        "remote-desktop" => remote::remote_desktop,
        "ssh-hardened" => remote::ssh_hardened,
        "remote-access-tools" => remote::remote_access_tools,
        "backup-configured" => backup::backup_configured,
        "backup-recent" => backup::backup_recent,
        "browsers-current" => browser::browsers_current,
        "security-logging" => logging::security_logging,
        "clock-synced" => logging::clock_synced,
        _ => return None,
    })
}
