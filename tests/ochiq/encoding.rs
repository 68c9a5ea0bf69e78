//! Text is decoded truthfully, by the whole file: an encoding guessed from the start of a file
//! gives way when later bytes do not fit it, and bytes that are not text are shown as `\xNN`
//! and reported where they are, never replaced by U+FFFD.

use std::path::{Path, PathBuf};

use ochiq::core::classifier::Registry;
use ochiq::core::ingest::{self, EncodingSwitch, OpenOptions, SourceInfo, TextEncoding};
use ochiq::core::progress::NoProgress;
use ochiq::core::table::Table;
use ochiq::core::validate::{Code, DEFAULT_LIMIT, Report};
use ochiq::core::workflow::check::validate_file;

use crate::cli::ochiq;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn load(path: &Path, options: &OpenOptions) -> (SourceInfo, Table) {
    ingest::read_table(path, options, &NoProgress).unwrap_or_else(|e| panic!("{e}"))
}

fn check(path: &Path) -> Report {
    validate_file(
        path,
        None,
        &Registry::bundled_only(),
        DEFAULT_LIMIT,
        &NoProgress,
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// The report's `encoding-error` findings.
fn encoding_errors(report: &Report) -> Vec<&ochiq::core::validate::Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.code == Code::EncodingError)
        .collect()
}

fn cp1251(text: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1251.encode(text).0.into_owned()
}

fn no_replacement_anywhere(table: &Table) {
    assert!(table.header().iter().all(|h| !h.contains('\u{FFFD}')));
    for row in table.iter_rows() {
        for cell in row.iter() {
            assert!(!cell.contains('\u{FFFD}'), "{cell}");
        }
    }
}

/// 3,000 ASCII rows (about 85 KB, past the 64 KB sample), then 100 rows of Cyrillic names in
/// Windows-1251: the file officers were measured to lose every name in.
fn late_1251() -> Vec<u8> {
    let mut bytes = b"Kod;Nomi;Soni\n".to_vec();
    for i in 1..=3000 {
        bytes.extend_from_slice(
            format!("{};Tuman number {i:05} xyz;{}\n", 1_700_000 + i, i % 97).as_bytes(),
        );
    }
    for i in 3001..=3100 {
        bytes.extend(cp1251(&format!(
            "{};Чилонзор тумани {i};{}\n",
            1_700_000 + i,
            i % 97
        )));
    }
    assert!(bytes.len() > 80 * 1024);
    bytes
}

#[test]
fn late_windows_1251_after_an_ascii_sample_switches_and_keeps_every_cyrillic_name() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(dir.path(), "late1251.csv", &late_1251());
    let (info, table) = load(&path, &OpenOptions::default());
    assert_eq!(info.encoding, Some(TextEncoding::Windows1251));
    // The header is line 1, so data row 3,001 is line 3,002.
    assert_eq!(
        info.encoding_switch,
        Some(EncodingSwitch {
            from: TextEncoding::Utf8,
            line: 3002
        })
    );
    assert_eq!(table.rows(), 3100);
    assert_eq!(table.cell(2999, 1), Some("Tuman number 03000 xyz"));
    for r in 3000..3100 {
        let expected = format!("Чилонзор тумани {}", r + 1);
        assert_eq!(table.cell(r, 1), Some(expected.as_str()));
    }
    assert_eq!(table.faults().count(), 0);
    no_replacement_anywhere(&table);
    let report = check(&path);
    assert!(report.is_valid(), "{:?}", report.findings);
    assert_eq!(report.rows, 3100);
}

#[test]
fn a_stray_invalid_byte_after_utf8_cyrillic_is_an_encoding_error_at_its_cell() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut bytes = "Kod;Nomi\n1;Ўрта Чирчиқ\n2;Бўка\n3;Oq".as_bytes().to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice("qoʻrgʻon\n4;Пискент\n".as_bytes());
    let path = write(dir.path(), "mixed.csv", &bytes);
    let (info, table) = load(&path, &OpenOptions::default());
    assert_eq!(info.encoding, Some(TextEncoding::Utf8));
    assert_eq!(info.encoding_switch, None);
    assert_eq!(table.cell(2, 1), Some("Oq\\xFFqoʻrgʻon"));
    assert_eq!(table.cell(3, 1), Some("Пискент"));
    no_replacement_anywhere(&table);

    let report = check(&path);
    let errors = encoding_errors(&report);
    assert_eq!(errors.len(), 1, "{:?}", report.findings);
    let f = errors[0];
    // The header is row 1: the third data row is row 4, the name column 2.
    assert_eq!((f.row, f.column), (Some(4), Some(2)));
    assert_eq!(f.args.get("bytes").map(String::as_str), Some("FF"));
    assert_eq!(f.args.get("encoding").map(String::as_str), Some("UTF-8"));
    assert_eq!(f.field.as_deref(), Some("Nomi"));
    // Nothing else is said about that cell.
    assert_eq!(report.errors(), 1, "{:?}", report.findings);
}

#[test]
fn utf8_forced_on_windows_1251_gives_one_encoding_error_per_faulted_cell() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let bytes = cp1251("Kod;Nomi;Izoh\n1;Чилонзор;ok\n2;Юнусобод;ёш\n3;Sergeli;ok\n");
    let path = write(dir.path(), "cp1251.csv", &bytes);
    let utf8 = OpenOptions {
        encoding: Some(TextEncoding::Utf8),
        ..OpenOptions::default()
    };
    let (info, table) = load(&path, &utf8);
    assert_eq!(info.encoding, Some(TextEncoding::Utf8));
    assert_eq!(
        info.encoding_switch, None,
        "a chosen encoding never switches"
    );
    assert_eq!(
        table.cell(0, 1),
        Some("\\xD7\\xE8\\xEB\\xEE\\xED\\xE7\\xEE\\xF0")
    );
    no_replacement_anywhere(&table);
    let faults: Vec<(usize, usize)> = table.faults().map(|f| (f.row, f.col)).collect();
    assert_eq!(faults, [(0, 1), (1, 1), (1, 2)]);

    // The same through the validator, as the command line and the window run it.
    let mut validator = ochiq::core::validate::Validator::new(
        &ochiq::core::schema::infer::infer_schema(&table),
        &|_| None,
        DEFAULT_LIMIT,
    );
    validator.table(&table, 2);
    let report = validator.finish();
    let errors: Vec<(Option<u64>, Option<usize>, String)> = encoding_errors(&report)
        .into_iter()
        .map(|f| (f.row, f.column, f.args["bytes"].clone()))
        .collect();
    assert_eq!(
        errors,
        [
            (Some(2), Some(2), "D7 E8 EB EE ED E7 EE F0".to_owned()),
            (Some(3), Some(2), "DE ED F3 F1 EE E1 EE E4".to_owned()),
            (Some(3), Some(3), "B8 F8".to_owned()),
        ]
    );
}

#[test]
fn a_stray_nul_is_read_and_reported_at_its_cell_not_refused_as_binary() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(
        dir.path(),
        "nul.csv",
        b"Kod;Nomi;Soni\n1703202;Oltinkol;12\n1703203;Asa\0ka;7\n1703206;Baliqchi;9\n",
    );
    let (_, table) = load(&path, &OpenOptions::default());
    assert_eq!(table.rows(), 3);
    assert_eq!(table.cell(1, 1), Some("Asa\\x00ka"));
    let report = check(&path);
    let errors = encoding_errors(&report);
    assert_eq!(errors.len(), 1, "{:?}", report.findings);
    assert_eq!((errors[0].row, errors[0].column), (Some(3), Some(2)));
    assert_eq!(errors[0].args.get("bytes").map(String::as_str), Some("00"));
    // A real binary file is still refused.
    let binary = write(dir.path(), "bin.csv", b"\0\0\0\x01ELF\0\0\x02\x03\0\0\0\0");
    assert!(matches!(
        ingest::read_table(&binary, &OpenOptions::default(), &NoProgress),
        Err(ingest::IngestError::Binary)
    ));
}

#[test]
fn mixed_line_endings_keep_every_row_and_its_row_number() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // CRLF, LF and a lone CR in one file, with a blank line of each kind and a quoted newline.
    let text = "h;x\r\n1;a\n2;b\r3;c\r\n\r\n4;d\n\n5;\"e\r\nf\"\n6;g\r\n";
    let path = write(dir.path(), "mixed.csv", text.as_bytes());
    let (_, table) = load(&path, &OpenOptions::default());
    let rows: Vec<Vec<&str>> = table.iter_rows().map(|r| r.iter().collect()).collect();
    let expected: Vec<Vec<&str>> = vec![
        vec!["1", "a"],
        vec!["2", "b"],
        vec!["3", "c"],
        vec![],
        vec!["4", "d"],
        vec![],
        vec!["5", "e\r\nf"],
        vec!["6", "g"],
    ];
    assert_eq!(rows, expected);
}

#[test]
fn an_unpaired_utf16_surrogate_is_a_fault_not_a_replacement() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut bytes = vec![0xFF, 0xFE];
    let mut units: Vec<u16> = "Kod\tNomi\r\n1\tA".encode_utf16().collect();
    units.push(0xD800);
    units.extend("b\r\n2\tЎрта\r\n".encode_utf16());
    bytes.extend(units.iter().flat_map(|u| u.to_le_bytes()));
    let path = write(dir.path(), "utf16.txt", &bytes);
    let (info, table) = load(&path, &OpenOptions::default());
    assert_eq!(info.encoding, Some(TextEncoding::Utf16Le));
    assert_eq!(table.cell(0, 1), Some("A\\x00\\xD8b"));
    assert_eq!(table.cell(1, 1), Some("Ўрта"));
    no_replacement_anywhere(&table);
    let faults: Vec<(usize, usize, String, &str)> = table
        .faults()
        .map(|f| (f.row, f.col, f.hex(), f.encoding))
        .collect();
    assert_eq!(faults, [(0, 1, "00 D8".to_owned(), "UTF-16LE")]);
}

#[test]
fn portal_json_with_late_windows_1251_bytes_switches_and_keeps_the_names() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut bytes = b"[\n".to_vec();
    for i in 0..2000 {
        bytes
            .extend_from_slice(format!("{{\"kod\":\"{i}\",\"nomi\":\"Tuman {i}\"}},\n").as_bytes());
    }
    bytes.extend(cp1251(
        "{\"kod\":\"2000\",\"nomi\":\"Чилонзор тумани\"}\n]\n",
    ));
    let path = write(dir.path(), "late1251.json", &bytes);
    let (info, table) = load(&path, &OpenOptions::default());
    // The JSON reader reads the whole file before choosing, so it needs no switch.
    assert_eq!(info.encoding, Some(TextEncoding::Windows1251));
    assert_eq!(info.encoding_switch, None);
    assert_eq!(table.rows(), 2001);
    assert_eq!(table.cell(2000, 1), Some("Чилонзор тумани"));
    no_replacement_anywhere(&table);

    // Chosen as UTF-8, the same bytes are faults of their cell.
    let utf8 = OpenOptions {
        encoding: Some(TextEncoding::Utf8),
        ..OpenOptions::default()
    };
    let (_, table) = load(&path, &utf8);
    assert_eq!(
        table.cell(2000, 1).map(|c| c.starts_with("\\xD7")),
        Some(true)
    );
    no_replacement_anywhere(&table);
    let faults: Vec<(usize, usize)> = table.faults().map(|f| (f.row, f.col)).collect();
    assert_eq!(faults, [(2000, 1)]);
}

#[test]
fn the_command_line_validates_late_1251_with_every_name_intact() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(dir.path(), "late1251.csv", &late_1251());
    let file = path.to_str().unwrap_or_default();
    let (code, out, err) = ochiq(&["validate", file], dir.path());
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Valid: 3,100 rows checked"), "{out}");
    let (code, out, _) = ochiq(&["validate", file, "--json"], dir.path());
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains('\u{FFFD}'));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["valid"], true);
    assert_eq!(v["rows"], 3100);
}

mod window {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    use ochiq::core::lang::Lang;
    use ochiq::ui::AppConfig;

    use super::{cp1251, late_1251, write};
    use crate::ui::{app_with, settle, shown};

    fn app(
        dir: &std::path::Path,
        open: std::path::PathBuf,
    ) -> egui_kittest::Harness<'static, ochiq::ui::OchiqApp> {
        app_with(AppConfig {
            workspace: Some(dir.join("workspace")),
            open: Some(open),
            lang: Some(Lang::En),
            ..AppConfig::default()
        })
    }

    #[test]
    fn the_source_bar_says_where_a_late_windows_1251_file_changed_encoding() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = write(dir.path(), "late1251.csv", &late_1251());
        let mut harness = app(dir.path(), path);
        settle(&mut harness);
        harness.get_by_label("UTF-8 → Windows-1251 from line 3,002");
        assert_eq!(
            harness
                .get_by_role_and_label(Role::ComboBox, "Encoding")
                .value()
                .as_deref(),
            Some("Windows-1251 (detected)")
        );
        harness.get_by_label("3,100 rows × 3 columns");
    }

    #[test]
    fn utf8_chosen_for_a_windows_1251_file_shows_hex_in_cells_and_checks_list_encoding_errors() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let bytes = cp1251("Kod;Nomi;Soni\n1;Чи;12\n2;Sergeli;7\n3;Юнус;9\n");
        let path = write(dir.path(), "cp1251.csv", &bytes);
        let mut harness = app(dir.path(), path);
        settle(&mut harness);
        assert!(shown(&harness, "Чи"));
        harness
            .get_by_role_and_label(Role::ComboBox, "Encoding")
            .click();
        harness.run_steps(2);
        harness.get_by_label("UTF-8").click();
        settle(&mut harness);
        assert_eq!(
            harness
                .get_by_role_and_label(Role::ComboBox, "Encoding")
                .value()
                .as_deref(),
            Some("UTF-8")
        );
        assert!(shown(&harness, "\\xD7\\xE8"));
        assert!(!shown(&harness, "Чи"));
        assert!(
            harness
                .query_all_by_label_contains("\u{FFFD}")
                .next()
                .is_none()
        );
        harness.get_by_label("Checks").click();
        harness.run_steps(2);
        harness.get_by_label("Check the table").click();
        settle(&mut harness);
        harness.get_by_label("Bytes that are not text (encoding-error)");
        harness.get_by_label(
            "Row 2, column 2: the bytes D7 E8 are not UTF-8 text; the cell shows them as \\xNN.",
        );
        harness.get_by_label(
            "Row 4, column 2: the bytes DE ED F3 F1 are not UTF-8 text; the cell shows them as \\xNN.",
        );
    }
}
