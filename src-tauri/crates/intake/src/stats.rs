//! Statistics over what was received, for a platform's own view of its market (`coverready-intake
//! stats`): submissions per month, organisations by industry and size band, the share meeting each
//! must-have, the average score per domain and the most common gaps.
//!
//! Anonymity first: **no cell describes fewer than [`MIN_CELL`] organisations**; such a cell says
//! "fewer than 5" instead of a number, in the text and in the JSON alike. An organisation is an
//! installation key and the organisation's name in its report; an organisation that submitted
//! several times counts once, by its latest report (per month, each organisation counts once in
//! each month it submitted). Withdrawn submissions hold no report any more and are not counted.
//! A report that cannot be read is counted as such and otherwise ignored: nothing here panics on
//! what a submitter sent.

use std::collections::{BTreeMap, BTreeSet};

use coverready_checklist::{ContentPack, Weight};
use serde::Serialize;

/// The smallest number of organisations a published cell may describe.
pub const MIN_CELL: usize = 5;

/// What a suppressed cell says.
pub const FEWER_THAN: &str = "fewer than 5";

/// One received report, as the store gives it.
pub struct ReportRow {
    pub received_at: String,
    pub public_key: String,
    pub report_json: Vec<u8>,
}

/// A number, or [`FEWER_THAN`] when it would describe fewer than [`MIN_CELL`] organisations.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<T> {
    Value(T),
    FewerThan5,
}

impl<T: Serialize> Serialize for Cell<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Value(v) => v.serialize(s),
            Cell::FewerThan5 => s.serialize_str(FEWER_THAN),
        }
    }
}

impl<T: std::fmt::Display> std::fmt::Display for Cell<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cell::Value(v) => v.fmt(f),
            Cell::FewerThan5 => f.write_str(FEWER_THAN),
        }
    }
}

/// `value` if `organisations` reach the threshold.
fn cell<T>(organisations: usize, value: T) -> Cell<T> {
    if organisations >= MIN_CELL {
        Cell::Value(value)
    } else {
        Cell::FewerThan5
    }
}

#[derive(Debug, Serialize)]
pub struct Statistics {
    pub organisations: Cell<usize>,
    /// Reports whose JSON could not be read (not counted anywhere else).
    pub unreadable_reports: usize,
    pub per_month: Vec<MonthRow>,
    pub by_industry: Vec<GroupRow>,
    pub by_size_band: Vec<GroupRow>,
    pub must_haves: Vec<MustHaveRow>,
    pub domains: Vec<DomainRow>,
    pub common_gaps: Vec<GapRow>,
}

#[derive(Debug, Serialize)]
pub struct MonthRow {
    /// `YYYY-MM` (UTC).
    pub month: String,
    pub submissions: Cell<usize>,
    pub organisations: Cell<usize>,
}

#[derive(Debug, Serialize)]
pub struct GroupRow {
    pub group: String,
    pub organisations: Cell<usize>,
    /// Mean overall readiness percent of the group's organisations that have one.
    pub average_overall_percent: Cell<f64>,
}

#[derive(Debug, Serialize)]
pub struct MustHaveRow {
    pub question: String,
    /// Organisations that answered it (not "not applicable").
    pub organisations: Cell<usize>,
    /// Of those, the share that answered yes, in percent.
    pub met_percent: Cell<f64>,
}

#[derive(Debug, Serialize)]
pub struct DomainRow {
    pub domain: String,
    pub organisations: Cell<usize>,
    pub average_percent: Cell<f64>,
}

#[derive(Debug, Serialize)]
pub struct GapRow {
    pub question: String,
    /// Organisations with this question unmet (answered no or partly).
    pub organisations: Cell<usize>,
}

/// What one organisation's latest report says, read defensively.
struct OrgReport {
    industry: String,
    size_band: String,
    overall_percent: Option<f64>,
    /// question → answer value.
    answers: BTreeMap<String, String>,
    /// domain → percent.
    domains: BTreeMap<String, f64>,
    /// Questions in the action plan as unmet.
    unmet: BTreeSet<String>,
}

/// A profile value as a group name: the pack's options are short lowercase words; anything else
/// a submitter wrote is `other`, a missing one `not stated`.
fn group_name(value: Option<&serde_json::Value>) -> String {
    match value.and_then(|v| v.as_str()) {
        None => "not stated".to_owned(),
        Some(v)
            if (1..=32).contains(&v.len())
                && v.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
        {
            v.to_owned()
        }
        Some(_) => "other".to_owned(),
    }
}

fn read_report(report: &serde_json::Value) -> Option<(String, OrgReport)> {
    let organisation = report.get("organisation")?.as_object()?;
    let name = organisation.get("name")?.as_str()?.to_owned();
    let profile = organisation.get("profile").and_then(|p| p.as_object());
    let readiness = report.get("readiness")?.as_object()?;
    let answers = report
        .get("answers")
        .and_then(|a| a.as_array())
        .map(|answers| {
            answers
                .iter()
                .filter_map(|a| {
                    Some((
                        a.get("question")?.as_str()?.to_owned(),
                        a.get("value")?.as_str()?.to_owned(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let domains = readiness
        .get("domains")
        .and_then(|d| d.as_array())
        .map(|domains| {
            domains
                .iter()
                .filter_map(|d| {
                    let percent = d.get("percent")?.as_f64()?;
                    (0.0..=100.0)
                        .contains(&percent)
                        .then(|| Some((d.get("id")?.as_str()?.to_owned(), percent)))?
                })
                .collect()
        })
        .unwrap_or_default();
    let unmet = readiness
        .get("action_plan")
        .and_then(|p| p.as_array())
        .map(|items| {
            items
                .iter()
                .filter(|i| i.get("reason").and_then(|r| r.as_str()) == Some("unmet"))
                .filter_map(|i| Some(i.get("question")?.as_str()?.to_owned()))
                .collect()
        })
        .unwrap_or_default();
    Some((
        name,
        OrgReport {
            industry: group_name(profile.and_then(|p| p.get("industry"))),
            size_band: group_name(profile.and_then(|p| p.get("headcount_band"))),
            overall_percent: readiness
                .get("overall_percent")
                .and_then(|p| p.as_f64())
                .filter(|p| (0.0..=100.0).contains(p)),
            answers,
            domains,
            unmet,
        },
    ))
}

fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let m = values.iter().sum::<f64>() / values.len() as f64;
    (m * 10.0).round() / 10.0
}

/// The statistics over `rows` (received reports, any order).
pub fn compute(rows: &[ReportRow]) -> Statistics {
    let mut unreadable = 0;
    // Latest report per organisation, and the organisations of each month.
    let mut latest: BTreeMap<(String, String), (String, OrgReport)> = BTreeMap::new();
    let mut months: BTreeMap<String, (usize, BTreeSet<(String, String)>)> = BTreeMap::new();
    for row in rows {
        let Some((name, report)) = serde_json::from_slice::<serde_json::Value>(&row.report_json)
            .ok()
            .as_ref()
            .and_then(read_report)
        else {
            unreadable += 1;
            continue;
        };
        let org = (row.public_key.clone(), name);
        let month = row.received_at.get(..7).unwrap_or("unknown").to_owned();
        let entry = months.entry(month).or_default();
        entry.0 += 1;
        entry.1.insert(org.clone());
        match latest.get(&org) {
            Some((at, _)) if *at >= row.received_at => {}
            _ => {
                latest.insert(org, (row.received_at.clone(), report));
            }
        }
    }
    let orgs: Vec<&OrgReport> = latest.values().map(|(_, r)| r).collect();

    let per_month = months
        .into_iter()
        .map(|(month, (submissions, organisations))| MonthRow {
            month,
            submissions: cell(organisations.len(), submissions),
            organisations: cell(organisations.len(), organisations.len()),
        })
        .collect();

    let groups = |key: fn(&OrgReport) -> &str| -> Vec<GroupRow> {
        let mut by: BTreeMap<&str, Vec<&OrgReport>> = BTreeMap::new();
        for org in &orgs {
            by.entry(key(org)).or_default().push(org);
        }
        by.into_iter()
            .map(|(group, members)| {
                let scores: Vec<f64> = members.iter().filter_map(|m| m.overall_percent).collect();
                GroupRow {
                    group: group.to_owned(),
                    organisations: cell(members.len(), members.len()),
                    average_overall_percent: cell(scores.len(), mean(&scores)),
                }
            })
            .collect()
    };
    let by_industry = groups(|o| &o.industry);
    let by_size_band = groups(|o| &o.size_band);

    let must_haves = ContentPack::current()
        .questions
        .iter()
        .filter(|q| q.weight == Weight::MustHave)
        .map(|q| {
            let answered: Vec<&str> = orgs
                .iter()
                .filter_map(|o| o.answers.get(&q.id).map(String::as_str))
                .filter(|v| *v != "not_applicable")
                .collect();
            let met = answered.iter().filter(|v| **v == "yes").count();
            let share = if answered.is_empty() {
                0.0
            } else {
                (met as f64 * 1000.0 / answered.len() as f64).round() / 10.0
            };
            MustHaveRow {
                question: q.id.clone(),
                organisations: cell(answered.len(), answered.len()),
                met_percent: cell(answered.len(), share),
            }
        })
        .collect();

    let mut domain_scores: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for org in &orgs {
        for (domain, percent) in &org.domains {
            domain_scores.entry(domain).or_default().push(*percent);
        }
    }
    let domains = domain_scores
        .into_iter()
        .map(|(domain, scores)| DomainRow {
            domain: domain.to_owned(),
            organisations: cell(scores.len(), scores.len()),
            average_percent: cell(scores.len(), mean(&scores)),
        })
        .collect();

    let mut gaps: BTreeMap<&str, usize> = BTreeMap::new();
    for org in &orgs {
        for question in &org.unmet {
            *gaps.entry(question).or_default() += 1;
        }
    }
    let mut gaps: Vec<(&str, usize)> = gaps.into_iter().collect();
    gaps.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let common_gaps = gaps
        .into_iter()
        .take(10)
        .map(|(question, n)| GapRow {
            question: question.to_owned(),
            organisations: cell(n, n),
        })
        .collect();

    Statistics {
        organisations: cell(orgs.len(), orgs.len()),
        unreadable_reports: unreadable,
        per_month,
        by_industry,
        by_size_band,
        must_haves,
        domains,
        common_gaps,
    }
}

impl Statistics {
    /// The operator's text form (English, like the rest of the CLI); names from reports go
    /// through [`crate::printable`].
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let p = crate::printable;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "organisations: {} (cells for fewer than {MIN_CELL} organisations are not shown)",
            self.organisations
        );
        if self.unreadable_reports > 0 {
            let _ = writeln!(out, "unreadable reports: {}", self.unreadable_reports);
        }
        let _ = writeln!(out, "\nsubmissions per month:");
        for row in &self.per_month {
            let _ = writeln!(
                out,
                "  {}  {} submission(s) from {} organisation(s)",
                p(&row.month),
                row.submissions,
                row.organisations
            );
        }
        for (title, rows) in [
            ("by industry", &self.by_industry),
            ("by size band (headcount)", &self.by_size_band),
        ] {
            let _ = writeln!(out, "\n{title}:");
            for row in rows {
                let _ = writeln!(
                    out,
                    "  {:<16} organisations {}, average overall {}%",
                    p(&row.group),
                    row.organisations,
                    row.average_overall_percent
                );
            }
        }
        let _ = writeln!(out, "\nmust-haves met:");
        for row in &self.must_haves {
            let _ = writeln!(
                out,
                "  {:<40} {}% of {} organisation(s)",
                p(&row.question),
                row.met_percent,
                row.organisations
            );
        }
        let _ = writeln!(out, "\naverage score per domain:");
        for row in &self.domains {
            let _ = writeln!(
                out,
                "  {:<16} {}% over {} organisation(s)",
                p(&row.domain),
                row.average_percent,
                row.organisations
            );
        }
        let _ = writeln!(out, "\nmost common gaps (unmet):");
        for row in &self.common_gaps {
            let _ = writeln!(
                out,
                "  {:<40} {} organisation(s)",
                p(&row.question),
                row.organisations
            );
        }
        out
    }
}
