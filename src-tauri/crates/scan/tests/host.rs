//! The real host on this machine, time limits, missing programs, and the registry parser.

use coverready_scan::{
    parse_reg_query, probes, reg_error_is_denied, run_scan, system_host, CollectError, CommandSpec,
    Host, OsFamily, RegValue, ReplayHost, ScanEvent, ScanOptions, SystemHost, UnknownReason,
    Verdict,
};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[cfg(target_os = "linux")]
#[test]
fn a_hung_program_is_killed_at_the_hard_limit() {
    // An unusual duration so we can find the child in /proc afterwards.
    const SLEEP: CommandSpec = CommandSpec {
        id: "sleep",
        program: "sleep",
        args: &["10.4321"],
    };
    let started = Instant::now();
    let result = SystemHost::new().run(&SLEEP, Duration::from_secs(1));
    let elapsed = started.elapsed();
    assert_eq!(result, Err(CollectError::Timeout));
    assert!(elapsed < Duration::from_secs(3), "took {elapsed:?}");
    let still_running = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
        .any(|c| String::from_utf8_lossy(&c).contains("10.4321"));
    assert!(!still_running, "the sleep child survived");
}

#[test]
fn a_missing_program_is_tool_missing() {
    const NOPE: CommandSpec = CommandSpec {
        id: "nope",
        program: "coverready-no-such-program",
        args: &[],
    };
    assert_eq!(
        SystemHost::new().run(&NOPE, Duration::from_secs(1)),
        Err(CollectError::ToolMissing)
    );
}

#[cfg(unix)]
#[test]
fn children_get_a_cleared_environment_with_the_c_locale() {
    const ENV: CommandSpec = CommandSpec {
        id: "env",
        program: "env",
        args: &[],
    };
    let out = SystemHost::new().run(&ENV, Duration::from_secs(2)).unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("LC_ALL=C"), "{text}");
    assert!(
        !text.contains("CARGO_MANIFEST_DIR"),
        "environment leaked: {text}"
    );
    assert!(
        text.contains("PATH=/usr/bin:/bin:/usr/sbin:/sbin"),
        "{text}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn the_real_linux_host_gives_a_verdict_for_every_probe() {
    let host = system_host();
    assert_eq!(host.os(), OsFamily::Linux);
    let events = Mutex::new(Vec::new());
    let report = run_scan(&host, &ScanOptions::default(), &|e| {
        events.lock().unwrap().push(e)
    });
    assert_eq!(report.findings.len(), probes().len());
    let events = events.into_inner().unwrap();
    let started = events
        .iter()
        .filter(|e| matches!(e, ScanEvent::Started { .. }))
        .count();
    let finished = events
        .iter()
        .filter(|e| matches!(e, ScanEvent::Finished { .. }))
        .count();
    assert_eq!((started, finished), (probes().len(), probes().len()));
    for (f, def) in report.findings.iter().zip(probes()) {
        assert_eq!(f.probe, def.id, "catalogue order");
        assert_eq!(f.questions, def.questions);
        let linux_method = def.methods.linux != "not_applicable";
        if linux_method {
            assert_ne!(
                f.verdict,
                Verdict::unknown(UnknownReason::UnsupportedOs),
                "{} has a Linux method",
                f.probe
            );
            assert!(
                !f.evidence.is_empty(),
                "{} judged without evidence",
                f.probe
            );
        } else {
            assert_eq!(f.verdict, Verdict::NotApplicable, "{}", f.probe);
        }
        // Round-trips through JSON as the CLI and the store will see it.
        let json = serde_json::to_string(f).unwrap();
        let back: coverready_scan::Finding = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, f);
    }
    assert!(!report.os.name.is_empty());
}

#[test]
fn an_empty_machine_never_panics_and_every_probe_is_implemented() {
    let empty = tempfile::tempdir().unwrap();
    for os in [OsFamily::Windows, OsFamily::Macos, OsFamily::Linux] {
        let host = ReplayHost::new(os, empty.path());
        let report = run_scan(&host, &ScanOptions::default(), &|_| {});
        for f in &report.findings {
            assert_ne!(
                f.verdict,
                Verdict::unknown(UnknownReason::UnsupportedOs),
                "{} on {os:?}: no implementation",
                f.probe
            );
            // (A pass is possible here: absent registry values and config files mean the OS
            // defaults, e.g. UAC on and auto-login off.)
        }
    }
}

#[test]
fn soft_limit_stops_further_commands() {
    let dir = tempfile::tempdir().unwrap();
    let options = ScanOptions {
        only: Some(vec!["daily-user-not-admin".into()]),
        soft_timeout: Duration::ZERO,
        ..Default::default()
    };
    let host = ReplayHost::new(OsFamily::Macos, dir.path());
    let report = run_scan(&host, &options, &|_| {});
    assert_eq!(
        report.findings[0].verdict,
        Verdict::unknown(UnknownReason::Timeout)
    );
}

#[test]
fn a_stopped_scan_starts_no_further_probe() {
    let dir = tempfile::tempdir().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let options = ScanOptions {
        concurrency: 1,
        stop: Some(stop.clone()),
        ..Default::default()
    };
    let host = ReplayHost::new(OsFamily::Windows, dir.path());
    let started = AtomicUsize::new(0);
    let report = run_scan(&host, &options, &|event| match event {
        ScanEvent::Started { .. } => {
            started.fetch_add(1, Ordering::SeqCst);
        }
        // The owner presses Stop while the first probe is being reported.
        ScanEvent::Finished { .. } => stop.store(true, Ordering::SeqCst),
    });
    assert_eq!(started.load(Ordering::SeqCst), 1);
    assert_eq!(report.findings.len(), 1);
    assert!(probes().len() > 1, "the catalogue had more to run");
}

#[test]
fn reg_query_output_parses_the_same_in_english_and_chinese() {
    let en = "\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\r\n    fDenyTSConnections    REG_DWORD    0x1\r\n\r\n";
    let zh = "\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\r\n    fDenyTSConnections    REG_DWORD    0x1\r\n\r\n";
    for out in [en, zh] {
        assert_eq!(
            parse_reg_query(out, "fDenyTSConnections"),
            Some(RegValue::Number(1))
        );
    }
    let sz = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\r\n    ProductName    REG_SZ    Windows 10 Home China\r\n";
    assert_eq!(
        parse_reg_query(sz, "productname"),
        Some(RegValue::Text("Windows 10 Home China".into()))
    );
    assert_eq!(parse_reg_query("garbage", "x"), None);
    assert_eq!(parse_reg_query("    x    REG_DWORD    0xZZ", "x"), None);
    // "ERROR: Access is denied." in English, UTF-8 Chinese and GBK (the console code page).
    assert!(reg_error_is_denied(b"ERROR: Access is denied.\r\n"));
    assert!(reg_error_is_denied("错误: 拒绝访问。".as_bytes()));
    assert!(reg_error_is_denied(&[
        0xB4, 0xED, 0xCE, 0xF3, b':', b' ', 0xBE, 0xDC, 0xBE, 0xF8, 0xB7, 0xC3, 0xCE, 0xCA
    ]));
    assert!(!reg_error_is_denied(
        b"ERROR: The system was unable to find the specified registry key or value.\r\n"
    ));
}

/// A child killed at its limit after writing gives back what it wrote (the Windows batch's
/// finished sections), marked `timed_out`; the grandchild `sleep` holding the pipe open does
/// not keep the call waiting.
#[cfg(target_os = "linux")]
#[test]
fn a_killed_program_keeps_its_partial_output() {
    const PARTIAL: CommandSpec = CommandSpec {
        id: "partial",
        program: "sh",
        args: &["-c", "echo '{\"a\":1}'; sleep 7.6543"],
    };
    let started = Instant::now();
    let out = SystemHost::new()
        .run(&PARTIAL, Duration::from_millis(500))
        .unwrap();
    assert!(out.timed_out);
    assert_eq!(out.exit_code, None);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "{\"a\":1}");
    assert!(started.elapsed() < Duration::from_secs(3));
}
