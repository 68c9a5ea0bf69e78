//! Helpers that let the tests read like the behaviour they check.

use std::path::{Path, PathBuf};

use ochiq::core::ingest::{self, OpenOptions, SourceInfo};
use ochiq::core::progress::NoProgress;
use ochiq::core::table::Table;

/// A fixture from `tests/fixtures/` (see its README for what each one holds).
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Reads a fixture with detection only, panicking with the error when it cannot be read.
pub fn read(name: &str) -> (SourceInfo, Table) {
    read_with(name, &OpenOptions::default())
}

pub fn read_with(name: &str, options: &OpenOptions) -> (SourceInfo, Table) {
    ingest::read_table(&fixture(name), options, &NoProgress)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The error a fixture gives, panicking if it reads.
pub fn read_error(name: &str) -> ingest::IngestError {
    match ingest::read_table(&fixture(name), &OpenOptions::default(), &NoProgress) {
        Ok((_, t)) => panic!("{name} should not read, but gave {} rows", t.rows()),
        Err(e) => e,
    }
}

pub fn cell(table: &Table, row: usize, col: usize) -> &str {
    table.cell(row, col).unwrap_or("<missing>")
}

/// The English interface, loaded once for all tests.
pub fn english() -> &'static ochiq::i18n::I18n {
    static EN: std::sync::OnceLock<ochiq::i18n::I18n> = std::sync::OnceLock::new();
    EN.get_or_init(|| ochiq::i18n::I18n::new(ochiq::core::lang::Lang::En))
}

/// A dataset folder of a workspace under `root` (`workspace/datasets/NAME`) holding the data
/// file `file` and the package `package`; gives the folder.
pub fn dataset(root: &Path, name: &str, file: &str, data: &str, package: &str) -> PathBuf {
    let ds = root.join("workspace/datasets").join(name);
    let done = std::fs::create_dir_all(&ds)
        .and_then(|()| std::fs::write(ds.join(file), data))
        .and_then(|()| std::fs::write(ds.join("datapackage.json"), package));
    done.unwrap_or_else(|e| panic!("{}: {e}", ds.display()));
    ds
}
