//! Everything the calendar screen does: reading the list and the history's publishes,
//! recording a period marked done, saving the rules and the holiday list, the file dialogs,
//! reading a holiday list and writing the `.ics` file. The views only return
//! [`CalendarIntent`]s; this is the one place that acts on them.

use std::path::PathBuf;
use std::sync::Arc;

use super::state::{CalendarState, CalendarTab, DialogFor, HolidayRead};
use crate::core::calendar::holidays::{HolidayRowProblem, merge_days, read_holiday_table};
use crate::core::calendar::{self, DayKind, DoneRecords, Inventory, ListedDay, Period};
use crate::core::date::Date;
use crate::core::history::History;
use crate::core::ingest::{self, OpenOptions};
use crate::core::progress::NoProgress;
use crate::core::publish::secrets::SecretStore;
use crate::core::schema::Periodicity;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::text::messages::{Notice, notice_text};
use crate::tr;
use crate::ui::inventory::{self, InventoryContext, InventoryEvent, InventoryIntent};
use crate::ui::jobs::{Job, spawn_open_dialog, spawn_save_dialog};

/// The `.ics` export covers the past month and the year ahead.
const ICS_PAST_DAYS: i64 = 31;
const ICS_AHEAD_DAYS: i64 = 366;

/// What the user asked for on the calendar screen.
#[derive(Debug, Clone, PartialEq)]
pub enum CalendarIntent {
    ShowTab(CalendarTab),
    DismissMessage,
    /// Show the month starting on this day.
    ShowMonth(Date),
    /// Show this day's deadlines (and its month).
    SelectDay(Date),
    /// Show today and its month.
    Today,
    /// Pick where to write the deadlines as an `.ics` file.
    ExportIcs,
    /// Open the dataset of the list's item at this position (its linked workspace dataset,
    /// else its row on the list).
    OpenItem(usize),
    /// Record the period as published outside Ochiq.
    MarkDone {
        dataset: String,
        period: Period,
        title: String,
    },
    SetDaysAfter(Periodicity, u32),
    /// The tracking start as typed (empty: from the start of the list).
    SetTrackFrom(String),
    SetRemindDays(u32),
    /// Show the holiday list of this year.
    HolidayYear(i32),
    /// Pick a holiday list to import.
    ImportHolidays,
    SetHolidayKind(usize, DayKind),
    RemoveHoliday(usize),
    /// Add the day typed in the Rules tab.
    AddHoliday,
    /// What the user asked for in the approved list's tab.
    Inventory(InventoryIntent),
}

/// What only the app can do.
#[derive(Debug, Clone, PartialEq)]
pub enum CalendarRequest {
    /// Open this data file (a dataset's) in the table view.
    OpenDataset(PathBuf),
    /// Keep this reminder window, in days, in the preferences.
    SetRemindDays(u32),
}

/// What the screen works on.
pub struct CalendarContext<'a> {
    pub ws: &'a mut Workspace,
    pub datasets: &'a [DatasetEntry],
    pub secrets: &'a Arc<dyn SecretStore>,
    /// The user's reminder window in days (a preference; the Rules tab asks the app to
    /// change it).
    pub soon_days: u32,
    pub today: Date,
}

impl CalendarState {
    /// Reads the workspace's inventory and the history's publishes again.
    pub fn load(&mut self, ws: &Workspace) {
        self.loaded = Some(ws.root().to_owned());
        self.error = None;
        match Inventory::load(ws.root()) {
            Ok(inv) => self.inventory = inv,
            Err(e) => {
                self.inventory = Inventory::default();
                self.error = Some(e.to_string());
            }
        }
        let done = History::open(ws.root()).and_then(|h| h.list(&DoneRecords::history_filter()));
        match done {
            Ok(lines) => self.done = DoneRecords::from_history(&lines),
            Err(e) => {
                self.done = DoneRecords::default();
                self.error.get_or_insert_with(|| e.to_string());
            }
        }
        self.invalidate();
    }

    /// Reads the workspace when it is another one, and computes the lists again when the
    /// day, the window or the month changed.
    pub fn refresh(&mut self, ws: &Workspace, today: Date, soon_days: u32) {
        if self.loaded.as_deref() != Some(ws.root()) {
            self.load(ws);
        }
        self.compute(ws, today, soon_days);
    }
}

/// Takes in what the jobs finished and computes the lists; called before the screen is
/// drawn.
pub fn tick(
    state: &mut CalendarState,
    i18n: &I18n,
    ctx: &egui::Context,
    cx: &mut CalendarContext<'_>,
) {
    if let Some(picked) = state.jobs.dialog.finished() {
        let kind = state.jobs.dialog_for.take();
        match (kind, picked.ok().flatten()) {
            (Some(DialogFor::Holidays), Some(path)) => {
                let job = Job::spawn("ochiq-holidays", ctx, move |_, send| {
                    let read = ingest::read_table(&path, &OpenOptions::default(), &NoProgress)
                        .map(|(_, table)| read_holiday_table(&table))
                        .map_err(|e| (path, e));
                    send(read);
                });
                state.jobs.holidays.start(job);
            }
            (Some(DialogFor::Ics), Some(path)) => {
                state.message = Some(write_ics(i18n, state, cx.ws, cx.today, &path));
            }
            _ => {}
        }
    }
    if let Some(Ok(read)) = state.jobs.holidays.finished() {
        state.message = Some(take_holidays(state, i18n, cx.ws, read));
    }
    let mut icx = InventoryContext {
        ws: cx.ws,
        inventory: &mut state.inventory,
        datasets: cx.datasets,
        secrets: cx.secrets,
    };
    let event = inventory::tick(&mut state.inventory_view, i18n, ctx, &mut icx);
    take_inventory_event(state, event);
    state.refresh(cx.ws, cx.today, cx.soon_days);
}

/// A change of the approved list means new deadlines; a dataset to open is the app's.
fn take_inventory_event(
    state: &mut CalendarState,
    event: Option<InventoryEvent>,
) -> Option<CalendarRequest> {
    match event? {
        InventoryEvent::Changed => {
            state.invalidate();
            None
        }
        InventoryEvent::OpenDataset(path) => Some(CalendarRequest::OpenDataset(path)),
    }
}

/// Does what `intent` asks; some things only the app can do.
pub fn apply(
    state: &mut CalendarState,
    intent: CalendarIntent,
    i18n: &I18n,
    ctx: &egui::Context,
    cx: &mut CalendarContext<'_>,
) -> Option<CalendarRequest> {
    let ws = &mut *cx.ws;
    match intent {
        CalendarIntent::ShowTab(tab) => state.tab = tab,
        CalendarIntent::DismissMessage => state.message = None,
        CalendarIntent::ShowMonth(month) => {
            state.month = month;
            state.selected_day = None;
        }
        CalendarIntent::SelectDay(date) => {
            state.selected_day = Some(date);
            state.month = date.month_start(0);
        }
        CalendarIntent::Today => {
            state.month = cx.today.month_start(0);
            state.selected_day = Some(cx.today);
        }
        CalendarIntent::ExportIcs => {
            if !state.jobs.dialog.is_running() {
                let name = format!("ochiq-{}.ics", cx.today.iso());
                let title = tr!(i18n, "calendar-export-ics");
                let job = spawn_save_dialog(ctx, title, name, &[("iCalendar", &["ics"])]);
                state.jobs.dialog.start(job);
                state.jobs.dialog_for = Some(DialogFor::Ics);
            }
        }
        CalendarIntent::ImportHolidays => {
            if !state.jobs.dialog.is_running() && !state.jobs.holidays.is_running() {
                let job = spawn_open_dialog(
                    ctx,
                    tr!(i18n, "calendar-holidays-import"),
                    tr!(i18n, "calendar-holidays-files"),
                    &["csv", "tsv", "txt", "xlsx", "xls", "ods"],
                );
                state.jobs.dialog.start(job);
                state.jobs.dialog_for = Some(DialogFor::Holidays);
            }
        }
        CalendarIntent::OpenItem(item) => {
            let data = state
                .inventory
                .items
                .get(item)
                .filter(|i| !i.dataset.is_empty())
                .and_then(|i| {
                    cx.datasets.iter().find(|e| {
                        e.dir
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy() == i.dataset)
                    })
                })
                .and_then(DatasetEntry::data_path);
            if data.is_none() {
                state.tab = CalendarTab::Inventory;
                state.inventory_view.select(item);
            }
            return data.map(CalendarRequest::OpenDataset);
        }
        CalendarIntent::MarkDone {
            dataset,
            period,
            title,
        } => {
            let marked = History::open(ws.root())
                .and_then(|h| h.record(&calendar::marked_done(&dataset, period)));
            state.message = Some(match marked {
                Ok(()) => {
                    state.load(ws);
                    let period = period.label();
                    (
                        true,
                        tr!(i18n, "calendar-marked", title = title, period = period),
                    )
                }
                Err(e) => (false, not_saved(i18n, e)),
            });
        }
        CalendarIntent::SetDaysAfter(periodicity, days) => {
            if let Some(d) = ws.meta.calendar.days_after.get_mut(periodicity) {
                *d = days;
                save_rules(state, i18n, ws);
            }
        }
        CalendarIntent::SetTrackFrom(text) => match text.trim() {
            "" => {
                ws.meta.calendar.track_from = None;
                save_rules(state, i18n, ws);
            }
            t => match Date::parse(t) {
                Some(d) => {
                    ws.meta.calendar.track_from = Some(d);
                    save_rules(state, i18n, ws);
                }
                None => state.message = Some((false, tr!(i18n, "calendar-bad-date", text = t))),
            },
        },
        CalendarIntent::SetRemindDays(days) => return Some(CalendarRequest::SetRemindDays(days)),
        CalendarIntent::HolidayYear(year) => state.rules.holiday_year = year,
        CalendarIntent::SetHolidayKind(i, kind) => {
            if let Some(day) = ws.meta.calendar.holidays.get_mut(i) {
                day.kind = kind;
                save_rules(state, i18n, ws);
            }
        }
        CalendarIntent::RemoveHoliday(i) => {
            if i < ws.meta.calendar.holidays.len() {
                ws.meta.calendar.holidays.remove(i);
                save_rules(state, i18n, ws);
            }
        }
        CalendarIntent::AddHoliday => {
            let form = &mut state.rules;
            match Date::parse(&form.new_date) {
                Some(date) => {
                    let day = ListedDay {
                        date,
                        kind: form.new_kind,
                        name: form.new_name.trim().to_owned(),
                    };
                    merge_days(&mut ws.meta.calendar.holidays, vec![day]);
                    form.holiday_year = date.year;
                    form.clear_new();
                    save_rules(state, i18n, ws);
                }
                None => {
                    let text = form.new_date.clone();
                    state.message = Some((false, tr!(i18n, "calendar-bad-date", text = text)));
                }
            }
        }
        CalendarIntent::Inventory(intent) => {
            let mut icx = InventoryContext {
                ws,
                inventory: &mut state.inventory,
                datasets: cx.datasets,
                secrets: cx.secrets,
            };
            let event = inventory::apply(&mut state.inventory_view, intent, i18n, ctx, &mut icx);
            if let Some(request) = take_inventory_event(state, event) {
                return Some(request);
            }
        }
    }
    ctx.request_repaint();
    None
}

fn not_saved(i18n: &I18n, e: impl ToString) -> String {
    tr!(i18n, "calendar-not-saved", detail = e.to_string())
}

/// Saves the workspace's rules after an edit; the deadlines are computed again.
fn save_rules(state: &mut CalendarState, i18n: &I18n, ws: &Workspace) {
    state.invalidate();
    if let Err(e) = ws.save_meta() {
        state.message = Some((false, not_saved(i18n, e)));
    }
}

/// Takes in a holiday list read from a file: its days join the workspace's, or what is
/// wrong with its rows is said.
fn take_holidays(
    state: &mut CalendarState,
    i18n: &I18n,
    ws: &mut Workspace,
    read: HolidayRead,
) -> (bool, String) {
    match read {
        Err((path, error)) => {
            let (headline, detail) = notice_text(i18n, &Notice::File { path, error });
            (
                false,
                detail.map_or(headline.clone(), |d| format!("{headline}\n{d}")),
            )
        }
        Ok(Err(problems)) => {
            let lines: Vec<String> = problems
                .iter()
                .take(10)
                .map(|p| match p {
                    HolidayRowProblem::BadDate { row, text } => {
                        tr!(
                            i18n,
                            "calendar-holidays-bad-date",
                            row = row.to_owned(),
                            text = text.as_str()
                        )
                    }
                    HolidayRowProblem::BadKind { row, text } => {
                        tr!(
                            i18n,
                            "calendar-holidays-bad-kind",
                            row = row.to_owned(),
                            text = text.as_str()
                        )
                    }
                })
                .collect();
            let head = tr!(
                i18n,
                "calendar-holidays-not-imported",
                count = problems.len()
            );
            (false, format!("{head}\n{}", lines.join("\n")))
        }
        Ok(Ok(days)) => {
            let year = days.first().map(|d| d.date.year);
            let (added, changed) = merge_days(&mut ws.meta.calendar.holidays, days);
            if let Some(year) = year {
                state.rules.holiday_year = year;
            }
            state.invalidate();
            match ws.save_meta() {
                Ok(()) => (
                    true,
                    tr!(
                        i18n,
                        "calendar-holidays-imported",
                        added = added,
                        changed = changed
                    ),
                ),
                Err(e) => (false, not_saved(i18n, e)),
            }
        }
    }
}

/// Writes the `.ics` file of the deadlines from a month ago to a year ahead.
fn write_ics(
    i18n: &I18n,
    state: &CalendarState,
    ws: &Workspace,
    today: Date,
    path: &std::path::Path,
) -> (bool, String) {
    let list = calendar::deadlines(
        &state.inventory,
        &ws.meta.calendar,
        &state.done,
        today,
        today.add_days(-ICS_PAST_DAYS),
        today.add_days(ICS_AHEAD_DAYS),
        0,
    );
    let written = crate::export::write_ics(i18n, ws, &list, path);
    (written.is_ok(), written.unwrap_or_else(|e| e))
}
