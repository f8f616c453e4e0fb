//! Benchmark for the workshop's two time limits (issue #15): rendering the one-page takeaway
//! (≤ 15 ms) and erasing a session (≤ 300 ms to the welcome screen; this is the engine's part,
//! the page's reload comes on top). Run: `cargo run --release -p coverready-core --example
//! bench_workshop` — prints the median and the 95th percentile of each.

use std::time::Instant;

use coverready_checklist::{AnswerValue, ContentPack, Mode};
use coverready_core::workshop::WorkshopSettings;
use coverready_core::{AnswerInput, Language, OrgInput, Workspace};

fn session() -> (Workspace, i64) {
    let mut ws = Workspace::open_workshop(WorkshopSettings::default());
    let org = ws
        .create_org(&OrgInput {
            name: "Bench Bakery (fictional)".into(),
            profile: Default::default(),
        })
        .expect("org");
    ws.ensure_assessment(org.id, Some(Mode::Quick))
        .expect("assessment");
    let answers: Vec<AnswerInput> = ws
        .checklist(org.id, Mode::Quick)
        .expect("checklist")
        .iter()
        .enumerate()
        .map(|(i, q)| AnswerInput {
            question: q.id.clone(),
            value: Some([AnswerValue::Yes, AnswerValue::No, AnswerValue::Partly][i % 3]),
            note: None,
        })
        .collect();
    ws.answer(org.id, &answers).expect("answers");
    (ws, org.id)
}

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
    let _ = ContentPack::current();
    let (ws, org) = session();
    let input = ws
        .takeaway_input(org, Language::ZhCn, 1_764_806_400)
        .expect("input");
    // Warm the font and the caches once, as the app has by the time anyone asks.
    coverready_report::takeaway::render_takeaway(&input).expect("render");
    let mut render = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let page = coverready_report::takeaway::render_takeaway(&input).expect("render");
        render.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(page.pages, 1);
    }
    report("takeaway render (zh-CN, one A4 page)", render, 15.0);

    let mut erase = Vec::new();
    for _ in 0..50 {
        let (mut ws, _) = session();
        let t = Instant::now();
        ws.erase_workshop().expect("erase");
        erase.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(ws.list_orgs().expect("orgs").is_empty());
    }
    report("erase a workshop session (engine)", erase, 300.0);
}
