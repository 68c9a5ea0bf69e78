//! Reshaping on small tables: unpivot, its schema, its replay and its refusals; total rows.

use super::reshape::{Refusal, is_total_row, reshaped_schema};
use super::suggest::{FixKind, suggest, unpivot_step};
use super::*;
use crate::core::progress::NoProgress;
use crate::core::schema::infer::infer_schema;
use crate::core::validate::{Code, DEFAULT_LIMIT, Validator};

fn wide(header: &[&str], rows: &[&[&str]]) -> Table {
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
    Table::from_rows(header, &rows)
}

fn rows_of(t: &Table) -> Vec<Vec<String>> {
    t.iter_rows()
        .map(|r| r.iter().map(str::to_owned).collect())
        .collect()
}

fn run(table: &Table, schema: &TableSchema, steps: &[Step]) -> Applied {
    apply(table, schema, steps, &NoProgress).unwrap_or_else(|_| unreachable!())
}

fn check(table: &Table, schema: &TableSchema) -> crate::core::validate::Report {
    let mut v = Validator::new(schema, &|_| None, DEFAULT_LIMIT);
    v.header(table.header(), 1);
    v.table(table, 2);
    v.finish()
}

fn years() -> Table {
    wide(
        &["viloyat", "2016yil", "2017yil", "2018yil"],
        &[
            &["Andijon", "10", "11", "12"],
            &["Buxoro", "20", "", "22"],
            &["Jami", "30", "11", "34"],
        ],
    )
}

#[test]
fn unpivot_turns_period_columns_into_rows_and_skips_empty_cells() {
    let table = years();
    let schema = infer_schema(&table);
    let step = unpivot_step(table.header()).unwrap_or_else(|| panic!("no step"));
    assert_eq!(
        step,
        Step::Unpivot {
            period: "period".into(),
            value: "value".into(),
            columns: vec!["2016yil".into(), "2017yil".into(), "2018yil".into()],
        }
    );
    let applied = run(&table, &schema, std::slice::from_ref(&step));
    assert_eq!(applied.table.header(), ["viloyat", "period", "value"]);
    let rows = rows_of(&applied.table);
    assert_eq!(rows.len(), 8, "nine cells, one empty");
    assert_eq!(rows[0], ["Andijon", "2016", "10"]);
    assert_eq!(rows[3], ["Buxoro", "2016", "20"]);
    assert_eq!(rows[4], ["Buxoro", "2018", "22"]);
    let done = applied.unpivot.unwrap_or_else(|| panic!("no report"));
    assert_eq!((done.empty, done.rows_after, done.rows_before), (1, 8, 3));
    assert_eq!(done.periods, ["2016", "2017", "2018"]);
    // Round trip: the reshaped table is valid against the reshaped schema.
    let tidy = reshaped_schema(&schema, table.header(), &step);
    let names: Vec<&str> = tidy.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["viloyat", "period", "value"]);
    assert_eq!(tidy.fields[1].field_type, FieldType::Integer);
    assert_eq!(tidy.fields[2].field_type, FieldType::Integer);
    let report = check(&applied.table, &tidy);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    // Replayed against the dataset's new schema, the recipe gives the same table.
    let again = run(&table, &tidy, &[step]);
    assert_eq!(rows_of(&again.table), rows);
}

#[test]
fn quarters_under_a_year_group_become_portal_quarters_with_a_pattern() {
    let table = wide(
        &["hudud", "2024-yil I chorak", "2024-yil II chorak", "Izoh"],
        &[&["Andijon", "1,5", "2,5", "x"], &["Buxoro", "3", "4", ""]],
    );
    let mut schema = infer_schema(&table);
    for f in &mut schema.fields[1..3] {
        f.field_type = FieldType::Number;
        f.decimal_char = Some(",".into());
    }
    let step = unpivot_step(table.header()).unwrap_or_else(|| panic!());
    let applied = run(&table, &schema, std::slice::from_ref(&step));
    assert_eq!(applied.table.header(), ["hudud", "Izoh", "period", "value"]);
    assert_eq!(
        rows_of(&applied.table)[1],
        ["Andijon", "x", "2024-Q2", "2,5"]
    );
    let tidy = reshaped_schema(&schema, table.header(), &step);
    assert_eq!(
        tidy.fields[2].constraints.pattern.as_deref(),
        Some("[0-9]{4}-Q[1-4]")
    );
    assert_eq!(tidy.fields[3].field_type, FieldType::Number);
    assert_eq!(tidy.fields[3].decimal_char.as_deref(), Some(","));
    let report = check(&applied.table, &tidy);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn next_months_file_with_one_more_period_is_reshaped_too() {
    let table = years();
    let schema = infer_schema(&table);
    let step = unpivot_step(table.header()).unwrap_or_else(|| panic!());
    let tidy = reshaped_schema(&schema, table.header(), &step);
    let next = wide(
        &["viloyat", "2016yil", "2017yil", "2018yil", "2019yil"],
        &[
            &["Andijon", "10", "11", "12", "13"],
            &["Buxoro", "20", "21", "22", "23"],
        ],
    );
    // A trim recorded before the unpivot names a period column: found through the value
    // field, not skipped.
    let steps = [
        Step::Numbers {
            field: "2016yil".into(),
        },
        step,
    ];
    let next = {
        let mut t = rows_of(&next);
        t[0][1] = "1 0".into();
        Table::from_rows(next.header(), &t)
    };
    let applied = run(&next, &tidy, &steps);
    assert!(applied.skipped.is_empty(), "{:?}", applied.skipped);
    assert_eq!(
        applied.unpivot.as_ref().map(|u| u.added.clone()),
        Some(vec!["2019yil".to_owned()])
    );
    let rows = rows_of(&applied.table);
    assert_eq!(rows.len(), 8);
    assert_eq!(rows[0], ["Andijon", "2016", "10"]);
    assert_eq!(rows[3], ["Andijon", "2019", "13"]);
    let report = check(&applied.table, &tidy);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn two_values_for_one_key_and_period_are_refused_with_their_rows() {
    let table = wide(
        &["viloyat", "2016yil", "2017yil"],
        &[
            &["Andijon", "10", "11"],
            &["Buxoro", "20", "21"],
            &["Andijon", "12", ""],
        ],
    );
    let schema = infer_schema(&table);
    let step = unpivot_step(table.header()).unwrap_or_else(|| panic!());
    let trim = Step::Trim {
        field: "value".into(),
    };
    let applied = run(&table, &schema, &[step, trim]);
    assert_eq!(
        applied.refused,
        Some((
            0,
            Refusal::Collision {
                rows: vec![(0, 2)],
                key: "Andijon".into(),
                count: 1
            }
        ))
    );
    assert_eq!(applied.skipped, [1]);
    assert_eq!(applied.table.header(), table.header(), "left as it was");
    // The suggestion shows the refusal and offers no step.
    let found = suggest(&table, &schema, &|_| None, &NoProgress).unwrap_or_else(|_| unreachable!());
    let s = found
        .iter()
        .find(|s| s.kind == FixKind::Unpivot)
        .unwrap_or_else(|| panic!("no unpivot"));
    assert!(s.step.is_none());
    assert!(matches!(s.reshape, Some(Err(Refusal::Collision { .. }))));
    // Two later rows of a key collide with each other, not with the key's first row; spaces
    // around a kept cell do not tell keys apart; the rows are named in row order.
    let later = wide(
        &["viloyat", "2016yil", "2017yil"],
        &[
            &["Andijon", "10", ""],
            &["Buxoro", "20", "21"],
            &["Andijon ", "", "11"],
            &["Buxoro", "", ""],
            &[" Andijon", "", "12"],
        ],
    );
    let applied = run(
        &later,
        &schema,
        &[unpivot_step(later.header()).unwrap_or_else(|| panic!())],
    );
    assert_eq!(
        applied.refused,
        Some((
            0,
            Refusal::Collision {
                rows: vec![(2, 4)],
                key: "Andijon".into(),
                count: 1
            }
        ))
    );
    // Rows with the same key but values in different periods lose nothing.
    let apart = wide(
        &["viloyat", "2016yil", "2017yil"],
        &[&["Andijon", "10", ""], &["Andijon", "", "11"]],
    );
    let applied = run(
        &apart,
        &schema,
        &[unpivot_step(apart.header()).unwrap_or_else(|| panic!())],
    );
    assert!(applied.refused.is_none());
    assert_eq!(applied.table.rows(), 2);
}

#[test]
fn two_columns_of_one_period_are_refused() {
    let table = wide(
        &["viloyat", "2016yil", "2016 y."],
        &[&["Andijon", "1", "2"]],
    );
    let applied = run(
        &table,
        &infer_schema(&table),
        &[unpivot_step(table.header()).unwrap_or_else(|| panic!())],
    );
    assert!(matches!(
        applied.refused,
        Some((0, Refusal::SamePeriod { .. }))
    ));
}

#[test]
fn a_table_without_periods_gets_no_unpivot_and_the_step_is_skipped() {
    let table = wide(
        &["viloyat", "Aholi soni", "1703"],
        &[&["Andijon", "1", "2"]],
    );
    assert_eq!(unpivot_step(table.header()), None);
    let step = Step::Unpivot {
        period: "period".into(),
        value: "value".into(),
        columns: vec!["2016yil".into()],
    };
    let applied = run(&table, &infer_schema(&table), &[step]);
    assert_eq!(applied.skipped, [0]);
    assert_eq!(applied.table.header(), table.header());
}

#[test]
fn total_rows_are_known_by_their_words() {
    let row = |cells: &[&'static str]| {
        let cells = cells.to_vec();
        is_total_row(cells.len(), |c| cells[c])
    };
    for total in [
        "Jami",
        "ЖАМИ:",
        "Итого",
        "Всего",
        "Total",
        "Barchasi",
        "Hammasi",
        " jami ",
    ] {
        assert!(row(&[total, "5"]), "{total}");
    }
    assert!(row(&["1700", "Jami", "5"]), "after a code");
    assert!(!row(&["Jami aholi", "5"]));
    assert!(!row(&["Andijon", "Jami"]), "only the first text counts");
    assert!(!row(&["1700", "5"]));
    let table = wide(
        &["viloyat", "soni", "izoh"],
        &[&["Andijon", "1", ""], &["Jami:", "1", ""], &["", "", ""]],
    );
    let schema = infer_schema(&table);
    let found = suggest(&table, &schema, &|_| None, &NoProgress).unwrap_or_else(|_| unreachable!());
    let totals = found
        .iter()
        .find(|s| s.kind == FixKind::Totals)
        .unwrap_or_else(|| panic!("no totals fix"));
    assert_eq!(totals.rows, [(RowClass::Total, 1)]);
    let applied = run(
        &table,
        &schema,
        &[totals.step.clone().unwrap_or_else(|| panic!())],
    );
    assert_eq!(
        rows_of(&applied.table),
        [["Andijon", "1", ""], ["", "", ""]]
    );
    assert_eq!(applied.removed_rows, 1);
}

#[test]
fn the_period_in_header_finding_names_the_reshape() {
    let table = years();
    let schema = infer_schema(&table);
    let mut v = Validator::new(&schema, &|_| None, DEFAULT_LIMIT).own_labels();
    v.header(table.header(), 1);
    v.table(&table, 2);
    let mut report = v.finish();
    suggest::name_reshape(&mut report, table.header());
    let f = report
        .findings
        .iter()
        .find(|f| f.code == Code::PeriodInHeader)
        .unwrap_or_else(|| panic!("no finding"));
    assert_eq!(f.suggestions.len(), 1);
    assert!(
        f.suggestions[0].contains("\"op\":\"unpivot\""),
        "{}",
        f.suggestions[0]
    );
}

#[test]
fn the_period_and_value_fields_are_titled_in_four_languages_with_the_shared_unit() {
    use crate::core::lang::{Lang, LangText};
    let table = years();
    let mut schema = infer_schema(&table);
    for (i, y) in [2016, 2017, 2018].into_iter().enumerate() {
        schema.fields[i + 1].titles = LangText::new(
            &format!("{y} yil, ming kishi"),
            &format!("{y} йил, минг киши"),
            &format!("{y} год, {} квартал, тыс. человек", i + 1),
            &format!("{y}"),
        );
    }
    let step = unpivot_step(table.header()).unwrap_or_else(|| panic!("no step"));
    let tidy = reshaped_schema(&schema, table.header(), &step);
    let (period, value) = (&tidy.fields[1].titles, &tidy.fields[2].titles);
    assert_eq!(period.get(Lang::UzCyrl), "Давр");
    assert_eq!(period.get(Lang::En), "Period");
    assert_eq!(value.get(Lang::UzLatn), "Qiymat, ming kishi");
    assert_eq!(value.get(Lang::UzCyrl), "Қиймат, минг киши");
    assert_eq!(value.get(Lang::Ru), "Значение, тыс. человек");
    assert_eq!(value.get(Lang::En), "Value", "no unit shared");
}
