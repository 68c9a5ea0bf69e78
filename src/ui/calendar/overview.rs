//! The calendar's overview: a month of deadlines coloured by status, the chosen day's
//! deadlines, what is overdue and what is due in the next two weeks, each a click away from
//! its dataset; export to `.ics`. Every date is shown with the rule that gave it.

use egui::{RichText, Sense, Ui, Vec2};

use super::apply::{CalendarContext, CalendarIntent};
use super::state::{CalendarState, CalendarTab, NEXT_DAYS};
use super::status_color;
use crate::core::calendar::{self, Deadline, Status, WorkingDays};
use crate::core::date::{Date, Weekday};
use crate::i18n::I18n;
use crate::text::calendar::{
    date_text, day_off_text, deadline_title, month_name, moved_text, rule_text, status_name,
    status_text, title_of, weekday_short,
};
use crate::tr;
use crate::ui::widgets::symbol_button;

pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &CalendarState,
    cx: &CalendarContext<'_>,
    out: &mut Vec<CalendarIntent>,
) {
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
                out.push(CalendarIntent::ShowTab(CalendarTab::Inventory));
            }
        });
        return;
    }
    // The toolbar: the month, and the export.
    ui.horizontal_wrapped(|ui| {
        let previous = tr!(i18n, "calendar-previous-month");
        if symbol_button(ui, "‹", &previous, &previous, false).clicked() {
            out.push(CalendarIntent::ShowMonth(state.month.month_start(-1)));
        }
        ui.label(
            RichText::new(format!(
                "{} {}",
                month_name(i18n, state.month.month),
                state.month.year
            ))
            .strong()
            .size(crate::ui::theme::scaled(ui.ctx(), 16.0)),
        );
        let next = tr!(i18n, "calendar-next-month");
        if symbol_button(ui, "›", &next, &next, false).clicked() {
            out.push(CalendarIntent::ShowMonth(state.month.month_start(1)));
        }
        if ui
            .button(tr!(i18n, "calendar-today"))
            .on_hover_text(tr!(i18n, "calendar-today-tooltip"))
            .clicked()
        {
            out.push(CalendarIntent::Today);
        }
        ui.separator();
        let exporting = state.jobs.dialog.is_running();
        if ui
            .add_enabled(
                !exporting,
                egui::Button::new(tr!(i18n, "calendar-export-ics")),
            )
            .on_hover_text(tr!(i18n, "calendar-export-ics-tooltip"))
            .clicked()
        {
            out.push(CalendarIntent::ExportIcs);
        }
        ui.separator();
        legend_ui(ui, i18n);
    });
    ui.add_space(4.0);
    let lists_width = (ui.available_width() * 0.38).clamp(260.0, 460.0);
    egui::Panel::right("calendar-lists")
        .resizable(true)
        .default_size(lists_width)
        .min_size(220.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("calendar-lists-scroll")
                .show(ui, |ui| {
                    lists_ui(ui, i18n, state, cx, out);
                });
        });
    egui::ScrollArea::vertical()
        .id_salt("calendar-month-scroll")
        .show(ui, |ui| {
            month_grid_ui(ui, i18n, state, cx, out);
            ui.add_space(8.0);
            day_details_ui(ui, i18n, state, cx, out);
        });
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

fn month_grid_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &CalendarState,
    cx: &CalendarContext<'_>,
    out: &mut Vec<CalendarIntent>,
) {
    let working = WorkingDays::new(&cx.ws.meta.calendar.holidays);
    let gap = 2.0;
    let width = ((ui.available_width() - 6.0 * gap) / 7.0).max(60.0);
    let scale = crate::ui::theme::text_scale(ui.ctx());
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
                let size = Vec2::new(width, height);
                if day_cell_ui(ui, i18n, state, cx, &working, date, size) {
                    out.push(CalendarIntent::SelectDay(date));
                }
            }
        });
    }
}

/// One day of the month grid; gives whether it was clicked.
fn day_cell_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &CalendarState,
    cx: &CalendarContext<'_>,
    working: &WorkingDays<'_>,
    date: Date,
    size: Vec2,
) -> bool {
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    // The painted texts grow with the chosen text size, as the rest of the window does.
    let s = crate::ui::theme::text_scale(ui.ctx());
    let here: Vec<&Deadline> = state.lists.month.iter().filter(|d| d.due == date).collect();
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
    response.clicked()
}

/// The deadlines of the chosen day, each with its rule, why it moved, its status, and
/// what can be done.
fn day_details_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &CalendarState,
    cx: &CalendarContext<'_>,
    out: &mut Vec<CalendarIntent>,
) {
    let Some(day) = state.selected_day else {
        return;
    };
    ui.heading(date_text(i18n, day));
    if let Some(off) = WorkingDays::new(&cx.ws.meta.calendar.holidays).day_off(day) {
        ui.label(RichText::new(day_off_text(i18n, day, &off)).weak());
    }
    let mut any = false;
    for d in state.lists.month.iter().filter(|d| d.due == day) {
        any = true;
        deadline_row_ui(ui, i18n, cx.today, d, Some(""), out);
    }
    if !any {
        ui.label(RichText::new(tr!(i18n, "calendar-day-free")).weak());
    }
}

/// The overdue list and the next two weeks.
fn lists_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &CalendarState,
    cx: &CalendarContext<'_>,
    out: &mut Vec<CalendarIntent>,
) {
    let lists = &state.lists;
    ui.heading(tr!(
        i18n,
        "calendar-overdue-heading",
        count = lists.overdue.len()
    ));
    if lists.overdue.is_empty() {
        ui.label(RichText::new(tr!(i18n, "calendar-nothing-overdue")).weak());
    }
    for o in &lists.overdue {
        let earlier = (!o.earlier.is_empty()).then(|| {
            let first = o.earlier.first().map(|p| p.label()).unwrap_or_default();
            tr!(
                i18n,
                "calendar-earlier-open",
                count = o.earlier.len(),
                first = first
            )
        });
        deadline_row_ui(ui, i18n, cx.today, &o.latest, earlier.as_deref(), out);
    }
    ui.add_space(10.0);
    ui.heading(tr!(i18n, "calendar-next-heading", days = NEXT_DAYS));
    if lists.next.is_empty() {
        ui.label(RichText::new(tr!(i18n, "calendar-nothing-next")).weak());
    }
    for d in &lists.next {
        deadline_row_ui(ui, i18n, cx.today, d, None, out);
    }
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
    out: &mut Vec<CalendarIntent>,
) {
    let color = status_color(ui, &d.status);
    egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(6, 4))
        .stroke(egui::Stroke::new(1.0, color.gamma_multiply(0.6)))
        .corner_radius(3.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title = deadline_title(i18n, d);
            let open = ui
                .link(RichText::new(title.as_str()).strong())
                .on_hover_text(tr!(i18n, "calendar-open-dataset-tooltip"));
            if open.clicked() {
                out.push(CalendarIntent::OpenItem(d.item));
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
                    // Named with its deadline: the lists have one such button per row.
                    .accessible_name(tr!(i18n, "calendar-mark-done-named", deadline = title))
                    .on_hover_text(tr!(i18n, "calendar-mark-done-tooltip"))
                    .clicked()
            {
                out.push(CalendarIntent::MarkDone {
                    dataset: d.dataset.clone(),
                    period: d.period,
                    title: title_of(i18n, &d.title, &d.dataset).to_owned(),
                });
            }
        });
    ui.add_space(3.0);
}
