//! The words CoverReady cannot avoid: ids and order from `assets/glossary/terms.json` (the app's
//! glossary reads the same file), texts from `locales/*/glossary.ftl`.

use std::sync::OnceLock;

use serde::Deserialize;

const TERMS_JSON: &str = include_str!("../../../../assets/glossary/terms.json");

#[derive(Debug, Deserialize)]
struct GlossaryFile {
    terms: Vec<Term>,
}

#[derive(Debug, Deserialize)]
struct Term {
    id: String,
}

/// Term ids in the order they are printed. The file is compiled in and checked by the tests
/// below, so a malformed one never reaches a user; should it anyway, the glossary is empty.
pub fn term_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        serde_json::from_str::<GlossaryFile>(TERMS_JSON)
            .map(|f| f.terms.into_iter().map(|t| t.id).collect())
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_term_has_a_name_and_an_explanation_in_both_languages() {
        let ids = term_ids();
        assert!(ids.len() >= 10, "the glossary file did not parse: {ids:?}");
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "a term is listed twice");
        for lang in ["en-US", "zh-CN"] {
            let l10n = coverready_i18n::Localizer::new(lang);
            for id in ids {
                for key in [format!("glossary-{id}-term"), format!("glossary-{id}")] {
                    assert!(l10n.has(&key), "{lang}: {key} is missing");
                }
            }
        }
    }

    #[test]
    fn every_appears_as_hint_occurs_in_that_languages_texts() {
        let file: serde_json::Value = serde_json::from_str(TERMS_JSON).unwrap();
        for lang in ["en-US", "zh-CN"] {
            let texts: String = coverready_i18n::sources(lang).map(|(_, t)| t).collect();
            for term in file["terms"].as_array().unwrap() {
                let hints = term["appears_as"][lang].as_array().unwrap();
                assert!(!hints.is_empty(), "{lang}: {} has no hint", term["id"]);
                for hint in hints {
                    let hint = hint.as_str().unwrap();
                    assert!(
                        texts.contains(hint),
                        "{lang}: {} is never written as {hint:?}",
                        term["id"]
                    );
                }
            }
        }
        // The insurance words an owner meets when asking for cover are explained.
        let ids: Vec<&str> = file["terms"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|t| t["id"].as_str())
            .collect();
        for id in [
            "limit",
            "deductible",
            "waiting-period",
            "exclusion",
            "disclosure",
        ] {
            assert!(ids.contains(&id), "{id} missing from the glossary");
        }
    }
}
