//! The commands that need a window or a channel in the shell, answered over the same core calls,
//! and the damaged stores tests ask for.

use std::path::Path;

use coverready_core::{Error, ErrorCode, Language, Settings};
use coverready_domain::DomainReport;
use coverready_scan::ScanReport;
use serde_json::{json, Value};

use crate::lists::{ADAPTED, COPIED, LEFT};
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
            _ => unreachable!("only adapted commands get here"),
        }
    };
    ADAPTED.contains(&cmd).then(answer)
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
