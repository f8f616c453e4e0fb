//! What a probe sees while it runs: the host (through a per-scan cache, so one `netstat` or one
//! PowerShell batch serves every probe that needs it), the clock, time limits, and an evidence
//! log that records every source read with a redacted excerpt.

use crate::host::{CollectError, CommandOutput, CommandSpec, Host, RegValue};
use crate::model::{Evidence, OsFamily, UnknownReason};
use crate::redact::Redactor;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Excerpts are for a human to see why; long outputs are cut.
const EXCERPT_CHARS: usize = 600;

type Slot = Arc<OnceLock<Result<CommandOutput, CollectError>>>;

/// Shared by every probe of one scan.
pub(crate) struct ScanContext<'h> {
    pub host: &'h dyn Host,
    pub redactor: Redactor,
    pub now: i64,
    commands: Mutex<HashMap<&'static str, Slot>>,
}

impl<'h> ScanContext<'h> {
    pub fn new(host: &'h dyn Host) -> ScanContext<'h> {
        ScanContext {
            host,
            redactor: Redactor::new(&host.identity()),
            now: host.now_unix(),
            commands: Mutex::new(HashMap::new()),
        }
    }

    /// Runs a command once per scan; concurrent callers wait for the first run's result.
    fn run_cached(
        &self,
        cmd: &CommandSpec,
        timeout: Duration,
    ) -> Result<CommandOutput, CollectError> {
        let slot = {
            let mut map = self.commands.lock().unwrap_or_else(|e| e.into_inner());
            map.entry(cmd.id).or_default().clone()
        };
        slot.get_or_init(|| self.host.run(cmd, timeout)).clone()
    }
}

pub(crate) fn reason_for(e: &CollectError) -> UnknownReason {
    match e {
        CollectError::ToolMissing | CollectError::NotFound => UnknownReason::ToolMissing,
        CollectError::PermissionDenied => UnknownReason::PermissionDenied,
        CollectError::Timeout => UnknownReason::Timeout,
        CollectError::Unsupported => UnknownReason::UnsupportedOs,
        CollectError::Io(_) => UnknownReason::ParseError,
    }
}

pub(crate) type Probed<T> = Result<T, UnknownReason>;

/// A command's output as text.
#[derive(Debug, Clone)]
pub(crate) struct Output {
    pub stdout: String,
    pub stderr: String,
    pub exit: i32,
    /// Killed at its time limit; the output is what it wrote until then.
    pub timed_out: bool,
}

impl Output {
    pub fn ok(&self) -> bool {
        self.exit == 0
    }
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// One probe's view; lives on one worker thread.
pub(crate) struct ProbeContext<'a, 'h> {
    pub scan: &'a ScanContext<'h>,
    start: Instant,
    soft: Duration,
    hard: Duration,
    evidence: RefCell<Vec<Evidence>>,
}

impl<'a, 'h> ProbeContext<'a, 'h> {
    pub fn new(scan: &'a ScanContext<'h>, soft: Duration, hard: Duration) -> Self {
        ProbeContext {
            scan,
            start: Instant::now(),
            soft,
            hard,
            evidence: RefCell::new(Vec::new()),
        }
    }

    pub fn os(&self) -> OsFamily {
        self.scan.host.os()
    }

    pub fn now(&self) -> i64 {
        self.scan.now
    }

    pub fn into_evidence(self) -> Vec<Evidence> {
        self.evidence.into_inner()
    }

    fn record(&self, source: String, raw: &str) {
        let mut excerpt: String = raw.chars().take(EXCERPT_CHARS).collect();
        if raw.chars().count() > EXCERPT_CHARS {
            excerpt.push('…');
        }
        self.evidence.borrow_mut().push(Evidence {
            source: self.scan.redactor.text(&source),
            excerpt: self.scan.redactor.text(&excerpt),
            facts: Map::new(),
        });
    }

    /// Adds a parsed fact to the latest evidence (redacted like the excerpt).
    pub fn fact(&self, key: &str, value: impl Into<Value>) {
        let mut value = value.into();
        self.scan.redactor.json(&mut value);
        let mut ev = self.evidence.borrow_mut();
        if ev.is_empty() {
            ev.push(Evidence {
                source: "derived".into(),
                excerpt: String::new(),
                facts: Map::new(),
            });
        }
        if let Some(last) = ev.last_mut() {
            last.facts.insert(key.to_string(), value);
        }
    }

    /// Runs a command (once per scan). Starting is refused after the soft limit; a run is killed
    /// at the hard limit. Evidence is recorded either way.
    pub fn cmd(&self, spec: &CommandSpec) -> Probed<Output> {
        self.cmd_inner(spec, false)
    }

    /// Like [`Self::cmd`], but the excerpt is withheld because the output lists other people's
    /// account names, which the redactor cannot know.
    pub fn cmd_private(&self, spec: &CommandSpec) -> Probed<Output> {
        self.cmd_inner(spec, true)
    }

    /// Runs a command with its own time budget instead of the probe's hard limit, and keeps
    /// the partial output of a run killed at that budget (`Output::timed_out`). For the
    /// Windows PowerShell batch, whose start alone takes about a second.
    pub fn cmd_budget(&self, spec: &CommandSpec, budget: Duration) -> Probed<Output> {
        self.cmd_run(spec, false, Some(budget))
    }

    fn cmd_inner(&self, spec: &CommandSpec, private: bool) -> Probed<Output> {
        self.cmd_run(spec, private, None)
    }

    fn cmd_run(
        &self,
        spec: &CommandSpec,
        private: bool,
        budget: Option<Duration>,
    ) -> Probed<Output> {
        let source = format!("cmd: {}", spec.display());
        let elapsed = self.start.elapsed();
        if elapsed >= self.soft {
            self.record(source, "(not started: probe over its soft time limit)");
            return Err(UnknownReason::Timeout);
        }
        let limit = budget.unwrap_or(self.hard.saturating_sub(elapsed));
        match self.scan.run_cached(spec, limit) {
            Ok(out) if out.timed_out && budget.is_none() => {
                self.record(source, &describe(&CollectError::Timeout));
                Err(UnknownReason::Timeout)
            }
            Ok(out) => {
                let o = Output {
                    stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                    stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
                    exit: out.exit_code.unwrap_or(-1),
                    timed_out: out.timed_out,
                };
                let shown = if private {
                    "(output withheld: contains account names)".to_string()
                } else if o.stdout.trim().is_empty() {
                    o.stderr.clone()
                } else {
                    o.stdout.clone()
                };
                let shown = if shown.trim().is_empty() {
                    "(no output)".to_string()
                } else {
                    shown
                };
                self.record(source, &shown);
                self.fact("exit_code", o.exit);
                if o.timed_out {
                    self.fact("timed_out", true);
                }
                Ok(o)
            }
            Err(e) => {
                self.record(source, &describe(&e));
                Err(reason_for(&e))
            }
        }
    }

    /// Reads a text file; `Ok(None)` when it does not exist.
    pub fn file(&self, path: &str) -> Probed<Option<String>> {
        let source = format!("file: {path}");
        match self.scan.host.read_file(path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                self.record(source, &text);
                Ok(Some(text))
            }
            Err(CollectError::NotFound) => {
                self.record(source, "(does not exist)");
                Ok(None)
            }
            Err(e) => {
                self.record(source, &describe(&e));
                Err(reason_for(&e))
            }
        }
    }

    /// Reads a file without keeping an excerpt (for content that is not evidence, like the
    /// command name of every running process).
    pub fn file_quiet(&self, path: &str) -> Probed<Option<Vec<u8>>> {
        match self.scan.host.read_file(path) {
            Ok(b) => Ok(Some(b)),
            Err(CollectError::NotFound) => Ok(None),
            Err(e) => {
                self.record(format!("file: {path}"), &describe(&e));
                Err(reason_for(&e))
            }
        }
    }

    /// Lists a folder; `Ok(None)` when it does not exist.
    pub fn dir(&self, path: &str) -> Probed<Option<Vec<String>>> {
        match self.scan.host.list_dir(path) {
            Ok(v) => Ok(Some(v)),
            Err(CollectError::NotFound) => Ok(None),
            Err(e) => {
                self.record(format!("dir: {path}"), &describe(&e));
                Err(reason_for(&e))
            }
        }
    }

    /// Reads a registry value; `Ok(None)` when the key or value does not exist (the OS default
    /// applies then, which each probe states).
    pub fn reg(&self, key: &str, value: &str) -> Probed<Option<RegValue>> {
        let source = format!("registry: {key} {value}");
        match self.scan.host.read_registry(key, value) {
            Ok(v) => {
                let shown = match &v {
                    RegValue::Number(n) => format!("{n} (0x{n:x})"),
                    RegValue::Text(t) => t.clone(),
                    RegValue::MultiText(m) => m.join(" | "),
                    RegValue::Binary(b) => format!("{} bytes", b.len()),
                };
                self.record(source, &shown);
                Ok(Some(v))
            }
            Err(CollectError::NotFound) => {
                self.record(source, "(not set)");
                Ok(None)
            }
            Err(e) => {
                self.record(source, &describe(&e));
                Err(reason_for(&e))
            }
        }
    }

    /// Whether a registry value exists, without ever keeping its content (for secrets such as
    /// Winlogon's DefaultPassword).
    pub fn reg_exists(&self, key: &str, value: &str) -> Probed<bool> {
        let source = format!("registry: {key} {value}");
        match self.scan.host.read_registry(key, value) {
            Ok(_) => {
                self.record(source, "(present; content not read)");
                Ok(true)
            }
            Err(CollectError::NotFound) => {
                self.record(source, "(not set)");
                Ok(false)
            }
            Err(e) => {
                self.record(source, &describe(&e));
                Err(reason_for(&e))
            }
        }
    }

    /// Notes a judgement-relevant excerpt that is not a raw read (e.g. one section of the
    /// Windows PowerShell batch).
    pub fn note(&self, source: &str, excerpt: &str) {
        self.record(source.to_string(), excerpt);
    }
}

fn describe(e: &CollectError) -> String {
    match e {
        CollectError::ToolMissing => "(program not installed)".into(),
        CollectError::NotFound => "(does not exist)".into(),
        CollectError::PermissionDenied => "(permission denied)".into(),
        CollectError::Timeout => "(timed out; killed)".into(),
        CollectError::Unsupported => "(not available on this OS)".into(),
        CollectError::Io(m) => format!("(error: {m})"),
    }
}
