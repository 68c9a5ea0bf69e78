//! The first-run screen: the interface language, then either a look around the demo or the
//! user's own workspace (the organisation's name and a folder). Shown once, over the demo
//! workspace, which is already open behind it.

use std::path::PathBuf;

use egui::RichText;

use super::actions::Action;
use crate::core::lang::Lang;
use crate::i18n::I18n;
use crate::tr;

/// What the first-run screen holds while it is shown.
#[derive(Debug, Clone, Default)]
pub struct Welcome {
    pub organisation: String,
    /// The folder for the user's workspace (a suggestion until they choose one).
    pub folder: Option<PathBuf>,
    /// Why the workspace could not be made, in the interface language.
    pub error: Option<String>,
}

/// Draws the first-run screen as a modal window over the app; what the user chose goes
/// to `actions`.
pub fn welcome_ui(
    ctx: &egui::Context,
    i18n: &I18n,
    welcome: &mut Welcome,
    actions: &mut Vec<Action>,
) {
    egui::Modal::new(egui::Id::unique("welcome")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(tr!(i18n, "welcome-title"));
        ui.label(tr!(i18n, "welcome-intro"));
        ui.add_space(10.0);
        ui.label(RichText::new(tr!(i18n, "welcome-language")).strong());
        ui.horizontal_wrapped(|ui| {
            for lang in Lang::ALL {
                let chosen = lang == i18n.lang();
                let button = egui::Button::selectable(chosen, RichText::new(lang.native_name()));
                let tip = tr!(i18n, "welcome-language-tooltip");
                if ui.add(button).on_hover_text(tip).clicked() && !chosen {
                    actions.push(Action::SetLanguage(lang));
                }
            }
        });
        ui.add_space(12.0);
        ui.separator();
        ui.label(RichText::new(tr!(i18n, "welcome-demo-title")).strong());
        ui.label(tr!(i18n, "welcome-demo-text"));
        if ui
            .button(tr!(i18n, "welcome-demo-button"))
            .on_hover_text(tr!(i18n, "welcome-demo-tooltip"))
            .clicked()
        {
            actions.push(Action::ExploreDemo);
        }
        ui.add_space(12.0);
        ui.separator();
        ui.label(RichText::new(tr!(i18n, "welcome-own-title")).strong());
        ui.label(tr!(i18n, "welcome-own-text"));
        egui::Grid::new("welcome-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(tr!(i18n, "welcome-organisation"));
                ui.add(
                    egui::TextEdit::singleline(&mut welcome.organisation)
                        .hint_text(tr!(i18n, "welcome-organisation-hint"))
                        .desired_width(360.0),
                )
                .labelled_by(label.id)
                .on_hover_text(tr!(i18n, "welcome-organisation-tooltip"));
                ui.end_row();
                let label = ui.label(tr!(i18n, "welcome-folder"));
                ui.horizontal(|ui| {
                    let shown = welcome
                        .folder
                        .as_ref()
                        .map(|f| f.display().to_string())
                        .unwrap_or_default();
                    ui.add(egui::Label::new(RichText::new(shown).monospace()).truncate())
                        .labelled_by(label.id);
                    if ui
                        .button(tr!(i18n, "welcome-folder-choose"))
                        .on_hover_text(tr!(i18n, "welcome-folder-tooltip"))
                        .clicked()
                    {
                        actions.push(Action::ChooseWelcomeFolder);
                    }
                });
                ui.end_row();
            });
        let ready = !welcome.organisation.trim().is_empty() && welcome.folder.is_some();
        let create = ui
            .add_enabled(ready, egui::Button::new(tr!(i18n, "welcome-create")))
            .on_hover_text(tr!(i18n, "welcome-create-tooltip"))
            .on_disabled_hover_text(tr!(i18n, "welcome-create-disabled"));
        if create.clicked() {
            actions.push(Action::CreateWorkspace);
        }
        if let Some(error) = &welcome.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.add_space(10.0);
        let help = ui.ctx().format_shortcut(&super::shortcuts::HELP);
        ui.label(RichText::new(tr!(i18n, "welcome-later", help = help)).weak());
    });
}
