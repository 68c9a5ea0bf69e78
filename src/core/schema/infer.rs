//! Inferring a table schema from an opened table, getting right the forms other tools get
//! wrong: dd.mm.yyyy and dd/mm/yyyy dates (with their `format`), decimal commas and
//! thousands separators (`decimalChar`, `groupChar`), numbers written with spaces, the
//! statistics dash for "no data", and digit codes (SOATO, zero-padded numbers), which stay
//! text, not integers.
//!
//! The schema describes the file as it is, so the file passes its own check: the fields are
//! the header's labels as written (cells past them are extra cells, not new columns), and a
//! type is kept only when the validator's own field check accepts all but a tolerated share
//! of the column's values. No `pattern` is guessed from values; a classifier binding checks
//! codes instead.

use std::collections::HashSet;

use super::table_schema::{Field, FieldType, TableSchema, guess_lang};
use crate::core::infer::{KindTally, ValueKind, parse_date};
use crate::core::lang::LangText;
use crate::core::schema::field_check::FieldCheck;
use crate::core::table::Table;

/// Share of a column's values that may not fit its inferred type: they are the errors
/// validation will report, not a reason to call the column text.
const MISFITS: f64 = 0.02;

/// Values that mean "no data" in Uzbek statistical tables besides an empty cell.
const DASHES: [&str; 4] = ["-", "–", "—", "x"];

/// What one column's values showed, beyond their kind.
#[derive(Default)]
struct ColumnFacts {
    tally: KindTally,
    dashes: u64,
    /// Which "no data" marks this column uses.
    dash_marks: Vec<&'static str>,
    date_formats: HashSet<&'static str>,
    decimal_comma: bool,
    decimal_point: bool,
    group_space: bool,
    group_nbsp: bool,
    longest: usize,
    /// Hashes of the distinct values (a key column has as many as rows): hashes, not copies
    /// of the text, so a million-row column costs 8 bytes a value.
    distinct: rustc_hash::FxHashSet<u64>,
    distinct_overflow: bool,
    /// The yes/no words the column uses, as written (a few at most).
    words: Vec<String>,
}

/// Distinct values tracked per column to spot a primary key.
const KEY_TRACK_LIMIT: usize = 200_000;

impl ColumnFacts {
    fn add(&mut self, raw: &str) {
        let v = raw.trim();
        if let Some(mark) = DASHES.iter().find(|d| **d == v) {
            self.dashes += 1;
            if !self.dash_marks.contains(mark) {
                self.dash_marks.push(mark);
            }
            self.tally.add("");
            return;
        }
        self.tally.add(v);
        self.longest = self.longest.max(v.chars().count());
        if v.is_empty() {
            return;
        }
        if !self.distinct_overflow {
            if self.distinct.len() >= KEY_TRACK_LIMIT {
                self.distinct_overflow = true;
                self.distinct.clear();
            } else {
                use std::hash::BuildHasher as _;
                self.distinct.insert(rustc_hash::FxBuildHasher.hash_one(v));
            }
        }
        if self.words.len() < 16
            && crate::core::infer::looks_like_boolean(v)
            && !self.words.iter().any(|w| w == v)
        {
            self.words.push(v.to_owned());
        }
        if let Some(format) = date_format(v) {
            self.date_formats.insert(format);
        }
        let digits_and_marks = v.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '-' | '+')
        });
        if digits_and_marks {
            self.decimal_comma |= v.contains(',');
            self.decimal_point |= v.contains('.');
            self.group_space |= v.contains(' ');
            self.group_nbsp |= v.contains(['\u{a0}', '\u{202f}']);
        }
    }

    fn unique_and_full(&self, rows: usize) -> bool {
        !self.distinct_overflow
            && self.tally.empty == 0
            && self.dashes == 0
            && rows > 1
            && self.distinct.len() == rows
    }
}

/// The strftime-style format of a date value, as Table Schema writes it.
pub fn date_format(v: &str) -> Option<&'static str> {
    parse_date(v)?;
    Some(if v.len() == 10 && v.as_bytes()[4] == b'-' {
        "%Y-%m-%d"
    } else if v.contains('.') {
        "%d.%m.%Y"
    } else if v.contains('/') {
        "%d/%m/%Y"
    } else {
        "%d-%m-%Y"
    })
}

/// A field name from a header cell: kept exactly as written (spaces too, so next month's
/// file matches it label for label), `column_N` when blank, `label_2` when repeated.
fn field_name(header: Option<&String>, col: usize, taken: &mut HashSet<String>) -> String {
    let base = header
        .filter(|h| !h.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| format!("column_{}", col + 1));
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{base}_{n}");
        n += 1;
    }
    name
}

/// How many fields a table has: one per header label, as frictionless counts them (a cell past
/// the last label is an extra cell, not a new column). A table without a header has as many
/// as its first row with something in it.
pub fn field_count(table: &Table) -> usize {
    if !table.header().is_empty() {
        return table.header().len();
    }
    table
        .iter_rows()
        .find(|r| r.iter().any(|c| !c.trim().is_empty()))
        .map_or(0, |r| r.len())
}

/// Infers a schema for `table` from all its rows.
pub fn infer_schema(table: &Table) -> TableSchema {
    let width = field_count(table);
    let mut facts: Vec<ColumnFacts> = (0..width).map(|_| ColumnFacts::default()).collect();
    for row in table.iter_rows() {
        for (col, f) in facts.iter_mut().enumerate() {
            f.add(row.get(col).unwrap_or(""));
        }
    }
    let mut taken = HashSet::new();
    let mut fields = Vec::with_capacity(width);
    let mut candidates = Vec::with_capacity(width);
    for (col, f) in facts.iter().enumerate() {
        let header = table.header().get(col);
        let mut field = Field::new(field_name(header, col, &mut taken), FieldType::String);
        if let Some(h) = header.map(|h| h.trim()).filter(|h| !h.is_empty()) {
            field.titles = LangText::default();
            field.titles.set(guess_lang(h), h);
        }
        let mut tried = typed_candidates(&field, f);
        // Popped from the end: the narrowest is tried first.
        tried.reverse();
        fields.push(field);
        candidates.push(tried);
    }
    verify_types(table, &facts, &mut fields, candidates);
    let mut marks: Vec<&'static str> = Vec::new();
    for (field, f) in fields.iter().zip(&facts) {
        if field.field_type != FieldType::String {
            for mark in &f.dash_marks {
                if !marks.contains(mark) {
                    marks.push(mark);
                }
            }
        }
    }
    let mut schema = TableSchema {
        fields,
        ..TableSchema::default()
    };
    // Every mark a typed column uses, so the schema passes its own check.
    schema
        .missing_values
        .extend(marks.iter().map(|m| (*m).to_owned()));
    let rows = table.rows();
    if let Some(col) = (0..width).find(|&c| {
        let f = &facts[c];
        let name = schema.fields[c].name.trim().to_lowercase();
        let id_like = matches!(
            name.as_str(),
            "id" | "№" | "t/r" | "n" | "no" | "kod" | "code"
        );
        matches!(f.tally.kind(), ValueKind::Integer | ValueKind::Code)
            && id_like
            && f.unique_and_full(rows)
            && schema.fields[c].field_type != FieldType::String
    }) {
        schema.primary_key = vec![schema.fields[col].name.clone()];
    }
    schema
}

/// The typed forms a column's values suggest, narrowest first (a text field is the fallback
/// and is not listed): an integer column may still be read as numbers.
fn typed_candidates(base: &Field, f: &ColumnFacts) -> Vec<Field> {
    let mut out = Vec::new();
    let typed = |t: FieldType| {
        let mut field = base.clone();
        field.field_type = t;
        field
    };
    let number = || {
        let mut field = typed(FieldType::Number);
        if f.decimal_comma && !f.decimal_point {
            field.decimal_char = Some(",".into());
        }
        set_group(&mut field, f);
        field
    };
    match f.tally.kind_allowing(MISFITS) {
        ValueKind::Integer => {
            let mut field = typed(FieldType::Integer);
            set_group(&mut field, f);
            out.push(field);
            out.push(number());
        }
        ValueKind::Number => out.push(number()),
        ValueKind::Date if f.date_formats.len() == 1 => {
            let mut field = typed(FieldType::Date);
            let format = f.date_formats.iter().next().copied().unwrap_or("%Y-%m-%d");
            if format != "%Y-%m-%d" {
                field.format = Some(format.into());
            }
            out.push(field);
        }
        ValueKind::Boolean => {
            let mut field = typed(FieldType::Boolean);
            set_yes_no_words(&mut field, f);
            out.push(field);
        }
        // Identifiers keep their digits as written (leading zeros too): text. Their lengths
        // may vary, so no pattern is guessed from them.
        _ => {}
    }
    out
}

/// Checks each column's typed candidates with the validator's own field check, narrowest
/// first, and keeps the first one every value passes, else the first one all but the
/// tolerated share pass (a column of integers with a value in scientific notation is a
/// number column, not an integer one with a type error); a column no candidate fits stays
/// text. Inference and validation so read values the same way, and a file passes the schema
/// inferred from it.
fn verify_types(
    table: &Table,
    facts: &[ColumnFacts],
    fields: &mut [Field],
    mut candidates: Vec<Vec<Field>>,
) {
    // The first candidate a column's values passed within the tolerated share.
    let mut tolerated: Vec<Option<Field>> = vec![None; fields.len()];
    let mut pending: Vec<usize> = (0..fields.len())
        .filter(|&c| !candidates[c].is_empty())
        .collect();
    while !pending.is_empty() {
        let trials: Vec<(usize, Field, FieldCheck, Vec<String>)> = pending
            .iter()
            .filter_map(|&c| {
                let field = candidates[c].pop()?;
                let check = FieldCheck::compile(&field).0;
                let mut missing = vec![String::new()];
                missing.extend(facts[c].dash_marks.iter().map(|m| (*m).to_owned()));
                Some((c, field, check, missing))
            })
            .collect();
        let mut filled = vec![0u64; trials.len()];
        let mut failed = vec![0u64; trials.len()];
        for row in table.iter_rows() {
            for (k, (c, _, check, missing)) in trials.iter().enumerate() {
                let text = row.get(*c).unwrap_or("");
                if check.is_missing(text, missing) {
                    continue;
                }
                filled[k] += 1;
                failed[k] += u64::from(check.check(text).is_err());
            }
        }
        pending.clear();
        for (k, (c, field, _, _)) in trials.into_iter().enumerate() {
            if failed[k] == 0 {
                fields[c] = field;
                tolerated[c] = None;
                continue;
            }
            if failed[k] as f64 <= filled[k] as f64 * MISFITS && tolerated[c].is_none() {
                tolerated[c] = Some(field);
            }
            if !candidates[c].is_empty() {
                pending.push(c);
            }
        }
    }
    for (field, found) in fields.iter_mut().zip(tolerated) {
        if let Some(found) = found {
            *field = found;
        }
    }
}

/// A yes/no column in words (`ha`/`yoʻq`, `да`/`нет`, `yes`/`no`) gets the words it uses as
/// its `trueValues` and `falseValues`, as written, so the check reads what inference saw; a
/// column of `true`/`false` keeps Table Schema's defaults.
fn set_yes_no_words(field: &mut Field, f: &ColumnFacts) {
    let (mut trues, mut falses): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut seen: Vec<&String> = f.words.iter().collect();
    seen.sort();
    for value in seen {
        if crate::core::infer::yes_no(value) == Some(true) {
            trues.push(value.clone());
        } else {
            falses.push(value.clone());
        }
    }
    let defaults = trues
        .iter()
        .chain(&falses)
        .all(|v| ["true", "True", "TRUE", "false", "False", "FALSE"].contains(&v.as_str()));
    if !defaults {
        field.true_values = Some(trues);
        field.false_values = Some(falses);
    }
}

fn set_group(field: &mut Field, f: &ColumnFacts) {
    if f.group_nbsp {
        field.group_char = Some("\u{a0}".into());
    } else if f.group_space {
        field.group_char = Some(" ".into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn infer(header: &[&str], rows: &[Vec<&str>]) -> TableSchema {
        infer_schema(&Table::from_rows(header, rows))
    }

    #[test]
    fn locale_numbers_dates_and_codes() {
        let s = infer(
            &["Hudud_kodi", "Aholi", "Ulush", "Sana", "Soni", "Kun"],
            &[
                vec![
                    "1703202",
                    "1\u{a0}234,5",
                    "12,75",
                    "05.01.2026",
                    "1 250",
                    "01/02/2026",
                ],
                vec![
                    "1703203",
                    "987,25",
                    "8,5",
                    "12.01.2026",
                    "980",
                    "15/02/2026",
                ],
                vec![
                    "1703206",
                    "12\u{a0}345,0",
                    "21,05",
                    "19.01.2026",
                    "1534",
                    "31/12/2025",
                ],
            ],
        );
        let f = &s.fields;
        assert_eq!(f[0].field_type, FieldType::String);
        assert_eq!(
            f[0].constraints.pattern, None,
            "no pattern guessed from values"
        );
        assert_eq!(f[1].field_type, FieldType::Number);
        assert_eq!(f[1].decimal_char.as_deref(), Some(","));
        assert_eq!(f[1].group_char.as_deref(), Some("\u{a0}"));
        assert_eq!(f[2].decimal_char.as_deref(), Some(","));
        assert_eq!(f[2].group_char, None);
        assert_eq!(f[3].field_type, FieldType::Date);
        assert_eq!(f[3].format.as_deref(), Some("%d.%m.%Y"));
        assert_eq!(f[4].field_type, FieldType::Integer);
        assert_eq!(f[4].group_char.as_deref(), Some(" "));
        assert_eq!(f[5].format.as_deref(), Some("%d/%m/%Y"));
        assert_eq!(f[0].titles.uz_latn, "Hudud_kodi");
    }

    #[test]
    fn the_statistics_dash_is_a_missing_value_not_text() {
        let s = infer(
            &["Hudud", "Qishloq"],
            &[vec!["Toshkent shahri", "-"], vec!["Andijon", "1 512,3"]],
        );
        assert_eq!(s.fields[1].field_type, FieldType::Number);
        assert_eq!(s.missing_values, ["", "-"]);
    }

    #[test]
    fn every_dash_a_number_column_uses_becomes_a_missing_value() {
        let s = infer(&["n"], &[vec!["1,5"], vec!["x"], vec!["–"], vec!["2,5"]]);
        assert_eq!(s.fields[0].field_type, FieldType::Number);
        assert_eq!(s.missing_values, ["", "x", "–"]);
    }

    #[test]
    fn an_id_column_of_unique_values_becomes_the_primary_key() {
        let s = infer(
            &["ID", "Nomi"],
            &[vec!["1", "a"], vec!["2", "b"], vec!["3", "a"]],
        );
        assert_eq!(s.primary_key, ["ID"]);
        let dup = infer(&["ID", "Nomi"], &[vec!["1", "a"], vec!["1", "b"]]);
        assert!(dup.primary_key.is_empty());
    }

    #[test]
    fn blank_and_repeated_headers_get_unique_names() {
        let s = infer(&["a", "", "a"], &[vec!["1", "2", "3"]]);
        let names: Vec<&str> = s.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a", "column_2", "a_2"]);
    }

    #[test]
    fn cells_past_the_header_are_extra_cells_not_fields() {
        let s = infer(&["a", "b"], &[vec!["1", "x", "9", "9"], vec!["2", "y"]]);
        assert_eq!(s.fields.len(), 2);
        let headerless = infer(&[], &[vec!["1", "x"], vec!["2", "y", "extra"]]);
        assert_eq!(headerless.fields.len(), 2, "as wide as the first row");
    }

    #[test]
    fn labels_are_kept_as_written() {
        let s = infer(&[" cid", "name "], &[vec!["1", "a"]]);
        assert_eq!(s.fields[0].name, " cid");
        assert_eq!(s.fields[1].name, "name ");
    }

    #[test]
    fn codes_whose_lengths_vary_stay_text_without_a_pattern() {
        let s = infer(&["istat"], &[vec!["001"], vec!["0123"], vec!["00105"]]);
        assert_eq!(s.fields[0].field_type, FieldType::String);
        assert_eq!(s.fields[0].constraints.pattern, None);
    }

    #[test]
    fn padded_numbers_are_integers_the_check_accepts() {
        let s = infer(&["n"], &[vec![" 1"], vec!["2 "], vec!["3"]]);
        assert_eq!(s.fields[0].field_type, FieldType::Integer);
        let check = FieldCheck::compile(&s.fields[0]).0;
        assert!(check.check(" 1").is_ok());
    }

    #[test]
    fn a_type_the_field_check_rejects_is_not_inferred() {
        // A date column whose values are dates in two orders is not a date column.
        let s = infer(&["d"], &[vec!["2026-01-05"], vec!["05.01.2026"], vec!["x"]]);
        assert_eq!(s.fields[0].field_type, FieldType::String);
    }

    #[test]
    fn yes_no_words_are_booleans_with_the_words_they_use() {
        let s = infer(&["b"], &[vec!["ha"], vec!["yoʻq"], vec!["ha"], vec![""]]);
        assert_eq!(s.fields[0].field_type, FieldType::Boolean);
        assert_eq!(s.fields[0].true_values, Some(vec!["ha".to_owned()]));
        assert_eq!(s.fields[0].false_values, Some(vec!["yoʻq".to_owned()]));
        let s = infer(&["b"], &[vec!["true"], vec!["false"]]);
        assert_eq!(s.fields[0].field_type, FieldType::Boolean);
        assert_eq!(s.fields[0].true_values, None);
    }

    #[test]
    fn thousands_grouped_by_plain_and_no_break_spaces_in_one_column_are_integers() {
        // Excel writes no-break spaces where a person types plain ones; a space groupChar
        // reads both, so the column is what it looks like and passes its own check.
        let mixed: Vec<Vec<&str>> = (0..10)
            .map(|i| vec![if i % 2 == 0 { "1 250" } else { "1\u{a0}250" }])
            .collect();
        let s = infer(&["n"], &mixed);
        assert_eq!(s.fields[0].field_type, FieldType::Integer);
        assert!(s.fields[0].group_char.is_some());
    }

    #[test]
    fn integers_with_a_value_in_scientific_notation_are_numbers() {
        let mut rows: Vec<Vec<&str>> = (0..60).map(|_| vec!["0"]).collect();
        rows.push(vec!["5.33015841993795E-06"]);
        let s = infer(&["c2011"], &rows);
        assert_eq!(s.fields[0].field_type, FieldType::Number);
    }

    #[test]
    fn mostly_integers_stay_integers_and_mostly_text_stays_text() {
        let mut rows: Vec<Vec<String>> = (0..100).map(|i| vec![i.to_string()]).collect();
        rows.push(vec!["n/a".into()]);
        let table = |rows: &[Vec<String>]| {
            let rows: Vec<Vec<&str>> = rows
                .iter()
                .map(|r| r.iter().map(String::as_str).collect())
                .collect();
            infer(&["n"], &rows)
        };
        assert_eq!(table(&rows).fields[0].field_type, FieldType::Integer);
        rows.extend((0..10).map(|_| vec!["n/a".to_owned()]));
        assert_eq!(table(&rows).fields[0].field_type, FieldType::String);
    }

    #[test]
    fn mixed_date_forms_stay_text() {
        let s = infer(&["d"], &[vec!["05.01.2026"], vec!["2026-01-05"]]);
        assert_eq!(s.fields[0].field_type, FieldType::String);
    }
}

/// Values looked at per column when deciding a classifier binding.
const BINDING_SAMPLE: usize = 5_000;
/// Share of a column's values that must be codes of one classifier to bind it.
const BINDING_SHARE: f64 = 0.95;

/// Binds code columns to the classifier (and level) their values come from, and links a
/// lower level to a higher one in the same row (a district column inside a region column).
/// Columns already bound are left as they are.
pub fn bind_classifiers(
    schema: &mut TableSchema,
    table: &Table,
    classifiers: &[std::sync::Arc<crate::core::classifier::Classifier>],
) {
    let mut bound: Vec<(usize, String, usize)> = Vec::new();
    for (col, field) in schema.fields.iter_mut().enumerate() {
        if field.classifier.is_some() || field.field_type != FieldType::String {
            continue;
        }
        let mut values: Vec<&str> = table
            .iter_rows()
            .filter_map(|r| r.get(col).map(str::trim))
            .filter(|v| !v.is_empty() && !DASHES.contains(v))
            .take(BINDING_SAMPLE)
            .collect();
        values.sort_unstable();
        values.dedup();
        if values.is_empty() {
            continue;
        }
        for c in classifiers {
            let mut levels = std::collections::HashMap::new();
            let mut hits = 0usize;
            for v in &values {
                if let Some(entry) = c.get(v) {
                    hits += 1;
                    *levels.entry(entry.level).or_insert(0usize) += 1;
                }
            }
            if (hits as f64) < BINDING_SHARE * values.len() as f64 {
                continue;
            }
            let Some((&level, &count)) = levels
                .iter()
                .max_by_key(|&(&l, &n)| (n, std::cmp::Reverse(l)))
            else {
                continue;
            };
            let level_id = c.levels().get(level).map(|l| l.id.clone());
            field.classifier = Some(super::Binding {
                classifier: c.id().to_owned(),
                version: Some(c.version().to_owned()),
                // One level for (nearly) all codes: bind to it; a mix stays level-free.
                level: level_id.filter(|_| count as f64 >= BINDING_SHARE * hits as f64),
            });
            bound.push((col, c.id().to_owned(), level));
            break;
        }
    }
    // The nearest higher level of the same classifier is the parent column.
    for &(col, ref id, level) in &bound {
        if schema.fields[col].parent.is_some() {
            continue;
        }
        let parent = bound
            .iter()
            .filter(|(c, i, l)| *c != col && i == id && *l < level)
            .max_by_key(|(_, _, l)| *l)
            .map(|(c, _, _)| schema.fields[*c].name.clone());
        schema.fields[col].parent = parent;
    }
}

#[cfg(test)]
mod binding_tests {
    use super::*;

    #[test]
    fn soato_columns_are_bound_with_their_level_and_linked() {
        let Some(soato) = crate::core::classifier::soato().cloned() else {
            panic!("SOATO is bundled");
        };
        let table = Table::from_rows(
            &["viloyat", "tuman", "soni"],
            &[
                vec!["1703", "1703202", "5"],
                vec!["1703", "1703203", "7"],
                vec!["1706", "1706204", "9"],
            ],
        );
        let mut schema = infer_schema(&table);
        bind_classifiers(&mut schema, &table, &[soato]);
        let region = schema.fields[0].classifier.clone().unwrap_or_default();
        assert_eq!(region.classifier, "soato");
        assert_eq!(region.level.as_deref(), Some("region"));
        let district = &schema.fields[1];
        assert_eq!(
            district
                .classifier
                .as_ref()
                .and_then(|b| b.level.as_deref()),
            Some("district")
        );
        assert_eq!(district.parent.as_deref(), Some("viloyat"));
        assert!(schema.fields[2].classifier.is_none());
    }

    #[test]
    fn codes_that_are_not_in_the_classifier_stay_unbound() {
        let Some(soato) = crate::core::classifier::soato().cloned() else {
            panic!("SOATO is bundled");
        };
        let table = Table::from_rows(&["inn"], &[vec!["301234567"], vec!["302345678"]]);
        let mut schema = infer_schema(&table);
        bind_classifiers(&mut schema, &table, &[soato]);
        assert!(schema.fields[0].classifier.is_none());
    }
}
