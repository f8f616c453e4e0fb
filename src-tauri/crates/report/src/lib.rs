//! CoverReady's readiness report: a PDF in 简体中文 or English (cover, summary, charts, must-haves,
//! answers by domain, action plan, loss scenarios and coverage, evidence and framework appendices,
//! glossary, disclaimer) and its JSON twin, whose SHA-256 the PDF prints.
//!
//! Offline and deterministic: the same [`ReportInput`] gives byte-identical files. All text comes
//! from `locales/*/report.ftl` and the checklist/profile locale files; the font is the embedded
//! Noto Sans CJK SC subset in `assets/fonts/`, subset again per document.

mod charts;
mod error;
mod font;
pub mod glossary;
mod input;
mod json;
mod layout;
mod pdf;
mod sections;
mod warning;
mod wrap;

use std::io::Write;
use std::path::{Path, PathBuf};

use coverready_checklist::ContentPack;
use coverready_i18n::{Arg, Localizer, SUPPORTED_LANGUAGES};
use sha2::{Digest, Sha256};

pub use coverready_i18n::{format_money, money_text};
pub use error::ReportError;
pub use input::{
    AnsweredQuestion, CoverageRecommendation, FindingSummary, LossScenario, OrgSummary,
    RenderedReport, ReportInput, Verification, WrittenReport,
};
pub use json::REPORT_SCHEMA_ID;
pub use warning::ReportWarning;

use font::ReportFont;
use layout::Layout;
use sections::Context;

/// Lowercase hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Renders the report in memory, with the built-in content pack.
pub fn render(input: &ReportInput) -> Result<RenderedReport, ReportError> {
    render_with_pack(input, ContentPack::builtin())
}

/// Renders the report with question texts, weights and mappings from `pack`.
pub fn render_with_pack(
    input: &ReportInput,
    pack: &ContentPack,
) -> Result<RenderedReport, ReportError> {
    if !SUPPORTED_LANGUAGES.contains(&input.language.as_str()) {
        return Err(ReportError::InvalidInput {
            field: "language".into(),
            detail: input.language.clone(),
        });
    }
    let mut warnings = Vec::new();
    if input.pack_id != pack.id || input.pack_version != pack.version {
        warnings.push(ReportWarning::PackMismatch {
            answered_with: format!("{}@{}", input.pack_id, input.pack_version),
            rendered_with: format!("{}@{}", pack.id, pack.version),
        });
    }
    let json = json::report_json(input)?;
    let json_sha256 = sha256_hex(&json);

    let font = ReportFont::get()?;
    let l10n = Localizer::new(&input.language);
    let ctx = Context::new(input, pack, &l10n, &json_sha256);
    let mut layout = Layout::new(font, pdf::font_id());

    sections::cover(&ctx, &mut layout);
    sections::summary(&ctx, &mut layout);
    sections::scores(&ctx, &mut layout);
    sections::answers_by_domain(&ctx, &mut layout);
    sections::action_plan(&ctx, &mut layout);
    sections::loss_and_coverage(&ctx, &mut layout);
    sections::evidence(&ctx, &mut layout);
    sections::mappings(&ctx, &mut layout);
    sections::glossary(&ctx, &mut layout);
    sections::technical(&ctx, &mut layout);
    sections::disclaimer(&ctx, &mut layout);

    let title = l10n.text("report-title");
    let header = l10n.format(
        "report-header",
        &[("org", Arg::Str(&input.organisation.name))],
    );
    let report_id = input.report_id.as_str();
    layout.finish(&header, &input.report_id, &|page, total| {
        l10n.format(
            "report-footer",
            &[
                ("page", Arg::from(page)),
                ("total", Arg::from(total)),
                ("id", Arg::Str(report_id)),
            ],
        )
    });

    warnings.extend(
        layout
            .missing
            .iter()
            .map(|c| ReportWarning::missing_glyph(*c)),
    );
    let pages = layout.pages.len();
    let doc_title = format!("{title} · {}", input.organisation.name);
    let creator = format!("CoverReady {}", input.app_version);
    let pdf = pdf::build_pdf(
        font,
        layout.pages,
        &layout.bookmarks,
        &pdf::DocumentMeta {
            title: &doc_title,
            language: l10n.language(),
            report_id: &input.report_id,
            generated_at: &input.generated_at,
            creator: &creator,
            content_fingerprint: &json_sha256,
        },
    )?;
    let pdf_sha256 = sha256_hex(&pdf);
    Ok(RenderedReport {
        pdf,
        json,
        pdf_sha256,
        json_sha256,
        pages,
        warnings,
    })
}

/// The JSON twin's path for a PDF path: same folder, same stem, `.json`.
pub fn json_path_for(pdf_path: &Path) -> PathBuf {
    pdf_path.with_extension("json")
}

/// Renders and writes `FILE.pdf` and `FILE.json`. Each file is written to a temporary file in the
/// same folder, flushed to disk, then renamed into place, so a crash or a full disk never leaves
/// a half-written report behind. The JSON is renamed first: a PDF on disk always has its twin.
pub fn write_report(input: &ReportInput, pdf_path: &Path) -> Result<WrittenReport, ReportError> {
    let rendered = render(input)?;
    let json_path = json_path_for(pdf_path);
    let json_tmp = stage(&json_path, &rendered.json)?;
    let pdf_tmp = stage(pdf_path, &rendered.pdf)?;
    json_tmp
        .persist(&json_path)
        .map_err(|e| unwritable(&json_path, e.error))?;
    pdf_tmp
        .persist(pdf_path)
        .map_err(|e| unwritable(pdf_path, e.error))?;
    Ok(WrittenReport {
        pdf_path: pdf_path.to_owned(),
        json_path,
        pdf_sha256: rendered.pdf_sha256,
        json_sha256: rendered.json_sha256,
        pages: rendered.pages,
        warnings: rendered.warnings,
    })
}

fn unwritable(path: &Path, e: std::io::Error) -> ReportError {
    ReportError::Unwritable {
        path: path.to_owned(),
        detail: e.to_string(),
        cause: coverready_i18n::io_cause(&e),
    }
}

/// Writes `bytes` to a synced temporary file next to `path`.
fn stage(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, ReportError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".coverready-report-")
        .tempfile_in(dir)
        .map_err(|e| unwritable(path, e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| unwritable(path, e))?;
    Ok(tmp)
}
