//! The approved list as a table with a filter; a click on a row selects it.

use egui::{RichText, Sense, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::state::InventoryState;
use super::{InventoryContext, InventoryIntent, item_rule, item_title, matches_filter};
use crate::i18n::I18n;
use crate::text::calendar::rule_text;
use crate::text::names::periodicity_name;
use crate::tr;
use crate::ui::widgets::announce_cell;

/// The filter and the table of the list; a click selects a row.
pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &InventoryContext<'_>,
    out: &mut Vec<InventoryIntent>,
) {
    let lang = i18n.lang();
    if cx.inventory.items.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr!(i18n, "inventory-filter"));
        ui.add(
            TextEdit::singleline(&mut state.filter)
                .hint_text(tr!(i18n, "inventory-filter-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!(i18n, "inventory-filter-tooltip"));
        ui.label(
            RichText::new(tr!(
                i18n,
                "inventory-count",
                count = cx.inventory.items.len()
            ))
            .weak(),
        );
    });
    let shown: Vec<usize> = cx
        .inventory
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| matches_filter(item, &state.filter))
        .map(|(i, _)| i)
        .collect();
    if shown.is_empty() {
        ui.label(RichText::new(tr!(i18n, "inventory-filter-nothing")).weak());
        return;
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let max_height = (ui.available_height() * 0.45).max(120.0);
    let mut builder = TableBuilder::new(ui)
        .id_salt("inventory-table")
        .striped(true)
        .sense(Sense::click())
        .max_scroll_height(max_height)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        // The title takes what the other columns leave, so the list fits the window.
        .column(Column::auto().at_least(90.0))
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::auto().at_least(80.0))
        .column(Column::auto().at_least(60.0))
        .column(Column::initial(150.0).clip(true))
        .column(Column::initial(120.0).clip(true))
        .column(Column::auto().at_least(80.0))
        .column(Column::auto().at_least(60.0));
    if state.scroll_to_selected {
        state.scroll_to_selected = false;
        if let Some(pos) = state
            .selected
            .and_then(|s| shown.iter().position(|i| *i == s))
        {
            builder = builder.scroll_to_row(pos, Some(egui::Align::Center));
        }
    }
    let mut clicked = None;
    builder
        .header(row_height, |mut header| {
            for (text, tip) in [
                (
                    tr!(i18n, "inventory-col-code"),
                    tr!(i18n, "inventory-col-code-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-title"),
                    tr!(i18n, "inventory-col-title-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-periodicity"),
                    tr!(i18n, "inventory-col-periodicity-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-rule"),
                    tr!(i18n, "inventory-col-rule-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-responsible"),
                    tr!(i18n, "inventory-col-responsible-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-dataset"),
                    tr!(i18n, "inventory-col-dataset-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-updated"),
                    tr!(i18n, "inventory-col-updated-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-late"),
                    tr!(i18n, "inventory-col-late-tooltip"),
                ),
            ] {
                let (_, cell) = header.col(|ui| {
                    ui.label(RichText::new(text).strong()).on_hover_text(tip);
                });
                announce_cell(&cell, egui::Role::ColumnHeader, false);
            }
        })
        .body(|body| {
            body.rows(row_height, shown.len(), |mut row| {
                let index = shown[row.index()];
                let item = &cx.inventory.items[index];
                let chosen = state.selected == Some(index);
                row.set_selected(chosen);
                let (_, cell) = row.col(|ui| {
                    let code = if item.code.is_empty() {
                        item.key()
                    } else {
                        &item.code
                    };
                    ui.add(egui::Label::new(code).selectable(false));
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    ui.add(
                        egui::Label::new(item_title(lang, item))
                            .selectable(false)
                            .truncate(),
                    );
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    ui.add(
                        egui::Label::new(periodicity_name(i18n, item.periodicity))
                            .selectable(false),
                    );
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| match item_rule(cx.ws, item) {
                    Some(rule) => {
                        let text = tr!(i18n, "inventory-rule-days", days = rule.days);
                        let text = if rule.own {
                            RichText::new(text).strong()
                        } else {
                            RichText::new(text).weak()
                        };
                        ui.add(egui::Label::new(text).selectable(false))
                            .on_hover_text(rule_text(i18n, &rule));
                    }
                    None => {
                        ui.add(egui::Label::new("—").selectable(false))
                            .on_hover_text(tr!(i18n, "inventory-rule-none"));
                    }
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    ui.add(
                        egui::Label::new(item.responsible.as_str())
                            .selectable(false)
                            .truncate(),
                    );
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    ui.add(
                        egui::Label::new(item.dataset.as_str())
                            .selectable(false)
                            .truncate(),
                    );
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let portal = item.portal.as_ref();
                let (_, cell) = row.col(|ui| {
                    if let Some(p) = portal {
                        let text = p
                            .updated_date()
                            .map(|d| format!("{:02}.{:02}.{}", d.day, d.month, d.year))
                            .unwrap_or_else(|| p.updated.clone());
                        ui.add(egui::Label::new(text).selectable(false))
                            .on_hover_text(tr!(
                                i18n,
                                "inventory-synced-from",
                                target = p.target.as_str()
                            ));
                    }
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    if let Some(late) = portal.and_then(|p| p.late_days) {
                        let text = RichText::new(late.to_string());
                        let text = if late > 0 {
                            text.color(ui.visuals().error_fg_color)
                        } else {
                            text
                        };
                        ui.add(egui::Label::new(text).selectable(false));
                    }
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                if row.response().clicked() {
                    clicked = Some(index);
                }
            });
        });
    if let Some(index) = clicked {
        out.push(InventoryIntent::Select(index));
    }
}
