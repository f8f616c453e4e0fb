//! The coverage category map (品类图谱): which kinds of cover fit this firm, and how strongly.

use std::collections::BTreeSet;

use coverready_checklist::Profile;
use serde::Serialize;
use ts_rs::TS;

use crate::model::{PriorityDef, RiskModel, SideDef};

/// Whose loss a cover pays: the firm's own (财产类), others' claims against it (责任类), or a
/// service bundled with a policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "risk.ts")]
pub enum CoverageSide {
    FirstParty,
    ThirdParty,
    Service,
}

impl CoverageSide {
    /// The serialised name (`risk-side-<name>` in the locales).
    pub fn as_str(self) -> &'static str {
        match self {
            CoverageSide::FirstParty => "first_party",
            CoverageSide::ThirdParty => "third_party",
            CoverageSide::Service => "service",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "risk.ts")]
pub enum CoveragePriority {
    Essential,
    Recommended,
    Consider,
}

impl CoveragePriority {
    /// The serialised name (`risk-priority-<name>` in the locales).
    pub fn as_str(self) -> &'static str {
        match self {
            CoveragePriority::Essential => "essential",
            CoveragePriority::Recommended => "recommended",
            CoveragePriority::Consider => "consider",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "risk.ts")]
pub struct CoverageRecommendation {
    /// Title `risk-coverage-<id>`, reason `risk-coverage-<id>-why`.
    pub id: String,
    pub side: CoverageSide,
    pub priority: CoveragePriority,
}

/// The covers that fit the profile, most important first (then in map order).
pub(crate) fn recommend(model: &RiskModel, profile: &Profile) -> Vec<CoverageRecommendation> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for def in &model.coverages {
        if seen.contains(&def.id) {
            continue;
        }
        let holds = def
            .when
            .as_ref()
            .is_none_or(|r| r.evaluate(profile) == Some(true));
        if !holds {
            continue;
        }
        seen.insert(def.id.clone());
        out.push(CoverageRecommendation {
            id: def.id.clone(),
            side: match def.side {
                SideDef::FirstParty => CoverageSide::FirstParty,
                SideDef::ThirdParty => CoverageSide::ThirdParty,
                SideDef::Service => CoverageSide::Service,
            },
            priority: match def.priority {
                PriorityDef::Essential => CoveragePriority::Essential,
                PriorityDef::Recommended => CoveragePriority::Recommended,
                PriorityDef::Consider => CoveragePriority::Consider,
            },
        });
    }
    // Stable: map order within a priority.
    out.sort_by_key(|c| c.priority);
    out
}
