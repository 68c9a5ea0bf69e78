//! The keyboard shortcuts for the main actions, and the window that lists them (F1).

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::actions::Action;
use crate::i18n::I18n;
use crate::tr;

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

pub const OPEN: KeyboardShortcut = ctrl(Key::O);
pub const SAVE: KeyboardShortcut = ctrl(Key::S);
/// Check the open table (the Checks tab's button).
pub const CHECK: KeyboardShortcut = plain(Key::F5);
pub const NEXT_ERROR: KeyboardShortcut = plain(Key::F8);
pub const PREVIOUS_ERROR: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::F8);
pub const CALENDAR: KeyboardShortcut = ctrl_shift(Key::D);
pub const PUBLISHING: KeyboardShortcut = ctrl_shift(Key::P);
pub const CLASSIFIERS: KeyboardShortcut = ctrl_shift(Key::K);
pub const PRESENTATION: KeyboardShortcut = ctrl_shift(Key::L);
pub const HELP: KeyboardShortcut = plain(Key::F1);
/// The table's find bar.
pub const FIND: KeyboardShortcut = ctrl(Key::F);
pub const FIND_NEXT: KeyboardShortcut = plain(Key::F3);
pub const FIND_PREVIOUS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::F3);
/// Sort by the selected column (ascending, descending, file order).
pub const SORT: KeyboardShortcut = ctrl_shift(Key::S);
/// Edit the selected cell; delete the selected row.
pub const EDIT_CELL: KeyboardShortcut = plain(Key::F2);
pub const DELETE_ROW: KeyboardShortcut = plain(Key::Delete);
/// The document's tabs, in order: Table, Passport, Schema, Checks, Chart.
pub const TABS: [KeyboardShortcut; 5] = [
    ctrl(Key::Num1),
    ctrl(Key::Num2),
    ctrl(Key::Num3),
    ctrl(Key::Num4),
    ctrl(Key::Num5),
];
/// egui's own zoom keys (handled by egui; listed here for the help window and the menu).
pub const ZOOM_IN: KeyboardShortcut = egui::gui_zoom::kb_shortcuts::ZOOM_IN;
pub const ZOOM_OUT: KeyboardShortcut = egui::gui_zoom::kb_shortcuts::ZOOM_OUT;
pub const ZOOM_RESET: KeyboardShortcut = egui::gui_zoom::kb_shortcuts::ZOOM_RESET;

/// A tooltip followed by its shortcut: "Open a data file (Ctrl+O)".
pub fn with_shortcut(ui: &Ui, text: String, shortcut: &KeyboardShortcut) -> String {
    format!("{text} ({})", ui.ctx().format_shortcut(shortcut))
}

/// The shortcuts window's rows: what the keys do, and the keys.
fn rows(ui: &Ui, i18n: &I18n) -> Vec<(String, String)> {
    let key = |s: &KeyboardShortcut| ui.ctx().format_shortcut(s);
    let tabs = format!("{} … {}", key(&TABS[0]), key(&TABS[TABS.len() - 1]));
    vec![
        (tr!(i18n, "shortcut-open"), key(&OPEN)),
        (tr!(i18n, "shortcut-save"), key(&SAVE)),
        (tr!(i18n, "shortcut-check"), key(&CHECK)),
        (tr!(i18n, "shortcut-next-error"), key(&NEXT_ERROR)),
        (tr!(i18n, "shortcut-previous-error"), key(&PREVIOUS_ERROR)),
        (tr!(i18n, "shortcut-find"), key(&FIND)),
        (
            tr!(i18n, "shortcut-find-next"),
            format!("{} / {}", key(&FIND_NEXT), key(&FIND_PREVIOUS)),
        ),
        (tr!(i18n, "shortcut-sort"), key(&SORT)),
        (tr!(i18n, "shortcut-edit"), key(&EDIT_CELL)),
        (tr!(i18n, "shortcut-delete-row"), key(&DELETE_ROW)),
        (tr!(i18n, "shortcut-tabs"), tabs),
        (tr!(i18n, "shortcut-calendar"), key(&CALENDAR)),
        (tr!(i18n, "shortcut-publishing"), key(&PUBLISHING)),
        (tr!(i18n, "shortcut-classifiers"), key(&CLASSIFIERS)),
        (tr!(i18n, "shortcut-zoom-in"), key(&ZOOM_IN)),
        (tr!(i18n, "shortcut-zoom-out"), key(&ZOOM_OUT)),
        (tr!(i18n, "shortcut-zoom-reset"), key(&ZOOM_RESET)),
        (tr!(i18n, "shortcut-presentation"), key(&PRESENTATION)),
        (
            tr!(i18n, "shortcut-focus"),
            tr!(i18n, "shortcut-focus-keys"),
        ),
        (
            tr!(i18n, "shortcut-press"),
            tr!(i18n, "shortcut-press-keys"),
        ),
        (tr!(i18n, "shortcut-help"), key(&HELP)),
    ]
}

/// The list of shortcuts in a window; closing it asks for [`Action::CloseModal`].
pub fn shortcuts_window(ctx: &egui::Context, i18n: &I18n, actions: &mut Vec<Action>) {
    let mut open = true;
    egui::Window::new(tr!(i18n, "shortcuts-title"))
        .id(egui::Id::unique("shortcuts-window"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts-grid")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for (what, keys) in rows(ui, i18n) {
                        ui.label(what);
                        ui.label(egui::RichText::new(keys).monospace().strong());
                        ui.end_row();
                    }
                });
        });
    if !open {
        actions.push(Action::CloseModal);
    }
}
