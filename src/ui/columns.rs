//! The column panel: one card per column with its inferred kind, empty and distinct counts,
//! range, and most frequent values. Clicking a card selects the column in the table.

use egui::{RichText, Ui};

use super::actions::Action;
use super::chart_view::number;
use super::document::Document;
use super::table::{Chip, TableAction};
use super::theme;
use super::widgets::announce;
use crate::core::chart::{CardChart, Histogram};
use crate::core::infer::ValueKind;
use crate::core::profile::ColumnProfile;
use crate::i18n::I18n;
use crate::tr;

pub fn kind_name(i18n: &I18n, kind: ValueKind) -> String {
    match kind {
        ValueKind::Empty => tr!(i18n, "kind-empty"),
        ValueKind::Integer => tr!(i18n, "kind-integer"),
        ValueKind::Number => tr!(i18n, "kind-number"),
        ValueKind::Date => tr!(i18n, "kind-date"),
        ValueKind::Boolean => tr!(i18n, "kind-boolean"),
        ValueKind::Code => tr!(i18n, "kind-code"),
        ValueKind::Text => tr!(i18n, "kind-text"),
    }
}

pub fn columns_ui(ui: &mut Ui, i18n: &I18n, doc: &mut Document, actions: &mut Vec<Action>) {
    ui.heading(tr!(i18n, "columns-title"));
    let Some(profile) = doc.profile.as_ref() else {
        match doc.profile_progress() {
            Some(p) => {
                ui.label(tr!(i18n, "columns-profiling"));
                ui.add(egui::ProgressBar::new(p).show_percentage());
            }
            None => {
                ui.label(RichText::new(tr!(i18n, "columns-waiting")).weak());
            }
        }
        return;
    };
    let header = doc.table.header().to_vec();
    // Made by a job after the profile; drawn when ready, never computed here.
    let charts = doc.charts.cards(&doc.table).cloned();
    let reveal = std::mem::take(&mut doc.view.reveal_column);
    egui::ScrollArea::vertical()
        .id_salt("columns-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (c, column) in profile.iter().enumerate() {
                let name = header
                    .get(c)
                    .filter(|n| !n.trim().is_empty())
                    .cloned()
                    .unwrap_or_else(|| {
                        let n = c + 1;
                        tr!(i18n, "table-unnamed-column", n = n)
                    });
                let selected = doc.view.selected_col == Some(c);
                let frame = egui::Frame::group(ui.style()).fill(if selected {
                    ui.visuals().selection.bg_fill.gamma_multiply(0.35)
                } else {
                    ui.visuals().panel_fill
                });
                // The card senses clicks under its contents, so its filter buttons take
                // their own; a stable id: keyboard focus must find the same card on the next
                // frame.
                let card = egui::UiBuilder::new()
                    .id_salt(("column-card", c))
                    .sense(egui::Sense::click());
                let response = ui
                    .scope_builder(card, |ui| {
                        frame.show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            let chart = charts.as_ref().and_then(|charts| charts.get(c));
                            card_ui(ui, i18n, (c, &name), column, chart, actions);
                        })
                    })
                    .response;
                if selected && reveal {
                    response.scroll_to_me(Some(egui::Align::TOP));
                }
                let kind = kind_name(i18n, column.kind);
                let spoken = tr!(i18n, "columns-card", name = name.as_str(), kind = kind);
                announce(&response, egui::Role::Button, &spoken);
                if response
                    .on_hover_text(tr!(i18n, "columns-card-tooltip"))
                    .clicked()
                {
                    doc.view.selected_col = Some(c);
                }
            }
        });
}

/// One column's card; `c` is its position, which names its grid (two columns may share a
/// label: a file's repeated header).
fn card_ui(
    ui: &mut Ui,
    i18n: &I18n,
    (c, name): (usize, &str),
    column: &ColumnProfile,
    chart: Option<&CardChart>,
    actions: &mut Vec<Action>,
) {
    spread(
        ui,
        RichText::new(name).strong(),
        RichText::new(kind_name(i18n, column.kind)).italics(),
    );
    egui::Grid::new(("column-grid", c))
        .num_columns(2)
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            ui.label(tr!(i18n, "columns-filled"));
            ui.label(column.filled.to_string());
            ui.end_row();
            ui.label(tr!(i18n, "columns-empty"));
            ui.label(column.empty.to_string());
            ui.end_row();
            ui.label(tr!(i18n, "columns-distinct"));
            ui.label(if column.distinct_capped {
                tr!(i18n, "columns-distinct-more", n = column.distinct)
            } else {
                column.distinct.to_string()
            });
            ui.end_row();
            if let (Some(min), Some(max)) = (&column.min, &column.max) {
                ui.label(tr!(i18n, "columns-min"));
                ui.label(min);
                ui.end_row();
                ui.label(tr!(i18n, "columns-max"));
                ui.label(max);
                ui.end_row();
            }
        });
    if let Some(CardChart::Histogram(h)) = chart {
        histogram_ui(ui, i18n, name, h);
    }
    let top = match chart {
        Some(CardChart::Top(top)) => top,
        _ => &column.top,
    };
    if column.min.is_none() && !top.is_empty() {
        ui.label(RichText::new(tr!(i18n, "columns-top")).weak());
        let most = top.first().map_or(1, |(_, n)| (*n).max(1));
        let fill = ui.visuals().selection.bg_fill.gamma_multiply(0.45);
        for (value, count) in top {
            // A bar as long as the value is frequent, behind its line.
            let behind = ui.painter().add(egui::Shape::Noop);
            let line = value_line(ui, i18n, (c, name), value, *count, actions);
            let mut bar = line.shrink2(egui::vec2(0.0, 1.0));
            bar.set_width(bar.width() * (*count as f32 / most as f32));
            ui.painter()
                .set(behind, egui::Shape::rect_filled(bar, 2.0, fill));
        }
    }
}

/// A column's numbers as a small histogram, named for screen readers by its range, with the
/// count of values that are not numbers (counted, not drawn).
fn histogram_ui(ui: &mut Ui, i18n: &I18n, name: &str, h: &Histogram) {
    if let (Some(first), Some(last)) = (h.bins.first(), h.bins.last()) {
        let height = theme::scaled(ui.ctx(), 36.0);
        let size = egui::vec2(ui.available_width(), height);
        let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
        let most = h.bins.iter().map(|b| b.count).max().unwrap_or(1).max(1);
        let width = rect.width() / h.bins.len() as f32;
        let fill = ui.visuals().selection.bg_fill;
        let painter = ui.painter_at(rect);
        for (i, bin) in h.bins.iter().enumerate() {
            if bin.count == 0 {
                continue;
            }
            // At least a sliver, so a rare value still shows.
            let tall = (rect.height() * bin.count as f32 / most as f32).max(2.0);
            let left = rect.left() + width * i as f32;
            let bar = egui::Rect::from_min_max(
                egui::pos2(left + 1.0, rect.bottom() - tall),
                egui::pos2(left + width - 1.0, rect.bottom()),
            );
            painter.rect_filled(bar, 1.0, fill);
        }
        painter.hline(
            rect.x_range(),
            rect.bottom(),
            (1.0, ui.visuals().weak_text_color()),
        );
        let (from, to) = (number(i18n, first.from), number(i18n, last.to));
        let label = tr!(i18n, "columns-histogram", name = name, from = from, to = to);
        announce(&response, egui::Role::Image, &label);
    }
    if h.not_numbers > 0 {
        let count = i18n.count(h.not_numbers as usize);
        let text = tr!(i18n, "columns-not-numbers", count = count);
        ui.label(
            RichText::new(text)
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }
}

/// A frequent value with its count and the buttons that filter the table by it: only rows
/// with it (=), rows without it (≠). Gives the line's place.
fn value_line(
    ui: &mut Ui,
    i18n: &I18n,
    (c, name): (usize, &str),
    value: &str,
    count: u64,
    actions: &mut Vec<Action>,
) -> egui::Rect {
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for (symbol, keep) in [("≠", false), ("=", true)] {
                let label = if keep {
                    tr!(i18n, "filter-value-keep", value = value, column = name)
                } else {
                    tr!(i18n, "filter-value-drop", value = value, column = name)
                };
                // Clicks only, out of the Tab order (a card lists many values): the keyboard
                // filters by the selected cell's value from the bar over the table.
                let button = egui::Button::new(symbol).small().sense(egui::Sense::CLICK);
                let response = ui.add(button).accessible_name(&label).on_hover_text(&label);
                if response.clicked() {
                    actions.push(Action::Table(TableAction::AddFilter(Chip::Value {
                        col: c,
                        value: value.to_owned(),
                        keep,
                    })));
                }
            }
            ui.label(RichText::new(count.to_string()).weak());
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(value).truncate());
            });
        });
    })
    .response
    .rect
}

/// A line with `left` truncated to the room that `right`, at the right edge, leaves; gives
/// the line's place.
fn spread(ui: &mut Ui, left: RichText, right: RichText) -> egui::Rect {
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(right);
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(left).truncate());
            });
        });
    })
    .response
    .rect
}
