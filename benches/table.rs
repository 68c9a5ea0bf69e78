//! Table tools benchmark: sorting, finding and filtering the rows of the generated 12-column
//! ministry package as the window does (on a job, over the table in memory), at 10,000,000
//! rows by default: the time to a sorted view by a number, a date and a text column, the
//! time to the first match of a search and to the count of all matches, and a filter by value.
//!
//! `cargo bench --bench table -- [ROWS] [DIR]`. DIR is a folder made by
//! `../shared/bench/gen_dataset.py` (made in a temporary folder when not given). Then
//! `benches/peers.py --table` sorts and searches the same file in polars for Python and
//! DuckDB, with the Python `OCHIQ_PEERS_PYTHON` names (default `python3`; empty to skip).

mod common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use common::{Timed, generate_package, peak_rss_kib, timed_load};
use ochiq::core::progress::NoProgress;
use ochiq::core::schema::Package;
use ochiq::core::schema::field_check::FieldCheck;
use ochiq::core::table::Table;
use ochiq::core::view::find::{Matcher, Rows, find_all, find_next};
use ochiq::core::view::sort::{ColumnType, sort_rows};
use ochiq::core::view::{Condition, Filter, RowOrder, select_rows};

fn secs(t: Instant) -> String {
    format!("{:.2} s", t.elapsed().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let rows: usize = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000_000);
    let temp = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
    let dir = match args.get(1) {
        Some(d) => PathBuf::from(d),
        None => {
            let t = Instant::now();
            if !generate_package(temp.path(), rows) {
                return;
            }
            println!("generated {rows} rows in {}", secs(t));
            temp.path().to_path_buf()
        }
    };
    let schema = Package::read(&dir.join("datapackage.json"))
        .ok()
        .and_then(|p| p.schema().cloned())
        .unwrap_or_else(|| panic!("no schema in {}", dir.display()));
    let Timed { table, loaded, .. } = timed_load(&dir.join("data.csv"));
    println!(
        "{} rows × {} columns loaded in {:.2} s, peak {} MB",
        table.rows(),
        table.width(),
        loaded.as_secs_f64(),
        peak_rss_kib() / 1024
    );
    let col = |name: &str| {
        table
            .header()
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let typed = |name: &str| {
        let field = schema
            .field(name)
            .unwrap_or_else(|| panic!("no field {name}"));
        ColumnType::Field(
            Box::new(FieldCheck::compile(field).0),
            schema.missing_values.clone(),
        )
    };

    println!("\nsort (time to a sorted view: the order and where each row is shown)");
    for (name, ty) in [
        ("amount", typed("amount")),
        ("report_date", typed("report_date")),
        ("district", typed("district")),
        ("name", typed("name")),
    ] {
        for descending in [false, true] {
            let t = Instant::now();
            let order = sort_rows(&table, col(name), &ty, descending, &NoProgress)
                .unwrap_or_else(|_| panic!("cancelled"));
            let view = RowOrder::new(order, table.rows());
            println!(
                "  {name:<12} {:<10} {}  (first: {:?})",
                if descending {
                    "descending"
                } else {
                    "ascending"
                },
                secs(t),
                view.row(0).and_then(|r| table.cell(r, col(name)))
            );
        }
    }
    println!("  peak {} MB", peak_rss_kib() / 1024);

    println!("\nfind");
    let all = Rows {
        table: &table,
        order: None,
    };
    let last_id = table
        .cell(table.rows().saturating_sub(1), col("id"))
        .unwrap_or("")
        .to_owned();
    let last_name = table
        .cell(table.rows().saturating_sub(1), col("name"))
        .unwrap_or("")
        .to_owned();
    for (what, query, column, exact) in [
        ("Bo'ston, any script, all columns", "Bo'ston", None, false),
        (
            "Bo'ston, any script, in district",
            "Bo'ston",
            Some(col("district")),
            false,
        ),
        ("Бўстон, exact, all columns", "Бўстон", None, true),
        (
            "the last row's name (one match)",
            last_name.as_str(),
            None,
            false,
        ),
        (
            "the last row's id, in id",
            last_id.as_str(),
            Some(col("id")),
            true,
        ),
    ] {
        let matcher = Matcher::new(query, column, exact).unwrap_or_else(|| panic!("empty"));
        let t = Instant::now();
        let first = find_next(all, &matcher, (0, None), true, &NoProgress);
        let to_first = secs(t);
        let t = Instant::now();
        let found = find_all(all, &matcher, &NoProgress).unwrap_or_default();
        println!(
            "  {what:<34} first match {to_first} (row {:?}), all {} matches counted in {}",
            first.map(|h| h.0),
            found.total,
            secs(t)
        );
    }
    sorted_find(&table, col("amount"), typed("amount"));

    println!("\nfilter");
    let soato = table.cell(0, col("soato")).unwrap_or("").to_owned();
    let filters = [
        Filter {
            col: Some(col("soato")),
            condition: Condition::Is(soato.clone()),
        },
        Filter {
            col: Some(col("status")),
            condition: Condition::Empty,
        },
    ];
    for n in [1, 2] {
        let t = Instant::now();
        let shown = select_rows(&table, None, &filters[..n], &NoProgress)
            .unwrap_or_else(|_| panic!("cancelled"))
            .unwrap_or_default();
        println!(
            "  {n} filter(s) (soato = {soato}{}): {} rows in {}",
            if n > 1 { ", status empty" } else { "" },
            shown.len(),
            secs(t)
        );
    }
    println!("\npeak {} MB", peak_rss_kib() / 1024);
    // The table is dropped first: the peers read the file into memory of their own.
    drop(table);

    let python = std::env::var("OCHIQ_PEERS_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    if python.is_empty() {
        return;
    }
    println!("\npeers");
    let peers = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peers.py");
    let status = std::process::Command::new(&python)
        .arg(&peers)
        .arg(&dir)
        .arg("--table")
        .status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!(
            "{python} {} did not run: no peers to compare",
            peers.display()
        );
    }
}

/// Find over a sorted view: the rows are visited in the view's order.
fn sorted_find(table: &Table, col: usize, ty: ColumnType) {
    let order =
        sort_rows(table, col, &ty, false, &NoProgress).unwrap_or_else(|_| panic!("cancelled"));
    let matcher = Matcher::new("Bo'ston", None, false).unwrap_or_else(|| panic!("empty"));
    let rows = Rows {
        table,
        order: Some(&order),
    };
    let t = Instant::now();
    let found = find_all(rows, &matcher, &NoProgress).unwrap_or_default();
    println!(
        "  Bo'ston over the view sorted by amount: {} matches counted in {}",
        found.total,
        secs(t)
    );
}
