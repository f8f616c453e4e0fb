//! Scans this machine and prints the report as JSON (no CLI crate needed):
//! `cargo run -p coverready-scan --example scan [-- PROBE_ID...]`.
//! `--record DIR` also writes the raw outputs as a fixture case (names redacted).

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let host = coverready_scan::system_host();
    if args.first().map(String::as_str) == Some("--record") {
        let Some(dir) = args.get(1) else {
            eprintln!("usage: scan --record DIR");
            std::process::exit(2);
        };
        match coverready_scan::record(&host, std::path::Path::new(dir)) {
            Ok(report) => println!(
                "{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            ),
            Err(e) => {
                eprintln!("recording failed: {e}");
                std::process::exit(3);
            }
        }
        return;
    }
    let options = coverready_scan::ScanOptions {
        only: (!args.is_empty()).then(|| std::mem::take(&mut args)),
        ..Default::default()
    };
    let report = coverready_scan::run_scan(&host, &options, &|event| {
        if let coverready_scan::ScanEvent::Finished { finding } = event {
            eprintln!(
                "{:<26} {:>5} ms  {:?}",
                finding.probe, finding.duration_ms, finding.verdict
            );
        }
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );
}
