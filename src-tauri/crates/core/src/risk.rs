//! Loss scenarios and the coverage map, worded for the PDF report (the UI words them itself from
//! the same estimate and the same locale messages).

use coverready_i18n::{Arg, Localizer};
use coverready_report::{format_money, CoverageRecommendation, LossScenario};
use coverready_risk::{Quantity, RiskEstimate, ScenarioEstimate, Unit};

/// A quantity as a reader expects it: `¥12,000`, `3.5`, `50,000`, `0.6`.
pub fn format_quantity(q: Quantity, l10n: &Localizer) -> String {
    match q.unit {
        Unit::Yuan => coverready_report::money_text(l10n, q.value),
        _ if q.value >= 100.0 => format_money(q.value),
        // The shared one-decimal formatter, so 0.25 rounds as it does everywhere else.
        _ => coverready_i18n::format_number(q.value),
    }
}

/// "One such incident costs about 12 days of your gross profit (4 to 36 days)", when the owner
/// gave a daily gross profit; the CLI and the report say it alike (the UI words the same message).
pub fn single_loss_days_text(s: &ScenarioEstimate, l10n: &Localizer) -> Option<String> {
    let days = s.single_loss_days?;
    let f = |value| {
        format_quantity(
            Quantity {
                value,
                unit: Unit::Days,
            },
            l10n,
        )
    };
    let (likely, low, high) = (f(days.likely), f(days.low), f(days.high));
    Some(l10n.format(
        "risk-single-loss-days",
        &[
            ("likely", Arg::Str(&likely)),
            ("low", Arg::Str(&low)),
            ("high", Arg::Str(&high)),
        ],
    ))
}

pub(crate) fn for_report(
    risk: &RiskEstimate,
    l10n: &Localizer,
) -> (Vec<LossScenario>, Vec<CoverageRecommendation>) {
    let scenarios = risk
        .scenarios
        .iter()
        .map(|s| {
            let formatted: Vec<(String, String)> = s
                .assumptions
                .iter()
                .map(|(k, q)| (k.clone(), format_quantity(*q, l10n)))
                .collect();
            let args: Vec<(&str, Arg<'_>)> = formatted
                .iter()
                .map(|(k, v)| (k.as_str(), Arg::Str(v)))
                .collect();
            LossScenario {
                title: l10n.text(&format!("risk-scenario-{}", s.id)),
                low: s.single_loss.low,
                likely: s.single_loss.likely,
                high: s.single_loss.high,
                assumptions: [
                    Some(l10n.format(&s.assumptions_key, &args)),
                    single_loss_days_text(s, l10n),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            }
        })
        .collect();
    let coverages = risk
        .coverages
        .iter()
        .map(|c| {
            let title = l10n.text(&format!("risk-coverage-{}", c.id));
            let priority = l10n.text(&format!("risk-priority-{}", c.priority.as_str()));
            let side = l10n.text(&format!("risk-side-{}", c.side.as_str()));
            CoverageRecommendation {
                title: l10n.format(
                    "report-coverage-item",
                    &[
                        ("title", Arg::Str(&title)),
                        ("priority", Arg::Str(&priority)),
                        ("side", Arg::Str(&side)),
                    ],
                ),
                why: l10n.text(&format!("risk-coverage-{}-why", c.id)),
            }
        })
        .collect();
    (scenarios, coverages)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same cases as `formatQuantity` in ui/src/risk-view.test.ts: app and report agree.
    #[test]
    fn quantities_read_the_same_as_in_the_app() {
        let l10n = Localizer::new("en-US");
        let q = |value, unit| format_quantity(Quantity { value, unit }, &l10n);
        assert_eq!(q(120_000.0, Unit::Yuan), "¥120,000");
        assert_eq!(q(0.5, Unit::Days), "0.5");
        assert_eq!(q(7.0, Unit::Days), "7");
        assert_eq!(q(50_000.0, Unit::Count), "50,000");
        assert_eq!(q(75.0, Unit::Percent), "75");
        assert_eq!(q(0.625, Unit::Percent), "0.6");
    }
}
