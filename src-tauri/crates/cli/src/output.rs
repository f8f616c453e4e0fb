//! Everything the CLI prints goes through here: localised text for people, or one JSON document
//! on stdout with `--json`.

use coverready_checklist::ProfileValue;
use coverready_core::{Error, ErrorCode, Language, Organisation, Workspace};
use coverready_i18n::{Arg, Localizer};
use serde::Serialize;

pub struct Output {
    pub language: Language,
    pub l10n: Localizer,
    pub json: bool,
}

impl Output {
    pub fn new(language: Language, json: bool) -> Output {
        Output {
            language,
            l10n: language.localizer(),
            json,
        }
    }

    pub fn text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.l10n.format(id, args)
    }

    /// Prints `value` as JSON, or `human()` as text.
    pub fn emit<T: Serialize>(&self, value: &T, human: impl FnOnce() -> String) {
        if self.json {
            match serde_json::to_string_pretty(value) {
                Ok(doc) => print_out(&doc),
                Err(e) => eprintln!("{e}"),
            }
        } else {
            let text = human();
            if !text.is_empty() {
                print_out(text.trim_end());
            }
        }
    }

    pub fn error(&self, error: &Error) {
        let mut text = error.localized(&self.l10n);
        // `report --out` found a file where the report goes: say how to replace it (the only
        // command that refuses an existing file and has a --force).
        if error.code == ErrorCode::ReportUnwritable
            && error.details.get("cause").map(String::as_str) == Some("already_exists")
        {
            text.push('\n');
            text.push_str(&self.l10n.text("cli-report-force-hint"));
        }
        if self.json {
            #[derive(Serialize)]
            struct Doc<'a> {
                error: &'a Error,
                text: &'a str,
            }
            if let Ok(doc) = serde_json::to_string_pretty(&Doc { error, text: &text }) {
                print_out(&doc);
            }
        }
        eprintln!("{text}");
        if error.code == ErrorCode::StoreCorrupt {
            eprintln!("{}", self.l10n.text("cli-store-recover-hint"));
        }
    }

    /// A profile value in words: option labels and yes/no from the locale files.
    pub fn profile_value(&self, field: &str, value: &ProfileValue) -> String {
        match value {
            ProfileValue::Bool(true) => self.l10n.text("profile-bool-yes"),
            ProfileValue::Bool(false) => self.l10n.text("profile-bool-no"),
            // The report's formatter, so the CLI and the PDF show a profile number alike.
            ProfileValue::Number(n) => coverready_i18n::format_money(*n),
            ProfileValue::Text(option) => {
                let key = format!("profile-option-{field}-{option}");
                if self.l10n.has(&key) {
                    self.l10n.text(&key)
                } else {
                    option.clone()
                }
            }
        }
    }

    pub fn org_summary_line(&self, org: &Organisation) -> String {
        let industry = org
            .profile
            .get("industry")
            .map(|v| self.profile_value("industry", v))
            .unwrap_or_default();
        let headcount = org
            .profile
            .get("headcount_band")
            .map(|v| self.profile_value("headcount_band", v))
            .unwrap_or_default();
        format!("{:>4}  {}  {}  {}", org.id, org.name, industry, headcount)
            .trim_end()
            .to_owned()
    }

    pub fn org_details(&self, org: &Organisation) -> String {
        let mut lines = vec![
            self.text(
                "cli-org-heading",
                &[("id", org.id.into()), ("name", (&org.name).into())],
            ),
            self.text("cli-org-created-at", &[("time", (&org.created_at).into())]),
        ];
        for field in &Workspace::profile_schema().fields {
            let label = self.l10n.text(&format!("profile-field-{}", field.id));
            let value = match org.profile.get(&field.id) {
                Some(v) => self.profile_value(&field.id, v),
                None => self.l10n.text("cli-profile-unanswered"),
            };
            lines.push(format!("  {label}: {value}"));
        }
        lines.join("\n")
    }
}

/// Prints a line to stdout. A closed pipe (`coverready … | head`) is not an error worth a panic:
/// the reader has what it wanted.
fn print_out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Halves (rounded away from zero), the 万 threshold and large values.
    const SAMPLES: [f64; 15] = [
        0.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        999.5,
        8_700.0,
        9_999.4,
        9_999.5,
        10_000.0,
        12_345.5,
        37_500.0,
        1_234_567.5,
        10_000_000_000.0,
        9_007_199_254_740_992.0,
    ];

    #[test]
    fn the_cli_formats_numbers_and_money_like_the_report() {
        for language in [Language::ZhCn, Language::EnUs] {
            let out = Output::new(language, false);
            for value in SAMPLES {
                assert_eq!(
                    out.profile_value("daily_gross_profit", &ProfileValue::Number(value)),
                    coverready_report::format_money(value),
                    "{value}"
                );
                assert_eq!(
                    crate::assess::money(&out, value),
                    coverready_report::money_text(&out.l10n, value),
                    "{value}"
                );
            }
        }
        let out = Output::new(Language::EnUs, false);
        let number = |v| out.profile_value("daily_gross_profit", &ProfileValue::Number(v));
        assert_eq!(number(2.5), "3");
        assert_eq!(number(1_234_567.5), "1,234,568");
        assert_eq!(number(10_000_000_000.0), "10,000,000,000");
        assert_eq!(crate::assess::money(&out, 999.5), "¥1,000");
        let zh = Output::new(Language::ZhCn, false);
        assert_eq!(crate::assess::money(&zh, 12_345.5), "1.2 万元");
    }
}
