//! Workbook benchmark: a generated XLSX sheet (default 200,000 rows × 10 columns) read by
//! Ochiq — time to the first rows, to fully loaded, end-to-end validation with and without a
//! schema, and the peak memory of each — and, in the same run, by polars' `read_excel`
//! through fastexcel (calamine underneath) when a Python with both is found.
//!
//! `cargo bench --bench workbook -- [ROWS] [FILE]`
//!
//! The Python is `$OCHIQ_BENCH_PYTHON`, else `python3`; without polars and fastexcel its
//! figures are skipped.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use common::{Timed, peak_rss_kib, timed_load};
use ochiq::core::classifier::Registry;
use ochiq::core::progress::NoProgress;
use ochiq::core::schema::infer::infer_schema;
use ochiq::core::schema::{Package, Resource};
use ochiq::core::validate::DEFAULT_LIMIT;
use ochiq::core::workflow::check::validate_file;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let rows: u32 = args.first().and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
    let file = match args.get(1) {
        Some(f) => PathBuf::from(f),
        None => {
            let t = Instant::now();
            let file = generate(dir.path(), rows);
            println!(
                "generated {} rows in {:.2} s",
                rows,
                t.elapsed().as_secs_f64()
            );
            file
        }
    };
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    println!("file: {} ({:.1} MB)", file.display(), size as f64 / 1e6);

    // Each phase's peak memory is measured from a reset high-water mark.
    reset_peak();
    let base = peak_rss_kib();
    let Timed {
        table,
        first_rows,
        loaded,
        ..
    } = timed_load(&file);
    let load_peak = peak_rss_kib();
    println!(
        "ochiq read:      first rows {:>7.3} s, loaded {:>6.2} s, {} rows × {} columns, peak {} MB (table {} MB)",
        first_rows.as_secs_f64(),
        loaded.as_secs_f64(),
        table.rows(),
        table.width(),
        load_peak / 1024,
        table.heap_bytes() / (1 << 20),
    );

    // A package whose schema is inferred from the table, to validate against it.
    let package_path = dir.path().join("datapackage.json");
    let package = Package {
        resources: vec![Resource {
            name: "data".into(),
            path: file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            schema: infer_schema(&table),
            ..Resource::default()
        }],
        ..Package::default()
    };
    package
        .write(&package_path)
        .unwrap_or_else(|e| panic!("package: {e}"));
    drop(table);
    let registry = Registry::bundled_only();

    for (label, schema) in [
        ("validate --schema", Some(package_path.as_path())),
        ("validate (infers)", None),
    ] {
        reset_peak();
        let before = peak_rss_kib();
        let t = Instant::now();
        let report = validate_file(&file, schema, &registry, DEFAULT_LIMIT, &NoProgress)
            .unwrap_or_else(|e| panic!("validate: {e}"));
        println!(
            "ochiq {label}: {:>6.2} s, {} rows, peak {} MB (resident before {} MB)",
            t.elapsed().as_secs_f64(),
            report.rows,
            peak_rss_kib() / 1024,
            before / 1024,
        );
    }
    let _ = base;

    match polars(&file) {
        Some(line) => println!("polars + fastexcel: {line}"),
        None => println!("polars + fastexcel: not found (set OCHIQ_BENCH_PYTHON)"),
    }
}

/// Sets the process's peak resident memory back to what it holds now (Linux).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Times polars' `read_excel` (calamine engine) in a Python that has polars and fastexcel.
fn polars(file: &Path) -> Option<String> {
    let python = std::env::var("OCHIQ_BENCH_PYTHON").unwrap_or_else(|_| "python3".into());
    let has = Command::new(&python)
        .args(["-c", "import polars, fastexcel"])
        .status()
        .ok()?
        .success();
    if !has {
        return None;
    }
    let script = "import sys, time, resource, polars as pl\n\
        t = time.perf_counter()\n\
        df = pl.read_excel(sys.argv[1], engine='calamine')\n\
        took = time.perf_counter() - t\n\
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024\n\
        print(f'loaded {took:6.2f} s, {df.height} rows × {df.width} columns, peak {peak} MB (Python with polars loaded)')\n";
    let out = Command::new(&python)
        .args(["-c", script])
        .arg(file)
        .output()
        .ok()?;
    if !out.status.success() {
        return Some(format!(
            "failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// A ministry-style sheet: codes, names from a short list, counts, sums, dates as text,
/// notes unique to each row.
fn generate(dir: &Path, rows: u32) -> PathBuf {
    use rust_xlsxwriter::Workbook;
    let path = dir.join("workbook.xlsx");
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let header = [
        "Kod", "Hudud", "Soni", "Summa", "Sana", "Izoh", "Toifa", "Belgi", "Hajm", "Oxir",
    ];
    let regions = [
        "Andijon viloyati",
        "Buxoro viloyati",
        "Fargʻona viloyati",
        "Jizzax viloyati",
        "Namangan viloyati",
        "Navoiy viloyati",
        "Qashqadaryo viloyati",
        "Samarqand viloyati",
        "Sirdaryo viloyati",
        "Toshkent shahri",
    ];
    let ok = |r: Result<&mut rust_xlsxwriter::Worksheet, rust_xlsxwriter::XlsxError>| {
        if let Err(e) = r {
            panic!("writing the workbook: {e}");
        }
    };
    for (c, label) in header.iter().enumerate() {
        ok(ws.write_string(0, c as u16, *label));
    }
    for r in 1..=rows {
        let n = f64::from(r);
        ok(ws.write_number(r, 0, 1_703_000.0 + n));
        ok(ws.write_string(r, 1, regions[r as usize % regions.len()]));
        ok(ws.write_number(r, 2, f64::from(r % 1000)));
        ok(ws.write_number(r, 3, n * 1.25));
        ok(ws.write_string(r, 4, format!("{:02}.{:02}.2026", r % 28 + 1, r % 12 + 1)));
        ok(ws.write_string(r, 5, format!("izoh matni {r}")));
        ok(ws.write_number(r, 6, f64::from(r % 7)));
        ok(ws.write_string(r, 7, "x"));
        ok(ws.write_number(r, 8, n * 3.0));
        ok(ws.write_string(r, 9, "oxir"));
    }
    book.save(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}
