use super::*;
use crate::core::date::Weekday;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).unwrap_or_else(|| panic!("{y}-{m}-{day}"))
}

fn p(label: &str) -> Period {
    Period::parse(label).unwrap_or_else(|| panic!("{label}"))
}

fn item(code: &str, periodicity: Periodicity) -> InventoryItem {
    InventoryItem {
        code: code.into(),
        periodicity,
        ..InventoryItem::default()
    }
}

fn inventory(items: Vec<InventoryItem>) -> Inventory {
    Inventory {
        items,
        ..Inventory::default()
    }
}

fn hayit_2026() -> Vec<ListedDay> {
    vec![ListedDay {
        date: d(2026, 3, 20),
        kind: DayKind::Holiday,
        name: "Ramazon hayiti".into(),
    }]
}

fn due(period: &str, days: u32, listed: &[ListedDay]) -> (Date, Date, usize) {
    let (nominal, due, moved) = deadline_of(p(period), days, &WorkingDays::new(listed));
    (nominal, due, moved.len())
}

#[test]
fn month_ends_and_leap_years() {
    // February 2024 ends on the 29th; + 10 days is Sunday 10 March, so Monday the 11th.
    assert_eq!(d(2024, 3, 10).weekday(), Weekday::Sunday);
    assert_eq!(due("2024-02", 10, &[]), (d(2024, 3, 10), d(2024, 3, 11), 1));
    // February 2025 ends on the 28th: + 10 days is Monday 10 March, a working day.
    assert_eq!(due("2025-02", 10, &[]), (d(2025, 3, 10), d(2025, 3, 10), 0));
    // January's 31 days: + 10 is 10 February 2026, a Tuesday.
    assert_eq!(due("2026-01", 10, &[]), (d(2026, 2, 10), d(2026, 2, 10), 0));
    // A monthly deadline of 30 days after a 30-day month lands on the 30th of the next.
    assert_eq!(due("2026-04", 30, &[]).0, d(2026, 5, 30));
}

#[test]
fn quarter_half_year_and_year_ends() {
    assert_eq!(due("2026-Q1", 15, &[]), (d(2026, 4, 15), d(2026, 4, 15), 0));
    // Q3 ends 30 September; + 1 day is 1 October (Teachers' day, Thursday 2026) → Friday.
    assert_eq!(due("2026-Q3", 1, &[]), (d(2026, 10, 1), d(2026, 10, 2), 1));
    // Q4 2026 + 15 days crosses into 2027: Friday 15 January.
    assert_eq!(due("2026-Q4", 15, &[]), (d(2027, 1, 15), d(2027, 1, 15), 0));
    assert_eq!(due("2026-H1", 20, &[]).1, d(2026, 7, 20));
    // The year 2025 + 30 days: Friday 30 January 2026.
    assert_eq!(due("2025", 30, &[]), (d(2026, 1, 30), d(2026, 1, 30), 0));
    // A deadline on 1 January (the year's end + 1) moves past New Year: 2 January 2026.
    assert_eq!(due("2025-12", 1, &[]).1, d(2026, 1, 2));
}

#[test]
fn a_deadline_moved_twice_holiday_then_weekend() {
    // Q3 2027 + 1 day: 1 October 2027 is a Friday and Teachers' day, then Saturday and
    // Sunday: the deadline is Monday 4 October.
    let (nominal, moved_to, moved) = deadline_of(p("2027-Q3"), 1, &WorkingDays::new(&[]));
    assert_eq!((nominal, moved_to), (d(2027, 10, 1), d(2027, 10, 4)));
    assert_eq!(
        moved,
        vec![
            (d(2027, 10, 1), DayOff::Fixed("teachers-day")),
            (d(2027, 10, 2), DayOff::Weekend),
            (d(2027, 10, 3), DayOff::Weekend),
        ]
    );
    // February 2026 + 20 days: Friday 20 March, Ramazon hayiti from the year's list, then
    // Navro'z on the Saturday, then Sunday: Monday 23 March.
    assert_eq!(
        due("2026-02", 20, &hayit_2026()),
        (d(2026, 3, 20), d(2026, 3, 23), 3)
    );
    // Without the listed Hayit, 20 March is a working Friday.
    assert_eq!(due("2026-02", 20, &[]).1, d(2026, 3, 20));
    // A transfer that makes Saturday a working day stops the move there.
    let transfer = [ListedDay {
        date: d(2027, 10, 2),
        kind: DayKind::WorkingDay,
        name: String::new(),
    }];
    assert_eq!(due("2027-Q3", 1, &transfer).1, d(2027, 10, 2));
}

fn history(kind: HistoryKind, dataset: &str, period: &str, at: i64) -> HistoryEntry {
    let mut e = HistoryEntry::new(kind, dataset, true, "");
    e.period = period.into();
    e.at = at;
    e.target = "folder".into();
    e
}

#[test]
fn status_from_history_portal_and_today() {
    let monthly = item("1-001-0001", Periodicity::Monthly);
    let today = d(2026, 11, 24);
    let records = DoneRecords::from_history(&[
        history(HistoryKind::Confirmed, "1-001-0001", "2026-08", 100),
        history(HistoryKind::Sent, "1-001-0001", "2026-09", 200),
        history(HistoryKind::MarkedDone, "1-001-0001", "2026-06", 50),
    ]);
    let status = |period, due| status_of(&monthly, p(period), due, &records, today, 7);
    assert_eq!(
        status("2026-08", d(2026, 9, 10)),
        Status::Done(DoneBy::Published {
            at: 100,
            target: "folder".into()
        })
    );
    assert_eq!(
        status("2026-06", d(2026, 7, 10)),
        Status::Done(DoneBy::Marked { at: 50 })
    );
    // July is covered by the later confirmed August update.
    assert_eq!(
        status("2026-07", d(2026, 8, 10)),
        Status::Done(DoneBy::Later {
            period: "2026-08".into(),
            at: 100
        })
    );
    // A history line names the dataset by the list's identity rule: its folder, in any case.
    let mut linked = monthly.clone();
    linked.dataset = "Maktablar".into();
    let by_folder = DoneRecords::from_history(&[history(
        HistoryKind::Confirmed,
        "maktablar ",
        "2026-08",
        100,
    )]);
    assert!(matches!(
        status_of(&linked, p("2026-08"), d(2026, 9, 10), &by_folder, today, 7),
        Status::Done(DoneBy::Published { .. })
    ));
    // Sent is not confirmed: September is 45 days overdue on 24 November.
    assert_eq!(
        status("2026-09", d(2026, 10, 10)),
        Status::Overdue { days: 45 }
    );
    assert_eq!(
        status("2026-10", d(2026, 11, 24)),
        Status::DueSoon { days_left: 0 }
    );
    assert_eq!(
        status("2026-10", d(2026, 12, 1)),
        Status::DueSoon { days_left: 7 }
    );
    assert_eq!(
        status("2026-11", d(2026, 12, 10)),
        Status::NotYetDue { days_left: 16 }
    );

    // The portal's last update after the period ended makes it done, whatever the history.
    let mut synced = item("1-001-0002", Periodicity::Quarterly);
    synced.portal = Some(inventory::PortalState {
        updated: "2026-10-12T09:00:00".into(),
        late_days: Some(0),
        ..Default::default()
    });
    let none = DoneRecords::default();
    assert_eq!(
        status_of(&synced, p("2026-Q3"), d(2026, 10, 15), &none, today, 7),
        Status::Done(DoneBy::Portal {
            updated: d(2026, 10, 12)
        })
    );
    // An update inside the period does not count for it.
    synced.portal = Some(inventory::PortalState {
        updated: "30.09.2026".into(),
        ..Default::default()
    });
    assert_eq!(
        status_of(&synced, p("2026-Q3"), d(2026, 10, 15), &none, today, 7),
        Status::Overdue { days: 40 }
    );
}

#[test]
fn deadlines_in_a_range_with_rules_and_portal_counts() {
    let mut monthly = item("1-001-0001", Periodicity::Monthly);
    monthly.days_after = Some(5);
    monthly.portal = Some(inventory::PortalState {
        late_days: Some(9),
        ..Default::default()
    });
    let inv = inventory(vec![
        monthly,
        item("1-001-0002", Periodicity::Quarterly),
        item("1-001-0003", Periodicity::Irregular),
        item("1-001-0004", Periodicity::Annual),
    ]);
    let settings = CalendarSettings::default();
    let today = d(2026, 11, 24);
    let list = deadlines(
        &inv,
        &settings,
        &DoneRecords::default(),
        today,
        d(2026, 10, 1),
        d(2026, 12, 31),
        7,
    );
    let seen: Vec<(String, String, Date)> = list
        .iter()
        .map(|x| (x.dataset.clone(), x.period.label(), x.due))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("1-001-0001".into(), "2026-09".into(), d(2026, 10, 5)),
            ("1-001-0002".into(), "2026-Q3".into(), d(2026, 10, 15)),
            ("1-001-0001".into(), "2026-10".into(), d(2026, 11, 5)),
            ("1-001-0001".into(), "2026-11".into(), d(2026, 12, 7)),
        ]
    );
    assert!(list[0].rule.own && list[0].rule.days == 5);
    assert!(!list[1].rule.own && list[1].rule.days == 15);
    assert_eq!(list[0].portal_late_days, Some(9));
    // 5 December 2026 is a Saturday: moved to Monday the 7th.
    assert_eq!(list[3].nominal, d(2026, 12, 5));
    assert_eq!(list[3].moved_past.len(), 2);

    let needs = attention(&inv, &settings, &DoneRecords::default(), today, 14);
    assert!(needs.iter().all(|x| x.status.needs_attention()));
    assert_eq!(needs.last().map(|x| x.due), Some(d(2026, 12, 7)));
    // The tracking start hides what was overdue before Ochiq was used.
    let later = CalendarSettings {
        track_from: Some(d(2026, 11, 1)),
        ..CalendarSettings::default()
    };
    let needs = attention(&inv, &later, &DoneRecords::default(), today, 14);
    let periods: Vec<String> = needs.iter().map(|x| x.period.label()).collect();
    assert_eq!(periods, vec!["2026-10", "2026-11"]);
}

#[test]
fn daily_and_weekly_data_have_deadlines_too() {
    let inv = inventory(vec![
        item("d", Periodicity::Daily),
        item("w", Periodicity::Weekly),
    ]);
    let today = d(2026, 11, 24);
    let list = deadlines(
        &inv,
        &CalendarSettings::default(),
        &DoneRecords::default(),
        today,
        d(2026, 11, 23),
        d(2026, 11, 30),
        7,
    );
    // Daily: Friday 20th's deadline (+1: Saturday) and Saturday's and Sunday's all fall on
    // Monday the 23rd; then one per working day.
    let daily: Vec<String> = list
        .iter()
        .filter(|x| x.dataset == "d")
        .map(|x| format!("{}>{}", x.period.label(), x.due))
        .collect();
    assert_eq!(
        daily[..3],
        [
            "2026-11-20>2026-11-23",
            "2026-11-21>2026-11-23",
            "2026-11-22>2026-11-23"
        ]
    );
    // Weekly: week 47 ends Sunday 22nd; + 3 days is Wednesday 25th.
    let weekly: Vec<String> = list
        .iter()
        .filter(|x| x.dataset == "w")
        .map(|x| format!("{}>{}", x.period.label(), x.due))
        .collect();
    assert_eq!(weekly, ["2026-W47>2026-11-25"]);
}

#[test]
fn overdue_periods_are_grouped_per_dataset() {
    let inv = inventory(vec![
        item("w", Periodicity::Weekly),
        item("m", Periodicity::Monthly),
    ]);
    let today = d(2026, 11, 24);
    let settings = CalendarSettings {
        track_from: Some(d(2026, 10, 1)),
        ..CalendarSettings::default()
    };
    let list = attention(&inv, &settings, &DoneRecords::default(), today, 7);
    let grouped = overdue_by_dataset(&list);
    let seen: Vec<(String, String, usize)> = grouped
        .iter()
        .map(|o| {
            (
                o.latest.dataset.clone(),
                o.latest.period.label(),
                o.earlier.len(),
            )
        })
        .collect();
    // Weekly: weeks 40 to 46 are overdue (deadlines 7 October to 18 November); monthly:
    // September and October (12 October, as the 10th is a Saturday, and 10 November).
    assert_eq!(
        seen,
        vec![
            ("w".to_owned(), "2026-W46".to_owned(), 6),
            ("m".to_owned(), "2026-10".to_owned(), 1)
        ]
    );
    assert_eq!(
        grouped[0].earlier.first().map(|p| p.label()).as_deref(),
        Some("2026-W40")
    );
    assert_eq!(
        (grouped[0].since, grouped[1].since),
        (d(2026, 10, 7), d(2026, 10, 12))
    );
}
