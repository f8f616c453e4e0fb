//! Writes what the engine's formatter answers into `ui/src/bindings/replay/money.json`, for the
//! UI's own formatter to match. Everything else the UI's tests need from the engine they ask
//! the engine for, through coverready-ui-harness. CI fails when the committed file is stale
//! (like the ts-rs bindings beside it).

use serde_json::json;
use std::path::Path;

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../.."))
}

fn write_if_changed(out: &Path, text: &str) {
    if std::fs::read_to_string(out).ok().as_deref() != Some(text) {
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        let tmp = out.with_extension("json.tmp");
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, out).unwrap();
    }
}

/// Amounts as the report writes them, for the UI's formatter to match (risk-view.test.ts).
#[test]
fn ui_replay_of_money_is_generated_from_the_report_formatter() {
    let samples = [
        0.0,
        213.0,
        8_700.0,
        9_999.0,
        10_000.0,
        37_500.0,
        120_000.0,
        360_000.0,
        1_234_567.0,
    ];
    let rows: Vec<serde_json::Value> = samples
        .iter()
        .map(|&value| {
            let zh =
                coverready_report::money_text(&coverready_i18n::Localizer::new("zh-CN"), value);
            let en =
                coverready_report::money_text(&coverready_i18n::Localizer::new("en-US"), value);
            json!({ "value": value, "zh-CN": zh, "en-US": en })
        })
        .collect();
    assert_eq!(rows[7]["zh-CN"], "36 万元");
    assert_eq!(rows[7]["en-US"], "¥360,000");
    assert_eq!(rows[2]["zh-CN"], "¥8,700");
    let out = repo().join("ui/src/bindings/replay/money.json");
    write_if_changed(&out, &(serde_json::to_string_pretty(&rows).unwrap() + "\n"));
}
