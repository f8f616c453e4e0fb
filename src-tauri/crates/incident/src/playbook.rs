//! Incident kinds, their ordered first steps and the deadlines that count down from discovery,
//! read from `assets/incidents/steps.json`; the national numbers from
//! `assets/incidents/contacts.json`. Texts: `incident-kind-<kind>`, `incident-step-<id>`,
//! `incident-deadline-<id>`, `incident-contact-<id>`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

use crate::HOUR;

/// Where the playbook and the contacts sit in a content pack.
pub const STEPS_PATH: &str = "assets/incidents/steps.json";
pub const CONTACTS_PATH: &str = "assets/incidents/contacts.json";

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, export_to = "incident.ts")]
pub enum Kind {
    Ransomware,
    PaymentFraud,
    DataLeak,
    AccountTakeover,
    Website,
    LostDevice,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Ransomware,
        Kind::PaymentFraud,
        Kind::DataLeak,
        Kind::AccountTakeover,
        Kind::Website,
        Kind::LostDevice,
        Kind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Ransomware => "ransomware",
            Kind::PaymentFraud => "payment-fraud",
            Kind::DataLeak => "data-leak",
            Kind::AccountTakeover => "account-takeover",
            Kind::Website => "website",
            Kind::LostDevice => "lost-device",
            Kind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text.trim())
    }

    /// Every kind, as the CLI and error messages list them.
    pub fn list() -> String {
        Kind::ALL.map(Kind::as_str).join(", ")
    }
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "incident.ts")]
pub struct Source {
    /// The document's own title, as published (a citation, in the document's language).
    pub title: String,
    /// For a source that is no published document (the owner's own policy): the message that
    /// names it in the reader's language, shown instead of `title`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Not yet in the research notes: to be checked before release.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verify: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDef {
    pub id: String,
    pub source: Source,
}

#[derive(Debug, Clone, Deserialize)]
struct DeadlineDef {
    id: String,
    #[serde(default)]
    hours: Option<u32>,
    #[serde(default)]
    policy: Option<String>,
    kinds: Vec<Kind>,
    source: Source,
}

#[derive(Debug, Deserialize)]
struct Playbook {
    steps: Vec<StepDef>,
    kinds: BTreeMap<Kind, Vec<String>>,
    deadlines: Vec<DeadlineDef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    pub number: String,
    pub source: Source,
}

#[derive(Debug, Deserialize)]
struct Contacts {
    contacts: Vec<Contact>,
}

fn playbook() -> &'static Playbook {
    static BOOK: coverready_content::Cached<Playbook> = coverready_content::Cached::new();
    BOOK.get(&[STEPS_PATH], |texts| parse_playbook(texts[0]))
}

fn parse_playbook(json: &str) -> Result<Playbook, String> {
    let book: Playbook = serde_json::from_str(json).map_err(|e| e.to_string())?;
    validate(&book)?;
    Ok(book)
}

fn parse_contacts(json: &str) -> Result<Contacts, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// The playbook and contacts of `set`, checked (content validation before a pack is installed).
pub fn check_set(
    set: &coverready_content::ContentSet,
) -> Result<(), coverready_content::ContentError> {
    set.parse(&[STEPS_PATH], |texts| parse_playbook(texts[0]))?;
    set.parse(&[CONTACTS_PATH], |texts| parse_contacts(texts[0]))?;
    Ok(())
}

/// Every kind has steps, every step named exists, every deadline has hours or a policy field.
fn validate(book: &Playbook) -> Result<(), String> {
    for kind in Kind::ALL {
        let ids = book
            .kinds
            .get(&kind)
            .ok_or_else(|| format!("no steps for {}", kind.as_str()))?;
        if ids.is_empty() {
            return Err(format!("no steps for {}", kind.as_str()));
        }
        for id in ids {
            if !book.steps.iter().any(|s| &s.id == id) {
                return Err(format!("unknown step {id}"));
            }
        }
    }
    for d in &book.deadlines {
        match (&d.hours, d.policy.as_deref()) {
            (Some(_), None) | (None, Some("notice_hours")) => {}
            _ => return Err(format!("deadline {}: hours or policy notice_hours", d.id)),
        }
    }
    Ok(())
}

/// The ordered first steps for `kind`.
pub fn steps_for(kind: Kind) -> Vec<&'static StepDef> {
    let book = playbook();
    book.kinds
        .get(&kind)
        .map(|ids| {
            ids.iter()
                .filter_map(|id| book.steps.iter().find(|s| &s.id == id))
                .collect()
        })
        .unwrap_or_default()
}

/// The national numbers.
pub fn contacts() -> &'static [Contact] {
    static LIST: coverready_content::Cached<Contacts> = coverready_content::Cached::new();
    &LIST
        .get(&[CONTACTS_PATH], |texts| parse_contacts(texts[0]))
        .contacts
}

/// A deadline at a clock.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeadlineStatus {
    /// Text `incident-deadline-<id>`.
    pub id: String,
    /// `hours` from discovery (`None`: the policy has no notice period yet).
    pub hours: Option<u32>,
    /// Whether the hours come from the policy (`notice_hours`).
    pub from_policy: bool,
    /// Unix seconds.
    pub due_at: Option<i64>,
    /// Hours left at the clock, one decimal; negative once passed.
    pub remaining_hours: Option<f64>,
    pub overdue: bool,
    pub source: Source,
}

/// The deadlines for `kind`, counted from `discovered_at`, at `now`. `notice_hours` is the
/// policy's notice period (`None` if not set).
pub fn deadlines(
    kind: Kind,
    discovered_at: i64,
    notice_hours: Option<u32>,
    now: i64,
) -> Vec<DeadlineStatus> {
    playbook()
        .deadlines
        .iter()
        .filter(|d| d.kinds.contains(&kind))
        .map(|d| {
            let from_policy = d.policy.is_some();
            let hours = if from_policy { notice_hours } else { d.hours };
            let due_at = hours.map(|h| discovered_at.saturating_add(i64::from(h) * HOUR));
            let remaining_hours = due_at.map(|due| {
                let tenths = (due.saturating_sub(now)) as f64 / HOUR as f64 * 10.0;
                tenths.round() / 10.0
            });
            DeadlineStatus {
                id: d.id.clone(),
                hours,
                from_policy,
                due_at,
                remaining_hours,
                overdue: due_at.is_some_and(|due| now > due),
                source: d.source.clone(),
            }
        })
        .collect()
}

/// A time the owner gave that is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRefusal {
    /// Later than the clock.
    Future,
}

/// A time kept but flagged in what is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "incident.ts")]
pub enum TimeFlag {
    /// Before the policy period began: the event may not be covered.
    BeforePolicyStart,
    /// After the policy period ended.
    AfterPolicyEnd,
}

impl TimeFlag {
    pub fn as_str(self) -> &'static str {
        match self {
            TimeFlag::BeforePolicyStart => "before_policy_start",
            TimeFlag::AfterPolicyEnd => "after_policy_end",
        }
    }
}

/// Checks a discovery (or step) time against the clock and the policy period (Unix seconds).
pub fn check_discovery(
    at: i64,
    now: i64,
    policy_start: Option<i64>,
    policy_end: Option<i64>,
) -> Result<Vec<TimeFlag>, TimeRefusal> {
    if at > now {
        return Err(TimeRefusal::Future);
    }
    let mut flags = Vec::new();
    if policy_start.is_some_and(|start| at < start) {
        flags.push(TimeFlag::BeforePolicyStart);
    }
    if policy_end.is_some_and(|end| at >= end) {
        flags.push(TimeFlag::AfterPolicyEnd);
    }
    Ok(flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-03T08:00:00Z.
    const DISCOVERED: i64 = 1_796_284_800;

    #[test]
    fn the_bundled_data_is_complete() {
        assert!(validate(playbook()).is_ok());
        for kind in Kind::ALL {
            assert!(!steps_for(kind).is_empty(), "{}", kind.as_str());
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
            for step in steps_for(kind) {
                assert!(!step.source.title.is_empty(), "{}", step.id);
            }
        }
        assert_eq!(Kind::parse("flood"), None);
        let numbers: Vec<&str> = contacts().iter().map(|c| c.number.as_str()).collect();
        assert_eq!(numbers, ["12387", "110", "96110"]);
    }

    #[test]
    fn ransomware_isolates_first_and_never_pays_unasked() {
        let ids: Vec<&str> = steps_for(Kind::Ransomware)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids[0], "isolate");
        assert!(ids.contains(&"no-ransom"));
        assert!(ids.contains(&"cac-report"));
        let hotline = ids.iter().position(|i| *i == "insurer-hotline").unwrap();
        let written = ids.iter().position(|i| *i == "written-notice").unwrap();
        assert!(hotline < written);
    }

    #[test]
    fn payment_fraud_calls_the_bank_first() {
        let ids: Vec<&str> = steps_for(Kind::PaymentFraud)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids[0], "bank-recall");
        assert!(ids.contains(&"anti-fraud-96110"));
        assert!(!ids.contains(&"no-ransom"));
    }

    #[test]
    fn deadlines_count_down_from_discovery() {
        let now = DISCOVERED + 90 * 60;
        let list = deadlines(Kind::Ransomware, DISCOVERED, Some(72), now);
        let cac = list.iter().find(|d| d.id == "cac-4h").unwrap();
        assert_eq!(cac.due_at, Some(DISCOVERED + 4 * HOUR));
        assert_eq!(cac.remaining_hours, Some(2.5));
        assert!(!cac.overdue);
        let notice = list.iter().find(|d| d.id == "insurer-notice").unwrap();
        assert!(notice.from_policy);
        assert_eq!(notice.due_at, Some(DISCOVERED + 72 * HOUR));
        assert_eq!(notice.remaining_hours, Some(70.5));
        // Five hours in: the 4-hour report is overdue by one.
        let late = deadlines(
            Kind::Ransomware,
            DISCOVERED,
            Some(72),
            DISCOVERED + 5 * HOUR,
        );
        let cac = late.iter().find(|d| d.id == "cac-4h").unwrap();
        assert!(cac.overdue);
        assert_eq!(cac.remaining_hours, Some(-1.0));
    }

    #[test]
    fn each_kind_has_its_deadlines() {
        for kind in Kind::ALL {
            let ids: Vec<String> = deadlines(kind, DISCOVERED, None, DISCOVERED)
                .into_iter()
                .map(|d| d.id)
                .collect();
            assert!(
                ids.contains(&"insurer-notice".to_owned()),
                "{}",
                kind.as_str()
            );
            let cac = ids.contains(&"cac-4h".to_owned());
            let expected = !matches!(kind, Kind::PaymentFraud | Kind::LostDevice);
            assert_eq!(cac, expected, "{}", kind.as_str());
        }
        // Without a notice period the insurer's deadline has no due time.
        let list = deadlines(Kind::Other, DISCOVERED, None, DISCOVERED);
        let notice = list.iter().find(|d| d.id == "insurer-notice").unwrap();
        assert_eq!(notice.due_at, None);
        assert!(!notice.overdue);
    }

    #[test]
    fn a_future_time_is_refused_and_one_before_the_policy_flagged() {
        assert_eq!(
            check_discovery(DISCOVERED + 1, DISCOVERED, None, None),
            Err(TimeRefusal::Future)
        );
        assert_eq!(
            check_discovery(DISCOVERED, DISCOVERED, None, None),
            Ok(vec![])
        );
        assert_eq!(
            check_discovery(DISCOVERED, DISCOVERED, Some(DISCOVERED + 1), None),
            Ok(vec![TimeFlag::BeforePolicyStart])
        );
        assert_eq!(
            check_discovery(DISCOVERED, DISCOVERED, None, Some(DISCOVERED)),
            Ok(vec![TimeFlag::AfterPolicyEnd])
        );
    }
}
