//! What the calendar screen keeps: the month shown, the list and the done records as read,
//! the deadlines computed from them, the rules form, the message shown and the jobs. The
//! lists are computed here (no disk); reading and writing is [`super::apply`]'s.

use std::path::PathBuf;

use crate::core::calendar::holidays::HolidayRowProblem;
use crate::core::calendar::{self, DayKind, Deadline, DoneRecords, Inventory, ListedDay, Status};
use crate::core::date::Date;
use crate::core::ingest::IngestError;
use crate::core::workspace::Workspace;
use crate::ui::inventory::InventoryState;
use crate::ui::jobs::Slot;

/// The overview's list of what comes next covers this many days.
pub const NEXT_DAYS: u32 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CalendarTab {
    #[default]
    Overview,
    Inventory,
    Rules,
}

/// What the open file dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogFor {
    Holidays,
    Ics,
}

pub type HolidayRead =
    Result<Result<Vec<ListedDay>, Vec<HolidayRowProblem>>, (PathBuf, IngestError)>;

/// The deadlines computed from the list, the rules and the done records.
#[derive(Debug, Default)]
pub struct Lists {
    /// The deadlines of the month shown (with the days around it in the grid).
    pub month: Vec<Deadline>,
    /// Not done, and overdue since the tracking start or due within the reminder window.
    pub attention: Vec<Deadline>,
    /// The overdue ones, per dataset.
    pub overdue: Vec<calendar::Overdue>,
    /// Not done, and due in the next [`NEXT_DAYS`] days.
    pub next: Vec<Deadline>,
    /// What the lists were computed for: today, the reminder window, the month shown.
    pub computed: Option<(Date, u32, Date)>,
}

/// The Rules tab's own state: the holiday list's year shown, and the row being added.
#[derive(Debug)]
pub struct RulesForm {
    pub holiday_year: i32,
    pub new_date: String,
    pub new_name: String,
    pub new_kind: DayKind,
}

impl RulesForm {
    fn new(year: i32) -> Self {
        Self {
            holiday_year: year,
            new_date: String::new(),
            new_name: String::new(),
            new_kind: DayKind::Holiday,
        }
    }

    /// Empties the row being added.
    pub fn clear_new(&mut self) {
        *self = Self::new(self.holiday_year);
    }
}

/// The screen's jobs: a file dialog (for what, beside it) and a holiday list being read.
#[derive(Default)]
pub struct CalendarJobs {
    pub dialog: Slot<Option<PathBuf>>,
    pub dialog_for: Option<DialogFor>,
    pub holidays: Slot<HolidayRead>,
}

pub struct CalendarState {
    pub tab: CalendarTab,
    /// The first day of the month shown.
    pub month: Date,
    pub selected_day: Option<Date>,
    pub inventory: Inventory,
    pub(super) done: DoneRecords,
    /// The workspace read, and what could not be read in it.
    pub(super) loaded: Option<PathBuf>,
    pub(super) error: Option<String>,
    pub(super) lists: Lists,
    pub inventory_view: InventoryState,
    pub(super) jobs: CalendarJobs,
    /// The outcome of the last action, good or bad.
    pub(super) message: Option<(bool, String)>,
    pub(super) rules: RulesForm,
}

impl CalendarState {
    pub fn new(today: Date) -> Self {
        Self {
            tab: CalendarTab::default(),
            month: today.month_start(0),
            selected_day: None,
            inventory: Inventory::default(),
            done: DoneRecords::default(),
            loaded: None,
            error: None,
            lists: Lists::default(),
            inventory_view: InventoryState::default(),
            jobs: CalendarJobs::default(),
            message: None,
            rules: RulesForm::new(today.year),
        }
    }

    pub fn is_busy(&self) -> bool {
        self.jobs.dialog.is_running()
            || self.jobs.holidays.is_running()
            || self.inventory_view.is_busy()
    }

    /// Computes the lists again when the day, the window or the month changed (the list
    /// and the done records as last read; see [`CalendarState::refresh`]).
    pub fn compute(&mut self, ws: &Workspace, today: Date, soon_days: u32) {
        if self.lists.computed == Some((today, soon_days, self.month)) {
            return;
        }
        let settings = &ws.meta.calendar;
        // The grid shows whole weeks: up to 6 days before and 13 after the month.
        let from = self.month.add_days(-6);
        let to = self.month.month_start(1).add_days(13);
        let (inventory, done) = (&self.inventory, &self.done);
        let lists = &mut self.lists;
        lists.month = calendar::deadlines(inventory, settings, done, today, from, to, soon_days);
        lists.attention = calendar::attention(inventory, settings, done, today, soon_days);
        lists.overdue = calendar::overdue_by_dataset(&lists.attention);
        let ahead = today.add_days(i64::from(NEXT_DAYS));
        lists.next = calendar::deadlines(inventory, settings, done, today, today, ahead, soon_days)
            .into_iter()
            .filter(|d| !matches!(d.status, Status::Done(_)))
            .collect();
        lists.computed = Some((today, soon_days, self.month));
    }

    /// Forgets the computed lists (after an edit of the list or the rules).
    pub fn invalidate(&mut self) {
        self.lists.computed = None;
    }

    /// What needs attention: (datasets with overdue periods, deadlines due within the
    /// reminder window).
    pub fn attention_counts(&self) -> (usize, usize) {
        let soon = self
            .lists
            .attention
            .iter()
            .filter(|d| matches!(d.status, Status::DueSoon { .. }))
            .count();
        (self.lists.overdue.len(), soon)
    }

    pub fn has_inventory(&self) -> bool {
        !self.inventory.items.is_empty()
    }
}
