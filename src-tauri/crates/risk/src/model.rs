//! The model file `assets/risk/model.json`: scenario parameters and the coverage map as data.

use std::collections::BTreeMap;

use coverready_checklist::{AnswerValue, Rule};
use serde::Deserialize;

/// Low, likely and high values of one quantity.
pub type Triple = [f64; 3];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskModel {
    #[serde(rename = "$comment")]
    _comment: Option<String>,
    pub version: u32,
    /// The combined effect of a scenario's modifiers is kept within these factors, so a few
    /// answers can never make a risk vanish or explode.
    pub modifier_bounds: [f64; 2],
    /// Annual revenue assumed for each revenue band, when the owner gave no daily gross profit.
    pub revenue_midpoint: BTreeMap<String, f64>,
    pub gross_margin: f64,
    pub trading_days: f64,
    pub scenarios: Vec<ScenarioDef>,
    pub coverages: Vec<CoverageDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioDef {
    pub id: String,
    /// When the scenario applies to the profile; always when absent.
    #[serde(default)]
    pub applies: Option<Rule>,
    /// Events per year.
    pub frequency: Triple,
    #[serde(default)]
    pub modifiers: Vec<Modifier>,
    pub magnitude: Magnitude,
}

/// Multiplies a scenario's frequency when a question has one of the given answers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modifier {
    pub question: String,
    pub when: Vec<AnswerValue>,
    pub factor: f64,
}

/// How much one event costs; each kind is one formula in `estimate.rs`.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Magnitude {
    /// Response costs by headcount plus days of lost gross profit (fewer with tested backups).
    OutageAndResponse {
        response_by_headcount: BTreeMap<String, Triple>,
        outage_days: Triple,
        outage_days_with_tested_backup: Triple,
        tested_backup_questions: Vec<String>,
    },
    /// A diverted payment of the firm's usual size, of which a share is never recovered.
    Transfer {
        transfer_by_band: BTreeMap<String, Triple>,
        share_lost: Triple,
    },
    /// Handling the people affected and the authorities, by number of records held.
    Records {
        records_by_band: BTreeMap<String, f64>,
        cost_per_record: Triple,
        fixed_costs: Triple,
        sensitive_multiplier: f64,
    },
    /// Days of lost gross profit only.
    OutageOnly { outage_days: Triple },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SideDef {
    FirstParty,
    ThirdParty,
    Service,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorityDef {
    Essential,
    Recommended,
    Consider,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoverageDef {
    pub id: String,
    pub side: SideDef,
    pub priority: PriorityDef,
    /// Always recommended when absent.
    #[serde(default)]
    pub when: Option<Rule>,
}

/// Where the model sits in a content pack.
pub const MODEL_PATH: &str = "assets/risk/model.json";

impl RiskModel {
    /// The model of the content in use (the built-in pack or an installed update).
    pub fn current() -> &'static RiskModel {
        static MODEL: coverready_content::Cached<RiskModel> = coverready_content::Cached::new();
        MODEL.get(&[MODEL_PATH], |texts| RiskModel::from_json(texts[0]))
    }

    /// The model of `set`, checked (content validation before a pack is installed).
    pub fn of_set(
        set: &coverready_content::ContentSet,
    ) -> Result<RiskModel, coverready_content::ContentError> {
        set.parse(&[MODEL_PATH], |texts| RiskModel::from_json(texts[0]))
    }

    pub fn from_json(json: &str) -> Result<RiskModel, String> {
        let model: RiskModel = serde_json::from_str(json).map_err(|e| e.to_string())?;
        model.validate()?;
        Ok(model)
    }

    /// Ranges ordered low ≤ likely ≤ high, rates and factors positive, ids unique.
    fn validate(&self) -> Result<(), String> {
        let ordered = |what: &str, t: &Triple| {
            if t.iter().all(|v| v.is_finite() && *v >= 0.0) && t[0] <= t[1] && t[1] <= t[2] {
                Ok(())
            } else {
                Err(format!("{what}: {t:?} is not low ≤ likely ≤ high"))
            }
        };
        let each_ordered = |what: &str, table: &BTreeMap<String, Triple>| {
            table
                .iter()
                .try_for_each(|(band, t)| ordered(&format!("{what} {band}"), t))
        };
        let [lo, hi] = self.modifier_bounds;
        if !(lo > 0.0 && lo <= 1.0 && hi >= 1.0) {
            return Err(format!("modifier_bounds {:?}", self.modifier_bounds));
        }
        let mut seen = std::collections::BTreeSet::new();
        for s in &self.scenarios {
            if !seen.insert(&s.id) {
                return Err(format!("scenario {} is defined twice", s.id));
            }
            ordered(&format!("{} frequency", s.id), &s.frequency)?;
            if s.frequency[2] > 1.0 {
                return Err(format!("{} frequency above once a year", s.id));
            }
            for m in &s.modifiers {
                if !(m.factor.is_finite() && m.factor > 0.0) {
                    return Err(format!("{} modifier {}: factor", s.id, m.question));
                }
            }
            match &s.magnitude {
                Magnitude::OutageAndResponse {
                    response_by_headcount,
                    outage_days,
                    outage_days_with_tested_backup,
                    ..
                } => {
                    each_ordered(&format!("{} response", s.id), response_by_headcount)?;
                    ordered(&format!("{} outage_days", s.id), outage_days)?;
                    ordered(
                        &format!("{} outage_days_with_tested_backup", s.id),
                        outage_days_with_tested_backup,
                    )?;
                }
                Magnitude::Transfer {
                    transfer_by_band,
                    share_lost,
                } => {
                    each_ordered(&format!("{} transfer", s.id), transfer_by_band)?;
                    ordered(&format!("{} share_lost", s.id), share_lost)?;
                }
                Magnitude::Records {
                    cost_per_record,
                    fixed_costs,
                    ..
                } => {
                    ordered(&format!("{} cost_per_record", s.id), cost_per_record)?;
                    ordered(&format!("{} fixed_costs", s.id), fixed_costs)?;
                }
                Magnitude::OutageOnly { outage_days } => {
                    ordered(&format!("{} outage_days", s.id), outage_days)?;
                }
            }
        }
        Ok(())
    }
}
