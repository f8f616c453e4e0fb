//! Which parts of which checklist question each check can show (data:
//! `assets/evidence/coverage.json`). The one place that links checks to questions: the probe
//! catalogue, the domain checks and the reconciliation all read it.

use serde::Deserialize;

/// One part of a question, e.g. the DKIM part of "SPF, DKIM and DMARC".
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct QuestionPart {
    pub id: String,
    /// Checks that together show this part: every one must pass. Any failing refutes it.
    #[serde(default)]
    pub shown_by: Vec<String>,
    /// Checks that can refute this part when they fail but cannot show it when they pass.
    #[serde(default)]
    pub refuted_by: Vec<String>,
}

impl QuestionPart {
    /// Whether some scan can show this part at all (otherwise only the owner can confirm it).
    pub fn scannable(&self) -> bool {
        !self.shown_by.is_empty()
    }

    pub fn mentions(&self, check: &str) -> bool {
        self.shown_by
            .iter()
            .chain(&self.refuted_by)
            .any(|c| c == check)
    }
}

/// The parts of one question.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct QuestionCoverage {
    pub question: String,
    pub parts: Vec<QuestionPart>,
}

impl QuestionCoverage {
    /// The locale key naming a part: `scan-part-email-domain-protection-dkim`.
    pub fn part_label_key(&self, part: &str) -> String {
        format!("scan-part-{}-{part}", self.question.replace('.', "-"))
    }
}

#[derive(Deserialize)]
struct CoverageFile {
    questions: Vec<QuestionCoverage>,
}

/// Where the coverage map sits in a content pack.
pub const COVERAGE_PATH: &str = "assets/evidence/coverage.json";

/// Every question some check speaks to, in file order (from the content in use).
pub fn coverage() -> &'static [QuestionCoverage] {
    static MAP: coverready_content::Cached<Vec<QuestionCoverage>> =
        coverready_content::Cached::new();
    MAP.get(&[COVERAGE_PATH], |texts| parse_coverage(texts[0]))
}

pub(crate) fn parse_coverage(json: &str) -> Result<Vec<QuestionCoverage>, serde_json::Error> {
    serde_json::from_str::<CoverageFile>(json).map(|f| f.questions)
}

/// The questions a check (`os-supported`, `domain.spf`) is evidence for.
pub fn questions_for(check: &str) -> Vec<String> {
    questions_in(coverage(), check)
}

/// The questions `check` speaks to in `map`.
pub(crate) fn questions_in(map: &[QuestionCoverage], check: &str) -> Vec<String> {
    map.iter()
        .filter(|c| c.parts.iter().any(|p| p.mentions(check)))
        .map(|c| c.question.clone())
        .collect()
}
