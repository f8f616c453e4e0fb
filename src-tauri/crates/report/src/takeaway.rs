//! The workshop takeaway: one A4 page an attendee carries home from a shared laptop — the
//! verdict, the score (or how much is answered), the five first actions with why, hours and
//! cost, the covers to ask about, where to get help, and a QR code with the answer code (no
//! names) to continue on their own computer. Same page machine, font and PDF finishing as the
//! report; texts from `locales/*/workshop.ftl` and the checklist's own messages.

use coverready_checklist::{question_message_id, GateStatus, Readiness};
use coverready_i18n::{format_number, Arg, Localizer, SUPPORTED_LANGUAGES};
use qrcode::{Color as QrColor, EcLevel, QrCode};

use crate::font::ReportFont;
use crate::layout::{colour, Layout, CONTENT_WIDTH, MARGIN_LEFT, PAGE_HEIGHT};
use crate::sections::{cost_id, format_timestamp};
use crate::{pdf, sha256_hex, ReportError};

/// The first actions printed: a page, not a plan.
pub const TAKEAWAY_ACTIONS: usize = 5;
/// The covers printed (the most important first).
pub const TAKEAWAY_COVERS: usize = 4;

#[derive(Debug, Clone, PartialEq)]
pub struct TakeawayInput {
    pub generated_at: String,
    pub language: String,
    pub app_version: String,
    pub readiness: Readiness,
    /// Cover type ids of the coverage map, most important first (`risk-coverage-<id>`).
    pub covers: Vec<String>,
    /// The answer code ([`coverready_checklist::encode_answer_code`]).
    pub answer_code: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedTakeaway {
    pub pdf: Vec<u8>,
    pub pages: usize,
}

/// The QR modules of `text` (row by row, `true` = dark) and the side length.
pub fn qr_modules(text: &str) -> Result<(Vec<bool>, usize), ReportError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| {
        ReportError::InvalidInput {
            field: "answer_code".into(),
            detail: e.to_string(),
        }
    })?;
    let width = code.width();
    let modules = code
        .to_colors()
        .into_iter()
        .map(|c| c == QrColor::Dark)
        .collect();
    Ok((modules, width))
}

pub fn render_takeaway(input: &TakeawayInput) -> Result<RenderedTakeaway, ReportError> {
    if !SUPPORTED_LANGUAGES.contains(&input.language.as_str()) {
        return Err(ReportError::InvalidInput {
            field: "language".into(),
            detail: input.language.clone(),
        });
    }
    let font = ReportFont::get()?;
    let l10n = Localizer::new(&input.language);
    let t = |id: &str| l10n.text(id);
    let r = &input.readiness;
    let mut layout = Layout::new(font, pdf::font_id());

    layout.bookmark(&t("takeaway-title"));
    layout.y = PAGE_HEIGHT - 72.0;
    let title = layout.clean(&t("takeaway-title"));
    layout.text_at(MARGIN_LEFT, layout.y, 18.0, colour::ACCENT, &title);
    layout.y -= 16.0;
    let subtitle = l10n.format(
        "takeaway-subtitle",
        &[("date", Arg::Str(&format_timestamp(&input.generated_at)))],
    );
    layout.paragraph(&subtitle, 9.0, 0.0, colour::MUTED);
    layout.gap(6.0);

    let (gate, gate_colour) = match r.gate.status {
        GateStatus::Ready => (t("gate-ready"), colour::GOOD),
        GateStatus::NotReady => (
            l10n.format(
                "gate-not-ready",
                &[("count", Arg::from(r.gate.blockers.len()))],
            ),
            colour::BAD,
        ),
        GateStatus::ToConfirm => (
            l10n.format(
                "gate-to-confirm",
                &[("count", Arg::from(r.gate.to_confirm.len()))],
            ),
            colour::WARN,
        ),
    };
    let top = layout.y;
    layout.fill_rect(MARGIN_LEFT, top - 26.0, 5.0, 26.0, gate_colour);
    layout.fill_rect(
        MARGIN_LEFT + 5.0,
        top - 26.0,
        CONTENT_WIDTH - 5.0,
        26.0,
        colour::SHADE,
    );
    let gate = layout.clean(&gate);
    layout.text_at(MARGIN_LEFT + 14.0, top - 17.5, 12.0, colour::TEXT, &gate);
    layout.y = top - 26.0 - 10.0;

    let answered = l10n.format(
        "takeaway-answered",
        &[
            ("answered", Arg::from(r.answered)),
            ("applicable", Arg::from(r.applicable)),
        ],
    );
    let score = match r.overall_percent {
        Some(p) => l10n.format(
            "takeaway-score",
            &[
                ("percent", Arg::Num(f64::from(p))),
                ("answered", Arg::Str(&answered)),
            ],
        ),
        None => l10n.format(
            "takeaway-score-withheld",
            &[("answered", Arg::Str(&answered))],
        ),
    };
    layout.paragraph(&score, 10.0, 0.0, colour::TEXT);
    layout.gap(4.0);

    layout.heading(&t("takeaway-actions"), 2);
    if r.action_plan.is_empty() {
        layout.body(&t("takeaway-actions-none"));
    }
    for (i, item) in r.action_plan.iter().take(TAKEAWAY_ACTIONS).enumerate() {
        let question = t(&question_message_id(&item.question));
        let line = l10n.format(
            "takeaway-action",
            &[
                ("n", Arg::from(i + 1)),
                ("question", Arg::Str(&question)),
                ("hours", Arg::Str(&format_number(item.effort_hours))),
                (
                    "cost",
                    Arg::Str(&t(&format!("cost-{}", cost_id(item.cost_band)))),
                ),
            ],
        );
        layout.paragraph(&line, 9.5, 0.0, colour::TEXT);
        let why = t(&format!("{}-why", question_message_id(&item.question)));
        layout.paragraph(&why, 8.5, 14.0, colour::MUTED);
        layout.gap(2.0);
    }

    if !input.covers.is_empty() {
        layout.heading(&t("takeaway-covers"), 2);
        let covers: Vec<String> = input
            .covers
            .iter()
            .take(TAKEAWAY_COVERS)
            .map(|c| t(&format!("risk-coverage-{c}")))
            .collect();
        let separator = t("takeaway-list-separator");
        layout.paragraph(&covers.join(&separator), 9.5, 0.0, colour::TEXT);
    }

    layout.heading(&t("takeaway-help"), 2);
    layout.paragraph(&t("takeaway-help-text"), 9.0, 0.0, colour::TEXT);
    layout.gap(6.0);

    // The QR code and the same code as text, side by side, at the foot of the page.
    let (modules, width) = qr_modules(&input.answer_code)?;
    let module = 2.6_f32;
    let quiet = 4.0 * module;
    let side = width as f32 * module + 2.0 * quiet;
    layout.ensure_space(side);
    let top = layout.y;
    let left = MARGIN_LEFT;
    for (i, dark) in modules.iter().enumerate() {
        if *dark {
            let (row, col) = ((i / width) as f32, (i % width) as f32);
            let x = left + quiet + col * module;
            let y = top - quiet - (row + 1.0) * module;
            // A hair wider than the module, so neighbouring squares leave no seam when printed.
            layout.fill_rect(x, y, module + 0.05, module + 0.05, colour::TEXT);
        }
    }
    let text_left = left + side + 12.0;
    let text_width = CONTENT_WIDTH - side - 12.0;
    let saved = layout.y;
    layout.y = top - quiet;
    let continue_title = layout.clean(&t("takeaway-continue"));
    layout.text_at(
        text_left,
        layout.y - 11.0,
        11.0,
        colour::ACCENT,
        &continue_title,
    );
    layout.y -= 18.0;
    for line in layout.lines(&t("takeaway-continue-text"), 8.5, text_width) {
        layout.text_at(text_left, layout.y - 8.5, 8.5, colour::TEXT, &line);
        layout.y -= 8.5 * 1.45;
    }
    layout.y -= 4.0;
    for line in layout.lines(&input.answer_code, 10.0, text_width) {
        layout.text_at(text_left, layout.y - 10.0, 10.0, colour::TEXT, &line);
        layout.y -= 10.0 * 1.45;
    }
    layout.y = saved.min(top - side);

    let header = t("takeaway-header");
    layout.finish(&header, "", &|_, _| t("takeaway-footer"));
    let pages = layout.pages.len();
    let creator = format!("CoverReady {}", input.app_version);
    let title = t("takeaway-title");
    let pdf = pdf::build_pdf(
        font,
        layout.pages,
        &layout.bookmarks,
        &pdf::DocumentMeta {
            title: &title,
            language: l10n.language(),
            report_id: "",
            generated_at: &input.generated_at,
            creator: &creator,
            content_fingerprint: &sha256_hex(input.answer_code.as_bytes()),
        },
    )?;
    Ok(RenderedTakeaway { pdf, pages })
}

/// Renders the takeaway and writes it at `path` as the report is written: the target checked
/// first (never a folder, link or device; an existing file only with [`Replace::Allowed`]), the
/// bytes under a private temporary name, then renamed. Answers the page count.
pub fn write_takeaway(
    input: &TakeawayInput,
    path: &std::path::Path,
    replace: coverready_files::Replace,
) -> Result<usize, ReportError> {
    crate::check_report_path(path)?;
    coverready_files::check_target(path, replace).map_err(|e| crate::unwritable(path, e))?;
    let rendered = render_takeaway(input)?;
    coverready_files::write_private_set(&[coverready_files::Planned {
        path,
        bytes: &rendered.pdf,
        replace,
    }])
    .map_err(|(_, e)| crate::unwritable(path, e))?;
    Ok(rendered.pages)
}
