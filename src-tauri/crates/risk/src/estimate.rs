//! FAIR-lite: for each scenario that applies, how often (events a year) times how much (yuan per
//! event), each as a low / likely / high range; summed into an annual expectation. Pure: the same
//! profile and answers always give the same numbers.

use std::collections::BTreeMap;

use coverready_checklist::{AnswerValue, Answers, Profile, ProfileValue};
use serde::Serialize;
use ts_rs::TS;

use crate::model::{Magnitude, RiskModel, ScenarioDef, Triple};

/// A range in one unit (yuan, or events a year).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[ts(export, export_to = "risk.ts")]
pub struct Range {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

impl Range {
    fn from(t: Triple) -> Range {
        Range {
            low: t[0],
            likely: t[1],
            high: t[2],
        }
    }

    fn times(self, other: Range) -> Range {
        Range {
            low: self.low * other.low,
            likely: self.likely * other.likely,
            high: self.high * other.high,
        }
    }

    fn scaled(self, k: f64) -> Range {
        Range {
            low: self.low * k,
            likely: self.likely * k,
            high: self.high * k,
        }
    }

    fn plus(self, other: Range) -> Range {
        Range {
            low: self.low + other.low,
            likely: self.likely + other.likely,
            high: self.high + other.high,
        }
    }

    const ZERO: Range = Range {
        low: 0.0,
        likely: 0.0,
        high: 0.0,
    };
}

/// One answer that changed how often a scenario is expected.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "risk.ts")]
pub struct AppliedFactor {
    pub question: String,
    pub factor: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "risk.ts")]
pub struct ScenarioEstimate {
    /// `ransomware`, `payment-fraud`, … (title: `risk-scenario-<id>`).
    pub id: String,
    /// Events a year.
    pub frequency: Range,
    /// Yuan per event.
    pub single_loss: Range,
    /// The single loss in days of the owner's own gross profit ("about 12 days of profit"), when
    /// the profile holds that figure; never from the revenue-band estimate, so a day means the
    /// owner's day.
    pub single_loss_days: Option<Range>,
    /// Yuan a year: frequency × single loss.
    pub annual: Range,
    pub factors: Vec<AppliedFactor>,
    /// The message that explains the range: `risk-scenario-<id>-assumptions`, or
    /// `…-assumptions-without-gross-profit` when days without business could not be priced (no
    /// gross profit or revenue in the profile): never "at ¥0 gross profit a day".
    pub assumptions_key: String,
    /// Values for that message, with their unit so the UI and the report format them alike.
    pub assumptions: BTreeMap<String, Quantity>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "risk.ts")]
pub enum Unit {
    Yuan,
    Days,
    Count,
    Percent,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[ts(export, export_to = "risk.ts")]
pub struct Quantity {
    pub value: f64,
    pub unit: Unit,
}

/// The assumptions of one scenario, by name.
#[derive(Default)]
struct Assumptions(BTreeMap<String, Quantity>);

impl Assumptions {
    fn put(&mut self, name: &str, value: f64, unit: Unit) {
        self.0.insert(name.to_owned(), Quantity { value, unit });
    }
}

/// What the estimate had to assume because the profile did not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "risk.ts")]
pub enum EstimateNote {
    /// No daily gross profit: derived from the revenue band.
    GrossProfitFromRevenue,
    /// Neither daily gross profit nor revenue band: outage days are not priced.
    GrossProfitUnknown,
    /// Headcount band missing: the smallest firm's response costs were used.
    HeadcountAssumed,
    /// Bank transfers yes but no size band: the smallest band was used.
    TransferSizeAssumed,
    /// Personal records held but the amount not given: the smallest band was used.
    RecordsAssumed,
}

pub(crate) struct Estimated {
    pub scenarios: Vec<ScenarioEstimate>,
    pub notes: Vec<EstimateNote>,
}

fn text<'a>(profile: &'a Profile, field: &str) -> Option<&'a str> {
    match profile.get(field) {
        Some(ProfileValue::Text(t)) => Some(t.as_str()),
        _ => None,
    }
}

fn yes(profile: &Profile, field: &str) -> bool {
    matches!(profile.get(field), Some(ProfileValue::Bool(true)))
}

/// Daily gross profit in yuan: the owner's own figure, else from the revenue band; `None` (and
/// a note) when the profile has neither.
fn daily_gross_profit(
    model: &RiskModel,
    profile: &Profile,
    notes: &mut Vec<EstimateNote>,
) -> Option<f64> {
    if let Some(n) = owner_daily_gross_profit(profile) {
        return Some(n);
    }
    match text(profile, "revenue_band").and_then(|b| model.revenue_midpoint.get(b)) {
        Some(revenue) => {
            notes.push(EstimateNote::GrossProfitFromRevenue);
            Some(revenue * model.gross_margin / model.trading_days)
        }
        None => {
            notes.push(EstimateNote::GrossProfitUnknown);
            None
        }
    }
}

/// The daily gross profit the owner entered, when it is a usable figure.
fn owner_daily_gross_profit(profile: &Profile) -> Option<f64> {
    match profile.get("daily_gross_profit") {
        Some(ProfileValue::Number(n)) if n.is_finite() && *n > 0.0 => Some(*n),
        _ => None,
    }
}

/// A band's triple, or the smallest band's (noted) when the profile does not say.
fn band_or_smallest<T: Copy>(
    table: &BTreeMap<String, T>,
    band: Option<&str>,
    order: &[&str],
    note: EstimateNote,
    notes: &mut Vec<EstimateNote>,
) -> Option<T> {
    if let Some(v) = band.and_then(|b| table.get(b)) {
        return Some(*v);
    }
    notes.push(note);
    order.iter().find_map(|b| table.get(*b)).copied()
}

/// [`band_or_smallest`] for a table of ranges; nothing to price when the table is empty.
fn band_range(
    table: &BTreeMap<String, Triple>,
    band: Option<&str>,
    order: &[&str],
    note: EstimateNote,
    notes: &mut Vec<EstimateNote>,
) -> Range {
    band_or_smallest(table, band, order, note, notes)
        .map(Range::from)
        .unwrap_or(Range::ZERO)
}

fn answered(answers: &Answers, question: &str, values: &[AnswerValue]) -> bool {
    answers.get(question).is_some_and(|a| values.contains(a))
}

fn frequency(
    model: &RiskModel,
    def: &ScenarioDef,
    answers: &Answers,
) -> (Range, Vec<AppliedFactor>) {
    let mut factors = Vec::new();
    let mut combined = 1.0;
    for m in &def.modifiers {
        if answered(answers, &m.question, &m.when) {
            combined *= m.factor;
            factors.push(AppliedFactor {
                question: m.question.clone(),
                factor: m.factor,
            });
        }
    }
    let [lo, hi] = model.modifier_bounds;
    let combined = combined.clamp(lo, hi);
    // Never more than once a year on the likely/high end; this is a rate, not a count.
    let f = Range::from(def.frequency).scaled(combined);
    (
        Range {
            low: f.low.min(1.0),
            likely: f.likely.min(1.0),
            high: f.high.min(1.0),
        },
        factors,
    )
}

const HEADCOUNT_ORDER: &[&str] = &["1-9", "10-49", "50-99", "100-249", "250-plus"];
const TRANSFER_ORDER: &[&str] = &["under-10k", "10k-100k", "100k-1m", "over-1m"];
const RECORDS_ORDER: &[&str] = &["under-1k", "1k-10k", "10k-100k", "over-100k"];

fn single_loss(
    magnitude: &Magnitude,
    profile: &Profile,
    answers: &Answers,
    gross_profit: Option<f64>,
    notes: &mut Vec<EstimateNote>,
    assumptions: &mut Assumptions,
) -> Range {
    match magnitude {
        Magnitude::OutageAndResponse {
            response_by_headcount,
            outage_days,
            outage_days_with_tested_backup,
            tested_backup_questions,
        } => {
            let response = band_range(
                response_by_headcount,
                text(profile, "headcount_band"),
                HEADCOUNT_ORDER,
                EstimateNote::HeadcountAssumed,
                notes,
            );
            let tested = tested_backup_questions
                .iter()
                .all(|q| answered(answers, q, &[AnswerValue::Yes]));
            let days = Range::from(if tested {
                *outage_days_with_tested_backup
            } else {
                *outage_days
            });
            assumptions.put("days_likely", days.likely, Unit::Days);
            assumptions.put("days_high", days.high, Unit::Days);
            assumptions.put("response_likely", response.likely, Unit::Yuan);
            match gross_profit {
                Some(gp) => {
                    assumptions.put("gross_profit", gp, Unit::Yuan);
                    response.plus(days.scaled(gp))
                }
                // The days still happen; they are just not priced (the note says why).
                None => response,
            }
        }
        Magnitude::Transfer {
            transfer_by_band,
            share_lost,
        } => {
            let transfer = band_range(
                transfer_by_band,
                text(profile, "largest_transfer"),
                TRANSFER_ORDER,
                EstimateNote::TransferSizeAssumed,
                notes,
            );
            assumptions.put("transfer_likely", transfer.likely, Unit::Yuan);
            assumptions.put("share_lost_likely", share_lost[1] * 100.0, Unit::Percent);
            transfer.times(Range::from(*share_lost))
        }
        Magnitude::Records {
            records_by_band,
            cost_per_record,
            fixed_costs,
            sensitive_multiplier,
        } => {
            let records = band_or_smallest(
                records_by_band,
                text(profile, "personal_records"),
                RECORDS_ORDER,
                EstimateNote::RecordsAssumed,
                notes,
            )
            .unwrap_or(0.0);
            let k = if yes(profile, "sensitive_data") {
                *sensitive_multiplier
            } else {
                1.0
            };
            assumptions.put("records", records, Unit::Count);
            assumptions.put("cost_per_record_likely", cost_per_record[1] * k, Unit::Yuan);
            Range::from(*cost_per_record)
                .scaled(records)
                .plus(Range::from(*fixed_costs))
                .scaled(k)
        }
        Magnitude::OutageOnly { outage_days } => {
            let days = Range::from(*outage_days);
            assumptions.put("days_likely", days.likely, Unit::Days);
            match gross_profit {
                Some(gp) => {
                    assumptions.put("gross_profit", gp, Unit::Yuan);
                    days.scaled(gp)
                }
                None => Range::ZERO,
            }
        }
    }
}

pub(crate) fn estimate(model: &RiskModel, profile: &Profile, answers: &Answers) -> Estimated {
    let mut notes = Vec::new();
    let gross_profit = daily_gross_profit(model, profile, &mut notes);
    let mut scenarios = Vec::new();
    for def in &model.scenarios {
        // A scenario whose condition is unknown (profile not answered) is shown: a firm should
        // see the risk before it has told us it is exempt.
        if def
            .applies
            .as_ref()
            .is_some_and(|r| r.evaluate(profile) == Some(false))
        {
            continue;
        }
        let (frequency, factors) = frequency(model, def, answers);
        let mut assumptions = Assumptions::default();
        let single_loss = single_loss(
            &def.magnitude,
            profile,
            answers,
            gross_profit,
            &mut notes,
            &mut assumptions,
        );
        if single_loss.high <= 0.0 {
            // Nothing to price (e.g. outage days without any gross profit figure); the notes
            // say what is missing.
            continue;
        }
        let annual = frequency.times(single_loss);
        assumptions.put("chance_per_year", frequency.likely * 100.0, Unit::Percent);
        assumptions.put("annual_likely", annual.likely, Unit::Yuan);
        let priced_days = !assumptions.0.contains_key("days_likely")
            || assumptions.0.contains_key("gross_profit");
        scenarios.push(ScenarioEstimate {
            assumptions_key: if priced_days {
                format!("risk-scenario-{}-assumptions", def.id)
            } else {
                format!("risk-scenario-{}-assumptions-without-gross-profit", def.id)
            },
            id: def.id.clone(),
            frequency,
            annual,
            single_loss_days: owner_daily_gross_profit(profile)
                .map(|gp| single_loss.scaled(1.0 / gp)),
            single_loss,
            factors,
            assumptions: assumptions.0,
        });
    }
    notes.sort_by_key(|n| *n as u8);
    notes.dedup();
    Estimated { scenarios, notes }
}

/// The annual expectation over all scenarios.
pub(crate) fn total(scenarios: &[ScenarioEstimate]) -> Range {
    scenarios
        .iter()
        .fold(Range::ZERO, |sum, s| sum.plus(s.annual))
}
