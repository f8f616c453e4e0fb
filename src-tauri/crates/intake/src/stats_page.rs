//! The statistics as a page for people (应用情况报告): server-rendered HTML with SVG bar charts,
//! no script, no style sheet and no external asset, so it works without JavaScript and under a
//! Content-Security-Policy of `default-src 'none'`. The same figures as the JSON, with the same
//! rule: a cell that would describe fewer than 5 organisations says so and shows no number (and
//! draws no bar).

use std::fmt::Write;

use crate::stats::{Cell, Statistics, FEWER_THAN};

/// The policy the page is served with: nothing may load, run or be styled from anywhere.
pub const PAGE_CSP: &str =
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn shown<T: std::fmt::Display>(cell: &Cell<T>) -> String {
    match cell {
        Cell::Value(v) => v.to_string(),
        Cell::FewerThan5 => FEWER_THAN.to_owned(),
    }
}

fn percent(cell: &Cell<f64>) -> String {
    match cell {
        Cell::Value(v) => format!("{v:.0} %"),
        Cell::FewerThan5 => FEWER_THAN.to_owned(),
    }
}

/// One labelled horizontal bar per row (value in 0..=max); a suppressed row gets its label and
/// "fewer than 5" but no bar. `title` names the chart for screen readers.
fn bars(title: &str, rows: &[(String, Option<f64>, String)], max: f64) -> String {
    const ROW: usize = 22;
    const LABEL: usize = 260;
    const WIDTH: f64 = 300.0;
    let height = rows.len().max(1) * ROW + 4;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"680\" height=\"{height}\" \
         viewBox=\"0 0 680 {height}\" aria-labelledby=\"t{id}\"><title id=\"t{id}\">{title}</title>",
        id = title.len() + rows.len(),
        title = escape(title),
    );
    for (i, (label, value, text)) in rows.iter().enumerate() {
        let y = i * ROW + 2;
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{}\" font-size=\"13\" fill=\"#222\">{}</text>",
            y + 15,
            escape(label)
        );
        if let Some(v) = value {
            let w = if max > 0.0 {
                (v / max).clamp(0.0, 1.0) * WIDTH
            } else {
                0.0
            };
            let _ = write!(
                svg,
                "<rect x=\"{LABEL}\" y=\"{}\" width=\"{w:.1}\" height=\"16\" fill=\"#0d548f\"/>",
                y + 2
            );
        }
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#222\">{}</text>",
            LABEL as f64 + WIDTH + 8.0,
            y + 15,
            escape(text)
        );
    }
    svg.push_str("</svg>");
    svg
}

fn value_of(cell: &Cell<usize>) -> Option<f64> {
    match cell {
        Cell::Value(v) => Some(*v as f64),
        Cell::FewerThan5 => None,
    }
}

fn value_f(cell: &Cell<f64>) -> Option<f64> {
    match cell {
        Cell::Value(v) => Some(*v),
        Cell::FewerThan5 => None,
    }
}

fn table(head: &[&str], rows: &[Vec<String>]) -> String {
    let mut html = String::from("<table><thead><tr>");
    for h in head {
        let _ = write!(html, "<th scope=\"col\">{}</th>", escape(h));
    }
    html.push_str("</tr></thead><tbody>");
    for row in rows {
        html.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let tag = if i == 0 { "th scope=\"row\"" } else { "td" };
            let close = if i == 0 { "th" } else { "td" };
            let _ = write!(html, "<{tag}>{}</{close}>", escape(cell));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    html
}

/// The whole page for one tenant.
pub fn render(stats: &Statistics, tenant: &str) -> String {
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>应用情况报告 · Statistics</h1><p>Tenant: {}. Organisations counted (each once, by its \
         latest report): <strong>{}</strong>. No figure describes fewer than 5 organisations.</p>",
        escape(tenant),
        escape(&shown(&stats.organisations))
    );
    if stats.unreadable_reports > 0 {
        let _ = write!(
            body,
            "<p>Reports that could not be read: {}.</p>",
            stats.unreadable_reports
        );
    }

    body.push_str("<h2>每月提交 · Submissions per month</h2>");
    let month_max = stats
        .per_month
        .iter()
        .filter_map(|m| value_of(&m.submissions))
        .fold(0.0, f64::max);
    let months: Vec<_> = stats
        .per_month
        .iter()
        .map(|m| {
            (
                m.month.clone(),
                value_of(&m.submissions),
                shown(&m.submissions),
            )
        })
        .collect();
    body.push_str(&bars("Submissions per month", &months, month_max));

    for (title, groups) in [
        ("按行业 · By industry", &stats.by_industry),
        ("按规模 · By size band", &stats.by_size_band),
    ] {
        let _ = write!(body, "<h2>{}</h2>", escape(title));
        let rows: Vec<Vec<String>> = groups
            .iter()
            .map(|g| {
                vec![
                    g.group.clone(),
                    shown(&g.organisations),
                    percent(&g.average_overall_percent),
                ]
            })
            .collect();
        body.push_str(&table(
            &["Group", "Organisations", "Average readiness"],
            &rows,
        ));
    }

    body.push_str("<h2>必备项达标比例 · Share meeting each must-have</h2>");
    let musts: Vec<_> = stats
        .must_haves
        .iter()
        .map(|m| {
            (
                m.question.clone(),
                value_f(&m.met_percent),
                percent(&m.met_percent),
            )
        })
        .collect();
    body.push_str(&bars("Share meeting each must-have", &musts, 100.0));

    body.push_str("<h2>各方面平均得分 · Average score per domain</h2>");
    let domains: Vec<_> = stats
        .domains
        .iter()
        .map(|d| {
            (
                d.domain.clone(),
                value_f(&d.average_percent),
                percent(&d.average_percent),
            )
        })
        .collect();
    body.push_str(&bars("Average score per domain", &domains, 100.0));

    body.push_str("<h2>最常见的缺口 · Most common gaps</h2>");
    let gaps: Vec<Vec<String>> = stats
        .common_gaps
        .iter()
        .map(|g| vec![g.question.clone(), shown(&g.organisations)])
        .collect();
    body.push_str(&table(&["Question", "Organisations"], &gaps));

    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>应用情况报告 · CoverReady intake</title></head><body><main>{body}</main></body></html>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::{GroupRow, MonthRow};

    fn stats() -> Statistics {
        Statistics {
            organisations: Cell::Value(6),
            unreadable_reports: 0,
            per_month: vec![MonthRow {
                month: "2026-12".into(),
                submissions: Cell::Value(7),
                organisations: Cell::Value(6),
            }],
            by_industry: vec![
                GroupRow {
                    group: "<script>alert(1)</script>".into(),
                    organisations: Cell::FewerThan5,
                    average_overall_percent: Cell::FewerThan5,
                },
                GroupRow {
                    group: "retail".into(),
                    organisations: Cell::Value(5),
                    average_overall_percent: Cell::Value(60.0),
                },
            ],
            by_size_band: vec![],
            must_haves: vec![],
            domains: vec![],
            common_gaps: vec![],
        }
    }

    #[test]
    fn a_small_group_shows_no_number_and_what_a_submitter_sent_is_escaped() {
        let page = render(&stats(), "default");
        assert!(page.contains("<th scope=\"row\">retail</th><td>5</td><td>60 %</td>"));
        assert!(page.contains(
            "<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th><td>fewer than 5</td><td>fewer than 5</td>"
        ));
        assert!(!page.contains("<script"), "no script of any kind");
        assert!(
            !page.contains("<style") && !page.contains("style="),
            "nothing CSP would block"
        );
        assert_eq!(page.matches("<svg").count(), 3);
    }
}
