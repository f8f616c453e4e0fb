//! `coverready scan`: the local read-only scan of this computer. With `--org`, the findings are
//! kept with the organisation and reconciled with its answers.

use std::path::Path;

use coverready_core::{Error, ErrorCode, Workspace};
use coverready_scan::{probes, run_scan, system_host, ScanEvent, ScanOptions, Verdict};
use serde::Serialize;

use crate::output::Output;

#[derive(Serialize)]
struct ScanOutput<'a> {
    #[serde(flatten)]
    report: &'a coverready_scan::ScanReport,
    #[serde(skip_serializing_if = "Option::is_none")]
    reconciliation: Option<coverready_core::ReconciliationView>,
}

pub fn run(
    ws: &mut Workspace,
    out: &Output,
    only: &[String],
    org: Option<i64>,
    record: Option<&Path>,
) -> Result<(), Error> {
    if let Some(id) = org {
        ws.org(id)?;
    }
    if let Some(unknown) = only
        .iter()
        .find(|id| !probes().iter().any(|p| &p.id == *id))
    {
        return Err(Error::new(
            ErrorCode::InvalidArgument,
            format!("unknown probe {unknown}"),
        )
        .with("field", unknown));
    }
    let host = system_host();
    if let Some(dir) = record {
        coverready_scan::record(&host, dir).map_err(|e| {
            Error::new(ErrorCode::StoreIo, e.to_string())
                .with("path", dir.display())
                .with_io(&e)
        })?;
        out.emit(
            &serde_json::json!({ "recorded_to": dir.display().to_string() }),
            || {
                out.text(
                    "cli-scan-recorded",
                    &[(
                        "path",
                        coverready_i18n::Arg::Str(&dir.display().to_string()),
                    )],
                )
            },
        );
        return Ok(());
    }
    let options = ScanOptions {
        only: (!only.is_empty()).then(|| only.to_vec()),
        ..ScanOptions::default()
    };
    let progress = |event: ScanEvent| {
        if let ScanEvent::Finished { finding } = event {
            if !out.json {
                eprintln!("  … {}", title(out, &finding.probe, false));
            }
        }
    };
    let report = run_scan(&host, &options, &progress);
    let reconciliation = match org {
        Some(id) => {
            ws.save_local_scan(Some(id), &report)?;
            Some(ws.reconciliation(id)?)
        }
        None => None,
    };
    let doc = ScanOutput {
        report: &report,
        reconciliation,
    };
    out.emit(&doc, || {
        let mut lines = vec![out.text(
            "cli-scan-heading",
            &[
                (
                    "os",
                    coverready_i18n::Arg::Str(&format!("{} {}", report.os.name, report.os.version)),
                ),
                ("ms", (report.duration_ms as usize).into()),
            ],
        )];
        for f in &report.findings {
            let verdict = out
                .l10n
                .text(&format!("scan-verdict-{}", f.verdict.as_str()));
            let reason = match f.verdict {
                Verdict::Unknown { reason } => format!(
                    " ({})",
                    out.l10n.text(&format!("scan-reason-{}", reason.as_str()))
                ),
                _ => String::new(),
            };
            lines.push(format!(
                "  [{verdict}] {}{reason}",
                title(out, &f.probe, f.verdict == Verdict::Fail)
            ));
        }
        if let Some(r) = &doc.reconciliation {
            if !r.contradictions.is_empty() {
                lines.push(String::new());
                lines.push(out.text(
                    "cli-scan-contradictions",
                    &[("count", r.contradictions.len().into())],
                ));
                for q in &r.contradictions {
                    lines.push(format!(
                        "  • {}",
                        out.l10n.text(&coverready_checklist::question_message_id(q))
                    ));
                }
            }
            // Never a bare "the scan passed": say which parts of each question are still open.
            let partly: Vec<_> = r
                .questions
                .iter()
                .filter(|q| q.outcome == coverready_scan::Outcome::PartlyShown)
                .collect();
            if !partly.is_empty() {
                lines.push(String::new());
                lines.push(out.text("cli-scan-partly", &[("count", partly.len().into())]));
                for q in partly {
                    let open: Vec<String> =
                        q.missing().map(|p| out.l10n.text(&p.label_key)).collect();
                    lines.push(format!(
                        "  {}",
                        out.text(
                            "cli-scan-partly-item",
                            &[
                                (
                                    "question",
                                    coverready_i18n::Arg::Str(&out.l10n.text(
                                        &coverready_checklist::question_message_id(&q.question),
                                    )),
                                ),
                                (
                                    "open",
                                    coverready_i18n::Arg::Str(
                                        &open.join(&out.l10n.text("report-list-separator")),
                                    ),
                                ),
                            ],
                        )
                    ));
                }
            }
        }
        lines.join("\n")
    });
    Ok(())
}

/// What was checked, or for a failed finding what was found.
fn title(out: &Output, probe: &str, failed: bool) -> String {
    probes()
        .iter()
        .find(|p| p.id == probe)
        .map(|p| {
            out.l10n.text(&if failed {
                p.failed_title_key()
            } else {
                p.title_key.clone()
            })
        })
        .unwrap_or_else(|| probe.to_owned())
}
