//! Load benchmark: time to the first rows, time to fully loaded, and peak memory for a large
//! ministry-style CSV (default 1,000,000 rows).
//!
//! `cargo bench --bench load -- [ROWS] [FILE]`
//!
//! Without FILE it writes one to a temporary folder: with `../shared/bench/gen_dataset.py`
//! when that exists (the shared realistic generator), else with a generator of its own.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use common::{Timed, peak_rss_kib, timed_load};
use ochiq::core::profile::profile_table;
use ochiq::core::progress::NoProgress;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let rows: usize = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
    let file = match args.get(1) {
        Some(f) => PathBuf::from(f),
        None => generate(dir.path(), rows),
    };
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let rss_before = peak_rss_kib();

    let Timed {
        info,
        table,
        first_rows,
        loaded,
    } = timed_load(&file);
    let rss_loaded = peak_rss_kib();

    let t = Instant::now();
    let mut touched = 0usize;
    let step = (table.rows() / 100_000).max(1);
    for r in (0..table.rows()).step_by(step) {
        touched += table.row(r).map_or(0, |row| row.len());
    }
    let lookups = table.rows().div_ceil(step);
    let per_lookup = t.elapsed().as_nanos() as f64 / lookups as f64;

    let t = Instant::now();
    let profile = profile_table(&table, &NoProgress).unwrap_or_default();
    let profiled = t.elapsed();
    let rss_profiled = peak_rss_kib();

    let mb = |b: u64| b as f64 / 1_048_576.0;
    println!(
        "file            {} ({:.1} MB, {:?})",
        file.display(),
        mb(size),
        info.encoding
    );
    println!("rows x columns  {} x {}", table.rows(), table.width());
    println!(
        "first rows      {:.1} ms ({} rows on screen at once)",
        first_rows.as_secs_f64() * 1e3,
        ochiq::core::table::FIRST_CHUNK_ROWS
    );
    println!(
        "fully loaded    {:.2} s ({:.0} rows/s, {:.0} MB/s)",
        loaded.as_secs_f64(),
        table.rows() as f64 / loaded.as_secs_f64(),
        mb(size) / loaded.as_secs_f64()
    );
    println!("row lookup      {per_lookup:.0} ns ({lookups} random rows, {touched} cells)");
    println!(
        "column profile  {:.2} s ({} columns)",
        profiled.as_secs_f64(),
        profile.len()
    );
    println!(
        "memory          table {:.1} MB = {:.2}x the file; peak RSS {:.1} MB before, {:.1} MB loaded ({:.2}x the file), {:.1} MB after profiling",
        mb(table.heap_bytes() as u64),
        table.heap_bytes() as f64 / size.max(1) as f64,
        rss_before as f64 / 1024.0,
        rss_loaded as f64 / 1024.0,
        rss_loaded as f64 * 1024.0 / size.max(1) as f64,
        rss_profiled as f64 / 1024.0,
    );
}

fn generate(dir: &Path, rows: usize) -> PathBuf {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_dataset.py");
    if shared.exists() {
        let status = std::process::Command::new("python3")
            .arg(&shared)
            .arg(dir)
            .arg(rows.to_string())
            .stdout(std::process::Stdio::null())
            .status();
        if status.is_ok_and(|s| s.success()) {
            return dir.join("data.csv");
        }
        eprintln!("gen_dataset.py failed; using the built-in generator");
    }
    let path = dir.join("data.csv");
    let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut out = std::io::BufWriter::new(file);
    let districts = [
        ("1703202", "Oltinkoʻl tumani"),
        ("1726262", "Яккасарой тумани"),
        ("1710401", "Qarshi shahri"),
        ("1733217", "Хива тумани"),
    ];
    let _ = writeln!(
        out,
        "id;soato;hudud;tashkilot;inn;oked;sana;summa;soni;ulush;telefon;izoh"
    );
    for i in 0..rows {
        let (code, name) = districts[i % districts.len()];
        let _ = writeln!(
            out,
            "{i};{code};{name};\"Maktabgacha taʼlim tashkiloti №{}\";{};{}.{}.0;{:02}.{:02}.20{};{} {:03},{:02};{};0,{};+998 90 {:03} {:02} {:02};{}",
            i % 997,
            300_000_000 + i % 99_999_999,
            10 + i % 90,
            i % 10,
            1 + i % 28,
            1 + i % 12,
            20 + i % 7,
            i % 9_000,
            i % 1000,
            i % 100,
            i % 5000,
            i % 100,
            i % 1000,
            i % 100,
            i % 100,
            if i % 10 == 0 { "qayta tekshirildi" } else { "" }
        );
    }
    path
}
