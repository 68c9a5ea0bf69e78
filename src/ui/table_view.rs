//! The data table: lays out only the rows on screen, so a table of ten million rows scrolls
//! as smoothly as one of ten. The vertical position is a row index kept in [`ViewState`] (not
//! a pixel offset, which loses precision past a few million rows), driven by the wheel, the
//! keyboard and a scrollbar of its own; columns scroll horizontally and can be resized.

use egui::{Align, Key, Layout, RichText, Sense, Ui, UiBuilder};
use egui_extras::{Column, TableBuilder};

use super::actions::Action;
use super::document::ViewState;
use super::table::edit::{EditState, cell_editor_ui};
use super::table::filters::{BarContext, cell_menu_items};
use super::table::{Sort, TableAction};
use super::widgets::{announce_cell, name_column_handles, symbol_button};
use crate::core::table::Table;
use crate::core::view::RowOrder;
use crate::i18n::I18n;
use crate::tr;

/// What is drawn over the data: validation errors per cell, the view's order and
/// selection of rows, row numbering, the sort.
#[derive(Default)]
pub struct Overlay<'a> {
    /// Messages of the cells with an error, by (table row, column).
    pub errors: Option<&'a std::collections::HashMap<(usize, usize), String>>,
    /// Only these table rows are shown, in this order (sorted, filtered).
    pub shown: Option<&'a RowOrder>,
    /// The source row number of the first table row (the header is row 1 when it leads).
    pub first_row_number: u64,
    pub sort: Option<Sort>,
}

impl Overlay<'_> {
    fn rows(&self, table: &Table) -> usize {
        self.shown.map_or(table.rows(), RowOrder::len)
    }

    /// The table row shown at display position `i`.
    fn table_row(&self, i: usize) -> usize {
        self.shown
            .map_or(Some(i), |o| o.row(i))
            .unwrap_or(usize::MAX)
    }

    /// The display position of table row `r`, if it is shown.
    fn position(&self, r: usize) -> Option<usize> {
        self.shown.map_or(Some(r), |o| o.position(r))
    }
}

/// What the grid may change besides the place and selection: the cell being edited, and
/// the actions its header buttons, double clicks and context menus ask for.
pub struct GridInput<'a> {
    pub edit: &'a mut EditState,
    pub actions: &'a mut Vec<Action>,
    /// Whether the table was checked (its cells can be filtered on findings).
    pub checked: bool,
}

const SCROLLBAR_WIDTH: f32 = 14.0;
const HORIZONTAL_BAR_ALLOWANCE: f32 = 16.0;

/// Shows `table` in the space left in `ui`. `id` keeps column widths apart between files.
pub fn table_ui(
    ui: &mut Ui,
    i18n: &I18n,
    table: &Table,
    view: &mut ViewState,
    id: egui::Id,
    overlay: &Overlay<'_>,
    input: GridInput<'_>,
) {
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let header_h = row_h + 2.0;
    let rect = ui.available_rect_before_wrap();
    let body_h = (rect.height() - header_h - HORIZONTAL_BAR_ALLOWANCE).max(row_h);
    let visible = ((body_h / row_h).floor() as usize).max(1);
    let rows = overlay.rows(table);

    scroll_input(
        ui,
        rect,
        (row_h, visible, table.width()),
        rows,
        view,
        overlay,
    );
    // Not clamped in place: while a file is read again, the table starts empty and the
    // user's row must survive until the rows are back.

    let table_rect = egui::Rect::from_min_max(
        rect.min,
        egui::pos2(rect.max.x - SCROLLBAR_WIDTH, rect.max.y),
    );
    let bar_rect = egui::Rect::from_min_max(
        egui::pos2(rect.max.x - SCROLLBAR_WIDTH, rect.min.y + header_h),
        egui::pos2(rect.max.x, rect.min.y + header_h + body_h),
    );
    ui.scope_builder(UiBuilder::new().max_rect(table_rect), |ui| {
        egui::ScrollArea::horizontal()
            .id_salt(id.with("h"))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                grid_ui(
                    ui,
                    i18n,
                    table,
                    view,
                    id,
                    (row_h, header_h, visible),
                    overlay,
                    input,
                );
            });
    });
    scrollbar_ui(ui, i18n, bar_rect, visible, rows, view);
    ui.advance_cursor_after_rect(rect);
}

/// Mouse wheel and keys move the first visible row and the selection.
fn scroll_input(
    ui: &mut Ui,
    rect: egui::Rect,
    (row_h, visible, table_width): (f32, usize, usize),
    rows: usize,
    view: &mut ViewState,
    overlay: &Overlay<'_>,
) {
    let max_first = rows.saturating_sub(visible);
    if ui.rect_contains_pointer(rect) {
        let dy = ui.input(|i| i.smooth_scroll_delta.y);
        if dy != 0.0 {
            view.scroll_rem -= dy / row_h;
            let whole = view.scroll_rem.trunc();
            view.scroll_rem -= whole;
            view.first_row =
                (view.first_row as i64 + whole as i64).clamp(0, max_first as i64) as usize;
            // The wheel moved rows; the horizontal scroll area must not also take it.
            ui.input_mut(|i| i.smooth_scroll_delta.y = 0.0);
        }
    }
    if ui.ctx().egui_wants_keyboard_input() || rows == 0 {
        return;
    }
    let page = visible.saturating_sub(1).max(1) as i64;
    let step = ui.input(|i| {
        if i.key_pressed(Key::ArrowDown) {
            Some(1)
        } else if i.key_pressed(Key::ArrowUp) {
            Some(-1)
        } else if i.key_pressed(Key::PageDown) {
            Some(page)
        } else if i.key_pressed(Key::PageUp) {
            Some(-page)
        } else if i.key_pressed(Key::End) && i.modifiers.command {
            Some(i64::MAX / 2)
        } else if i.key_pressed(Key::Home) && i.modifiers.command {
            Some(i64::MIN / 2)
        } else {
            None
        }
    });
    // Left and right move the selected column.
    let sideways = ui.input(|i| {
        if i.key_pressed(Key::ArrowRight) {
            1
        } else if i.key_pressed(Key::ArrowLeft) {
            -1
        } else {
            0
        }
    });
    if sideways != 0 && table_width > 0 {
        let col = view.selected_col.map_or(0, |c| {
            (c as i64 + sideways).clamp(0, table_width as i64 - 1) as usize
        });
        view.selected_col = Some(col);
        view.reveal_column = true;
        if view.selected_row.is_none() {
            view.selected_row = Some(overlay.table_row(view.first_row));
        }
    }
    if let Some(step) = step {
        let current = view
            .selected_row
            .and_then(|r| overlay.position(r))
            .unwrap_or(view.first_row) as i64;
        let target = current.saturating_add(step).clamp(0, rows as i64 - 1) as usize;
        view.selected_row = Some(overlay.table_row(target));
        if target < view.first_row {
            view.first_row = target;
        } else if target >= view.first_row + visible {
            view.first_row = (target + 1 - visible).min(max_first);
        }
    }
}

pub fn column_label(i18n: &I18n, table: &Table, col: usize) -> String {
    let n = col + 1;
    match table.header().get(col) {
        Some(name) if !name.trim().is_empty() => name.clone(),
        Some(_) => tr!(i18n, "table-unnamed-column", n = n),
        None => tr!(i18n, "table-extra-column", n = n),
    }
}

/// A starting width from the header and the first rows, so short codes get narrow columns.
fn initial_width(ui: &Ui, table: &Table, label: &str, col: usize) -> f32 {
    let char_w = ui.text_style_height(&egui::TextStyle::Body) * 0.55;
    let longest = table
        .iter_rows()
        .take(50)
        .filter_map(|r| r.get(col))
        .map(|s| s.chars().count())
        .chain(std::iter::once(label.chars().count() + 2))
        .max()
        .unwrap_or(8);
    (longest as f32 * char_w + 16.0).clamp(56.0, 320.0)
}

#[allow(clippy::too_many_arguments)]
fn grid_ui(
    ui: &mut Ui,
    i18n: &I18n,
    table: &Table,
    view: &mut ViewState,
    id: egui::Id,
    (row_h, header_h, visible): (f32, f32, usize),
    overlay: &Overlay<'_>,
    input: GridInput<'_>,
) {
    let GridInput {
        edit,
        actions,
        checked,
    } = input;
    let width = table.width();
    let labels: Vec<String> = (0..width).map(|c| column_label(i18n, table, c)).collect();
    let last_number = overlay.first_row_number + table.rows() as u64;
    let digits = last_number.max(1).to_string().len() as f32;
    let number_w = digits * ui.text_style_height(&egui::TextStyle::Body) * 0.6 + 16.0;
    let widths: Vec<f32> = labels
        .iter()
        .enumerate()
        .map(|(c, label)| initial_width(ui, table, label, c))
        .collect();
    let mut builder = TableBuilder::new(ui)
        .id_salt(id)
        .striped(true)
        .vscroll(false)
        // Cells take clicks but not the keyboard's focus: Tab passes the grid in one step and
        // the arrow keys move through its rows.
        .sense(Sense::CLICK)
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(Column::exact(number_w));
    for w in widths {
        builder = builder.column(Column::initial(w).at_least(40.0).resizable(true).clip(true));
    }
    let first = view
        .first_row
        .min(overlay.rows(table).saturating_sub(visible));
    let end = (first + visible).min(overlay.rows(table));
    builder
        .header(header_h, |mut header| {
            let (_, cell) = header.col(|ui| {
                ui.label(RichText::new("#").weak());
            });
            announce_cell(&cell, egui::Role::ColumnHeader, false);
            for (c, label) in labels.iter().enumerate() {
                let (_, cell) = header.col(|ui| {
                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                        if sort_button(ui, i18n, label, overlay.sort, c).clicked() {
                            actions.push(Action::Table(TableAction::Sort(c)));
                        }
                        ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                            let selected = view.selected_col == Some(c);
                            let text = RichText::new(label).strong();
                            let button = egui::Button::selectable(selected, text).truncate();
                            let response = ui.add(button).on_hover_text(tr!(
                                i18n,
                                "table-column-tooltip",
                                name = label.as_str()
                            ));
                            if response.clicked() {
                                view.selected_col = Some(c);
                                view.reveal_column = true;
                            }
                        });
                    });
                });
                announce_cell(
                    &cell,
                    egui::Role::ColumnHeader,
                    view.selected_col == Some(c),
                );
            }
        })
        .body(|mut body| {
            for shown in first..end {
                let r = overlay.table_row(shown);
                let Some(cells) = table.row(r) else { continue };
                body.row(row_h, |mut row| {
                    row.set_selected(view.selected_row == Some(r));
                    let (_, number) = row.col(|ui| {
                        let n = overlay.first_row_number + r as u64;
                        ui.label(RichText::new(n.to_string()).weak().monospace());
                    });
                    announce_cell(&number, egui::Role::RowHeader, view.selected_row == Some(r));
                    let mut clicked_col = None;
                    if number.clicked() {
                        clicked_col = Some(None);
                    }
                    for c in 0..width {
                        let error = overlay.errors.and_then(|e| e.get(&(r, c)));
                        let number = overlay.first_row_number + r as u64;
                        let (_, response) = row.col(|ui| {
                            let name = || {
                                let column = labels[c].as_str();
                                tr!(i18n, "edit-cell-name", column = column, row = number)
                            };
                            let editing = edit.cell.as_ref().is_some_and(|e| (e.0, e.1) == (r, c));
                            if editing && cell_editor_ui(ui, edit, (r, c), &name(), actions) {
                                return;
                            }
                            cell_ui(ui, cells.get(c), error.is_some());
                        });
                        let chosen = view.selected_row == Some(r) && view.selected_col == Some(c);
                        announce_cell(&response, egui::Role::GridCell, chosen);
                        let response = match error {
                            Some(message) => response.on_hover_text(message),
                            None => response,
                        };
                        if response.clicked() || response.secondary_clicked() {
                            clicked_col = Some(Some(c));
                        }
                        if response.double_clicked() {
                            clicked_col = Some(Some(c));
                            actions.push(Action::Table(TableAction::EditSelected));
                        }
                        let value = cells.get(c).unwrap_or_default();
                        response.context_menu(|ui| {
                            let cx = BarContext {
                                labels: &labels,
                                shown: 0,
                                rows: 0,
                                selected: None,
                                checked,
                            };
                            cell_menu_items(ui, i18n, &cx, c, value, actions);
                        });
                    }
                    if let Some(col) = clicked_col {
                        view.selected_row = Some(r);
                        if let Some(c) = col {
                            view.selected_col = Some(c);
                            view.reveal_column = true;
                        }
                    }
                });
            }
        });
    // The handles between the headers resize the column on their left.
    let handles: Vec<String> = std::iter::once(String::new())
        .chain(
            labels
                .iter()
                .map(|name| tr!(i18n, "table-resize-column", name = name.as_str())),
        )
        .collect();
    name_column_handles(ui, id, &handles);
}

/// A vertical scrollbar measured in rows: drag the thumb, or click the track to jump there.
fn scrollbar_ui(
    ui: &mut Ui,
    i18n: &I18n,
    rect: egui::Rect,
    visible: usize,
    rows: usize,
    view: &mut ViewState,
) {
    let max_first = rows.saturating_sub(visible);
    let response = ui.interact(
        rect,
        ui.scope_id().with("row-scrollbar"),
        Sense::click_and_drag(),
    );
    let label = tr!(i18n, "table-scrollbar");
    response.widget_info(|| egui::WidgetInfo::slider(true, view.first_row as f64, label.clone()));
    if max_first == 0 {
        return;
    }
    let track = rect.shrink2(egui::vec2(3.0, 0.0));
    let thumb_h = (track.height() * visible as f32 / rows as f32)
        .max(24.0)
        .min(track.height());
    let travel = (track.height() - thumb_h).max(1.0);
    if let Some(pos) = response.interact_pointer_pos()
        && (response.dragged() || response.clicked())
    {
        let frac = ((pos.y - track.top() - thumb_h / 2.0) / travel).clamp(0.0, 1.0);
        view.first_row = (frac as f64 * max_first as f64).round() as usize;
    }
    let frac = (view.first_row as f32 / max_first as f32).min(1.0);
    let thumb = egui::Rect::from_min_size(
        egui::pos2(track.left(), track.top() + frac * travel),
        egui::vec2(track.width(), thumb_h),
    );
    let visuals = ui.style().interact(&response);
    ui.painter()
        .rect_filled(track, 4.0, ui.visuals().extreme_bg_color);
    ui.painter().rect_filled(thumb, 4.0, visuals.bg_fill);
}

/// The header's sort button of column `c`: ↕ unsorted, ↑ ascending, ↓ descending.
fn sort_button(
    ui: &mut Ui,
    i18n: &I18n,
    label: &str,
    sort: Option<Sort>,
    c: usize,
) -> egui::Response {
    let symbol = match sort {
        Some(Sort {
            col,
            descending: false,
        }) if col == c => "↑",
        Some(Sort {
            col,
            descending: true,
        }) if col == c => "↓",
        _ => "↕",
    };
    let name = tr!(i18n, "sort-button", column = label);
    let tip = super::shortcuts::with_shortcut(
        ui,
        tr!(i18n, "sort-button-tooltip"),
        &super::shortcuts::SORT,
    );
    symbol_button(ui, symbol, &name, &tip, true)
}

/// A cell's text, its background red when it has a finding; a cell the source row does not
/// have (a short, ragged row) is shaded.
fn cell_ui(ui: &mut Ui, text: Option<&str>, error: bool) {
    match text {
        Some(text) => {
            if error {
                let red = ui.visuals().error_fg_color.gamma_multiply(0.3);
                ui.painter().rect_filled(ui.max_rect(), 0.0, red);
            }
            ui.add(egui::Label::new(text).truncate().selectable(false));
        }
        None => {
            let faint = ui.visuals().faint_bg_color;
            ui.painter().rect_filled(ui.max_rect(), 0.0, faint);
        }
    }
}
