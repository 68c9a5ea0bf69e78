//! The validator on small in-memory tables, one behaviour per test.

use std::sync::Arc;

use serde_json::json;

use super::*;
use crate::core::schema::{Field, FieldType};

fn validate(schema: &TableSchema, header: &[&str], rows: &[Vec<&str>]) -> Report {
    let soato = crate::core::classifier::soato().cloned();
    let resolve = move |b: &Binding| (b.classifier == "soato").then(|| soato.clone()).flatten();
    let mut v = Validator::new(schema, &resolve, DEFAULT_LIMIT);
    let labels: Vec<String> = header.iter().map(|s| s.to_string()).collect();
    v.header(&labels, 1);
    let table = Table::from_rows(header, rows);
    v.table(&table, 2);
    v.finish()
}

fn schema(fields: Vec<Field>) -> TableSchema {
    TableSchema {
        fields,
        ..TableSchema::default()
    }
}

fn count(report: &Report, code: Code) -> u64 {
    report.count(code)
}

#[test]
fn type_and_constraint_errors_are_counted_per_cell() {
    let mut id = Field::new("id", FieldType::Integer);
    id.constraints.required = true;
    let mut share = Field::new("share", FieldType::Number);
    share.decimal_char = Some(",".into());
    share.constraints.maximum = Some(json!(1));
    let s = schema(vec![id, share]);
    let r = validate(
        &s,
        &["id", "share"],
        &[vec!["1", "0,5"], vec!["x", "1,7"], vec!["", "12,3x"]],
    );
    assert_eq!(count(&r, Code::TypeError), 2);
    assert_eq!(count(&r, Code::ConstraintError), 2, "maximum and required");
    assert_eq!(r.rows, 3);
    let first = &r.findings[0];
    assert_eq!(first.row, Some(3));
    assert_eq!(first.column, Some(1));
    assert_eq!(first.field.as_deref(), Some("id"));
    assert!(!r.is_valid());
}

#[test]
fn duplicates_break_unique_and_primary_key() {
    let mut id = Field::new("id", FieldType::Integer);
    id.constraints.unique = true;
    let s = TableSchema {
        fields: vec![id],
        primary_key: vec!["id".into()],
        ..TableSchema::default()
    };
    let r = validate(&s, &["id"], &[vec!["1"], vec!["2"], vec!["2"], vec!["3"]]);
    assert_eq!(count(&r, Code::UniqueError), 1);
    assert_eq!(count(&r, Code::PrimaryKey), 1);
}

#[test]
fn blank_spacer_and_footnote_rows_have_their_own_codes() {
    let s = schema(vec![
        Field::new("a", FieldType::String),
        Field::new("b", FieldType::Integer),
        Field::new("c", FieldType::String),
    ]);
    let r = validate(
        &s,
        &["a", "b", "c"],
        &[
            vec!["x", "1", "y"],
            vec!["", "", ""],
            vec!["  ", " ", ""],
            vec!["Izoh: maʼlumotlar 1-yanvar holatiga", "", ""],
        ],
    );
    assert_eq!(count(&r, Code::BlankRow), 1);
    assert_eq!(count(&r, Code::SpacerRow), 1);
    assert_eq!(count(&r, Code::FootnoteRow), 1);
    assert_eq!(
        count(&r, Code::TypeError),
        0,
        "no cell errors on those rows"
    );
}

#[test]
fn ragged_rows_give_extra_and_missing_cells() {
    let s = schema(vec![
        Field::new("a", FieldType::String),
        Field::new("b", FieldType::String),
    ]);
    let r = validate(&s, &["a", "b"], &[vec!["1"], vec!["1", "2", "3", "4"]]);
    assert_eq!(count(&r, Code::MissingCell), 1);
    assert_eq!(count(&r, Code::ExtraCell), 2);
}

#[test]
fn header_problems_say_moved_renamed_blank_duplicate_extra_missing() {
    let s = schema(vec![
        Field::new("Hudud_kodi", FieldType::String),
        Field::new("Soni", FieldType::String),
        Field::new("Sana", FieldType::String),
    ]);
    let r = validate(&s, &["Soni", "hudud kodi"], &[]);
    assert_eq!(count(&r, Code::IncorrectLabel), 2);
    assert_eq!(count(&r, Code::MissingLabel), 1);
    let moved = r
        .findings
        .iter()
        .find(|f| f.value.as_deref() == Some("Soni"));
    assert_eq!(
        moved.and_then(|f| f.args.get("moved")).map(String::as_str),
        Some("true")
    );
    let renamed = r
        .findings
        .iter()
        .find(|f| f.value.as_deref() == Some("hudud kodi"));
    assert_eq!(
        renamed
            .and_then(|f| f.args.get("renamed-from"))
            .map(String::as_str),
        Some("Hudud_kodi")
    );
    let r = validate(&s, &["Hudud_kodi", "", "Hudud_kodi", "x"], &[]);
    assert_eq!(count(&r, Code::BlankLabel), 1);
    assert_eq!(count(&r, Code::DuplicateLabel), 1);
    assert_eq!(count(&r, Code::ExtraLabel), 1);
}

/// Labels with a blank, a repeated and a padded one, and rows longer and shorter than them.
const OWN_LABELS: [&str; 4] = [" cid", "name", "", "name"];

fn own_rows() -> Vec<Vec<&'static str>> {
    vec![
        vec!["1", "a", "x", "b"],
        vec!["2", "c", "y", "d", "extra", "more"],
        vec!["3", "e"],
    ]
}

#[test]
fn a_file_checked_against_a_schema_inferred_from_it_has_its_own_labels() {
    let table = Table::from_rows(&OWN_LABELS, &own_rows());
    let schema = crate::core::schema::infer::infer_schema(&table);
    assert_eq!(
        schema.fields.len(),
        4,
        "cells past the header are not fields"
    );
    let mut v = Validator::new(&schema, &|_| None, DEFAULT_LIMIT).own_labels();
    let labels: Vec<String> = OWN_LABELS.iter().map(|s| s.to_string()).collect();
    v.header(&labels, 1);
    v.table(&table, 2);
    let r = v.finish();
    assert_eq!(count(&r, Code::BlankLabel), 1);
    assert_eq!(count(&r, Code::DuplicateLabel), 1);
    assert_eq!(count(&r, Code::IncorrectLabel), 0);
    assert_eq!(count(&r, Code::MissingLabel), 0);
    assert_eq!(count(&r, Code::ExtraLabel), 0);
    assert_eq!(
        count(&r, Code::ExtraCell),
        2,
        "one per cell past the header"
    );
    assert_eq!(count(&r, Code::MissingCell), 2);
    assert_eq!(count(&r, Code::TypeError), 0);
}

#[test]
fn next_month_the_saved_inferred_schema_reports_the_same_labels_only_as_blank_and_repeated() {
    // A dataset saved from the inferred schema names the blank label column_3 and the
    // repeated one name_2; the same header next month is not a renamed header.
    let table = Table::from_rows(&OWN_LABELS, &own_rows());
    let schema = crate::core::schema::infer::infer_schema(&table);
    let r = validate(&schema, &OWN_LABELS, &own_rows());
    assert_eq!(count(&r, Code::BlankLabel), 1);
    assert_eq!(count(&r, Code::DuplicateLabel), 1);
    assert_eq!(count(&r, Code::IncorrectLabel), 0);
    assert_eq!(count(&r, Code::MissingLabel), 0);
}

#[test]
fn years_as_column_names_are_a_warning() {
    let s = schema(vec![
        Field::new("Hudud", FieldType::String),
        Field::new("2024yil", FieldType::String),
        Field::new("2025yil", FieldType::String),
    ]);
    let r = validate(
        &s,
        &["Hudud", "2024yil", "2025yil"],
        &[vec!["Andijon", "1", "2"]],
    );
    assert_eq!(count(&r, Code::PeriodInHeader), 1);
    assert!(r.is_valid(), "a warning does not invalidate");
}

#[test]
fn school_years_quarters_and_months_as_column_names_are_periods_too() {
    for labels in [
        ["Hudud", "20192020y", "20202021y"],
        ["Hudud", "I chorak 2024", "II chorak 2024"],
        ["Hudud", "январь 2024", "февраль 2024"],
    ] {
        let s = schema(
            labels
                .iter()
                .map(|l| Field::new(*l, FieldType::String))
                .collect(),
        );
        let r = validate(&s, &labels, &[vec!["Andijon", "1", "2"]]);
        assert_eq!(count(&r, Code::PeriodInHeader), 1, "{labels:?}");
    }
    let labels = ["Hudud", "Aholi soni", "1703"];
    let s = schema(
        labels
            .iter()
            .map(|l| Field::new(*l, FieldType::String))
            .collect(),
    );
    let r = validate(&s, &labels, &[vec!["Andijon", "1", "2"]]);
    assert_eq!(count(&r, Code::PeriodInHeader), 0);
}

#[test]
fn soato_binding_checks_membership_level_and_hierarchy() {
    let mut region = Field::new("viloyat", FieldType::String);
    region.classifier = Some(Binding {
        classifier: "soato".into(),
        version: None,
        level: Some("region".into()),
    });
    let mut district = Field::new("tuman", FieldType::String);
    district.classifier = Some(Binding {
        classifier: "soato".into(),
        version: None,
        level: Some("district".into()),
    });
    district.parent = Some("viloyat".into());
    let s = schema(vec![region, district]);
    let r = validate(
        &s,
        &["viloyat", "tuman"],
        &[
            vec!["1703", "1703202"],
            vec!["1703", "1706204"],
            vec!["1703", "1799999"],
            vec!["1703202", "1703203"],
        ],
    );
    assert_eq!(
        count(&r, Code::HierarchyError),
        1,
        "1706204 is not in Andijan"
    );
    assert_eq!(
        count(&r, Code::ForeignKey),
        2,
        "1799999 unknown, 1703202 not a region"
    );
    let fk = r.findings.iter().find(|f| f.code == Code::ForeignKey);
    assert_eq!(
        fk.and_then(|f| f.args.get("classifier"))
            .map(String::as_str),
        Some("soato")
    );
}

#[test]
fn foreign_keys_to_another_resource() {
    let s = schema(vec![Field::new("code", FieldType::String)]);
    let mut v = Validator::new(&s, &|_| None, DEFAULT_LIMIT);
    let allowed: FxHashSet<u64> = ["1703202", "1703203"]
        .iter()
        .map(|c| key_of(std::iter::once(*c)))
        .collect();
    v.add_foreign(ForeignCheck {
        columns: vec![0],
        resource: "soato".into(),
        allowed: Arc::new(allowed),
    });
    v.table(
        &Table::from_rows(&["code"], &[vec!["1703202"], vec!["1799999"], vec![""]]),
        2,
    );
    let r = v.finish();
    assert_eq!(r.count(Code::ForeignKey), 1);
}

#[test]
fn missing_values_are_null_and_only_required_checks_them() {
    let mut n = Field::new("n", FieldType::Number);
    n.decimal_char = Some(",".into());
    let s = TableSchema {
        fields: vec![n],
        missing_values: vec!["".into(), "-".into()],
        ..TableSchema::default()
    };
    let r = validate(&s, &["n"], &[vec!["-"], vec!["1,5"], vec!["x"]]);
    assert_eq!(r.count(Code::TypeError), 1);
}

#[test]
fn counts_go_on_past_the_kept_findings() {
    let s = schema(vec![Field::new("n", FieldType::Integer)]);
    let mut v = Validator::new(&s, &|_| None, 3);
    let rows: Vec<Vec<&str>> = (0..10).map(|_| vec!["x"]).collect();
    v.table(&Table::from_rows(&["n"], &rows), 2);
    let r = v.finish();
    assert_eq!(r.count(Code::TypeError), 10);
    assert_eq!(r.findings.len(), 3);
}

#[test]
fn passport_gaps_are_warnings() {
    let mut v = Validator::new(&TableSchema::default(), &|_| None, DEFAULT_LIMIT);
    v.passport(&Passport::default());
    let r = v.finish();
    assert!(r.count(Code::PassportLanguage) >= 1);
    assert!(r.count(Code::PassportMissing) >= 1);
    assert!(r.is_valid());
}

#[test]
fn a_broken_pattern_is_a_schema_error_not_a_crash() {
    let mut f = Field::new("x", FieldType::String);
    f.constraints.pattern = Some("([".into());
    let r = validate(&schema(vec![f]), &["x"], &[vec!["a"]]);
    assert_eq!(r.count(Code::SchemaError), 1);
}

#[test]
fn a_primary_key_compares_typed_values() {
    let s = TableSchema {
        fields: vec![Field::new("id", FieldType::Integer)],
        primary_key: vec!["id".into()],
        ..TableSchema::default()
    };
    let r = validate(&s, &["id"], &[vec!["1"], vec!["01"], vec!["2"]]);
    assert_eq!(r.count(Code::PrimaryKey), 1);
    assert_eq!(r.count(Code::UniqueError), 0);
}

#[test]
fn a_loaded_table_is_checked_on_two_threads_in_row_order_and_stops_when_cancelled() {
    use crate::core::progress::{NoProgress, Progress, Tracker};
    use crate::core::table::ChunkBuilder;
    use crate::core::validate::package::check_rows;
    // Enough rows for several chunks; every 7th value is not an integer.
    let mut table = Table::new(vec!["n".into()]);
    let mut builder = ChunkBuilder::default();
    for i in 0..60_000 {
        let v = if i % 7 == 0 {
            "x".to_owned()
        } else {
            i.to_string()
        };
        if let Some(chunk) = builder.push_row([v.as_str()]) {
            table.append(chunk);
        }
    }
    table.append(builder.finish());
    assert!(table.chunks().len() > 3);
    let schema = TableSchema {
        fields: vec![Field::new("n", FieldType::Integer)],
        ..TableSchema::default()
    };
    let mut validator = Validator::new(&schema, &|_| None, usize::MAX);
    assert!(check_rows(&mut validator, &table, 2, &NoProgress));
    let report = validator.finish();
    assert_eq!(report.rows, 60_000);
    assert_eq!(report.count(Code::TypeError), 60_000_u64.div_ceil(7));
    let rows: Vec<u64> = report.findings.iter().filter_map(|f| f.row).collect();
    assert!(
        rows.windows(2).all(|w| w[0] < w[1]),
        "findings in row order"
    );
    assert_eq!(rows.first(), Some(&2));

    let cancelled = Tracker::default();
    cancelled.cancel();
    assert!(cancelled.cancelled());
    let mut validator = Validator::new(&schema, &|_| None, usize::MAX);
    assert!(!check_rows(&mut validator, &table, 2, &cancelled));
}

mod totals;

#[test]
fn a_column_of_personal_data_is_one_finding_and_other_findings_there_print_it_masked() {
    let mut pinfl = Field::new("JShShIR", FieldType::Integer);
    pinfl.constraints.unique = true;
    let s = schema(vec![Field::new("No", FieldType::Integer), pinfl]);
    let rows = vec![
        vec!["1", "31203851234558"],
        vec!["2", "41507920110017"],
        vec!["3", "41507920110017"],
        vec!["4", "3120385123455x"],
        vec!["5", "52802030330014"],
    ];
    let r = validate(&s, &["No", "JShShIR"], &rows);
    assert_eq!(count(&r, Code::PersonalData), 1);
    let personal = r
        .findings
        .iter()
        .find(|f| f.code == Code::PersonalData)
        .unwrap_or_else(|| panic!("no personal-data finding"));
    assert_eq!(personal.column, Some(2));
    assert_eq!(personal.row, None, "a column's finding, not a cell's");
    assert_eq!(personal.args.get("kind").map(String::as_str), Some("pinfl"));
    assert_eq!(personal.args.get("count").map(String::as_str), Some("4"));
    assert!(personal.value.is_none());
    // The repeat and the type error in that column print their values masked.
    assert_eq!(count(&r, Code::UniqueError), 1);
    assert_eq!(count(&r, Code::TypeError), 1);
    let text = serde_json::to_string(&r.findings).unwrap_or_default();
    for full in [
        "31203851234558",
        "41507920110017",
        "3120385123455x",
        "52802030330014",
    ] {
        assert!(!text.contains(full), "{full} printed: {text}");
    }
    assert!(text.contains("4•••••••••••17"), "{text}");
}
