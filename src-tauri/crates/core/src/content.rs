//! Content packs in the workspace: which content is in use and how current each dataset is,
//! installing an update from a file or from the platform (only when the owner asks, or has
//! opted into a weekly check), and the app's own validation of a pack's content.

use std::borrow::BorrowMut;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use coverready_checklist::ContentPack;
use coverready_content::{ContentError, ContentSet, Origin, PassedOver, Trust};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, ErrorCode};
use crate::jobs::{self, CancelToken, JobKind};
use crate::submissions::{PlatformOptions, Shared};
use crate::workspace::Workspace;

const WEEKLY_CHECK_SETTING: &str = "content_weekly_check";
const LAST_CHECK_SETTING: &str = "content_last_check";
const SOURCE_URL_SETTING: &str = "content_source_url";
const WEEK: i64 = 7 * coverready_time::DAY;
/// A download that receives nothing for this long is given up (a stalled server).
pub const DOWNLOAD_STALL: Duration = Duration::from_secs(20);

/// One dataset of the content in use.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ContentDataset {
    /// Worded as `content-dataset-<id>`.
    pub id: String,
    /// `YYYY-MM-DD`.
    pub review_by: String,
    /// Days past the review-by date; `None` while it is not due.
    pub days_overdue: Option<u32>,
}

/// A locale file of an installed pack, which replaces the built-in texts it shares ids with.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ContentText {
    pub language: crate::Language,
    pub text: String,
}

/// The content in use, for `content show` and Settings → Content.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ContentStatus {
    pub id: String,
    pub version: String,
    /// `built_in`, `installed` or `previous`: worded as `content-origin-<origin>`.
    pub origin: String,
    pub created: String,
    pub expires: Option<String>,
    pub datasets: Vec<ContentDataset>,
    /// Installed packs that could not be used at start, and why (they stay on disk).
    pub passed_over: Vec<Error>,
    /// The owner opted into a weekly check of the platform.
    pub weekly_check: bool,
    /// When the platform was last asked (RFC 3339).
    pub last_check: Option<String>,
    /// Where updates come from (the platform address last used).
    pub source_url: Option<String>,
    /// A weekly check is due (opted in, a source set, a week since the last).
    pub check_due: bool,
    /// The installed pack's texts (empty for the built-in content, whose texts the window has).
    pub texts: Vec<ContentText>,
}

/// What an update did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ContentUpdate {
    /// A newer pack was installed; `false` when the platform had nothing newer.
    pub installed: bool,
    pub status: ContentStatus,
}

impl From<ContentError> for Error {
    fn from(e: ContentError) -> Error {
        let mut error = Error::new(ErrorCode::ContentRefused, e.to_string())
            .with("reason", e.code())
            .with("message_id", format!("content-error-{}", e.code()));
        error = match e {
            ContentError::NotAPack { detail } | ContentError::BadManifest { detail } => {
                error.with("detail", detail)
            }
            ContentError::Truncated | ContentError::UntrustedKey => error,
            ContentError::TooLarge { limit } => error.with("limit", limit),
            ContentError::Tampered { what } => error.with("what", what),
            ContentError::Expired { expires } => error.with("expires", expires),
            ContentError::NotNewer { offered, installed } => {
                error.with("offered", offered).with("installed", installed)
            }
            ContentError::NewerApp { needs } => error.with("needs", needs),
            ContentError::Invalid { file, detail } => {
                error.with("file", file).with("detail", detail)
            }
            ContentError::Io { path, detail } => error.with("path", path).with("detail", detail),
        };
        error
    }
}

/// The app's own checks of a pack's content: every dataset parses and passes its crate's
/// checks, both languages define the same messages, and every question and check is worded
/// in both.
pub fn validate(set: &ContentSet) -> Result<(), ContentError> {
    let questions = ContentPack::of_set(set)?;
    let probes = coverready_scan::check_content(set)?;
    coverready_risk::RiskModel::of_set(set)?;
    coverready_incident::playbook::check_set(set)?;
    let invalid = |file: &str, detail: String| ContentError::Invalid {
        file: file.to_owned(),
        detail,
    };
    let mut languages = Vec::new();
    for language in coverready_i18n::SUPPORTED_LANGUAGES {
        let ids = coverready_i18n::message_ids(&set.locale_texts(language))
            .map_err(|e| invalid(&format!("locales/{language}"), e))?;
        languages.push((*language, ids));
    }
    let (first, first_ids) = &languages[0];
    for (language, ids) in &languages[1..] {
        if let Some(id) = first_ids.symmetric_difference(ids).next() {
            return Err(invalid(
                &format!("locales/{first}, locales/{language}"),
                format!("{id} is not in both languages"),
            ));
        }
    }
    let needed = questions
        .questions
        .iter()
        .map(|q| q.message_id())
        .chain(probes.iter().flat_map(|p| {
            [
                p.title_key.clone(),
                p.failed_title_key(),
                p.rationale_key.clone(),
                p.remediation_key.clone(),
            ]
        }));
    for id in needed {
        if !first_ids.contains(&id) && !builtin_has(&id) {
            return Err(invalid(
                &format!("locales/{first}"),
                format!("no text for {id}"),
            ));
        }
    }
    Ok(())
}

/// A message the app's own locale files have in every language (a pack need not repeat it).
fn builtin_has(id: &str) -> bool {
    static IDS: std::sync::OnceLock<std::collections::BTreeSet<String>> =
        std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let ids_of = |language: &str| {
            let texts: Vec<&str> = coverready_i18n::sources(language).map(|(_, t)| t).collect();
            coverready_i18n::message_ids(&texts).unwrap_or_default()
        };
        let mut languages = coverready_i18n::SUPPORTED_LANGUAGES
            .iter()
            .map(|l| ids_of(l));
        let first = languages.next().unwrap_or_default();
        languages.fold(first, |all, ids| all.intersection(&ids).cloned().collect())
    })
    .contains(id)
}

fn passed_over_error(p: &PassedOver) -> Error {
    Error::from(p.error.clone()).with("origin", origin_name(p.origin))
}

fn origin_name(origin: Origin) -> &'static str {
    match origin {
        Origin::BuiltIn => "built_in",
        Origin::Installed => "installed",
        Origin::Previous => "previous",
        Origin::Offered => "offered",
    }
}

/// Where the owner's content updates are kept.
fn installed_dir_usable(ws: &Workspace) -> Result<(), Error> {
    if ws.workshop.is_some() {
        // A shared laptop keeps nothing: content is updated by whoever looks after it.
        return Err(Error::new(
            ErrorCode::ContentRefused,
            "no content updates in workshop mode",
        )
        .with("reason", "workshop")
        .with("message_id", "content-error-workshop"));
    }
    Ok(())
}

impl Workspace {
    /// Loads the installed content (or falls back to the one before it, or to the built-in
    /// content) and makes it the content every crate judges by. Called when the workspace opens.
    pub(crate) fn load_content(&mut self) {
        let loaded = coverready_content::load(self.data_dir(), &Trust::pinned(), &validate);
        self.content_passed_over = loaded.passed_over;
        let in_use = coverready_content::active();
        if loaded.set.origin != in_use.origin || loaded.set.version() != in_use.version() {
            coverready_content::activate(if loaded.set.origin == Origin::BuiltIn {
                coverready_content::builtin()
            } else {
                Arc::new(loaded.set)
            });
        }
    }

    fn content_setting(&self, key: &str) -> Option<String> {
        self.store_ref()
            .ok()
            .and_then(|s| s.setting(key).ok().flatten())
    }

    pub fn content_status(&self) -> ContentStatus {
        let set = coverready_content::active();
        let now = coverready_time::clock_now();
        let weekly_check = self.content_setting(WEEKLY_CHECK_SETTING).as_deref() == Some("1");
        let last_check = self
            .content_setting(LAST_CHECK_SETTING)
            .and_then(|v| v.parse::<i64>().ok());
        let source_url = self.content_setting(SOURCE_URL_SETTING);
        let texts = if set.origin == Origin::BuiltIn {
            Vec::new()
        } else {
            crate::Language::ALL
                .iter()
                .flat_map(|language| {
                    set.locale_texts(language.tag())
                        .into_iter()
                        .map(|text| ContentText {
                            language: *language,
                            text: text.to_owned(),
                        })
                })
                .collect()
        };
        ContentStatus {
            id: set.manifest.id.clone(),
            version: set.manifest.version.clone(),
            origin: origin_name(set.origin).to_owned(),
            created: set.manifest.created.clone(),
            expires: set.manifest.expires.clone(),
            datasets: coverready_content::datasets_at(&set, now)
                .into_iter()
                .map(|d| ContentDataset {
                    id: d.id,
                    review_by: d.review_by,
                    days_overdue: d.days_overdue.map(|days| days.clamp(0, 100_000) as u32),
                })
                .collect(),
            passed_over: self
                .content_passed_over
                .iter()
                .map(passed_over_error)
                .collect(),
            weekly_check,
            last_check: last_check.and_then(|at| coverready_time::rfc3339_utc(at).ok()),
            check_due: weekly_check
                && source_url.is_some()
                && last_check.is_none_or(|at| now - at >= WEEK),
            source_url,
            texts,
        }
    }

    /// Installs the pack in `path` (chosen by the owner): every check first; nothing changes
    /// when one fails.
    pub fn install_content_file(&mut self, path: &Path) -> Result<ContentUpdate, Error> {
        installed_dir_usable(self)?;
        let bytes =
            coverready_files::read_regular_no_follow(path, coverready_content::MAX_PACK_BYTES)
                .map_err(|e| {
                    Error::from(ContentError::Io {
                        path: path.display().to_string(),
                        detail: e.to_string(),
                    })
                    .with("cause", coverready_i18n::io_cause(&e))
                })?;
        self.install_content_bytes(&bytes)
    }

    fn install_content_bytes(&mut self, bytes: &[u8]) -> Result<ContentUpdate, Error> {
        let set = coverready_content::install(
            self.data_dir(),
            bytes,
            &Trust::pinned(),
            &coverready_content::active(),
            coverready_time::clock_now(),
            &validate,
        )?;
        coverready_content::activate(Arc::new(set));
        self.content_passed_over.clear();
        Ok(ContentUpdate {
            installed: true,
            status: self.content_status(),
        })
    }

    /// The weekly check on or off, and where updates come from.
    pub fn set_content_settings(
        &mut self,
        weekly_check: bool,
        source_url: Option<&str>,
    ) -> Result<ContentStatus, Error> {
        let url = source_url
            .map(|u| u.trim())
            .filter(|u| !u.is_empty())
            .map(coverready_submission::normalise_destination)
            .transpose()?;
        self.store()?.set_settings(&[
            (WEEKLY_CHECK_SETTING, if weekly_check { "1" } else { "0" }),
            (SOURCE_URL_SETTING, url.as_deref().unwrap_or("")),
        ])?;
        Ok(self.content_status())
    }
}

/// The address to fetch: a pack's own URL as given, or the platform's latest pack.
fn pack_url(source: &str) -> Result<String, Error> {
    let base = coverready_submission::normalise_destination(source)?;
    Ok(
        if base.ends_with(&format!(".{}", coverready_content::PACK_EXTENSION)) {
            base
        } else {
            format!(
                "{base}{}",
                coverready_submission::protocol::CONTENT_LATEST_PATH
            )
        },
    )
}

/// Asks the platform (`from`, or the address in the settings) for its newest pack and
/// installs it when it is newer than the content in use. The download runs outside the lock.
pub fn update_from_platform<W: BorrowMut<Workspace>>(
    workspace: &Shared<W>,
    from: Option<&str>,
    options: &PlatformOptions,
    cancel: &CancelToken,
) -> Result<ContentUpdate, Error> {
    let source = {
        let guard = crate::workspace::lock(workspace)?;
        let ws: &Workspace = (*guard).borrow();
        installed_dir_usable(ws)?;
        match from
            .map(str::to_owned)
            .or_else(|| ws.content_setting(SOURCE_URL_SETTING))
        {
            Some(s) if !s.trim().is_empty() => s,
            _ => {
                return Err(Error::new(ErrorCode::ContentRefused, "no platform address")
                    .with("reason", "no_platform")
                    .with("message_id", "content-error-no-platform"))
            }
        }
    };
    let url = pack_url(&source)?;
    let client = crate::submissions::client(options)?;
    let bytes = crate::submissions::runtime()?.block_on(async {
        tokio::select! {
            got = client.download(&url, coverready_content::MAX_PACK_BYTES, DOWNLOAD_STALL) => {
                got.map_err(|e| download_error(e, &url))
            }
            () = cancel.cancelled() => Err(jobs::cancelled(JobKind::Download)),
        }
    })?;
    let mut guard = crate::workspace::lock(workspace)?;
    let ws: &mut Workspace = (*guard).borrow_mut();
    let now = coverready_time::clock_now().to_string();
    let normalised = coverready_submission::normalise_destination(&source)?;
    ws.store()?.set_settings(&[
        (LAST_CHECK_SETTING, &now),
        (SOURCE_URL_SETTING, &normalised),
    ])?;
    match ws.install_content_bytes(&bytes) {
        // Asking the platform and finding nothing newer is the usual answer, not a failure.
        Err(e) if e.details.get("reason").map(String::as_str) == Some("not_newer") => {
            Ok(ContentUpdate {
                installed: false,
                status: ws.content_status(),
            })
        }
        other => other,
    }
}

/// A download that failed: a stalled server said so, anything else as "could not get it".
fn download_error(e: coverready_submission::SubmissionError, url: &str) -> Error {
    let id = match e {
        coverready_submission::SubmissionError::Stalled { .. } => "content-error-stalled",
        coverready_submission::SubmissionError::PackageTooLarge { .. } => "content-error-too_large",
        _ => "content-error-download",
    };
    Error::from(e).with("message_id", id).with("url", url)
}
