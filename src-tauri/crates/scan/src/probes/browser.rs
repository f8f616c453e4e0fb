//! Browsers current: installed versions against a minimum projected from the release cadence
//! (`assets/eol/browsers.json`).

use super::shared::{major, xml_plist_value};
use crate::context::{ProbeContext, Probed};
use crate::eol;
use crate::host::CommandSpec;
use crate::model::{OsFamily, UnknownReason, Verdict};

const DPKG_BROWSERS: CommandSpec = CommandSpec {
    id: "dpkg-query-browsers",
    program: "dpkg-query",
    args: &[
        "-W",
        "-f",
        "${Package} ${Version} ${db:Status-Abbrev}\\n",
        "firefox",
        "firefox-esr",
        "chromium",
        "google-chrome-stable",
        "microsoft-edge-stable",
    ],
};

const MAC_APPS: &[(&str, &str)] = &[
    (
        "chrome",
        "/Applications/Google Chrome.app/Contents/Info.plist",
    ),
    ("firefox", "/Applications/Firefox.app/Contents/Info.plist"),
    (
        "edge",
        "/Applications/Microsoft Edge.app/Contents/Info.plist",
    ),
];

/// `dpkg-query` rows: `firefox-esr 128.5.0esr-1~deb12u1 ii `. Only installed (`ii`) rows.
pub(crate) fn parse_dpkg_browsers(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.len() >= 3 && f[2].starts_with("ii")).then(|| {
                let browser = match f[0] {
                    "firefox-esr" => "firefox_esr",
                    "google-chrome-stable" => "chrome",
                    "microsoft-edge-stable" => "edge",
                    other => other,
                };
                // Drop the Debian epoch: "1:1snap1-0ubuntu5" → "1snap1-0ubuntu5".
                let v = f[1].split_once(':').map(|(_, v)| v).unwrap_or(f[1]);
                (browser.to_string(), v.to_string())
            })
        })
        .collect()
}

fn installed(ctx: &ProbeContext) -> Probed<Vec<(String, String)>> {
    let mut out = Vec::new();
    match ctx.os() {
        OsFamily::Windows => {
            let sources: [(&str, &str, &str); 5] = [
                ("chrome", r"HKCU\Software\Google\Chrome\BLBeacon", "version"),
                (
                    "chrome",
                    r"HKLM\SOFTWARE\WOW6432Node\Google\Update\Clients\{8A69D345-D564-463c-AFF1-A69D9E530F96}",
                    "pv",
                ),
                (
                    "edge",
                    r"HKLM\SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\{56EB18F8-B008-4CBD-B6D2-8C97FE7E9062}",
                    "pv",
                ),
                (
                    "firefox",
                    r"HKLM\SOFTWARE\Mozilla\Mozilla Firefox",
                    "CurrentVersion",
                ),
                (
                    "firefox_esr",
                    r"HKLM\SOFTWARE\Mozilla\Mozilla Firefox ESR",
                    "CurrentVersion",
                ),
            ];
            for (name, key, value) in sources {
                if let Some(v) = ctx.reg(key, value)?.and_then(|v| v.as_text()) {
                    // Firefox: "128.0 (x64 en-US)"; an ESR under the plain key says "esr".
                    let v = v.split_whitespace().next().unwrap_or("").to_string();
                    let name = if name == "firefox" && v.contains("esr") {
                        "firefox_esr"
                    } else {
                        name
                    };
                    if !out.iter().any(|(n, _): &(String, String)| n == name) {
                        out.push((name.to_string(), v));
                    }
                }
            }
        }
        OsFamily::Macos => {
            for (name, path) in MAC_APPS {
                if let Some(plist) = ctx.file(path)? {
                    let v = xml_plist_value(&plist, "CFBundleShortVersionString")
                        .ok_or(UnknownReason::ParseError)?;
                    out.push((name.to_string(), v));
                }
            }
        }
        OsFamily::Linux => {
            let o = ctx.cmd(&DPKG_BROWSERS)?;
            // Exit 1 only means some of the named packages are not installed.
            if o.exit > 1 {
                return Err(UnknownReason::ParseError);
            }
            out = parse_dpkg_browsers(&o.stdout);
        }
    }
    Ok(out)
}

pub(crate) fn browsers_current(ctx: &ProbeContext) -> Probed<Verdict> {
    let found = installed(ctx)?;
    if found.is_empty() {
        return Ok(Verdict::NotApplicable);
    }
    let rules = eol::browser_rules();
    let mut outdated = Vec::new();
    let mut checked = Vec::new();
    for (name, version) in &found {
        if version.contains("snap") {
            // Ubuntu's transitional deb: the real browser is a snap, updated by snapd.
            checked.push(format!("{name} (snap)"));
            continue;
        }
        let Some(rule) = rules.get(name) else {
            continue;
        };
        let have = major(version).ok_or(UnknownReason::ParseError)?;
        let need = eol::browser_minimum_major(rule, ctx.now());
        checked.push(format!("{name} {version} (minimum {need})"));
        if have < need {
            outdated.push(format!("{name} {version}"));
        }
    }
    ctx.fact("browsers", checked);
    ctx.fact("outdated", outdated.clone());
    Ok(Verdict::pass_if(outdated.is_empty()))
}
