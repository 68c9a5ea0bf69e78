//! The Chart tab driven as a user would: opened with its shortcut on the demo's tables, its
//! plots found by their accessible names and their values read in the text beside them, the
//! column and the mode switched with the keyboard alone.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use ochiq::core::lang::Lang;
use ochiq::core::workspace::Workspace;
use ochiq::ui::actions::Action;
use ochiq::ui::dataset::DocTab;
use ochiq::ui::{AppConfig, OchiqApp};

use crate::ui::{app_with, settle};

/// The app on a fresh demo workspace in `dir`, in English, with `file` (under the workspace)
/// open and the calendar put away.
fn demo_opening(dir: &std::path::Path, file: &str) -> Harness<'static, OchiqApp> {
    let root = dir.join("demo");
    Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    let mut h = app_with(AppConfig {
        workspace: Some(root.clone()),
        open: Some(root.join(file)),
        lang: Some(Lang::En),
        ..AppConfig::default()
    });
    settle(&mut h);
    if h.state().screen().is_some() {
        h.state_mut().request(Action::CloseCalendar);
        settle(&mut h);
    }
    h
}

/// Ctrl+5, as a user presses it.
fn show_chart(h: &mut Harness<'_, OchiqApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num5);
    h.run_steps(2);
    settle(h);
    let tab = h.state().doc.as_ref().map(|d| d.tab);
    assert_eq!(tab, Some(DocTab::Chart));
}

/// The name of the focused control.
fn focused(h: &Harness<'_, OchiqApp>) -> Option<String> {
    h.root()
        .children_recursive()
        .find(|n| n.is_focused())
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

/// Presses Tab until the control named `name` has the focus.
fn tab_to(h: &mut Harness<'_, OchiqApp>, name: &str) {
    let mut passed = Vec::new();
    for _ in 0..80 {
        h.key_press(Key::Tab);
        h.run_steps(2);
        match focused(h) {
            Some(label) if label == name => return,
            other => passed.push(other.unwrap_or_default()),
        }
    }
    panic!("Tab never reached {name:?}; it passed {passed:?}");
}

/// Picks the column after the chosen one with the keyboard: Tab to the column's box, Space
/// opens it, the arrow keys go down the list, Enter takes it.
fn pick_next_column(h: &mut Harness<'_, OchiqApp>) {
    tab_to(h, &en!("chart-column"));
    for key in [Key::Space, Key::ArrowDown, Key::ArrowDown, Key::Enter] {
        h.key_press(key);
        h.run_steps(2);
    }
}

const POPULATION: &str = "Численность населения, тыс. чел.";

#[test]
fn the_population_is_drawn_by_period_and_by_region_and_read_beside_the_plot() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut h = demo_opening(dir.path(), "data/aholi_soni_viloyatlar.csv");
    show_chart(&mut h);
    // The line: its name, and its values in words.
    h.get_by_label(&en!("chart-line-name", column = POPULATION));
    let values = "2021 34,471.5 · 2022 35,121.4 · 2023 35,779.4 · 2024 36,448.4 · 2025 37,129.9";
    h.get_by_label(&en!("chart-summary", values = values));
    // The republic beside the sum of its 14 regions: here they agree.
    h.get_by_label(&en!("chart-totals-name", column = POPULATION));
    h.get_by_label(&en!(
        "chart-total-holds",
        period = "2025",
        name = "Republic of Uzbekistan",
        total = "37,129.9",
        parts = "14"
    ));
    // No published version is known for a loose file.
    h.get_by_label(&en!("chart-no-published"));

    // By region, with the keyboard: Tab to the radio button, Space.
    tab_to(&mut h, &en!("chart-by-region"));
    h.key_press(Key::Space);
    h.run_steps(2);
    settle(&mut h);
    h.get_by_label(&en!(
        "chart-bars-name",
        column = POPULATION,
        period = "2025"
    ));
    let summary = h
        .query_all_by_label_contains("Tashkent city 2,877.8")
        .count();
    assert_eq!(summary, 1, "the bars' summary names Tashkent in English");

    // Another column, with the keyboard: Tab to the column's box, open it, pick the next.
    pick_next_column(&mut h);
    settle(&mut h);
    h.get_by_label(&en!(
        "chart-bars-name",
        column = "Городское",
        period = "2025"
    ));
}

#[test]
fn the_budget_total_stands_beside_the_sum_of_its_regions_with_the_difference_in_words() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut h = demo_opening(dir.path(), "datasets/1-104-0020/byudjet_ijrosi_2026_10.csv");
    show_chart(&mut h);
    // Reja first; Ijro is the next column.
    h.get_by_label(&en!("chart-totals-name", column = "Reja"));
    pick_next_column(&mut h);
    settle(&mut h);
    h.get_by_label(&en!("chart-totals-name", column = "Ijro"));
    h.get_by_label(&en!(
        "chart-total-differs",
        period = "2026-10",
        name = "Republic of Uzbekistan",
        total = "25,174.7",
        parts = "14",
        sum = "25,174.3",
        difference = "0.4"
    ));
}

#[test]
fn a_table_without_numbers_says_so_instead_of_drawing_an_empty_plot() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("names.csv");
    std::fs::write(&file, "Nomi;Tuman\nAsaka;Andijon\nBoʻz;Andijon\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let mut h = app_with(AppConfig {
        workspace: Some(dir.path().join("workspace")),
        open: Some(file),
        lang: Some(Lang::En),
        ..AppConfig::default()
    });
    settle(&mut h);
    show_chart(&mut h);
    h.get_by_label(&en!("chart-no-numbers"));
}

/// Once Compare on the publishing screen has read the published table, the Chart tab draws
/// its values beside the new ones, region by region.
#[test]
fn after_compare_the_published_values_stand_beside_the_new_ones() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut h = demo_opening(dir.path(), "datasets/1-104-0013/aholi_soni_2021_2025.csv");
    show_chart(&mut h);
    h.get_by_label(&en!("chart-no-published"));
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::P);
    h.run_steps(2);
    settle(&mut h);
    h.get_by_label(&en!("publish-compare")).click();
    h.run_steps(2);
    settle(&mut h);
    show_chart(&mut h);
    h.get_by_label(&en!("chart-published-note"));
    tab_to(&mut h, &en!("chart-by-region"));
    h.key_press(Key::Space);
    h.run_steps(2);
    settle(&mut h);
    let column = "2021yil";
    h.get_by_label(&en!(
        "chart-bars-name",
        column = column,
        period = en!("chart-all-rows")
    ));
    let beside = en!(
        "chart-value-published",
        value = "2,694.1",
        published = "2,694.1"
    );
    let found = h
        .query_all_by_label_contains(&format!("Tashkent city {beside}"))
        .count();
    assert_eq!(
        found, 1,
        "Tashkent's new and published values are read together"
    );
}
