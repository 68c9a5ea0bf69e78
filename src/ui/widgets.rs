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
/// Returns the new text when editing ends with a change.
pub fn deferred_edit(
    ui: &mut Ui,
    label: egui::Id,
    current: &str,
    hint: &str,
    width: f32,
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
        .labelled_by(label);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
        None
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
        (response.lost_focus() && text != current).then_some(text)
    }
}
