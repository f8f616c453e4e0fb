//! Answer files for `coverready assess --answers FILE`: brokers and workshops prepare answers in
//! a text editor or export them from another tool.
//!
//! Two forms are accepted:
//! - text, one answer per line: `identity.mfa-email = yes` or `… = partly ; a note`, with `#`
//!   starting a comment line;
//! - JSON: `{"identity.mfa-email": "yes", "backup.offline-copy": {"value": "no", "note": "…"}}`.
//!
//! Values use the CLI spellings (yes, partly, no, not-sure, n/a). A problem names the line (text)
//! or the question id (JSON); nothing is saved from a file with any problem.

use coverready_checklist::{AnswerValue, ContentPack};

use crate::assessments::AnswerInput;
use crate::{Error, ErrorCode};

/// Largest answer file read, in bytes: far above any real checklist, small enough to refuse junk.
pub const MAX_ANSWERS_FILE_BYTES: usize = 1024 * 1024;

/// `cause` is one of `coverready_i18n::CAUSES`, which the locale files word.
fn line_error(line: usize, cause: &str) -> Error {
    Error::new(
        ErrorCode::AnswersFileInvalid,
        format!("line {line}: {cause}"),
    )
    .with("line", line)
    .with("cause", cause)
}

fn check_question(id: &str, line: Option<usize>) -> Result<(), Error> {
    if ContentPack::current().question(id).is_some() {
        return Ok(());
    }
    let mut e = Error::new(ErrorCode::UnknownQuestion, format!("unknown question {id}"))
        .with("question", id);
    if let Some(line) = line {
        e = e.with("line", line);
    }
    Err(e)
}

fn parse_value(raw: &str, question: &str, line: Option<usize>) -> Result<AnswerValue, Error> {
    AnswerValue::parse(raw).ok_or_else(|| {
        let mut e = Error::new(ErrorCode::InvalidAnswer, format!("{raw} is not an answer"))
            .with("question", question)
            .with("value", raw);
        if let Some(line) = line {
            e = e.with("line", line);
        }
        e
    })
}

/// Parses an answer file (text or JSON, see the module docs).
pub fn parse_answers_file(bytes: &[u8]) -> Result<Vec<AnswerInput>, Error> {
    if bytes.len() > MAX_ANSWERS_FILE_BYTES {
        return Err(line_error(0, "too_large"));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        // Count the lines before the first bad byte so the message can point at it.
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        line_error(line, "not_text")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        parse_json(text)
    } else {
        parse_lines(text)
    }
}

fn parse_lines(text: &str) -> Result<Vec<AnswerInput>, Error> {
    let mut out: Vec<AnswerInput> = Vec::new();
    for (index, raw_line) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw_line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (question, rest) = line
            .split_once('=')
            .ok_or_else(|| line_error(line_no, "not_a_pair"))?;
        let question = question.trim();
        let (value, note) = match rest.split_once(';') {
            Some((v, n)) => (
                v.trim(),
                Some(n.trim().to_owned()).filter(|n| !n.is_empty()),
            ),
            None => (rest.trim(), None),
        };
        check_question(question, Some(line_no))?;
        let value = parse_value(value, question, Some(line_no))?;
        if out.iter().any(|a| a.question == question) {
            return Err(line_error(line_no, "answered_twice").with("question", question));
        }
        out.push(AnswerInput {
            question: question.to_owned(),
            value: Some(value),
            note,
        });
    }
    Ok(out)
}

fn parse_json(text: &str) -> Result<Vec<AnswerInput>, Error> {
    let Entries(doc) = serde_json::from_str(text).map_err(|e| line_error(e.line(), "not_json"))?;
    // A JSON object may name a key twice (serde keeps the last): refused as the text form is.
    let mut seen = std::collections::BTreeSet::new();
    for (question, _) in &doc {
        if !seen.insert(question.as_str()) {
            let quoted = format!("\"{question}\"");
            let second = text
                .match_indices(&quoted)
                .nth(1)
                .map_or(0, |(at, _)| text[..at].matches('\n').count() + 1);
            return Err(line_error(second, "other")
                .with("question", question)
                .with("message_id", "error-answers_file_invalid-twice"));
        }
    }
    let mut out = Vec::new();
    for (question, entry) in doc {
        check_question(&question, None)?;
        let (value, note) = match &entry {
            serde_json::Value::String(v) => (v.as_str(), None),
            serde_json::Value::Object(o) => (
                o.get("value").and_then(|v| v.as_str()).unwrap_or_default(),
                o.get("note").and_then(|n| n.as_str()).map(str::to_owned),
            ),
            _ => ("", None),
        };
        let value = parse_value(value, &question, None)?;
        out.push(AnswerInput {
            question,
            value: Some(value),
            note,
        });
    }
    Ok(out)
}

/// A JSON object's members in order, duplicates kept (a `Map` would silently keep the last).
struct Entries(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Entries, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Entries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_answering_a_question_twice_is_refused_naming_it() {
        let e = parse_answers_file(
            b"{\"identity.mfa-email\": \"yes\",\n \"identity.mfa-email\": \"no\"}",
        )
        .unwrap_err();
        assert_eq!(e.code, ErrorCode::AnswersFileInvalid);
        assert_eq!(e.details["question"], "identity.mfa-email");
        assert_eq!(e.details["line"], "2");
        let text = e.localized(&crate::Language::EnUs.localizer());
        assert!(
            text.contains("identity.mfa-email") && text.contains("twice"),
            "{text}"
        );
    }

    #[test]
    fn text_form_with_comments_notes_and_spellings() {
        let answers = parse_answers_file(
            "\u{feff}# my answers\n\nidentity.mfa-email = yes\nbackup.offline-copy=Partial ; only the PC\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(answers.len(), 2);
        assert_eq!(answers[1].value, Some(AnswerValue::Partly));
        assert_eq!(answers[1].note.as_deref(), Some("only the PC"));
    }

    #[test]
    fn problems_name_the_line_or_the_id() {
        let e = parse_answers_file(b"identity.mfa-email = yes\nthis line is wrong\n").unwrap_err();
        assert_eq!(
            (e.code, e.details["line"].as_str()),
            (ErrorCode::AnswersFileInvalid, "2")
        );
        let e = parse_answers_file(b"\n\nno.such-question = yes\n").unwrap_err();
        assert_eq!(e.code, ErrorCode::UnknownQuestion);
        assert_eq!(
            (e.details["question"].as_str(), e.details["line"].as_str()),
            ("no.such-question", "3")
        );
        let e = parse_answers_file(b"identity.mfa-email = sometimes\n").unwrap_err();
        assert_eq!(
            (e.code, e.details["value"].as_str()),
            (ErrorCode::InvalidAnswer, "sometimes")
        );
        let e =
            parse_answers_file(b"identity.mfa-email = yes\nidentity.mfa-email = no\n").unwrap_err();
        assert_eq!(e.details["line"], "2");
        let e = parse_answers_file(b"{\"identity.mfa-email\": 3}").unwrap_err();
        assert_eq!(e.details["question"], "identity.mfa-email");
        let e = parse_answers_file(b"{\"identity.mfa-email\": \"yes\",\n oops}").unwrap_err();
        assert_eq!(
            (e.code, e.details["line"].as_str()),
            (ErrorCode::AnswersFileInvalid, "2")
        );
        let e = parse_answers_file(b"ok = yes\n\xff\xfe").unwrap_err();
        assert_eq!(e.details["line"], "2");
    }

    #[test]
    fn json_form() {
        let answers = parse_answers_file(
            br#"{"identity.mfa-email": "no", "backup.offline-copy": {"value": "not-sure", "note": "ask IT"}}"#,
        )
        .unwrap();
        assert_eq!(answers.len(), 2);
        assert!(answers
            .iter()
            .any(|a| a.value == Some(AnswerValue::NotSure) && a.note.as_deref() == Some("ask IT")));
    }
}
