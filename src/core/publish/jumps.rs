//! Values that jumped against the published version: a number that grew or shrank by more
//! than a factor, or changed sign, in a row found in both versions by its key. A slipped
//! decimal comma (`1234,5` sent as `12345`) or a total typed in thousands instead of units
//! shows here before the portal shows it. These are warnings: a real change may be large.
//!
//! Rows are matched by the schema's primary key, else by every text column the two versions
//! share (a region and a year, say); a key that stands twice in either version matches
//! nothing. Numbers are read with the schema's own field checks, as the validator reads them.
//! Zeros have no ratio and are never a jump.

use rustc_hash::FxHashMap;

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
            let (Some(was), Some(now)) = (number(check, was_text), number(check, now_text)) else {
                continue;
            };
            if was == 0.0 || now == 0.0 {
                continue;
            }
            let sign = (was < 0.0) != (now < 0.0);
            let ratio = now.abs() / was.abs();
            if !sign && ratio < factor && 1.0 / ratio < factor {
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
}
