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

    /// The date, when `year`, `month` and `day` name a real one.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Self { year, month, day })
    }

    /// Reads a date at the start of `text`: `2026-11-24` (ISO, also with a time after it,
    /// as portals write `2026-11-24T09:30:00`) or `24.11.2026` (as Uzbek and Russian
    /// documents write it). Other text, or an impossible date, gives `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim();
        let head = t.get(..10)?;
        let rest = &t[10..];
        if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
            return None;
        }
        let b = head.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = head.get(r)?;
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())?
        };
        let (y, m, d) = if b[4] == b'-' && b[7] == b'-' {
            (num(0..4)?, num(5..7)?, num(8..10)?)
        } else if b[2] == b'.' && b[5] == b'.' {
            (num(6..10)?, num(3..5)?, num(0..2)?)
        } else {
            return None;
        };
        Self::new(y as i32, m, d)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days() + 3).rem_euclid(7) as usize]
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Self {
        Self::from_days(self.days() + n)
    }

    /// The first day of the month `months` after this date's month (before, when negative).
    pub fn month_start(self, months: i32) -> Self {
        let index = self.year * 12 + self.month as i32 - 1 + months;
        Self {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
            day: 1,
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Self::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {text}")))
    }
}

/// The days of the week, Monday first (as in Uzbekistan and ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Self::Monday,
        Self::Tuesday,
        Self::Wednesday,
        Self::Thursday,
        Self::Friday,
        Self::Saturday,
        Self::Sunday,
    ];

    /// 0 for Monday to 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn is_weekend(self) -> bool {
        matches!(self, Self::Saturday | Self::Sunday)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
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
    fn dates_are_read_checked_and_counted() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap_or_else(|| panic!("{y}-{m}-{dd}"));
        assert_eq!(Date::parse("2026-11-24"), Some(d(2026, 11, 24)));
        assert_eq!(Date::parse(" 2026-11-24T09:30:00 "), Some(d(2026, 11, 24)));
        assert_eq!(Date::parse("24.11.2026"), Some(d(2026, 11, 24)));
        assert_eq!(Date::parse("29.02.2024"), Some(d(2024, 2, 29)));
        for bad in [
            "29.02.2025",
            "2026-13-01",
            "2026-04-31",
            "2026-11-2",
            "2026/11/24",
            "",
            "x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("2026-11-24x"), None);
        assert_eq!(d(2026, 11, 24).weekday(), Weekday::Tuesday);
        assert_eq!(d(1970, 1, 1).weekday(), Weekday::Thursday);
        assert_eq!(d(2000, 2, 29).weekday(), Weekday::Tuesday);
        assert_eq!(d(2024, 2, 28).add_days(2), d(2024, 3, 1));
        assert_eq!(d(2026, 11, 24).month_start(2), d(2027, 1, 1));
        assert_eq!(d(2026, 1, 31).month_start(-1), d(2025, 12, 1));
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        let json = serde_json::to_string(&d(2026, 3, 8)).unwrap_or_default();
        assert_eq!(json, "\"2026-03-08\"");
        assert_eq!(
            serde_json::from_str::<Date>(&json).ok(),
            Some(d(2026, 3, 8))
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
