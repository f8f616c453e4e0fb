//! Security logging kept, clock synchronised.

use super::shared::{config_value, path_exists, processes};
use crate::context::{ProbeContext, Probed};
use crate::host::CommandSpec;
use crate::model::{OsFamily, UnknownReason, Verdict};

/// The Windows default Security log size (20 MB); smaller wraps within days on a busy PC.
const MIN_SECURITY_LOG_BYTES: u64 = 20 * 1024 * 1024;

const LOG_CONFIG: CommandSpec = CommandSpec {
    id: "log-config-status",
    program: "log",
    args: &["config", "--status"],
};
const SYSTEMSETUP_NETWORKTIME: CommandSpec = CommandSpec {
    id: "systemsetup-networktime",
    program: "systemsetup",
    args: &["-getusingnetworktime"],
};
const TIMEDATECTL: CommandSpec = CommandSpec {
    id: "timedatectl-show",
    program: "timedatectl",
    args: &["show"],
};

pub(crate) fn security_logging(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let start = ctx
                .reg(r"HKLM\SYSTEM\CurrentControlSet\Services\EventLog", "Start")?
                .and_then(|v| v.as_number())
                .ok_or(UnknownReason::NotDeterminable)?;
            let size = ctx
                .reg(
                    r"HKLM\SYSTEM\CurrentControlSet\Services\EventLog\Security",
                    "MaxSize",
                )?
                .and_then(|v| v.as_number())
                .unwrap_or(MIN_SECURITY_LOG_BYTES);
            ctx.fact("event_log_start", start);
            ctx.fact("security_log_max_bytes", size);
            Ok(Verdict::pass_if(
                start != 4 && size >= MIN_SECURITY_LOG_BYTES,
            ))
        }
        OsFamily::Macos => {
            // The unified log is always on unless someone turned it off with `log config`.
            let out = ctx.cmd(&LOG_CONFIG)?;
            let text = out.all();
            if let Some(mode) = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("System mode = "))
            {
                ctx.fact("system_mode", mode);
                Ok(if mode.contains("OFF") {
                    Verdict::Fail
                } else {
                    Verdict::Pass
                })
            } else if text.to_lowercase().contains("must be admin") || text.contains("root") {
                Err(UnknownReason::NeedsAdmin)
            } else {
                Err(UnknownReason::ParseError)
            }
        }
        OsFamily::Linux => {
            let conf = ctx.file("/etc/systemd/journald.conf")?.unwrap_or_default();
            // Storage=auto (the default) persists only when /var/log/journal exists.
            let storage = config_value(&conf, "Storage", false).unwrap_or_else(|| "auto".into());
            let journal_dir = path_exists(ctx, "/var/log/journal");
            let persistent_journal = storage == "persistent" || (storage == "auto" && journal_dir);
            let syslog = ["/etc/rsyslog.conf", "/etc/syslog-ng/syslog-ng.conf"]
                .iter()
                .any(|p| path_exists(ctx, p))
                && ["/var/log/auth.log", "/var/log/secure"]
                    .iter()
                    .any(|p| path_exists(ctx, p));
            ctx.note(
                "paths",
                "looked for: /var/log/journal /etc/rsyslog.conf /etc/syslog-ng/syslog-ng.conf /var/log/auth.log /var/log/secure",
            );
            ctx.fact("journald_storage", storage.as_str());
            ctx.fact("persistent_journal", persistent_journal);
            ctx.fact("syslog_auth_log", syslog);
            Ok(Verdict::pass_if(persistent_journal || syslog))
        }
    }
}

pub(crate) fn clock_synced(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let kind = ctx
                .reg(
                    r"HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Parameters",
                    "Type",
                )?
                .and_then(|v| v.as_text())
                .ok_or(UnknownReason::NotDeterminable)?;
            let start = ctx
                .reg(r"HKLM\SYSTEM\CurrentControlSet\Services\W32Time", "Start")?
                .and_then(|v| v.as_number());
            ctx.fact("type", kind.as_str());
            ctx.fact("service_start", start);
            Ok(if kind.eq_ignore_ascii_case("NoSync") || start == Some(4) {
                Verdict::Fail
            } else {
                Verdict::Pass
            })
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&SYSTEMSETUP_NETWORKTIME)?;
            let text = out.all();
            if text.contains("Network Time: On") {
                Ok(Verdict::Pass)
            } else if text.contains("Network Time: Off") {
                Ok(Verdict::Fail)
            } else if text.contains("administrator access") {
                Err(UnknownReason::NeedsAdmin)
            } else {
                Err(UnknownReason::ParseError)
            }
        }
        OsFamily::Linux => {
            let out = ctx.cmd(&TIMEDATECTL);
            if let Ok(o) = &out {
                let synced = config_value(&o.stdout, "NTPSynchronized", false);
                let ntp = config_value(&o.stdout, "NTP", false);
                if let (Some(synced), Some(ntp)) = (synced, ntp) {
                    ctx.fact("ntp", ntp.as_str());
                    ctx.fact("synchronized", synced.as_str());
                    return Ok(Verdict::pass_if(synced == "yes"));
                }
            }
            // No systemd (containers, some distributions): look for a time daemon instead.
            let daemons = ["chronyd", "ntpd", "systemd-timesyn", "openntpd", "ntpsec"];
            let running: Vec<String> = processes(ctx)?
                .into_iter()
                .filter(|p| daemons.iter().any(|d| p.starts_with(d)))
                .collect();
            ctx.fact("time_daemons", running.clone());
            if !running.is_empty() {
                return Ok(Verdict::Pass);
            }
            match out {
                Err(UnknownReason::ToolMissing) => Err(UnknownReason::ToolMissing),
                _ => Err(UnknownReason::NotDeterminable),
            }
        }
    }
}
