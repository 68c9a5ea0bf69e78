//! What the benchmarks share.

use std::path::Path;
use std::time::{Duration, Instant};

use ochiq::core::ingest::{self, LoadEvent, OpenOptions, SourceInfo};
use ochiq::core::progress::NoProgress;
use ochiq::core::table::Table;

/// A file read as the window reads it, timed: what was read, the table, the time to the
/// first rows and the time to fully loaded. (Each bench compiles this module on its own, and
/// the validate bench reads no file this way.)
#[allow(dead_code)]
pub struct Timed {
    pub info: SourceInfo,
    pub table: Table,
    pub first_rows: Duration,
    pub loaded: Duration,
}

#[allow(dead_code)]
pub fn timed_load(file: &Path) -> Timed {
    let start = Instant::now();
    let mut first_rows: Option<Duration> = None;
    let mut table = Table::default();
    let info = ingest::load(
        file,
        &OpenOptions::default(),
        &NoProgress,
        &mut |event| match event {
            LoadEvent::Started { header, .. } => table = Table::new(header),
            LoadEvent::Rows(chunk) => {
                first_rows.get_or_insert_with(|| start.elapsed());
                table.append(chunk);
            }
        },
    )
    .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    Timed {
        info,
        table,
        first_rows: first_rows.unwrap_or_default(),
        loaded: start.elapsed(),
    }
}

/// The process's peak resident memory in KiB (Linux; 0 elsewhere).
pub fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// Writes the package of `../shared/bench/gen_dataset.py` with `rows` rows into `dir`;
/// false, having said so, when the generator is not there (then there is nothing to measure).
#[allow(dead_code)]
pub fn generate_package(dir: &Path, rows: usize) -> bool {
    let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_dataset.py");
    if !generator.exists() {
        eprintln!("{} is missing: nothing to measure", generator.display());
        return false;
    }
    let ok = std::process::Command::new("python3")
        .arg(&generator)
        .arg(dir)
        .arg(rows.to_string())
        .stdout(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "gen_dataset.py failed");
    true
}
