//! The Publish tab: the dataset, the target and the period; the checks before publishing,
//! the publish with its progress, and the comparison with what the target has.

use egui::{RichText, TextEdit, Ui};

use super::state::{Checked, PublishState, Sent};
use super::{PublishIntent, state_color, target_combo};
use crate::core::lang::Lang;
use crate::core::workflow::publish as flow;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::text::history as history_text;
use crate::text::messages::{
    JUMPS_SHOWN, job_state_text, jumps_text, preflight_text, publish_error_text,
};
use crate::tr;
use crate::ui::widgets::labelled_combo;

pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut PublishState,
    ws: &Workspace,
    datasets: &[DatasetEntry],
    intents: &mut Vec<PublishIntent>,
) {
    if datasets.is_empty() {
        ui.label(RichText::new(tr!(i18n, "publish-no-datasets")).weak());
        return;
    }
    let form = &mut state.form;
    egui::Grid::new("publish-form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let current = datasets
                .iter()
                .find(|d| Some(&d.dir) == form.dataset.as_ref())
                .map(|d| dataset_name(d, i18n.lang()))
                .unwrap_or_else(|| tr!(i18n, "publish-choose-dataset"));
            labelled_combo(
                ui,
                &tr!(i18n, "publish-dataset"),
                "publish-dataset",
                current,
                Some(420.0),
                |ui| {
                    for entry in datasets {
                        let on = Some(&entry.dir) == form.dataset.as_ref();
                        if ui
                            .selectable_label(on, dataset_name(entry, i18n.lang()))
                            .clicked()
                        {
                            intents.push(PublishIntent::ChooseDataset(entry.dir.clone()));
                        }
                    }
                },
            )
            .on_hover_text(tr!(i18n, "publish-dataset-tooltip"));
            ui.end_row();

            target_combo(ui, i18n, "publish-target", ws, &form.target, intents);
            ui.end_row();

            let label = ui.label(tr!(i18n, "publish-period"));
            ui.add(
                TextEdit::singleline(&mut form.period)
                    .hint_text("2026-10")
                    .desired_width(120.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!(i18n, "publish-period-tooltip"));
            ui.end_row();

            let label = ui.label(tr!(i18n, "publish-jump-factor"));
            let mut factor = ws.meta.jump_factor;
            let drag = egui::DragValue::new(&mut factor)
                .range(1.5..=1000.0)
                .speed(0.5)
                .max_decimals(1);
            if ui.add(drag).labelled_by(label.id).changed() {
                intents.push(PublishIntent::SetJumpFactor(factor));
            }
            ui.end_row();
        });
    ui.add_space(8.0);
    let form = &state.form;
    let jobs = &state.jobs;
    let ready = form.dataset.is_some() && ws.target(&form.target).is_some();
    let busy = jobs.checking.is_running() || jobs.sending.is_running();
    let comparing = jobs.comparing.is_running();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                ready && !busy,
                egui::Button::new(tr!(i18n, "publish-check")),
            )
            .on_hover_text(tr!(i18n, "publish-check-tooltip"))
            .clicked()
        {
            intents.push(PublishIntent::Check);
        }
        let checked_ok = form.checked.as_ref().is_some_and(Checked::accepted);
        if ui
            .add_enabled(
                ready && !busy && checked_ok,
                egui::Button::new(RichText::new(tr!(i18n, "publish-send")).strong()),
            )
            .on_hover_text(tr!(i18n, "publish-send-tooltip"))
            .on_disabled_hover_text(tr!(i18n, "publish-send-disabled"))
            .clicked()
        {
            intents.push(PublishIntent::Publish);
        }
        if ui
            .add_enabled(
                ready && !comparing,
                egui::Button::new(tr!(i18n, "publish-compare")),
            )
            .on_hover_text(tr!(i18n, "publish-compare-tooltip"))
            .clicked()
        {
            intents.push(PublishIntent::Compare);
        }
        if comparing {
            ui.spinner();
        }
        if let Some(tracker) = jobs.sending.tracker() {
            let bar = egui::ProgressBar::new(tracker.fraction().unwrap_or(0.0))
                .show_percentage()
                .desired_width(220.0);
            ui.add(bar);
            if ui
                .button(tr!(i18n, "publish-stop"))
                .on_hover_text(tr!(i18n, "publish-stop-tooltip"))
                .clicked()
            {
                intents.push(PublishIntent::StopPublish);
            }
        } else if jobs.checking.is_running() {
            ui.spinner();
            ui.label(tr!(i18n, "publish-checking"));
        }
    });
    ui.add_space(8.0);
    if let Some(checked) = &form.checked {
        checked_ui(ui, i18n, checked, intents);
    }
    if let Some(sent) = &form.sent {
        ui.add_space(8.0);
        sent_ui(ui, i18n, sent);
    }
    if let Some(compared) = &form.compared {
        ui.add_space(8.0);
        egui::Frame::group(ui.style()).show(ui, |ui| match compared {
            Ok(text) => {
                ui.label(RichText::new(text).monospace());
            }
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
        });
    }
}

/// A dataset as the list names it: its code and its title in the interface language.
fn dataset_name(entry: &DatasetEntry, lang: Lang) -> String {
    match &entry.package {
        Ok(p) => {
            let title = p.passport.title.best(lang);
            let code = flow::dataset_label(&entry.dir, p);
            if title.is_empty() {
                code
            } else {
                format!("{code} — {title}")
            }
        }
        Err(_) => entry
            .dir
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
    }
}

fn checked_ui(ui: &mut Ui, i18n: &I18n, checked: &Checked, intents: &mut Vec<PublishIntent>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(tr!(i18n, "publish-checks-heading")).strong());
        if !checked.personal.is_empty() {
            personal_ui(ui, i18n, checked, intents);
        }
        if let Some(review) = &checked.review {
            let reason = history_text::review_reason_text(i18n, review.reason);
            let text = tr!(
                i18n,
                "publish-personal-reviewed",
                reviewer = review.reviewer.as_str(),
                columns = review.columns.join(", "),
                reason = reason
            );
            ui.label(text);
        }
        // Errors that are only the personal data listed above: not said again as errors the
        // portal would show, since they stop the publish.
        let only_personal =
            !checked.personal.is_empty() && checked.errors <= checked.personal.len() as u64;
        if checked.errors == 0 {
            ui.label(tr!(i18n, "publish-data-valid", rows = checked.rows));
        } else if only_personal {
        } else {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!(
                    i18n,
                    "publish-data-invalid",
                    rows = checked.rows,
                    errors = checked.errors
                ),
            );
        }
        match &checked.preflight {
            Ok(problems) if problems.is_empty() => {
                ui.label(tr!(i18n, "publish-preflight-ok"));
            }
            Ok(problems) => {
                for p in problems {
                    let text = preflight_text(i18n, p);
                    ui.colored_label(ui.visuals().error_fg_color, format!("• {text}"));
                }
            }
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, publish_error_text(i18n, e));
            }
        }
        match &checked.jumps {
            Some(Ok(jumps)) if jumps.count == 0 => {
                let factor = checked.factor;
                ui.label(tr!(i18n, "publish-jumps-none", factor = factor));
            }
            Some(Ok(jumps)) => {
                for line in jumps_text(i18n, jumps, JUMPS_SHOWN) {
                    ui.colored_label(ui.visuals().warn_fg_color, line);
                }
            }
            Some(Err(e)) => {
                ui.colored_label(ui.visuals().warn_fg_color, publish_error_text(i18n, e));
            }
            None => {}
        }
    });
}

/// Personal data no review covers: each column, and what can be done (a fix, or a review).
fn personal_ui(ui: &mut Ui, i18n: &I18n, checked: &Checked, intents: &mut Vec<PublishIntent>) {
    let error = ui.visuals().error_fg_color;
    ui.colored_label(
        error,
        RichText::new(tr!(i18n, "publish-personal-heading")).strong(),
    );
    for c in &checked.personal {
        ui.colored_label(error, format!("• {}", i18n.personal_column(c)));
    }
    ui.label(RichText::new(tr!(i18n, "publish-personal-how")).weak());
    if ui
        .button(tr!(i18n, "publish-personal-review"))
        .on_hover_text(tr!(i18n, "publish-personal-review-tooltip"))
        .clicked()
    {
        intents.push(PublishIntent::OpenReview);
    }
    ui.add_space(4.0);
}

fn sent_ui(ui: &mut Ui, i18n: &I18n, sent: &Sent) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        if let Some(e) = &sent.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
            return;
        }
        let Some(job) = &sent.job else {
            return;
        };
        ui.label(
            RichText::new(job_state_text(i18n, job.state))
                .strong()
                .color(state_color(ui, job.state)),
        );
        if !job.error.is_empty() {
            ui.label(history_text::stored_text(i18n, &job.error));
        }
        let confirmation = history_text::stored_text(i18n, &job.confirmation);
        if !confirmation.is_empty() {
            ui.label(&confirmation);
        }
        if let Some(r) = &job.receipt {
            if r.manual {
                ui.label(tr!(i18n, "publish-manual-upload"));
                ui.label(RichText::new(&r.resource_url).monospace());
            }
            if r.dataset_url.starts_with("http") {
                ui.hyperlink_to(tr!(i18n, "publish-open-page"), &r.dataset_url);
            } else if !r.dataset_url.is_empty() && !confirmation.contains(&r.dataset_url) {
                ui.label(RichText::new(&r.dataset_url).monospace());
            }
        }
    });
}
