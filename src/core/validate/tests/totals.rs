//! Totals checked against the sum of their parts.

use super::*;

/// The 14 regions of the republic, in SOATO.
const REGIONS: [&str; 14] = [
    "1703", "1706", "1708", "1710", "1712", "1714", "1718", "1722", "1724", "1726", "1727", "1730",
    "1733", "1735",
];

/// A table of the republic (`1700`) over its regions: code, name, then the given columns,
/// each region holding `part(region, column)` and the total `total(column)`.
fn republic(
    columns: &[&str],
    part: impl Fn(usize, usize) -> String,
    total: impl Fn(usize) -> String,
) -> (TableSchema, Vec<String>, Vec<Vec<String>>) {
    let mut code = Field::new("Hudud kodi", FieldType::String);
    code.classifier = Some(Binding {
        classifier: "soato".into(),
        version: None,
        level: None,
    });
    let mut fields = vec![code, Field::new("Hudud nomi", FieldType::String)];
    for c in columns {
        let mut f = Field::new(*c, FieldType::Number);
        f.decimal_char = Some(",".into());
        fields.push(f);
    }
    let header: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    let mut rows = vec![
        ["1700".to_owned(), "Respublika".to_owned()]
            .into_iter()
            .chain((0..columns.len()).map(&total))
            .collect::<Vec<_>>(),
    ];
    for (r, region) in REGIONS.iter().enumerate() {
        let row = [region.to_string(), format!("Viloyat {r}")]
            .into_iter()
            .chain((0..columns.len()).map(|c| part(r, c)))
            .collect();
        rows.push(row);
    }
    (schema(fields), header, rows)
}

fn check_owned(schema: &TableSchema, header: &[String], rows: &[Vec<String>]) -> Report {
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    validate(schema, &header, &rows)
}

#[test]
fn a_republic_total_off_by_seven_in_one_quarter_is_one_mismatch_on_its_cell() {
    let quarters = ["I chorak", "II chorak", "III chorak", "IV chorak"];
    let part = |r: usize, c: usize| (100 + r * 10 + c).to_string();
    let sum = |c: usize| (0..14).map(|r| 100 + r * 10 + c).sum::<usize>();
    let (s, header, rows) = republic(&quarters, part, |c| {
        (sum(c) + if c == 2 { 7 } else { 0 }).to_string()
    });
    let r = check_owned(&s, &header, &rows);
    assert_eq!(count(&r, Code::TotalMismatch), 1, "{:?}", r.findings);
    let f = &r.findings[0];
    assert_eq!((f.row, f.column), (Some(2), Some(5)));
    assert_eq!(f.field.as_deref(), Some("III chorak"));
    assert_eq!(f.args.get("difference").map(String::as_str), Some("7"));
    assert_eq!(f.args.get("code").map(String::as_str), Some("1700"));
    assert!(!r.is_valid());
    // The same table with the right total is valid.
    let (s, header, rows) = republic(&quarters, part, |c| sum(c).to_string());
    assert_eq!(
        count(&check_owned(&s, &header, &rows), Code::TotalMismatch),
        0
    );
}

#[test]
fn decimals_set_the_tolerance() {
    // Parts with one decimal: a total off by 0,1 is a mismatch, one that only differs in the
    // binary sum of decimals is not.
    let part = |r: usize, _| format!("{},{}", 10 + r, r % 10);
    let exact: f64 = (0..14)
        .map(|r| 10.0 + r as f64 + (r % 10) as f64 / 10.0)
        .sum();
    let written = |x: f64| format!("{x:.1}").replace('.', ",");
    let (s, header, rows) = republic(&["Aholi"], part, |_| written(exact));
    assert_eq!(
        count(&check_owned(&s, &header, &rows), Code::TotalMismatch),
        0
    );
    let (s, header, rows) = republic(&["Aholi"], part, |_| written(exact + 0.1));
    let r = check_owned(&s, &header, &rows);
    assert_eq!(count(&r, Code::TotalMismatch), 1);
    assert_eq!(
        r.findings[0].args.get("difference").map(String::as_str),
        Some("0,1")
    );
}

#[test]
fn averages_extracts_and_lone_totals_are_not_mismatches() {
    // An average: the republic's lies between its regions'.
    let (s, header, rows) = republic(
        &["Oʻrtacha ish haqi"],
        |r, _| (5000 + r * 100).to_string(),
        |_| "5650".into(),
    );
    assert_eq!(
        count(&check_owned(&s, &header, &rows), Code::TotalMismatch),
        0
    );
    // A column not named as one, whose total is below a part, is no column of amounts.
    let (s, header, rows) = republic(
        &["Koʻrsatkich"],
        |r, _| (5000 + r * 100).to_string(),
        |_| "5650".into(),
    );
    assert_eq!(
        count(&check_owned(&s, &header, &rows), Code::TotalMismatch),
        0
    );
    // Only some regions: an extract, not a wrong total.
    let (s, header, mut rows) = republic(&["Soni"], |_, _| "10".into(), |_| "999".into());
    rows.truncate(6);
    assert_eq!(
        count(&check_owned(&s, &header, &rows), Code::TotalMismatch),
        0
    );
    // A total with no parts is not compared.
    let (s, header, rows) = republic(&["Soni"], |_, _| "10".into(), |_| "999".into());
    assert_eq!(
        count(&check_owned(&s, &header, &rows[..1]), Code::TotalMismatch),
        0
    );
    // The same table with one total: a mismatch (140 is not 999).
    assert_eq!(
        count(&check_owned(&s, &header, &rows), Code::TotalMismatch),
        1
    );
}

#[test]
fn a_total_given_twice_is_reported_and_not_summed_twice() {
    let (s, header, rows) = republic(&["Soni"], |_, _| "10".into(), |_| "140".into());
    let mut twice = rows.clone();
    twice.push(rows[0].clone());
    let r = check_owned(&s, &header, &twice);
    assert_eq!(count(&r, Code::TotalMismatch), 0, "{:?}", r.findings);
    assert_eq!(count(&r, Code::TotalRepeated), 1);
    let f = &r.findings[0];
    assert_eq!((f.row, f.column), (Some(17), Some(1)));
    assert_eq!(f.args.get("first").map(String::as_str), Some("2"));
    // Parts that repeat too tell of a key the check does not see: nothing is said.
    let mut all_twice = rows.clone();
    all_twice.extend(rows.iter().cloned());
    assert!(check_owned(&s, &header, &all_twice).findings.is_empty());
}

#[test]
fn words_among_the_parts_are_left_out_of_the_sum_and_listed() {
    let (s, header, mut rows) = republic(&["Soni"], |_, _| "10".into(), |_| "140".into());
    rows[3][2] = "maxfiy".into();
    let r = check_owned(&s, &header, &rows);
    assert_eq!(count(&r, Code::TypeError), 1);
    assert_eq!(count(&r, Code::TotalMismatch), 1, "{:?}", r.findings);
    let f = r.findings.iter().find(|f| f.code == Code::TotalMismatch);
    let arg = |k: &str| f.and_then(|f| f.args.get(k)).map(String::as_str);
    assert_eq!(arg("sum"), Some("130"));
    assert_eq!(arg("words"), Some("“maxfiy”"));
    assert_eq!(arg("wordrows"), Some("5"));
    // When the numbers add up without the word (a dash for none), nothing is said.
    let (s, header, mut rows) = republic(&["Soni"], |_, _| "10".into(), |_| "130".into());
    rows[3][2] = "maxfiy".into();
    assert_eq!(
        count(&check_owned(&s, &header, &rows), Code::TotalMismatch),
        0
    );
}

#[test]
fn a_column_equal_on_every_row_is_an_attribute_not_an_amount() {
    let (s, header, rows) = republic(&["Birlik kodi"], |_, _| "796".into(), |_| "796".into());
    assert!(check_owned(&s, &header, &rows).findings.is_empty());
}

/// A table of items under a total labelled by a word: name, then the columns; the total's
/// row goes where `at` says (0: first, else last).
fn labelled(
    label: &str,
    at: usize,
    columns: &[(&str, FieldType)],
    items: &[(&str, Vec<&str>)],
    total: Vec<&str>,
) -> (TableSchema, Vec<String>, Vec<Vec<String>>) {
    let mut fields = vec![Field::new("Koʻrsatkich", FieldType::String)];
    for (name, t) in columns {
        let mut f = Field::new(*name, *t);
        f.decimal_char = Some(",".into());
        fields.push(f);
    }
    let header: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    let row = |name: &str, values: &[&str]| {
        std::iter::once(name.to_owned())
            .chain(values.iter().map(|v| v.to_string()))
            .collect::<Vec<_>>()
    };
    let mut rows: Vec<Vec<String>> = items.iter().map(|(n, v)| row(n, v)).collect();
    let total = row(label, &total);
    if at == 0 {
        rows.insert(0, total);
    } else {
        rows.push(total);
    }
    (schema(fields), header, rows)
}

#[test]
fn a_total_by_word_is_checked_over_the_rows_of_its_table() {
    let columns = [
        ("2023yil", FieldType::Integer),
        ("2024yil", FieldType::Integer),
    ];
    let items = [
        ("Sanoat", vec!["120", "130"]),
        ("Qurilish", vec!["40", "45"]),
        ("Xizmatlar", vec!["200", "215"]),
    ];
    for (label, at) in [("Jami", 1), ("Итого:", 1), ("Всего", 0), ("Barchasi", 1)] {
        let (s, header, rows) = labelled(label, at, &columns, &items, vec!["360", "397"]);
        let r = check_owned(&s, &header, &rows);
        assert_eq!(
            count(&r, Code::TotalMismatch),
            1,
            "{label}: {:?}",
            r.findings
        );
        let f = r
            .findings
            .iter()
            .find(|f| f.code == Code::TotalMismatch)
            .unwrap_or_else(|| panic!("no mismatch for {label}"));
        assert_eq!(f.field.as_deref(), Some("2024yil"));
        assert_eq!(f.args.get("sum").map(String::as_str), Some("390"));
        assert_eq!(f.args.get("code").map(String::as_str), Some(label));
        assert_eq!(f.row, Some(if at == 0 { 2 } else { 5 }));
    }
    let (s, header, rows) = labelled("Jami", 1, &columns, &items, vec!["360", "390"]);
    assert_eq!(
        count(&check_owned(&s, &header, &rows), Code::TotalMismatch),
        0
    );
}

#[test]
fn totals_by_word_are_not_guessed_over_items_or_levels() {
    let columns = [("Soni", FieldType::Integer)];
    // "Of which" items do not add up to the total, and need not.
    let items = [
        ("Sanoat", vec!["120"]),
        ("shu jumladan: qayta ishlash", vec!["90"]),
        ("Qurilish", vec!["40"]),
    ];
    let (s, header, rows) = labelled("Jami", 1, &columns, &items, vec!["160"]);
    assert!(check_owned(&s, &header, &rows).findings.is_empty());
    // A region's row over its districts and a grand total: two levels, not one sum.
    let items = [
        ("Andijon viloyati", vec!["100"]),
        ("Asaka tumani", vec!["60"]),
        ("Baliqchi tumani", vec!["40"]),
    ];
    let (s, header, rows) = labelled("Jami", 1, &columns, &items, vec!["100"]);
    assert!(check_owned(&s, &header, &rows).findings.is_empty());
    // Two totals: which rows each sums is not known.
    let items = [
        ("Sanoat", vec!["120"]),
        ("Jami", vec!["120"]),
        ("Qurilish", vec!["40"]),
    ];
    let (s, header, rows) = labelled("Jami", 1, &columns, &items, vec!["999"]);
    assert!(check_owned(&s, &header, &rows).findings.is_empty());
    // A total with no parts.
    let (s, header, rows) = labelled("Jami", 1, &columns, &[], vec!["999"]);
    assert!(check_owned(&s, &header, &rows).findings.is_empty());
}

#[test]
fn shares_of_a_whole_add_up_to_100_give_or_take_their_rounding() {
    let columns = [("Ulushi, %", FieldType::Number)];
    let items = [
        ("Sanoat", vec!["33,3"]),
        ("Qurilish", vec!["33,3"]),
        ("Xizmatlar", vec!["33,3"]),
    ];
    // 99,9: three parts rounded to a tenth may lose up to 0,15.
    let (s, header, rows) = labelled("Jami", 1, &columns, &items, vec!["100,0"]);
    assert!(check_owned(&s, &header, &rows).findings.is_empty());
    let items = [
        ("Sanoat", vec!["43,3"]),
        ("Qurilish", vec!["33,3"]),
        ("Xizmatlar", vec!["33,3"]),
    ];
    let (s, header, rows) = labelled("Jami", 1, &columns, &items, vec!["100,0"]);
    let r = check_owned(&s, &header, &rows);
    assert_eq!(count(&r, Code::TotalMismatch), 1, "{:?}", r.findings);
    assert_eq!(
        r.findings[0].args.get("sum").map(String::as_str),
        Some("109,9")
    );
    // A share column whose total row is no 100 is a share of something else: not compared.
    let (s, header, rows) = labelled("Jami", 1, &columns, &items, vec!["12,5"]);
    assert!(check_owned(&s, &header, &rows).findings.is_empty());
}

#[test]
fn a_tidy_table_is_checked_year_by_year_and_a_region_over_its_districts() {
    let districts = [
        "1703202", "1703203", "1703206", "1703209", "1703210", "1703211", "1703214", "1703217",
        "1703220", "1703224", "1703227", "1703230", "1703232", "1703236", "1703401", "1703408",
    ];
    let mut code = Field::new("soato", FieldType::String);
    code.classifier = Some(Binding {
        classifier: "soato".into(),
        version: None,
        level: None,
    });
    let s = schema(vec![
        code,
        Field::new("yil", FieldType::Integer),
        Field::new("qiymat", FieldType::Integer),
    ]);
    let mut rows: Vec<Vec<String>> = Vec::new();
    for year in [2023, 2024] {
        // 2023 adds up; in 2024 the region says 161 for districts summing to 160.
        let total = if year == 2024 { 161 } else { 160 };
        rows.push(vec!["1703".into(), year.to_string(), total.to_string()]);
        for d in districts {
            rows.push(vec![d.into(), year.to_string(), "10".into()]);
        }
    }
    let header = vec!["soato".to_owned(), "yil".to_owned(), "qiymat".to_owned()];
    let r = check_owned(&s, &header, &rows);
    assert_eq!(count(&r, Code::TotalMismatch), 1, "{:?}", r.findings);
    assert_eq!(r.findings[0].row, Some(19));
    assert_eq!(
        r.findings[0].args.get("period").map(String::as_str),
        Some("2024"),
        "the finding names its period"
    );
    assert_eq!(
        r.findings[0].args.get("sum").map(String::as_str),
        Some("160")
    );
}
