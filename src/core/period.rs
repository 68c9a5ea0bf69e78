//! Reporting periods: the day, ISO week, month, quarter, half-year or year a dataset's
//! update covers, named as the outbox and the history name them (`2026-11-23`, `2026-W47`,
//! `2026-10`, `2026-Q3`, `2026-H1`, `2025`). Beside the dates, below the calendar and the
//! outbox, which both name periods.

pub mod labels;

use crate::core::date::{Date, days_in_month};
use crate::core::schema::Periodicity;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Day(Date),
    /// An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday).
    Week {
        year: i32,
        week: u32,
    },
    Month {
        year: i32,
        month: u32,
    },
    Quarter {
        year: i32,
        quarter: u32,
    },
    Half {
        year: i32,
        half: u32,
    },
    Year(i32),
}

impl Period {
    /// The period of this periodicity that holds `date`; none for irregular and one-off data.
    pub fn containing(periodicity: Periodicity, date: Date) -> Option<Self> {
        let (year, month) = (date.year, date.month);
        Some(match periodicity {
            Periodicity::Daily => Self::Day(date),
            Periodicity::Weekly => {
                // The week's Thursday decides its year.
                let thursday = date.add_days(3 - date.weekday().index() as i64);
                let jan1 = Date {
                    year: thursday.year,
                    month: 1,
                    day: 1,
                };
                let week = ((thursday.days() - jan1.days()) / 7 + 1) as u32;
                Self::Week {
                    year: thursday.year,
                    week,
                }
            }
            Periodicity::Monthly => Self::Month { year, month },
            Periodicity::Quarterly => Self::Quarter {
                year,
                quarter: (month - 1) / 3 + 1,
            },
            Periodicity::Semiannual => Self::Half {
                year,
                half: (month - 1) / 6 + 1,
            },
            Periodicity::Annual => Self::Year(year),
            Periodicity::Irregular | Periodicity::OneOff => return None,
        })
    }

    /// The last period of this periodicity that has ended by `today` (the one a publish made
    /// today most likely covers).
    pub fn last_ended(periodicity: Periodicity, today: Date) -> Option<Self> {
        Self::containing(periodicity, today).map(Self::prev)
    }

    pub fn periodicity(self) -> Periodicity {
        match self {
            Self::Day(_) => Periodicity::Daily,
            Self::Week { .. } => Periodicity::Weekly,
            Self::Month { .. } => Periodicity::Monthly,
            Self::Quarter { .. } => Periodicity::Quarterly,
            Self::Half { .. } => Periodicity::Semiannual,
            Self::Year(_) => Periodicity::Annual,
        }
    }

    /// The period's first day.
    pub fn first(self) -> Date {
        let start = |year, month| Date {
            year,
            month,
            day: 1,
        };
        match self {
            Self::Day(d) => d,
            Self::Week { year, week } => {
                let jan4 = Date {
                    year,
                    month: 1,
                    day: 4,
                };
                let monday1 = jan4.add_days(-(jan4.weekday().index() as i64));
                monday1.add_days(7 * (i64::from(week) - 1))
            }
            Self::Month { year, month } => start(year, month),
            Self::Quarter { year, quarter } => start(year, 3 * quarter - 2),
            Self::Half { year, half } => start(year, 6 * half - 5),
            Self::Year(year) => start(year, 1),
        }
    }

    /// The period's last day.
    pub fn last(self) -> Date {
        let end = |year, month| Date {
            year,
            month,
            day: days_in_month(year, month),
        };
        match self {
            Self::Day(d) => d,
            Self::Week { .. } => self.first().add_days(6),
            Self::Month { year, month } => end(year, month),
            Self::Quarter { year, quarter } => end(year, 3 * quarter),
            Self::Half { year, half } => end(year, 6 * half),
            Self::Year(year) => end(year, 12),
        }
    }

    /// The period after this one.
    pub fn next(self) -> Self {
        Self::containing(self.periodicity(), self.last().add_days(1)).unwrap_or(self)
    }

    /// The period before this one.
    pub fn prev(self) -> Self {
        Self::containing(self.periodicity(), self.first().add_days(-1)).unwrap_or(self)
    }

    /// The period's name: `2026-11-23`, `2026-W47`, `2026-10`, `2026-Q3`, `2026-H1`, `2025`.
    pub fn label(self) -> String {
        match self {
            Self::Day(d) => d.iso(),
            Self::Week { year, week } => format!("{year:04}-W{week:02}"),
            Self::Month { year, month } => format!("{year:04}-{month:02}"),
            Self::Quarter { year, quarter } => format!("{year:04}-Q{quarter}"),
            Self::Half { year, half } => format!("{year:04}-H{half}"),
            Self::Year(year) => format!("{year:04}"),
        }
    }

    /// Reads a period's name (as [`Period::label`] writes it); anything else gives `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim();
        if let Some(d) = Date::parse(t).filter(|_| t.len() == 10) {
            return Some(Self::Day(d));
        }
        let year: i32 = t
            .get(..4)?
            .parse()
            .ok()
            .filter(|_| t.as_bytes()[0] != b'+')?;
        let rest = &t[4..];
        if rest.is_empty() {
            return Some(Self::Year(year));
        }
        let rest = rest.strip_prefix('-')?;
        let number = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let period = if let Some(w) = rest.strip_prefix('W') {
            let week = number(w)?;
            let p = Self::Week { year, week };
            // Week 53 exists only in some years.
            (week >= 1 && Self::containing(Periodicity::Weekly, p.first()) == Some(p))
                .then_some(p)?
        } else if let Some(q) = rest.strip_prefix('Q') {
            let quarter = number(q).filter(|q| (1..=4).contains(q))?;
            Self::Quarter { year, quarter }
        } else if let Some(h) = rest.strip_prefix('H') {
            let half = number(h).filter(|h| (1..=2).contains(h))?;
            Self::Half { year, half }
        } else {
            let month = number(rest).filter(|m| (1..=12).contains(m) && rest.len() == 2)?;
            Self::Month { year, month }
        };
        Some(period)
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Period {
    /// Periods are ordered by their start, then by their end (a month before its quarter).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first(), self.last()).cmp(&(other.first(), other.last()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap_or_else(|| panic!("{y}-{m}-{day}"))
    }

    #[test]
    fn periods_hold_their_dates_and_follow_each_other() {
        let p =
            Period::containing(Periodicity::Monthly, d(2024, 2, 10)).unwrap_or_else(|| panic!());
        assert_eq!((p.first(), p.last()), (d(2024, 2, 1), d(2024, 2, 29)));
        assert_eq!(p.next().label(), "2024-03");
        assert_eq!(p.prev().prev().label(), "2023-12");
        let q =
            Period::containing(Periodicity::Quarterly, d(2026, 11, 24)).unwrap_or_else(|| panic!());
        assert_eq!(
            (q.label(), q.first(), q.last()),
            ("2026-Q4".into(), d(2026, 10, 1), d(2026, 12, 31))
        );
        assert_eq!(q.next().label(), "2027-Q1");
        let h =
            Period::containing(Periodicity::Semiannual, d(2026, 6, 30)).unwrap_or_else(|| panic!());
        assert_eq!((h.label(), h.last()), ("2026-H1".into(), d(2026, 6, 30)));
        assert_eq!(h.prev().label(), "2025-H2");
        assert_eq!(
            Period::containing(Periodicity::Irregular, d(2026, 1, 1)),
            None
        );
    }

    #[test]
    fn iso_weeks_cross_year_ends() {
        let week = |date| Period::containing(Periodicity::Weekly, date).map(Period::label);
        // 2026-01-01 is a Thursday: week 1 of 2026 starts on Monday 2025-12-29.
        assert_eq!(week(d(2025, 12, 29)).as_deref(), Some("2026-W01"));
        assert_eq!(week(d(2026, 11, 24)).as_deref(), Some("2026-W48"));
        // 2021-01-03 (a Sunday) still belongs to 2020's week 53.
        assert_eq!(week(d(2021, 1, 3)).as_deref(), Some("2020-W53"));
        let w53 = Period::parse("2020-W53").unwrap_or_else(|| panic!());
        assert_eq!((w53.first(), w53.last()), (d(2020, 12, 28), d(2021, 1, 3)));
        assert_eq!(w53.next().label(), "2021-W01");
        assert_eq!(Period::parse("2025-W53"), None, "2025 has 52 weeks");
        assert!(
            Period::parse("2026-W53").is_some(),
            "2026 starts on a Thursday: 53 weeks"
        );
    }

    #[test]
    fn labels_read_back() {
        for label in [
            "2026-11-23",
            "2026-W47",
            "2026-10",
            "2026-Q3",
            "2026-H1",
            "2025",
        ] {
            let p = Period::parse(label).unwrap_or_else(|| panic!("{label}"));
            assert_eq!(p.label(), label);
        }
        for bad in [
            "", "2026-13", "2026-Q5", "2026-H3", "2026-1", "26-01", "2026-W00", "soon",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        let month = Period::parse("2026-01").unwrap_or_else(|| panic!());
        let quarter = Period::parse("2026-Q1").unwrap_or_else(|| panic!());
        assert!(month < quarter && quarter < Period::parse("2026-02").unwrap_or_else(|| panic!()));
    }
}
