//! The totals check as it was computed before polars, one struct per kept row and hash maps
//! of them, kept to test that the polars computation finds the same.

use rustc_hash::FxHashMap;

use super::{Source, Totals, is_item_label, is_total_label};
use crate::core::classifier::Classifier;
use crate::core::schema::field_check::Cast;
use crate::core::validate::{Code, Finding};

/// One value as read: the number and how many decimals it was written with.
#[derive(Debug, Clone, Copy)]
struct Value {
    number: f64,
    decimals: u32,
}

/// What one cell of amounts holds.
#[derive(Debug, Clone)]
enum Cell {
    Number(Value),
    /// Empty or "no data".
    Empty,
    /// A word where a number should be, as written.
    Word(String),
}

impl Cell {
    fn number(&self) -> Option<Value> {
        match self {
            Cell::Number(v) => Some(*v),
            _ => None,
        }
    }
}

/// A data row that may be a total or a part: where it is, what tells its period apart, its
/// amounts.
#[derive(Debug)]
struct Line {
    row: u64,
    /// By code: the canonical code (`17` for `1700`). By word: empty.
    code: String,
    /// The code as written, or the total's label.
    written: String,
    /// By word: the row is labelled as a total.
    total: bool,
    /// By word: the row is an "of which" item.
    item: bool,
    /// The texts of the columns that may tell periods apart.
    keys: Vec<String>,
    cells: Vec<Cell>,
}

/// The reference check: the configuration of a [`Totals`] and the rows it kept.
pub(super) struct Reference<'t> {
    t: &'t Totals,
    lines: Vec<Line>,
}

impl<'t> Reference<'t> {
    pub(super) fn new(t: &'t Totals) -> Self {
        Self {
            t,
            lines: Vec::new(),
        }
    }

    pub(super) fn row<'a>(
        &mut self,
        n: u64,
        text: impl Fn(usize) -> &'a str,
        cast: impl Fn(usize) -> Option<Cast>,
    ) {
        let (code, written, total, item) = match &self.t.source {
            Source::Codes { col, classifier } => {
                let raw = text(*col).trim();
                let Some(code) = classifier.canonical(raw) else {
                    return;
                };
                (code.to_owned(), raw.to_owned(), false, false)
            }
            Source::Words { text_cols } => {
                let label = text_cols
                    .iter()
                    .map(|&i| text(i))
                    .find(|t| is_total_label(t));
                let item = text_cols.iter().any(|&i| is_item_label(text(i)));
                let written = label.map(|l| l.trim().to_owned()).unwrap_or_default();
                (String::new(), written, label.is_some(), item)
            }
        };
        let cells = self
            .t
            .columns
            .iter()
            .map(|c| {
                let number = match cast(c.col) {
                    Some(Cast::Int(v)) => v as f64,
                    Some(Cast::Num(v)) => v,
                    Some(Cast::Null) => return Cell::Empty,
                    _ => return Cell::Word(text(c.col).trim().to_owned()),
                };
                let written = text(c.col).trim();
                let decimals = written.rsplit_once(c.decimal).map_or(0, |(_, d)| {
                    d.chars().filter(char::is_ascii_digit).count() as u32
                });
                Cell::Number(Value { number, decimals })
            })
            .collect();
        let keys = self
            .t
            .key_cols
            .iter()
            .map(|&i| text(i).trim().to_owned())
            .collect();
        self.lines.push(Line {
            row: n,
            code,
            written,
            total,
            item,
            keys,
            cells,
        });
    }

    pub(super) fn finish(self) -> Vec<Finding> {
        // A column named like a period that holds only years is the period, not amounts.
        let year_like = |c: usize| {
            self.lines.iter().all(|l| {
                l.cells[c].number().is_some_and(|x| {
                    x.decimals == 0
                        && x.number.fract() == 0.0
                        && (1900.0..=2100.0).contains(&x.number)
                })
            })
        };
        let (mut periods, mut amounts) = (Vec::new(), Vec::new());
        for &(c, k) in &self.t.either {
            if year_like(c) {
                periods.push(c)
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
        let mut findings = Vec::new();
        for (key, lines) in &groups {
            let (mut found, repeated) = match &self.t.source {
                Source::Codes { classifier, .. } => self.by_code(classifier, lines),
                Source::Words { .. } => (self.by_word(lines), Vec::new()),
            };
            // The period the comparison is in, as its row writes it (`2025-Q2`).
            let period = key
                .iter()
                .filter(|k| !k.is_empty())
                .copied()
                .collect::<Vec<_>>();
            for check in &mut found {
                check.period = period.join(" · ");
            }
            checks.extend(found);
            findings.extend(repeated);
        }
        // A column whose total falls below one of its parts, or equals each of them, holds no
        // amounts.
        let additive: Vec<bool> = (0..self.t.columns.len())
            .map(|c| {
                !periods.contains(&c)
                    && (self.t.columns[c].share
                        || !checks
                            .iter()
                            .any(|k| k.column == c && (k.below_a_part || k.constant)))
            })
            .collect();
        findings.extend(
            checks
                .into_iter()
                .filter(|k| additive[k.column] && k.differs(self.t.columns[k.column].share))
                .map(|k| self.finding(&k)),
        );
        findings.sort_by_key(|f| (f.row, f.column));
        findings
    }

    /// The key columns that tell periods apart. By code, a column that only repeats what the
    /// code says (the region's name) does not; by word, only columns named or typed as a
    /// period do (a name column tells every row apart).
    fn grouping_columns(&self) -> Vec<usize> {
        match self.t.source {
            Source::Codes { .. } => (0..self.t.key_cols.len())
                .filter(|&k| {
                    let mut seen: FxHashMap<&str, &str> = FxHashMap::default();
                    self.lines.iter().any(|l| {
                        let value = l.keys[k].as_str();
                        *seen.entry(l.code.as_str()).or_insert(value) != value
                    })
                })
                .collect(),
            Source::Words { .. } => (0..self.t.key_cols.len())
                .filter(|&k| self.t.period_keys[k])
                .collect(),
        }
    }

    /// The comparisons of one period by code: each total whose parts are all present once;
    /// and a finding for each total given again over them.
    fn by_code(&self, classifier: &Classifier, lines: &[&Line]) -> (Vec<Check>, Vec<Finding>) {
        let mut by_code: FxHashMap<&str, Vec<&Line>> = FxHashMap::default();
        for line in lines {
            by_code.entry(line.code.as_str()).or_default().push(line);
        }
        let (mut out, mut repeated) = (Vec::new(), Vec::new());
        for (code, totals) in &by_code {
            let parts = classifier.part_codes(code);
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
            match totals.as_slice() {
                [total] => out.extend(self.compare(total, &part_lines)),
                [first, again @ ..] => {
                    for line in again {
                        repeated.push(self.repeated(first, line));
                    }
                }
                [] => {}
            }
        }
        (out, repeated)
    }

    /// The comparisons of one period by word: its one total over the other rows, unless a
    /// row is an "of which" item.
    fn by_word(&self, lines: &[&Line]) -> Vec<Check> {
        let mut totals = lines.iter().filter(|l| l.total);
        let (Some(total), None) = (totals.next(), totals.next()) else {
            return Vec::new();
        };
        if lines.iter().any(|l| l.item) {
            return Vec::new();
        }
        let parts: Vec<&Line> = lines.iter().filter(|l| !l.total).copied().collect();
        if parts.len() < 2 {
            return Vec::new();
        }
        self.compare(total, &parts)
            .into_iter()
            // A sum far above its total adds up rows of more than one level (a region's row
            // and its districts): the table's structure is not known well enough to judge.
            .filter(|k| !(k.total > 0.0 && k.sum >= 1.5 * k.total))
            .collect()
    }

    /// The total's row compared with its parts in each column.
    fn compare(&self, total: &Line, parts: &[&Line]) -> Vec<Check> {
        let mut out = Vec::new();
        for (column, spec) in self.t.columns.iter().enumerate() {
            let Some(value) = total.cells[column].number() else {
                continue;
            };
            let present: Vec<Value> = parts
                .iter()
                .filter_map(|l| l.cells[column].number())
                .collect();
            if present.is_empty() {
                continue;
            }
            let decimals = present
                .iter()
                .map(|v| v.decimals)
                .chain([value.decimals])
                .max()
                .unwrap_or(0);
            // Shares are compared only where the total says they make up the whole.
            if spec.share && (value.number - 100.0).abs() > 1e-9 {
                continue;
            }
            let words = parts
                .iter()
                .filter_map(|l| match &l.cells[column] {
                    Cell::Word(w) => Some((l.row, w.clone())),
                    _ => None,
                })
                .collect();
            out.push(Check {
                row: total.row,
                code: total.written.clone(),
                column,
                total: value.number,
                sum: present.iter().map(|v| v.number).sum(),
                parts: parts.len(),
                decimals,
                below_a_part: present.iter().all(|v| v.number >= 0.0)
                    && present.iter().any(|v| v.number > value.number),
                constant: present.len() >= 2
                    && value.number != 0.0
                    && present.iter().all(|v| v.number == value.number),
                words,
                period: String::new(),
            });
        }
        out
    }

    fn repeated(&self, first: &Line, again: &Line) -> Finding {
        let col = match &self.t.source {
            Source::Codes { col, .. } => *col,
            Source::Words { .. } => 0,
        };
        Finding::new(Code::TotalRepeated)
            .at(again.row, col)
            .value(&again.written)
            .arg("code", again.written.clone())
            .arg("first", first.row.to_string())
    }

    fn finding(&self, k: &Check) -> Finding {
        let column = &self.t.columns[k.column];
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
