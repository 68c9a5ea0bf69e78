//! Analysis benchmark: the column profile and the sums a totals check needs, at 1,000,000
//! rows of the generated 12-column ministry package, beside what a user would otherwise run
//! (polars for Python and DuckDB, through `benches/peers.py`, when Python has them).
//!
//! `cargo bench --bench profile -- [ROWS] [DIR]` (default 1,000,000 rows). DIR is a folder
//! made by `../shared/bench/gen_dataset.py` (it is made in a temporary folder when not given).
//! `OCHIQ_PEERS_PYTHON` names the Python to run the peers with (default `python3`); set it
//! to an empty value to skip them.

mod common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use common::{Timed, generate_package, peak_rss_kib, timed_load};
use ochiq::core::frame::{sum_by, typed_frame};
use ochiq::core::profile::profile_table;
use ochiq::core::progress::NoProgress;
use ochiq::core::schema::Package;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let rows: usize = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let temp = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
    let dir = match args.get(1) {
        Some(d) => PathBuf::from(d),
        None => {
            if !generate_package(temp.path(), rows) {
                return;
            }
            temp.path().to_path_buf()
        }
    };
    let data = dir.join("data.csv");
    let schema = Package::read(&dir.join("datapackage.json"))
        .ok()
        .and_then(|p| p.schema().cloned())
        .unwrap_or_else(|| panic!("no schema in {}", dir.display()));

    let Timed { table, loaded, .. } = timed_load(&data);
    let rss_loaded = peak_rss_kib();

    let t = Instant::now();
    let profile = profile_table(&table, &NoProgress).unwrap_or_default();
    let profiled = t.elapsed().as_secs_f64();
    let rss_profiled = peak_rss_kib();
    println!(
        "ochiq  {} rows x {} columns, read in {loaded:.2?}, peak RSS {:.0} MB after reading",
        table.rows(),
        table.width(),
        rss_loaded as f64 / 1024.0
    );
    println!(
        "ochiq  column profile            {profiled:.3} s ({} columns; peak RSS {:.0} MB)",
        profile.len(),
        rss_profiled as f64 / 1024.0
    );

    let t = Instant::now();
    let typed = typed_frame(&table, &schema, &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("cancelled"));
    let framed = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let amounts =
        sum_by(&typed.frame, &["soato", "report_date"], "amount").unwrap_or_else(|e| panic!("{e}"));
    let counts =
        sum_by(&typed.frame, &["soato", "report_date"], "count").unwrap_or_else(|e| panic!("{e}"));
    let summed = t.elapsed().as_secs_f64();
    let rss_framed = peak_rss_kib();
    let amount_total: f64 = amounts
        .column("amount")
        .ok()
        .and_then(|c| c.f64().ok().map(|ca| ca.iter().flatten().sum()))
        .unwrap_or(0.0);

    println!(
        "ochiq  typed frame               {framed:.3} s ({} cells not of their type)",
        typed.misfit_count()
    );
    println!(
        "ochiq  sums by code and period   {summed:.3} s ({} groups; amount total {amount_total:.2}; {} count groups; peak RSS {:.0} MB)",
        amounts.height(),
        counts.height(),
        rss_framed as f64 / 1024.0
    );

    let python = std::env::var("OCHIQ_PEERS_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    if python.is_empty() {
        return;
    }
    let peers = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peers.py");
    let status = std::process::Command::new(&python)
        .arg(&peers)
        .arg(&dir)
        .status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!(
            "{python} {} did not run: no peers to compare",
            peers.display()
        );
    }
}
