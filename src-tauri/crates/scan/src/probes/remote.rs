//! Remote access: remote desktop, SSH server settings, remote-support tools.

use super::shared::{config_value, listeners, path_exists, processes, win_section};
use crate::context::{ProbeContext, Probed};
use crate::model::{OsFamily, UnknownReason, Verdict};
use serde_json::Value;

/// Remote-support tools, matched case-insensitively against installed programs, applications
/// and processes. Includes the tools common in China (ToDesk, 向日葵/Sunlogin/AweSun).
const REMOTE_TOOLS: &[&str] = &[
    "teamviewer",
    "anydesk",
    "screenconnect",
    "connectwise control",
    "rustdesk",
    "todesk",
    "sunlogin",
    "向日葵",
    "awesun",
    "splashtop",
    "logmein",
    "realvnc",
    "tightvnc",
    "ultravnc",
    "vncserver",
    "chrome remote desktop",
    "remoting_host",
];
const LINUX_TOOL_PATHS: &[&str] = &[
    "/opt/teamviewer",
    "/usr/bin/anydesk",
    "/usr/bin/rustdesk",
    "/opt/todesk",
    "/usr/local/sunlogin",
    "/opt/google/chrome-remote-desktop",
];
const LINUX_RDP_PROCESSES: &[&str] = &[
    "xrdp",
    "x11vnc",
    "vino-server",
    "gnome-remote-de",
    "krfb",
    "xvnc",
];

fn matches_tool(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    REMOTE_TOOLS.iter().copied().find(|t| lower.contains(t))
}

pub(crate) fn remote_desktop(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let ts = r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server";
            // Missing means the default: connections denied.
            let deny = ctx
                .reg(ts, "fDenyTSConnections")?
                .and_then(|v| v.as_number())
                .unwrap_or(1);
            ctx.fact("remote_desktop_enabled", deny == 0);
            if deny != 0 {
                return Ok(Verdict::Pass);
            }
            // Network Level Authentication (sign-in before a session is created); default on.
            let nla = ctx
                .reg(&format!(r"{ts}\WinStations\RDP-Tcp"), "UserAuthentication")?
                .and_then(|v| v.as_number())
                .unwrap_or(1);
            ctx.fact("network_level_authentication", nla == 1);
            Ok(Verdict::pass_if(nla == 1))
        }
        OsFamily::Macos | OsFamily::Linux => {
            // Screen Sharing (5900), Apple Remote Desktop (3283), xrdp (3389), VNC (5900-5903).
            let ports: &[u16] = if ctx.os() == OsFamily::Macos {
                &[5900, 3283]
            } else {
                &[3389, 5900, 5901, 5902, 5903]
            };
            let open: Vec<u16> = listeners(ctx)?
                .iter()
                .filter(|l| l.exposed && ports.contains(&l.port))
                .map(|l| l.port)
                .collect();
            ctx.fact("remote_desktop_ports", open.clone());
            let mut servers = Vec::new();
            if ctx.os() == OsFamily::Linux {
                servers = processes(ctx)?
                    .into_iter()
                    .filter(|p| LINUX_RDP_PROCESSES.iter().any(|r| p.starts_with(r)))
                    .collect();
                ctx.fact("remote_desktop_servers", servers.clone());
            }
            Ok(Verdict::pass_if(open.is_empty() && servers.is_empty()))
        }
    }
}

/// sshd settings that matter, first value wins as in sshd (Match blocks are not followed:
/// they only narrow settings, and a global `yes` is what we flag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SshSettings {
    pub permit_root_login: String,
    pub password_authentication: String,
    pub permit_empty_passwords: String,
}

pub(crate) fn parse_sshd_config(text: &str) -> SshSettings {
    let global: String = text
        .lines()
        .take_while(|l| !l.trim_start().to_ascii_lowercase().starts_with("match "))
        .collect::<Vec<_>>()
        .join("\n");
    let get = |k: &str, default: &str| {
        config_value(&global, k, true)
            .map(|v| v.to_ascii_lowercase())
            .unwrap_or_else(|| default.to_string())
    };
    SshSettings {
        permit_root_login: get("PermitRootLogin", "prohibit-password"),
        password_authentication: get("PasswordAuthentication", "yes"),
        permit_empty_passwords: get("PermitEmptyPasswords", "no"),
    }
}

/// The config with `Include` lines replaced by the files they name (globs `dir/*.conf` only,
/// sorted like sshd does).
fn sshd_config_with_includes(ctx: &ProbeContext, path: &str, depth: u8) -> Probed<Option<String>> {
    let Some(text) = ctx.file(path)? else {
        return Ok(None);
    };
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim();
        let Some(pattern) = t
            .strip_prefix("Include ")
            .or_else(|| t.strip_prefix("include "))
        else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        if depth > 2 {
            continue;
        }
        for pat in pattern.split_whitespace() {
            let pat = if pat.starts_with('/') || pat.contains(':') {
                pat.to_string()
            } else {
                format!("/etc/ssh/{pat}")
            };
            let files: Vec<String> = match pat.rsplit_once("/*") {
                Some((dir, suffix)) => ctx
                    .dir(dir)?
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|n| n.ends_with(suffix))
                    .map(|n| format!("{dir}/{n}"))
                    .collect(),
                None => vec![pat.clone()],
            };
            for f in files {
                if let Some(inc) = sshd_config_with_includes(ctx, &f, depth + 1)? {
                    out.push_str(&inc);
                    out.push('\n');
                }
            }
        }
    }
    Ok(Some(out))
}

pub(crate) fn ssh_hardened(ctx: &ProbeContext) -> Probed<Verdict> {
    let config_path = match ctx.os() {
        OsFamily::Windows => {
            let start = ctx
                .reg(r"HKLM\SYSTEM\CurrentControlSet\Services\sshd", "Start")?
                .and_then(|v| v.as_number());
            ctx.fact("sshd_service_start", start);
            if start.is_none_or(|s| s == 4) {
                return Ok(Verdict::NotApplicable);
            }
            r"%ProgramData%\ssh\sshd_config"
        }
        OsFamily::Macos => {
            // `systemsetup -getremotelogin` needs admin; a listener on 22 shows Remote Login.
            let on = listeners(ctx)?.iter().any(|l| l.exposed && l.port == 22);
            ctx.fact("remote_login", on);
            if !on {
                return Ok(Verdict::NotApplicable);
            }
            "/etc/ssh/sshd_config"
        }
        OsFamily::Linux => "/etc/ssh/sshd_config",
    };
    let Some(text) = sshd_config_with_includes(ctx, config_path, 0)? else {
        return Ok(if ctx.os() == OsFamily::Windows {
            Err(UnknownReason::NotDeterminable)?
        } else {
            // No OpenSSH server installed.
            Verdict::NotApplicable
        });
    };
    let s = parse_sshd_config(&text);
    ctx.fact("permit_root_login", s.permit_root_login.as_str());
    ctx.fact(
        "password_authentication",
        s.password_authentication.as_str(),
    );
    ctx.fact("permit_empty_passwords", s.permit_empty_passwords.as_str());
    let weak = s.permit_root_login == "yes"
        || s.password_authentication == "yes"
        || s.permit_empty_passwords == "yes";
    Ok(if weak { Verdict::Fail } else { Verdict::Pass })
}

pub(crate) fn remote_access_tools(ctx: &ProbeContext) -> Probed<Verdict> {
    let mut found: Vec<String> = Vec::new();
    match ctx.os() {
        OsFamily::Windows => {
            for app in win_section(ctx, "apps")? {
                if let Some(name) = app.get("name").and_then(Value::as_str) {
                    if matches_tool(name).is_some() {
                        found.push(name.to_string());
                    }
                }
            }
        }
        OsFamily::Macos => {
            let apps = ctx.dir("/Applications")?.unwrap_or_default();
            ctx.note("dir: /Applications", &apps.join(", "));
            found.extend(apps.into_iter().filter(|a| matches_tool(a).is_some()));
        }
        OsFamily::Linux => {
            let paths: Vec<&str> = LINUX_TOOL_PATHS
                .iter()
                .copied()
                .filter(|p| path_exists(ctx, p))
                .collect();
            ctx.note(
                "paths",
                &format!("looked for: {}", LINUX_TOOL_PATHS.join(" ")),
            );
            found.extend(paths.into_iter().map(str::to_string));
        }
    }
    // A running tool counts even when it was never installed (portable AnyDesk, ToDesk).
    let running: Vec<String> = processes(ctx)?
        .into_iter()
        .filter(|p| matches_tool(p).is_some())
        .collect();
    found.extend(running);
    found.sort();
    found.dedup();
    ctx.fact("remote_access_tools", found.clone());
    Ok(Verdict::pass_if(found.is_empty()))
}
