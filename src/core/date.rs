//! Calendar dates and timestamps without a time-zone database: civil dates (proleptic
//! Gregorian) counted in days from 1970-01-01, and UTC timestamps written as RFC 3339.

use std::time::{SystemTime, UNIX_EPOCH};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The date `days` after 1970-01-01 (negative: before).
    pub fn from_days(days: i64) -> Self {
        // Howard Hinnant's days-to-civil algorithm, in eras of 400 years.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// Days from 1970-01-01 to this date.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Today in Tashkent (UTC+5 all year: Uzbekistan keeps no summer time).
    pub fn today() -> Self {
        Self::from_days((unix_now() + TASHKENT_OFFSET).div_euclid(86_400))
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Uzbekistan's offset from UTC, in seconds.
pub const TASHKENT_OFFSET: i64 = 5 * 3600;

/// Seconds since 1970-01-01 UTC.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A UTC timestamp as RFC 3339: `2026-11-24T09:05:00Z`.
pub fn rfc3339(secs: i64) -> String {
    let date = Date::from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date.iso(),
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// A UTC timestamp shown in Tashkent time: `2026-11-24 14:05`.
pub fn local_minutes(secs: i64) -> String {
    let local = secs + TASHKENT_OFFSET;
    let date = Date::from_days(local.div_euclid(86_400));
    let s = local.rem_euclid(86_400);
    format!("{} {:02}:{:02}", date.iso(), s / 3600, s / 60 % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_round_trip_over_four_centuries() {
        for days in (-146_097..146_097 * 2).step_by(7) {
            assert_eq!(Date::from_days(days).days(), days);
        }
        assert_eq!(Date::from_days(0).iso(), "1970-01-01");
        assert_eq!(
            Date {
                year: 2024,
                month: 2,
                day: 29
            }
            .days()
                + 1,
            Date {
                year: 2024,
                month: 3,
                day: 1
            }
            .days()
        );
    }

    #[test]
    fn timestamps_are_written_in_utc_and_shown_in_tashkent_time() {
        // 2026-11-24 09:05:07 UTC
        let t = Date {
            year: 2026,
            month: 11,
            day: 24,
        }
        .days()
            * 86_400
            + 9 * 3600
            + 5 * 60
            + 7;
        assert_eq!(rfc3339(t), "2026-11-24T09:05:07Z");
        assert_eq!(local_minutes(t), "2026-11-24 14:05");
        assert_eq!(local_minutes(t + 10 * 3600), "2026-11-25 00:05");
    }
}
