//! The business profile: which fields exist (from `profile.json`) and which values they take.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{ChecklistError, ContentError};

/// Profile answers keyed by field id. A field that is missing has not been answered yet.
pub type Profile = BTreeMap<String, ProfileValue>;

/// One profile value. Untagged so a profile serialises as plain JSON:
/// `{"industry": "retail", "card_payments": false, "daily_gross_profit": 25000}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ProfileValue {
    Bool(bool),
    Number(f64),
    Text(String),
}

impl ProfileValue {
    /// The value as the CLI would spell it (used in error data, never shown raw to users).
    pub fn to_cli_string(&self) -> String {
        match self {
            Self::Bool(b) => b.to_string(),
            Self::Number(n) => n.to_string(),
            Self::Text(t) => t.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Choice,
    Bool,
    Number,
}

/// One field of `profile.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileField {
    pub id: String,
    pub kind: FieldKind,
    /// Shown in the short "basics" step of the profile form.
    #[serde(default)]
    pub basic: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// The profile schema (`profile.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSchema {
    pub schema: String,
    pub fields: Vec<ProfileField>,
}

pub const PROFILE_SCHEMA_ID: &str = "coverready/profile/1";

impl ProfileSchema {
    pub fn from_json(json: &str) -> Result<Self, ContentError> {
        let schema: Self = serde_json::from_str(json).map_err(|e| ContentError::Parse {
            file: "profile.json",
            detail: e.to_string(),
        })?;
        schema.validate()?;
        Ok(schema)
    }

    /// Structural checks on the schema itself.
    pub fn validate(&self) -> Result<(), ContentError> {
        if self.schema != PROFILE_SCHEMA_ID {
            return Err(ContentError::invalid(
                "profile.json",
                format!("schema must be {PROFILE_SCHEMA_ID}"),
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        for field in &self.fields {
            let at = format!("profile.json field {}", field.id);
            if !seen.insert(field.id.as_str()) {
                return Err(ContentError::invalid(at, "duplicate field id"));
            }
            match field.kind {
                FieldKind::Choice => {
                    if field.options.is_empty() {
                        return Err(ContentError::invalid(at, "choice field without options"));
                    }
                    let unique: std::collections::BTreeSet<_> = field.options.iter().collect();
                    if unique.len() != field.options.len() {
                        return Err(ContentError::invalid(at, "duplicate option"));
                    }
                }
                FieldKind::Bool | FieldKind::Number => {
                    if !field.options.is_empty() {
                        return Err(ContentError::invalid(at, "only choice fields have options"));
                    }
                }
            }
        }
        Ok(())
    }

    pub fn field(&self, id: &str) -> Option<&ProfileField> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Checks that `value` is allowed for `field`.
    pub fn validate_value(&self, field: &str, value: &ProfileValue) -> Result<(), ChecklistError> {
        let spec = self
            .field(field)
            .ok_or_else(|| ChecklistError::UnknownProfileField {
                field: field.to_owned(),
            })?;
        let ok = match (spec.kind, value) {
            (FieldKind::Bool, ProfileValue::Bool(_)) => true,
            (FieldKind::Choice, ProfileValue::Text(t)) => spec.options.iter().any(|o| o == t),
            (FieldKind::Number, ProfileValue::Number(n)) => {
                n.is_finite()
                    && spec.min.is_none_or(|min| *n >= min)
                    && spec.max.is_none_or(|max| *n <= max)
            }
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(ChecklistError::InvalidProfileValue {
                field: field.to_owned(),
                value: value.to_cli_string(),
            })
        }
    }

    /// Parses a value as typed on the command line ("true", "10-49", "25000") and validates it.
    pub fn parse_value(&self, field: &str, raw: &str) -> Result<ProfileValue, ChecklistError> {
        let spec = self
            .field(field)
            .ok_or_else(|| ChecklistError::UnknownProfileField {
                field: field.to_owned(),
            })?;
        let invalid = || ChecklistError::InvalidProfileValue {
            field: field.to_owned(),
            value: raw.to_owned(),
        };
        let trimmed = raw.trim();
        let value = match spec.kind {
            FieldKind::Bool => match trimmed.to_ascii_lowercase().as_str() {
                "true" | "yes" | "y" | "1" => ProfileValue::Bool(true),
                "false" | "no" | "n" | "0" => ProfileValue::Bool(false),
                _ => return Err(invalid()),
            },
            FieldKind::Number => {
                // Allow thousands separators people type: 25,000 or 25_000.
                let cleaned: String = trimmed.chars().filter(|c| *c != ',' && *c != '_').collect();
                ProfileValue::Number(cleaned.parse::<f64>().map_err(|_| invalid())?)
            }
            FieldKind::Choice => ProfileValue::Text(trimmed.to_owned()),
        };
        self.validate_value(field, &value).map_err(|_| invalid())?;
        Ok(value)
    }

    /// Validates every entry of a profile. Missing fields are fine (not answered yet).
    pub fn validate_profile(&self, profile: &Profile) -> Result<(), ChecklistError> {
        profile
            .iter()
            .try_for_each(|(field, value)| self.validate_value(field, value))
    }
}
