//! The nouns a scan produces: findings, verdicts, evidence, the report and progress events.
//! Everything here is serde (snake_case) because it crosses IPC, the CLI's `--json` and the store.

use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use ts_rs::TS;

/// Why a probe could not give a definite answer. An unreadable state is never a failure:
/// see fleetdm/fleet#51098, where "couldn't read BitLocker" was taken as "not encrypted".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "scan.ts", rename = "ScanUnknownReason")]
pub enum UnknownReason {
    NeedsAdmin,
    NeedsFullDiskAccess,
    ToolMissing,
    Timeout,
    ParseError,
    UnsupportedOs,
    PermissionDenied,
    /// Everything was readable but the setup is one the probe cannot judge (for example a root
    /// file system on an overlay or network device, or backup software whose state is private).
    NotDeterminable,
}

impl UnknownReason {
    pub const ALL: [UnknownReason; 8] = [
        UnknownReason::NeedsAdmin,
        UnknownReason::NeedsFullDiskAccess,
        UnknownReason::ToolMissing,
        UnknownReason::Timeout,
        UnknownReason::ParseError,
        UnknownReason::UnsupportedOs,
        UnknownReason::PermissionDenied,
        UnknownReason::NotDeterminable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UnknownReason::NeedsAdmin => "needs_admin",
            UnknownReason::NeedsFullDiskAccess => "needs_full_disk_access",
            UnknownReason::ToolMissing => "tool_missing",
            UnknownReason::Timeout => "timeout",
            UnknownReason::ParseError => "parse_error",
            UnknownReason::UnsupportedOs => "unsupported_os",
            UnknownReason::PermissionDenied => "permission_denied",
            UnknownReason::NotDeterminable => "not_determinable",
        }
    }
}

/// The judgement of one probe. Serialised flat into the finding:
/// `"verdict": "unknown", "reason": "timeout"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "verdict", rename_all = "snake_case")]
#[ts(export, export_to = "scan.ts", rename = "ScanJudgement")]
pub enum Verdict {
    Pass,
    Fail,
    Unknown { reason: UnknownReason },
    NotApplicable,
}

impl Verdict {
    pub fn unknown(reason: UnknownReason) -> Verdict {
        Verdict::Unknown { reason }
    }

    /// Pass when the control is in place, fail when it is not.
    pub fn pass_if(in_place: bool) -> Verdict {
        if in_place {
            Verdict::Pass
        } else {
            Verdict::Fail
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Unknown { .. } => "unknown",
            Verdict::NotApplicable => "not_applicable",
        }
    }
}

/// One thing read while judging: where from, what it said (redacted) and what was made of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "scan.ts", rename = "ScanEvidence")]
pub struct Evidence {
    /// `cmd: /usr/bin/id -Gn`, `file: /etc/os-release`, `registry: HKLM\...\AU NoAutoUpdate`.
    pub source: String,
    /// The raw text, shortened, with the user's and the computer's names replaced.
    pub excerpt: String,
    pub facts: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "scan.ts")]
pub struct Finding {
    pub probe: String,
    /// What was checked on this OS (the method summary from `assets/probes/probes.json`).
    pub checked: String,
    #[serde(flatten)]
    pub verdict: Verdict,
    pub evidence: Vec<Evidence>,
    pub duration_ms: u64,
    /// Checklist question ids this finding speaks to.
    pub questions: Vec<String>,
}

impl Finding {
    /// The message a judge named for what it found, when it is more precise than the probe's
    /// failed title (BitLocker on but suspended): the `reason_key` fact of the evidence.
    pub fn reason_key(&self) -> Option<&str> {
        self.evidence
            .iter()
            .find_map(|e| e.facts.get("reason_key").and_then(|v| v.as_str()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "scan.ts")]
pub enum OsFamily {
    Windows,
    Macos,
    Linux,
}

impl OsFamily {
    pub fn as_str(self) -> &'static str {
        match self {
            OsFamily::Windows => "windows",
            OsFamily::Macos => "macos",
            OsFamily::Linux => "linux",
        }
    }

    /// The family this binary was built for; `None` on an OS CoverReady does not scan.
    pub fn current() -> Option<OsFamily> {
        if cfg!(windows) {
            Some(OsFamily::Windows)
        } else if cfg!(target_os = "macos") {
            Some(OsFamily::Macos)
        } else if cfg!(target_os = "linux") {
            Some(OsFamily::Linux)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "scan.ts")]
pub struct OsInfo {
    pub family: OsFamily,
    /// "Windows 11 Pro", "macOS", "Debian GNU/Linux 12 (bookworm)"; empty when unreadable.
    pub name: String,
    /// "23H2 (22631.4460)", "14.5", "12".
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "scan.ts")]
pub struct ScanReport {
    pub os: OsInfo,
    pub findings: Vec<Finding>,
    /// Seconds since the Unix epoch, from the host's clock.
    pub started_at: i64,
    pub duration_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "event", rename_all = "snake_case")]
#[ts(export, export_to = "scan.ts")]
pub enum ScanEvent {
    Started { probe: String },
    Finished { finding: Finding },
}

#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Probe ids to run; `None` runs them all. Unknown ids are ignored (check with [`crate::probes`]).
    pub only: Option<Vec<String>>,
    /// After this long a probe starts no further command: it answers from what it has.
    pub soft_timeout: Duration,
    /// A command still running when its probe reaches this age is killed (`unknown(timeout)`).
    pub hard_timeout: Duration,
    /// Probes run at the same time (threads).
    pub concurrency: usize,
    /// Set by the caller to stop: no further probe starts (those running finish within their
    /// timeouts). A stopped scan's report lacks the probes that never ran.
    pub stop: Option<Arc<AtomicBool>>,
}

impl ScanOptions {
    /// Whether the caller asked the scan to stop.
    pub(crate) fn is_stopped(&self) -> bool {
        self.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst))
    }
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            only: None,
            soft_timeout: Duration::from_secs(2),
            hard_timeout: Duration::from_secs(5),
            concurrency: 4,
            stop: None,
        }
    }
}
