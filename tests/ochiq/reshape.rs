//! Statistical tables into the portal's shape: periods across the columns (a CSV with
//! `2016yil …`, a workbook with quarters under a merged `2024-yil`) unpivoted by a recipe step,
//! checked clean against the reshaped schema, replayed on next month's file with one more
//! period, refused when it would lose data; in the window and on the command line.

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use ochiq::core::ingest::{self, OpenOptions};
use ochiq::core::progress::NoProgress;
use ochiq::core::recipe::reshape::reshaped_schema;
use ochiq::core::recipe::suggest::unpivot_step;
use ochiq::core::recipe::{Step, apply};
use ochiq::core::schema::infer::infer_schema;
use ochiq::core::validate::{Code, DEFAULT_LIMIT, Validator};
use rust_xlsxwriter::{Format, Workbook};

use crate::cli::ochiq;
use crate::common::dataset;
use crate::ui::{app_in, run_check, settle};

fn ok<T, E: std::fmt::Display>(r: Result<T, E>) -> T {
    r.unwrap_or_else(|e| panic!("{e}"))
}

/// A statistical sheet as ministries send it: a title, `Hudud` merged down over two header
/// rows, `2024-yil` merged across its quarters, three regions and a footnote.
fn quarters_workbook(dir: &Path) -> PathBuf {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let plain = Format::new();
    ok(ws.write_string(0, 0, "Hududlar boʻyicha aholi soni"));
    ok(ws.merge_range(2, 0, 3, 0, "Hudud", &plain));
    ok(ws.merge_range(2, 1, 2, 4, "2024-yil", &plain));
    for (i, q) in ["I chorak", "II chorak", "III chorak", "IV chorak"]
        .iter()
        .enumerate()
    {
        ok(ws.write_string(3, 1 + i as u16, *q));
    }
    for (r, name) in ["Andijon viloyati", "Buxoro viloyati", "Jizzax viloyati"]
        .iter()
        .enumerate()
    {
        let r = 4 + r as u32;
        ok(ws.write_string(r, 0, *name));
        for q in 0..4u16 {
            ok(ws.write_number(r, 1 + q, 3000.0 + f64::from(r) * 10.0 + f64::from(q)));
        }
    }
    let path = dir.join("aholi.xlsx");
    ok(book.save(&path));
    path
}

fn no_findings(table: &ochiq::core::table::Table, schema: &ochiq::core::schema::TableSchema) {
    let mut v = Validator::new(schema, &|_| None, DEFAULT_LIMIT);
    v.header(table.header(), 1);
    v.table(table, 2);
    let report = v.finish();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn a_two_row_header_workbook_unpivots_into_portal_quarters_and_checks_clean() {
    let dir = ok(tempfile::tempdir());
    let path = quarters_workbook(dir.path());
    let (_, table) = ok(ingest::read_table(
        &path,
        &OpenOptions::default(),
        &NoProgress,
    ));
    assert_eq!(table.header()[1], "2024-yil I chorak");
    let schema = infer_schema(&table);
    let step = unpivot_step(table.header()).unwrap_or_else(|| panic!("no unpivot"));
    let applied = ok(
        apply(&table, &schema, std::slice::from_ref(&step), &NoProgress).map_err(|_| "cancelled"),
    );
    assert_eq!(applied.table.header(), ["Hudud", "period", "value"]);
    assert_eq!(applied.table.rows(), 12);
    let periods: Vec<&str> = (0..4).filter_map(|r| applied.table.cell(r, 1)).collect();
    assert_eq!(periods, ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    no_findings(
        &applied.table,
        &reshaped_schema(&schema, table.header(), &step),
    );
}

/// The field names of the open dataset's schema.
fn fields(h: &egui_kittest::Harness<'_, ochiq::ui::OchiqApp>) -> Vec<String> {
    h.state()
        .doc
        .as_ref()
        .and_then(|d| d.dataset.as_ref())
        .and_then(|d| d.package.schema())
        .map(|s| s.fields.iter().map(|f| f.name.clone()).collect())
        .unwrap_or_default()
}

fn write(path: &Path, text: &str) {
    ok(std::fs::write(path, text));
}

#[test]
fn validate_json_names_the_unpivot_for_periods_in_the_header() {
    let home = ok(tempfile::tempdir());
    let csv = home.path().join("aholi.csv");
    write(
        &csv,
        "viloyat,2016yil,2017yil,2018yil\nAndijon,10,11,12\nBuxoro,20,21,22\n",
    );
    let (_, out, err) = ochiq(
        &["validate", csv.to_str().unwrap_or_default(), "--json"],
        home.path(),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    let finding = v["errors"]
        .as_array()
        .and_then(|e| {
            e.iter()
                .find(|f| f["code"] == Code::PeriodInHeader.as_str())
        })
        .unwrap_or_else(|| panic!("no period-in-header: {out}"));
    let suggestion = finding["suggestions"][0].as_str().unwrap_or_default();
    let step: Step = ok(serde_json::from_str(suggestion));
    assert_eq!(
        step,
        Step::Unpivot {
            period: "period".into(),
            value: "value".into(),
            columns: vec!["2016yil".into(), "2017yil".into(), "2018yil".into()],
        }
    );
    // The workbook's quarters are named the same way.
    let book = quarters_workbook(home.path());
    let (_, out, _) = ochiq(
        &["validate", book.to_str().unwrap_or_default(), "--json"],
        home.path(),
    );
    assert!(out.contains(r#"\"op\":\"unpivot\""#), "{out}");
    assert!(out.contains("2024-yil IV chorak"), "{out}");
}

/// A dataset whose recipe unpivots its years and whose schema describes the tidy table.
fn reshaped_dataset(dir: &Path, data: &str) -> PathBuf {
    write(&dir.join("aholi.csv"), data);
    let package = r#"{"resources":[{"name":"aholi","path":"aholi.csv",
        "schema":{"fields":[{"name":"viloyat","type":"string"},
            {"name":"period","type":"integer","constraints":{"required":true}},
            {"name":"value","type":"integer"}]},
        "ochiq:recipe":[{"op":"unpivot","period":"period","value":"value",
            "columns":["2016yil","2017yil","2018yil"]}]}]}"#;
    let path = dir.join("datapackage.json");
    write(&path, package);
    path
}

#[test]
fn a_dataset_that_unpivots_is_checked_as_reshaped_next_month_too_and_refused_on_a_collision() {
    let home = ok(tempfile::tempdir());
    let package = reshaped_dataset(
        home.path(),
        "viloyat,2016yil,2017yil,2018yil\nAndijon,10,11,12\nBuxoro,20,,22\n",
    );
    let p = package.to_str().unwrap_or_default();
    let (code, out, err) = ochiq(&["validate", p], home.path());
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Valid: 5 rows checked"), "{out}");

    // Next month: one more year, taken by the same step.
    write(
        &home.path().join("aholi.csv"),
        "viloyat,2016yil,2017yil,2018yil,2019yil\nAndijon,10,11,12,13\nBuxoro,20,21,22,x\n",
    );
    let (code, out, _) = ochiq(&["validate", p, "--json"], home.path());
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = ok(serde_json::from_str(&out));
    assert_eq!(v["rows"], 8);
    // The word in the new year is found in the tidy table's value column, on its own row.
    assert_eq!(v["errors"][0]["code"], "type-error");
    assert_eq!(v["errors"][0]["field"], "value");
    assert_eq!(v["errors"][0]["row"], 9);

    // Two rows of one region would lose a value: refused, with the rows.
    write(
        &home.path().join("aholi.csv"),
        "viloyat,2016yil,2017yil,2018yil\nAndijon,10,11,12\nBuxoro,20,21,22\nAndijon,1,2,3\n",
    );
    let (code, _, err) = ochiq(&["validate", p], home.path());
    assert_eq!(code, 2);
    let pair = en!("unpivot-row-pair", first = "2", second = "4");
    assert!(err.contains(&pair), "{err}");
    assert!(err.contains("Andijon"), "{err}");
}

#[test]
fn an_unpivot_is_previewed_accepted_from_the_checks_tab_and_undone() {
    let dir = ok(tempfile::tempdir());
    let path = quarters_workbook(dir.path());
    let mut harness = app_in(dir.path(), Some(path), None);
    settle(&mut harness);
    run_check(&mut harness);
    // The preview: rows before and after, the periods it writes, the first tidy rows.
    let title = en!("fix-kind-unpivot");
    harness.get_by_label(&title);
    harness.get_by_label(&en!("unpivot-rows", before = "3", after = "12"));
    assert!(
        harness.query_all_by_label("2024-Q4").count() >= 2,
        "a period and a row"
    );
    harness.get_by_label("«2024-yil IV chorak»");
    harness
        .get_by_label(&en!("fix-all-named", fix = title))
        .click();
    settle(&mut harness);
    let header = |h: &egui_kittest::Harness<'_, ochiq::ui::OchiqApp>| {
        h.state()
            .doc
            .as_ref()
            .map(|d| d.table.header().to_vec())
            .unwrap_or_default()
    };
    assert_eq!(header(&harness), ["Hudud", "period", "value"]);
    assert_eq!(
        harness.state().doc.as_ref().map(|d| d.table.rows()),
        Some(12)
    );
    // Checked again by itself: the tidy table is valid against its own schema.
    harness.get_by_label(&en!("cli-valid", rows = 12));
    harness.get_by_label(&format!(
        "1. {}",
        en!(
            "step-unpivot",
            period = "period",
            value = "value",
            count = 4
        )
    ));
    // The Table tab shows the tidy table: a period column in the portal's form.
    harness.get_by_label(&en!("tab-table")).click();
    harness.run_steps(3);
    assert!(
        harness.query_all_by_label("2024-Q3").count() >= 3,
        "one per region"
    );
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "period");
    harness.get_by_label(&en!("tab-checks")).click();
    harness.run_steps(2);
    harness.get_by_label(&en!("recipe-undo")).click();
    settle(&mut harness);
    assert_eq!(header(&harness)[1], "2024-yil I chorak");
}

#[test]
fn accepting_an_unpivot_gives_the_dataset_the_tidy_schema_and_undo_gives_it_back() {
    let dir = ok(tempfile::tempdir());
    let wide = r#"{"resources":[{"name":"aholi","path":"aholi.csv","schema":{"fields":[
        {"name":"viloyat","type":"string"},{"name":"2016yil","type":"integer"},
        {"name":"2017yil","type":"integer"},{"name":"2018yil","type":"integer"}]}}]}"#;
    let ds = dataset(
        dir.path(),
        "aholi",
        "aholi.csv",
        "viloyat,2016yil,2017yil,2018yil\nAndijon,10,11,12\nBuxoro,20,,22\n",
        wide,
    );
    let mut harness = app_in(dir.path(), Some(ds.join("aholi.csv")), None);
    settle(&mut harness);
    run_check(&mut harness);
    assert_eq!(
        fields(&harness),
        ["viloyat", "2016yil", "2017yil", "2018yil"]
    );
    let title = en!("fix-kind-unpivot");
    harness
        .get_by_label(&en!("fix-all-named", fix = title))
        .click();
    settle(&mut harness);
    assert_eq!(fields(&harness), ["viloyat", "period", "value"]);
    // The dataset's check of the tidy table: the empty cell gave no row, nothing to report.
    harness.get_by_label(&en!("cli-valid", rows = 5));
    harness.get_by_label(&en!("recipe-undo")).click();
    settle(&mut harness);
    assert_eq!(
        fields(&harness),
        ["viloyat", "2016yil", "2017yil", "2018yil"]
    );
}

#[test]
fn next_months_file_is_checked_as_read_until_the_saved_unpivot_replays_with_its_new_year() {
    let dir = ok(tempfile::tempdir());
    let ds = dir.path().join("workspace/datasets/aholi");
    ok(std::fs::create_dir_all(&ds));
    reshaped_dataset(
        &ds,
        "viloyat,2016yil,2017yil,2018yil,2019yil\nAndijon,10,11,12,13\nBuxoro,20,21,22,23\n",
    );
    let mut harness = app_in(dir.path(), Some(ds.join("aholi.csv")), None);
    settle(&mut harness);
    run_check(&mut harness);
    // Before the replay the file is checked with its period columns: no wrong labels, and
    // the saved reshape is not offered a second time.
    let codes = |h: &egui_kittest::Harness<'_, ochiq::ui::OchiqApp>| -> Vec<Code> {
        h.state()
            .doc
            .as_ref()
            .and_then(|d| d.checks.report.as_ref())
            .map(|r| {
                // The test's dataset has no passport: those warnings are not the data's.
                let passport = [Code::PassportMissing, Code::PassportLanguage];
                r.findings
                    .iter()
                    .map(|f| f.code)
                    .filter(|c| !passport.contains(c))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(codes(&harness), [Code::PeriodInHeader]);
    assert!(harness.query_by_label(&en!("fix-kind-unpivot")).is_none());
    harness
        .get_by_label(&en!("recipe-apply", count = 1))
        .click();
    settle(&mut harness);
    harness.get_by_label(&en!("unpivot-added", labels = "2019yil"));
    assert_eq!(
        harness.state().doc.as_ref().map(|d| d.table.rows()),
        Some(8)
    );
    let rechecked = harness
        .state()
        .doc
        .as_ref()
        .is_some_and(|d| d.checks.report.as_ref().is_some_and(|r| r.rows == 8));
    assert!(rechecked, "checked again by itself");
    assert!(codes(&harness).is_empty(), "{:?}", codes(&harness));
}

#[test]
fn total_rows_are_kept_and_marked_from_the_checks_tab_checked_clean_and_unmarked_by_undo() {
    let dir = ok(tempfile::tempdir());
    let schema = r#"{"resources":[{"name":"aholi","path":"aholi.csv","schema":{"fields":[
        {"name":"viloyat","type":"string"},{"name":"aholi","type":"integer"}]}}]}"#;
    let ds = dataset(
        dir.path(),
        "aholi",
        "aholi.csv",
        "viloyat,aholi\nAndijon,10\nBuxoro,20\nJami:,30\n\nIzoh: dastlabki maʼlumotlar\n",
        schema,
    );
    let mut harness = app_in(dir.path(), Some(ds.join("aholi.csv")), None);
    settle(&mut harness);
    run_check(&mut harness);
    let title = en!("fix-kind-mark-totals");
    let button = en!("fix-all-named", fix = title);
    harness.get_by_label(&button).click();
    settle(&mut harness);
    assert_eq!(fields(&harness), ["viloyat", "aholi", "is_total"]);
    let cell = |h: &egui_kittest::Harness<'_, ochiq::ui::OchiqApp>, r: usize| {
        h.state()
            .doc
            .as_ref()
            .and_then(|d| d.table.cell(r, 2).map(str::to_owned))
    };
    assert_eq!(cell(&harness, 0).as_deref(), Some("false"));
    assert_eq!(cell(&harness, 2).as_deref(), Some("true"));
    // The blank row and the note are left as they were.
    assert_eq!(cell(&harness, 4), None);
    harness.get_by_label(&format!(
        "1. {}",
        en!("step-mark-totals", field = "is_total")
    ));
    // Marked once: the fix is not offered a second time.
    assert!(harness.query_by_label(&button).is_none());
    harness.get_by_label(&en!("recipe-undo")).click();
    settle(&mut harness);
    assert_eq!(fields(&harness), ["viloyat", "aholi"]);
    assert_eq!(
        harness
            .state()
            .doc
            .as_ref()
            .map(|d| d.table.header().to_vec()),
        Some(vec!["viloyat".to_owned(), "aholi".to_owned()])
    );
}
