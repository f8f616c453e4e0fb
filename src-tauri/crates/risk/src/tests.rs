use coverready_checklist::{AnswerValue, Answers, Profile, ProfileValue};

use super::*;

fn profile(fields: &[(&str, ProfileValue)]) -> Profile {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn t(s: &str) -> ProfileValue {
    ProfileValue::Text(s.into())
}

fn b(v: bool) -> ProfileValue {
    ProfileValue::Bool(v)
}

fn answers(pairs: &[(&str, AnswerValue)]) -> Answers {
    pairs.iter().map(|(q, a)| (q.to_string(), *a)).collect()
}

/// A 5-person shop that tells us everything: no transfers, no personal data, nothing online.
fn small_shop() -> Profile {
    profile(&[
        ("headcount_band", t("1-9")),
        ("revenue_band", t("1m-10m")),
        ("daily_gross_profit", ProfileValue::Number(10_000.0)),
        ("bank_transfers", b(false)),
        ("personal_records", t("none")),
        ("cloud_services", b(false)),
        ("outsourced_it", b(false)),
        ("website", t("none")),
        ("downtime_tolerance", t("1-3d")),
        ("industry", t("retail")),
    ])
}

fn scenario<'a>(estimate: &'a RiskEstimate, id: &str) -> &'a ScenarioEstimate {
    estimate
        .scenarios
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no scenario {id} in {:?}", estimate.scenarios))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

#[test]
fn only_the_scenarios_that_apply_are_estimated() {
    let e = assess_risk(&small_shop(), &Answers::new());
    let ids: Vec<_> = e.scenarios.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["ransomware"]);
    assert!(e.notes.is_empty(), "{:?}", e.notes);
}

#[test]
fn ransomware_costs_response_plus_lost_gross_profit() {
    let e = assess_risk(&small_shop(), &Answers::new());
    let r = scenario(&e, "ransomware");
    // 1-9 people: response 20k / 50k / 150k; 2 / 7 / 21 days at ¥10,000 a day.
    assert!(close(r.single_loss.low, 20_000.0 + 2.0 * 10_000.0));
    assert!(close(r.single_loss.likely, 50_000.0 + 7.0 * 10_000.0));
    assert!(close(r.single_loss.high, 150_000.0 + 21.0 * 10_000.0));
    assert!(close(r.frequency.likely, 0.01));
    assert!(close(r.annual.likely, 0.01 * 120_000.0));
    assert!(close(e.annual_total.likely, r.annual.likely));
    assert!(close(e.bad_year, 360_000.0));
    assert_eq!(r.assumptions["days_likely"].value, 7.0);
    assert_eq!(r.assumptions["gross_profit"].unit, Unit::Yuan);
    assert!(close(r.assumptions["annual_likely"].value, 1_200.0));
}

#[test]
fn answers_move_the_frequency_and_tested_backups_shorten_the_outage() {
    let exposed = assess_risk(
        &small_shop(),
        &answers(&[("network.no-exposed-remote-desktop", AnswerValue::No)]),
    );
    assert!(close(
        scenario(&exposed, "ransomware").frequency.likely,
        0.025
    ));
    let guarded = assess_risk(
        &small_shop(),
        &answers(&[
            ("network.no-exposed-remote-desktop", AnswerValue::Yes),
            ("identity.mfa-remote", AnswerValue::Yes),
            ("patching.critical-fast", AnswerValue::Yes),
            ("backup.offline-copy", AnswerValue::Yes),
            ("backup.restore-test", AnswerValue::Yes),
        ]),
    );
    let r = scenario(&guarded, "ransomware");
    assert!(close(r.frequency.likely, 0.01 * 0.714 * 0.5));
    assert_eq!(r.factors.len(), 2);
    assert!(close(r.single_loss.likely, 50_000.0 + 3.0 * 10_000.0));
    // "Not sure" about backups is not a tested backup.
    let unsure = assess_risk(
        &small_shop(),
        &answers(&[
            ("backup.offline-copy", AnswerValue::Yes),
            ("backup.restore-test", AnswerValue::NotSure),
        ]),
    );
    assert!(close(
        scenario(&unsure, "ransomware").single_loss.likely,
        120_000.0
    ));
}

#[test]
fn the_combined_effect_of_answers_is_bounded() {
    let json = include_str!("../../../../assets/risk/model.json")
        .replace("\"factor\": 0.5 }", "\"factor\": 0.001 }");
    let model = RiskModel::from_json(&json).unwrap();
    let e = assess_risk_with(
        &model,
        &small_shop(),
        &answers(&[("patching.critical-fast", AnswerValue::Yes)]),
    );
    assert!(close(
        scenario(&e, "ransomware").frequency.likely,
        0.01 * 0.25
    ));
}

#[test]
fn payment_fraud_and_data_breach_follow_the_profile() {
    let mut p = small_shop();
    p.insert("bank_transfers".into(), b(true));
    p.insert("largest_transfer".into(), t("100k-1m"));
    p.insert("personal_records".into(), t("10k-100k"));
    p.insert("sensitive_data".into(), b(true));
    let e = assess_risk(
        &p,
        &answers(&[("email.payment-callback", AnswerValue::Yes)]),
    );
    let fraud = scenario(&e, "payment-fraud");
    assert!(close(fraud.single_loss.likely, 400_000.0 * 0.75));
    assert!(close(fraud.frequency.likely, 0.012 * 0.5));
    let breach = scenario(&e, "data-breach");
    assert!(close(
        breach.single_loss.likely,
        (5.0 * 50_000.0 + 50_000.0) * 1.5
    ));
    let sum: f64 = e.scenarios.iter().map(|s| s.annual.likely).sum();
    assert!(close(e.annual_total.likely, sum));
    for s in &e.scenarios {
        for r in [s.frequency, s.single_loss, s.annual] {
            assert!(r.low <= r.likely && r.likely <= r.high, "{}: {r:?}", s.id);
        }
    }
}

#[test]
fn missing_figures_are_assumed_and_said() {
    let p = profile(&[("revenue_band", t("1m-10m")), ("bank_transfers", b(true))]);
    let e = assess_risk(&p, &Answers::new());
    assert!(e.notes.contains(&EstimateNote::GrossProfitFromRevenue));
    assert!(e.notes.contains(&EstimateNote::HeadcountAssumed));
    assert!(e.notes.contains(&EstimateNote::TransferSizeAssumed));
    // ¥5,000,000 × 30 % ÷ 300 days = ¥5,000 a day.
    assert!(close(
        scenario(&e, "ransomware").assumptions["gross_profit"].value,
        5_000.0
    ));
    // Unknown profile facts show the scenario rather than hide it.
    assert!(e.scenarios.iter().any(|s| s.id == "data-breach"));
    let empty = assess_risk(&Profile::new(), &Answers::new());
    assert!(empty.notes.contains(&EstimateNote::GrossProfitUnknown));
    // An outage cannot be priced without any gross profit figure: it is left out, not ¥0.
    assert!(!empty.scenarios.iter().any(|s| s.id == "outage"));
    // Ransomware still costs the response; its days without business are said to be unpriced,
    // never "at ¥0 gross profit a day".
    let ransomware = scenario(&empty, "ransomware");
    assert!(!ransomware.assumptions.contains_key("gross_profit"));
    assert_eq!(
        ransomware.assumptions_key,
        "risk-scenario-ransomware-assumptions-without-gross-profit"
    );
    assert!(close(
        ransomware.single_loss.likely,
        ransomware.assumptions["response_likely"].value
    ));
    assert_eq!(
        scenario(&e, "ransomware").assumptions_key,
        "risk-scenario-ransomware-assumptions"
    );
    assert!(empty
        .scenarios
        .iter()
        .all(|s| s.annual.high.is_finite() && s.annual.low >= 0.0));
}

#[test]
fn a_nonsense_gross_profit_is_ignored() {
    let mut p = small_shop();
    p.insert("daily_gross_profit".into(), ProfileValue::Number(-5.0));
    let e = assess_risk(&p, &Answers::new());
    assert!(e.notes.contains(&EstimateNote::GrossProfitFromRevenue));
}

#[test]
fn the_coverage_map_follows_the_profile() {
    let ids = |p: &Profile| -> Vec<(String, CoveragePriority)> {
        assess_risk(p, &Answers::new())
            .coverages
            .into_iter()
            .map(|c| (c.id, c.priority))
            .collect()
    };
    let shop = ids(&small_shop());
    assert!(shop.contains(&("incident-response".into(), CoveragePriority::Essential)));
    assert!(shop.contains(&("business-interruption".into(), CoveragePriority::Consider)));
    assert!(!shop.iter().any(|(id, _)| id == "funds-transfer-fraud"));
    assert!(!shop.iter().any(|(id, _)| id == "privacy-liability"));

    let mut agency = small_shop();
    agency.insert("industry".into(), t("it-services"));
    agency.insert("downtime_tolerance".into(), t("under-4h"));
    agency.insert("bank_transfers".into(), b(true));
    agency.insert("personal_records".into(), t("under-1k"));
    let agency = ids(&agency);
    for essential in [
        "tech-errors-omissions",
        "business-interruption",
        "funds-transfer-fraud",
    ] {
        assert!(
            agency.contains(&(essential.into(), CoveragePriority::Essential)),
            "{essential}: {agency:?}"
        );
    }
    assert!(agency.contains(&("privacy-liability".into(), CoveragePriority::Recommended)));
    // Most important first, each cover once.
    let priorities: Vec<_> = agency.iter().map(|(_, p)| *p).collect();
    let mut sorted = priorities.clone();
    sorted.sort();
    assert_eq!(priorities, sorted);
    let unique: std::collections::BTreeSet<_> = agency.iter().map(|(id, _)| id).collect();
    assert_eq!(unique.len(), agency.len());

    // Nothing known: only what every firm needs, no guesses.
    let unknown = ids(&Profile::new());
    let unconditional: Vec<_> = unknown.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        unconditional,
        ["incident-response", "data-restoration", "cyber-extortion"]
    );
}

#[test]
fn a_broken_model_is_refused_with_a_reason() {
    let json = include_str!("../../../../assets/risk/model.json");
    let unordered = json.replace("[0.005, 0.01, 0.02]", "[0.02, 0.01, 0.005]");
    assert!(RiskModel::from_json(&unordered)
        .unwrap_err()
        .contains("ransomware frequency"));
    let unknown_field = json.replace("\"gross_margin\"", "\"grossmargin\"");
    assert!(RiskModel::from_json(&unknown_field).is_err());
    let bad_answer = json.replace("\"when\": [\"yes\"]", "\"when\": [\"maybe\"]");
    assert!(RiskModel::from_json(&bad_answer).is_err());
}

#[test]
fn every_scenario_and_cover_has_its_texts_in_both_languages() {
    let model = RiskModel::current();
    let mut keys = vec![];
    for s in &model.scenarios {
        keys.push(format!("risk-scenario-{}", s.id));
        keys.push(format!("risk-scenario-{}-assumptions", s.id));
    }
    // Every key an estimate can name, including the unpriced-days variants.
    for p in [Profile::new(), small_shop()] {
        for s in assess_risk(&p, &Answers::new()).scenarios {
            keys.push(s.assumptions_key);
        }
    }
    for c in &model.coverages {
        keys.push(format!("risk-coverage-{}", c.id));
        keys.push(format!("risk-coverage-{}-why", c.id));
    }
    for note in [
        "gross_profit_from_revenue",
        "gross_profit_unknown",
        "headcount_assumed",
        "transfer_size_assumed",
        "records_assumed",
    ] {
        keys.push(format!("risk-note-{note}"));
    }
    for p in [
        CoveragePriority::Essential,
        CoveragePriority::Recommended,
        CoveragePriority::Consider,
    ] {
        assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
        keys.push(format!("risk-priority-{}", p.as_str()));
    }
    for side in [
        CoverageSide::FirstParty,
        CoverageSide::ThirdParty,
        CoverageSide::Service,
    ] {
        assert_eq!(serde_json::to_value(side).unwrap(), side.as_str());
        keys.push(format!("risk-side-{}", side.as_str()));
    }
    for lang in ["en-US", "zh-CN"] {
        let l10n = coverready_i18n::Localizer::new(lang);
        for key in &keys {
            assert!(l10n.has(key), "{lang}: {key} is missing");
        }
    }
}

#[test]
fn a_single_loss_reads_as_days_of_the_owners_own_gross_profit() {
    let e = assess_risk(&small_shop(), &Answers::new());
    let days = scenario(&e, "ransomware")
        .single_loss_days
        .expect("the owner gave a daily gross profit");
    // ¥40,000 / ¥120,000 / ¥360,000 at ¥10,000 a day.
    assert!(close(days.low, 4.0) && close(days.likely, 12.0) && close(days.high, 36.0));

    // From the revenue band only: the yuan range is an estimate, and no "days" are claimed.
    let mut p = small_shop();
    p.remove("daily_gross_profit");
    let e = assess_risk(&p, &Answers::new());
    assert_eq!(scenario(&e, "ransomware").single_loss_days, None);
}
