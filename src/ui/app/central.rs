//! The central panel: the notice, reminder and unsaved-edits banners, then the screen that
//! covers the document, or the document's tabs, or what to do first.

use egui::{RichText, Ui};

use super::super::actions::{Action, SwitchChoice};
use super::super::calendar::{self, CalendarContext, CalendarRequest};
use super::super::classifiers_view;
use super::super::dataset::DocTab;
use super::super::document::{Document, LoadState};
use super::super::publish::{self, PublishContext};
use super::super::schema_view::ClassifierChoice;
use super::super::table::{edit, filters, find};
use super::super::widgets::{Tab, tab_bar};
use super::super::{
    chart_view, checks_view, passport_view, schema_view, shortcuts, source_bar, table_view,
};
use super::apply::refresh_cell_errors;
use super::{OchiqApp, Screen};
use crate::core::classifier;
use crate::core::date::Date;
use crate::core::lang::LangText;
use crate::i18n::I18n;
use crate::text::messages::notice_text;
use crate::tr;

impl OchiqApp {
    pub(super) fn central_ui(&mut self, ui: &mut Ui) {
        if let Some(notice) = &self.notice {
            let (headline, detail) = notice_text(&self.i18n, notice);
            egui::Frame::new()
                .fill(ui.visuals().error_fg_color.gamma_multiply(0.15))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(headline).strong());
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui
                                .button(tr!(self.i18n, "notice-dismiss"))
                                .on_hover_text(tr!(self.i18n, "notice-dismiss-tooltip"))
                                .clicked()
                            {
                                self.actions.push(Action::DismissNotice);
                            }
                        });
                    });
                    if let Some(detail) = detail {
                        ui.label(RichText::new(detail).small().weak());
                    }
                });
            ui.add_space(6.0);
        }
        if let Some((overdue, soon)) = self.reminder_counts() {
            egui::Frame::new()
                .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let days = self.prefs.remind_days;
                        ui.label(
                            RichText::new(tr!(
                                self.i18n,
                                "reminder-text",
                                overdue = overdue,
                                soon = soon,
                                days = days
                            ))
                            .strong(),
                        );
                        if ui
                            .button(tr!(self.i18n, "reminder-open"))
                            .on_hover_text(shortcuts::with_shortcut(
                                ui,
                                tr!(self.i18n, "menu-calendar-tooltip"),
                                &shortcuts::CALENDAR,
                            ))
                            .clicked()
                        {
                            self.actions.push(Action::OpenCalendar);
                        }
                        if ui
                            .button(tr!(self.i18n, "notice-dismiss"))
                            .on_hover_text(tr!(self.i18n, "reminder-dismiss-tooltip"))
                            .clicked()
                        {
                            self.actions.push(Action::DismissReminder);
                        }
                    });
                });
            ui.add_space(6.0);
        }
        if let Some((path, _)) = &self.pending.switch {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            egui::Frame::new()
                .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr!(self.i18n, "switch-unsaved", name = name)).strong());
                    ui.horizontal(|ui| {
                        for (choice, label, tip) in [
                            (
                                SwitchChoice::SaveThenOpen,
                                tr!(self.i18n, "switch-save"),
                                tr!(self.i18n, "switch-save-tooltip"),
                            ),
                            (
                                SwitchChoice::Discard,
                                tr!(self.i18n, "switch-discard"),
                                tr!(self.i18n, "switch-discard-tooltip"),
                            ),
                            (
                                SwitchChoice::Stay,
                                tr!(self.i18n, "switch-stay"),
                                tr!(self.i18n, "switch-stay-tooltip"),
                            ),
                        ] {
                            if ui.button(label).on_hover_text(tip).clicked() {
                                self.actions.push(Action::ResolveSwitch(choice));
                            }
                        }
                    });
                });
            ui.add_space(6.0);
        }
        if self.screen_ui(ui) {
            return;
        }
        let Some(doc) = &mut self.doc else {
            self.empty_state_ui(ui);
            return;
        };
        source_bar::source_bar_ui(ui, &self.i18n, doc, &mut self.actions);
        tabs_ui(ui, &self.i18n, doc, &mut self.actions);
        ui.separator();
        // Lists for the editors, built only on the frames that show them (after the tabs,
        // so a tab clicked this frame gets its lists at once).
        let tab = doc.tab;
        let choices = match tab {
            DocTab::Schema => self.classifier_choices(),
            _ => Vec::new(),
        };
        let spheres = match tab {
            DocTab::Passport => self.spheres(),
            _ => Vec::new(),
        };
        let Some(doc) = &mut self.doc else { return };
        match (doc.tab, &mut doc.dataset) {
            (DocTab::Table, _) => {
                let id = egui::Id::unique(("table", &doc.path, format!("{:?}", doc.options)));
                refresh_cell_errors(&self.i18n, doc);
                if doc.checks.report.is_some() {
                    ui.horizontal(|ui| {
                        let tip = tr!(self.i18n, "table-previous-error-tooltip");
                        let tip = shortcuts::with_shortcut(ui, tip, &shortcuts::PREVIOUS_ERROR);
                        if ui
                            .button(tr!(self.i18n, "table-previous-error"))
                            .on_hover_text(tip)
                            .clicked()
                        {
                            self.actions.push(Action::NextError(false));
                        }
                        let tip = tr!(self.i18n, "table-next-error-tooltip");
                        let tip = shortcuts::with_shortcut(ui, tip, &shortcuts::NEXT_ERROR);
                        if ui
                            .button(tr!(self.i18n, "table-next-error"))
                            .on_hover_text(tip)
                            .clicked()
                        {
                            self.actions.push(Action::NextError(true));
                        }
                    });
                }
                table_tools_ui(ui, &self.i18n, doc, &mut self.actions);
                let overlay = table_view::Overlay {
                    errors: doc
                        .checks
                        .report
                        .is_some()
                        .then_some(&doc.checks.cell_errors),
                    shown: doc.tools.shown.as_deref(),
                    first_row_number: doc.first_row_number(),
                    sort: doc.tools.sort,
                };
                let input = table_view::GridInput {
                    edit: &mut doc.tools.edit,
                    actions: &mut self.actions,
                    checked: doc.checks.report.is_some(),
                };
                table_view::table_ui(
                    ui,
                    &self.i18n,
                    &doc.table,
                    &mut doc.view,
                    id,
                    &overlay,
                    input,
                );
            }
            (DocTab::Checks, _) => checks_view::checks_ui(ui, &self.i18n, doc, &mut self.actions),
            (DocTab::Chart, _) => chart_view::chart_ui(ui, &self.i18n, doc),
            (DocTab::Passport, Some(ds)) => {
                egui::ScrollArea::vertical()
                    .id_salt("passport-scroll")
                    .show(ui, |ui| {
                        passport_view::passport_ui(ui, &self.i18n, ds, &spheres)
                    });
            }
            (DocTab::Schema, Some(ds)) => {
                schema_view::schema_ui(ui, &self.i18n, ds, &choices, &mut self.actions);
            }
            (_, None) => describe_prompt_ui(ui, &self.i18n, &mut self.actions),
        }
    }

    fn empty_state_ui(&mut self, ui: &mut Ui) {
        let new_workspace = self
            .workspace
            .as_ref()
            .is_some_and(|ws| !ws.meta.demo && self.contents.datasets.is_empty())
            && !self.calendar.has_inventory();
        if new_workspace {
            self.getting_started_ui(ui);
            return;
        }
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.3);
            ui.heading(tr!(self.i18n, "empty-title"));
            ui.label(tr!(self.i18n, "empty-hint"));
            ui.add_space(8.0);
            let tip = tr!(self.i18n, "menu-open-tooltip");
            let tip = shortcuts::with_shortcut(ui, tip, &shortcuts::OPEN);
            if ui
                .button(tr!(self.i18n, "menu-open"))
                .on_hover_text(tip)
                .clicked()
            {
                self.actions.push(Action::ChooseFile);
            }
        });
    }

    /// A new workspace's first steps, each with the button that takes it.
    fn getting_started_ui(&mut self, ui: &mut Ui) {
        let i18n = &self.i18n;
        let open_key = ui.ctx().format_shortcut(&shortcuts::OPEN);
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.12);
            ui.heading(tr!(i18n, "start-title"));
            ui.label(tr!(i18n, "start-intro"));
        });
        ui.add_space(12.0);
        let steps = [
            (
                tr!(i18n, "start-list"),
                tr!(i18n, "start-list-text"),
                Action::OpenInventory,
            ),
            (
                tr!(i18n, "start-open"),
                tr!(i18n, "start-open-text", shortcut = open_key),
                Action::ChooseFile,
            ),
            (
                tr!(i18n, "start-target"),
                tr!(i18n, "start-target-text"),
                Action::OpenTargets,
            ),
            (
                tr!(i18n, "start-demo"),
                tr!(i18n, "start-demo-text"),
                Action::OpenDemoWorkspace,
            ),
        ];
        let width = ui.available_width().min(640.0);
        let margin = ((ui.available_width() - width) / 2.0).max(0.0);
        for (number, (button, text, action)) in steps.into_iter().enumerate() {
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_max_width(width);
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(format!("{}.", number + 1)).strong());
                        if ui.button(button).on_hover_text(text.clone()).clicked() {
                            self.actions.push(action);
                        }
                    });
                    ui.label(RichText::new(text).weak());
                });
            });
            ui.add_space(10.0);
        }
    }

    /// Draws the screen that covers the document, if one does and can be drawn.
    fn screen_ui(&mut self, ui: &mut Ui) -> bool {
        let i18n = &self.i18n;
        let datasets = &self.contents.datasets;
        match (&mut self.screen, &mut self.workspace) {
            (Some(Screen::Calendar), Some(ws)) => {
                let today = self.reminder.today.unwrap_or_else(Date::today);
                let mut cx = CalendarContext {
                    ws,
                    datasets,
                    secrets: &self.publish.secrets,
                    soon_days: self.prefs.remind_days,
                    today,
                };
                let ctx = ui.ctx().clone();
                calendar::tick(&mut self.calendar, i18n, &ctx, &mut cx);
                let intents = calendar::show(ui, i18n, &mut self.calendar, &cx);
                for intent in intents {
                    let request = calendar::apply(&mut self.calendar, intent, i18n, &ctx, &mut cx);
                    self.actions.extend(request.map(|request| match request {
                        CalendarRequest::OpenDataset(path) => Action::OpenFile(path),
                        CalendarRequest::SetRemindDays(days) => Action::SetRemindDays(days),
                    }));
                }
                true
            }
            (Some(Screen::Publishing), Some(ws)) => {
                let intents = publish::show(ui, i18n, &mut self.publish, ws, datasets);
                let ctx = ui.ctx().clone();
                let mut cx = PublishContext {
                    ws,
                    datasets,
                    i18n,
                    ctx: &ctx,
                };
                for intent in intents {
                    publish::apply(&mut self.publish, intent, &mut cx);
                }
                true
            }
            (Some(Screen::Classifiers(state)), _) => {
                let registry = &self.contents.registry;
                classifiers_view::classifiers_ui(ui, i18n, registry, state, &mut self.actions);
                true
            }
            _ => false,
        }
    }

    /// The classifiers a field can be bound to, named in the interface language.
    fn classifier_choices(&self) -> Vec<ClassifierChoice> {
        let lang = self.i18n.lang();
        self.contents
            .registry
            .latest_all()
            .map(|c| ClassifierChoice {
                id: c.id().to_owned(),
                name: c.name().best(lang).to_owned(),
                version: c.version().to_owned(),
                levels: c
                    .levels()
                    .iter()
                    .map(|l| (l.id.clone(), l.name.best(lang).to_owned()))
                    .collect(),
            })
            .collect()
    }

    /// The portal's topic spheres, for the passport editor.
    fn spheres(&self) -> Vec<(String, LangText)> {
        classifier::spheres()
            .map(|c| {
                c.entries()
                    .iter()
                    .map(|e| (e.code.clone(), e.name.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The Table / Passport / Schema switch, with the dataset's save state and Save button.
fn tabs_ui(ui: &mut Ui, i18n: &I18n, doc: &Document, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let tabs = [
            (
                DocTab::Table,
                tr!(i18n, "tab-table"),
                tr!(i18n, "tab-table-tooltip"),
            ),
            (
                DocTab::Passport,
                tr!(i18n, "tab-passport"),
                tr!(i18n, "tab-passport-tooltip"),
            ),
            (
                DocTab::Schema,
                tr!(i18n, "tab-schema"),
                tr!(i18n, "tab-schema-tooltip"),
            ),
            (
                DocTab::Checks,
                tr!(i18n, "tab-checks"),
                tr!(i18n, "tab-checks-tooltip"),
            ),
            (
                DocTab::Chart,
                tr!(i18n, "tab-chart"),
                tr!(i18n, "tab-chart-tooltip"),
            ),
        ];
        let tabs = tabs
            .into_iter()
            .zip(shortcuts::TABS)
            .map(|((id, label, tip), key)| Tab {
                id,
                label,
                tip: shortcuts::with_shortcut(ui, tip, &key),
            })
            .collect();
        // A click asks for the tab as its shortcut does, so both close the covering screens.
        if let Some(tab) = tab_bar(ui, doc.tab, tabs) {
            actions.push(Action::ShowTab(tab));
        }
        let Some(ds) = &doc.dataset else { return };
        ui.separator();
        let state = if doc.is_saving() {
            tr!(i18n, "dataset-saving")
        } else if ds.dir.is_none() {
            tr!(i18n, "dataset-new")
        } else if ds.dirty {
            tr!(i18n, "dataset-unsaved")
        } else {
            tr!(i18n, "dataset-saved")
        };
        ui.label(RichText::new(state).weak());
        let save = ui.add_enabled(
            (ds.dirty || ds.dir.is_none()) && !doc.is_saving(),
            egui::Button::new(tr!(i18n, "dataset-save")),
        );
        let tip = shortcuts::with_shortcut(ui, tr!(i18n, "dataset-save-tooltip"), &shortcuts::SAVE);
        if save.on_hover_text(tip).clicked() {
            actions.push(Action::SaveDataset);
        }
    });
}

/// Over the table: the find bar, the sort and filter bar, and the question before a row is
/// deleted.
fn table_tools_ui(ui: &mut Ui, i18n: &I18n, doc: &mut Document, actions: &mut Vec<Action>) {
    let labels: Vec<String> = (0..doc.table.width())
        .map(|c| table_view::column_label(i18n, &doc.table, c))
        .collect();
    let cx = find::FindContext {
        labels: &labels,
        loading: doc.state == LoadState::Loading,
        here: doc.find_here(),
    };
    find::find_bar_ui(ui, i18n, &mut doc.tools.find, &cx, actions);
    let selected = match (doc.view.selected_row, doc.view.selected_col) {
        (Some(r), Some(c)) => Some((c, doc.table.cell(r, c).unwrap_or_default().to_owned())),
        _ => None,
    };
    let shown = doc
        .tools
        .shown
        .as_ref()
        .map_or(doc.table.rows(), |o| o.len());
    let cx = filters::BarContext {
        labels: &labels,
        shown,
        rows: doc.table.rows(),
        selected,
        checked: doc.checks.report.is_some(),
    };
    filters::bar_ui(ui, i18n, &doc.tools, &cx, actions);
    let first = doc.first_row_number();
    edit::delete_question_ui(ui, i18n, &doc.tools.edit, |r| first + r as u64, actions);
}

/// Shown on the Passport and Schema tabs of a file that is not a dataset yet.
fn describe_prompt_ui(ui: &mut Ui, i18n: &I18n, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(tr!(i18n, "describe-title"));
        ui.label(tr!(i18n, "describe-hint"));
        ui.add_space(8.0);
        if ui
            .button(tr!(i18n, "describe-button"))
            .on_hover_text(tr!(i18n, "describe-button-tooltip"))
            .clicked()
        {
            actions.push(Action::DescribeDataset);
        }
    });
}
