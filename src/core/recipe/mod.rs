//! Recipes: the fixes a steward accepted, as steps saved with the dataset and replayed on
//! next month's file. Steps name columns by field name, so they survive reordered columns;
//! a step whose column is gone is skipped and reported. Applying a recipe never changes the
//! source table: it builds a new one, chunk by chunk.

mod edit;
pub mod mark;
pub mod personal;
pub mod reshape;
pub mod suggest;
pub mod values;

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::core::progress::Progress;
use crate::core::schema::{FieldType, TableSchema};
use crate::core::table::{ChunkBuilder, Table};
use crate::core::validate::{CellChecker, FieldCheck, RowKind};

pub use crate::core::schema::recipe::{Recipe, Refusal, RowClass, RowKey, Step, TargetScript};

/// The class of a row as the validator sees it, if it is one a [`Step::RemoveRows`] can drop.
fn row_class(kind: RowKind) -> Option<RowClass> {
    match kind {
        RowKind::Data => None,
        RowKind::Blank => Some(RowClass::Blank),
        RowKind::Spacer => Some(RowClass::Spacer),
        RowKind::Footnote => Some(RowClass::Footnote),
    }
}

/// A table after some steps.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    pub table: Table,
    /// Cells whose text changed.
    pub changed_cells: u64,
    pub removed_rows: u64,
    /// Indexes of steps whose column the table does not have.
    pub skipped: Vec<usize>,
    /// Rows a [`Step::MarkTotals`] marked as totals.
    pub marked_rows: u64,
    /// What the last unpivot did (its `table` is left empty).
    pub unpivot: Option<reshape::Unpivoted>,
    /// An unpivot that would have lost data (its index and why); the steps after it are
    /// skipped and the table is as it was before it.
    pub refused: Option<(usize, reshape::Refusal)>,
}

/// The applying was stopped by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

/// A step bound to a column of the table at hand.
enum Op<'s> {
    Trim(usize),
    Numbers(usize, FieldCheck, char, bool),
    Dates(usize, FieldCheck, Option<&'s str>),
    Transliterate(usize, TargetScript),
    Replace(usize, &'s BTreeMap<String, String>),
    RemoveRows(&'s [RowClass]),
    FillDown(usize),
    /// Changes made by hand: the group at this index.
    ByHand(usize),
    Mask(usize),
}

/// Applies `steps` to `table`, whose columns `schema` describes (types, formats and missing
/// values decide which values fail and which rows are blank). When the recipe reshapes the
/// table, `schema` describes the reshaped table: the steps before an unpivot find their
/// period columns' definition in its value field.
pub fn apply(
    table: &Table,
    schema: &TableSchema,
    steps: &[Step],
    progress: &dyn Progress,
) -> Result<Applied, Cancelled> {
    let mut out = Applied::default();
    let mut current: Option<Table> = None;
    let mut start = 0;
    for (i, step) in steps.iter().enumerate() {
        if !step.reshapes() {
            continue;
        }
        let here = current.as_ref().unwrap_or(table);
        let wide = reshape::widened_schema(schema, here.header(), step);
        let before = apply_plain(here, &wide, &steps[start..i], start, progress)?;
        let here = out.take(before);
        start = i + 1;
        let (period, value, columns) = match step {
            Step::Unpivot {
                period,
                value,
                columns,
            } => (period, value, columns),
            Step::MarkTotals { field } => {
                if here.header().contains(field) {
                    out.skipped.push(i);
                    current = Some(here);
                } else {
                    let (marked, n) = mark::mark(&here, &wide, field);
                    out.marked_rows += n;
                    current = Some(marked);
                }
                continue;
            }
            Step::DropColumn { field } => {
                match here.header().iter().position(|h| h == field) {
                    Some(c) => current = Some(personal::drop_column(&here, c)),
                    None => {
                        out.skipped.push(i);
                        current = Some(here);
                    }
                }
                continue;
            }
            Step::Aggregate { by, sum, count } => {
                if by.iter().any(|b| here.header().contains(b)) {
                    out.removed_rows += here.rows() as u64;
                    current = Some(personal::aggregate(&here, by, sum, count));
                } else {
                    out.skipped.push(i);
                    current = Some(here);
                }
                continue;
            }
            _ => continue,
        };
        let Some(plan) = reshape::plan(here.header(), columns) else {
            out.skipped.push(i);
            current = Some(here);
            continue;
        };
        match reshape::unpivot(
            &here,
            &plan,
            (period, value),
            &wide.missing_values,
            usize::MAX,
        ) {
            Ok(mut done) => {
                current = Some(std::mem::take(&mut done.table));
                out.unpivot = Some(done);
            }
            Err(refusal) => {
                out.refused = Some((i, refusal));
                out.skipped.extend(i + 1..steps.len());
                out.table = here;
                return Ok(out);
            }
        }
    }
    let here = current.as_ref().unwrap_or(table);
    let rest = apply_plain(here, schema, &steps[start..], start, progress)?;
    out.table = out.take(rest);
    Ok(out)
}

impl Applied {
    /// Adds a part's counts and skipped steps; gives its table.
    fn take(&mut self, part: Applied) -> Table {
        self.changed_cells += part.changed_cells;
        self.removed_rows += part.removed_rows;
        self.skipped.extend(part.skipped);
        part.table
    }
}

/// Applies steps that keep the table's columns, in one pass; skipped steps are numbered
/// from `offset`.
fn apply_plain(
    table: &Table,
    schema: &TableSchema,
    steps: &[Step],
    offset: usize,
    progress: &dyn Progress,
) -> Result<Applied, Cancelled> {
    let column = |name: &str| table.header().iter().position(|h| h == name);
    let field = |name: &str| schema.fields.iter().find(|f| f.name == name);
    let mut skipped = Vec::new();
    let mut ops = Vec::with_capacity(steps.len());
    let mut groups: Vec<edit::EditGroup<'_>> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let bound = match step {
            Step::Edit { key, .. } | Step::DeleteRow { key, .. } => {
                let joins = match (ops.last(), groups.last()) {
                    (Some(Op::ByHand(_)), Some(g)) => g.takes(key),
                    _ => false,
                };
                if !joins && let Some(group) = edit::EditGroup::new(key, &column) {
                    groups.push(group);
                    ops.push(Op::ByHand(groups.len() - 1));
                }
                let added = match (ops.last(), groups.last_mut()) {
                    (Some(Op::ByHand(_)), Some(g)) if g.takes(key) => {
                        g.add(offset + i, step, &column)
                    }
                    _ => false,
                };
                if !added {
                    skipped.push(offset + i);
                }
                continue;
            }
            Step::RemoveRows { rows } => Some(Op::RemoveRows(rows)),
            // Applied between passes, by `apply`.
            Step::Unpivot { .. }
            | Step::MarkTotals { .. }
            | Step::DropColumn { .. }
            | Step::Aggregate { .. } => None,
            Step::Mask { field: f } => column(f).map(Op::Mask),
            Step::Trim { field: f } => column(f).map(Op::Trim),
            Step::Transliterate { field: f, to } => column(f).map(|c| Op::Transliterate(c, *to)),
            Step::Replace { field: f, values } => column(f).map(|c| Op::Replace(c, values)),
            Step::FillDown { field: f } => column(f).map(Op::FillDown),
            Step::Numbers { field: f } => column(f).zip(field(f)).map(|(c, fd)| {
                let decimal = fd
                    .decimal_char
                    .as_deref()
                    .and_then(|d| d.chars().next())
                    .unwrap_or('.');
                let integer = fd.field_type == FieldType::Integer;
                Op::Numbers(c, FieldCheck::compile(fd).0, decimal, integer)
            }),
            Step::Dates { field: f } => column(f)
                .zip(field(f))
                .map(|(c, fd)| Op::Dates(c, FieldCheck::compile(fd).0, fd.format.as_deref())),
        };
        match bound {
            Some(op) => ops.push(op),
            None => skipped.push(offset + i),
        }
    }
    let checker = CellChecker::new(schema);
    let mut out = Applied {
        table: Table::new(table.header().to_vec())
            .with_header_faults(table.header_faults().to_vec()),
        skipped,
        ..Applied::default()
    };
    let total = table.rows() as u64;
    let mut done = 0u64;
    let mut cells: Vec<Cow<'_, str>> = Vec::new();
    let mut builder = ChunkBuilder::default();
    // The last value seen above, for each fill-down step.
    let mut above: Vec<Option<String>> = vec![None; ops.len()];
    for chunk in table.chunks() {
        if progress.cancelled() {
            return Err(Cancelled);
        }
        'rows: for (row, row_faults) in chunk.rows_with_faults() {
            cells.clear();
            cells.extend(row.iter().map(Cow::Borrowed));
            for (o, op) in ops.iter().enumerate() {
                if let Op::FillDown(c) = op {
                    fill_down(&mut cells, *c, &mut above[o]);
                    continue;
                }
                if let Op::ByHand(g) = op {
                    if let edit::Outcome::Deleted = groups[*g].apply(&mut cells) {
                        out.removed_rows += 1;
                        continue 'rows;
                    }
                    continue;
                }
                if let Op::RemoveRows(classes) = op {
                    let kind = checker.row_kind(cells.len(), |c| cells[c].as_ref());
                    let class = row_class(kind).or_else(|| {
                        (classes.contains(&RowClass::Total)
                            && reshape::is_total_row(cells.len(), |c| cells[c].as_ref()))
                        .then_some(RowClass::Total)
                    });
                    if class.is_some_and(|k| classes.contains(&k)) {
                        out.removed_rows += 1;
                        continue 'rows;
                    }
                    continue;
                }
                let (col, new) = rewrite(op, &cells, &schema.missing_values);
                if let Some(new) = new {
                    cells[col] = Cow::Owned(new);
                }
            }
            for (c, cell) in cells.iter().enumerate() {
                if !matches!(cell, Cow::Borrowed(_)) && row.get(c) != Some(cell.as_ref()) {
                    out.changed_cells += 1;
                }
                builder.push_cell(cell);
            }
            // Bytes that were not text stay reported while the cell still shows them.
            for fault in row_faults {
                if cells.get(fault.col).is_some_and(|c| c.contains("\\x")) {
                    builder.carry_fault(fault.col, fault);
                }
            }
            if let Some(full) = builder.end_row() {
                out.table.append(full);
            }
        }
        done += chunk.rows() as u64;
        progress.set(done, total);
    }
    out.table.append(builder.finish());
    // Changes by hand whose row is not in this table (another key, another old value).
    out.skipped
        .extend(groups.iter().flat_map(edit::EditGroup::unused));
    out.skipped.sort_unstable();
    Ok(out)
}

/// What one cell operation makes of its cell: the column and the new text, if it changes.
/// `missing` is the schema's list; a field's own list, when it has one, comes first. Columns
/// are found by name, so the field's check is used, never the check at the same position.
fn rewrite(op: &Op<'_>, cells: &[Cow<'_, str>], missing: &[String]) -> (usize, Option<String>) {
    let failing = |check: &FieldCheck, text: &str| {
        !check.is_missing(text, missing) && check.cast(text).is_err()
    };
    match op {
        Op::Trim(c) => {
            let new = cells.get(*c).and_then(|t| match values::trim(t) {
                Cow::Borrowed(b) if b.len() == t.len() => None,
                other => Some(other.into_owned()),
            });
            (*c, new)
        }
        Op::Numbers(c, check, decimal, integer) => {
            let new = cells
                .get(*c)
                .filter(|t| failing(check, t))
                .and_then(|t| values::number(t, *decimal, *integer))
                .filter(|n| check.cast(n).is_ok());
            (*c, new)
        }
        Op::Dates(c, check, format) => {
            let new = cells
                .get(*c)
                .filter(|t| failing(check, t))
                .and_then(|t| values::date(t, *format))
                .filter(|d| check.cast(d).is_ok());
            (*c, new)
        }
        Op::Transliterate(c, to) => (
            *c,
            cells.get(*c).and_then(|t| values::transliterate(t, *to)),
        ),
        Op::Replace(c, map) => (*c, cells.get(*c).and_then(|t| map.get(t.as_ref()).cloned())),
        Op::Mask(c) => (*c, cells.get(*c).and_then(|t| personal::mask_cell(t))),
        Op::RemoveRows(_) | Op::FillDown(_) | Op::ByHand(_) => (0, None),
    }
}

/// Fills the cell in column `c` from `above` when it is empty and its row holds other
/// values; remembers a filled cell's value for the rows below.
fn fill_down(cells: &mut [Cow<'_, str>], c: usize, above: &mut Option<String>) {
    let Some(cell) = cells.get(c) else {
        return;
    };
    if !cell.trim().is_empty() {
        *above = Some(cell.to_string());
        return;
    }
    let others = cells
        .iter()
        .enumerate()
        .any(|(i, t)| i != c && !t.trim().is_empty());
    if let (true, Some(value)) = (others, above.as_ref()) {
        cells[c] = Cow::Owned(value.clone());
    }
}

#[cfg(test)]
mod reshape_tests;
#[cfg(test)]
mod tests;
