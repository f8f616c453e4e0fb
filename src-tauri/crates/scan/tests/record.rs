//! `record` captures this machine in the fixture layout, and replaying the capture gives the
//! same verdicts.

#[cfg(target_os = "linux")]
#[test]
fn a_recording_of_this_machine_replays_to_the_same_verdicts() {
    use coverready_scan::{record, run_scan, system_host, OsFamily, ReplayHost, ScanOptions};
    let dir = tempfile::tempdir().unwrap();
    let live = record(&system_host(), dir.path()).expect("record");
    assert!(dir.path().join("findings.json").is_file());
    assert!(dir.path().join("now").is_file());
    let replayed = run_scan(
        &ReplayHost::new(OsFamily::Linux, dir.path()),
        &ScanOptions::default(),
        &|_| {},
    );
    for (a, b) in live.findings.iter().zip(&replayed.findings) {
        assert_eq!(a.probe, b.probe);
        assert_eq!(a.verdict, b.verdict, "{} differs after replay", a.probe);
    }
}
