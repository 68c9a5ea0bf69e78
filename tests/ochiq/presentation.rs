//! First impressions and the workshop hall, driven through egui_kittest: the first-run
//! screen, the View menu (themes, text size, presentation mode, zoom, all remembered), the
//! keyboard shortcuts and the focus ring, and the trainer's demo reset.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use ochiq::core::date::Date;
use ochiq::core::lang::Lang;
use ochiq::core::workspace::Workspace;
use ochiq::core::workspace::prefs::{Preferences, TextSize, Theme};
use ochiq::ui::actions::Action;
use ochiq::ui::app::Modal;
use ochiq::ui::{AppConfig, OchiqApp};

use crate::ui::{app_with, settle, shown, shows_calendar, shows_publishing};

/// The app on a freshly unpacked demo workspace in `dir/demo`, preferences in
/// `dir/preferences.json`.
fn on_demo(
    dir: &std::path::Path,
    first_run: bool,
    lang: Option<Lang>,
) -> Harness<'static, OchiqApp> {
    let root = dir.join("demo");
    Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_with(AppConfig {
        prefs_path: Some(dir.join("preferences.json")),
        workspace: Some(root),
        lang,
        today: Date::new(2026, 11, 24),
        first_run,
        ..AppConfig::default()
    });
    settle(&mut harness);
    harness
}

/// The document the app has open.
fn open_document<'h>(harness: &'h Harness<'_, OchiqApp>) -> &'h ochiq::ui::document::Document {
    harness
        .state()
        .doc
        .as_ref()
        .unwrap_or_else(|| panic!("no document"))
}

fn saved_prefs(dir: &std::path::Path) -> Preferences {
    Preferences::load(&dir.join("preferences.json"))
}

/// Waits for the preferences writer (it saves in the background).
fn wait_for_prefs(
    harness: &mut Harness<'_, OchiqApp>,
    dir: &std::path::Path,
    ok: impl Fn(&Preferences) -> bool,
) {
    for _ in 0..200 {
        settle(harness);
        if ok(&saved_prefs(dir)) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!(
        "the preferences were not saved as expected: {:?}",
        saved_prefs(dir)
    );
}

#[test]
fn the_first_run_screen_sets_up_the_organisations_workspace_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = on_demo(dir.path(), true, None);
    // The demo is open behind the screen; the screen speaks the default language first.
    assert!(shown(&harness, "Ochiq dasturiga xush kelibsiz"));
    harness.get_by_label("Русский").click();
    settle(&mut harness);
    assert!(shown(&harness, "Добро пожаловать в Ochiq"));
    // Nothing can be created before the organisation is named.
    let create = harness.get_by_label("Создать рабочую папку");
    assert!(
        create.accesskit_node().is_disabled(),
        "create is enabled with no organisation"
    );
    let mine = dir.path().join("Vazirlik");
    // The folder dialog is the system's; its answer is where the form goes on.
    harness
        .state_mut()
        .request(Action::SetWelcomeFolder(mine.clone()));
    harness
        .get_by_role_and_label(Role::TextInput, "Организация")
        .click();
    settle(&mut harness);
    harness
        .get_by_role_and_label(Role::TextInput, "Организация")
        .type_text("Maktabgacha taʼlim vazirligi");
    settle(&mut harness);
    harness.get_by_label("Создать рабочую папку").click();
    settle(&mut harness);
    assert!(
        !matches!(harness.state().modal(), Some(Modal::Welcome(_))),
        "the screen stayed open"
    );
    let ws = Workspace::open(&mine).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ws.meta.organisation, "Maktabgacha taʼlim vazirligi");
    assert!(!ws.meta.demo);
    assert!(
        shown(&harness, "Maktabgacha taʼlim vazirligi"),
        "the panel names the organisation"
    );
    wait_for_prefs(&mut harness, dir.path(), |p| {
        p.workspace.as_deref() == Some(mine.as_path()) && p.language == Lang::Ru
    });
}

#[test]
fn exploring_the_demo_closes_the_first_run_screen_for_good() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = on_demo(dir.path(), true, Some(Lang::En));
    assert!(shown(&harness, &en!("welcome-title")));
    // The screen holds the keyboard: the app's shortcuts wait until it is closed.
    harness.key_press(Key::F1);
    settle(&mut harness);
    assert!(!matches!(harness.state().modal(), Some(Modal::Shortcuts)));
    harness.get_by_label(&en!("welcome-demo-button")).click();
    settle(&mut harness);
    assert!(!shown(&harness, &en!("welcome-title")));
    wait_for_prefs(&mut harness, dir.path(), |_| {
        dir.path().join("preferences.json").exists()
    });
    assert_eq!(
        saved_prefs(dir.path()).workspace,
        None,
        "the demo is not saved as the workspace"
    );
}

#[test]
fn the_view_menu_switches_theme_and_text_size_and_presentation_mode_and_remembers_them() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = on_demo(dir.path(), false, Some(Lang::En));
    let normal = ochiq::ui::theme::body_size(&harness.ctx);
    harness.get_by_label(&en!("menu-view")).click();
    settle(&mut harness);
    harness.get_by_label(&en!("theme-high-contrast")).click();
    settle(&mut harness);
    let visuals = harness.ctx.global_style().visuals.clone();
    assert_eq!(visuals.panel_fill, egui::Color32::WHITE);
    assert!(!visuals.dark_mode);
    wait_for_prefs(&mut harness, dir.path(), |p| p.theme == Theme::HighContrast);

    harness.get_by_label(&en!("menu-view")).click();
    settle(&mut harness);
    harness.get_by_label(&en!("text-size-large")).click();
    settle(&mut harness);
    let large = ochiq::ui::theme::body_size(&harness.ctx);
    assert!(large > normal, "{large} is not larger than {normal}");
    wait_for_prefs(&mut harness, dir.path(), |p| p.text_size == TextSize::Large);

    // Presentation mode, by its shortcut: projector text over the desk settings, and back.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    settle(&mut harness);
    let projector = ochiq::ui::theme::body_size(&harness.ctx);
    assert!(projector > large, "{projector} is not larger than {large}");
    wait_for_prefs(&mut harness, dir.path(), |p| p.presentation);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    settle(&mut harness);
    assert_eq!(ochiq::ui::theme::body_size(&harness.ctx), large);

    // A new start looks the same.
    drop(harness);
    let harness = on_demo(dir.path(), false, Some(Lang::En));
    assert_eq!(ochiq::ui::theme::body_size(&harness.ctx), large);
    assert_eq!(
        harness.ctx.global_style().visuals.panel_fill,
        egui::Color32::WHITE
    );
}

#[test]
fn zoom_follows_ctrl_plus_and_minus_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = on_demo(dir.path(), false, Some(Lang::En));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    settle(&mut harness);
    assert!(
        (harness.ctx.zoom_factor() - 1.1).abs() < 1e-3,
        "{}",
        harness.ctx.zoom_factor()
    );
    wait_for_prefs(&mut harness, dir.path(), |p| (p.zoom - 1.1).abs() < 1e-3);
    drop(harness);
    let mut harness = on_demo(dir.path(), false, Some(Lang::En));
    settle(&mut harness);
    assert!(
        (harness.ctx.zoom_factor() - 1.1).abs() < 1e-3,
        "{}",
        harness.ctx.zoom_factor()
    );
    // The View menu's buttons do the same, and say what they do to a screen reader.
    harness.get_by_label(&en!("menu-view")).click();
    settle(&mut harness);
    harness.get_by_label("Actual size (Ctrl+0)").click();
    settle(&mut harness);
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 1e-3);
}

#[test]
fn shortcuts_reach_the_main_actions_and_f1_lists_them() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = on_demo(dir.path(), false, Some(Lang::En));
    // The demo opens on the calendar; Ctrl+Shift+D puts it away and brings it back.
    assert!(shows_calendar(harness.state()));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    settle(&mut harness);
    assert!(!shows_calendar(harness.state()));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    settle(&mut harness);
    assert!(shows_publishing(harness.state()));
    // Ctrl+4 shows the open dataset's Checks tab; F5 checks it; F8 goes to the first error.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    settle(&mut harness);
    assert!(!shows_publishing(harness.state()));
    assert!(
        shown(&harness, &en!("checks-run")),
        "the Checks tab is not shown"
    );
    harness.key_press(Key::F5);
    settle(&mut harness);
    let doc = open_document(&harness);
    assert!(doc.checks.report.is_some(), "F5 did not check the table");
    harness.key_press(Key::F8);
    settle(&mut harness);
    let doc = open_document(&harness);
    assert!(
        doc.view.selected_row.is_some(),
        "F8 did not select an error"
    );
    harness.key_press(Key::F1);
    settle(&mut harness);
    assert!(shown(&harness, &en!("shortcuts-title")));
    assert!(shown(&harness, &en!("checks-run")));
    assert!(shown(&harness, "F5"));
}

#[test]
fn tab_moves_a_visible_focus_ring_and_enter_presses_the_focused_button() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = on_demo(dir.path(), false, Some(Lang::En));
    // The top bar comes first: Tab walks Open, Recent files, Classifiers, Calendar and
    // Publishing, each focused in turn, with the ring shown.
    let mut seen = Vec::new();
    for _ in 0..5 {
        harness.key_press(Key::Tab);
        settle(&mut harness);
        let focused = harness.ctx.memory(|m| m.focused());
        assert!(focused.is_some(), "Tab focused nothing");
        seen.push(focused);
    }
    seen.dedup();
    assert_eq!(seen.len(), 5, "Tab did not move on: {seen:?}");
    assert!(
        harness.state().focus_ring_shown(),
        "no focus ring after Tab"
    );
    // Walk to the Publishing button and press it with Enter.
    for _ in 0..40 {
        if harness
            .query_all_by_label_contains(&en!("menu-publishing"))
            .any(|n| n.is_focused())
        {
            break;
        }
        harness.key_press(Key::Tab);
        settle(&mut harness);
    }
    let focused = harness
        .query_all_by_label_contains(&en!("menu-publishing"))
        .any(|n| n.is_focused());
    assert!(focused, "Tab never reached Publishing");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert!(
        shows_publishing(harness.state()),
        "Enter on Publishing did not open it"
    );
    // A mouse click puts the ring away, as browsers do.
    harness.get_by_label(&en!("menu-view")).click();
    settle(&mut harness);
    assert!(
        !harness.state().focus_ring_shown(),
        "the ring stayed after a click"
    );
}

#[test]
fn a_trainer_resets_the_demo_after_a_question_and_it_is_as_bundled() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = on_demo(dir.path(), false, Some(Lang::En));
    let root = dir.path().join("demo");
    // A workshop's leftovers: a trainee's file and an edited approved list.
    std::fs::write(root.join("data").join("trainee.csv"), "a;b\n1;2\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let inventory = root.join("inventory.json");
    let bundled = std::fs::read(&inventory).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&inventory, br#"{"format":1,"items":[]}"#).unwrap_or_else(|e| panic!("{e}"));

    harness.get_by_label(&en!("demo-reset")).click();
    settle(&mut harness);
    assert!(shown(&harness, &en!("demo-reset-title")));
    // Cancel changes nothing.
    harness.get_by_label(&en!("demo-reset-no")).click();
    settle(&mut harness);
    assert!(root.join("data").join("trainee.csv").exists());

    harness.get_by_label(&en!("demo-reset")).click();
    settle(&mut harness);
    harness.get_by_label(&en!("demo-reset-yes")).click();
    settle(&mut harness);
    assert!(
        !root.join("data").join("trainee.csv").exists(),
        "the trainee's file stayed"
    );
    assert_eq!(
        std::fs::read(&inventory).unwrap_or_else(|e| panic!("{e}")),
        bundled,
        "the approved list is not the bundled one"
    );
    // The app is on the fresh demo: its calendar, with the seeded history's statuses.
    let app = harness.state();
    assert!(app.workspace().is_some_and(|w| w.meta.demo));
    assert!(
        shows_calendar(app),
        "the fresh demo does not open on its calendar"
    );
    assert!(shown(&harness, &en!("calendar-overdue-heading", count = 9)));
}

#[test]
fn a_new_workspace_shows_its_first_steps_and_each_button_leads_there() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_with(AppConfig {
        prefs_path: Some(dir.path().join("preferences.json")),
        workspace: Some(dir.path().join("mine")),
        lang: Some(Lang::En),
        ..AppConfig::default()
    });
    settle(&mut harness);
    assert!(shown(&harness, &en!("start-title")));
    harness.get_by_label(&en!("start-list")).click();
    settle(&mut harness);
    let app = harness.state();
    assert!(shows_calendar(app));
    assert_eq!(
        app.calendar.tab,
        ochiq::ui::calendar::CalendarTab::Inventory
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    settle(&mut harness);
    harness.get_by_label(&en!("start-target")).click();
    settle(&mut harness);
    let app = harness.state();
    assert!(shows_publishing(app));
    assert_eq!(app.publish.tab, ochiq::ui::publish::PublishTab::Targets);
}
