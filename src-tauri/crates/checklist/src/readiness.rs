//! The readiness model: gate, scores, coverage and action plan. Pure functions; the maths is
//! documented in the crate README.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use crate::answers::{AnswerValue, Answers};
use crate::content::{ContentPack, CostBand, Question, Weight};
use crate::profile::Profile;
use crate::select::{applicable_questions, Mode};

/// Cumulative hours of fixing that fit in "this week" (about one working day).
pub const WEEK_HOURS: f64 = 8.0;
/// Cumulative hours (including the week's) that fit in "this month".
pub const MONTH_HOURS: f64 = 40.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, export_to = "checklist.ts")]
#[serde(rename_all = "snake_case")]
pub enum GateStatus {
    /// Every applicable must-have is met (or not applicable).
    Ready,
    /// At least one applicable must-have is answered "no" or "partly".
    NotReady,
    /// No must-have is unmet, but some are "not sure" or unanswered.
    ToConfirm,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, export_to = "checklist.ts")]
pub struct Gate {
    pub status: GateStatus,
    /// Must-haves answered "no" or "partly", in pack order.
    pub blockers: Vec<String>,
    /// Must-haves answered "not sure" or not answered yet, in pack order.
    pub to_confirm: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, export_to = "checklist.ts")]
pub struct DomainScore {
    pub id: String,
    /// Points earned: full weight for "yes", half for "partly".
    pub score: f64,
    /// Points available: applicable questions not answered "not applicable".
    pub max: u32,
    /// `round(100 × score ÷ max)`; `null` when nothing in the domain is scored or fewer than
    /// half its questions have a definite answer (see [`scored`]).
    pub percent: Option<u32>,
    pub applicable: usize,
    /// Definite answers: yes, partly, no, not applicable.
    pub answered: usize,
    pub not_sure: usize,
    pub unanswered: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, export_to = "checklist.ts")]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    ThisWeek,
    ThisMonth,
    ThisQuarter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, export_to = "checklist.ts")]
#[serde(rename_all = "snake_case")]
pub enum ActionReason {
    /// Answered "no" or "partly".
    Unmet,
    /// Answered "not sure": find out first, then fix if needed.
    NotSure,
    /// Not answered yet.
    Unanswered,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, export_to = "checklist.ts")]
pub struct ActionItem {
    pub question: String,
    pub domain: String,
    pub weight: Weight,
    pub effort_hours: f64,
    pub cost_band: CostBand,
    pub bucket: Bucket,
    pub reason: ActionReason,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, export_to = "checklist.ts")]
pub struct Readiness {
    pub pack_id: String,
    pub pack_version: String,
    pub mode: Mode,
    pub gate: Gate,
    /// Weighted share over all domains; `null` when nothing is scored or fewer than half the
    /// questions have a definite answer: then "answered 8/49" says more than "11 %".
    pub overall_percent: Option<u32>,
    /// `round(100 × definite answers ÷ applicable questions)`; 100 when nothing applies.
    pub coverage_percent: u32,
    pub applicable: usize,
    pub answered: usize,
    pub not_sure: usize,
    pub unanswered: usize,
    pub domains: Vec<DomainScore>,
    pub action_plan: Vec<ActionItem>,
}

/// Computes readiness for the questions `mode` asks of `profile`. Answers to questions that are
/// not asked in this mode are ignored; call [`crate::validate_answers`] first to refuse them.
pub fn readiness(
    pack: &ContentPack,
    profile: &Profile,
    answers: &Answers,
    mode: Mode,
) -> Readiness {
    let asked = applicable_questions(pack, profile, mode);
    let answer_of = |q: &Question| answers.get(&q.id).copied();

    let gate = gate(&asked, &answer_of);

    let domains: Vec<DomainScore> = pack
        .domains
        .iter()
        .map(|d| {
            domain_score(
                &d.id,
                asked.iter().copied().filter(|q| q.domain == d.id),
                &answer_of,
            )
        })
        .collect();

    let half_points: u32 = asked
        .iter()
        .map(|q| earned_half_points(q, answer_of(q)))
        .sum();
    let max: u32 = domains.iter().map(|d| d.max).sum();
    let answered = domains.iter().map(|d| d.answered).sum();
    let not_sure = domains.iter().map(|d| d.not_sure).sum();
    let unanswered = domains.iter().map(|d| d.unanswered).sum();

    Readiness {
        pack_id: pack.id.clone(),
        pack_version: pack.version.clone(),
        mode,
        gate,
        overall_percent: percent(half_points, 2 * max).filter(|_| scored(answered, asked.len())),
        coverage_percent: percent(answered as u32, asked.len() as u32).unwrap_or(100),
        applicable: asked.len(),
        answered,
        not_sure,
        unanswered,
        domains,
        action_plan: action_plan(&asked, &answer_of),
    }
}

fn gate(asked: &[&Question], answer_of: &impl Fn(&Question) -> Option<AnswerValue>) -> Gate {
    let mut blockers = Vec::new();
    let mut to_confirm = Vec::new();
    for q in asked.iter().filter(|q| q.weight == Weight::MustHave) {
        match answer_of(q) {
            Some(AnswerValue::Yes | AnswerValue::NotApplicable) => {}
            // "Partly" is not met: half an MFA rollout is what voids policies.
            Some(AnswerValue::No | AnswerValue::Partly) => blockers.push(q.id.clone()),
            Some(AnswerValue::NotSure) | None => to_confirm.push(q.id.clone()),
        }
    }
    let status = if !blockers.is_empty() {
        GateStatus::NotReady
    } else if !to_confirm.is_empty() {
        GateStatus::ToConfirm
    } else {
        GateStatus::Ready
    };
    Gate {
        status,
        blockers,
        to_confirm,
    }
}

/// Earned points in halves so "partly" stays an integer.
fn earned_half_points(q: &Question, answer: Option<AnswerValue>) -> u32 {
    match answer {
        Some(AnswerValue::Yes) => 2 * q.weight.points(),
        Some(AnswerValue::Partly) => q.weight.points(),
        _ => 0,
    }
}

fn domain_score<'q>(
    id: &str,
    questions: impl Iterator<Item = &'q Question>,
    answer_of: &impl Fn(&Question) -> Option<AnswerValue>,
) -> DomainScore {
    let mut s = DomainScore {
        id: id.to_owned(),
        score: 0.0,
        max: 0,
        percent: None,
        applicable: 0,
        answered: 0,
        not_sure: 0,
        unanswered: 0,
    };
    let mut half_points = 0;
    for q in questions {
        let answer = answer_of(q);
        s.applicable += 1;
        match answer {
            None => s.unanswered += 1,
            Some(AnswerValue::NotSure) => s.not_sure += 1,
            Some(_) => s.answered += 1,
        }
        if answer != Some(AnswerValue::NotApplicable) {
            s.max += q.weight.points();
        }
        half_points += earned_half_points(q, answer);
    }
    s.score = f64::from(half_points) / 2.0;
    s.percent = percent(half_points, 2 * s.max).filter(|_| scored(s.answered, s.applicable));
    s
}

/// Whether a score means anything yet: at least half the questions have a definite answer.
/// Below that, "not sure" and unanswered questions would pass for a low score.
pub fn scored(answered: usize, applicable: usize) -> bool {
    2 * answered >= applicable
}

/// `round(100 × part ÷ whole)`, halves rounded up, in integers so results are exact.
fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0).then(|| (200 * part + whole) / (2 * whole))
}

fn action_plan(
    asked: &[&Question],
    answer_of: &impl Fn(&Question) -> Option<AnswerValue>,
) -> Vec<ActionItem> {
    let mut open: Vec<(&Question, ActionReason)> = asked
        .iter()
        .filter_map(|q| {
            let reason = match answer_of(q) {
                Some(AnswerValue::Yes | AnswerValue::NotApplicable) => return None,
                Some(AnswerValue::No | AnswerValue::Partly) => ActionReason::Unmet,
                Some(AnswerValue::NotSure) => ActionReason::NotSure,
                None => ActionReason::Unanswered,
            };
            Some((*q, reason))
        })
        .collect();
    // Stable sort keeps pack order among equals.
    open.sort_by(|(a, _), (b, _)| priority(a, b));

    let mut cumulative = 0.0;
    open.into_iter()
        .map(|(q, reason)| {
            cumulative += q.effort_hours;
            let mut bucket = if cumulative <= WEEK_HOURS {
                Bucket::ThisWeek
            } else if cumulative <= MONTH_HOURS {
                Bucket::ThisMonth
            } else {
                Bucket::ThisQuarter
            };
            // A blocker should never wait a quarter, however long the list.
            if q.weight == Weight::MustHave && bucket == Bucket::ThisQuarter {
                bucket = Bucket::ThisMonth;
            }
            ActionItem {
                question: q.id.clone(),
                domain: q.domain.clone(),
                weight: q.weight,
                effort_hours: q.effort_hours,
                cost_band: q.cost_band,
                bucket,
                reason,
            }
        })
        .collect()
}

/// Must-haves first; then more points per hour of effort first; then less effort first.
fn priority(a: &Question, b: &Question) -> Ordering {
    let must = |q: &Question| q.weight != Weight::MustHave;
    must(a).cmp(&must(b)).then_with(|| {
        // points_a / effort_a > points_b / effort_b  ⇔  points_a × effort_b > points_b × effort_a
        let density_a = f64::from(a.weight.points()) * b.effort_hours;
        let density_b = f64::from(b.weight.points()) * a.effort_hours;
        density_b
            .partial_cmp(&density_a)
            .unwrap_or(Ordering::Equal)
            .then_with(|| {
                a.effort_hours
                    .partial_cmp(&b.effort_hours)
                    .unwrap_or(Ordering::Equal)
            })
    })
}
