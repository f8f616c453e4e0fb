//! Workshops on shared laptops: the answer code that carries an assessment home (no names),
//! the one-page takeaway that prints it, and "continue from a workshop", which turns a code back
//! into an organisation with its answers in one transaction.

use std::path::Path;

use coverready_checklist::{
    decode_answer_code, encode_answer_code, validate_answers, AnswerCode, AnswerCodeError,
    ContentPack,
};
use coverready_i18n::Arg;
use coverready_report::takeaway::{write_takeaway, TakeawayInput};
use coverready_report::Replace;
use coverready_store::AnswerWrite;

use crate::orgs::{organisation_from_row, validated_profile};
use crate::reports::{now_unix, rfc3339_utc};
pub use crate::workshop_settings::WorkshopSettings;
use crate::{Error, ErrorCode, Language, Organisation, Workspace};

/// A code that cannot be read, worded by `error-answer_code-<reason>`.
fn code_error(e: AnswerCodeError) -> Error {
    let reason = e.code().trim_start_matches("answer_code_");
    let mut error = Error::new(ErrorCode::InvalidArgument, e.to_string())
        .with("field", "code")
        .with("message_id", format!("error-answer_code-{reason}"));
    if let AnswerCodeError::Version { found, supported } = e {
        error = error.with("found", found).with("supported", supported);
    }
    error
}

/// What a takeaway page was written with.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TakeawayFile {
    pub path: String,
    pub pages: usize,
    pub answer_code: String,
}

impl Workspace {
    /// A workspace for a shared laptop: the store is an in-memory SQLite database, so nothing an
    /// attendee types reaches the disk, and a power cut or a killed process leaves nothing to
    /// clean up. `data_dir` is one no file can be created in: anything that would write there
    /// fails rather than leave a trace.
    pub fn open_workshop(settings: WorkshopSettings) -> Workspace {
        let mut ws =
            Workspace::with_store(no_files_dir(), coverready_store::Store::open_in_memory());
        ws.workshop = Some(settings);
        ws
    }

    /// Whether this is a workshop session.
    pub fn workshop(&self) -> Option<&WorkshopSettings> {
        self.workshop.as_ref()
    }

    /// Ends a workshop session: the in-memory store and everything in it are dropped and a
    /// fresh one takes its place. Answers what the window needs to start again.
    pub fn erase_workshop(&mut self) -> Result<crate::AppInfo, Error> {
        let Some(settings) = self.workshop.clone() else {
            return Err(
                Error::new(ErrorCode::InvalidArgument, "not a workshop session")
                    .with("field", "workshop"),
            );
        };
        *self = Workspace::open_workshop(settings);
        Ok(self.info())
    }

    /// The answer code of the organisation's current assessment: its profile and answers, never
    /// its name or notes.
    pub fn answer_code(&self, org_id: i64) -> Result<String, Error> {
        let org = self.org(org_id)?;
        let current = self.current_assessment(org_id)?;
        let code = AnswerCode {
            mode: current
                .as_ref()
                .map_or(coverready_checklist::Mode::Quick, |a| a.mode),
            profile: org.profile,
            answers: current
                .map(|a| {
                    a.answers
                        .into_iter()
                        .map(|s| (s.question, s.value))
                        .collect()
                })
                .unwrap_or_default(),
        };
        Ok(encode_answer_code(ContentPack::current(), &code))
    }

    /// Creates an organisation from a workshop's answer code: the profile and a first assessment
    /// with the answers, all in one transaction. `name` defaults to "Workshop check (date)".
    pub fn import_answer_code(
        &mut self,
        code: &str,
        name: Option<&str>,
        language: Language,
    ) -> Result<Organisation, Error> {
        let pack = ContentPack::current();
        let decoded = decode_answer_code(pack, code).map_err(code_error)?;
        // A code this build wrote is consistent; one edited to stay check-sum valid might not be.
        validate_answers(pack, &decoded.profile, &decoded.answers)
            .map_err(|_| code_error(AnswerCodeError::BadValue))?;
        let name = match name {
            Some(n) => crate::orgs::validate_name(n)?,
            None => {
                let date = coverready_time::utc_date(now_unix()).unwrap_or_default();
                language
                    .localizer()
                    .format("workshop-imported-name", &[("date", Arg::Str(&date))])
            }
        };
        let profile = validated_profile(&pack.profile, &decoded.profile)?;
        let answers: Vec<AnswerWrite<'_>> = decoded
            .answers
            .iter()
            .map(|(q, a)| AnswerWrite {
                question_id: q,
                value: a.as_str(),
                note: None,
                evidence: None,
            })
            .collect();
        let mode = match decoded.mode {
            coverready_checklist::Mode::Quick => "quick",
            coverready_checklist::Mode::Full => "full",
        };
        let row = self.store()?.insert_org_with_answers(
            &name,
            &profile,
            (&pack.id, &pack.version, mode),
            &answers,
        )?;
        Ok(organisation_from_row(row))
    }

    /// The takeaway's data for the organisation, stamped `generated_at` (Unix time).
    pub fn takeaway_input(
        &self,
        org_id: i64,
        language: Language,
        generated_at: i64,
    ) -> Result<TakeawayInput, Error> {
        let report = self.readiness(org_id)?;
        Ok(TakeawayInput {
            generated_at: rfc3339_utc(generated_at),
            language: language.tag().to_owned(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            covers: report.risk.coverages.iter().map(|c| c.id.clone()).collect(),
            readiness: report.readiness,
            answer_code: self.answer_code(org_id)?,
        })
    }

    /// Writes the one-page takeaway at `path` (chosen by the attendee; nothing else is written).
    pub fn write_takeaway(
        &self,
        org_id: i64,
        language: Language,
        path: &Path,
        replace: Replace,
    ) -> Result<TakeawayFile, Error> {
        let input = self.takeaway_input(org_id, language, now_unix())?;
        let pages = write_takeaway(&input, path, replace)?;
        Ok(TakeawayFile {
            path: path.display().to_string(),
            pages,
            answer_code: input.answer_code,
        })
    }
}

/// A folder path no file can be created under (a child of a device, not of a folder).
fn no_files_dir() -> &'static Path {
    if cfg!(windows) {
        Path::new(r"\\.\NUL\coverready-workshop")
    } else {
        Path::new("/dev/null/coverready-workshop")
    }
}
