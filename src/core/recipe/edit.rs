//! Changes made by hand ([`Step::Edit`], [`Step::DeleteRow`]) bound to a table: each finds
//! its row by the key it recorded, through a hash of the key's cells, so a thousand edits
//! cost one lookup per row, not a thousand comparisons. An edit applies once, to the first
//! row with its key whose cell still holds the old value; one that finds no such row is
//! skipped and reported, never applied elsewhere.

use std::borrow::Cow;
use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use super::{RowKey, Step};

/// What an edit does to the row it finds.
enum Change<'s> {
    /// The cell in this column holding `old` becomes `new`.
    Cell {
        col: usize,
        old: &'s str,
        new: &'s str,
    },
    /// The row, whose cells (column, text) were these, goes.
    Delete(Vec<(usize, &'s str)>),
}

struct Entry<'s> {
    /// The step's index in the steps applied.
    step: usize,
    key: Vec<&'s str>,
    change: Change<'s>,
    used: bool,
}

/// Consecutive hand changes that name rows by the same fields.
pub(super) struct EditGroup<'s> {
    fields: Vec<&'s str>,
    key_cols: Vec<usize>,
    by_hash: FxHashMap<u64, Vec<usize>>,
    entries: Vec<Entry<'s>>,
}

/// What a group did to one row.
pub(super) enum Outcome {
    Kept,
    Deleted,
}

fn cell<'c>(cells: &'c [Cow<'_, str>], c: usize) -> &'c str {
    cells.get(c).map_or("", |t| t.as_ref())
}

fn key_hash<'a>(values: impl Iterator<Item = &'a str>) -> u64 {
    let mut h = FxHasher::default();
    for v in values {
        v.hash(&mut h);
    }
    h.finish()
}

impl<'s> EditGroup<'s> {
    /// Whether `step` names its row by this group's fields.
    pub(super) fn takes(&self, key: &RowKey) -> bool {
        key.keys()
            .map(String::as_str)
            .eq(self.fields.iter().copied())
    }

    /// A new group for a step naming its row by `key`'s fields; `None` when the table lacks
    /// one of them.
    pub(super) fn new(key: &'s RowKey, column: &dyn Fn(&str) -> Option<usize>) -> Option<Self> {
        let key_cols = key
            .keys()
            .map(|f| column(f))
            .collect::<Option<Vec<usize>>>()?;
        Some(Self {
            fields: key.keys().map(String::as_str).collect(),
            key_cols,
            by_hash: FxHashMap::default(),
            entries: Vec::new(),
        })
    }

    /// Adds the hand change `step` (index `index`); `false` when the table lacks a column
    /// it needs (the step is skipped).
    pub(super) fn add(
        &mut self,
        index: usize,
        step: &'s Step,
        column: &dyn Fn(&str) -> Option<usize>,
    ) -> bool {
        let (key, change) = match step {
            Step::Edit {
                key,
                field,
                old,
                new,
            } => {
                let Some(col) = column(field) else {
                    return false;
                };
                (key, Change::Cell { col, old, new })
            }
            Step::DeleteRow { key, old_row } => {
                let cells: Option<Vec<(usize, &str)>> = old_row
                    .iter()
                    .map(|(f, v)| column(f).map(|c| (c, v.as_str())))
                    .collect();
                let Some(cells) = cells else { return false };
                (key, Change::Delete(cells))
            }
            _ => return false,
        };
        let values: Vec<&str> = key.values().map(String::as_str).collect();
        let hash = key_hash(values.iter().copied());
        self.by_hash
            .entry(hash)
            .or_default()
            .push(self.entries.len());
        self.entries.push(Entry {
            step: index,
            key: values,
            change,
            used: false,
        });
        true
    }

    /// Applies the group's changes that name this row, in step order; gives whether the
    /// row was deleted and counts the cells changed.
    pub(super) fn apply(&mut self, cells: &mut [Cow<'_, str>]) -> Outcome {
        // After an edit to a key cell, the row is looked up again under its new key, for
        // the changes recorded after it.
        let mut after = 0;
        loop {
            let hash = key_hash(self.key_cols.iter().map(|&c| cell(cells, c)));
            let Some(list) = self.by_hash.get(&hash) else {
                return Outcome::Kept;
            };
            let found = list.iter().copied().find(|&e| {
                let entry = &self.entries[e];
                e >= after
                    && !entry.used
                    && self
                        .key_cols
                        .iter()
                        .zip(&entry.key)
                        .all(|(&c, v)| cell(cells, c) == *v)
                    && match &entry.change {
                        Change::Cell { col, old, .. } => cell(cells, *col) == *old,
                        Change::Delete(old) => old.iter().all(|(c, v)| cell(cells, *c) == *v),
                    }
            });
            let Some(e) = found else {
                return Outcome::Kept;
            };
            let entry = &mut self.entries[e];
            entry.used = true;
            after = e + 1;
            match &entry.change {
                Change::Delete(_) => return Outcome::Deleted,
                Change::Cell { col, new, .. } => {
                    if let Some(c) = cells.get_mut(*col) {
                        *c = Cow::Owned((*new).to_owned());
                    }
                }
            }
        }
    }

    /// The steps of changes that found no row.
    pub(super) fn unused(&self) -> impl Iterator<Item = usize> + '_ {
        self.entries.iter().filter(|e| !e.used).map(|e| e.step)
    }
}

#[cfg(test)]
mod tests {
    use crate::core::progress::NoProgress;
    use crate::core::recipe::{RowKey, Step, apply};
    use crate::core::schema::TableSchema;
    use crate::core::table::Table;

    fn key(pairs: &[(&str, &str)]) -> RowKey {
        pairs
            .iter()
            .map(|(f, v)| ((*f).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn edit(id: &str, field: &str, old: &str, new: &str) -> Step {
        Step::Edit {
            key: key(&[("id", id)]),
            field: field.into(),
            old: old.into(),
            new: new.into(),
        }
    }

    fn month(rows: &[[&str; 3]]) -> Table {
        let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
        Table::from_rows(&["id", "tuman", "soni"], &rows)
    }

    #[test]
    fn edits_replay_where_the_key_and_old_value_are_found_and_skip_elsewhere() {
        let steps = [
            edit("1", "soni", "12x", "12"),
            edit("2", "tuman", "Chilanzar", "Chilonzor"),
            edit("9", "soni", "5", "6"),
            Step::DeleteRow {
                key: key(&[("id", "3")]),
                old_row: key(&[("id", "3"), ("tuman", "test"), ("soni", "0")]),
            },
        ];
        // Next month: row 1 as it was, row 2 already fixed at the source, no row 9, and
        // row 3 still the test row.
        let table = month(&[
            ["1", "Yunusobod", "12x"],
            ["2", "Chilonzor", "7"],
            ["3", "test", "0"],
            ["4", "Olmazor", "4"],
        ]);
        let applied = apply(&table, &TableSchema::default(), &steps, &NoProgress)
            .unwrap_or_else(|_| panic!("cancelled"));
        let t = &applied.table;
        assert_eq!(t.rows(), 3);
        assert_eq!(t.cell(0, 2), Some("12"));
        assert_eq!(t.cell(1, 1), Some("Chilonzor"));
        assert_eq!(t.cell(2, 0), Some("4"));
        assert_eq!(applied.changed_cells, 1);
        assert_eq!(applied.removed_rows, 1);
        // The fix already made at the source and the missing key are reported as skipped.
        assert_eq!(applied.skipped, [1, 2]);
    }

    #[test]
    fn an_edited_key_is_found_again_under_its_new_value_and_a_changed_row_is_not_deleted() {
        let steps = [
            edit("1", "id", "1", "10"),
            edit("10", "soni", "3", "4"),
            Step::DeleteRow {
                key: key(&[("id", "2")]),
                old_row: key(&[("id", "2"), ("tuman", "a"), ("soni", "1")]),
            },
        ];
        let table = month(&[["1", "x", "3"], ["2", "a", "2"]]);
        let applied = apply(&table, &TableSchema::default(), &steps, &NoProgress)
            .unwrap_or_else(|_| panic!("cancelled"));
        assert_eq!(applied.table.cell(0, 0), Some("10"));
        assert_eq!(applied.table.cell(0, 2), Some("4"));
        assert_eq!(applied.table.rows(), 2);
        assert_eq!(applied.skipped, [2]);
    }

    #[test]
    fn without_a_key_the_row_is_named_by_all_its_cells_and_each_edit_applies_once() {
        let full = key(&[("id", "5"), ("tuman", "b"), ("soni", "1")]);
        let steps = [Step::Edit {
            key: full.clone(),
            field: "soni".into(),
            old: "1".into(),
            new: "2".into(),
        }];
        // Two identical rows: the first one takes the edit.
        let table = month(&[["5", "b", "1"], ["5", "b", "1"]]);
        let applied = apply(&table, &TableSchema::default(), &steps, &NoProgress)
            .unwrap_or_else(|_| panic!("cancelled"));
        assert_eq!(applied.table.cell(0, 2), Some("2"));
        assert_eq!(applied.table.cell(1, 2), Some("1"));
        // Steps saved in a package read back the same.
        let json = serde_json::to_string(&steps[0]).unwrap_or_default();
        assert!(
            json.starts_with(r#"{"op":"edit","key":{"id":"5""#),
            "{json}"
        );
        let back: Step = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, steps[0]);
    }
}
