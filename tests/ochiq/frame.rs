//! The typed view of a table agrees with validation: a cell is null in the frame exactly
//! when validation could not read it as its field's type.

use ochiq::core::frame::typed_frame;
use ochiq::core::progress::NoProgress;
use ochiq::core::schema::infer::infer_schema;
use ochiq::core::schema::{Binding, Field, FieldType};
use ochiq::core::table::Table;
use ochiq::core::validate::{Code, DEFAULT_LIMIT, Validator};

use crate::common::read;

/// Type errors validation finds in `table` under `schema`, and cells the frame could not cast.
fn type_errors_and_misfits(table: &Table, schema: &ochiq::core::schema::TableSchema) -> (u64, u64) {
    let resolve = |_: &Binding| None;
    let mut v = Validator::new(schema, &resolve, DEFAULT_LIMIT);
    v.header(table.header(), 1);
    v.table(table, 2);
    let report = v.finish();
    let typed = typed_frame(table, schema, &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("cancelled"));
    assert_eq!(typed.frame.height(), table.rows());
    (report.count(Code::TypeError), typed.misfit_count())
}

#[test]
fn clean_files_cast_without_a_misfit_under_their_own_schema() {
    for name in [
        "decimal_comma.csv",
        "cp1251_semicolon.csv",
        "quoted_fields.csv",
        "pipe.csv",
    ] {
        let (_, table) = read(name);
        let schema = infer_schema(&table);
        assert_eq!(type_errors_and_misfits(&table, &schema), (0, 0), "{name}");
    }
}

#[test]
fn the_frame_misfits_are_the_cells_validation_calls_type_errors() {
    let (_, table) = read("decimal_comma.csv");
    let mut schema = infer_schema(&table);
    // Read every column as an integer: amounts with decimals, names and dates now fail.
    for field in &mut schema.fields {
        *field = Field::new(&field.name, FieldType::Integer);
    }
    let (type_errors, misfits) = type_errors_and_misfits(&table, &schema);
    assert!(type_errors > 0);
    assert_eq!(misfits, type_errors);
}
