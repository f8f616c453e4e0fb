//! Serves a recorded or hand-written fixture case as if it were a machine, so the Windows and
//! macOS parsers run in Linux CI. Layout of a case folder (see tests/fixtures/README.md):
//!
//! ```text
//! cmd/<id>.out | .err | .exit      stdout, stderr, exit code (default 0) of a command
//! cmd/<id>.missing | .timeout      the program is not installed / hangs (.timeout with .out:
//!                                  killed at the limit after writing that partial output)
//! fs/<path>                        files and folders (`C:\x` → fs/C/x, `%ProgramData%\x` → fs/ProgramData/x)
//! fs/<path>.denied                 that file or folder is unreadable for this user
//! registry.json                    {"HKLM\\KEY": {"Value": 1, "Name": "text"}, "HKLM\\OTHER": "denied"}
//! now                              the clock, `YYYY-MM-DD` (default 2026-11-28)
//! ```
//! A command without any file is reported as not installed.

use super::{CollectError, CommandOutput, CommandSpec, Host, Identity, RegValue};
use crate::model::OsFamily;
use crate::timeutil;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The default fixture clock: 2026-11-28T00:00:00Z.
pub const FIXTURE_NOW: &str = "2026-11-28";

pub struct ReplayHost {
    os: OsFamily,
    root: PathBuf,
    identity: Identity,
}

impl ReplayHost {
    /// Hand-written fixtures use the user `alice` on the computer `ALICE-PC`, so tests can check
    /// that neither name survives into a finding.
    pub fn new(os: OsFamily, case_dir: impl Into<PathBuf>) -> ReplayHost {
        ReplayHost {
            os,
            root: case_dir.into(),
            identity: Identity {
                user: Some("alice".into()),
                host: Some("ALICE-PC".into()),
            },
        }
    }

    pub fn with_identity(mut self, identity: Identity) -> ReplayHost {
        self.identity = identity;
        self
    }

    fn fs_path(&self, path: &str) -> PathBuf {
        let cleaned: String = path.replace('\\', "/").replace(['%', ':'], "");
        self.root
            .join("fs")
            .join(cleaned.trim_start_matches('/').trim_end_matches('/'))
    }

    fn denied(path: &Path) -> bool {
        let mut marker = path.as_os_str().to_owned();
        marker.push(".denied");
        Path::new(&marker).exists()
    }
}

impl Host for ReplayHost {
    fn os(&self) -> OsFamily {
        self.os
    }

    fn run(&self, cmd: &CommandSpec, _timeout: Duration) -> Result<CommandOutput, CollectError> {
        let base = self.root.join("cmd").join(cmd.id);
        let with = |ext: &str| {
            let mut p = base.as_os_str().to_owned();
            p.push(ext);
            PathBuf::from(p)
        };
        if with(".missing").exists() {
            return Err(CollectError::ToolMissing);
        }
        let (out, err, exit) = (with(".out"), with(".err"), with(".exit"));
        let timed_out = with(".timeout").exists();
        if timed_out && !out.exists() {
            return Err(CollectError::Timeout);
        }
        if !out.exists() && !err.exists() && !exit.exists() {
            return Err(CollectError::ToolMissing);
        }
        let exit_code = std::fs::read_to_string(&exit)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        Ok(CommandOutput {
            stdout: std::fs::read(out).unwrap_or_default(),
            stderr: std::fs::read(err).unwrap_or_default(),
            exit_code: (!timed_out).then_some(exit_code),
            timed_out,
        })
    }

    fn read_file(&self, path: &str) -> Result<Vec<u8>, CollectError> {
        let p = self.fs_path(path);
        if Self::denied(&p) {
            return Err(CollectError::PermissionDenied);
        }
        if p.is_dir() {
            return Err(CollectError::Io("is a directory".into()));
        }
        std::fs::read(&p).map_err(|_| CollectError::NotFound)
    }

    fn list_dir(&self, path: &str) -> Result<Vec<String>, CollectError> {
        let p = self.fs_path(path);
        if Self::denied(&p) {
            return Err(CollectError::PermissionDenied);
        }
        let mut names: Vec<String> = std::fs::read_dir(&p)
            .map_err(|_| CollectError::NotFound)?
            .filter_map(|e| e.ok())
            .map(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                n.strip_suffix(".denied").map(str::to_string).unwrap_or(n)
            })
            .collect();
        names.sort();
        names.dedup();
        Ok(names)
    }

    fn read_registry(&self, key: &str, value: &str) -> Result<RegValue, CollectError> {
        if self.os != OsFamily::Windows {
            return Err(CollectError::Unsupported);
        }
        let text = std::fs::read_to_string(self.root.join("registry.json"))
            .map_err(|_| CollectError::NotFound)?;
        let doc: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| CollectError::Io(e.to_string()))?;
        let obj = doc.as_object().ok_or(CollectError::NotFound)?;
        let entry = obj
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
            .ok_or(CollectError::NotFound)?;
        if entry.as_str() == Some("denied") {
            return Err(CollectError::PermissionDenied);
        }
        let v = entry
            .as_object()
            .and_then(|m| m.iter().find(|(k, _)| k.eq_ignore_ascii_case(value)))
            .map(|(_, v)| v)
            .ok_or(CollectError::NotFound)?;
        match v {
            serde_json::Value::Number(n) => Ok(RegValue::Number(n.as_u64().unwrap_or(0))),
            serde_json::Value::String(s) if s == "denied" => Err(CollectError::PermissionDenied),
            serde_json::Value::String(s) => Ok(RegValue::Text(s.clone())),
            serde_json::Value::Array(a) => Ok(RegValue::MultiText(
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect(),
            )),
            _ => Err(CollectError::Io("unsupported fixture value".into())),
        }
    }

    fn now_unix(&self) -> i64 {
        let text = std::fs::read_to_string(self.root.join("now")).unwrap_or_default();
        timeutil::parse_ymd(text.trim())
            .or_else(|| timeutil::parse_ymd(FIXTURE_NOW))
            .unwrap_or(0)
    }

    fn identity(&self) -> Identity {
        self.identity.clone()
    }
}
