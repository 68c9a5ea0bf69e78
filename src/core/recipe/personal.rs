//! The fixes for personal data: a column dropped ([`Step::DropColumn`]), masked
//! ([`Step::Mask`]), or the whole table counted by its other columns ([`Step::Aggregate`]).
//! Each is a recipe step like any other: previewed, undone and replayed on next month's file.
//! The dataset's schema describes the table after the step ([`schema_after`]).

use rustc_hash::FxHashMap;

use super::Step;
use super::reshape::free_name;
use crate::core::lang::LangText;
use crate::core::schema::{Field, FieldType, TableSchema};
use crate::core::table::{ChunkBuilder, Table};
use crate::core::validate::personal::{MASK, PersonalColumn, mask};

/// The count field's titles in the four languages.
pub fn count_titles() -> LangText {
    LangText::new("Soni", "Сони", "Количество", "Count")
}

/// A masked cell: empty stays empty, an already masked value stays as it is.
pub fn mask_cell(text: &str) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || t.contains(MASK) {
        return None;
    }
    Some(mask(t))
}

/// The table without the column `c`.
pub fn drop_column(table: &Table, c: usize) -> Table {
    let header: Vec<String> = table
        .header()
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != c)
        .map(|(_, h)| h.clone())
        .collect();
    let mut out = Table::new(header);
    let mut builder = ChunkBuilder::default();
    for row in table.iter_rows() {
        for (i, cell) in row.iter().enumerate() {
            if i != c {
                builder.push_cell(cell);
            }
        }
        if let Some(full) = builder.end_row() {
            out.append(full);
        }
    }
    out.append(builder.finish());
    out
}

/// A number as registers write it (`1 250 000,50`), for a sum.
fn number(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// A sum as written in the table: whole numbers without decimals, others to six places at
/// most.
fn sum_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// The table counted by the columns `by` (found by name; those missing are left out), with
/// the sum of each column of `sum`, and the count in a column named `count`. Groups are in the
/// order they first appear; a row of empty cells is no person and is not counted.
pub fn aggregate(table: &Table, by: &[String], sum: &[String], count: &str) -> Table {
    let find = |names: &[String]| -> Vec<usize> {
        names
            .iter()
            .filter_map(|n| table.header().iter().position(|h| h == n))
            .collect()
    };
    let (by_cols, sum_cols) = (find(by), find(sum));
    let mut header: Vec<String> = by_cols.iter().map(|&c| table.header()[c].clone()).collect();
    header.push(count.to_owned());
    header.extend(sum_cols.iter().map(|&c| table.header()[c].clone()));
    let mut groups: FxHashMap<Vec<String>, usize> = FxHashMap::default();
    let mut order: Vec<(Vec<String>, u64, Vec<f64>)> = Vec::new();
    for row in table.iter_rows() {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let key: Vec<String> = by_cols
            .iter()
            .map(|&c| row.get(c).unwrap_or("").trim().to_owned())
            .collect();
        let g = *groups.entry(key.clone()).or_insert_with(|| {
            order.push((key, 0, vec![0.0; sum_cols.len()]));
            order.len() - 1
        });
        order[g].1 += 1;
        for (k, &c) in sum_cols.iter().enumerate() {
            if let Some(x) = row.get(c).and_then(number) {
                order[g].2[k] += x;
            }
        }
    }
    let mut out = Table::new(header);
    let mut builder = ChunkBuilder::default();
    for (key, n, sums) in order {
        for k in &key {
            builder.push_cell(k);
        }
        builder.push_cell(&n.to_string());
        for s in sums {
            builder.push_cell(&sum_text(s));
        }
        if let Some(full) = builder.end_row() {
            out.append(full);
        }
    }
    out.append(builder.finish());
    out
}

/// The schema of the table after `step`, given the schema before it and the table's header
/// as the step sees it. Other steps leave the schema as it is.
pub fn schema_after(schema: &TableSchema, header: &[String], step: &Step) -> TableSchema {
    let mut out = schema.clone();
    let forget = |out: &mut TableSchema, gone: &dyn Fn(&str) -> bool| {
        if out.primary_key.iter().any(|k| gone(k)) {
            out.primary_key.clear();
        }
        out.unique_keys.retain(|k| !k.iter().any(|f| gone(f)));
    };
    match step {
        Step::DropColumn { field } => {
            out.fields.retain(|f| &f.name != field);
            forget(&mut out, &|n| n == field);
        }
        Step::Mask { field } => {
            if let Some(f) = out.fields.iter_mut().find(|f| &f.name == field) {
                // A masked value is text whatever it was: no type, format or code to check.
                let masked = Field {
                    name: f.name.clone(),
                    title: f.title.clone(),
                    description: f.description.clone(),
                    titles: f.titles.clone(),
                    descriptions: f.descriptions.clone(),
                    ..Field::new(f.name.clone(), FieldType::String)
                };
                *f = masked;
            }
            forget(&mut out, &|n| n == field);
        }
        Step::Aggregate { by, sum, count } => {
            let field_of = |name: &String| {
                schema
                    .field(name)
                    .cloned()
                    .unwrap_or_else(|| Field::new(name.clone(), FieldType::String))
            };
            let present = |n: &&String| header.contains(n);
            let mut fields: Vec<Field> = by.iter().filter(present).map(field_of).collect();
            let mut counted = Field::new(count.clone(), FieldType::Integer);
            counted.titles = count_titles();
            counted.title = counted
                .titles
                .get(crate::core::lang::Lang::UzLatn)
                .to_owned();
            fields.push(counted);
            fields.extend(sum.iter().filter(present).map(|n| {
                let mut f = field_of(n);
                f.constraints = Default::default();
                f
            }));
            out.fields = fields;
            out.primary_key = by.iter().filter(present).cloned().collect();
            out.unique_keys.clear();
            out.foreign_keys.clear();
        }
        _ => {}
    }
    out
}

/// The schema before `step`, from the schema after it, when the one before was not kept (a
/// recipe read from disk, undone): the columns the step took out come back as text.
pub fn schema_before(schema: &TableSchema, header: &[String], step: &Step) -> TableSchema {
    let mut out = schema.clone();
    if matches!(step, Step::DropColumn { .. } | Step::Aggregate { .. }) {
        out.fields = header
            .iter()
            .map(|h| {
                schema
                    .field(h)
                    .cloned()
                    .unwrap_or_else(|| Field::new(h.clone(), FieldType::String))
            })
            .collect();
        if let Step::Aggregate { .. } = step {
            out.primary_key.clear();
        }
    }
    out
}

/// The aggregate a steward would understand for a table with personal data: rows counted by
/// the columns that are neither personal nor numbers and whose values repeat (a district, a
/// kind of benefit: values that repeat, at most one distinct value for two rows in a
/// table of ten rows or more; an application number or a date
/// of each decision is left out); numbers summed, except a running row number. `None` when no
/// column is left to count by.
pub fn aggregate_step(
    table: &Table,
    schema: &TableSchema,
    found: &[PersonalColumn],
) -> Option<Step> {
    let header = table.header();
    let rows = table.rows();
    let mut by = Vec::new();
    let mut sum = Vec::new();
    for (c, name) in header.iter().enumerate() {
        if found.iter().any(|f| f.column == c) {
            continue;
        }
        let numeric = schema.field(name).is_some_and(|f| {
            matches!(f.field_type, FieldType::Number | FieldType::Integer) && f.classifier.is_none()
        });
        let mut distinct: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        let mut sequence = true;
        let mut masked = false;
        for (r, row) in table.iter_rows().enumerate() {
            let v = row.get(c).unwrap_or("").trim();
            distinct.insert(v);
            sequence &= v.parse::<usize>().ok() == Some(r + 1);
            masked |= v.contains(MASK);
        }
        if masked {
            // A column masked before: personal data, of no use to count by.
            continue;
        }
        if numeric {
            if !(sequence && rows > 1) {
                sum.push(name.clone());
            }
        } else if rows <= 2 || (distinct.len() < rows && (rows < 10 || distinct.len() * 2 <= rows))
        {
            // A category (a district, a kind of benefit): its values repeat.
            by.push(name.clone());
        }
    }
    (!by.is_empty()).then(|| Step::Aggregate {
        count: free_name(header, "count"),
        by,
        sum,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Table {
        let rows: Vec<Vec<&str>> = vec![
            vec![
                "1",
                "Karimov Aziz Rustamovich",
                "31203851234558",
                "Chilonzor",
                "Pensiya",
                "850 000",
            ],
            vec![
                "2",
                "Aliyeva Dilnoza Akmalovna",
                "41507920110017",
                "Chilonzor",
                "Pensiya",
                "900 000,50",
            ],
            vec![
                "3",
                "Rahimov Jasur Olim oʻgʻli",
                "52802030330014",
                "Yunusobod",
                "Nafaqa",
                "400 000",
            ],
        ];
        Table::from_rows(
            &["No", "F.I.Sh.", "JShShIR", "Tuman", "Turi", "Summa"],
            &rows,
        )
    }

    #[test]
    fn the_aggregate_counts_people_by_the_other_columns_and_sums_their_amounts() {
        let t = registry();
        let mut schema = crate::core::schema::infer::infer_schema(&t);
        if let Some(f) = schema.fields.iter_mut().find(|f| f.name == "Summa") {
            f.field_type = FieldType::Number;
        }
        let found = crate::core::validate::personal::scan_table(&t);
        assert_eq!(found.len(), 2);
        let step = aggregate_step(&t, &schema, &found);
        assert_eq!(
            step,
            Some(Step::Aggregate {
                by: vec!["Tuman".into(), "Turi".into()],
                sum: vec!["Summa".into()],
                count: "count".into(),
            })
        );
        let Some(Step::Aggregate { by, sum, count }) = step else {
            return;
        };
        let out = aggregate(&t, &by, &sum, &count);
        assert_eq!(out.header(), ["Tuman", "Turi", "count", "Summa"]);
        let rows: Vec<Vec<String>> = out
            .iter_rows()
            .map(|r| r.iter().map(str::to_owned).collect())
            .collect();
        assert_eq!(
            rows,
            vec![
                vec!["Chilonzor", "Pensiya", "2", "1750000.5"],
                vec!["Yunusobod", "Nafaqa", "1", "400000"],
            ]
        );
        assert!(crate::core::validate::personal::scan_table(&out).is_empty());
        let after = schema_after(&schema, t.header(), &Step::Aggregate { by, sum, count });
        let names: Vec<&str> = after.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Tuman", "Turi", "count", "Summa"]);
    }

    #[test]
    fn a_dropped_column_is_gone_and_a_masked_one_keeps_only_its_ends() {
        let t = registry();
        let dropped = drop_column(&t, 2);
        assert_eq!(dropped.header().len(), 5);
        assert_eq!(dropped.cell(0, 2), Some("Chilonzor"));
        assert_eq!(
            mask_cell("31203851234558").as_deref(),
            Some("3•••••••••••58")
        );
        assert_eq!(mask_cell(""), None);
        assert_eq!(mask_cell("3•••••••••••58"), None);
    }
}
