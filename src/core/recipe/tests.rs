//! Recipes and suggestions on small tables.

use std::sync::Arc;

use super::suggest::{FixKind, Fixers, suggest};
use super::*;
use crate::core::classifier::Classifier;
use crate::core::progress::NoProgress;
use crate::core::schema::{Binding, Field};
use crate::core::validate::{Code, DEFAULT_LIMIT, Validator};

fn resolve(b: &Binding) -> Option<Arc<Classifier>> {
    (b.classifier == "soato")
        .then(|| crate::core::classifier::soato().cloned())
        .flatten()
}

fn schema() -> TableSchema {
    let mut district = Field::new("district", FieldType::String);
    district.classifier = Some(Binding {
        classifier: "soato".into(),
        level: Some("district".into()),
        ..Binding::default()
    });
    let mut region = Field::new("region", FieldType::String);
    region.classifier = Some(Binding {
        classifier: "soato".into(),
        level: Some("region".into()),
        ..Binding::default()
    });
    district.parent = Some("region".into());
    let mut share = Field::new("share", FieldType::Number);
    share.decimal_char = Some(",".into());
    let mut day = Field::new("day", FieldType::Date);
    day.format = Some("%d.%m.%Y".into());
    let name = Field::new("name", FieldType::String);
    TableSchema {
        fields: vec![region, district, share, day, name],
        ..TableSchema::default()
    }
}

const HEADER: [&str; 5] = ["region", "district", "share", "day", "name"];

fn table(rows: &[[&str; 5]]) -> Table {
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
    Table::from_rows(&HEADER, &rows)
}

fn rows_of(t: &Table) -> Vec<Vec<String>> {
    t.iter_rows()
        .map(|r| r.iter().map(str::to_owned).collect())
        .collect()
}

fn errors(t: &Table) -> u64 {
    let mut v = Validator::new(&schema(), &resolve, DEFAULT_LIMIT);
    v.table(t, 2);
    v.finish().errors()
}

fn messy() -> Table {
    table(&[
        ["1726", "1726266", "0,5", "15.01.2024", "Maktab"],
        ["1726", " 1726294 ", "1.234,5", "2024-01-16", "Bogʻcha"],
        [
            "1726",
            "Chilonzor tumani",
            "2 500,75",
            "16/01/2024",
            "Litsey",
        ],
        ["1726", "Yunusobod tumani", "3", "17.01.2024", "Kollej"],
        ["", "", "", "", ""],
        [
            "Izoh: maʼlumotlar 2024 yil 1 yanvar holatiga koʻra berilgan",
            "",
            "",
            "",
            "",
        ],
        ["1726", "Yunusobod tumani", "4", "18.01.2024", "Мактаб"],
    ])
}

#[test]
fn every_kind_of_fix_is_offered_for_a_messy_table() {
    let t = messy();
    let found =
        suggest(&t, &schema(), &resolve, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    let kinds: Vec<(FixKind, Option<&str>)> =
        found.iter().map(|s| (s.kind, s.field.as_deref())).collect();
    assert_eq!(
        kinds,
        vec![
            (FixKind::RemoveRows, None),
            (FixKind::Trim, Some("district")),
            (FixKind::Codes, Some("district")),
            (FixKind::Numbers, Some("share")),
            (FixKind::Dates, Some("day")),
            (FixKind::Transliterate, Some("name")),
        ]
    );
    let rows = &found[0];
    assert_eq!(
        rows.rows,
        vec![(RowClass::Blank, 1), (RowClass::Footnote, 1)]
    );
    let codes = &found[2];
    assert_eq!(codes.changes.len(), 2);
    // The most frequent name first; both are confident matches inside Tashkent city.
    assert_eq!(codes.changes[0].from, "Yunusobod tumani");
    assert_eq!(codes.changes[0].to, "1726266");
    assert_eq!(codes.changes[0].rows, 2);
    assert_eq!(codes.changes[1].to, "1726294");
    let numbers = &found[3];
    let to: Vec<&str> = numbers.changes.iter().map(|c| c.to.as_str()).collect();
    assert_eq!(to, vec!["1234,5", "2500,75"]);
    let dates = &found[4];
    let to: Vec<&str> = dates.changes.iter().map(|c| c.to.as_str()).collect();
    assert_eq!(to, vec!["16.01.2024", "16.01.2024"]);
    let translit = &found[5];
    assert_eq!(translit.changes[0].from, "Мактаб");
    assert_eq!(translit.changes[0].to, "Maktab");
}

#[test]
fn accepting_every_suggestion_makes_the_table_valid() {
    let t = messy();
    assert!(errors(&t) > 0);
    let found =
        suggest(&t, &schema(), &resolve, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    let steps: Vec<Step> = found.iter().filter_map(|s| s.step.clone()).collect();
    let applied = apply(&t, &schema(), &steps, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    assert_eq!(applied.removed_rows, 2);
    assert!(applied.skipped.is_empty());
    assert_eq!(errors(&applied.table), 0, "{:?}", rows_of(&applied.table));
    assert_eq!(
        rows_of(&applied.table)[1],
        vec!["1726", "1726294", "1234,5", "16.01.2024", "Bogʻcha"]
    );
    // The source is untouched.
    assert_eq!(rows_of(&t)[1][1], " 1726294 ");
    assert_eq!(
        applied.changed_cells, 9,
        "1 trim, 3 codes, 2 numbers, 2 dates, 1 script"
    );
}

#[test]
fn a_recipe_replays_on_next_months_file_with_moved_columns() {
    let mut recipe = Recipe::default();
    recipe.steps.push(Step::Trim {
        field: "district".into(),
    });
    recipe.steps.push(Step::Replace {
        field: "district".into(),
        values: [("Chilonzor tumani".to_owned(), "1726294".to_owned())].into(),
    });
    recipe.steps.push(Step::RemoveRows {
        rows: vec![RowClass::Blank],
    });
    recipe.steps.push(Step::Trim {
        field: "gone".into(),
    });
    let json = serde_json::to_string(&recipe).unwrap_or_else(|e| panic!("{e}"));
    assert!(json.contains("\"op\":\"remove-rows\""), "{json}");
    let back: Recipe = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, recipe);
    // Next month: columns in another order, new rows.
    let rows: Vec<Vec<&str>> = vec![
        vec![" Chilonzor tumani", "1726", "1", "01.02.2024", "a"],
        vec!["", "", "", "", ""],
        vec!["1726266", "1726", "2", "02.02.2024", "b"],
    ];
    let t = Table::from_rows(&["district", "region", "share", "day", "name"], &rows);
    let applied =
        apply(&t, &schema(), &back.steps, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    assert_eq!(applied.skipped, vec![3]);
    assert_eq!(applied.removed_rows, 1);
    assert_eq!(
        rows_of(&applied.table),
        vec![
            vec!["1726294", "1726", "1", "01.02.2024", "a"],
            vec!["1726266", "1726", "2", "02.02.2024", "b"],
        ]
    );
}

#[test]
fn number_and_date_steps_leave_valid_and_missing_values_alone() {
    let t = table(&[
        ["1726", "1726266", "1 000", "", ""],
        ["1726", "1726266", "", "x", ""],
        ["1726", "1726266", "7,25", "01.01.2024", ""],
    ]);
    let steps = [
        Step::Numbers {
            field: "share".into(),
        },
        Step::Dates {
            field: "day".into(),
        },
    ];
    let applied = apply(&t, &schema(), &steps, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    let rows = rows_of(&applied.table);
    assert_eq!(rows[0][2], "1000");
    assert_eq!(rows[1][2], "");
    assert_eq!(rows[1][3], "x", "not a date: left for the steward");
    assert_eq!(rows[2][2], "7,25");
    assert_eq!(applied.changed_cells, 1);
}

#[test]
fn big_tables_keep_their_rows_in_order_across_chunks() {
    let mut rows = Vec::new();
    for i in 0..40_000 {
        let share = format!("{i} 000,5");
        rows.push(vec![
            "1726".to_owned(),
            "1726266".to_owned(),
            share,
            "01.01.2024".to_owned(),
            String::new(),
        ]);
    }
    let t = Table::from_rows(&HEADER.map(String::from), &rows);
    let steps = [Step::Numbers {
        field: "share".into(),
    }];
    let applied = apply(&t, &schema(), &steps, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    assert_eq!(applied.table.rows(), 40_000);
    assert!(applied.table.chunks().len() > 1);
    assert_eq!(applied.table.cell(39_999, 2), Some("39999000,5"));
    assert_eq!(applied.changed_cells, 40_000);
}

#[test]
fn single_findings_get_proposals_for_the_command_line() {
    let t = messy();
    let mut v = Validator::new(&schema(), &resolve, DEFAULT_LIMIT);
    v.table(&t, 2);
    let report = v.finish();
    let fixers = Fixers::new(&schema(), &resolve);
    let chilonzor = report
        .findings
        .iter()
        .find(|f| f.code == Code::ForeignKey && f.value.as_deref() == Some("Chilonzor tumani"))
        .unwrap_or_else(|| panic!("a foreign-key finding"));
    assert_eq!(fixers.for_finding(chilonzor)[0], "1726294");
    let padded = report
        .findings
        .iter()
        .find(|f| f.value.as_deref() == Some(" 1726294 "))
        .unwrap_or_else(|| panic!("padded code"));
    assert_eq!(fixers.for_finding(padded), vec!["1726294"]);
}

#[test]
fn a_field_keeps_its_own_missing_values_when_columns_move() {
    // `note` calls "1 234,5" missing; `share` does not. In next month's file `share` comes
    // first, where `note` stands in the schema.
    let mut note = Field::new("note", FieldType::String);
    note.extra
        .insert("missingValues".into(), serde_json::json!(["1 234,5"]));
    let mut share = Field::new("share", FieldType::Number);
    share.decimal_char = Some(",".into());
    let schema = TableSchema {
        fields: vec![note, share],
        ..TableSchema::default()
    };
    let t = Table::from_rows(&["share", "note"], &[vec!["1 234,5", "x"]]);
    let steps = [Step::Numbers {
        field: "share".into(),
    }];
    let applied = apply(&t, &schema, &steps, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    assert_eq!(applied.table.cell(0, 0), Some("1234,5"));
}

#[test]
fn bytes_that_are_not_text_stay_reported_after_a_recipe_is_applied() {
    use crate::core::table::{ChunkBuilder, escape_byte};
    let mut t = Table::new(vec!["a".into(), "b".into()]);
    let mut b = ChunkBuilder::default();
    let mut bad = b" x".to_vec();
    escape_byte(0xD7, &mut bad);
    b.push_cell_bytes(&bad);
    b.push_cell_bytes(b" y ");
    let _ = b.end_row();
    t.append(b.finish());
    let schema = TableSchema {
        fields: vec![
            Field::new("a", FieldType::String),
            Field::new("b", FieldType::String),
        ],
        ..TableSchema::default()
    };
    let steps = [
        Step::Trim { field: "a".into() },
        Step::Trim { field: "b".into() },
    ];
    let applied = apply(&t, &schema, &steps, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    assert_eq!(applied.table.cell(0, 0), Some("x\\xD7"));
    assert_eq!(applied.table.cell(0, 1), Some("y"));
    let faults: Vec<(usize, usize, String)> = applied
        .table
        .faults()
        .map(|f| (f.row, f.col, f.hex()))
        .collect();
    assert_eq!(faults, [(0, 0, "D7".to_owned())]);
}

#[test]
fn fill_down_fills_empty_cells_below_a_value_but_not_blank_rows() {
    let t = Table::from_rows(
        &["region", "district", "n"],
        &[
            vec!["", "Shahar", "1"],
            vec!["Andijon", "Asaka", "2"],
            vec!["", "Baliqchi", "3"],
            vec!["", "", ""],
            vec!["", "Olot", "4"],
            vec!["Buxoro", "Gʻijduvon", "5"],
        ],
    );
    let schema = crate::core::schema::infer::infer_schema(&t);
    let step = Step::FillDown {
        field: "region".into(),
    };
    let out = apply(&t, &schema, &[step], &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    let column: Vec<&str> = (0..6)
        .map(|r| out.table.cell(r, 0).unwrap_or("?"))
        .collect();
    assert_eq!(
        column,
        ["", "Andijon", "Andijon", "", "Andijon", "Buxoro"],
        "nothing above the first value, and a blank row stays blank"
    );
    assert_eq!(out.changed_cells, 2);
}
