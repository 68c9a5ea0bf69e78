//! The numbers behind Ochiq's charts, worked out from a table (and its schema where one is
//! known): a histogram of a numeric column, the most frequent values of a text column, a
//! numeric column summed by period, the same column by region, and each total row beside the
//! sum of its parts. Nothing here draws; the window plots what these functions return.
//!
//! Columns are recognised the way the totals check recognises them
//! ([`crate::core::validate::hierarchy_column`], [`is_period_name`], [`is_amount_name`]): the
//! column bound to a classifier with a hierarchy (SOATO) says which rows are totals of which,
//! period columns are dated or named like a period, and amounts add up while shares, averages
//! and rates are averaged. A value that does not fit its column's type is counted, never
//! plotted, and a row that another row of the same period already totals is never added twice.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use polars_core::prelude::{DataFrame, IntoColumn, NewChunkedArray, PlSmallStr, UInt32Chunked};

use crate::core::classifier::Classifier;
use crate::core::frame::{group_rows, numbers, typed_fields};
use crate::core::infer::{ValueKind, parse_date, parse_number};
use crate::core::lang::LangText;
use crate::core::progress::{NoProgress, Progress};
use crate::core::schema::{FieldType, TableSchema};
use crate::core::table::Table;
use crate::core::validate::{hierarchy_column, is_amount_name, is_dated, is_period_name};

/// Bars of a column card's histogram.
pub const CARD_BINS: usize = 12;
/// Most frequent values a column card shows.
pub const CARD_TOP: usize = 6;
/// Distinct values counted per column for the most frequent ones; past it new values are not
/// counted (the most frequent ones are met early in any real file).
const DISTINCT_CAP: usize = 100_000;
/// Periods past which a column is not a period but a register's dates: no line is drawn.
pub const MAX_PERIODS: usize = 2_000;

/// One bar of a histogram: the values from `from` up to `to` (the last bar includes `to`).
#[derive(Debug, Clone, PartialEq)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    pub count: u64,
}

/// How the numbers of a column spread, and how many of its values are not numbers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Histogram {
    pub bins: Vec<Bin>,
    /// Values counted in the bins.
    pub plotted: u64,
    /// Values that are not numbers (counted, not plotted).
    pub not_numbers: u64,
}

/// A cell as a chart reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    Empty,
    Number(f64),
    /// Something that does not fit the column's type.
    NotNumber,
}

/// A cell read as a number the way the column profile reads it (decimal comma, spaces
/// between thousands).
pub fn read_number(text: &str) -> Reading {
    let text = text.trim();
    if text.is_empty() {
        Reading::Empty
    } else {
        parse_number(text).map_or(Reading::NotNumber, Reading::Number)
    }
}

/// The histogram of column `col` of `table` in `bins` bars of equal width, each cell read by
/// `read`. Two passes: the range, then the counts.
pub fn histogram(
    table: &Table,
    col: usize,
    bins: usize,
    read: impl Fn(&str) -> Reading,
) -> Histogram {
    let mut spread = Spread::default();
    for row in table.iter_rows() {
        spread.see(read(row.get(col).unwrap_or("")));
    }
    let mut bars = spread.bars(bins);
    if let Some(bars) = &mut bars {
        for row in table.iter_rows() {
            bars.add(read(row.get(col).unwrap_or("")));
        }
    }
    spread.histogram(bars)
}

/// The range of a column's numbers, and how many of its values are not numbers.
#[derive(Debug, Default)]
struct Spread {
    range: Option<(f64, f64)>,
    not_numbers: u64,
}

impl Spread {
    fn see(&mut self, reading: Reading) {
        match reading {
            Reading::Number(x) if x.is_finite() => {
                self.range = Some(self.range.map_or((x, x), |(lo, hi)| (lo.min(x), hi.max(x))));
            }
            Reading::Number(_) | Reading::NotNumber => self.not_numbers += 1,
            Reading::Empty => {}
        }
    }

    /// Empty bars over the range (one when every number is the same); none without numbers.
    fn bars(&self, bins: usize) -> Option<Bars> {
        let (lo, hi) = self.range?;
        let bins = if hi > lo { bins.max(1) } else { 1 };
        Some(Bars {
            lo,
            hi,
            width: (hi - lo) / bins as f64,
            counts: vec![0; bins],
        })
    }

    fn histogram(&self, bars: Option<Bars>) -> Histogram {
        let Some(b) = bars else {
            return Histogram {
                not_numbers: self.not_numbers,
                ..Histogram::default()
            };
        };
        let n = b.counts.len();
        Histogram {
            plotted: b.counts.iter().sum(),
            bins: b
                .counts
                .iter()
                .enumerate()
                .map(|(i, &count)| Bin {
                    from: b.lo + b.width * i as f64,
                    to: if i + 1 == n {
                        b.hi
                    } else {
                        b.lo + b.width * (i + 1) as f64
                    },
                    count,
                })
                .collect(),
            not_numbers: self.not_numbers,
        }
    }
}

/// A histogram's bars being counted.
#[derive(Debug)]
struct Bars {
    lo: f64,
    hi: f64,
    width: f64,
    counts: Vec<u64>,
}

impl Bars {
    fn add(&mut self, reading: Reading) {
        if let Reading::Number(x) = reading
            && x.is_finite()
        {
            let last = self.counts.len() - 1;
            let i = if self.width > 0.0 {
                (((x - self.lo) / self.width) as usize).min(last)
            } else {
                0
            };
            self.counts[i] += 1;
        }
    }
}

/// Counts of a column's values (trimmed, empty cells left out), up to [`DISTINCT_CAP`]
/// distinct ones.
#[derive(Debug, Default)]
struct Tally<'a> {
    counts: FxHashMap<&'a str, u64>,
}

impl<'a> Tally<'a> {
    fn add(&mut self, value: &'a str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        if let Some(c) = self.counts.get_mut(value) {
            *c += 1;
        } else if self.counts.len() < DISTINCT_CAP {
            self.counts.insert(value, 1);
        }
    }

    /// The `n` most frequent, most frequent first, ties in the order of the values.
    fn top(self, n: usize) -> Vec<(String, u64)> {
        let mut top: Vec<(&str, u64)> = self.counts.into_iter().collect();
        top.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        top.into_iter()
            .take(n)
            .map(|(v, c)| (v.to_owned(), c))
            .collect()
    }
}

/// The `n` most frequent values of column `col` (trimmed, empty cells left out), most frequent
/// first, ties in the order of the values.
pub fn top_values(table: &Table, col: usize, n: usize) -> Vec<(String, u64)> {
    let mut tally = Tally::default();
    for row in table.iter_rows() {
        tally.add(row.get(col).unwrap_or(""));
    }
    tally.top(n)
}

/// The small chart of a column card.
#[derive(Debug, Clone, PartialEq)]
pub enum CardChart {
    /// A numeric column: how its numbers spread.
    Histogram(Histogram),
    /// Any other column: its most frequent values.
    Top(Vec<(String, u64)>),
    /// An empty column.
    Nothing,
}

/// A column card's chart being made.
enum Card<'a> {
    Numbers(Spread, Option<Bars>),
    Values(Tally<'a>),
    Nothing,
}

/// The card charts of every column, by the kinds the profile found; `None` when cancelled.
/// All columns in one pass over the rows (and a second for the histograms' counts): a
/// million-row table is not walked once per column.
pub fn card_charts(
    table: &Table,
    kinds: &[ValueKind],
    progress: &dyn Progress,
) -> Option<Vec<CardChart>> {
    let mut cards: Vec<Card<'_>> = kinds
        .iter()
        .map(|kind| match kind {
            ValueKind::Empty => Card::Nothing,
            ValueKind::Integer | ValueKind::Number => Card::Numbers(Spread::default(), None),
            _ => Card::Values(Tally::default()),
        })
        .collect();
    let numeric = cards.iter().any(|c| matches!(c, Card::Numbers(..)));
    let rows = table.rows() as u64;
    let total = if numeric { rows * 2 } else { rows };
    for (n, row) in table.iter_rows().enumerate() {
        if n % 8192 == 0 {
            if progress.cancelled() {
                return None;
            }
            progress.set(n as u64, total);
        }
        for (col, card) in cards.iter_mut().enumerate() {
            let text = row.get(col).unwrap_or("");
            match card {
                Card::Numbers(spread, _) => spread.see(read_number(text)),
                Card::Values(tally) => tally.add(text),
                Card::Nothing => {}
            }
        }
    }
    if numeric {
        for card in &mut cards {
            if let Card::Numbers(spread, bars) = card {
                *bars = spread.bars(CARD_BINS);
            }
        }
        for (n, row) in table.iter_rows().enumerate() {
            if n % 8192 == 0 {
                if progress.cancelled() {
                    return None;
                }
                progress.set(rows + n as u64, total);
            }
            for (col, card) in cards.iter_mut().enumerate() {
                if let Card::Numbers(_, Some(bars)) = card {
                    bars.add(read_number(row.get(col).unwrap_or("")));
                }
            }
        }
    }
    progress.set(total, total);
    Some(
        cards
            .into_iter()
            .map(|card| match card {
                Card::Numbers(spread, bars) => CardChart::Histogram(spread.histogram(bars)),
                Card::Values(tally) => CardChart::Top(tally.top(CARD_TOP)),
                Card::Nothing => CardChart::Nothing,
            })
            .collect(),
    )
}

/// A region's (or another classifier unit's) value in one period.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionValue {
    /// The code as the classifier writes it (`1726`).
    pub code: String,
    pub name: LangText,
    pub value: f64,
}

/// A total row beside the sum of its parts, in one period.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalVsParts {
    pub period: usize,
    pub code: String,
    pub name: LangText,
    pub total: f64,
    pub sum: f64,
    pub parts: usize,
}

impl TotalVsParts {
    pub fn difference(&self) -> f64 {
        self.total - self.sum
    }
}

/// What one numeric column gives the Chart tab.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Its position in the table, and its name.
    pub column: usize,
    pub name: String,
    /// Amounts are summed; shares, averages and rates are averaged.
    pub additive: bool,
    /// The value of each period (by the index into [`ChartData::periods`]); `None` where the
    /// period has no number in this column.
    pub by_period: Vec<Option<f64>>,
    /// The regions' values in each period.
    pub by_region: Vec<Vec<RegionValue>>,
    /// Each total row with all its parts present, beside their sum (amounts only).
    pub totals: Vec<TotalVsParts>,
    /// Values that are not numbers (counted, not plotted).
    pub not_numbers: u64,
}

/// What a table offers the Chart tab.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartData {
    /// The periods in order, as written (the period columns' texts joined by a space); one
    /// empty period when the table has no period column.
    pub periods: Vec<String>,
    /// Whether the table has a period column (a line is worth drawing).
    pub has_periods: bool,
    /// Whether the rows carry codes of a classifier with a hierarchy (bars by region).
    pub has_regions: bool,
    /// One series per numeric column, in the table's order.
    pub series: Vec<Series>,
}

impl ChartData {
    /// The series of the column named `name`.
    pub fn series_named(&self, name: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.name == name)
    }
}

/// A value column's running total for one (period, code): the sum and how many numbers.
#[derive(Debug, Clone, Copy, Default)]
struct Acc {
    sum: f64,
    count: u32,
}

impl Acc {
    fn add(&mut self, x: f64) {
        self.sum += x;
        self.count += 1;
    }

    fn value(self, additive: bool) -> Option<f64> {
        match self.count {
            0 => None,
            _ if additive => Some(self.sum),
            n => Some(self.sum / f64::from(n)),
        }
    }
}

/// The chart data of `table` read with `schema` (fields by position); `classifiers[i]` is the
/// classifier field `i` is bound to. `None` when cancelled.
pub fn chart_data(
    table: &Table,
    schema: &TableSchema,
    classifiers: &[Option<Arc<Classifier>>],
    progress: &dyn Progress,
) -> Option<ChartData> {
    let hierarchy = hierarchy_column(classifiers);
    let code_col = hierarchy.as_ref().map(|(c, _)| *c);
    let bound = |i: usize| classifiers.get(i).is_some_and(Option::is_some);
    let mut layout = Layout {
        code: hierarchy,
        periods: Vec::new(),
        values: Vec::new(),
    };
    for (i, field) in schema.fields.iter().enumerate() {
        if Some(i) == code_col || bound(i) {
            continue;
        }
        let numeric = matches!(field.field_type, FieldType::Integer | FieldType::Number);
        let named = is_period_name(&field.name);
        // A numeric column named like a period (`Yil`) is one when it holds only years.
        let years = numeric && named && years_only(table, i);
        if is_dated(field.field_type) || (named && !numeric) || years {
            layout.periods.push(i);
        } else if numeric {
            layout.values.push(i);
        }
    }
    // A column that only repeats what the code says (the region's name, whose `Viloyat`
    // holds the word `oy`) tells no periods apart.
    if let Some((code, cl)) = &layout.code {
        layout
            .periods
            .retain(|&p| !repeats_code(table, *code, cl, p));
    }
    match aggregate(table, schema, &layout, progress)? {
        Some(data) => Some(data),
        // A register's dates, not periods: everything in one period.
        None => {
            layout.periods.clear();
            aggregate(table, schema, &layout, progress).flatten()
        }
    }
}

/// Which columns a chart reads.
struct Layout {
    /// The column of codes of a classifier with a hierarchy, and that classifier.
    code: Option<(usize, Arc<Classifier>)>,
    periods: Vec<usize>,
    values: Vec<usize>,
}

/// The sums behind the series, computed with polars: each row's period (its period columns'
/// text) and code numbered in the order they first appear, the value columns cast as
/// validation reads them ([`typed_fields`]), then grouped by period and code; then the
/// series. `None` when cancelled; `Some(None)` when the period columns hold more than
/// [`MAX_PERIODS`] values (found before anything is cast).
fn aggregate(
    table: &Table,
    schema: &TableSchema,
    layout: &Layout,
    progress: &dyn Progress,
) -> Option<Option<ChartData>> {
    let value_cols = &layout.values;
    let classifier = layout.code.as_ref().map(|(_, c)| c.as_ref());
    let total_rows = table.rows() as u64;
    // Periods and codes by first appearance, and each row's.
    let mut periods: Vec<String> = Vec::new();
    let mut period_index: FxHashMap<String, u32> = FxHashMap::default();
    let mut codes: Vec<String> = Vec::new();
    let mut code_index: FxHashMap<&str, u32> = FxHashMap::default();
    let mut row_periods: Vec<u32> = Vec::with_capacity(table.rows());
    let mut row_codes: Vec<Option<u32>> = Vec::with_capacity(table.rows());
    let mut key = String::new();
    for (n, row) in table.iter_rows().enumerate() {
        if n % 65_536 == 0 {
            if progress.cancelled() {
                return None;
            }
            progress.set(n as u64 / 2, total_rows);
        }
        key.clear();
        for (k, &c) in layout.periods.iter().enumerate() {
            if k > 0 {
                key.push(' ');
            }
            key.push_str(row.get(c).unwrap_or("").trim());
        }
        let period = match period_index.get(key.as_str()) {
            Some(&p) => p,
            None if periods.len() >= MAX_PERIODS => return Some(None),
            None => {
                let p = periods.len() as u32;
                period_index.insert(key.clone(), p);
                periods.push(key.clone());
                p
            }
        };
        row_periods.push(period);
        row_codes.push(match &layout.code {
            Some((c, cl)) => cl.canonical(row.get(*c).unwrap_or("").trim()).map(|code| {
                *code_index.entry(code).or_insert_with(|| {
                    codes.push(code.to_owned());
                    codes.len() as u32 - 1
                })
            }),
            None => None,
        });
    }
    let typed = match typed_fields(table, schema, value_cols, &NoProgress) {
        Ok(Some(typed)) => typed,
        Ok(None) => return None,
        // Two value columns of one name: no chart rather than a wrong one.
        Err(_) => return Some(None),
    };
    if progress.cancelled() {
        return None;
    }
    // Values that do not fit their column's type are null in the frame, and counted; so
    // are numbers that are not finite (`NaN`, `INF`).
    let mut not_numbers: Vec<u64> = typed.misfits.iter().map(|m| m.count).collect();
    let numbers: Vec<Vec<Option<f64>>> = typed
        .frame
        .columns()
        .iter()
        .zip(&mut not_numbers)
        .map(|(c, not)| {
            let mut values = numbers(c).unwrap_or_default();
            for x in &mut values {
                if x.is_some_and(|x| !x.is_finite()) {
                    *not += 1;
                    *x = None;
                }
            }
            values
        })
        .collect();
    let keys = DataFrame::new(
        table.rows(),
        vec![
            UInt32Chunked::from_vec(PlSmallStr::from_static("period"), row_periods).into_column(),
            UInt32Chunked::from_iter_options(
                PlSmallStr::from_static("code"),
                row_codes.into_iter(),
            )
            .into_column(),
        ],
    );
    let Ok(keys) = keys else {
        return Some(None);
    };
    let Ok(grouped) = keys.group_by_stable(["period", "code"]) else {
        return Some(None);
    };
    let group_keys = grouped.keys();
    let (Some(Ok(period_of)), Some(Ok(code_of))) = (
        group_keys.first().map(|c| c.u32()),
        group_keys.get(1).map(|c| c.u32()),
    ) else {
        return Some(None);
    };
    // Sums by (period, code), one per value column.
    let mut sums: FxHashMap<(usize, Option<usize>), Vec<Acc>> = FxHashMap::default();
    for (g, group) in grouped.get_groups().iter().enumerate() {
        let period = period_of.get(g).unwrap_or(0) as usize;
        let code = code_of.get(g).map(|c| c as usize);
        let mut accs = vec![Acc::default(); value_cols.len()];
        for r in group_rows(group) {
            for (acc, column) in accs.iter_mut().zip(&numbers) {
                if let Some(x) = column.get(r).copied().flatten() {
                    acc.add(x);
                }
            }
        }
        sums.insert((period, code), accs);
    }
    progress.set(total_rows, total_rows);
    if periods.is_empty() {
        periods.push(String::new());
    }
    let order = period_order(&periods);
    let mut rank = vec![0; periods.len()];
    for (r, &p) in order.iter().enumerate() {
        rank[p] = r;
    }
    // Each period's codes (`None`: rows without a known code) with their sums.
    let mut by_period: Vec<FxHashMap<Option<usize>, &Vec<Acc>>> =
        vec![FxHashMap::default(); periods.len()];
    for ((p, code), accs) in &sums {
        by_period[rank[*p]].insert(*code, accs);
    }
    let series = value_cols
        .iter()
        .enumerate()
        .map(|(v, &col)| {
            let name = &schema.fields[col].name;
            let series = |additive| {
                column_series(
                    (v, col, name),
                    additive,
                    not_numbers[v],
                    &by_period,
                    &codes,
                    classifier,
                )
            };
            // A column whose total falls below one of its parts holds no amounts (an
            // average, a rate), as the totals check judges it.
            match series(is_amount_name(name)) {
                (s, true) => series(false).0.with_not_numbers(s.not_numbers),
                (s, false) => s,
            }
        })
        .collect();
    Some(Some(ChartData {
        periods: order.iter().map(|&p| periods[p].clone()).collect(),
        has_periods: !layout.periods.is_empty(),
        has_regions: classifier.is_some() && !codes.is_empty(),
        series,
    }))
}

/// The series of value column `v` (table column `col`, named `name`), summed when
/// `additive`, else averaged; and whether a total fell below one of its parts.
fn column_series(
    (v, col, name): (usize, usize, &str),
    additive: bool,
    not_numbers: u64,
    by_period: &[FxHashMap<Option<usize>, &Vec<Acc>>],
    codes: &[String],
    classifier: Option<&Classifier>,
) -> (Series, bool) {
    let mut below = false;
    let mut series = Series {
        column: col,
        name: name.to_owned(),
        additive,
        by_period: Vec::with_capacity(by_period.len()),
        by_region: Vec::with_capacity(by_period.len()),
        totals: Vec::new(),
        not_numbers,
    };
    for (p, present) in by_period.iter().enumerate() {
        let value = |code: Option<usize>| present.get(&code).and_then(|a| a[v].value(additive));
        let Some(cl) = classifier else {
            series.by_period.push(value(None));
            series.by_region.push(Vec::new());
            continue;
        };
        let here: FxHashMap<&str, f64> = present
            .keys()
            .filter_map(|c| c.map(|i| (codes[i].as_str(), i)))
            .filter_map(|(code, i)| value(Some(i)).map(|x| (code, x)))
            .collect();
        // Rows without a code count only where no row has one.
        let top = top_value(cl, &here, additive).or_else(|| value(None));
        series.by_period.push(top);
        series.by_region.push(regions(cl, &here, additive));
        if additive {
            let (found, under) = totals(cl, &here, p);
            series.totals.extend(found);
            below |= under;
        }
    }
    series
        .totals
        .sort_by(|a, b| a.period.cmp(&b.period).then_with(|| a.code.cmp(&b.code)));
    (series, below)
}

impl Series {
    fn with_not_numbers(mut self, n: u64) -> Self {
        self.not_numbers = n;
        self
    }
}

/// Whether column `col` holds more than one value, each the same wherever the code (column
/// `code`) is the same: it names what the code says, not a period.
fn repeats_code(table: &Table, code: usize, cl: &Classifier, col: usize) -> bool {
    let mut seen: FxHashMap<&str, &str> = FxHashMap::default();
    let mut first: Option<&str> = None;
    let mut varies = false;
    for row in table.iter_rows() {
        let Some(c) = cl.canonical(row.get(code).unwrap_or("").trim()) else {
            continue;
        };
        let value = row.get(col).unwrap_or("").trim();
        if *seen.entry(c).or_insert(value) != value {
            return false;
        }
        varies |= *first.get_or_insert(value) != value;
    }
    varies
}

/// Whether every value of column `col` is a whole year (1900–2100): a period column named
/// like one (`Yil`) but typed as an integer.
fn years_only(table: &Table, col: usize) -> bool {
    let mut any = false;
    for row in table.iter_rows() {
        match read_number(row.get(col).unwrap_or("")) {
            Reading::Empty => {}
            Reading::Number(x) if x.fract() == 0.0 && (1900.0..=2100.0).contains(&x) => any = true,
            _ => return false,
        }
    }
    any
}

/// The periods' order: by date or number when every period reads as one, else as first met.
fn period_order(periods: &[String]) -> Vec<usize> {
    let keys: Option<Vec<(i64, i64, i64)>> = periods
        .iter()
        .map(|p| {
            if let Some((y, m, d)) = parse_date(p) {
                Some((i64::from(y), i64::from(m), i64::from(d)))
            } else {
                parse_number(p).map(|x| (x as i64, 0, 0))
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..periods.len()).collect();
    if let Some(keys) = keys {
        order.sort_by_key(|&i| keys[i]);
    }
    order
}

/// Whether some code in `here` lies above `code`.
fn has_ancestor_here(cl: &Classifier, here: &FxHashMap<&str, f64>, code: &str) -> bool {
    cl.ancestors(code)
        .any(|a| here.contains_key(a.code.as_str()))
}

/// The period's value: the sum (or mean) of the codes no other code here totals.
fn top_value(cl: &Classifier, here: &FxHashMap<&str, f64>, additive: bool) -> Option<f64> {
    let tops: Vec<f64> = here
        .iter()
        .filter(|(code, _)| !has_ancestor_here(cl, here, code))
        .map(|(_, &x)| x)
        .collect();
    if tops.is_empty() {
        return None;
    }
    let sum: f64 = tops.iter().sum();
    Some(if additive {
        sum
    } else {
        sum / tops.len() as f64
    })
}

/// The bars of one period: the regions (the level below the country) when the rows reach
/// two regions or more, else the units below the one region they are in. A unit shows its
/// own row when it has one, else the sum of the rows below it that no row between totals.
fn regions(cl: &Classifier, here: &FxHashMap<&str, f64>, additive: bool) -> Vec<RegionValue> {
    // The ancestor of `code` at `level`, or `code` itself at that level.
    let at_level = |code: &str, level: usize| -> Option<String> {
        let entry = cl.get(code)?;
        if entry.level == level {
            return Some(entry.code.clone());
        }
        cl.ancestors(code)
            .find(|a| a.level == level)
            .map(|a| a.code.clone())
    };
    let deepest_level = |code: &str| cl.get(code).map_or(0, |e| e.level);
    let mut level = 1;
    loop {
        let units: std::collections::BTreeSet<String> =
            here.keys().filter_map(|c| at_level(c, level)).collect();
        let deeper = here.keys().any(|c| deepest_level(c) > level);
        if units.len() >= 2 || !deeper || level + 1 >= cl.levels().len() {
            break;
        }
        level += 1;
    }
    let mut values: FxHashMap<String, (f64, u32)> = FxHashMap::default();
    for (code, &x) in here {
        let Some(unit) = at_level(code, level) else {
            continue;
        };
        // Counted once: by the unit's own row, or by the highest rows below it.
        let counted = if unit == *code {
            true
        } else {
            !here.contains_key(unit.as_str())
                && !cl
                    .ancestors(code)
                    .take_while(|a| a.code != unit)
                    .any(|a| here.contains_key(a.code.as_str()))
        };
        if counted {
            let v = values.entry(unit).or_default();
            v.0 += x;
            v.1 += 1;
        }
    }
    let mut out: Vec<RegionValue> = values
        .into_iter()
        .map(|(code, (sum, n))| RegionValue {
            name: cl.get(&code).map(|e| e.name.clone()).unwrap_or_default(),
            value: if additive { sum } else { sum / f64::from(n) },
            code,
        })
        .collect();
    // The classifier's order (regions by code).
    out.sort_by(|a, b| a.code.cmp(&b.code));
    out
}

/// The period's totals whose parts (the classifier's children, grouping nodes aside) are all
/// here, as the totals check compares them; and whether a total is below one of its parts
/// (none negative), which says the column holds no amounts.
fn totals(
    cl: &Classifier,
    here: &FxHashMap<&str, f64>,
    period: usize,
) -> (Vec<TotalVsParts>, bool) {
    let mut out = Vec::new();
    let mut below = false;
    for (code, &total) in here {
        let parts = cl.part_codes(code);
        if parts.len() < 2 {
            continue;
        }
        let values: Option<Vec<f64>> = parts.iter().map(|p| here.get(p).copied()).collect();
        let Some(values) = values else { continue };
        below |= values.iter().all(|x| *x >= 0.0) && values.iter().any(|x| *x > total);
        out.push(TotalVsParts {
            period,
            code: (*code).to_owned(),
            name: cl.get(code).map(|e| e.name.clone()).unwrap_or_default(),
            total,
            sum: values.iter().sum(),
            parts: parts.len(),
        });
    }
    (out, below)
}

#[cfg(test)]
mod tests;
