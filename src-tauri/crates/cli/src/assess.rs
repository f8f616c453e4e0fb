//! The checklist commands: `checklist`, `answer`, `assess` (interactive or from a file) and
//! `readiness`.

use std::io::{BufRead, Write};
use std::path::Path;

use coverready_checklist::{question_message_id, ActionReason, Bucket, GateStatus, Mode};
use coverready_core::answers_file::parse_answers_file;
use coverready_core::{AnswerInput, ChecklistItem, Error, ErrorCode, ReadinessReport, Workspace};
use coverready_i18n::Arg;

use crate::output::Output;

fn mode(quick: bool) -> Mode {
    if quick {
        Mode::Quick
    } else {
        Mode::Full
    }
}

pub fn checklist(ws: &Workspace, out: &Output, org: i64, quick: bool) -> Result<(), Error> {
    let items = ws.checklist(org, mode(quick))?;
    out.emit(&items, || {
        let mut lines = vec![out.text("cli-checklist-count", &[("count", items.len().into())])];
        let mut domain = "";
        for item in &items {
            if item.domain != domain {
                domain = &item.domain;
                lines.push(String::new());
                lines.push(out.l10n.text(&format!("domain-{domain}")));
            }
            lines.push(format!(
                "  [{}] {}  ({})",
                out.l10n.text(&format!("weight-{}", weight_id(item))),
                out.l10n.text(&question_message_id(&item.id)),
                item.id
            ));
        }
        lines.join("\n")
    });
    Ok(())
}

fn weight_id(item: &ChecklistItem) -> String {
    serde_json::to_value(item.weight)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub fn answer(
    ws: &mut Workspace,
    out: &Output,
    org: i64,
    note: Option<&str>,
    pairs: &[String],
) -> Result<(), Error> {
    let inputs = pairs
        .iter()
        .map(|pair| {
            let (question, value) = pair.split_once('=').ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidArgument,
                    format!("expected QID=VALUE: {pair}"),
                )
                .with("field", pair)
            })?;
            let (question, value) = (question.trim(), value.trim());
            let value = if value.is_empty() {
                None
            } else {
                Some(
                    coverready_checklist::AnswerValue::parse(value).ok_or_else(|| {
                        Error::new(
                            ErrorCode::InvalidAnswer,
                            format!("{value} is not an answer"),
                        )
                        .with("question", question)
                        .with("value", value)
                    })?,
                )
            };
            Ok(AnswerInput {
                question: question.to_owned(),
                value,
                note: note.map(str::to_owned),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let assessment = ws.answer(org, &inputs)?;
    out.emit(&assessment, || {
        out.text(
            "cli-answers-saved",
            &[
                ("count", inputs.len().into()),
                ("total", assessment.answers.len().into()),
            ],
        )
    });
    Ok(())
}

/// What a new assessment took over from the one before it, by question id.
fn carried_text(out: &Output, carried: &coverready_core::assessments::CarriedAnswers) -> String {
    let unknown = out.l10n.text("report-cover-content-unknown");
    let mut lines = vec![out.text(
        "cli-assess-carried",
        &[
            ("count", i64::from(carried.carried).into()),
            (
                "version",
                Arg::from(carried.from_content_version.as_ref().unwrap_or(&unknown)),
            ),
        ],
    )];
    let question = |id: &String| format!("  - {} ({id})", out.l10n.text(&question_message_id(id)));
    if !carried.retired.is_empty() {
        lines.push(out.l10n.text("cli-assess-retired"));
        lines.extend(carried.retired.iter().map(question));
    }
    if !carried.changed.is_empty() {
        lines.push(out.l10n.text("cli-assess-changed"));
        lines.extend(carried.changed.iter().map(question));
    }
    lines.join("\n")
}

pub fn assess(
    ws: &mut Workspace,
    out: &Output,
    org: i64,
    quick: bool,
    answers_file: Option<&Path>,
    new_assessment: bool,
) -> Result<(), Error> {
    let wanted_mode = mode(quick);
    if new_assessment {
        let started = ws.start_assessment(org, wanted_mode)?;
        if let (Some(carried), false) = (&started.carried, out.json) {
            println!("{}", carried_text(out, carried));
        }
    } else {
        ws.ensure_assessment(org, quick.then_some(Mode::Quick))?;
    }
    match answers_file {
        Some(path) => {
            // At most one byte past the limit is read, so `/dev/zero` or a huge file is
            // refused as too large without reading it to its end.
            let limit = coverready_core::answers_file::MAX_ANSWERS_FILE_BYTES as u64 + 1;
            let mut bytes = Vec::new();
            std::fs::File::open(path)
                .and_then(|f| {
                    std::io::Read::read_to_end(&mut std::io::Read::take(f, limit), &mut bytes)
                })
                .map_err(|e| {
                    Error::new(ErrorCode::AnswersFileInvalid, e.to_string())
                        .with("line", 0)
                        .with_io(&e)
                })?;
            let inputs = parse_answers_file(&bytes)?;
            ws.answer(org, &inputs)?;
        }
        None => interactive(ws, out, org)?,
    }
    let report = ws.readiness(org)?;
    out.emit(&report, || readiness_text(out, &report));
    Ok(())
}

/// One question at a time; every answer is saved at once, so quitting (or a closed terminal)
/// loses nothing and the next `assess` resumes at the first unanswered question.
fn interactive(ws: &mut Workspace, out: &Output, org: i64) -> Result<(), Error> {
    let assessment = ws.ensure_assessment(org, None)?;
    let items = ws.checklist(org, assessment.mode)?;
    let answered: std::collections::BTreeSet<String> = assessment
        .answers
        .iter()
        .map(|a| a.question.clone())
        .collect();
    let pending: Vec<&ChecklistItem> = items.iter().filter(|i| !answered.contains(&i.id)).collect();
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    // Prompts go to stderr so that `--json` keeps stdout to one document.
    let mut err = std::io::stderr();
    let total = items.len();
    for (n, item) in pending.iter().enumerate() {
        let position = answered.len() + n + 1;
        let qid = question_message_id(&item.id);
        let _ = writeln!(
            err,
            "\n[{position}/{total}] {} · {}\n{}",
            out.l10n.text(&format!("domain-{}", item.domain)),
            out.l10n.text(&format!("weight-{}", weight_id(item))),
            out.l10n.text(&qid)
        );
        let _ = writeln!(err, "{}", out.l10n.text(&format!("{qid}-why")));
        let choices: Vec<String> = item
            .options
            .iter()
            .enumerate()
            .map(|(i, v)| {
                format!(
                    "{}) {}",
                    i + 1,
                    out.l10n.text(&format!("answer-{}", v.as_str()))
                )
            })
            .collect();
        loop {
            let _ = write!(
                err,
                "{}  {}\n> ",
                choices.join("  "),
                out.text("cli-assess-keys", &[])
            );
            let _ = err.flush();
            let Some(Ok(line)) = lines.next() else {
                let _ = writeln!(err, "\n{}", out.text("cli-assess-paused", &[]));
                return Ok(());
            };
            let line = line.trim();
            match line {
                "q" | "Q" => {
                    let _ = writeln!(err, "{}", out.text("cli-assess-paused", &[]));
                    return Ok(());
                }
                "s" | "S" => break,
                "?" => {
                    let _ = writeln!(
                        err,
                        "{}\n{}",
                        out.l10n.text(&format!("{qid}-check")),
                        out.l10n.text(&format!("{qid}-fix"))
                    );
                }
                _ => {
                    let chosen = line
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| item.options.get(i.wrapping_sub(1)).copied())
                        .or_else(|| {
                            coverready_checklist::AnswerValue::parse(line)
                                .filter(|v| item.options.contains(v))
                        });
                    match chosen {
                        Some(value) => {
                            ws.answer(
                                org,
                                &[AnswerInput {
                                    question: item.id.clone(),
                                    value: Some(value),
                                    note: None,
                                }],
                            )?;
                            break;
                        }
                        None => {
                            let _ = writeln!(err, "{}", out.text("cli-assess-unknown-key", &[]));
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

pub fn readiness(ws: &Workspace, out: &Output, org: i64) -> Result<(), Error> {
    let report = ws.readiness(org)?;
    out.emit(&report, || readiness_text(out, &report));
    Ok(())
}

fn readiness_text(out: &Output, report: &ReadinessReport) -> String {
    let r = &report.readiness;
    let l = &out.l10n;
    let mut lines = Vec::new();
    lines.push(match r.gate.status {
        GateStatus::Ready => l.text("gate-ready"),
        GateStatus::NotReady => {
            l.format("gate-not-ready", &[("count", r.gate.blockers.len().into())])
        }
        GateStatus::ToConfirm => l.format(
            "gate-to-confirm",
            &[("count", r.gate.to_confirm.len().into())],
        ),
    });
    let overall = r
        .overall_percent
        .map(|p| format!("{p}/100"))
        .unwrap_or_else(|| out.l10n.text("cli-score-withheld"));
    lines.push(out.text(
        "cli-readiness-summary",
        &[
            ("score", Arg::Str(&overall)),
            ("answered", r.answered.into()),
            ("applicable", r.applicable.into()),
            ("notsure", r.not_sure.into()),
            ("unanswered", r.unanswered.into()),
        ],
    ));
    lines.push(String::new());
    lines.push(out.text("cli-readiness-domains", &[]));
    for d in &r.domains {
        let percent = d
            .percent
            .map(|p| format!("{p:>3}%"))
            .unwrap_or_else(|| "   –".into());
        lines.push(format!(
            "  {percent}  {}  {}",
            l.text(&format!("domain-{}", d.id)),
            out.text(
                "cli-readiness-answered",
                &[
                    ("answered", d.answered.into()),
                    ("applicable", d.applicable.into())
                ]
            )
        ));
    }
    for (label, ids) in [
        ("cli-readiness-blockers", &r.gate.blockers),
        ("cli-readiness-to-confirm", &r.gate.to_confirm),
    ] {
        if !ids.is_empty() {
            lines.push(String::new());
            lines.push(out.text(label, &[]));
            for id in ids {
                lines.push(format!("  • {}", l.text(&question_message_id(id))));
            }
        }
    }
    lines.extend(risk_text(out, &report.risk));
    if !r.action_plan.is_empty() {
        lines.push(String::new());
        lines.push(out.text("cli-readiness-plan", &[]));
        for bucket in [Bucket::ThisWeek, Bucket::ThisMonth, Bucket::ThisQuarter] {
            let items: Vec<_> = r
                .action_plan
                .iter()
                .filter(|a| a.bucket == bucket)
                .collect();
            if items.is_empty() {
                continue;
            }
            lines.push(format!(
                "  {}",
                l.text(match bucket {
                    Bucket::ThisWeek => "plan-this-week",
                    Bucket::ThisMonth => "plan-this-month",
                    Bucket::ThisQuarter => "plan-this-quarter",
                })
            ));
            for a in items {
                let reason = match a.reason {
                    ActionReason::Unmet => "plan-reason-unmet",
                    ActionReason::NotSure => "plan-reason-not_sure",
                    ActionReason::Unanswered => "plan-reason-unanswered",
                };
                let cost = serde_json::to_value(a.cost_band)
                    .ok()
                    .and_then(|v| v.as_str().map(|s| format!("cost-{s}")))
                    .unwrap_or_default();
                lines.push(format!(
                    "    - {} ({}; {}; {})",
                    l.text(&question_message_id(&a.question)),
                    l.text(reason),
                    out.text("cli-readiness-effort", &[("hours", a.effort_hours.into())]),
                    l.text(&cost)
                ));
            }
        }
    }
    lines.join("\n")
}

/// An amount in yuan as the report words it (the same Fluent message and formatter).
pub(crate) fn money(out: &Output, value: f64) -> String {
    coverready_core::risk::format_quantity(
        coverready_risk::Quantity {
            value,
            unit: coverready_risk::Unit::Yuan,
        },
        &out.l10n,
    )
}

/// What one incident could cost and the cover to ask about, in a few lines.
fn risk_text(out: &Output, risk: &coverready_risk::RiskEstimate) -> Vec<String> {
    let l = &out.l10n;
    let money = |value| money(out, value);
    let mut lines = Vec::new();
    if !risk.scenarios.is_empty() {
        lines.push(String::new());
        lines.push(out.text("cli-readiness-risk", &[]));
        for s in &risk.scenarios {
            let title = l.text(&format!("risk-scenario-{}", s.id));
            let (likely, low, high) = (
                money(s.single_loss.likely),
                money(s.single_loss.low),
                money(s.single_loss.high),
            );
            lines.push(format!(
                "  • {}",
                out.text(
                    "cli-readiness-risk-line",
                    &[
                        ("title", Arg::Str(&title)),
                        ("likely", Arg::Str(&likely)),
                        ("low", Arg::Str(&low)),
                        ("high", Arg::Str(&high)),
                    ],
                )
            ));
            if let Some(days) = coverready_core::risk::single_loss_days_text(s, l) {
                lines.push(format!("    {days}"));
            }
        }
    }
    if !risk.coverages.is_empty() {
        lines.push(String::new());
        lines.push(out.text("cli-readiness-cover", &[]));
        for c in &risk.coverages {
            let title = l.text(&format!("risk-coverage-{}", c.id));
            let priority = l.text(&format!("risk-priority-{}", c.priority.as_str()));
            lines.push(format!(
                "  • {}",
                out.text(
                    "cli-readiness-cover-line",
                    &[
                        ("title", Arg::Str(&title)),
                        ("priority", Arg::Str(&priority))
                    ],
                )
            ));
        }
    }
    lines
}
