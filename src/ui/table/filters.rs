//! The bar above the table: how it is sorted, the filters as removable chips, the menu that
//! filters by the selected cell (the cell's context menu offers the same), and the progress
//! and Cancel of a sort or filter running.

use egui::{RichText, Ui};

use super::{Chip, TableAction, TableTools};
use crate::i18n::I18n;
use crate::text::names::code_name;
use crate::tr;
use crate::ui::actions::Action;
use crate::ui::shortcuts::{self, with_shortcut};
use crate::ui::widgets::symbol_button;

fn push(actions: &mut Vec<Action>, a: TableAction) {
    actions.push(Action::Table(a));
}

/// A chip's words: "Tuman = “Chilonzor”".
pub fn chip_text(i18n: &I18n, labels: &[String], chip: &Chip) -> String {
    let name = |c: &usize| labels.get(*c).cloned().unwrap_or_default();
    match chip {
        Chip::Value {
            col,
            value,
            keep: true,
        } => tr!(
            i18n,
            "filter-chip-is",
            column = name(col),
            value = value.as_str()
        ),
        Chip::Value { col, value, .. } => {
            tr!(
                i18n,
                "filter-chip-is-not",
                column = name(col),
                value = value.as_str()
            )
        }
        Chip::Empty { col } => tr!(i18n, "filter-chip-empty", column = name(col)),
        Chip::FindingsIn { col } => tr!(i18n, "filter-chip-findings-in", column = name(col)),
        Chip::FindingsOf(code) => {
            tr!(
                i18n,
                "filter-chip-findings-of",
                kind = code_name(i18n, *code)
            )
        }
    }
}

/// What the bar needs of the table.
pub struct BarContext<'a> {
    pub labels: &'a [String],
    /// Rows the view shows, and rows in the table.
    pub shown: usize,
    pub rows: usize,
    /// The selected cell's column and text.
    pub selected: Option<(usize, String)>,
    /// Whether the last check found anything (findings can be filtered on).
    pub checked: bool,
}

/// The sort, the chips and the filter menu; nothing when the table is neither sorted nor
/// filtered and no cell is selected.
pub fn bar_ui(
    ui: &mut Ui,
    i18n: &I18n,
    tools: &TableTools,
    cx: &BarContext<'_>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let menu = tr!(i18n, "filter-menu");
        ui.add_enabled_ui(cx.selected.is_some(), |ui| {
            ui.menu_button(menu, |ui| {
                if let Some((col, value)) = &cx.selected {
                    cell_menu_items(ui, i18n, cx, *col, value, actions);
                }
            })
            .response
            .on_hover_text(tr!(i18n, "filter-menu-tooltip"))
            .on_disabled_hover_text(tr!(i18n, "filter-menu-disabled"));
        });
        if let Some(sort) = tools.sort {
            let column = cx.labels.get(sort.col).cloned().unwrap_or_default();
            let text = if sort.descending {
                tr!(i18n, "sort-descending", column = column)
            } else {
                tr!(i18n, "sort-ascending", column = column)
            };
            ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
            if ui
                .button(tr!(i18n, "sort-file-order"))
                .on_hover_text(tr!(i18n, "sort-file-order-tooltip"))
                .clicked()
            {
                // Clicking the sorted column's button past descending means file order.
                let steps = if sort.descending { 1 } else { 2 };
                for _ in 0..steps {
                    push(actions, TableAction::Sort(sort.col));
                }
            }
        }
        for (i, chip) in tools.chips.iter().enumerate() {
            let text = chip_text(i18n, cx.labels, chip);
            egui::Frame::new()
                .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.35))
                .corner_radius(8.0)
                .inner_margin(egui::Margin::symmetric(6, 1))
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(text.as_str());
                        let name = tr!(i18n, "filter-remove", filter = text.as_str());
                        let tip = tr!(i18n, "filter-remove-tooltip");
                        if symbol_button(ui, "×", &name, &tip, true).clicked() {
                            push(actions, TableAction::RemoveFilter(i));
                        }
                    });
                });
        }
        if tools.chips.len() > 1
            && ui
                .button(tr!(i18n, "filter-clear"))
                .on_hover_text(tr!(i18n, "filter-clear-tooltip"))
                .clicked()
        {
            push(actions, TableAction::ClearFilters);
        }
        if tools.shown.is_some() && !tools.chips.is_empty() {
            let shown = i18n.count(cx.shown);
            let rows = i18n.count(cx.rows);
            ui.label(RichText::new(tr!(i18n, "filter-shown", shown = shown, rows = rows)).weak());
        }
        if let Some(p) = tools.view_progress() {
            ui.label(tr!(i18n, "sort-running"));
            ui.add(
                egui::ProgressBar::new(p)
                    .show_percentage()
                    .desired_width(140.0),
            );
            if ui
                .button(tr!(i18n, "source-cancel"))
                .on_hover_text(tr!(i18n, "sort-cancel-tooltip"))
                .clicked()
            {
                push(actions, TableAction::CancelView);
            }
        }
    });
}

/// The filters and edits offered for a cell: in its context menu and in the bar's menu
/// for the selected cell.
pub fn cell_menu_items(
    ui: &mut Ui,
    i18n: &I18n,
    cx: &BarContext<'_>,
    col: usize,
    value: &str,
    actions: &mut Vec<Action>,
) {
    let column = cx.labels.get(col).cloned().unwrap_or_default();
    let shown: String = if value.chars().count() > 40 {
        value.chars().take(39).chain(['…']).collect()
    } else {
        value.to_owned()
    };
    let mut item = |ui: &mut Ui, text: String, action: TableAction| {
        if ui.button(text).clicked() {
            push(actions, action);
            ui.close();
        }
    };
    if !value.trim().is_empty() {
        let value = value.to_owned();
        item(
            ui,
            tr!(i18n, "filter-only-value", value = shown.as_str()),
            TableAction::AddFilter(Chip::Value {
                col,
                value: value.clone(),
                keep: true,
            }),
        );
        item(
            ui,
            tr!(i18n, "filter-without-value", value = shown.as_str()),
            TableAction::AddFilter(Chip::Value {
                col,
                value,
                keep: false,
            }),
        );
    }
    item(
        ui,
        tr!(i18n, "filter-empty", column = column.as_str()),
        TableAction::AddFilter(Chip::Empty { col }),
    );
    if cx.checked {
        item(
            ui,
            tr!(i18n, "filter-findings-in", column = column.as_str()),
            TableAction::AddFilter(Chip::FindingsIn { col }),
        );
    }
    ui.separator();
    let edit = with_shortcut(ui, tr!(i18n, "edit-cell"), &shortcuts::EDIT_CELL);
    item(ui, edit, TableAction::EditSelected);
    let delete = with_shortcut(ui, tr!(i18n, "edit-delete-row"), &shortcuts::DELETE_ROW);
    item(ui, delete, TableAction::AskDeleteRow);
}
