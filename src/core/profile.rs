//! The column profile shown beside the table: for each column its inferred kind, how many
//! cells are empty, how many distinct values there are, the smallest and largest value of
//! number and date columns, and the most frequent values.
//!
//! Each column's cells are grouped by their trimmed text, and the kind, the range and the
//! most frequent values are read from the distinct values with their counts, so each distinct
//! value is classified once however often it stands. Groups of neighbouring columns are
//! profiled in parallel on polars' thread pool, each reading the table a block of rows at a
//! time. (Grouping each column with polars itself, through a string column of
//! the frame, was measured at 1.8 times the time and 2.5 times the memory of grouping the
//! table's cells in place: `benches/profile.rs`, README "Measure".)

use std::collections::hash_map::Entry;
use std::sync::atomic::{AtomicU64, Ordering};

use polars_core::runtime::THREAD_POOL;
use polars_core::utils::rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::core::infer::{KindTally, ValueKind, Ymd, parse_date, parse_number, trim};
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
    /// Most frequent values with their counts, most frequent first; among equally frequent
    /// values, in text order. Only the first [`DISTINCT_CAP`] distinct values to appear are
    /// candidates.
    pub top: Vec<(String, u64)>,
}

/// Rows read for each column of a group before the group's next rows are read: a block's
/// cells stay in the processor's cache while each of the group's columns is taken from it.
const BLOCK_ROWS: usize = 4096;

/// Profiles every column of `table`; `None` when cancelled. Cells missing from short rows
/// count as empty.
///
/// Columns are profiled in groups of a few neighbours, the groups in parallel on polars'
/// thread pool, each group reading the table a block of rows at a time: the table's text is
/// read from memory once per group rather than once per column (waiting for that memory was a
/// third of the profile's time), and no group waits for another, so a processor busy with
/// other work slows the profile by its share only. There are at least three groups per
/// thread, so the groups of costly columns (identifiers, names) are spread over the threads.
pub fn profile_table(table: &Table, progress: &dyn Progress) -> Option<Vec<ColumnProfile>> {
    let width = table.width();
    let threads = THREAD_POOL.current_num_threads().max(1);
    let per_group = width.div_ceil(threads * 3).max(1);
    let columns: Vec<usize> = (0..width).collect();
    let total = (table.rows() * width) as u64;
    let done = AtomicU64::new(0);
    progress.set(0, total);
    let groups: Vec<Option<Vec<ColumnProfile>>> = THREAD_POOL.install(|| {
        columns
            .par_chunks(per_group)
            .map(|group| {
                let mut states: Vec<ColumnState<'_>> =
                    group.iter().map(|&c| ColumnState::new(c)).collect();
                for chunk in table.chunks() {
                    if progress.cancelled() {
                        return None;
                    }
                    for start in (0..chunk.rows()).step_by(BLOCK_ROWS) {
                        let block = start..chunk.rows().min(start + BLOCK_ROWS);
                        for state in &mut states {
                            state.add_all(chunk.column_of(state.col, block.clone()));
                        }
                    }
                    let n = (chunk.rows() * group.len()) as u64;
                    progress.set(done.fetch_add(n, Ordering::Relaxed) + n, total);
                }
                Some(states.into_iter().map(ColumnState::finish).collect())
            })
            .collect()
    });
    if progress.cancelled() {
        return None;
    }
    let groups: Option<Vec<Vec<ColumnProfile>>> = groups.into_iter().collect();
    Some(groups?.into_iter().flatten().collect())
}

/// One distinct value: its text and how many cells hold it.
struct Distinct<'a> {
    value: &'a str,
    count: u64,
}

/// What the profile of one column has gathered so far: its cells grouped by their trimmed
/// text, each distinct value to be classified once, weighted by its count. Past
/// [`DISTINCT_CAP`] distinct values, a value not yet seen is no longer grouped: it is
/// classified and ranged where it stands, so a column of a million identifiers holds a map of
/// the first values only.
struct ColumnState<'a> {
    col: usize,
    index: FxHashMap<Text<'a>, usize>,
    distinct: Vec<Distinct<'a>>,
    empty: u64,
    tail: Tail<'a>,
    /// The distinct value the last grouped cell held.
    last: Option<usize>,
}

impl<'a> ColumnState<'a> {
    fn new(col: usize) -> Self {
        ColumnState {
            col,
            index: FxHashMap::default(),
            distinct: Vec::new(),
            empty: 0,
            tail: Tail::default(),
            last: None,
        }
    }

    /// Takes in the column's next cells, in row order.
    fn add_all(&mut self, cells: impl Iterator<Item = Option<&'a str>>) {
        for cell in cells {
            let value = trim(cell.unwrap_or(""));
            if value.is_empty() {
                self.empty += 1;
                continue;
            }
            let key = Text(value);
            // A value often repeats the one above it (a region over its districts' rows, a
            // year over its months): counted without looking it up.
            if let Some(at) = self.last
                && Text(self.distinct[at].value) == key
            {
                self.distinct[at].count += 1;
                continue;
            }
            if self.distinct.len() < DISTINCT_CAP {
                let at = match self.index.entry(key) {
                    Entry::Occupied(at) => *at.get(),
                    Entry::Vacant(at) => {
                        at.insert(self.distinct.len());
                        self.distinct.push(Distinct { value, count: 0 });
                        self.distinct.len() - 1
                    }
                };
                self.distinct[at].count += 1;
                self.last = Some(at);
            } else if let Some(&at) = self.index.get(&key) {
                self.distinct[at].count += 1;
                self.last = Some(at);
            } else {
                self.tail.add(value);
            }
        }
    }

    /// The column's profile: each distinct value classified once, weighted by its count.
    fn finish(self) -> ColumnProfile {
        let ColumnState {
            index,
            distinct,
            empty,
            tail,
            ..
        } = self;
        drop(index);
        let mut tally = tail.tally;
        tally.add_times("", empty);
        for d in &distinct {
            tally.add_times(d.value, d.count);
        }
        let kind = tally.kind();
        // Distinct values stand in the order they first appear, all before the tail's.
        let (min, max) = match kind {
            ValueKind::Integer | ValueKind::Number => {
                widen(range(&distinct, parse_number), tail.numbers)
            }
            ValueKind::Date => widen(range(&distinct, parse_date), tail.dates),
            _ => (None, None),
        };
        ColumnProfile {
            kind,
            empty: tally.empty,
            filled: tally.filled(),
            distinct: distinct.len() as u64,
            distinct_capped: tail.seen,
            min,
            max,
            top: top_values(&distinct)
                .into_iter()
                .map(|(v, n)| (v.to_owned(), n))
                .collect(),
        }
    }
}

/// A cell's text as a key of the distinct values. Equal keys are found by comparing their
/// bytes a word at a time in place: a column's cells are short, and most of the profile's time
/// is spent finding them.
#[derive(Clone, Copy)]
struct Text<'a>(&'a str);

impl std::hash::Hash for Text<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl PartialEq for Text<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let word = |w: &[u8]| <[u8; 8]>::try_from(w).map_or(0, u64::from_ne_bytes);
        let (words_a, words_b) = (a.chunks_exact(8), b.chunks_exact(8));
        let (rest_a, rest_b) = (words_a.remainder(), words_b.remainder());
        words_a.zip(words_b).all(|(x, y)| word(x) == word(y))
            && rest_a.iter().zip(rest_b).all(|(x, y)| x == y)
    }
}

impl Eq for Text<'_> {}

/// The smallest and largest value with the text it was written as, of equal values the
/// first to appear.
struct Extremes<'a, T> {
    min: (T, &'a str),
    max: (T, &'a str),
}

impl<'a, T: PartialOrd + Copy> Extremes<'a, T> {
    fn add(extremes: &mut Option<Self>, x: T, text: &'a str) {
        match extremes {
            None => {
                *extremes = Some(Extremes {
                    min: (x, text),
                    max: (x, text),
                })
            }
            Some(e) => {
                if x < e.min.0 {
                    e.min = (x, text);
                }
                if x > e.max.0 {
                    e.max = (x, text);
                }
            }
        }
    }
}

/// The values of a column past its first [`DISTINCT_CAP`] distinct ones, each taken where
/// it stands.
#[derive(Default)]
struct Tail<'a> {
    tally: KindTally,
    numbers: Option<Extremes<'a, f64>>,
    dates: Option<Extremes<'a, Ymd>>,
    /// Some value was past the cap.
    seen: bool,
}

impl<'a> Tail<'a> {
    fn add(&mut self, value: &'a str) {
        self.seen = true;
        match self.tally.add_times(value, 1) {
            ValueKind::Integer | ValueKind::Number => {
                if let Some(x) = parse_number(value) {
                    Extremes::add(&mut self.numbers, x, value);
                }
            }
            ValueKind::Date => {
                if let Some(d) = parse_date(value) {
                    Extremes::add(&mut self.dates, d, value);
                }
            }
            _ => {}
        }
    }
}

/// The texts of the smallest and largest value of the distinct values widened by the
/// tail's, whose values all came later.
fn widen<'a, T: PartialOrd + Copy>(
    first: Option<Extremes<'a, T>>,
    tail: Option<Extremes<'a, T>>,
) -> (Option<String>, Option<String>) {
    let extremes = match (first, tail) {
        (Some(mut f), Some(t)) => {
            if t.min.0 < f.min.0 {
                f.min = t.min;
            }
            if t.max.0 > f.max.0 {
                f.max = t.max;
            }
            Some(f)
        }
        (f, t) => f.or(t),
    };
    match extremes {
        Some(e) => (Some(e.min.1.to_owned()), Some(e.max.1.to_owned())),
        None => (None, None),
    }
}

/// The smallest and largest value as `parse` reads them, with their texts; of equal values,
/// the first to appear (`distinct` is in the order values first appear).
fn range<'a, T: PartialOrd + Copy>(
    distinct: &[Distinct<'a>],
    parse: impl Fn(&str) -> Option<T>,
) -> Option<Extremes<'a, T>> {
    let mut extremes: Option<Extremes<'a, T>> = None;
    for d in distinct {
        if let Some(x) = parse(d.value) {
            Extremes::add(&mut extremes, x, d.value);
        }
    }
    extremes
}

/// The [`TOP_VALUES`] most frequent values, most frequent first, ties in text order.
fn top_values<'a>(distinct: &[Distinct<'a>]) -> Vec<(&'a str, u64)> {
    let better = |a: (&str, u64), b: (&str, u64)| a.1 > b.1 || (a.1 == b.1 && a.0 < b.0);
    let mut top: Vec<(&str, u64)> = Vec::with_capacity(TOP_VALUES + 1);
    for d in distinct {
        let candidate = (d.value, d.count);
        if top.len() == TOP_VALUES && !top.last().is_some_and(|&w| better(candidate, w)) {
            continue;
        }
        let at = top
            .iter()
            .position(|&t| better(candidate, t))
            .unwrap_or(top.len());
        top.insert(at, candidate);
        top.truncate(TOP_VALUES);
    }
    top
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

    /// The profile as it was computed before polars: one pass over the rows, a map of the
    /// values seen, each cell classified and parsed where it stands. Kept to check that the
    /// polars profile gives the same answers.
    mod one_pass {
        use std::collections::HashMap;

        use super::*;

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
                let owned = |v: Option<(f64, &str)>| v.map(|(_, s)| s.to_owned());
                let owned_date = |v: Option<((i32, u32, u32), &str)>| v.map(|(_, s)| s.to_owned());
                let (min, max) = match kind {
                    ValueKind::Integer | ValueKind::Number => {
                        (owned(self.min_num), owned(self.max_num))
                    }
                    ValueKind::Date => (owned_date(self.min_date), owned_date(self.max_date)),
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

        pub fn profile(table: &Table) -> Vec<ColumnProfile> {
            let mut states: Vec<ColumnState<'_>> = (0..table.width())
                .map(|_| ColumnState {
                    tally: KindTally::default(),
                    counts: HashMap::new(),
                    capped: false,
                    min_num: None,
                    max_num: None,
                    min_date: None,
                    max_date: None,
                })
                .collect();
            for row in table.iter_rows() {
                for (col, state) in states.iter_mut().enumerate() {
                    state.add(row.get(col).unwrap_or(""));
                }
            }
            states.into_iter().map(ColumnState::finish).collect()
        }
    }

    fn same_as_one_pass(header: &[&str], rows: &[Vec<&str>]) {
        let t = Table::from_rows(header, rows);
        let polars = profile_table(&t, &NoProgress).unwrap_or_default();
        assert_eq!(polars, one_pass::profile(&t));
    }

    #[test]
    fn gives_what_the_one_pass_profile_gave() {
        same_as_one_pass(
            &["kod", "summa", "sana", "nomi", "ulush", "holat", "soni"],
            &[
                vec![
                    "1703202",
                    "1 250,5",
                    "05.01.2026",
                    "Андижон",
                    "0,5",
                    "ha",
                    "1",
                ],
                vec![
                    "1703203",
                    "1250.5",
                    "2026-01-05",
                    "Андижон ",
                    "0,50",
                    "yoʻq",
                    "01",
                ],
                vec!["1703206", "", "12.01.2025", "Oʻzbekiston", "", "да", "1"],
                vec!["1703209", "-4", "31.02.2026", "", "n/a", "нет"],
                vec![" 1703202", "1\u{a0}250,5", "", "Тошкент", "1,0", "", "2"],
                vec!["", "x", "05.01.2026", "Андижон", "1", "ha", "  "],
                vec!["1703210"],
                vec![
                    "1703211",
                    "0",
                    "12/01/2025",
                    "Buxoro",
                    "0.5",
                    "ha",
                    "2",
                    "extra",
                ],
            ],
        );
        same_as_one_pass(&["a"], &[]);
        same_as_one_pass(&["a", "b"], &[vec![""], vec!["  ", ""], vec![]]);
        same_as_one_pass(
            &["years", "codes", "grouped"],
            &[
                vec!["2021", "1703", "1 000"],
                vec!["2022", "1735", "1703202"],
                vec!["2021", "1700", "1 000"],
            ],
        );
    }

    #[test]
    fn past_the_distinct_cap_the_first_values_seen_are_the_candidates() {
        let n = DISTINCT_CAP + 7;
        let ids: Vec<String> = (0..n).map(|i| format!("{}", n - i)).collect();
        let mut rows: Vec<Vec<&str>> = ids.iter().map(|s| vec![s.as_str(), "x"]).collect();
        // Seen only after the cap: counted twice, never a candidate.
        rows.push(vec!["late", "y"]);
        rows.push(vec!["late", "y"]);
        rows.push(vec![ids[3].as_str(), "y"]);
        let t = Table::from_rows(&["id", "flag"], &rows);
        let p = profile_table(&t, &NoProgress).unwrap_or_default();
        assert_eq!(p, one_pass::profile(&t));
        assert!(p[0].distinct_capped);
        assert_eq!(p[0].distinct, DISTINCT_CAP as u64);
        assert_eq!(p[0].top[0], (ids[3].clone(), 2));
        assert_eq!(p[0].kind, ValueKind::Text);
        assert!(!p[1].distinct_capped);
    }

    #[test]
    fn past_the_distinct_cap_values_still_count_for_kind_and_range() {
        let n = DISTINCT_CAP + 3;
        let amounts: Vec<String> = (0..n).map(|i| format!("{},5", i + 10)).collect();
        let dates: Vec<String> = (0..n)
            .map(|i| {
                format!(
                    "{:02}.{:02}.{}",
                    1 + i % 28,
                    1 + (i / 28) % 12,
                    1500 + i / 336
                )
            })
            .collect();
        let mut rows: Vec<Vec<&str>> = amounts
            .iter()
            .zip(&dates)
            .map(|(a, d)| vec![a.as_str(), d.as_str()])
            .collect();
        // After the cap: the smallest and largest amounts, one written two ways, and the
        // earliest date.
        rows.push(vec!["-7", "01.01.1499"]);
        rows.push(vec!["-7,0", "31.12.2030"]);
        rows.push(vec!["1 000 000 000", "1499-01-01"]);
        let t = Table::from_rows(&["summa", "sana"], &rows);
        let p = profile_table(&t, &NoProgress).unwrap_or_default();
        assert_eq!(p, one_pass::profile(&t));
        assert_eq!(p[0].kind, ValueKind::Number);
        assert_eq!(p[0].min.as_deref(), Some("-7"));
        assert_eq!(p[0].max.as_deref(), Some("1 000 000 000"));
        assert_eq!(p[1].kind, ValueKind::Date);
        assert!(p[1].distinct_capped);
        assert_eq!(p[1].min.as_deref(), Some("01.01.1499"));
        assert_eq!(p[1].max.as_deref(), Some("31.12.2030"));
        assert_eq!(p[0].filled, n as u64 + 3);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn any_table_profiles_as_the_one_pass_profile_did(
            rows in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "", " ", "1", "01", "1,0", "1.0", "-1", "1 000", "1703202", "1703",
                        "2024", "0,5", "12,5,3", "05.01.2026", "2026-01-05", "31.02.2026",
                        "ha", "нет", "Андижон", " Андижон", "n/a", "x",
                    ]),
                    0..5,
                ),
                0..40,
            )
        ) {
            same_as_one_pass(&["a", "b", "c"], &rows);
        }
    }

    #[test]
    fn cancel_stops_profiling() {
        let t = Table::from_rows(&["a"], &[vec!["1"]]);
        let tracker = crate::core::progress::Tracker::default();
        tracker.cancel();
        assert!(profile_table(&t, &tracker).is_none());
    }
}
