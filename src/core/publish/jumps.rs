//! Values that jumped against the published version: a number that grew or shrank by more
//! than a factor, or changed sign, in a row found in both versions by its key. A slipped
//! decimal comma (`1234,5` sent as `12345`) or a total typed in thousands instead of units
//! shows here before the portal shows it. These are warnings: a real change may be large.
//!
//! Rows are matched by the schema's primary key, else by every text column the two versions
//! share (a region and a year, say); a key that stands twice in either version matches
//! nothing. Numbers are read with the schema's own field checks, as the validator reads them.
//! Zeros have no ratio and are never a jump.
//!
//! The check computes with polars (`core::frame`): each version becomes a `DataFrame` of its
//! key columns (text less the spaces around it), its number columns (cast by the field checks,
//! integers as numbers) and a column saying which version a row is from. The two frames are
//! stacked and grouped by the key columns; a group of exactly one published row and one new
//! row is a match. The matches are then walked in the new version's row order, comparing each
//! number column in the schema's order, so findings come in row order and within a row in
//! column order; their texts (old, new, key) are the cells as written, less surrounding spaces.

use polars_core::prelude::{
    BooleanChunked, Column, DataFrame, Float64Chunked, IntoColumn, NewChunkedArray, PlSmallStr,
    PolarsResult,
};
use polars_core::runtime::THREAD_POOL;
use polars_core::utils::rayon;

use crate::core::frame::{group_rows, trimmed_text};
use crate::core::schema::field_check::{Cast, FieldCheck};
use crate::core::schema::{FieldType, TableSchema};
use crate::core::table::Table;
use crate::core::validate::{Code, Finding};

/// The factor past which a change is shown when the steward has set none.
pub const DEFAULT_FACTOR: f64 = 10.0;
/// Findings kept; the count goes on.
pub const KEPT: usize = 200;

/// The jumps found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Jumps {
    /// Every jump found.
    pub count: u64,
    /// The first [`KEPT`], in the new version's row order.
    pub findings: Vec<Finding>,
    /// The columns rows were matched by; empty when the versions share no key.
    pub key: Vec<String>,
}

/// The jumps from `old` (published) to `new`, whose columns `schema` describes; `factor` is
/// the ratio past which a change is shown (below 1 it is read as its inverse). Row numbers are
/// those of the new version's portal-ready file (its header is row 1).
pub fn value_jumps(old: &Table, new: &Table, schema: &TableSchema, factor: f64) -> Jumps {
    let factor = if factor > 0.0 && factor < 1.0 {
        1.0 / factor
    } else {
        factor
    };
    let find = |t: &Table, name: &str| t.header().iter().position(|h| h.trim() == name);
    let both = |name: &str| find(old, name).zip(find(new, name));
    let key: Vec<&str> =
        if !schema.primary_key.is_empty() && schema.primary_key.iter().all(|k| both(k).is_some()) {
            schema.primary_key.iter().map(String::as_str).collect()
        } else {
            schema
                .fields
                .iter()
                .filter(|f| {
                    !matches!(f.field_type, FieldType::Integer | FieldType::Number)
                        && both(&f.name).is_some()
                })
                .map(|f| f.name.as_str())
                .collect()
        };
    let numbers: Vec<(usize, usize, FieldCheck, &str)> = schema
        .fields
        .iter()
        .filter(|f| matches!(f.field_type, FieldType::Integer | FieldType::Number))
        .filter(|f| !key.contains(&f.name.as_str()))
        .filter_map(|f| {
            let (o, n) = both(&f.name)?;
            Some((o, n, FieldCheck::compile(f).0, f.name.as_str()))
        })
        .collect();
    let mut out = Jumps {
        key: key.iter().map(|k| (*k).to_owned()).collect(),
        ..Jumps::default()
    };
    if key.is_empty() || numbers.is_empty() || factor.is_nan() || factor <= 1.0 {
        out.key.clear();
        return out;
    }
    let old_key: Vec<usize> = key.iter().filter_map(|k| find(old, k)).collect();
    let new_key: Vec<usize> = key.iter().filter_map(|k| find(new, k)).collect();
    // The frames are built with distinct names and equal heights, so polars refuses none of
    // these steps; were it to, no row would be matched and nothing shown.
    let Ok((stacked, matched)) = stack_and_match(old, new, &old_key, &new_key, &numbers) else {
        return out;
    };
    let Some(values) = (0..numbers.len())
        .map(|i| stacked.column(&number_name(i)).ok()?.f64().ok())
        .collect::<Option<Vec<&Float64Chunked>>>()
    else {
        return out;
    };
    for (r, o) in matched
        .iter()
        .enumerate()
        .filter_map(|(r, o)| Some((r, (*o)?)))
    {
        for ((oc, nc, _, field), column) in numbers.iter().zip(&values) {
            let (Some(was), Some(now)) = (column.get(o), column.get(old.rows() + r)) else {
                continue;
            };
            if was == 0.0 || now == 0.0 {
                continue;
            }
            let sign = (was < 0.0) != (now < 0.0);
            let ratio = now.abs() / was.abs();
            if !sign && !reaches(ratio, factor) && !reaches(1.0 / ratio, factor) {
                continue;
            }
            out.count += 1;
            if out.findings.len() >= KEPT {
                continue;
            }
            let change = if sign {
                "sign".to_owned()
            } else if ratio >= 1.0 {
                format!("×{}", round_ratio(ratio))
            } else {
                format!("÷{}", round_ratio(1.0 / ratio))
            };
            let was_text = old.cell(o, *oc).unwrap_or("").trim();
            let now_text = new.cell(r, *nc).unwrap_or("").trim();
            let key_text: Vec<&str> = new_key
                .iter()
                .map(|&c| new.cell(r, c).unwrap_or("").trim())
                .collect();
            out.findings.push(
                Finding::new(Code::ValueJump)
                    .at(r as u64 + 2, *nc)
                    .with_field(field)
                    .value(now_text)
                    .arg("old", was_text.to_owned())
                    .arg("new", now_text.to_owned())
                    .arg("change", change)
                    .arg("key", key_text.join(" · ")),
            );
        }
    }
    out
}

fn key_name(i: usize) -> PlSmallStr {
    PlSmallStr::from_string(format!("key {i}"))
}

fn number_name(i: usize) -> PlSmallStr {
    PlSmallStr::from_string(format!("number {i}"))
}

const PUBLISHED: &str = "published";

/// One version as the check reads it: its key columns `key 0`, `key 1`, … as text less the
/// spaces around it (an empty cell, or one missing from a short row, is null), its number
/// columns `number 0`, … read by their field checks as the validator reads them (integers as
/// numbers; a cell that is no number, or is empty, is null), and `published`, true for every
/// row of the published version.
fn version_frame(
    table: &Table,
    keys: &[usize],
    numbers: &[(usize, &FieldCheck)],
    published: bool,
) -> PolarsResult<DataFrame> {
    let mut columns: Vec<Column> = keys
        .iter()
        .enumerate()
        .map(|(i, &c)| trimmed_text(table, c).with_name(key_name(i)).into_column())
        .collect();
    columns.extend(numbers.iter().enumerate().map(|(i, (c, check))| {
        let values = table
            .column(*c)
            .map(|cell| read_number(check, cell.unwrap_or("")));
        Float64Chunked::from_iter_options(number_name(i), values).into_column()
    }));
    columns.push(
        BooleanChunked::from_iter_values(
            PlSmallStr::from_static(PUBLISHED),
            std::iter::repeat_n(published, table.rows()),
        )
        .into_column(),
    );
    DataFrame::new(table.rows(), columns)
}

/// A cell's number as its field check reads it, less the spaces around it.
fn read_number(check: &FieldCheck, text: &str) -> Option<f64> {
    match check.cast(text.trim()) {
        Ok(Cast::Int(v)) => Some(v as f64),
        Ok(Cast::Num(v)) => Some(v),
        _ => None,
    }
}

/// Both versions as frames ([`version_frame`], built in parallel) stacked, published rows
/// first, and for each row of the new version its row in that stack ([`matched_rows`]).
fn stack_and_match(
    old: &Table,
    new: &Table,
    old_key: &[usize],
    new_key: &[usize],
    numbers: &[(usize, usize, FieldCheck, &str)],
) -> PolarsResult<(DataFrame, Vec<Option<usize>>)> {
    let old_numbers: Vec<(usize, &FieldCheck)> = numbers.iter().map(|n| (n.0, &n.2)).collect();
    let new_numbers: Vec<(usize, &FieldCheck)> = numbers.iter().map(|n| (n.1, &n.2)).collect();
    let (published, next) = THREAD_POOL.install(|| {
        rayon::join(
            || version_frame(old, old_key, &old_numbers, true),
            || version_frame(new, new_key, &new_numbers, false),
        )
    });
    let stacked = published?.vstack(&next?)?;
    let matched = matched_rows(&stacked, old_key.len(), old.rows(), new.rows())?;
    Ok((stacked, matched))
}

/// For each row of the new version, its row in the published one: both versions' rows stacked
/// (`old_rows` published rows, then `new_rows` new ones) and grouped by their `keys` key
/// columns; a group of exactly one published row and one new row is a match, any other group
/// (a key in one version only, or standing twice in either) matches nothing.
fn matched_rows(
    stacked: &DataFrame,
    keys: usize,
    old_rows: usize,
    new_rows: usize,
) -> PolarsResult<Vec<Option<usize>>> {
    let published = stacked.column(PUBLISHED)?.bool()?;
    let grouped = stacked.group_by((0..keys).map(key_name))?;
    let mut matched = vec![None; new_rows];
    for group in grouped.get_groups().iter() {
        let mut rows = group_rows(group);
        let (Some(a), Some(b), None) = (rows.next(), rows.next(), rows.next()) else {
            continue;
        };
        let (was, now) = match (published.get(a), published.get(b)) {
            (Some(true), Some(false)) => (a, b),
            (Some(false), Some(true)) => (b, a),
            _ => continue,
        };
        if let Some(slot) = now.checked_sub(old_rows).and_then(|r| matched.get_mut(r)) {
            *slot = Some(was);
        }
    }
    Ok(matched)
}

/// Whether a change by `ratio` reaches `factor`. Dividing two numbers read from decimal text
/// leaves a rounding error in the last bits: `730422,1` against `73042,21` is 9.999999999999998
/// in binary floating point, yet ten times as much as written. So a ratio within a billionth
/// of the factor reaches it.
fn reaches(ratio: f64, factor: f64) -> bool {
    ratio >= factor * (1.0 - 1e-9)
}

/// A ratio as people say it: `10`, `12.5`, `1000`.
fn round_ratio(x: f64) -> String {
    if x >= 100.0 {
        format!("{}", x.round())
    } else {
        let s = format!("{x:.1}");
        s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use proptest::strategy::Strategy;

    use super::*;
    use crate::core::schema::Field;

    fn table(rows: &[[&str; 4]]) -> Table {
        Table::from_rows(
            &["soato", "yil", "aholi", "ulush"],
            &rows.iter().map(|r| r.to_vec()).collect::<Vec<_>>(),
        )
    }

    fn schema() -> TableSchema {
        let mut aholi = Field::new("aholi", FieldType::Number);
        aholi.decimal_char = Some(",".into());
        let mut ulush = Field::new("ulush", FieldType::Number);
        ulush.decimal_char = Some(",".into());
        TableSchema {
            fields: vec![
                Field::new("soato", FieldType::String),
                Field::new("yil", FieldType::String),
                aholi,
                ulush,
            ],
            ..TableSchema::default()
        }
    }

    #[test]
    fn exactly_ten_times_as_written_is_a_jump_whatever_the_binary_rounding() {
        // 730422,1 / 73042,21 is 9.999999999999998 in floating point.
        let old = table(&[
            ["1703", "2024", "73042,21", "1"],
            ["1706", "2024", "10", "1"],
        ]);
        let new = table(&[
            ["1703", "2024", "730422,1", "1"],
            ["1706", "2024", "99,99", "1"],
        ]);
        let j = value_jumps(&old, &new, &schema(), DEFAULT_FACTOR);
        assert_eq!(j.count, 1, "{:?}", j.findings);
        assert_eq!(
            j.findings[0].args.get("change").map(String::as_str),
            Some("×10")
        );
        // Just under ten times is no jump (99,99 against 10).
        assert_eq!(j.findings[0].row, Some(2));
    }

    #[test]
    fn a_slipped_decimal_comma_and_a_changed_sign_are_jumps() {
        let old = table(&[
            ["1703", "2024", "3364,2", "9,2"],
            ["1706", "2024", "2038,2", "5,6"],
            ["1708", "2024", "1450,0", "4,0"],
            ["1710", "2024", "0", "-1,5"],
        ]);
        // Rows reordered, one value ten times larger, one sign changed, one zero now set.
        let new = table(&[
            ["1706", "2024", "20382", "5,7"],
            ["1703", "2024", "3370,1", "9,3"],
            ["1710", "2024", "12,0", "1,5"],
            ["1708", "2024", "1452,5", "4,1"],
        ]);
        let j = value_jumps(&old, &new, &schema(), DEFAULT_FACTOR);
        assert_eq!(j.count, 2, "{:?}", j.findings);
        assert_eq!(j.key, ["soato", "yil"]);
        let first = &j.findings[0];
        assert_eq!(first.code, Code::ValueJump);
        assert!(first.code.is_warning());
        assert_eq!((first.row, first.column), (Some(2), Some(3)));
        assert_eq!(first.args.get("change").map(String::as_str), Some("×10"));
        assert_eq!(first.args.get("old").map(String::as_str), Some("2038,2"));
        assert_eq!(
            first.args.get("key").map(String::as_str),
            Some("1706 · 2024")
        );
        let second = &j.findings[1];
        assert_eq!(second.field.as_deref(), Some("ulush"));
        assert_eq!(second.args.get("change").map(String::as_str), Some("sign"));
        // A smaller factor shows smaller changes; shrinking counts as much as growing.
        let shrunk = table(&[
            ["1703", "2024", "336,42", "9,2"],
            ["1706", "2024", "2038,2", "5,6"],
            ["1708", "2024", "1450,0", "4,0"],
            ["1710", "2024", "0", "-1,5"],
        ]);
        let j = value_jumps(&old, &shrunk, &schema(), 5.0);
        assert_eq!(j.count, 1);
        assert_eq!(
            j.findings[0].args.get("change").map(String::as_str),
            Some("÷10")
        );
    }

    #[test]
    fn rows_without_one_match_and_versions_without_a_key_give_nothing() {
        let old = table(&[["1703", "2024", "100", "1"], ["1703", "2024", "200", "1"]]);
        let new = table(&[["1703", "2024", "9999", "1"]]);
        assert_eq!(value_jumps(&old, &new, &schema(), 10.0).count, 0);
        let numbers_only = TableSchema {
            fields: vec![Field::new("aholi", FieldType::Integer)],
            ..TableSchema::default()
        };
        let old = Table::from_rows(&["aholi"], &[vec!["1"]]);
        let new = Table::from_rows(&["aholi"], &[vec!["100"]]);
        let j = value_jumps(&old, &new, &numbers_only, 10.0);
        assert_eq!((j.count, j.key.len()), (0, 0));
    }

    fn checked(old: &Table, new: &Table, schema: &TableSchema, factor: f64) -> Jumps {
        let j = value_jumps(old, new, schema, factor);
        assert_eq!(j, hash_maps::value_jumps(old, new, schema, factor));
        j
    }

    fn arg<'a>(f: &'a Finding, name: &str) -> Option<&'a str> {
        f.args.get(name).map(String::as_str)
    }

    #[test]
    fn keys_and_labels_are_matched_without_the_spaces_around_them() {
        let old = Table::from_rows(
            &[" soato", "yil ", "aholi", "ulush"],
            &[
                vec![" 1703 ", "2024", " 100 ", "1"],
                vec!["1706", " 2024", "50", "1"],
            ],
        );
        let new = table(&[["1706 ", "2024 ", "50", "1"], ["1703", "2024", "1000", "1"]]);
        let j = checked(&old, &new, &schema(), 10.0);
        assert_eq!(j.count, 1);
        let f = &j.findings[0];
        assert_eq!((f.row, f.column), (Some(3), Some(3)), "{f:?}");
        assert_eq!(arg(f, "old"), Some("100"));
        assert_eq!(arg(f, "key"), Some("1703 · 2024"));
    }

    #[test]
    fn a_key_twice_in_the_new_version_matches_nothing() {
        let old = table(&[["1703", "2024", "100", "1"], ["1706", "2024", "100", "1"]]);
        let new = table(&[
            ["1703", "2024", "1000", "1"],
            ["1706", "2024", "1000", "1"],
            [" 1703", "2024", "100", "1"],
        ]);
        let j = checked(&old, &new, &schema(), 10.0);
        assert_eq!(j.count, 1);
        assert_eq!(arg(&j.findings[0], "key"), Some("1706 · 2024"));
        assert_eq!(j.findings[0].row, Some(3));
    }

    #[test]
    fn missing_and_unreadable_numbers_are_no_jump() {
        let old = Table::from_rows(
            &["soato", "yil", "aholi", "ulush"],
            &[
                vec!["1703", "2024", "", "1"],
                vec!["1706", "2024", "100"],
                vec!["1708", "2024", "12,5x", "1"],
                vec!["1710", "2024", "100", "1"],
            ],
        );
        let new = Table::from_rows(
            &["soato", "yil", "aholi", "ulush"],
            &[
                vec!["1703", "2024", "1000", "10"],
                vec!["1706", "2024", "1000", "10"],
                vec!["1708", "2024", "1000", "1"],
                vec!["1710", "2024"],
            ],
        );
        let j = checked(&old, &new, &schema(), 10.0);
        // Only 1703's share (1 to 10) and 1706's population: each pair with both numbers.
        let found: Vec<(Option<u64>, Option<&str>)> = j
            .findings
            .iter()
            .map(|f| (f.row, f.field.as_deref()))
            .collect();
        assert_eq!(found, [(Some(2), Some("ulush")), (Some(3), Some("aholi"))]);
    }

    #[test]
    fn rows_in_one_version_only_are_left_out() {
        let old = table(&[["1703", "2024", "100", "1"], ["1706", "2024", "100", "1"]]);
        let new = table(&[
            ["1735", "2024", "5", "1"],
            ["1706", "2024", "-100", "1"],
            ["1703", "2025", "1000", "1"],
        ]);
        let j = checked(&old, &new, &schema(), 10.0);
        assert_eq!(j.count, 1);
        assert_eq!(j.findings[0].row, Some(3));
        assert_eq!(arg(&j.findings[0], "change"), Some("sign"));
        // An empty key cell is a key like any other: empty in both versions, it matches.
        let old = table(&[["", "2024", "100", "1"]]);
        let new = table(&[[" ", "2024", "1000", "1"]]);
        assert_eq!(checked(&old, &new, &schema(), 10.0).count, 1);
    }

    #[test]
    fn integer_and_number_fields_are_read_each_by_its_own_check() {
        let mut aholi = Field::new("aholi", FieldType::Number);
        aholi.decimal_char = Some(",".into());
        aholi.group_char = Some(" ".into());
        let s = TableSchema {
            fields: vec![
                Field::new("soato", FieldType::String),
                Field::new("soni", FieldType::Integer),
                aholi,
            ],
            primary_key: vec!["soato".into()],
            ..TableSchema::default()
        };
        let old = Table::from_rows(
            &["soato", "soni", "aholi"],
            &[
                vec!["1703", "12", "1 250,5"],
                vec!["1706", "12", "1,5"],
                vec!["1708", "3", "7"],
            ],
        );
        let new = Table::from_rows(
            &["soato", "soni", "aholi"],
            &[
                vec!["1703", "120", "12 505"],
                vec!["1706", "12,5", "15"],
                vec!["1708", "30,0", "70,0"],
            ],
        );
        let j = checked(&old, &new, &s, 10.0);
        let found: Vec<(Option<u64>, Option<&str>, Option<&str>)> = j
            .findings
            .iter()
            .map(|f| (f.row, f.field.as_deref(), arg(f, "change")))
            .collect();
        // 12,5 and 30,0 are no integers; decimal commas and spaces in groups are read.
        assert_eq!(
            found,
            [
                (Some(2), Some("soni"), Some("×10")),
                (Some(2), Some("aholi"), Some("×10")),
                (Some(3), Some("aholi"), Some("×10")),
                (Some(4), Some("aholi"), Some("×10")),
            ]
        );
        assert_eq!(j.key, ["soato"]);
    }

    #[test]
    fn past_the_kept_findings_jumps_are_only_counted() {
        let rows = |scale: u32| -> Vec<[String; 4]> {
            (0..250)
                .map(|i| {
                    [
                        format!("17{i:05}"),
                        "2024".to_owned(),
                        (100 * scale).to_string(),
                        "1".to_owned(),
                    ]
                })
                .collect()
        };
        let build = |rows: Vec<[String; 4]>| {
            let rows: Vec<Vec<String>> = rows.into_iter().map(Vec::from).collect();
            Table::from_rows(&["soato", "yil", "aholi", "ulush"].map(String::from), &rows)
        };
        let j = checked(&build(rows(1)), &build(rows(10)), &schema(), 10.0);
        assert_eq!((j.count, j.findings.len()), (250, KEPT));
        assert_eq!(j.findings.last().and_then(|f| f.row), Some(KEPT as u64 + 1));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        #[test]
        fn gives_what_the_hash_maps_gave(
            (old, edits) in rows().prop_flat_map(|old| {
                let n = old.len();
                (proptest::strategy::Just(old), proptest::collection::vec(edit(), n))
            }),
            added in rows(),
            by_primary_key in proptest::bool::ANY,
            factor in proptest::sample::select(vec![0.2, 2.0, 10.0, 10.0, f64::NAN]),
        ) {
            // The new version: the old rows kept, some of their numbers changed, in reverse
            // order, then rows of its own.
            let mut new: Vec<Vec<&str>> = old
                .iter()
                .zip(&edits)
                .filter(|(_, (keep, _, _))| *keep)
                .map(|(row, (_, aholi, soni))| {
                    let mut row = row.clone();
                    for (col, to) in [(2, aholi), (3, soni)] {
                        if let (Some(cell), Some(to)) = (row.get_mut(col), to) {
                            *cell = to;
                        }
                    }
                    row
                })
                .rev()
                .collect();
            new.extend(added);
            let header = ["soato", "yil", "aholi", "soni"];
            let old = Table::from_rows(&header, &old);
            let new = Table::from_rows(&header, &new);
            let mut aholi = Field::new("aholi", FieldType::Number);
            aholi.decimal_char = Some(",".into());
            let s = TableSchema {
                fields: vec![
                    Field::new("soato", FieldType::String),
                    Field::new("yil", FieldType::Year),
                    aholi,
                    Field::new("soni", FieldType::Integer),
                ],
                primary_key: if by_primary_key { vec!["soato".into()] } else { Vec::new() },
                ..TableSchema::default()
            };
            proptest::prop_assert_eq!(
                value_jumps(&old, &new, &s, factor),
                hash_maps::value_jumps(&old, &new, &s, factor)
            );
        }
    }

    const NUMBERS: [&str; 14] = [
        "0", "1", "-1", "1,5", "15", "150", "-150", "12", "120", "1200,0", "", "x", " 12 ", "-",
    ];

    /// Up to 12 rows of up to 4 cells (most of them 4) from small pools, so keys repeat, match
    /// and miss.
    fn rows() -> impl Strategy<Value = Vec<Vec<&'static str>>> {
        use proptest::sample::select;
        let key = select(vec![
            "1703", " 1703", "1706", "1708", "1710 ", "1712", "1714", "1718", "1722", "1724", "",
            " ",
        ]);
        let year = select(vec!["2024", "2024", "2025 ", ""]);
        let number = select(NUMBERS.to_vec());
        proptest::collection::vec(
            (
                key,
                year,
                number.clone(),
                number,
                select(vec![4, 4, 4, 3, 2, 0]),
            )
                .prop_map(|(k, y, a, b, width)| {
                    let mut row = vec![k, y, a, b];
                    row.truncate(width);
                    row
                }),
            0..12usize,
        )
    }

    /// Whether an old row is kept in the new version, and its numbers' new texts, if changed.
    fn edit() -> impl Strategy<Value = (bool, Option<&'static str>, Option<&'static str>)> {
        let number = || proptest::option::of(proptest::sample::select(NUMBERS.to_vec()));
        (proptest::bool::weighted(0.8), number(), number())
    }

    /// The check as it was written before polars: rows matched by two hash maps of keys as
    /// text. The polars version must give the same [`Jumps`].
    mod hash_maps {
        use rustc_hash::FxHashMap;

        use super::super::round_ratio;
        use super::*;
        use crate::core::schema::field_check::{Cast, FieldCheck};

        pub fn value_jumps(old: &Table, new: &Table, schema: &TableSchema, factor: f64) -> Jumps {
            let factor = if factor > 0.0 && factor < 1.0 {
                1.0 / factor
            } else {
                factor
            };
            let find = |t: &Table, name: &str| t.header().iter().position(|h| h.trim() == name);
            let both = |name: &str| find(old, name).zip(find(new, name));
            let key: Vec<&str> = if !schema.primary_key.is_empty()
                && schema.primary_key.iter().all(|k| both(k).is_some())
            {
                schema.primary_key.iter().map(String::as_str).collect()
            } else {
                schema
                    .fields
                    .iter()
                    .filter(|f| {
                        !matches!(f.field_type, FieldType::Integer | FieldType::Number)
                            && both(&f.name).is_some()
                    })
                    .map(|f| f.name.as_str())
                    .collect()
            };
            let numbers: Vec<(usize, usize, FieldCheck, &str)> = schema
                .fields
                .iter()
                .filter(|f| matches!(f.field_type, FieldType::Integer | FieldType::Number))
                .filter(|f| !key.contains(&f.name.as_str()))
                .filter_map(|f| {
                    let (o, n) = both(&f.name)?;
                    Some((o, n, FieldCheck::compile(f).0, f.name.as_str()))
                })
                .collect();
            let mut out = Jumps {
                key: key.iter().map(|k| (*k).to_owned()).collect(),
                ..Jumps::default()
            };
            if key.is_empty() || numbers.is_empty() || factor.is_nan() || factor <= 1.0 {
                out.key.clear();
                return out;
            }
            let key_of = |t: &Table, cols: &[usize], r: usize| -> Option<Vec<String>> {
                let row = t.row(r)?;
                Some(
                    cols.iter()
                        .map(|&c| row.get(c).unwrap_or("").trim().to_owned())
                        .collect(),
                )
            };
            let old_key: Vec<usize> = key.iter().filter_map(|k| find(old, k)).collect();
            let new_key: Vec<usize> = key.iter().filter_map(|k| find(new, k)).collect();
            // Each key's row in the old version; `None` for a key that stands twice.
            let mut published: FxHashMap<Vec<String>, Option<usize>> = FxHashMap::default();
            for r in 0..old.rows() {
                if let Some(k) = key_of(old, &old_key, r) {
                    published
                        .entry(k)
                        .and_modify(|seen| *seen = None)
                        .or_insert(Some(r));
                }
            }
            let mut seen_new: FxHashMap<Vec<String>, u32> = FxHashMap::default();
            for r in 0..new.rows() {
                if let Some(k) = key_of(new, &new_key, r) {
                    *seen_new.entry(k).or_default() += 1;
                }
            }
            let number = |check: &FieldCheck, text: &str| match check.cast(text.trim()) {
                Ok(Cast::Int(v)) => Some(v as f64),
                Ok(Cast::Num(v)) => Some(v),
                _ => None,
            };
            for r in 0..new.rows() {
                let Some(k) = key_of(new, &new_key, r) else {
                    continue;
                };
                if seen_new.get(&k) != Some(&1) {
                    continue;
                }
                let Some(&Some(o)) = published.get(&k) else {
                    continue;
                };
                let (Some(new_row), Some(old_row)) = (new.row(r), old.row(o)) else {
                    continue;
                };
                for (oc, nc, check, field) in &numbers {
                    let (was_text, now_text) = (
                        old_row.get(*oc).unwrap_or(""),
                        new_row.get(*nc).unwrap_or(""),
                    );
                    let (Some(was), Some(now)) = (number(check, was_text), number(check, now_text))
                    else {
                        continue;
                    };
                    if was == 0.0 || now == 0.0 {
                        continue;
                    }
                    let sign = (was < 0.0) != (now < 0.0);
                    let ratio = now.abs() / was.abs();
                    if !sign
                        && !super::super::reaches(ratio, factor)
                        && !super::super::reaches(1.0 / ratio, factor)
                    {
                        continue;
                    }
                    out.count += 1;
                    if out.findings.len() >= KEPT {
                        continue;
                    }
                    let change = if sign {
                        "sign".to_owned()
                    } else if ratio >= 1.0 {
                        format!("×{}", round_ratio(ratio))
                    } else {
                        format!("÷{}", round_ratio(1.0 / ratio))
                    };
                    out.findings.push(
                        Finding::new(Code::ValueJump)
                            .at(r as u64 + 2, *nc)
                            .with_field(field)
                            .value(now_text.trim())
                            .arg("old", was_text.trim().to_owned())
                            .arg("new", now_text.trim().to_owned())
                            .arg("change", change)
                            .arg("key", k.join(" · ")),
                    );
                }
            }
            out
        }
    }
}
