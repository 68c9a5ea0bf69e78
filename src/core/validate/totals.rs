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
//! not numbers, are left out of the sum and listed in the finding.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{Code, Finding};
use crate::core::classifier::Classifier;
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

/// A column of amounts (or shares).
#[derive(Debug)]
struct Column {
    col: usize,
    field: String,
    decimal: char,
    share: bool,
}

/// The totals check of one table, fed row by row and judged at the end.
pub(super) struct Totals {
    source: Source,
    /// Columns that may tell periods (or other groups) apart.
    key_cols: Vec<usize>,
    /// For each key column: whether it is named or typed as a period.
    period_keys: Vec<bool>,
    columns: Vec<Column>,
    /// Numeric columns named like a period (`yil`, `I chorak`): years when every value is one
    /// (a period column), amounts otherwise. Each is (its column index, its key index).
    either: Vec<(usize, usize)>,
    lines: Vec<Line>,
    /// More than [`MAX_LINES`] rows were kept: no totals are checked.
    register: bool,
}

impl Totals {
    /// The check for `schema`, when it has at least one column of amounts, and a column bound
    /// to a classifier with a hierarchy or a text column to find total labels in.
    pub(super) fn new(
        schema: &TableSchema,
        classifiers: &[Option<Arc<Classifier>>],
    ) -> Option<Self> {
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
        (!columns.is_empty()).then_some(Self {
            source,
            key_cols,
            period_keys,
            columns,
            either,
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
        let (code, written, total, item) = match &self.source {
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

    /// The findings: each total's cell that is not the sum of its parts, and each total given
    /// twice over the same parts.
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
        for &(c, k) in &self.either {
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
            let (mut found, repeated) = match &self.source {
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
        findings
    }

    /// The key columns that tell periods apart. By code, a column that only repeats what the
    /// code says (the region's name) does not; by word, only columns named or typed as a
    /// period do (a name column tells every row apart).
    fn grouping_columns(&self) -> Vec<usize> {
        match self.source {
            Source::Codes { .. } => (0..self.key_cols.len())
                .filter(|&k| {
                    let mut seen: FxHashMap<&str, &str> = FxHashMap::default();
                    self.lines.iter().any(|l| {
                        let value = l.keys[k].as_str();
                        *seen.entry(l.code.as_str()).or_insert(value) != value
                    })
                })
                .collect(),
            Source::Words { .. } => (0..self.key_cols.len())
                .filter(|&k| self.period_keys[k])
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
        for (column, spec) in self.columns.iter().enumerate() {
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
        let col = match &self.source {
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
mod tests {
    use super::{is_item_label, is_total_label};

    #[test]
    fn total_labels_in_four_languages() {
        for label in [
            "Jami",
            "JAMI:",
            "Жами",
            "Итого",
            "Итого по республике",
            "Всего:",
            "Total",
            "Barchasi",
            "Respublika boʻyicha jami",
            "Jami respublika boʻyicha",
            "Всего по Республике Узбекистан",
            "Jami, ming kishi",
            "  Hammasi ",
            "Grand total*",
        ] {
            assert!(is_total_label(label), "{label}");
        }
        for label in [
            "Jamiyat",
            "Toshkent",
            "Всеволожск",
            "Totalizator",
            "",
            "Jamoa",
            "Jami aholi",
            "Всего заявлений",
            "Total population",
        ] {
            assert!(!is_total_label(label), "{label}");
        }
    }

    #[test]
    fn item_labels() {
        for label in [
            "shu jumladan:",
            "в том числе",
            "  qishloq",
            "- sanoat",
            "Из них",
        ] {
            assert!(is_item_label(label), "{label}");
        }
        for label in ["Sanoat", "Toshkent shahri", " -5", ""] {
            assert!(!is_item_label(label), "{label}");
        }
    }
}
