//! What is drawn over the whole app: the first-run screen, the shortcuts list, the demo
//! reset's question, and the hint while files are dragged over the window.

use super::super::actions::Action;
use super::super::{onboarding, shortcuts, theme};
use super::{Modal, OchiqApp};
use crate::tr;

impl OchiqApp {
    pub(super) fn modal_ui(&mut self, ctx: &egui::Context) {
        let i18n = &self.i18n;
        let actions = &mut self.actions;
        match &mut self.modal {
            None => {}
            Some(Modal::Welcome(welcome)) => onboarding::welcome_ui(ctx, i18n, welcome, actions),
            Some(Modal::Shortcuts) => shortcuts::shortcuts_window(ctx, i18n, actions),
            Some(Modal::ResetDemo) => {
                let modal = egui::Modal::new(egui::Id::unique("reset-demo")).show(ctx, |ui| {
                    ui.set_max_width(460.0);
                    ui.heading(tr!(i18n, "demo-reset-title"));
                    ui.label(tr!(i18n, "demo-reset-question"));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui
                            .button(tr!(i18n, "demo-reset-yes"))
                            .on_hover_text(tr!(i18n, "demo-reset-tooltip"))
                            .clicked()
                        {
                            actions.push(Action::ResetDemo { confirmed: true });
                        }
                        if ui
                            .button(tr!(i18n, "demo-reset-no"))
                            .on_hover_text(tr!(i18n, "demo-reset-no-tooltip"))
                            .clicked()
                        {
                            actions.push(Action::CloseModal);
                        }
                    });
                });
                if modal.should_close() {
                    actions.push(Action::CloseModal);
                }
            }
        }
    }

    pub(super) fn drop_overlay(&self, ctx: &egui::Context) {
        if ctx.input(|i| i.raw.hovered_files.is_empty()) {
            return;
        }
        let screen = ctx.content_rect();
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop-overlay"),
        ));
        painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
        painter.text(
            screen.center(),
            egui::Align2::CENTER_CENTER,
            tr!(self.i18n, "drop-hint"),
            egui::FontId::proportional(theme::scaled(ctx, 24.0)),
            egui::Color32::WHITE,
        );
    }
}
