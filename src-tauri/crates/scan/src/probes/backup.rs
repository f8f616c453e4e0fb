//! Backups: something configured, and a recent successful run.

use super::shared::win_section;
use crate::context::{ProbeContext, Probed};
use crate::host::CommandSpec;
use crate::model::{OsFamily, UnknownReason, Verdict};
use crate::timeutil::{self, age_days};
use serde_json::Value;

const BACKUP_MAX_AGE_DAYS: i64 = 7;
const FILE_HISTORY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\FileHistory";

/// Backup programs, matched case-insensitively against installed programs (Windows).
const WINDOWS_BACKUP_APPS: &[&str] = &[
    "veeam",
    "acronis",
    "backblaze",
    "carbonite",
    "macrium",
    "easeus todo backup",
    "aomei backupper",
    "傲梅轻松备份",
    "active backup for business",
    "duplicati",
    "arq",
    "crashplan",
    "idrive",
    "cobian",
];

const TMUTIL_DESTINATIONS: CommandSpec = CommandSpec {
    id: "tmutil-destinationinfo",
    program: "tmutil",
    args: &["destinationinfo"],
};
const TMUTIL_LATEST: CommandSpec = CommandSpec {
    id: "tmutil-latestbackup",
    program: "tmutil",
    args: &["latestbackup"],
};
const DEJADUP_PERIODIC: CommandSpec = CommandSpec {
    id: "gsettings-dejadup-periodic",
    program: "gsettings",
    args: &["get", "org.gnome.DejaDup", "periodic"],
};
const DEJADUP_LAST: CommandSpec = CommandSpec {
    id: "gsettings-dejadup-last-backup",
    program: "gsettings",
    args: &["get", "org.gnome.DejaDup", "last-backup"],
};

fn windows_backup_apps(ctx: &ProbeContext) -> Probed<Vec<String>> {
    Ok(win_section(ctx, "apps")?
        .iter()
        .filter_map(|a| a.get("name").and_then(Value::as_str))
        .filter(|n| {
            let l = n.to_lowercase();
            WINDOWS_BACKUP_APPS.iter().any(|b| l.contains(b))
        })
        .map(str::to_string)
        .collect())
}

/// Scheduled backup jobs on Linux besides Déjà Dup: systemd timers and cron files that run
/// restic, borg, rsnapshot, duplicity or timeshift.
fn linux_backup_jobs(ctx: &ProbeContext) -> Probed<Vec<String>> {
    let tools = [
        "restic",
        "borg",
        "rsnapshot",
        "duplicity",
        "timeshift",
        "rclone",
    ];
    let mut found = Vec::new();
    for dir in [
        "/etc/systemd/system/timers.target.wants",
        "/etc/cron.d",
        "/etc/cron.daily",
    ] {
        for name in ctx.dir(dir)?.unwrap_or_default() {
            if tools.iter().any(|t| name.contains(t)) {
                found.push(format!("{dir}/{name}"));
            }
        }
    }
    if let Some(t) = ctx.file("/etc/timeshift/timeshift.json")? {
        if [
            "schedule_daily",
            "schedule_weekly",
            "schedule_hourly",
            "schedule_monthly",
        ]
        .iter()
        .any(|k| {
            t.contains(&format!("\"{k}\" : \"true\"")) || t.contains(&format!("\"{k}\": \"true\""))
        }) {
            found.push("timeshift".into());
        }
    }
    Ok(found)
}

/// `gsettings` prints booleans as `true` and strings as `'…'`.
fn gsettings_text(out: &str) -> String {
    out.trim().trim_matches('\'').to_string()
}

pub(crate) fn backup_configured(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let file_history = ctx.reg(FILE_HISTORY, "ProtectedUpToTime")?.is_some();
            let apps = windows_backup_apps(ctx)?;
            ctx.fact("file_history", file_history);
            ctx.fact("backup_programs", apps.clone());
            Ok(Verdict::pass_if(file_history || !apps.is_empty()))
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&TMUTIL_DESTINATIONS)?;
            let text = out.all();
            if text.contains("No destinations configured") {
                Ok(Verdict::Fail)
            } else if text.lines().any(|l| l.trim_start().starts_with("Name")) {
                Ok(Verdict::Pass)
            } else {
                Err(UnknownReason::ParseError)
            }
        }
        OsFamily::Linux => {
            let dejadup = match ctx.cmd(&DEJADUP_PERIODIC) {
                Ok(o) if o.ok() => o.stdout.trim() == "true",
                _ => false,
            };
            let jobs = linux_backup_jobs(ctx)?;
            ctx.fact("deja_dup_periodic", dejadup);
            ctx.fact("backup_jobs", jobs.clone());
            Ok(Verdict::pass_if(dejadup || !jobs.is_empty()))
        }
    }
}

fn judge_age(ctx: &ProbeContext, when: i64) -> Verdict {
    let age = age_days(ctx.now(), when);
    ctx.fact("days_ago", age);
    ctx.fact("limit_days", BACKUP_MAX_AGE_DAYS);
    Verdict::pass_if(age <= BACKUP_MAX_AGE_DAYS)
}

/// `tmutil latestbackup`: `/Volumes/TM/Backups.backupdb/<host>/2024-05-01-120000` or, on APFS,
/// `…/2024-05-01-120000.backup`.
pub(crate) fn tmutil_latest_date(text: &str) -> Option<i64> {
    let last = text.trim().rsplit('/').next()?;
    timeutil::parse_ymd(
        last.trim_end_matches(".backup")
            .trim_end_matches(".inprogress"),
    )
}

pub(crate) fn backup_recent(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            if let Some(ft) = ctx
                .reg(FILE_HISTORY, "ProtectedUpToTime")?
                .and_then(|v| v.as_number())
            {
                return Ok(judge_age(ctx, timeutil::from_filetime(ft)));
            }
            let apps = windows_backup_apps(ctx)?;
            ctx.fact("backup_programs", apps.clone());
            if apps.is_empty() {
                Ok(Verdict::Fail)
            } else {
                // Third-party agents keep their history in their own consoles.
                Err(UnknownReason::NotDeterminable)
            }
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&TMUTIL_LATEST)?;
            let text = out.all();
            if text.contains("Full Disk Access") {
                return Err(UnknownReason::NeedsFullDiskAccess);
            }
            match tmutil_latest_date(&out.stdout) {
                Some(when) if out.ok() => Ok(judge_age(ctx, when)),
                _ if text.contains("No machine directory") || text.contains("No backups") => {
                    Ok(Verdict::Fail)
                }
                _ if out.stdout.trim().is_empty() && out.ok() => Ok(Verdict::Fail),
                _ => Err(UnknownReason::ParseError),
            }
        }
        OsFamily::Linux => {
            if let Ok(o) = ctx.cmd(&DEJADUP_LAST) {
                let last = gsettings_text(&o.stdout);
                if o.ok() && !last.is_empty() {
                    let when = timeutil::parse_ymd(&last).ok_or(UnknownReason::ParseError)?;
                    return Ok(judge_age(ctx, when));
                }
            }
            let jobs = linux_backup_jobs(ctx)?;
            ctx.fact("backup_jobs", jobs.clone());
            if jobs.is_empty() {
                Ok(Verdict::Fail)
            } else {
                // restic/borg/timeshift keep their history in repositories we do not open.
                Err(UnknownReason::NotDeterminable)
            }
        }
    }
}
