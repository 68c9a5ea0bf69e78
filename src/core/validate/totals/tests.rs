//! Total and item labels, and the polars computation beside the row-by-row one it replaced.

use super::{is_item_label, is_total_label};

#[test]
fn total_labels_in_four_languages() {
    for label in [
        "Jami",
        "JAMI:",
        "Жами",
        "Итого",
        "Итого по республике",
        "Всего:",
        "Total",
        "Barchasi",
        "Respublika boʻyicha jami",
        "Jami respublika boʻyicha",
        "Всего по Республике Узбекистан",
        "Jami, ming kishi",
        "  Hammasi ",
        "Grand total*",
    ] {
        assert!(is_total_label(label), "{label}");
    }
    for label in [
        "Jamiyat",
        "Toshkent",
        "Всеволожск",
        "Totalizator",
        "",
        "Jamoa",
        "Jami aholi",
        "Всего заявлений",
        "Total population",
    ] {
        assert!(!is_total_label(label), "{label}");
    }
}

#[test]
fn item_labels() {
    for label in [
        "shu jumladan:",
        "в том числе",
        "  qishloq",
        "- sanoat",
        "Из них",
    ] {
        assert!(is_item_label(label), "{label}");
    }
    for label in ["Sanoat", "Toshkent shahri", " -5", ""] {
        assert!(!is_item_label(label), "{label}");
    }
}

mod polars {
    use std::sync::Arc;

    use proptest::prelude::*;

    use super::super::reference::Reference;
    use super::super::{MAX_LINES, Totals};
    use crate::core::classifier::{Classifier, soato};
    use crate::core::schema::field_check::{Cast, FieldCheck};
    use crate::core::schema::{Binding, Field, FieldType, TableSchema};
    use crate::core::validate::{Code, Finding};

    fn bundled_soato() -> Arc<Classifier> {
        soato()
            .cloned()
            .unwrap_or_else(|| panic!("no bundled SOATO"))
    }

    /// The classifiers of `schema`'s fields: SOATO where a field is bound to it.
    fn classifiers(schema: &TableSchema) -> Vec<Option<Arc<Classifier>>> {
        schema
            .fields
            .iter()
            .map(|f| {
                f.classifier
                    .as_ref()
                    .filter(|b| b.classifier == "soato")
                    .map(|_| bundled_soato())
            })
            .collect()
    }

    /// Feeds `rows` (data rows from row 2) to `row`, each cell cast as validation casts it: a
    /// missing value is null, a cell that fails its type or a constraint is `None`.
    fn feed(
        schema: &TableSchema,
        rows: &[Vec<String>],
        mut row: impl FnMut(u64, &[String], &dyn Fn(usize) -> Option<Cast>),
    ) {
        let checks: Vec<FieldCheck> = schema
            .fields
            .iter()
            .map(|f| FieldCheck::compile(f).0)
            .collect();
        for (r, cells) in rows.iter().enumerate() {
            let cast = |i: usize| {
                let text = cells.get(i)?;
                let check = checks.get(i)?;
                if check.is_missing(text, &schema.missing_values) {
                    Some(Cast::Null)
                } else {
                    check.check(text).ok()
                }
            };
            row(r as u64 + 2, cells, &cast);
        }
    }

    /// The findings of the polars check and of the row-by-row reference over one table.
    fn both(schema: &TableSchema, rows: &[Vec<String>]) -> (Vec<Finding>, Vec<Finding>) {
        let classifiers = classifiers(schema);
        let (Some(mut totals), Some(config)) = (
            Totals::new(schema, &classifiers),
            Totals::new(schema, &classifiers),
        ) else {
            return (Vec::new(), Vec::new());
        };
        let mut reference = Reference::new(&config);
        feed(schema, rows, |n, cells, cast| {
            let text = |i: usize| cells.get(i).map_or("", String::as_str);
            totals.row(n, text, cast);
            reference.row(n, text, cast);
        });
        (totals.finish(), reference.finish())
    }

    /// The polars check's findings, having checked that the reference finds the same.
    fn same(schema: &TableSchema, rows: &[Vec<String>]) -> Vec<Finding> {
        let (polars, reference) = both(schema, rows);
        assert_eq!(polars, reference);
        polars
    }

    fn soato_field(name: &str) -> Field {
        let mut code = Field::new(name, FieldType::String);
        code.classifier = Some(Binding {
            classifier: "soato".into(),
            version: None,
            level: None,
        });
        code
    }

    fn amount(name: &str, field_type: FieldType) -> Field {
        let mut f = Field::new(name, field_type);
        f.decimal_char = Some(",".into());
        f
    }

    fn schema(fields: Vec<Field>) -> TableSchema {
        TableSchema {
            fields,
            ..TableSchema::default()
        }
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    /// The republic, its 14 regions each holding `region(code)`, and region `1703` over its
    /// districts each holding `district(code)`; the republic holds `republic`, `1703` holds
    /// `andijan`.
    fn republic_with_districts(
        republic: &str,
        andijan: &str,
        region: impl Fn(&str) -> String,
        district: impl Fn(&str) -> String,
    ) -> Vec<Vec<String>> {
        let soato = bundled_soato();
        let mut rows = vec![row(&["1700", republic])];
        for r in soato.part_codes("17") {
            let value = if r == "1703" {
                andijan.to_owned()
            } else {
                region(r)
            };
            rows.push(row(&[r, &value]));
            if r == "1703" {
                for d in soato.part_codes(r) {
                    rows.push(row(&[d, &district(d)]));
                }
            }
        }
        rows
    }

    #[test]
    fn a_region_over_its_districts_and_the_republic_over_its_regions_are_each_checked() {
        let s = schema(vec![
            soato_field("soato"),
            amount("Aholi", FieldType::Number),
        ]);
        let districts = bundled_soato().part_codes("1703").len() as f64;
        // Each district 1,5; Andijan says 0,1 more than its districts; the republic adds up
        // its regions as written (13 × 10 + Andijan).
        let andijan = districts * 1.5 + 0.1;
        let republic = 130.0 + andijan;
        let text = |x: f64| format!("{x:.1}").replace('.', ",");
        let rows = republic_with_districts(
            &text(republic),
            &text(andijan),
            |_| "10".into(),
            |_| "1,5".into(),
        );
        let found = same(&s, &rows);
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert_eq!(f.code, Code::TotalMismatch);
        assert_eq!(f.row, Some(3), "the Andijan row, under the republic's");
        assert_eq!(f.args.get("code").map(String::as_str), Some("1703"));
        assert_eq!(f.args.get("difference").map(String::as_str), Some("0,1"));
        assert_eq!(
            f.args.get("parts").map(String::as_str),
            Some(districts.to_string().as_str())
        );
    }

    #[test]
    fn a_part_given_twice_leaves_its_total_unchecked() {
        let s = schema(vec![
            soato_field("soato"),
            amount("Soni", FieldType::Integer),
        ]);
        let mut rows = republic_with_districts("999", "999", |_| "10".into(), |_| "1".into());
        assert_eq!(same(&s, &rows).len(), 2, "both totals are off");
        // A district given twice: which of its rows counts is not known.
        let district = rows[3].clone();
        rows.push(district);
        let found = same(&s, &rows);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].args.get("code").map(String::as_str), Some("1700"));
    }

    #[test]
    fn a_number_that_is_not_finite_leaves_its_comparison_out() {
        let s = schema(vec![
            soato_field("soato"),
            amount("Soni", FieldType::Number),
        ]);
        let rows = republic_with_districts("999", "999", |_| "10".into(), |_| "1".into());
        let mut with = rows.clone();
        with[3][1] = "INF".into();
        let classifiers = classifiers(&s);
        let mut totals = Totals::new(&s, &classifiers).unwrap_or_else(|| panic!("no totals check"));
        feed(&s, &with, |n, cells, cast| {
            totals.row(n, |i| cells.get(i).map_or("", String::as_str), cast)
        });
        let found = totals.finish();
        // Andijan's districts hold an infinite number: only the republic is compared.
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].args.get("code").map(String::as_str), Some("1700"));
    }

    #[test]
    fn past_the_register_limit_nothing_is_kept_or_said_unless_the_limit_is_lifted() {
        let s = schema(vec![
            soato_field("soato"),
            amount("Soni", FieldType::Integer),
            Field::new("davr", FieldType::String),
        ]);
        let table = republic_with_districts("999", "999", |_| "10".into(), |_| "1".into());
        let classifiers = classifiers(&s);
        let run = |mut totals: Totals| {
            let (mut n, mut copies) = (1, 0);
            while n <= MAX_LINES {
                copies += 1;
                // Each copy of the table is a period of its own, both its totals off.
                let period = format!("P{copies}");
                for cells in &table {
                    n += 1;
                    let value = |i: usize| match i {
                        2 => period.as_str(),
                        _ => cells.get(i).map_or("", String::as_str),
                    };
                    let cast = |i: usize| match i {
                        1 => value(1).parse().ok().map(Cast::Int),
                        _ => Some(Cast::Text),
                    };
                    totals.row(n as u64, value, cast);
                }
            }
            (totals.finish(), copies)
        };
        let limited = Totals::new(&s, &classifiers).unwrap_or_else(|| panic!("no check"));
        assert!(run(limited).0.is_empty(), "a register is not judged");
        let lifted = Totals::new(&s, &classifiers)
            .unwrap_or_else(|| panic!("no check"))
            .without_limit();
        let (found, copies) = run(lifted);
        assert_eq!(found.len(), 2 * copies);
        assert!(found.iter().all(|f| f.code == Code::TotalMismatch));
    }

    /// A small deterministic dice for the generated tables (proptest chooses the seed).
    struct Dice(u64);

    impl Dice {
        fn next(&mut self) -> u64 {
            // xorshift64*
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }

        fn chance(&mut self, percent: usize) -> bool {
            self.below(100) < percent
        }

        fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[self.below(items.len())]
        }
    }

    /// A column of amounts in a generated table: its field and how many decimals it writes.
    fn generated_columns(d: &mut Dice) -> Vec<(Field, u32)> {
        let all = [
            ("Soni", FieldType::Integer, 0),
            ("Qiymat", FieldType::Number, 1),
            ("Hajmi", FieldType::Number, 2),
            ("Ulushi, %", FieldType::Number, 1),
            ("Oʻrtacha ish haqi", FieldType::Number, 1),
            ("2024yil", FieldType::Integer, 0),
            ("Koʻrsatkich kodi", FieldType::Integer, 0),
        ];
        let n = 1 + d.below(3);
        (0..n)
            .map(|_| {
                let (name, t, decimals) = *d.pick(&all);
                (amount(name, t), decimals)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .enumerate()
            // Field names must differ: the second of a name gets its position.
            .map(|(i, (mut f, dec))| {
                if i > 0 {
                    f.name = format!("{} {i}", f.name);
                }
                (f, dec)
            })
            .collect()
    }

    /// A value written with `decimals` decimals and a decimal comma, from whole units of its
    /// last place.
    fn written(units: i64, decimals: u32) -> String {
        let scale = 10i64.pow(decimals);
        let sign = if units < 0 { "-" } else { "" };
        let (whole, part) = (units.abs() / scale, units.abs() % scale);
        match decimals {
            0 => format!("{sign}{whole}"),
            _ => format!("{sign}{whole},{part:0width$}", width = decimals as usize),
        }
    }

    /// A cell of a generated table: mostly the value, sometimes off, a word, a dash or empty.
    fn cell(d: &mut Dice, units: i64, decimals: u32, total: bool) -> String {
        let units = if total && d.chance(20) {
            units + *d.pick(&[1, -1, 7, 100, -3000, 10_000])
        } else {
            units
        };
        match d.below(100) {
            0..3 => d.pick(&["maxfiy", "x", "…"]).to_string(),
            3..6 => String::new(),
            6..8 => "-".into(),
            _ => written(units, decimals),
        }
    }

    /// A table of SOATO codes: some regions, some with their districts, the republic, in one
    /// to three years or none, with values that mostly add up.
    fn by_code(d: &mut Dice) -> (TableSchema, Vec<Vec<String>>) {
        let soato = bundled_soato();
        let columns = generated_columns(d);
        let years = if d.chance(50) { 0 } else { 1 + d.below(3) };
        let mut fields = vec![soato_field("soato"), Field::new("Hudud", FieldType::String)];
        if years > 0 {
            fields.push(Field::new("yil", FieldType::Integer));
        }
        fields.extend(columns.iter().map(|(f, _)| f.clone()));
        let regions: Vec<&str> = soato
            .part_codes("17")
            .into_iter()
            .filter(|_| d.chance(80))
            .collect();
        let mut rows = Vec::new();
        for year in 0..years.max(1) {
            let mut block = Vec::new();
            // Per column: the republic's units.
            let mut republic = vec![0i64; columns.len()];
            for region in &regions {
                let mut own = vec![0i64; columns.len()];
                let districts: Vec<&str> = if d.chance(50) {
                    soato
                        .part_codes(region)
                        .into_iter()
                        .filter(|_| d.chance(97))
                        .collect()
                } else {
                    Vec::new()
                };
                let mut lines = Vec::new();
                for district in &districts {
                    let units: Vec<i64> = (0..columns.len())
                        .map(|_| d.below(5000) as i64 - if d.chance(3) { 6000 } else { 0 })
                        .collect();
                    for (o, u) in own.iter_mut().zip(&units) {
                        *o += u;
                    }
                    lines.push((*district, units, false));
                }
                if districts.is_empty() {
                    own = (0..columns.len()).map(|_| d.below(50_000) as i64).collect();
                }
                for (r, o) in republic.iter_mut().zip(&own) {
                    *r += o;
                }
                lines.insert(0, (*region, own, !districts.is_empty()));
                block.extend(lines);
            }
            if d.chance(85) {
                block.insert(0, ("1700", republic, true));
            }
            for (code, units, total) in block {
                let code = if code == "1700" && d.chance(20) {
                    "17"
                } else {
                    code
                };
                let mut cells = vec![code.to_owned(), format!("Hudud {code}")];
                if d.chance(2) {
                    cells[1] = "Boshqa nom".into();
                }
                if years > 0 {
                    cells.push((2021 + year).to_string());
                }
                for ((field, decimals), u) in columns.iter().zip(&units) {
                    let share = field.name.contains('%');
                    let value = if share && total && d.chance(60) {
                        written(100 * 10i64.pow(*decimals), *decimals)
                    } else {
                        cell(d, *u, *decimals, total)
                    };
                    cells.push(value);
                }
                rows.push(cells.clone());
                if d.chance(2) {
                    rows.push(cells);
                }
            }
        }
        if d.chance(20) {
            for i in (1..rows.len()).rev() {
                rows.swap(i, d.below(i + 1));
            }
        }
        (schema(fields), rows)
    }

    /// A table of named rows under total labels, in one to three periods or none.
    fn by_word(d: &mut Dice) -> (TableSchema, Vec<Vec<String>>) {
        let columns = generated_columns(d);
        let periods = if d.chance(50) { 0 } else { 1 + d.below(3) };
        let mut fields = vec![Field::new("Nomi", FieldType::String)];
        if periods > 0 {
            fields.push(Field::new("Davr", FieldType::String));
        }
        fields.extend(columns.iter().map(|(f, _)| f.clone()));
        let names = [
            "Sanoat",
            "Qurilish",
            "Xizmatlar",
            "Savdo",
            "Qishloq xoʻjaligi",
            "shu jumladan: eksport",
            "  qayta ishlash",
            "Andijon viloyati",
        ];
        let labels = ["Jami", "Итого:", "Всего", "Barchasi", "Total", "Jami aholi"];
        let mut rows = Vec::new();
        for period in 0..periods.max(1) {
            let items = d.below(6);
            let mut block: Vec<(String, Vec<i64>, bool)> = Vec::new();
            let mut sum = vec![0i64; columns.len()];
            for _ in 0..items {
                let units: Vec<i64> = (0..columns.len()).map(|_| d.below(3000) as i64).collect();
                for (s, u) in sum.iter_mut().zip(&units) {
                    *s += u;
                }
                block.push((d.pick(&names).to_string(), units, false));
            }
            for _ in 0..[0, 1, 1, 1, 2][d.below(5)] {
                let at = d.below(block.len() + 1);
                block.insert(at, (d.pick(&labels).to_string(), sum.clone(), true));
            }
            for (name, units, total) in block {
                let mut cells = vec![name];
                if periods > 0 {
                    cells.push(format!("2024-Q{}", period + 1));
                }
                for ((field, decimals), u) in columns.iter().zip(&units) {
                    let share = field.name.contains('%');
                    let value = if share && total && d.chance(60) {
                        written(100 * 10i64.pow(*decimals), *decimals)
                    } else {
                        cell(d, *u, *decimals, total)
                    };
                    cells.push(value);
                }
                rows.push(cells);
            }
        }
        (schema(fields), rows)
    }

    #[test]
    fn the_generated_tables_reach_each_rule() {
        let (mut mismatches, mut repeats) = (0, 0);
        for seed in 1..200u64 {
            let mut d = Dice(seed);
            for (s, rows) in [by_code(&mut d), by_word(&mut d)] {
                for f in same(&s, &rows) {
                    match f.code {
                        Code::TotalMismatch => mismatches += 1,
                        Code::TotalRepeated => repeats += 1,
                        _ => {}
                    }
                }
            }
        }
        assert!(mismatches > 50, "{mismatches} mismatches");
        assert!(repeats > 5, "{repeats} repeats");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn polars_finds_what_the_row_by_row_check_found(seed in 1..u64::MAX) {
            let mut d = Dice(seed);
            let (s, rows) = if d.chance(50) { by_code(&mut d) } else { by_word(&mut d) };
            let (polars, reference) = both(&s, &rows);
            prop_assert_eq!(polars, reference);
        }
    }
}
