//! Marking total rows instead of moving them out ([`Step::MarkTotals`]): a yes/no column is
//! added after the table's last column, `true` on each row labelled as a total (`Jami`,
//! `Итого`, read as [`is_total_row`] reads them) and `false` on the other data rows. Every
//! cell is kept as written. Blank, spacer and footnote rows are left as they were, and so is
//! a data row whose width is not the header's: it stays reported as it was (its missing
//! cells now include the mark's), rather than being filled out to take a mark.

use super::Step;
use super::reshape::is_total_row;
use crate::core::lang::LangText;
use crate::core::schema::{Field, FieldType, TableSchema};
use crate::core::table::{ChunkBuilder, Table};
use crate::core::validate::{CellChecker, RowKind};

/// The name a mark column is given when the table has no column of that name.
pub const FIELD: &str = "is_total";

/// The step that marks the total rows of a table with `header`, in a column of a free name.
pub fn step_for(header: &[String]) -> Step {
    Step::MarkTotals {
        field: super::reshape::free_name(header, FIELD),
    }
}

/// `schema` with the mark field `field` last (a boolean, titled in the four languages); as
/// it was when it already has that field.
pub fn marked_schema(schema: &TableSchema, field: &str) -> TableSchema {
    let mut out = schema.clone();
    if out.field(field).is_none() {
        let mut f = Field::new(field.to_owned(), FieldType::Boolean);
        f.titles = LangText::new("Jami qatori", "Жами қатори", "Итоговая строка", "Total row");
        out.fields.push(f);
    }
    out
}

/// `schema` without the mark field `field`: what the table looked like before the step.
pub fn unmarked_schema(schema: &TableSchema, field: &str) -> TableSchema {
    let mut out = schema.clone();
    out.fields.retain(|f| f.name != field);
    out.primary_key.retain(|k| k != field);
    out.unique_keys.retain(|k| !k.iter().any(|n| n == field));
    out
}

/// `table` with the mark column `field` last, read with `schema` (the table's own, without
/// the mark), and how many rows were marked as totals.
pub fn mark(table: &Table, schema: &TableSchema, field: &str) -> (Table, u64) {
    let width = table.width();
    let mut header = table.header().to_vec();
    header.push(field.to_owned());
    let mut out = Table::new(header).with_header_faults(table.header_faults().to_vec());
    let checker = CellChecker::new(schema);
    let mut builder = ChunkBuilder::default();
    let mut marked = 0u64;
    for chunk in table.chunks() {
        for (row, row_faults) in chunk.rows_with_faults() {
            for c in row.iter() {
                builder.push_cell(c);
            }
            let cell = |c: usize| row.get(c).unwrap_or("");
            if row.len() == width && checker.row_kind(row.len(), cell) == RowKind::Data {
                let total = is_total_row(row.len(), cell);
                marked += u64::from(total);
                builder.push_cell(if total { "true" } else { "false" });
            }
            for fault in row_faults {
                builder.carry_fault(fault.col, fault);
            }
            if let Some(full) = builder.end_row() {
                out.append(full);
            }
        }
    }
    out.append(builder.finish());
    (out, marked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::progress::NoProgress;
    use crate::core::recipe::apply;
    use crate::core::schema::infer::infer_schema;
    use crate::core::validate::{DEFAULT_LIMIT, Validator};

    fn table(rows: &[&[&str]]) -> Table {
        let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
        Table::from_rows(&["Hudud", "2024"], &rows)
    }

    #[test]
    fn totals_are_marked_data_rows_not_and_other_rows_left_empty() {
        let t = table(&[
            &["Andijon", "10"],
            &["Buxoro", "5"],
            &["", ""],
            &["Jami:", "15"],
            &["Izoh: maʼlumotlar dastlabki"],
        ]);
        let (m, n) = mark(&t, &infer_schema(&t), FIELD);
        assert_eq!(n, 1);
        assert_eq!(m.header(), ["Hudud", "2024", "is_total"]);
        let col = |r: usize| m.cell(r, 2).unwrap_or("-").to_owned();
        assert_eq!(
            (0..5).map(col).collect::<Vec<_>>(),
            ["false", "false", "-", "true", "-"]
        );
        // Other rows keep their own width and every cell.
        assert_eq!(m.row(2).map(|r| r.len()), Some(2));
        assert_eq!(m.row(4).map(|r| r.len()), Some(1));
        assert_eq!(m.cell(3, 0), Some("Jami:"));
        assert_eq!(m.cell(3, 1), Some("15"));
    }

    #[test]
    fn the_marked_table_is_valid_against_the_marked_schema_and_undo_restores_it() {
        let t = table(&[&["Andijon", "10"], &["Buxoro", "5"], &["Jami", "15"]]);
        let schema = infer_schema(&t);
        let step = step_for(t.header());
        let Step::MarkTotals { field } = &step else {
            unreachable!()
        };
        let marked = marked_schema(&schema, field);
        assert_eq!(marked.fields[2].field_type, FieldType::Boolean);
        assert_eq!(
            marked.fields[2].titles.get(crate::core::lang::Lang::Ru),
            "Итоговая строка"
        );
        let applied = apply(&t, &marked, std::slice::from_ref(&step), &NoProgress)
            .unwrap_or_else(|_| unreachable!());
        assert_eq!(applied.marked_rows, 1);
        let mut v = Validator::new(&marked, &|_| None, DEFAULT_LIMIT);
        v.header(applied.table.header(), 1);
        v.table(&applied.table, 2);
        let report = v.finish();
        assert!(report.findings.is_empty(), "{:?}", report.findings);
        assert_eq!(unmarked_schema(&marked, field), schema);
        // A second mark step does not add a second field.
        assert_eq!(marked_schema(&marked, field), marked);
    }

    #[test]
    fn a_short_data_row_is_left_as_written_and_stays_reported() {
        let t = table(&[&["Andijon", "10"], &["Buxoro"], &["Jami", "10"]]);
        let schema = infer_schema(&t);
        let marked = marked_schema(&schema, FIELD);
        let (m, n) = mark(&t, &schema, FIELD);
        assert_eq!(n, 1);
        assert_eq!(m.row(1).map(|r| r.len()), Some(1));
        let mut v = Validator::new(&marked, &|_| None, DEFAULT_LIMIT);
        v.header(m.header(), 1);
        v.table(&m, 2);
        let report = v.finish();
        assert!(
            report.findings.iter().all(|f| f.row == Some(3)),
            "{:?}",
            report.findings
        );
        assert!(!report.findings.is_empty());
    }

    #[test]
    fn a_table_with_an_is_total_column_gets_a_free_name() {
        let t = Table::from_rows(&["is_total", "soni"], &[vec!["x", "1"]]);
        assert_eq!(
            step_for(t.header()),
            Step::MarkTotals {
                field: "is_total_2".into()
            }
        );
    }
}
