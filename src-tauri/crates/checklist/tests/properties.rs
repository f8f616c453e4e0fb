//! Properties of the readiness model over many random profiles and answer sets.

mod common;

use common::Rng;
use coverready_checklist::{
    applicable_questions, readiness, validate_answers, ActionReason, AnswerValue, Answers,
    ContentPack, FieldKind, GateStatus, Mode, Profile, ProfileValue, Readiness, Weight,
};

const CASES: u64 = 400;

fn random_profile(rng: &mut Rng) -> Profile {
    let mut profile = Profile::new();
    for field in &ContentPack::current().profile.fields {
        if rng.below(6) == 0 {
            continue; // leave some fields unanswered
        }
        let value = match field.kind {
            FieldKind::Bool => ProfileValue::Bool(rng.below(2) == 0),
            FieldKind::Choice => {
                ProfileValue::Text(field.options[rng.below(field.options.len())].clone())
            }
            FieldKind::Number => ProfileValue::Number(rng.below(1_000_000) as f64),
        };
        profile.insert(field.id.clone(), value);
    }
    profile
}

fn random_answers(rng: &mut Rng, profile: &Profile, mode: Mode) -> Answers {
    let mut answers = Answers::new();
    for q in applicable_questions(ContentPack::current(), profile, mode) {
        let choices: &[AnswerValue] = if q.not_applicable_allowed {
            &AnswerValue::ALL
        } else {
            &AnswerValue::ALL[..4]
        };
        // One slot in six stays unanswered.
        let pick = rng.below(choices.len() + 1);
        if pick < choices.len() {
            answers.insert(q.id.clone(), choices[pick]);
        }
    }
    answers
}

fn for_random_cases(mut check: impl FnMut(&Profile, &Answers, Mode, &Readiness)) {
    let mut rng = Rng::new(0x00C0_FFEE);
    for case in 0..CASES {
        let mode = if case % 3 == 0 {
            Mode::Quick
        } else {
            Mode::Full
        };
        let profile = random_profile(&mut rng);
        let answers = random_answers(&mut rng, &profile, mode);
        validate_answers(ContentPack::current(), &profile, &answers)
            .expect("generated answers are valid");
        let r = readiness(ContentPack::current(), &profile, &answers, mode);
        check(&profile, &answers, mode, &r);
    }
}

/// Earned points and per-domain percents, for comparing two results.
fn scores(r: &Readiness) -> (f64, Vec<Option<u32>>, Option<u32>) {
    let earned = r.domains.iter().map(|d| d.score).sum();
    (
        earned,
        r.domains.iter().map(|d| d.percent).collect(),
        r.overall_percent,
    )
}

#[test]
fn improving_an_answer_never_lowers_a_score() {
    use AnswerValue::*;
    // (from, to) pairs that move towards "met".
    let improvements = [
        (No, Yes),
        (No, Partly),
        (Partly, Yes),
        (NotSure, Yes),
        (NotSure, Partly),
    ];
    for_random_cases(|profile, answers, mode, before| {
        let pack = ContentPack::current();
        for q in applicable_questions(pack, profile, mode) {
            let current = answers.get(&q.id).copied();
            for (from, to) in improvements {
                if current != Some(from) {
                    continue;
                }
                let mut better = answers.clone();
                better.insert(q.id.clone(), to);
                let after = readiness(pack, profile, &better, mode);
                let (e0, d0, o0) = scores(before);
                let (e1, d1, o1) = scores(&after);
                assert!(e1 >= e0, "{}: {from:?}->{to:?} lowered points", q.id);
                assert!(o1 >= o0, "{}: {from:?}->{to:?} lowered overall", q.id);
                for (a, b) in d0.iter().zip(&d1) {
                    assert!(b >= a, "{}: {from:?}->{to:?} lowered a domain", q.id);
                }
            }
        }
    });
}

#[test]
fn not_sure_is_never_reported_as_no() {
    for_random_cases(|_, answers, _, r| {
        for (id, value) in answers {
            if *value != AnswerValue::NotSure {
                continue;
            }
            assert!(
                !r.gate.blockers.contains(id),
                "{id}: not sure reported as a blocker"
            );
            if let Some(item) = r.action_plan.iter().find(|i| &i.question == id) {
                assert_eq!(item.reason, ActionReason::NotSure, "{id}");
            }
        }
        let not_sure = answers
            .values()
            .filter(|v| **v == AnswerValue::NotSure)
            .count();
        assert_eq!(r.not_sure, not_sure);
    });
}

#[test]
fn gate_obeys_the_rules() {
    for_random_cases(|profile, answers, mode, r| {
        let must: Vec<_> = applicable_questions(ContentPack::current(), profile, mode)
            .into_iter()
            .filter(|q| q.weight == Weight::MustHave)
            .collect();
        let unmet: Vec<_> = must
            .iter()
            .filter(|q| {
                matches!(
                    answers.get(&q.id),
                    Some(AnswerValue::No | AnswerValue::Partly)
                )
            })
            .map(|q| q.id.clone())
            .collect();
        let unsure: Vec<_> = must
            .iter()
            .filter(|q| matches!(answers.get(&q.id), Some(AnswerValue::NotSure) | None))
            .map(|q| q.id.clone())
            .collect();
        assert_eq!(r.gate.blockers, unmet);
        assert_eq!(r.gate.to_confirm, unsure);
        let expected = if !unmet.is_empty() {
            GateStatus::NotReady
        } else if !unsure.is_empty() {
            GateStatus::ToConfirm
        } else {
            GateStatus::Ready
        };
        assert_eq!(r.gate.status, expected);
    });
}

#[test]
fn numbers_stay_in_range_and_add_up() {
    for_random_cases(|profile, answers, mode, r| {
        let asked = applicable_questions(ContentPack::current(), profile, mode);
        assert_eq!(r.applicable, asked.len());
        assert_eq!(r.applicable, r.answered + r.not_sure + r.unanswered);
        let definite = answers.values().filter(|v| v.is_definite()).count();
        assert_eq!(r.answered, definite);
        assert_eq!(
            r.coverage_percent,
            ((200 * definite + asked.len()) / (2 * asked.len())) as u32
        );
        for d in &r.domains {
            assert!(d.percent.is_none_or(|p| p <= 100));
            assert!(d.score <= f64::from(d.max));
            assert_eq!(d.applicable, d.answered + d.not_sure + d.unanswered);
        }
        assert!(r.overall_percent.is_none_or(|p| p <= 100));
    });
}

#[test]
fn action_plan_lists_open_items_must_haves_first_in_bucket_order() {
    for_random_cases(|profile, answers, mode, r| {
        let open: Vec<_> = applicable_questions(ContentPack::current(), profile, mode)
            .into_iter()
            .filter(|q| {
                !matches!(
                    answers.get(&q.id),
                    Some(AnswerValue::Yes | AnswerValue::NotApplicable)
                )
            })
            .map(|q| q.id.clone())
            .collect();
        let mut planned: Vec<_> = r.action_plan.iter().map(|i| i.question.clone()).collect();
        let first_other = r
            .action_plan
            .iter()
            .position(|i| i.weight != Weight::MustHave)
            .unwrap_or(planned.len());
        assert!(r.action_plan[first_other..]
            .iter()
            .all(|i| i.weight != Weight::MustHave));
        assert!(r
            .action_plan
            .windows(2)
            .all(|w| w[0].bucket as u8 <= w[1].bucket as u8));
        planned.sort();
        let mut open = open;
        open.sort();
        assert_eq!(planned, open);
    });
}

#[test]
fn all_yes_is_ready_and_full_marks() {
    let pack = ContentPack::current();
    for name in common::SAMPLES {
        let profile = common::sample(name).profile;
        let answers: Answers = applicable_questions(pack, &profile, Mode::Full)
            .iter()
            .map(|q| (q.id.clone(), AnswerValue::Yes))
            .collect();
        let r = readiness(pack, &profile, &answers, Mode::Full);
        assert_eq!(r.gate.status, GateStatus::Ready);
        assert_eq!(r.overall_percent, Some(100));
        assert_eq!(r.coverage_percent, 100);
        assert!(r.action_plan.is_empty());
    }
}

#[test]
fn nothing_answered_is_to_confirm_with_no_score() {
    let pack = ContentPack::current();
    let profile = common::sample("micro_shop").profile;
    let r = readiness(pack, &profile, &Answers::new(), Mode::Full);
    assert_eq!(r.gate.status, GateStatus::ToConfirm);
    // No score rather than a silent 0 %: nothing says how ready the firm is yet.
    assert_eq!(r.overall_percent, None);
    assert!(r.domains.iter().all(|d| d.percent.is_none()));
    assert_eq!(r.coverage_percent, 0);
    assert!(r
        .action_plan
        .iter()
        .all(|i| i.reason == ActionReason::Unanswered));
}

/// A score appears once half the questions have a definite answer, and not before; "not sure"
/// does not count as an answer for it.
#[test]
fn the_score_waits_for_half_the_answers() {
    let pack = ContentPack::current();
    let profile = common::sample("micro_shop").profile;
    let asked = applicable_questions(pack, &profile, Mode::Full);
    let half = asked.len().div_ceil(2);
    let answers = |n: usize, value: AnswerValue| -> Answers {
        asked
            .iter()
            .take(n)
            .map(|q| (q.id.clone(), value))
            .collect()
    };
    let below = readiness(
        pack,
        &profile,
        &answers(half - 1, AnswerValue::Yes),
        Mode::Full,
    );
    assert_eq!(below.overall_percent, None);
    assert_eq!(below.answered, half - 1);
    let at = readiness(pack, &profile, &answers(half, AnswerValue::Yes), Mode::Full);
    assert!(at.overall_percent.is_some());
    let unsure = readiness(
        pack,
        &profile,
        &answers(asked.len(), AnswerValue::NotSure),
        Mode::Full,
    );
    assert_eq!(unsure.overall_percent, None);
    assert_eq!(unsure.not_sure, asked.len());
}
