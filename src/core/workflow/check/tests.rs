use std::path::Path;

use super::*;
use crate::core::classifier::tests::{entry, info};
use crate::core::classifier::{Classifier, Level};
use crate::core::lang::LangText;
use crate::core::progress::NoProgress;
use crate::core::schema::{Field, FieldType, ForeignKey};
use crate::core::validate::Code;

/// An edition of the `units` code list with the given codes.
fn units(version: &str, codes: &[&str]) -> Classifier {
    Classifier::new(
        info("units", version),
        vec![Level::new("item", LangText::default())],
        codes.iter().map(|c| entry(c, 0, None, c)).collect(),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// A workspace registry holding the 2024 edition of `units` (with code 9) and the newer 2025
/// edition, which dropped code 9.
fn registry_with_two_editions(root: &Path) -> Registry {
    let mut registry = Registry::load(root).unwrap_or_else(|e| panic!("{e}"));
    for classifier in [units("2024", &["1", "9"]), units("2025", &["1", "2"])] {
        registry
            .save_imported(root, classifier)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    registry
}

/// A one-resource package whose `unit` field is bound to `units` at `version`.
fn package_pinned_to(version: &str) -> Package {
    let mut unit = Field::new("unit", FieldType::String);
    unit.classifier = Some(Binding {
        classifier: "units".into(),
        version: Some(version.into()),
        level: None,
    });
    let mut package = Package::default();
    package.resources.push(Resource {
        name: "data".into(),
        path: "data.csv".into(),
        schema: TableSchema {
            fields: vec![unit],
            ..TableSchema::default()
        },
        ..Resource::default()
    });
    package
}

/// The window's check of `table` as loaded, as the dataset in `dir` described by `package`.
fn check_in_window(
    table: &Table,
    package: &Package,
    dir: &Path,
    registry: &Registry,
) -> Result<Option<TableCheck>, ValidateError> {
    check_loaded(
        Loaded {
            table,
            source: None,
        },
        Some(Dataset { package, dir }),
        registry,
        &NoProgress,
    )
}

fn codes(report: &Report) -> Vec<(Code, u64)> {
    report.counts.iter().map(|(c, n)| (*c, *n)).collect()
}

#[test]
fn the_window_checks_a_schema_pinned_to_an_older_classifier_against_that_edition() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let registry = registry_with_two_editions(dir.path());
    let package = package_pinned_to("2024");
    // Code 9 is in the pinned 2024 edition and not in the latest one.
    let table = Table::from_rows(&["unit"], &[vec!["1"], vec!["9"]]);
    let checked = check_in_window(&table, &package, dir.path(), &registry)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("not cancelled"));
    assert!(checked.report.is_valid(), "{:?}", codes(&checked.report));

    // The command line, given the same file and package, agrees.
    std::fs::write(dir.path().join("data.csv"), "unit\n1\n9\n").unwrap_or_else(|e| panic!("{e}"));
    let package_path = dir.path().join(PACKAGE_FILE);
    package
        .write(&package_path)
        .unwrap_or_else(|e| panic!("{e}"));
    let cli = validate_package(&package_path, &registry, DEFAULT_LIMIT, &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(cli.is_valid(), "{:?}", codes(&cli));

    // Pinned to the latest edition, the same code is an error in both.
    let latest = package_pinned_to("2025");
    let checked = check_in_window(&table, &latest, dir.path(), &registry)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("not cancelled"));
    assert_eq!(checked.report.count(Code::ForeignKey), 1);
    assert_eq!(checked.report.errors(), 1);
}

#[test]
fn the_window_reports_a_foreign_key_resource_it_cannot_read_as_the_command_line_does() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let registry = Registry::bundled_only();
    let mut package = package_pinned_to("2025");
    let resource = &mut package.resources[0];
    resource.schema.fields[0].classifier = None;
    resource.schema.foreign_keys.push(
        serde_json::from_value::<ForeignKey>(serde_json::json!({
            "fields": ["unit"],
            "reference": {"resource": "units", "fields": ["code"]}
        }))
        .unwrap_or_else(|e| panic!("{e}")),
    );
    // The referenced resource is described, but its file is not there.
    package.resources.push(Resource {
        name: "units".into(),
        path: "units.csv".into(),
        ..Resource::default()
    });
    let table = Table::from_rows(&["unit"], &[vec!["1"]]);
    let window = check_in_window(&table, &package, dir.path(), &registry);
    assert!(
        matches!(window, Err(ValidateError::Ingest(IngestError::Io(ref e))) if e.path.ends_with("units.csv")),
        "{window:?}"
    );

    std::fs::write(dir.path().join("data.csv"), "unit\n1\n").unwrap_or_else(|e| panic!("{e}"));
    let package_path = dir.path().join(PACKAGE_FILE);
    package
        .write(&package_path)
        .unwrap_or_else(|e| panic!("{e}"));
    let cli = validate_package(&package_path, &registry, DEFAULT_LIMIT, &NoProgress);
    assert!(
        matches!(cli, Err(ValidateError::Ingest(IngestError::Io(ref e))) if e.path.ends_with("units.csv")),
        "{cli:?}"
    );
}

#[test]
fn a_table_that_is_no_dataset_yet_is_checked_against_its_own_labels() {
    let registry = Registry::bundled_only();
    let table = Table::from_rows(&["id", "id", ""], &[vec!["1", "2", "3"]]);
    let checked = check_loaded(
        Loaded {
            table: &table,
            source: None,
        },
        None,
        &registry,
        &NoProgress,
    )
    .unwrap_or_else(|e| panic!("{e}"))
    .unwrap_or_else(|| panic!("not cancelled"));
    assert_eq!(
        codes(&checked.report),
        [(Code::BlankLabel, 1), (Code::DuplicateLabel, 1)]
    );
    assert_eq!(checked.schema.fields.len(), 3);
}
