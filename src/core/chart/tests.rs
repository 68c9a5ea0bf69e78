use super::*;
use crate::core::lang::Lang;
use crate::core::progress::NoProgress;
use crate::core::schema::{Binding, Field};

const REGIONS: [&str; 14] = [
    "1703", "1706", "1708", "1710", "1712", "1714", "1718", "1722", "1724", "1726", "1727", "1730",
    "1733", "1735",
];

fn strings(rows: &[Vec<String>]) -> Vec<Vec<&str>> {
    rows.iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect()
}

/// A schema: the SOATO code, the year, then numeric columns with a decimal comma.
fn schema(values: &[&str]) -> (TableSchema, Vec<Option<Arc<Classifier>>>) {
    let mut code = Field::new("Hudud kodi", FieldType::String);
    code.classifier = Some(Binding {
        classifier: "soato".into(),
        ..Binding::default()
    });
    let mut fields = vec![code, Field::new("Yil", FieldType::Integer)];
    for v in values {
        let mut f = Field::new(*v, FieldType::Number);
        f.decimal_char = Some(",".into());
        fields.push(f);
    }
    let soato = crate::core::classifier::soato().cloned();
    let classifiers = fields
        .iter()
        .map(|f| f.classifier.as_ref().and_then(|_| soato.clone()))
        .collect();
    let schema = TableSchema {
        fields,
        ..TableSchema::default()
    };
    (schema, classifiers)
}

/// The republic over its 14 regions in 2024 and 2025: region `r` has `10 + r` (2025: `+1`),
/// the republic `total(year)`.
fn population(total: impl Fn(u32) -> String) -> (Table, TableSchema, Vec<Option<Arc<Classifier>>>) {
    let (schema, classifiers) = schema(&["Aholi soni"]);
    let mut rows = Vec::new();
    for year in [2025u32, 2024] {
        rows.push(vec!["1700".to_owned(), year.to_string(), total(year)]);
        for (r, code) in REGIONS.iter().enumerate() {
            let value = 10 + r as u32 + (year - 2024);
            rows.push(vec![code.to_string(), year.to_string(), value.to_string()]);
        }
    }
    let table = Table::from_rows(&["Hudud kodi", "Yil", "Aholi soni"], &strings(&rows));
    (table, schema, classifiers)
}

fn data(table: &Table, schema: &TableSchema, c: &[Option<Arc<Classifier>>]) -> ChartData {
    chart_data(table, schema, c, &NoProgress).unwrap_or_default()
}

#[test]
fn a_histogram_counts_words_apart_and_spans_the_range() {
    let rows: Vec<Vec<&str>> = ["1", "2", "2,5", "10", "", "yoʻq", "10"]
        .iter()
        .map(|v| vec![*v])
        .collect();
    let t = Table::from_rows(&["n"], &rows);
    let h = histogram(&t, 0, 3, read_number);
    assert_eq!(h.plotted, 5);
    assert_eq!(h.not_numbers, 1);
    assert_eq!(h.bins.len(), 3);
    assert_eq!(h.bins[0].from, 1.0);
    assert_eq!(h.bins[2].to, 10.0);
    let counts: Vec<u64> = h.bins.iter().map(|b| b.count).collect();
    assert_eq!(counts, [3, 0, 2], "the largest value falls in the last bar");
    // One value only: one bar; no number at all: no bar.
    let t = Table::from_rows(&["n"], &[vec!["7"], vec!["7"]]);
    assert_eq!(histogram(&t, 0, 12, read_number).bins.len(), 1);
    let t = Table::from_rows(&["n"], &[vec!["a"], vec![""]]);
    let h = histogram(&t, 0, 12, read_number);
    assert!(h.bins.is_empty());
    assert_eq!(h.not_numbers, 1);
}

#[test]
fn the_most_frequent_values_come_first() {
    let rows: Vec<Vec<&str>> = ["b", "a", " b ", "c", "", "a", "b"]
        .iter()
        .map(|v| vec![*v])
        .collect();
    let t = Table::from_rows(&["v"], &rows);
    assert_eq!(
        top_values(&t, 0, 2),
        [("b".to_owned(), 3), ("a".to_owned(), 2)]
    );
}

#[test]
fn card_charts_follow_the_profiled_kind() {
    let t = Table::from_rows(
        &["soni", "nomi", "bo'sh"],
        &[vec!["1", "Asaka", ""], vec!["3", "Asaka", ""]],
    );
    let kinds = [ValueKind::Integer, ValueKind::Text, ValueKind::Empty];
    let charts = card_charts(&t, &kinds, &NoProgress).unwrap_or_default();
    assert!(matches!(&charts[0], CardChart::Histogram(h) if h.plotted == 2));
    assert_eq!(charts[1], CardChart::Top(vec![("Asaka".to_owned(), 2)]));
    assert_eq!(charts[2], CardChart::Nothing);
}

#[test]
fn by_period_the_total_row_is_not_added_to_its_regions() {
    let (t, s, c) = population(|_| "999".into());
    let d = data(&t, &s, &c);
    assert!(d.has_periods && d.has_regions);
    assert_eq!(d.periods, ["2024", "2025"], "years in order, not as met");
    assert_eq!(d.series.len(), 1, "the year is the period, not a value");
    let series = &d.series[0];
    assert_eq!(series.by_period, [Some(999.0), Some(999.0)]);
    // Without the republic's row, the regions are summed.
    let (mut t2, _, _) = population(|_| "999".into());
    let rows: Vec<Vec<String>> = t2
        .iter_rows()
        .filter(|r| r.get(0) != Some("1700"))
        .map(|r| r.iter().map(str::to_owned).collect())
        .collect();
    t2 = Table::from_rows(&["Hudud kodi", "Yil", "Aholi soni"], &strings(&rows));
    let d = data(&t2, &s, &c);
    let sum_2024: f64 = (0..14).map(|r| 10.0 + r as f64).sum();
    assert_eq!(
        d.series[0].by_period,
        [Some(sum_2024), Some(sum_2024 + 14.0)]
    );
}

#[test]
fn by_region_names_the_regions_in_each_language() {
    let (t, s, c) = population(|_| "999".into());
    let d = data(&t, &s, &c);
    let regions = &d.series[0].by_region[1];
    assert_eq!(regions.len(), 14, "the republic is no region");
    let tashkent = regions.iter().find(|r| r.code == "1726");
    let tashkent = tashkent.unwrap_or_else(|| panic!("no Tashkent in {regions:?}"));
    assert_eq!(tashkent.value, 20.0);
    assert_eq!(tashkent.name.get(Lang::En), "Tashkent city");
    assert_eq!(tashkent.name.get(Lang::Ru), "город Ташкент");
    assert_eq!(tashkent.name.get(Lang::UzLatn), "Toshkent shahri");
    assert_eq!(tashkent.name.get(Lang::UzCyrl), "Тошкент шаҳри");
}

#[test]
fn districts_are_summed_into_their_region_unless_it_has_its_own_row() {
    let (s, c) = schema(&["Soni"]);
    // Two Andijan districts and a Bukhara district; Bukhara also has its own row.
    let rows = [
        ["1703202", "2025", "5"],
        ["1703203", "2025", "7"],
        ["1706204", "2025", "3"],
        ["1706", "2025", "40"],
    ];
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
    let t = Table::from_rows(&["Hudud kodi", "Yil", "Soni"], &rows);
    let d = data(&t, &s, &c);
    let regions: Vec<(&str, f64)> = d.series[0].by_region[0]
        .iter()
        .map(|r| (r.code.as_str(), r.value))
        .collect();
    assert_eq!(regions, [("1703", 12.0), ("1706", 40.0)]);
    assert_eq!(d.series[0].by_period, [Some(52.0)]);
}

#[test]
fn the_total_stands_beside_the_sum_of_its_parts_in_each_period() {
    // 2024 holds together; in 2025 the republic is off by 0,4.
    let parts_2025: f64 = (0..14).map(|r| 11.0 + r as f64).sum();
    let parts_2024 = parts_2025 - 14.0;
    let (t, s, c) = population(|year| {
        if year == 2025 {
            format!("{},4", parts_2025)
        } else {
            parts_2024.to_string()
        }
    });
    let d = data(&t, &s, &c);
    let totals = &d.series[0].totals;
    assert_eq!(totals.len(), 2, "{totals:?}");
    assert_eq!((totals[0].period, totals[0].code.as_str()), (0, "17"));
    assert_eq!(totals[0].difference(), 0.0);
    assert_eq!(totals[1].parts, 14);
    assert_eq!(totals[1].sum, parts_2025);
    assert!((totals[1].difference() - 0.4).abs() < 1e-9);
}

#[test]
fn shares_are_averaged_and_never_compared_as_totals() {
    let (s, c) = schema(&["Ijro foizi"]);
    let mut rows = vec![vec!["1700".to_owned(), "2025".into(), "95".into()]];
    for (r, code) in REGIONS.iter().enumerate() {
        rows.push(vec![
            code.to_string(),
            "2025".into(),
            (90 + r % 3).to_string(),
        ]);
    }
    let t = Table::from_rows(&["Hudud kodi", "Yil", "Ijro foizi"], &strings(&rows));
    let d = data(&t, &s, &c);
    let series = &d.series[0];
    assert!(!series.additive);
    assert!(series.totals.is_empty());
    assert_eq!(series.by_period, [Some(95.0)]);
}

#[test]
fn values_that_are_not_numbers_are_counted_not_plotted() {
    let (s, c) = schema(&["Soni"]);
    let rows = [
        ["1703", "2025", "5"],
        ["1706", "2025", "maxfiy"],
        ["1708", "2025", ""],
    ];
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
    let t = Table::from_rows(&["Hudud kodi", "Yil", "Soni"], &rows);
    let d = data(&t, &s, &c);
    assert_eq!(d.series[0].not_numbers, 1);
    assert_eq!(d.series[0].by_region[0].len(), 1);
}

#[test]
fn a_table_without_codes_or_periods_is_one_sum_per_column() {
    let s = TableSchema {
        fields: vec![
            Field::new("Nomi", FieldType::String),
            Field::new("Soni", FieldType::Integer),
        ],
        ..TableSchema::default()
    };
    let t = Table::from_rows(&["Nomi", "Soni"], &[vec!["a", "2"], vec!["b", "3"]]);
    let d = data(&t, &s, &[None, None]);
    assert!(!d.has_periods && !d.has_regions);
    assert_eq!(d.periods, [""]);
    assert_eq!(d.series[0].by_period, [Some(5.0)]);
    assert!(d.series[0].by_region[0].is_empty());
    // No numeric column: no series.
    let s = TableSchema {
        fields: vec![Field::new("Nomi", FieldType::String)],
        ..TableSchema::default()
    };
    let t = Table::from_rows(&["Nomi"], &[vec!["a"]]);
    assert!(data(&t, &s, &[None]).series.is_empty());
}

#[test]
fn a_register_of_dates_is_not_a_line_of_periods() {
    let s = TableSchema {
        fields: vec![
            Field::new("Sana", FieldType::Date),
            Field::new("Summa", FieldType::Integer),
        ],
        ..TableSchema::default()
    };
    let rows: Vec<Vec<String>> = (0..MAX_PERIODS + 5)
        .map(|i| vec![format!("{:04}-01-01", 1000 + i), "1".to_owned()])
        .collect();
    let t = Table::from_rows(&["Sana", "Summa"], &strings(&rows));
    let d = data(&t, &s, &[None, None]);
    assert!(!d.has_periods);
    assert_eq!(d.series[0].by_period, [Some((MAX_PERIODS + 5) as f64)]);
}

#[test]
fn a_name_column_that_repeats_the_code_is_no_period() {
    // `Viloyat` holds the word `oy` (month), but only names the code's region.
    let (mut s, c) = schema(&["Ijro"]);
    s.fields[1] = Field::new("Oy", FieldType::String);
    s.fields.insert(2, Field::new("Viloyat", FieldType::String));
    let mut c = c;
    c.insert(2, None);
    let mut rows = vec![vec!["1700", "2026-10", "Respublika", "100"]];
    for code in REGIONS {
        rows.push(vec![code, "2026-10", code, "7"]);
    }
    let t = Table::from_rows(&["Hudud kodi", "Oy", "Viloyat", "Ijro"], &rows);
    let d = data(&t, &s, &c);
    assert_eq!(d.periods, ["2026-10"]);
    assert_eq!(d.series[0].totals.len(), 1);
    assert_eq!(d.series[0].totals[0].sum, 98.0);
}

#[test]
fn a_column_whose_total_is_below_a_part_is_averaged_not_compared() {
    // `Koʻrsatkich` is not named as an average, but the republic's value lies below a region's.
    let (s, c) = schema(&["Koʻrsatkich"]);
    let mut rows = vec![vec!["1700".to_owned(), "2025".into(), "50".into()]];
    for (r, code) in REGIONS.iter().enumerate() {
        rows.push(vec![code.to_string(), "2025".into(), (40 + r).to_string()]);
    }
    let t = Table::from_rows(&["Hudud kodi", "Yil", "Koʻrsatkich"], &strings(&rows));
    let d = data(&t, &s, &c);
    let series = &d.series[0];
    assert!(!series.additive);
    assert!(series.totals.is_empty());
    assert_eq!(series.by_period, [Some(50.0)]);
}
