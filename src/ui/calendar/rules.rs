//! The calendar's rules: N days per periodicity (with an example date), the tracking start,
//! the reminder window, the fixed holidays and the year's holiday list. The view edits only
//! what is being typed; every change is a [`CalendarIntent`] that [`super::apply()`] saves.

use egui::{RichText, Ui};

use super::apply::{CalendarContext, CalendarIntent};
use super::state::CalendarState;
use crate::core::calendar::holidays::FIXED_HOLIDAYS;
use crate::core::calendar::{self, DayKind, Period, WorkingDays};
use crate::core::date::Date;
use crate::core::schema::Periodicity;
use crate::core::workspace::Workspace;
use crate::i18n::I18n;
use crate::text::calendar::{date_text, day_kind_name, holiday_name};
use crate::text::names::periodicity_name;
use crate::tr;
use crate::ui::widgets::{combo, deferred_edit, labelled_combo, symbol_button};

/// The rules: N days per periodicity (with an example date), the tracking start, the
/// reminder window, the fixed holidays and the year's holiday list.
pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut CalendarState,
    cx: &CalendarContext<'_>,
    out: &mut Vec<CalendarIntent>,
) {
    egui::ScrollArea::vertical()
        .id_salt("calendar-rules-scroll")
        .show(ui, |ui| {
            ui.label(tr!(i18n, "calendar-rules-intro"));
            ui.add_space(6.0);
            egui::Grid::new("calendar-rules-grid")
                .num_columns(3)
                .spacing([12.0, 6.0])
                .striped(true)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr!(i18n, "passport-periodicity")).strong());
                    ui.label(RichText::new(tr!(i18n, "calendar-days-after")).strong());
                    ui.label(RichText::new(tr!(i18n, "calendar-example")).strong());
                    ui.end_row();
                    let settings = &cx.ws.meta.calendar;
                    let working = WorkingDays::new(&settings.holidays);
                    for periodicity in Periodicity::ALL {
                        let Some(mut days) = settings.days_after.get(periodicity) else {
                            continue;
                        };
                        let name = ui.label(periodicity_name(i18n, periodicity));
                        if ui
                            .add(days_value(i18n, &mut days, 365))
                            .labelled_by(name.id)
                            .on_hover_text(tr!(i18n, "calendar-days-after-tooltip"))
                            .changed()
                        {
                            out.push(CalendarIntent::SetDaysAfter(periodicity, days));
                        }
                        if let Some(period) = Period::last_ended(periodicity, cx.today) {
                            let (_, due, _) = calendar::deadline_of(period, days, &working);
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
                    out.push(CalendarIntent::SetTrackFrom(text));
                }
                ui.label(
                    RichText::new(tr!(i18n, "calendar-track-from-hint"))
                        .weak()
                        .small(),
                );
            });
            ui.horizontal(|ui| {
                let label = ui.label(tr!(i18n, "calendar-remind-days"));
                let mut days = cx.soon_days;
                if ui
                    .add(days_value(i18n, &mut days, 90))
                    .labelled_by(label.id)
                    .on_hover_text(tr!(i18n, "calendar-remind-days-tooltip"))
                    .changed()
                {
                    out.push(CalendarIntent::SetRemindDays(days));
                }
            });
            ui.add_space(12.0);
            holidays_ui(ui, i18n, state, cx.ws, out);
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

fn holidays_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut CalendarState,
    ws: &Workspace,
    out: &mut Vec<CalendarIntent>,
) {
    let year = state.rules.holiday_year;
    ui.heading(tr!(i18n, "calendar-holidays"));
    ui.label(RichText::new(tr!(i18n, "calendar-holidays-fixed")).strong());
    ui.horizontal_wrapped(|ui| {
        for (month, day, id) in FIXED_HOLIDAYS {
            let date = Date { year, month, day };
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
            out.push(CalendarIntent::HolidayYear(year - 1));
        }
        ui.label(RichText::new(year.to_string()).strong());
        let next = tr!(i18n, "calendar-next-year");
        if symbol_button(ui, "›", &next, &next, true).clicked() {
            out.push(CalendarIntent::HolidayYear(year + 1));
        }
        let busy = state.jobs.dialog.is_running() || state.jobs.holidays.is_running();
        if ui
            .add_enabled(
                !busy,
                egui::Button::new(tr!(i18n, "calendar-holidays-import")),
            )
            .on_hover_text(tr!(i18n, "calendar-holidays-import-tooltip"))
            .clicked()
        {
            out.push(CalendarIntent::ImportHolidays);
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
    egui::Grid::new("calendar-holidays-grid")
        .num_columns(4)
        .spacing([12.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            let listed = &ws.meta.calendar.holidays;
            let in_year: Vec<usize> = (0..listed.len())
                .filter(|&i| listed[i].date.year == year)
                .collect();
            if in_year.is_empty() {
                ui.label(RichText::new(tr!(i18n, "calendar-holidays-none", year = year)).weak());
                ui.end_row();
            }
            for i in in_year {
                let day = &listed[i];
                let date = date_text(i18n, day.date);
                ui.label(&date);
                ui.label(&day.name);
                let label = ui.label(tr!(i18n, "calendar-kind"));
                let mut kind = day.kind;
                let kind_of = tr!(i18n, "calendar-kind-of", date = date.as_str());
                combo(
                    ui,
                    label.id,
                    &format!("holiday-kind-{i}"),
                    day_kind_name(i18n, day.kind),
                    Some(140.0),
                    |ui| {
                        for k in DayKind::ALL {
                            ui.selectable_value(&mut kind, k, day_kind_name(i18n, k));
                        }
                    },
                )
                .accessible_name(kind_of)
                .on_hover_text(tr!(i18n, "calendar-kind-tooltip"));
                if kind != day.kind {
                    out.push(CalendarIntent::SetHolidayKind(i, kind));
                }
                let remove_name = tr!(i18n, "calendar-holiday-remove-named", date = date.as_str());
                let tip = tr!(i18n, "calendar-holiday-remove");
                if symbol_button(ui, "×", &remove_name, &tip, true).clicked() {
                    out.push(CalendarIntent::RemoveHoliday(i));
                }
                ui.end_row();
            }
        });
    ui.add_space(4.0);
    let form = &mut state.rules;
    ui.horizontal(|ui| {
        let label = ui.label(tr!(i18n, "calendar-holiday-date"));
        ui.add(
            egui::TextEdit::singleline(&mut form.new_date)
                .hint_text("2026-03-20")
                .desired_width(100.0),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!(i18n, "calendar-holiday-date-tooltip"));
        let label = ui.label(tr!(i18n, "calendar-holiday-name"));
        ui.add(egui::TextEdit::singleline(&mut form.new_name).desired_width(160.0))
            .labelled_by(label.id)
            .on_hover_text(tr!(i18n, "calendar-holiday-name-tooltip"));
        let kind = &mut form.new_kind;
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
            out.push(CalendarIntent::AddHoliday);
        }
    });
}
