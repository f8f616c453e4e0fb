//! Bad input is refused with an error naming the offending id.

mod common;

use coverready_checklist::{
    parse_answer, stale_answers, validate_answers, AnswerValue, Answers, ChecklistError,
    ContentPack, ProfileValue,
};

#[test]
fn sample_answers_are_valid() {
    for name in common::SAMPLES {
        let s = common::sample(name);
        validate_answers(ContentPack::current(), &s.profile, &s.answers)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn unknown_question_is_refused() {
    let s = common::sample("micro_shop");
    let mut answers = s.answers.clone();
    answers.insert("identity.telepathy".into(), AnswerValue::Yes);
    let err = validate_answers(ContentPack::current(), &s.profile, &answers).unwrap_err();
    assert_eq!(err.code(), "unknown_question");
    assert_eq!(err.subject(), "identity.telepathy");
}

#[test]
fn not_applicable_where_not_offered_is_refused() {
    let s = common::sample("micro_shop");
    let mut answers = Answers::new();
    answers.insert("identity.mfa-email".into(), AnswerValue::NotApplicable);
    let err = validate_answers(ContentPack::current(), &s.profile, &answers).unwrap_err();
    assert_eq!(err.code(), "invalid_answer");
    assert_eq!(err.subject(), "identity.mfa-email");
}

#[test]
fn answer_to_a_question_that_does_not_apply_is_refused() {
    let s = common::sample("micro_shop");
    let mut answers = Answers::new();
    answers.insert("network.website-security".into(), AnswerValue::Yes);
    let err = validate_answers(ContentPack::current(), &s.profile, &answers).unwrap_err();
    assert_eq!(
        err,
        ChecklistError::QuestionNotApplicable {
            id: "network.website-security".into()
        }
    );
    assert_eq!(
        stale_answers(ContentPack::current(), &s.profile, &answers),
        ["network.website-security"]
    );
}

#[test]
fn bad_profile_values_are_refused() {
    let pack = ContentPack::current();
    let mut profile = common::sample("micro_shop").profile;
    profile.insert("industry".into(), ProfileValue::Text("mining".into()));
    let err = validate_answers(pack, &profile, &Answers::new()).unwrap_err();
    assert_eq!(
        (err.code(), err.subject()),
        ("invalid_profile_value", "industry")
    );

    let mut profile = common::sample("micro_shop").profile;
    profile.insert("shoe_size".into(), ProfileValue::Number(42.0));
    let err = validate_answers(pack, &profile, &Answers::new()).unwrap_err();
    assert_eq!(
        (err.code(), err.subject()),
        ("unknown_profile_field", "shoe_size")
    );
}

#[test]
fn cli_spellings_parse() {
    let pack = ContentPack::current();
    for (raw, want) in [
        ("yes", AnswerValue::Yes),
        ("partly", AnswerValue::Partly),
        ("partial", AnswerValue::Partly),
        ("no", AnswerValue::No),
        ("not-sure", AnswerValue::NotSure),
        ("not_sure", AnswerValue::NotSure),
        ("n/a", AnswerValue::NotApplicable),
        ("na", AnswerValue::NotApplicable),
        ("not-applicable", AnswerValue::NotApplicable),
        ("NOT_APPLICABLE", AnswerValue::NotApplicable),
    ] {
        assert_eq!(AnswerValue::parse(raw), Some(want), "{raw}");
    }
    assert_eq!(AnswerValue::parse("maybe"), None);
    assert_eq!(
        parse_answer(pack, "network.guest-wifi", "n/a"),
        Ok(AnswerValue::NotApplicable)
    );
    let err = parse_answer(pack, "identity.mfa-email", "n/a").unwrap_err();
    assert_eq!(
        (err.code(), err.subject()),
        ("invalid_answer", "identity.mfa-email")
    );
    let err = parse_answer(pack, "identity.mfa-email", "maybe").unwrap_err();
    assert_eq!(
        (err.code(), err.subject()),
        ("invalid_answer", "identity.mfa-email")
    );
    let err = parse_answer(pack, "nope.nope", "yes").unwrap_err();
    assert_eq!(
        (err.code(), err.subject()),
        ("unknown_question", "nope.nope")
    );
}

#[test]
fn answers_serialise_snake_case() {
    let json = serde_json::to_string(&AnswerValue::ALL).unwrap();
    assert_eq!(json, r#"["yes","partly","no","not_sure","not_applicable"]"#);
    assert!(serde_json::from_str::<AnswerValue>(r#""maybe""#).is_err());
}

#[test]
fn profile_values_parse_from_cli_strings() {
    let schema = &ContentPack::current().profile;
    assert_eq!(
        schema.parse_value("card_payments", "true"),
        Ok(ProfileValue::Bool(true))
    );
    assert_eq!(
        schema.parse_value("card_payments", "no"),
        Ok(ProfileValue::Bool(false))
    );
    assert_eq!(
        schema.parse_value("headcount_band", "10-49"),
        Ok(ProfileValue::Text("10-49".into()))
    );
    assert_eq!(
        schema.parse_value("daily_gross_profit", "25000"),
        Ok(ProfileValue::Number(25000.0))
    );
    assert_eq!(
        schema.parse_value("daily_gross_profit", "25,000"),
        Ok(ProfileValue::Number(25000.0))
    );
    for (field, raw, code) in [
        ("daily_gross_profit", "-5", "invalid_profile_value"),
        ("daily_gross_profit", "lots", "invalid_profile_value"),
        ("daily_gross_profit", "NaN", "invalid_profile_value"),
        ("headcount_band", "10 to 49", "invalid_profile_value"),
        ("card_payments", "sometimes", "invalid_profile_value"),
        ("favourite_colour", "blue", "unknown_profile_field"),
    ] {
        let err = schema.parse_value(field, raw).unwrap_err();
        assert_eq!((err.code(), err.subject()), (code, field), "{field}={raw}");
    }
    // Wrong JSON type for a field.
    let err = schema
        .validate_value("card_payments", &ProfileValue::Text("true".into()))
        .unwrap_err();
    assert_eq!(err.code(), "invalid_profile_value");
}

#[test]
fn profile_json_shape_is_plain() {
    let s = common::sample("accounting_firm");
    let json = serde_json::to_value(&s.profile).unwrap();
    assert_eq!(json["card_payments"], serde_json::json!(false));
    assert_eq!(json["industry"], serde_json::json!("professional"));
    assert_eq!(json["daily_gross_profit"], serde_json::json!(80000.0));
}
