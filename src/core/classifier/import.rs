//! Turning any code list the user has (a newer SOATO from the classifier service, OKED, units,
//! an agency's own list) into a [`Classifier`]: the user reads the file with
//! [`ingest::read_table`](crate::core::ingest::read_table), says which column holds what in an
//! [`ImportSpec`], and [`import_table`] checks every row. Values are trimmed; fully blank rows
//! (Excel's trailing ones) are skipped; every other problem is a [`ClassifierError`] naming the
//! zero-based table row. This module must not read files or save anything (that is
//! [`store`](super::store)), and it does not guess columns: the UI proposes, the user decides.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::core::classifier::bundled::with_known_aliases;
use crate::core::classifier::{Classifier, ClassifierError, ClassifierInfo, Entry, Level};
use crate::core::lang::{Lang, LangText};
use crate::core::table::Table;

/// The column holding the name in each language, if any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LangColumns {
    #[serde(rename = "uz-Latn", default)]
    pub uz_latn: Option<usize>,
    #[serde(rename = "uz-Cyrl", default)]
    pub uz_cyrl: Option<usize>,
    #[serde(default)]
    pub ru: Option<usize>,
    #[serde(default)]
    pub en: Option<usize>,
}

impl LangColumns {
    pub fn get(&self, lang: Lang) -> Option<usize> {
        match lang {
            Lang::UzLatn => self.uz_latn,
            Lang::UzCyrl => self.uz_cyrl,
            Lang::Ru => self.ru,
            Lang::En => self.en,
        }
    }

    pub fn set(&mut self, lang: Lang, column: Option<usize>) {
        match lang {
            Lang::UzLatn => self.uz_latn = column,
            Lang::UzCyrl => self.uz_cyrl = column,
            Lang::Ru => self.ru = column,
            Lang::En => self.en = column,
        }
    }
}

/// Which columns of a table make a classifier, and what it is called. Saved with the
/// classifier's import so next edition's file can be read the same way.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSpec {
    pub info: ClassifierInfo,
    /// Zero-based column indexes.
    pub code_column: usize,
    #[serde(default)]
    pub parent_column: Option<usize>,
    /// The level of each row, by level id (or 1-based level number when `levels` is given).
    /// Without it, a row's level is its depth in the parent hierarchy.
    #[serde(default)]
    pub level_column: Option<usize>,
    /// Marks grouping nodes: `1`, `true`, `yes`, `x`, `+`, `ha`, `да` (any case); blank,
    /// `0`, `false`, `no`, `-`, `yo'q`, `нет` are not groups.
    #[serde(default)]
    pub group_column: Option<usize>,
    #[serde(default)]
    pub names: LangColumns,
    /// The levels, top first. Empty: taken from the level column's values in order of first
    /// appearance, or numbered `1`, `2`, … by depth when there is no level column.
    #[serde(default)]
    pub levels: Vec<Level>,
}

impl ImportSpec {
    fn columns(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.code_column)
            .chain(self.parent_column)
            .chain(self.level_column)
            .chain(self.group_column)
            .chain(Lang::ALL.into_iter().filter_map(|l| self.names.get(l)))
    }
}

/// One non-blank row, trimmed.
struct RawRow<'a> {
    row: usize,
    code: &'a str,
    parent: Option<&'a str>,
    level: Option<&'a str>,
    is_group: bool,
    name: LangText,
}

/// Builds a classifier from `table` as `spec` describes; see the module documentation.
/// A classifier with a known id gets its usual aliases (SOATO: `1700` for `17`).
pub fn import_table(table: &Table, spec: &ImportSpec) -> Result<Classifier, ClassifierError> {
    let width = table.width();
    if let Some(column) = spec.columns().find(|&c| c >= width) {
        if table.rows() == 0 {
            return Err(ClassifierError::NoRows);
        }
        return Err(ClassifierError::NoSuchColumn { column, width });
    }
    let rows = read_rows(table, spec)?;
    if rows.is_empty() {
        return Err(ClassifierError::NoRows);
    }
    let mut first_row: HashMap<&str, usize> = HashMap::with_capacity(rows.len());
    for (i, raw) in rows.iter().enumerate() {
        if let Some(&first) = first_row.get(raw.code) {
            return Err(ClassifierError::DuplicateCode {
                row: raw.row,
                code: raw.code.to_owned(),
                first: rows[first].row,
            });
        }
        first_row.insert(raw.code, i);
    }
    let mut parents = Vec::with_capacity(rows.len());
    for raw in &rows {
        let parent = match raw.parent {
            None => None,
            Some(p) if p == raw.code => {
                return Err(ClassifierError::Cycle {
                    row: raw.row,
                    code: raw.code.to_owned(),
                });
            }
            Some(p) => match first_row.get(p) {
                Some(&i) => Some(i),
                None => {
                    return Err(ClassifierError::UnknownParent {
                        row: raw.row,
                        code: raw.code.to_owned(),
                        parent: p.to_owned(),
                    });
                }
            },
        };
        parents.push(parent);
    }
    let (levels, level_of) = assign_levels(&rows, &parents, spec)?;
    let entries: Vec<Entry> = rows
        .iter()
        .zip(level_of)
        .map(|(raw, level)| Entry {
            code: raw.code.to_owned(),
            level,
            parent: raw.parent.map(str::to_owned),
            is_group: raw.is_group,
            name: raw.name.clone(),
        })
        .collect();
    let row_of = |i: usize| rows.get(i).map_or(i, |r| r.row);
    let classifier = Classifier::build(spec.info.clone(), levels, entries, &row_of)?;
    with_known_aliases(classifier)
}

fn read_rows<'a>(table: &'a Table, spec: &ImportSpec) -> Result<Vec<RawRow<'a>>, ClassifierError> {
    let mut rows = Vec::with_capacity(table.rows());
    for (r, row) in table.iter_rows().enumerate() {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |c: usize| row.get(c).unwrap_or("").trim();
        let optional = |c: Option<usize>| c.map(cell).filter(|v| !v.is_empty());
        let code = cell(spec.code_column);
        if code.is_empty() {
            return Err(ClassifierError::EmptyCode { row: r });
        }
        let is_group = match optional(spec.group_column) {
            None => false,
            Some(flag) => parse_flag(flag).ok_or_else(|| ClassifierError::InvalidGroupFlag {
                row: r,
                code: code.to_owned(),
                value: flag.to_owned(),
            })?,
        };
        let mut name = LangText::default();
        for lang in Lang::ALL {
            if let Some(text) = optional(spec.names.get(lang)) {
                name.set(lang, text);
            }
        }
        rows.push(RawRow {
            row: r,
            code,
            parent: optional(spec.parent_column),
            level: spec.level_column.map(cell),
            is_group,
            name,
        });
    }
    Ok(rows)
}

fn parse_flag(value: &str) -> Option<bool> {
    let lower = value.to_lowercase();
    match lower.as_str() {
        "1" | "true" | "yes" | "y" | "x" | "+" | "ha" | "да" | "ҳа" => Some(true),
        "0" | "false" | "no" | "n" | "-" | "yo'q" | "yoʻq" | "yo‘q" | "нет" | "йўқ" => {
            Some(false)
        }
        _ => None,
    }
}

/// The levels and each row's level index.
fn assign_levels(
    rows: &[RawRow<'_>],
    parents: &[Option<usize>],
    spec: &ImportSpec,
) -> Result<(Vec<Level>, Vec<usize>), ClassifierError> {
    let unknown = |raw: &RawRow<'_>, level: String| ClassifierError::UnknownLevel {
        row: raw.row,
        code: raw.code.to_owned(),
        level,
    };
    let mut levels = spec.levels.clone();
    let mut level_of = Vec::with_capacity(rows.len());
    if spec.level_column.is_some() {
        for raw in rows {
            let value = raw.level.unwrap_or("");
            if value.is_empty() {
                return Err(unknown(raw, String::new()));
            }
            let found = levels
                .iter()
                .position(|l| l.id == value)
                .or_else(|| levels.iter().position(|l| l.id.eq_ignore_ascii_case(value)));
            let index = match found {
                Some(i) => i,
                None if spec.levels.is_empty() => {
                    levels.push(Level::new(value, same_in_all(value)));
                    levels.len() - 1
                }
                None => match value.parse::<usize>() {
                    Ok(n) if (1..=levels.len()).contains(&n) => n - 1,
                    _ => return Err(unknown(raw, value.to_owned())),
                },
            };
            level_of.push(index);
        }
    } else {
        let depths = depths(rows, parents)?;
        let deepest = depths.iter().copied().max().unwrap_or(0);
        if levels.is_empty() {
            levels = (1..=deepest + 1)
                .map(|n| Level::new(&n.to_string(), same_in_all(&n.to_string())))
                .collect();
        }
        for (raw, depth) in rows.iter().zip(depths) {
            if depth >= levels.len() {
                return Err(unknown(raw, (depth + 1).to_string()));
            }
            level_of.push(depth);
        }
    }
    Ok((levels, level_of))
}

fn same_in_all(text: &str) -> LangText {
    LangText::new(text, text, text, text)
}

/// Each row's distance from its root; a loop in the parents is an error.
fn depths(rows: &[RawRow<'_>], parents: &[Option<usize>]) -> Result<Vec<usize>, ClassifierError> {
    const UNKNOWN: usize = usize::MAX;
    let mut depth = vec![UNKNOWN; rows.len()];
    let mut path = Vec::new();
    for start in 0..rows.len() {
        let mut at = start;
        path.clear();
        // Climb until a root or a row whose depth is known.
        let base = loop {
            if depth[at] != UNKNOWN {
                break depth[at] + 1;
            }
            path.push(at);
            if path.len() > rows.len() {
                return Err(ClassifierError::Cycle {
                    row: rows[start].row,
                    code: rows[start].code.to_owned(),
                });
            }
            match parents[at] {
                Some(p) => at = p,
                None => break 0,
            }
        };
        for (k, &i) in path.iter().rev().enumerate() {
            depth[i] = base + k;
        }
    }
    Ok(depth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::classifier::tests::info;

    fn spec() -> ImportSpec {
        ImportSpec {
            info: info("oked", "2024"),
            code_column: 0,
            parent_column: Some(1),
            names: LangColumns {
                uz_latn: Some(2),
                ru: Some(3),
                ..LangColumns::default()
            },
            ..ImportSpec::default()
        }
    }

    fn table(rows: &[&[&str]]) -> Table {
        let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
        Table::from_rows(&["kod", "ota", "nomi", "название"], &rows)
    }

    #[test]
    fn imports_a_hierarchy_with_trimmed_values_and_depth_levels() {
        let t = table(&[
            &[" A ", "", "Qishloq xo'jaligi ", " Сельское хозяйство"],
            &["01", "A", "O'simlikchilik", "Растениеводство"],
            &["", "", "", ""],
            &["01.1", "01", "Bir yillik ekinlar", "Однолетние культуры"],
            &[
                "B",
                "",
                "Tog'-kon sanoati",
                "Горнодобывающая промышленность",
            ],
        ]);
        let c = import_table(&t, &spec()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.id(), "oked");
        assert_eq!(c.version(), "2024");
        assert_eq!(c.len(), 4);
        assert_eq!(
            c.get("A").map(|e| e.name.clone()),
            Some(LangText::new(
                "Qishloq xo'jaligi",
                "",
                "Сельское хозяйство",
                ""
            ))
        );
        let levels: Vec<_> = c.levels().iter().map(|l| l.id.as_str()).collect();
        assert_eq!(levels, ["1", "2", "3"]);
        assert!(c.contains_at_level("01.1", "3"));
        assert!(c.is_within("01.1", "A"));
        assert!(!c.is_within("01.1", "B"));
        assert!(c.aliases().is_empty());
    }

    #[test]
    fn a_duplicate_code_names_both_rows() {
        let t = table(&[
            &["A", "", "x", ""],
            &["B", "", "y", ""],
            &[" A", "", "z", ""],
        ]);
        match import_table(&t, &spec()) {
            Err(ClassifierError::DuplicateCode { row, code, first }) => {
                assert_eq!((row, code.as_str(), first), (2, "A", 0));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn row_problems_are_reported_with_their_row() {
        let empty = table(&[&["A", "", "x", ""], &[" ", "A", "y", ""]]);
        assert!(matches!(
            import_table(&empty, &spec()),
            Err(ClassifierError::EmptyCode { row: 1 })
        ));
        let orphan = table(&[&["A", "", "x", ""], &["A1", "Z", "y", ""]]);
        assert!(matches!(
            import_table(&orphan, &spec()),
            Err(ClassifierError::UnknownParent { row: 1, ref parent, .. }) if parent == "Z"
        ));
        let own = table(&[&["A", "A", "x", ""]]);
        assert!(matches!(
            import_table(&own, &spec()),
            Err(ClassifierError::Cycle { row: 0, .. })
        ));
        let looped = table(&[&["R", "", "", ""], &["A", "B", "", ""], &["B", "A", "", ""]]);
        assert!(matches!(
            import_table(&looped, &spec()),
            Err(ClassifierError::Cycle { row: 1, .. })
        ));
        let blank = table(&[&["", "", "", ""], &["  ", "", "", ""]]);
        assert!(matches!(
            import_table(&blank, &spec()),
            Err(ClassifierError::NoRows)
        ));
        assert!(matches!(
            import_table(&Table::new(vec!["a".into()]), &spec()),
            Err(ClassifierError::NoRows)
        ));
        let wide = ImportSpec {
            level_column: Some(9),
            ..spec()
        };
        assert!(matches!(
            import_table(&table(&[&["A", "", "", ""]]), &wide),
            Err(ClassifierError::NoSuchColumn {
                column: 9,
                width: 4
            })
        ));
        let bad_id = ImportSpec {
            info: info("My List", "1"),
            ..spec()
        };
        assert!(matches!(
            import_table(&table(&[&["A", "", "", ""]]), &bad_id),
            Err(ClassifierError::InvalidId(_))
        ));
    }

    #[test]
    fn level_and_group_columns() {
        let t = Table::from_rows(
            &["code", "level", "parent", "group", "name"],
            &[
                vec!["17", "country", "", "", "O'zbekiston"],
                vec!["1703", "Region", "17", "0", "Andijon viloyati"],
                vec!["1703200", "district", "1703", "x", "Tumanlari"],
                vec!["1703202", "district", "1703", "no", "Oltinko'l tumani"],
            ],
        );
        let soato_like = ImportSpec {
            info: info("soato", "2025-01"),
            code_column: 0,
            level_column: Some(1),
            parent_column: Some(2),
            group_column: Some(3),
            names: LangColumns {
                uz_latn: Some(4),
                ..LangColumns::default()
            },
            levels: crate::core::classifier::bundled::soato_levels(),
        };
        let c = import_table(&t, &soato_like).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.levels().len(), 4);
        assert!(c.contains_at_level("1703", "region"));
        assert_eq!(c.get("1703200").map(|e| e.is_group), Some(true));
        assert_eq!(c.get("1703202").map(|e| e.is_group), Some(false));
        // A newer SOATO edition keeps the "Republic total" alias.
        assert_eq!(c.canonical("1700"), Some("17"));

        // Without given levels, they come from the values in order of appearance.
        let free = ImportSpec {
            info: info("list", "1"),
            levels: Vec::new(),
            ..soato_like.clone()
        };
        let c = import_table(&t, &free).unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<_> = c.levels().iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["country", "Region", "district"]);

        let unknown = Table::from_rows(
            &["code", "level", "parent", "group", "name"],
            &[vec!["17", "planet", "", "", "Earth"]],
        );
        assert!(matches!(
            import_table(&unknown, &soato_like),
            Err(ClassifierError::UnknownLevel { row: 0, ref level, .. }) if level == "planet"
        ));
        let flag = Table::from_rows(
            &["code", "level", "parent", "group", "name"],
            &[vec!["17", "1", "", "maybe", "O'zbekiston"]],
        );
        assert!(matches!(
            import_table(&flag, &soato_like),
            Err(ClassifierError::InvalidGroupFlag { row: 0, .. })
        ));
    }

    #[test]
    fn numbered_levels_and_depth_limits() {
        let t = Table::from_rows(&["code", "level"], &[vec!["A", "1"], vec!["B", "2"]]);
        let numbered = ImportSpec {
            info: info("n", "1"),
            code_column: 0,
            level_column: Some(1),
            levels: vec![
                Level::new("section", LangText::default()),
                Level::new("class", LangText::default()),
            ],
            ..ImportSpec::default()
        };
        let c = import_table(&t, &numbered).unwrap_or_else(|e| panic!("{e}"));
        assert!(c.contains_at_level("B", "class"));

        // Deeper than the given levels allow.
        let t = table(&[&["A", "", "", ""], &["A1", "A", "", ""]]);
        let flat = ImportSpec {
            levels: vec![Level::new("only", LangText::default())],
            ..spec()
        };
        assert!(matches!(
            import_table(&t, &flat),
            Err(ClassifierError::UnknownLevel { row: 1, ref level, .. }) if level == "2"
        ));
    }

    #[test]
    fn the_spec_round_trips_through_json() {
        let s = spec();
        let json = serde_json::to_string(&s).unwrap_or_default();
        let back: ImportSpec = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, s);
    }
}
