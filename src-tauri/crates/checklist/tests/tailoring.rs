//! Who sees which questions.

mod common;

use coverready_checklist::{
    applicable_questions, ContentPack, Mode, Profile, ProfileValue, Weight, QUICK_MODE_LIMIT,
};

fn ids(profile: &Profile, mode: Mode) -> Vec<String> {
    applicable_questions(ContentPack::current(), profile, mode)
        .iter()
        .map(|q| q.id.clone())
        .collect()
}

#[test]
fn micro_shop_sees_at_most_32_questions() {
    // 32, not the 30 of the first release: four two-fact questions became two questions each
    // (one fact per question), three of which a micro shop sees; the facts asked did not grow.
    let shop = common::sample("micro_shop").profile;
    let n = ids(&shop, Mode::Full).len();
    assert!(n <= 32, "micro shop sees {n}");
    assert!(n >= 20, "micro shop sees only {n}: too few to be useful");
}

#[test]
fn clinic_sees_every_health_and_personal_data_question() {
    let clinic = common::sample("clinic").profile;
    let seen = ids(&clinic, Mode::Full);
    for id in [
        "governance.data-map",
        "governance.personal-info-rules",
        "governance.sensitive-data-access",
        "governance.mlps-filing",
        "incident.reporting-deadlines",
        "network.encryption",
        "network.logs-kept",
        "email.card-data",
        "endpoint.alert-monitoring",
        "supply.vendor-access",
    ] {
        assert!(seen.contains(&id.to_owned()), "clinic does not see {id}");
    }
    // Only questions that need a key-sector supplier or no past incident may be hidden.
    let total = ContentPack::current().questions.len();
    assert!(
        seen.len() >= total - 1,
        "clinic sees {} of {total}",
        seen.len()
    );
}

#[test]
fn quick_mode_is_short_and_draws_from_must_haves_then_majors() {
    let pack = ContentPack::current();
    let mut profiles: Vec<Profile> = common::SAMPLES
        .iter()
        .map(|s| common::sample(s).profile)
        .collect();
    profiles.push(Profile::new());
    for profile in &profiles {
        let quick = applicable_questions(pack, profile, Mode::Quick);
        assert!(quick.len() <= QUICK_MODE_LIMIT);
        assert!(quick.len() >= 8, "quick mode too thin: {}", quick.len());
        assert!(quick.iter().all(|q| q.weight != Weight::Minor));
        let first_major = quick
            .iter()
            .position(|q| q.weight == Weight::Major)
            .unwrap_or(quick.len());
        assert!(
            quick[first_major..]
                .iter()
                .all(|q| q.weight == Weight::Major),
            "must-haves come first"
        );
        let full = applicable_questions(pack, profile, Mode::Full);
        let applicable_must = full.iter().filter(|q| q.weight == Weight::MustHave).count();
        let quick_must = quick
            .iter()
            .filter(|q| q.weight == Weight::MustHave)
            .count();
        assert_eq!(
            applicable_must.min(QUICK_MODE_LIMIT),
            quick_must,
            "every applicable must-have is asked"
        );
    }
}

#[test]
fn unanswered_profile_fields_show_the_question() {
    // An empty profile answers nothing, so every question applies: ask rather than hide.
    let all = ids(&Profile::new(), Mode::Full);
    assert_eq!(all.len(), ContentPack::current().questions.len());
}

#[test]
fn answered_fields_can_hide_questions() {
    let mut p = Profile::new();
    p.insert("bank_transfers".into(), ProfileValue::Bool(false));
    assert!(!ids(&p, Mode::Full).contains(&"email.payment-callback".to_owned()));
    p.insert("bank_transfers".into(), ProfileValue::Bool(true));
    assert!(ids(&p, Mode::Full).contains(&"email.payment-callback".to_owned()));
}

#[test]
fn sample_counts_are_reported() {
    for name in common::SAMPLES {
        let p = common::sample(name).profile;
        println!(
            "{name}: full {} quick {}",
            ids(&p, Mode::Full).len(),
            ids(&p, Mode::Quick).len()
        );
    }
}

/// The quick check asks these before the questions. Once they are answered (any way), every
/// must-have that still applies either applies for a known reason or offers "not applicable":
/// no firm meets a must-have it has no honest answer to.
#[test]
fn after_the_deciding_fields_every_must_have_has_an_honest_answer() {
    use coverready_checklist::deciding_fields;
    let pack = ContentPack::current();
    let deciding = deciding_fields(pack);
    assert_eq!(deciding, ["bank_transfers", "incidents_3y"]);
    // Every combination of answers to the deciding fields.
    let mut profiles = vec![Profile::new()];
    for id in &deciding {
        let field = pack.profile.field(id).unwrap();
        let values: Vec<ProfileValue> = if field.options.is_empty() {
            vec![ProfileValue::Bool(true), ProfileValue::Bool(false)]
        } else {
            field
                .options
                .iter()
                .map(|o| ProfileValue::Text(o.clone()))
                .collect()
        };
        profiles = profiles
            .into_iter()
            .flat_map(|p| {
                values.iter().map(move |v| {
                    let mut p = p.clone();
                    p.insert((*id).to_owned(), v.clone());
                    p
                })
            })
            .collect();
    }
    assert_eq!(profiles.len(), 2 * 4);
    for profile in &profiles {
        for q in applicable_questions(pack, profile, Mode::Quick) {
            if q.weight != Weight::MustHave || q.not_applicable_allowed {
                continue;
            }
            if let Some(rule) = &q.applies_if {
                assert_eq!(
                    rule.evaluate(profile),
                    Some(true),
                    "{} applies to {profile:?} only because a field is unanswered",
                    q.id
                );
            }
        }
    }
    // Without them, the trap is there: the past-incidents must-have applies to everyone.
    let empty = applicable_questions(pack, &Profile::new(), Mode::Quick);
    assert!(empty
        .iter()
        .any(|q| q.id == "governance.past-incidents-fixed"));
    let none: Profile = [("incidents_3y".to_owned(), ProfileValue::Text("none".into()))].into();
    assert!(!ids(&none, Mode::Quick).contains(&"governance.past-incidents-fixed".to_owned()));
}
