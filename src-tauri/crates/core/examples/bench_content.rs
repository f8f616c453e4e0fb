//! Benchmark for content packs (issue #17): verifying and installing a 3 MB pack (≤ 100 ms:
//! signature, every hash, the manifest, the app's whole validation, staging and renames) and
//! what an installed pack adds to start-up (≤ 20 ms: loading and checking it again, against
//! starting on the built-in content). Run: `cargo run --release -p coverready-core --example
//! bench_content` — prints the median and the 95th percentile of each.

use std::time::Instant;

use coverready_content::{builtin, install, load, Trust};
use coverready_content_builder::testkit::{Draft, TestKey};
use coverready_core::content::validate;

/// 2026-12-05T00:00:00Z: within the test pack's validity.
const NOW: i64 = 1_796_428_800;

fn report(name: &str, mut ms: Vec<f64>, limit: f64) {
    ms.sort_by(|a, b| a.total_cmp(b));
    let median = ms[ms.len() / 2];
    let p95 = ms[ms.len() * 95 / 100];
    let verdict = if p95 <= limit { "within" } else { "OVER" };
    println!(
        "{name}: median {median:.2} ms, p95 {p95:.2} ms ({verdict} the {limit} ms limit, n = {})",
        ms.len()
    );
}

fn main() {
    let root = TestKey::new();
    let trust = Trust::test_roots(&[&root.public_text]);
    let base = Draft::from_repo("2.0.0").signed(&root).len();
    // Padding (fictional filler text) to a 3 MB pack: the real datasets plus bulk to hash.
    let padding = "fictional padding for the content benchmark\n"
        .repeat((3 * 1024 * 1024 - base) / 44 + 1)
        .into_bytes();
    let pack = Draft::from_repo("2.0.0")
        .with_extra_file("assets/content/bench-padding.txt", padding)
        .signed(&root);
    println!("pack: {:.2} MB", pack.len() as f64 / 1_048_576.0);
    let in_use = builtin();
    let _ = validate(&in_use);

    let mut installs = Vec::new();
    let mut dirs = Vec::new();
    for _ in 0..30 {
        let dir = tempfile::tempdir().expect("temp dir");
        let t = Instant::now();
        install(dir.path(), &pack, &trust, &in_use, NOW, &validate).expect("install");
        installs.push(t.elapsed().as_secs_f64() * 1000.0);
        dirs.push(dir);
    }
    report("verify and install a 3 MB pack", installs, 100.0);

    let empty = tempfile::tempdir().expect("temp dir");
    let mut extra = Vec::new();
    for dir in &dirs {
        let t = Instant::now();
        let loaded = load(dir.path(), &trust, &validate);
        let with_pack = t.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(loaded.set.version().to_string(), "2.0.0");
        let t = Instant::now();
        let loaded = load(empty.path(), &trust, &validate);
        let without = t.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(loaded.set.origin, coverready_content::Origin::BuiltIn);
        extra.push(with_pack - without);
    }
    report(
        "start-up with a 3 MB pack installed, beyond the built-in content",
        extra,
        20.0,
    );
}
