//! The calendar screen: what is due when. Overview (a month of deadlines coloured by
//! status, what is overdue and what is due in the next two weeks, each a click away from
//! its dataset; export to `.ics`), Inventory (the approved list, in [`super::inventory`]) and
//! Rules (N days per periodicity, the holiday list, reminders). Every date is shown with
//! the rule that gave it, because the portal's own rule is not published.
//!
//! [`tick`] takes in finished jobs before the frame, [`show`] draws and returns
//! [`CalendarIntent`]s, and [`apply()`] does what they ask; what only the app can do comes
//! back as a [`CalendarRequest`].

mod apply;
mod overview;
mod rules;
mod state;

use egui::{Color32, Ui};

pub use apply::{CalendarContext, CalendarIntent, CalendarRequest, apply, tick};
pub use state::{CalendarState, CalendarTab, NEXT_DAYS};

use super::inventory::{self, InventoryContext};
use super::widgets::{Tab, tab_bar};
use crate::core::calendar::Status;
use crate::i18n::I18n;
use crate::tr;

/// Draws the screen and returns what the user asked for.
pub fn show(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut CalendarState,
    cx: &CalendarContext<'_>,
) -> Vec<CalendarIntent> {
    let mut out = Vec::new();
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
            out.push(CalendarIntent::ShowTab(tab));
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
        ui.horizontal(|ui| {
            ui.colored_label(color, text.as_str());
            if ui
                .small_button(tr!(i18n, "notice-dismiss"))
                .on_hover_text(tr!(i18n, "calendar-dismiss-tooltip"))
                .clicked()
            {
                out.push(CalendarIntent::DismissMessage);
            }
        });
    }
    ui.separator();
    match state.tab {
        CalendarTab::Overview => overview::ui(ui, i18n, state, cx, &mut out),
        CalendarTab::Inventory => {
            let icx = InventoryContext {
                ws: cx.ws,
                inventory: &mut state.inventory,
                datasets: cx.datasets,
                secrets: cx.secrets,
            };
            let intents = inventory::show(ui, i18n, &mut state.inventory_view, &icx);
            out.extend(intents.into_iter().map(CalendarIntent::Inventory));
        }
        CalendarTab::Rules => rules::ui(ui, i18n, state, cx, &mut out),
    }
    out
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
