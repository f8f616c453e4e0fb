//! Times N full scans of this machine and, when installed, `lynis audit system --quick` on the
//! same machine in the same run: `cargo run --release -p coverready-scan --example scan_bench -- [N]`.

use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let host = coverready_scan::system_host();
    let options = coverready_scan::ScanOptions::default();
    let mut times = Vec::with_capacity(n);
    let mut probes = 0;
    for _ in 0..n {
        let start = Instant::now();
        let report = coverready_scan::run_scan(&host, &options, &|_| {});
        times.push(start.elapsed().as_secs_f64());
        probes = report.findings.len();
    }
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / n as f64;
    println!(
        "coverready-scan: {n} full scans of {probes} probes: mean {:.3} s, median {:.3} s, max {:.3} s",
        mean,
        times[n / 2],
        times[n - 1]
    );
    let lynis = ["/usr/sbin/lynis", "/usr/bin/lynis"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let Some(lynis) = lynis else {
        println!("lynis not installed (apt-get install -y lynis); no comparison");
        return;
    };
    let start = Instant::now();
    let status = Command::new(lynis)
        .args(["audit", "system", "--quick", "--no-colors"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let lynis_secs = start.elapsed().as_secs_f64();
    println!(
        "lynis audit system --quick: {lynis_secs:.3} s ({status:?}); ratio lynis / coverready-scan mean = {:.1}x",
        lynis_secs / mean
    );
}
