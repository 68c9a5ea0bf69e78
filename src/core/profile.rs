//! The column profile shown beside the table: for each column its inferred kind, how many
//! cells are empty, how many distinct values there are, the smallest and largest value of
//! number and date columns, and the most frequent values. One pass over the rows.

use std::collections::HashMap;

use serde::Serialize;

use crate::core::infer::{KindTally, ValueKind, parse_date, parse_number};
use crate::core::progress::Progress;
use crate::core::table::Table;

/// Distinct values counted exactly up to this many per column; beyond it the count is a floor.
pub const DISTINCT_CAP: usize = 100_000;
/// How many most frequent values a profile keeps.
pub const TOP_VALUES: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnProfile {
    pub kind: ValueKind,
    pub empty: u64,
    pub filled: u64,
    pub distinct: u64,
    /// True when there are more distinct values than [`DISTINCT_CAP`].
    pub distinct_capped: bool,
    pub min: Option<String>,
    pub max: Option<String>,
    /// Most frequent values with their counts, most frequent first.
    pub top: Vec<(String, u64)>,
}

struct ColumnState<'a> {
    tally: KindTally,
    counts: HashMap<&'a str, u64>,
    capped: bool,
    min_num: Option<(f64, &'a str)>,
    max_num: Option<(f64, &'a str)>,
    min_date: Option<((i32, u32, u32), &'a str)>,
    max_date: Option<((i32, u32, u32), &'a str)>,
}

impl<'a> ColumnState<'a> {
    fn new() -> Self {
        Self {
            tally: KindTally::default(),
            counts: HashMap::new(),
            capped: false,
            min_num: None,
            max_num: None,
            min_date: None,
            max_date: None,
        }
    }

    fn add(&mut self, raw: &'a str) {
        self.tally.add(raw);
        let value = raw.trim();
        if value.is_empty() {
            return;
        }
        if let Some(n) = self.counts.get_mut(value) {
            *n += 1;
        } else if self.counts.len() < DISTINCT_CAP {
            self.counts.insert(value, 1);
        } else {
            self.capped = true;
        }
        if let Some(x) = parse_number(value) {
            if self.min_num.is_none_or(|(m, _)| x < m) {
                self.min_num = Some((x, value));
            }
            if self.max_num.is_none_or(|(m, _)| x > m) {
                self.max_num = Some((x, value));
            }
        } else if let Some(d) = parse_date(value) {
            if self.min_date.is_none_or(|(m, _)| d < m) {
                self.min_date = Some((d, value));
            }
            if self.max_date.is_none_or(|(m, _)| d > m) {
                self.max_date = Some((d, value));
            }
        }
    }

    fn finish(self) -> ColumnProfile {
        let kind = self.tally.kind();
        let (min, max) = match kind {
            ValueKind::Integer | ValueKind::Number => (
                self.min_num.map(|(_, s)| s.to_owned()),
                self.max_num.map(|(_, s)| s.to_owned()),
            ),
            ValueKind::Date => (
                self.min_date.map(|(_, s)| s.to_owned()),
                self.max_date.map(|(_, s)| s.to_owned()),
            ),
            _ => (None, None),
        };
        let mut top: Vec<(&str, u64)> = self.counts.iter().map(|(k, v)| (*k, *v)).collect();
        top.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        ColumnProfile {
            kind,
            empty: self.tally.empty,
            filled: self.tally.filled(),
            distinct: self.counts.len() as u64,
            distinct_capped: self.capped,
            min,
            max,
            top: top
                .into_iter()
                .take(TOP_VALUES)
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        }
    }
}

/// Profiles every column of `table`; `None` when cancelled. Cells missing from short rows
/// count as empty.
pub fn profile_table(table: &Table, progress: &dyn Progress) -> Option<Vec<ColumnProfile>> {
    let width = table.width();
    let mut states: Vec<ColumnState<'_>> = (0..width).map(|_| ColumnState::new()).collect();
    let total = table.rows() as u64;
    for (i, row) in table.iter_rows().enumerate() {
        for (col, state) in states.iter_mut().enumerate() {
            state.add(row.get(col).unwrap_or(""));
        }
        if i % 8192 == 0 {
            if progress.cancelled() {
                return None;
            }
            progress.set(i as u64, total);
        }
    }
    progress.set(total, total);
    Some(states.into_iter().map(ColumnState::finish).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::progress::NoProgress;

    #[test]
    fn profiles_numbers_dates_codes_and_text() {
        let t = Table::from_rows(
            &["kod", "soni", "sana", "nomi"],
            &[
                vec!["1703202", "1 250,5", "05.01.2026", "Asaka"],
                vec!["1703203", "980", "12.01.2025", "Asaka"],
                vec!["1703206", "", "02.02.2026", " Boʻz "],
                vec!["1703209", "-4"],
            ],
        );
        let p = profile_table(&t, &NoProgress).unwrap_or_default();
        assert_eq!(p.len(), 4);
        assert_eq!(p[0].kind, ValueKind::Code);
        assert_eq!(p[0].distinct, 4);
        assert_eq!(p[1].kind, ValueKind::Number);
        assert_eq!(p[1].empty, 1);
        assert_eq!(p[1].min.as_deref(), Some("-4"));
        assert_eq!(p[1].max.as_deref(), Some("1 250,5"));
        assert_eq!(p[2].kind, ValueKind::Date);
        assert_eq!(p[2].min.as_deref(), Some("12.01.2025"));
        assert_eq!(p[2].max.as_deref(), Some("02.02.2026"));
        assert_eq!(p[2].empty, 1);
        assert_eq!(p[3].kind, ValueKind::Text);
        assert_eq!(p[3].top[0], ("Asaka".to_owned(), 2));
        assert_eq!(p[3].distinct, 2);
    }

    #[test]
    fn cancel_stops_profiling() {
        let t = Table::from_rows(&["a"], &[vec!["1"]]);
        let tracker = crate::core::progress::Tracker::default();
        tracker.cancel();
        assert!(profile_table(&t, &tracker).is_none());
    }
}
