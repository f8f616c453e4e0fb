//! The UI's test back end asks this process what the real engine answers.
//!
//! One JSON object per line on stdin — `{"id": 1, "session": 2, "cmd": "readiness", "args":
//! {"orgId": 1}}` — and one per line on stdout: `{"id": 1, "ok": …}` or `{"id": 1, "err":
//! {code, message, details}}`, exactly what the window would receive over IPC. Each session is a
//! fresh workspace in its own temporary folder (`__open`), so tests never share a store.
//!
//! The commands are the shell's own bodies, copied at build time (`commands.rs` from
//! coverready-contract); the few that need a window or a channel are adapted below over the same
//! core calls. Nothing here decides a score, a plan or a reconciliation.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::sync::{Mutex, MutexGuard};

use coverready_core::{lock_workspace, Error, ErrorCode, Language, RunningJobs, Workspace};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

mod adapted;
mod platform;

/// Which commands are copied, adapted or left to the test back end (from the build script).
mod lists {
    include!(concat!(env!("OUT_DIR"), "/lists.rs"));
}

/// What the copied command bodies call `State<'_, AppState>`: here a plain reference.
pub type State<'a, T> = &'a T;

/// The harness's stand-in for the shell's state: the same workspace, no window.
pub struct AppState {
    workspace: Mutex<Workspace>,
    pub jobs: RunningJobs,
    /// Where this session's uploads go, once a test asked for it (`__platform`).
    platform: Mutex<Option<platform::Platform>>,
    _data: tempfile::TempDir,
}

impl AppState {
    pub fn workspace(&self) -> Result<MutexGuard<'_, Workspace>, Error> {
        lock_workspace(&self.workspace)
    }

    pub fn shared_workspace(&self) -> &Mutex<Workspace> {
        &self.workspace
    }

    /// The session's platform (started with `__platform`), as the adapted upload commands use it.
    pub fn platform(&self) -> MutexGuard<'_, Option<platform::Platform>> {
        self.platform.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn language(&self) -> Language {
        self.workspace()
            .map(|w| w.settings().language)
            .unwrap_or(Language::EnUs)
    }
}

mod commands {
    use super::{arg, to_json};
    include!(concat!(env!("OUT_DIR"), "/commands.rs"));
}

fn arg<T: DeserializeOwned>(args: &Value, key: &str) -> Result<T, Error> {
    let value = args.get(key).cloned().unwrap_or(Value::Null);
    serde_json::from_value(value).map_err(|e| {
        Error::new(ErrorCode::InvalidArgument, format!("argument {key}: {e}")).with("field", key)
    })
}

fn to_json<T: serde::Serialize>(value: T) -> Result<Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))
}

/// The store a test asks for: a healthy one, or one of the damaged states the app explains.
fn open_session(args: &Value) -> Result<AppState, Error> {
    let data = tempfile::tempdir().map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
    let data_dir = data.path().join("coverready");
    let store: Option<String> = arg(args, "store")?;
    adapted::damage_store(&data_dir, store.as_deref())?;
    let mut workspace = Workspace::open(&data_dir);
    if let Some(language) = arg::<Option<Language>>(args, "language")? {
        // Only a healthy store remembers a language; a damaged one is what the test wants.
        let _ = workspace.set_language(language);
    }
    Ok(AppState {
        workspace: Mutex::new(workspace),
        jobs: RunningJobs::default(),
        platform: Mutex::new(None),
        _data: data,
    })
}

fn main() {
    let mut sessions: BTreeMap<u64, AppState> = BTreeMap::new();
    let mut next_session = 1u64;
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let request: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                let err = Error::new(ErrorCode::InvalidArgument, format!("request: {e}"));
                let _ = writeln!(stdout, "{}", json!({ "id": null, "err": err }));
                continue;
            }
        };
        let id = request.get("id").cloned().unwrap_or(Value::Null);
        let cmd = request.get("cmd").and_then(Value::as_str).unwrap_or("");
        let args = request.get("args").cloned().unwrap_or_else(|| json!({}));
        let session = request.get("session").and_then(Value::as_u64);
        let answer = match cmd {
            "__open" => open_session(&args).map(|state| {
                let n = next_session;
                next_session += 1;
                sessions.insert(n, state);
                json!(n)
            }),
            "__close" => {
                session.and_then(|s| sessions.remove(&s));
                Ok(Value::Null)
            }
            "__commands" => Ok(adapted::command_lists()),
            // The check the real domain check makes of what the owner typed, before any lookup.
            "__validate_domain" => arg::<String>(&args, "domain").and_then(|d| {
                coverready_domain::validate_domain(&d)
                    .map_err(Error::from)
                    .and_then(to_json)
            }),
            _ => match session.and_then(|s| sessions.get(&s)) {
                None => Err(Error::new(ErrorCode::InvalidArgument, "no such session")),
                Some(state) => commands::dispatch(state, cmd, &args)
                    .or_else(|| adapted::dispatch(state, cmd, &args))
                    .or_else(|| adapted::test_setup(state, cmd, &args))
                    .unwrap_or_else(|| {
                        Err(Error::new(
                            ErrorCode::InvalidArgument,
                            format!("the harness does not run `{cmd}`"),
                        )
                        .with("command", cmd))
                    }),
            },
        };
        let reply = match answer {
            Ok(ok) => json!({ "id": id, "ok": ok }),
            Err(err) => json!({ "id": id, "err": err }),
        };
        if writeln!(stdout, "{reply}")
            .and_then(|_| stdout.flush())
            .is_err()
        {
            break;
        }
    }
}
