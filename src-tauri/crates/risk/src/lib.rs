//! What a cyber incident could cost this firm and which kinds of cover fit it: loss scenarios as
//! FAIR-lite ranges (how often × how much, low / likely / high, in yuan) and the coverage
//! category map. Numbers and rules are data (`assets/risk/model.json`), texts are in
//! `locales/*/risk.ftl`. An estimate to plan with, not an insurer's quote.

mod coverage;
mod estimate;
mod model;

use coverready_checklist::{Answers, Profile};
use serde::Serialize;
use ts_rs::TS;

pub use coverage::{CoveragePriority, CoverageRecommendation, CoverageSide};
pub use estimate::{AppliedFactor, EstimateNote, Quantity, Range, ScenarioEstimate, Unit};
pub use model::RiskModel;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "risk.ts")]
pub struct RiskEstimate {
    pub scenarios: Vec<ScenarioEstimate>,
    /// Yuan a year over all scenarios.
    pub annual_total: Range,
    /// The worst single event among the scenarios (its high end): a first guide to a limit.
    pub bad_year: f64,
    pub coverages: Vec<CoverageRecommendation>,
    pub notes: Vec<EstimateNote>,
    pub model_version: u32,
}

/// Estimates losses and maps cover for a profile and its answers with the bundled model.
pub fn assess_risk(profile: &Profile, answers: &Answers) -> RiskEstimate {
    assess_risk_with(RiskModel::current(), profile, answers)
}

pub fn assess_risk_with(model: &RiskModel, profile: &Profile, answers: &Answers) -> RiskEstimate {
    let estimated = estimate::estimate(model, profile, answers);
    RiskEstimate {
        annual_total: estimate::total(&estimated.scenarios),
        bad_year: estimated
            .scenarios
            .iter()
            .map(|s| s.single_loss.high)
            .fold(0.0, f64::max),
        scenarios: estimated.scenarios,
        coverages: coverage::recommend(model, profile),
        notes: estimated.notes,
        model_version: model.version,
    }
}

#[cfg(test)]
mod tests;
