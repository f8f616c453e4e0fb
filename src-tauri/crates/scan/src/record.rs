//! Captures a real machine as a fixture case: runs a full scan through a host that forwards
//! every read to the real one and writes what came back, redacted, in the layout
//! [`crate::ReplayHost`] serves. Nothing is written to the scanned machine except `dir`.

use crate::host::{CollectError, CommandOutput, CommandSpec, Host, Identity, RegValue};
use crate::model::{OsFamily, ScanOptions, ScanReport};
use crate::redact::Redactor;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// Registry values whose content must never be stored, even redacted.
const SECRET_VALUES: &[&str] = &["DefaultPassword"];

struct RecordingHost<'a> {
    inner: &'a dyn Host,
    dir: PathBuf,
    redactor: Redactor,
    registry: Mutex<serde_json::Map<String, serde_json::Value>>,
    errors: Mutex<Vec<String>>,
    /// Probes run in parallel: one listing /proc writes placeholder files for its entries while
    /// another turns /proc/8 into a folder for /proc/8/comm. Checking and writing a path is done
    /// under this lock, or a write lands on a folder made a moment earlier ("Is a directory").
    tree: Mutex<()>,
}

impl RecordingHost<'_> {
    fn fs_path(&self, path: &str) -> PathBuf {
        let cleaned = path.replace('\\', "/").replace(['%', ':'], "");
        self.dir.join("fs").join(cleaned.trim_start_matches('/'))
    }

    fn write(&self, path: &Path, bytes: &[u8]) {
        let _tree = self.tree.lock().unwrap_or_else(|e| e.into_inner());
        self.write_locked(path, bytes);
    }

    fn write_locked(&self, path: &Path, bytes: &[u8]) {
        // A folder listing leaves empty placeholder files for its entries; when one of them
        // turns out to be a folder (/proc/1 before /proc/1/comm), make it one.
        for ancestor in path.ancestors().skip(1) {
            if !ancestor.starts_with(&self.dir) || ancestor == self.dir {
                break;
            }
            if ancestor.is_file() && std::fs::metadata(ancestor).is_ok_and(|m| m.len() == 0) {
                let _ = std::fs::remove_file(ancestor);
            }
        }
        let result = path
            .parent()
            .map(std::fs::create_dir_all)
            .unwrap_or(Ok(()))
            .and_then(|_| {
                if path.is_dir() {
                    Ok(())
                } else {
                    std::fs::write(path, bytes)
                }
            });
        if let Err(e) = result {
            self.errors
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(format!("{}: {e}", path.display()));
        }
    }

    fn redact(&self, bytes: &[u8]) -> Vec<u8> {
        match std::str::from_utf8(bytes) {
            Ok(t) => self.redactor.text(t).into_bytes(),
            Err(_) => bytes.to_vec(),
        }
    }
}

impl Host for RecordingHost<'_> {
    fn os(&self) -> OsFamily {
        self.inner.os()
    }

    fn run(&self, cmd: &CommandSpec, timeout: Duration) -> Result<CommandOutput, CollectError> {
        let result = self.inner.run(cmd, timeout);
        let base = self.dir.join("cmd").join(cmd.id);
        let with = |ext: &str| PathBuf::from(format!("{}{ext}", base.display()));
        match &result {
            Ok(o) => {
                self.write(&with(".out"), &self.redact(&o.stdout));
                if !o.stderr.is_empty() {
                    self.write(&with(".err"), &self.redact(&o.stderr));
                }
                if o.timed_out {
                    self.write(&with(".timeout"), b"");
                } else {
                    self.write(
                        &with(".exit"),
                        o.exit_code.unwrap_or(-1).to_string().as_bytes(),
                    );
                }
            }
            Err(CollectError::Timeout) => self.write(&with(".timeout"), b""),
            Err(_) => self.write(&with(".missing"), b""),
        }
        result
    }

    fn read_file(&self, path: &str) -> Result<Vec<u8>, CollectError> {
        let result = self.inner.read_file(path);
        let p = self.fs_path(path);
        match &result {
            Ok(bytes) => self.write(&p, &self.redact(bytes)),
            Err(CollectError::PermissionDenied) => {
                self.write(&PathBuf::from(format!("{}.denied", p.display())), b"")
            }
            Err(_) => {}
        }
        result
    }

    fn list_dir(&self, path: &str) -> Result<Vec<String>, CollectError> {
        let result = self.inner.list_dir(path);
        let p = self.fs_path(path);
        match &result {
            Ok(names) => {
                let _tree = self.tree.lock().unwrap_or_else(|e| e.into_inner());
                if p.is_file() {
                    let _ = std::fs::remove_file(&p);
                }
                let _ = std::fs::create_dir_all(&p);
                for n in names {
                    let entry = p.join(self.redactor.text(n));
                    if !entry.exists() {
                        self.write_locked(&entry, b"");
                    }
                }
            }
            Err(CollectError::PermissionDenied) => {
                self.write(&PathBuf::from(format!("{}.denied", p.display())), b"")
            }
            Err(_) => {}
        }
        result
    }

    fn read_registry(&self, key: &str, value: &str) -> Result<RegValue, CollectError> {
        let result = self.inner.read_registry(key, value);
        let stored = match &result {
            Ok(_) if SECRET_VALUES.iter().any(|s| s.eq_ignore_ascii_case(value)) => {
                Some(serde_json::Value::from("<withheld>"))
            }
            Ok(RegValue::Number(n)) => Some((*n).into()),
            Ok(RegValue::Text(t)) => Some(self.redactor.text(t).into()),
            Ok(RegValue::MultiText(v)) => Some(v.iter().map(|t| self.redactor.text(t)).collect()),
            Ok(RegValue::Binary(_)) => None,
            Err(CollectError::PermissionDenied) => Some("denied".into()),
            Err(_) => None,
        };
        if let Some(v) = stored {
            let mut reg = self.registry.lock().unwrap_or_else(|e| e.into_inner());
            let entry = reg
                .entry(key.to_string())
                .or_insert_with(|| serde_json::Value::Object(Default::default()));
            if let Some(map) = entry.as_object_mut() {
                map.insert(value.to_string(), v);
            }
        }
        result
    }

    fn now_unix(&self) -> i64 {
        self.inner.now_unix()
    }

    fn identity(&self) -> Identity {
        self.inner.identity()
    }
}

/// Scans `host` and writes its raw outputs (user and host names replaced) to `dir` as a fixture
/// case, plus `now` (the scan date) and `findings.json` (what this version concluded, to review
/// before turning the case into a test). Returns the report.
pub fn record(host: &dyn Host, dir: &Path) -> std::io::Result<ScanReport> {
    std::fs::create_dir_all(dir)?;
    let recorder = RecordingHost {
        inner: host,
        dir: dir.to_path_buf(),
        redactor: Redactor::new(&host.identity()),
        registry: Mutex::new(Default::default()),
        errors: Mutex::new(Vec::new()),
        tree: Mutex::new(()),
    };
    let report = crate::run_scan(&recorder, &ScanOptions::default(), &|_| {});
    let registry = recorder
        .registry
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    if !registry.is_empty() {
        std::fs::write(
            dir.join("registry.json"),
            serde_json::to_string_pretty(&registry)?,
        )?;
    }
    // A clock past what a calendar can show is the host's fault; say so instead of writing junk.
    let day = coverready_time::utc_date(report.started_at).map_err(std::io::Error::other)?;
    std::fs::write(dir.join("now"), day)?;
    std::fs::write(
        dir.join("findings.json"),
        serde_json::to_string_pretty(&report)?,
    )?;
    let errors = recorder
        .errors
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(first) = errors.first() {
        return Err(std::io::Error::other(format!(
            "{} fixture file(s) could not be written, first: {first}",
            errors.len()
        )));
    }
    Ok(report)
}
