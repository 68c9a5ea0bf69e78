//! The Checks tab: the last validation's summary by error kind and by column, each kind a
//! click away from the table filtered to its rows, and every kept finding as a sentence that
//! leads to its cell.

use egui::{RichText, Ui};

use super::actions::Action;
use super::document::Document;
use super::shortcuts::{self, with_shortcut};
use super::widgets::announce;
use crate::i18n::I18n;
use crate::text::names::code_name;
use crate::tr;

/// The button that checks the table, with its tooltip; disabled while a check runs.
fn run_button(ui: &mut Ui, i18n: &I18n, doc: &Document, label: String) -> bool {
    let tip = with_shortcut(ui, tr!(i18n, "checks-run-tooltip"), &shortcuts::CHECK);
    ui.add_enabled(!doc.is_validating(), egui::Button::new(label))
        .on_hover_text(tip)
        .on_disabled_hover_text(tr!(i18n, "checks-running"))
        .clicked()
}

pub fn checks_ui(ui: &mut Ui, i18n: &I18n, doc: &Document, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        // Before the first check the button waits in the empty state below.
        if doc.checks.report.is_some() && run_button(ui, i18n, doc, tr!(i18n, "checks-run-again")) {
            actions.push(Action::Validate);
        }
        if doc.checks.report.is_some()
            && ui
                .button(tr!(i18n, "checks-export"))
                .on_hover_text(tr!(i18n, "checks-export-tooltip"))
                .clicked()
        {
            actions.push(Action::ExportReport);
        }
        if let Some(progress) = doc.validate_progress() {
            ui.label(tr!(i18n, "checks-running"));
            ui.add(
                egui::ProgressBar::new(progress)
                    .show_percentage()
                    .desired_width(200.0),
            );
            if ui
                .button(tr!(i18n, "source-cancel"))
                .on_hover_text(tr!(i18n, "checks-cancel-tooltip"))
                .clicked()
            {
                actions.push(Action::CancelValidate);
            }
        } else if doc.dataset.is_none() {
            ui.label(RichText::new(tr!(i18n, "checks-inferred")).weak());
        }
    });
    // The fixes take at most half the width, so large text on a laptop leaves room for the
    // report.
    let scale = super::theme::text_scale(ui.ctx());
    let half = ui.available_width() * 0.5;
    egui::Panel::right("fixes-panel")
        .resizable(true)
        .default_size((420.0 * scale).min(half))
        .min_size((280.0 * scale).min(half))
        .max_size((520.0 * scale).min(half).max(280.0))
        .show(ui, |ui| super::fixes_view::fixes_ui(ui, i18n, doc, actions));
    let Some(report) = &doc.checks.report else {
        // Not checked yet: what the check does, and the button that starts it.
        ui.add_space(20.0);
        ui.vertical_centered(|ui| {
            ui.heading(tr!(i18n, "checks-none-yet"));
            ui.label(tr!(i18n, "checks-empty-hint"));
            ui.add_space(8.0);
            if run_button(ui, i18n, doc, tr!(i18n, "checks-run")) {
                actions.push(Action::Validate);
            }
        });
        return;
    };
    let rows = i18n.count(report.rows as usize);
    let (text, color) = if report.is_valid() {
        (
            tr!(i18n, "checks-valid", rows = rows.as_str()),
            ui.visuals().text_color(),
        )
    } else {
        let count = report.errors();
        let errors = i18n.count(count as usize);
        let text = tr!(
            i18n,
            "checks-invalid",
            rows = rows.as_str(),
            errors = errors.as_str(),
            count = count
        );
        (text, ui.visuals().error_fg_color)
    };
    ui.label(RichText::new(text).strong().color(color));
    if report.is_valid() {
        ui.label(RichText::new(tr!(i18n, "checks-valid-next")).weak());
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(i18n, "checks-by-kind")).strong());
    // Long kind names are cut to the room there is (in full on hover) rather than pushing
    // the report under the fixes.
    let name_width = (ui.available_width() - 160.0 * super::theme::text_scale(ui.ctx())).max(100.0);
    egui::Grid::new("checks-kinds")
        .striped(true)
        .show(ui, |ui| {
            for (code, n) in &report.counts {
                let name = code_name(i18n, *code);
                let full = format!("{name} ({})", code.as_str());
                let label = if code.is_warning() {
                    RichText::new(full.as_str()).weak()
                } else {
                    RichText::new(full.as_str())
                };
                ui.scope(|ui| {
                    ui.set_max_width(name_width);
                    ui.add(egui::Label::new(label).truncate())
                        .on_hover_text(full);
                });
                ui.label(i18n.count(*n as usize));
                let filtered = doc.tools.filters_kind(*code);
                let has_rows = report
                    .findings
                    .iter()
                    .any(|f| f.code == *code && f.row.is_some());
                if has_rows
                    && ui
                        .selectable_label(filtered, tr!(i18n, "checks-show-rows"))
                        .accessible_name(tr!(i18n, "checks-show-rows-named", kind = name.as_str()))
                        .on_hover_text(tr!(i18n, "checks-show-rows-tooltip"))
                        .clicked()
                {
                    actions.push(Action::FilterRows((!filtered).then_some(*code)));
                }
                ui.end_row();
            }
        });
    let mut by_field: Vec<(String, usize)> = Vec::new();
    for f in report.findings.iter().filter(|f| !f.code.is_warning()) {
        let Some(name) = &f.field else { continue };
        match by_field.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += 1,
            None => by_field.push((name.clone(), 1)),
        }
    }
    by_field.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    if !by_field.is_empty() {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!(i18n, "checks-by-column")).strong());
            for (i, (name, n)) in by_field.iter().enumerate() {
                if i > 0 {
                    ui.label(RichText::new("·").weak());
                }
                ui.label(format!("{name}: {}", i18n.count(*n)));
            }
        });
        if report.findings.len() < report.errors() as usize {
            ui.label(RichText::new(tr!(i18n, "checks-kept", limit = report.limit)).weak());
        }
    }
    ui.separator();
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    egui::ScrollArea::vertical()
        .id_salt("checks-findings")
        .auto_shrink([false, false])
        .show_rows(ui, row_h, report.findings.len(), |ui, range| {
            for i in range {
                let f = &report.findings[i];
                let text = i18n.finding(f);
                let Some(_) = f.row else {
                    ui.add(egui::Label::new(text).truncate());
                    continue;
                };
                // A finding with a row leads to its cell: a link for screen readers.
                let response = ui.add(
                    egui::Label::new(text.as_str())
                        .sense(egui::Sense::click())
                        .truncate(),
                );
                announce(&response, egui::Role::Link, &text);
                let hover = if f.suggestions.is_empty() {
                    tr!(i18n, "checks-go-tooltip")
                } else {
                    let values = f.suggestions.join(", ");
                    let suggested = tr!(i18n, "checks-suggested", values = values);
                    format!("{}\n{suggested}", tr!(i18n, "checks-go-tooltip"))
                };
                if response.on_hover_text(hover).clicked() {
                    actions.push(Action::GoToFinding(i));
                }
            }
        });
}
