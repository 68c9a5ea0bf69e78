//! Chart benchmark: the column cards' charts and the Chart tab's numbers for the generated
//! 12-column ministry package, over a table already in memory (as the window computes them,
//! in jobs after the profile).
//!
//! `cargo bench --bench chart -- [ROWS]` (default 1,000,000). Needs
//! `../shared/bench/gen_dataset.py` (python3) to make the package.

mod common;

use std::time::Instant;

use common::{generate_package, peak_rss_kib};
use ochiq::core::chart::{card_charts, chart_data};
use ochiq::core::classifier::Registry;
use ochiq::core::ingest::{self, OpenOptions};
use ochiq::core::profile::profile_table;
use ochiq::core::progress::NoProgress;
use ochiq::core::schema::Package;

fn main() {
    let rows: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    if !generate_package(dir.path(), rows) {
        return;
    }
    let (_, table) = ingest::read_table(
        &dir.path().join("data.csv"),
        &OpenOptions::default(),
        &NoProgress,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let schema = Package::read(&dir.path().join("datapackage.json"))
        .ok()
        .and_then(|p| p.schema().cloned())
        .unwrap_or_default();
    let registry = Registry::bundled_only();
    let classifiers = schema.bound_classifiers(&registry);
    let kinds: Vec<_> = profile_table(&table, &NoProgress)
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.kind)
        .collect();

    let start = Instant::now();
    let cards = card_charts(&table, &kinds, &NoProgress).unwrap_or_default();
    let carded = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let data = chart_data(&table, &schema, &classifiers, &NoProgress).unwrap_or_default();
    let charted = start.elapsed().as_secs_f64();
    println!(
        "{rows} rows × {} columns: card charts {carded:.2} s ({} charts), Chart tab {charted:.2} s \
         ({} series, {} periods, regions: {}); peak RSS {} MiB",
        table.width(),
        cards.len(),
        data.series.len(),
        data.periods.len(),
        data.has_regions,
        peak_rss_kib() / 1024
    );
}
