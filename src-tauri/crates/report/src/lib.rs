//! CoverReady's readiness report: a PDF in 简体中文 or English (cover, summary, charts, must-haves,
//! answers by domain, action plan, loss scenarios and coverage, evidence and framework appendices,
//! glossary, disclaimer) and its JSON twin, whose SHA-256 the PDF prints.
//!
//! Offline and deterministic: the same [`ReportInput`] gives byte-identical files. All text comes
//! from `locales/*/report.ftl` and the checklist/profile locale files; the font is the embedded
//! Noto Sans CJK SC subset in `assets/fonts/`, subset again per document.

mod charts;
pub mod claim_pack;
mod error;
mod font;
pub mod glossary;
mod input;
mod json;
mod layout;
mod pdf;
mod sections;
pub mod takeaway;
mod warning;
mod wrap;

use std::path::{Path, PathBuf};

use coverready_checklist::ContentPack;
use coverready_files::{write_private_set, Planned};
use coverready_i18n::{Arg, Localizer, SUPPORTED_LANGUAGES};
use sha2::{Digest, Sha256};

pub use coverready_files::Replace;
pub use coverready_i18n::{format_money, money_text};
pub use error::ReportError;
pub use input::{
    AnsweredQuestion, CoverageRecommendation, FindingSummary, LossScenario, OrgSummary,
    RenderedReport, ReportInput, Verification, WrittenReport,
};
pub use json::REPORT_SCHEMA_ID;
pub use sections::format_timestamp;
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
    render_with_pack(input, ContentPack::current())
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

/// The JSON twin's path for a report path, one rule for `--out` and the app's "save a copy":
/// a name ending in `.pdf` (any case) has that ending replaced by `.json` (`a.b.pdf` →
/// `a.b.json`); any other name keeps all of it and gains `.json` (`a.b.final` →
/// `a.b.final.json`), so the owner's chosen name is never cut. A report named `*.json` is
/// refused by [`write_report`] (`twin_collision`): it would read as the twin of another report.
pub fn json_path_for(pdf_path: &Path) -> PathBuf {
    if has_extension(pdf_path, "pdf") {
        pdf_path.with_extension("json")
    } else {
        let mut name = pdf_path.as_os_str().to_owned();
        name.push(".json");
        PathBuf::from(name)
    }
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(ext))
}

/// Refuses a report path its twin would collide with (`x.json`), and one naming a folder
/// (`out/`, `..`): checked before anything is written. Answers the twin's path.
pub fn check_report_path(pdf_path: &Path) -> Result<PathBuf, ReportError> {
    // `out/` names a folder, even one that does not exist yet: never `out` plus `out/.json`.
    let text = pdf_path.as_os_str().to_string_lossy();
    let dot = text
        .strip_suffix('.')
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(std::path::is_separator));
    if text.ends_with(std::path::is_separator) || dot || pdf_path.file_name().is_none() {
        return Err(ReportError::Unwritable {
            path: pdf_path.to_owned(),
            detail: "the report path names a folder".to_owned(),
            cause: "is_a_directory",
        });
    }
    let json_path = json_path_for(pdf_path);
    if has_extension(pdf_path, "json") || json_path == pdf_path {
        return Err(ReportError::Unwritable {
            path: pdf_path.to_owned(),
            detail: "the report would collide with its JSON twin".to_owned(),
            cause: "twin_collision",
        });
    }
    Ok(json_path)
}

/// Renders and writes the PDF at `pdf_path` and its twin at [`json_path_for`]. Both targets are
/// checked before either is written: a folder, device, pipe or link is never replaced, and an
/// existing file only with [`Replace::Allowed`] (and only a regular file the owner may write).
/// Each file is written to a private temporary name in the same folder, flushed, then moved
/// into place, so a crash or a full disk never leaves a half-written report behind, and a
/// refusal leaves nothing at all. The JSON is placed first: a PDF on disk always has its twin.
pub fn write_report(
    input: &ReportInput,
    pdf_path: &Path,
    replace: Replace,
) -> Result<WrittenReport, ReportError> {
    write_report_with(input, pdf_path, replace, replace)
}

/// [`write_report`] with a separate rule for the twin: a save dialog asked the owner about the
/// PDF only, so its twin may not silently replace a file.
pub fn write_report_with(
    input: &ReportInput,
    pdf_path: &Path,
    replace_pdf: Replace,
    replace_json: Replace,
) -> Result<WrittenReport, ReportError> {
    write_rendered(pdf_path, replace_pdf, replace_json, || render(input))
}

/// The one way a PDF and its twin are written (the readiness report, the claim pack): both
/// targets checked before anything is rendered, then both files written by [`write_set`].
pub(crate) fn write_rendered(
    pdf_path: &Path,
    replace_pdf: Replace,
    replace_json: Replace,
    render: impl FnOnce() -> Result<RenderedReport, ReportError>,
) -> Result<WrittenReport, ReportError> {
    let json_path = check_report_path(pdf_path)?;
    // Refuse a bad target before spending time on rendering.
    for (path, replace) in [(json_path.as_path(), replace_json), (pdf_path, replace_pdf)] {
        coverready_files::check_target(path, replace).map_err(|e| unwritable(path, e))?;
    }
    let rendered = render()?;
    write_set(
        &rendered.pdf,
        &rendered.json,
        pdf_path,
        &json_path,
        replace_pdf,
        replace_json,
    )?;
    Ok(WrittenReport {
        pdf_path: pdf_path.to_owned(),
        json_path,
        pdf_sha256: rendered.pdf_sha256,
        json_sha256: rendered.json_sha256,
        pages: rendered.pages,
        warnings: rendered.warnings,
    })
}

/// Writes a report already rendered (a copy of one of the app's reports) as [`write_report`]
/// does; answers the twin's path.
pub fn write_report_files(
    pdf: &[u8],
    json: &[u8],
    pdf_path: &Path,
    replace_pdf: Replace,
    replace_json: Replace,
) -> Result<PathBuf, ReportError> {
    let json_path = check_report_path(pdf_path)?;
    write_set(pdf, json, pdf_path, &json_path, replace_pdf, replace_json)?;
    Ok(json_path)
}

fn write_set(
    pdf: &[u8],
    json: &[u8],
    pdf_path: &Path,
    json_path: &Path,
    replace_pdf: Replace,
    replace_json: Replace,
) -> Result<(), ReportError> {
    let files = [
        Planned {
            path: json_path,
            bytes: json,
            replace: replace_json,
        },
        Planned {
            path: pdf_path,
            bytes: pdf,
            replace: replace_pdf,
        },
    ];
    write_private_set(&files).map_err(|(i, e)| unwritable(files[i].path, e))
}

pub(crate) fn unwritable(path: &Path, e: std::io::Error) -> ReportError {
    ReportError::Unwritable {
        path: path.to_owned(),
        detail: e.to_string(),
        cause: coverready_i18n::io_cause(&e),
    }
}
