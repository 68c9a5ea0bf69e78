//! The Outbox tab: what waits, what failed and why; send what is due, import a package from
//! a folder, and retry, pause or cancel a job (each button named with its job).

use egui::{RichText, Ui};

use super::state::PublishState;
use super::{JobAction, PublishIntent, PublishTab, state_color};
use crate::core::date::local_minutes;
use crate::core::publish::outbox::JobState;
use crate::i18n::I18n;
use crate::text::history as history_text;
use crate::text::messages::job_state_text;
use crate::tr;

pub(super) fn ui(ui: &mut Ui, i18n: &I18n, state: &PublishState, intents: &mut Vec<PublishIntent>) {
    ui.horizontal(|ui| {
        let busy = state.jobs.background.is_running();
        if ui
            .add_enabled(!busy, egui::Button::new(tr!(i18n, "outbox-send-due")))
            .on_hover_text(tr!(i18n, "outbox-send-due-tooltip"))
            .clicked()
        {
            intents.push(PublishIntent::SendDue);
        }
        if busy {
            ui.spinner();
        }
        if ui
            .button(tr!(i18n, "outbox-import"))
            .on_hover_text(tr!(i18n, "outbox-import-tooltip"))
            .clicked()
        {
            intents.push(PublishIntent::ImportPackage);
        }
        if ui
            .button(tr!(i18n, "outbox-refresh"))
            .on_hover_text(tr!(i18n, "outbox-refresh-tooltip"))
            .clicked()
        {
            intents.push(PublishIntent::RefreshOutbox);
        }
    });
    ui.add_space(6.0);
    if state.outbox.jobs.is_empty() {
        ui.label(RichText::new(tr!(i18n, "outbox-empty")).weak());
        if ui
            .button(tr!(i18n, "outbox-go-publish"))
            .on_hover_text(tr!(i18n, "publish-tab-publish-tooltip"))
            .clicked()
        {
            intents.push(PublishIntent::ShowTab(PublishTab::Publish));
        }
        return;
    }
    egui::Grid::new("outbox-jobs")
        .striped(true)
        .num_columns(7)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for h in [
                tr!(i18n, "outbox-col-job"),
                tr!(i18n, "outbox-col-dataset"),
                tr!(i18n, "outbox-col-period"),
                tr!(i18n, "outbox-col-target"),
                tr!(i18n, "outbox-col-state"),
                tr!(i18n, "outbox-col-updated"),
                tr!(i18n, "outbox-col-actions"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for job in &state.outbox.jobs {
                ui.label(format!("#{}", job.id));
                ui.label(&job.dataset).on_hover_text(&job.title);
                ui.label(&job.period);
                ui.label(&job.target);
                let mut status =
                    ui.colored_label(state_color(ui, job.state), job_state_text(i18n, job.state));
                if !job.error.is_empty() {
                    status = status.on_hover_text(history_text::stored_text(i18n, &job.error));
                }
                let _ = status;
                ui.label(local_minutes(job.updated));
                ui.horizontal(|ui| {
                    let can_retry = matches!(
                        job.state,
                        JobState::Failed | JobState::Paused | JobState::Queued | JobState::Sent
                    );
                    let can_cancel = !job.state.is_final() && job.state != JobState::Sending;
                    let buttons = [
                        (
                            can_retry,
                            JobAction::Retry,
                            tr!(i18n, "outbox-retry"),
                            tr!(i18n, "outbox-retry-tooltip"),
                        ),
                        (
                            job.state == JobState::Queued,
                            JobAction::Pause,
                            tr!(i18n, "outbox-pause"),
                            tr!(i18n, "outbox-pause-tooltip"),
                        ),
                        (
                            can_cancel,
                            JobAction::Cancel,
                            tr!(i18n, "outbox-cancel"),
                            tr!(i18n, "outbox-cancel-tooltip"),
                        ),
                    ];
                    for (shown, action, text, tip) in buttons {
                        if !shown {
                            continue;
                        }
                        // Each button is named with its job for screen readers.
                        let name = tr!(
                            i18n,
                            "outbox-job-action",
                            action = text.as_str(),
                            job = job.id
                        );
                        if ui
                            .small_button(text)
                            .accessible_name(name)
                            .on_hover_text(tip)
                            .clicked()
                        {
                            intents.push(PublishIntent::Job(job.id, action));
                        }
                    }
                });
                ui.end_row();
                if !job.error.is_empty() && !job.state.is_final() {
                    ui.label("");
                    let error = history_text::stored_text(i18n, &job.error);
                    ui.colored_label(ui.visuals().error_fg_color, error);
                    ui.end_row();
                }
            }
        });
}
