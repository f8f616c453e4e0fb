//! The commands that need a window or a channel in the shell, answered over the same core calls,
//! and the damaged stores tests ask for.

use std::path::Path;

use coverready_core::submissions as flow;
use coverready_core::{Error, ErrorCode, JobKind, Language, PlatformOptions, Settings};
use coverready_domain::DomainReport;
use coverready_scan::ScanReport;
use serde_json::{json, Value};

use crate::lists::{ADAPTED, COPIED, LEFT};
use crate::platform::{Fault, Platform};
use crate::{arg, to_json, AppState};

/// The fictional scan of this computer and domain check the UI's tests use, in the engine's own
/// shapes (no real computer or domain is looked at).
const SCAN_FIXTURE: &str = include_str!("../../../../ui/src/replay/scan-findings.json");

#[derive(serde::Deserialize)]
struct Fixture {
    local: ScanReport,
    domain: DomainReport,
}

fn fixture() -> Result<Fixture, Error> {
    serde_json::from_str(SCAN_FIXTURE)
        .map_err(|e| Error::new(ErrorCode::Internal, format!("scan fixture: {e}")))
}

pub fn dispatch(state: &AppState, cmd: &str, args: &Value) -> Option<Result<Value, Error>> {
    let answer = || -> Result<Value, Error> {
        match cmd {
            "set_language" => to_json(
                state
                    .workspace()?
                    .set_language(arg::<Language>(args, "language")?)?,
            ),
            "update_settings" => to_json(
                state
                    .workspace()?
                    .update_settings(&arg::<Settings>(args, "settings")?)?,
            ),
            "run_scan" => {
                // Recording checks the organisation, as after a real scan.
                let org_id: i64 = arg(args, "orgId")?;
                let mut report = fixture()?.local;
                // A real scan names the questions each probe speaks to from the catalogue.
                let probes = coverready_scan::probes();
                for finding in &mut report.findings {
                    if let Some(probe) = probes.iter().find(|p| p.id == finding.probe) {
                        finding.questions = probe.questions.clone();
                    }
                }
                to_json(state.workspace()?.record_local_scan(org_id, report)?)
            }
            "domain_check" => {
                let org_id: i64 = arg(args, "orgId")?;
                let typed: String = arg(args, "domain")?;
                // The organisation first, as the real check does before looking anything up.
                state.workspace()?.org(org_id)?;
                // The owner's input is checked as the real check does; the findings are the fixture's.
                let domain = coverready_domain::validate_domain(&typed).map_err(Error::from)?;
                let mut report = fixture()?.domain;
                report.domain = domain;
                to_json(state.workspace()?.record_domain_check(org_id, report)?)
            }
            // The shell's upload commands, sending to the session's own platform (trusting its
            // test CA) instead of one on the internet.
            "prepare_submission" | "prepare_claim_submission" => {
                let subject = if cmd == "prepare_submission" {
                    flow::Subject::Readiness {
                        org_id: arg(args, "orgId")?,
                    }
                } else {
                    flow::Subject::ClaimPack {
                        incident_id: arg(args, "incidentId")?,
                    }
                };
                let job = state.jobs.start(JobKind::Upload);
                to_json(flow::prepare(
                    state.shared_workspace(),
                    subject,
                    &arg::<String>(args, "destination")?,
                    &arg::<Vec<String>>(args, "share")?,
                    state.language(),
                    &platform_options(state),
                    job.token(),
                )?)
            }
            "confirm_submission" => {
                // As the shell: the question about the package Rust holds, then the owner's
                // answer in the native dialog (`dialog`, the test back end's), then sending;
                // `stopped` is the owner pressing Stop while the package is on its way.
                let token: String = arg(args, "token")?;
                flow::question(state.shared_workspace(), &token, state.language())?;
                if !arg::<bool>(args, "dialog")? {
                    return to_json(None::<()>);
                }
                let job = state.jobs.start(JobKind::Upload);
                if arg::<Option<bool>>(args, "stopped")?.unwrap_or(false) {
                    job.token().cancel();
                }
                let options = platform_options(state);
                to_json(
                    flow::confirm(state.shared_workspace(), &token, &options, job.token())
                        .map(Some)?,
                )
            }
            "flush_submissions" => {
                let job = state.jobs.start(JobKind::Upload);
                to_json(flow::send_queued(
                    state.shared_workspace(),
                    &platform_options(state),
                    job.token(),
                )?)
            }
            "withdraw_submission" => to_json(flow::withdraw(
                state.shared_workspace(),
                arg(args, "id")?,
                &platform_options(state),
            )?),
            "update_content_from_platform" => {
                let job = state.jobs.start(JobKind::Download);
                to_json(coverready_core::content::update_from_platform(
                    state.shared_workspace(),
                    arg::<Option<String>>(args, "sourceUrl")?.as_deref(),
                    &platform_options(state),
                    job.token(),
                )?)
            }
            "finish_workshop" => to_json(state.workspace()?.erase_workshop()?),
            _ => unreachable!("only adapted commands get here"),
        }
    };
    ADAPTED.contains(&cmd).then(answer)
}

fn platform_options(state: &AppState) -> PlatformOptions {
    state
        .platform()
        .as_ref()
        .map(Platform::options)
        .unwrap_or_default()
}

/// A test's setup of its session, beside the commands: the platform uploads go to, and the
/// owner unblocking a data folder.
pub fn test_setup(state: &AppState, cmd: &str, args: &Value) -> Option<Result<Value, Error>> {
    Some(match cmd {
        "__platform" => start_platform(state, args),
        // The platform goes away (the network is down, or its machine is).
        "__platform_stop" => {
            if let Some(platform) = state.platform().take() {
                platform.stop();
            }
            Ok(Value::Null)
        }
        "__restart_app" => restart_app(state),
        "__workshop" => start_workshop(state, args),
        "__answer_code" => crate::arg::<i64>(args, "orgId")
            .and_then(|org| state.workspace()?.answer_code(org))
            .and_then(to_json),
        // The owner fixes a blocked data folder (see `damage_store`), then presses Retry.
        "__unblock_data_dir" => state
            .workspace()
            .and_then(|w| unblock(w.data_dir()))
            .map(|()| Value::Null),
        _ => return None,
    })
}

/// Starts the session's platform (once), with answers it gives the next uploads instead of
/// handling them; returns the address the owner types.
fn start_platform(state: &AppState, args: &Value) -> Result<Value, Error> {
    let faults: Vec<Fault> = arg::<Option<Vec<Fault>>>(args, "faults")?.unwrap_or_default();
    let plain = arg::<Option<bool>>(args, "plain")?.unwrap_or(false);
    let content_version = arg::<Option<String>>(args, "contentVersion")?;
    let mut platform = state.platform();
    if platform.is_none() {
        *platform = Some(Platform::start(&faults, plain, content_version.as_deref())?);
    }
    to_json(platform.as_ref().map(Platform::url))
}

/// The app as started with `--workshop` (settings as a facilitator's `workshop.json` gives
/// them): an in-memory store in place of the session's data folder.
fn start_workshop(state: &AppState, args: &Value) -> Result<Value, Error> {
    let settings: Option<coverready_core::workshop::WorkshopSettings> =
        crate::arg(args, "settings")?;
    let settings = settings.unwrap_or_default();
    let language = settings.language;
    let mut workspace = state.workspace()?;
    *workspace = coverready_core::Workspace::open_workshop(settings);
    if let Some(language) = language {
        workspace.set_language(language)?;
    }
    to_json(workspace.info())
}

/// The app is closed and opened again on the same data folder: what was prepared and not yet
/// agreed to is gone, as it is never stored.
fn restart_app(state: &AppState) -> Result<Value, Error> {
    let mut workspace = state.workspace()?;
    let data_dir = workspace.data_dir().to_path_buf();
    *workspace = coverready_core::Workspace::open(&data_dir);
    Ok(Value::Null)
}

/// Which commands the harness runs (copied from the shell, adapted here) and which it leaves to
/// the test back end, so the UI's tests can check they forward exactly these.
pub fn command_lists() -> Value {
    json!({ "copied": COPIED, "adapted": ADAPTED, "left": LEFT })
}

/// Puts the store into the state a test asks for, the way it happens on a real machine.
pub fn damage_store(data_dir: &Path, store: Option<&str>) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::new(ErrorCode::Internal, e.to_string());
    let Some(kind) = store.filter(|s| *s != "ok") else {
        return Ok(());
    };
    let path = coverready_core::Workspace::open(data_dir).store_path();
    match kind {
        "corrupt" => std::fs::write(
            &path,
            b"this is not a SQLite database, it is a damaged file",
        )
        .map_err(io),
        "too_new" => {
            let db = rusqlite::Connection::open(&path)
                .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
            db.pragma_update(None, "user_version", 999)
                .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))
        }
        "unavailable" => {
            // A data folder that is a file: the store cannot be opened at all.
            std::fs::remove_dir_all(data_dir).map_err(io)?;
            std::fs::write(data_dir, b"").map_err(io)
        }
        other => Err(
            Error::new(ErrorCode::InvalidArgument, format!("store state {other}"))
                .with("field", "store"),
        ),
    }
}

/// Removes the file that stands where the data folder should be.
pub fn unblock(data_dir: &Path) -> Result<(), Error> {
    if data_dir.is_file() {
        std::fs::remove_file(data_dir)
            .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
    }
    Ok(())
}
