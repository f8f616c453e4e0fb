//! System disk encryption: BitLocker, FileVault, LUKS.

use super::shared::win_section;
use crate::context::{ProbeContext, Probed};
use crate::host::CommandSpec;
use crate::model::{OsFamily, UnknownReason, Verdict};

const FDESETUP: CommandSpec = CommandSpec {
    id: "fdesetup-status",
    program: "fdesetup",
    args: &["status"],
};

/// The device mounted at `/` in `/proc/mounts` (the last mount there wins).
pub(crate) fn root_device(mounts: &str) -> Option<(String, String)> {
    mounts
        .lines()
        .rev()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.len() >= 3 && f[1] == "/").then(|| (f[0].to_string(), f[2].to_string()))
        })
        .next()
}

/// Whether a device-mapper node, or anything beneath it, is a dm-crypt mapping (uuid `CRYPT-…`).
fn dm_is_crypt(ctx: &ProbeContext, dm: &str, depth: u8) -> Probed<bool> {
    if depth > 4 {
        return Ok(false);
    }
    let uuid = ctx
        .file(&format!("/sys/block/{dm}/dm/uuid"))?
        .unwrap_or_default();
    if uuid.trim().starts_with("CRYPT-") {
        return Ok(true);
    }
    for slave in ctx
        .dir(&format!("/sys/block/{dm}/slaves"))?
        .unwrap_or_default()
    {
        if slave.starts_with("dm-") && dm_is_crypt(ctx, &slave, depth + 1)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Values of the shell property `System.Volume.BitLockerProtection` (what Explorer's drive
/// icon shows). Microsoft's property reference gives no value list (none found); this is the
/// mapping admin scripts use: 1 on, 2 off, 3 encrypting, 4 decrypting, 5 suspended
/// (protection off, the key stored in the clear), 6 on and locked, 8 waiting for activation
/// (encrypted with a clear key until a protector is added). Some public scripts count 5 as
/// on (e.g. seknox/trasa `workstation/hygiene/bitlocker-status/Program.cs` accepts 1, 3, 5);
/// here only 1 and 6 mean the data is protected at rest, anything else unlisted is unknown.
pub(crate) fn bitlocker_protection(state: u64) -> (&'static str, Probed<Verdict>) {
    match state {
        1 => ("on", Ok(Verdict::Pass)),
        6 => ("on_locked", Ok(Verdict::Pass)),
        2 => ("off", Ok(Verdict::Fail)),
        3 => ("encrypting", Ok(Verdict::Fail)),
        4 => ("decrypting", Ok(Verdict::Fail)),
        5 => ("suspended", Ok(Verdict::Fail)),
        8 => ("waiting_for_activation", Ok(Verdict::Fail)),
        _ => ("unrecognised", Err(UnknownReason::NotDeterminable)),
    }
}

pub(crate) fn disk_encryption(ctx: &ProbeContext) -> Probed<Verdict> {
    match ctx.os() {
        OsFamily::Windows => {
            let row = win_section(ctx, "bitlocker")?
                .into_iter()
                .next()
                .ok_or(UnknownReason::ParseError)?;
            let Some(state) = row.get("protection").and_then(|v| v.as_u64()) else {
                // Empty: the shell has no BitLocker property for this drive (an edition
                // without BitLocker, or the property handler is missing).
                return Err(UnknownReason::NotDeterminable);
            };
            ctx.fact("bitlocker_protection", state);
            let (name, verdict) = bitlocker_protection(state);
            ctx.fact("bitlocker_state", name);
            if state == 5 {
                // Suspended: the volume master key is stored in the clear on the disk, so the
                // encryption protects nothing until it is resumed.
                ctx.fact("reason_key", "scan-disk-encryption-suspended");
            }
            verdict
        }
        OsFamily::Macos => {
            let out = ctx.cmd(&FDESETUP)?;
            let text = out.all();
            if text.contains("FileVault is On") {
                Ok(Verdict::Pass)
            } else if text.contains("FileVault is Off") || text.contains("Encryption in progress") {
                ctx.fact("in_progress", text.contains("in progress"));
                Ok(Verdict::Fail)
            } else {
                Err(UnknownReason::ParseError)
            }
        }
        OsFamily::Linux => {
            let mounts = ctx
                .file("/proc/mounts")?
                .ok_or(UnknownReason::ToolMissing)?;
            let (device, fstype) = root_device(&mounts).ok_or(UnknownReason::ParseError)?;
            ctx.fact("root_device", device.as_str());
            ctx.fact("root_fstype", fstype.as_str());
            let dm = if let Some(name) = device.strip_prefix("/dev/mapper/") {
                let mut found = None;
                for node in ctx.dir("/sys/block")?.unwrap_or_default() {
                    if node.starts_with("dm-")
                        && ctx
                            .file_quiet(&format!("/sys/block/{node}/dm/name"))?
                            .is_some_and(|n| String::from_utf8_lossy(&n).trim() == name)
                    {
                        found = Some(node);
                    }
                }
                Some(found.ok_or(UnknownReason::NotDeterminable)?)
            } else {
                device
                    .strip_prefix("/dev/")
                    .filter(|d| d.starts_with("dm-"))
                    .map(str::to_string)
            };
            if let Some(dm) = dm {
                return Ok(Verdict::pass_if(dm_is_crypt(ctx, &dm, 0)?));
            }
            if device.starts_with("/dev/") && device != "/dev/root" {
                // A plain partition or disk: no dm-crypt layer underneath.
                Ok(Verdict::Fail)
            } else {
                // overlay (containers), zfs datasets, /dev/root: the backing disk is not visible.
                Err(UnknownReason::NotDeterminable)
            }
        }
    }
}
