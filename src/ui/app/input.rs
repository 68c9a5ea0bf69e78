//! The keyboard and dropped files: each shortcut pushes the same action as the button it
//! stands for.

use std::path::PathBuf;

use super::super::actions::Action;
use super::super::dataset::DocTab;
use super::super::shortcuts;
use super::super::table::TableAction;
use super::{Modal, OchiqApp, ScreenKind};

impl OchiqApp {
    pub(super) fn handle_input(&mut self, ctx: &egui::Context) {
        if matches!(self.modal, Some(Modal::Welcome(_))) {
            // The first-run screen takes the keyboard until it is closed.
            return;
        }
        let tabs = [
            DocTab::Table,
            DocTab::Passport,
            DocTab::Schema,
            DocTab::Checks,
            DocTab::Chart,
        ];
        let keys = [
            (shortcuts::OPEN, Action::ChooseFile),
            (shortcuts::SAVE, Action::SaveDataset),
            (shortcuts::CHECK, Action::Validate),
            (shortcuts::NEXT_ERROR, Action::NextError(true)),
            (shortcuts::PREVIOUS_ERROR, Action::NextError(false)),
            (shortcuts::CALENDAR, self.toggle(ScreenKind::Calendar)),
            (shortcuts::PUBLISHING, self.toggle(ScreenKind::Publishing)),
            (shortcuts::CLASSIFIERS, self.toggle(ScreenKind::Classifiers)),
            (shortcuts::PRESENTATION, Action::TogglePresentation),
            (shortcuts::HELP, Action::ShowShortcuts),
        ];
        let tab_keys = shortcuts::TABS
            .into_iter()
            .zip(tabs)
            .map(|(key, tab)| (key, Action::ShowTab(tab)));
        // Before the others: Ctrl+Shift+S must not be taken for Ctrl+S.
        self.table_keys(ctx);
        for (key, action) in keys.into_iter().chain(tab_keys) {
            if ctx.input_mut(|i| i.consume_shortcut(&key)) {
                self.actions.push(action);
            }
        }
        let copy = ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
        if copy
            && !ctx.egui_wants_keyboard_input()
            && let Some(doc) = &self.doc
            && let (Some(r), Some(c)) = (doc.view.selected_row, doc.view.selected_col)
        {
            ctx.copy_text(doc.table.cell(r, c).unwrap_or_default().to_owned());
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.actions.push(Action::OpenFile(path));
        }
    }

    /// The table's keys: find, next and previous match, sort, edit and delete. F2 and
    /// Delete act only when no text box has the keyboard (Delete there deletes text).
    fn table_keys(&mut self, ctx: &egui::Context) {
        let on_table = self
            .doc
            .as_ref()
            .is_some_and(|d| d.tab == DocTab::Table && self.screen.is_none());
        if self.doc.is_none() {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        let keys = [
            (shortcuts::FIND, TableAction::OpenFind, true),
            (shortcuts::FIND_PREVIOUS, TableAction::FindNext(false), true),
            (shortcuts::FIND_NEXT, TableAction::FindNext(true), true),
            (shortcuts::SORT, TableAction::SortSelected, on_table),
            (
                shortcuts::EDIT_CELL,
                TableAction::EditSelected,
                on_table && !typing,
            ),
            (
                shortcuts::DELETE_ROW,
                TableAction::AskDeleteRow,
                on_table && !typing,
            ),
        ];
        for (key, action, allowed) in keys {
            if allowed && ctx.input_mut(|i| i.consume_shortcut(&key)) {
                self.actions.push(Action::Table(action));
            }
        }
    }
}
