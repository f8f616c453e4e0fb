//! Just enough calendar arithmetic for "how many days ago": no time-zone database, and every
//! source is read as UTC (a few hours do not change a 7- or 30-day judgement).

pub const DAY: i64 = 86_400;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn ymd(y: &str, m: &str, d: &str) -> Option<i64> {
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1970..=2200).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d) * DAY)
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
    Some(days_from_civil(y, m, d) * DAY)
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
        assert_eq!(days_from_civil(1970, 1, 1), 0);
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
}
