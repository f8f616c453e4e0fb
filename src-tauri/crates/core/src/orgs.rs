//! Organisations as the edges see them, and the checks every incoming value goes through.

use coverready_checklist::{FieldKind, Profile, ProfileSchema};
use coverready_store::{OrgRow, ProfileMap};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, ErrorCode};

/// Longest organisation name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// What the UI or CLI sends to create or edit an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct OrgInput {
    pub name: String,
    #[ts(type = "Record<string, boolean | number | string>")]
    #[serde(default)]
    pub profile: Profile,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    #[ts(type = "Record<string, boolean | number | string>")]
    pub profile: Profile,
    pub created_at: String,
    pub updated_at: String,
}

/// A profile question as the UI needs it to build a form.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ProfileFieldInfo {
    pub id: String,
    #[ts(type = "\"choice\" | \"bool\" | \"number\"")]
    pub kind: String,
    pub options: Vec<String>,
    pub basic: bool,
    /// Asked before the quick check: it decides whether a must-have without a "not applicable"
    /// answer applies (coverready_checklist::deciding_fields).
    pub decides_must_have: bool,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// Trims a name and refuses empty, over-long or control-character names.
pub fn validate_name(raw: &str) -> Result<String, Error> {
    let name = raw.trim();
    let length = name.chars().count();
    if length == 0 || length > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(Error::new(
            ErrorCode::InvalidName,
            format!("name must be 1 to {MAX_NAME_CHARS} characters without control characters"),
        )
        .with("max", MAX_NAME_CHARS));
    }
    // Direction overrides and invisible characters make a name read differently from what it
    // is (in the report, on the platform): refused, naming the character.
    if let Some(hidden) = name.chars().find(|c| is_hidden(*c)) {
        let character = format!("U+{:04X}", hidden as u32);
        return Err(Error::new(
            ErrorCode::InvalidName,
            format!("name contains the invisible character {character}"),
        )
        .with("max", MAX_NAME_CHARS)
        .with("character", character)
        .with("message_id", "error-invalid_name-hidden"));
    }
    Ok(name.to_owned())
}

/// Bidirectional embeddings, overrides and isolates, zero-width characters and marks, line and
/// paragraph separators, and the byte-order mark.
fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{FEFF}')
}

/// The headcount band (a `headcount_band` option of profile.json) for a number of people.
pub fn headcount_band_for(people: u64) -> &'static str {
    match people {
        0..=9 => "1-9",
        10..=49 => "10-49",
        50..=99 => "50-99",
        100..=249 => "100-249",
        _ => "250-plus",
    }
}

pub(crate) fn validated_profile(
    schema: &ProfileSchema,
    profile: &Profile,
) -> Result<ProfileMap, Error> {
    schema.validate_profile(profile)?;
    profile
        .iter()
        .map(|(field, value)| {
            serde_json::to_value(value)
                .map(|json| (field.clone(), json))
                .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()).with("detail", e))
        })
        .collect()
}

pub(crate) fn organisation_from_row(row: OrgRow) -> Organisation {
    // Values that no longer fit the type (impossible through our own writes) are dropped from the
    // view rather than failing the whole list; the store keeps them.
    let profile = row
        .profile
        .into_iter()
        .filter_map(|(field, json)| serde_json::from_value(json).ok().map(|v| (field, v)))
        .collect();
    Organisation {
        id: row.id,
        name: row.name,
        profile,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

pub(crate) fn field_infos(schema: &ProfileSchema, deciding: &[&str]) -> Vec<ProfileFieldInfo> {
    schema
        .fields
        .iter()
        .map(|f| ProfileFieldInfo {
            id: f.id.clone(),
            kind: match f.kind {
                FieldKind::Choice => "choice",
                FieldKind::Bool => "bool",
                FieldKind::Number => "number",
            }
            .to_owned(),
            options: f.options.clone(),
            basic: f.basic,
            decides_must_have: deciding.contains(&f.id.as_str()),
            min: f.min,
            max: f.max,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(
            validate_name("  北京示例科技有限公司 ").unwrap(),
            "北京示例科技有限公司"
        );
        assert_eq!(
            validate_name(&"字".repeat(200)).unwrap().chars().count(),
            200
        );
        for bad in ["", "   ", "a\nb", "tab\there", "nul\0", "\u{7f}del"] {
            let err = validate_name(bad).unwrap_err();
            assert_eq!(err.code, ErrorCode::InvalidName, "{bad:?}");
            assert_eq!(err.details["max"], "200");
        }
        assert!(validate_name(&"字".repeat(201)).is_err());
        for bad in [
            "Acme\u{202E}gpj.exe",
            "a\u{2066}b",
            "zero\u{200B}width",
            "rlm\u{200F}",
            "line\u{2028}sep",
            "para\u{2029}sep",
            "bom\u{FEFF}",
        ] {
            let err = validate_name(bad).unwrap_err();
            assert_eq!(err.code, ErrorCode::InvalidName, "{bad:?}");
            assert!(err.details["character"].starts_with("U+"), "{bad:?}");
            let zh = crate::Language::ZhCn.localizer();
            let text = err.localized(&zh);
            assert!(text.contains("看不见") && text.contains("U+"), "{text}");
        }
    }
}
