//! Dates and times for every CoverReady crate, through the `time` crate only: Unix seconds to and
//! from calendar dates, RFC 3339 and the few fixed layouts the report and the scans print. No
//! hand-written calendar arithmetic anywhere else, so leap years and range checks live here once.
//!
//! Nothing here panics: a value outside what `time` represents (years -9999 to 9999) or text
//! that does not parse is a [`TimeError`], and each caller decides what to show instead.

use std::time::{SystemTime, UNIX_EPOCH};

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// Seconds in a (UTC, leap-second-free) day, as Unix time counts them.
pub const DAY: i64 = 86_400;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// Not a real instant or date: beyond the years `time` represents, or a day that does not
    /// exist (30 February).
    #[error("date or time out of range")]
    OutOfRange,
    /// Text that is not in the expected layout.
    #[error("unparsable date or time")]
    Unparsable,
}

impl From<time::error::ComponentRange> for TimeError {
    fn from(_: time::error::ComponentRange) -> TimeError {
        TimeError::OutOfRange
    }
}

impl From<time::error::Format> for TimeError {
    // Formatting only fails for values a layout cannot show (RFC 3339 has four-digit years).
    fn from(_: time::error::Format) -> TimeError {
        TimeError::OutOfRange
    }
}

impl From<time::error::Parse> for TimeError {
    fn from(_: time::error::Parse) -> TimeError {
        TimeError::Unparsable
    }
}

fn utc(unix: i64) -> Result<OffsetDateTime, TimeError> {
    Ok(OffsetDateTime::from_unix_timestamp(unix)?)
}

/// Whole seconds since 1970 of a system time, negative before it; saturates rather than wraps
/// for clocks set absurdly far out.
pub fn unix_seconds(at: SystemTime) -> i64 {
    match at.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        // Before 1970: round towards the past so a second that began earlier still counts.
        Err(before) => {
            let d = before.duration();
            let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
            if d.subsec_nanos() > 0 {
                secs.saturating_add(1).saturating_neg()
            } else {
                secs.saturating_neg()
            }
        }
    }
}

/// Now, in Unix seconds.
pub fn now_unix() -> i64 {
    unix_seconds(SystemTime::now())
}

/// Test-only: an RFC 3339 time in this variable fixes "now" for the commands that read the clock
/// through [`clock_now`] (policy renewal, incident deadlines), so tests run at a fixed clock.
/// Never set in normal use; text that does not parse is ignored (the real clock is used).
pub const NOW_ENV: &str = "COVERREADY_NOW";

/// Now, in Unix seconds, unless [`NOW_ENV`] fixes it (tests).
pub fn clock_now() -> i64 {
    std::env::var(NOW_ENV)
        .ok()
        .and_then(|t| parse_rfc3339(t.trim()).ok())
        .unwrap_or_else(now_unix)
}

/// `2026-11-28T09:30:45Z`: RFC 3339 in UTC at second precision, the protocol's and the report's
/// timestamp. Years before 0 or after 9999 cannot be written in RFC 3339 and are an error.
pub fn rfc3339_utc(unix: i64) -> Result<String, TimeError> {
    Ok(utc(unix)?.format(&Rfc3339)?)
}

/// RFC 3339 at second precision at a fixed offset of `offset_minutes` east of UTC
/// (`2026-11-28T17:30:45+08:00` for 480, China Standard Time).
pub fn rfc3339_at_offset(unix: i64, offset_minutes: i32) -> Result<String, TimeError> {
    let offset = UtcOffset::from_whole_seconds(offset_minutes.saturating_mul(60))?;
    Ok(utc(unix)?.to_offset(offset).format(&Rfc3339)?)
}

/// Unix seconds of an RFC 3339 timestamp (any offset; fractions of a second dropped).
pub fn parse_rfc3339(text: &str) -> Result<i64, TimeError> {
    Ok(OffsetDateTime::parse(text, &Rfc3339)?.unix_timestamp())
}

/// `2026-11-28`: the UTC calendar day of a Unix time.
pub fn utc_date(unix: i64) -> Result<String, TimeError> {
    Ok(utc(unix)?.format(format_description!("[year]-[month]-[day]"))?)
}

/// `2026-11-28 09:30`: the UTC day and minute of a Unix time.
pub fn utc_minute(unix: i64) -> Result<String, TimeError> {
    Ok(utc(unix)?.format(format_description!("[year]-[month]-[day] [hour]:[minute]"))?)
}

/// Unix seconds at the start (00:00 UTC) of a calendar day. A day the month does not have is an
/// error, not a silent roll-over into the next month.
pub fn unix_from_ymd(year: i64, month: u32, day: u32) -> Result<i64, TimeError> {
    let year = i32::try_from(year).map_err(|_| TimeError::OutOfRange)?;
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .ok_or(TimeError::OutOfRange)?;
    let day = u8::try_from(day).map_err(|_| TimeError::OutOfRange)?;
    let date = Date::from_calendar_date(year, month, day)?;
    Ok(date.midnight().assume_utc().unix_timestamp())
}

/// How a [`Stamp`]'s text gave its offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StampOffset {
    /// `Z`.
    Utc,
    /// `+08:00`, `-05:30`, also `+00:00` (kept apart from `Z` because it was written so).
    Fixed {
        negative: bool,
        hours: u8,
        minutes: u8,
    },
    /// No offset written: a local time of unknown zone.
    Unspecified,
}

impl StampOffset {
    fn fixed(offset: UtcOffset) -> StampOffset {
        let (h, m, _) = offset.as_hms();
        StampOffset::Fixed {
            negative: offset.is_negative(),
            hours: h.unsigned_abs(),
            minutes: m.unsigned_abs(),
        }
    }
}

/// A date and time as written, with its offset, for display: `2025-03-01T10:30:00+08:00`,
/// `…:00.123Z`, or without an offset (`2025-03-01T10:30` or `…T10:30:00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    local: PrimitiveDateTime,
    pub offset: StampOffset,
}

impl Stamp {
    /// RFC 3339, or failing that the same without an offset (seconds optional).
    pub fn parse(text: &str) -> Result<Stamp, TimeError> {
        if let Ok(at) = OffsetDateTime::parse(text, &Rfc3339) {
            let offset = if text.ends_with(['Z', 'z']) {
                StampOffset::Utc
            } else {
                StampOffset::fixed(at.offset())
            };
            return Ok(Stamp {
                local: PrimitiveDateTime::new(at.date(), at.time()),
                offset,
            });
        }
        let local = PrimitiveDateTime::parse(
            text,
            format_description!(
                "[year]-[month]-[day]T[hour]:[minute][optional [:[second][optional [.[subsecond]]]]]"
            ),
        )?;
        Ok(Stamp {
            local,
            offset: StampOffset::Unspecified,
        })
    }

    /// `2025-03-01 10:30`, in the stamp's own offset.
    pub fn date_minute(&self) -> Result<String, TimeError> {
        Ok(self
            .local
            .format(format_description!("[year]-[month]-[day] [hour]:[minute]"))?)
    }

    /// `20250301103000`, in the stamp's own offset.
    pub fn compact(&self) -> Result<String, TimeError> {
        Ok(self.local.format(format_description!(
            "[year][month][day][hour][minute][second]"
        ))?)
    }
}

#[cfg(test)]
mod offset_tests {
    use super::*;

    #[test]
    fn a_time_at_china_standard_time() {
        assert_eq!(
            rfc3339_at_offset(1_795_858_245, 480).unwrap(),
            "2026-11-28T17:30:45+08:00"
        );
        assert_eq!(
            rfc3339_at_offset(1_795_858_245, 0).unwrap(),
            "2026-11-28T09:30:45Z"
        );
        assert!(rfc3339_at_offset(1_795_858_245, 100_000).is_err());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trip() {
        assert_eq!(rfc3339_utc(0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(951_782_400).unwrap(), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_utc(1_795_858_245).unwrap(), "2026-11-28T09:30:45Z");
        // Past the 32-bit rollover (2038-01-19T03:14:07Z).
        assert_eq!(rfc3339_utc(2_147_483_648).unwrap(), "2038-01-19T03:14:08Z");
        assert_eq!(rfc3339_utc(4_102_444_800).unwrap(), "2100-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(-1).unwrap(), "1969-12-31T23:59:59Z");
        assert_eq!(parse_rfc3339("2038-01-19T03:14:08Z"), Ok(2_147_483_648));
        assert_eq!(
            parse_rfc3339("2025-03-01T10:30:00.9+08:00"),
            Ok(1_740_796_200)
        );
        assert_eq!(
            parse_rfc3339("2025-02-29T00:00:00Z"),
            Err(TimeError::Unparsable)
        );
        assert_eq!(parse_rfc3339("yesterday"), Err(TimeError::Unparsable));
    }

    #[test]
    fn absurd_instants_are_errors() {
        for unix in [i64::MAX, i64::MIN, 253_402_300_800 * 1000] {
            assert_eq!(rfc3339_utc(unix), Err(TimeError::OutOfRange));
            assert_eq!(utc_date(unix), Err(TimeError::OutOfRange));
            assert_eq!(utc_minute(unix), Err(TimeError::OutOfRange));
        }
        // Representable but not in RFC 3339's four-digit years.
        assert_eq!(rfc3339_utc(-62_167_219_201), Err(TimeError::OutOfRange));
    }

    #[test]
    fn calendar_days() {
        assert_eq!(unix_from_ymd(1970, 1, 1), Ok(0));
        assert_eq!(unix_from_ymd(2000, 2, 29), Ok(951_782_400));
        assert_eq!(unix_from_ymd(2024, 2, 29), Ok(1_709_164_800));
        assert_eq!(unix_from_ymd(2038, 1, 20), Ok(2_147_558_400));
        assert_eq!(unix_from_ymd(1969, 12, 31), Ok(-DAY));
        assert_eq!(unix_from_ymd(2023, 2, 29), Err(TimeError::OutOfRange));
        assert_eq!(unix_from_ymd(1900, 2, 29), Err(TimeError::OutOfRange));
        assert_eq!(unix_from_ymd(2024, 13, 1), Err(TimeError::OutOfRange));
        assert_eq!(unix_from_ymd(2024, 0, 1), Err(TimeError::OutOfRange));
        assert_eq!(unix_from_ymd(2024, 1, 0), Err(TimeError::OutOfRange));
        assert_eq!(unix_from_ymd(2024, 1, 300), Err(TimeError::OutOfRange));
        assert_eq!(unix_from_ymd(i64::MAX, 1, 1), Err(TimeError::OutOfRange));
        assert_eq!(unix_from_ymd(2024, u32::MAX, 1), Err(TimeError::OutOfRange));

        assert_eq!(utc_date(951_782_400).unwrap(), "2000-02-29");
        assert_eq!(utc_date(-1).unwrap(), "1969-12-31");
        assert_eq!(
            utc_minute(1_580_515_200 + 3_599).unwrap(),
            "2020-02-01 00:59"
        );
        assert_eq!(utc_minute(2_147_483_647).unwrap(), "2038-01-19 03:14");
    }

    #[test]
    fn system_time_seconds() {
        use std::time::Duration;
        assert_eq!(unix_seconds(UNIX_EPOCH), 0);
        assert_eq!(unix_seconds(UNIX_EPOCH + Duration::from_millis(1_500)), 1);
        assert_eq!(unix_seconds(UNIX_EPOCH - Duration::from_millis(500)), -1);
        assert_eq!(unix_seconds(UNIX_EPOCH - Duration::from_secs(2)), -2);
        assert!(now_unix() > 1_700_000_000);
    }

    #[test]
    fn stamps() {
        let s = Stamp::parse("2025-03-01T10:30:15+08:00").unwrap();
        assert_eq!(s.date_minute().unwrap(), "2025-03-01 10:30");
        assert_eq!(s.compact().unwrap(), "20250301103015");
        assert_eq!(
            s.offset,
            StampOffset::Fixed {
                negative: false,
                hours: 8,
                minutes: 0
            }
        );
        let s = Stamp::parse("2024-02-29T23:59:59.123456Z").unwrap();
        assert_eq!(s.offset, StampOffset::Utc);
        assert_eq!(s.date_minute().unwrap(), "2024-02-29 23:59");
        let s = Stamp::parse("2025-03-01T10:30:00-05:30").unwrap();
        assert_eq!(
            s.offset,
            StampOffset::Fixed {
                negative: true,
                hours: 5,
                minutes: 30
            }
        );
        assert_eq!(
            Stamp::parse("2025-03-01T10:30:00+00:00").unwrap().offset,
            StampOffset::Fixed {
                negative: false,
                hours: 0,
                minutes: 0
            }
        );
        let s = Stamp::parse("2025-03-01T10:30").unwrap();
        assert_eq!(s.offset, StampOffset::Unspecified);
        assert_eq!(s.compact().unwrap(), "20250301103000");
        assert!(Stamp::parse("2025-03-01T10:30:00.5").is_ok());
        // RFC 3339 lets a space stand for the `T` (its section 5.6 note); `time` follows it.
        assert_eq!(
            Stamp::parse("2025-03-01 10:30:00Z").unwrap().offset,
            StampOffset::Utc
        );
        for bad in [
            "",
            "2025-03-01",
            "2023-02-29T10:30:00Z",
            "2025-03-01T10:3中",
            "abcdefghijT12345",
            "2025-03-01T25:00:00Z",
        ] {
            assert_eq!(Stamp::parse(bad), Err(TimeError::Unparsable), "{bad}");
        }
    }
}
