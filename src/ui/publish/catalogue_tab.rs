//! The Catalogue tab: what the chosen target lists, with how late the portal says each is.

use egui::{RichText, Ui};

use super::state::PublishState;
use super::{PublishIntent, target_combo};
use crate::core::workspace::Workspace;
use crate::i18n::I18n;
use crate::tr;

pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &PublishState,
    ws: &Workspace,
    intents: &mut Vec<PublishIntent>,
) {
    let cataloguing = state.jobs.cataloguing.is_running();
    ui.horizontal(|ui| {
        target_combo(
            ui,
            i18n,
            "catalogue-target",
            ws,
            &state.form.target,
            intents,
        );
        if ui
            .add_enabled(
                !cataloguing && ws.target(&state.form.target).is_some(),
                egui::Button::new(tr!(i18n, "catalogue-refresh")),
            )
            .on_hover_text(tr!(i18n, "catalogue-refresh-tooltip"))
            .clicked()
        {
            intents.push(PublishIntent::ReadCatalogue);
        }
        if cataloguing {
            ui.spinner();
        }
    });
    ui.add_space(6.0);
    let Some((_, listed)) = &state.catalogue else {
        ui.label(RichText::new(tr!(i18n, "catalogue-empty")).weak());
        return;
    };
    let datasets = match listed {
        Ok(d) => d,
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e);
            return;
        }
    };
    let lang = i18n.lang();
    egui::Grid::new("catalogue")
        .striped(true)
        .num_columns(5)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for h in [
                tr!(i18n, "catalogue-col-code"),
                tr!(i18n, "catalogue-col-title"),
                tr!(i18n, "catalogue-col-rows"),
                tr!(i18n, "catalogue-col-updated"),
                tr!(i18n, "catalogue-col-late"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for d in datasets {
                if d.url.starts_with("http") {
                    ui.hyperlink_to(&d.code, &d.url);
                } else {
                    ui.label(&d.code);
                }
                let title: String = d.title.best(lang).chars().take(80).collect();
                ui.label(title);
                ui.label(d.rows.map(|r| r.to_string()).unwrap_or_default());
                ui.label(&d.updated);
                match d.late_days {
                    Some(late) if late > 0 => {
                        ui.colored_label(ui.visuals().error_fg_color, late.to_string());
                    }
                    Some(late) => {
                        ui.label(late.to_string());
                    }
                    None => {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}
