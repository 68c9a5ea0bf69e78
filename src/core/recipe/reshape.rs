//! Reshaping a statistical table into the portal's shape: periods across the columns
//! (`2016yil … 2020yil`, `I–IV chorak` under `2024-yil`) become one period column and one
//! value column ([`Step::Unpivot`]), and total rows labelled by a word (`Jami`, `Итого`)
//! can be told apart ([`is_total_row`]).
//!
//! The unpivot takes every column whose label reads as a period of the kind the step's
//! columns have, so next month's file with one more period is reshaped the same way. It keeps
//! the other columns as they are, writes each period the portal's way (`2024`, `2024-Q1`,
//! `2024-03`, a span `2019-2020`) and each cell as written. An empty cell (or one the schema
//! calls missing) is no observation and gives no row; a cell with a value always gives one.
//! When two cells would give the same other columns and period, the step is refused and the
//! rows that collide are named: nothing is summed or dropped. The reshaped table's rows are
//! its own: a finding after the reshape names the row of the tidy table, as the table view
//! shows it.

use polars_core::prelude::{Column, DataFrame, IntoColumn, PlSmallStr};
use rustc_hash::FxHashMap;

pub use super::Refusal;
use super::Step;
use crate::core::frame::{group_rows, trimmed_text};
use crate::core::lang::{Lang, LangText};
use crate::core::period::labels::{LabelPeriod, PeriodKind, read_label};
use crate::core::schema::{Field, FieldType, TableSchema};
use crate::core::table::{ChunkBuilder, Table};
use crate::core::validate::is_total_label;

/// Collisions listed in a refusal; past it they are only counted.
pub const COLLISIONS_LISTED: usize = 5;

/// Whether a row is a total labelled by a word: the first cell holding letters is a total's
/// label as the totals check reads it ([`is_total_label`]). A row whose label only starts
/// with such a word (`Jami aholi`, a measure) is data.
pub fn is_total_row<'a>(len: usize, cell: impl Fn(usize) -> &'a str) -> bool {
    let Some(first) = (0..len)
        .map(&cell)
        .find(|t| t.chars().any(char::is_alphabetic))
    else {
        return false;
    };
    is_total_label(first)
}

/// How an unpivot fits a table: which columns it takes and which it keeps.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The columns taken, with the period each names, in the table's order.
    pub periods: Vec<(usize, LabelPeriod)>,
    /// The columns kept as they are.
    pub kept: Vec<usize>,
    pub kind: PeriodKind,
    /// Labels taken that the step did not list (next month's new period).
    pub added: Vec<String>,
}

/// Which columns of `header` an unpivot takes: those reading as periods of the kind most of
/// `listed` have (or, with nothing listed, most of the header's periods have). `None` when
/// the table has no such column.
pub fn plan(header: &[String], listed: &[String]) -> Option<Plan> {
    let read: Vec<Option<LabelPeriod>> = header.iter().map(|h| read_label(h)).collect();
    let mut counts: FxHashMap<PeriodKind, usize> = FxHashMap::default();
    let listed_kinds: Vec<PeriodKind> = listed
        .iter()
        .filter_map(|l| read_label(l).map(LabelPeriod::kind))
        .collect();
    let pool: Vec<PeriodKind> = if listed_kinds.is_empty() {
        read.iter().flatten().map(|p| p.kind()).collect()
    } else {
        listed_kinds
    };
    for k in pool {
        *counts.entry(k).or_default() += 1;
    }
    // The most frequent kind; a tie goes to the longer period (years before months).
    let kind = counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?
        .0;
    let mut periods = Vec::new();
    let mut kept = Vec::new();
    let mut added = Vec::new();
    for (c, p) in read.into_iter().enumerate() {
        match p.filter(|p| p.kind() == kind) {
            Some(p) => {
                if !listed.is_empty() && !listed.contains(&header[c]) {
                    added.push(header[c].clone());
                }
                periods.push((c, p));
            }
            None => kept.push(c),
        }
    }
    (!periods.is_empty()).then_some(Plan {
        periods,
        kept,
        kind,
        added,
    })
}

/// What an unpivot did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Unpivoted {
    pub table: Table,
    /// Rows before.
    pub rows_before: usize,
    /// The periods written, in the columns' order.
    pub periods: Vec<String>,
    /// Labels taken that the step did not list.
    pub added: Vec<String>,
    /// Empty cells, which gave no row.
    pub empty: u64,
    /// Rows of the reshaped table (more than `table` holds when it was built only in part).
    pub rows_after: u64,
}

/// Turns the period columns of `table` into rows (see the module's note). `missing` are the
/// values that count as empty (the schema's missing values). Only the first `limit` rows of
/// the result are built (a preview); all are counted and checked.
pub fn unpivot(
    table: &Table,
    plan: &Plan,
    (period, value): (&str, &str),
    missing: &[String],
    limit: usize,
) -> Result<Unpivoted, Refusal> {
    let header = table.header();
    let mut seen_periods: FxHashMap<LabelPeriod, usize> = FxHashMap::default();
    for &(c, p) in &plan.periods {
        if let Some(&first) = seen_periods.get(&p) {
            return Err(Refusal::SamePeriod {
                period: p.label(),
                columns: (header[first].clone(), header[c].clone()),
            });
        }
        seen_periods.insert(p, c);
    }
    let labels: Vec<String> = plan.periods.iter().map(|(_, p)| p.label()).collect();
    let mut out_header: Vec<String> = plan.kept.iter().map(|&c| header[c].clone()).collect();
    out_header.push(period.to_owned());
    out_header.push(value.to_owned());
    let is_empty = |t: &str| t.trim().is_empty() || missing.iter().any(|m| m == t);
    if let Some(refusal) = collisions(table, plan, &is_empty) {
        return Err(refusal);
    }
    let mut builder = ChunkBuilder::default();
    let mut out = Unpivoted {
        table: Table::new(out_header),
        rows_before: table.rows(),
        periods: labels.clone(),
        added: plan.added.clone(),
        empty: 0,
        rows_after: 0,
    };
    for row in table.iter_rows() {
        let cell = |c: usize| row.get(c).unwrap_or("");
        let filled: Vec<bool> = plan
            .periods
            .iter()
            .map(|&(c, _)| !is_empty(cell(c)))
            .collect();
        if !filled.contains(&true) {
            out.empty += plan.periods.len() as u64;
            continue;
        }
        for (i, &(c, _)) in plan.periods.iter().enumerate() {
            if !filled[i] {
                out.empty += 1;
                continue;
            }
            out.rows_after += 1;
            if out.rows_after > limit as u64 {
                continue;
            }
            for &k in &plan.kept {
                builder.push_cell(cell(k));
            }
            builder.push_cell(&labels[i]);
            builder.push_cell(cell(c));
            if let Some(full) = builder.end_row() {
                out.table.append(full);
            }
        }
    }
    out.table.append(builder.finish());
    Ok(out)
}

/// The refusal of an unpivot that would give two values for the same kept columns and period:
/// every row holding a value in a period where an earlier row with the same kept cells (less
/// the spaces around them) holds one too. The rows are grouped by their kept cells with
/// polars; `None` when no two values collide.
fn collisions(table: &Table, plan: &Plan, is_empty: &dyn Fn(&str) -> bool) -> Option<Refusal> {
    let cell = |r: usize, c: usize| table.cell(r, c).unwrap_or("");
    // Each colliding row with the earlier row it collides with, in row order.
    let mut found: Vec<(usize, usize)> = Vec::new();
    for rows in rows_by_key(table, &plan.kept) {
        if rows.len() < 2 {
            continue;
        }
        // The first row of the key holding a value, per period column.
        let mut first: Vec<Option<usize>> = vec![None; plan.periods.len()];
        for r in rows {
            let mut clash = None;
            for (p, &(c, _)) in plan.periods.iter().enumerate() {
                if is_empty(cell(r, c)) {
                    continue;
                }
                match first[p] {
                    Some(earlier) => clash = clash.or(Some(earlier)),
                    None => first[p] = Some(r),
                }
            }
            if let Some(earlier) = clash {
                found.push((earlier, r));
            }
        }
    }
    if found.is_empty() {
        return None;
    }
    found.sort_by_key(|&(earlier, r)| (r, earlier));
    let key = found.first().map_or_else(String::new, |&(_, r)| {
        plan.kept
            .iter()
            .map(|&c| cell(r, c).trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    });
    let count = found.len();
    found.truncate(COLLISIONS_LISTED);
    Some(Refusal::Collision {
        rows: found,
        key,
        count,
    })
}

/// The rows of `table` grouped by their cells in the columns `kept` (less the spaces around
/// them; an empty cell and one missing from a short row alike), each group's rows in order:
/// a polars group-by over those columns as text. With no kept column, every row is one group.
fn rows_by_key(table: &Table, kept: &[usize]) -> Vec<Vec<usize>> {
    if kept.is_empty() {
        return vec![(0..table.rows()).collect()];
    }
    let names: Vec<PlSmallStr> = (0..kept.len())
        .map(|i| PlSmallStr::from_string(format!("k{i}")))
        .collect();
    let columns: Vec<Column> = kept
        .iter()
        .zip(&names)
        .map(|(&c, name)| trimmed_text(table, c).with_name(name.clone()).into_column())
        .collect();
    let grouped = DataFrame::new(table.rows(), columns).and_then(|frame| {
        let groups = frame.group_by(names.iter().cloned())?.get_groups().clone();
        Ok(groups)
    });
    match grouped {
        Ok(groups) => groups
            .iter()
            .map(|g| {
                let mut rows: Vec<usize> = group_rows(g).collect();
                rows.sort_unstable();
                rows
            })
            .collect(),
        // The columns are named apart and are of one height, so polars refuses neither; were
        // it to, the rows would be told apart by their kept cells here instead.
        Err(_) => {
            let mut by_key: FxHashMap<Vec<&str>, Vec<usize>> = FxHashMap::default();
            for r in 0..table.rows() {
                let key = kept
                    .iter()
                    .map(|&c| table.cell(r, c).unwrap_or("").trim())
                    .collect();
                by_key.entry(key).or_default().push(r);
            }
            by_key.into_values().collect()
        }
    }
}

/// The schema of the table an unpivot makes from a table with `header`, described by
/// `schema`: the kept fields as they are, then the period field (an integer for years, a
/// string in the portal's form with a pattern for the others) and the value field (the
/// common type of the period columns' fields). A primary key of kept fields takes the
/// period as well.
pub fn reshaped_schema(schema: &TableSchema, header: &[String], step: &Step) -> TableSchema {
    if let Step::MarkTotals { field } = step {
        return super::mark::marked_schema(schema, field);
    }
    let Step::Unpivot {
        period,
        value,
        columns,
    } = step
    else {
        return schema.clone();
    };
    let Some(plan) = plan(header, columns) else {
        return schema.clone();
    };
    let field_of = |c: usize| {
        schema
            .field(&header[c])
            .cloned()
            .unwrap_or_else(|| Field::new(header[c].clone(), FieldType::String))
    };
    let mut out = schema.clone();
    out.fields = plan.kept.iter().map(|&c| field_of(c)).collect();
    let mut period_field = match plan.kind {
        PeriodKind::Year => Field::new(period.clone(), FieldType::Integer),
        kind => {
            let mut f = Field::new(period.clone(), FieldType::String);
            f.constraints.pattern = Some(
                match kind {
                    PeriodKind::Half => "[0-9]{4}-H[12]",
                    PeriodKind::Quarter => "[0-9]{4}-Q[1-4]",
                    PeriodKind::Month => "[0-9]{4}-(0[1-9]|1[0-2])",
                    _ => "[0-9]{4}-[0-9]{4}",
                }
                .to_owned(),
            );
            f
        }
    };
    period_field.constraints.required = true;
    period_field.titles = LangText::new("Davr", "Давр", "Период", "Period");
    out.fields.push(period_field);
    let sources: Vec<Field> = plan.periods.iter().map(|&(c, _)| field_of(c)).collect();
    let mut value_field = value_field(value, &sources);
    value_field.titles = value_titles(&sources);
    out.fields.push(value_field);
    let kept_names: Vec<&str> = out.fields.iter().map(|f| f.name.as_str()).collect();
    if !out.primary_key.is_empty()
        && out
            .primary_key
            .iter()
            .all(|k| kept_names.contains(&k.as_str()))
    {
        out.primary_key.push(period.clone());
    } else {
        out.primary_key.clear();
    }
    out.unique_keys
        .retain(|k| k.iter().all(|n| kept_names.contains(&n.as_str())));
    out
}

/// The value field's titles: "Qiymat", "Значение"… with the unit the period columns'
/// titles share in each language (`2024-yil I chorak, mlrd. soʻm` … gives `Qiymat, mlrd.
/// soʻm`).
fn value_titles(sources: &[Field]) -> LangText {
    let mut titles = LangText::new("Qiymat", "Қиймат", "Значение", "Value");
    for lang in Lang::ALL {
        let texts: Vec<&str> = sources.iter().map(|f| f.titles.get(lang).trim()).collect();
        if texts.len() < 2 || texts.iter().any(|t| t.is_empty()) {
            continue;
        }
        // The longest ending all titles share, from a comma on: the unit.
        let first = texts[0];
        let shared = first
            .char_indices()
            .filter(|&(_, c)| c == ',')
            .map(|(i, _)| &first[i..])
            .find(|tail| {
                texts
                    .iter()
                    .all(|t| t.ends_with(tail) && t.len() > tail.len())
            });
        if let Some(unit) = shared
            .map(|t| t.trim_start_matches([',', ' ']))
            .filter(|u| !u.is_empty())
        {
            let name = titles.get(lang).to_owned();
            titles.set(lang, format!("{name}, {unit}"));
        }
    }
    titles
}

/// The value field: the common type of the period columns (integers stay integers, numbers
/// with integers are numbers, anything else is text), with the first one's number format.
fn value_field(name: &str, sources: &[Field]) -> Field {
    let numeric = |t: FieldType| matches!(t, FieldType::Integer | FieldType::Number);
    let field_type = if sources.iter().all(|f| f.field_type == FieldType::Integer) {
        FieldType::Integer
    } else if sources.iter().all(|f| numeric(f.field_type)) {
        FieldType::Number
    } else if sources
        .first()
        .is_some_and(|f| sources.iter().all(|g| g.field_type == f.field_type))
    {
        sources[0].field_type
    } else {
        FieldType::String
    };
    let mut field = Field::new(name, field_type);
    if let Some(first) = sources.iter().find(|f| numeric(f.field_type)) {
        field.decimal_char = first.decimal_char.clone();
        field.group_char = first.group_char.clone();
        field.bare_number = first.bare_number;
    }
    if field_type == sources.first().map_or(FieldType::Any, |f| f.field_type) {
        field.format = sources[0].format.clone();
    }
    field
}

/// The schema a table had before an unpivot, for the steps recorded before it: fields of
/// `header` found by name in `schema`, and a period column that the schema no longer has
/// described as the unpivot's value field under its own label.
pub fn widened_schema(schema: &TableSchema, header: &[String], step: &Step) -> TableSchema {
    if let Step::MarkTotals { field } = step {
        return super::mark::unmarked_schema(schema, field);
    }
    let Step::Unpivot { value, .. } = step else {
        return schema.clone();
    };
    let value_field = schema.field(value);
    let mut out = schema.clone();
    out.fields = header
        .iter()
        .map(|h| match (schema.field(h), value_field) {
            (Some(f), _) => f.clone(),
            (None, Some(v)) if read_label(h).is_some() => Field {
                name: h.clone(),
                ..v.clone()
            },
            _ => Field::new(h.clone(), FieldType::String),
        })
        .collect();
    out
}

/// Field names not yet in `header`: `base`, else `base_2`, `base_3` …
pub fn free_name(header: &[String], base: &str) -> String {
    let taken = |n: &str| header.iter().any(|h| h == n);
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|i| format!("{base}_{i}"))
        .find(|n| !taken(n))
        .unwrap_or_else(|| base.to_owned())
}
