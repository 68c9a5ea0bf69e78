//! The import of the ministry's list: the sheet and the header row, which column is which,
//! and the first rows as they will be imported with their problems.

use egui::{RichText, Ui};

use super::state::{ImportDraft, InventoryState};
use super::{
    InventoryContext, InventoryIntent, PREVIEW_ROWS, column_label, field_name, item_title,
    problem_text,
};
use crate::core::calendar::import::{InventoryField, read_inventory};
use crate::core::ingest::OpenOptions;
use crate::i18n::I18n;
use crate::text::names::periodicity_name;
use crate::tr;
use crate::ui::widgets::labelled_combo;

/// The import's mapping and preview step.
pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &InventoryContext<'_>,
    out: &mut Vec<InventoryIntent>,
) {
    let reading = state.jobs.reading.is_running();
    let Some(draft) = state.draft.as_mut() else {
        return;
    };
    let name = draft
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    ui.label(RichText::new(tr!(i18n, "inventory-import-heading", name = name)).strong());
    ui.label(RichText::new(tr!(i18n, "inventory-import-hint")).weak());
    if !draft.info.preamble.is_empty() {
        ui.label(
            RichText::new(draft.info.preamble.join(" · "))
                .italics()
                .weak(),
        );
    }
    let mut reread: Option<OpenOptions> = None;
    let mut remap = false;
    ui.horizontal(|ui| {
        if draft.info.sheets.len() > 1 {
            let current = draft.info.sheet.clone().unwrap_or_default();
            labelled_combo(
                ui,
                &tr!(i18n, "source-sheet"),
                "inventory-sheet",
                current.as_str(),
                Some(200.0),
                |ui| {
                    for sheet in &draft.info.sheets {
                        if ui.selectable_label(*sheet == current, sheet).clicked()
                            && *sheet != current
                        {
                            reread = Some(OpenOptions {
                                sheet: Some(sheet.clone()),
                                ..OpenOptions::default()
                            });
                        }
                    }
                },
            )
            .on_hover_text(tr!(i18n, "inventory-sheet-tooltip"));
        }
        let label = ui.label(tr!(i18n, "source-header-row"));
        let mut row = draft.info.header.header_row + 1;
        let response = ui
            .add(egui::DragValue::new(&mut row).range(1..=1000))
            .labelled_by(label.id)
            .on_hover_text(tr!(i18n, "source-header-row-tooltip"));
        if (response.changed() && !response.dragged()) || response.drag_stopped() {
            reread = Some(OpenOptions {
                sheet: draft.info.sheet.clone(),
                header_row: Some(row.saturating_sub(1)),
                has_header: Some(true),
                ..OpenOptions::default()
            });
        }
    });
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(i18n, "inventory-mapping-heading")).strong());
    egui::Grid::new("inventory-mapping")
        .num_columns(4)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for (n, field) in InventoryField::ALL.into_iter().enumerate() {
                let current = draft
                    .map
                    .get(field)
                    .map(|c| column_label(&draft.table, c))
                    .unwrap_or_else(|| tr!(i18n, "inventory-column-none"));
                let mut chosen = None;
                labelled_combo(
                    ui,
                    &field_name(i18n, field),
                    &format!("inventory-map-{n}"),
                    current,
                    Some(240.0),
                    |ui| {
                        if ui
                            .selectable_label(
                                draft.map.get(field).is_none(),
                                tr!(i18n, "inventory-column-none"),
                            )
                            .clicked()
                        {
                            chosen = Some(None);
                        }
                        for c in 0..draft.table.width() {
                            let mut text = column_label(&draft.table, c);
                            // A column another field holds moves to this one if chosen.
                            if let Some(other) = draft.map.field_of(c).filter(|f| *f != field) {
                                text = tr!(
                                    i18n,
                                    "inventory-column-taken",
                                    column = text,
                                    field = field_name(i18n, other)
                                );
                            }
                            if ui
                                .selectable_label(draft.map.get(field) == Some(c), text)
                                .clicked()
                            {
                                chosen = Some(Some(c));
                            }
                        }
                    },
                )
                .on_hover_text(tr!(i18n, "inventory-mapping-tooltip"));
                if let Some(column) = chosen {
                    draft.map.set(field, column);
                    remap = true;
                }
                if n % 2 == 1 {
                    ui.end_row();
                }
            }
        });
    if remap {
        draft.preview = read_inventory(&draft.table, &draft.map, cx.inventory);
    }
    ui.add_space(6.0);
    let preview = &draft.preview;
    let problems = preview.problems.len();
    ui.label(tr!(
        i18n,
        "inventory-import-summary",
        items = preview.items.len(),
        skipped = preview.skipped,
        problems = problems
    ));
    if draft.table.rows() == 0 {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr!(i18n, "inventory-sheet-empty"),
        );
    } else if !draft.map.can_import() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr!(i18n, "inventory-mapping-incomplete"),
        );
    }
    let mut import = false;
    let mut cancel = false;
    ui.horizontal(|ui| {
        let ready = draft.map.can_import() && !draft.preview.items.is_empty();
        if ui
            .add_enabled(
                ready,
                egui::Button::new(RichText::new(tr!(i18n, "inventory-import-go")).strong()),
            )
            .on_hover_text(tr!(i18n, "inventory-import-go-tooltip"))
            .clicked()
        {
            import = true;
        }
        if ui
            .button(tr!(i18n, "inventory-import-cancel"))
            .on_hover_text(tr!(i18n, "inventory-import-cancel-tooltip"))
            .clicked()
        {
            cancel = true;
        }
        if reading {
            ui.spinner();
        }
    });
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(i18n, "inventory-preview-heading", rows = PREVIEW_ROWS)).strong());
    preview_ui(ui, i18n, draft);

    if let Some(options) = reread {
        out.push(InventoryIntent::Reread(options));
        return;
    }
    if cancel {
        state.draft = None;
        return;
    }
    if import {
        out.push(InventoryIntent::Import);
    }
}

/// The first data rows as they will be imported, each with its problems.
fn preview_ui(ui: &mut Ui, i18n: &I18n, draft: &ImportDraft) {
    let lang = i18n.lang();
    egui::ScrollArea::both()
        .id_salt("inventory-preview")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            egui::Grid::new("inventory-preview-grid")
                .striped(true)
                .num_columns(7)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for h in [
                        tr!(i18n, "inventory-preview-row"),
                        tr!(i18n, "inventory-col-code"),
                        tr!(i18n, "inventory-col-title"),
                        tr!(i18n, "inventory-col-periodicity"),
                        tr!(i18n, "inventory-col-rule"),
                        tr!(i18n, "inventory-col-responsible"),
                        tr!(i18n, "inventory-preview-problems"),
                    ] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    let rows = draft.table.rows().min(PREVIEW_ROWS);
                    for row in 1..=rows {
                        let item = draft
                            .preview
                            .rows
                            .iter()
                            .position(|r| *r == row)
                            .map(|i| &draft.preview.items[i]);
                        let problems: Vec<String> = draft
                            .preview
                            .problems_of(row)
                            .map(|p| problem_text(i18n, p, draft.first()))
                            .collect();
                        if item.is_none() && problems.is_empty() {
                            continue;
                        }
                        ui.label(draft.sheet_row(row).to_string());
                        match item {
                            Some(item) => {
                                ui.label(item.code.as_str());
                                let title: String =
                                    item_title(lang, item).chars().take(60).collect();
                                ui.label(title);
                                ui.label(periodicity_name(i18n, item.periodicity));
                                ui.label(match item.days_after {
                                    Some(days) => tr!(i18n, "inventory-rule-days", days = days),
                                    None => String::new(),
                                });
                                ui.label(item.responsible.as_str());
                            }
                            None => {
                                let skipped = tr!(i18n, "inventory-preview-skipped");
                                ui.label(RichText::new(skipped).weak());
                                for _ in 0..4 {
                                    ui.label("");
                                }
                            }
                        }
                        let color = if item.is_none() {
                            ui.visuals().error_fg_color
                        } else {
                            ui.visuals().warn_fg_color
                        };
                        ui.vertical(|ui| {
                            for p in problems {
                                ui.colored_label(color, p);
                            }
                        });
                        ui.end_row();
                    }
                });
        });
}
