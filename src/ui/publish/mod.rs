//! The publishing screen: Publish (a dataset to a target, with the checks before it, progress
//! and the result with a link), Outbox (what waits, what failed and why; retry, pause,
//! cancel, import a package from a folder), History (every check and publish, filtered),
//! Catalogue (what the target lists) and Targets (portals and folders; tokens go to the OS
//! keychain, never to a file).
//!
//! [`show`] draws and returns [`PublishIntent`]s; [`apply()`] does what they ask. Sending runs
//! on job threads with their own database connections. While the app is open, due jobs are
//! sent by themselves every minute ([`PublishState::tick`]), so a queued publish leaves as
//! soon as the network is back.

mod apply;
mod catalogue_tab;
mod history_tab;
mod outbox_tab;
mod publish_tab;
mod review_dialog;
mod state;
mod targets_tab;

use egui::Ui;

pub use apply::{JobAction, PublishContext, PublishIntent, apply};
pub use state::{
    Checked, HistoryList, OutboxList, Problem, PublishForm, PublishJobs, PublishState, PublishTab,
    ReviewDraft, Sent, TargetDraft, TargetsPane,
};

use super::widgets::{Tab, labelled_combo, tab_bar};
use crate::core::publish::outbox::JobState;
use crate::core::publish::target::{Target, TargetKind};
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::text::messages::{outbox_error_text, publish_error_text};
use crate::tr;

/// Draws the screen and returns what the user asked for.
pub fn show(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut PublishState,
    ws: &Workspace,
    datasets: &[DatasetEntry],
) -> Vec<PublishIntent> {
    let mut intents = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(tr!(i18n, "publish-title"));
        ui.separator();
        let waiting = state.waiting();
        let tabs = vec![
            Tab {
                id: PublishTab::Publish,
                label: tr!(i18n, "publish-tab-publish"),
                tip: tr!(i18n, "publish-tab-publish-tooltip"),
            },
            Tab {
                id: PublishTab::Outbox,
                label: tr!(i18n, "publish-tab-outbox", count = waiting),
                tip: tr!(i18n, "publish-tab-outbox-tooltip"),
            },
            Tab {
                id: PublishTab::History,
                label: tr!(i18n, "publish-tab-history"),
                tip: tr!(i18n, "publish-tab-history-tooltip"),
            },
            Tab {
                id: PublishTab::Catalogue,
                label: tr!(i18n, "publish-tab-catalogue"),
                tip: tr!(i18n, "publish-tab-catalogue-tooltip"),
            },
            Tab {
                id: PublishTab::Targets,
                label: tr!(i18n, "publish-tab-targets"),
                tip: tr!(i18n, "publish-tab-targets-tooltip"),
            },
        ];
        if let Some(tab) = tab_bar(ui, state.tab, tabs) {
            intents.push(PublishIntent::ShowTab(tab));
        }
    });
    ui.separator();
    if let Some(problem) = &state.error {
        let text = match problem {
            Problem::Outbox(e) => outbox_error_text(i18n, e),
            Problem::Publish(e) => publish_error_text(i18n, e),
            Problem::Text(t) => t.clone(),
        };
        ui.horizontal(|ui| {
            ui.colored_label(ui.visuals().error_fg_color, text);
            if ui
                .small_button(tr!(i18n, "notice-dismiss"))
                .on_hover_text(tr!(i18n, "calendar-dismiss-tooltip"))
                .clicked()
            {
                intents.push(PublishIntent::DismissError);
            }
        });
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let out = &mut intents;
            match state.tab {
                PublishTab::Publish => publish_tab::ui(ui, i18n, state, ws, datasets, out),
                PublishTab::Outbox => outbox_tab::ui(ui, i18n, state, out),
                PublishTab::History => history_tab::ui(ui, i18n, state, out),
                PublishTab::Catalogue => catalogue_tab::ui(ui, i18n, state, ws, out),
                PublishTab::Targets => targets_tab::ui(ui, i18n, state, ws, out),
            }
        });
    if let Some(draft) = &mut state.form.review {
        review_dialog::ui(ui.ctx(), i18n, draft, &mut intents);
    }
    intents
}

fn state_color(ui: &Ui, state: JobState) -> egui::Color32 {
    match state {
        JobState::Confirmed => egui::Color32::from_rgb(0x2e, 0x8b, 0x57),
        JobState::Failed => ui.visuals().error_fg_color,
        JobState::Sent | JobState::Sending | JobState::Queued => ui.visuals().warn_fg_color,
        JobState::Paused | JobState::Cancelled => ui.visuals().weak_text_color(),
    }
}

fn kind_text(i18n: &I18n, kind: TargetKind) -> String {
    match kind {
        TargetKind::Folder => tr!(i18n, "target-kind-folder"),
        TargetKind::Ckan => tr!(i18n, "target-kind-ckan"),
        TargetKind::Egov => tr!(i18n, "target-kind-egov"),
    }
}

fn target_label(i18n: &I18n, t: &Target) -> String {
    format!("{} — {} ({})", t.id, kind_text(i18n, t.kind), t.url)
}

/// The workspace's targets in a combo known by "Target", with `chosen` selected; a choice
/// becomes [`PublishIntent::ChooseTarget`].
fn target_combo(
    ui: &mut Ui,
    i18n: &I18n,
    salt: &str,
    ws: &Workspace,
    chosen: &str,
    intents: &mut Vec<PublishIntent>,
) {
    let current = ws
        .target(chosen)
        .map(|t| target_label(i18n, t))
        .unwrap_or_else(|| tr!(i18n, "publish-choose-target"));
    labelled_combo(
        ui,
        &tr!(i18n, "publish-target"),
        salt,
        current,
        Some(420.0),
        |ui| {
            for t in &ws.meta.targets {
                if ui
                    .selectable_label(t.id == chosen, target_label(i18n, t))
                    .clicked()
                {
                    intents.push(PublishIntent::ChooseTarget(t.id.clone()));
                }
            }
        },
    )
    .on_hover_text(tr!(i18n, "publish-target-tooltip"));
}
