//! Help and usage errors follow the language: clap's own English words never reach a Chinese
//! user, and English users get the same messages in English.

mod common;

use std::process::{Command, Output};

use common::{stderr, stdout};

/// Runs the real binary with `LANG` set (for invocations whose `--lang` is itself the mistake).
fn run(lang_env: &str, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_coverready"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(args)
        .env_remove("COVERREADY_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang_env)
        .output()
        .expect("run coverready")
}

fn zh(args: &[&str]) -> Output {
    let mut all = vec!["--lang", "zh-CN"];
    all.extend_from_slice(args);
    run("C", &all)
}

fn en(args: &[&str]) -> Output {
    let mut all = vec!["--lang", "en-US"];
    all.extend_from_slice(args);
    run("zh_CN.UTF-8", &all)
}

/// The program, its commands and the values that appear in help texts: these stay as they are.
const KEPT: &[&str] = &[
    "coverready",
    "content",
    "update",
    "org",
    "profile",
    "store",
    "checklist",
    "answer",
    "assess",
    "readiness",
    "scan",
    "report",
    "submit",
    "submissions",
    "domain-check",
    "takeaway",
    "import-code",
    "help",
    "add",
    "list",
    "show",
    "rename",
    "remove",
    "set",
    "fields",
    "recover",
    // After cover: the policy and incident commands, and the incident kinds their help lists.
    "policy",
    "incident",
    "start",
    "tick",
    "log",
    "verify",
    "pack",
    "ransomware",
    "website",
    "other",
    "yes",
    "partly",
    "no",
    "beijing",
];

/// The Latin-script words of `text` that are not argument names, placeholders, command names,
/// values, paths, ids or acronyms: in a Chinese text there must be none.
fn latin_words(text: &str) -> Vec<String> {
    // Quoted and backticked tokens are what the user typed or must type.
    let mut unquoted = String::new();
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '“' => closing = Some('”'),
                '‘' => closing = Some('’'),
                '"' | '`' => closing = Some(c),
                _ => unquoted.push(c),
            },
        }
    }
    let mut words = Vec::new();
    for token in unquoted.split(|c: char| c.is_whitespace() || !c.is_ascii()) {
        let token = token.trim_matches(|c: char| ",;:.()!?".contains(c));
        let letters = token.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let kept = token.starts_with('-')
            || token.starts_with('<')
            || token.starts_with('[')
            || token.chars().any(|c| "=-./_:@0123456789".contains(c))
            || token.chars().all(|c| !c.is_ascii_lowercase())
            || KEPT.contains(&token);
        if letters >= 2 && !kept {
            words.push(token.to_owned());
        }
    }
    words
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn the_checker_finds_english() {
    assert_eq!(
        latin_words("error: unexpected argument '--bogus' found"),
        ["error", "unexpected", "argument", "found"]
    );
    assert!(
        latin_words("用法：coverready org add [OPTIONS] --name <NAME>，见“profile fields”")
            .is_empty()
    );
}

/// The Chinese invocations and the stream their text goes to: (args, exit code, on stdout).
const CASES: &[(&[&str], i32, bool)] = &[
    (&["--help"], 0, true),
    (&["org", "add", "--help"], 0, true),
    (&["help", "domain-check"], 0, true),
    (&["--bogus"], 2, false),
    (&["org", "add"], 2, false),
    (&["org", "show", "not-a-number"], 2, false),
    (&["org", "frobnicate"], 2, false),
    (&["org"], 2, false),
];

#[test]
fn help_and_usage_errors_in_chinese_have_no_english_words() {
    for (args, code, on_stdout) in CASES {
        let o = zh(args);
        assert_eq!(o.status.code(), Some(*code), "{args:?}: {}", stderr(&o));
        let (text, other) = if *on_stdout {
            (stdout(&o), stderr(&o))
        } else {
            (stderr(&o), stdout(&o))
        };
        assert!(
            other.is_empty(),
            "{args:?} wrote to the other stream: {other}"
        );
        assert!(has_chinese(&text), "{args:?}: {text}");
        let english = latin_words(&text);
        assert!(english.is_empty(), "{args:?}: {english:?} in\n{text}");
    }
}

#[test]
fn the_same_invocations_in_english_are_english() {
    for (args, code, on_stdout) in CASES {
        let o = en(args);
        assert_eq!(o.status.code(), Some(*code), "{args:?}: {}", stderr(&o));
        let text = if *on_stdout { stdout(&o) } else { stderr(&o) };
        assert!(!has_chinese(&text), "{args:?}: {text}");
        assert!(!latin_words(&text).is_empty(), "{args:?}: {text}");
    }
    let help = stdout(&en(&["--help"]));
    for words in [
        "Usage: coverready",
        "Commands:",
        "Options:",
        "Show this help",
        "Show the version",
    ] {
        assert!(help.contains(words), "{words}: {help}");
    }
    let bogus = stderr(&en(&["--bogus"]));
    assert!(
        bogus.contains("Error: “--bogus” is not an argument"),
        "{bogus}"
    );
    assert!(
        bogus.contains("For the full help, run: coverready --help"),
        "{bogus}"
    );
}

#[test]
fn chinese_usage_errors_name_the_argument_and_the_way_out() {
    let bogus = stderr(&zh(&["--bogus"]));
    assert!(bogus.contains("无法识别参数“--bogus”"), "{bogus}");
    assert!(
        bogus.contains("如需查看完整说明，请运行：coverready --help"),
        "{bogus}"
    );

    let typo = stderr(&zh(&["--jsn", "org", "list"]));
    assert!(typo.contains("您是不是想输入“--json”？"), "{typo}");

    let missing = stderr(&zh(&["org", "add"]));
    assert!(
        missing.contains("缺少必填的参数：--name <NAME>"),
        "{missing}"
    );
    assert!(
        missing.contains("用法：coverready org add --name <NAME>"),
        "{missing}"
    );
    assert!(missing.contains("coverready org add --help"), "{missing}");

    let not_a_number = stderr(&zh(&["org", "show", "x"]));
    assert!(
        not_a_number.contains("这里需要填一个整数"),
        "{not_a_number}"
    );

    let port = stderr(&zh(&[
        "domain-check",
        "example.cn",
        "--https-port",
        "99999",
    ]));
    assert!(
        port.contains("“99999”不是 --https-port <PORT> 的有效值，这里需要填 0 到 65535 之间的整数"),
        "{port}"
    );
    let port = stderr(&en(&[
        "domain-check",
        "example.cn",
        "--https-port",
        "99999",
    ]));
    assert!(
        port.contains("a whole number from 0 to 65535 is needed"),
        "{port}"
    );
    let dns = stderr(&zh(&["domain-check", "example.cn", "--dns", "nowhere"]));
    assert!(dns.contains("这里需要填一个 IP 地址"), "{dns}");

    let unknown = stderr(&zh(&["org", "frobnicate"]));
    assert!(unknown.contains("没有“frobnicate”这个命令"), "{unknown}");
    assert!(unknown.contains("add、list、show"), "{unknown}");

    let arg = stdout(&zh(&["org", "show", "--help"]));
    assert!(arg.contains("参数：") && arg.contains("<ID>"), "{arg}");
}

#[test]
fn an_invalid_language_is_explained_in_the_os_language() {
    // --lang itself is wrong, so the computer's locale decides.
    let o = run("zh_CN.UTF-8", &["--lang", "xx", "org", "list"]);
    assert_eq!(o.status.code(), Some(2));
    let text = stderr(&o);
    assert!(text.contains("“xx”不是 --lang <LANG> 的有效值"), "{text}");
    assert!(text.contains("可选的值：zh-CN、en-US"), "{text}");
    assert!(latin_words(&text).is_empty(), "{text}");

    let o = run("C", &["--lang", "xx", "org", "list"]);
    assert_eq!(o.status.code(), Some(2));
    let text = stderr(&o);
    assert!(text.contains("Possible values: zh-CN, en-US"), "{text}");
}

#[test]
fn version_and_help_keep_their_exit_codes_and_stream() {
    for args in [
        &["--version"][..],
        &["-V"],
        &["-h"],
        &["org", "help", "add"],
    ] {
        let o = zh(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(!stdout(&o).is_empty() && stderr(&o).is_empty(), "{args:?}");
    }
    assert!(stdout(&zh(&["-V"])).starts_with("coverready "));
    let sub = stdout(&zh(&["org", "help", "add"]));
    assert!(sub.contains("新建企业并显示其编号"), "{sub}");
}

#[test]
fn without_lang_the_apps_language_is_used_and_help_creates_no_store() {
    let dir = tempfile::tempdir().unwrap();
    let run_in = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_coverready"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env_remove("COVERREADY_DATA_DIR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .output()
            .expect("run coverready")
    };
    let help = run_in(&["--help"]);
    assert!(
        stdout(&help).contains("Usage: coverready"),
        "{}",
        stdout(&help)
    );
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "help wrote to the data folder"
    );

    // The app's settings screen chose Chinese.
    assert!(run_in(&["org", "list"]).status.success());
    let store = rusqlite::Connection::open(dir.path().join("coverready.sqlite3")).unwrap();
    store
        .execute(
            "INSERT INTO setting (key, value) VALUES ('language', 'zh-CN')",
            [],
        )
        .unwrap();
    drop(store);
    let bogus = run_in(&["--bogus"]);
    assert_eq!(bogus.status.code(), Some(2));
    assert!(
        stderr(&bogus).contains("无法识别参数“--bogus”"),
        "{}",
        stderr(&bogus)
    );
    let help = run_in(&["org", "--help"]);
    assert!(
        stdout(&help).contains("用法：coverready org"),
        "{}",
        stdout(&help)
    );
    // --lang still wins.
    let en = run_in(&["--lang", "en-US", "--bogus"]);
    assert!(stderr(&en).contains("Error:"), "{}", stderr(&en));
}

/// Every command's help page, not just the few above.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["org"],
    &["org", "add"],
    &["org", "list"],
    &["org", "show"],
    &["org", "rename"],
    &["org", "remove"],
    &["profile"],
    &["profile", "set"],
    &["profile", "show"],
    &["profile", "fields"],
    &["store"],
    &["store", "recover"],
    &["checklist"],
    &["answer"],
    &["assess"],
    &["readiness"],
    &["scan"],
    &["report"],
    &["submit"],
    &["submissions"],
    &["domain-check"],
    &["takeaway"],
    &["import-code"],
    &["content"],
    &["content", "show"],
    &["content", "update"],
    &["help"],
];

#[test]
fn every_help_page_in_chinese_has_no_english_words() {
    for path in COMMANDS {
        let mut args = path.to_vec();
        args.push("--help");
        let o = zh(&args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let text = stdout(&o);
        assert!(
            text.contains("用法：coverready") && text.contains("选项："),
            "{text}"
        );
        let english = latin_words(&text);
        assert!(english.is_empty(), "{args:?}: {english:?} in\n{text}");
        // `coverready help PATH…` shows the same page.
        let mut via_help = vec!["help"];
        via_help.extend_from_slice(path);
        assert_eq!(stdout(&zh(&via_help)), text, "{via_help:?}");
    }
}

/// An argument or a data folder that is not UTF-8 (a name in another encoding) is a usage error
/// in the owner's language, exit 2, not a panic (exit 101).
#[cfg(unix)]
#[test]
fn a_non_utf8_argument_or_data_folder_is_a_usage_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"\xff\xfe-\xc3");
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec![
            std::ffi::OsStr::new("org"),
            std::ffi::OsStr::new("add"),
            std::ffi::OsStr::new("--name"),
            bad,
        ],
        vec![
            std::ffi::OsStr::new("--data-dir"),
            bad,
            std::ffi::OsStr::new("org"),
            std::ffi::OsStr::new("list"),
        ],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_coverready"))
            .arg("--lang")
            .arg("zh-CN")
            .arg("--data-dir")
            .arg(dir.path())
            .args(&args)
            .env_remove("COVERREADY_DATA_DIR")
            .output()
            .expect("run coverready");
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(stderr(&output).contains("UTF-8"), "{}", stderr(&output));
        assert!(stderr(&output).contains("命令行"), "{}", stderr(&output));
    }
    assert!(!dir.path().join("coverready.sqlite3").exists());
}
