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
