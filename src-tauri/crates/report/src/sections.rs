//! The report's sections, in reading order. Every word comes from the locale files: `report-*`
//! keys in `report.ftl`, question, domain and answer texts from `checklist.ftl`, profile labels
//! from `profile.ftl`.

use std::collections::BTreeMap;

use coverready_checklist::{
    applicable_questions, question_message_id, ActionItem, ActionReason, AnswerValue, Bucket,
    ContentPack, CostBand, GateStatus, Mappings, Mode, ProfileValue, Question, Weight,
};
use coverready_i18n::{Arg, Localizer};
// The one number and money formatter, shared with the CLI and the app's results.
use coverready_i18n::{format_money, format_number, money_text};

use crate::charts::{bar_chart, radar_chart, ChartItem};
use crate::input::{AnsweredQuestion, ReportInput, Verification};
use crate::layout::{colour, Column, Layout, BODY, CONTENT_WIDTH, MARGIN_LEFT, PAGE_HEIGHT};

/// What the sections read: the input, the pack, the localizer and derived look-ups.
pub struct Context<'a> {
    pub input: &'a ReportInput,
    pub pack: &'a ContentPack,
    pub l10n: &'a Localizer,
    /// The questions this organisation was asked, in pack (or quick-mode) order.
    pub asked: Vec<&'a Question>,
    pub answers: BTreeMap<&'a str, &'a AnsweredQuestion>,
    pub json_sha256: &'a str,
}

impl<'a> Context<'a> {
    pub fn new(
        input: &'a ReportInput,
        pack: &'a ContentPack,
        l10n: &'a Localizer,
        json_sha256: &'a str,
    ) -> Self {
        let asked = applicable_questions(pack, &input.organisation.profile, input.readiness.mode);
        let answers = input
            .answers
            .iter()
            .map(|a| (a.question.as_str(), a))
            .collect();
        Context {
            input,
            pack,
            l10n,
            asked,
            answers,
            json_sha256,
        }
    }

    fn t(&self, id: &str) -> String {
        self.l10n.text(id)
    }

    fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.l10n.format(id, args)
    }

    fn question_text(&self, id: &str) -> String {
        self.t(&question_message_id(id))
    }

    fn domain_name(&self, id: &str) -> String {
        self.t(&format!("domain-{id}"))
    }

    fn answer_value(&self, id: &str) -> Option<AnswerValue> {
        self.answers.get(id).and_then(|a| a.value)
    }

    fn answer_text(&self, value: Option<AnswerValue>) -> String {
        match value {
            Some(v) => self.t(&format!("answer-{}", v.as_str())),
            None => self.t("report-unanswered"),
        }
    }

    fn verification_text(&self, id: &str) -> String {
        let v = self
            .answers
            .get(id)
            .map(|a| a.verification)
            .unwrap_or(Verification::SelfAttested);
        self.t(&format!("report-verification-{}", v.as_str()))
    }

    fn hours(&self, hours: f64) -> String {
        self.f(
            "report-hours",
            &[("hours", Arg::Str(&format_number(hours)))],
        )
    }

    fn percent(&self, percent: Option<u32>) -> String {
        match percent {
            Some(p) => self.f("report-percent", &[("percent", Arg::Num(f64::from(p)))]),
            None => self.t("report-not-scored"),
        }
    }

    fn any_answer(&self) -> bool {
        self.input.answers.iter().any(|a| a.value.is_some())
    }
}

fn weight_id(w: Weight) -> &'static str {
    match w {
        Weight::MustHave => "must_have",
        Weight::Major => "major",
        Weight::Minor => "minor",
    }
}

pub(crate) fn cost_id(c: CostBand) -> &'static str {
    match c {
        CostBand::Free => "free",
        CostBand::Low => "low",
        CostBand::Medium => "medium",
        CostBand::High => "high",
    }
}

fn bucket_id(b: Bucket) -> &'static str {
    match b {
        Bucket::ThisWeek => "this-week",
        Bucket::ThisMonth => "this-month",
        Bucket::ThisQuarter => "this-quarter",
    }
}

fn reason_id(r: ActionReason) -> &'static str {
    match r {
        ActionReason::Unmet => "unmet",
        ActionReason::NotSure => "not_sure",
        ActionReason::Unanswered => "unanswered",
    }
}

/// `2025-03-01T10:30:00+08:00` → `2025-03-01 10:30 (+08:00)`, `…Z` → `(UTC)`, no offset → no
/// parentheses; anything that is not an RFC 3339 date and time is printed as given.
pub fn format_timestamp(rfc3339: &str) -> String {
    use coverready_time::{Stamp, StampOffset};
    let Ok(stamp) = Stamp::parse(rfc3339) else {
        return rfc3339.to_owned();
    };
    let Ok(minute) = stamp.date_minute() else {
        return rfc3339.to_owned();
    };
    match stamp.offset {
        StampOffset::Unspecified => minute,
        StampOffset::Utc => format!("{minute} (UTC)"),
        StampOffset::Fixed {
            negative,
            hours,
            minutes,
        } => {
            let sign = if negative { '-' } else { '+' };
            format!("{minute} ({sign}{hours:02}:{minutes:02})")
        }
    }
}

/// Page 1, the underwriter's page: who, the verdict, every must-have with its answer and how it
/// was verified, past incidents, the profile. Everything else follows.
pub fn cover(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    let input = ctx.input;
    layout.bookmark(&ctx.t("report-cover"));
    layout.y = PAGE_HEIGHT - 110.0;
    let title = layout.clean(&ctx.t("report-title"));
    layout.text_at(MARGIN_LEFT, layout.y, 22.0, colour::ACCENT, &title);
    layout.y -= 22.0;
    let subtitle = layout.clean(&ctx.t("report-subtitle"));
    layout.text_at(MARGIN_LEFT, layout.y, 10.5, colour::MUTED, &subtitle);
    layout.y -= 30.0;
    layout.paragraph(&input.organisation.name, 17.0, 0.0, colour::TEXT);
    layout.muted(&ctx.f(
        "report-cover-line",
        &[
            (
                "generated",
                Arg::Str(&format_timestamp(&input.generated_at)),
            ),
            ("report_id", Arg::Str(&input.report_id)),
        ],
    ));
    layout.gap(8.0);
    let y = layout.y;
    layout.rule(y, colour::ACCENT, 1.2);
    layout.gap(12.0);
    verdict_box(ctx, layout);
    layout.heading(&ctx.t("report-must-have"), 2);
    must_have_table(ctx, layout);
    layout.heading(&ctx.t("report-incidents"), 2);
    layout.body(&incidents_text(ctx));
    layout.heading(&ctx.t("report-cover-profile"), 2);
    profile(ctx, layout);
}

/// What the profile says about security incidents in the last 3 years.
fn incidents_text(ctx: &Context<'_>) -> String {
    match ctx.input.organisation.profile.get("incidents_3y") {
        Some(ProfileValue::Text(option)) => {
            let id = format!("profile-option-incidents_3y-{option}");
            if ctx.l10n.has(&id) {
                ctx.t(&id)
            } else {
                option.clone()
            }
        }
        _ => ctx.t("report-incidents-not-given"),
    }
}

/// Report id, versions and the fingerprint of the JSON twin: for checking, not for reading.
pub fn technical(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    let input = ctx.input;
    layout.heading(&ctx.t("report-technical"), 1);
    let mode = match input.readiness.mode {
        Mode::Full => ctx.t("report-mode-full"),
        Mode::Quick => ctx.t("report-mode-quick"),
    };
    let pairs = vec![
        (
            ctx.t("report-cover-generated"),
            format_timestamp(&input.generated_at),
        ),
        (ctx.t("report-cover-report-id"), input.report_id.clone()),
        (ctx.t("report-cover-app-version"), input.app_version.clone()),
        (
            ctx.t("report-cover-content"),
            input
                .content_version
                .clone()
                .unwrap_or_else(|| ctx.t("report-cover-content-unknown")),
        ),
        (
            ctx.t("report-cover-checklist"),
            ctx.f(
                "report-cover-checklist-value",
                &[
                    ("id", Arg::Str(&input.pack_id)),
                    ("version", Arg::Str(&input.pack_version)),
                    ("mode", Arg::Str(&mode)),
                ],
            ),
        ),
        (
            ctx.t("report-cover-fingerprint"),
            ctx.json_sha256.to_owned(),
        ),
    ];
    layout.key_values(&pairs);
    layout.gap(4.0);
    layout.muted(&ctx.t("report-cover-fingerprint-help"));
}

fn profile(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    let profile = &ctx.input.organisation.profile;
    let mut pairs = Vec::new();
    for field in &ctx.pack.profile.fields {
        let Some(value) = profile.get(&field.id) else {
            continue;
        };
        let label = ctx.t(&format!("profile-field-{}", field.id));
        let text = match value {
            ProfileValue::Bool(true) => ctx.t("profile-bool-yes"),
            ProfileValue::Bool(false) => ctx.t("profile-bool-no"),
            ProfileValue::Number(n) => format_money(*n),
            ProfileValue::Text(option) => {
                let id = format!("profile-option-{}-{option}", field.id);
                if ctx.l10n.has(&id) {
                    ctx.t(&id)
                } else {
                    option.clone()
                }
            }
        };
        pairs.push((label, text));
    }
    if pairs.is_empty() {
        layout.muted(&ctx.t("report-profile-empty"));
    } else {
        layout.key_values(&pairs);
    }
}

fn action_line(ctx: &Context<'_>, item: &ActionItem) -> String {
    ctx.f(
        "report-action-line",
        &[
            ("question", Arg::Str(&ctx.question_text(&item.question))),
            (
                "bucket",
                Arg::Str(&ctx.t(&format!("plan-{}", bucket_id(item.bucket)))),
            ),
            ("hours", Arg::Str(&format_number(item.effort_hours))),
            (
                "cost",
                Arg::Str(&ctx.t(&format!("cost-{}", cost_id(item.cost_band)))),
            ),
        ],
    )
}

/// The verdict in a tinted box: the one sentence an underwriter reads first.
fn verdict_box(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    let r = &ctx.input.readiness;
    let (gate, gate_colour) = match r.gate.status {
        GateStatus::Ready => (ctx.t("gate-ready"), colour::GOOD),
        GateStatus::NotReady => (
            ctx.f(
                "gate-not-ready",
                &[("count", Arg::from(r.gate.blockers.len()))],
            ),
            colour::BAD,
        ),
        GateStatus::ToConfirm => (
            ctx.f(
                "gate-to-confirm",
                &[("count", Arg::from(r.gate.to_confirm.len()))],
            ),
            colour::WARN,
        ),
    };
    let lines = layout.lines(&gate, 13.0, CONTENT_WIDTH - 24.0);
    let box_height = lines.len() as f32 * 13.0 * LEADING_TITLE + 16.0;
    layout.ensure_space(box_height);
    let top = layout.y;
    layout.fill_rect(MARGIN_LEFT, top - box_height, 5.0, box_height, gate_colour);
    layout.fill_rect(
        MARGIN_LEFT + 5.0,
        top - box_height,
        CONTENT_WIDTH - 5.0,
        box_height,
        colour::SHADE,
    );
    let mut baseline = top - 8.0 - 13.0 * 1.05;
    for line in &lines {
        layout.text_at(MARGIN_LEFT + 16.0, baseline, 13.0, colour::TEXT, line);
        baseline -= 13.0 * LEADING_TITLE;
    }
    layout.y = top - box_height - 12.0;
}

/// Page 2, the owner's page: the numbers and the first fixes with how to do them.
pub fn summary(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    let r = &ctx.input.readiness;
    layout.heading(&ctx.t("report-summary"), 1);
    if !ctx.any_answer() {
        layout.body(&ctx.t("report-summary-no-answers"));
        layout.gap(6.0);
    }
    let score = match r.overall_percent {
        Some(p) => ctx.f(
            "report-summary-score-value",
            &[("percent", Arg::Num(f64::from(p)))],
        ),
        None => ctx.t("report-score-withheld"),
    };
    let coverage = ctx.f(
        "report-summary-coverage-value",
        &[
            ("percent", Arg::Num(f64::from(r.coverage_percent))),
            ("answered", Arg::from(r.answered)),
            ("applicable", Arg::from(r.applicable)),
            ("not_sure", Arg::from(r.not_sure)),
            ("unanswered", Arg::from(r.unanswered)),
        ],
    );
    let findings = &ctx.input.findings;
    let scan = if findings.is_empty() {
        ctx.t("report-summary-no-scan")
    } else {
        let count = |v: &str| findings.iter().filter(|f| f.verdict == v).count();
        ctx.f(
            "report-summary-scan",
            &[
                ("pass", Arg::from(count("pass"))),
                ("fail", Arg::from(count("fail"))),
                ("unknown", Arg::from(count("unknown"))),
            ],
        )
    };
    layout.key_values(&[
        (ctx.t("report-summary-score"), score),
        (ctx.t("report-summary-coverage"), coverage),
        (ctx.t("report-summary-scan-label"), scan),
    ]);
    layout.heading(&ctx.t("report-summary-top-actions"), 2);
    if r.action_plan.is_empty() {
        layout.body(&ctx.t("report-summary-no-actions"));
    }
    // The first fixes with how to do them (the checklist's own how-to text).
    for (i, item) in r.action_plan.iter().take(5).enumerate() {
        let text = format!("{}. {}", i + 1, action_line(ctx, item));
        layout.paragraph(&text, BODY, 0.0, colour::TEXT);
        let fix = format!(
            "{}-fix",
            coverready_checklist::question_message_id(&item.question)
        );
        if ctx.l10n.has(&fix) {
            layout.paragraph(&ctx.t(&fix), BODY - 1.0, 14.0, colour::MUTED);
        }
        layout.gap(4.0);
    }
}

const LEADING_TITLE: f32 = 1.4;

fn chart_items(ctx: &Context<'_>) -> Vec<ChartItem> {
    ctx.input
        .readiness
        .domains
        .iter()
        .filter(|d| d.applicable > 0)
        .map(|d| ChartItem {
            label: ctx.domain_name(&d.id),
            percent: d.percent,
            value_text: ctx.percent(d.percent),
        })
        .collect()
}

pub fn scores(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    layout.heading(&ctx.t("report-scores"), 1);
    layout.muted(&ctx.t("report-scores-intro"));
    layout.gap(8.0);
    let items = chart_items(ctx);
    if items.is_empty() {
        layout.body(&ctx.t("report-scores-empty"));
        return;
    }
    layout.heading(&ctx.t("report-scores-bar"), 2);
    bar_chart(layout, &items);
    layout.heading(&ctx.t("report-scores-radar"), 2);
    radar_chart(layout, &items);
}

fn must_have_table(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    layout.muted(&ctx.t("report-must-have-intro"));
    layout.gap(4.0);
    let rows: Vec<Vec<String>> = ctx
        .asked
        .iter()
        .filter(|q| q.weight == Weight::MustHave)
        .map(|q| {
            let value = ctx.answer_value(&q.id);
            let status = match value {
                Some(AnswerValue::Yes | AnswerValue::NotApplicable) => "report-status-met",
                Some(AnswerValue::No | AnswerValue::Partly) => "report-status-unmet",
                Some(AnswerValue::NotSure) | None => "report-status-to-confirm",
            };
            vec![
                ctx.question_text(&q.id),
                ctx.answer_text(value),
                ctx.verification_text(&q.id),
                ctx.t(status),
            ]
        })
        .collect();
    if rows.is_empty() {
        layout.body(&ctx.t("report-must-have-none"));
        return;
    }
    let header = vec![
        ctx.t("report-col-question"),
        ctx.t("report-col-answer"),
        ctx.t("report-col-verification"),
        ctx.t("report-col-status"),
    ];
    let columns = [
        Column { share: 0.50 },
        Column { share: 0.16 },
        Column { share: 0.20 },
        Column { share: 0.14 },
    ];
    layout.table(&columns, &header, &rows, BODY - 1.0);
}

pub fn answers_by_domain(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    layout.heading(&ctx.t("report-findings"), 1);
    // When the answers were given, once for the section rather than on every row.
    let mut times: Vec<&str> = ctx
        .input
        .answers
        .iter()
        .filter_map(|a| a.answered_at.as_deref())
        .collect();
    times.sort_unstable();
    if let (Some(first), Some(last)) = (times.first(), times.last()) {
        let (from, to) = (format_timestamp(first), format_timestamp(last));
        layout.muted(&if from == to {
            ctx.f("report-answered-at", &[("date", Arg::Str(&from))])
        } else {
            ctx.f(
                "report-answered-span",
                &[("from", Arg::Str(&from)), ("to", Arg::Str(&to))],
            )
        });
        layout.gap(4.0);
    }
    if !ctx.any_answer() {
        layout.body(&ctx.t("report-summary-no-answers"));
    }
    for domain in &ctx.input.readiness.domains {
        let questions: Vec<_> = ctx.asked.iter().filter(|q| q.domain == domain.id).collect();
        if questions.is_empty() {
            continue;
        }
        layout.heading(
            &format!(
                "{} · {}",
                ctx.domain_name(&domain.id),
                ctx.f(
                    "report-findings-domain-score",
                    &[("score", Arg::Str(&ctx.percent(domain.percent)))]
                )
            ),
            2,
        );
        for q in questions {
            let answer = ctx.answers.get(q.id.as_str());
            layout.ensure_space(BODY * 1.5 * 3.0);
            layout.paragraph(&ctx.question_text(&q.id), BODY, 0.0, colour::TEXT);
            let status = ctx.f(
                "report-answer-line",
                &[
                    (
                        "weight",
                        Arg::Str(&ctx.t(&format!("weight-{}", weight_id(q.weight)))),
                    ),
                    (
                        "answer",
                        Arg::Str(&ctx.answer_text(answer.and_then(|a| a.value))),
                    ),
                    ("verification", Arg::Str(&ctx.verification_text(&q.id))),
                ],
            );
            let status_colour = match answer.and_then(|a| a.value) {
                Some(AnswerValue::Yes | AnswerValue::NotApplicable) => colour::GOOD,
                Some(AnswerValue::No | AnswerValue::Partly) => colour::BAD,
                _ => colour::WARN,
            };
            layout.paragraph(&status, BODY - 1.0, 12.0, status_colour);
            if let Some(note) = answer
                .and_then(|a| a.note.as_deref())
                .filter(|n| !n.trim().is_empty())
            {
                layout.paragraph(
                    &ctx.f("report-note", &[("note", Arg::Str(note))]),
                    BODY - 1.0,
                    12.0,
                    colour::MUTED,
                );
            }
            layout.gap(5.0);
        }
    }
}

pub fn action_plan(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    layout.heading(&ctx.t("report-plan"), 1);
    let plan = &ctx.input.readiness.action_plan;
    if plan.is_empty() {
        layout.body(&ctx.t("report-plan-empty"));
        return;
    }
    layout.muted(&ctx.t("report-plan-intro"));
    layout.gap(6.0);
    let header = vec![
        ctx.t("report-col-action"),
        ctx.t("report-col-why"),
        ctx.t("report-col-effort"),
        ctx.t("report-col-cost"),
    ];
    let columns = [
        Column { share: 0.50 },
        Column { share: 0.16 },
        Column { share: 0.12 },
        Column { share: 0.22 },
    ];
    for bucket in [Bucket::ThisWeek, Bucket::ThisMonth, Bucket::ThisQuarter] {
        let items: Vec<_> = plan.iter().filter(|a| a.bucket == bucket).collect();
        if items.is_empty() {
            continue;
        }
        let hours: f64 = items.iter().map(|a| a.effort_hours).sum();
        layout.heading(
            &ctx.f(
                "report-plan-bucket",
                &[
                    (
                        "bucket",
                        Arg::Str(&ctx.t(&format!("plan-{}", bucket_id(bucket)))),
                    ),
                    ("count", Arg::from(items.len())),
                    ("hours", Arg::Str(&format_number(hours))),
                ],
            ),
            2,
        );
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|a| {
                let mut what = ctx.question_text(&a.question);
                if a.weight == Weight::MustHave {
                    what = format!("{} · {}", ctx.t("weight-must_have"), what);
                }
                vec![
                    what,
                    ctx.t(&format!("plan-reason-{}", reason_id(a.reason))),
                    ctx.hours(a.effort_hours),
                    ctx.t(&format!("cost-{}", cost_id(a.cost_band))),
                ]
            })
            .collect();
        layout.table(&columns, &header, &rows, BODY - 1.0);
    }
}

pub fn loss_and_coverage(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    let input = ctx.input;
    if !input.loss_scenarios.is_empty() {
        layout.heading(&ctx.t("report-loss"), 1);
        layout.muted(&ctx.t("report-loss-intro"));
        layout.gap(6.0);
        let money = |n: f64| money_text(ctx.l10n, n);
        let header = vec![
            ctx.t("report-col-scenario"),
            ctx.t("report-col-low"),
            ctx.t("report-col-likely"),
            ctx.t("report-col-high"),
        ];
        let rows: Vec<Vec<String>> = input
            .loss_scenarios
            .iter()
            .map(|s| {
                vec![
                    format!(
                        "{}\n{}",
                        s.title,
                        ctx.f("report-assumptions", &[("text", Arg::Str(&s.assumptions))])
                    ),
                    money(s.low),
                    money(s.likely),
                    money(s.high),
                ]
            })
            .collect();
        let columns = [
            Column { share: 0.52 },
            Column { share: 0.16 },
            Column { share: 0.16 },
            Column { share: 0.16 },
        ];
        layout.table(&columns, &header, &rows, BODY - 1.0);
    }
    if !input.coverages.is_empty() {
        if input.loss_scenarios.is_empty() {
            layout.heading(&ctx.t("report-coverage"), 1);
        } else {
            layout.bookmark(&ctx.t("report-coverage"));
            layout.heading(&ctx.t("report-coverage"), 2);
        }
        layout.muted(&ctx.t("report-coverage-intro"));
        layout.gap(6.0);
        for c in &input.coverages {
            layout.ensure_space(BODY * 1.5 * 3.0);
            layout.paragraph(&c.title, BODY + 1.0, 0.0, colour::ACCENT);
            layout.paragraph(&c.why, BODY, 12.0, colour::TEXT);
            layout.gap(6.0);
        }
    }
}

pub fn evidence(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    let findings = &ctx.input.findings;
    if findings.is_empty() {
        return;
    }
    layout.heading(&ctx.t("report-evidence"), 1);
    layout.muted(&ctx.t("report-evidence-intro"));
    layout.gap(6.0);
    for f in findings {
        let verdict_id = format!("report-verdict-{}", f.verdict);
        let verdict = if ctx.l10n.has(&verdict_id) {
            ctx.t(&verdict_id)
        } else {
            f.verdict.clone()
        };
        let verdict_colour = match f.verdict.as_str() {
            "pass" => colour::GOOD,
            "fail" => colour::BAD,
            _ => colour::WARN,
        };
        layout.ensure_space(BODY * 1.5 * 4.0);
        layout.paragraph(
            &format!("{} · {}", f.title, f.probe),
            BODY,
            0.0,
            colour::TEXT,
        );
        layout.paragraph(&verdict, BODY - 1.0, 12.0, verdict_colour);
        if let Some(reason) = f.reason.as_deref().filter(|r| !r.is_empty()) {
            layout.paragraph(
                &ctx.f("report-evidence-reason", &[("reason", Arg::Str(reason))]),
                BODY - 1.0,
                12.0,
                colour::TEXT,
            );
        }
        for caveat in &f.caveats {
            layout.paragraph(caveat, BODY - 1.0, 12.0, colour::WARN);
        }
        // No "evidence: (nothing)" line when a check kept no excerpt.
        if !f.evidence.trim().is_empty() {
            layout.paragraph(
                &ctx.f(
                    "report-evidence-excerpt",
                    &[("evidence", Arg::Str(&f.evidence))],
                ),
                BODY - 1.5,
                12.0,
                colour::MUTED,
            );
        }
        if !f.questions.is_empty() {
            let names: Vec<String> = f.questions.iter().map(|q| ctx.question_text(q)).collect();
            layout.paragraph(
                &ctx.f(
                    "report-evidence-questions",
                    &[(
                        "questions",
                        Arg::Str(&names.join(ctx.t("report-list-separator").as_str())),
                    )],
                ),
                BODY - 1.5,
                12.0,
                colour::MUTED,
            );
        }
        layout.gap(6.0);
    }
}

pub fn mappings(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    layout.heading(&ctx.t("report-mappings"), 1);
    layout.muted(&ctx.t("report-mappings-intro"));
    layout.gap(6.0);
    let header = vec![ctx.t("report-col-question"), ctx.t("report-col-mappings")];
    let rows: Vec<Vec<String>> = ctx
        .asked
        .iter()
        .map(|q| vec![ctx.question_text(&q.id), mapping_text(ctx, &q.mappings)])
        .collect();
    let columns = [Column { share: 0.42 }, Column { share: 0.58 }];
    layout.table(&columns, &header, &rows, BODY - 1.5);
}

fn mapping_text(ctx: &Context<'_>, m: &Mappings) -> String {
    let frameworks: [(&str, &Vec<String>); 5] = [
        ("nist_csf_2", &m.nist_csf_2),
        ("cis_v8", &m.cis_v8),
        ("cyber_essentials", &m.cyber_essentials),
        ("essential_eight", &m.essential_eight),
        ("gbt_22239_l2", &m.gbt_22239_l2),
    ];
    let lines: Vec<String> = frameworks
        .iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(name, ids)| {
            format!(
                "{}: {}",
                ctx.t(&format!("report-framework-{name}")),
                ids.join(", ")
            )
        })
        .collect();
    if lines.is_empty() {
        ctx.t("report-mappings-none")
    } else {
        lines.join("\n")
    }
}

pub fn glossary(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    layout.heading(&ctx.t("report-glossary"), 1);
    for id in crate::glossary::term_ids() {
        layout.ensure_space(BODY * 1.5 * 3.0);
        layout.paragraph(
            &ctx.t(&format!("glossary-{id}-term")),
            BODY + 0.5,
            0.0,
            colour::ACCENT,
        );
        layout.paragraph(&ctx.t(&format!("glossary-{id}")), BODY, 12.0, colour::TEXT);
        layout.gap(4.0);
    }
}

pub fn disclaimer(ctx: &Context<'_>, layout: &mut Layout<'_>) {
    layout.heading(&ctx.t("report-disclaimer"), 1);
    for id in [
        "report-disclaimer-self",
        "report-disclaimer-estimates",
        "report-disclaimer-privacy",
        "report-disclaimer-fingerprint",
    ] {
        layout.body(&ctx.t(id));
        layout.gap(8.0);
    }
}

#[cfg(test)]
mod tests {
    use super::format_timestamp;

    #[test]
    fn timestamps() {
        assert_eq!(
            format_timestamp("2025-03-01T10:30:00+08:00"),
            "2025-03-01 10:30 (+08:00)"
        );
        assert_eq!(
            format_timestamp("2025-03-01T08:00:00.123Z"),
            "2025-03-01 08:00 (UTC)"
        );
        assert_eq!(
            format_timestamp("2024-02-29T23:59:00-05:30"),
            "2024-02-29 23:59 (-05:30)"
        );
        assert_eq!(format_timestamp("2038-01-19T03:14:08"), "2038-01-19 03:14");
        // Not a date and time: shown as given, never a panic on a cut inside a character.
        for odd in [
            "",
            "yesterday",
            "2025-03-01",
            "2025-03-01T10:3中",
            "2023-02-29T10:30:00Z",
        ] {
            assert_eq!(format_timestamp(odd), odd);
        }
    }
}
