//! Sources several probes share: the one batched PowerShell call on Windows, the listening TCP
//! sockets, the running processes, and small text parsers.

use crate::context::{ProbeContext, Probed};
use crate::host::CommandSpec;
use crate::model::{OsFamily, UnknownReason};
use serde_json::Value;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

/// Time budget of the Windows batch, instead of the probes' 5 s hard limit: Windows
/// PowerShell 5.1 alone takes about a second to start, a cold WMI/CIM or Windows Update COM
/// call several more. Killed at this budget, the sections it finished still count and the
/// rest are `unknown(timeout)`; probes that read the registry do not depend on it.
pub(crate) const WINDOWS_BATCH_BUDGET: Duration = Duration::from_secs(20);

/// Everything Windows probes need that is not a plain registry value, in ONE PowerShell start
/// (PowerShell takes ~1 s to start). Each section is wrapped so one failing cmdlet becomes
/// `{"error": "<ErrorCategory>"}` (an enum name, never translated) instead of failing the rest,
/// and written as its own JSON line as soon as it is done (`{"<section>": …}`), then
/// `{"end":true}`: output cut off at the budget still holds the finished sections.
/// Enums are turned into their invariant names and dates into Unix seconds, so the JSON is the
/// same on a Chinese and an English Windows.
const WINDOWS_BATCH: &str = concat!(
    "$ErrorActionPreference='Stop';[Console]::OutputEncoding=[Text.Encoding]::UTF8;",
    "function S($n,[scriptblock]$b){try{$v=@(& $b)}catch{$v=@{error=\"$($_.CategoryInfo.Category)\"}};[Console]::Out.WriteLine((@{$n=$v}|ConvertTo-Json -Depth 4 -Compress));[Console]::Out.Flush()};",
    "S defender {Get-MpComputerStatus|Select-Object AMServiceEnabled,AntivirusEnabled,RealTimeProtectionEnabled,@{n='AMRunningMode';e={\"$($_.AMRunningMode)\"}},AntivirusSignatureAge};",
    "S av_products {Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct|Select-Object displayName,productState};",
    // Third-party firewalls register with Security Center (Windows Defender Firewall does not).
    "S fw_products {Get-CimInstance -Namespace root/SecurityCenter2 -ClassName FirewallProduct|Select-Object displayName,productState};",
    "S firewall {Get-NetFirewallProfile -PolicyStore ActiveStore|ForEach-Object{@{name=\"$($_.Name)\";enabled=\"$($_.Enabled)\";inbound=\"$($_.DefaultInboundAction)\"}}};",
    "S me {@{sid=[Security.Principal.WindowsIdentity]::GetCurrent().User.Value}};",
    // Not Get-LocalGroupMember: it throws on Entra ID-joined PCs and on groups holding a SID
    // that no longer resolves (PowerShell/PowerShell#2996, #15585, #21617). The WinNT ADSI
    // provider lists every member with its objectSid, resolvable or not; the group is found
    // by its well-known SID because its name is translated.
    "S admins {$n=(New-Object Security.Principal.SecurityIdentifier 'S-1-5-32-544').Translate([Security.Principal.NTAccount]).Value.Split('\\')[-1];@(([ADSI]\"WinNT://./$n,group\").psbase.Invoke('Members'))|ForEach-Object{$b=$_.GetType().InvokeMember('objectSid','GetProperty',$null,$_,$null);@{sid=(New-Object Security.Principal.SecurityIdentifier($b,0)).Value}}};",
    "S users {Get-LocalUser|ForEach-Object{@{sid=\"$($_.SID)\";enabled=$_.Enabled}}};",
    "S bitlocker {@{drive=$env:SystemDrive;protection=(New-Object -ComObject Shell.Application).NameSpace(17).ParseName($env:SystemDrive).ExtendedProperty('System.Volume.BitLockerProtection')}};",
    // LastInstallationSuccessDate is already UTC (a DateTime of kind Unspecified: never
    // ToUniversalTime it) and empty when Windows Update does not know; the newest hotfix's
    // InstalledOn (a local date) is the cross-check.
    "S windows_update {$d=$null;try{$d=(New-Object -ComObject Microsoft.Update.AutoUpdate).Results.LastInstallationSuccessDate}catch{};$h=$null;try{$h=Get-HotFix|Where-Object InstalledOn|Sort-Object InstalledOn|Select-Object -Last 1}catch{};@{last_success=$(if($d -is [datetime]){[int64](($d-[datetime]'1970-01-01').TotalSeconds)}else{$null});hotfix_installed=$(if($h){[int64](($h.InstalledOn.ToUniversalTime()-[datetime]'1970-01-01').TotalSeconds)}else{$null});hotfix=\"$($h.HotFixID)\"}};",
    "S listeners {Get-NetTCPConnection -State Listen|ForEach-Object{@{address=$_.LocalAddress;port=$_.LocalPort}}};",
    "S apps {Get-ItemProperty 'HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*','HKLM:\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*','HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*' -ErrorAction SilentlyContinue|Where-Object DisplayName|ForEach-Object{@{name=$_.DisplayName;version=\"$($_.DisplayVersion)\"}}};",
    "S processes {Get-Process|ForEach-Object{$_.ProcessName}|Sort-Object -Unique};",
    "[Console]::Out.WriteLine('{\"end\":true}')"
);

pub(crate) const WINDOWS_SNAPSHOT: CommandSpec = CommandSpec {
    id: "windows-snapshot",
    program: "powershell",
    args: &[
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Bypass",
        "-Command",
        WINDOWS_BATCH,
    ],
};

/// The batch's output: one JSON object per line, merged (a single object with every section,
/// as older scripts wrote, is one such line). A line that is not JSON is a parse error, except
/// the cut-off last line of a batch killed at its budget.
pub(crate) fn parse_batch(stdout: &str, timed_out: bool) -> Probed<serde_json::Map<String, Value>> {
    let mut doc = serde_json::Map::new();
    let lines: Vec<&str> = stdout
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(m)) => doc.extend(m),
            _ if timed_out && i + 1 == lines.len() => {}
            _ => return Err(UnknownReason::ParseError),
        }
    }
    Ok(doc)
}

/// One section of the Windows batch, always as a list (PowerShell 5.1 turns one-element arrays
/// into bare objects). Only that section goes into the evidence.
pub(crate) fn win_section(ctx: &ProbeContext, name: &str) -> Probed<Vec<Value>> {
    let out = ctx.cmd_budget(&WINDOWS_SNAPSHOT, WINDOWS_BATCH_BUDGET)?;
    let doc = parse_batch(&out.stdout, out.timed_out)?;
    let Some(section) = doc.get(name) else {
        if out.timed_out {
            ctx.note(
                &format!("powershell: {name}"),
                "(not reached: the batch was killed at its time budget)",
            );
            return Err(UnknownReason::Timeout);
        }
        return Err(UnknownReason::ParseError);
    };
    ctx.note(&format!("powershell: {name}"), &section.to_string());
    if let Some(category) = section.get("error").and_then(Value::as_str) {
        ctx.fact("error_category", category);
        return Err(match category {
            "PermissionDenied" | "SecurityError" => UnknownReason::PermissionDenied,
            "ObjectNotFound" | "NotInstalled" => UnknownReason::ToolMissing,
            "OperationTimeout" => UnknownReason::Timeout,
            _ => UnknownReason::NotDeterminable,
        });
    }
    Ok(match section {
        Value::Array(a) => a.clone(),
        Value::Null => Vec::new(),
        other => vec![other.clone()],
    })
}

/// Security Center `productState`, as community decoders read it (Microsoft documents the
/// WSC API's product states but not this packed integer): the middle byte (`0x00XX00`) is
/// the product's state, 0x10 or 0x11 = on (0x00 off, 0x01 snoozed); the low byte is 0x00
/// when the product's definitions are up to date.
pub(crate) fn wsc_state(state: u64) -> (bool, bool) {
    let on = matches!((state >> 8) & 0xff, 0x10 | 0x11);
    let fresh = state & 0xff == 0x00;
    (on, fresh)
}

/// Third-party firewalls Security Center reports as on (display names), and those it reports
/// as off. A failing section (no Security Center, e.g. on Windows Server) gives none.
pub(crate) fn windows_firewall_products(ctx: &ProbeContext) -> (Vec<String>, Vec<String>) {
    let (mut on, mut off) = (Vec::new(), Vec::new());
    for r in win_section(ctx, "fw_products").unwrap_or_default() {
        let (Some(name), Some(state)) = (
            r.get("displayName").and_then(Value::as_str),
            r.get("productState").and_then(Value::as_u64),
        ) else {
            continue;
        };
        if wsc_state(state).0 {
            on.push(name.to_string());
        } else {
            off.push(name.to_string());
        }
    }
    (on, off)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listener {
    pub address: String,
    pub port: u16,
    /// Reachable from other machines (not loopback-only).
    pub exposed: bool,
}

fn is_loopback(ip: &IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// `/proc/net/tcp` or `tcp6`: listening sockets (state 0A). Addresses are hex, each 32-bit word
/// in host (little-endian) byte order. `None` when the header or a row is malformed.
pub(crate) fn parse_proc_net_tcp(text: &str) -> Option<Vec<Listener>> {
    let mut lines = text.lines();
    if !lines.next()?.contains("local_address") {
        return None;
    }
    let mut out = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let (local, state) = (f.get(1)?, f.get(3)?);
        if *state != "0A" {
            continue;
        }
        let (addr_hex, port_hex) = local.split_once(':')?;
        let port = u16::from_str_radix(port_hex, 16).ok()?;
        let ip = match addr_hex.len() {
            8 => IpAddr::V4(Ipv4Addr::from(
                u32::from_str_radix(addr_hex, 16).ok()?.swap_bytes(),
            )),
            32 => {
                let mut bytes = [0u8; 16];
                for w in 0..4 {
                    let word = u32::from_str_radix(&addr_hex[w * 8..w * 8 + 8], 16).ok()?;
                    bytes[w * 4..w * 4 + 4].copy_from_slice(&word.to_le_bytes());
                }
                IpAddr::V6(Ipv6Addr::from(bytes))
            }
            _ => return None,
        };
        out.push(Listener {
            address: ip.to_string(),
            port,
            exposed: !is_loopback(&ip),
        });
    }
    Some(out)
}

/// macOS `netstat -anv -p tcp`: rows whose state column is LISTEN; the local address is
/// `addr.port` with `*` for any address.
pub(crate) fn parse_netstat_macos(text: &str) -> Option<Vec<Listener>> {
    if !text.contains("Local Address") {
        return None;
    }
    let mut out = Vec::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 6 || !f[0].starts_with("tcp") || f[5] != "LISTEN" {
            continue;
        }
        let (addr, port) = f[3].rsplit_once('.')?;
        let port: u16 = port.parse().ok()?;
        let exposed = match addr {
            "*" => true,
            a => a
                .split('%')
                .next()
                .and_then(|a| a.parse::<IpAddr>().ok())
                .map(|ip| !is_loopback(&ip))
                .unwrap_or(true),
        };
        out.push(Listener {
            address: addr.to_string(),
            port,
            exposed,
        });
    }
    Some(out)
}

const NETSTAT: CommandSpec = CommandSpec {
    id: "netstat",
    program: "netstat",
    args: &["-anv", "-p", "tcp"],
};

/// Listening TCP sockets on this machine.
pub(crate) fn listeners(ctx: &ProbeContext) -> Probed<Vec<Listener>> {
    match ctx.os() {
        OsFamily::Linux => {
            let mut all = Vec::new();
            let mut read_any = false;
            for path in ["/proc/net/tcp", "/proc/net/tcp6"] {
                // Only the summary goes into evidence: the raw table is long and says little.
                if let Some(bytes) = ctx.file_quiet(path)? {
                    let text = String::from_utf8_lossy(&bytes);
                    let parsed = parse_proc_net_tcp(&text);
                    let Some(parsed) = parsed else {
                        ctx.note(&format!("file: {path}"), &text);
                        return Err(UnknownReason::ParseError);
                    };
                    read_any = true;
                    all.extend(parsed);
                }
            }
            if !read_any {
                ctx.note("file: /proc/net/tcp, /proc/net/tcp6", "(do not exist)");
                return Err(UnknownReason::ToolMissing);
            }
            let summary: Vec<String> = all
                .iter()
                .map(|l| format!("{}:{}", l.address, l.port))
                .collect();
            ctx.note(
                "file: /proc/net/tcp, /proc/net/tcp6 (listening)",
                &summary.join(" "),
            );
            Ok(all)
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&NETSTAT)?;
            parse_netstat_macos(&out.stdout).ok_or(UnknownReason::ParseError)
        }
        OsFamily::Windows => {
            let rows = win_section(ctx, "listeners")?;
            rows.iter()
                .map(|r| {
                    let address = r.get("address")?.as_str()?.to_string();
                    let port = r.get("port")?.as_u64()? as u16;
                    let exposed = address
                        .parse::<IpAddr>()
                        .map(|ip| !is_loopback(&ip))
                        .unwrap_or(true);
                    Some(Listener {
                        address,
                        port,
                        exposed,
                    })
                })
                .collect::<Option<Vec<_>>>()
                .ok_or(UnknownReason::ParseError)
        }
    }
}

const PS_MACOS: CommandSpec = CommandSpec {
    id: "ps",
    program: "ps",
    args: &["-axco", "command"],
};

/// Lower-cased names of running processes.
pub(crate) fn processes(ctx: &ProbeContext) -> Probed<Vec<String>> {
    let mut names: Vec<String> = match ctx.os() {
        OsFamily::Linux => {
            let pids = ctx.dir("/proc")?.ok_or(UnknownReason::ToolMissing)?;
            pids.iter()
                .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
                // A process may end between listing and reading: skip it.
                .filter_map(|p| ctx.file_quiet(&format!("/proc/{p}/comm")).ok().flatten())
                .map(|b| String::from_utf8_lossy(&b).trim().to_lowercase())
                .collect()
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&PS_MACOS)?;
            out.stdout
                .lines()
                .skip(1)
                .map(|l| l.trim().to_lowercase())
                .collect()
        }
        OsFamily::Windows => win_section(ctx, "processes")?
            .iter()
            .filter_map(|v| v.as_str().map(str::to_lowercase))
            .collect(),
    };
    names.sort();
    names.dedup();
    Ok(names)
}

/// `KEY=value` / `KEY value` / `KEY = value` config lines, comments (`#`, `;`) skipped; the
/// FIRST occurrence wins when `first_wins` (sshd), else the last (shell-style files).
pub(crate) fn config_value(text: &str, key: &str, first_wins: bool) -> Option<String> {
    let mut found = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        let split = line
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(line.len());
        let (k, rest) = line.split_at(split);
        if !k.trim().eq_ignore_ascii_case(key) {
            continue;
        }
        let v = rest
            .trim_start()
            .trim_start_matches('=')
            .trim()
            .trim_matches('"')
            .to_string();
        if first_wins {
            return Some(v);
        }
        found = Some(v);
    }
    found
}

/// Values of an INI section (`[daemon]`), case-insensitive keys, last one wins.
pub(crate) fn ini_value(text: &str, section: &str, key: &str) -> Option<String> {
    let mut in_section = false;
    let mut found = None;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_section = line
                .trim_matches(|c| c == '[' || c == ']')
                .eq_ignore_ascii_case(section);
            continue;
        }
        if in_section && !line.starts_with('#') && !line.starts_with(';') {
            if let Some((k, v)) = line.split_once('=') {
                if k.trim().eq_ignore_ascii_case(key) {
                    found = Some(v.trim().to_string());
                }
            }
        }
    }
    found
}

/// macOS `defaults read` output (old-style plist): `    Key = value;` → value, unquoted.
pub(crate) fn defaults_value(text: &str, key: &str) -> Option<String> {
    for line in text.lines() {
        let Some((k, v)) = line.trim().split_once(" = ") else {
            continue;
        };
        if k.trim().trim_matches('"') == key {
            return Some(v.trim().trim_end_matches(';').trim_matches('"').to_string());
        }
    }
    None
}

/// A value from an XML plist (`<key>K</key><string>V</string>` or `<integer>`/`<true/>`).
pub(crate) fn xml_plist_value(text: &str, key: &str) -> Option<String> {
    let needle = format!("<key>{key}</key>");
    let after = &text[text.find(&needle)? + needle.len()..];
    let after = after.trim_start();
    if after.starts_with("<true/>") {
        return Some("true".into());
    }
    if after.starts_with("<false/>") {
        return Some("false".into());
    }
    let open_end = after.find('>')?;
    let close = after.find("</")?;
    (open_end < close).then(|| after[open_end + 1..close].trim().to_string())
}

/// Compares dotted versions numerically: `115.0.2` < `128.0`.
#[cfg(test)]
pub(crate) fn version_at_least(version: &str, minimum: &str) -> bool {
    let nums = |s: &str| -> Vec<u64> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    nums(version) >= nums(minimum)
}

pub(crate) fn major(version: &str) -> Option<u64> {
    version
        .split(|c: char| !c.is_ascii_digit())
        .find(|p| !p.is_empty())?
        .parse()
        .ok()
}

/// Whether a file or folder exists (an unreadable one exists too). Not recorded as evidence:
/// callers note what they looked for and what they found.
pub(crate) fn path_exists(ctx: &ProbeContext, path: &str) -> bool {
    use crate::host::CollectError;
    let host = ctx.scan.host;
    match host.list_dir(path) {
        Ok(_) | Err(CollectError::PermissionDenied) => true,
        _ => !matches!(
            host.read_file(path),
            Err(CollectError::NotFound) | Err(CollectError::Unsupported)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proc_net_tcp() {
        let v4 = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 0100007F:0277 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0000000000000000 100 0 0 10 0\n   1: 00000000:0D3D 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0000000000000000 100 0 0 10 0\n   2: 0F02000A:0016 0202000A:C350 01 00000000:00000000 00:00000000 00000000     0        0 3 1\n";
        let l = parse_proc_net_tcp(v4).unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(
            (l[0].address.as_str(), l[0].port, l[0].exposed),
            ("127.0.0.1", 631, false)
        );
        assert_eq!((l[1].port, l[1].exposed), (3389, true));
        let v6 = "  sl  local_address                         remote_address                        st\n   0: 00000000000000000000000001000000:0277 00000000000000000000000000000000:0000 0A 0\n   1: 00000000000000000000000000000000:01BD 00000000000000000000000000000000:0000 0A 0\n   2: 0000000000000000FFFF00000100007F:1538 00000000000000000000000000000000:0000 0A 0\n";
        let l = parse_proc_net_tcp(v6).unwrap();
        assert_eq!((l[0].address.as_str(), l[0].exposed), ("::1", false));
        assert_eq!((l[1].port, l[1].exposed), (445, true));
        assert!(!l[2].exposed, "v4-mapped loopback");
        assert!(parse_proc_net_tcp("garbage").is_none());
        assert!(parse_proc_net_tcp("  sl  local_address\n 0: ZZZ 0A\n").is_none());
    }

    fn batch_section(name: &str) -> &'static str {
        let script = WINDOWS_SNAPSHOT.args.last().unwrap();
        let start = script.find(&format!("S {name} {{")).unwrap();
        let len = script[start..].find("}};").unwrap() + 1;
        &script[start..start + len]
    }

    #[test]
    fn windows_update_date_is_not_converted_to_utc_twice() {
        let s = batch_section("windows_update");
        // The WUA date is already UTC; only the hotfix's local InstalledOn is converted.
        assert_eq!(s.matches("ToUniversalTime").count(), 1, "{s}");
        assert!(s.contains("$h.InstalledOn.ToUniversalTime()"), "{s}");
        assert!(s.contains("Get-HotFix"), "{s}");
    }

    #[test]
    fn batch_lines_merge_and_a_cut_off_batch_keeps_its_finished_sections() {
        let full = "{\"a\":[1]}\r\n{\"b\":{\"error\":\"PermissionDenied\"}}\r\n{\"end\":true}\r\n";
        let doc = parse_batch(full, false).unwrap();
        assert!(doc.contains_key("a") && doc.contains_key("b") && doc.contains_key("end"));
        // The older single-object form is one line.
        assert_eq!(parse_batch("{\"a\":1,\"b\":2}", false).unwrap().len(), 2);
        let cut = "{\"a\":[1]}\r\n{\"b\":[{\"x\":";
        assert_eq!(parse_batch(cut, false), Err(UnknownReason::ParseError));
        let doc = parse_batch(cut, true).unwrap();
        assert!(doc.contains_key("a") && !doc.contains_key("b"));
        let script = WINDOWS_SNAPSHOT.args.last().unwrap();
        assert!(script.contains("[Console]::Out.Flush()") && script.ends_with("'{\"end\":true}')"));
        assert_eq!(WINDOWS_BATCH_BUDGET, Duration::from_secs(20));
    }

    #[test]
    fn security_center_product_state() {
        assert_eq!(wsc_state(0x041010), (true, false));
        assert_eq!(wsc_state(0x061100), (true, true));
        assert!(!wsc_state(0x040010).0);
        assert!(!wsc_state(0x060100).0, "snoozed is not on");
        assert!(batch_section("fw_products").contains("FirewallProduct"));
    }

    #[test]
    fn versions() {
        assert!(version_at_least("128.0.1", "128"));
        assert!(!version_at_least("115.9", "128.0"));
        assert_eq!(major("131.0.6778.86"), Some(131));
        assert_eq!(
            config_value(
                "# x\nPermitRootLogin no\nPermitRootLogin yes\n",
                "permitrootlogin",
                true
            )
            .as_deref(),
            Some("no")
        );
        assert_eq!(
            config_value("A=\"1\"\nA=2\n", "A", false).as_deref(),
            Some("2")
        );
    }
}
