//! Command-line options of the desktop app (not the `coverready` CLI): where the data is, a
//! language for this session, and the self-test used by CI.

use std::path::PathBuf;
use std::time::Duration;

use coverready_core::Language;
use tauri::AppHandle;

#[derive(Debug, Clone, Default)]
pub struct LaunchOptions {
    pub data_dir: Option<PathBuf>,
    pub language: Option<Language>,
    /// With `--self-test`: exit 0 as soon as the UI reports its first screen, 1 after this many
    /// seconds without a report.
    pub self_test_timeout: Option<u64>,
    /// Keep the window this long after the report (so a screenshot can be taken).
    pub self_test_hold: Duration,
    /// `--workshop`: a session on a shared laptop (settings from `--workshop-config FILE`, or
    /// `workshop.json` beside the executable, which also turns the mode on by itself).
    pub workshop: bool,
    pub workshop_config: Option<PathBuf>,
}

impl LaunchOptions {
    pub fn from_args(args: impl Iterator<Item = String>) -> LaunchOptions {
        let mut options = LaunchOptions::default();
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) => (f.to_owned(), Some(v.to_owned())),
                None => (arg.clone(), None),
            };
            let mut value = || inline.clone().or_else(|| args.next());
            match flag.as_str() {
                "--data-dir" => options.data_dir = value().map(PathBuf::from),
                "--lang" => options.language = value().and_then(|v| Language::from_tag(&v)),
                "--self-test" => {
                    options.self_test_timeout = Some(options.self_test_timeout.unwrap_or(60))
                }
                "--self-test-timeout" => {
                    options.self_test_timeout = value().and_then(|v| v.parse().ok()).or(Some(60))
                }
                "--self-test-hold-ms" => {
                    options.self_test_hold =
                        Duration::from_millis(value().and_then(|v| v.parse().ok()).unwrap_or(0))
                }
                "--workshop" => options.workshop = true,
                "--workshop-config" => {
                    options.workshop = true;
                    options.workshop_config = value().map(PathBuf::from);
                }
                // Unknown arguments (e.g. ones a desktop environment adds) are ignored.
                _ => {}
            }
        }
        options
    }
}

/// The facilitator's file: the one named on the command line, else `workshop.json` beside the
/// executable (a USB stick or a prepared laptop), if there is one.
pub fn workshop_file(options: &LaunchOptions) -> Option<PathBuf> {
    options.workshop_config.clone().or_else(|| {
        let beside = std::env::current_exe()
            .ok()?
            .parent()?
            .join("workshop.json");
        beside.is_file().then_some(beside)
    })
}

pub fn fail_self_test_after(app: AppHandle, seconds: u64) {
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(seconds));
        eprintln!("self-test: the UI did not report ready within {seconds} s");
        app.exit(1);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> LaunchOptions {
        LaunchOptions::from_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn flags_are_read_in_both_spellings() {
        let o = parse(&["--data-dir", "/d", "--lang=zh-CN", "--self-test"]);
        assert_eq!(o.data_dir, Some(PathBuf::from("/d")));
        assert_eq!(o.language, Some(Language::ZhCn));
        assert_eq!(o.self_test_timeout, Some(60));
        let o = parse(&["--self-test-timeout", "5", "--self-test-hold-ms=250"]);
        assert_eq!(o.self_test_timeout, Some(5));
        assert_eq!(o.self_test_hold, Duration::from_millis(250));
        let o = parse(&["--workshop-config=/usb/workshop.json"]);
        assert!(o.workshop);
        assert_eq!(o.workshop_config, Some(PathBuf::from("/usb/workshop.json")));
        assert!(parse(&["--workshop"]).workshop && !parse(&[]).workshop);
    }

    #[test]
    fn bad_or_unknown_values_change_nothing_dangerous() {
        let o = parse(&[
            "--lang",
            "klingon",
            "--psn_0_12345",
            "--self-test-timeout",
            "soon",
        ]);
        assert_eq!(o.language, None);
        assert_eq!(o.self_test_timeout, Some(60));
        assert_eq!(
            parse(&[]).self_test_timeout,
            None,
            "no self-test unless asked"
        );
    }
}
