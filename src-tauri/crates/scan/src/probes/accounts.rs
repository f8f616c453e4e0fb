//! Accounts and sign-in: daily user not an administrator, number of administrators, guest
//! account, password and lockout policy, screen lock, auto-login, legacy authentication.

use super::shared::{config_value, ini_value, win_section};
use crate::context::{ProbeContext, Probed};
use crate::host::CommandSpec;
use crate::model::{OsFamily, UnknownReason, Verdict};
use serde_json::Value;

/// More administrators than this on one small-business computer is a finding.
const MAX_ADMINS: usize = 2;
const MIN_PASSWORD_LENGTH: u64 = 8;
const MAX_LOCKOUT_THRESHOLD: u64 = 10;
/// Screen lock within 15 minutes (CIS / Essential Eight use 15 minutes or less).
const MAX_IDLE_SECONDS: u64 = 900;

const ID: CommandSpec = CommandSpec {
    id: "id",
    program: "id",
    args: &[],
};
const DSCL_ADMIN: CommandSpec = CommandSpec {
    id: "dscl-admin",
    program: "dscl",
    args: &[".", "-read", "/Groups/admin", "GroupMembership"],
};
const LOGINWINDOW_GUEST: CommandSpec = CommandSpec {
    id: "loginwindow-guest",
    program: "defaults",
    args: &[
        "read",
        "/Library/Preferences/com.apple.loginwindow",
        "GuestEnabled",
    ],
};
const LOGINWINDOW_AUTOLOGIN: CommandSpec = CommandSpec {
    id: "loginwindow-autologin",
    program: "defaults",
    args: &[
        "read",
        "/Library/Preferences/com.apple.loginwindow",
        "autoLoginUser",
    ],
};
/// The current user's token groups. Unlike the Administrators group's member list, the token
/// holds every group the user is in through nested groups and Entra ID (Azure AD) roles, and
/// UAC's filtered token still lists S-1-5-32-544 ("Group used for deny only").
const WHOAMI_GROUPS: CommandSpec = CommandSpec {
    id: "whoami-groups",
    program: "whoami",
    args: &["/groups", "/fo", "csv"],
};
/// Well-known SID of BUILTIN\Administrators (the name is translated, the SID is not).
const ADMINISTRATORS_SID: &str = "S-1-5-32-544";
/// Mandatory label of an elevated (high integrity) token.
const HIGH_INTEGRITY_SID: &str = "S-1-16-12288";

/// Splits one CSV line (`"a","b, c",d`) into fields; `""` inside quotes is a quote.
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    fields.push(cur);
    fields
}

/// `whoami /groups /fo csv`: the SIDs of the token's groups. The header and the group names
/// and attributes are translated (and in the console code page), so only the field that looks
/// like a SID is read. `None` when no row holds a SID.
pub(crate) fn parse_whoami_groups(text: &str) -> Option<Vec<String>> {
    let sids: Vec<String> = text
        .lines()
        .filter_map(|l| {
            csv_fields(l.trim_end_matches('\r'))
                .into_iter()
                .map(|f| f.trim().to_string())
                .find(|f| {
                    f.starts_with("S-1-") && f[4..].bytes().all(|b| b.is_ascii_digit() || b == b'-')
                })
        })
        .collect();
    (!sids.is_empty()).then_some(sids)
}

const NET_ACCOUNTS: CommandSpec = CommandSpec {
    id: "net-accounts",
    program: "net",
    args: &["accounts"],
};
const PWPOLICY: CommandSpec = CommandSpec {
    id: "pwpolicy",
    program: "pwpolicy",
    args: &["-getaccountpolicies"],
};
const SCREENLOCK: CommandSpec = CommandSpec {
    id: "sysadminctl-screenlock",
    program: "sysadminctl",
    args: &["-screenLock", "status"],
};
const PMSET: CommandSpec = CommandSpec {
    id: "pmset",
    program: "pmset",
    args: &["-g"],
};
const GSETTINGS_LOCK: CommandSpec = CommandSpec {
    id: "gsettings-lock-enabled",
    program: "gsettings",
    args: &["get", "org.gnome.desktop.screensaver", "lock-enabled"],
};
const GSETTINGS_IDLE: CommandSpec = CommandSpec {
    id: "gsettings-idle-delay",
    program: "gsettings",
    args: &["get", "org.gnome.desktop.session", "idle-delay"],
};

/// `id` output (Linux and macOS): `uid=501(alice) gid=20(staff) groups=20(staff),80(admin)`.
/// Returns (uid, group names).
pub(crate) fn parse_id(text: &str) -> Option<(u32, Vec<String>)> {
    let uid: u32 = text
        .trim()
        .strip_prefix("uid=")?
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    let groups = text
        .split("groups=")
        .nth(1)
        .map(|g| {
            g.split(',')
                .filter_map(|e| {
                    e.split('(')
                        .nth(1)
                        .map(|n| n.trim_end_matches(')').trim().to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    Some((uid, groups))
}

fn windows_admin_sids(ctx: &ProbeContext) -> Probed<Vec<String>> {
    let admins = win_section(ctx, "admins")?;
    let disabled: Vec<String> = win_section(ctx, "users")
        .unwrap_or_default()
        .iter()
        .filter(|u| u.get("enabled").and_then(Value::as_bool) == Some(false))
        .filter_map(|u| u.get("sid").and_then(Value::as_str).map(str::to_string))
        .collect();
    admins
        .iter()
        .map(|a| a.get("sid").and_then(Value::as_str).map(str::to_string))
        .collect::<Option<Vec<_>>>()
        .map(|sids| sids.into_iter().filter(|s| !disabled.contains(s)).collect())
        .ok_or(UnknownReason::ParseError)
}

pub(crate) fn daily_user_not_admin(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            match ctx.cmd(&WHOAMI_GROUPS) {
                Ok(out) if out.ok() => {
                    let sids = parse_whoami_groups(&out.stdout).ok_or(UnknownReason::ParseError)?;
                    // Present whether the group is enabled (elevated) or deny-only (UAC's
                    // filtered token): either way the user can act as an administrator.
                    let is_admin = sids.iter().any(|s| s == ADMINISTRATORS_SID);
                    ctx.fact("is_admin", is_admin);
                    ctx.fact(
                        "token_elevated",
                        sids.iter().any(|s| s == HIGH_INTEGRITY_SID),
                    );
                    return Ok(Verdict::pass_if(!is_admin));
                }
                Ok(_) => return Err(UnknownReason::ParseError),
                // whoami.exe ships with every supported Windows; without it, fall back to the
                // Administrators group's direct members (misses nested groups and Entra roles).
                Err(UnknownReason::ToolMissing) => {}
                Err(e) => return Err(e),
            }
            let me = win_section(ctx, "me")?
                .first()
                .and_then(|m| m.get("sid")?.as_str().map(str::to_string))
                .ok_or(UnknownReason::ParseError)?;
            // Compare SIDs, never group names: "Administrators" is "管理员" on a Chinese Windows.
            let admins = windows_admin_sids(ctx)?;
            let is_admin = admins.contains(&me);
            ctx.fact("is_admin", is_admin);
            Ok(if is_admin {
                Verdict::Fail
            } else {
                Verdict::Pass
            })
        }
        OsFamily::Macos | OsFamily::Linux => {
            let out = ctx.cmd(&ID)?;
            let (uid, groups) = parse_id(&out.stdout).ok_or(UnknownReason::ParseError)?;
            let admin_groups = ["sudo", "wheel", "admin"];
            let is_admin = uid == 0 || groups.iter().any(|g| admin_groups.contains(&g.as_str()));
            ctx.fact("uid_is_root", uid == 0);
            ctx.fact("is_admin", is_admin);
            Ok(if is_admin {
                Verdict::Fail
            } else {
                Verdict::Pass
            })
        }
    }
}

/// Members of the named groups in `/etc/group` plus UID-0 accounts other than root in
/// `/etc/passwd`.
pub(crate) fn linux_admins(group: &str, passwd: &str) -> (Vec<String>, Vec<String>) {
    let mut members: Vec<String> = group
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() >= 4 && ["sudo", "wheel", "admin"].contains(&f[0])).then(|| f[3])
        })
        .flat_map(|m| {
            m.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        })
        .filter(|m| m != "root")
        .collect();
    members.sort();
    members.dedup();
    let extra_root: Vec<String> = passwd
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() >= 3 && f[2] == "0" && f[0] != "root").then(|| f[0].to_string())
        })
        .collect();
    (members, extra_root)
}

pub(crate) fn admin_count(ctx: &ProbeContext) -> Probed<Verdict> {
    let (count, extra_root) = match ctx.os() {
        OsFamily::Windows => (windows_admin_sids(ctx)?.len(), 0),
        OsFamily::Macos => {
            let out = ctx.cmd_private(&DSCL_ADMIN)?;
            let line = out
                .stdout
                .lines()
                .find_map(|l| l.strip_prefix("GroupMembership:"))
                .ok_or(UnknownReason::ParseError)?;
            (line.split_whitespace().filter(|m| *m != "root").count(), 0)
        }
        OsFamily::Linux => {
            // Read quietly: these files name every account on the machine.
            let group = ctx
                .file_quiet("/etc/group")?
                .ok_or(UnknownReason::ToolMissing)?;
            let passwd = ctx.file_quiet("/etc/passwd")?.unwrap_or_default();
            let (members, extra_root) = linux_admins(
                &String::from_utf8_lossy(&group),
                &String::from_utf8_lossy(&passwd),
            );
            ctx.note(
                "file: /etc/group (sudo, wheel, admin), /etc/passwd (uid 0)",
                &format!(
                    "{} administrator account(s), {} extra uid-0 account(s); names withheld",
                    members.len(),
                    extra_root.len()
                ),
            );
            (members.len(), extra_root.len())
        }
    };
    ctx.fact("administrators", count);
    ctx.fact("extra_uid0_accounts", extra_root);
    ctx.fact("limit", MAX_ADMINS);
    Ok(Verdict::pass_if(count <= MAX_ADMINS && extra_root == 0))
}

pub(crate) fn guest_disabled(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let users = win_section(ctx, "users")?;
            let guest = users.iter().find(|u| {
                u.get("sid")
                    .and_then(Value::as_str)
                    .is_some_and(|s| s.ends_with("-501"))
            });
            let enabled = guest
                .and_then(|g| g.get("enabled").and_then(Value::as_bool))
                .unwrap_or(false);
            ctx.fact("guest_enabled", enabled);
            Ok(if enabled {
                Verdict::Fail
            } else {
                Verdict::Pass
            })
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&LOGINWINDOW_GUEST)?;
            let enabled = if out.ok() {
                match out.stdout.trim() {
                    "1" | "true" => true,
                    "0" | "false" => false,
                    _ => return Err(UnknownReason::ParseError),
                }
            } else if out.stderr.contains("does not exist") {
                false
            } else {
                return Err(UnknownReason::ParseError);
            };
            ctx.fact("guest_enabled", enabled);
            Ok(if enabled {
                Verdict::Fail
            } else {
                Verdict::Pass
            })
        }
        OsFamily::Linux => {
            let conf = ctx.file("/etc/lightdm/lightdm.conf")?.unwrap_or_default();
            let enabled = config_value(&conf, "allow-guest", false).is_some_and(|v| v == "true");
            ctx.fact("guest_enabled", enabled);
            Ok(if enabled {
                Verdict::Fail
            } else {
                Verdict::Pass
            })
        }
    }
}

/// `net accounts`: the labels are translated ("Minimum password length" / "密码长度最小值"), but
/// the order of the lines is fixed, so read values by position: 4th = minimum password length,
/// 6th = lockout threshold. Non-numbers ("Never", "从不", "None") read as 0.
pub(crate) fn parse_net_accounts(text: &str) -> Option<(u64, u64)> {
    let values: Vec<u64> = text
        .lines()
        .filter_map(|l| {
            let idx = l.rfind([':', '：'])?;
            let v = l[idx..].trim_start_matches([':', '：']).trim();
            Some(v.parse().unwrap_or(0))
        })
        .collect();
    if values.len() < 8 {
        return None;
    }
    Some((values[3], values[5]))
}

fn pwpolicy_integer(text: &str, key: &str) -> Option<u64> {
    super::shared::xml_plist_value(text, key)?.parse().ok()
}

/// Minimum length in a macOS policy: a `minimumLength` parameter or a `.{N,}` pattern.
pub(crate) fn pwpolicy_min_length(text: &str) -> Option<u64> {
    pwpolicy_integer(text, "minimumLength").or_else(|| {
        let i = text.find(".{")?;
        text[i + 2..].split([',', '}']).next()?.parse().ok()
    })
}

fn pam_min_length(pam: &str, pwquality: Option<&str>) -> u64 {
    let mut best = 0;
    for line in pam.lines().map(str::trim).filter(|l| !l.starts_with('#')) {
        let arg = |name: &str| {
            line.split_whitespace()
                .find_map(|a| a.strip_prefix(name).and_then(|v| v.parse::<u64>().ok()))
        };
        if line.contains("pam_pwquality.so") || line.contains("pam_cracklib.so") {
            let conf = pwquality
                .and_then(|c| config_value(c, "minlen", false))
                .and_then(|v| v.parse().ok());
            best = best.max(arg("minlen=").or(conf).unwrap_or(8));
        } else if line.starts_with("password") && line.contains("pam_unix.so") {
            best = best.max(arg("minlen=").unwrap_or(6));
        }
    }
    best
}

fn read_pam(ctx: &ProbeContext, debian: &str, redhat: &str) -> Probed<String> {
    match ctx.file(debian)? {
        Some(t) => Ok(t),
        None => ctx.file(redhat)?.ok_or(UnknownReason::ToolMissing),
    }
}

/// Minimum password length and lockout threshold from `net accounts` (Windows).
fn net_accounts(ctx: &ProbeContext) -> Probed<(u64, u64)> {
    let out = ctx.cmd(&NET_ACCOUNTS)?;
    parse_net_accounts(&out.stdout).ok_or(UnknownReason::ParseError)
}

/// The global account policies from `pwpolicy` (macOS); reading them needs an administrator.
fn account_policies(ctx: &ProbeContext) -> Probed<String> {
    let out = ctx.cmd(&PWPOLICY)?;
    if !out.ok() {
        return Err(UnknownReason::NeedsAdmin);
    }
    if !out.stdout.contains("<plist") && !out.stdout.contains("No account policies") {
        return Err(UnknownReason::ParseError);
    }
    Ok(out.stdout)
}

pub(crate) fn password_policy(ctx: &ProbeContext) -> Probed<Verdict> {
    let min = match ctx.os() {
        OsFamily::Windows => net_accounts(ctx)?.0,
        OsFamily::Macos => pwpolicy_min_length(&account_policies(ctx)?).unwrap_or(0),
        OsFamily::Linux => {
            let pam = read_pam(ctx, "/etc/pam.d/common-password", "/etc/pam.d/system-auth")?;
            let pwq = ctx.file("/etc/security/pwquality.conf")?;
            pam_min_length(&pam, pwq.as_deref())
        }
    };
    ctx.fact("minimum_length", min);
    Ok(Verdict::pass_if(min >= MIN_PASSWORD_LENGTH))
}

pub(crate) fn lockout_policy(ctx: &ProbeContext) -> Probed<Verdict> {
    let threshold = match ctx.os() {
        OsFamily::Windows => net_accounts(ctx)?.1,
        OsFamily::Macos => pwpolicy_integer(
            &account_policies(ctx)?,
            "policyAttributeMaximumFailedAuthentications",
        )
        .unwrap_or(0),
        OsFamily::Linux => {
            let pam = read_pam(ctx, "/etc/pam.d/common-auth", "/etc/pam.d/system-auth")?;
            let active = |m: &str| {
                pam.lines()
                    .map(str::trim)
                    .find(|l| !l.starts_with('#') && l.contains(m))
                    .map(str::to_string)
            };
            let deny_arg = |l: &str| {
                l.split_whitespace()
                    .find_map(|a| a.strip_prefix("deny=").and_then(|v| v.parse::<u64>().ok()))
            };
            if let Some(line) = active("pam_faillock.so") {
                let conf = ctx.file("/etc/security/faillock.conf")?.unwrap_or_default();
                let conf_deny = config_value(&conf, "deny", false).and_then(|v| v.parse().ok());
                deny_arg(&line).or(conf_deny).unwrap_or(3)
            } else if let Some(line) = active("pam_tally2.so") {
                deny_arg(&line).unwrap_or(0)
            } else {
                0
            }
        }
    };
    ctx.fact("lockout_threshold", threshold);
    Ok(Verdict::pass_if(
        (1..=MAX_LOCKOUT_THRESHOLD).contains(&threshold),
    ))
}

/// `sysadminctl -screenLock status`: `screenLock delay is immediate` / `… is 300 seconds` /
/// `screenLock is off`. Returns the delay in seconds, `None` for off.
pub(crate) fn parse_screenlock(text: &str) -> Option<Option<u64>> {
    if text.contains("screenLock is off") {
        return Some(None);
    }
    let rest = &text[text.find("screenLock delay is ")? + 20..];
    if rest.starts_with("immediate") {
        return Some(Some(0));
    }
    rest.split_whitespace().next()?.parse().ok().map(Some)
}

/// `pmset -g`: ` displaysleep         10` (minutes, 0 = never).
pub(crate) fn pmset_value(text: &str, key: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let mut f = l.split_whitespace();
        (f.next()? == key).then(|| f.next()?.parse().ok())?
    })
}

pub(crate) fn screen_lock(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let policy = r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System";
            if let Some(secs) = ctx
                .reg(policy, "InactivityTimeoutSecs")?
                .and_then(|v| v.as_number())
                .filter(|s| *s > 0)
            {
                ctx.fact("inactivity_timeout_seconds", secs);
                return Ok(Verdict::pass_if(secs <= MAX_IDLE_SECONDS));
            }
            // Group Policy for the user overrides the user's own setting.
            let read = |name: &str| -> Probed<Option<u64>> {
                let gpo = r"HKCU\Software\Policies\Microsoft\Windows\Control Panel\Desktop";
                if let Some(v) = ctx.reg(gpo, name)? {
                    return Ok(v.as_number());
                }
                Ok(ctx
                    .reg(r"HKCU\Control Panel\Desktop", name)?
                    .and_then(|v| v.as_number()))
            };
            let active = read("ScreenSaveActive")?.unwrap_or(0);
            let secure = read("ScreenSaverIsSecure")?.unwrap_or(0);
            let timeout = read("ScreenSaveTimeOut")?.unwrap_or(0);
            ctx.fact("screensaver_active", active == 1);
            ctx.fact("password_on_resume", secure == 1);
            ctx.fact("timeout_seconds", timeout);
            Ok(Verdict::pass_if(
                active == 1 && secure == 1 && (1..=MAX_IDLE_SECONDS).contains(&timeout),
            ))
        }
        OsFamily::Macos => {
            let lock = ctx.cmd(&SCREENLOCK)?;
            let delay = parse_screenlock(&lock.all()).ok_or(UnknownReason::ParseError)?;
            let pm = ctx.cmd(&PMSET)?;
            let sleep = pmset_value(&pm.stdout, "displaysleep").ok_or(UnknownReason::ParseError)?;
            ctx.fact("lock_delay_seconds", delay);
            ctx.fact("display_sleep_minutes", sleep);
            let idle = sleep * 60 + delay.unwrap_or(0);
            Ok(Verdict::pass_if(
                delay.is_some() && sleep > 0 && idle <= MAX_IDLE_SECONDS,
            ))
        }
        OsFamily::Linux => {
            let lock = ctx.cmd(&GSETTINGS_LOCK)?;
            if !lock.ok() {
                // "No such schema": no GNOME settings on this machine (a server or another
                // desktop); nothing we can read.
                return Err(UnknownReason::NotDeterminable);
            }
            let enabled = match lock.stdout.trim() {
                "true" => true,
                "false" => false,
                _ => return Err(UnknownReason::ParseError),
            };
            let idle = ctx.cmd(&GSETTINGS_IDLE)?;
            let secs: u64 = idle
                .stdout
                .trim()
                .trim_start_matches("uint32")
                .trim()
                .parse()
                .map_err(|_| UnknownReason::ParseError)?;
            ctx.fact("lock_enabled", enabled);
            ctx.fact("idle_delay_seconds", secs);
            Ok(Verdict::pass_if(
                enabled && (1..=MAX_IDLE_SECONDS).contains(&secs),
            ))
        }
    }
}

pub(crate) fn auto_login_off(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let key = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon";
            let auto = ctx
                .reg(key, "AutoAdminLogon")?
                .and_then(|v| v.as_text())
                .unwrap_or_default();
            // Only whether a stored password exists; its content is never read into evidence.
            let stored_password = ctx.reg_exists(key, "DefaultPassword")?;
            ctx.fact("auto_admin_logon", auto.trim() == "1");
            ctx.fact("stored_password", stored_password);
            Ok(if auto.trim() == "1" {
                Verdict::Fail
            } else {
                Verdict::Pass
            })
        }
        OsFamily::Macos => {
            let out = ctx.cmd_private(&LOGINWINDOW_AUTOLOGIN)?;
            if out.ok() && !out.stdout.trim().is_empty() {
                ctx.fact("auto_login", true);
                Ok(Verdict::Fail)
            } else if out.stderr.contains("does not exist") {
                ctx.fact("auto_login", false);
                Ok(Verdict::Pass)
            } else {
                Err(UnknownReason::ParseError)
            }
        }
        OsFamily::Linux => {
            let mut found = Vec::new();
            for path in ["/etc/gdm3/custom.conf", "/etc/gdm/custom.conf"] {
                if let Some(t) = ctx.file(path)? {
                    if ini_value(&t, "daemon", "AutomaticLoginEnable")
                        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
                    {
                        found.push("gdm");
                    }
                }
            }
            if let Some(t) = ctx.file("/etc/lightdm/lightdm.conf")? {
                if config_value(&t, "autologin-user", false).is_some_and(|v| !v.is_empty()) {
                    found.push("lightdm");
                }
            }
            if let Some(t) = ctx.file("/etc/sddm.conf")? {
                if ini_value(&t, "Autologin", "User").is_some_and(|v| !v.is_empty()) {
                    found.push("sddm");
                }
            }
            ctx.fact("auto_login_in", found.clone());
            Ok(Verdict::pass_if(found.is_empty()))
        }
    }
}

pub(crate) fn legacy_auth_off(ctx: &ProbeContext) -> Probed<Verdict> {
    if ctx.os() != OsFamily::Windows {
        return Ok(Verdict::NotApplicable);
    }
    let lsa = r"HKLM\SYSTEM\CurrentControlSet\Control\Lsa";
    // Missing values mean the defaults since Vista: NTLMv2 only (3), blank passwords local only.
    let lm = ctx
        .reg(lsa, "LmCompatibilityLevel")?
        .and_then(|v| v.as_number())
        .unwrap_or(3);
    let blank = ctx
        .reg(lsa, "LimitBlankPasswordUse")?
        .and_then(|v| v.as_number())
        .unwrap_or(1);
    let wdigest = ctx
        .reg(
            r"HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\WDigest",
            "UseLogonCredential",
        )?
        .and_then(|v| v.as_number())
        .unwrap_or(0);
    ctx.fact("lm_compatibility_level", lm);
    ctx.fact("limit_blank_password_use", blank);
    ctx.fact("wdigest_cleartext", wdigest == 1);
    Ok(Verdict::pass_if(lm >= 3 && blank != 0 && wdigest != 1))
}

#[cfg(test)]
mod whoami_tests {
    use super::*;

    #[test]
    fn whoami_groups_csv_reads_sids_whatever_the_language() {
        let filtered = "\"Group Name\",\"Type\",\"SID\",\"Attributes\"\r\n\"Everyone\",\"Well-known group\",\"S-1-1-0\",\"Mandatory group, Enabled by default, Enabled group\"\r\n\"BUILTIN\\Administrators\",\"Alias\",\"S-1-5-32-544\",\"Group used for deny only\"\r\n\"Mandatory Label\\Medium Mandatory Level\",\"Label\",\"S-1-16-8192\",\"\"\r\n";
        let sids = parse_whoami_groups(filtered).unwrap();
        assert_eq!(sids, ["S-1-1-0", "S-1-5-32-544", "S-1-16-8192"]);
        // A name holding a comma and an escaped quote does not shift the columns.
        let odd = "\"A \"\"B\"\", C\",\"Group\",\"S-1-5-21-1-2-3-1000\",\"\"";
        assert_eq!(parse_whoami_groups(odd).unwrap(), ["S-1-5-21-1-2-3-1000"]);
        assert!(
            parse_whoami_groups("ERROR: Unable to get group membership information.").is_none()
        );
    }

    #[test]
    fn administrators_members_are_not_read_with_get_localgroupmember() {
        let script = super::super::shared::WINDOWS_SNAPSHOT.args.last().unwrap();
        assert!(!script.contains("Get-LocalGroupMember"));
        assert!(script.contains("WinNT://") && script.contains("S-1-5-32-544"));
    }
}
