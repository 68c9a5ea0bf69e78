//! The calendar screen: what is due when. Overview (a month of deadlines coloured by
//! status, what is overdue and what is due in the next two weeks, each a click away from
//! its dataset; export to `.ics`), Inventory (the approved list, in `inventory_view`) and
//! Rules (N days per periodicity, the holiday list, reminders). Every date is shown with
//! the rule that gave it, because the portal's own rule is not published.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Color32, RichText, Sense, Ui, Vec2};

use super::inventory_view::{self, InventoryContext, InventoryEvent, InventoryState};
use super::jobs::{Job, Poll, spawn_open_dialog, spawn_save_dialog};
use super::widgets::{Tab, deferred_edit, labelled_combo, symbol_button, tab_bar};
use crate::core::calendar::holidays::{
    FIXED_HOLIDAYS, HolidayRowProblem, merge_days, read_holiday_table,
};
use crate::core::calendar::{
    self, DayKind, Deadline, DoneRecords, Inventory, ListedDay, Period, Status, WorkingDays,
};
use crate::core::date::{Date, Weekday};
use crate::core::history::History;
use crate::core::ingest::{self, IngestError, OpenOptions};
use crate::core::progress::NoProgress;
use crate::core::publish::secrets::SecretStore;
use crate::core::schema::Periodicity;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::text::calendar::{
    date_text, day_kind_name, day_off_text, deadline_title, holiday_name, month_name, moved_text,
    rule_text, status_name, status_text, title_of, weekday_short,
};
use crate::text::messages::{Notice, notice_text};
use crate::text::names::periodicity_name;
use crate::tr;

/// The overview's list of what comes next covers this many days.
pub const NEXT_DAYS: u32 = 14;
/// The `.ics` export covers the past month and the year ahead.
const ICS_PAST_DAYS: i64 = 31;
const ICS_AHEAD_DAYS: i64 = 366;
/// Each open deadline's event reminds this many days before.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CalendarTab {
    #[default]
    Overview,
    Inventory,
    Rules,
}

enum DialogFor {
    Holidays,
    Ics,
}

type HolidayRead = Result<Result<Vec<ListedDay>, Vec<HolidayRowProblem>>, (PathBuf, IngestError)>;

pub struct CalendarState {
    pub tab: CalendarTab,
    /// The first day of the month shown.
    pub month: Date,
    pub selected_day: Option<Date>,
    pub inventory: Inventory,
    done: DoneRecords,
    /// The workspace read, and what could not be read in it.
    loaded: Option<PathBuf>,
    error: Option<String>,
    /// The deadlines of the month shown (with the days around it in the grid).
    month_deadlines: Vec<Deadline>,
    /// Not done, and overdue since the tracking start or due within the reminder window.
    attention: Vec<Deadline>,
    /// The overdue ones, per dataset.
    overdue: Vec<calendar::Overdue>,
    /// Not done, and due in the next [`NEXT_DAYS`] days.
    next: Vec<Deadline>,
    /// What the lists were computed for: today, the reminder window, the month shown.
    computed: Option<(Date, u32, Date)>,
    pub inventory_view: InventoryState,
    dialog: Option<(DialogFor, Job<Option<PathBuf>>)>,
    holiday_job: Option<Job<HolidayRead>>,
    /// The outcome of the last action, good or bad.
    message: Option<(bool, String)>,
    /// The holiday list's year shown, and the row being added.
    holiday_year: i32,
    new_day: (String, String, DayKind),
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
            month_deadlines: Vec::new(),
            attention: Vec::new(),
            overdue: Vec::new(),
            next: Vec::new(),
            computed: None,
            inventory_view: InventoryState::default(),
            dialog: None,
            holiday_job: None,
            message: None,
            holiday_year: today.year,
            new_day: (String::new(), String::new(), DayKind::Holiday),
        }
    }

    pub fn is_busy(&self) -> bool {
        self.dialog.is_some() || self.holiday_job.is_some() || self.inventory_view.is_busy()
    }

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
        self.computed = None;
    }

    /// Computes the lists again when the day, the window or the month changed.
    pub fn refresh(&mut self, ws: &Workspace, today: Date, soon_days: u32) {
        if self.loaded.as_deref() != Some(ws.root()) {
            self.load(ws);
        }
        if self.computed == Some((today, soon_days, self.month)) {
            return;
        }
        let settings = &ws.meta.calendar;
        // The grid shows whole weeks: up to 6 days before and 13 after the month.
        let from = self.month.add_days(-6);
        let to = self.month.month_start(1).add_days(13);
        self.month_deadlines = calendar::deadlines(
            &self.inventory,
            settings,
            &self.done,
            today,
            from,
            to,
            soon_days,
        );
        self.attention =
            calendar::attention(&self.inventory, settings, &self.done, today, soon_days);
        self.overdue = calendar::overdue_by_dataset(&self.attention);
        let ahead = today.add_days(i64::from(NEXT_DAYS));
        self.next = calendar::deadlines(
            &self.inventory,
            settings,
            &self.done,
            today,
            today,
            ahead,
            soon_days,
        )
        .into_iter()
        .filter(|d| !matches!(d.status, Status::Done(_)))
        .collect();
        self.computed = Some((today, soon_days, self.month));
    }

    /// Forgets the computed lists (after an edit of the list or the rules).
    pub fn invalidate(&mut self) {
        self.computed = None;
    }

    /// What needs attention: (datasets with overdue periods, deadlines due within the
    /// reminder window).
    pub fn attention_counts(&self) -> (usize, usize) {
        let soon = self
            .attention
            .iter()
            .filter(|d| matches!(d.status, Status::DueSoon { .. }))
            .count();
        (self.overdue.len(), soon)
    }

    pub fn has_inventory(&self) -> bool {
        !self.inventory.items.is_empty()
    }

    fn poll(&mut self, ctx: &egui::Context, i18n: &I18n, ws: &mut Workspace, today: Date) {
        if let Some((_, job)) = &self.dialog {
            let picked = match job.poll() {
                Poll::Idle => return,
                Poll::Lost => None,
                Poll::Message(picked) => picked,
            };
            let kind = self.dialog.take().map(|(kind, _)| kind);
            match (kind, picked) {
                (Some(DialogFor::Holidays), Some(path)) => {
                    self.holiday_job = Some(Job::spawn("ochiq-holidays", ctx, move |_, send| {
                        let read = ingest::read_table(&path, &OpenOptions::default(), &NoProgress)
                            .map(|(_, table)| read_holiday_table(&table))
                            .map_err(|e| (path, e));
                        send(read);
                    }));
                }
                (Some(DialogFor::Ics), Some(path)) => {
                    self.message = Some(write_ics(i18n, self, ws, today, &path));
                }
                _ => {}
            }
        }
        if let Some(job) = &self.holiday_job {
            let result = match job.poll() {
                Poll::Idle => return,
                Poll::Lost => None,
                Poll::Message(result) => Some(result),
            };
            self.holiday_job = None;
            if let Some(result) = result {
                self.message = Some(self.take_holidays(i18n, ws, result));
            }
        }
    }

    fn take_holidays(
        &mut self,
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
                    self.holiday_year = year;
                }
                self.computed = None;
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
                    Err(e) => (
                        false,
                        tr!(i18n, "calendar-not-saved", detail = e.to_string()),
                    ),
                }
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

/// What the app must do after the screen was drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum CalendarEvent {
    /// Open this data file (a dataset's) in the table view.
    OpenDataset(PathBuf),
}

/// What the screen works on.
pub struct CalendarContext<'a> {
    pub ws: &'a mut Workspace,
    pub datasets: &'a [DatasetEntry],
    pub secrets: &'a Arc<dyn SecretStore>,
    /// The user's reminder window in days (a preference; changed in the Rules tab).
    pub soon_days: &'a mut u32,
    pub today: Date,
}

pub fn calendar_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut CalendarState,
    cx: CalendarContext<'_>,
) -> Option<CalendarEvent> {
    let ctx = ui.ctx().clone();
    state.poll(&ctx, i18n, cx.ws, cx.today);
    state.refresh(cx.ws, cx.today, *cx.soon_days);
    ui.horizontal(|ui| {
        ui.heading(tr!(i18n, "calendar-title"));
        ui.separator();
        let tabs = vec![
            Tab {
                id: CalendarTab::Overview,
                label: tr!(i18n, "calendar-tab-overview"),
                tip: tr!(i18n, "calendar-tab-overview-tooltip"),
            },
            Tab {
                id: CalendarTab::Inventory,
                label: tr!(i18n, "calendar-tab-inventory"),
                tip: tr!(i18n, "calendar-tab-inventory-tooltip"),
            },
            Tab {
                id: CalendarTab::Rules,
                label: tr!(i18n, "calendar-tab-rules"),
                tip: tr!(i18n, "calendar-tab-rules-tooltip"),
            },
        ];
        if let Some(tab) = tab_bar(ui, state.tab, tabs) {
            state.tab = tab;
        }
    });
    if let Some(error) = &state.error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            tr!(i18n, "calendar-read-failed", detail = error.as_str()),
        );
    }
    if let Some((ok, text)) = &state.message {
        let color = if *ok {
            ui.visuals().text_color()
        } else {
            ui.visuals().error_fg_color
        };
        let mut dismiss = false;
        ui.horizontal(|ui| {
            ui.colored_label(color, text.as_str());
            dismiss = ui
                .small_button(tr!(i18n, "notice-dismiss"))
                .on_hover_text(tr!(i18n, "calendar-dismiss-tooltip"))
                .clicked();
        });
        if dismiss {
            state.message = None;
        }
    }
    ui.separator();
    match state.tab {
        CalendarTab::Overview => overview_ui(ui, i18n, state, cx),
        CalendarTab::Inventory => {
            let event = inventory_view::inventory_ui(
                ui,
                i18n,
                &mut state.inventory_view,
                InventoryContext {
                    ws: cx.ws,
                    inventory: &mut state.inventory,
                    datasets: cx.datasets,
                    secrets: cx.secrets,
                },
            );
            match event {
                Some(InventoryEvent::Changed) => {
                    state.invalidate();
                    None
                }
                Some(InventoryEvent::OpenDataset(path)) => Some(CalendarEvent::OpenDataset(path)),
                None => None,
            }
        }
        CalendarTab::Rules => {
            rules_ui(ui, i18n, state, cx);
            None
        }
    }
}

/// The colour of a status: green done, amber due soon, red overdue, grey not yet due.
pub fn status_color(ui: &Ui, status: &Status) -> Color32 {
    match status {
        Status::Done(_) => {
            if ui.visuals().dark_mode {
                Color32::from_rgb(102, 187, 106)
            } else {
                Color32::from_rgb(46, 125, 50)
            }
        }
        Status::DueSoon { .. } => ui.visuals().warn_fg_color,
        Status::Overdue { .. } => ui.visuals().error_fg_color,
        Status::NotYetDue { .. } => ui.visuals().weak_text_color(),
    }
}

fn overview_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut CalendarState,
    cx: CalendarContext<'_>,
) -> Option<CalendarEvent> {
    let mut event = None;
    if !state.has_inventory() {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.2);
            ui.heading(tr!(i18n, "calendar-empty-title"));
            ui.label(tr!(i18n, "calendar-empty-hint"));
            ui.add_space(8.0);
            if ui
                .button(tr!(i18n, "calendar-go-inventory"))
                .on_hover_text(tr!(i18n, "calendar-go-inventory-tooltip"))
                .clicked()
            {
                state.tab = CalendarTab::Inventory;
            }
        });
        return None;
    }
    // The toolbar: the month, and the export.
    ui.horizontal_wrapped(|ui| {
        let previous = tr!(i18n, "calendar-previous-month");
        if symbol_button(ui, "‹", &previous, &previous, false).clicked() {
            state.month = state.month.month_start(-1);
            state.selected_day = None;
        }
        ui.label(
            RichText::new(format!(
                "{} {}",
                month_name(i18n, state.month.month),
                state.month.year
            ))
            .strong()
            .size(super::theme::scaled(ui.ctx(), 16.0)),
        );
        let next = tr!(i18n, "calendar-next-month");
        if symbol_button(ui, "›", &next, &next, false).clicked() {
            state.month = state.month.month_start(1);
            state.selected_day = None;
        }
        if ui
            .button(tr!(i18n, "calendar-today"))
            .on_hover_text(tr!(i18n, "calendar-today-tooltip"))
            .clicked()
        {
            state.month = cx.today.month_start(0);
            state.selected_day = Some(cx.today);
        }
        ui.separator();
        let exporting = state.dialog.is_some();
        if ui
            .add_enabled(
                !exporting,
                egui::Button::new(tr!(i18n, "calendar-export-ics")),
            )
            .on_hover_text(tr!(i18n, "calendar-export-ics-tooltip"))
            .clicked()
        {
            let name = format!("ochiq-{}.ics", cx.today.iso());
            state.dialog = Some((
                DialogFor::Ics,
                spawn_save_dialog(
                    ui.ctx(),
                    tr!(i18n, "calendar-export-ics"),
                    name,
                    &[("iCalendar", &["ics"])],
                ),
            ));
        }
        ui.separator();
        legend_ui(ui, i18n);
    });
    ui.add_space(4.0);
    // The toolbar may have changed the month: its deadlines are read before the grid.
    state.refresh(cx.ws, cx.today, *cx.soon_days);
    let lists_width = (ui.available_width() * 0.38).clamp(260.0, 460.0);
    egui::Panel::right("calendar-lists")
        .resizable(true)
        .default_size(lists_width)
        .min_size(220.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("calendar-lists-scroll")
                .show(ui, |ui| {
                    if let Some(e) = lists_ui(ui, i18n, state, &cx) {
                        event = Some(e);
                    }
                });
        });
    egui::ScrollArea::vertical()
        .id_salt("calendar-month-scroll")
        .show(ui, |ui| {
            month_grid_ui(ui, i18n, state, &cx);
            ui.add_space(8.0);
            if let Some(e) = day_details_ui(ui, i18n, state, &cx) {
                event = Some(e);
            }
        });
    event
}

fn legend_ui(ui: &mut Ui, i18n: &I18n) {
    for status in [
        Status::Overdue { days: 1 },
        Status::DueSoon { days_left: 1 },
        Status::NotYetDue { days_left: 1 },
        Status::Done(calendar::DoneBy::Marked { at: 0 }),
    ] {
        ui.colored_label(status_color(ui, &status), "■");
        ui.label(RichText::new(status_name(i18n, &status)).small());
    }
}

fn month_grid_ui(ui: &mut Ui, i18n: &I18n, state: &mut CalendarState, cx: &CalendarContext<'_>) {
    let working = WorkingDays::new(&cx.ws.meta.calendar.holidays);
    let gap = 2.0;
    let width = ((ui.available_width() - 6.0 * gap) / 7.0).max(60.0);
    let scale = super::theme::text_scale(ui.ctx());
    let height = (width * 0.7).clamp(56.0 * scale, 96.0 * scale);
    ui.spacing_mut().item_spacing = Vec2::splat(gap);
    ui.horizontal(|ui| {
        for day in Weekday::ALL {
            ui.add_sized(
                [width, 18.0 * scale],
                egui::Label::new(RichText::new(weekday_short(i18n, day)).strong()),
            );
        }
    });
    let first = state.month;
    let start = first.add_days(-(first.weekday().index() as i64));
    let weeks = (first.weekday().index() as i64
        + i64::from(crate::core::date::days_in_month(first.year, first.month))
        + 6)
        / 7;
    for week in 0..weeks {
        ui.horizontal(|ui| {
            for d in 0..7 {
                let date = start.add_days(week * 7 + d);
                day_cell_ui(
                    ui,
                    i18n,
                    state,
                    cx,
                    &working,
                    date,
                    Vec2::new(width, height),
                );
            }
        });
    }
}

#[allow(clippy::too_many_arguments)]
fn day_cell_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut CalendarState,
    cx: &CalendarContext<'_>,
    working: &WorkingDays<'_>,
    date: Date,
    size: Vec2,
) {
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    // The painted texts grow with the chosen text size, as the rest of the window does.
    let s = super::theme::text_scale(ui.ctx());
    let here: Vec<&Deadline> = state
        .month_deadlines
        .iter()
        .filter(|d| d.due == date)
        .collect();
    let off = working.day_off(date);
    let in_month = date.month == state.month.month && date.year == state.month.year;
    let visuals = ui.visuals();
    let mut fill = if off.is_some() {
        visuals.faint_bg_color.gamma_multiply(2.0)
    } else {
        visuals.extreme_bg_color
    };
    if state.selected_day == Some(date) {
        fill = visuals.selection.bg_fill.gamma_multiply(0.5);
    }
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 3.0, fill);
    let stroke = if date == cx.today {
        egui::Stroke::new(2.0, visuals.selection.stroke.color)
    } else if response.hovered() {
        visuals.widgets.hovered.bg_stroke
    } else {
        egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    painter.rect_stroke(rect, 3.0, stroke, egui::StrokeKind::Inside);
    let text_color = if in_month {
        visuals.text_color()
    } else {
        visuals.weak_text_color()
    };
    let top = rect.left_top() + Vec2::new(4.0, 2.0);
    painter.text(
        top,
        egui::Align2::LEFT_TOP,
        date.day.to_string(),
        egui::FontId::proportional(13.0 * s),
        if off.is_some() && in_month {
            visuals.error_fg_color.gamma_multiply(0.8)
        } else {
            text_color
        },
    );
    let holiday = off
        .as_ref()
        .filter(|o| !matches!(o, calendar::DayOff::Weekend))
        .map(|o| day_off_text(i18n, date, o));
    if let Some(name) = &holiday {
        let galley = painter.layout(
            name.clone(),
            egui::FontId::proportional(10.0 * s),
            visuals.weak_text_color(),
            size.x - 28.0 * s,
        );
        painter.galley(
            rect.left_top() + Vec2::new(24.0 * s, 3.0),
            galley,
            visuals.weak_text_color(),
        );
    }
    // One coloured line per deadline, as many as fit.
    let line = 13.0 * s;
    let fit = (((size.y - 20.0 * s) / line).floor() as usize).max(1);
    let shown = if here.len() > fit {
        fit - 1
    } else {
        here.len()
    };
    for (i, d) in here.iter().take(shown).enumerate() {
        let y = rect.top() + 18.0 * s + i as f32 * line;
        let chip = egui::Rect::from_min_size(
            egui::pos2(rect.left() + 3.0, y),
            Vec2::new(size.x - 6.0, line - 1.0),
        );
        let color = status_color(ui, &d.status);
        painter.rect_filled(chip, 2.0, color.gamma_multiply(0.25));
        painter.rect_filled(
            egui::Rect::from_min_size(chip.min, Vec2::new(3.0, chip.height())),
            1.0,
            color,
        );
        let galley = painter.layout_no_wrap(
            d.dataset.clone(),
            egui::FontId::proportional(10.5 * s),
            visuals.text_color(),
        );
        painter.with_clip_rect(chip).galley(
            chip.min + Vec2::new(5.0, 0.0),
            galley,
            visuals.text_color(),
        );
    }
    if here.len() > shown {
        let more = here.len() - shown;
        painter.text(
            egui::pos2(
                rect.left() + 5.0,
                rect.top() + 18.0 * s + shown as f32 * line,
            ),
            egui::Align2::LEFT_TOP,
            tr!(i18n, "calendar-more", count = more),
            egui::FontId::proportional(10.0 * s),
            visuals.weak_text_color(),
        );
    }
    // Screen readers and tests know the day by its date and what falls on it.
    let mut label = date_text(i18n, date);
    if let Some(name) = &holiday {
        label = format!("{label}, {name}");
    }
    if !here.is_empty() {
        label = format!(
            "{label}: {}",
            tr!(i18n, "calendar-day-deadlines", count = here.len())
        );
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let response = if here.is_empty() {
        response
    } else {
        response.on_hover_ui(|ui| {
            for d in &here {
                ui.colored_label(status_color(ui, &d.status), deadline_title(i18n, d));
                ui.label(RichText::new(status_text(i18n, d)).small());
            }
        })
    };
    if response.clicked() {
        state.selected_day = Some(date);
        if !in_month {
            state.month = date.month_start(0);
        }
    }
}

/// The deadlines of the chosen day, each with its rule, why it moved, its status, and
/// what can be done.
fn day_details_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut CalendarState,
    cx: &CalendarContext<'_>,
) -> Option<CalendarEvent> {
    let day = state.selected_day?;
    ui.heading(date_text(i18n, day));
    if let Some(off) = WorkingDays::new(&cx.ws.meta.calendar.holidays).day_off(day) {
        ui.label(RichText::new(day_off_text(i18n, day, &off)).weak());
    }
    let mut action = None;
    let mut any = false;
    for d in state.month_deadlines.iter().filter(|d| d.due == day) {
        any = true;
        action = deadline_row_ui(ui, i18n, cx.today, d, Some("")).or(action);
    }
    if !any {
        ui.label(RichText::new(tr!(i18n, "calendar-day-free")).weak());
    }
    action.and_then(|a| apply_row_action(i18n, state, cx, a))
}

/// The overdue list and the next two weeks.
fn lists_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut CalendarState,
    cx: &CalendarContext<'_>,
) -> Option<CalendarEvent> {
    let mut action = None;
    ui.heading(tr!(
        i18n,
        "calendar-overdue-heading",
        count = state.overdue.len()
    ));
    if state.overdue.is_empty() {
        ui.label(RichText::new(tr!(i18n, "calendar-nothing-overdue")).weak());
    }
    for o in &state.overdue {
        let earlier = (!o.earlier.is_empty()).then(|| {
            let first = o.earlier.first().map(|p| p.label()).unwrap_or_default();
            tr!(
                i18n,
                "calendar-earlier-open",
                count = o.earlier.len(),
                first = first
            )
        });
        action = deadline_row_ui(ui, i18n, cx.today, &o.latest, earlier.as_deref()).or(action);
    }
    ui.add_space(10.0);
    ui.heading(tr!(i18n, "calendar-next-heading", days = NEXT_DAYS));
    if state.next.is_empty() {
        ui.label(RichText::new(tr!(i18n, "calendar-nothing-next")).weak());
    }
    for d in &state.next {
        action = deadline_row_ui(ui, i18n, cx.today, d, None).or(action);
    }
    action.and_then(|a| apply_row_action(i18n, state, cx, a))
}

/// What a click on a deadline asked for; applied after the lists are drawn.
enum RowAction {
    /// Open the dataset of the list's item at this position.
    Open(usize),
    /// Record the period as published outside Ochiq: the dataset, the period, its title.
    MarkDone(String, Period, String),
}

/// One deadline: the dataset (a click opens it), the period, the date with the rule in
/// force, the status; "Mark done" when it is not done. With `detail`, the rule and why the
/// date moved are written out, and the detail line (earlier open periods) under them.
fn deadline_row_ui(
    ui: &mut Ui,
    i18n: &I18n,
    today: Date,
    d: &Deadline,
    detail: Option<&str>,
) -> Option<RowAction> {
    let mut action = None;
    let color = status_color(ui, &d.status);
    egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(6, 4))
        .stroke(egui::Stroke::new(1.0, color.gamma_multiply(0.6)))
        .corner_radius(3.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title = deadline_title(i18n, d);
            let open = ui
                .link(RichText::new(title).strong())
                .on_hover_text(tr!(i18n, "calendar-open-dataset-tooltip"));
            if open.clicked() {
                action = Some(RowAction::Open(d.item));
            }
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(color, status_text(i18n, d));
                ui.label(RichText::new("·").weak());
                ui.label(tr!(i18n, "calendar-due-on", date = date_text(i18n, d.due)))
                    .on_hover_text(rule_text(i18n, &d.rule));
            });
            if let Some(detail) = detail {
                if detail.is_empty() {
                    ui.label(RichText::new(rule_text(i18n, &d.rule)).small().weak());
                    if let Some(moved) = moved_text(i18n, d) {
                        ui.label(RichText::new(moved).small().weak());
                    }
                } else {
                    ui.label(RichText::new(detail).small());
                }
            }
            if !d.responsible.trim().is_empty() {
                ui.label(
                    RichText::new(tr!(
                        i18n,
                        "calendar-responsible-is",
                        name = d.responsible.trim()
                    ))
                    .small(),
                );
            }
            if !matches!(d.status, Status::Done(_))
                && d.period.last() < today
                && ui
                    .small_button(tr!(i18n, "calendar-mark-done"))
                    .on_hover_text(tr!(i18n, "calendar-mark-done-tooltip"))
                    .clicked()
            {
                let title = title_of(i18n, &d.title, &d.dataset).to_owned();
                action = Some(RowAction::MarkDone(d.dataset.clone(), d.period, title));
            }
        });
    ui.add_space(3.0);
    action
}

/// Opens the dataset a row names (its linked workspace dataset, else its row on the list),
/// or records a period marked done.
fn apply_row_action(
    i18n: &I18n,
    state: &mut CalendarState,
    cx: &CalendarContext<'_>,
    action: RowAction,
) -> Option<CalendarEvent> {
    match action {
        RowAction::Open(item) => {
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
            data.map(CalendarEvent::OpenDataset)
        }
        RowAction::MarkDone(dataset, period, title) => {
            let marked = History::open(cx.ws.root())
                .and_then(|h| h.record(&calendar::marked_done(&dataset, period)));
            state.message = Some(match marked {
                Ok(()) => {
                    state.load(cx.ws);
                    (
                        true,
                        tr!(
                            i18n,
                            "calendar-marked",
                            title = title,
                            period = period.label()
                        ),
                    )
                }
                Err(e) => (
                    false,
                    tr!(i18n, "calendar-not-saved", detail = e.to_string()),
                ),
            });
            None
        }
    }
}

/// The rules: N days per periodicity (with an example date), the tracking start, the
/// reminder window, the fixed holidays and the year's holiday list.
fn rules_ui(ui: &mut Ui, i18n: &I18n, state: &mut CalendarState, cx: CalendarContext<'_>) {
    egui::ScrollArea::vertical()
        .id_salt("calendar-rules-scroll")
        .show(ui, |ui| {
            ui.label(tr!(i18n, "calendar-rules-intro"));
            ui.add_space(6.0);
            let mut changed = false;
            egui::Grid::new("calendar-rules-grid")
                .num_columns(3)
                .spacing([12.0, 6.0])
                .striped(true)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr!(i18n, "passport-periodicity")).strong());
                    ui.label(RichText::new(tr!(i18n, "calendar-days-after")).strong());
                    ui.label(RichText::new(tr!(i18n, "calendar-example")).strong());
                    ui.end_row();
                    let settings = &mut cx.ws.meta.calendar;
                    let working = WorkingDays::new(&settings.holidays);
                    for periodicity in Periodicity::ALL {
                        let Some(days) = settings.days_after.get_mut(periodicity) else {
                            continue;
                        };
                        let name = ui.label(periodicity_name(i18n, periodicity));
                        changed |= ui
                            .add(days_value(i18n, days, 365))
                            .labelled_by(name.id)
                            .on_hover_text(tr!(i18n, "calendar-days-after-tooltip"))
                            .changed();
                        if let Some(period) = Period::last_ended(periodicity, cx.today) {
                            let (_, due, _) = calendar::deadline_of(period, *days, &working);
                            ui.label(tr!(
                                i18n,
                                "calendar-example-text",
                                period = period.label(),
                                date = date_text(i18n, due)
                            ));
                        }
                        ui.end_row();
                    }
                });
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let label = ui.label(tr!(i18n, "calendar-track-from"));
                let current = cx
                    .ws
                    .meta
                    .calendar
                    .track_from
                    .map(Date::iso)
                    .unwrap_or_default();
                let tip = tr!(i18n, "calendar-track-from-tooltip");
                if let Some(text) = deferred_edit(ui, label.id, &current, "YYYY-MM-DD", 110.0, &tip)
                {
                    match text.trim() {
                        "" => {
                            cx.ws.meta.calendar.track_from = None;
                            changed = true;
                        }
                        t => match Date::parse(t) {
                            Some(d) => {
                                cx.ws.meta.calendar.track_from = Some(d);
                                changed = true;
                            }
                            None => {
                                state.message =
                                    Some((false, tr!(i18n, "calendar-bad-date", text = t)))
                            }
                        },
                    }
                }
                ui.label(
                    RichText::new(tr!(i18n, "calendar-track-from-hint"))
                        .weak()
                        .small(),
                );
            });
            ui.horizontal(|ui| {
                let label = ui.label(tr!(i18n, "calendar-remind-days"));
                ui.add(days_value(i18n, cx.soon_days, 90))
                    .labelled_by(label.id)
                    .on_hover_text(tr!(i18n, "calendar-remind-days-tooltip"));
            });
            if changed {
                state.invalidate();
                if let Err(e) = cx.ws.save_meta() {
                    state.message = Some((
                        false,
                        tr!(i18n, "calendar-not-saved", detail = e.to_string()),
                    ));
                }
            }
            ui.add_space(12.0);
            holidays_ui(ui, i18n, state, cx.ws);
        });
}

/// A number of days, written "1 day", "10 days" in the interface language.
fn days_value<'a>(i18n: &'a I18n, value: &'a mut u32, max: u32) -> egui::DragValue<'a> {
    egui::DragValue::new(value)
        .range(0..=max)
        .custom_formatter(|n, _| {
            let days = n.round() as u64;
            tr!(i18n, "calendar-n-days", days = days)
        })
        .custom_parser(|text| {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            digits.parse::<f64>().ok()
        })
}

fn holidays_ui(ui: &mut Ui, i18n: &I18n, state: &mut CalendarState, ws: &mut Workspace) {
    ui.heading(tr!(i18n, "calendar-holidays"));
    ui.label(RichText::new(tr!(i18n, "calendar-holidays-fixed")).strong());
    ui.horizontal_wrapped(|ui| {
        for (month, day, id) in FIXED_HOLIDAYS {
            let date = Date {
                year: state.holiday_year,
                month,
                day,
            };
            ui.label(format!(
                "{} — {};",
                date_text(i18n, date),
                holiday_name(i18n, id)
            ));
        }
    });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!(i18n, "calendar-holidays-listed")).strong());
        let previous = tr!(i18n, "calendar-previous-year");
        if symbol_button(ui, "‹", &previous, &previous, true).clicked() {
            state.holiday_year -= 1;
        }
        ui.label(RichText::new(state.holiday_year.to_string()).strong());
        let next = tr!(i18n, "calendar-next-year");
        if symbol_button(ui, "›", &next, &next, true).clicked() {
            state.holiday_year += 1;
        }
        let busy = state.dialog.is_some() || state.holiday_job.is_some();
        if ui
            .add_enabled(
                !busy,
                egui::Button::new(tr!(i18n, "calendar-holidays-import")),
            )
            .on_hover_text(tr!(i18n, "calendar-holidays-import-tooltip"))
            .clicked()
        {
            state.dialog = Some((
                DialogFor::Holidays,
                spawn_open_dialog(
                    ui.ctx(),
                    tr!(i18n, "calendar-holidays-import"),
                    tr!(i18n, "calendar-holidays-files"),
                    &["csv", "tsv", "txt", "xlsx", "xls", "ods"],
                ),
            ));
        }
        if busy {
            ui.spinner();
        }
    });
    ui.label(
        RichText::new(tr!(i18n, "calendar-holidays-hint"))
            .weak()
            .small(),
    );
    let year = state.holiday_year;
    let mut remove = None;
    let mut changed = false;
    egui::Grid::new("calendar-holidays-grid")
        .num_columns(4)
        .spacing([12.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            let listed = &mut ws.meta.calendar.holidays;
            let in_year: Vec<usize> = (0..listed.len())
                .filter(|&i| listed[i].date.year == year)
                .collect();
            if in_year.is_empty() {
                ui.label(RichText::new(tr!(i18n, "calendar-holidays-none", year = year)).weak());
                ui.end_row();
            }
            for i in in_year {
                let day = &mut listed[i];
                let date = date_text(i18n, day.date);
                ui.label(&date);
                ui.label(&day.name);
                let label = ui.label(tr!(i18n, "calendar-kind"));
                let before = day.kind;
                let kind_of = tr!(i18n, "calendar-kind-of", date = date.as_str());
                super::widgets::combo(
                    ui,
                    label.id,
                    &format!("holiday-kind-{i}"),
                    day_kind_name(i18n, day.kind),
                    Some(140.0),
                    |ui| {
                        for kind in DayKind::ALL {
                            ui.selectable_value(&mut day.kind, kind, day_kind_name(i18n, kind));
                        }
                    },
                )
                .accessible_name(kind_of)
                .on_hover_text(tr!(i18n, "calendar-kind-tooltip"));
                changed |= day.kind != before;
                let remove_name = tr!(i18n, "calendar-holiday-remove-named", date = date.as_str());
                let tip = tr!(i18n, "calendar-holiday-remove");
                if symbol_button(ui, "×", &remove_name, &tip, true).clicked() {
                    remove = Some(i);
                }
                ui.end_row();
            }
        });
    if let Some(i) = remove {
        ws.meta.calendar.holidays.remove(i);
        changed = true;
    }
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let label = ui.label(tr!(i18n, "calendar-holiday-date"));
        ui.add(
            egui::TextEdit::singleline(&mut state.new_day.0)
                .hint_text("2026-03-20")
                .desired_width(100.0),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!(i18n, "calendar-holiday-date-tooltip"));
        let label = ui.label(tr!(i18n, "calendar-holiday-name"));
        ui.add(egui::TextEdit::singleline(&mut state.new_day.1).desired_width(160.0))
            .labelled_by(label.id)
            .on_hover_text(tr!(i18n, "calendar-holiday-name-tooltip"));
        let kind = &mut state.new_day.2;
        labelled_combo(
            ui,
            &tr!(i18n, "calendar-kind"),
            "new-holiday-kind",
            day_kind_name(i18n, *kind),
            Some(140.0),
            |ui| {
                for k in DayKind::ALL {
                    ui.selectable_value(kind, k, day_kind_name(i18n, k));
                }
            },
        )
        .on_hover_text(tr!(i18n, "calendar-kind-tooltip"));
        if ui
            .button(tr!(i18n, "calendar-holiday-add"))
            .on_hover_text(tr!(i18n, "calendar-holiday-add-tooltip"))
            .clicked()
        {
            match Date::parse(&state.new_day.0) {
                Some(date) => {
                    let day = ListedDay {
                        date,
                        kind: state.new_day.2,
                        name: state.new_day.1.trim().to_owned(),
                    };
                    merge_days(&mut ws.meta.calendar.holidays, vec![day]);
                    state.holiday_year = date.year;
                    state.new_day = (String::new(), String::new(), DayKind::Holiday);
                    changed = true;
                }
                None => {
                    let text = state.new_day.0.clone();
                    state.message = Some((false, tr!(i18n, "calendar-bad-date", text = text)));
                }
            }
        }
    });
    if changed {
        state.invalidate();
        if let Err(e) = ws.save_meta() {
            state.message = Some((
                false,
                tr!(i18n, "calendar-not-saved", detail = e.to_string()),
            ));
        }
    }
}
