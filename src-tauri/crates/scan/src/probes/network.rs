//! Host firewall, listening services, SMBv1.

use super::shared::{
    config_value, ini_value, listeners, path_exists, win_section, windows_firewall_products,
};
use crate::context::{ProbeContext, Probed};
use crate::host::CommandSpec;
use crate::model::{OsFamily, UnknownReason, Verdict};
use serde_json::Value;

const SOCKETFILTERFW_STATE: CommandSpec = CommandSpec {
    id: "socketfilterfw-globalstate",
    program: "/usr/libexec/ApplicationFirewall/socketfilterfw",
    args: &["--getglobalstate"],
};
const SOCKETFILTERFW_BLOCKALL: CommandSpec = CommandSpec {
    id: "socketfilterfw-blockall",
    program: "/usr/libexec/ApplicationFirewall/socketfilterfw",
    args: &["--getblockall"],
};
const SOCKETFILTERFW_STEALTH: CommandSpec = CommandSpec {
    id: "socketfilterfw-stealth",
    program: "/usr/libexec/ApplicationFirewall/socketfilterfw",
    args: &["--getstealthmode"],
};
/// `systemctl is-active` only reads state; unlike `firewall-cmd` it never asks polkit
/// (firewalld#579).
const SYSTEMCTL_FIREWALLD: CommandSpec = CommandSpec {
    id: "systemctl-is-active-firewalld",
    program: "systemctl",
    args: &["is-active", "firewalld"],
};

/// Ports that ransomware crews and scanners look for, with what they usually are.
pub(crate) const RISKY_PORTS: &[(u16, &str)] = &[
    (21, "ftp"),
    (23, "telnet"),
    (139, "smb"),
    (445, "smb"),
    (1433, "mssql"),
    (1521, "oracle"),
    (3306, "mysql"),
    (3389, "rdp"),
    (5432, "postgresql"),
    (5900, "vnc"),
    (5901, "vnc"),
    (5902, "vnc"),
    (5903, "vnc"),
    (6379, "redis"),
    (9200, "elasticsearch"),
    (11211, "memcached"),
    (27017, "mongodb"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LinuxFirewall {
    Ufw,
    Firewalld,
    RulesOnly,
    None,
}

fn linux_firewall(ctx: &ProbeContext) -> LinuxFirewall {
    let kind = if path_exists(ctx, "/etc/ufw/ufw.conf") {
        LinuxFirewall::Ufw
    } else if path_exists(ctx, "/usr/sbin/firewalld") {
        LinuxFirewall::Firewalld
    } else if ["/usr/sbin/nft", "/usr/sbin/iptables", "/sbin/iptables"]
        .iter()
        .any(|p| path_exists(ctx, p))
    {
        LinuxFirewall::RulesOnly
    } else {
        LinuxFirewall::None
    };
    ctx.note("firewall front end", &format!("{kind:?}"));
    kind
}

fn firewalld_active(ctx: &ProbeContext) -> Probed<bool> {
    let out = ctx.cmd(&SYSTEMCTL_FIREWALLD)?;
    match out.stdout.trim() {
        "active" => Ok(true),
        "inactive" | "failed" | "unknown" => Ok(false),
        // "System has not been booted with systemd" and the like.
        _ => Err(UnknownReason::NotDeterminable),
    }
}

fn ufw_enabled(ctx: &ProbeContext) -> Probed<bool> {
    let conf = ctx
        .file("/etc/ufw/ufw.conf")?
        .ok_or(UnknownReason::ToolMissing)?;
    let enabled = config_value(&conf, "ENABLED", false).ok_or(UnknownReason::ParseError)?;
    Ok(enabled.eq_ignore_ascii_case("yes"))
}

struct WindowsProfile {
    name: String,
    enabled: bool,
    inbound: String,
}

fn windows_profiles(ctx: &ProbeContext) -> Probed<Vec<WindowsProfile>> {
    let rows = win_section(ctx, "firewall")?;
    let profiles: Option<Vec<WindowsProfile>> = rows
        .iter()
        .map(|r| {
            Some(WindowsProfile {
                name: r.get("name")?.as_str()?.to_string(),
                // GpoBoolean: True/False/NotConfigured; NotConfigured means the default (on).
                enabled: r.get("enabled").and_then(Value::as_str)? != "False",
                inbound: r.get("inbound")?.as_str()?.to_string(),
            })
        })
        .collect();
    let profiles = profiles.ok_or(UnknownReason::ParseError)?;
    if profiles.is_empty() {
        return Err(UnknownReason::ParseError);
    }
    Ok(profiles)
}

/// `(State = 1)` from socketfilterfw; the prose around it changed between releases.
pub(crate) fn socketfilterfw_state(text: &str) -> Option<u8> {
    let rest = &text[text.find("(State = ")? + 9..];
    rest.chars().next()?.to_digit(10).map(|d| d as u8)
}

pub(crate) fn firewall_enabled(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            // An enabled third-party firewall that took over counts as on (Windows Firewall's
            // profiles are then off, or their cmdlets fail).
            let (third_party, _) = windows_firewall_products(ctx);
            let profiles = match windows_profiles(ctx) {
                Err(_) if !third_party.is_empty() => {
                    ctx.fact("third_party_firewall", third_party);
                    return Ok(Verdict::Pass);
                }
                other => other?,
            };
            let off: Vec<&str> = profiles
                .iter()
                .filter(|p| !p.enabled)
                .map(|p| p.name.as_str())
                .collect();
            ctx.fact("profiles_off", off.clone());
            if !third_party.is_empty() {
                ctx.fact("third_party_firewall", third_party);
                return Ok(Verdict::Pass);
            }
            Ok(Verdict::pass_if(off.is_empty()))
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&SOCKETFILTERFW_STATE)?;
            let state = socketfilterfw_state(&out.all()).ok_or(UnknownReason::ParseError)?;
            ctx.fact("state", state);
            Ok(Verdict::pass_if(state >= 1))
        }
        OsFamily::Linux => match linux_firewall(ctx) {
            LinuxFirewall::Ufw => Ok(Verdict::pass_if(ufw_enabled(ctx)?)),
            LinuxFirewall::Firewalld => Ok(Verdict::pass_if(firewalld_active(ctx)?)),
            // Raw nftables/iptables rules are readable only by root.
            LinuxFirewall::RulesOnly => Err(UnknownReason::NeedsAdmin),
            LinuxFirewall::None => Ok(Verdict::Fail),
        },
    }
}

pub(crate) fn firewall_inbound_default(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let (third_party, _) = windows_firewall_products(ctx);
            let profiles = match windows_profiles(ctx) {
                Err(_) if !third_party.is_empty() => {
                    ctx.fact("third_party_firewall", third_party);
                    return Err(UnknownReason::NotDeterminable);
                }
                other => other?,
            };
            // NotConfigured means the built-in default, which is Block.
            let open: Vec<&str> = profiles
                .iter()
                .filter(|p| !p.enabled || p.inbound == "Allow")
                .map(|p| p.name.as_str())
                .collect();
            ctx.fact("profiles_not_blocking", open.clone());
            if !open.is_empty() && !third_party.is_empty() {
                // Another firewall filters instead; what it does with inbound connections is
                // not readable from here.
                ctx.fact("third_party_firewall", third_party);
                return Err(UnknownReason::NotDeterminable);
            }
            Ok(Verdict::pass_if(open.is_empty()))
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&SOCKETFILTERFW_STATE)?;
            let state = socketfilterfw_state(&out.all()).ok_or(UnknownReason::ParseError)?;
            ctx.fact("state", state);
            match state {
                0 => return Ok(Verdict::Fail),
                2 => return Ok(Verdict::Pass),
                _ => {}
            }
            let block_all = ctx.cmd(&SOCKETFILTERFW_BLOCKALL)?.all().to_lowercase();
            let stealth = ctx.cmd(&SOCKETFILTERFW_STEALTH)?.all().to_lowercase();
            let block_all = block_all.contains("enabled") && !block_all.contains("disabled");
            let stealth = (stealth.contains("enabled") || stealth.contains(" on"))
                && !stealth.contains("disabled");
            ctx.fact("block_all", block_all);
            ctx.fact("stealth", stealth);
            Ok(Verdict::pass_if(block_all || stealth))
        }
        OsFamily::Linux => match linux_firewall(ctx) {
            LinuxFirewall::Ufw => {
                if !ufw_enabled(ctx)? {
                    return Ok(Verdict::Fail);
                }
                let defaults = ctx.file("/etc/default/ufw")?.unwrap_or_default();
                let policy = config_value(&defaults, "DEFAULT_INPUT_POLICY", false)
                    .unwrap_or_else(|| "DROP".into());
                ctx.fact("default_input_policy", policy.as_str());
                Ok(if policy == "ACCEPT" {
                    Verdict::Fail
                } else {
                    Verdict::Pass
                })
            }
            LinuxFirewall::Firewalld => {
                if !firewalld_active(ctx)? {
                    return Ok(Verdict::Fail);
                }
                let conf = ctx
                    .file("/etc/firewalld/firewalld.conf")?
                    .unwrap_or_default();
                let zone =
                    config_value(&conf, "DefaultZone", false).unwrap_or_else(|| "public".into());
                ctx.fact("default_zone", zone.as_str());
                Ok(if zone == "trusted" {
                    Verdict::Fail
                } else {
                    Verdict::Pass
                })
            }
            LinuxFirewall::RulesOnly => Err(UnknownReason::NeedsAdmin),
            LinuxFirewall::None => Ok(Verdict::Fail),
        },
    }
}

pub(crate) fn exposed_services(ctx: &ProbeContext) -> Probed<Verdict> {
    let all = listeners(ctx)?;
    let mut exposed: Vec<u16> = all.iter().filter(|l| l.exposed).map(|l| l.port).collect();
    exposed.sort_unstable();
    exposed.dedup();
    let risky: Vec<String> = exposed
        .iter()
        .filter_map(|p| {
            let (_, name) = RISKY_PORTS.iter().find(|(rp, _)| rp == p)?;
            // Every Windows listens on 139/445 for file sharing; whether that is reachable is
            // the firewall probes' job, and SMBv1 has its own probe.
            (!(ctx.os() == OsFamily::Windows && *name == "smb")).then(|| format!("{p}/{name}"))
        })
        .collect();
    ctx.fact("exposed_ports", exposed.clone());
    ctx.fact("risky", risky.clone());
    Ok(Verdict::pass_if(risky.is_empty()))
}

/// SMB dialects older than SMB2.
fn is_smb1_dialect(d: &str) -> bool {
    let d = d.to_ascii_uppercase();
    d == "NT1" || d.starts_with("LANMAN") || d.starts_with("CORE")
}

pub(crate) fn smbv1_disabled(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let server = ctx
                .reg(
                    r"HKLM\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters",
                    "SMB1",
                )?
                .and_then(|v| v.as_number());
            let client = ctx
                .reg(r"HKLM\SYSTEM\CurrentControlSet\Services\mrxsmb10", "Start")?
                .and_then(|v| v.as_number());
            ctx.fact("server_smb1", server);
            ctx.fact("client_driver_start", client);
            // No mrxsmb10 driver (or disabled, Start=4) means the SMB 1.0 feature is removed.
            let feature_installed = client.is_some_and(|s| s != 4);
            let on = server == Some(1) || (feature_installed && server != Some(0));
            Ok(if on { Verdict::Fail } else { Verdict::Pass })
        }
        OsFamily::Macos => Ok(Verdict::NotApplicable),
        OsFamily::Linux => {
            let Some(conf) = ctx.file("/etc/samba/smb.conf")? else {
                return Ok(Verdict::NotApplicable);
            };
            // Samba 4.11+ defaults to SMB2_02 as the minimum.
            let min = ini_value(&conf, "global", "server min protocol")
                .or_else(|| ini_value(&conf, "global", "min protocol"))
                .unwrap_or_else(|| "SMB2_02".into());
            ctx.fact("server_min_protocol", min.as_str());
            Ok(if is_smb1_dialect(&min) {
                Verdict::Fail
            } else {
                Verdict::Pass
            })
        }
    }
}
