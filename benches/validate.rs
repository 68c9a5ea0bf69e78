//! Validation benchmark: rows per second for the generated 12-column ministry package (types,
//! formats, constraints, primary key, SOATO foreign key), end to end from the file, and over a
//! table already in memory (as the GUI validates); peak memory.
//!
//! `cargo bench --bench validate -- [ROWS]` (default 1,000,000). Needs
//! `../shared/bench/gen_dataset.py` (python3) to make the package.

mod common;

use std::time::Instant;

use common::{generate_package, peak_rss_kib};
use ochiq::core::classifier::Registry;
use ochiq::core::ingest::{self, OpenOptions};
use ochiq::core::progress::NoProgress;
use ochiq::core::schema::Package;
use ochiq::core::validate::{DEFAULT_LIMIT, Validator};

fn main() {
    let rows: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    if !generate_package(dir.path(), rows) {
        return;
    }
    let package = dir.path().join("datapackage.json");
    let data = dir.path().join("data.csv");
    let size = std::fs::metadata(&data).map(|m| m.len()).unwrap_or(1);
    let registry = Registry::bundled_only();

    let start = Instant::now();
    let report = ochiq::core::workflow::check::validate_package(
        &package,
        &registry,
        DEFAULT_LIMIT,
        &NoProgress,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let streamed = start.elapsed().as_secs_f64();
    let rss_streamed = peak_rss_kib();

    let (_, table) = ingest::read_table(&data, &OpenOptions::default(), &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    let schema = Package::read(&package)
        .ok()
        .and_then(|p| p.schema().cloned())
        .unwrap_or_default();
    let start = Instant::now();
    let mut validator = Validator::new(&schema, &|_| None, DEFAULT_LIMIT);
    validator.table(&table, 2);
    let in_memory = start.elapsed().as_secs_f64();
    let memory_report = validator.finish();

    println!(
        "rows             {rows} (file {:.1} MB)",
        size as f64 / 1_048_576.0
    );
    println!(
        "file, end to end {streamed:.2} s = {:.0} rows/s (read + check, two threads)",
        rows as f64 / streamed
    );
    println!(
        "loaded table     {in_memory:.2} s = {:.0} rows/s (check only, no foreign key)",
        rows as f64 / in_memory
    );
    println!(
        "peak RSS         {:.1} MB after the streamed run = {:.2}x the file",
        rss_streamed as f64 / 1024.0,
        rss_streamed as f64 * 1024.0 / size as f64
    );
    let counts: Vec<String> = report
        .counts
        .iter()
        .map(|(c, n)| format!("{}={n}", c.as_str()))
        .collect();
    println!("error counts     {}", counts.join(" "));
    println!("(in memory: {} errors)", memory_report.errors());
}
