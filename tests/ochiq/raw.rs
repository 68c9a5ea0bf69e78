//! A raw file (no schema yet) checked against a schema inferred from itself, as frictionless
//! checks one: its labels are its own, cells past the header are extra cells, and inference
//! never picks a type its own values fail. Each fixture is written here from its text; the
//! counts beside it are what `frictionless validate` (frictionless-py 5.21, default options)
//! reports for the same bytes, so these tests need no Python.

use ochiq::core::classifier::Registry;
use ochiq::core::progress::NoProgress;
use ochiq::core::validate::{Code, DEFAULT_LIMIT, Report};
use ochiq::core::workflow::check::validate_file;

/// Validates `text` written as `name` in a folder of its own (no datapackage.json beside it).
fn check(name: &str, text: &str) -> Report {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let registry = Registry::bundled_only();
    validate_file(&path, None, &registry, DEFAULT_LIMIT, &NoProgress)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The counts frictionless reports, in this order: blank-label, duplicate-label, blank-row,
/// extra-cell, missing-cell, type-error.
type Expected = [u64; 6];

fn assert_counts(name: &str, text: &str, frictionless: Expected) {
    let r = check(name, text);
    let ours = [
        r.count(Code::BlankLabel),
        r.count(Code::DuplicateLabel),
        r.count(Code::BlankRow),
        r.count(Code::ExtraCell),
        r.count(Code::MissingCell),
        r.count(Code::TypeError),
    ];
    assert_eq!(ours, frictionless, "{name}: {:?}", r.counts);
    // Never against its own header, and never a guessed constraint.
    for code in [
        Code::IncorrectLabel,
        Code::MissingLabel,
        Code::ExtraLabel,
        Code::ConstraintError,
    ] {
        assert_eq!(r.count(code), 0, "{name}: {code:?} in {:?}", r.counts);
    }
}

#[test]
fn rows_longer_than_the_header_have_extra_cells_and_shorter_ones_missing_cells() {
    let text = "id,name,city\n1,a,x,extra1,extra2\n2,b\n3,c,z\n";
    // One extra-cell per cell past the header, not per row.
    assert_counts("ragged.csv", text, [0, 0, 0, 2, 1, 0]);
}

#[test]
fn a_repeated_label_is_a_duplicate_label_only() {
    assert_counts(
        "dup.csv",
        "id,name,name\n1,a,b\n2,c,d\n",
        [0, 1, 0, 0, 0, 0],
    );
}

#[test]
fn a_blank_label_is_a_blank_label_only() {
    assert_counts("blank.csv", "id,,name\n1,x,a\n2,y,b\n", [1, 0, 0, 0, 0, 0]);
}

#[test]
fn padded_labels_are_the_files_own() {
    assert_counts("padded.csv", " cid,name \n1,a\n2,b\n", [0, 0, 0, 0, 0, 0]);
}

#[test]
fn padded_numbers_are_read_as_the_numbers_inference_saw() {
    assert_counts("n.csv", "n,name\n 1,a\n2 ,b\n 3 ,c\n", [0, 0, 0, 0, 0, 0]);
}

#[test]
fn empty_lines_and_rows_of_empty_cells_are_blank_rows() {
    // ",," and ",,," (wider than the header) rows, an empty line, a trailing empty line.
    let text = "a,b,c\n1,2,3\n,,\n\n4,5,6\n,,,\n7,8,9\n\n";
    assert_counts("blank_rows.csv", text, [0, 0, 4, 0, 0, 0]);
}

#[test]
fn empty_lines_count_in_files_that_mix_line_endings() {
    let text = "a,b\r\n1,2\r\n\r\n3,4\n5,6\n\n\n";
    assert_counts("endings.csv", text, [0, 0, 3, 0, 0, 0]);
    let r = check("endings.csv", text);
    let rows: Vec<Option<u64>> = r.findings.iter().map(|f| f.row).collect();
    assert_eq!(rows, [Some(3), Some(6), Some(7)], "the file's line numbers");
}

#[test]
fn codes_whose_lengths_vary_are_not_held_to_a_guessed_pattern() {
    let text = "code,name\n001,a\n0123,b\n00105,c\n1,d\n";
    assert_counts("codes.csv", text, [0, 0, 0, 0, 0, 0]);
}

#[test]
fn a_column_of_integers_with_one_text_value_reports_that_value() {
    let mut text = String::from("n\n");
    for i in 0..100 {
        text.push_str(&format!("{i}\n"));
    }
    text.push_str("n/a\n");
    assert_counts("ints.csv", &text, [0, 0, 0, 0, 0, 1]);
}

#[test]
fn a_file_without_a_header_is_as_wide_as_its_first_row() {
    let text = "1,english\n2,german\n3,french,extra\n";
    assert_counts("headerless.csv", text, [0, 0, 0, 1, 0, 0]);
}

#[test]
fn one_long_row_at_the_end_does_not_hide_the_header() {
    let text = "id,name,age\n1101,John,30\n1102,Julie,26\n,,\n1,2,3,4,5,6\n";
    assert_counts("long_last.csv", text, [0, 0, 1, 3, 0, 0]);
}

/// Never crying wolf on totals: no real portal file under `/work/shared/reference`, checked
/// against a schema inferred from itself, has a total that is not the sum of its parts or a
/// total given twice (skipped when the folder is not here).
#[test]
fn no_real_portal_file_has_a_total_found_wrong() {
    let reference = std::path::Path::new("/work/shared/reference");
    if !reference.is_dir() {
        eprintln!("skipped: {} is not here", reference.display());
        return;
    }
    let mut dirs = vec![reference.to_owned()];
    let mut checked = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let data = path.extension().is_some_and(|e| {
                ["csv", "json", "xlsx", "xls", "tsv"].contains(&e.to_string_lossy().as_ref())
            });
            if !data {
                continue;
            }
            let registry = Registry::bundled_only();
            let Ok(r) = validate_file(&path, None, &registry, DEFAULT_LIMIT, &NoProgress) else {
                continue;
            };
            checked += 1;
            for code in [Code::TotalMismatch, Code::TotalRepeated] {
                assert_eq!(r.count(code), 0, "{}: {:?}", path.display(), r.findings);
            }
        }
    }
    assert!(
        checked > 0,
        "no file under {} was checked",
        reference.display()
    );
}
