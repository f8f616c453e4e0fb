//! The one number and money formatter: the report, the CLI and the app's results (and, through
//! `ui/src/bindings/replay/money.json`, the UI) all print numbers through these functions, so a
//! value rounds and groups the same everywhere. Rounding is `f64::round`: halves away from zero
//! (2.5 → 3, -2.5 → -3).

use crate::{Arg, Localizer};

/// `2` for 2.0, `1.5` for 1.5: hours and plain numbers without trailing zeros.
pub fn format_number(n: f64) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// Whole yuan with thousands separators: 1234567.8 → 1,234,568.
pub fn format_money(n: f64) -> String {
    let whole = n.round().abs() as u64;
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0.0 && whole > 0 {
        out.insert(0, '-');
    }
    out
}

/// Yuan in 万 (ten thousands), one decimal at most: 375000 → 37.5.
pub fn format_wan(n: f64) -> String {
    format_number((n / 1000.0).round() / 10.0)
}

/// An amount of money in the owner's units: in Chinese 万元 from ¥10,000 up ("36 万元"), else
/// whole yuan ("¥8,700"). The one money formatter of the report, the CLI, the app's results
/// (core) and, through the same message and the replayed samples, the UI.
pub fn money_text(l10n: &Localizer, n: f64) -> String {
    let amount = format_money(n);
    let wan = format_wan(n);
    l10n.format(
        "report-money",
        &[
            ("amount", Arg::Str(&amount)),
            ("wan", Arg::Str(&wan)),
            (
                "wan_ok",
                Arg::Str(if n.abs() >= 10_000.0 { "yes" } else { "no" }),
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_rounds_halves_away_from_zero_and_groups() {
        assert_eq!(format_money(0.0), "0");
        assert_eq!(format_money(0.5), "1");
        assert_eq!(format_money(2.5), "3");
        assert_eq!(format_money(999.5), "1,000");
        assert_eq!(format_money(1_234_567.5), "1,234,568");
        assert_eq!(format_money(1_234_567.49), "1,234,567");
        assert_eq!(format_money(-2.5), "-3");
        // Rounds to zero: no "-0".
        assert_eq!(format_money(-0.4), "0");
        assert_eq!(format_money(10_000_000_000.0), "10,000,000,000");
        assert_eq!(
            format_money(9_007_199_254_740_992.0),
            "9,007,199,254,740,992"
        );
        // Beyond u64 the cast saturates; never a panic, whatever a corrupt value holds.
        assert_eq!(format_money(f64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(format_money(f64::NAN), "0");
    }

    #[test]
    fn numbers_keep_one_decimal() {
        assert_eq!(format_number(2.0), "2");
        assert_eq!(format_number(1.5), "1.5");
        assert_eq!(format_number(0.25), "0.3");
        assert_eq!(format_number(0.05), "0.1");
        assert_eq!(format_number(-1.25), "-1.3");
        assert_eq!(format_wan(375_000.0), "37.5");
        assert_eq!(format_wan(12_350.0), "1.2");
        assert_eq!(format_wan(12_500.0), "1.3");
        assert_eq!(format_wan(360_000.0), "36");
    }

    #[test]
    fn money_text_switches_to_wan_in_chinese() {
        let zh = Localizer::new("zh-CN");
        let en = Localizer::new("en-US");
        assert_eq!(money_text(&zh, 9_999.5), "¥10,000");
        assert_eq!(money_text(&zh, 10_000.0), "1 万元");
        assert_eq!(money_text(&zh, 360_000.0), "36 万元");
        assert_eq!(money_text(&en, 360_000.0), "¥360,000");
        assert_eq!(money_text(&en, 2.5), "¥3");
    }
}
