//! Honest staleness: each dataset declares the day by which it must be checked again; past it,
//! everything that depends on the dataset says how many days it is overdue.

use serde::Serialize;

use crate::set::ContentSet;

/// One dataset of the content in use at a clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatasetStatus {
    pub id: String,
    pub review_by: String,
    /// Days past `review_by` (`None` while it is not yet due).
    pub days_overdue: Option<i64>,
}

/// `YYYY-MM-DD` at 00:00 UTC.
pub fn review_by_unix(date: &str) -> Option<i64> {
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    coverready_time::unix_from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// Every dataset of `set` at `now` (Unix seconds): a dataset is overdue from the day after its
/// review-by date.
pub fn datasets_at(set: &ContentSet, now: i64) -> Vec<DatasetStatus> {
    set.manifest
        .datasets
        .iter()
        .map(|d| {
            let days_overdue = review_by_unix(&d.review_by)
                .map(|due| (now - due).div_euclid(86_400))
                .filter(|days| *days >= 1);
            DatasetStatus {
                id: d.id.clone(),
                review_by: d.review_by.clone(),
                days_overdue,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::review_by_unix;

    #[test]
    fn review_dates_are_plain_days() {
        assert_eq!(review_by_unix("2027-03-01"), Some(1_803_859_200));
        for bad in [
            "2027-3-01",
            "2027-02-30",
            "27-03-01",
            "2027-03-01T00:00:00Z",
            "",
        ] {
            assert_eq!(review_by_unix(bad), None, "{bad}");
        }
    }
}
