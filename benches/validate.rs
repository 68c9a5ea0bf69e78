//! Validation benchmark: rows per second for the generated 12-column ministry package (types,
//! formats, constraints, primary key, SOATO foreign key), end to end from the file, and over a
//! table already in memory (as the GUI validates); peak memory. Then the totals check on a
//! generated statistical table of as many rows: SOATO districts under their regions under the
//! republic (1700), in years × quarters × indicators, with one region off by 0,1 in one
//! period, which must be found; beside polars for Python and DuckDB summing the same file
//! (`benches/peers.py --totals`) when the Python given has them.
//!
//! `cargo bench --bench validate -- [ROWS] [--totals]` (default 1,000,000; `--totals`: only
//! the totals check). The package needs `../shared/bench/gen_dataset.py` (python3);
//! `OCHIQ_PEERS_PYTHON` names the Python for the peers (default `python3`; empty: none).

mod common;

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use common::{generate_package, peak_rss_kib};
use ochiq::core::classifier::{Classifier, Registry, soato};
use ochiq::core::ingest::{self, OpenOptions};
use ochiq::core::progress::NoProgress;
use ochiq::core::schema::{Binding, Field, FieldType, Package, TableSchema};
use ochiq::core::validate::{Cast, Code, DEFAULT_LIMIT, FieldCheck, Totals, Validator};

fn main() {
    let rows: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    if !std::env::args().any(|a| a == "--totals") {
        package(rows);
    }
    totals(rows);
}

/// The generated ministry package, validated from the file and in memory.
fn package(rows: usize) {
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

/// Indicators of the generated statistical table, one per block of years × quarters.
const INDICATORS: [&str; 6] = [
    "Aholi soni",
    "Ish bilan band",
    "Sanoat mahsuloti",
    "Qurilish ishlari",
    "Chakana savdo",
    "Xizmatlar",
];
const QUARTERS: [&str; 4] = ["I chorak", "II chorak", "III chorak", "IV chorak"];
const FIRST_YEAR: usize = 2000;
const YEARS: usize = 25;

/// A statistical table of at least `rows` rows into `path` (`;` between cells, decimal
/// commas): the republic (1700), each region and each region's districts and cities in every
/// period (year, quarter, indicator); each total the sum of its parts, except region `1703`
/// in the middle period, 0,1 above its districts. Returns the rows written and the seeded
/// total's row number (the header is row 1) and period.
fn write_statistical_table(path: &Path, rows: usize, soato: &Classifier) -> (usize, u64, String) {
    let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{e}"));
    let mut out = std::io::BufWriter::new(file);
    let regions = soato.part_codes("17");
    let name = |code: &str| {
        soato
            .get(code)
            .map_or(String::new(), |e| e.name.uz_latn.clone())
    };
    let per_period = 1 + regions
        .iter()
        .map(|r| 1 + soato.part_codes(r).len())
        .sum::<usize>();
    let periods = rows.div_ceil(per_period);
    let seeded = periods / 2;
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let tenths = |t: u64| format!("{},{}", t / 10, t % 10);
    let _ = writeln!(out, "soato;hudud;yil;chorak;koʻrsatkich;qiymat;soni");
    let (mut written, mut seeded_row, mut seeded_period) = (0usize, 0u64, String::new());
    for p in 0..periods {
        let quarter = QUARTERS[p % 4];
        let year = FIRST_YEAR + (p / 4) % YEARS;
        let indicator = format!(
            "{} {}",
            INDICATORS[(p / 4 / YEARS) % INDICATORS.len()],
            p / 4 / YEARS / INDICATORS.len() + 1
        );
        let keys = format!("{year};{quarter};{indicator}");
        let mut lines = Vec::with_capacity(per_period);
        let (mut republic_value, mut republic_count) = (0u64, 0u64);
        for region in &regions {
            let (mut value, mut count) = (0u64, 0u64);
            let mut districts = Vec::new();
            for district in soato.part_codes(region) {
                let (v, c) = (next(1_000_000), next(100_000));
                value += v;
                count += c;
                districts.push(format!(
                    "{district};{};{keys};{};{c}",
                    name(district),
                    tenths(v)
                ));
            }
            if p == seeded && *region == "1703" {
                value += 1;
                seeded_row = (written + lines.len() + 2 + 1) as u64;
                seeded_period = format!("{year} · {quarter} · {indicator}");
            }
            republic_value += value;
            republic_count += count;
            lines.push(format!(
                "{region};{};{keys};{};{count}",
                name(region),
                tenths(value)
            ));
            lines.extend(districts);
        }
        let republic = format!(
            "1700;{};{keys};{};{republic_count}",
            name("17"),
            tenths(republic_value)
        );
        lines.insert(0, republic);
        for line in &lines {
            let _ = writeln!(out, "{line}");
        }
        written += lines.len();
    }
    out.flush().unwrap_or_else(|e| panic!("{e}"));
    (written, seeded_row, seeded_period)
}

/// The statistical table's schema: the code bound to SOATO, the name, the period columns and
/// the indicator as keys, two columns of amounts.
fn statistical_schema() -> TableSchema {
    let mut code = Field::new("soato", FieldType::String);
    code.classifier = Some(Binding {
        classifier: "soato".into(),
        version: None,
        level: None,
    });
    let mut value = Field::new("qiymat", FieldType::Number);
    value.decimal_char = Some(",".into());
    TableSchema {
        fields: vec![
            code,
            Field::new("hudud", FieldType::String),
            Field::new("yil", FieldType::Integer),
            Field::new("chorak", FieldType::String),
            Field::new("koʻrsatkich", FieldType::String),
            value,
            Field::new("soni", FieldType::Integer),
        ],
        ..TableSchema::default()
    }
}

/// The totals check at `rows` rows of a generated statistical table: the rows kept as the
/// validator feeds them (each cell cast as validation casts it), then judged with polars.
/// Past 50,000 rows the validator takes a table for a register and checks no totals, so the
/// check runs here on its own, without that limit ([`Totals::without_limit`]).
fn totals(rows: usize) {
    let Some(soato) = soato().cloned() else {
        panic!("no bundled SOATO");
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("data.csv");
    let (written, seeded_row, seeded_period) = write_statistical_table(&data, rows, &soato);
    let size = std::fs::metadata(&data).map(|m| m.len()).unwrap_or(1);
    let (_, table) = ingest::read_table(&data, &OpenOptions::default(), &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        table.rows(),
        written,
        "the generated table reads back whole"
    );
    let schema = statistical_schema();
    let classifiers: Vec<Option<Arc<Classifier>>> = schema
        .fields
        .iter()
        .map(|f| f.classifier.as_ref().map(|_| Arc::clone(&soato)))
        .collect();
    let checks: Vec<FieldCheck> = schema
        .fields
        .iter()
        .map(|f| FieldCheck::compile(f).0)
        .collect();
    let rss_loaded = peak_rss_kib();

    let start = Instant::now();
    let mut check = Totals::new(&schema, &classifiers)
        .unwrap_or_else(|| panic!("no totals check for the schema"))
        .without_limit();
    for (r, row) in table.iter_rows().enumerate() {
        let cast = |i: usize| {
            let text = row.get(i)?;
            let field = checks.get(i)?;
            if field.is_missing(text, &schema.missing_values) {
                Some(Cast::Null)
            } else {
                field.check(text).ok()
            }
        };
        check.row(r as u64 + 2, |i| row.get(i).unwrap_or(""), cast);
    }
    let kept = start.elapsed().as_secs_f64();
    let rss_kept = peak_rss_kib();
    let start = Instant::now();
    let findings = check.finish();
    let judged = start.elapsed().as_secs_f64();
    let rss = peak_rss_kib();

    println!(
        "totals           {written} rows of SOATO totals over regions and districts (file {:.1} MB)",
        size as f64 / 1_048_576.0
    );
    println!(
        "totals check     {:.2} s: rows kept {kept:.2} s (cells cast as validation casts them), judged with polars {judged:.2} s",
        kept + judged
    );
    let kept_kib = rss_kept.saturating_sub(rss_loaded);
    println!(
        "peak RSS         {:.1} MB: the rows kept {:.1} MB above the loaded table ({:.0} bytes a row), judging {:.1} MB more",
        rss as f64 / 1024.0,
        kept_kib as f64 / 1024.0,
        kept_kib as f64 * 1024.0 / written as f64,
        rss.saturating_sub(rss_kept) as f64 / 1024.0
    );
    let found: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "{} row {} {} {} (total {}, sum {}, {})",
                f.code.as_str(),
                f.row.unwrap_or(0),
                f.field.as_deref().unwrap_or(""),
                f.args.get("code").map_or("", String::as_str),
                f.args.get("total").map_or("", String::as_str),
                f.args.get("sum").map_or("", String::as_str),
                f.args.get("period").map_or("", String::as_str),
            )
        })
        .collect();
    println!("found            {}", found.join("; "));
    // The period names the indicator too when the table holds more than one.
    let seeded = findings.iter().any(|f| {
        f.code == Code::TotalMismatch
            && f.row == Some(seeded_row)
            && f.field.as_deref() == Some("qiymat")
            && f.args
                .get("period")
                .is_some_and(|p| seeded_period.starts_with(p.as_str()))
    });
    assert!(
        seeded && findings.len() == 1,
        "the one seeded mismatch (row {seeded_row}, {seeded_period}) is what is found"
    );

    let python = std::env::var("OCHIQ_PEERS_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    if python.is_empty() {
        return;
    }
    let peers = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peers.py");
    let status = std::process::Command::new(&python)
        .arg(&peers)
        .arg(dir.path())
        .arg("--totals")
        .status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!(
            "{python} {} did not run: no peers to compare",
            peers.display()
        );
    }
}
