//! Totals that hold together. A total row must equal the sum of its parts, in each numeric
//! column and each period; a difference is a `total-mismatch` finding on the total's cell,
//! compared at the column's own decimals. A total is found two ways:
//!
//! - **By code**, when a column is bound to a classifier with a hierarchy (SOATO): the
//!   republic `1700` over its regions, a region over its districts.
//! - **By word**, when there is no such column: a row labelled "Jami", "Итого", "Всего",
//!   "Total"… over the other rows of its period.
//!
//! Shares (a column named `%`, "ulush", "доля"…) whose total row says 100 must add up to 100,
//! give or take the rounding of each part.
//!
//! It never guesses: a total is checked only when every part the classifier lists for it is
//! in the table once (an extract of a few districts is no error); a code given twice over
//! parts given once is reported (`total-repeated`), not summed twice; a total by word is
//! checked only when it is the one total of its period and no row says it is an "of which"
//! item; a column whose total is smaller than one of its parts (an average, a rate) or equal
//! to each of them (an attribute) holds no amounts and is not summed. Cells that are words,
//! not numbers, are left out of the sum and listed in the finding; a part that is no finite
//! number (`NaN`, `INF`) leaves its comparison out.
//!
//! How it is computed: the validator feeds the check row by row, and the rows that may be
//! totals or parts are kept as columns: the row number, the code (numbered once per code,
//! with the code it is a part of: its parent in the classifier), the code or label as
//! written, the key columns' texts (numbered once per text), and per column of amounts the
//! number, its decimals and, apart, the word where a cell holds one. At the end these make a
//! polars `DataFrame`, and polars groups it: the key columns into periods; the rows by
//! (period, code) for each total's rows (a code given twice); and the rows by (period, the
//! code they are part of) for each total's parts, with their sum, how many hold numbers,
//! the smallest, the largest and the most decimals in each column, one pass per aggregate.
//! What the rules then read is one value per group; the findings keep validation's text:
//! row numbers, codes, labels and words as written. A table of more than [`MAX_LINES`] such
//! rows is a register, not a statistical table: nothing is kept or judged.

use std::sync::Arc;

use polars_core::prelude::{
    ChunkedBuilder, Column as PlColumn, DataFrame, Float64Chunked, Float64Type, GroupBy,
    IntoColumn, NewChunkedArray, PlSmallStr, PolarsError, PolarsResult, PrimitiveChunkedBuilder,
    UInt32Chunked, UInt64Chunked,
};
use rustc_hash::FxHashMap;

use super::{Code, Finding};
use crate::core::classifier::Classifier;
use crate::core::frame::group_rows;
use crate::core::schema::field_check::Cast;
use crate::core::schema::{FieldType, TableSchema};

/// Rows past which a table is a register, not a statistical table: its totals are not
/// checked, and what was kept for them is let go (memory stays bounded on big files).
const MAX_LINES: usize = 50_000;

/// Words in a column's name that say its values are shares of a whole.
const SHARES: [&str; 11] = [
    "%",
    "foiz",
    "ulush",
    "улуш",
    "фоиз",
    "доля",
    "удельный вес",
    "процент",
    "share",
    "percent",
    "salmogʻi",
];
/// Words in a column's name that say its values are neither amounts nor shares.
const NOT_AMOUNTS: [&str; 10] = [
    "oʻrtacha",
    "o'rtacha",
    "ўртача",
    "средн",
    "average",
    "rate",
    "t/r",
    "т/р",
    "п/п",
    "№",
];
/// Words in a column's name that say it is the period.
const PERIOD_WORDS: [&str; 12] = [
    "yil",
    "йил",
    "год",
    "year",
    "davr",
    "давр",
    "период",
    "period",
    "oy",
    "месяц",
    "chorak",
    "квартал",
];
/// Labels of a total row, compared without case and a closing colon, dot or star.
const TOTAL_WORDS: [&str; 12] = [
    "jami",
    "жами",
    "итого",
    "всего",
    "total",
    "grand total",
    "barchasi",
    "барчаси",
    "hammasi",
    "ҳаммаси",
    "хаммаси",
    "umumiy",
];
/// "By …" that closes a total's label: "Jami respublika boʻyicha".
const BY: [&str; 3] = [" bo'yicha", " boʻyicha", " бўйича"];
/// What may follow a total word at the start of a label and keep it a total: "Итого по
/// республике", "Jami respublika boʻyicha", "Jami, ming kishi".
const TOTAL_TAILS: [&str; 7] = [
    ",",
    ":",
    " по ",
    " bo'yicha",
    " boʻyicha",
    " бўйича",
    " for ",
];
/// Labels that say a row is an item of another row, not a part beside it.
const OF_WHICH: [&str; 10] = [
    "jumladan",
    "жумладан",
    "shundan",
    "шундан",
    "в том числе",
    "в т.ч",
    "из них",
    "из которых",
    "including",
    "of which",
];

/// The first column bound to a classifier with a hierarchy (SOATO), and that classifier:
/// the column whose codes say which rows are totals of which.
pub fn hierarchy_column(
    classifiers: &[Option<Arc<Classifier>>],
) -> Option<(usize, Arc<Classifier>)> {
    classifiers.iter().enumerate().find_map(|(i, c)| {
        let c = c.as_ref()?;
        (c.levels().len() > 1).then(|| (i, Arc::clone(c)))
    })
}

/// Whether a numeric column named `name` holds amounts that add up (not a share, an average,
/// a rate or a row number).
pub fn is_amount_name(name: &str) -> bool {
    !is_share_name(name) && {
        let name = name.to_lowercase();
        !NOT_AMOUNTS.iter().any(|w| name.contains(w))
    }
}

/// Whether a numeric column named `name` holds shares of a whole (`%`, `ulush`, `доля`).
pub fn is_share_name(name: &str) -> bool {
    let name = name.to_lowercase();
    SHARES.iter().any(|w| name.contains(w))
}

/// Whether a column's name says it is the period (`yil`, `год`, `chorak`, …).
pub fn is_period_name(name: &str) -> bool {
    let name = name.to_lowercase();
    PERIOD_WORDS.iter().any(|w| name.contains(w))
}

/// Whether a field's type is a date or a period (year, year and month, date, date and time).
pub fn is_dated(field_type: FieldType) -> bool {
    matches!(
        field_type,
        FieldType::Year | FieldType::Yearmonth | FieldType::Date | FieldType::Datetime
    )
}

/// Whether a cell labels a total row: "Jami", "Итого:", "Всего по республике", "Respublika
/// boʻyicha jami". A label that only starts with a total word and goes on with words of its own
/// ("Jami aholi", a measure; "Jamiyat") is not a total. Both the totals check and the recipe
/// step that removes total rows read labels with this one rule.
pub fn is_total_label(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches([':', '.', '*', ' '])
        .to_lowercase();
    if t.is_empty() {
        return false;
    }
    TOTAL_WORDS.iter().any(|w| {
        t == *w
            || t.strip_prefix(w).is_some_and(|rest| {
                TOTAL_TAILS.iter().any(|tail| rest.starts_with(tail))
                    || (rest.starts_with(' ') && BY.iter().any(|by| rest.ends_with(by)))
            })
            || t.strip_suffix(w)
                .is_some_and(|rest| rest.ends_with([' ', ':', ',']))
    })
}

/// Whether a cell says its row is an item of another ("shu jumladan", "в том числе") or is
/// indented under one.
fn is_item_label(text: &str) -> bool {
    let indented = text.starts_with([' ', '\u{a0}', '\t', '-', '–', '—', '•'])
        && text.trim().chars().count() > 1
        && text.trim().parse::<f64>().is_err();
    let lower = text.to_lowercase();
    indented || OF_WHICH.iter().any(|w| lower.contains(w))
}

/// Where totals are read from.
enum Source {
    /// A column bound to a classifier with a hierarchy.
    Codes {
        col: usize,
        classifier: Arc<Classifier>,
    },
    /// Labels in these text columns.
    Words { text_cols: Vec<usize> },
}

/// A column of amounts (or shares).
#[derive(Debug)]
struct Column {
    col: usize,
    field: String,
    decimal: char,
    share: bool,
}

/// Texts numbered in the order they are first seen: a kept row holds a text's number, and
/// each text is kept once.
#[derive(Debug, Default)]
struct Texts {
    numbers: FxHashMap<String, u32>,
    texts: Vec<String>,
}

impl Texts {
    fn number(&mut self, text: &str) -> u32 {
        if let Some(&n) = self.numbers.get(text) {
            return n;
        }
        let n = self.texts.len() as u32;
        self.texts.push(text.to_owned());
        self.numbers.insert(text.to_owned(), n);
        n
    }

    fn text(&self, n: u32) -> &str {
        self.texts.get(n as usize).map_or("", String::as_str)
    }
}

/// Canonical codes numbered as [`Texts`], each with the number of the code it is a part of:
/// its parent in the classifier, the code whose [`Classifier::part_codes`] list it (a group
/// heading is no part of any total).
#[derive(Debug, Default)]
struct Codes {
    texts: Texts,
    part_of: Vec<Option<u32>>,
}

impl Codes {
    fn number(&mut self, code: &str, classifier: &Classifier) -> u32 {
        let known = self.texts.texts.len();
        let n = self.texts.number(code);
        if self.texts.texts.len() > known {
            self.part_of.push(None);
            let parent = classifier
                .get(code)
                .filter(|e| !e.is_group)
                .and_then(|_| classifier.parent(code));
            if let Some(parent) = parent {
                let p = self.number(&parent.code, classifier);
                self.part_of[n as usize] = Some(p);
            }
        }
        n
    }
}

/// The rows that may be totals or parts, kept as columns (one entry per kept row in each):
/// the polars frame that [`Totals::finish`] groups is made of them.
struct Lines {
    /// Each row's number in the source.
    rows: Vec<u64>,
    /// By code: the row's canonical code (`17` for `1700`), numbered in `codes`. Empty by word.
    code: Vec<u32>,
    codes: Codes,
    /// The code as written, or the total's label (empty on other rows), numbered in
    /// `written_texts`.
    written: Vec<u32>,
    written_texts: Texts,
    /// By word: the row is labelled as a total.
    total: Vec<bool>,
    /// By word: the row is an "of which" item.
    item: Vec<bool>,
    /// Per key column: each row's text as written, numbered in that column's texts.
    keys: Vec<(Vec<u32>, Texts)>,
    /// Per column of amounts: each row's number (null when the cell is empty or a word) …
    numbers: Vec<PrimitiveChunkedBuilder<Float64Type>>,
    /// … and how many decimals it was written with.
    decimals: Vec<Vec<u8>>,
    /// Cells that hold a word where a number should be: (kept row, column of amounts, the
    /// word as written).
    words: Vec<(u32, u32, String)>,
}

impl Lines {
    fn new(columns: usize, keys: usize) -> Self {
        Self {
            rows: Vec::new(),
            code: Vec::new(),
            codes: Codes::default(),
            written: Vec::new(),
            written_texts: Texts::default(),
            total: Vec::new(),
            item: Vec::new(),
            keys: (0..keys).map(|_| (Vec::new(), Texts::default())).collect(),
            numbers: (0..columns)
                .map(|c| PrimitiveChunkedBuilder::new(number_name(c), 0))
                .collect(),
            decimals: vec![Vec::new(); columns],
            words: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.rows.len()
    }

    fn written(&self, line: usize) -> &str {
        self.written_texts.text(self.written[line])
    }
}

/// The frame's column of the numbers of column of amounts `c`.
fn number_name(c: usize) -> PlSmallStr {
    PlSmallStr::from_string(format!("v{c}"))
}

/// The frame's column of the decimals of column of amounts `c`.
fn decimals_name(c: usize) -> PlSmallStr {
    PlSmallStr::from_string(format!("d{c}"))
}

/// The frame's column of key column `k`.
fn key_name(k: usize) -> PlSmallStr {
    PlSmallStr::from_string(format!("k{k}"))
}

/// An aggregate polars computes over a group.
#[derive(Clone, Copy)]
enum Agg {
    Sum,
    Min,
    Max,
    /// How many values are not null.
    Count,
    /// How many distinct values.
    Distinct,
}

/// One value per group of `grouped` of its frame's column `name`, by polars' group kernels.
fn aggregate(grouped: &GroupBy<'_>, name: &str, agg: Agg) -> PolarsResult<PlColumn> {
    let column = grouped.df.column(name)?;
    let groups = grouped.get_groups();
    // SAFETY: the groups were made by grouping `grouped.df`, the frame `column` is taken
    // from, so every row they hold is in bounds (what polars' own `GroupBy::sum` relies on).
    Ok(unsafe {
        match agg {
            Agg::Sum => column.agg_sum(groups),
            Agg::Min => column.agg_min(groups),
            Agg::Max => column.agg_max(groups),
            Agg::Count => column.agg_valid_count(groups),
            Agg::Distinct => column.agg_n_unique(groups),
        }
    })
}

/// A column of numbers as a vector, null kept.
fn floats(column: &PlColumn) -> PolarsResult<Vec<Option<f64>>> {
    Ok(column.f64()?.iter().collect())
}

/// A column of counts (polars' counts are `u32`) or of decimals as a vector, null as 0. Read
/// as it is, not cast: a cast would bring polars' casts between every pair of types into the
/// app.
fn counts(column: &PlColumn) -> PolarsResult<Vec<u32>> {
    Ok(column
        .u32()?
        .iter()
        .map(Option::unwrap_or_default)
        .collect())
}

/// One column of amounts summed over the parts of each total: one entry per group of parts.
struct Sums {
    sum: Vec<Option<f64>>,
    /// How many parts hold a number.
    count: Vec<u32>,
    min: Vec<Option<f64>>,
    max: Vec<Option<f64>>,
    /// The most decimals a part's number was written with.
    decimals: Vec<u32>,
}

impl Sums {
    fn new(parts: &GroupBy<'_>, c: usize) -> PolarsResult<Self> {
        let numbers = number_name(c);
        Ok(Self {
            sum: floats(&aggregate(parts, &numbers, Agg::Sum)?)?,
            count: counts(&aggregate(parts, &numbers, Agg::Count)?)?,
            min: floats(&aggregate(parts, &numbers, Agg::Min)?)?,
            max: floats(&aggregate(parts, &numbers, Agg::Max)?)?,
            decimals: counts(&aggregate(parts, &decimals_name(c), Agg::Max)?)?,
        })
    }
}

/// The parts of the totals of a table, grouped by period and by the code they are part of.
struct Parts {
    /// [`key`] of (period, code of the total) → the group.
    group: FxHashMap<u64, usize>,
    /// Per group: how many rows.
    rows: Vec<usize>,
    /// Per group: how many distinct codes (by word: how many rows).
    codes: Vec<usize>,
    /// Per column of amounts.
    sums: Vec<Sums>,
    words: Words,
}

/// (group of parts, column of amounts) → the parts holding words: (row, word), in the order of
/// the parts (by code, as the classifier lists them).
type Words = FxHashMap<(usize, usize), Vec<(u64, String)>>;

/// The totals check of one table, fed row by row and judged at the end. The validator runs
/// it; `benches/validate.rs` runs it alone on a generated table of a million rows (see
/// [`Totals::without_limit`]).
pub struct Totals {
    source: Source,
    /// Columns that may tell periods (or other groups) apart.
    key_cols: Vec<usize>,
    /// For each key column: whether it is named or typed as a period.
    period_keys: Vec<bool>,
    columns: Vec<Column>,
    /// Numeric columns named like a period (`yil`, `I chorak`): years when every value is one
    /// (a period column), amounts otherwise. Each is (its column index, its key index).
    either: Vec<(usize, usize)>,
    lines: Lines,
    /// Rows past which no totals are checked.
    limit: usize,
    /// More than `limit` rows were kept: no totals are checked.
    register: bool,
}

impl Totals {
    /// The check for `schema`, when it has at least one column of amounts, and a column bound
    /// to a classifier with a hierarchy or a text column to find total labels in.
    pub fn new(schema: &TableSchema, classifiers: &[Option<Arc<Classifier>>]) -> Option<Self> {
        let code_col = hierarchy_column(classifiers);
        let mut key_cols = Vec::new();
        let mut period_keys = Vec::new();
        let mut columns = Vec::new();
        let mut either = Vec::new();
        let mut text_cols = Vec::new();
        for (i, field) in schema.fields.iter().enumerate() {
            if classifiers.get(i).is_some_and(Option::is_some) {
                continue;
            }
            let numeric = matches!(field.field_type, FieldType::Integer | FieldType::Number);
            let dated = is_dated(field.field_type);
            let period_named = is_period_name(&field.name);
            let share = numeric && is_share_name(&field.name);
            let amounts = numeric && is_amount_name(&field.name);
            if amounts && period_named {
                either.push((columns.len(), key_cols.len()));
            }
            if amounts || share {
                let decimal = field.decimal_char.as_deref().and_then(|d| d.chars().next());
                columns.push(Column {
                    col: i,
                    field: field.name.clone(),
                    decimal: decimal.unwrap_or('.'),
                    share,
                });
            }
            if !numeric || dated || period_named {
                key_cols.push(i);
                period_keys.push(dated || period_named);
            }
            if field.field_type == FieldType::String && !period_named {
                text_cols.push(i);
            }
        }
        let source = match code_col {
            Some((col, classifier)) => Source::Codes { col, classifier },
            None if !text_cols.is_empty() => Source::Words { text_cols },
            None => return None,
        };
        let lines = Lines::new(columns.len(), key_cols.len());
        (!columns.is_empty()).then_some(Self {
            source,
            key_cols,
            period_keys,
            columns,
            either,
            lines,
            limit: MAX_LINES,
            register: false,
        })
    }

    /// The check with no limit of rows: a table of any length is judged. For measuring the
    /// check on a large statistical table (`benches/validate.rs`); validation keeps the
    /// limit, past which a table is a register.
    pub fn without_limit(mut self) -> Self {
        self.limit = usize::MAX;
        self
    }

    /// Takes in one data row: `text(i)` is cell `i` as written, `cast(i)` its typed value
    /// (`None` when the cell failed its type or a constraint: it is then a word).
    pub fn row<'a>(
        &mut self,
        n: u64,
        text: impl Fn(usize) -> &'a str,
        cast: impl Fn(usize) -> Option<Cast>,
    ) {
        if self.register {
            return;
        }
        if self.lines.len() >= self.limit {
            self.register = true;
            self.lines = Lines::new(0, 0);
            return;
        }
        let lines = &mut self.lines;
        match &self.source {
            Source::Codes { col, classifier } => {
                let raw = text(*col).trim();
                let Some(code) = classifier.canonical(raw) else {
                    return;
                };
                let code = lines.codes.number(code, classifier);
                lines.code.push(code);
                lines.written.push(lines.written_texts.number(raw));
                lines.total.push(false);
                lines.item.push(false);
            }
            Source::Words { text_cols } => {
                let label = text_cols
                    .iter()
                    .map(|&i| text(i))
                    .find(|t| is_total_label(t));
                let item = text_cols.iter().any(|&i| is_item_label(text(i)));
                let written = label.map_or("", str::trim);
                lines.written.push(lines.written_texts.number(written));
                lines.total.push(label.is_some());
                lines.item.push(item);
            }
        }
        let line = lines.rows.len() as u32;
        lines.rows.push(n);
        for (c, column) in self.columns.iter().enumerate() {
            let number = match cast(column.col) {
                Some(Cast::Int(v)) => Some(v as f64),
                Some(Cast::Num(v)) => Some(v),
                Some(Cast::Null) => None,
                _ => {
                    let word = text(column.col).trim().to_owned();
                    lines.words.push((line, c as u32, word));
                    None
                }
            };
            let decimals = match number {
                Some(_) => text(column.col)
                    .trim()
                    .rsplit_once(column.decimal)
                    .map_or(0, |(_, d)| d.chars().filter(char::is_ascii_digit).count()),
                None => 0,
            };
            lines.numbers[c].append_option(number);
            lines.decimals[c].push(u8::try_from(decimals).unwrap_or(u8::MAX));
        }
        for ((numbers, texts), &i) in lines.keys.iter_mut().zip(&self.key_cols) {
            numbers.push(texts.number(text(i).trim()));
        }
    }

    /// The findings: each total's cell that is not the sum of its parts, and each total given
    /// twice over the same parts.
    pub fn finish(mut self) -> Vec<Finding> {
        let lines = std::mem::replace(&mut self.lines, Lines::new(0, 0));
        if lines.len() == 0 {
            return Vec::new();
        }
        // polars fails only on columns of unequal lengths, which these are not; were it to
        // fail, no total is judged rather than one judged wrong.
        self.judge(lines).unwrap_or_default()
    }

    /// The judgement of the kept rows, computed by polars: the periods, each total's parts
    /// and their sums are group-bys of the rows' frame.
    fn judge(&self, mut lines: Lines) -> PolarsResult<Vec<Finding>> {
        let height = lines.len();
        let numbers: Vec<Float64Chunked> = std::mem::take(&mut lines.numbers)
            .into_iter()
            .map(|b| b.finish())
            .collect();
        let decimals = &lines.decimals;
        // A column named like a period that holds only years is the period, not amounts.
        let year_like = |c: usize| {
            decimals[c].iter().all(|&d| d == 0)
                && numbers[c]
                    .iter()
                    .all(|x| x.is_some_and(|x| x.fract() == 0.0 && (1900.0..=2100.0).contains(&x)))
        };
        let (mut periods, mut amounts) = (Vec::new(), Vec::new());
        for &(c, k) in &self.either {
            if year_like(c) {
                periods.push(c)
            } else {
                amounts.push(k)
            }
        }
        let mut keys: Vec<PlColumn> = lines
            .keys
            .iter()
            .enumerate()
            .map(|(k, (ids, _))| UInt32Chunked::from_slice(key_name(k), ids).into_column())
            .collect();
        if let Source::Codes { .. } = self.source {
            keys.push(UInt32Chunked::from_slice("code".into(), &lines.code).into_column());
        }
        let keys = DataFrame::new(height, keys)?;
        let group_by: Vec<usize> = self
            .grouping_columns(&keys)?
            .into_iter()
            .filter(|k| !amounts.contains(k))
            .collect();
        let (period, labels) = periods_of(&keys, &group_by, &lines)?;
        drop(keys);

        let (code, part_of): (Vec<Option<u32>>, Vec<Option<u32>>) = match self.source {
            Source::Codes { .. } => lines
                .code
                .iter()
                .map(|&c| (Some(c), lines.codes.part_of[c as usize]))
                .unzip(),
            // By word, the total is code 0 and every other row is its part.
            Source::Words { .. } => lines
                .total
                .iter()
                .map(|&t| (t.then_some(0), (!t).then_some(0)))
                .unzip(),
        };
        let part_key = |l: usize| part_of[l].map(|of| key(period[l], of));
        let mut columns = vec![
            UInt64Chunked::from_iter_options("part".into(), (0..height).map(part_key))
                .into_column(),
            UInt32Chunked::from_iter_options("code".into(), code.iter().copied()).into_column(),
        ];
        for (c, numbers) in numbers.iter().enumerate() {
            let written = numbers
                .iter()
                .zip(&decimals[c])
                .map(|(x, &d)| x.map(|_| u32::from(d)));
            columns.push(numbers.clone().into_column());
            columns.push(UInt32Chunked::from_iter_options(decimals_name(c), written).into_column());
        }
        let parts = self.parts(&DataFrame::new(height, columns)?, &lines, &part_key)?;
        // The rows that may be totals: those whose code some row is a part of.
        let mut has_parts = vec![false; lines.codes.texts.texts.len().max(1)];
        for of in part_of.iter().flatten() {
            has_parts[*of as usize] = true;
        }
        let candidates: Vec<usize> = (0..height)
            .filter(|&l| code[l].is_some_and(|c| has_parts[c as usize]))
            .collect();
        let total_keys = UInt64Chunked::from_iter_values(
            "total".into(),
            candidates
                .iter()
                .filter_map(|&l| Some(key(period[l], code[l]?))),
        );
        let total_frame = DataFrame::new(candidates.len(), vec![total_keys.into_column()])?;
        let totals = total_frame.group_by(["total"])?;
        let total_keys = totals.keys();
        let Some(total_keys) = total_keys.first() else {
            return Ok(Vec::new());
        };
        let total_keys = total_keys.u64()?;
        let mut has_item = vec![false; labels.len()];
        for (l, _) in lines.item.iter().enumerate().filter(|(_, item)| **item) {
            has_item[period[l] as usize] = true;
        }
        let mut part_counts: Vec<Option<usize>> = vec![None; lines.codes.texts.texts.len()];
        let judged = Judged {
            lines: &lines,
            numbers: &numbers,
            parts: &parts,
        };
        let mut checks = Vec::new();
        let mut findings = Vec::new();
        for (g, group) in totals.get_groups().iter().enumerate() {
            let Some(total_key) = total_keys.get(g) else {
                continue;
            };
            let Some(&of) = parts.group.get(&total_key) else {
                continue;
            };
            let (p, code) = unkey(total_key);
            let label = labels.get(p as usize).map_or("", String::as_str);
            // In row order: the first is the total, any other a repeat.
            let mut total_lines: Vec<usize> = group_rows(group).map(|r| candidates[r]).collect();
            total_lines.sort_unstable();
            match &self.source {
                Source::Codes { classifier, .. } => {
                    // Every part the classifier lists is in the period once.
                    let wanted = *part_counts[code as usize].get_or_insert_with(|| {
                        classifier.part_codes(lines.codes.texts.text(code)).len()
                    });
                    if wanted < 2 || parts.rows[of] != wanted || parts.codes[of] != wanted {
                        continue;
                    }
                    match total_lines.as_slice() {
                        [total] => checks.extend(self.compare(&judged, *total, of, label)),
                        [first, again @ ..] => {
                            for &line in again {
                                findings.push(self.repeated(&lines, *first, line));
                            }
                        }
                        [] => {}
                    }
                }
                Source::Words { .. } => {
                    // The one total of its period, over at least two rows none of which is
                    // an "of which" item.
                    let [total] = total_lines.as_slice() else {
                        continue;
                    };
                    if has_item[p as usize] || parts.rows[of] < 2 {
                        continue;
                    }
                    checks.extend(
                        self.compare(&judged, *total, of, label)
                            .into_iter()
                            // A sum far above its total adds up rows of more than one level
                            // (a region's row and its districts): the table's structure is
                            // not known well enough to judge.
                            .filter(|k| !(k.total > 0.0 && k.sum >= 1.5 * k.total)),
                    );
                }
            }
        }
        // A column whose total falls below one of its parts, or equals each of them, holds no
        // amounts.
        let additive: Vec<bool> = (0..self.columns.len())
            .map(|c| {
                !periods.contains(&c)
                    && (self.columns[c].share
                        || !checks
                            .iter()
                            .any(|k| k.column == c && (k.below_a_part || k.constant)))
            })
            .collect();
        findings.extend(
            checks
                .into_iter()
                .filter(|k| additive[k.column] && k.differs(self.columns[k.column].share))
                .map(|k| self.finding(&k)),
        );
        findings.sort_by_key(|f| (f.row, f.column));
        Ok(findings)
    }

    /// The key columns that tell periods apart. By code, a column that only repeats what the
    /// code says (the region's name) does not: it has one value per code; by word, only
    /// columns named or typed as a period do (a name column tells every row apart).
    fn grouping_columns(&self, keys: &DataFrame) -> PolarsResult<Vec<usize>> {
        match self.source {
            Source::Codes { .. } => {
                let by_code = keys.group_by(["code"])?;
                let mut out = Vec::new();
                for k in 0..self.key_cols.len() {
                    let distinct = counts(&aggregate(&by_code, &key_name(k), Agg::Distinct)?)?;
                    if distinct.iter().any(|&n| n > 1) {
                        out.push(k);
                    }
                }
                Ok(out)
            }
            Source::Words { .. } => Ok((0..self.key_cols.len())
                .filter(|&k| self.period_keys[k])
                .collect()),
        }
    }

    /// The parts of each total, grouped by (period, the code they are part of), with their
    /// sums in each column of amounts.
    fn parts(
        &self,
        frame: &DataFrame,
        lines: &Lines,
        part_key: &dyn Fn(usize) -> Option<u64>,
    ) -> PolarsResult<Parts> {
        let grouped = frame.group_by(["part"])?;
        let keys = grouped.keys();
        let Some(keys) = keys.first() else {
            return Err(PolarsError::NoData("no group keys".into()));
        };
        let group = keys
            .u64()?
            .iter()
            .enumerate()
            .filter_map(|(g, key)| Some((key?, g)))
            .collect::<FxHashMap<_, _>>();
        let rows: Vec<usize> = grouped.get_groups().iter().map(|g| g.len()).collect();
        let codes = match self.source {
            Source::Codes { .. } => counts(&aggregate(&grouped, "code", Agg::Distinct)?)?
                .into_iter()
                .map(|n| n as usize)
                .collect(),
            Source::Words { .. } => rows.clone(),
        };
        let sums = (0..self.columns.len())
            .map(|c| Sums::new(&grouped, c))
            .collect::<PolarsResult<Vec<_>>>()?;
        // The words among the parts, in the order of the parts.
        let mut found = Vec::new();
        for (line, c, word) in &lines.words {
            let line = *line as usize;
            let Some(part) = part_key(line) else {
                continue;
            };
            let Some(&g) = group.get(&part) else {
                continue;
            };
            let (_, of) = unkey(part);
            let order = match &self.source {
                Source::Codes { classifier, .. } => {
                    let code = lines.codes.texts.text(lines.code[line]);
                    classifier
                        .part_codes(lines.codes.texts.text(of))
                        .iter()
                        .position(|p| *p == code)
                        .unwrap_or(usize::MAX)
                }
                Source::Words { .. } => line,
            };
            found.push(((g, *c as usize), order, lines.rows[line], word));
        }
        found.sort_by_key(|w| (w.0, w.1));
        let mut words: Words = FxHashMap::default();
        for (key, _, row, word) in found {
            words.entry(key).or_default().push((row, word.clone()));
        }
        Ok(Parts {
            group,
            rows,
            codes,
            sums,
            words,
        })
    }

    /// The total on kept row `total` compared with the parts of group `of`, in each column.
    fn compare(&self, judged: &Judged<'_>, total: usize, of: usize, period: &str) -> Vec<Check> {
        let Judged {
            lines,
            numbers,
            parts,
        } = judged;
        let mut out = Vec::new();
        for (column, spec) in self.columns.iter().enumerate() {
            let Some(value) = numbers[column].get(total) else {
                continue;
            };
            let sums = &parts.sums[column];
            let count = sums.count[of];
            let (Some(sum), Some(min), Some(max)) = (sums.sum[of], sums.min[of], sums.max[of])
            else {
                continue;
            };
            if count == 0 {
                continue;
            }
            let decimals = sums.decimals[of].max(u32::from(lines.decimals[column][total]));
            // Shares are compared only where the total says they make up the whole.
            if spec.share && (value - 100.0).abs() > 1e-9 {
                continue;
            }
            // A part that is no finite number (`NaN`, `INF`) is no amount to add up.
            if !sum.is_finite() {
                continue;
            }
            out.push(Check {
                row: lines.rows[total],
                code: lines.written(total).to_owned(),
                column,
                total: value,
                sum,
                parts: parts.rows[of],
                decimals,
                below_a_part: min >= 0.0 && max > value,
                constant: count >= 2 && value != 0.0 && min == value && max == value,
                words: parts.words.get(&(of, column)).cloned().unwrap_or_default(),
                period: period.to_owned(),
            });
        }
        out
    }

    fn repeated(&self, lines: &Lines, first: usize, again: usize) -> Finding {
        let col = match &self.source {
            Source::Codes { col, .. } => *col,
            Source::Words { .. } => 0,
        };
        let written = lines.written(again);
        Finding::new(Code::TotalRepeated)
            .at(lines.rows[again], col)
            .value(written)
            .arg("code", written.to_owned())
            .arg("first", lines.rows[first].to_string())
    }

    fn finding(&self, k: &Check) -> Finding {
        let column = &self.columns[k.column];
        // Written with the column's own decimal mark, as the cells are.
        let show = |x: f64| {
            format!("{x:.*}", k.decimals as usize).replace('.', &column.decimal.to_string())
        };
        let f = Finding::new(Code::TotalMismatch)
            .at(k.row, column.col)
            .value(&show(k.total))
            .with_field(&column.field)
            .arg("code", k.code.clone())
            .arg("total", show(k.total))
            .arg("sum", show(k.sum))
            .arg("difference", show(k.total - k.sum))
            .arg("parts", k.parts.to_string());
        let f = if k.period.is_empty() {
            f
        } else {
            f.arg("period", k.period.clone())
        };
        if k.words.is_empty() {
            return f;
        }
        // The words left out of the sum, a few of them, with their rows.
        const SHOWN: usize = 3;
        let mut words: Vec<String> = Vec::new();
        for (_, w) in &k.words {
            let quoted = format!("“{w}”");
            if words.len() < SHOWN && !words.contains(&quoted) {
                words.push(quoted);
            }
        }
        let rows: Vec<String> = k.words.iter().map(|(r, _)| r.to_string()).collect();
        let rows = if rows.len() > SHOWN {
            format!("{} …", rows[..SHOWN].join(", "))
        } else {
            rows.join(", ")
        };
        f.arg("words", words.join(", ")).arg("wordrows", rows)
    }
}

/// One number for a period and a code, for polars to group by one column.
fn key(period: u32, code: u32) -> u64 {
    (u64::from(period) << 32) | u64::from(code)
}

/// The period and the code of a [`key`].
fn unkey(key: u64) -> (u32, u32) {
    ((key >> 32) as u32, key as u32)
}

/// What [`Totals::compare`] reads: the kept rows, their numbers, and the parts of each total.
struct Judged<'a> {
    lines: &'a Lines,
    numbers: &'a [Float64Chunked],
    parts: &'a Parts,
}

/// Each kept row's period (numbered from 0) and each period's label as its rows write it
/// (`2025-Q2`): the groups of the key columns `group_by` in `keys`; one period when there are
/// none.
fn periods_of(
    keys: &DataFrame,
    group_by: &[usize],
    lines: &Lines,
) -> PolarsResult<(Vec<u32>, Vec<String>)> {
    let height = lines.len();
    if group_by.is_empty() {
        return Ok((vec![0; height], vec![String::new()]));
    }
    let grouped = keys.group_by(group_by.iter().map(|&k| key_name(k)))?;
    let mut period = vec![0; height];
    let mut labels = Vec::with_capacity(grouped.get_groups().len());
    for (p, group) in grouped.get_groups().iter().enumerate() {
        let first = group.first() as usize;
        let label: Vec<&str> = group_by
            .iter()
            .filter_map(|&k| {
                let (ids, texts) = lines.keys.get(k)?;
                Some(texts.text(*ids.get(first)?))
            })
            .filter(|t| !t.is_empty())
            .collect();
        labels.push(label.join(" · "));
        for r in group_rows(group) {
            period[r] = p as u32;
        }
    }
    Ok((period, labels))
}

/// One total compared with the sum of its parts in one column.
#[derive(Debug)]
struct Check {
    row: u64,
    /// The total's code as written, or its label.
    code: String,
    column: usize,
    total: f64,
    /// The sum of the parts that hold numbers.
    sum: f64,
    parts: usize,
    decimals: u32,
    below_a_part: bool,
    /// The total equals each part: an attribute repeated on every row, not an amount.
    constant: bool,
    /// Parts holding words instead of numbers: (row, word).
    words: Vec<(u64, String)>,
    /// The values that tell the comparison's period apart; empty for a table of one period.
    period: String,
}

impl Check {
    /// Whether the total and the sum differ at the column's decimals; for shares, by more
    /// than the rounding of the parts can make (half a unit in the last place each).
    fn differs(&self, share: bool) -> bool {
        let scale = 10f64.powi(self.decimals as i32);
        let units = ((self.total * scale).round() - (self.sum * scale).round()).abs();
        if share {
            units > self.parts as f64 / 2.0
        } else {
            units > 0.0
        }
    }
}

#[cfg(test)]
mod reference;
#[cfg(test)]
mod tests;
