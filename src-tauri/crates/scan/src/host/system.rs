//! The real machine. Programs are found only in fixed system folders (never the user's PATH,
//! which malware or a dev setup could shadow), run with a cleared environment, `LC_ALL=C`, null
//! stdin and no console window, and are killed at the deadline.

use super::{CollectError, CommandOutput, CommandSpec, Host, Identity, RegValue};
use crate::model::OsFamily;
use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A stuck program must not fill memory: keep at most this much of each stream.
const OUTPUT_LIMIT: u64 = 4 * 1024 * 1024;
/// Files probes read are small config files and logs; cap them the same way.
const FILE_LIMIT: u64 = 8 * 1024 * 1024;

#[cfg(unix)]
const SEARCH_DIRS: &[&str] = &[
    "/usr/bin",
    "/bin",
    "/usr/sbin",
    "/sbin",
    "/usr/libexec",
    "/usr/libexec/ApplicationFirewall",
];

/// Environment a child keeps. gsettings/dconf need HOME and the session bus to read the user's
/// settings; everything else (proxies, PATH tricks, LD_PRELOAD, locale) is dropped.
#[cfg(unix)]
const KEPT_ENV: &[&str] = &[
    "HOME",
    "USER",
    "LOGNAME",
    "XDG_RUNTIME_DIR",
    "XDG_CONFIG_HOME",
    "DBUS_SESSION_BUS_ADDRESS",
];
#[cfg(windows)]
const KEPT_ENV: &[&str] = &[
    "SystemRoot",
    "windir",
    "SystemDrive",
    "ComSpec",
    "PATHEXT",
    "USERPROFILE",
    "USERNAME",
    "USERDOMAIN",
    "LOCALAPPDATA",
    "APPDATA",
    "TEMP",
    "TMP",
    "ProgramData",
    "ProgramFiles",
    "ProgramFiles(x86)",
    "ProgramW6432",
];
#[cfg(not(any(unix, windows)))]
const KEPT_ENV: &[&str] = &[];

/// The host this program runs on.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemHost;

impl SystemHost {
    pub fn new() -> SystemHost {
        SystemHost
    }
}

/// Where Windows programs are looked up. The app ships 64-bit only; a 32-bit build on 64-bit
/// Windows would see System32 redirected to SysWOW64 (a 32-bit PowerShell, which reads the
/// 32-bit registry view and lacks some 64-bit providers), so `Sysnative`, the alias that
/// exists only for 32-bit processes, comes first (`reg` also gets `/reg:64`).
#[cfg_attr(not(windows), allow(dead_code))]
pub(crate) fn windows_search_dirs(system_root: &std::path::Path) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if cfg!(target_pointer_width = "32") {
        dirs.push(system_root.join("Sysnative"));
    }
    dirs.push(system_root.join("System32"));
    dirs
}

fn resolve(program: &str) -> Option<PathBuf> {
    let p = PathBuf::from(program);
    if p.is_absolute() {
        return p.is_file().then_some(p);
    }
    #[cfg(unix)]
    {
        SEARCH_DIRS
            .iter()
            .map(|d| PathBuf::from(d).join(program))
            .find(|c| c.is_file())
    }
    #[cfg(windows)]
    {
        let root = std::env::var_os("SystemRoot").unwrap_or_else(|| "C:\\Windows".into());
        windows_search_dirs(&PathBuf::from(root))
            .into_iter()
            .flat_map(|d| {
                [
                    d.join(format!("{program}.exe")),
                    d.join("WindowsPowerShell")
                        .join("v1.0")
                        .join(format!("{program}.exe")),
                ]
            })
            .find(|c| c.is_file())
    }
    #[cfg(not(any(unix, windows)))]
    {
        None
    }
}

fn io_error(e: std::io::Error) -> CollectError {
    match e.kind() {
        std::io::ErrorKind::NotFound => CollectError::NotFound,
        std::io::ErrorKind::PermissionDenied => CollectError::PermissionDenied,
        _ => CollectError::Io(e.to_string()),
    }
}

/// Reads a pipe into `buf` as the data comes (so a killed child's output is there even while a
/// grandchild keeps the pipe open), up to [`OUTPUT_LIMIT`]; the rest is drained so the child
/// never blocks on a full pipe.
fn read_capped(mut r: impl Read, buf: &Mutex<Vec<u8>>) {
    let mut chunk = [0u8; 8192];
    loop {
        match r.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let mut b = buf.lock().unwrap_or_else(|e| e.into_inner());
                let room = (OUTPUT_LIMIT as usize).saturating_sub(b.len());
                b.extend_from_slice(&chunk[..n.min(room)]);
            }
        }
    }
}

/// Runs a program and kills it at `timeout` (`Err(Timeout)`, partial output dropped).
pub(crate) fn run_with_timeout(
    program: &str,
    args: &[&str],
    timeout: Duration,
) -> Result<CommandOutput, CollectError> {
    match run_keeping_partial(program, args, timeout)? {
        o if o.timed_out => Err(CollectError::Timeout),
        o => Ok(o),
    }
}

/// How long the output of a killed child is still waited for (a grandchild may hold the
/// pipes open; what was written before the kill is already in them).
const DRAIN_AFTER_KILL: Duration = Duration::from_millis(300);

/// Runs a program and kills it at `timeout`; a killed child that wrote output gives it back
/// with `timed_out` (the Windows batch writes one section per line, so the finished sections
/// still count). Output is read on two threads so a chatty child cannot deadlock on a full
/// pipe while we wait for it.
pub(crate) fn run_keeping_partial(
    program: &str,
    args: &[&str],
    timeout: Duration,
) -> Result<CommandOutput, CollectError> {
    let path = resolve(program).ok_or(CollectError::ToolMissing)?;
    let mut command = Command::new(&path);
    command
        .args(args)
        .env_clear()
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for key in KEPT_ENV {
        if let Some(v) = std::env::var_os(key) {
            command.env(key, v);
        }
    }
    command.env("LC_ALL", "C").env("LANG", "C");
    #[cfg(unix)]
    command.env("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        // CREATE_NO_WINDOW: no console flashes up in the desktop app.
        command.creation_flags(0x0800_0000);
    }
    let start = Instant::now();
    let mut child = command.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => CollectError::ToolMissing,
        _ => io_error(e),
    })?;
    // Each pipe: a shared buffer the reader fills, and a signal when it reached EOF.
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        if let Some(p) = pipe {
            let b = buf.clone();
            std::thread::spawn(move || {
                read_capped(p, &b);
                let _ = tx.send(());
            });
        }
        (buf, rx)
    };
    let take = |(buf, done): &(Arc<Mutex<Vec<u8>>>, std::sync::mpsc::Receiver<()>),
                wait: Option<Duration>| {
        let _ = match wait {
            Some(w) => done.recv_timeout(w).map_err(|_| ()),
            None => done.recv().map_err(|_| ()),
        };
        std::mem::take(&mut *buf.lock().unwrap_or_else(|e| e.into_inner()))
    };
    let stdout = reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let mut poll = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                // The reader threads end when the pipes close; a grandchild holding them open
                // only keeps a detached thread alive, never the scan.
                let out = take(&stdout, Some(DRAIN_AFTER_KILL));
                let err = take(&stderr, Some(Duration::ZERO));
                if out.is_empty() {
                    return Err(CollectError::Timeout);
                }
                return Ok(CommandOutput {
                    stdout: out,
                    stderr: err,
                    exit_code: None,
                    timed_out: true,
                });
            }
            Ok(None) => {
                std::thread::sleep(poll.min(timeout.saturating_sub(start.elapsed())));
                poll = (poll * 2).min(Duration::from_millis(10));
            }
            Err(e) => {
                let _ = child.kill();
                return Err(io_error(e));
            }
        }
    };
    Ok(CommandOutput {
        stdout: take(&stdout, None),
        stderr: take(&stderr, None),
        exit_code: status.code(),
        timed_out: false,
    })
}

impl Host for SystemHost {
    fn os(&self) -> OsFamily {
        OsFamily::current().unwrap_or(OsFamily::Linux)
    }

    fn run(&self, cmd: &CommandSpec, timeout: Duration) -> Result<CommandOutput, CollectError> {
        run_keeping_partial(cmd.program, cmd.args, timeout)
    }

    fn read_file(&self, path: &str) -> Result<Vec<u8>, CollectError> {
        let path = expand_env(path);
        let file = std::fs::File::open(&path).map_err(io_error)?;
        let mut v = Vec::new();
        file.take(FILE_LIMIT)
            .read_to_end(&mut v)
            .map_err(io_error)?;
        Ok(v)
    }

    fn list_dir(&self, path: &str) -> Result<Vec<String>, CollectError> {
        let mut names: Vec<String> = std::fs::read_dir(expand_env(path))
            .map_err(io_error)?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(names)
    }

    #[cfg(windows)]
    fn read_registry(&self, key: &str, value: &str) -> Result<RegValue, CollectError> {
        // /reg:64 so a 32-bit build still reads the native view, not WOW6432Node.
        let args = ["query", key, "/v", value, "/reg:64"];
        let out = run_with_timeout("reg", &args, Duration::from_secs(3))?;
        if out.exit_code != Some(0) {
            return Err(if super::reg_error_is_denied(&out.stderr) {
                CollectError::PermissionDenied
            } else {
                CollectError::NotFound
            });
        }
        super::parse_reg_query(&String::from_utf8_lossy(&out.stdout), value)
            .ok_or_else(|| CollectError::Io("unreadable reg query output".into()))
    }

    #[cfg(not(windows))]
    fn read_registry(&self, _key: &str, _value: &str) -> Result<RegValue, CollectError> {
        Err(CollectError::Unsupported)
    }

    fn now_unix(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    }

    fn identity(&self) -> Identity {
        let user = ["USER", "USERNAME", "LOGNAME"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        let host = std::env::var("COMPUTERNAME")
            .ok()
            .or_else(|| {
                std::fs::read_to_string("/proc/sys/kernel/hostname")
                    .ok()
                    .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
            })
            .or_else(|| {
                run_with_timeout("hostname", &[], Duration::from_secs(1))
                    .ok()
                    .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            })
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty());
        Identity { user, host }
    }
}

/// Expands `%VAR%` in Windows paths (`%ProgramData%\ssh\sshd_config`); a no-op elsewhere.
fn expand_env(path: &str) -> String {
    if !cfg!(windows) || !path.contains('%') {
        return path.to_string();
    }
    let mut out = String::new();
    let mut parts = path.split('%');
    out.push_str(parts.next().unwrap_or(""));
    let rest: Vec<&str> = parts.collect();
    let mut i = 0;
    while i < rest.len() {
        if i + 1 < rest.len() {
            out.push_str(&std::env::var(rest[i]).unwrap_or_default());
            out.push_str(rest[i + 1]);
            i += 2;
        } else {
            out.push('%');
            out.push_str(rest[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_32_bit_build_looks_in_sysnative_first() {
        let dirs = super::windows_search_dirs(std::path::Path::new("C:\\Windows"));
        let last = dirs.last().unwrap().to_string_lossy().into_owned();
        assert!(last.ends_with("System32"), "{last}");
        assert_eq!(
            dirs.len(),
            if cfg!(target_pointer_width = "32") {
                2
            } else {
                1
            }
        );
    }
}
