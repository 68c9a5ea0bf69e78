//! Editing by hand: the cell being typed in (drawn in its place in the grid), and the
//! question before a row is deleted. What an edit becomes, a recipe step naming the row by
//! its key, is made in [`super::apply`].

use egui::{RichText, Ui};

use super::TableAction;
use crate::core::recipe::Step;
use crate::i18n::I18n;
use crate::tr;
use crate::ui::actions::Action;

#[derive(Default)]
pub struct EditState {
    /// The cell being edited (table row, column) and the text typed so far.
    pub cell: Option<(usize, usize, String)>,
    /// Put the keyboard in the editor on the next frame.
    pub(super) focus: bool,
    /// The table row the user asked to delete, waiting for the answer.
    pub delete: Option<usize>,
    /// Changes made and not yet recorded (the recipe is busy applying earlier steps).
    pub(super) pending: Vec<Step>,
}

impl EditState {
    /// Takes the changes made by hand waiting to be recorded.
    pub fn take_pending(&mut self) -> Vec<Step> {
        std::mem::take(&mut self.pending)
    }

    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }
}

/// The editor in the cell at table row `r`, column `c`, when that cell is being edited.
/// `name` is what screen readers call it.
pub fn cell_editor_ui(
    ui: &mut Ui,
    edit: &mut EditState,
    (r, c): (usize, usize),
    name: &str,
    actions: &mut Vec<Action>,
) -> bool {
    let Some((_, _, text)) = edit
        .cell
        .as_mut()
        .filter(|(er, ec, _)| (*er, *ec) == (r, c))
    else {
        return false;
    };
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .id(ui.make_persistent_id(("cell-editor", r, c)))
            .desired_width(f32::INFINITY),
    );
    let response = response.accessible_name(name);
    if std::mem::take(&mut edit.focus) {
        response.request_focus();
    }
    if response.lost_focus() {
        let action = if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            TableAction::CancelEdit
        } else {
            // Enter, or the keyboard or mouse went elsewhere: the value is kept.
            TableAction::CommitEdit
        };
        actions.push(Action::Table(action));
    }
    true
}

/// The question before deleting a row, over the table.
pub fn delete_question_ui(
    ui: &mut Ui,
    i18n: &I18n,
    edit: &EditState,
    row_number: impl Fn(usize) -> u64,
    actions: &mut Vec<Action>,
) {
    let Some(r) = edit.delete else { return };
    egui::Frame::new()
        .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let row = row_number(r);
                ui.label(RichText::new(tr!(i18n, "edit-delete-ask", row = row)).strong());
                if ui.button(tr!(i18n, "edit-delete-confirm")).clicked() {
                    actions.push(Action::Table(TableAction::DeleteRow));
                }
                if ui.button(tr!(i18n, "edit-delete-keep")).clicked() {
                    actions.push(Action::Table(TableAction::CancelEdit));
                }
            });
        });
}
