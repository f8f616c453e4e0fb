//! Benchmark: a full report (every question of the built-in pack answered, 25 findings, both
//! charts) rendered by this crate, against the same content printed by headless Chromium.
//!
//! `cargo run --release -p coverready-report --example report_bench`
//!
//! The Chromium side gets the report's own text (from `pdftotext`, page by page), the same font
//! file through @font-face, and the two charts as inline SVG, so both produce a comparable
//! multi-page CJK document. Chromium's time includes starting the browser, which is what the
//! app would pay per report.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn charts_svg(input: &coverready_report::ReportInput) -> String {
    let domains = &input.readiness.domains;
    let mut svg = String::from("<svg width='480' height='230' xmlns='http://www.w3.org/2000/svg'>");
    for (i, d) in domains.iter().enumerate() {
        let p = d.percent.unwrap_or(0) as f32;
        svg += &format!(
            "<text x='0' y='{}' font-size='9'>{}</text><rect x='150' y='{}' width='{}' height='12' fill='#d98c0d'/>",
            20 * i + 14, escape(&d.id), 20 * i + 4, p * 2.7
        );
    }
    svg += "</svg><svg width='300' height='300' xmlns='http://www.w3.org/2000/svg'><polygon fill='#cde' stroke='#0b5499' points='";
    let n = domains.len() as f32;
    for (i, d) in domains.iter().enumerate() {
        let a = std::f32::consts::FRAC_PI_2 - i as f32 * std::f32::consts::TAU / n;
        let r = 105.0 * d.percent.unwrap_or(0) as f32 / 100.0;
        svg += &format!("{},{} ", 150.0 + r * a.cos(), 150.0 - r * a.sin());
    }
    svg + "'/></svg>"
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let out_dir = root.join("test-output/report");
    std::fs::create_dir_all(&out_dir).unwrap();
    let input = common::full_input("zh-CN");

    let start = Instant::now();
    let first = coverready_report::render(&input).unwrap();
    let first_time = start.elapsed();
    let runs: Vec<Duration> = (0..10)
        .map(|_| {
            let start = Instant::now();
            let r = coverready_report::render(&input).unwrap();
            assert_eq!(r.pdf, first.pdf);
            start.elapsed()
        })
        .collect();
    let ours = median(runs.clone());
    let pdf_path = out_dir.join("bench.pdf");
    std::fs::write(&pdf_path, &first.pdf).unwrap();
    println!(
        "coverready-report: first render {:.1} ms (includes parsing the font), median of 10 {:.1} ms (min {:.1} ms), {} pages, {} bytes",
        first_time.as_secs_f64() * 1000.0,
        ours.as_secs_f64() * 1000.0,
        runs.iter().min().unwrap().as_secs_f64() * 1000.0,
        first.pages,
        first.pdf.len()
    );

    // The same content as HTML for Chromium.
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-layout", pdf_path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    let font = root
        .join("assets/fonts/NotoSansSC-CoverReady-Regular.otf")
        .canonicalize()
        .unwrap();
    let mut html = format!(
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>bench</title><style>\
         @font-face {{ font-family: R; src: url('file://{}'); }}\
         @page {{ size: A4; margin: 20mm; }} body {{ font-family: R; font-size: 10pt; }}\
         section {{ page-break-after: always; white-space: pre-wrap; }}</style></head><body>",
        font.display()
    );
    for (i, page) in text.split('\u{c}').enumerate() {
        html += "<section>";
        if i == 2 {
            html += &charts_svg(&input);
        }
        html += &escape(page);
        html += "</section>";
    }
    html += "</body></html>";
    let work = tempfile::tempdir().unwrap();
    let html_path = work.path().join("report.html");
    std::fs::write(&html_path, html).unwrap();
    let chrome_pdf = work.path().join("out.pdf");
    let profile = work.path().join("profile");
    let mut chrome_runs = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        let status = Command::new("/usr/bin/chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                &format!("--user-data-dir={}", profile.display()),
                &format!("--print-to-pdf={}", chrome_pdf.display()),
                "--no-pdf-header-footer",
                html_path.to_str().unwrap(),
            ])
            .output();
        match status {
            Ok(o) if o.status.success() => chrome_runs.push(start.elapsed()),
            Ok(o) => {
                println!("chromium failed: {}", String::from_utf8_lossy(&o.stderr));
                return;
            }
            Err(e) => {
                println!("chromium not available: {e}");
                return;
            }
        }
    }
    let chrome = median(chrome_runs);
    let chrome_size = std::fs::metadata(&chrome_pdf).unwrap().len();
    std::fs::copy(&chrome_pdf, out_dir.join("bench-chromium.pdf")).unwrap();
    println!(
        "headless chromium print-to-pdf: median of 3 {:.1} ms, {} bytes",
        chrome.as_secs_f64() * 1000.0,
        chrome_size
    );
    println!(
        "ratio: chromium / coverready-report = {:.1}x time, {:.1}x size",
        chrome.as_secs_f64() / ours.as_secs_f64(),
        chrome_size as f64 / first.pdf.len() as f64
    );
}
