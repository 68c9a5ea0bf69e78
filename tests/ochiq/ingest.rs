//! Reading every kind of file officers receive, and failing cleanly on broken ones.

use ochiq::core::ingest::{self, FileFormat, IngestError, LoadEvent, OpenOptions, TextEncoding};
use ochiq::core::progress::{NoProgress, Progress, Tracker};

use crate::common::{cell, fixture, read, read_error, read_with};

/// Text fixtures holding the standard five-row table, with what must be detected.
const STANDARD_TEXT: &[(&str, TextEncoding, bool, u8)] = &[
    ("utf8_semicolon.csv", TextEncoding::Utf8, false, b';'),
    ("utf8_bom_comma.csv", TextEncoding::Utf8, true, b','),
    ("utf16le_tab.txt", TextEncoding::Utf16Le, true, b'\t'),
    ("utf16be_tab.txt", TextEncoding::Utf16Be, true, b'\t'),
    ("utf16le_nobom_tab.txt", TextEncoding::Utf16Le, false, b'\t'),
    ("pipe.csv", TextEncoding::Utf8, false, b'|'),
    ("tab.tsv", TextEncoding::Utf8, false, b'\t'),
    ("not_really.xlsx", TextEncoding::Utf8, false, b';'),
];

#[test]
fn every_encoding_and_delimiter_reads_the_same_table() {
    for &(name, encoding, bom, delimiter) in STANDARD_TEXT {
        let (info, table) = read(name);
        assert_eq!(info.format, FileFormat::Delimited, "{name}");
        assert_eq!(info.encoding, Some(encoding), "{name}");
        assert_eq!(info.bom, bom, "{name}");
        assert_eq!(info.delimiter, Some(delimiter), "{name}");
        assert_eq!(
            table.header()[0],
            "Hudud_kodi",
            "{name}: BOM must not leak into the header"
        );
        assert_eq!(table.header().len(), 4, "{name}");
        assert_eq!(table.rows(), 5, "{name}");
        assert_eq!(cell(&table, 0, 0), "1703202", "{name}");
        assert_eq!(cell(&table, 0, 1), "Oltinkoʻl tumani", "{name}");
        assert_eq!(cell(&table, 4, 1), "Boʻz tumani", "{name}");
    }
}

#[test]
fn windows_1251_is_detected_and_decoded() {
    let (info, table) = read("cp1251_semicolon.csv");
    assert_eq!(info.encoding, Some(TextEncoding::Windows1251));
    assert_eq!(table.header(), ["Код", "Район", "Количество", "Дата"]);
    assert_eq!(cell(&table, 0, 1), "Алтынкульский район");
    assert_eq!(table.rows(), 5);
}

#[test]
fn a_wrong_encoding_choice_is_honoured_and_can_be_undone() {
    let cp1252 = OpenOptions {
        encoding: Some(TextEncoding::Windows1252),
        ..OpenOptions::default()
    };
    let (info, table) = read_with("cp1251_semicolon.csv", &cp1252);
    assert_eq!(info.encoding, Some(TextEncoding::Windows1252));
    assert_ne!(cell(&table, 0, 1), "Алтынкульский район");
    let right = OpenOptions {
        encoding: Some(TextEncoding::Windows1251),
        ..OpenOptions::default()
    };
    let (_, table) = read_with("cp1251_semicolon.csv", &right);
    assert_eq!(cell(&table, 0, 1), "Алтынкульский район");
}

#[test]
fn quoted_fields_keep_delimiters_quotes_and_newlines() {
    let (info, table) = read("quoted_fields.csv");
    assert_eq!(info.delimiter, Some(b','));
    assert_eq!(table.rows(), 4);
    assert_eq!(cell(&table, 0, 2), "Andijon viloyati, sharqiy qism");
    assert_eq!(cell(&table, 1, 2), "Rahbar: \"Karimov A.\" (v.b.)");
    assert_eq!(cell(&table, 2, 2), "Birinchi qator\nIkkinchi qator");
    assert_eq!(cell(&table, 3, 2), "");
}

#[test]
fn one_column_files_are_not_split() {
    let (info, table) = read("single_column.csv");
    assert_eq!(info.delimiter, None);
    assert_eq!(table.header(), ["Hudud_kodi"]);
    assert_eq!(table.rows(), 5);
    assert_eq!(cell(&table, 4, 0), "1703210");
}

#[test]
fn the_header_below_a_title_block_is_found() {
    let (info, table) = read("title_block.csv");
    assert_eq!(info.header.header_row, 3);
    assert!(info.header.has_header);
    assert_eq!(table.header()[0], "Hudud_kodi");
    assert_eq!(table.rows(), 5);
    assert_eq!(info.preamble.len(), 2);
    assert!(info.preamble[0].starts_with("Andijon viloyati"));
}

#[test]
fn the_user_can_move_the_header_row() {
    let options = OpenOptions {
        header_row: Some(0),
        ..OpenOptions::default()
    };
    let (info, table) = read_with("title_block.csv", &options);
    assert_eq!(info.header.header_row, 0);
    assert!(table.header()[0].starts_with("Andijon viloyati"));
}

#[test]
fn a_file_without_header_keeps_its_first_row_as_data() {
    let (info, table) = read("no_header.csv");
    assert!(!info.header.has_header);
    assert!(table.header().is_empty());
    assert_eq!(table.width(), 4);
    assert_eq!(table.rows(), 5);
    assert_eq!(cell(&table, 0, 0), "1703202");
}

#[test]
fn ragged_rows_stay_ragged() {
    let (_, table) = read("ragged_rows.csv");
    let lengths: Vec<usize> = table.iter_rows().map(|r| r.len()).collect();
    assert_eq!(lengths, [4, 3, 5, 1, 6]);
    assert_eq!(table.width(), 6);
    assert_eq!(cell(&table, 2, 4), "ortiqcha");
    assert_eq!(table.cell(3, 1), None);
}

#[test]
fn decimal_commas_and_nbsp_thousands_arrive_untouched() {
    let (_, table) = read("decimal_comma.csv");
    assert_eq!(cell(&table, 0, 2), "1 234,5");
    assert_eq!(cell(&table, 2, 2), "12\u{a0}345,0");
    assert_eq!(cell(&table, 0, 4), "05.01.2026");
}

#[test]
fn only_a_header_gives_an_empty_table() {
    let (_, table) = read("only_header.csv");
    assert_eq!(table.header().len(), 4);
    assert_eq!(table.rows(), 0);
}

#[test]
fn workbooks_read_as_excel_shows_them() {
    for name in ["basic.xlsx", "basic.xls", "basic.ods"] {
        let (info, table) = read(name);
        assert!(info.format.is_workbook(), "{name}");
        assert_eq!(info.sheet.as_deref(), Some("Ma'lumot"), "{name}");
        assert_eq!(table.header()[0], "Hudud_kodi", "{name}");
        assert_eq!(table.rows(), 5, "{name}");
        assert_eq!(cell(&table, 0, 0), "1703202", "{name}");
        assert_eq!(cell(&table, 0, 1), "Oltinkoʻl tumani", "{name}");
        assert_eq!(
            cell(&table, 0, 3),
            "05.01.2026",
            "{name}: dates as dd.mm.yyyy"
        );
        assert_eq!(cell(&table, 0, 4), "12.75", "{name}");
    }
}

#[test]
fn a_workbook_title_block_and_second_sheet() {
    let (info, table) = read("title_block.xlsx");
    assert_eq!(info.sheets, ["Ma'lumot", "Izoh"]);
    assert_eq!(info.header.header_row, 3);
    assert_eq!(table.header()[0], "Hudud_kodi");
    assert_eq!(table.rows(), 5);
    let izoh = OpenOptions {
        sheet: Some("Izoh".into()),
        ..OpenOptions::default()
    };
    let (info, _) = read_with("title_block.xlsx", &izoh);
    assert_eq!(info.sheet.as_deref(), Some("Izoh"));
}

#[test]
fn an_empty_first_sheet_is_passed_over_for_the_one_with_data() {
    for name in ["empty_sheet.xlsx", "zero_byte_sheet.xlsx"] {
        let (info, table) = read(name);
        assert_eq!(info.sheet.as_deref(), Some("Ma'lumot"), "{name}");
        assert_eq!(table.rows(), 5, "{name}");
    }
    let empty = OpenOptions {
        sheet: Some("Bo'sh".into()),
        ..OpenOptions::default()
    };
    let (_, table) = read_with("empty_sheet.xlsx", &empty);
    assert_eq!(table.rows(), 0);
    let missing = OpenOptions {
        sheet: Some("Yoʻq".into()),
        ..OpenOptions::default()
    };
    let err = ingest::read_table(&fixture("basic.xlsx"), &missing, &NoProgress);
    assert!(matches!(err, Err(IngestError::NoSuchSheet(_))));
}

#[test]
fn portal_json_bare_and_wrapped_keep_the_field_order() {
    for name in ["portal.json", "portal_wrapped.json"] {
        let (info, table) = read(name);
        assert_eq!(info.format, FileFormat::PortalJson, "{name}");
        assert_eq!(
            table.header(),
            ["Hudud_kodi", "Hudud", "2024yil", "2025yil", "ID"],
            "{name}"
        );
        assert_eq!(table.rows(), 4, "{name}");
        assert_eq!(cell(&table, 0, 1), "Oltinkoʻl tumani", "{name}");
        assert_eq!(cell(&table, 0, 2), "12 345", "{name}");
    }
}

#[test]
fn broken_files_give_errors_not_crashes() {
    assert!(matches!(read_error("empty.csv"), IngestError::Empty));
    assert!(matches!(
        read_error("binary_garbage.csv"),
        IngestError::Binary
    ));
    assert!(matches!(
        read_error("truncated.xlsx"),
        IngestError::Workbook(_)
    ));
    assert!(matches!(read_error("broken.json"), IngestError::Json(_)));
    assert!(matches!(
        read_error("not_rows.json"),
        IngestError::JsonNotRows
    ));
    let missing = ingest::read_table(
        &fixture("no_such_file.csv"),
        &OpenOptions::default(),
        &NoProgress,
    );
    assert!(matches!(missing, Err(IngestError::Io(_))));
}

#[test]
fn the_header_arrives_before_any_rows() {
    let mut events = Vec::new();
    ingest::load(
        &fixture("utf8_semicolon.csv"),
        &OpenOptions::default(),
        &NoProgress,
        &mut |e| {
            events.push(match e {
                LoadEvent::Started { .. } => "started".to_owned(),
                LoadEvent::Rows(chunk) => format!("rows {}", chunk.rows()),
            })
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(events, ["started", "rows 5"]);
}

/// A generated CSV big enough to span several chunks.
fn big_csv(dir: &std::path::Path, rows: usize) -> std::path::PathBuf {
    let path = dir.join("big.csv");
    let mut text = String::from("Hudud_kodi;Hudud;Soni\n");
    for i in 0..rows {
        text.push_str(&format!("{};Oltinkoʻl tumani;{}\n", 1_703_202 + i % 7, i));
    }
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn a_large_file_streams_in_chunks_and_reports_progress() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = big_csv(dir.path(), 100_000);
    let tracker = Tracker::default();
    let mut chunks = Vec::new();
    ingest::load(&path, &OpenOptions::default(), &tracker, &mut |e| {
        if let LoadEvent::Rows(chunk) = e {
            chunks.push(chunk.rows());
        }
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(chunks.iter().sum::<usize>(), 100_000);
    assert_eq!(
        chunks[0],
        ochiq::core::table::FIRST_CHUNK_ROWS,
        "a small first chunk for the first screen"
    );
    assert!(chunks.len() > 3);
    assert_eq!(tracker.fraction(), Some(1.0));
}

/// Cancels once the loader has reported some progress.
struct CancelAfterFirstReport(Tracker);

impl Progress for CancelAfterFirstReport {
    fn set(&self, done: u64, total: u64) {
        self.0.set(done, total);
        self.0.cancel();
    }
    fn cancelled(&self) -> bool {
        self.0.cancelled()
    }
}

#[test]
fn cancel_stops_a_load_part_way() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = big_csv(dir.path(), 100_000);
    let mut rows = 0;
    let result = ingest::load(
        &path,
        &OpenOptions::default(),
        &CancelAfterFirstReport(Tracker::default()),
        &mut |e| {
            if let LoadEvent::Rows(chunk) = e {
                rows += chunk.rows();
            }
        },
    );
    assert!(matches!(result, Err(IngestError::Cancelled)));
    assert!(
        rows > 0 && rows < 100_000,
        "rows read before the cancel: {rows}"
    );
}

#[test]
fn the_demo_files_all_open() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws =
        ochiq::core::workspace::Workspace::open_demo(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let loose = ws
        .data_files()
        .unwrap_or_default()
        .into_iter()
        .map(|f| f.path);
    let in_datasets = ws
        .datasets()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|d| d.data_path());
    let files: Vec<_> = loose.chain(in_datasets).collect();
    let datasets = ochiq::core::workspace::DEMO_DATASETS.len();
    assert_eq!(
        files.len(),
        ochiq::core::workspace::DEMO_FILES.len() + datasets
    );
    for path in files {
        let name = path.display();
        let (info, table) = ingest::read_table(&path, &OpenOptions::default(), &NoProgress)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(table.rows() >= 10, "{name}: {} rows", table.rows());
        assert!(table.width() >= 3, "{name}");
        assert!(info.header.has_header, "{name}");
    }
}

#[test]
fn empty_lines_stay_as_empty_rows_so_row_numbers_match_the_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in [
        ("lf.csv", "h;x\n1;a\n\n\n2;b\n3;\"q\nq\"\n4;c\n"),
        (
            "crlf.csv",
            "h;x\r\n1;a\r\n\r\n\r\n2;b\r\n3;\"q\r\nq\"\r\n4;c\r\n",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        let (_, table) = ingest::read_table(&path, &OpenOptions::default(), &NoProgress)
            .unwrap_or_else(|e| panic!("{e}"));
        let lengths: Vec<usize> = table.iter_rows().map(|r| r.len()).collect();
        assert_eq!(lengths, [2, 0, 0, 2, 2, 2], "{name}");
        assert_eq!(cell(&table, 5, 1), "c", "{name}");
    }
}
