//! The collect layer: the only impure, OS-specific part of the scanner. Probes see the machine
//! only through [`Host`], so the same parse-and-judge code runs against the real machine
//! ([`SystemHost`]) or against recorded fixtures ([`ReplayHost`]) on any OS.

mod replay;
mod system;

pub use replay::ReplayHost;
pub use system::SystemHost;

use crate::model::OsFamily;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// A program a probe runs. `id` names the output in fixtures (`cmd/<id>.out`), so it must be
/// stable and unique per distinct program + arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandSpec {
    pub id: &'static str,
    /// A bare name looked up in fixed system folders (never the user's PATH), or an absolute path.
    pub program: &'static str,
    pub args: &'static [&'static str],
}

impl CommandSpec {
    pub fn display(&self) -> String {
        let mut s = self.program.to_string();
        for a in self.args {
            s.push(' ');
            if a.len() > 80 {
                s.push_str("<script>");
            } else {
                s.push_str(a);
            }
        }
        s
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CommandOutput {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `None` when the process ended by a signal.
    pub exit_code: Option<i32>,
    /// Killed at the time limit after writing some output: `stdout`/`stderr` hold what it
    /// wrote until then. (Killed before writing anything is `Err(CollectError::Timeout)`.)
    pub timed_out: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CollectError {
    /// The program is not installed.
    ToolMissing,
    /// The file, folder, registry key or value does not exist.
    NotFound,
    PermissionDenied,
    /// Killed at the hard limit, or not started after the soft limit.
    Timeout,
    /// The source does not exist on this OS (the registry off Windows).
    Unsupported,
    Io(String),
}

/// A registry value; QWORDs and DWORDs are both `Number`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegValue {
    Number(u64),
    Text(String),
    MultiText(Vec<String>),
    Binary(Vec<u8>),
}

impl RegValue {
    pub fn as_number(&self) -> Option<u64> {
        match self {
            RegValue::Number(n) => Some(*n),
            RegValue::Text(t) => t.trim().parse().ok(),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<String> {
        match self {
            RegValue::Text(t) => Some(t.clone()),
            RegValue::Number(n) => Some(n.to_string()),
            RegValue::MultiText(v) => Some(v.join(" ")),
            RegValue::Binary(_) => None,
        }
    }
}

/// Names to redact from every excerpt and recording.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub user: Option<String>,
    pub host: Option<String>,
}

/// Read-only access to one machine. Implementations must never write, prompt for elevation
/// or touch the network.
pub trait Host: Sync {
    fn os(&self) -> OsFamily;
    /// Runs a program with a cleared environment plus `LC_ALL=C`, null stdin, and kills it at
    /// `timeout`.
    fn run(&self, cmd: &CommandSpec, timeout: Duration) -> Result<CommandOutput, CollectError>;
    fn read_file(&self, path: &str) -> Result<Vec<u8>, CollectError>;
    /// Entry names (not paths) of a folder, sorted.
    fn list_dir(&self, path: &str) -> Result<Vec<String>, CollectError>;
    /// `key` like `HKLM\SOFTWARE\...`; `CollectError::Unsupported` off Windows.
    fn read_registry(&self, key: &str, value: &str) -> Result<RegValue, CollectError>;
    /// Seconds since the Unix epoch (fixtures pin it so "recent" is reproducible).
    fn now_unix(&self) -> i64;
    fn identity(&self) -> Identity;
}

/// Parses `reg query KEY /v NAME` output. The type tokens (`REG_DWORD`) and the layout are the
/// same in every display language; only the header and error lines are translated, and those
/// are not read. `None` when the value line is missing or malformed.
pub fn parse_reg_query(stdout: &str, value: &str) -> Option<RegValue> {
    for line in stdout.lines() {
        let trimmed = line.trim_start();
        // Layout: 4 spaces, NAME, 4 spaces, TYPE, 4 spaces, DATA. Names may contain spaces.
        let mut parts = trimmed.splitn(3, "    ");
        let (Some(name), Some(kind)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !name.eq_ignore_ascii_case(value) || !kind.starts_with("REG_") {
            continue;
        }
        let data = parts.next().unwrap_or("").trim_end_matches(['\r', '\n']);
        return match kind {
            "REG_DWORD" | "REG_QWORD" => {
                let hex = data.trim().trim_start_matches("0x");
                u64::from_str_radix(hex, 16).ok().map(RegValue::Number)
            }
            "REG_MULTI_SZ" => Some(RegValue::MultiText(
                data.split("\\0")
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            )),
            "REG_BINARY" => {
                let bytes: Option<Vec<u8>> = (0..data.len() / 2)
                    .map(|i| u8::from_str_radix(data.get(2 * i..2 * i + 2)?, 16).ok())
                    .collect();
                bytes.map(RegValue::Binary)
            }
            _ => Some(RegValue::Text(data.to_string())),
        };
    }
    None
}

/// `reg.exe` exits 1 both for "not found" and "access denied" and only the message tells them
/// apart. It is written in the console code page, so match the English text, the UTF-8 Chinese
/// text and the GBK bytes of 拒绝访问 ("access denied").
pub fn reg_error_is_denied(stderr: &[u8]) -> bool {
    const GBK_DENIED: &[u8] = &[0xBE, 0xDC, 0xBE, 0xF8, 0xB7, 0xC3, 0xCE, 0xCA];
    let text = String::from_utf8_lossy(stderr).to_ascii_lowercase();
    text.contains("access is denied")
        || text.contains("拒绝访问")
        || stderr.windows(GBK_DENIED.len()).any(|w| w == GBK_DENIED)
}
