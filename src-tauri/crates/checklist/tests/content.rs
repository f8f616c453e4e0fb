//! The shipped content pack is structurally sound, and broken packs are refused.

use std::collections::BTreeSet;

use coverready_checklist::{ContentPack, FieldKind, Rule, Weight};

const PROFILE_JSON: &str = include_str!("../../../../assets/checklists/sme/profile.json");
const QUESTIONS_JSON: &str = include_str!("../../../../assets/checklists/sme/questions.json");

#[test]
fn builtin_pack_loads_and_validates() {
    let pack = ContentPack::current();
    pack.validate().expect("built-in pack is valid");
    assert_eq!(pack.id, "sme");
}

#[test]
fn pack_has_enough_questions_in_the_ten_domains() {
    let pack = ContentPack::current();
    let domains: Vec<_> = pack.domains.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        domains,
        [
            "governance",
            "identity",
            "email",
            "endpoint",
            "patching",
            "backup",
            "network",
            "people",
            "incident",
            "supply"
        ]
    );
    assert!(
        pack.questions.len() >= 45,
        "only {} questions",
        pack.questions.len()
    );
    for d in &pack.domains {
        assert!(
            pack.questions.iter().filter(|q| q.domain == d.id).count() >= 3,
            "domain {} is thin",
            d.id
        );
    }
    let must_haves = pack
        .questions
        .iter()
        .filter(|q| q.weight == Weight::MustHave)
        .count();
    assert!((5..=15).contains(&must_haves), "{must_haves} must-haves");
}

#[test]
fn question_ids_are_unique_and_prefixed_by_domain() {
    let pack = ContentPack::current();
    let mut seen = BTreeSet::new();
    for q in &pack.questions {
        assert!(seen.insert(&q.id), "duplicate {}", q.id);
        assert!(
            q.id.starts_with(&format!("{}.", q.domain)),
            "{} not in its domain",
            q.id
        );
        assert!(
            q.message_id()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{}",
            q.id
        );
    }
}

fn rule_leaves<'r>(rule: &'r Rule, out: &mut Vec<&'r Rule>) {
    match rule {
        Rule::All(rules) | Rule::Any(rules) => rules.iter().for_each(|r| rule_leaves(r, out)),
        Rule::Not(rule) => rule_leaves(rule, out),
        leaf => out.push(leaf),
    }
}

#[test]
fn every_rule_names_a_real_field_and_option() {
    let pack = ContentPack::current();
    for q in &pack.questions {
        let Some(rule) = &q.applies_if else { continue };
        let mut leaves = Vec::new();
        rule_leaves(rule, &mut leaves);
        for leaf in leaves {
            match leaf {
                Rule::Eq { field, value } => {
                    let spec = pack
                        .profile
                        .field(field)
                        .unwrap_or_else(|| panic!("{}: field {field}", q.id));
                    pack.profile
                        .validate_value(field, value)
                        .unwrap_or_else(|e| panic!("{}: {e}", q.id));
                    assert_ne!(spec.kind, FieldKind::Number, "{}: eq on a number", q.id);
                }
                Rule::In { field, options } => {
                    let spec = pack
                        .profile
                        .field(field)
                        .unwrap_or_else(|| panic!("{}: field {field}", q.id));
                    for o in options {
                        assert!(
                            spec.options.contains(o),
                            "{}: {field} has no option {o}",
                            q.id
                        );
                    }
                }
                Rule::Gte { field, .. } | Rule::Lt { field, .. } => {
                    let spec = pack
                        .profile
                        .field(field)
                        .unwrap_or_else(|| panic!("{}: field {field}", q.id));
                    assert_eq!(spec.kind, FieldKind::Number, "{}", q.id);
                }
                _ => unreachable!(),
            }
        }
    }
}

#[test]
fn every_question_maps_to_at_least_one_framework() {
    for q in &ContentPack::current().questions {
        let m = &q.mappings;
        let total = m.nist_csf_2.len()
            + m.cis_v8.len()
            + m.cyber_essentials.len()
            + m.essential_eight.len()
            + m.gbt_22239_l2.len();
        assert!(total > 0, "{} has no mapping", q.id);
        assert!(
            !m.nist_csf_2.is_empty(),
            "{} has no NIST CSF 2.0 mapping",
            q.id
        );
    }
}

fn with_questions_edit(edit: impl FnOnce(&mut serde_json::Value)) -> Result<ContentPack, String> {
    let mut json: serde_json::Value = serde_json::from_str(QUESTIONS_JSON).unwrap();
    edit(&mut json);
    ContentPack::from_json(PROFILE_JSON, &json.to_string()).map_err(|e| e.to_string())
}

type Edit = Box<dyn FnOnce(&mut serde_json::Value)>;

#[test]
fn broken_packs_are_refused() {
    let cases: Vec<(&str, Edit)> = vec![
        (
            "duplicate id",
            Box::new(|j| {
                let first = j["questions"][0].clone();
                j["questions"].as_array_mut().unwrap().push(first);
            }),
        ),
        (
            "unknown field",
            Box::new(|j| {
                j["questions"][0]["applies_if"] =
                    serde_json::json!({"field": "shoe_size", "eq": true})
            }),
        ),
        (
            "unknown option",
            Box::new(|j| {
                j["questions"][0]["applies_if"] =
                    serde_json::json!({"field": "industry", "in": ["mining"]})
            }),
        ),
        (
            "eq type",
            Box::new(|j| {
                j["questions"][0]["applies_if"] =
                    serde_json::json!({"field": "card_payments", "eq": "yes"})
            }),
        ),
        (
            "gte on choice",
            Box::new(|j| {
                j["questions"][0]["applies_if"] = serde_json::json!({"field": "industry", "gte": 3})
            }),
        ),
        (
            "two shapes",
            Box::new(|j| {
                j["questions"][0]["applies_if"] =
                    serde_json::json!({"field": "card_payments", "eq": true, "all": []})
            }),
        ),
        (
            "empty any",
            Box::new(|j| j["questions"][0]["applies_if"] = serde_json::json!({"any": []})),
        ),
        (
            "unknown domain",
            Box::new(|j| j["questions"][0]["domain"] = "astrology".into()),
        ),
        (
            "bad csf",
            Box::new(|j| {
                j["questions"][0]["mappings"]["nist_csf_2"] = serde_json::json!(["PR.AA-3"])
            }),
        ),
        (
            "bad cis",
            Box::new(|j| j["questions"][0]["mappings"]["cis_v8"] = serde_json::json!(["42.1"])),
        ),
        (
            "bad ce",
            Box::new(|j| {
                j["questions"][0]["mappings"]["cyber_essentials"] = serde_json::json!(["firewall"])
            }),
        ),
        (
            "bad e8",
            Box::new(|j| {
                j["questions"][0]["mappings"]["essential_eight"] = serde_json::json!(["2fa"])
            }),
        ),
        (
            "bad gbt",
            Box::new(|j| {
                j["questions"][0]["mappings"]["gbt_22239_l2"] = serde_json::json!(["8.1.4.1"])
            }),
        ),
        (
            "unknown mapping",
            Box::new(|j| j["questions"][0]["mappings"]["iso_27001"] = serde_json::json!(["A.5"])),
        ),
        (
            "zero effort",
            Box::new(|j| j["questions"][0]["effort_hours"] = 0.into()),
        ),
        (
            "bad cost",
            Box::new(|j| j["questions"][0]["cost_band"] = "cheap".into()),
        ),
        (
            "bad weight",
            Box::new(|j| j["questions"][0]["weight"] = "critical".into()),
        ),
        (
            "quick minor",
            Box::new(|j| {
                let minor = j["questions"]
                    .as_array_mut()
                    .unwrap()
                    .iter_mut()
                    .find(|q| q["weight"] == "minor")
                    .unwrap();
                minor["quick"] = true.into();
            }),
        ),
        (
            "schema",
            Box::new(|j| j["schema"] = "coverready/checklist/9".into()),
        ),
        ("version", Box::new(|j| j["version"] = "one".into())),
        (
            "unknown key",
            Box::new(|j| j["questions"][0]["colour"] = "red".into()),
        ),
    ];
    for (name, edit) in cases {
        assert!(
            with_questions_edit(edit).is_err(),
            "case `{name}` was accepted"
        );
    }
}

#[test]
fn rules_round_trip_through_json() {
    for q in &ContentPack::current().questions {
        if let Some(rule) = &q.applies_if {
            let json = serde_json::to_string(rule).unwrap();
            let back: Rule = serde_json::from_str(&json).unwrap();
            assert_eq!(&back, rule, "{}", q.id);
        }
    }
}
