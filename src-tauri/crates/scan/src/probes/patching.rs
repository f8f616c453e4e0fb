//! OS support, automatic updates, last successful update.

use super::apt_history;
use super::shared::{config_value, defaults_value, win_section};
use crate::context::{ProbeContext, Probed};
use crate::eol;
use crate::host::CommandSpec;
use crate::model::{OsFamily, OsInfo, UnknownReason, Verdict};
use crate::timeutil::{self, age_days};
use serde_json::Value;

const CURRENT_VERSION: &str = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion";
const SW_VERS: CommandSpec = CommandSpec {
    id: "sw_vers",
    program: "sw_vers",
    args: &[],
};
pub(crate) const SOFTWARE_UPDATE_PREFS: CommandSpec = CommandSpec {
    id: "softwareupdate-prefs",
    program: "defaults",
    args: &["read", "/Library/Preferences/com.apple.SoftwareUpdate"],
};
const APT_CONFIG: CommandSpec = CommandSpec {
    id: "apt-config-dump",
    program: "apt-config",
    args: &["dump"],
};

const APT_HISTORY: &str = "/var/log/apt/history.log";

/// Days after which the last update counts as stale.
const UPDATE_MAX_AGE_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Release {
    Windows {
        build: u32,
        ubr: u64,
        edition: String,
        display: String,
        product: String,
    },
    Macos {
        version: String,
    },
    Linux {
        id: String,
        version_id: String,
        pretty: String,
    },
}

/// `/etc/os-release`: `KEY=value` with optional quotes.
pub(crate) fn parse_os_release(text: &str) -> Option<(String, String, String)> {
    let id = config_value(text, "ID", false)?;
    let version = config_value(text, "VERSION_ID", false).unwrap_or_default();
    let pretty = config_value(text, "PRETTY_NAME", false).unwrap_or_else(|| id.clone());
    Some((id, version, pretty))
}

/// `sw_vers`: `ProductVersion:\t14.5` (older) or `ProductVersion: 14.5`.
pub(crate) fn parse_sw_vers(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.trim().strip_prefix("ProductVersion:"))
        .map(|v| v.trim().to_string())
        .filter(|v| v.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

pub(crate) fn release(ctx: &ProbeContext) -> Probed<Release> {
    match ctx.os() {
        OsFamily::Windows => {
            let build = ctx
                .reg(CURRENT_VERSION, "CurrentBuild")?
                .and_then(|v| v.as_number())
                .ok_or(UnknownReason::ParseError)? as u32;
            let text = |name| -> Probed<String> {
                Ok(ctx
                    .reg(CURRENT_VERSION, name)?
                    .and_then(|v| v.as_text())
                    .unwrap_or_default())
            };
            Ok(Release::Windows {
                build,
                ubr: ctx
                    .reg(CURRENT_VERSION, "UBR")?
                    .and_then(|v| v.as_number())
                    .unwrap_or(0),
                edition: text("EditionID")?,
                display: text("DisplayVersion")?,
                product: text("ProductName")?,
            })
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&SW_VERS)?;
            let version = parse_sw_vers(&out.stdout).ok_or(UnknownReason::ParseError)?;
            Ok(Release::Macos { version })
        }
        OsFamily::Linux => {
            let text = match ctx.file("/etc/os-release")? {
                Some(t) => t,
                None => ctx
                    .file("/usr/lib/os-release")?
                    .ok_or(UnknownReason::ToolMissing)?,
            };
            let (id, version_id, pretty) =
                parse_os_release(&text).ok_or(UnknownReason::ParseError)?;
            Ok(Release::Linux {
                id,
                version_id,
                pretty,
            })
        }
    }
}

pub(crate) fn os_info(ctx: &ProbeContext) -> OsInfo {
    let family = ctx.os();
    match release(ctx) {
        Ok(Release::Windows {
            build,
            ubr,
            display,
            product,
            ..
        }) => OsInfo {
            family,
            // ProductName still says "Windows 10" on Windows 11; the build number decides.
            name: if build >= 22000 {
                product.replace("Windows 10", "Windows 11")
            } else {
                product
            },
            version: format!("{display} ({build}.{ubr})").trim().to_string(),
        },
        Ok(Release::Macos { version }) => OsInfo {
            family,
            name: "macOS".into(),
            version,
        },
        Ok(Release::Linux {
            version_id, pretty, ..
        }) => OsInfo {
            family,
            name: pretty,
            version: version_id,
        },
        Err(_) => OsInfo {
            family,
            name: String::new(),
            version: String::new(),
        },
    }
}

fn judge_end(ctx: &ProbeContext, name: &str, end: &str) -> Probed<Verdict> {
    let end_ts = timeutil::parse_ymd(end).ok_or(UnknownReason::ParseError)?;
    ctx.fact("release", name);
    ctx.fact("security_updates_until", end);
    Ok(Verdict::pass_if(ctx.now() < end_ts))
}

pub(crate) fn os_supported(ctx: &ProbeContext) -> Probed<Verdict> {
    let table = eol::os_table();
    match release(ctx)? {
        Release::Windows { build, edition, .. } => {
            ctx.fact("build", build);
            ctx.fact("edition_id", edition.as_str());
            if let Some(r) = table.windows.iter().find(|r| r.build == build) {
                return judge_end(ctx, &r.name, &eol::windows_end(r, &edition));
            }
            let newest = table.windows.iter().map(|r| r.build).max().unwrap_or(0);
            // Newer than the table: a release shipped after this table, so still supported.
            // Older and unlisted (Windows 7/8.1, early 10 builds): long out of support.
            Ok(Verdict::pass_if(build > newest))
        }
        Release::Macos { version } => {
            let mut parts = version.split('.');
            let first = parts.next().unwrap_or("");
            // macOS 10.x numbered releases by the second component; all long unsupported.
            if first == "10" {
                ctx.fact("version", version.as_str());
                return Ok(Verdict::Fail);
            }
            match table.macos.iter().find(|r| r.version == first) {
                Some(r) => {
                    ctx.fact("estimated", r.estimated);
                    judge_end(ctx, &r.name, &r.end)
                }
                None => {
                    let newest = table
                        .macos
                        .iter()
                        .filter_map(|r| r.version.parse::<u32>().ok())
                        .max()
                        .unwrap_or(0);
                    match first.parse::<u32>() {
                        Ok(m) if m > newest => Ok(Verdict::Pass),
                        Ok(_) => Ok(Verdict::Fail),
                        Err(_) => Err(UnknownReason::ParseError),
                    }
                }
            }
        }
        Release::Linux {
            id,
            version_id,
            pretty,
        } => {
            ctx.fact("distribution", format!("{id} {version_id}"));
            match table
                .linux
                .iter()
                .find(|r| r.id == id && r.version == version_id)
            {
                Some(r) => judge_end(ctx, &pretty, &r.end),
                // A distribution the table does not list: say so rather than guess.
                None => Err(UnknownReason::NotDeterminable),
            }
        }
    }
}

/// Parsed `apt-config dump` value: `APT::Periodic::Unattended-Upgrade "1";`.
pub(crate) fn apt_config_value(dump: &str, key: &str) -> Option<String> {
    dump.lines().find_map(|l| {
        let rest = l.trim().strip_prefix(key)?.trim();
        rest.strip_prefix('"')
            .and_then(|r| r.split('"').next())
            .map(str::to_string)
    })
}

pub(crate) fn auto_updates(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let au = r"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU";
            let no_auto = ctx.reg(au, "NoAutoUpdate")?.and_then(|v| v.as_number());
            let options = ctx.reg(au, "AUOptions")?.and_then(|v| v.as_number());
            let start = |svc: &str| -> Probed<Option<u64>> {
                Ok(ctx
                    .reg(
                        &format!(r"HKLM\SYSTEM\CurrentControlSet\Services\{svc}"),
                        "Start",
                    )?
                    .and_then(|v| v.as_number()))
            };
            let wuauserv = start("wuauserv")?;
            let uso = start("UsoSvc")?;
            ctx.fact("no_auto_update_policy", no_auto);
            ctx.fact("au_options_policy", options);
            ctx.fact("wuauserv_start", wuauserv);
            ctx.fact("usosvc_start", uso);
            if wuauserv.is_none() {
                return Err(UnknownReason::NotDeterminable);
            }
            // Start 4 = disabled. AUOptions 1 = never check, 2 = only notify.
            let off = no_auto == Some(1)
                || matches!(options, Some(1) | Some(2))
                || wuauserv == Some(4)
                || uso == Some(4);
            Ok(if off { Verdict::Fail } else { Verdict::Pass })
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&SOFTWARE_UPDATE_PREFS)?;
            let prefs = if out.ok() {
                out.stdout.clone()
            } else if out.stderr.contains("does not exist") {
                // No preferences file yet: macOS defaults apply (check, download, critical on).
                String::new()
            } else {
                return Err(UnknownReason::ParseError);
            };
            if out.ok() && !prefs.trim_start().starts_with('{') {
                return Err(UnknownReason::ParseError);
            }
            let flag = |k: &str| defaults_value(&prefs, k).map(|v| v == "1" || v == "true");
            let check = flag("AutomaticCheckEnabled").unwrap_or(true);
            let download = flag("AutomaticDownload").unwrap_or(true);
            let critical = flag("CriticalUpdateInstall").unwrap_or(true);
            let os_updates = flag("AutomaticallyInstallMacOSUpdates").unwrap_or(false);
            ctx.fact("automatic_check", check);
            ctx.fact("automatic_download", download);
            ctx.fact("critical_update_install", critical);
            ctx.fact("install_macos_updates", os_updates);
            Ok(Verdict::pass_if(check && download && critical))
        }
        OsFamily::Linux => match ctx.cmd(&APT_CONFIG) {
            Ok(out) => {
                if !out.ok() || !out.stdout.contains("APT::") {
                    return Err(UnknownReason::ParseError);
                }
                let unattended = apt_config_value(&out.stdout, "APT::Periodic::Unattended-Upgrade");
                let lists = apt_config_value(&out.stdout, "APT::Periodic::Update-Package-Lists");
                let installed = ctx.file_quiet("/usr/bin/unattended-upgrade")?.is_some();
                ctx.fact("unattended_upgrade", unattended.clone());
                ctx.fact("update_package_lists", lists.clone());
                ctx.fact("unattended_upgrades_installed", installed);
                let on =
                    |v: &Option<String>| v.as_deref().is_some_and(|v| v != "0" && !v.is_empty());
                Ok(Verdict::pass_if(installed && on(&unattended) && on(&lists)))
            }
            Err(UnknownReason::ToolMissing) => {
                // Not a Debian family system: dnf-automatic is the Fedora/RHEL equivalent.
                let Some(conf) = ctx.file("/etc/dnf/automatic.conf")? else {
                    return Err(UnknownReason::ToolMissing);
                };
                let apply = super::shared::ini_value(&conf, "commands", "apply_updates")
                    .is_some_and(|v| v == "yes" || v == "True" || v == "true");
                let wants = ctx
                    .dir("/etc/systemd/system/timers.target.wants")?
                    .unwrap_or_default();
                let timer = wants.iter().any(|w| w.starts_with("dnf-automatic"));
                ctx.fact("apply_updates", apply);
                ctx.fact("timer_enabled", timer);
                Ok(Verdict::pass_if(apply && timer))
            }
            Err(e) => Err(e),
        },
    }
}

fn judge_age(ctx: &ProbeContext, when: i64, max_days: i64) -> Verdict {
    let age = age_days(ctx.now(), when);
    ctx.fact("days_ago", age);
    ctx.fact("limit_days", max_days);
    Verdict::pass_if(age <= max_days)
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum WindowsInstall {
    /// The newest install and which source said so.
    At(i64, &'static str),
    Never,
    Unknown,
}

/// Windows Update's last successful installation (empty when unknown, <= 0 for 1601-01-01 =
/// never) against the newest hotfix's install date: the newer one decides.
pub(crate) fn newest_windows_install(last: Option<i64>, hotfix: Option<i64>) -> WindowsInstall {
    let wua = last.filter(|t| *t > 0);
    match (wua, hotfix.filter(|t| *t > 0)) {
        (Some(w), Some(h)) if h > w => WindowsInstall::At(h, "hotfix_installed_on"),
        (Some(w), _) => WindowsInstall::At(w, "last_installation_success"),
        (None, Some(h)) => WindowsInstall::At(h, "hotfix_installed_on"),
        (None, None) if last.is_some() => WindowsInstall::Never,
        (None, None) => WindowsInstall::Unknown,
    }
}

pub(crate) fn updates_recent(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let rows = win_section(ctx, "windows_update")?;
            let row = rows.first().ok_or(UnknownReason::ParseError)?;
            let field = |k: &str| -> Probed<Option<i64>> {
                match row.get(k) {
                    None | Some(Value::Null) => Ok(None),
                    Some(v) => v.as_i64().map(Some).ok_or(UnknownReason::ParseError),
                }
            };
            let (last, hotfix) = (field("last_success")?, field("hotfix_installed")?);
            match newest_windows_install(last, hotfix) {
                WindowsInstall::At(when, source) => {
                    ctx.fact("decided_by", source);
                    Ok(judge_age(ctx, when, UPDATE_MAX_AGE_DAYS))
                }
                WindowsInstall::Never => {
                    // WUA reports 1601-01-01 when nothing was ever installed.
                    ctx.fact("never_installed", true);
                    Ok(Verdict::Fail)
                }
                WindowsInstall::Unknown => Err(UnknownReason::NotDeterminable),
            }
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&SOFTWARE_UPDATE_PREFS)?;
            if !out.ok() {
                return Err(UnknownReason::NotDeterminable);
            }
            let date = defaults_value(&out.stdout, "LastFullSuccessfulDate")
                .or_else(|| defaults_value(&out.stdout, "LastSuccessfulDate"))
                .ok_or(UnknownReason::NotDeterminable)?;
            let when = timeutil::parse_ymd(&date).ok_or(UnknownReason::ParseError)?;
            Ok(judge_age(ctx, when, UPDATE_MAX_AGE_DAYS))
        }
        OsFamily::Linux => {
            // Read quietly and note only the run that decided: the head of the log is its
            // oldest entries, which say nothing about the last update.
            let source = format!("file: {APT_HISTORY}");
            let Some(bytes) = ctx.file_quiet(APT_HISTORY)? else {
                ctx.note(&source, "(does not exist)");
                return Err(UnknownReason::ToolMissing);
            };
            let log = String::from_utf8_lossy(&bytes);
            let all = apt_history::transactions(&log);
            if let Some((ended, run, later)) = apt_history::last_update_run(&all) {
                ctx.note(&source, &run.excerpt());
                ctx.fact("later_runs_without_updates", later);
                return Ok(judge_age(ctx, ended, UPDATE_MAX_AGE_DAYS));
            }
            let oldest = all.iter().filter_map(|t| t.ended).min();
            match oldest {
                // Freshly rotated (the history is in history.log.1.gz) or never used.
                None if log.trim().is_empty() => {
                    ctx.note(&source, "(empty)");
                    Err(UnknownReason::NotDeterminable)
                }
                None => {
                    ctx.note(&source, &log.chars().take(300).collect::<String>());
                    Err(UnknownReason::ParseError)
                }
                // Only installs and removals in the log. If it reaches back past the limit, no
                // update was installed within it; otherwise the last one may be in a rotated log.
                Some(oldest) => {
                    if let Some(newest) = all.iter().rev().find(|t| t.ended.is_some()) {
                        ctx.note(&source, &newest.excerpt());
                    }
                    ctx.fact("update_runs", 0);
                    if age_days(ctx.now(), oldest) > UPDATE_MAX_AGE_DAYS {
                        ctx.fact("log_days", age_days(ctx.now(), oldest));
                        ctx.fact("limit_days", UPDATE_MAX_AGE_DAYS);
                        Ok(Verdict::Fail)
                    } else {
                        Err(UnknownReason::NotDeterminable)
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod windows_update_tests {
    use super::*;

    #[test]
    fn newer_of_wua_and_hotfix_decides() {
        use WindowsInstall::*;
        assert_eq!(
            newest_windows_install(Some(100), Some(50)),
            At(100, "last_installation_success")
        );
        assert_eq!(
            newest_windows_install(Some(100), Some(200)),
            At(200, "hotfix_installed_on")
        );
        assert_eq!(
            newest_windows_install(None, Some(200)),
            At(200, "hotfix_installed_on")
        );
        assert_eq!(newest_windows_install(Some(-11644473600), None), Never);
        assert_eq!(newest_windows_install(None, None), Unknown);
    }
}
