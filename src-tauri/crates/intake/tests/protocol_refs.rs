//! The published protocol loads in standard tools: every `$ref` in `assets/protocol/` is a
//! fragment of the same document or a relative file that exists (a `urn:` reference, which no
//! resolver can follow, once made openapi-spec-validator fail). The schemas keep their `$id`s.
//! The full check, openapi-spec-validator and schemathesis against a live server, is
//! `tests/protocol/check-openapi.sh`.

use std::path::{Path, PathBuf};

fn protocol_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/protocol")
}

/// The values of `$ref` in `text`, JSON (`"$ref": "x"`) or YAML (`$ref: "x"`) alike.
fn refs(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("$ref") {
        let rest = text[at + 4..].trim_start_matches(['"', ':', ' ']);
        let value: String = rest
            .chars()
            .take_while(|c| !matches!(c, '"' | '\'' | ' ' | '}' | ',' | '\n'))
            .collect();
        found.push(value);
    }
    found
}

#[test]
fn every_ref_in_the_protocol_resolves_to_a_file_or_a_fragment() {
    let dir = protocol_dir();
    let mut files = vec![dir.join("openapi.yaml")];
    for entry in std::fs::read_dir(dir.join("schemas")).unwrap() {
        files.push(entry.unwrap().path());
    }
    let mut checked = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for reference in refs(&text) {
            let (path, _fragment) = reference.split_once('#').unwrap_or((&reference, ""));
            assert!(
                !reference.contains(':'),
                "{}: $ref {reference:?} is not a relative reference",
                file.display()
            );
            if !path.is_empty() {
                let target = file.parent().unwrap().join(path);
                assert!(
                    target.is_file(),
                    "{}: $ref {reference:?} names no file",
                    file.display()
                );
            }
            checked += 1;
        }
    }
    // openapi.yaml alone has dozens; a scan that found none would prove nothing.
    assert!(checked > 30, "only {checked} $refs found");
}

#[test]
fn the_schemas_keep_their_urn_ids() {
    for name in [
        "manifest",
        "receipt",
        "submission-status",
        "problem",
        "consent-record",
    ] {
        let path = protocol_dir().join(format!("schemas/{name}.schema.json"));
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            schema["$id"],
            format!("urn:coverready:protocol:1:{name}"),
            "{}",
            path.display()
        );
    }
}
