//! Every checklist text exists in both locales, parses, and stays inside this file's key space.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use coverready_checklist::{AnswerValue, ContentPack};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const LOCALES: [&str; 2] = ["zh-CN", "en-US"];
/// Prefixes other parts of the app own; checklist.ftl must not define them.
const FOREIGN_PREFIXES: [&str; 4] = ["profile-", "error-", "app-", "ui-"];

struct Messages {
    /// message id → variables used anywhere in it (value and attributes)
    vars: BTreeMap<String, BTreeSet<String>>,
    terms: BTreeSet<String>,
}

fn collect_vars(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            variants.iter().for_each(|v| collect_vars(&v.value, out));
        }
        Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => collect_expr(expression, out),
        _ => {}
    }
}

fn load(locale: &str) -> Messages {
    let path = common::repo_root()
        .join("locales")
        .join(locale)
        .join("checklist.ftl");
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}: parse errors: {errors:?}", path.display()),
    };
    let mut vars = BTreeMap::new();
    let mut terms = BTreeSet::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut used = BTreeSet::new();
                if let Some(value) = &m.value {
                    collect_vars(value, &mut used);
                    assert!(
                        !value.elements.is_empty(),
                        "{locale}: {} is empty",
                        m.id.name
                    );
                } else {
                    panic!("{locale}: {} has no value", m.id.name);
                }
                m.attributes
                    .iter()
                    .for_each(|a| collect_vars(&a.value, &mut used));
                assert!(
                    vars.insert(m.id.name.to_owned(), used).is_none(),
                    "{locale}: duplicate {}",
                    m.id.name
                );
            }
            Entry::Term(t) => {
                terms.insert(t.id.name.to_owned());
            }
            Entry::Junk { content } => panic!("{locale}: junk: {content}"),
            _ => {}
        }
    }
    Messages { vars, terms }
}

fn required_keys() -> Vec<String> {
    let pack = ContentPack::current();
    let mut keys = Vec::new();
    for d in &pack.domains {
        keys.push(format!("domain-{}", d.id));
        keys.push(format!("domain-{}-intro", d.id));
    }
    for q in &pack.questions {
        let base = q.message_id();
        keys.push(base.clone());
        for suffix in ["why", "check", "fix"] {
            keys.push(format!("{base}-{suffix}"));
        }
    }
    for a in AnswerValue::ALL {
        keys.push(format!("answer-{}", a.as_str()));
    }
    for w in ["must_have", "major", "minor"] {
        keys.push(format!("weight-{w}"));
    }
    for c in ["free", "low", "medium", "high"] {
        keys.push(format!("cost-{c}"));
    }
    for k in [
        "gate-ready",
        "gate-not-ready",
        "gate-to-confirm",
        "plan-this-week",
        "plan-this-month",
        "plan-this-quarter",
    ] {
        keys.push(k.to_owned());
    }
    for r in ["unmet", "not_sure", "unanswered"] {
        keys.push(format!("plan-reason-{r}"));
    }
    keys
}

#[test]
fn every_required_key_is_in_both_locales() {
    for locale in LOCALES {
        let messages = load(locale);
        let missing: Vec<_> = required_keys()
            .into_iter()
            .filter(|k| !messages.vars.contains_key(k))
            .collect();
        assert!(missing.is_empty(), "{locale} is missing {missing:?}");
    }
}

#[test]
fn both_locales_define_the_same_messages_with_the_same_variables() {
    let zh = load("zh-CN");
    let en = load("en-US");
    let zh_keys: BTreeSet<_> = zh.vars.keys().collect();
    let en_keys: BTreeSet<_> = en.vars.keys().collect();
    assert_eq!(
        zh_keys.difference(&en_keys).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "only in zh-CN"
    );
    assert_eq!(
        en_keys.difference(&zh_keys).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "only in en-US"
    );
    for (key, vars) in &zh.vars {
        assert_eq!(
            Some(vars),
            en.vars.get(key),
            "{key} uses different variables"
        );
    }
    assert_eq!(
        zh.vars["gate-not-ready"],
        BTreeSet::from(["count".to_owned()])
    );
    assert_eq!(
        zh.vars["gate-to-confirm"],
        BTreeSet::from(["count".to_owned()])
    );
}

#[test]
fn checklist_files_stay_in_their_key_space() {
    for locale in LOCALES {
        let messages = load(locale);
        for key in messages.vars.keys() {
            assert!(
                !FOREIGN_PREFIXES.iter().any(|p| key.starts_with(p)),
                "{locale}: {key} belongs to another file"
            );
        }
        for term in &messages.terms {
            assert!(
                term.starts_with("cl-"),
                "{locale}: term -{term} must start with -cl-"
            );
        }
    }
}

#[test]
fn no_text_for_questions_that_do_not_exist() {
    let pack = ContentPack::current();
    let known: BTreeSet<_> = pack.questions.iter().map(|q| q.message_id()).collect();
    for locale in LOCALES {
        for key in load(locale).vars.keys().filter(|k| k.starts_with("q-")) {
            let base = ["-why", "-check", "-fix"]
                .iter()
                .find_map(|s| key.strip_suffix(s))
                .unwrap_or(key);
            assert!(
                known.contains(base) || known.contains(key.as_str()),
                "{locale}: stray {key}"
            );
        }
    }
}

/// The one-line text of every question (not its -why/-check/-fix), as written in the file.
fn question_texts(locale: &str) -> Vec<(String, String)> {
    let path = common::repo_root()
        .join("locales")
        .join(locale)
        .join("checklist.ftl");
    let source = std::fs::read_to_string(&path).unwrap();
    let pack = ContentPack::current();
    pack.questions
        .iter()
        .map(|q| {
            let id = q.message_id();
            let prefix = format!("{id} = ");
            let text = source
                .lines()
                .find_map(|l| l.strip_prefix(prefix.as_str()))
                .unwrap_or_else(|| panic!("{locale}: {id} is not a one-line message"));
            (id, text.to_owned())
        })
        .collect()
}

/// A question asks one fact, so that "yes" or "no" is true of all of it: a second question
/// ("…吗？…吗？") or a second clause ("…, and is …") forces an owner into "partly" or, worse, a "yes"
/// for the half that is true. And "yes" is the safe answer: no question opens with a negation.
#[test]
fn every_question_asks_one_fact_and_yes_is_the_safe_answer() {
    let rules: [(&str, char, &[&str], &[&str]); 2] = [
        (
            "zh-CN",
            '？',
            &["并且", "而且", "并有", "另外", "以及", "是不是没有"],
            &["不", "没"],
        ),
        (
            "en-US",
            '?',
            &[
                ", and ",
                " and is ",
                " and are ",
                " and have ",
                " and has ",
                " and can ",
                " and do ",
                " and does ",
                " and how often",
            ],
            &["Don't", "Doesn't", "Isn't", "Aren't", "Is no ", "Are no "],
        ),
    ];
    let mut failures = Vec::new();
    for (locale, mark, joiners, negations) in rules {
        for (id, text) in question_texts(locale) {
            if text.matches(mark).count() != 1 || !text.ends_with(mark) {
                failures.push(format!(
                    "{locale} {id}: not exactly one question, at the end: {text}"
                ));
            }
            if let Some(j) = joiners.iter().find(|j| text.contains(*j)) {
                failures.push(format!(
                    "{locale} {id}: a second fact joined by “{j}”: {text}"
                ));
            }
            if let Some(n) = negations.iter().find(|n| text.starts_with(*n)) {
                failures.push(format!("{locale} {id}: opens with “{n}”: {text}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
