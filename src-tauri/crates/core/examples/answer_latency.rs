//! Benchmark: how long saving one answer takes in the back end (what the UI waits for after a
//! choice; the UI itself never blocks on it, the IPC call is asynchronous).

use std::time::Instant;

use coverready_checklist::{AnswerValue, Mode};
use coverready_core::{AnswerInput, OrgInput, Workspace};

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = Workspace::open(dir.path());
    let org = ws
        .create_org(&OrgInput {
            name: "Bench".into(),
            profile: Default::default(),
        })
        .expect("org");
    let questions: Vec<String> = ws
        .checklist(org.id, Mode::Full)
        .expect("checklist")
        .into_iter()
        .map(|q| q.id)
        .collect();
    let values = [
        AnswerValue::Yes,
        AnswerValue::No,
        AnswerValue::NotSure,
        AnswerValue::Partly,
    ];
    let mut samples = Vec::new();
    for round in 0..20 {
        for (i, q) in questions.iter().enumerate() {
            let started = Instant::now();
            ws.answer(
                org.id,
                &[AnswerInput {
                    question: q.clone(),
                    value: Some(values[(i + round) % values.len()]),
                    note: None,
                }],
            )
            .expect("answer");
            samples.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let pick = |p: f64| samples[((samples.len() - 1) as f64 * p) as usize];
    println!(
        "save one answer ({} saves, SQLite WAL on disk): median {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        samples.len(),
        pick(0.5),
        pick(0.99),
        samples[samples.len() - 1]
    );
}
