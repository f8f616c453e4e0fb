//! The policy: fields validated from `KEY=VALUE` text, gaps against the coverage map, renewal
//! reminders. Dates are calendar days in China Standard Time (UTC+8): a policy runs from 00:00
//! of its start day to 24:00 of its end day, Beijing time, as Chinese policies are written.

use std::collections::BTreeMap;

use coverready_time::DAY;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The keys `policy set` accepts besides `limit.<cover type>`.
pub const POLICY_KEYS: [&str; 8] = [
    "insurer",
    "policy_number",
    "start",
    "end",
    "retention",
    "hotline",
    "notice_hours",
    "broker",
];

/// Offset of China Standard Time.
const CST: i64 = 8 * 3_600;
/// The largest amount accepted (yuan): a trillion is beyond any SME policy, so a typo.
pub const MAX_AMOUNT: f64 = 1e12;
/// The longest notice period accepted: a year.
pub const MAX_NOTICE_HOURS: u32 = 8_760;
const MAX_TEXT: usize = 200;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "incident.ts")]
pub struct Policy {
    pub insurer: Option<String>,
    pub policy_number: Option<String>,
    /// `YYYY-MM-DD`.
    pub start: Option<String>,
    pub end: Option<String>,
    /// 免赔额, yuan.
    pub retention: Option<f64>,
    /// The insurer's 24-hour incident hotline.
    pub hotline: Option<String>,
    pub notice_hours: Option<u32>,
    /// The broker's name and contact.
    pub broker: Option<String>,
    /// Limit per cover type (ids of the coverage map), yuan.
    pub limits: BTreeMap<String, f64>,
}

/// Why a value is refused; `incident-policy-error-<reason>` words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyError {
    UnknownKey {
        key: String,
    },
    UnknownCover {
        cover: String,
    },
    /// Not `KEY=VALUE`.
    NotAssignment {
        text: String,
    },
    BadDate {
        key: String,
        value: String,
    },
    EndNotAfterStart {
        start: String,
        end: String,
    },
    BadAmount {
        key: String,
        value: String,
    },
    BadHours {
        value: String,
    },
    BadText {
        key: String,
    },
    BadPhone {
        value: String,
    },
}

impl PolicyError {
    pub fn reason(&self) -> &'static str {
        match self {
            PolicyError::UnknownKey { .. } => "unknown_key",
            PolicyError::UnknownCover { .. } => "unknown_cover",
            PolicyError::NotAssignment { .. } => "not_assignment",
            PolicyError::BadDate { .. } => "bad_date",
            PolicyError::EndNotAfterStart { .. } => "end_not_after_start",
            PolicyError::BadAmount { .. } => "bad_amount",
            PolicyError::BadHours { .. } => "bad_hours",
            PolicyError::BadText { .. } => "bad_text",
            PolicyError::BadPhone { .. } => "bad_phone",
        }
    }

    /// Arguments for the message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            PolicyError::UnknownKey { key } => vec![("key", key.clone())],
            PolicyError::UnknownCover { cover } => vec![("cover", cover.clone())],
            PolicyError::NotAssignment { text } => vec![("text", text.clone())],
            PolicyError::BadDate { key, value } | PolicyError::BadAmount { key, value } => {
                vec![("key", key.clone()), ("value", value.clone())]
            }
            PolicyError::EndNotAfterStart { start, end } => {
                vec![("start", start.clone()), ("end", end.clone())]
            }
            PolicyError::BadHours { value } | PolicyError::BadPhone { value } => {
                vec![("value", value.clone())]
            }
            PolicyError::BadText { key } => vec![("key", key.clone())],
        }
    }
}

/// Unix seconds of 00:00 Beijing time of a `YYYY-MM-DD` day.
pub fn day_start(date: &str) -> Option<i64> {
    let mut parts = date.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y) && digits(m) && digits(d)) {
        return None;
    }
    let midnight =
        coverready_time::unix_from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()?;
    Some(midnight - CST)
}

fn amount(key: &str, value: &str) -> Result<f64, PolicyError> {
    let bad = || PolicyError::BadAmount {
        key: key.to_owned(),
        value: value.to_owned(),
    };
    let cleaned: String = value
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(bad());
    }
    let n: f64 = cleaned.parse().map_err(|_| bad())?;
    if !n.is_finite() || !(0.0..=MAX_AMOUNT).contains(&n) {
        return Err(bad());
    }
    Ok(n)
}

fn text(key: &str, value: &str) -> Result<String, PolicyError> {
    let value = value.trim();
    if value.chars().count() > MAX_TEXT || value.chars().any(char::is_control) {
        return Err(PolicyError::BadText {
            key: key.to_owned(),
        });
    }
    Ok(value.to_owned())
}

fn phone(value: &str) -> Result<String, PolicyError> {
    let value = value.trim();
    let ok = value.len() <= 32
        && value.chars().filter(char::is_ascii_digit).count() >= 3
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    if !ok {
        return Err(PolicyError::BadPhone {
            value: value.to_owned(),
        });
    }
    Ok(value.to_owned())
}

impl Policy {
    /// Unix seconds the policy starts (00:00 Beijing time of `start`).
    pub fn starts_at(&self) -> Option<i64> {
        self.start.as_deref().and_then(day_start)
    }

    /// Unix seconds the policy ends (24:00 Beijing time of `end`).
    pub fn ends_at(&self) -> Option<i64> {
        self.end.as_deref().and_then(day_start).map(|s| s + DAY)
    }

    /// Applies `KEY=VALUE` assignments (an empty value clears the key). `covers` are the cover
    /// types of the coverage map. All or nothing: on an error `self` is unchanged.
    pub fn apply(&mut self, assignments: &[String], covers: &[&str]) -> Result<(), PolicyError> {
        let mut next = self.clone();
        for assignment in assignments {
            let (key, value) =
                assignment
                    .split_once('=')
                    .ok_or_else(|| PolicyError::NotAssignment {
                        text: assignment.clone(),
                    })?;
            let key = key.trim();
            let value = value.trim();
            let clear = value.is_empty();
            if let Some(cover) = key.strip_prefix("limit.") {
                if !covers.contains(&cover) {
                    return Err(PolicyError::UnknownCover {
                        cover: cover.to_owned(),
                    });
                }
                if clear {
                    next.limits.remove(cover);
                } else {
                    next.limits.insert(cover.to_owned(), amount(key, value)?);
                }
                continue;
            }
            let date = |v: &str| -> Result<String, PolicyError> {
                day_start(v)
                    .map(|_| v.to_owned())
                    .ok_or_else(|| PolicyError::BadDate {
                        key: key.to_owned(),
                        value: v.to_owned(),
                    })
            };
            match key {
                "insurer" => next.insurer = (!clear).then(|| text(key, value)).transpose()?,
                "policy_number" => {
                    next.policy_number = (!clear).then(|| text(key, value)).transpose()?
                }
                "broker" => next.broker = (!clear).then(|| text(key, value)).transpose()?,
                "hotline" => next.hotline = (!clear).then(|| phone(value)).transpose()?,
                "start" => next.start = (!clear).then(|| date(value)).transpose()?,
                "end" => next.end = (!clear).then(|| date(value)).transpose()?,
                "retention" => next.retention = (!clear).then(|| amount(key, value)).transpose()?,
                "notice_hours" => {
                    next.notice_hours = if clear {
                        None
                    } else {
                        let hours = value
                            .parse::<u32>()
                            .ok()
                            .filter(|h| (1..=MAX_NOTICE_HOURS).contains(h))
                            .ok_or_else(|| PolicyError::BadHours {
                                value: value.to_owned(),
                            })?;
                        Some(hours)
                    }
                }
                _ => {
                    return Err(PolicyError::UnknownKey {
                        key: key.to_owned(),
                    })
                }
            }
        }
        if let (Some(start), Some(end), Some(s), Some(e)) =
            (&next.start, &next.end, next.starts_at(), next.ends_at())
        {
            // The end day must come after the start day.
            if e - DAY <= s {
                return Err(PolicyError::EndNotAfterStart {
                    start: start.clone(),
                    end: end.clone(),
                });
            }
        }
        *self = next;
        Ok(())
    }

    /// Cover types in `recommended` (the coverage map's, for this organisation) without a limit.
    pub fn gaps<'a>(&self, recommended: &[&'a str]) -> Vec<&'a str> {
        recommended
            .iter()
            .copied()
            .filter(|c| !self.limits.contains_key(*c))
            .collect()
    }
}

/// Where the renewal stands at a clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export, export_to = "incident.ts")]
pub enum Renewal {
    /// More than 120 days to go: the first reminder is due at `next_at` (Unix seconds).
    NotYet { next_at: i64, days_before: u32 },
    /// The reminder `days_before` the end (120, 60 or 30) is due; `days_left` whole days to the end.
    Due {
        days_before: u32,
        due_at: i64,
        days_left: i64,
    },
    /// The policy has ended.
    Expired { ended_at: i64 },
}

/// The reminders, days before the end.
pub const RENEWAL_REMINDERS: [u32; 3] = [120, 60, 30];

/// The renewal reminder due at `now` for a policy that ends at `end` (Unix seconds).
pub fn renewal(end: i64, now: i64) -> Renewal {
    if now >= end {
        return Renewal::Expired { ended_at: end };
    }
    let left = end - now;
    let days_left = (left + DAY - 1) / DAY;
    // The nearest reminder reached: 30 before 60 before 120.
    let reached = RENEWAL_REMINDERS
        .iter()
        .rev()
        .copied()
        .find(|d| left <= i64::from(*d) * DAY);
    match reached {
        Some(days_before) => Renewal::Due {
            days_before,
            due_at: end - i64::from(days_before) * DAY,
            days_left,
        },
        None => Renewal::NotYet {
            next_at: end - 120 * DAY,
            days_before: 120,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COVERS: [&str; 3] = [
        "incident-response",
        "cyber-extortion",
        "funds-transfer-fraud",
    ];

    fn set(p: &mut Policy, pairs: &[&str]) -> Result<(), PolicyError> {
        let owned: Vec<String> = pairs.iter().map(|s| s.to_string()).collect();
        p.apply(&owned, &COVERS)
    }

    #[test]
    fn valid_values_are_kept() {
        let mut p = Policy::default();
        set(
            &mut p,
            &[
                "insurer=Example insurer",
                "policy_number=P-1",
                "start=2026-01-01",
                "end=2026-12-31",
                "retention=10,000",
                "hotline=+86 400-000-0000",
                "notice_hours=72",
                "limit.cyber-extortion=500000",
            ],
        )
        .unwrap();
        assert_eq!(p.retention, Some(10_000.0));
        assert_eq!(p.notice_hours, Some(72));
        assert_eq!(p.limits.get("cyber-extortion"), Some(&500_000.0));
        // 2026-01-01 00:00 +08:00 = 2025-12-31T16:00Z.
        assert_eq!(p.starts_at(), Some(1_767_196_800));
        assert_eq!(
            p.gaps(&COVERS),
            ["incident-response", "funds-transfer-fraud"]
        );
        set(&mut p, &["insurer="]).unwrap();
        assert_eq!(p.insurer, None);
    }

    #[test]
    fn bad_values_are_refused_and_change_nothing() {
        let mut p = Policy::default();
        set(&mut p, &["notice_hours=48"]).unwrap();
        let before = p.clone();
        for (pairs, reason) in [
            (&["colour=red"][..], "unknown_key"),
            (&["limit.flood=1"][..], "unknown_cover"),
            (&["start"][..], "not_assignment"),
            (&["start=2026-02-30"][..], "bad_date"),
            (&["start=26-1-1"][..], "bad_date"),
            (
                &["start=2026-12-01", "end=2026-01-01"][..],
                "end_not_after_start",
            ),
            (
                &["start=2026-01-01", "end=2026-01-01"][..],
                "end_not_after_start",
            ),
            (&["retention=-5"][..], "bad_amount"),
            (&["retention=1e13"][..], "bad_amount"),
            (&["limit.cyber-extortion=2000000000000"][..], "bad_amount"),
            (&["notice_hours=0"][..], "bad_hours"),
            (&["notice_hours=soon"][..], "bad_hours"),
            (&["hotline=call us"][..], "bad_phone"),
            (&["broker=a\u{7}b"][..], "bad_text"),
            (&["notice_hours=24", "colour=red"][..], "unknown_key"),
        ] {
            let err = set(&mut p, pairs).unwrap_err();
            assert_eq!(err.reason(), reason, "{pairs:?}");
            assert_eq!(p, before, "{pairs:?} changed the policy");
        }
    }

    #[test]
    fn renewal_reminders_at_120_60_and_30_days() {
        let end = day_start("2027-06-30").unwrap() + DAY;
        let at = |days: i64| renewal(end, end - days * DAY);
        assert_eq!(
            at(121),
            Renewal::NotYet {
                next_at: end - 120 * DAY,
                days_before: 120
            }
        );
        assert_eq!(
            at(120),
            Renewal::Due {
                days_before: 120,
                due_at: end - 120 * DAY,
                days_left: 120
            }
        );
        assert_eq!(
            at(61),
            Renewal::Due {
                days_before: 120,
                due_at: end - 120 * DAY,
                days_left: 61
            }
        );
        assert!(matches!(
            at(60),
            Renewal::Due {
                days_before: 60,
                ..
            }
        ));
        assert!(matches!(
            at(31),
            Renewal::Due {
                days_before: 60,
                ..
            }
        ));
        assert!(matches!(
            at(30),
            Renewal::Due {
                days_before: 30,
                days_left: 30,
                ..
            }
        ));
        assert!(matches!(
            at(1),
            Renewal::Due {
                days_before: 30,
                days_left: 1,
                ..
            }
        ));
        assert_eq!(renewal(end, end), Renewal::Expired { ended_at: end });
        // Part of a day left counts as a day.
        assert!(matches!(
            renewal(end, end - 3_600),
            Renewal::Due { days_left: 1, .. }
        ));
    }
}
