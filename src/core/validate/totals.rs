//! Totals that hold together: a row whose SOATO code stands for the others (the republic
//! `1700` over its regions, a region over its districts) must equal the sum of their rows, in
//! each numeric column and each period. A difference is a `total-mismatch` finding on the
//! total's cell, compared at the column's own decimals.
//!
//! It never guesses: a total is checked only when every part the classifier lists for it is
//! in the table once (an extract of a few districts is no error), a code that stands twice in
//! one period is left alone, a part that is not a number leaves its column unchecked, and a
//! column whose total is smaller than one of its parts
//! (an average, a rate, a share) is not a column of amounts and is not summed.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{Code, Finding};
use crate::core::classifier::Classifier;
use crate::core::schema::field_check::Cast;
use crate::core::schema::{FieldType, TableSchema};

/// Rows with a code past which a table is a register, not a statistical table: its totals are
/// not checked, and what was kept for them is let go (memory stays bounded on big files).
const MAX_LINES: usize = 50_000;

/// Words in a column's name that say its values are not amounts to add up.
const NOT_AMOUNTS: [&str; 16] = [
    "%",
    "foiz",
    "ulush",
    "oʻrtacha",
    "o'rtacha",
    "ўртача",
    "улуш",
    "фоиз",
    "доля",
    "процент",
    "средн",
    "share",
    "average",
    "rate",
    "t/r",
    "п/п",
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
    let name = name.to_lowercase();
    !NOT_AMOUNTS.iter().any(|w| name.contains(w))
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

/// One value as read: the number and how many decimals it was written with.
#[derive(Debug, Clone, Copy)]
struct Value {
    number: f64,
    decimals: u32,
}

/// A data row with a known code: where it is, what tells its period apart, its amounts.
#[derive(Debug)]
struct Line {
    row: u64,
    /// The canonical code (`17` for `1700`), and as written.
    code: String,
    written: String,
    /// The texts of the columns that may tell periods apart.
    keys: Vec<String>,
    /// Each amount; `None` where the cell is empty or "no data".
    values: Vec<Option<Value>>,
    /// The amounts' columns whose cell holds something that is not a number.
    broken: Vec<bool>,
}

/// The totals check of one table, fed row by row and judged at the end.
pub(super) struct Totals {
    code_col: usize,
    classifier: Arc<Classifier>,
    /// Columns that may tell periods (or other groups) apart.
    key_cols: Vec<usize>,
    /// Columns of amounts, with their field names.
    value_cols: Vec<(usize, String)>,
    /// Numeric columns named like a period (`yil`, `I chorak`): years when every value is one
    /// (a period column), amounts otherwise. Each is (its value index, its key index).
    either: Vec<(usize, usize)>,
    decimal_chars: Vec<char>,
    lines: Vec<Line>,
    /// More than [`MAX_LINES`] rows had a code: no totals are checked.
    register: bool,
}

impl Totals {
    /// The check for `schema`, when it has a column bound to a classifier with a hierarchy
    /// and at least one column of amounts.
    pub(super) fn new(
        schema: &TableSchema,
        classifiers: &[Option<Arc<Classifier>>],
    ) -> Option<Self> {
        let (code_col, classifier) = hierarchy_column(classifiers)?;
        let mut key_cols = Vec::new();
        let mut value_cols = Vec::new();
        let mut either = Vec::new();
        let mut decimal_chars = Vec::new();
        for (i, field) in schema.fields.iter().enumerate() {
            if i == code_col || classifiers.get(i).is_some_and(Option::is_some) {
                continue;
            }
            let numeric = matches!(field.field_type, FieldType::Integer | FieldType::Number);
            let dated = is_dated(field.field_type);
            let period_named = is_period_name(&field.name);
            let amounts = numeric && is_amount_name(&field.name);
            if amounts && period_named {
                either.push((value_cols.len(), key_cols.len()));
            }
            if amounts {
                value_cols.push((i, field.name.clone()));
                let decimal = field.decimal_char.as_deref().and_then(|d| d.chars().next());
                decimal_chars.push(decimal.unwrap_or('.'));
            }
            if !numeric || dated || period_named {
                key_cols.push(i);
            }
        }
        (!value_cols.is_empty()).then_some(Self {
            code_col,
            classifier,
            key_cols,
            value_cols,
            either,
            decimal_chars,
            lines: Vec::new(),
            register: false,
        })
    }

    /// Takes in one data row: `text(i)` is cell `i` as written, `cast(i)` its typed value.
    pub(super) fn row<'a>(
        &mut self,
        n: u64,
        text: impl Fn(usize) -> &'a str,
        cast: impl Fn(usize) -> Option<Cast>,
    ) {
        if self.register {
            return;
        }
        if self.lines.len() >= MAX_LINES {
            self.register = true;
            self.lines = Vec::new();
            return;
        }
        let raw = text(self.code_col).trim();
        let Some(code) = self.classifier.canonical(raw) else {
            return;
        };
        let written = raw.to_owned();
        // Each amount, and whether its cell holds something that is not a number.
        let (values, broken) = self
            .value_cols
            .iter()
            .zip(&self.decimal_chars)
            .map(|(&(i, _), &decimal)| {
                let number = match cast(i) {
                    Some(Cast::Int(v)) => v as f64,
                    Some(Cast::Num(v)) => v,
                    Some(Cast::Null) => return (None, false),
                    _ => return (None, true),
                };
                let written = text(i).trim();
                let decimals = written.rsplit_once(decimal).map_or(0, |(_, d)| {
                    d.chars().filter(char::is_ascii_digit).count() as u32
                });
                (Some(Value { number, decimals }), false)
            })
            .unzip();
        let keys = self
            .key_cols
            .iter()
            .map(|&i| text(i).trim().to_owned())
            .collect();
        self.lines.push(Line {
            row: n,
            code: code.to_owned(),
            written,
            keys,
            values,
            broken,
        });
    }

    /// The mismatches found: one finding a total's cell that is not the sum of its parts.
    pub(super) fn finish(self) -> Vec<Finding> {
        // A column named like a period that holds only years is the period, not amounts.
        let year_like = |v: usize| {
            self.lines.iter().all(|l| {
                l.values[v].is_some_and(|x| {
                    x.decimals == 0
                        && x.number.fract() == 0.0
                        && (1900.0..=2100.0).contains(&x.number)
                })
            })
        };
        let (mut periods, mut amounts) = (Vec::new(), Vec::new());
        for &(v, k) in &self.either {
            if year_like(v) {
                periods.push(v)
            } else {
                amounts.push(k)
            }
        }
        let group_by: Vec<usize> = self
            .grouping_columns()
            .into_iter()
            .filter(|k| !amounts.contains(k))
            .collect();
        let mut groups: FxHashMap<Vec<&str>, Vec<&Line>> = FxHashMap::default();
        for line in &self.lines {
            let key = group_by.iter().map(|&k| line.keys[k].as_str()).collect();
            groups.entry(key).or_default().push(line);
        }
        let mut checks = Vec::new();
        for lines in groups.values() {
            checks.extend(self.group_checks(lines));
        }
        // A column whose total falls below one of its parts holds no amounts.
        let additive: Vec<bool> = (0..self.value_cols.len())
            .map(|c| {
                !periods.contains(&c) && !checks.iter().any(|k| k.column == c && k.below_a_part)
            })
            .collect();
        let mut findings: Vec<Finding> = checks
            .into_iter()
            .filter(|k| additive[k.column] && k.differs())
            .map(|k| self.finding(&k))
            .collect();
        findings.sort_by_key(|f| (f.row, f.column));
        findings
    }

    /// The key columns that tell rows of one code apart: a column that only repeats what the
    /// code says (the region's name) does not.
    fn grouping_columns(&self) -> Vec<usize> {
        (0..self.key_cols.len())
            .filter(|&k| {
                let mut seen: FxHashMap<&str, &str> = FxHashMap::default();
                self.lines.iter().any(|l| {
                    let value = l.keys[k].as_str();
                    *seen.entry(l.code.as_str()).or_insert(value) != value
                })
            })
            .collect()
    }

    /// The comparisons of one period: each total whose parts are all present once.
    fn group_checks(&self, lines: &[&Line]) -> Vec<Check> {
        let mut by_code: FxHashMap<&str, Vec<&Line>> = FxHashMap::default();
        for line in lines {
            by_code.entry(line.code.as_str()).or_default().push(line);
        }
        let mut out = Vec::new();
        for (code, totals) in &by_code {
            let [total] = totals.as_slice() else { continue };
            let parts: Vec<&str> = self
                .classifier
                .children(code)
                .filter(|e| !e.is_group)
                .map(|e| e.code.as_str())
                .collect();
            if parts.len() < 2 {
                continue;
            }
            let mut part_lines = Vec::with_capacity(parts.len());
            for part in &parts {
                match by_code.get(part).map(Vec::as_slice) {
                    Some([line]) => part_lines.push(*line),
                    _ => break,
                }
            }
            if part_lines.len() != parts.len() {
                continue;
            }
            for column in 0..self.value_cols.len() {
                // A part that is not a number leaves the sum unknown.
                let Some(value) = total.values[column] else {
                    continue;
                };
                if part_lines.iter().any(|l| l.broken[column]) {
                    continue;
                }
                let present: Vec<Value> =
                    part_lines.iter().filter_map(|l| l.values[column]).collect();
                if present.is_empty() {
                    continue;
                }
                let decimals = present
                    .iter()
                    .map(|v| v.decimals)
                    .chain([value.decimals])
                    .max()
                    .unwrap_or(0);
                let below_a_part = present.iter().all(|v| v.number >= 0.0)
                    && present.iter().any(|v| v.number > value.number);
                out.push(Check {
                    row: total.row,
                    code: total.written.clone(),
                    column,
                    total: value.number,
                    sum: present.iter().map(|v| v.number).sum(),
                    parts: part_lines.len(),
                    decimals,
                    below_a_part,
                });
            }
        }
        out
    }

    fn finding(&self, k: &Check) -> Finding {
        let (col, field) = &self.value_cols[k.column];
        // Written with the column's own decimal mark, as the cells are.
        let decimal = self.decimal_chars[k.column];
        let show =
            |x: f64| format!("{x:.*}", k.decimals as usize).replace('.', &decimal.to_string());
        Finding::new(Code::TotalMismatch)
            .at(k.row, *col)
            .value(&show(k.total))
            .with_field(field)
            .arg("code", k.code.clone())
            .arg("total", show(k.total))
            .arg("sum", show(k.sum))
            .arg("difference", show(k.total - k.sum))
            .arg("parts", k.parts.to_string())
    }
}

/// One total compared with the sum of its parts in one column.
#[derive(Debug)]
struct Check {
    row: u64,
    code: String,
    column: usize,
    total: f64,
    sum: f64,
    parts: usize,
    decimals: u32,
    below_a_part: bool,
}

impl Check {
    /// Whether the total and the sum differ at the column's decimals.
    fn differs(&self) -> bool {
        let scale = 10f64.powi(self.decimals as i32);
        (self.total * scale).round() != (self.sum * scale).round()
    }
}
