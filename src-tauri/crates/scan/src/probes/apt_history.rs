//! apt's transaction log (`/var/log/apt/history.log`), read for one question: when were updates
//! last installed? Pure.
//!
//! Every `apt-get install foo` upgrades whatever of foo's dependencies is outdated, so an
//! `Upgrade:` line alone says nothing about the system being kept up to date: only a run whose
//! purpose was upgrading (apt/apt-get/aptitude upgrade, unattended-upgrades, PackageKit's
//! "update packages") counts.

use crate::timeutil;

/// One transaction: the lines from `Start-Date:` to `End-Date:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Transaction<'a> {
    pub lines: Vec<&'a str>,
    pub command_line: Option<&'a str>,
    pub has_upgrades: bool,
    /// When it finished (seconds since the epoch), if `End-Date:` was readable.
    pub ended: Option<i64>,
}

impl Transaction<'_> {
    /// A run whose purpose was installing updates, not one that pulled some in as a side effect.
    pub fn is_update_run(&self) -> bool {
        self.has_upgrades && self.command_line.is_some_and(is_update_command)
    }

    /// The lines an owner (or an underwriter) needs to see why this run decided: dates, the
    /// command and the start of the package list.
    pub fn excerpt(&self) -> String {
        const LIST_CHARS: usize = 240;
        self.lines
            .iter()
            .map(|l| {
                if l.chars().count() > LIST_CHARS {
                    let cut: String = l.chars().take(LIST_CHARS).collect();
                    format!("{cut}…")
                } else {
                    (*l).to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Splits the log into transactions (a blank line or a new `Start-Date:` ends one).
pub(crate) fn transactions(log: &str) -> Vec<Transaction<'_>> {
    let mut out = Vec::new();
    let mut current: Option<Transaction> = None;
    for line in log.lines() {
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            out.extend(current.take());
            continue;
        }
        if trimmed.starts_with("Start-Date:") {
            out.extend(current.take());
        }
        let t = current.get_or_insert_with(|| Transaction {
            lines: Vec::new(),
            command_line: None,
            has_upgrades: false,
            ended: None,
        });
        t.lines.push(trimmed);
        if let Some(cmd) = trimmed.strip_prefix("Commandline:") {
            t.command_line = Some(cmd.trim());
        } else if trimmed.starts_with("Upgrade:") {
            t.has_upgrades = true;
        } else if let Some(end) = trimmed.strip_prefix("End-Date:") {
            t.ended = timeutil::parse_ymd(end);
        }
    }
    out.extend(current);
    out
}

/// Whether a `Commandline:` is a run meant to install updates.
fn is_update_command(cmd: &str) -> bool {
    let words: Vec<&str> = cmd.split_whitespace().collect();
    let program = words
        .first()
        .map(|w| w.rsplit('/').next().unwrap_or(w))
        .unwrap_or("");
    match program {
        "unattended-upgrade" | "unattended-upgrades" => true,
        // PackageKit (GNOME Software, KDE Discover) logs `packagekit role='update-packages'`.
        "packagekit" => words
            .iter()
            .any(|w| *w == "role='update-packages'" || *w == "role='upgrade-system'"),
        "apt" | "apt-get" | "aptitude" => words.iter().skip(1).any(|w| {
            matches!(
                *w,
                "upgrade" | "dist-upgrade" | "full-upgrade" | "safe-upgrade" | "--only-upgrade"
            )
        }),
        _ => false,
    }
}

/// The last finished update run (when it ended, the run) and how many later runs only
/// installed or removed software.
pub(crate) fn last_update_run<'l, 'a>(
    all: &'l [Transaction<'a>],
) -> Option<(i64, &'l Transaction<'a>, usize)> {
    let (ended, run) = all
        .iter()
        .filter(|t| t.is_update_run())
        .filter_map(|t| t.ended.map(|e| (e, t)))
        .max_by_key(|(e, _)| *e)?;
    let later = all
        .iter()
        .filter(|t| t.ended.is_some_and(|e| e > ended))
        .count();
    Some((ended, run, later))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = "\nStart-Date: 2025-06-24  14:36:25\nCommandline: apt-get -qqy upgrade\nUpgrade: libudev1:amd64 (252.36-1~deb12u1, 252.38-1~deb12u1)\nEnd-Date: 2025-06-24  14:36:28\n\nStart-Date: 2026-12-02  16:43:56\nCommandline: apt-get install -y xvfb\nInstall: xvfb:amd64 (2:21.1.7-3+deb12u13)\nUpgrade: zstd:amd64 (1.5.4+dfsg2-5, 1.5.4+dfsg2-5+deb12u1)\nEnd-Date: 2026-12-02  16:44:21\n";

    #[test]
    fn an_install_that_pulls_in_upgrades_is_not_an_update_run() {
        let all = transactions(LOG);
        assert_eq!(all.len(), 2);
        assert!(all[0].is_update_run());
        assert!(!all[1].is_update_run(), "apt-get install is not an upgrade");
        let (ended, last, later) = last_update_run(&all).expect("the 2025 upgrade");
        assert_eq!(Some(ended), timeutil::parse_ymd("2025-06-24  14:36:28"));
        assert_eq!(later, 1);
        assert!(last.excerpt().contains("apt-get -qqy upgrade"));
        assert!(!last.excerpt().contains("xvfb"));
    }

    #[test]
    fn update_commands() {
        for yes in [
            "/usr/bin/unattended-upgrade",
            "apt upgrade",
            "apt-get -y dist-upgrade",
            "apt full-upgrade",
            "aptitude safe-upgrade",
            "apt-get install --only-upgrade openssl",
            "packagekit role='update-packages'",
        ] {
            assert!(is_update_command(yes), "{yes}");
        }
        for no in [
            "apt-get install -y tzdata",
            "apt-get purge foo",
            "apt install upgrade-helper",
            "packagekit role='install-packages'",
            "",
        ] {
            assert!(!is_update_command(no), "{no}");
        }
    }

    #[test]
    fn an_upgrade_run_that_upgraded_nothing_does_not_count() {
        let log = "Start-Date: 2026-11-01  06:00:00\nCommandline: apt-get upgrade\nEnd-Date: 2026-11-01  06:00:01\n";
        let all = transactions(log);
        assert_eq!(last_update_run(&all), None);
    }

    #[test]
    fn long_package_lists_are_cut_in_the_excerpt() {
        let long = format!(
            "Start-Date: 2026-11-01  06:00:00\nCommandline: apt upgrade\nUpgrade: {}\nEnd-Date: 2026-11-01  06:00:09\n",
            "libx:amd64 (1, 2), ".repeat(100)
        );
        let all = transactions(&long);
        let ex = all[0].excerpt();
        assert!(ex.len() < 600, "{}", ex.len());
        assert!(ex.contains('…'));
        assert!(ex.ends_with("End-Date: 2026-11-01  06:00:09"));
    }
}
