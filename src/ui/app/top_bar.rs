//! The top bar (open, recent files, the screens, the View menu, the language) and the
//! status bar.

use egui::{RichText, Ui};

use super::super::actions::{Action, ZoomStep};
use super::super::shortcuts;
use super::super::theme;
use super::super::widgets::labelled_combo;
use super::{OchiqApp, ScreenKind};
use crate::core::lang::Lang;
use crate::core::workspace::prefs::{Preferences, TextSize, Theme};
use crate::i18n::I18n;
use crate::tr;

impl OchiqApp {
    pub(super) fn top_bar_ui(&mut self, ui: &mut Ui) {
        let classifiers = self.toggle(ScreenKind::Classifiers);
        let calendar = self.toggle(ScreenKind::Calendar);
        let publishing = self.toggle(ScreenKind::Publishing);
        let [classifiers_shown, calendar_shown, publishing_shown] = [
            ScreenKind::Classifiers,
            ScreenKind::Calendar,
            ScreenKind::Publishing,
        ]
        .map(|kind| self.shows(kind));
        let i18n = &self.i18n;
        // Wraps onto a second line when large text or a narrow window leaves no room.
        ui.horizontal_wrapped(|ui| {
            let size = theme::scaled(ui.ctx(), 18.0);
            ui.label(RichText::new("Ochiq").strong().size(size));
            ui.separator();
            let tip =
                shortcuts::with_shortcut(ui, tr!(i18n, "menu-open-tooltip"), &shortcuts::OPEN);
            let open = ui.button(tr!(i18n, "menu-open")).on_hover_text(tip);
            if open.clicked() {
                self.actions.push(Action::ChooseFile);
            }
            let recent = ui.menu_button(tr!(i18n, "menu-recent"), |ui| {
                if self.prefs.recent_files.is_empty() {
                    ui.label(RichText::new(tr!(i18n, "menu-recent-empty")).weak());
                }
                for path in &self.prefs.recent_files {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    if ui
                        .button(name)
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        self.actions.push(Action::OpenFile(path.clone()));
                        ui.close();
                    }
                }
                if !self.prefs.recent_files.is_empty() {
                    ui.separator();
                    if ui.button(tr!(i18n, "menu-recent-clear")).clicked() {
                        self.actions.push(Action::ClearRecent);
                        ui.close();
                    }
                }
            });
            recent
                .response
                .on_hover_text(tr!(i18n, "menu-recent-tooltip"));
            if ui
                .selectable_label(classifiers_shown, tr!(i18n, "menu-classifiers"))
                .on_hover_text(shortcuts::with_shortcut(
                    ui,
                    tr!(i18n, "menu-classifiers-tooltip"),
                    &shortcuts::CLASSIFIERS,
                ))
                .clicked()
            {
                self.actions.push(classifiers);
            }
            let (overdue, soon) = self.calendar.attention_counts();
            let attention = overdue + soon;
            let label = if attention > 0 {
                tr!(i18n, "menu-calendar-attention", count = attention)
            } else {
                tr!(i18n, "menu-calendar")
            };
            if ui
                .selectable_label(calendar_shown, label)
                .on_hover_text(shortcuts::with_shortcut(
                    ui,
                    tr!(i18n, "menu-calendar-tooltip"),
                    &shortcuts::CALENDAR,
                ))
                .clicked()
            {
                self.actions.push(calendar);
            }
            let waiting = self.publish.waiting();
            let label = if waiting > 0 {
                tr!(i18n, "menu-publishing-waiting", count = waiting)
            } else {
                tr!(i18n, "menu-publishing")
            };
            if ui
                .selectable_label(publishing_shown, label)
                .on_hover_text(shortcuts::with_shortcut(
                    ui,
                    tr!(i18n, "menu-publishing-tooltip"),
                    &shortcuts::PUBLISHING,
                ))
                .clicked()
            {
                self.actions.push(publishing);
            }
            ui.separator();
            let view = ui.menu_button(tr!(i18n, "menu-view"), |ui| {
                view_menu_ui(ui, i18n, &self.prefs, &mut self.actions);
            });
            view.response.on_hover_text(tr!(i18n, "menu-view-tooltip"));
            let current = i18n.lang();
            let label = tr!(i18n, "menu-language");
            labelled_combo(ui, &label, "language", current.native_name(), None, |ui| {
                for lang in Lang::ALL {
                    let chosen = lang == current;
                    if ui.selectable_label(chosen, lang.native_name()).clicked() && !chosen {
                        self.actions.push(Action::SetLanguage(lang));
                    }
                }
            })
            .on_hover_text(tr!(i18n, "menu-language-tooltip"));
        });
    }

    pub(super) fn status_bar_ui(&mut self, ui: &mut Ui) {
        let i18n = &self.i18n;
        ui.horizontal(|ui| {
            let Some(doc) = &self.doc else {
                ui.label(RichText::new(tr!(i18n, "status-ready")).weak());
                return;
            };
            if let (Some(r), Some(c)) = (doc.view.selected_row, doc.view.selected_col) {
                let column = doc
                    .table
                    .header()
                    .get(c)
                    .cloned()
                    .unwrap_or_else(|| (c + 1).to_string());
                let value = doc.table.cell(r, c).unwrap_or_default();
                let row = doc.first_row_number() + r as u64;
                ui.label(tr!(i18n, "status-cell", row = row, column = column));
                ui.add(egui::Label::new(RichText::new(value).monospace()).truncate());
            } else {
                ui.label(RichText::new(doc.path.display().to_string()).weak());
            }
        });
    }
}

/// The View menu: zoom, theme, text size, presentation mode and the shortcuts list.
fn view_menu_ui(ui: &mut Ui, i18n: &I18n, prefs: &Preferences, actions: &mut Vec<Action>) {
    let percent = (prefs.zoom * 100.0).round() as u32;
    ui.label(RichText::new(tr!(i18n, "view-zoom", percent = percent)).strong());
    ui.horizontal(|ui| {
        for (step, text, key) in [
            (ZoomStep::Out, "−", shortcuts::ZOOM_OUT),
            (ZoomStep::Reset, "100 %", shortcuts::ZOOM_RESET),
            (ZoomStep::In, "+", shortcuts::ZOOM_IN),
        ] {
            let tip = match step {
                ZoomStep::Out => tr!(i18n, "shortcut-zoom-out"),
                ZoomStep::Reset => tr!(i18n, "shortcut-zoom-reset"),
                ZoomStep::In => tr!(i18n, "shortcut-zoom-in"),
            };
            let tip = shortcuts::with_shortcut(ui, tip.clone(), &key);
            let button = ui.button(text);
            // The symbol buttons are known to screen readers by what they do.
            let label = tip.clone();
            button
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            if button.on_hover_text(tip).clicked() {
                actions.push(Action::Zoom(step));
            }
        }
    });
    ui.separator();
    ui.label(RichText::new(tr!(i18n, "view-theme")).strong());
    let presenting = prefs.presentation;
    for theme in Theme::ALL {
        let text = match theme {
            Theme::System => tr!(i18n, "theme-system"),
            Theme::Light => tr!(i18n, "theme-light"),
            Theme::Dark => tr!(i18n, "theme-dark"),
            Theme::HighContrast => tr!(i18n, "theme-high-contrast"),
        };
        if ui
            .radio(prefs.theme == theme && !presenting, text)
            .on_hover_text(tr!(i18n, "view-theme-tooltip"))
            .clicked()
        {
            actions.push(Action::SetTheme(theme));
        }
    }
    ui.separator();
    ui.label(RichText::new(tr!(i18n, "view-text-size")).strong());
    for size in TextSize::ALL {
        let text = match size {
            TextSize::Normal => tr!(i18n, "text-size-normal"),
            TextSize::Large => tr!(i18n, "text-size-large"),
            TextSize::Projector => tr!(i18n, "text-size-projector"),
        };
        if ui
            .radio(prefs.text_size == size && !presenting, text)
            .on_hover_text(tr!(i18n, "view-text-size-tooltip"))
            .clicked()
        {
            actions.push(Action::SetTextSize(size));
        }
    }
    ui.separator();
    let mut on = presenting;
    let tip = shortcuts::with_shortcut(
        ui,
        tr!(i18n, "view-presentation-tooltip"),
        &shortcuts::PRESENTATION,
    );
    if ui
        .checkbox(&mut on, tr!(i18n, "view-presentation"))
        .on_hover_text(tip)
        .changed()
    {
        actions.push(Action::TogglePresentation);
    }
    ui.separator();
    let tip = shortcuts::with_shortcut(ui, tr!(i18n, "view-shortcuts-tooltip"), &shortcuts::HELP);
    if ui
        .button(tr!(i18n, "view-shortcuts"))
        .on_hover_text(tip)
        .clicked()
    {
        actions.push(Action::ShowShortcuts);
        ui.close();
    }
}
