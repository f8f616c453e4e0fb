//! Just enough date reading for "how many days ago": no time-zone database, and every source is
//! read as UTC (a few hours do not change a 7- or 30-day judgement). The calendar itself is
//! coverready-time's; this module only knows the layouts the probes meet.

pub use coverready_time::DAY;

fn ymd(y: &str, m: &str, d: &str) -> Option<i64> {
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    // Years outside this are a misread field, not a date a probe could meet.
    if !(1970..=2200).contains(&y) {
        return None;
    }
    coverready_time::unix_from_ymd(y, m, d).ok()
}

/// `2024-05-01`, `2024-05-01T10:00:00Z`, `2024-05-01 10:00:00 +0000`, `2024-05-01-120000`
/// → Unix seconds at that day's start plus the time of day when one follows.
pub fn parse_ymd(text: &str) -> Option<i64> {
    let t = text.trim().trim_matches(|c| c == '\'' || c == '"');
    let date = t.get(..10)?;
    let mut it = date.split('-');
    let day = ymd(it.next()?, it.next()?, it.next()?)?;
    let rest = t.get(11..).unwrap_or("");
    let digits: String = rest
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(6)
        .collect();
    let secs = if digits.len() >= 4 {
        let h: i64 = digits[0..2].parse().ok()?;
        let m: i64 = digits[2..4].parse().ok()?;
        let s: i64 = digits.get(4..6).and_then(|s| s.parse().ok()).unwrap_or(0);
        if h < 24 && m < 60 && s < 61 {
            h * 3600 + m * 60 + s
        } else {
            0
        }
    } else {
        0
    };
    Some(day + secs)
}

/// `14 Nov 2024` (ClamAV database headers) → Unix seconds.
pub fn parse_day_month_year(text: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let mut it = text.split_whitespace();
    let d: u32 = it.next()?.parse().ok()?;
    let mon = it.next()?.to_ascii_lowercase();
    let m = MONTHS.iter().position(|x| mon.starts_with(x))? as u32 + 1;
    let y: i64 = it.next()?.parse().ok()?;
    coverready_time::unix_from_ymd(y, m, d).ok()
}

/// Windows FILETIME (100 ns since 1601) → Unix seconds.
pub fn from_filetime(ft: u64) -> i64 {
    (ft / 10_000_000) as i64 - 11_644_473_600
}

pub fn age_days(now: i64, then: i64) -> i64 {
    (now - then).div_euclid(DAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_ymd("1970-01-01"), Some(0));
        assert_eq!(parse_ymd("2026-11-28"), Some(1_795_824_000));
        assert_eq!(
            parse_ymd("2024-05-01  10:00:00"),
            parse_ymd("2024-05-01T10:00:00Z")
        );
        assert_eq!(parse_ymd("2024-05-01-120000").unwrap() % DAY, 12 * 3600);
        assert_eq!(parse_ymd("garbage"), None);
        assert_eq!(
            parse_day_month_year("14 Nov 2024 09:32 +0000"),
            parse_ymd("2024-11-14")
        );
        assert_eq!(from_filetime(116_444_736_000_000_000), 0);
    }

    #[test]
    fn edge_dates() {
        assert_eq!(parse_ymd("2024-02-29"), Some(1_709_164_800));
        assert_eq!(parse_ymd("2038-01-19T03:14:08Z"), Some(2_147_483_648));
        assert_eq!(parse_ymd("2200-12-31"), Some(7_289_568_000));
        // A day the month does not have is refused rather than rolled into the next month.
        assert_eq!(parse_ymd("2023-02-29"), None);
        assert_eq!(parse_ymd("2024-04-31"), None);
        assert_eq!(parse_ymd("1969-12-31"), None);
        assert_eq!(parse_ymd("2201-01-01"), None);
        assert_eq!(parse_ymd("-001-01-01"), None);
        assert_eq!(parse_day_month_year("29 Feb 2024"), parse_ymd("2024-02-29"));
        assert_eq!(parse_day_month_year("30 Feb 2024"), None);
        // Absurd years are an answer of "unparsable", never an overflow.
        assert_eq!(parse_day_month_year("1 Jan 99999999999999999"), None);
        assert_eq!(parse_day_month_year("1 Jan -9223372036854775808"), None);
        assert_eq!(parse_day_month_year("99999999999 Jan 2024"), None);
    }
}
