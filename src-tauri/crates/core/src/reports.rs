//! Builds the readiness report of an organisation from what is stored: its profile, the current
//! assessment with each answer's verification, the newest scans. Writing the PDF and its JSON
//! twin is the report crate's job; this module decides what goes in and where it is kept.

use std::path::{Path, PathBuf};

use coverready_report::{
    AnsweredQuestion, FindingSummary, OrgSummary, Replace, ReportError, ReportInput, WrittenReport,
};
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, ErrorCode, Language, Verification, Workspace};

/// A report written to disk, as the UI and the CLI show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ReportFiles {
    pub report_id: String,
    pub pdf_path: String,
    pub json_path: String,
    pub pdf_sha256: String,
    pub json_sha256: String,
    pub pages: usize,
    /// What the report could not render perfectly, such as characters the font lacks (□).
    pub warnings: Vec<coverready_report::ReportWarning>,
}

/// Causes of a report path refused by its checks, before any file was written.
const REFUSALS: &[&str] = &[
    "already_exists",
    "is_a_directory",
    "not_a_regular_file",
    "symlink",
    "not_owned",
    "read_only",
    "twin_collision",
];

impl From<ReportError> for Error {
    fn from(e: ReportError) -> Error {
        let message = e.to_string();
        match e.path() {
            Some(path) => {
                let error = Error::new(ErrorCode::ReportUnwritable, message)
                    .with("path", path.display())
                    .with("detail", e.detail())
                    .with("cause", e.cause());
                // Refused before anything was written (a file, folder, pipe or link already
                // there, a name like a twin): say nothing was touched, not "free some space".
                if REFUSALS.contains(&e.cause()) {
                    error.with("message_id", "error-report_unwritable-refused")
                } else {
                    error
                }
            }
            None => Error::new(ErrorCode::Internal, message).with("detail", e.detail()),
        }
    }
}

fn report_verification(v: Verification) -> coverready_report::Verification {
    match v {
        Verification::SelfAttested => coverready_report::Verification::SelfAttested,
        Verification::VerifiedByScan => coverready_report::Verification::VerifiedByScan,
        Verification::PartlyVerifiedByScan => coverready_report::Verification::PartlyVerifiedByScan,
        Verification::Contradicted => coverready_report::Verification::Contradicted,
        Verification::ContradictedOwnerKept => {
            coverready_report::Verification::ContradictedOwnerKept
        }
    }
}

/// `2026-11-28T09:30:00Z` for a Unix time (the protocol's timestamp format, the same helper as
/// the submission crate's). A clock before 1970 stamps 1970; one past 9999 stamps nothing rather
/// than stopping the report.
pub fn rfc3339_utc(unix_seconds: i64) -> String {
    coverready_time::rfc3339_utc(unix_seconds.max(0)).unwrap_or_default()
}

pub fn now_unix() -> i64 {
    // Before 1970 reads as 1970, as it always has here.
    coverready_time::now_unix().max(0)
}

impl Workspace {
    /// The data for a report of `org_id` in `language`, stamped with `generated_at` (Unix time;
    /// fixed in tests so the PDF is byte-identical).
    pub fn report_input(
        &self,
        org_id: i64,
        language: Language,
        generated_at: i64,
    ) -> Result<ReportInput, Error> {
        let org = self.org(org_id)?;
        let readiness = self.readiness(org_id)?;
        let current = self.current_assessment(org_id)?;
        let content_version = current.as_ref().and_then(|a| a.content_version.clone());
        let l10n = language.localizer();
        let answers = current
            .map(|a| {
                a.answers
                    .into_iter()
                    .map(|s| AnsweredQuestion {
                        verification: report_verification(
                            readiness
                                .verification
                                .get(&s.question)
                                .copied()
                                .unwrap_or(Verification::SelfAttested),
                        ),
                        question: s.question,
                        value: Some(s.value),
                        note: s.note,
                        answered_at: Some(s.answered_at),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut findings = Vec::new();
        if let Some(scan) = self.latest_local_scan(org_id)? {
            for f in scan.findings {
                // A failed finding says what was found, not what was checked for.
                let failed = f.verdict == coverready_scan::Verdict::Fail;
                let precise = f
                    .reason_key()
                    .filter(|k| failed && l10n.has(k))
                    .map(|k| l10n.text(k));
                let title = precise.unwrap_or_else(|| {
                    coverready_scan::probes()
                        .iter()
                        .find(|p| p.id == f.probe)
                        .map(|p| {
                            l10n.text(&if failed {
                                p.failed_title_key()
                            } else {
                                p.title_key.clone()
                            })
                        })
                        .unwrap_or_else(|| f.probe.clone())
                });
                let reason = match f.verdict {
                    coverready_scan::Verdict::Unknown { reason } => {
                        Some(l10n.text(&format!("scan-reason-{}", reason.as_str())))
                    }
                    _ => None,
                };
                findings.push(FindingSummary {
                    questions: coverready_scan::evidence::questions_for(&f.probe),
                    caveats: stale_caveats(&f.evidence, &l10n),
                    evidence: f
                        .evidence
                        .first()
                        .map(|e| e.excerpt.chars().take(300).collect())
                        .unwrap_or_default(),
                    verdict: f.verdict.as_str().to_owned(),
                    probe: f.probe,
                    title,
                    reason,
                });
            }
        }
        if let Some(domain) = self.latest_domain_check(org_id)? {
            for f in domain.findings {
                let verdict = match f.verdict {
                    coverready_domain::Verdict::Pass => "pass",
                    coverready_domain::Verdict::Fail | coverready_domain::Verdict::Warn => "fail",
                    coverready_domain::Verdict::Unknown { .. } => "unknown",
                };
                let probe = format!("domain.{}", f.check.as_str());
                findings.push(FindingSummary {
                    questions: coverready_scan::evidence::questions_for(&probe),
                    probe,
                    title: format!(
                        "{} · {}",
                        domain.domain.unicode,
                        l10n.text(&f.check.title_key())
                    ),
                    verdict: verdict.to_owned(),
                    reason: None,
                    evidence: f.evidence.chars().take(300).collect(),
                    caveats: Vec::new(),
                });
            }
        }
        let stamp = rfc3339_utc(generated_at);
        let (loss_scenarios, coverages) = crate::risk::for_report(&readiness.risk, &l10n);
        Ok(ReportInput {
            report_id: format!(
                "CR-{}-{org_id:04}-{}",
                &stamp[..10].replace('-', ""),
                &stamp[11..19].replace(':', "")
            ),
            generated_at: stamp,
            language: language.tag().to_owned(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            organisation: OrgSummary {
                name: org.name,
                profile: org.profile,
            },
            pack_id: readiness.readiness.pack_id.clone(),
            pack_version: readiness.readiness.pack_version.clone(),
            content_version,
            readiness: readiness.readiness,
            answers,
            findings,
            loss_scenarios,
            coverages,
        })
    }

    /// Where reports are kept when no other place is chosen: `<data dir>/reports/`.
    pub fn reports_dir(&self) -> PathBuf {
        self.data_dir().join("reports")
    }

    /// Writes `FILE.pdf` and `FILE.json` for the organisation (to `out`, or to the reports folder
    /// named by the report id). Nothing is left half-written. A file already at `out` or at its
    /// twin is refused (see [`Workspace::write_report_to`]).
    pub fn write_report(
        &self,
        org_id: i64,
        language: Language,
        out: Option<&Path>,
    ) -> Result<ReportFiles, Error> {
        match out {
            Some(path) => self.write_report_to(org_id, language, path, Replace::Never),
            None => {
                let input = self.report_input(org_id, language, now_unix())?;
                let dir = self.reports_dir();
                coverready_files::private_dir(&dir).map_err(|e| {
                    Error::new(ErrorCode::ReportUnwritable, e.to_string())
                        .with("path", dir.display())
                        .with_io(&e)
                })?;
                // The app's own folder and names: a report written again within the same second
                // replaces the app's own file.
                let path = dir.join(format!("{}.pdf", input.report_id));
                write_input(input, &path, Replace::Allowed)
            }
        }
    }

    /// Writes the report at `path` chosen by the owner and its twin
    /// ([`coverready_report::json_path_for`]). Both are checked before either is written: a
    /// folder, device, pipe or link is refused, a name ending in `.json` too (it would be taken
    /// for a twin), and a file already there unless `replace` allows it (`--force`; even then
    /// only a regular file the owner may write). A refusal leaves nothing behind.
    pub fn write_report_to(
        &self,
        org_id: i64,
        language: Language,
        path: &Path,
        replace: Replace,
    ) -> Result<ReportFiles, Error> {
        coverready_report::check_report_path(path)?;
        let input = self.report_input(org_id, language, now_unix())?;
        write_input(input, path, replace)
    }
}

fn write_input(input: ReportInput, path: &Path, replace: Replace) -> Result<ReportFiles, Error> {
    let written: WrittenReport = coverready_report::write_report(&input, path, replace)?;
    Ok(ReportFiles {
        report_id: input.report_id,
        pdf_path: written.pdf_path.display().to_string(),
        json_path: written.json_path.display().to_string(),
        pdf_sha256: written.pdf_sha256,
        json_sha256: written.json_sha256,
        pages: written.pages,
        warnings: written.warnings,
    })
}

impl Workspace {
    /// A report file this app wrote (inside the reports folder), or an error: the UI may only
    /// open or copy the app's own reports, never an arbitrary path it was handed.
    pub fn own_report(&self, path: &str) -> Result<PathBuf, Error> {
        let refused = || {
            Error::new(ErrorCode::InvalidArgument, "not a report of this app").with("field", "path")
        };
        let dir = self.reports_dir().canonicalize().map_err(|_| refused())?;
        let file = Path::new(path).canonicalize().map_err(|_| refused())?;
        if file.starts_with(&dir) && file.extension().is_some_and(|e| e == "pdf") {
            Ok(file)
        } else {
            Err(refused())
        }
    }

    /// The file name a copy of one of the app's reports is offered under in the save dialog.
    pub fn report_file_name(&self, path: &str) -> Result<String, Error> {
        Ok(file_name_of(&self.own_report(path)?))
    }

    /// Copies one of the app's reports (PDF and JSON twin) to `target` chosen by the owner in a
    /// save dialog: the PDF goes to exactly that path (the owner's name is kept, whatever its
    /// ending), the twin beside it by the report crate's rule
    /// ([`coverready_report::json_path_for`]: `.pdf` becomes `.json`, any other name gains
    /// `.json`). The dialog asked about replacing the PDF only, so an existing twin is refused
    /// (naming it) rather than replaced unasked. Both are checked before either is written.
    pub fn copy_report(&self, path: &str, target: &Path) -> Result<PathBuf, Error> {
        let source = self.own_report(path)?;
        copy_pdf_and_twin(&source, target)
    }
}

/// Copies a PDF the app wrote and its JSON twin to `target` (the PDF replacing what the owner
/// agreed to replace in the save dialog, an existing twin refused). Both are read first.
pub(crate) fn copy_pdf_and_twin(source: &Path, target: &Path) -> Result<PathBuf, Error> {
    let read = |from: &Path| {
        std::fs::read(from).map_err(|e| {
            Error::new(ErrorCode::ReportUnwritable, e.to_string())
                .with("path", from.display())
                .with_io(&e)
        })
    };
    let pdf = read(source)?;
    let json = read(&coverready_report::json_path_for(source))?;
    coverready_report::write_report_files(&pdf, &json, target, Replace::Allowed, Replace::Never)?;
    Ok(target.to_path_buf())
}

/// The last part of a path, as the save dialog offers it.
pub(crate) fn file_name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What a finding's evidence says about content past its review date, in words (the report's
/// caveat lines; the window words the same facts itself).
fn stale_caveats(
    evidence: &[coverready_scan::Evidence],
    l10n: &coverready_i18n::Localizer,
) -> Vec<String> {
    use coverready_i18n::Arg;
    evidence
        .iter()
        .filter_map(|e| {
            let dataset = e.facts.get(coverready_scan::STALE_DATASET_FACT)?.as_str()?;
            let date = e.facts.get("review_by")?.as_str()?;
            let days = e.facts.get("days_overdue")?.as_i64()?;
            let name = l10n.text(&format!("content-dataset-{dataset}"));
            Some(l10n.format(
                "content-stale-evidence",
                &[
                    ("dataset", Arg::from(&name)),
                    ("days", days.into()),
                    ("date", Arg::Str(date)),
                ],
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::rfc3339_utc;

    #[test]
    fn civil_dates() {
        assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_utc(1_795_858_245), "2026-11-28T09:30:45Z");
        assert_eq!(rfc3339_utc(1_709_208_000), "2024-02-29T12:00:00Z");
        assert_eq!(rfc3339_utc(2_147_483_648), "2038-01-19T03:14:08Z");
        assert_eq!(rfc3339_utc(-86_400), "1970-01-01T00:00:00Z");
        // No panic for a clock far out of range.
        assert_eq!(rfc3339_utc(i64::MAX), "");
    }
}
