//! The find bar over the table (Ctrl+F): the text, a column or all, the case choice, next
//! and previous, and "N of M" counted over the whole view by a job while the first match
//! is already shown.

use std::sync::Arc;

use egui::{RichText, Ui};

use super::TableAction;
use crate::core::view::Cancelled;
use crate::core::view::find::{Found, Hit};
use crate::i18n::I18n;
use crate::tr;
use crate::ui::actions::Action;
use crate::ui::jobs::Slot;
use crate::ui::shortcuts::{self, with_shortcut};
use crate::ui::widgets::{combo, symbol_button};

/// What is being looked for, and what was found.
#[derive(Default)]
pub struct FindState {
    pub open: bool,
    pub text: String,
    /// Only this column, or all.
    pub col: Option<usize>,
    /// Case, script and apostrophes exactly as typed.
    pub exact: bool,
    /// Put the keyboard in the text box on the next frame.
    pub(super) focus: bool,
    /// The text, column and case the last search was for.
    pub(super) searched: Option<(String, Option<usize>, bool)>,
    /// The matches in the view, in the order shown, once counted.
    pub hits: Option<Arc<Found>>,
    /// Rows the last count covered (fewer than the file's while it still loads).
    pub counted_rows: usize,
    /// Set when the last look found nothing.
    pub nothing: bool,
    pub(super) counting: Slot<Result<Found, Cancelled>>,
    pub(super) stepping: Slot<Option<Hit>>,
}

impl FindState {
    pub fn is_busy(&self) -> bool {
        self.counting.is_running() || self.stepping.is_running()
    }

    pub(super) fn cancel(&self) {
        self.counting.cancel();
        self.stepping.cancel();
    }

    /// Whether the text, column or case changed since the last search.
    fn changed(&self) -> bool {
        self.searched.as_ref() != Some(&(self.text.clone(), self.col, self.exact))
    }

    fn count_progress(&self) -> Option<f32> {
        self.counting.tracker().map(|t| t.fraction().unwrap_or(0.0))
    }
}

/// What the bar needs to know of the table.
pub struct FindContext<'a> {
    pub labels: &'a [String],
    /// The table is still being read.
    pub loading: bool,
    /// The selected cell as a place in the view.
    pub here: Option<Hit>,
}

/// The find bar, when open.
pub fn find_bar_ui(
    ui: &mut Ui,
    i18n: &I18n,
    find: &mut FindState,
    cx: &FindContext<'_>,
    actions: &mut Vec<Action>,
) {
    if !find.open {
        return;
    }
    let push = |actions: &mut Vec<Action>, a: TableAction| actions.push(Action::Table(a));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(i18n, "find-label"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut find.text)
                    .id(ui.make_persistent_id("find-text"))
                    .hint_text(tr!(i18n, "find-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!(i18n, "find-tooltip"));
        if std::mem::take(&mut find.focus) {
            edit.request_focus();
        }
        if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            let back = ui.input(|i| i.modifiers.shift);
            push(actions, TableAction::FindNext(!back));
            edit.request_focus();
        }
        if edit.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            push(actions, TableAction::CloseFind);
        }
        let column = ui.label(tr!(i18n, "find-column"));
        let all = tr!(i18n, "find-all-columns");
        let chosen = find
            .col
            .and_then(|c| cx.labels.get(c).cloned())
            .unwrap_or_else(|| all.clone());
        combo(ui, column.id, "find-column", chosen, Some(160.0), |ui| {
            ui.selectable_value(&mut find.col, None, all.as_str());
            for (c, name) in cx.labels.iter().enumerate() {
                ui.selectable_value(&mut find.col, Some(c), name.as_str());
            }
        });
        ui.checkbox(&mut find.exact, tr!(i18n, "find-exact"))
            .on_hover_text(tr!(i18n, "find-exact-tooltip"));
        let previous = with_shortcut(
            ui,
            tr!(i18n, "find-previous-tooltip"),
            &shortcuts::FIND_PREVIOUS,
        );
        if ui
            .button(tr!(i18n, "find-previous"))
            .on_hover_text(previous)
            .clicked()
        {
            push(actions, TableAction::FindNext(false));
        }
        let next = with_shortcut(ui, tr!(i18n, "find-next-tooltip"), &shortcuts::FIND_NEXT);
        if ui
            .button(tr!(i18n, "find-next"))
            .on_hover_text(next)
            .clicked()
        {
            push(actions, TableAction::FindNext(true));
        }
        status_ui(ui, i18n, find, cx);
        let close = tr!(i18n, "find-close");
        if symbol_button(ui, "×", &close, &tr!(i18n, "find-close-tooltip"), false).clicked() {
            push(actions, TableAction::CloseFind);
        }
    });
    if find.changed() {
        push(actions, TableAction::FindChanged);
    }
}

/// "3 of 12", the count's progress, or that nothing matches; and that only the rows read so
/// far were searched.
fn status_ui(ui: &mut Ui, i18n: &I18n, find: &FindState, cx: &FindContext<'_>) {
    if find.text.trim().is_empty() {
        return;
    }
    let text = match (&find.hits, find.count_progress()) {
        (_, Some(p)) => {
            ui.add(egui::ProgressBar::new(p).desired_width(80.0));
            tr!(i18n, "find-counting")
        }
        (Some(found), None) if found.total == 0 => tr!(i18n, "find-none"),
        (Some(found), None) => {
            let total = i18n.count(found.total as usize);
            match cx.here.and_then(|h| found.hits.binary_search(&h).ok()) {
                Some(i) => {
                    let n = i18n.count(i + 1);
                    tr!(i18n, "find-n-of-m", n = n, total = total)
                }
                None => tr!(i18n, "find-total", total = total, count = found.total),
            }
        }
        (None, None) if find.nothing => tr!(i18n, "find-none"),
        (None, None) => String::new(),
    };
    ui.label(RichText::new(text).strong());
    if cx.loading {
        let rows = i18n.count(find.counted_rows);
        ui.label(
            RichText::new(tr!(i18n, "find-loading", rows = rows)).color(ui.visuals().warn_fg_color),
        );
    }
}
