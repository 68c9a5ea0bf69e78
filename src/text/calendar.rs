//! The words of the deadline calendar, shared by the window, the command line and the
//! `.ics` export: statuses, the rule in force, why a deadline moved, month and day names.

use crate::core::calendar::ics::IcsText;
use crate::core::calendar::{DayKind, DayOff, Deadline, DoneBy, Rule, Status};
use crate::core::date::{Date, Weekday, local_minutes};
use crate::core::lang::LangText;
use crate::i18n::I18n;
use crate::text::names::periodicity_name;
use crate::tr;

pub fn month_name(i18n: &I18n, month: u32) -> String {
    match month {
        1 => tr!(i18n, "calendar-month-1"),
        2 => tr!(i18n, "calendar-month-2"),
        3 => tr!(i18n, "calendar-month-3"),
        4 => tr!(i18n, "calendar-month-4"),
        5 => tr!(i18n, "calendar-month-5"),
        6 => tr!(i18n, "calendar-month-6"),
        7 => tr!(i18n, "calendar-month-7"),
        8 => tr!(i18n, "calendar-month-8"),
        9 => tr!(i18n, "calendar-month-9"),
        10 => tr!(i18n, "calendar-month-10"),
        11 => tr!(i18n, "calendar-month-11"),
        _ => tr!(i18n, "calendar-month-12"),
    }
}

/// The short name of a weekday, for the month grid's heading.
pub fn weekday_short(i18n: &I18n, day: Weekday) -> String {
    match day {
        Weekday::Monday => tr!(i18n, "calendar-weekday-mon"),
        Weekday::Tuesday => tr!(i18n, "calendar-weekday-tue"),
        Weekday::Wednesday => tr!(i18n, "calendar-weekday-wed"),
        Weekday::Thursday => tr!(i18n, "calendar-weekday-thu"),
        Weekday::Friday => tr!(i18n, "calendar-weekday-fri"),
        Weekday::Saturday => tr!(i18n, "calendar-weekday-sat"),
        Weekday::Sunday => tr!(i18n, "calendar-weekday-sun"),
    }
}

/// A date with the month named: "10 November 2026", "10-noyabr 2026", "10 ноября 2026".
pub fn date_text(i18n: &I18n, date: Date) -> String {
    let month = month_genitive(i18n, date.month);
    tr!(
        i18n,
        "calendar-date",
        day = date.day,
        month = month,
        year = date.year.to_string()
    )
}

fn month_genitive(i18n: &I18n, month: u32) -> String {
    match month {
        1 => tr!(i18n, "calendar-of-month-1"),
        2 => tr!(i18n, "calendar-of-month-2"),
        3 => tr!(i18n, "calendar-of-month-3"),
        4 => tr!(i18n, "calendar-of-month-4"),
        5 => tr!(i18n, "calendar-of-month-5"),
        6 => tr!(i18n, "calendar-of-month-6"),
        7 => tr!(i18n, "calendar-of-month-7"),
        8 => tr!(i18n, "calendar-of-month-8"),
        9 => tr!(i18n, "calendar-of-month-9"),
        10 => tr!(i18n, "calendar-of-month-10"),
        11 => tr!(i18n, "calendar-of-month-11"),
        _ => tr!(i18n, "calendar-of-month-12"),
    }
}

/// The name of a fixed public holiday, by its id in `FIXED_HOLIDAYS`.
pub fn holiday_name(i18n: &I18n, id: &str) -> String {
    match id {
        "new-year" => tr!(i18n, "holiday-new-year"),
        "womens-day" => tr!(i18n, "holiday-womens-day"),
        "navruz" => tr!(i18n, "holiday-navruz"),
        "remembrance-day" => tr!(i18n, "holiday-remembrance-day"),
        "independence-day" => tr!(i18n, "holiday-independence-day"),
        "teachers-day" => tr!(i18n, "holiday-teachers-day"),
        _ => tr!(i18n, "holiday-constitution-day"),
    }
}

pub fn day_kind_name(i18n: &I18n, kind: DayKind) -> String {
    match kind {
        DayKind::Holiday => tr!(i18n, "calendar-kind-holiday"),
        DayKind::DayOff => tr!(i18n, "calendar-kind-day-off"),
        DayKind::WorkingDay => tr!(i18n, "calendar-kind-working-day"),
    }
}

/// Why a day is not a working day: "Saturday", "Navroʻz", "Ramazon hayiti".
pub fn day_off_text(i18n: &I18n, date: Date, why: &DayOff) -> String {
    match why {
        DayOff::Weekend => weekday_name(i18n, date.weekday()),
        DayOff::Fixed(id) => holiday_name(i18n, id),
        DayOff::Listed { kind, name } if name.trim().is_empty() => day_kind_name(i18n, *kind),
        DayOff::Listed { name, .. } => name.trim().to_owned(),
    }
}

fn weekday_name(i18n: &I18n, day: Weekday) -> String {
    match day {
        Weekday::Saturday => tr!(i18n, "calendar-saturday"),
        Weekday::Sunday => tr!(i18n, "calendar-sunday"),
        other => weekday_short(i18n, other),
    }
}

/// The rule in force: "period end + 10 days, then the next working day (the workspace's
/// rule for monthly data)".
pub fn rule_text(i18n: &I18n, rule: &Rule) -> String {
    let periodicity = periodicity_name(i18n, rule.periodicity);
    if rule.own {
        tr!(i18n, "calendar-rule-own", days = rule.days)
    } else {
        tr!(
            i18n,
            "calendar-rule-workspace",
            days = rule.days,
            periodicity = periodicity
        )
    }
}

/// Why the deadline is not period end + N: "moved from 20 March 2026 (Ramazon hayiti,
/// Navroʻz, Sunday)"; `None` when it did not move.
pub fn moved_text(i18n: &I18n, d: &Deadline) -> Option<String> {
    if d.moved_past.is_empty() {
        return None;
    }
    let why: Vec<String> = d
        .moved_past
        .iter()
        .map(|(date, off)| day_off_text(i18n, *date, off))
        .collect();
    Some(tr!(
        i18n,
        "calendar-moved",
        date = date_text(i18n, d.nominal),
        reasons = why.join(", ")
    ))
}

/// The status in words: "done: published 2026-10-05 14:00 (folder)", "due in 3 days",
/// "overdue by 12 days (the portal counts 9)".
pub fn status_text(i18n: &I18n, d: &Deadline) -> String {
    match &d.status {
        Status::Done(by) => match by {
            DoneBy::Published { at, target } => tr!(
                i18n,
                "calendar-done-published",
                when = local_minutes(*at),
                target = target.as_str()
            ),
            DoneBy::Later { period, .. } => {
                tr!(i18n, "calendar-done-later", period = period.as_str())
            }
            DoneBy::Marked { at } => tr!(i18n, "calendar-done-marked", when = local_minutes(*at)),
            DoneBy::Portal { updated } => {
                tr!(
                    i18n,
                    "calendar-done-portal",
                    date = date_text(i18n, *updated)
                )
            }
        },
        Status::DueSoon { days_left: 0 } => tr!(i18n, "calendar-due-today"),
        Status::DueSoon { days_left } | Status::NotYetDue { days_left } => {
            tr!(i18n, "calendar-due-in", days = days_left.to_owned())
        }
        Status::Overdue { days } => match d.portal_late_days {
            Some(portal) => tr!(
                i18n,
                "calendar-overdue-portal",
                days = days.to_owned(),
                portal = portal.to_owned()
            ),
            None => tr!(i18n, "calendar-overdue", days = days.to_owned()),
        },
    }
}

/// The short name of a status, for legends and filters.
pub fn status_name(i18n: &I18n, status: &Status) -> String {
    match status {
        Status::Done(_) => tr!(i18n, "calendar-status-done"),
        Status::DueSoon { .. } => tr!(i18n, "calendar-status-due-soon"),
        Status::Overdue { .. } => tr!(i18n, "calendar-status-overdue"),
        Status::NotYetDue { .. } => tr!(i18n, "calendar-status-not-yet-due"),
    }
}

/// The dataset's title in the interface language, else in any language, else its code.
pub fn title_of<'a>(i18n: &I18n, title: &'a LangText, code: &'a str) -> &'a str {
    let best = title.best(i18n.lang());
    if best.trim().is_empty() { code } else { best }
}

/// One line for a deadline: "1-104-0012 Maktabgacha taʼlim — 2026-Q3".
pub fn deadline_title(i18n: &I18n, d: &Deadline) -> String {
    tr!(
        i18n,
        "calendar-deadline-title",
        code = d.dataset.as_str(),
        title = title_of(i18n, &d.title, &d.dataset),
        period = d.period.label()
    )
}

/// The words of an `.ics` export in the interface language.
pub fn with_ics_text<R>(i18n: &I18n, organisation: &str, f: impl FnOnce(&IcsText<'_>) -> R) -> R {
    let summary = |d: &Deadline| {
        tr!(
            i18n,
            "calendar-ics-summary",
            title = deadline_title(i18n, d)
        )
    };
    let description = |d: &Deadline| {
        let mut lines = vec![
            tr!(i18n, "calendar-ics-due", date = date_text(i18n, d.due)),
            rule_text(i18n, &d.rule),
        ];
        lines.extend(moved_text(i18n, d));
        lines.push(status_text(i18n, d));
        if !d.responsible.trim().is_empty() {
            lines.push(tr!(
                i18n,
                "calendar-responsible-is",
                name = d.responsible.trim()
            ));
        }
        lines.join("\n")
    };
    let name = tr!(i18n, "calendar-ics-name", organisation = organisation);
    f(&IcsText {
        name: &name,
        summary: &summary,
        description: &description,
    })
}
