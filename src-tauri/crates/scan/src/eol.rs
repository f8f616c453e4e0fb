//! End-of-life and minimum-version tables, kept as data in `assets/eol/` so they can be
//! reviewed and updated without touching code.

use crate::timeutil::{self, DAY};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Deserialize)]
pub struct WindowsRelease {
    pub build: u32,
    pub name: String,
    pub home_pro_end: String,
    pub enterprise_end: String,
    #[serde(default)]
    pub ltsc_end: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MacosRelease {
    pub version: String,
    pub name: String,
    pub end: String,
    #[serde(default)]
    pub estimated: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LinuxRelease {
    pub id: String,
    pub version: String,
    pub end: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OsTable {
    pub windows: Vec<WindowsRelease>,
    pub macos: Vec<MacosRelease>,
    pub linux: Vec<LinuxRelease>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct BrowserRule {
    pub reference_major: u64,
    pub reference_date: String,
    pub days_per_major: u64,
    pub allowed_lag: u64,
}

#[derive(Debug, Clone, Deserialize)]
struct BrowserTable {
    browsers: BTreeMap<String, BrowserRule>,
}

pub fn os_table() -> &'static OsTable {
    static T: OnceLock<OsTable> = OnceLock::new();
    T.get_or_init(|| {
        serde_json::from_str(include_str!("../../../../assets/eol/os.json"))
            .expect("assets/eol/os.json is valid")
    })
}

pub fn browser_rules() -> &'static BTreeMap<String, BrowserRule> {
    static T: OnceLock<BrowserTable> = OnceLock::new();
    &T.get_or_init(|| {
        serde_json::from_str(include_str!("../../../../assets/eol/browsers.json"))
            .expect("assets/eol/browsers.json is valid")
    })
    .browsers
}

/// Which support track a Windows edition is on (EditionID from the registry, never translated).
pub fn windows_end(release: &WindowsRelease, edition_id: &str) -> String {
    let e = edition_id.to_ascii_lowercase();
    if e.ends_with('s') && (e.starts_with("enterprise") || e.starts_with("iotenterprise")) {
        if let Some(l) = &release.ltsc_end {
            return l.clone();
        }
    }
    if e.starts_with("enterprise") || e.starts_with("education") || e.starts_with("iotenterprise") {
        release.enterprise_end.clone()
    } else {
        // Core (Home), CoreCountrySpecific (the Chinese Home edition), Professional, ...
        release.home_pro_end.clone()
    }
}

/// The lowest major version of a browser still considered current on `now`.
pub fn browser_minimum_major(rule: &BrowserRule, now: i64) -> u64 {
    let reference = timeutil::parse_ymd(&rule.reference_date).unwrap_or(0);
    let elapsed_days = ((now - reference) / DAY).max(0) as u64;
    let expected = rule.reference_major + elapsed_days / rule.days_per_major.max(1);
    expected.saturating_sub(rule.allowed_lag)
}
