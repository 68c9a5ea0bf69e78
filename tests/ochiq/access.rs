//! Accessibility: every control on every screen is known to screen readers (AccessKit) by a
//! name a person can say, the keyboard alone reaches and presses controls, and the focused
//! control is visibly marked. The screens are walked as a user opens them, in each language.

use egui::accesskit::{Action as AccessAction, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT as _, Queryable};
use ochiq::core::date::Date;
use ochiq::core::lang::Lang;
use ochiq::core::workspace::{Workspace, WorkspaceMeta};
use ochiq::i18n::I18n;
use ochiq::tr;
use ochiq::ui::actions::Action;
use ochiq::ui::{AppConfig, OchiqApp};

use crate::ui::{app_with, settle};

/// The demo dataset the walk opens; the calendar stays the first screen.
const DEMO_DATA: &str = "datasets/1-104-0012/maktabgacha_talim_2026.csv";

/// The app on the demo workspace in `dir`, in `lang`, on a fixed day, with the demo dataset
/// loaded behind the calendar.
fn demo_app(dir: &std::path::Path, lang: Lang) -> Harness<'static, OchiqApp> {
    let root = dir.join("demo");
    Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_with(AppConfig {
        workspace: Some(root.clone()),
        open: Some(root.join(DEMO_DATA)),
        lang: Some(lang),
        today: Date::new(2026, 11, 24),
        ..AppConfig::default()
    });
    settle(&mut harness);
    harness
}

/// The app on a workspace with nothing in it yet, in `lang`.
fn empty_app(dir: &std::path::Path, lang: Lang) -> Harness<'static, OchiqApp> {
    let root = dir.join("workspace");
    Workspace::open_or_create(&root, WorkspaceMeta::default()).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_with(AppConfig {
        workspace: Some(root),
        lang: Some(lang),
        today: Date::new(2026, 11, 24),
        ..AppConfig::default()
    });
    settle(&mut harness);
    harness
}

/// A name a person can say: at least one letter or digit ("›" or "✕" alone is not one).
fn sayable(name: &str) -> bool {
    name.chars().any(char::is_alphanumeric)
}

/// What a screen reader says of a node, for the report.
fn describe(node: &AccessKitNode<'_>) -> String {
    let label = node.label().unwrap_or_default();
    let value = node.value().unwrap_or_default();
    let around = std::iter::successors(node.parent(), AccessKitNode::parent)
        .find_map(|a| a.label().filter(|l| sayable(l)))
        .map(|l| format!(" inside {l:?}"))
        .unwrap_or_default();
    let bounds = node
        .raw_bounds()
        .map(|b| format!("({:.0}, {:.0})", b.x0, b.y0))
        .unwrap_or_default();
    format!(
        "{:?} label {label:?} value {value:?} at {bounds}{around}",
        node.role()
    )
}

/// Roles that say what a clickable node is without being a control: text (clickable to
/// select it), scroll bars and areas, and the cells of a table, read by their contents.
fn known(role: Role) -> bool {
    matches!(
        role,
        Role::Label
            | Role::ScrollBar
            | Role::ScrollView
            | Role::Window
            | Role::Cell
            | Role::GridCell
            | Role::RowHeader
            | Role::ColumnHeader
    )
}

/// Controls a screen reader could not name: every visible node of a control's role whose
/// name has no letter or digit, and every clickable node that is not announced as a control
/// (a painted area or a text that acts as a button).
fn nameless(harness: &Harness<'_, OchiqApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .filter(|n| !n.is_hidden())
        .filter_map(|n| {
            let role = n.role();
            let control = egui::accessibility::is_input(role);
            let named = n.label().is_some_and(|l| sayable(&l));
            if control && !n.data().is_read_only() && !named {
                Some(describe(&n))
            } else if !control && n.data().supports_action(AccessAction::Click) && !known(role) {
                Some(format!("clickable, not a control: {}", describe(&n)))
            } else {
                None
            }
        })
        .collect()
}

/// Buttons a screen reader could not tell apart: two or more visible buttons with one name
/// (a button repeated in a list must carry its item in its name).
fn same_named(harness: &Harness<'_, OchiqApp>) -> Vec<String> {
    let mut names: std::collections::BTreeMap<String, usize> = Default::default();
    for node in harness.root().children_recursive() {
        let node = node.accesskit_node();
        if node.is_hidden() || node.role() != Role::Button {
            continue;
        }
        if let Some(label) = node.label() {
            *names.entry(label).or_default() += 1;
        }
    }
    names
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(name, n)| format!("{n} buttons named {name:?}"))
        .collect()
}

/// Records the screen's nameless controls, and its buttons that share a name, under `screen`.
fn check(harness: &Harness<'_, OchiqApp>, screen: &str, found: &mut Vec<String>) {
    for offender in nameless(harness).into_iter().chain(same_named(harness)) {
        found.push(format!("{screen}: {offender}"));
    }
}

/// Clicks the control named `label` and lets the frame settle.
fn open(harness: &mut Harness<'_, OchiqApp>, label: &str) {
    harness
        .query_all_by_label(label)
        .find(|n| egui::accessibility::is_input(n.accesskit_node().role()))
        .unwrap_or_else(|| {
            let controls: Vec<String> = harness
                .root()
                .children_recursive()
                .map(|n| n.accesskit_node())
                .filter(|n| egui::accessibility::is_input(n.role()))
                .map(|n| describe(&n))
                .collect();
            panic!("no control named {label:?} among {controls:#?}")
        })
        .click();
    settle(harness);
}

/// A small code list as a file read for import: the import form without the file dialog.
fn code_list(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("kodlar.csv");
    std::fs::write(
        &path,
        "kod;nomi;ota\n01;Birinchi;\n0101;Ikkinchi;01\n0102;Uchinchi;01\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    path
}

/// Walks every screen of the demo workspace in `lang` and returns the nameless controls.
fn walk_demo(lang: Lang) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut h = demo_app(dir.path(), lang);
    let i18n = I18n::new(lang);
    let mut found = Vec::new();

    // The calendar and its three tabs.
    h.state_mut().request(Action::OpenCalendar);
    settle(&mut h);
    check(&h, "calendar month", &mut found);
    open(&mut h, &tr!(i18n, "calendar-tab-inventory"));
    check(&h, "approved list", &mut found);
    open(&mut h, &tr!(i18n, "calendar-tab-rules"));
    check(&h, "rules and holidays", &mut found);
    open(&mut h, &tr!(i18n, "calendar-tab-overview"));

    // The dataset's five tabs; Checks before and after a check.
    h.state_mut().request(Action::CloseCalendar);
    settle(&mut h);
    check(&h, "table", &mut found);
    for (tab, screen) in [
        (tr!(i18n, "tab-passport"), "passport"),
        (tr!(i18n, "tab-schema"), "schema"),
        (tr!(i18n, "tab-checks"), "checks before a check"),
    ] {
        open(&mut h, &tab);
        check(&h, screen, &mut found);
    }
    open(&mut h, &tr!(i18n, "checks-run"));
    check(&h, "checks and fixes", &mut found);
    // A fix's values, one by one.
    let values = tr!(i18n, "fix-values");
    let has_values = h.query_all_by_label(&values).next().is_some();
    if has_values {
        open(&mut h, &values);
        check(&h, "a fix's values", &mut found);
    }
    open(&mut h, &tr!(i18n, "tab-table"));
    check(&h, "table after a check", &mut found);
    open(&mut h, &tr!(i18n, "tab-chart"));
    check(&h, "chart", &mut found);

    // Classifiers: the list, and the import form of a file already read.
    open(&mut h, &tr!(i18n, "menu-classifiers"));
    check(&h, "classifiers", &mut found);
    h.state_mut()
        .request(Action::ReadCodeList(code_list(dir.path())));
    settle(&mut h);
    check(&h, "code list import", &mut found);
    open(&mut h, &tr!(i18n, "menu-classifiers"));

    // Publishing, each tab; the first is shown on opening (in Uzbek it is named as the top
    // bar's Publishing button).
    h.state_mut().request(Action::OpenPublishing);
    settle(&mut h);
    check(&h, "publish", &mut found);
    let waiting = h.state().publish.waiting();
    for (tab, screen) in [
        (tr!(i18n, "publish-tab-outbox", count = waiting), "outbox"),
        (tr!(i18n, "publish-tab-history"), "history"),
        (tr!(i18n, "publish-tab-catalogue"), "catalogue"),
        (tr!(i18n, "publish-tab-targets"), "targets"),
    ] {
        open(&mut h, &tab);
        check(&h, screen, &mut found);
    }
    found
}

/// Walks the screens of a workspace with nothing in it yet: the empty states.
fn walk_empty(lang: Lang) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut h = empty_app(dir.path(), lang);
    let i18n = I18n::new(lang);
    let mut found = Vec::new();
    check(&h, "empty workspace", &mut found);
    h.state_mut().request(Action::OpenCalendar);
    settle(&mut h);
    check(&h, "calendar, no approved list", &mut found);
    for (tab, screen) in [
        (tr!(i18n, "calendar-tab-inventory"), "empty approved list"),
        (tr!(i18n, "calendar-tab-rules"), "rules, empty workspace"),
    ] {
        open(&mut h, &tab);
        check(&h, screen, &mut found);
    }
    h.state_mut().request(Action::OpenPublishing);
    settle(&mut h);
    check(&h, "publish, nothing to send", &mut found);
    for (tab, screen) in [
        (tr!(i18n, "publish-tab-outbox", count = 0), "empty outbox"),
        (tr!(i18n, "publish-tab-history"), "empty history"),
        (tr!(i18n, "publish-tab-catalogue"), "catalogue not read"),
        (tr!(i18n, "publish-tab-targets"), "targets"),
    ] {
        open(&mut h, &tab);
        check(&h, screen, &mut found);
    }
    h.state_mut().request(Action::ClosePublishing);
    open(&mut h, &tr!(i18n, "menu-classifiers"));
    check(&h, "classifiers, nothing imported", &mut found);
    found
}

fn assert_none(lang: Lang, found: &[String]) {
    assert!(
        found.is_empty(),
        "{} control(s) without a name a screen reader can say, in {lang:?}:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn every_control_of_the_demo_has_a_name_in_english() {
    assert_none(Lang::En, &walk_demo(Lang::En));
}

#[test]
fn every_control_of_the_demo_has_a_name_in_the_other_languages() {
    for lang in [Lang::UzLatn, Lang::UzCyrl, Lang::Ru] {
        assert_none(lang, &walk_demo(lang));
    }
}

#[test]
fn every_control_of_an_empty_workspace_has_a_name() {
    for lang in Lang::ALL {
        assert_none(lang, &walk_empty(lang));
    }
}

/// The name of the control that has the keyboard's focus, and where it is.
fn focused(harness: &Harness<'_, OchiqApp>) -> Option<(String, egui::Rect)> {
    harness
        .root()
        .children_recursive()
        .find(|n| n.is_focused())
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
}

/// Presses Tab until the control named `name` has the focus; gives the controls passed on
/// the way. Panics when Tab goes round without reaching it.
fn tab_to(harness: &mut Harness<'_, OchiqApp>, name: &str) -> Vec<String> {
    let mut passed = Vec::new();
    for _ in 0..120 {
        harness.key_press(egui::Key::Tab);
        harness.run_steps(2);
        match focused(harness) {
            Some((label, _)) if label == name => return passed,
            Some((label, _)) => passed.push(label),
            None => passed.push(String::new()),
        }
    }
    panic!("Tab never reached {name:?}; it passed {passed:?}");
}

/// Whether a stroke is painted around `rect` (the widget's own frame or a focus ring just
/// outside it).
fn outlined(harness: &Harness<'_, OchiqApp>, rect: egui::Rect) -> bool {
    fn any(shape: &egui::Shape, rect: egui::Rect) -> bool {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().any(|s| any(s, rect)),
            egui::Shape::Rect(r) => {
                r.stroke.width >= 1.0
                    && r.stroke.color.a() > 0
                    && r.rect.expand(1.0).contains_rect(rect)
                    && rect.expand(8.0).contains_rect(r.rect)
            }
            _ => false,
        }
    }
    harness
        .output()
        .shapes
        .iter()
        .any(|clipped| any(&clipped.shape, rect))
}

#[test]
fn the_keyboard_alone_reaches_and_presses_the_check_button() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut h = demo_app(dir.path(), Lang::En);
    let i18n = I18n::new(Lang::En);
    h.state_mut().request(Action::CloseCalendar);
    settle(&mut h);
    open(&mut h, &tr!(i18n, "tab-checks"));
    let run = tr!(i18n, "checks-run");
    let passed = tab_to(&mut h, &run);
    // Tab moves from control to control: several distinct named ones come before it.
    let mut distinct: Vec<&String> = passed.iter().filter(|l| !l.is_empty()).collect();
    distinct.dedup();
    assert!(distinct.len() >= 3, "Tab passed only {passed:?}");
    // The focused control is visibly marked.
    let (_, rect) = focused(&h).unwrap_or_else(|| panic!("nothing has the focus"));
    assert!(
        outlined(&h, rect),
        "no outline is drawn around the focused button"
    );
    // Enter presses it: the table is checked.
    assert!(
        h.state()
            .doc
            .as_ref()
            .is_some_and(|d| d.checks.report.is_none())
    );
    h.key_press(egui::Key::Enter);
    settle(&mut h);
    assert!(
        h.state()
            .doc
            .as_ref()
            .is_some_and(|d| d.checks.report.is_some()),
        "Enter on the focused button did not run the check"
    );
}

#[test]
fn space_on_a_focused_tab_opens_it_in_every_language() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut h = demo_app(dir.path(), lang);
        let i18n = I18n::new(lang);
        h.state_mut().request(Action::CloseCalendar);
        settle(&mut h);
        tab_to(&mut h, &tr!(i18n, "tab-schema"));
        h.key_press(egui::Key::Space);
        settle(&mut h);
        let tab = h.state().doc.as_ref().map(|d| d.tab);
        assert_eq!(tab, Some(ochiq::ui::dataset::DocTab::Schema), "{lang:?}");
        // The schema's controls are reached by Tab too, each with its name.
        let passed = tab_to(&mut h, &tr!(i18n, "schema-infer"));
        assert!(
            passed.iter().all(|l| !l.is_empty()),
            "{lang:?}: a control without a name took the focus: {passed:?}"
        );
    }
}
