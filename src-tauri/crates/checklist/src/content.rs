//! The content pack: domains and scored questions from `questions.json`, plus the profile schema.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use crate::error::ContentError;
use crate::profile::ProfileSchema;
use crate::rule::Rule;

pub const CHECKLIST_SCHEMA_ID: &str = "coverready/checklist/1";

/// Where the profile schema and the question bank sit in a content pack.
pub const CONTENT_PATHS: [&str; 2] = [
    "assets/checklists/sme/profile.json",
    "assets/checklists/sme/questions.json",
];

/// How much a question weighs with insurers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[ts(export, export_to = "checklist.ts")]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    /// A "no" commonly means no quote, an exclusion, or a voided policy if misstated.
    MustHave,
    /// A major pricing factor.
    Major,
    /// A minor pricing factor.
    Minor,
}

impl Weight {
    /// Score points: must-have and major 3, minor 1.
    pub fn points(self) -> u32 {
        match self {
            Weight::MustHave | Weight::Major => 3,
            Weight::Minor => 1,
        }
    }
}

/// Rough cost of the fix, in bands (see the crate README for the yuan ranges).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[ts(export, export_to = "checklist.ts")]
#[serde(rename_all = "snake_case")]
pub enum CostBand {
    Free,
    Low,
    Medium,
    High,
}

/// Framework references. Empty lists mean "no sensible mapping".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mappings {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nist_csf_2: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cis_v8: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cyber_essentials: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub essential_eight: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gbt_22239_l2: Vec<String>,
}

pub const CYBER_ESSENTIALS_THEMES: [&str; 5] = [
    "firewalls",
    "secure-configuration",
    "user-access-control",
    "malware-protection",
    "security-update-management",
];

pub const ESSENTIAL_EIGHT_STRATEGIES: [&str; 8] = [
    "application-control",
    "patch-applications",
    "office-macros",
    "user-application-hardening",
    "restrict-admin",
    "patch-os",
    "mfa",
    "backups",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// `<domain>.<slug>`, e.g. `identity.mfa-email`.
    pub id: String,
    pub domain: String,
    pub weight: Weight,
    /// Eligible for quick (workshop) mode. Must-haves are always eligible.
    #[serde(default)]
    pub quick: bool,
    /// `None`: applies to everyone.
    #[serde(default)]
    pub applies_if: Option<Rule>,
    #[serde(default)]
    pub not_applicable_allowed: bool,
    pub effort_hours: f64,
    pub cost_band: CostBand,
    #[serde(default)]
    pub mappings: Mappings,
}

impl Question {
    /// Fluent message id: `q-` + id with dots turned into hyphens.
    pub fn message_id(&self) -> String {
        question_message_id(&self.id)
    }
}

/// `identity.mfa-email` → `q-identity-mfa-email`.
pub fn question_message_id(question_id: &str) -> String {
    format!("q-{}", question_id.replace('.', "-"))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    schema: String,
    id: String,
    version: String,
    domains: Vec<Domain>,
    questions: Vec<Question>,
}

/// Profile schema + domains + questions, validated together.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentPack {
    pub id: String,
    pub version: String,
    pub profile: ProfileSchema,
    pub domains: Vec<Domain>,
    pub questions: Vec<Question>,
}

impl ContentPack {
    /// The question bank of the content in use (the built-in pack or an installed update).
    pub fn current() -> &'static ContentPack {
        static PACK: coverready_content::Cached<ContentPack> = coverready_content::Cached::new();
        PACK.get(&CONTENT_PATHS, |texts| {
            ContentPack::from_json(texts[0], texts[1])
        })
    }

    /// The question bank of `set`, checked (content validation before a pack is installed).
    pub fn of_set(
        set: &coverready_content::ContentSet,
    ) -> Result<ContentPack, coverready_content::ContentError> {
        set.parse(&CONTENT_PATHS, |texts| {
            ContentPack::from_json(texts[0], texts[1])
        })
    }

    /// Parses and validates a pack.
    pub fn from_json(
        profile_json: &str,
        questions_json: &str,
    ) -> Result<ContentPack, ContentError> {
        let profile = ProfileSchema::from_json(profile_json)?;
        let file: QuestionsFile =
            serde_json::from_str(questions_json).map_err(|e| ContentError::Parse {
                file: "questions.json",
                detail: e.to_string(),
            })?;
        if file.schema != CHECKLIST_SCHEMA_ID {
            return Err(ContentError::invalid(
                "questions.json",
                format!("schema must be {CHECKLIST_SCHEMA_ID}"),
            ));
        }
        let pack = ContentPack {
            id: file.id,
            version: file.version,
            profile,
            domains: file.domains,
            questions: file.questions,
        };
        pack.validate()?;
        Ok(pack)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn domain(&self, id: &str) -> Option<&Domain> {
        self.domains.iter().find(|d| d.id == id)
    }

    /// Structural checks: ids, references, rules, numbers and mapping formats.
    pub fn validate(&self) -> Result<(), ContentError> {
        self.profile.validate()?;
        if !is_slug(&self.id) {
            return Err(ContentError::invalid(
                "questions.json",
                "pack id must be a lowercase slug",
            ));
        }
        if !is_semver(&self.version) {
            return Err(ContentError::invalid(
                "questions.json",
                "version must look like 1.2.3",
            ));
        }
        let mut domain_ids = BTreeSet::new();
        for domain in &self.domains {
            if !is_slug(&domain.id) || !domain_ids.insert(domain.id.as_str()) {
                return Err(ContentError::invalid(
                    format!("domain {}", domain.id),
                    "domain id must be a unique lowercase slug",
                ));
            }
        }
        let mut question_ids = BTreeSet::new();
        for q in &self.questions {
            let bad =
                |problem: String| ContentError::invalid(format!("question {}", q.id), problem);
            if !question_ids.insert(q.id.as_str()) {
                return Err(bad("duplicate question id".into()));
            }
            let Some((prefix, slug)) = q.id.split_once('.') else {
                return Err(bad("id must be <domain>.<slug>".into()));
            };
            if prefix != q.domain || !is_slug(slug) {
                return Err(bad(
                    "id must be <domain>.<slug> with the question's own domain".into(),
                ));
            }
            if !domain_ids.contains(q.domain.as_str()) {
                return Err(bad(format!("unknown domain `{}`", q.domain)));
            }
            if q.quick && q.weight == Weight::Minor {
                return Err(bad("quick mode only takes must-haves and majors".into()));
            }
            if !(q.effort_hours.is_finite() && q.effort_hours > 0.0 && q.effort_hours <= 200.0) {
                return Err(bad("effort_hours must be in (0, 200]".into()));
            }
            if let Some(rule) = &q.applies_if {
                rule.check(&self.profile).map_err(bad)?;
            }
            check_mappings(&q.mappings).map_err(bad)?;
        }
        for domain in &self.domains {
            if !self.questions.iter().any(|q| q.domain == domain.id) {
                return Err(ContentError::invalid(
                    format!("domain {}", domain.id),
                    "domain has no questions",
                ));
            }
        }
        Ok(())
    }
}

fn check_mappings(m: &Mappings) -> Result<(), String> {
    for id in &m.nist_csf_2 {
        if !is_csf_subcategory(id) {
            return Err(format!(
                "`{id}` is not a NIST CSF 2.0 subcategory like PR.AA-03"
            ));
        }
    }
    for id in &m.cis_v8 {
        if !is_cis_safeguard(id) {
            return Err(format!("`{id}` is not a CIS v8 safeguard like 6.3"));
        }
    }
    for id in &m.cyber_essentials {
        if !CYBER_ESSENTIALS_THEMES.contains(&id.as_str()) {
            return Err(format!("`{id}` is not a Cyber Essentials theme"));
        }
    }
    for id in &m.essential_eight {
        if !ESSENTIAL_EIGHT_STRATEGIES.contains(&id.as_str()) {
            return Err(format!("`{id}` is not an Essential Eight strategy"));
        }
    }
    for id in &m.gbt_22239_l2 {
        if !is_gbt_l2_clause(id) {
            return Err(format!(
                "`{id}` is not a GB/T 22239-2019 level-2 clause like `7.1.4.1 身份鉴别`"
            ));
        }
    }
    Ok(())
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_semver(s: &str) -> bool {
    let parts: Vec<_> = s.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// `GV.RR-02`: function (GV/ID/PR/DE/RS/RC), dot, two-letter category, dash, two digits.
fn is_csf_subcategory(s: &str) -> bool {
    const FUNCTIONS: [&str; 6] = ["GV", "ID", "PR", "DE", "RS", "RC"];
    let b = s.as_bytes();
    b.len() == 8
        && FUNCTIONS.contains(&&s[0..2])
        && b[2] == b'.'
        && b[3].is_ascii_uppercase()
        && b[4].is_ascii_uppercase()
        && b[5] == b'-'
        && b[6].is_ascii_digit()
        && b[7].is_ascii_digit()
}

/// `6.3`: control 1–18, safeguard number.
fn is_cis_safeguard(s: &str) -> bool {
    let Some((control, safeguard)) = s.split_once('.') else {
        return false;
    };
    let control_ok = control.parse::<u32>().is_ok_and(|c| (1..=18).contains(&c));
    let safeguard_ok = !safeguard.is_empty()
        && safeguard.len() <= 2
        && safeguard.parse::<u32>().is_ok_and(|n| n >= 1);
    control_ok && safeguard_ok && !control.starts_with('0')
}

/// `7.1.4.1 身份鉴别`: a clause number under 7.1 (level 2), then optionally a space and the
/// control point's name.
fn is_gbt_l2_clause(s: &str) -> bool {
    let (number, name) = match s.split_once(' ') {
        Some((number, name)) => (number, Some(name)),
        None => (s, None),
    };
    let parts: Vec<_> = number.split('.').collect();
    let number_ok = parts.len() >= 3
        && parts[0] == "7"
        && parts[1] == "1"
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    number_ok && name.is_none_or(|n| !n.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_formats() {
        assert!(is_csf_subcategory("PR.AA-03"));
        assert!(!is_csf_subcategory("PR.AA-3"));
        assert!(!is_csf_subcategory("XX.AA-03"));
        assert!(is_cis_safeguard("17.1"));
        assert!(!is_cis_safeguard("19.1"));
        assert!(!is_cis_safeguard("6"));
        assert!(is_gbt_l2_clause("7.1.4.1 身份鉴别"));
        assert!(is_gbt_l2_clause("7.1.10"));
        assert!(!is_gbt_l2_clause("8.1.4.1"));
    }

    #[test]
    fn message_ids_use_hyphens() {
        assert_eq!(
            question_message_id("identity.mfa-email"),
            "q-identity-mfa-email"
        );
    }
}
