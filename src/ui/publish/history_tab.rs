//! The History tab: every check and publish, filtered by dataset and by failure. The view
//! edits the filter; the history is read again by [`super::apply`] when typing pauses.

use egui::{RichText, TextEdit, Ui};

use super::PublishIntent;
use super::state::PublishState;
use crate::core::date::local_minutes;
use crate::i18n::I18n;
use crate::text::history as history_text;
use crate::text::messages::history_kind_text;
use crate::tr;

pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut PublishState,
    intents: &mut Vec<PublishIntent>,
) {
    let filter = &mut state.history.filter;
    ui.horizontal(|ui| {
        let label = ui.label(tr!(i18n, "history-filter"));
        let mut changed = ui
            .add(
                TextEdit::singleline(&mut filter.dataset)
                    .hint_text(tr!(i18n, "history-filter-hint"))
                    .desired_width(200.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!(i18n, "history-filter-tooltip"))
            .changed();
        changed |= ui
            .checkbox(&mut filter.failures_only, tr!(i18n, "history-failures"))
            .on_hover_text(tr!(i18n, "history-failures-tooltip"))
            .changed();
        if changed {
            intents.push(PublishIntent::FilterHistory);
        }
    });
    ui.add_space(6.0);
    let history = &state.history;
    if history.entries.is_empty() {
        let filtered = !history.filter.dataset.trim().is_empty() || history.filter.failures_only;
        let text = if filtered {
            tr!(i18n, "history-nothing-matches")
        } else {
            tr!(i18n, "history-empty")
        };
        ui.label(RichText::new(text).weak());
        return;
    }
    egui::Grid::new("history")
        .striped(true)
        .num_columns(6)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for h in [
                tr!(i18n, "history-col-when"),
                tr!(i18n, "history-col-what"),
                tr!(i18n, "history-col-dataset"),
                tr!(i18n, "history-col-period"),
                tr!(i18n, "history-col-target"),
                tr!(i18n, "history-col-detail"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for e in &history.entries {
                ui.label(local_minutes(e.at));
                let what = history_kind_text(i18n, e.kind);
                if e.ok {
                    ui.label(what);
                } else {
                    ui.colored_label(ui.visuals().error_fg_color, what);
                }
                ui.label(&e.dataset);
                ui.label(&e.period);
                ui.label(&e.target);
                let detail = history_text::stored_text(i18n, &e.detail);
                let short: String = detail.chars().take(90).collect();
                let r = ui.label(short);
                if !e.sha256.is_empty() {
                    r.on_hover_text(format!("SHA-256 {}", e.sha256));
                }
                ui.end_row();
            }
        });
}
