//! What a report could not do perfectly, as data: the UI and the CLI word it in the owner's
//! language from `report-warning-<kind>` (locales/*/report.ftl), so no English note reaches a
//! Chinese owner and nothing has to re-parse a string.

use coverready_i18n::{Arg, Localizer};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export, export_to = "report.ts")]
pub enum ReportWarning {
    /// The PDF font has no glyph for this character: it is printed as □ (the JSON twin has it).
    MissingGlyph {
        /// `U+20BB7`.
        code: String,
        /// The character itself.
        character: String,
    },
    /// The answers were given with another version of the checklist than the one rendered.
    PackMismatch {
        /// `sme@1.0.0`: what the answers were given with.
        answered_with: String,
        /// `sme@1.1.0`: what the report was rendered with.
        rendered_with: String,
    },
}

impl ReportWarning {
    pub fn missing_glyph(c: char) -> ReportWarning {
        ReportWarning::MissingGlyph {
            code: format!("U+{:04X}", c as u32),
            character: c.to_string(),
        }
    }

    /// `missing_glyph`, `pack_mismatch`: the key of its message (`report-warning-<kind>`).
    pub fn kind(&self) -> &'static str {
        match self {
            ReportWarning::MissingGlyph { .. } => "missing_glyph",
            ReportWarning::PackMismatch { .. } => "pack_mismatch",
        }
    }

    /// The warning in the owner's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        let id = format!("report-warning-{}", self.kind().replace('_', "-"));
        match self {
            ReportWarning::MissingGlyph { code, character } => l10n.format(
                &id,
                &[("code", Arg::Str(code)), ("char", Arg::Str(character))],
            ),
            ReportWarning::PackMismatch {
                answered_with,
                rendered_with,
            } => l10n.format(
                &id,
                &[
                    ("answered_with", Arg::Str(answered_with)),
                    ("rendered_with", Arg::Str(rendered_with)),
                ],
            ),
        }
    }
}
