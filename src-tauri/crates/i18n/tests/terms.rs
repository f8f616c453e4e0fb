//! One word for each thing: the preferred and banned terms of `locales/terms.json`, held against
//! the text of every message, term and attribute of every locale file.

use coverready_i18n::sources;
use fluent_syntax::ast;

#[derive(serde::Deserialize)]
struct Rule {
    preferred: String,
    banned: Vec<String>,
    #[serde(default)]
    allow: Vec<String>,
}

const TERMS: &str = include_str!("../../../../locales/terms.json");

/// The literal text of a pattern, placeables left out (their string literals are syntax, like
/// `{ ": " }`, not prose).
fn text_of(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression {
                    for v in variants {
                        out.push('\n');
                        text_of(&v.value, out);
                    }
                }
                out.push(' ');
            }
        }
    }
}

fn violations(language: &str, rules: &[Rule]) -> Vec<String> {
    let mut found = Vec::new();
    for (file, source) in sources(language) {
        let resource = fluent_syntax::parser::parse(source).expect("parses (see locales.rs)");
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut text = String::new();
            if let Some(v) = value {
                text_of(v, &mut text);
            }
            for a in attributes {
                text.push('\n');
                text_of(&a.value, &mut text);
            }
            for rule in rules {
                let mut checked = text.clone();
                for allowed in &rule.allow {
                    checked = checked.replace(allowed.as_str(), "");
                }
                for banned in &rule.banned {
                    if checked.contains(banned.as_str()) {
                        found.push(format!(
                            "{language}/{file} {id}: {banned:?} (write {:?})",
                            rule.preferred
                        ));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_locale_uses_the_preferred_terms() {
    let file: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(TERMS).expect("locales/terms.json");
    let all: std::collections::BTreeMap<String, Vec<Rule>> = file
        .into_iter()
        .filter(|(key, _)| !key.starts_with('$'))
        .map(|(lang, rules)| {
            (
                lang,
                serde_json::from_value(rules).expect("a list of rules"),
            )
        })
        .collect();
    for language in ["zh-CN", "en-US"] {
        assert!(all.contains_key(language), "no term list for {language}");
    }
    let found: Vec<String> = all
        .iter()
        .flat_map(|(lang, rules)| violations(lang, rules))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The check itself can fail: a banned word in a sample is found, an allowed phrase is not.
#[test]
fn the_term_check_finds_what_it_should() {
    let rule = Rule {
        preferred: "您".into(),
        banned: vec!["你".into()],
        allow: vec!["你的信息".into()],
    };
    let resource = fluent_syntax::parser::parse(
        "a = 你好\nb = 设置 > 你的信息\nc = { $n ->\n    [one] 你\n   *[other] 您\n}\n",
    )
    .unwrap();
    let mut hits = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut text = String::new();
            text_of(m.value.as_ref().unwrap(), &mut text);
            for a in &rule.allow {
                text = text.replace(a.as_str(), "");
            }
            if text.contains(rule.banned[0].as_str()) {
                hits.push(m.id.name);
            }
        }
    }
    assert_eq!(hits, ["a", "c"]);
}
