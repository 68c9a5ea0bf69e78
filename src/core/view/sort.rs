//! A sorted order of a table's rows by one column, read by the column's type: numbers as
//! numbers, dates as dates, text in [`super::collate`] order. Values that do not read as the
//! column's type come after those that do, in text order among themselves, and empty cells
//! come last; both stay in those places whichever way the sort goes. Rows that compare
//! equal keep their file order. The table is never changed: the order is a list of row
//! indexes.

use rustc_hash::FxHashMap;

use super::collate::collation_key_with;
use crate::core::infer::{ValueKind, parse_date, parse_number};
use crate::core::progress::Progress;
use crate::core::schema::field_check::{Cast, FieldCheck};
use crate::core::table::Table;

/// The sort was stopped by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

/// How a column's cells are read for sorting.
#[derive(Debug, Clone)]
pub enum ColumnType {
    Text,
    /// Numbers written with `.` or `,` as the decimal mark and spaces between groups.
    Number,
    /// Dates as `dd.mm.yyyy`, `dd/mm/yyyy` or `yyyy-mm-dd`.
    Date,
    /// As the schema's field reads them, its missing values counting as empty.
    Field(Box<FieldCheck>, Vec<String>),
}

impl ColumnType {
    /// The reading for a column a profile found to hold `kind`.
    pub fn of_kind(kind: ValueKind) -> Self {
        match kind {
            ValueKind::Integer | ValueKind::Number => Self::Number,
            ValueKind::Date => Self::Date,
            _ => Self::Text,
        }
    }
}

/// Where a cell goes in the order.
enum Key {
    Value(f64),
    Text,
    Unreadable,
    Empty,
}

fn key_of(ty: &ColumnType, text: &str) -> Key {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Key::Empty;
    }
    match ty {
        ColumnType::Text => Key::Text,
        ColumnType::Number => parse_number(trimmed).map_or(Key::Unreadable, Key::Value),
        ColumnType::Date => parse_date(trimmed).map_or(Key::Unreadable, |(y, m, d)| {
            Key::Value(f64::from(y) * 512.0 + f64::from(m) * 32.0 + f64::from(d))
        }),
        ColumnType::Field(check, missing) => {
            if check.is_missing(text, missing) {
                return Key::Empty;
            }
            match check.cast(text) {
                Ok(Cast::Int(i)) => Key::Value(i as f64),
                Ok(Cast::Num(n)) => Key::Value(n),
                Ok(Cast::Date(d) | Cast::DateTime(d)) => Key::Value(d as f64),
                Ok(Cast::Bool(b)) => Key::Value(f64::from(u8::from(b))),
                Ok(Cast::Text) => Key::Text,
                Ok(Cast::Null) => Key::Empty,
                Err(_) => Key::Unreadable,
            }
        }
    }
}

/// A float's bits made to sort as the float does (NaN after everything).
fn ordered_bits(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 { !b } else { b | (1 << 63) }
}

/// A distinct text's collation key: its first 16 bytes (zero-padded; no key unit starts
/// with a zero byte, so padding sorts a shorter key first), and where the whole is.
struct Key16 {
    head: u128,
    start: usize,
    len: u32,
    id: u32,
}

/// Distinct texts of a column, each given its rank in collation order.
#[derive(Default)]
struct Texts<'t> {
    ids: FxHashMap<&'t str, u32>,
    distinct: Vec<&'t str>,
    /// (distinct id, row)
    rows: Vec<(u32, u32)>,
}

impl<'t> Texts<'t> {
    fn push(&mut self, text: &'t str, row: u32) {
        let next = self.distinct.len() as u32;
        let id = *self.ids.entry(text).or_insert(next);
        if id == next {
            self.distinct.push(text);
        }
        self.rows.push((id, row));
    }

    /// The rows in collation order of their texts (the reverse when `descending`), ties
    /// in row order.
    fn sorted(self, descending: bool) -> impl Iterator<Item = u32> {
        // All keys in one buffer; each sorts first by its first 16 bytes, held inline, so
        // most comparisons never leave the array.
        let mut arena: Vec<u8> = Vec::new();
        let mut keys: Vec<Key16> = Vec::with_capacity(self.distinct.len());
        let (mut key, mut chars) = (Vec::new(), Vec::new());
        for (id, text) in self.distinct.iter().enumerate() {
            collation_key_with(text, &mut key, &mut chars);
            let mut head = [0u8; 16];
            let n = key.len().min(16);
            head[..n].copy_from_slice(&key[..n]);
            keys.push(Key16 {
                head: u128::from_be_bytes(head),
                start: arena.len(),
                len: key.len() as u32,
                id: id as u32,
            });
            arena.extend_from_slice(&key);
        }
        let full = |k: &Key16| &arena[k.start..k.start + k.len as usize];
        keys.sort_unstable_by(|a, b| a.head.cmp(&b.head).then_with(|| full(a).cmp(full(b))));
        // Equal keys (case or apostrophe apart) share a rank, so their rows keep file order.
        let mut rank = vec![0u32; keys.len()];
        let mut r = 0u32;
        for (i, k) in keys.iter().enumerate() {
            if i > 0 && (keys[i - 1].head != k.head || full(&keys[i - 1]) != full(k)) {
                r += 1;
            }
            rank[k.id as usize] = r;
        }
        let top = r;
        let mut rows: Vec<u64> = self
            .rows
            .into_iter()
            .map(|(id, row)| {
                let rank = rank[id as usize];
                let rank = if descending { top - rank } else { rank };
                (u64::from(rank) << 32) | u64::from(row)
            })
            .collect();
        rows.sort_unstable();
        rows.into_iter().map(|k| k as u32)
    }
}

/// The rows of `table` sorted by column `col` read as `ty`, ascending or descending; rows
/// past `u32::MAX` are not sorted (no table Ochiq reads has that many).
pub fn sort_rows(
    table: &Table,
    col: usize,
    ty: &ColumnType,
    descending: bool,
    progress: &dyn Progress,
) -> Result<Vec<u32>, Cancelled> {
    let total = table.rows().min(u32::MAX as usize);
    let mut values: Vec<(u64, u32)> = Vec::new();
    let mut texts = Texts::default();
    let mut unreadable = Texts::default();
    let mut empty: Vec<u32> = Vec::new();
    let mut row = 0u32;
    // The reading takes the first half of the progress, the sorting the rest.
    let steps = total as u64 * 2;
    for chunk in table.chunks() {
        if progress.cancelled() {
            return Err(Cancelled);
        }
        for r in 0..chunk.rows() {
            if row as usize >= total {
                break;
            }
            let text = chunk.row(r).get(col).unwrap_or("");
            match key_of(ty, text) {
                Key::Value(x) => {
                    let bits = ordered_bits(x);
                    values.push((if descending { !bits } else { bits }, row));
                }
                Key::Text => texts.push(text, row),
                Key::Unreadable => unreadable.push(text, row),
                Key::Empty => empty.push(row),
            }
            row += 1;
        }
        progress.set(u64::from(row), steps);
    }
    if progress.cancelled() {
        return Err(Cancelled);
    }
    values.sort_unstable();
    progress.set(total as u64 * 3 / 2, steps);
    let mut order = Vec::with_capacity(total);
    order.extend(values.into_iter().map(|(_, r)| r));
    order.extend(texts.sorted(descending));
    if progress.cancelled() {
        return Err(Cancelled);
    }
    order.extend(unreadable.sorted(descending));
    order.extend(empty);
    progress.set(steps, steps);
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::progress::NoProgress;
    use crate::core::schema::{Field, FieldType};

    fn column(values: &[&str]) -> Table {
        let rows: Vec<Vec<&str>> = values.iter().map(|v| vec![*v]).collect();
        Table::from_rows(&["x"], &rows)
    }

    fn sorted(values: &[&str], ty: &ColumnType, descending: bool) -> Vec<String> {
        let table = column(values);
        let order = sort_rows(&table, 0, ty, descending, &NoProgress)
            .unwrap_or_else(|_| panic!("cancelled"));
        order
            .iter()
            .map(|&r| table.cell(r as usize, 0).unwrap_or("?").to_owned())
            .collect()
    }

    #[test]
    fn numbers_sort_as_numbers_with_unreadable_values_in_their_own_group_and_empty_last() {
        let values = ["10", "", "9", "n/a", "1 200,5", "-3", "abc", "9"];
        assert_eq!(
            sorted(&values, &ColumnType::Number, false),
            ["-3", "9", "9", "10", "1 200,5", "abc", "n/a", ""]
        );
        assert_eq!(
            sorted(&values, &ColumnType::Number, true),
            ["1 200,5", "10", "9", "9", "-3", "n/a", "abc", ""]
        );
    }

    #[test]
    fn dates_sort_by_the_calendar_not_by_their_text() {
        let values = ["02.01.2025", "2024-12-31", "31.01.2025", "soon"];
        assert_eq!(
            sorted(&values, &ColumnType::Date, false),
            ["2024-12-31", "02.01.2025", "31.01.2025", "soon"]
        );
    }

    #[test]
    fn a_schema_field_reads_its_own_format_and_missing_values_count_as_empty() {
        let field = Field {
            name: "x".into(),
            field_type: FieldType::Integer,
            ..Field::default()
        };
        let ty = ColumnType::Field(Box::new(FieldCheck::compile(&field).0), vec!["-".into()]);
        assert_eq!(
            sorted(&["3", "-", "12", "1.5"], &ty, false),
            ["3", "12", "1.5", "-"]
        );
    }

    #[test]
    fn equal_texts_keep_file_order_both_ways() {
        let table = column(&["b", "A", "a", "B", "a"]);
        let up = sort_rows(&table, 0, &ColumnType::Text, false, &NoProgress).unwrap_or_default();
        assert_eq!(up, [1, 2, 4, 0, 3]);
        let down = sort_rows(&table, 0, &ColumnType::Text, true, &NoProgress).unwrap_or_default();
        assert_eq!(down, [0, 3, 1, 2, 4]);
    }
}
