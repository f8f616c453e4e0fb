//! End-of-life and minimum-version tables, kept as data in `assets/eol/` so they can be
//! reviewed and updated without touching code.

use crate::timeutil::{self, DAY};
use serde::Deserialize;
use std::collections::BTreeMap;

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
pub(crate) struct BrowserTable {
    browsers: BTreeMap<String, BrowserRule>,
}

/// Where the tables sit in a content pack.
pub const OS_TABLE_PATH: &str = "assets/eol/os.json";
pub const BROWSERS_PATH: &str = "assets/eol/browsers.json";

/// The end-of-life table of the content in use.
pub fn os_table() -> &'static OsTable {
    static T: coverready_content::Cached<OsTable> = coverready_content::Cached::new();
    T.get(&[OS_TABLE_PATH], |texts| parse_os_table(texts[0]))
}

pub fn browser_rules() -> &'static BTreeMap<String, BrowserRule> {
    static T: coverready_content::Cached<BrowserTable> = coverready_content::Cached::new();
    &T.get(&[BROWSERS_PATH], |texts| parse_browser_table(texts[0]))
        .browsers
}

/// Parsed, and every date a real `YYYY-MM-DD` day (a table with a typo would judge wrongly).
pub(crate) fn parse_os_table(json: &str) -> Result<OsTable, String> {
    let table: OsTable = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let dates = table
        .windows
        .iter()
        .flat_map(|w| {
            [
                Some(&w.home_pro_end),
                Some(&w.enterprise_end),
                w.ltsc_end.as_ref(),
            ]
        })
        .flatten()
        .chain(table.macos.iter().map(|m| &m.end))
        .chain(table.linux.iter().map(|l| &l.end));
    for date in dates {
        if coverready_content::review_by_unix(date).is_none() {
            return Err(format!("{date}: not a YYYY-MM-DD date"));
        }
    }
    Ok(table)
}

pub(crate) fn parse_browser_table(json: &str) -> Result<BrowserTable, String> {
    let table: BrowserTable = serde_json::from_str(json).map_err(|e| e.to_string())?;
    for (name, rule) in &table.browsers {
        if coverready_content::review_by_unix(&rule.reference_date).is_none()
            || rule.days_per_major == 0
            || rule.days_per_major > 365
            || rule.allowed_lag > 20
        {
            return Err(format!("{name}: reference date or numbers out of range"));
        }
    }
    Ok(table)
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
