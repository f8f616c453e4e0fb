//! Applicability rules: when a question applies, as a small expression over the profile.
//!
//! JSON shapes (exactly one per object):
//! `{"field": F, "eq": V}`, `{"field": F, "in": [..]}`, `{"field": F, "gte": N}`,
//! `{"field": F, "lt": N}`, `{"all": [..]}`, `{"any": [..]}`, `{"not": {..}}`.
//!
//! Evaluation is three-valued: a field the owner has not answered yet is "unknown", and a
//! rule that ends up unknown counts as applicable. We would rather ask one question too many
//! than hide one the insurer will ask.

use serde::{Deserialize, Serialize};

use crate::profile::{FieldKind, Profile, ProfileSchema, ProfileValue};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawRule", into = "RawRule")]
pub enum Rule {
    Eq { field: String, value: ProfileValue },
    In { field: String, options: Vec<String> },
    Gte { field: String, value: f64 },
    Lt { field: String, value: f64 },
    All(Vec<Rule>),
    Any(Vec<Rule>),
    Not(Box<Rule>),
}

/// The JSON form, checked for "exactly one shape" when converted into a [`Rule`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    eq: Option<ProfileValue>,
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    in_: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gte: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lt: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    all: Option<Vec<Rule>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    any: Option<Vec<Rule>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not: Option<Box<Rule>>,
}

impl TryFrom<RawRule> for Rule {
    type Error = String;

    fn try_from(raw: RawRule) -> Result<Self, String> {
        let shape =
            "a rule needs exactly one of: field+eq, field+in, field+gte, field+lt, all, any, not";
        match raw {
            RawRule {
                field: Some(field),
                eq: Some(value),
                in_: None,
                gte: None,
                lt: None,
                all: None,
                any: None,
                not: None,
            } => Ok(Rule::Eq { field, value }),
            RawRule {
                field: Some(field),
                eq: None,
                in_: Some(options),
                gte: None,
                lt: None,
                all: None,
                any: None,
                not: None,
            } => Ok(Rule::In { field, options }),
            RawRule {
                field: Some(field),
                eq: None,
                in_: None,
                gte: Some(value),
                lt: None,
                all: None,
                any: None,
                not: None,
            } => Ok(Rule::Gte { field, value }),
            RawRule {
                field: Some(field),
                eq: None,
                in_: None,
                gte: None,
                lt: Some(value),
                all: None,
                any: None,
                not: None,
            } => Ok(Rule::Lt { field, value }),
            RawRule {
                field: None,
                eq: None,
                in_: None,
                gte: None,
                lt: None,
                all: Some(rules),
                any: None,
                not: None,
            } => Ok(Rule::All(rules)),
            RawRule {
                field: None,
                eq: None,
                in_: None,
                gte: None,
                lt: None,
                all: None,
                any: Some(rules),
                not: None,
            } => Ok(Rule::Any(rules)),
            RawRule {
                field: None,
                eq: None,
                in_: None,
                gte: None,
                lt: None,
                all: None,
                any: None,
                not: Some(rule),
            } => Ok(Rule::Not(rule)),
            _ => Err(shape.to_owned()),
        }
    }
}

impl From<Rule> for RawRule {
    fn from(rule: Rule) -> Self {
        match rule {
            Rule::Eq { field, value } => RawRule {
                field: Some(field),
                eq: Some(value),
                ..Default::default()
            },
            Rule::In { field, options } => RawRule {
                field: Some(field),
                in_: Some(options),
                ..Default::default()
            },
            Rule::Gte { field, value } => RawRule {
                field: Some(field),
                gte: Some(value),
                ..Default::default()
            },
            Rule::Lt { field, value } => RawRule {
                field: Some(field),
                lt: Some(value),
                ..Default::default()
            },
            Rule::All(rules) => RawRule {
                all: Some(rules),
                ..Default::default()
            },
            Rule::Any(rules) => RawRule {
                any: Some(rules),
                ..Default::default()
            },
            Rule::Not(rule) => RawRule {
                not: Some(rule),
                ..Default::default()
            },
        }
    }
}

impl Rule {
    /// `Some(true/false)` when the profile decides it, `None` when a field it needs is unanswered.
    pub fn evaluate(&self, profile: &Profile) -> Option<bool> {
        match self {
            Rule::Eq { field, value } => profile.get(field).map(|v| v == value),
            Rule::In { field, options } => profile.get(field).map(|v| match v {
                ProfileValue::Text(t) => options.iter().any(|o| o == t),
                _ => false,
            }),
            Rule::Gte { field, value } => profile
                .get(field)
                .map(|v| matches!(v, ProfileValue::Number(n) if n >= value)),
            Rule::Lt { field, value } => profile
                .get(field)
                .map(|v| matches!(v, ProfileValue::Number(n) if n < value)),
            Rule::All(rules) => {
                let results: Vec<_> = rules.iter().map(|r| r.evaluate(profile)).collect();
                if results.contains(&Some(false)) {
                    Some(false)
                } else if results.contains(&None) {
                    None
                } else {
                    Some(true)
                }
            }
            Rule::Any(rules) => {
                let results: Vec<_> = rules.iter().map(|r| r.evaluate(profile)).collect();
                if results.contains(&Some(true)) {
                    Some(true)
                } else if results.contains(&None) {
                    None
                } else {
                    Some(false)
                }
            }
            Rule::Not(rule) => rule.evaluate(profile).map(|b| !b),
        }
    }

    /// Unknown counts as applicable (ask rather than hide).
    pub fn applies(&self, profile: &Profile) -> bool {
        self.evaluate(profile).unwrap_or(true)
    }

    /// Every field id the rule reads, in order of appearance.
    pub fn fields(&self) -> Vec<&str> {
        match self {
            Rule::Eq { field, .. }
            | Rule::In { field, .. }
            | Rule::Gte { field, .. }
            | Rule::Lt { field, .. } => {
                vec![field.as_str()]
            }
            Rule::All(rules) | Rule::Any(rules) => rules.iter().flat_map(Rule::fields).collect(),
            Rule::Not(rule) => rule.fields(),
        }
    }

    /// Checks the rule against the profile schema; returns a problem description.
    pub(crate) fn check(&self, schema: &ProfileSchema) -> Result<(), String> {
        let field_of = |id: &str| {
            schema
                .field(id)
                .ok_or_else(|| format!("rule refers to unknown profile field `{id}`"))
        };
        match self {
            Rule::Eq { field, value } => {
                let spec = field_of(field)?;
                match (spec.kind, value) {
                    (FieldKind::Bool, ProfileValue::Bool(_)) => Ok(()),
                    (FieldKind::Choice, ProfileValue::Text(t)) if spec.options.contains(t) => {
                        Ok(())
                    }
                    (FieldKind::Choice, ProfileValue::Text(t)) => {
                        Err(format!("`{t}` is not an option of `{field}`"))
                    }
                    _ => Err(format!(
                        "`eq` value does not fit field `{field}` (use gte/lt for numbers)"
                    )),
                }
            }
            Rule::In { field, options } => {
                let spec = field_of(field)?;
                if spec.kind != FieldKind::Choice {
                    return Err(format!("`in` needs a choice field, `{field}` is not one"));
                }
                if options.is_empty() {
                    return Err("`in` with an empty list".to_owned());
                }
                match options.iter().find(|o| !spec.options.contains(o)) {
                    Some(bad) => Err(format!("`{bad}` is not an option of `{field}`")),
                    None => Ok(()),
                }
            }
            Rule::Gte { field, value } | Rule::Lt { field, value } => {
                let spec = field_of(field)?;
                if spec.kind != FieldKind::Number || !value.is_finite() {
                    return Err(format!(
                        "`gte`/`lt` need a number field and a finite number (`{field}`)"
                    ));
                }
                Ok(())
            }
            Rule::All(rules) | Rule::Any(rules) => {
                if rules.is_empty() {
                    return Err("`all`/`any` with an empty list".to_owned());
                }
                rules.iter().try_for_each(|r| r.check(schema))
            }
            Rule::Not(rule) => rule.check(schema),
        }
    }
}
