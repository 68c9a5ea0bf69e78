//! The deadline calendar: each dataset on the approved list ([`inventory`]) has reporting
//! periods ([`Period`]); each period's deadline is "period end + N days", moved to the next
//! working day ([`holidays`]); each deadline has a status from the history (a confirmed
//! publish for that period, given as history lines: the calendar opens no database) and the
//! portal (its last update, its own overdue count).
//! "Today" is always a parameter, so every rule can be tested on any date.
//!
//! The portal's own rule is not published, so N is a workspace setting per periodicity,
//! overridable per dataset, and the rule in force travels with every deadline
//! ([`Deadline::rule`]) for the front ends to show next to the date.

pub mod holidays;
pub mod ics;
pub mod import;
pub mod inventory;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::core::date::Date;
use crate::core::history::{HistoryEntry, HistoryFilter, HistoryKind};
use crate::core::lang::LangText;
pub use crate::core::period::Period;
use crate::core::schema::Periodicity;
pub use holidays::{DayKind, DayOff, ListedDay, WorkingDays};
pub use inventory::{Inventory, InventoryItem};

/// The workspace's deadline settings (in `ochiq-workspace.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CalendarSettings {
    /// N in "period end + N days", per periodicity.
    pub days_after: DaysAfter,
    /// The movable holidays and transfers, per year.
    pub holidays: Vec<ListedDay>,
    /// Deadlines before this date are not counted as overdue (the list's history before
    /// Ochiq); `None`: the last twelve months.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track_from: Option<Date>,
}

impl CalendarSettings {
    /// The first date whose deadlines count, seen from `today`.
    pub fn tracked_from(&self, today: Date) -> Date {
        self.track_from.unwrap_or_else(|| today.add_days(-365))
    }
}

/// Days after a period's end, per periodicity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DaysAfter {
    pub daily: u32,
    pub weekly: u32,
    pub monthly: u32,
    pub quarterly: u32,
    pub semiannual: u32,
    pub annual: u32,
}

impl Default for DaysAfter {
    /// Ochiq's starting values (the portal publishes no rule): the next working day for
    /// daily data, three days for weekly, ten for monthly, fifteen for quarterly, twenty for
    /// half-yearly and thirty for annual data.
    fn default() -> Self {
        Self {
            daily: 1,
            weekly: 3,
            monthly: 10,
            quarterly: 15,
            semiannual: 20,
            annual: 30,
        }
    }
}

impl DaysAfter {
    /// N for this periodicity; `None` for data with no schedule.
    pub fn get(&self, periodicity: Periodicity) -> Option<u32> {
        match periodicity {
            Periodicity::Daily => Some(self.daily),
            Periodicity::Weekly => Some(self.weekly),
            Periodicity::Monthly => Some(self.monthly),
            Periodicity::Quarterly => Some(self.quarterly),
            Periodicity::Semiannual => Some(self.semiannual),
            Periodicity::Annual => Some(self.annual),
            Periodicity::Irregular | Periodicity::OneOff => None,
        }
    }

    pub fn get_mut(&mut self, periodicity: Periodicity) -> Option<&mut u32> {
        match periodicity {
            Periodicity::Daily => Some(&mut self.daily),
            Periodicity::Weekly => Some(&mut self.weekly),
            Periodicity::Monthly => Some(&mut self.monthly),
            Periodicity::Quarterly => Some(&mut self.quarterly),
            Periodicity::Semiannual => Some(&mut self.semiannual),
            Periodicity::Annual => Some(&mut self.annual),
            Periodicity::Irregular | Periodicity::OneOff => None,
        }
    }
}

/// The rule that gave a deadline: "period end + `days` days, moved past days off".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub periodicity: Periodicity,
    pub days: u32,
    /// The dataset's own rule (else the workspace's for its periodicity).
    pub own: bool,
}

/// How a period came to be done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "kebab-case")]
pub enum DoneBy {
    /// A confirmed publish for this period (Unix seconds, target id).
    Published { at: i64, target: String },
    /// A confirmed publish for a later period, which supersedes this one.
    Later { period: String, at: i64 },
    /// Marked done by hand (published outside Ochiq).
    Marked { at: i64 },
    /// The portal's last update came after the period ended.
    Portal { updated: Date },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    Done(DoneBy),
    /// Not done; the deadline is today or within the "due soon" window.
    DueSoon {
        days_left: i64,
    },
    /// Not done; the deadline has passed `days` days ago.
    Overdue {
        days: i64,
    },
    NotYetDue {
        days_left: i64,
    },
}

impl Status {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Done(_) => "done",
            Self::DueSoon { .. } => "due-soon",
            Self::Overdue { .. } => "overdue",
            Self::NotYetDue { .. } => "not-yet-due",
        }
    }

    pub fn needs_attention(&self) -> bool {
        matches!(self, Self::DueSoon { .. } | Self::Overdue { .. })
    }
}

/// One period's deadline for one dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    /// The item's key ([`InventoryItem::key`]) and position on the list.
    pub dataset: String,
    #[serde(skip)]
    pub item: usize,
    pub title: LangText,
    pub responsible: String,
    #[serde(serialize_with = "period_label")]
    pub period: Period,
    /// Period end + N days, before moving past days off.
    pub nominal: Date,
    /// The deadline in force.
    pub due: Date,
    /// The days off the deadline was moved past, with why.
    #[serde(serialize_with = "moves")]
    pub moved_past: Vec<(Date, DayOff)>,
    pub rule: Rule,
    pub status: Status,
    /// The portal's own count of days overdue, at the last sync.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal_late_days: Option<i64>,
}

fn period_label<S: serde::Serializer>(p: &Period, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&p.label())
}

fn moves<S: serde::Serializer>(m: &[(Date, DayOff)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(m.iter().map(|(d, _)| d))
}

/// The deadline of `period` under `rule`.
pub fn deadline_of(
    period: Period,
    days: u32,
    working: &WorkingDays<'_>,
) -> (Date, Date, Vec<(Date, DayOff)>) {
    let nominal = period.last().add_days(i64::from(days));
    let (due, passed) = working.next_working_day(nominal);
    (nominal, due, passed)
}

/// What the history says was published, per dataset: the confirmed publishes and the
/// periods marked done by hand.
#[derive(Debug, Clone, Default)]
pub struct DoneRecords {
    /// Dataset name ([`inventory::name_key`]) → (period, when, target, marked by hand),
    /// newest first as read.
    by_dataset: HashMap<String, Vec<(Period, i64, String, bool)>>,
}

impl DoneRecords {
    /// The history lines [`DoneRecords::from_history`] counts: confirmed publishes and
    /// periods marked done by hand. The caller reads them from the workspace's history.
    pub fn history_filter() -> HistoryFilter {
        HistoryFilter {
            kinds: vec![HistoryKind::Confirmed, HistoryKind::MarkedDone],
            ..HistoryFilter::default()
        }
    }

    /// From history lines (any order): confirmed publishes and periods marked done.
    pub fn from_history(entries: &[HistoryEntry]) -> Self {
        let mut by_dataset: HashMap<String, Vec<(Period, i64, String, bool)>> = HashMap::new();
        for e in entries {
            let marked = e.kind == HistoryKind::MarkedDone;
            if !(e.ok && (e.kind == HistoryKind::Confirmed || marked)) {
                continue;
            }
            let Some(period) = Period::parse(&e.period) else {
                continue;
            };
            by_dataset
                .entry(inventory::name_key(&e.dataset))
                .or_default()
                .push((period, e.at, e.target.clone(), marked));
        }
        Self { by_dataset }
    }

    /// How `period` of the dataset `item` came to be done, from the history alone.
    fn done(&self, item: &InventoryItem, period: Period) -> Option<DoneBy> {
        let records = [&item.code, &item.portal_id, &item.dataset]
            .into_iter()
            .filter(|n| !n.trim().is_empty())
            .filter_map(|n| self.by_dataset.get(&inventory::name_key(n)))
            .flatten();
        let mut later: Option<(Period, i64)> = None;
        for (p, at, target, marked) in records {
            if *p == period {
                return Some(if *marked {
                    DoneBy::Marked { at: *at }
                } else {
                    DoneBy::Published {
                        at: *at,
                        target: target.clone(),
                    }
                });
            }
            // Another periodicity's label (the list changed) never supersedes.
            if p.periodicity() == period.periodicity() && *p > period {
                later = Some(later.map_or((*p, *at), |l| l.min((*p, *at))));
            }
        }
        later.map(|(p, at)| DoneBy::Later {
            period: p.label(),
            at,
        })
    }
}

/// The history line that records `period` of `dataset` as published outside Ochiq.
pub fn marked_done(dataset: &str, period: Period) -> HistoryEntry {
    let mut entry = HistoryEntry::new(HistoryKind::MarkedDone, dataset, true, "");
    entry.period = period.label();
    entry
}

/// The deadlines of every dataset on the list that fall between `from` and `to`
/// (inclusive), with their status on `today`. A deadline within `soon_days` of today that is
/// not done is due soon. Sorted by date, then dataset.
pub fn deadlines(
    inventory: &Inventory,
    settings: &CalendarSettings,
    done: &DoneRecords,
    today: Date,
    from: Date,
    to: Date,
    soon_days: u32,
) -> Vec<Deadline> {
    let working = WorkingDays::new(&settings.holidays);
    let mut out = Vec::new();
    for (index, item) in inventory.items.iter().enumerate() {
        let own = item.days_after.is_some();
        let Some(days) = item
            .days_after
            .or_else(|| settings.days_after.get(item.periodicity))
        else {
            continue;
        };
        // A deadline is at most `days` plus a run of days off after its period's end.
        let earliest_end = from.add_days(-(i64::from(days) + 31));
        let Some(mut period) = Period::containing(item.periodicity, earliest_end) else {
            continue;
        };
        let rule = Rule {
            periodicity: item.periodicity,
            days,
            own,
        };
        while period.last() <= to {
            let (nominal, due, moved_past) = deadline_of(period, days, &working);
            if due > to {
                break;
            }
            if due >= from {
                let status = status_of(item, period, due, done, today, soon_days);
                out.push(Deadline {
                    dataset: item.key().to_owned(),
                    item: index,
                    title: item.title.clone(),
                    responsible: item.responsible.clone(),
                    period,
                    nominal,
                    due,
                    moved_past,
                    rule,
                    status,
                    portal_late_days: item.portal.as_ref().and_then(|p| p.late_days),
                });
            }
            period = period.next();
        }
    }
    out.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.dataset.cmp(&b.dataset)));
    out
}

/// The status of one period of `item` whose deadline is `due`, on `today`.
pub fn status_of(
    item: &InventoryItem,
    period: Period,
    due: Date,
    done: &DoneRecords,
    today: Date,
    soon_days: u32,
) -> Status {
    if let Some(by) = done.done(item, period) {
        return Status::Done(by);
    }
    if let Some(updated) = item.portal.as_ref().and_then(|p| p.updated_date())
        && updated > period.last()
    {
        return Status::Done(DoneBy::Portal { updated });
    }
    let left = due.days() - today.days();
    if left < 0 {
        Status::Overdue { days: -left }
    } else if left <= i64::from(soon_days) {
        Status::DueSoon { days_left: left }
    } else {
        Status::NotYetDue { days_left: left }
    }
}

/// What needs attention on `today`: the deadlines not done that have passed since the
/// tracking start, and those due within `soon_days`; each sorted by date.
pub fn attention(
    inventory: &Inventory,
    settings: &CalendarSettings,
    done: &DoneRecords,
    today: Date,
    soon_days: u32,
) -> Vec<Deadline> {
    let from = settings.tracked_from(today);
    let to = today.add_days(i64::from(soon_days));
    deadlines(inventory, settings, done, today, from, to, soon_days)
        .into_iter()
        .filter(|d| d.status.needs_attention())
        .collect()
}

/// A dataset with overdue periods: the latest one (publishing it usually covers the earlier
/// ones too) and the earlier ones still open, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Overdue {
    pub latest: Deadline,
    pub earlier: Vec<Period>,
    /// The oldest open deadline.
    pub since: Date,
}

/// The overdue deadlines of `list`, one entry per dataset, the longest overdue first.
pub fn overdue_by_dataset(list: &[Deadline]) -> Vec<Overdue> {
    let mut out: Vec<Overdue> = Vec::new();
    let overdue = list
        .iter()
        .filter(|d| matches!(d.status, Status::Overdue { .. }));
    for d in overdue {
        match out.iter_mut().find(|o| o.latest.item == d.item) {
            Some(o) if d.due >= o.latest.due => {
                o.earlier.push(o.latest.period);
                o.latest = d.clone();
            }
            Some(o) => {
                o.earlier.push(d.period);
                o.since = o.since.min(d.due);
            }
            None => out.push(Overdue {
                latest: d.clone(),
                earlier: Vec::new(),
                since: d.due,
            }),
        }
    }
    for o in &mut out {
        o.earlier.sort();
    }
    out.sort_by(|a, b| (a.since, &a.latest.dataset).cmp(&(b.since, &b.latest.dataset)));
    out
}

#[cfg(test)]
mod tests;
