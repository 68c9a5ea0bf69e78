//! Chart benchmark: the column cards' charts and the Chart tab's numbers for the generated
//! 12-column ministry package, over a table already in memory (as the window computes them,
//! in jobs after the profile); then the value-jump check before publishing, of that table as
//! the published version against a new version with every 1000th `amount` ten times larger,
//! beside the same check in polars for Python (`benches/peers.py --jumps`, with the Python
//! `OCHIQ_PEERS_PYTHON` names, default `python3`; empty to skip).
//!
//! `cargo bench --bench chart -- [ROWS]` (default 1,000,000). Needs
//! `../shared/bench/gen_dataset.py` (python3) to make the package.

mod common;

use std::path::Path;
use std::time::Instant;

use common::{generate_package, peak_rss_kib};
use ochiq::core::chart::{card_charts, chart_data};
use ochiq::core::classifier::Registry;
use ochiq::core::ingest::{self, OpenOptions};
use ochiq::core::profile::profile_table;
use ochiq::core::progress::NoProgress;
use ochiq::core::publish::jumps::{DEFAULT_FACTOR, value_jumps};
use ochiq::core::schema::Package;
use ochiq::core::table::{ChunkBuilder, Table};

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

    let next = every_thousandth_amount_times_ten(&table);
    let start = Instant::now();
    let jumps = value_jumps(&table, &next, &schema, DEFAULT_FACTOR);
    let jumped = start.elapsed().as_secs_f64();
    println!(
        "ochiq  value jumps, {rows} rows against {rows}: {jumped:.2} s ({} jumps by {}); peak RSS {} MiB",
        jumps.count,
        jumps.key.join(", "),
        peak_rss_kib() / 1024
    );
    drop((table, next));
    peers(dir.path());
}

/// The published `table` with every 1000th `amount` (rows 1000, 2000, …) ten times larger,
/// written with a decimal comma as the generator writes it; an amount that is no number stays.
fn every_thousandth_amount_times_ten(table: &Table) -> Table {
    let amount = table.header().iter().position(|h| h == "amount");
    let mut next = Table::new(table.header().to_vec());
    let mut rows = ChunkBuilder::default();
    for (r, row) in table.iter_rows().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let larger = (Some(c) == amount && (r + 1) % 1000 == 0)
                .then(|| cell.replace(',', ".").parse::<f64>().ok())
                .flatten()
                .map(|x| format!("{:.2}", x * 10.0).replace('.', ","));
            rows.push_cell(larger.as_deref().unwrap_or(cell));
        }
        if let Some(chunk) = rows.end_row() {
            next.append(chunk);
        }
    }
    next.append(rows.finish());
    next
}

/// The same check in polars for Python, when the Python named has it.
fn peers(dir: &Path) {
    let python = std::env::var("OCHIQ_PEERS_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    if python.is_empty() {
        return;
    }
    let peers = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peers.py");
    let status = std::process::Command::new(&python)
        .arg(&peers)
        .arg(dir)
        .arg("polars")
        .arg("--jumps")
        .status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!(
            "{python} {} did not run: no peer to compare",
            peers.display()
        );
    }
}
