//! The Targets tab: whether the OS keychain works here, the workspace's portals and folders
//! (each with a connection test and a remove button named with the target), and the form
//! that adds one. Tokens go to the keychain through [`super::apply`], never to a file.

use egui::{RichText, TextEdit, Ui};

use super::state::PublishState;
use super::{PublishIntent, kind_text};
use crate::core::publish::AddressProblem;
use crate::core::publish::portal_file::FileFormat;
use crate::core::publish::target::{EGOV_URL, TargetKind};
use crate::core::publish::transport;
use crate::core::workspace::Workspace;
use crate::i18n::I18n;
use crate::text::messages::{account_text, address_problem_text};
use crate::tr;
use crate::ui::widgets::labelled_combo;

pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut PublishState,
    ws: &Workspace,
    intents: &mut Vec<PublishIntent>,
) {
    let pane = &state.targets;
    if pane.keychain.is_none() && !pane.session_only && !state.jobs.probing.is_running() {
        intents.push(PublishIntent::ProbeKeychain);
    }
    match (&pane.keychain, pane.session_only) {
        (_, true) => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!(i18n, "keychain-session-only"),
            );
        }
        (Some(Ok(())), _) => {
            ui.label(tr!(i18n, "keychain-ok"));
        }
        (Some(Err(e)), _) => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr!(i18n, "keychain-unavailable"),
            )
            .on_hover_text(e.as_str());
            ui.label(RichText::new(e.as_str()).small().weak());
            if ui
                .button(tr!(i18n, "keychain-use-session"))
                .on_hover_text(tr!(i18n, "keychain-use-session-tooltip"))
                .clicked()
            {
                intents.push(PublishIntent::UseSessionStore);
            }
        }
        (None, _) => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!(i18n, "keychain-checking"));
            });
        }
    }
    ui.add_space(6.0);
    egui::Grid::new("targets")
        .striped(true)
        .num_columns(6)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for t in &ws.meta.targets {
                ui.label(RichText::new(&t.id).strong());
                ui.label(kind_text(i18n, t.kind));
                ui.label(t.format.extension().to_uppercase())
                    .on_hover_text(tr!(i18n, "target-format"));
                ui.label(&t.url);
                ui.label(&t.organisation);
                ui.horizontal(|ui| {
                    // Each button is named with its target for screen readers.
                    if pane.testing.as_deref() == Some(t.id.as_str()) {
                        ui.spinner();
                    } else if ui
                        .small_button(tr!(i18n, "target-test"))
                        .accessible_name(tr!(i18n, "target-test-named", target = t.id.as_str()))
                        .on_hover_text(tr!(i18n, "target-test-tooltip"))
                        .clicked()
                    {
                        intents.push(PublishIntent::TestTarget(t.id.clone()));
                    }
                    let name = tr!(i18n, "target-remove-named", target = t.id.as_str());
                    if ui
                        .small_button(tr!(i18n, "target-remove"))
                        .accessible_name(name)
                        .on_hover_text(tr!(i18n, "target-remove-tooltip"))
                        .clicked()
                    {
                        intents.push(PublishIntent::RemoveTarget(t.id.clone()));
                    }
                });
                ui.end_row();
                if let Some((id, answer)) = &pane.tested
                    && *id == t.id
                {
                    ui.label("");
                    match answer {
                        Ok(a) => {
                            ui.label(account_text(i18n, a));
                        }
                        Err(e) => {
                            ui.colored_label(ui.visuals().error_fg_color, e);
                        }
                    }
                    ui.end_row();
                }
            }
        });
    ui.add_space(10.0);
    ui.label(RichText::new(tr!(i18n, "target-add-heading")).strong());
    add_target_ui(ui, i18n, state, intents);
}

fn add_target_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut PublishState,
    intents: &mut Vec<PublishIntent>,
) {
    let draft = &mut state.targets.draft;
    egui::Grid::new("target-add")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            labelled_combo(
                ui,
                &tr!(i18n, "target-kind"),
                "target-kind",
                kind_text(i18n, draft.kind),
                Some(260.0),
                |ui| {
                    for kind in TargetKind::ALL {
                        if ui
                            .selectable_label(draft.kind == kind, kind_text(i18n, kind))
                            .clicked()
                        {
                            draft.kind = kind;
                            if kind == TargetKind::Egov && draft.url.is_empty() {
                                draft.url = EGOV_URL.into();
                            }
                        }
                    }
                },
            );
            ui.end_row();
            let folder = draft.kind == TargetKind::Folder;
            let mut fields: Vec<(String, &mut String, &str)> = vec![
                (tr!(i18n, "target-id"), &mut draft.id, "portal"),
                if folder {
                    (
                        tr!(i18n, "target-folder"),
                        &mut draft.url,
                        "/media/usb/ochiq",
                    )
                } else {
                    (
                        tr!(i18n, "target-url"),
                        &mut draft.url,
                        "https://data.example.uz",
                    )
                },
            ];
            if !folder {
                fields.push((
                    tr!(i18n, "target-organisation"),
                    &mut draft.organisation,
                    "stat-uz",
                ));
            }
            for (label, value, hint) in fields {
                let l = ui.label(label);
                ui.add(
                    TextEdit::singleline(value)
                        .hint_text(hint)
                        .desired_width(320.0),
                )
                .labelled_by(l.id);
                ui.end_row();
            }
            labelled_combo(
                ui,
                &tr!(i18n, "target-format"),
                "target-format",
                draft.format.extension().to_uppercase(),
                None,
                |ui| {
                    for format in FileFormat::ALL {
                        let name = format.extension().to_uppercase();
                        ui.selectable_value(&mut draft.format, format, name);
                    }
                },
            )
            .on_hover_text(tr!(i18n, "target-format-tooltip"));
            ui.end_row();
            if draft.kind.needs_secret() {
                let l = ui.label(tr!(i18n, "target-token"));
                ui.add(
                    TextEdit::singleline(&mut draft.token)
                        .password(true)
                        .desired_width(320.0),
                )
                .labelled_by(l.id)
                .on_hover_text(tr!(i18n, "target-token-tooltip"));
                ui.end_row();
                let l = ui.label(tr!(i18n, "target-max-upload"));
                ui.add(
                    TextEdit::singleline(&mut draft.max_upload_mb)
                        .hint_text("10")
                        .desired_width(80.0),
                )
                .labelled_by(l.id);
                ui.end_row();
            }
        });
    // A token travels only over https: say so while the address is typed, not after.
    let unsafe_address = match transport::token_address(&draft.url) {
        Err(problem @ (AddressProblem::PlainHttp { .. } | AddressProblem::Credentials))
            if draft.kind.needs_secret() =>
        {
            ui.colored_label(
                ui.visuals().error_fg_color,
                address_problem_text(i18n, &problem),
            );
            true
        }
        _ => false,
    };
    let complete = !draft.url.trim().is_empty()
        && !unsafe_address
        && (!draft.kind.needs_secret() || !draft.token.trim().is_empty());
    if ui
        .add_enabled(complete, egui::Button::new(tr!(i18n, "target-add")))
        .clicked()
    {
        intents.push(PublishIntent::AddTarget);
    }
}
