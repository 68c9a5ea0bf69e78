//! The command line as a scheduled job or CI script would run it: exit codes and `--json`.

use std::process::Command;

use crate::common::fixture;

pub(crate) fn ochiq(args: &[&str], home: &std::path::Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ochiq"))
        .args(args)
        .env("OCHIQ_HOME", home)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap_or_else(|e| panic!("cannot run ochiq: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn validate_exits_0_1_2_and_prints_the_json_report() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let valid = fixture("utf8_semicolon.csv");
    let (code, out, _) = ochiq(
        &["validate", valid.to_str().unwrap_or_default()],
        home.path(),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Valid: 5 rows checked"), "{out}");

    // A package whose schema the data breaks: one type error, one constraint error.
    let dir = home.path().join("pkg");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("d.csv"), "id;sana\n1;05.01.2026\nx;31.02.2026\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let package = r#"{"resources":[{"name":"d","path":"d.csv","dialect":{"delimiter":";"},
        "schema":{"fields":[{"name":"id","type":"integer","constraints":{"required":true}},
                            {"name":"sana","type":"date","format":"%d.%m.%Y"}]}}]}"#;
    std::fs::write(dir.join("datapackage.json"), package).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join("datapackage.json");
    let (code, out, _) = ochiq(
        &["validate", path.to_str().unwrap_or_default(), "--json"],
        home.path(),
    );
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["valid"], false);
    assert_eq!(v["rows"], 2);
    assert_eq!(v["error_counts"]["type-error"], 2);
    let first = &v["errors"][0];
    assert_eq!(first["code"], "type-error");
    assert_eq!(first["row"], 3);
    assert!(
        first["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("Row 3"))
    );
    assert!(first["suggestions"].is_array());

    let broken = fixture("binary_garbage.csv");
    let (code, _, err) = ochiq(
        &["validate", broken.to_str().unwrap_or_default()],
        home.path(),
    );
    assert_eq!(code, 2);
    assert!(err.contains("is not a table"), "{err}");
}

/// The demo workspace at `home/name`, made by the library (as the app makes it).
fn demo_workspace(home: &std::path::Path, name: &str) -> std::path::PathBuf {
    let root = home.join(name);
    ochiq::core::workspace::Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    root
}

#[test]
fn push_to_a_folder_survives_a_kill_between_send_and_confirm_and_is_never_sent_twice() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path(), "office");
    let ws_arg = ws.to_str().unwrap_or_default();

    // The process is killed right after the package is written, before it is recorded.
    let out = Command::new(env!("CARGO_BIN_EXE_ochiq"))
        .args([
            "push",
            "1-104-0012",
            "--workspace",
            ws_arg,
            "--period",
            "2026-Q3",
        ])
        .env("OCHIQ_HOME", home.path())
        .env("LANG", "en_US.UTF-8")
        .env(ochiq::core::publish::outbox::CRASH_AFTER_SEND, "1")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!out.status.success(), "the crash hook did not fire");
    let (code, list, _) = ochiq(&["outbox", "list", "--workspace", ws_arg], home.path());
    assert_eq!(code, 0);
    assert!(list.contains("sending"), "{list}");

    // Sent again once the claim has run out: found in the folder by its hash, not rewritten.
    let db = ws.join(ochiq::core::publish::outbox::DB_FILE);
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    conn.execute("UPDATE job SET lease = 0", [])
        .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    let (code, out, err) = ochiq(&["outbox", "send", "--workspace", ws_arg], home.path());
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("confirmed by the portal"), "{out}");
    let packages: Vec<_> = std::fs::read_dir(ws.join("published"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("1-104-0012_"))
        .collect();
    assert_eq!(packages.len(), 1, "one package, not two");
    let (_, history, _) = ochiq(
        &["history", "--workspace", ws_arg, "--dataset", "1-104-0012"],
        home.path(),
    );
    assert!(
        history.contains("\talready on the portal, not sent again\t"),
        "{history}"
    );
    assert!(history.contains("\tconfirmed\t"), "{history}");
    assert!(
        !history.contains("\tsent\t"),
        "the killed send was never recorded as sent"
    );
    // Nothing left due.
    let (code, out, _) = ochiq(&["outbox", "send", "--workspace", ws_arg], home.path());
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn a_package_carried_on_a_stick_is_imported_and_sent_on_by_another_office() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let region = demo_workspace(home.path(), "region");
    let ministry = demo_workspace(home.path(), "ministry");
    let stick = home.path().join("stick");
    let (r, m, s) = (
        region.to_str().unwrap_or_default(),
        ministry.to_str().unwrap_or_default(),
        stick.to_str().unwrap_or_default(),
    );
    // The regional laptop has only the stick.
    let (code, _, err) = ochiq(
        &[
            "target",
            "add",
            "--workspace",
            r,
            "--kind",
            "folder",
            "--url",
            s,
            "--id",
            "stick",
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = ochiq(
        &[
            "push",
            "1-104-0012",
            "--workspace",
            r,
            "--target",
            "stick",
            "--period",
            "2026-Q3",
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    let package = std::fs::read_dir(&stick)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.path())
        .find(|p| p.is_dir())
        .unwrap_or_else(|| panic!("no package on the stick"));

    // The ministry imports it into its outbox and sends it to its own target.
    let (code, out, err) = ochiq(
        &[
            "outbox",
            "import",
            package.to_str().unwrap_or_default(),
            "--workspace",
            m,
            "--target",
            "folder",
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("1-104-0012"), "{out}");
    // The period the regional office published travels in the manifest.
    let (_, list, _) = ochiq(&["outbox", "list", "--workspace", m], home.path());
    assert!(list.contains("\t1-104-0012\t2026-Q3\t"), "{list}");
    let (code, out, err) = ochiq(&["outbox", "send", "--workspace", m], home.path());
    assert_eq!(code, 0, "{out}{err}");
    let (_, history, _) = ochiq(&["history", "--workspace", m, "--json"], home.path());
    assert!(history.contains("\"imported\""), "{history}");
    assert!(history.contains("\"confirmed\""), "{history}");

    // A damaged package is refused with a clear message, exit 2.
    let data = std::fs::read_dir(&package)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "csv"))
        .unwrap_or_else(|| panic!("no data file"));
    std::fs::write(&data, "tampered").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = ochiq(
        &[
            "outbox",
            "import",
            package.to_str().unwrap_or_default(),
            "--workspace",
            m,
        ],
        home.path(),
    );
    assert_eq!(code, 2);
    assert!(err.contains("differs from the manifest"), "{err}");

    // Unknown dataset and unknown target: exit 2 with the reason.
    let (code, _, err) = ochiq(&["push", "9-999-9999", "--workspace", m], home.path());
    assert_eq!(code, 2);
    assert!(err.contains("No dataset"), "{err}");
    let (code, _, err) = ochiq(
        &[
            "push",
            "1-104-0012",
            "--workspace",
            m,
            "--target",
            "nowhere",
        ],
        home.path(),
    );
    assert_eq!(code, 2);
    assert!(err.contains("No target"), "{err}");
}

#[test]
fn compare_tells_what_the_new_version_changes_against_the_published_one() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path(), "office");
    let w = ws.to_str().unwrap_or_default();
    let (code, out, err) = ochiq(&["push", "1-104-0012", "--workspace", w], home.path());
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, _) = ochiq(
        &["catalogue", "--target", "folder", "--workspace", w],
        home.path(),
    );
    assert_eq!(code, 0);
    assert!(out.starts_with("1-104-0012\t"), "{out}");
    let (code, out, err) = ochiq(
        &[
            "compare",
            "1-104-0012",
            "--target",
            "folder",
            "--workspace",
            w,
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("the same columns and rows"), "{out}");

    // Next month's file: one row less, one figure changed.
    let data = ws.join("datasets/1-104-0012/maktabgacha_talim_2026.csv");
    let text = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("{e}"));
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines.remove(5);
    let last = lines.len() - 1;
    lines[last] = lines[last].replacen(';', ";9", 1);
    std::fs::write(&data, lines.join("\n") + "\n").unwrap_or_else(|e| panic!("{e}"));
    let (code, out, err) = ochiq(
        &[
            "compare",
            "1-104-0012",
            "--target",
            "folder",
            "--workspace",
            w,
        ],
        home.path(),
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Published: 1-104-0012"), "{out}");
    assert!(out.contains("removed"), "{out}");
}

#[test]
fn a_slipped_decimal_comma_is_a_value_jump_before_publishing_and_in_compare() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path(), "office");
    let w = ws.to_str().unwrap_or_default();
    // The population table as published, but Andijon's 2024 figure lost its decimal comma.
    let data = ws.join("datasets/1-104-0013/aholi_soni_2021_2025.csv");
    let text = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains(";3364,2;"), "{text}");
    std::fs::write(&data, text.replacen(";3364,2;", ";33642;", 1))
        .unwrap_or_else(|e| panic!("{e}"));
    let compare = [
        "compare",
        "1-104-0013",
        "--target",
        "folder",
        "--workspace",
        w,
    ];
    let (code, out, err) = ochiq(&compare, home.path());
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("One number changed more than the set factor"),
        "{out}"
    );
    assert!(
        out.contains("Row 3, “2024yil” (1703): 3364,2 → 33642, ×10 against the published version"),
        "{out}"
    );
    // The push says it before queuing, and goes on: a jump is a warning.
    let (code, out, err) = ochiq(
        &["push", "1-104-0013", "--workspace", w, "--queue-only"],
        home.path(),
    );
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("3364,2 → 33642, ×10"), "{out}");
    // With the factor set above the change, nothing is listed.
    let meta = ws.join("ochiq-workspace.json");
    let text = std::fs::read_to_string(&meta).unwrap_or_else(|e| panic!("{e}"));
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    v["jump_factor"] = serde_json::json!(20.0);
    std::fs::write(&meta, v.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let (_, out, _) = ochiq(&compare, home.path());
    assert!(!out.contains("×10"), "{out}");
    assert!(
        out.contains("3364,2 → 33642"),
        "the change itself is still listed: {out}"
    );
}

#[test]
fn a_target_can_take_the_portal_ready_file_as_a_workbook() {
    use calamine::{Data, Reader, Xlsx};
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path(), "office");
    let w = ws.to_str().unwrap_or_default();
    let add = [
        "target",
        "add",
        "--workspace",
        w,
        "--kind",
        "folder",
        "--url",
        "excel",
        "--id",
        "excel",
        "--format",
    ];
    let (code, _, err) = ochiq(&[&add[..], &["pdf"]].concat(), home.path());
    assert_eq!(code, 2);
    assert!(err.contains("use csv, json or xlsx"), "{err}");
    let (code, out, err) = ochiq(&[&add[..], &["xlsx"]].concat(), home.path());
    assert_eq!(code, 0, "{out}{err}");
    let (_, out, _) = ochiq(&["target", "list", "--workspace", w], home.path());
    assert!(out.contains("excel\tfolder\texcel\t\txlsx"), "{out}");
    let push = ["push", "1-104-0013", "--workspace", w, "--target", "excel"];
    let (code, out, err) = ochiq(&push, home.path());
    assert_eq!(code, 0, "{out}{err}");
    let book = std::fs::read_dir(ws.join("excel"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.path().join("1-104-0013.xlsx"))
        .find(|p| p.exists())
        .unwrap_or_else(|| panic!("no workbook published"));
    let mut book: Xlsx<_> = calamine::open_workbook(&book).unwrap_or_else(|e| panic!("{e}"));
    let range = book
        .worksheet_range_at(0)
        .unwrap_or_else(|| panic!("no sheet"))
        .unwrap_or_else(|e| panic!("{e}"));
    let at = |r: u32, c: u32| range.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!(at(0, 2), Data::String("2021yil".into()));
    assert_eq!(at(1, 0), Data::String("1735".into()), "a code stays text");
    assert_eq!(at(1, 2), Data::Float(1948.3), "a number is a number");
    // Read back, the workbook holds the same data as the CSV it was made from.
    let (code, out, err) = ochiq(
        &[
            "compare",
            "1-104-0013",
            "--target",
            "excel",
            "--workspace",
            w,
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("the same columns and rows"), "{out}");
}

/// A two-sheet workbook: a note first, the table second.
fn note_then_table(path: &std::path::Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let note = book.add_worksheet();
    let _ = note.set_name("Izoh");
    let _ = note.write_string(0, 0, "Maʼlumotlar keyingi varaqda");
    let data = book.add_worksheet();
    let _ = data.set_name("Jadval");
    for (c, h) in ["Kod", "Hudud", "Soni"].iter().enumerate() {
        let _ = data.write_string(0, c as u16, *h);
    }
    for (r, (code, name, n)) in [("1703202", "Oltinkoʻl", 12.0), ("1703203", "Asaka", 7.0)]
        .iter()
        .enumerate()
    {
        let row = r as u32 + 1;
        let _ = data.write_string(row, 0, *code);
        let _ = data.write_string(row, 1, *name);
        let _ = data.write_number(row, 2, *n);
    }
    book.save(path).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn validate_reads_the_sheet_header_row_encoding_and_delimiter_it_is_given() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let book = home.path().join("book.xlsx");
    note_then_table(&book);
    let book = book.to_str().unwrap_or_default();
    for sheet in ["Jadval", "2"] {
        let (code, out, err) = ochiq(&["validate", book, "--sheet", sheet, "--json"], home.path());
        assert_eq!(code, 0, "{out}{err}");
        let v: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
        assert_eq!(v["rows"], 2);
        assert_eq!(v["source"]["sheet"], "Jadval");
        assert_eq!(v["source"]["format"], "xlsx");
        assert_eq!(v["source"]["header_rows"], serde_json::json!([1]));
        assert_eq!(v["fields"], serde_json::json!(["Kod", "Hudud", "Soni"]));
    }
    let (code, _, err) = ochiq(&["validate", book, "--sheet", "9"], home.path());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no sheet called “9”"), "{err}");

    // Windows-1251 text with ';', a title line, the header on row 2.
    let (bytes, _, _) = encoding_rs::WINDOWS_1251
        .encode("Ҳисобот 2026\nКод;Туман\n1703202;Олтинкўл\n1703203;Асака\n");
    let csv = home.path().join("t.csv");
    std::fs::write(&csv, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let csv = csv.to_str().unwrap_or_default();
    let args = [
        "validate",
        csv,
        "--json",
        "--encoding",
        "cp1251",
        "--delimiter",
        ";",
        "--header-row",
        "2",
    ];
    let (code, out, err) = ochiq(&args, home.path());
    assert_eq!(code, 0, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["rows"], 2);
    assert_eq!(v["source"]["encoding"], "Windows-1251");
    assert_eq!(v["source"]["delimiter"], ";");
    assert_eq!(v["source"]["header_rows"], serde_json::json!([2]));
    assert_eq!(v["fields"], serde_json::json!(["Код", "Туман"]));

    // The text output says how the file was read before what was found.
    let (_, out, _) = ochiq(&["validate", csv, "--delimiter", "tab"], home.path());
    assert!(out.contains("Tab"), "{out}");
    for bad in [["--encoding", "ebcdic"], ["--delimiter", "ab"]] {
        let (code, _, err) = ochiq(&["validate", csv, bad[0], bad[1]], home.path());
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(bad[1]), "{err}");
    }
}

#[test]
fn a_package_dialect_encoding_and_sheet_are_honoured() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = home.path().join("pkg");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("kod|nom\n1|Тошкент\n2|Самарқанд\n");
    std::fs::write(dir.join("d.csv"), &bytes).unwrap_or_else(|e| panic!("{e}"));
    note_then_table(&dir.join("b.xlsx"));
    let package = r#"{"resources":[
        {"name":"d","path":"d.csv","encoding":"cp1251","dialect":{"delimiter":"|"},
         "schema":{"fields":[{"name":"kod","type":"integer"},{"name":"nom","type":"string"}]}},
        {"name":"b","path":"b.xlsx","dialect":{"sheetNumber":2},
         "schema":{"fields":[{"name":"Kod","type":"string"},{"name":"Hudud","type":"string"},
                             {"name":"Soni","type":"integer"}]}}]}"#;
    std::fs::write(dir.join("datapackage.json"), package).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join("datapackage.json");
    let (code, out, err) = ochiq(
        &["validate", path.to_str().unwrap_or_default(), "--json"],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["rows"], 4);
    let resources = v["resources"].as_array().cloned().unwrap_or_default();
    assert_eq!(resources.len(), 2, "{out}");
    assert_eq!(resources[0]["source"]["encoding"], "Windows-1251");
    assert_eq!(resources[0]["fields"], serde_json::json!(["kod", "nom"]));
    assert_eq!(resources[1]["source"]["sheet"], "Jadval");
}

#[test]
fn a_note_sheet_is_never_valid_with_0_rows_and_the_finding_names_the_data_sheet() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let book = home.path().join("book.xlsx");
    note_then_table(&book);
    let book = book.to_str().unwrap_or_default();
    // By itself it opens on the table, not on the note before it.
    let (code, out, err) = ochiq(&["validate", book, "--json"], home.path());
    assert_eq!(code, 0, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["rows"], 2);
    assert_eq!(v["source"]["sheet"], "Jadval");
    assert_eq!(v["source"]["data_sheets"], serde_json::json!(["Jadval"]));
    // Asked for the note, it reads no rows, and says where the data is.
    let (code, out, err) = ochiq(
        &["validate", book, "--sheet", "Izoh", "--json"],
        home.path(),
    );
    assert_eq!(code, 1, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["valid"], false);
    assert_eq!(v["rows"], 0);
    assert_eq!(v["error_counts"]["no-data-rows"], 1);
    let finding = &v["errors"][0];
    assert_eq!(finding["args"]["sheets"], "Jadval");
    assert!(
        finding["message"]
            .as_str()
            .is_some_and(|m| m.contains("“Izoh”") && m.contains("Jadval")),
        "{finding}"
    );
}

#[test]
fn a_remembered_sheet_that_is_gone_falls_back_to_the_sheet_with_the_table() {
    use ochiq::core::ingest::{self, OpenOptions};
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let book = home.path().join("book.xlsx");
    note_then_table(&book);
    let read = |preferred: &str| {
        let options = OpenOptions {
            preferred_sheet: Some(preferred.to_owned()),
            ..OpenOptions::default()
        };
        let (info, table) = ingest::read_table(&book, &options, &ochiq::core::progress::NoProgress)
            .unwrap_or_else(|e| panic!("{e}"));
        (info.sheet.unwrap_or_default(), table.rows())
    };
    // Still there: the user's choice, even the note.
    assert_eq!(read("Izoh"), ("Izoh".to_owned(), 0));
    // Renamed since: the table, not an error.
    assert_eq!(read("Jadval (eski)"), ("Jadval".to_owned(), 2));
}

#[test]
fn a_raw_file_read_in_a_forced_wrong_encoding_reports_its_header_bytes_too() {
    // The command line's check of a file with no schema reports bytes that are not text in
    // the header as the streamed check of a described file does.
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Код;Туман\n1;Олтинкўл\n");
    let csv = home.path().join("t.csv");
    std::fs::write(&csv, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let csv = csv.to_str().unwrap_or_default();
    let (code, out, err) = ochiq(
        &["validate", csv, "--encoding", "utf-8", "--json"],
        home.path(),
    );
    assert_eq!(code, 1, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let places: Vec<(u64, u64)> = v["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["code"] == "encoding-error")
        .map(|e| {
            (
                e["row"].as_u64().unwrap_or(0),
                e["column"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(places, [(1, 1), (1, 2), (2, 2)]);
}

#[test]
fn push_runs_the_check_before_publishing_and_stops_at_what_the_target_would_refuse() {
    use ochiq::core::publish::outbox::{HistoryFilter, HistoryKind, Outbox};
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path(), "office");
    let w = ws.to_str().unwrap_or_default();
    let checks = || {
        Outbox::open(&ws)
            .and_then(|o| {
                o.history(&HistoryFilter {
                    dataset: "1-104-0018".into(),
                    kinds: vec![HistoryKind::Check],
                    ..HistoryFilter::default()
                })
            })
            .map_or(0, |lines| lines.len())
    };
    let before = checks();

    // A passport with no title: the folder target would refuse it, so nothing is queued.
    let package_path = ws.join("datasets/1-104-0018/datapackage.json");
    let mut package =
        ochiq::core::schema::Package::read(&package_path).unwrap_or_else(|e| panic!("{e}"));
    let title = std::mem::take(&mut package.passport.title);
    package
        .write(&package_path)
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, out, err) = ochiq(&["push", "1-104-0018", "--workspace", w], home.path());
    assert_eq!(code, 1, "{out}{err}");
    let en = ochiq::i18n::I18n::new(ochiq::core::lang::Lang::En);
    let refusal = ochiq::tr!(en, "preflight-missing", field = en.passport_field("title"));
    assert!(err.contains(&refusal), "{err}");
    let (_, list, _) = ochiq(&["outbox", "list", "--workspace", w], home.path());
    assert!(!list.contains("1-104-0018"), "{list}");
    assert_eq!(checks(), before + 1, "the check is in the history");

    // With its title back, the same check passes and the push goes through.
    package.passport.title = title;
    package
        .write(&package_path)
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, out, err) = ochiq(&["push", "1-104-0018", "--workspace", w], home.path());
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("The data is valid"), "{out}");
    assert_eq!(checks(), before + 2);
}

/// A raw statistical table whose republic total (`1700`) is 7 more than its regions in one
/// quarter: one `total-mismatch` on that cell in `validate --json`, and the same table with the
/// right total is valid.
#[test]
fn validate_finds_a_republic_total_that_is_not_the_sum_of_its_regions() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let regions = [
        "1703", "1706", "1708", "1710", "1712", "1714", "1718", "1722", "1724", "1726", "1727",
        "1730", "1733", "1735",
    ];
    let write = |name: &str, extra: i64| {
        let mut text = String::from("Hudud kodi;Hudud nomi;I chorak;II chorak;III chorak\n");
        let part = |r: usize, q: usize| 100 + (r as i64) * 7 + (q as i64) * 3;
        let sum = |q: usize| (0..regions.len()).map(|r| part(r, q)).sum::<i64>();
        text.push_str(&format!(
            "1700;Respublika;{};{};{}\n",
            sum(0),
            sum(1) + extra,
            sum(2)
        ));
        for (r, code) in regions.iter().enumerate() {
            text.push_str(&format!(
                "{code};Viloyat {r};{};{};{}\n",
                part(r, 0),
                part(r, 1),
                part(r, 2)
            ));
        }
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        path
    };
    let bad = write("bad.csv", 7);
    let (code, out, err) = ochiq(&["validate", "--json", &bad.to_string_lossy()], dir.path());
    assert_eq!(code, 1, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["error_counts"]["total-mismatch"], 1, "{out}");
    let found = v["errors"]
        .as_array()
        .and_then(|e| e.iter().find(|e| e["code"] == "total-mismatch"))
        .unwrap_or_else(|| panic!("no total-mismatch in {out}"));
    assert_eq!(found["row"], 2);
    assert_eq!(found["field"], "II chorak");
    assert_eq!(found["args"]["difference"], "7");
    assert_eq!(found["args"]["code"], "1700");
    let good = write("good.csv", 0);
    let (code, out, err) = ochiq(&["validate", &good.to_string_lossy()], dir.path());
    assert_eq!(code, 0, "{out}{err}");
}
