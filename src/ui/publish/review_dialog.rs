//! The review of personal data: who reviewed it, on what ground, and which columns may be
//! published. A modal over the publishing screen, reached from the check's result; every
//! control is reachable by keyboard and named for screen readers.

use egui::{RichText, TextEdit};

use super::PublishIntent;
use super::state::ReviewDraft;
use crate::core::validate::personal::ReviewReason;
use crate::i18n::I18n;
use crate::text::history::review_reason_text;
use crate::tr;
use crate::ui::widgets::labelled_combo;

pub(super) fn ui(
    ctx: &egui::Context,
    i18n: &I18n,
    draft: &mut ReviewDraft,
    intents: &mut Vec<PublishIntent>,
) {
    let modal = egui::Modal::new(egui::Id::unique("personal-review")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(tr!(i18n, "review-title"));
        ui.label(RichText::new(tr!(i18n, "review-intro")).weak());
        ui.add_space(6.0);
        egui::Grid::new("review-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(tr!(i18n, "review-reviewer"));
                ui.add(
                    TextEdit::singleline(&mut draft.reviewer)
                        .hint_text(tr!(i18n, "review-reviewer-hint"))
                        .desired_width(300.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                let current = review_reason_text(i18n, draft.reason);
                labelled_combo(
                    ui,
                    &tr!(i18n, "review-ground"),
                    "review-ground",
                    current,
                    Some(300.0),
                    |ui| {
                        for reason in ReviewReason::ALL {
                            ui.selectable_value(
                                &mut draft.reason,
                                reason,
                                review_reason_text(i18n, reason),
                            );
                        }
                    },
                );
                ui.end_row();
                let label = ui.label(tr!(i18n, "review-note"));
                ui.add(
                    TextEdit::multiline(&mut draft.note)
                        .hint_text(tr!(i18n, "review-note-hint"))
                        .desired_rows(2)
                        .desired_width(300.0),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(i18n, "review-columns")).strong());
        for (name, kind, on) in &mut draft.columns {
            let kind = kind.map(|k| i18n.personal_kind(k.as_str()));
            let text = match kind {
                Some(kind) => format!("{name} — {kind}"),
                None => name.clone(),
            };
            ui.checkbox(on, text);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let complete = draft.complete();
            if ui
                .add_enabled(complete, egui::Button::new(tr!(i18n, "review-save")))
                .on_hover_text(tr!(i18n, "review-save-tooltip"))
                .on_disabled_hover_text(tr!(i18n, "review-save-disabled"))
                .clicked()
            {
                intents.push(PublishIntent::SaveReview);
            }
            if ui.button(tr!(i18n, "review-cancel")).clicked() {
                intents.push(PublishIntent::CloseReview);
            }
        });
    });
    if modal.should_close() {
        intents.push(PublishIntent::CloseReview);
    }
}
