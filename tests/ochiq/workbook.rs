//! Workbooks as ministries send them: a note sheet before the data, a header of two rows
//! built from merged cells, region names merged down over their districts, a sheet formatted
//! to its last row, a big sheet read as a stream. The workbooks are built here.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ochiq::core::ingest::{self, IngestError, LoadEvent, OpenOptions};
use ochiq::core::progress::{NoProgress, Progress, Tracker};
use rust_xlsxwriter::{Format, Workbook, Worksheet};

use crate::common::cell;

fn ok<T, E: std::fmt::Display>(r: Result<T, E>) -> T {
    r.unwrap_or_else(|e| panic!("{e}"))
}

fn save(book: &mut Workbook, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    ok(book.save(&path));
    path
}

fn read(path: &Path) -> (ingest::SourceInfo, ochiq::core::table::Table) {
    ok(ingest::read_table(
        path,
        &OpenOptions::default(),
        &NoProgress,
    ))
}

/// Kod, Hudud, Soni and three districts.
fn districts(ws: &mut Worksheet, top: u32) {
    for (c, label) in ["Kod", "Hudud", "Soni"].iter().enumerate() {
        ok(ws.write_string(top, c as u16, *label));
    }
    for (i, (code, name, n)) in [
        (1703202, "Oltinkoʻl tumani", 12),
        (1703203, "Andijon tumani", 7),
        (1703206, "Asaka tumani", 9),
    ]
    .into_iter()
    .enumerate()
    {
        let r = top + 1 + i as u32;
        ok(ws.write_number(r, 0, code));
        ok(ws.write_string(r, 1, name));
        ok(ws.write_number(r, 2, n));
    }
}

#[test]
fn a_note_sheet_first_gives_way_to_the_data_sheet() {
    let dir = ok(tempfile::tempdir());
    let mut book = Workbook::new();
    let note = book.add_worksheet();
    ok(note.set_name("Izoh"));
    ok(note.write_string(0, 0, "Maʼlumotlar 2-varaqda"));
    // A cover with a logo's place and two lines.
    let cover = book.add_worksheet();
    ok(cover.set_name("Muqova"));
    ok(cover.write_string(3, 1, "Statistika qoʻmitasi"));
    ok(cover.write_string(4, 1, "2026 yil"));
    // An empty sheet formatted down a few hundred rows.
    let blank = book.add_worksheet();
    ok(blank.set_name("Boʻsh"));
    let fill = Format::new().set_background_color("#FFFF00");
    for r in 0..300 {
        ok(blank.set_row_format(r, &fill));
    }
    let data = book.add_worksheet();
    ok(data.set_name("Maʼlumot"));
    districts(data, 0);
    let path = save(&mut book, dir.path(), "note_first.xlsx");

    let (info, table) = read(&path);
    assert_eq!(info.sheet.as_deref(), Some("Maʼlumot"));
    assert_eq!(info.data_sheets, ["Maʼlumot"]);
    assert_eq!(table.header(), ["Kod", "Hudud", "Soni"]);
    assert_eq!(table.rows(), 3);

    // The note is still there for the asking.
    let note = OpenOptions {
        sheet: Some("Izoh".into()),
        ..OpenOptions::default()
    };
    let (info, _) = ok(ingest::read_table(&path, &note, &NoProgress));
    assert_eq!(info.sheet.as_deref(), Some("Izoh"));
    assert_eq!(info.data_sheets, ["Maʼlumot"]);
}

/// A statistical sheet: a title, then "Hudud kodi" and "Hudud nomi" merged down over rows
/// 4–5 and "2024-yil" across C4:F4 above the quarters.
fn two_row_header(ws: &mut Worksheet, merged: bool) {
    let plain = Format::new();
    ok(ws.write_string(0, 0, "Hududlar boʻyicha aholi soni"));
    ok(ws.write_string(1, 0, "(ming kishi)"));
    if merged {
        ok(ws.merge_range(3, 0, 4, 0, "Hudud kodi", &plain));
        ok(ws.merge_range(3, 1, 4, 1, "Hudud nomi", &plain));
        ok(ws.merge_range(3, 2, 3, 5, "2024-yil", &plain));
    } else {
        ok(ws.write_string(3, 0, "Hudud kodi"));
        ok(ws.write_string(3, 1, "Hudud nomi"));
        ok(ws.write_string(3, 2, "2024-yil"));
    }
    for (i, q) in ["I chorak", "II chorak", "III chorak", "IV chorak"]
        .iter()
        .enumerate()
    {
        ok(ws.write_string(4, 2 + i as u16, *q));
    }
    for (i, (code, name)) in [(1703, "Andijon viloyati"), (1706, "Buxoro viloyati")]
        .into_iter()
        .enumerate()
    {
        let r = 5 + i as u32;
        ok(ws.write_number(r, 0, code));
        ok(ws.write_string(r, 1, name));
        for q in 0..4u16 {
            ok(ws.write_number(r, 2 + q, 3000.5 + f64::from(q)));
        }
    }
}

const FLAT_LABELS: [&str; 6] = [
    "Hudud kodi",
    "Hudud nomi",
    "2024-yil I chorak",
    "2024-yil II chorak",
    "2024-yil III chorak",
    "2024-yil IV chorak",
];

#[test]
fn a_two_row_merged_header_becomes_one_label_per_column() {
    let dir = ok(tempfile::tempdir());
    let mut book = Workbook::new();
    two_row_header(book.add_worksheet(), true);
    let path = save(&mut book, dir.path(), "two_rows.xlsx");
    let (info, table) = read(&path);
    assert_eq!(table.header(), FLAT_LABELS);
    assert_eq!(info.header_rows, [3, 4]);
    assert_eq!(
        info.header.header_row, 4,
        "data starts below the last header row"
    );
    assert_eq!(
        info.preamble,
        ["Hududlar boʻyicha aholi soni", "(ming kishi)"]
    );
    assert_eq!(table.rows(), 2);
    assert_eq!(cell(&table, 0, 1), "Andijon viloyati");
    assert_eq!(cell(&table, 1, 5), "3003.5");

    // Read back with the rows a saved dialect names, the same header.
    let again = OpenOptions {
        header_rows: Some(vec![3, 4]),
        header_row: Some(4),
        has_header: Some(true),
        ..OpenOptions::default()
    };
    let (_, table) = ok(ingest::read_table(&path, &again, &NoProgress));
    assert_eq!(table.header(), FLAT_LABELS);
}

#[test]
fn an_unmerged_two_row_header_is_flattened_too() {
    let dir = ok(tempfile::tempdir());
    let mut book = Workbook::new();
    two_row_header(book.add_worksheet(), false);
    let path = save(&mut book, dir.path(), "two_rows_plain.xlsx");
    let (info, table) = read(&path);
    assert_eq!(table.header(), FLAT_LABELS);
    assert_eq!(info.header_rows, [3, 4]);
}

#[test]
fn a_one_row_header_under_a_title_block_stays_one_row() {
    let dir = ok(tempfile::tempdir());
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ok(ws.write_string(0, 0, "Sogʻliqni saqlash vazirligi"));
    ok(ws.write_string(1, 0, "2026 yil"));
    districts(ws, 2);
    // A title merged across the whole table right above its header.
    let ws = book.add_worksheet();
    ok(ws.merge_range(0, 0, 0, 2, "Tumanlar roʻyxati", &Format::new()));
    districts(ws, 1);
    let path = save(&mut book, dir.path(), "titles.xlsx");
    for sheet in ["Sheet1", "Sheet2"] {
        let options = OpenOptions {
            sheet: Some(sheet.into()),
            ..OpenOptions::default()
        };
        let (info, table) = ok(ingest::read_table(&path, &options, &NoProgress));
        assert_eq!(table.header(), ["Kod", "Hudud", "Soni"], "{sheet}");
        assert_eq!(info.header_rows.len(), 1, "{sheet}");
        assert_eq!(table.rows(), 3, "{sheet}");
    }
}

/// Region names merged down column A over their districts' rows.
pub fn grouped_workbook(dir: &Path) -> PathBuf {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    for (c, label) in ["Viloyat", "Tuman", "Soni"].iter().enumerate() {
        ok(ws.write_string(0, c as u16, *label));
    }
    let plain = Format::new();
    ok(ws.merge_range(1, 0, 3, 0, "Andijon viloyati", &plain));
    ok(ws.merge_range(4, 0, 5, 0, "Buxoro viloyati", &plain));
    for (i, (name, n)) in [
        ("Oltinkoʻl", 12),
        ("Asaka", 7),
        ("Baliqchi", 4),
        ("Olot", 9),
        ("Gʻijduvon", 3),
    ]
    .into_iter()
    .enumerate()
    {
        ok(ws.write_string(1 + i as u32, 1, name));
        ok(ws.write_number(1 + i as u32, 2, n));
    }
    save(&mut book, dir, "grouped.xlsx")
}

#[test]
fn group_labels_merged_down_are_carried_with_their_rows() {
    let dir = ok(tempfile::tempdir());
    let path = grouped_workbook(dir.path());
    let (info, table) = read(&path);
    assert_eq!(table.header(), ["Viloyat", "Tuman", "Soni"]);
    assert_eq!(table.rows(), 5);
    // The value is read as written: in the first row of its block only.
    assert_eq!(cell(&table, 0, 0), "Andijon viloyati");
    assert_eq!(cell(&table, 1, 0), "");
    let regions: Vec<_> = info
        .merged
        .iter()
        .map(|m| (m.rows, m.columns, m.value.as_str()))
        .collect();
    assert_eq!(
        regions,
        [
            ((1, 3), (0, 0), "Andijon viloyati"),
            ((4, 5), (0, 0), "Buxoro viloyati")
        ]
    );
}

/// A sheet of a few rows, then every row to the sheet's last formatted.
fn formatted_to_the_end(dir: &Path) -> PathBuf {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    districts(ws, 0);
    // A blank row between data rows stays.
    ok(ws.write_string(5, 1, "Jami"));
    let fill = Format::new().set_background_color("#DDEEFF");
    for r in 6..1_048_576 {
        ok(ws.set_row_format(r, &fill));
    }
    save(&mut book, dir, "formatted.xlsx")
}

#[test]
fn a_million_empty_formatted_rows_are_not_data_rows() {
    let dir = ok(tempfile::tempdir());
    let path = formatted_to_the_end(dir.path());
    let started = Instant::now();
    let (info, table) = read(&path);
    let took = started.elapsed();
    assert_eq!(info.sheet.as_deref(), Some("Sheet1"));
    assert_eq!(
        table.rows(),
        5,
        "three districts, a blank row and the total"
    );
    assert_eq!(cell(&table, 3, 1), "");
    assert_eq!(cell(&table, 4, 1), "Jami");
    // Seconds in an optimised build; the bound leaves room for a busy test machine.
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

/// A sheet of `rows` rows of five columns.
fn big_workbook(dir: &Path, rows: u32) -> PathBuf {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    for (c, label) in ["Kod", "Hudud", "Soni", "Summa", "Izoh"].iter().enumerate() {
        ok(ws.write_string(0, c as u16, *label));
    }
    for r in 1..=rows {
        ok(ws.write_number(r, 0, 1_703_000.0 + f64::from(r)));
        ok(ws.write_string(r, 1, format!("Hudud {}", r % 97)));
        ok(ws.write_number(r, 2, f64::from(r % 1000)));
        ok(ws.write_number(r, 3, f64::from(r) * 1.25));
        ok(ws.write_string(r, 4, "izoh"));
    }
    save(&mut book, dir, "big.xlsx")
}

/// Cancels once `after` rows have arrived.
struct CancelAfter<'a> {
    tracker: Tracker,
    rows: &'a AtomicUsize,
    after: usize,
}

impl Progress for CancelAfter<'_> {
    fn set(&self, done: u64, total: u64) {
        self.tracker.set(done, total);
    }
    fn cancelled(&self) -> bool {
        self.rows.load(Ordering::Relaxed) >= self.after
    }
}

#[test]
fn a_big_sheet_streams_in_chunks_with_progress_and_cancel() {
    let dir = ok(tempfile::tempdir());
    let path = big_workbook(dir.path(), 30_000);
    let tracker = Tracker::default();
    let mut chunks = Vec::new();
    let mut header = Vec::new();
    ok(ingest::load(
        &path,
        &OpenOptions::default(),
        &tracker,
        &mut |e| match e {
            LoadEvent::Started { header: h, .. } => {
                assert!(chunks.is_empty(), "the header comes first");
                header = h;
            }
            LoadEvent::Rows(chunk) => chunks.push(chunk.rows()),
        },
    ));
    assert_eq!(header, ["Kod", "Hudud", "Soni", "Summa", "Izoh"]);
    assert_eq!(chunks.iter().sum::<usize>(), 30_000);
    assert_eq!(chunks[0], ochiq::core::table::FIRST_CHUNK_ROWS);
    assert_eq!(tracker.fraction(), Some(1.0));

    let rows = AtomicUsize::new(0);
    let cancel = CancelAfter {
        tracker: Tracker::default(),
        rows: &rows,
        after: 5_000,
    };
    let result = ingest::load(&path, &OpenOptions::default(), &cancel, &mut |e| {
        if let LoadEvent::Rows(chunk) = e {
            rows.fetch_add(chunk.rows(), Ordering::Relaxed);
        }
    });
    assert!(matches!(result, Err(IngestError::Cancelled)));
    let read = rows.load(Ordering::Relaxed);
    assert!(
        (5_000..30_000).contains(&read),
        "rows read before the cancel: {read}"
    );
}

#[test]
fn a_truncated_workbook_is_an_error_not_a_hang() {
    let dir = ok(tempfile::tempdir());
    let path = big_workbook(dir.path(), 2_000);
    let bytes = ok(std::fs::read(&path));
    for keep in [bytes.len() / 2, bytes.len() - 30, 200] {
        let cut = dir.path().join(format!("cut_{keep}.xlsx"));
        ok(std::fs::write(&cut, &bytes[..keep]));
        let result = ingest::read_table(&cut, &OpenOptions::default(), &NoProgress);
        assert!(
            matches!(result, Err(IngestError::Workbook(_))),
            "{keep}: {result:?}"
        );
    }
}

#[test]
fn merged_group_labels_are_findings_and_fill_down_fills_them() {
    use ochiq::core::classifier::Registry;
    use ochiq::core::recipe::suggest::{FixKind, fill_down_suggestions};
    use ochiq::core::recipe::{self, Recipe, Step};
    use ochiq::core::schema::infer::infer_schema;
    use ochiq::core::validate::{Code, DEFAULT_LIMIT};
    use ochiq::core::workflow::check::validate_file;

    let dir = ok(tempfile::tempdir());
    let path = grouped_workbook(dir.path());
    let registry = Registry::bundled_only();
    let report = ok(validate_file(
        &path,
        None,
        &registry,
        DEFAULT_LIMIT,
        &NoProgress,
    ));
    let merged: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::MergedCells)
        .map(|f| {
            (
                f.row,
                f.field.as_deref(),
                f.value.as_deref(),
                f.args.get("first").map(String::as_str),
                f.args.get("last").map(String::as_str),
            )
        })
        .collect();
    assert_eq!(
        merged,
        [
            (
                Some(2),
                Some("Viloyat"),
                Some("Andijon viloyati"),
                Some("2"),
                Some("4")
            ),
            (
                Some(5),
                Some("Viloyat"),
                Some("Buxoro viloyati"),
                Some("5"),
                Some("6")
            ),
        ]
    );

    let fixes = fill_down_suggestions(&report);
    assert_eq!(fixes.len(), 1);
    assert_eq!(fixes[0].kind, FixKind::FillDown);
    assert_eq!(fixes[0].cells, 3, "the empty cells below the two labels");
    let step = fixes[0].step.clone().unwrap_or_else(|| panic!("no step"));
    assert_eq!(
        step,
        Step::FillDown {
            field: "Viloyat".into()
        }
    );

    let (_, table) = read(&path);
    let schema = infer_schema(&table);
    let applied = ok(
        recipe::apply(&table, &schema, std::slice::from_ref(&step), &NoProgress)
            .map_err(|_| "cancelled"),
    );
    assert_eq!(applied.changed_cells, 3);
    let column: Vec<&str> = (0..5).map(|r| cell(&applied.table, r, 0)).collect();
    assert_eq!(
        column,
        [
            "Andijon viloyati",
            "Andijon viloyati",
            "Andijon viloyati",
            "Buxoro viloyati",
            "Buxoro viloyati"
        ]
    );

    // Recorded in the recipe, it replays on next month's file without the merge.
    let recipe = Recipe { steps: vec![step] };
    let saved = ok(serde_json::to_string(&recipe));
    assert!(saved.contains("\"fill-down\""), "{saved}");
    let back: Recipe = ok(serde_json::from_str(&saved));
    assert_eq!(back, recipe);
}

#[test]
fn a_dataset_from_a_two_row_header_saves_and_reads_back_all_its_header_rows() {
    use ochiq::core::schema::Package;
    use ochiq::core::schema::infer::infer_schema;
    use ochiq::core::validate::package::open_options;
    use ochiq::ui::dataset::DatasetState;

    let dir = ok(tempfile::tempdir());
    let mut book = Workbook::new();
    two_row_header(book.add_worksheet(), true);
    let path = save(&mut book, dir.path(), "two_rows.xlsx");
    let (info, table) = read(&path);
    let dataset = DatasetState::describe(&info, infer_schema(&table));
    let file = dir.path().join("datapackage.json");
    ok(dataset.package.write(&file));
    let saved: serde_json::Value = ok(serde_json::from_slice(&ok(std::fs::read(&file))));
    let dialect = &saved["resources"][0]["dialect"];
    assert_eq!(dialect["headerRows"], serde_json::json!([4, 5]));
    assert_eq!(dialect["headerJoin"], " ");

    let package = ok(Package::read(&file));
    let options = open_options(&package.resources[0]);
    assert_eq!(options.header_rows, Some(vec![3, 4]));
    let (info, table) = ok(ingest::read_table(&path, &options, &NoProgress));
    assert_eq!(table.header(), FLAT_LABELS);
    assert_eq!(info.header.header_row, 4);
    assert_eq!(table.rows(), 2);
}
