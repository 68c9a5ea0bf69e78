//! Working days in Uzbekistan: Monday to Friday, less the public holidays. The fixed holidays
//! ship here; the movable ones (Ramazon hayiti and Qurbon hayiti, set each year) and the
//! one-off transfers of days off are entered per year in the workspace's holiday list, or
//! imported from a table.

use serde::{Deserialize, Serialize};

use crate::core::date::Date;
use crate::core::table::Table;

/// The public holidays on the same date every year (Labour Code of the Republic of
/// Uzbekistan), by month, day and an id the front ends name in the user's language.
pub const FIXED_HOLIDAYS: [(u32, u32, &str); 7] = [
    (1, 1, "new-year"),
    (3, 8, "womens-day"),
    (3, 21, "navruz"),
    (5, 9, "remembrance-day"),
    (9, 1, "independence-day"),
    (10, 1, "teachers-day"),
    (12, 8, "constitution-day"),
];

/// What a listed day is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayKind {
    /// A public holiday set for this year (the Hayit days).
    #[default]
    Holiday,
    /// A working day made a day off by a transfer.
    DayOff,
    /// A Saturday or Sunday made a working day by a transfer.
    WorkingDay,
}

impl DayKind {
    pub const ALL: [DayKind; 3] = [Self::Holiday, Self::DayOff, Self::WorkingDay];

    pub fn code(self) -> &'static str {
        match self {
            Self::Holiday => "holiday",
            Self::DayOff => "day-off",
            Self::WorkingDay => "working-day",
        }
    }

    /// Reads a kind as a table may write it: the code, or the word in one of the four
    /// languages. Empty text is a holiday.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim().to_lowercase();
        let t = t.as_str();
        if t.is_empty() {
            return Some(Self::Holiday);
        }
        let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
        if has(&["working", "workday", "рабоч", "ish kuni", "иш куни"]) {
            Some(Self::WorkingDay)
        } else if has(&[
            "off",
            "transfer",
            "выходн",
            "перенос",
            "dam olish",
            "дам олиш",
        ]) {
            Some(Self::DayOff)
        } else if has(&[
            "holiday",
            "праздн",
            "bayram",
            "байрам",
            "hayit",
            "ҳайит",
            "хайит",
        ]) {
            Some(Self::Holiday)
        } else {
            None
        }
    }
}

/// A day in the workspace's holiday list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedDay {
    pub date: Date,
    #[serde(default)]
    pub kind: DayKind,
    /// As the user wrote it ("Ramazon hayiti").
    #[serde(default)]
    pub name: String,
}

/// Why a day is not a working day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayOff {
    Weekend,
    /// A fixed holiday, by its id in [`FIXED_HOLIDAYS`].
    Fixed(&'static str),
    /// A day from the holiday list.
    Listed {
        kind: DayKind,
        name: String,
    },
}

/// The working-day calendar: weekends, the fixed holidays, and the listed days.
#[derive(Debug, Clone, Copy)]
pub struct WorkingDays<'a> {
    pub listed: &'a [ListedDay],
}

impl<'a> WorkingDays<'a> {
    pub fn new(listed: &'a [ListedDay]) -> Self {
        Self { listed }
    }

    /// Why `date` is not a working day, or `None` when it is one.
    pub fn day_off(&self, date: Date) -> Option<DayOff> {
        let listed = self.listed.iter().find(|l| l.date == date);
        if let Some(l) = listed {
            return match l.kind {
                DayKind::WorkingDay => None,
                kind => Some(DayOff::Listed {
                    kind,
                    name: l.name.clone(),
                }),
            };
        }
        if let Some((_, _, id)) = FIXED_HOLIDAYS
            .iter()
            .find(|(m, d, _)| *m == date.month && *d == date.day)
        {
            return Some(DayOff::Fixed(id));
        }
        date.weekday().is_weekend().then_some(DayOff::Weekend)
    }

    /// The first working day on or after `date`, and each day passed over with why.
    pub fn next_working_day(&self, date: Date) -> (Date, Vec<(Date, DayOff)>) {
        let mut day = date;
        let mut passed = Vec::new();
        // A year of days off in a row cannot happen; the bound keeps a damaged list finite.
        for _ in 0..366 {
            match self.day_off(day) {
                Some(why) => passed.push((day, why)),
                None => break,
            }
            day = day.add_days(1);
        }
        (day, passed)
    }
}

/// A row of a holiday table that could not be read, by its row number (1 = first data row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolidayRowProblem {
    BadDate { row: usize, text: String },
    BadKind { row: usize, text: String },
}

/// Reads a holiday list from a table: a column of dates (`2026-03-20` or `20.03.2026`),
/// and optionally a name and a kind (holiday, day off, working day; in any of the four
/// languages). Columns are found by their heading; without a recognised heading the first
/// column holding dates is taken. Rows with no date at all are skipped.
pub fn read_holiday_table(table: &Table) -> Result<Vec<ListedDay>, Vec<HolidayRowProblem>> {
    let header: Vec<String> = table.header().iter().map(|h| h.to_lowercase()).collect();
    let find = |words: &[&str]| {
        header
            .iter()
            .position(|h| words.iter().any(|w| h.contains(w)))
    };
    let date_col = find(&["date", "дата", "sana", "сана", "kun", "кун"]).or_else(|| {
        (0..table.width()).find(|&c| {
            (0..table.rows().min(20)).any(|r| table.cell(r, c).and_then(Date::parse).is_some())
        })
    });
    let Some(date_col) = date_col else {
        return Err(vec![HolidayRowProblem::BadDate {
            row: 1,
            text: table.header().join(", "),
        }]);
    };
    let kind_col = find(&["kind", "type", "тип", "вид", "turi", "тури"]);
    let name_col = find(&[
        "name",
        "назв",
        "наим",
        "nomi",
        "номи",
        "holiday",
        "праздник",
        "bayram",
    ])
    .filter(|&c| c != date_col && Some(c) != kind_col)
    .or_else(|| (0..table.width()).find(|&c| c != date_col && Some(c) != kind_col));
    let mut days = Vec::new();
    let mut problems = Vec::new();
    for r in 0..table.rows() {
        let cell = |c: Option<usize>| c.and_then(|c| table.cell(r, c)).unwrap_or("").trim();
        let text = cell(Some(date_col));
        if text.is_empty() {
            continue;
        }
        let Some(date) = Date::parse(text) else {
            problems.push(HolidayRowProblem::BadDate {
                row: r + 1,
                text: text.to_owned(),
            });
            continue;
        };
        let Some(kind) = DayKind::parse(cell(kind_col)) else {
            problems.push(HolidayRowProblem::BadKind {
                row: r + 1,
                text: cell(kind_col).to_owned(),
            });
            continue;
        };
        days.push(ListedDay {
            date,
            kind,
            name: cell(name_col).to_owned(),
        });
    }
    if problems.is_empty() {
        Ok(days)
    } else {
        Err(problems)
    }
}

/// Adds `new` days to `list`: a day already listed takes the new kind and name. Keeps the
/// list in date order; returns how many days were added and how many changed.
pub fn merge_days(list: &mut Vec<ListedDay>, new: Vec<ListedDay>) -> (usize, usize) {
    let (mut added, mut changed) = (0, 0);
    for day in new {
        match list.iter_mut().find(|l| l.date == day.date) {
            Some(old) if *old != day => {
                *old = day;
                changed += 1;
            }
            Some(_) => {}
            None => {
                list.push(day);
                added += 1;
            }
        }
    }
    list.sort_by_key(|l| l.date);
    (added, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap_or_else(|| panic!("{y}-{m}-{day}"))
    }

    #[test]
    fn weekends_fixed_and_listed_days_are_days_off() {
        let listed = vec![
            ListedDay {
                date: d(2026, 3, 20),
                kind: DayKind::Holiday,
                name: "Ramazon hayiti".into(),
            },
            ListedDay {
                date: d(2026, 1, 2),
                kind: DayKind::DayOff,
                name: "transfer".into(),
            },
            ListedDay {
                date: d(2026, 1, 10),
                kind: DayKind::WorkingDay,
                name: String::new(),
            },
        ];
        let days = WorkingDays::new(&listed);
        assert_eq!(days.day_off(d(2026, 11, 24)), None);
        assert_eq!(days.day_off(d(2026, 11, 28)), Some(DayOff::Weekend));
        assert_eq!(
            days.day_off(d(2026, 12, 8)),
            Some(DayOff::Fixed("constitution-day"))
        );
        assert!(matches!(
            days.day_off(d(2026, 1, 2)),
            Some(DayOff::Listed {
                kind: DayKind::DayOff,
                ..
            })
        ));
        assert_eq!(
            days.day_off(d(2026, 1, 10)),
            None,
            "a Saturday made a working day"
        );
        // Ramazon hayiti (Friday 20 March), the weekend, then Navro'z on Saturday 21 March:
        // the first working day is Monday 23 March.
        let (day, passed) = days.next_working_day(d(2026, 3, 20));
        assert_eq!(day, d(2026, 3, 23));
        assert_eq!(passed.len(), 3);
        assert_eq!(passed[1], (d(2026, 3, 21), DayOff::Fixed("navruz")));
    }

    #[test]
    fn holiday_tables_are_read_in_any_language() {
        let table = Table::from_rows(
            &["Sana", "Nomi", "Turi"],
            &[
                vec!["20.03.2026", "Ramazon hayiti", "bayram"],
                vec!["2026-05-27", "Qurbon hayiti", ""],
                vec!["2026-01-10", "", "ish kuni"],
                vec!["", "", ""],
            ],
        );
        let days = read_holiday_table(&table).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(days.len(), 3);
        assert_eq!(days[0].name, "Ramazon hayiti");
        assert_eq!(days[2].kind, DayKind::WorkingDay);
        let bad = Table::from_rows(&["Дата", "Название"], &[vec!["31.02.2026", "?"]]);
        assert_eq!(
            read_holiday_table(&bad),
            Err(vec![HolidayRowProblem::BadDate {
                row: 1,
                text: "31.02.2026".into()
            }])
        );
        let mut list = days;
        let (added, changed) = merge_days(
            &mut list,
            vec![ListedDay {
                date: d(2026, 5, 27),
                kind: DayKind::Holiday,
                name: "Qurbon hayiti (1)".into(),
            }],
        );
        assert_eq!((added, changed, list.len()), (0, 1, 3));
    }
}
