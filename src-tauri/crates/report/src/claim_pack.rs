//! The claim pack of a cyber incident: a PDF (简体中文 / English) and its JSON twin, with the
//! policy, the incident summary (discovery, hotline call, written notice), the deadlines, the
//! steps taken, the timeline, the evidence with SHA-256 and the readiness report in force. The
//! same page machine, font and PDF finishing as the readiness report; texts from
//! `locales/*/incident.ftl`. Written as the report is: never-clobber unless asked, JSON first,
//! each file under a temporary name then renamed.

use std::path::Path;

use coverready_i18n::{money_text, Arg, Localizer, SUPPORTED_LANGUAGES};
use serde::Serialize;

use crate::font::ReportFont;
use crate::layout::{colour, Column, Layout, BODY, MARGIN_LEFT, PAGE_HEIGHT};
use crate::{format_timestamp, pdf, sha256_hex, RenderedReport, ReportError, WrittenReport};
use coverready_files::Replace;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackPolicy {
    pub insurer: Option<String>,
    pub policy_number: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub retention: Option<f64>,
    pub hotline: Option<String>,
    pub notice_hours: Option<u32>,
    pub broker: Option<String>,
    /// (cover type id, amount in yuan).
    pub limits: Vec<(String, f64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackStep {
    pub id: String,
    /// RFC 3339.
    pub done_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackDeadline {
    pub id: String,
    pub due_at: Option<String>,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackEntry {
    pub seq: i64,
    pub at: String,
    pub who: String,
    /// `started`, `step`, `note`, `evidence`.
    pub what: String,
    pub step: Option<String>,
    pub text: String,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackEvidence {
    pub seq: i64,
    pub at: String,
    pub name: String,
    pub stored: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackChain {
    pub intact: bool,
    pub count: i64,
    pub head: String,
    pub broken_seq: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackReadiness {
    pub report_id: String,
    /// SHA-256 of the report's JSON twin: the fingerprint its PDF prints.
    pub json_sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimPackInput {
    pub pack_id: String,
    pub generated_at: String,
    pub language: String,
    pub app_version: String,
    pub organisation: String,
    pub incident_id: i64,
    /// Incident kind id (`incident-kind-<kind>`).
    pub kind: String,
    pub discovered_at: String,
    /// When the insurer's hotline was called, and written notice given (the steps' ticks).
    pub hotline_called_at: Option<String>,
    pub written_notice_at: Option<String>,
    pub policy: Option<PackPolicy>,
    pub deadlines: Vec<PackDeadline>,
    pub steps: Vec<PackStep>,
    pub timeline: Vec<PackEntry>,
    pub evidence: Vec<PackEvidence>,
    pub chain: PackChain,
    pub readiness_report: Option<PackReadiness>,
}

fn time(text: &Option<String>, l10n: &Localizer) -> String {
    text.as_deref()
        .map(format_timestamp)
        .unwrap_or_else(|| l10n.text("incident-pack-not-yet"))
}

fn or_unset(value: Option<String>, l10n: &Localizer) -> String {
    value.unwrap_or_else(|| l10n.text("incident-policy-unset"))
}

/// An entry in words.
fn entry_text(e: &PackEntry, l10n: &Localizer) -> String {
    match e.what.as_str() {
        "started" => {
            let kind = l10n.text(&format!("incident-kind-{}", e.text));
            l10n.format("incident-entry-started", &[("kind", Arg::Str(&kind))])
        }
        "step" => {
            let step = l10n.text(&format!(
                "incident-step-{}",
                e.step.as_deref().unwrap_or("")
            ));
            l10n.format("incident-entry-step", &[("step", Arg::Str(&step))])
        }
        _ => e.text.clone(),
    }
}

/// Renders the pack.
/// Renders the pack in memory, as a readiness report is (its warnings: characters the font
/// lacks, printed as □).
pub fn render_claim_pack(input: &ClaimPackInput) -> Result<RenderedReport, ReportError> {
    if !SUPPORTED_LANGUAGES.contains(&input.language.as_str()) {
        return Err(ReportError::InvalidInput {
            field: "language".into(),
            detail: input.language.clone(),
        });
    }
    let json = serde_json::to_vec_pretty(input).map_err(|e| ReportError::Json {
        detail: e.to_string(),
    })?;
    let json_sha256 = sha256_hex(&json);
    let font = ReportFont::get()?;
    let l10n = Localizer::new(&input.language);
    let t = |id: &str| l10n.text(id);
    let mut layout = Layout::new(font, pdf::font_id());

    // Title.
    layout.bookmark(&t("incident-pack-title"));
    layout.y = PAGE_HEIGHT - 110.0;
    let title = layout.clean(&t("incident-pack-title"));
    layout.text_at(MARGIN_LEFT, layout.y, 22.0, colour::ACCENT, &title);
    layout.y -= 22.0;
    let subtitle = layout.clean(&t("incident-pack-subtitle"));
    layout.text_at(MARGIN_LEFT, layout.y, 10.5, colour::MUTED, &subtitle);
    layout.y -= 30.0;
    layout.paragraph(&input.organisation, 17.0, 0.0, colour::TEXT);
    layout.gap(8.0);

    // Incident summary.
    layout.heading(&t("incident-pack-summary"), 2);
    let kind = t(&format!("incident-kind-{}", input.kind));
    layout.key_values(&[
        (t("incident-pack-kind"), kind),
        (
            t("incident-pack-discovered"),
            format_timestamp(&input.discovered_at),
        ),
        (
            t("incident-pack-hotline-called"),
            time(&input.hotline_called_at, &l10n),
        ),
        (
            t("incident-pack-notice-given"),
            time(&input.written_notice_at, &l10n),
        ),
        (
            t("incident-pack-generated"),
            format_timestamp(&input.generated_at),
        ),
    ]);

    // Policy.
    layout.heading(&t("incident-pack-policy"), 2);
    match &input.policy {
        None => layout.body(&t("incident-no-policy")),
        Some(p) => {
            let field = |id: &str| t(&format!("incident-policy-field-{id}"));
            layout.key_values(&[
                (field("insurer"), or_unset(p.insurer.clone(), &l10n)),
                (
                    field("policy_number"),
                    or_unset(p.policy_number.clone(), &l10n),
                ),
                (field("start"), or_unset(p.start.clone(), &l10n)),
                (field("end"), or_unset(p.end.clone(), &l10n)),
                (
                    field("retention"),
                    or_unset(p.retention.map(|r| money_text(&l10n, r)), &l10n),
                ),
                (field("hotline"), or_unset(p.hotline.clone(), &l10n)),
                (
                    field("notice_hours"),
                    or_unset(
                        p.notice_hours.map(|h| {
                            l10n.format(
                                "incident-policy-hours",
                                &[("hours", Arg::from(i64::from(h)))],
                            )
                        }),
                        &l10n,
                    ),
                ),
                (field("broker"), or_unset(p.broker.clone(), &l10n)),
            ]);
            if !p.limits.is_empty() {
                layout.heading(&t("incident-pack-limits"), 3);
                let pairs: Vec<(String, String)> = p
                    .limits
                    .iter()
                    .map(|(cover, amount)| {
                        (
                            t(&format!("risk-coverage-{cover}")),
                            money_text(&l10n, *amount),
                        )
                    })
                    .collect();
                layout.key_values(&pairs);
            }
        }
    }

    // Deadlines.
    layout.heading(&t("incident-pack-deadlines"), 2);
    let rows: Vec<Vec<String>> = input
        .deadlines
        .iter()
        .map(|d| {
            vec![
                t(&format!("incident-deadline-{}", d.id)),
                time(&d.due_at, &l10n),
            ]
        })
        .collect();
    layout.table(
        &[Column { share: 0.6 }, Column { share: 0.4 }],
        &[t("incident-pack-col-deadline"), t("incident-pack-col-due")],
        &rows,
        9.0,
    );

    // Steps.
    layout.heading(&t("incident-pack-steps"), 1);
    let rows: Vec<Vec<String>> = input
        .steps
        .iter()
        .map(|s| {
            vec![
                t(&format!("incident-step-{}", s.id)),
                time(&s.done_at, &l10n),
            ]
        })
        .collect();
    layout.table(
        &[Column { share: 0.72 }, Column { share: 0.28 }],
        &[t("incident-pack-col-step"), t("incident-pack-col-done")],
        &rows,
        9.0,
    );

    // Timeline.
    layout.heading(&t("incident-pack-timeline"), 1);
    let rows: Vec<Vec<String>> = input
        .timeline
        .iter()
        .map(|e| {
            vec![
                format!("#{} {}", e.seq, format_timestamp(&e.at)),
                if e.who.is_empty() {
                    t("incident-who-unknown")
                } else {
                    e.who.clone()
                },
                entry_text(e, &l10n),
            ]
        })
        .collect();
    layout.table(
        &[
            Column { share: 0.28 },
            Column { share: 0.17 },
            Column { share: 0.55 },
        ],
        &[
            t("incident-pack-col-time"),
            t("incident-pack-col-who"),
            t("incident-pack-col-entry"),
        ],
        &rows,
        9.0,
    );

    // Evidence.
    layout.heading(&t("incident-pack-evidence"), 1);
    if input.evidence.is_empty() {
        layout.body(&t("incident-pack-evidence-none"));
    } else {
        let rows: Vec<Vec<String>> = input
            .evidence
            .iter()
            .map(|e| vec![e.name.clone(), e.size.to_string(), e.sha256.clone()])
            .collect();
        layout.table(
            &[
                // The hash on one line, so it can be compared as printed.
                Column { share: 0.24 },
                Column { share: 0.1 },
                Column { share: 0.66 },
            ],
            &[
                t("incident-pack-col-file"),
                t("incident-pack-col-size"),
                t("incident-pack-col-sha"),
            ],
            &rows,
            8.0,
        );
    }

    // Integrity and the readiness report.
    layout.heading(&t("incident-pack-chain"), 2);
    let chain = match input.chain.broken_seq {
        Some(seq) if !input.chain.intact => {
            l10n.format("incident-pack-chain-broken", &[("seq", Arg::from(seq))])
        }
        _ => l10n.format(
            "incident-pack-chain-ok",
            &[
                ("count", Arg::from(input.chain.count)),
                ("head", Arg::Str(&input.chain.head)),
            ],
        ),
    };
    layout.body(&chain);
    layout.heading(&t("incident-pack-readiness"), 2);
    match &input.readiness_report {
        None => layout.body(&t("incident-pack-readiness-none")),
        Some(r) => layout.body(&l10n.format(
            "incident-pack-readiness-value",
            &[
                ("id", Arg::Str(&r.report_id)),
                ("sha", Arg::Str(&r.json_sha256)),
            ],
        )),
    }
    layout.heading(&t("incident-pack-fingerprint"), 2);
    layout.paragraph(&json_sha256, BODY, 0.0, colour::TEXT);

    let header = l10n.format(
        "incident-pack-header",
        &[("org", Arg::Str(&input.organisation))],
    );
    let incident_id = input.incident_id;
    layout.finish(&header, &input.pack_id, &|page, total| {
        l10n.format(
            "incident-pack-footer",
            &[
                ("page", Arg::from(page)),
                ("total", Arg::from(total)),
                ("id", Arg::from(incident_id)),
            ],
        )
    });
    let pages = layout.pages.len();
    let warnings = layout
        .missing
        .iter()
        .map(|c| crate::ReportWarning::missing_glyph(*c))
        .collect();
    let doc_title = format!("{} · {}", t("incident-pack-title"), input.organisation);
    let creator = format!("CoverReady {}", input.app_version);
    let pdf = pdf::build_pdf(
        font,
        layout.pages,
        &layout.bookmarks,
        &pdf::DocumentMeta {
            title: &doc_title,
            language: l10n.language(),
            report_id: &input.pack_id,
            generated_at: &input.generated_at,
            creator: &creator,
            content_fingerprint: &json_sha256,
        },
    )?;
    Ok(RenderedReport {
        pdf_sha256: sha256_hex(&pdf),
        pdf,
        json,
        json_sha256,
        pages,
        warnings,
    })
}

/// Renders and writes the pack at `pdf_path` and its twin ([`crate::json_path_for`]), by the
/// readiness report's rules: both targets checked before either is written, an existing file
/// replaced only with [`Replace::Allowed`], JSON first, temporary names then renamed.
pub fn write_claim_pack(
    input: &ClaimPackInput,
    pdf_path: &Path,
    replace: Replace,
) -> Result<WrittenReport, ReportError> {
    crate::write_rendered(pdf_path, replace, replace, || render_claim_pack(input))
}
