//! Bad input never panics: random bytes into the readers, random schemas and random tables into
//! the validator, the fix finder and the recipe, with proptest (cases are few enough for a
//! debug build; `PROPTEST_CASES=5000 cargo test fuzz` searches longer).

use std::sync::Arc;

use ochiq::core::classifier::Classifier;
use ochiq::core::ingest::{self, OpenOptions};
use ochiq::core::progress::NoProgress;
use ochiq::core::recipe::suggest::{Fixers, suggest};
use ochiq::core::recipe::{RowClass, Step, TargetScript, apply};
use ochiq::core::schema::infer::infer_schema;
use ochiq::core::schema::{Binding, TableSchema};
use ochiq::core::table::Table;
use ochiq::core::validate::{Code, DEFAULT_LIMIT, Validator};
use proptest::prelude::*;
use serde_json::{Value, json};

fn resolve(b: &Binding) -> Option<Arc<Classifier>> {
    (b.classifier == "soato")
        .then(|| ochiq::core::classifier::soato().cloned())
        .flatten()
}

const NAMES: [&str; 10] = [
    "Hudud",
    "Soni",
    "Sana",
    "id",
    "Hudud kodi",
    "Viloyat",
    "2016yil",
    "2017Y",
    "2024-yil I chorak",
    "2024-yil II chorak",
];

/// Text of the kinds officers' files hold, broken in the ways they break.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("-".to_owned()),
        Just(" 94 ".to_owned()),
        Just("1726266".to_owned()),
        Just("Chilonzor tumani".to_owned()),
        Just("Тошкент".to_owned()),
        Just("31.02.2026".to_owned()),
        Just("2026-01-25 00:00:00".to_owned()),
        Just("1,234.50".to_owned()),
        Just("Izoh: maʼlumotlar 2026 yil 1 yanvar holatiga koʻra berilgan".to_owned()),
        "[0-9 ,.\\-+]{0,12}",
        "[a-zA-Zа-яўқғҳʻʼ' ]{0,16}",
        any::<String>(),
    ]
}

fn table() -> impl Strategy<Value = Table> {
    (
        prop::collection::vec(prop::sample::select(NAMES.to_vec()), 0..7),
        prop::collection::vec(prop::collection::vec(cell(), 0..8), 0..40),
    )
        .prop_map(|(header, rows)| {
            let header: Vec<String> = header.into_iter().map(str::to_owned).collect();
            Table::from_rows(&header, &rows)
        })
}

fn json_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i32>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        "[0-9.,a-z]{0,6}".prop_map(|s| json!(s)),
        Just(Value::Null),
    ]
}

fn field() -> impl Strategy<Value = Value> {
    let types = [
        "string", "number", "integer", "boolean", "date", "datetime", "year", "any", "object",
        "weird",
    ];
    let formats = [
        "%d.%m.%Y",
        "%Y-%m-%d",
        "%",
        "%Q",
        "default",
        "any",
        "%d/%m/%y %H:%M",
    ];
    let patterns = ["^[0-9]{7}$", "[", "(a|b)*", "\\d+", "17[0-9]{5}", ""];
    (
        prop::sample::select(NAMES.to_vec()),
        prop::sample::select(types.to_vec()),
        prop::option::of(prop::sample::select(formats.to_vec())),
        prop::option::of(prop::sample::select(vec![",", ".", "", "ab", " "])),
        prop::option::of(prop::sample::select(vec![" ", ",", "", "\u{a0}"])),
        (any::<bool>(), any::<bool>()),
        (
            prop::option::of(json_value()),
            prop::option::of(json_value()),
        ),
        prop::option::of(0u64..20),
        prop::option::of(prop::sample::select(patterns.to_vec())),
        prop::option::of(prop::collection::vec(json_value(), 0..4)),
        prop::option::of(prop::sample::select(vec!["district", "region", "nope"])),
        prop::option::of(prop::sample::select(NAMES.to_vec())),
    )
        .prop_map(
            |(
                name,
                ty,
                format,
                decimal,
                group,
                (required, unique),
                (min, max),
                max_len,
                pattern,
                enums,
                level,
                parent,
            )| {
                let mut f = json!({"name": name, "type": ty});
                let o = f.as_object_mut().unwrap_or_else(|| unreachable!());
                let mut c = serde_json::Map::new();
                c.insert("required".into(), json!(required));
                c.insert("unique".into(), json!(unique));
                min.map(|v| c.insert("minimum".into(), v));
                max.map(|v| c.insert("maximum".into(), v));
                max_len.map(|v| c.insert("maxLength".into(), json!(v)));
                pattern.map(|v| c.insert("pattern".into(), json!(v)));
                enums.map(|v| c.insert("enum".into(), json!(v)));
                o.insert("constraints".into(), Value::Object(c));
                format.map(|v| o.insert("format".into(), json!(v)));
                decimal.map(|v| o.insert("decimalChar".into(), json!(v)));
                group.map(|v| o.insert("groupChar".into(), json!(v)));
                level.map(|l| {
                    o.insert(
                        "ochiq:classifier".into(),
                        json!({"classifier": "soato", "level": l}),
                    )
                });
                parent.map(|p| o.insert("ochiq:parent".into(), json!(p)));
                f
            },
        )
}

fn schema() -> impl Strategy<Value = TableSchema> {
    (
        prop::collection::vec(field(), 0..6),
        prop::collection::vec(prop::sample::select(NAMES.to_vec()), 0..3),
        prop::collection::vec("[-a-z ]{0,2}", 0..3),
    )
        .prop_filter_map("a schema the reader accepts", |(fields, key, missing)| {
            let v = json!({"fields": fields, "primaryKey": key, "missingValues": missing});
            serde_json::from_value(v).ok()
        })
}

fn step() -> impl Strategy<Value = Step> {
    let field = || prop::sample::select(NAMES.to_vec()).prop_map(str::to_owned);
    prop_oneof![
        field().prop_map(|field| Step::Trim { field }),
        field().prop_map(|field| Step::Numbers { field }),
        field().prop_map(|field| Step::Dates { field }),
        field().prop_map(|field| Step::Transliterate {
            field,
            to: TargetScript::Latin
        }),
        field().prop_map(|field| Step::Transliterate {
            field,
            to: TargetScript::Cyrillic
        }),
        (field(), cell(), cell()).prop_map(|(field, from, to)| Step::Replace {
            field,
            values: [(from, to)].into(),
        }),
        Just(Step::RemoveRows {
            rows: vec![RowClass::Blank, RowClass::Spacer, RowClass::Footnote]
        }),
        Just(Step::RemoveRows {
            rows: vec![RowClass::Total]
        }),
        prop::collection::vec(field(), 0..3).prop_map(|columns| Step::Unpivot {
            period: "period".into(),
            value: "value".into(),
            columns,
        }),
    ]
}

/// 96 cases a run, or `PROPTEST_CASES`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(96)
}

fn check(schema: &TableSchema, table: &Table) -> ochiq::core::validate::Report {
    let mut v = Validator::new(schema, &resolve, DEFAULT_LIMIT);
    v.header(table.header(), 1);
    v.table(table, 2);
    let mut report = v.finish();
    Fixers::new(schema, &resolve).fill(&mut report);
    report
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn random_schemas_and_tables_check_fix_and_replay_without_panics(
        schema in schema(),
        table in table(),
        steps in prop::collection::vec(step(), 0..5),
    ) {
        let report = check(&schema, &table);
        prop_assert_eq!(report.rows, table.rows() as u64);
        for code in Code::ALL {
            let kept = report.findings.iter().filter(|f| f.code == code).count() as u64;
            prop_assert!(kept <= report.count(code));
        }
        let found = suggest(&table, &schema, &resolve, &NoProgress)
            .unwrap_or_else(|_| unreachable!("NoProgress never cancels"));
        let mut all: Vec<Step> = found.iter().filter_map(|s| s.step.clone()).collect();
        all.extend(steps);
        let applied = apply(&table, &schema, &all, &NoProgress)
            .unwrap_or_else(|_| unreachable!("NoProgress never cancels"));
        // Only a reshape changes the columns and the number of rows.
        if applied.unpivot.is_none() {
            prop_assert_eq!(
                applied.table.rows() as u64 + applied.removed_rows,
                table.rows() as u64
            );
            prop_assert_eq!(applied.table.header(), table.header());
        } else {
            let reshaped = all.iter().any(|s| matches!(s, Step::Unpivot { .. }));
            prop_assert!(reshaped);
        }
        check(&schema, &applied.table);
    }

    #[test]
    fn random_bytes_are_read_or_refused_never_a_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        extension in prop::sample::select(vec!["csv", "tsv", "txt", "json", "xlsx", "xls", "ods"]),
    ) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(format!("data.{extension}"));
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        if let Ok((_, table)) = ingest::read_table(&path, &OpenOptions::default(), &NoProgress) {
            let schema = infer_schema(&table);
            check(&schema, &table);
        }
    }

    #[test]
    fn text_that_looks_like_csv_is_read_and_checked(
        rows in prop::collection::vec(prop::collection::vec(cell(), 1..6), 1..30),
        delimiter in prop::sample::select(vec![",", ";", "\t", "|"]),
    ) {
        let text: String = rows
            .iter()
            .map(|r| r.join(delimiter) + "\n")
            .collect();
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("data.csv");
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{e}"));
        // Any text is read: only a file with nothing but white space may be refused.
        match ingest::read_table(&path, &OpenOptions::default(), &NoProgress) {
            Ok((_, table)) => {
                prop_assert!(table.rows() <= rows.len(), "{} rows from {}", table.rows(), rows.len());
                let schema = infer_schema(&table);
                let report = check(&schema, &table);
                prop_assert_eq!(report.rows, table.rows() as u64);
            }
            Err(e) => prop_assert!(text.trim().is_empty(), "text that looks like CSV was refused: {e}"),
        }
    }
}
