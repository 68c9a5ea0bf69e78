//! The deadline calendar: the screen, the command line and the .ics file.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::cli::ochiq;

/// `ochiq calendar --demo` on a fixed "today", as JSON.
fn demo_calendar(home: &std::path::Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["calendar", "--demo", "--today", "2026-11-24", "--json"];
    args.extend_from_slice(extra);
    let (code, out, err) = ochiq(&args, home);
    let json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}"));
    (code, json)
}

fn find<'a>(v: &'a Value, dataset: &str, period: &str) -> &'a Value {
    v["deadlines"]
        .as_array()
        .and_then(|list| {
            list.iter()
                .find(|d| d["dataset"] == dataset && d["period"] == period)
        })
        .unwrap_or_else(|| panic!("no deadline {dataset} {period} in {v:#}"))
}

#[test]
fn the_demo_calendar_lists_statuses_rules_and_exits_1_when_overdue() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let range = ["--from", "2026-10-01", "--to", "2026-12-31"];
    let (code, v) = demo_calendar(home.path(), &range);
    assert_eq!(code, 1, "something is overdue: {v:#}");
    // Quarterly, the workspace's 15 days: Q3 was due on 15 October, 40 days ago.
    let q3 = find(&v, "1-104-0012", "2026-Q3");
    assert_eq!(q3["due"], "2026-10-15");
    assert_eq!(q3["status"]["status"], "overdue");
    assert_eq!(q3["status"]["days"], 40);
    assert_eq!(q3["rule"]["days"], 15);
    assert_eq!(q3["rule"]["own"], false);
    // The dataset's own rule (5 days): November's deadline, Saturday 5 December, moves to
    // Monday the 7th.
    let jobs = find(&v, "1-104-0015", "2026-11");
    assert_eq!(
        (jobs["nominal"].as_str(), jobs["due"].as_str()),
        (Some("2026-12-05"), Some("2026-12-07"))
    );
    assert_eq!(jobs["rule"]["own"], true);
    assert_eq!(jobs["moved_past"].as_array().map(Vec::len), Some(2));
    // The portal's own count travels with an overdue deadline.
    let budget = find(&v, "1-104-0020", "2026-10");
    assert_eq!(budget["status"]["status"], "overdue");
    assert_eq!(budget["portal_late_days"], 46);
    // The portal's update of 12 October came after Q3 ended: done.
    let procurement = find(&v, "1-104-0017", "2026-Q3");
    assert_eq!(procurement["status"]["status"], "done");
    assert_eq!(procurement["status"]["by"], "portal");
    // Irregular data has no deadlines.
    assert!(
        v["deadlines"]
            .as_array()
            .is_some_and(|l| l.iter().all(|d| d["dataset"] != "1-104-0019"))
    );

    // Nothing overdue among deadlines still to come: exit 0.
    let (code, v) = demo_calendar(home.path(), &["--from", "2026-12-20", "--to", "2027-01-31"]);
    assert_eq!(code, 0, "{v:#}");
    // A date that is not one: exit 2.
    let (code, _, err) = ochiq(&["calendar", "--demo", "--from", "31.11.2026"], home.path());
    assert_eq!(code, 2);
    assert!(err.contains("31.11.2026"), "{err}");
}

#[test]
fn a_confirmed_publish_and_a_hand_mark_make_periods_done() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let range = ["--from", "2026-10-01", "--to", "2026-12-31"];
    demo_calendar(home.path(), &range);
    let ws = home.path().join("demo");
    let ws_arg = ws.to_str().unwrap_or_default();
    // Publish the demo dataset for Q3 to the workspace's folder target: confirmed.
    let (code, out, err) = ochiq(
        &[
            "push",
            "1-104-0012",
            "--period",
            "2026-Q3",
            "--workspace",
            ws_arg,
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    let (_, v) = demo_calendar(home.path(), &range);
    let q3 = find(&v, "1-104-0012", "2026-Q3");
    assert_eq!(q3["status"]["status"], "done", "{q3:#}");
    assert_eq!(q3["status"]["by"], "published");
    assert_eq!(q3["status"]["target"], "folder");

    // A period marked done by hand (published outside Ochiq) counts, and covers the
    // earlier open months of the same dataset.
    let history = ochiq::core::history::History::open(&ws).unwrap_or_else(|e| panic!("{e}"));
    let october = ochiq::core::calendar::Period::parse("2026-10").unwrap_or_else(|| panic!());
    history
        .record(&ochiq::core::calendar::marked_done("1-104-0016", october))
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, v) = demo_calendar(home.path(), &range);
    assert_eq!(find(&v, "1-104-0016", "2026-10")["status"]["by"], "marked");
    let september = find(&v, "1-104-0016", "2026-09");
    assert_eq!(september["status"]["by"], "later");
    assert_eq!(september["status"]["period"], "2026-10");
    assert_eq!(
        find(&v, "1-104-0016", "2026-11")["status"]["status"],
        "not-yet-due"
    );
}

#[test]
fn the_ics_export_has_one_event_per_deadline_with_stable_uids() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = home.path().join("deadlines.ics");
    let path = file.to_str().unwrap_or_default();
    let args = [
        "calendar",
        "--demo",
        "--today",
        "2026-11-24",
        "--from",
        "2026-11-01",
        "--to",
        "2026-12-31",
        "--ics",
        path,
    ];
    let (code, out, err) = ochiq(&args, home.path());
    assert_eq!(code, 1, "{out}{err}");
    let (_, v) = demo_calendar(home.path(), &["--from", "2026-11-01", "--to", "2026-12-31"]);
    let expected = v["deadlines"].as_array().map_or(0, Vec::len);
    assert!(expected > 5);
    let read = |f: &std::path::Path| std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{e}"));
    let first = read(&file);
    assert!(first.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(first.ends_with("END:VCALENDAR\r\n"));
    assert!(
        first.lines().all(|l| l.len() <= 76),
        "lines are folded at 75 octets"
    );
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(|u| u.trim_end().to_owned())
            .collect()
    };
    let first_uids = uids(&first);
    assert_eq!(first_uids.len(), expected);
    assert_eq!(first.matches("BEGIN:VEVENT").count(), expected);
    assert_eq!(
        first_uids.iter().collect::<BTreeSet<_>>().len(),
        expected,
        "UIDs are unique"
    );
    // The deadline moved past a weekend is an all-day event on the Monday.
    assert!(first.contains("DTSTART;VALUE=DATE:20261207"), "{first}");
    // A second export gives the same UIDs (calendars update the events, not duplicate them).
    let (code, _, _) = ochiq(&args, home.path());
    assert_eq!(code, 1);
    assert_eq!(uids(&read(&file)), first_uids);
}

mod window {
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable};
    use ochiq::core::calendar::CalendarSettings;
    use ochiq::core::date::Date;
    use ochiq::core::lang::Lang;
    use ochiq::core::publish::outbox::{HistoryFilter, HistoryKind, Outbox};
    use ochiq::core::workspace::Workspace;
    use ochiq::i18n::I18n;
    use ochiq::tr;
    use ochiq::ui::{AppConfig, OchiqApp};

    use super::BTreeSet;
    use crate::ui::{app_with, settle, shown};

    /// The demo workspace in `dir`, opened in English on 24 November 2026.
    fn demo_app(dir: &std::path::Path) -> Harness<'static, OchiqApp> {
        let root = dir.join("demo");
        Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
        let mut harness = app_with(AppConfig {
            prefs_path: Some(dir.join("preferences.json")),
            workspace: Some(root),
            lang: Some(Lang::En),
            today: Date::new(2026, 11, 24),
            ..AppConfig::default()
        });
        settle(&mut harness);
        harness
    }

    fn meta(dir: &std::path::Path) -> CalendarSettings {
        Workspace::open(&dir.join("demo"))
            .unwrap_or_else(|e| panic!("{e}"))
            .meta
            .calendar
    }

    #[test]
    fn the_first_screen_shows_what_needs_attention_and_leads_to_the_dataset() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut harness = demo_app(dir.path());
        // The calendar is the first screen: nine datasets have overdue periods, one
        // deadline is due within the week.
        harness.get_by_label(&en!("calendar-title"));
        harness.get_by_label(&en!("calendar-overdue-heading", count = 9));
        harness.get_by_label(&en!("menu-calendar-attention", count = 10));
        assert!(crate::ui::shows_calendar(harness.state()));
        // A day of the month grid, with its deadline.
        harness
            .get_by_label("25 November 2026: one deadline")
            .click();
        harness.run_steps(2);
        let weekly = "1-104-0018 Wholesale prices of medicines — 2026-W47";
        assert!(shown(&harness, weekly));
        assert!(
            harness
                .query_all_by_label_contains("period end + 3 days")
                .next()
                .is_some(),
            "the rule in force is shown next to the date"
        );
        // Published outside Ochiq: marked done, recorded in the history.
        // The day's own list is left of the overdue list.
        harness
            .get_all_by_label(&format!("Mark done: {weekly}"))
            .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
            .unwrap_or_else(|| panic!("no Mark done button"))
            .click();
        settle(&mut harness);
        assert!(
            harness
                .query_by_label_contains("2026-W47: marked done")
                .is_some()
        );
        let outbox = Outbox::open(&dir.path().join("demo")).unwrap_or_else(|e| panic!("{e}"));
        let marks = outbox
            .history(&HistoryFilter {
                kinds: vec![HistoryKind::MarkedDone],
                dataset: "1-104-0018".into(),
                ..HistoryFilter::default()
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(marks.len(), 1);
        assert_eq!(
            (marks[0].dataset.as_str(), marks[0].period.as_str()),
            ("1-104-0018", "2026-W47")
        );
        // The weekly dataset's earlier weeks were published (the demo's history): only the
        // due-soon count is left of it, and the top bar says so.
        harness.get_by_label(&en!("calendar-overdue-heading", count = 9));
        harness.get_by_label(&en!("menu-calendar-attention", count = 9));

        // An overdue dataset linked to a workspace dataset opens in the table.
        harness
            .get_by_label("1-104-0012 Preschool education organisations — 2026-Q3")
            .click();
        settle(&mut harness);
        let app = harness.state();
        assert!(!crate::ui::shows_calendar(app));
        let open = app.doc.as_ref().map(|d| d.path.clone()).unwrap_or_default();
        assert!(open.ends_with("maktabgacha_talim_2026.csv"), "{open:?}");
        // Away from the calendar, the reminder says what needs attention; Close puts it away.
        let reminder = "Deadlines: 9 overdue, nothing due within 7 days.";
        assert!(shown(&harness, reminder), "the reminder is shown");
        harness.get_by_label(&en!("notice-dismiss")).click();
        harness.run_steps(2);
        assert!(!shown(&harness, reminder));
    }

    #[test]
    fn each_mark_done_button_is_named_with_its_dataset_and_period() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let harness = demo_app(dir.path());
        let en = I18n::new(Lang::En);
        let mark = tr!(en, "calendar-mark-done");
        // The buttons a screen reader finds, as it reads them.
        let names: Vec<String> = harness
            .root()
            .children_recursive()
            .map(|n| n.accesskit_node())
            .filter(|n| n.role() == Role::Button)
            .filter_map(|n| n.label())
            .filter(|l| l.starts_with(&mark))
            .collect();
        // The overdue list and the next two weeks: one button per deadline not done.
        assert_eq!(names.len(), 10, "{names:#?}");
        let distinct: BTreeSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len(), "names repeat: {names:#?}");
        for name in &names {
            assert!(name.contains("1-104-00"), "no dataset in {name:?}");
            assert!(name.contains("2026-"), "no period in {name:?}");
        }
        let weekly = "1-104-0018 Wholesale prices of medicines — 2026-W47";
        let named = tr!(en, "calendar-mark-done-named", deadline = weekly);
        assert!(names.contains(&named), "{named:?} not among {names:#?}");
    }

    #[test]
    fn the_reminder_window_set_in_the_rules_tab_is_kept_in_the_preferences() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut harness = demo_app(dir.path());
        assert_eq!(harness.state().preferences().remind_days, 7);
        harness.get_by_label(&en!("calendar-tab-rules")).click();
        harness.run_steps(2);
        // The days box, edited as a user does: click into it, type, Enter.
        let days = en!("calendar-remind-days");
        harness
            .get_by_role_and_label(Role::SpinButton, &days)
            .click();
        harness.run_steps(2);
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.run_steps(1);
        harness
            .get_by_role_and_label(Role::SpinButton, &days)
            .type_text("8");
        harness.run_steps(1);
        harness.key_press(egui::Key::Enter);
        settle(&mut harness);
        assert_eq!(harness.state().preferences().remind_days, 8);
        let saved =
            std::fs::read_to_string(dir.path().join("preferences.json")).unwrap_or_default();
        assert!(saved.contains("\"remind_days\": 8"), "{saved}");
    }

    #[test]
    fn rules_and_holidays_move_deadlines_and_are_saved() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut harness = demo_app(dir.path());
        harness.get_by_label(&en!("calendar-tab-rules")).click();
        harness.run_steps(2);
        // The movable holidays the demo lists for 2026, and the built-in fixed ones.
        assert!(shown(&harness, "Ramazon hayiti"));
        assert!(
            harness
                .query_by_label_contains("8 December 2026 — Constitution Day")
                .is_some()
        );
        // A one-off day off on Thursday 10 December: the three monthly deadlines of that
        // day move to Friday the 11th.
        for (field, text) in [
            (&en!("calendar-holiday-date"), "10.12.2026"),
            (&en!("calendar-holiday-name"), "Transfer"),
        ] {
            harness
                .get_by_role_and_label(Role::TextInput, field)
                .click();
            harness.run_steps(1);
            harness
                .get_by_role_and_label(Role::TextInput, field)
                .type_text(text);
            harness.run_steps(1);
        }
        harness.get_by_label(&en!("calendar-holiday-add")).click();
        harness.run_steps(2);
        let saved = meta(dir.path());
        let added = saved
            .holidays
            .iter()
            .find(|d| d.name == "Transfer")
            .unwrap_or_else(|| panic!("the day is saved: {saved:?}"));
        assert_eq!(
            added.date,
            Date::new(2026, 12, 10).unwrap_or_else(|| panic!())
        );
        harness.get_by_label(&en!("calendar-tab-overview")).click();
        harness.run_steps(2);
        harness.get_by_label(&en!("calendar-next-month")).click();
        harness.run_steps(2);
        harness.get_by_label("11 December 2026: 3 deadlines");
        harness.get_by_label("10 December 2026, Transfer");
    }
}
