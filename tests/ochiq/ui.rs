//! The interface driven as a user would, through egui_kittest: widgets are found by the
//! labels a person reads.

use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use egui_kittest::{Harness, Node};
use ochiq::core::lang::Lang;
use ochiq::core::schema::FieldType;
use ochiq::i18n::I18n;
use ochiq::tr;
use ochiq::ui::actions::Action;
use ochiq::ui::app::Screen;
use ochiq::ui::{AppConfig, OchiqApp};

use crate::common::fixture;

/// An app in English on the workspace `dir/workspace`, opening `open`.
pub(crate) fn app_in(
    dir: &std::path::Path,
    open: Option<std::path::PathBuf>,
    prefs_path: Option<std::path::PathBuf>,
) -> Harness<'static, OchiqApp> {
    app_with(AppConfig {
        prefs_path,
        workspace: Some(dir.join("workspace")),
        open,
        lang: Some(Lang::En),
        ..AppConfig::default()
    })
}

/// The app as `config` starts it, with tokens kept in memory: UI tests never touch the OS
/// keychain.
pub(crate) fn app_with(config: AppConfig) -> Harness<'static, OchiqApp> {
    let app = OchiqApp::new(AppConfig {
        secrets: Some(std::sync::Arc::new(
            ochiq::core::publish::secrets::MemoryStore::default(),
        )),
        ..config
    });
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_context_setup(ochiq::ui::fonts::install)
        .build_ui_state(|ui, app: &mut OchiqApp| app.ui_root(ui), app)
}

/// An app on a fresh, empty workspace, in English, opening a fixture.
fn app_opening(file: Option<&str>) -> (tempfile::TempDir, Harness<'static, OchiqApp>) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let prefs = Some(dir.path().join("preferences.json"));
    let harness = app_in(dir.path(), file.map(fixture), prefs);
    (dir, harness)
}

/// Whether the calendar screen covers the document.
pub(crate) fn shows_calendar(app: &OchiqApp) -> bool {
    matches!(app.screen(), Some(Screen::Calendar))
}

/// Whether the publishing screen covers the document.
pub(crate) fn shows_publishing(app: &OchiqApp) -> bool {
    matches!(app.screen(), Some(Screen::Publishing))
}

/// Steps the UI until the background jobs are done.
pub(crate) fn settle(harness: &mut Harness<'_, OchiqApp>) {
    let start = Instant::now();
    loop {
        harness.step();
        if !harness.state().is_busy() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "jobs did not finish"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.run_steps(3);
}

/// A cell of the data table: the leftmost widget with that text (the column panel, on the
/// right, may show the same value among a column's most frequent ones).
fn in_table<'h>(harness: &'h Harness<'_, OchiqApp>, text: &'h str) -> Node<'h> {
    harness
        .get_all_by_label(text)
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap_or_else(|| panic!("{text:?} is not shown"))
}

/// Opens the Checks tab and checks the table, waiting for the report.
pub(crate) fn run_check(harness: &mut Harness<'_, OchiqApp>) {
    harness.get_by_label(&en!("tab-checks")).click();
    harness.run_steps(2);
    harness.get_by_label(&en!("checks-run")).click();
    settle(harness);
}

pub(crate) fn shown(harness: &Harness<'_, OchiqApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

fn combo<'h>(harness: &'h Harness<'_, OchiqApp>, label: &'h str) -> Node<'h> {
    harness.get_by_role_and_label(Role::ComboBox, label)
}

#[test]
fn an_opened_file_shows_its_first_cells() {
    let (_dir, mut harness) = app_opening(Some("utf8_semicolon.csv"));
    settle(&mut harness);
    in_table(&harness, "1703202");
    in_table(&harness, "Oltinkoʻl tumani");
    harness.get_by_role_and_label(Role::Button, "Hudud_kodi");
    harness.get_by_label(&en!("source-size", count = 5, rows = 5, columns = 4));
}

#[test]
fn switching_the_language_changes_the_interface_and_is_remembered() {
    let (dir, mut harness) = app_opening(Some("utf8_semicolon.csv"));
    settle(&mut harness);
    harness.get_by_label(&en!("menu-open"));
    combo(&harness, &en!("menu-language")).click();
    harness.run_steps(2);
    harness.get_by_label("Русский").click();
    harness.run_steps(2);
    let russian_open = tr!(I18n::new(Lang::Ru), "menu-open");
    assert_ne!(russian_open, en!("menu-open"));
    harness.get_by_label(&russian_open);
    assert!(harness.query_by_label(&en!("menu-open")).is_none());
    assert_eq!(harness.state().preferences().language, Lang::Ru);
    // Preferences are written in the background; wait for it.
    settle(&mut harness);
    let saved = std::fs::read_to_string(dir.path().join("preferences.json")).unwrap_or_default();
    assert!(saved.contains("\"ru\""), "{saved}");
}

#[test]
fn a_broken_file_gets_a_clear_message_and_the_app_goes_on() {
    let (_dir, mut harness) = app_opening(Some("binary_garbage.csv"));
    settle(&mut harness);
    let message = tr!(
        I18n::new(Lang::En),
        "file-error-binary",
        name = "binary_garbage.csv"
    );
    harness.get_by_label(&message);
    harness.get_by_label(&en!("notice-dismiss")).click();
    harness.run_steps(2);
    assert!(harness.query_by_label(&message).is_none());
    harness.get_by_label(&en!("menu-open"));
}

#[test]
fn choosing_another_sheet_reads_it() {
    let (_dir, mut harness) = app_opening(Some("title_block.xlsx"));
    settle(&mut harness);
    in_table(&harness, "1703202");
    harness.get_by_label_contains(&en!("source-preamble", text = "Andijon viloyati"));
    combo(&harness, &en!("source-sheet")).click();
    harness.run_steps(2);
    harness.get_by_label("Izoh").click();
    settle(&mut harness);
    assert!(!shown(&harness, "1703202"));
    let doc = harness
        .state()
        .doc
        .as_ref()
        .map(|d| d.options.sheet.clone());
    assert_eq!(doc, Some(Some("Izoh".to_owned())));
}

#[test]
fn choosing_an_encoding_rereads_the_file() {
    let (_dir, mut harness) = app_opening(Some("cp1251_semicolon.csv"));
    settle(&mut harness);
    in_table(&harness, "Алтынкульский район");
    assert_eq!(
        combo(&harness, &en!("source-encoding")).value().as_deref(),
        Some("Windows-1251 (detected)")
    );
    combo(&harness, &en!("source-encoding")).click();
    harness.run_steps(2);
    harness.get_by_label("Windows-1252").click();
    settle(&mut harness);
    assert!(!shown(&harness, "Алтынкульский район"));
    assert_eq!(
        combo(&harness, &en!("source-encoding")).value().as_deref(),
        Some("Windows-1252")
    );
}

#[test]
fn clicking_a_column_header_shows_its_profile() {
    let (_dir, mut harness) = app_opening(Some("decimal_comma.csv"));
    settle(&mut harness);
    harness.get_by_role_and_label(Role::Button, "Aholi").click();
    harness.run_steps(2);
    let doc = harness.state().doc.as_ref().map(|d| d.view.selected_col);
    assert_eq!(doc, Some(Some(2)));
    // The column panel profiles each column: the SOATO codes are codes, Aholi is a number.
    harness.get_by_label(&en!("kind-code"));
    assert!(harness.query_all_by_label(&en!("kind-number")).count() >= 2);
    // Smallest and largest Aholi, as written in the file.
    assert!(harness.query_all_by_label("-45,5").count() >= 2);
    assert!(harness.query_all_by_label("1 000 000").count() >= 2);
}

#[test]
fn the_keyboard_moves_through_rows() {
    let (_dir, mut harness) = app_opening(Some("utf8_semicolon.csv"));
    settle(&mut harness);
    in_table(&harness, "1703202").click();
    harness.run_steps(2);
    harness.key_press(egui::Key::ArrowDown);
    harness.run_steps(2);
    let selected = harness
        .state()
        .doc
        .as_ref()
        .and_then(|d| d.view.selected_row);
    assert_eq!(selected, Some(1));
    // Rows are numbered as in the file: the header is row 1.
    harness.get_by_label_contains("Row 3, Hudud_kodi");
}

/// A file dropped onto the window, as the windowing layer reports it.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_opens_and_joins_the_recent_files() {
    let (_dir, mut harness) = app_opening(None);
    settle(&mut harness);
    // A new workspace with no file open shows its first steps.
    harness.get_by_label(&tr!(I18n::new(Lang::En), "start-title"));
    let path = fixture("basic.ods");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    settle(&mut harness);
    in_table(&harness, "Oltinkoʻl tumani");
    assert_eq!(
        harness.state().preferences().recent_files.first(),
        Some(&path)
    );
    harness.get_by_label(&en!("menu-recent")).click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::Button, "basic.ods");
}

#[test]
fn a_file_is_described_as_a_dataset_edited_in_four_languages_and_saved() {
    let (dir, mut harness) = app_opening(Some("decimal_comma.csv"));
    settle(&mut harness);
    harness.get_by_label(&en!("tab-passport")).click();
    harness.run_steps(2);
    harness.get_by_label(&en!("describe-button")).click();
    settle(&mut harness);
    // The inferred schema: the SOATO code stays a code (text bound to the SOATO classifier,
    // which checks it; no pattern guessed from the values), Aholi and Ulush are numbers with
    // a decimal comma (Aholi groups thousands with plain spaces in some rows and no-break
    // spaces in others: a space groupChar reads both).
    {
        let doc = harness
            .state()
            .doc
            .as_ref()
            .unwrap_or_else(|| panic!("no document"));
        let schema = doc
            .dataset
            .as_ref()
            .and_then(|d| d.package.schema())
            .unwrap_or_else(|| panic!("no schema"));
        assert_eq!(schema.fields[0].constraints.pattern, None);
        assert_eq!(
            schema.fields[0]
                .classifier
                .as_ref()
                .map(|b| b.classifier.as_str()),
            Some("soato")
        );
        assert_eq!(schema.fields[3].decimal_char.as_deref(), Some(","));
        assert_eq!(schema.fields[2].field_type, FieldType::Number);
        assert_eq!(schema.fields[2].decimal_char.as_deref(), Some(","));
    }
    harness.get_by_label(&en!("tab-passport")).click();
    harness.run_steps(2);
    let title_box = harness.get_by(|n| n.data().placeholder() == Some("Title · Oʻzbekcha"));
    title_box.click();
    harness.run_steps(1);
    // The title starts as the file name; replace it.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_steps(1);
    harness
        .get_by(|n| n.data().placeholder() == Some("Title · Oʻzbekcha"))
        .type_text("Aholi soni tumanlar boʻyicha");
    harness.run_steps(2);
    harness
        .get_all_by_label("Title: Fill the Cyrillic text from the Latin one")
        .next()
        .unwrap_or_else(|| panic!("no » button for the title"))
        .click();
    harness.run_steps(2);
    let title = harness
        .state()
        .doc
        .as_ref()
        .and_then(|d| d.dataset.as_ref())
        .map(|d| d.package.passport.title.clone())
        .unwrap_or_default();
    assert_eq!(title.uz_latn, "Aholi soni tumanlar boʻyicha");
    assert_eq!(title.uz_cyrl, "Аҳоли сони туманлар бўйича");
    harness.get_by_label(&en!("dataset-save")).click();
    settle(&mut harness);
    let datasets = dir.path().join("workspace/datasets");
    let made: Vec<_> = std::fs::read_dir(&datasets)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    let package_path = datasets.join("aholi-soni-tumanlar-boyicha/datapackage.json");
    assert!(package_path.exists(), "datasets made: {made:?}");
    let package =
        ochiq::core::schema::Package::read(&package_path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(package.passport.title.uz_cyrl, "Аҳоли сони туманлар бўйича");
    assert_eq!(package.resources[0].path, "decimal_comma.csv");
    assert!(package_path.with_file_name("decimal_comma.csv").exists());
    harness.get_by_label(&en!("dataset-saved"));
    // The workspace lists the new dataset by its title.
    harness.get_by_role_and_label(Role::Button, "Aholi soni tumanlar boʻyicha");
}

#[test]
fn the_classifiers_screen_finds_a_district_by_its_cyrillic_name() {
    let (_dir, mut harness) = app_opening(None);
    settle(&mut harness);
    harness.get_by_label(&en!("menu-classifiers")).click();
    harness.run_steps(2);
    harness
        .get_by_label("SOATO (administrative-territorial units) · 2021-04")
        .click();
    harness.run_steps(2);
    harness.get_by_label(&en!(
        "classifiers-about",
        id = "soato",
        version = "2021-04",
        count = "3298"
    ));
    let search = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.data().placeholder() == Some(en!("classifiers-search").as_str())
    };
    harness.get_by(search).click();
    harness.run_steps(1);
    harness.get_by(search).type_text("Бўстон тумани");
    harness.run_steps(3);
    // The district comes first, before the settlements of the same name.
    let text = |n: &egui_kittest::kittest::AccessKitNode<'_>| n.label().or_else(|| n.value());
    let codes: Vec<String> = harness
        .query_all_by(|n| text(n).is_some_and(|l| l.starts_with("17") && l.len() >= 7))
        .map(|n| text(&n.accesskit_node()).unwrap_or_default())
        .collect();
    assert_eq!(
        codes.first().map(String::as_str),
        Some("1703209"),
        "{codes:?}"
    );
}

#[test]
fn a_code_list_is_imported_with_chosen_columns_and_kept_in_the_workspace() {
    let (dir, mut harness) = app_opening(None);
    settle(&mut harness);
    let list = dir.path().join("oked.csv");
    std::fs::write(
        &list,
        "kod;nomi;ota;nomi_ru\nA;Qishloq xoʻjaligi;;Сельское хозяйство\n01;Oʻsimlikchilik;A;Растениеводство\n02;Oʻrmonchilik;A;Лесное хозяйство\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // The file dialog is the system's; the form starts where the dialog leaves off.
    harness
        .state_mut()
        .request(Action::ReadCodeList(list.clone()));
    settle(&mut harness);
    combo(&harness, &en!("classifiers-col-parent")).click();
    harness.run_steps(2);
    harness
        .get_all_by_label("ota")
        .last()
        .unwrap_or_else(|| panic!("no ota"))
        .click();
    harness.run_steps(2);
    combo(
        &harness,
        &en!("classifiers-col-name", lang = en!("lang-ru")),
    )
    .click();
    harness.run_steps(2);
    harness
        .get_all_by_label("nomi_ru")
        .last()
        .unwrap_or_else(|| panic!("no nomi_ru"))
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, &en!("classifiers-import-do"))
        .click();
    harness.run_steps(3);
    let registry = harness.state().registry();
    let oked = registry
        .get("oked", Some("1"))
        .unwrap_or_else(|| panic!("not imported"));
    assert_eq!(oked.len(), 3);
    assert!(oked.is_within("01", "A"));
    assert_eq!(
        oked.get("02").map(|e| e.name.ru.as_str()),
        Some("Лесное хозяйство")
    );
    assert!(
        dir.path()
            .join("workspace/classifiers/oked/1.json")
            .exists()
    );
    // A second import under the same version is refused with a message, not overwritten.
    harness
        .state_mut()
        .request(Action::ReadCodeList(list.clone()));
    settle(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, &en!("classifiers-import-do"))
        .click();
    harness.run_steps(3);
    harness.get_by_label_contains("is already in the workspace");
}

#[test]
fn checking_a_file_lists_its_problems_and_leads_to_the_cell() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("aholi.csv");
    let mut text = String::from("Hudud_kodi;Sana;Soni\n");
    for i in 0..60 {
        text.push_str(&format!(
            "17032{:02};{:02}.01.2026;{}\n",
            2 + i % 10,
            1 + i % 28,
            i
        ));
    }
    text.push_str("1703202;31.02.2026;7\n");
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), Some(file), None);
    settle(&mut harness);
    run_check(&mut harness);
    harness.get_by_label("One error in 61 rows.");
    harness.get_by_label("Wrong type or format (type-error)");
    let message = "Row 62, “Sana”: “31.02.2026” is not a valid date/%d.%m.%Y.";
    harness.get_by_label(message).click();
    harness.run_steps(2);
    let view = harness
        .state()
        .doc
        .as_ref()
        .map(|d| d.view.clone())
        .unwrap_or_default();
    assert_eq!(view.selected_row, Some(60));
    assert_eq!(view.selected_col, Some(1));
    harness.get_by_label_contains("Row 62, Sana:");
    // From the top (Ctrl+Home), "Next error" finds the same cell; the cell is marked in
    // the table.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Home);
    harness.run_steps(2);
    let top = harness.state().doc.as_ref().map(|d| d.view.clone());
    assert_eq!(
        top.map(|v| (v.selected_row, v.first_row)),
        Some((Some(0), 0))
    );
    harness.get_by_label(&en!("table-next-error")).click();
    harness.run_steps(2);
    let view = harness
        .state()
        .doc
        .as_ref()
        .map(|d| d.view.clone())
        .unwrap_or_default();
    assert_eq!((view.selected_row, view.selected_col), (Some(60), Some(1)));
    let marked = harness
        .state()
        .doc
        .as_ref()
        .map(|d| d.checks.cell_errors.len());
    assert_eq!(marked, Some(1));
    // The report saves as CSV (the file dialog is the system's; this is where it leads).
    let report = dir.path().join("aholi-report.csv");
    harness
        .state_mut()
        .request(Action::WriteReport(report.clone()));
    settle(&mut harness);
    let text = std::fs::read_to_string(&report).unwrap_or_default();
    assert!(text.contains("type-error;62;2;Sana;31.02.2026;"), "{text}");
}

#[test]
fn the_window_checks_foreign_keys_like_the_command_line() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ds = dir.path().join("workspace/datasets/bench");
    std::fs::create_dir_all(&ds).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        ds.join("data.csv"),
        "id;soato\n1;1703202\n2;1799999\n3;1703203\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        ds.join("soato.csv"),
        "code,name\n1703202,Oltinkoʻl\n1703203,Andijon\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let package = r#"{"resources":[
        {"name":"data","path":"data.csv","dialect":{"delimiter":";"},
         "schema":{"fields":[{"name":"id","type":"integer"},{"name":"soato","type":"string"}],
                   "foreignKeys":[{"fields":["soato"],"reference":{"resource":"soato","fields":["code"]}}]}},
        {"name":"soato","path":"soato.csv","schema":{"fields":[{"name":"code","type":"string"},{"name":"name","type":"string"}]}}]}"#;
    std::fs::write(ds.join("datapackage.json"), package).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), Some(ds.join("data.csv")), None);
    settle(&mut harness);
    run_check(&mut harness);
    let counts = harness
        .state()
        .doc
        .as_ref()
        .and_then(|d| d.checks.report.as_ref())
        .map(|r| r.count(ochiq::core::validate::Code::ForeignKey));
    assert_eq!(counts, Some(1));
    harness.get_by_label(&en!(
        "finding-foreign-key",
        row = 3,
        field = "soato",
        value = "1799999",
        reference = "soato"
    ));
}

#[test]
fn reading_a_file_again_keeps_the_place_in_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("long.csv");
    let mut text = String::from("n;nomi\n");
    // Long enough that the file is still being read when the table is first drawn again.
    for i in 0..300_000 {
        text.push_str(&format!("{i};qator {i}\n"));
    }
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), Some(file), None);
    settle(&mut harness);
    // To the end of the table, as a user goes there.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::End);
    harness.run_steps(2);
    in_table(&harness, "qator 299999");
    let first_row = |h: &Harness<'_, OchiqApp>| h.state().doc.as_ref().map(|d| d.view.first_row);
    let end = first_row(&harness);
    assert!(end.is_some_and(|r| r > 299_000), "{end:?}");
    combo(&harness, &en!("source-quote")).click();
    harness.run_steps(2);
    harness.get_by_label("'").click();
    settle(&mut harness);
    in_table(&harness, "qator 299999");
    assert_eq!(first_row(&harness), end);
}

fn cell_text(harness: &Harness<'_, OchiqApp>, row: usize, col: usize) -> String {
    harness
        .state()
        .doc
        .as_ref()
        .and_then(|d| d.table.cell(row, col).map(str::to_owned))
        .unwrap_or_default()
}

fn recipe_len(harness: &Harness<'_, OchiqApp>) -> usize {
    harness
        .state()
        .doc
        .as_ref()
        .map_or(0, |d| d.cleaning.recipe.len())
}

#[test]
fn fixes_become_recipe_steps_that_undo_save_and_replay_on_next_months_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ds = dir.path().join("workspace/datasets/maktablar");
    std::fs::create_dir_all(&ds).unwrap_or_else(|e| panic!("{e}"));
    let month = |rows: &str| format!("Hudud;Soni\n{rows}");
    std::fs::write(
        ds.join("data.csv"),
        month("1726266;12\n1726294; 94 \nChilonzor tumani;7\n;\n1726266;3\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let package = r#"{"resources":[{"name":"data","path":"data.csv","dialect":{"delimiter":";"},
        "schema":{"fields":[
          {"name":"Hudud","type":"string","ochiq:classifier":{"classifier":"soato","level":"district"}},
          {"name":"Soni","type":"integer"}]}}]}"#;
    std::fs::write(ds.join("datapackage.json"), package).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), Some(ds.join("data.csv")), None);
    settle(&mut harness);
    run_check(&mut harness);
    harness.get_by_label(&en!("fix-kind-remove-rows"));
    harness.get_by_label(&en!("fix-kind-codes", field = "Hudud"));

    // Fix all: the padded number is trimmed, the table checked again by itself.
    // Each fix's button is named with its fix.
    let trim = en!("fix-kind-trim", field = "Soni");
    harness
        .get_by_label(&en!("fix-all-named", fix = trim))
        .click();
    settle(&mut harness);
    assert_eq!(cell_text(&harness, 1, 1), "94");
    assert_eq!(recipe_len(&harness), 1);
    assert!(
        harness
            .state()
            .doc
            .as_ref()
            .is_some_and(|d| d.checks.report.is_some())
    );
    harness.get_by_label("1. Trim spaces in Soni");

    // One value: the name becomes its district code, chosen from the ranked candidates.
    harness
        .get_all_by_label(&en!("fix-values"))
        .last()
        .unwrap_or_else(|| panic!("no Values"))
        .click();
    harness.run_steps(2);
    harness
        .get_by_label(&en!("fix-one-named", value = "Chilonzor tumani"))
        .click();
    settle(&mut harness);
    assert_eq!(cell_text(&harness, 2, 0), "1726294");
    harness.get_by_label("2. In Hudud, replace \"Chilonzor tumani\" with \"1726294\"");

    // Undo takes the last step back, from the file as read.
    harness.get_by_label(&en!("recipe-undo")).click();
    settle(&mut harness);
    assert_eq!(cell_text(&harness, 2, 0), "Chilonzor tumani");
    assert_eq!(cell_text(&harness, 1, 1), "94");
    assert_eq!(recipe_len(&harness), 1);

    // Empty rows go; the recipe is saved with the dataset.
    let remove = en!("fix-kind-remove-rows");
    harness
        .get_by_label(&en!("fix-all-named", fix = remove))
        .click();
    settle(&mut harness);
    assert_eq!(
        harness.state().doc.as_ref().map(|d| d.table.rows()),
        Some(4)
    );
    harness.get_by_label(&en!("dataset-save")).click();
    settle(&mut harness);
    let saved = std::fs::read_to_string(ds.join("datapackage.json")).unwrap_or_default();
    assert!(saved.contains("\"ochiq:recipe\""), "{saved}");
    assert!(saved.contains("\"op\": \"remove-rows\""), "{saved}");
    // The data file itself is not rewritten: the recipe replays on whatever file comes.
    assert!(
        std::fs::read_to_string(ds.join("data.csv"))
            .unwrap_or_default()
            .contains(" 94 ")
    );

    // Next month's file: the saved steps are offered and replay with one click.
    std::fs::write(ds.join("data.csv"), month("1726266; 5\n;\n1726294;6 \n"))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), Some(ds.join("data.csv")), None);
    settle(&mut harness);
    harness.get_by_label(&en!("tab-checks")).click();
    harness.run_steps(2);
    harness
        .get_by_label(&en!("recipe-apply", count = 2))
        .click();
    settle(&mut harness);
    let doc = harness.state().doc.as_ref();
    assert_eq!(doc.map(|d| d.table.rows()), Some(2));
    assert_eq!(cell_text(&harness, 0, 1), "5");
    assert_eq!(cell_text(&harness, 1, 1), "6");
    // The check ran by itself on the cleaned table: nothing left to fix.
    harness.get_by_label(&en!("cli-valid", rows = 2));

    // The cleaned table saves as CSV and as Excel.
    let csv = dir.path().join("clean.csv");
    let xlsx = dir.path().join("clean.xlsx");
    for path in [&csv, &xlsx] {
        harness
            .state_mut()
            .request(Action::WriteTable(path.clone()));
        settle(&mut harness);
    }
    assert_eq!(
        std::fs::read_to_string(&csv).unwrap_or_default(),
        "Hudud,Soni\r\n1726266,5\r\n1726294,6\r\n"
    );
    let (_, table) = ochiq::core::ingest::read_table(
        &xlsx,
        &ochiq::core::ingest::OpenOptions::default(),
        &ochiq::core::progress::NoProgress,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(table.header(), ["Hudud", "Soni"]);
    assert_eq!(table.cell(1, 1), Some("6"));
}

/// Whether some label or value contains `text`.
pub fn shown_containing(harness: &Harness<'_, OchiqApp>, text: &str) -> bool {
    harness
        .query_all_by(|n| {
            n.label().is_some_and(|l| l.contains(text))
                || n.value().is_some_and(|v| v.contains(text))
        })
        .next()
        .is_some()
}

#[test]
fn a_dataset_is_checked_published_to_the_folder_target_and_recorded_in_the_history() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("workspace");
    ochiq::core::workspace::Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), None, None);
    settle(&mut harness);

    harness.get_by_label(&en!("menu-publishing")).click();
    harness.run_steps(2);
    // The open file's dataset and the workspace's folder target are chosen already.
    let value = |label: &str| combo(&harness, label).value().unwrap_or_default();
    assert!(
        value(&en!("publish-dataset")).starts_with("1-104-0012 — "),
        "{}",
        value(&en!("publish-dataset"))
    );
    assert!(
        value(&en!("publish-target")).contains(&en!("target-kind-folder")),
        "{}",
        value(&en!("publish-target"))
    );
    harness.get_by_label(&en!("publish-check")).click();
    settle(&mut harness);
    assert!(shown_containing(&harness, &en!("publish-preflight-ok")));
    assert!(shown_containing(&harness, "401 rows"));

    harness.get_by_label(&en!("publish-send")).click();
    settle(&mut harness);
    assert!(shown(&harness, &en!("job-confirmed")));
    // Beside the packages of the demo's past publishes.
    let published: Vec<_> = std::fs::read_dir(root.join("published"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains("1-104-0012_"))
        .collect();
    assert_eq!(published.len(), 1, "{published:?}");
    assert!(published[0].join("ochiq-manifest.json").is_file());

    harness.get_by_label(&en!("publish-tab-history")).click();
    harness.run_steps(2);
    for kind in ["checked", "queued", "sent", "confirmed"] {
        assert!(shown(&harness, kind), "no {kind} line in the history");
    }
    harness
        .get_by_label(&en!("publish-tab-outbox", count = 0))
        .click();
    harness.run_steps(2);
    assert!(shown(&harness, &en!("job-confirmed")));

    // A second folder target; the workspace keeps it, and no token is ever written.
    harness.get_by_label(&en!("publish-tab-targets")).click();
    settle(&mut harness);
    for (field, text) in [
        (&en!("target-id"), "usb"),
        (&en!("target-folder"), "/media/usb/ochiq"),
    ] {
        harness.get_by_label(field).click();
        harness.run_steps(1);
        harness.get_by_label(field).type_text(text);
        harness.run_steps(2);
    }
    // It takes its portal-ready files as Excel workbooks.
    combo(&harness, &en!("target-format")).click();
    harness.run_steps(2);
    harness.get_by_label("XLSX").click();
    harness.run_steps(2);
    harness.get_by_label(&en!("target-add")).click();
    harness.run_steps(2);
    assert!(shown(&harness, "usb"));
    let meta = std::fs::read_to_string(root.join("ochiq-workspace.json")).unwrap_or_default();
    assert!(meta.contains("/media/usb/ochiq"), "{meta}");
    assert!(meta.contains("\"format\": \"xlsx\""), "{meta}");
}

#[test]
fn the_check_before_publishing_lists_a_figure_that_jumped_against_the_published_version() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("workspace");
    ochiq::core::workspace::Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    // Andijon's 2024 population lost its decimal comma since the published version.
    let data = root.join("datasets/1-104-0013/aholi_soni_2021_2025.csv");
    let text = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&data, text.replacen(";3364,2;", ";33642;", 1))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), None, None);
    settle(&mut harness);
    harness.get_by_label(&en!("menu-publishing")).click();
    harness.run_steps(2);
    combo(&harness, &en!("publish-dataset")).click();
    harness.run_steps(2);
    harness.get_by_label_contains("1-104-0013 — ").click();
    harness.run_steps(2);
    harness.get_by_label(&en!("publish-check")).click();
    settle(&mut harness);
    assert!(
        shown_containing(&harness, "“2024yil” (1703): 3364,2 → 33642, ×10"),
        "the jump is listed"
    );
    // A warning: publishing is still offered.
    assert!(
        !harness
            .get_by_label(&en!("publish-send"))
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn the_sheet_chosen_in_a_workbook_is_where_it_opens_next_time() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("hisobot.xlsx");
    std::fs::copy(fixture("title_block.xlsx"), &path).unwrap_or_else(|e| panic!("{e}"));
    let prefs = dir.path().join("preferences.json");
    let sheet_of = |harness: &Harness<'_, OchiqApp>| {
        harness
            .state()
            .doc
            .as_ref()
            .and_then(|d| d.info.as_ref())
            .and_then(|i| i.sheet.clone())
    };
    let mut harness = app_in(dir.path(), Some(path.clone()), Some(prefs.clone()));
    settle(&mut harness);
    assert_eq!(sheet_of(&harness).as_deref(), Some("Ma'lumot"));
    combo(&harness, &en!("source-sheet")).click();
    harness.run_steps(2);
    harness.get_by_label("Izoh").click();
    settle(&mut harness);
    assert_eq!(sheet_of(&harness).as_deref(), Some("Izoh"));

    // Opened again from the recent files, it is on the chosen sheet.
    harness.get_by_label(&en!("menu-recent")).click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "hisobot.xlsx")
        .click();
    settle(&mut harness);
    assert_eq!(sheet_of(&harness).as_deref(), Some("Izoh"));
    drop(harness);

    // And in the next session.
    let mut harness = app_in(dir.path(), Some(path.clone()), Some(prefs));
    settle(&mut harness);
    assert_eq!(sheet_of(&harness).as_deref(), Some("Izoh"));

    // A dataset keeps the choice in its package instead.
    harness.get_by_label(&en!("tab-passport")).click();
    harness.run_steps(2);
    harness.get_by_label(&en!("describe-button")).click();
    settle(&mut harness);
    combo(&harness, &en!("source-sheet")).click();
    harness.run_steps(2);
    harness.get_by_label("Ma'lumot").click();
    settle(&mut harness);
    let dataset = harness
        .state()
        .doc
        .as_ref()
        .and_then(|d| d.dataset.as_ref())
        .map(|d| (d.package.resources[0].sheet.clone(), d.dirty));
    assert_eq!(dataset, Some((Some("Ma'lumot".to_owned()), true)));
}

#[test]
fn the_window_checks_a_raw_file_against_its_own_labels_like_the_command_line() {
    // A repeated label, a blank one, a padded one, a row too long and a row too short: the
    // window reports what frictionless reports for this file, and never a renamed label.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("raw.csv");
    std::fs::write(
        &file,
        "id,name,name,, cid\n1,a,b,c,d\n2,a,b,c,d,extra\n3,a,b\n4,a,b,c,d\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), Some(file.clone()), None);
    settle(&mut harness);
    run_check(&mut harness);
    let window: Vec<(ochiq::core::validate::Code, u64)> = harness
        .state()
        .doc
        .as_ref()
        .and_then(|d| d.checks.report.as_ref())
        .map(|r| r.counts.iter().map(|(c, n)| (*c, *n)).collect())
        .unwrap_or_default();
    use ochiq::core::validate::Code;
    assert_eq!(
        window,
        [
            (Code::BlankLabel, 1),
            (Code::DuplicateLabel, 1),
            (Code::ExtraCell, 1),
            (Code::MissingCell, 2),
        ]
    );
    let registry = ochiq::core::classifier::Registry::bundled_only();
    let cli = ochiq::core::workflow::check::validate_file(
        &file,
        None,
        &registry,
        ochiq::core::validate::DEFAULT_LIMIT,
        &ochiq::core::progress::NoProgress,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let cli: Vec<(Code, u64)> = cli.counts.iter().map(|(c, n)| (*c, *n)).collect();
    assert_eq!(window, cli);
}

/// The demo's budget table: the republic's total is 0,4 more than its regions in `Ijro`. The
/// Checks tab names the kind and says the sentence, and going to the finding selects the
/// total's cell.
#[test]
fn a_total_that_is_not_the_sum_of_its_regions_is_shown_and_leads_to_its_cell() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("demo");
    ochiq::core::workspace::Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    let data = root.join("datasets/1-104-0020/byudjet_ijrosi_2026_10.csv");
    let mut harness = app_with(AppConfig {
        workspace: Some(root),
        open: Some(data),
        lang: Some(Lang::En),
        ..AppConfig::default()
    });
    settle(&mut harness);
    if harness.state().screen().is_some() {
        harness.state_mut().request(Action::CloseCalendar);
        settle(&mut harness);
    }
    run_check(&mut harness);
    let kind = format!("{} (total-mismatch)", en!("code-total-mismatch"));
    harness.get_by_label(&kind);
    let sentence = en!(
        "finding-total-mismatch",
        row = 2,
        field = "Ijro",
        code = "1700",
        total = "25174,7",
        sum = "25174,3",
        difference = "0,4",
        parts = "14"
    );
    harness.get_by_label(&sentence).click();
    settle(&mut harness);
    let view = harness
        .state()
        .doc
        .as_ref()
        .map(|d| (d.view.selected_row, d.view.selected_col));
    // Row 2 of the file is the table's first row; Ijro is the fifth column.
    assert_eq!(view, Some((Some(0), Some(4))));
}
