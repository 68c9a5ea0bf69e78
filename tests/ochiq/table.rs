//! The table's tools driven as a user would: find across scripts and step through the
//! matches, sort and sort back with the findings on their cells, filters combined and
//! removed, and a cell edited by hand, undone, saved and replayed on next month's file.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ochiq::core::history::{History, HistoryDetail, HistoryFilter, HistoryKind};
use ochiq::core::recipe::Step;
use ochiq::ui::OchiqApp;

use crate::common::dataset;
use crate::ui::{app_in, run_check, settle, shown};

/// A CSV written into a fresh folder and opened.
fn opening(name: &str, text: &str) -> (tempfile::TempDir, Harness<'static, OchiqApp>) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join(name);
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_in(dir.path(), Some(file), None);
    settle(&mut harness);
    (dir, harness)
}

fn selected(h: &Harness<'_, OchiqApp>) -> (Option<usize>, Option<usize>) {
    let view = h.state().doc.as_ref().map(|d| d.view.clone());
    view.map_or((None, None), |v| (v.selected_row, v.selected_col))
}

/// The table rows shown, in order (`None`: every row in file order).
fn shown_rows(h: &Harness<'_, OchiqApp>) -> Option<Vec<u32>> {
    h.state()
        .doc
        .as_ref()
        .and_then(|d| d.tools.shown.as_ref().map(|o| o.rows().to_vec()))
}

fn cell(h: &Harness<'_, OchiqApp>, row: usize, col: usize) -> String {
    h.state()
        .doc
        .as_ref()
        .and_then(|d| d.table.cell(row, col).map(str::to_owned))
        .unwrap_or_default()
}

/// The top of the leftmost widget showing `text` (a cell of the table).
fn top_of(h: &Harness<'_, OchiqApp>, text: &str) -> f32 {
    h.get_all_by_label(text)
        .map(|n| n.rect())
        .min_by(|a, b| a.left().total_cmp(&b.left()))
        .map_or(f32::NAN, |r| r.top())
}

#[test]
fn find_folds_scripts_and_apostrophes_and_steps_through_the_matches() {
    let (_dir, mut h) = opening(
        "tumanlar.csv",
        "tuman;izoh\nBoʻston;a\nChilonzor;Bo'ston yonida\nБўстон;b\nBOSTON;\nYunusobod;c\n",
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, &en!("find-label"))
        .type_text("bo'ston");
    settle(&mut h);
    // The first match is chosen at once; the count follows: four cells in both scripts.
    assert_eq!(selected(&h), (Some(0), Some(0)));
    h.get_by_label(&en!("find-n-of-m", n = "1", total = "4"));
    // F3 and Enter go forward, Shift+F3 back; past the last match it wraps to the first.
    h.key_press(Key::F3);
    h.run_steps(2);
    assert_eq!(selected(&h), (Some(1), Some(1)));
    h.get_by_label(&en!("find-n-of-m", n = "2", total = "4"));
    h.key_press(Key::Enter);
    h.run_steps(2);
    assert_eq!(selected(&h), (Some(2), Some(0)));
    h.key_press(Key::F3);
    h.run_steps(2);
    assert_eq!(selected(&h), (Some(3), Some(0)));
    h.key_press(Key::F3);
    h.run_steps(2);
    assert_eq!(selected(&h), (Some(0), Some(0)));
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::F3);
    h.run_steps(2);
    assert_eq!(selected(&h), (Some(3), Some(0)));
    // Exactly as typed, the lowercase apostrophe spelling is nowhere.
    h.get_by_label(&en!("find-exact")).click();
    settle(&mut h);
    h.get_by_label(&en!("find-none"));
    // Esc in the bar puts it away.
    h.get_by_role_and_label(Role::TextInput, &en!("find-label"))
        .focus();
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(!shown(&h, &en!("find-hint")));
}

#[test]
fn sorting_by_type_and_back_keeps_the_findings_on_their_cells() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let package = r#"{"resources":[{"name":"data","path":"data.csv","dialect":{"delimiter":";"},
        "schema":{"fields":[{"name":"Hudud","type":"string"},{"name":"Soni","type":"integer"}]}}]}"#;
    let ds = dataset(
        dir.path(),
        "soni",
        "data.csv",
        "Hudud;Soni\nAlpha;120\nBeta;x\nGamma;45\nDelta;\nEpsilon;3000\n",
        package,
    );
    let mut h = app_in(dir.path(), Some(ds.join("data.csv")), None);
    settle(&mut h);
    run_check(&mut h);
    h.get_by_label(&en!("tab-table")).click();
    h.run_steps(2);
    let sort = en!("sort-button", column = "Soni");
    h.get_by_label(&sort).click();
    settle(&mut h);
    // Numbers as numbers, the value that is not one after them, the empty cell last.
    assert_eq!(shown_rows(&h), Some(vec![2, 0, 4, 1, 3]));
    assert!(top_of(&h, "45") < top_of(&h, "120"));
    assert!(top_of(&h, "3000") < top_of(&h, "x"));
    h.get_by_label(&en!("sort-ascending", column = "Soni"));
    // The finding is still that of "x" in the file's row 3, and F8 goes to that cell.
    let marked: Vec<(usize, usize)> = h
        .state()
        .doc
        .as_ref()
        .map(|d| d.checks.cell_errors.keys().copied().collect())
        .unwrap_or_default();
    assert_eq!(marked, [(1, 1)]);
    h.key_press(Key::F8);
    h.run_steps(2);
    assert_eq!(selected(&h), (Some(1), Some(1)));
    assert_eq!(cell(&h, 1, 1), "x");
    // Descending; then back to the file's order. The data never moved.
    h.get_by_label(&sort).click();
    settle(&mut h);
    assert_eq!(shown_rows(&h), Some(vec![4, 0, 2, 1, 3]));
    h.get_by_label(&sort).click();
    settle(&mut h);
    assert_eq!(shown_rows(&h), None);
    assert!(top_of(&h, "120") < top_of(&h, "45"));
    assert_eq!(cell(&h, 0, 0), "Alpha");
}

#[test]
fn two_filters_combine_and_each_is_removed_by_its_chip() {
    let (_dir, mut h) = opening(
        "maktablar.csv",
        "viloyat;tuman;soni\nToshkent;Chilonzor;4\nSamarqand;Urgut;5\nToshkent;Olmazor;6\nToshkent;Chilonzor;7\nBuxoro;Romitan;8\n",
    );
    // From the column card of "viloyat": only rows with Toshkent.
    h.get_by_label(&en!(
        "filter-value-keep",
        value = "Toshkent",
        column = "viloyat"
    ))
    .click();
    settle(&mut h);
    assert_eq!(shown_rows(&h), Some(vec![0, 2, 3]));
    // From a cell: rows without Chilonzor, through the bar's menu for the selected cell.
    h.get_all_by_label("Chilonzor")
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap_or_else(|| panic!("no Chilonzor cell"))
        .click();
    h.run_steps(2);
    h.get_by_label(&en!("filter-menu")).click();
    h.run_steps(2);
    h.get_by_label(&en!("filter-without-value", value = "Chilonzor"))
        .click();
    settle(&mut h);
    assert_eq!(shown_rows(&h), Some(vec![2]));
    h.get_by_label(&en!("filter-shown", shown = "1", rows = "5"));
    // Each chip goes by its own button; the other filter stays.
    let first = en!("filter-chip-is", column = "viloyat", value = "Toshkent");
    h.get_by_label(&en!("filter-remove", filter = first))
        .click();
    settle(&mut h);
    assert_eq!(shown_rows(&h), Some(vec![1, 2, 4]));
    let second = en!("filter-chip-is-not", column = "tuman", value = "Chilonzor");
    h.get_by_label(&en!("filter-remove", filter = second))
        .click();
    settle(&mut h);
    assert_eq!(shown_rows(&h), None);
}

fn recipe(h: &Harness<'_, OchiqApp>) -> Vec<Step> {
    h.state()
        .doc
        .as_ref()
        .map(|d| d.cleaning.recipe.steps.clone())
        .unwrap_or_default()
}

/// Errors the last check found (`usize::MAX` when there is no report).
fn errors(h: &Harness<'_, OchiqApp>) -> usize {
    h.state()
        .doc
        .as_ref()
        .and_then(|d| d.checks.report.as_ref().map(|r| r.errors() as usize))
        .unwrap_or(usize::MAX)
}

/// Selects the cell showing `text`, edits it (F2) to `new` and keeps it (Enter).
fn edit_cell(h: &mut Harness<'_, OchiqApp>, text: &str, new: &str) {
    h.get_all_by_label(text)
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap_or_else(|| panic!("no cell {text}"))
        .click();
    h.run_steps(2);
    edit_cell_selected(h, new);
}

/// Edits the selected cell (F2) to `new` and keeps it (Enter).
fn edit_cell_selected(h: &mut Harness<'_, OchiqApp>, new: &str) {
    h.key_press(Key::F2);
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_role(Role::TextInput).type_text(new);
    h.run_steps(1);
    h.key_press(Key::Enter);
    settle(h);
}

#[test]
fn a_cell_edited_by_hand_is_a_step_undone_saved_recorded_and_replayed_only_where_its_key_is() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let package = r#"{"passport":{"code":"1-104-0042"},"resources":[{"name":"data","path":"data.csv",
        "dialect":{"delimiter":";"},"schema":{"fields":[{"name":"id","type":"integer"},
        {"name":"tuman","type":"string"},{"name":"soni","type":"integer"}],"primaryKey":["id"]}}]}"#;
    let ds = dataset(
        dir.path(),
        "maktablar",
        "data.csv",
        "id;tuman;soni\n1;Yunusobod;12x\n2;Chilanzor;7\n3;Olmazor;4\n",
        package,
    );
    let mut h = app_in(dir.path(), Some(ds.join("data.csv")), None);
    settle(&mut h);
    run_check(&mut h);
    h.get_by_label(&en!("tab-table")).click();
    h.run_steps(2);

    // The wrong number typed right: a step naming the row by its key, checked again.
    edit_cell(&mut h, "12x", "12");
    assert_eq!(cell(&h, 0, 2), "12");
    let steps = recipe(&h);
    assert!(
        matches!(&steps[..], [Step::Edit { key, field, old, new }]
            if key.get("id").map(String::as_str) == Some("1") && field == "soni" && old == "12x" && new == "12"),
        "{steps:?}"
    );
    assert_eq!(errors(&h), 0);
    // A value made invalid by hand is taken, and its finding shows at once; undo takes it
    // back.
    // The row's number is 4 too: the cell is the second widget from the left saying 4.
    let mut fours: Vec<_> = h.get_all_by_label("4").collect();
    fours.sort_by(|a, b| a.rect().left().total_cmp(&b.rect().left()));
    fours[1].click();
    h.run_steps(2);
    edit_cell_selected(&mut h, "four");
    assert_eq!(
        cell(&h, 2, 2),
        "four",
        "{:?} {:?}",
        recipe(&h),
        selected(&h)
    );
    assert_eq!(errors(&h), 1);
    h.get_by_label(&en!("tab-checks")).click();
    h.run_steps(2);
    h.get_by_label(&en!("recipe-undo")).click();
    settle(&mut h);
    assert_eq!(cell(&h, 2, 2), "4");
    assert_eq!(cell(&h, 0, 2), "12");
    assert_eq!(errors(&h), 0);
    h.get_by_label(&en!("tab-table")).click();
    h.run_steps(2);
    edit_cell(&mut h, "Chilanzor", "Chilonzor");
    assert_eq!(recipe(&h).len(), 2);
    // Esc drops what was typed.
    h.key_press(Key::F2);
    h.run_steps(2);
    h.get_by_role(Role::TextInput).type_text("zzz");
    h.run_steps(1);
    h.key_press(Key::Escape);
    settle(&mut h);
    assert_eq!(cell(&h, 1, 1), "Chilonzor");
    assert_eq!(recipe(&h).len(), 2);
    // Delete asks first; the row goes as a step naming it by its key.
    h.get_all_by_label("Olmazor")
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap_or_else(|| panic!("no Olmazor cell"))
        .click();
    h.run_steps(2);
    h.key_press(Key::Delete);
    h.run_steps(2);
    h.get_by_label(&en!("edit-delete-ask", row = 4));
    h.get_by_label(&en!("edit-delete-confirm")).click();
    settle(&mut h);
    assert_eq!(h.state().doc.as_ref().map(|d| d.table.rows()), Some(2));
    assert!(
        matches!(recipe(&h).last(), Some(Step::DeleteRow { key, .. })
        if key.get("id").map(String::as_str) == Some("3"))
    );

    // Saved: the steps go in the package, the data file stays as it came, and the history
    // says two values were typed and one row deleted by hand.
    h.get_by_label(&en!("dataset-save")).click();
    settle(&mut h);
    let saved = std::fs::read_to_string(ds.join("datapackage.json")).unwrap_or_default();
    assert!(saved.contains("\"op\": \"edit\""), "{saved}");
    assert!(
        std::fs::read_to_string(ds.join("data.csv"))
            .unwrap_or_default()
            .contains("12x")
    );
    let history = History::open(&dir.path().join("workspace")).unwrap_or_else(|e| panic!("{e}"));
    let lines = history
        .list(&HistoryFilter {
            kinds: vec![HistoryKind::Edited],
            limit: 10,
            ..HistoryFilter::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0].parsed_detail(),
        HistoryDetail::ByHand { cells: 2, rows: 1 }
    );

    // Next month's file: row 1 as before, the Chilanzor row under another id, no row 3. Only
    // the edit whose key and old value are there applies; the other two are reported.
    std::fs::write(
        ds.join("data.csv"),
        "id;tuman;soni\n1;Yunusobod;12x\n20;Chilanzor;7\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut h = app_in(dir.path(), Some(ds.join("data.csv")), None);
    settle(&mut h);
    h.get_by_label(&en!("tab-checks")).click();
    h.run_steps(2);
    h.get_by_label(&en!("recipe-apply", count = 3)).click();
    settle(&mut h);
    assert_eq!(cell(&h, 0, 2), "12");
    assert_eq!(cell(&h, 1, 1), "Chilanzor");
    h.get_by_label(&en!("recipe-by-hand-skipped", count = 2));
}
