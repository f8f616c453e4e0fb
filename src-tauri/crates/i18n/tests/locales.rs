//! Every .ftl file parses, and every message, term and attribute exists in every language.

use std::collections::{BTreeMap, BTreeSet};

use coverready_i18n::{sources, Localizer, SUPPORTED_LANGUAGES};
use fluent_syntax::ast;

/// file name → set of "message-id" and "message-id.attribute" keys
fn keys_of(language: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in sources(language) {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{language}/{file} does not parse: {errors:?}"),
        };
        let keys = out.entry(file.to_owned()).or_insert_with(BTreeSet::new);
        for entry in resource.body {
            let (id, attributes, has_value) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.attributes, m.value.is_some()),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), t.attributes, true),
                ast::Entry::Junk { content } => panic!("{language}/{file}: junk {content:?}"),
                _ => continue,
            };
            assert!(
                has_value || !attributes.is_empty(),
                "{language}/{file}: {id} is empty"
            );
            assert!(
                keys.insert(id.clone()),
                "{language}/{file}: {id} defined twice"
            );
            for a in attributes {
                keys.insert(format!("{id}.{}", a.id.name));
            }
        }
    }
    out
}

#[test]
fn both_languages_have_the_same_files_and_messages() {
    let reference = keys_of(SUPPORTED_LANGUAGES[0]);
    assert!(!reference.is_empty(), "no .ftl files embedded");
    for language in &SUPPORTED_LANGUAGES[1..] {
        let other = keys_of(language);
        let files_a: BTreeSet<_> = reference.keys().collect();
        let files_b: BTreeSet<_> = other.keys().collect();
        assert_eq!(files_a, files_b, "locale files differ");
        for (file, keys) in &reference {
            let missing: Vec<_> = keys.difference(&other[file]).collect();
            let extra: Vec<_> = other[file].difference(keys).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{file}: missing in {language}: {missing:?}; only in {language}: {extra:?}"
            );
        }
    }
}

#[test]
fn no_message_id_is_defined_in_two_files() {
    for language in SUPPORTED_LANGUAGES {
        let mut seen = BTreeMap::new();
        for (file, keys) in keys_of(language) {
            for key in keys {
                if let Some(previous) = seen.insert(key.clone(), file.clone()) {
                    panic!("{language}: {key} in both {previous} and {file}");
                }
            }
        }
    }
}

#[test]
fn formatted_text_has_no_isolation_marks() {
    for language in SUPPORTED_LANGUAGES {
        let l10n = Localizer::new(language);
        let text = l10n.format("app-window-title", &[]);
        assert_ne!(text, "app-window-title");
        let with_args = l10n.format("error-invalid_name", &[("max", 200usize.into())]);
        assert!(!with_args.contains('\u{2068}') && !with_args.contains('\u{2069}'));
        assert!(with_args.contains("200"), "{language}: {with_args}");
    }
}

#[test]
fn unknown_languages_fall_back_to_english_and_os_locales_map_sensibly() {
    assert_eq!(Localizer::new("fr-FR").language(), "en-US");
    assert_eq!(
        coverready_i18n::language_for_os_locale(Some("zh_CN.UTF-8")),
        "zh-CN"
    );
    assert_eq!(
        coverready_i18n::language_for_os_locale(Some("zh-Hans-CN")),
        "zh-CN"
    );
    assert_eq!(
        coverready_i18n::language_for_os_locale(Some("en-GB")),
        "en-US"
    );
    assert_eq!(coverready_i18n::language_for_os_locale(None), "en-US");
}
