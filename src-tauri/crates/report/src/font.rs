//! The embedded report font (a Noto Sans CJK SC subset, see `tools/make_report_font.py`):
//! glyph lookup, advance widths for line wrapping, and the visible replacement for characters
//! the font lacks.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::error::ReportError;

const FONT_BYTES: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansSC-CoverReady-Regular.otf");

/// Printed instead of a character the font cannot draw, so the gap is visible on paper.
pub const REPLACEMENT: char = '□';

/// The parsed font plus the numbers layout needs.
pub struct ReportFont {
    pub parsed: ParsedFont,
    units_per_em: f32,
}

impl ReportFont {
    /// Parsed once per process: parsing a CJK font costs far more than laying out a report.
    pub fn get() -> Result<&'static ReportFont, ReportError> {
        static FONT: OnceLock<Result<ReportFont, String>> = OnceLock::new();
        FONT.get_or_init(|| {
            let mut warnings = Vec::new();
            let parsed = ParsedFont::from_bytes(FONT_BYTES, 0, &mut warnings)
                .ok_or_else(|| "the embedded report font does not parse".to_owned())?;
            let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
            Ok(ReportFont {
                parsed,
                units_per_em,
            })
        })
        .as_ref()
        .map_err(|detail| ReportError::Font {
            detail: detail.clone(),
        })
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.parsed
            .lookup_glyph_index(c as u32)
            .is_some_and(|gid| gid != 0)
    }

    /// Advance width of `c` at `size` points.
    pub fn char_width(&self, c: char, size: f32) -> f32 {
        let gid = self.parsed.lookup_glyph_index(c as u32).unwrap_or(0);
        f32::from(self.parsed.get_horizontal_advance(gid)) * size / self.units_per_em
    }

    pub fn text_width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, size)).sum()
    }
}

/// Makes `text` drawable: tabs and odd whitespace become spaces, other control characters are
/// dropped, and characters without a glyph become [`REPLACEMENT`] and are recorded in `missing`.
pub fn printable(font: &ReportFont, text: &str, missing: &mut BTreeSet<char>) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\r' => None,
            c if c.is_whitespace() => Some(' '),
            c if c.is_control() => None,
            // Zero-width and bidi marks have no glyph and need none.
            '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' => None,
            c if font.has_glyph(c) => Some(c),
            c => {
                missing.insert(c);
                Some(REPLACEMENT)
            }
        })
        .collect()
}
