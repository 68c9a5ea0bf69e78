//! Small widgets used across views.

use egui::{ComboBox, Response, Ui, WidgetText};

/// A combo box that screen readers (and tests) know by the label with id `label`.
pub fn combo(
    ui: &mut Ui,
    label: egui::Id,
    id_salt: &str,
    selected: impl Into<WidgetText>,
    width: Option<f32>,
    add_contents: impl FnOnce(&mut Ui),
) -> Response {
    let mut combo = ComboBox::from_id_salt(id_salt).selected_text(selected);
    if let Some(w) = width {
        combo = combo.width(w);
    }
    combo.show_ui(ui, add_contents).response.labelled_by(label)
}

/// A label followed by a combo box known by that label.
pub fn labelled_combo(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    selected: impl Into<WidgetText>,
    width: Option<f32>,
    add_contents: impl FnOnce(&mut Ui),
) -> Response {
    let label = ui.label(label);
    combo(ui, label.id, id_salt, selected, width, add_contents)
}

/// A text box whose value is parsed when the user leaves it, not at every key: typing
/// "1.5" passes through "1.", which would otherwise be read and rewritten as "1.0".
/// The box is known by the label with id `label` and explains itself with `tip`.
/// Returns the new text when editing ends with a change.
pub fn deferred_edit(
    ui: &mut Ui,
    label: egui::Id,
    current: &str,
    hint: &str,
    width: f32,
    tip: &str,
) -> Option<String> {
    let id = label.with("deferred-edit");
    let mut text = ui
        .data_mut(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_owned());
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id(id.with("box"))
                .hint_text(hint)
                .desired_width(width),
        )
        .labelled_by(label)
        .on_hover_text(tip);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
        None
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
        (response.lost_focus() && text != current).then_some(text)
    }
}

/// A button showing only a symbol (‹ › × « »), which screen readers and tests know by `name`
/// and whose tooltip says `tip`. `small` draws it as a small button.
pub fn symbol_button(ui: &mut Ui, symbol: &str, name: &str, tip: &str, small: bool) -> Response {
    let response = if small {
        ui.small_button(symbol)
    } else {
        ui.button(symbol)
    };
    response.accessible_name(name).on_hover_text(tip)
}

/// Announces a painted area or a table cell that reacts to clicks as what it is (`role`,
/// e.g. a button or a grid cell) with the name `label`, so screen readers can reach it.
pub fn announce(response: &Response, role: egui::Role, label: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(role, response.enabled(), label));
}

/// Announces a clickable table cell as a cell of a grid (`role`: a grid cell, or the row
/// header of a row's number), chosen or not; screen readers read its contents as its name.
pub fn announce_cell(response: &Response, role: egui::Role, selected: bool) {
    response.widget_info(|| egui::WidgetInfo {
        selected: Some(selected),
        ..egui::WidgetInfo::new(role)
    });
}

/// Names the drag handles between the columns of an `egui_extras` table built in `ui` with
/// `id_salt`, one name per column (`names`), so screen readers can say what each one resizes.
/// The handles' ids follow `egui_extras`' own; a handle not found is left as it is.
pub fn name_column_handles(
    ui: &Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    names: &[String],
) {
    let state_id = ui.scope_id().with(egui::IdSalt::new(id_salt));
    for (i, name) in names.iter().enumerate().filter(|(_, n)| !n.is_empty()) {
        let id = state_id.with("resize_column").with(i);
        if ui.ctx().has_accesskit_node(id) {
            ui.ctx().accesskit_node_builder(id, |node| {
                node.set_role(egui::Role::Splitter);
                node.set_label(name.as_str());
            });
        }
    }
}

/// One tab of a [`tab_bar`]: what it stands for, its name and what it shows.
pub struct Tab<T> {
    pub id: T,
    pub label: String,
    pub tip: String,
}

/// A row of tabs with `current` selected. Returns the tab the user clicked, for the caller to
/// turn into its intent (the same one the tab's keyboard shortcut gives).
pub fn tab_bar<T: Copy + PartialEq>(ui: &mut Ui, current: T, tabs: Vec<Tab<T>>) -> Option<T> {
    let mut clicked = None;
    for tab in tabs {
        if ui
            .selectable_label(tab.id == current, tab.label)
            .on_hover_text(tab.tip)
            .clicked()
        {
            clicked = Some(tab.id);
        }
    }
    clicked
}

/// A small table drawn whole, its header bold, scrolling sideways: the first rows a reshape
/// or a count would give, shown before the fix is accepted. `id` tells each preview apart.
pub fn table_preview(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug + Copy,
    table: &crate::core::table::Table,
) {
    egui::ScrollArea::horizontal().id_salt(id).show(ui, |ui| {
        egui::Grid::new((id, "grid"))
            .striped(true)
            .num_columns(table.width())
            .show(ui, |ui| {
                for h in table.header() {
                    ui.label(egui::RichText::new(h).strong());
                }
                ui.end_row();
                for row in table.iter_rows() {
                    for cell in row.iter() {
                        ui.label(cell);
                    }
                    ui.end_row();
                }
            });
    });
}
