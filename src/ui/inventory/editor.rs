//! The editor of the selected (or new) item of the approved list. It edits a draft; the
//! draft is saved by [`super::apply`] when a field is left.

use egui::{RichText, TextEdit, Ui};

use super::state::InventoryState;
use super::{InventoryContext, InventoryIntent, dataset_folder, dataset_label, field_name};
use crate::core::calendar::import::InventoryField;
use crate::core::lang::Lang;
use crate::core::schema::Periodicity;
use crate::core::workspace::DatasetEntry;
use crate::i18n::I18n;
use crate::text::names::periodicity_name;
use crate::tr;
use crate::ui::widgets::combo;

/// The editor of the selected (or new) item; the editor follows the selection in
/// [`super::apply`].
pub(super) fn ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &InventoryContext<'_>,
    out: &mut Vec<InventoryIntent>,
) {
    let Some(editing) = state.editing.as_mut() else {
        ui.label(RichText::new(tr!(i18n, "inventory-select-hint")).weak());
        return;
    };
    let lang = i18n.lang();
    let is_new = editing.index.is_none();
    let mut edits = Edits::default();
    let focus_code = std::mem::take(&mut state.focus_code);
    let mut close_new = false;
    egui::ScrollArea::vertical()
        .id_salt("inventory-editor")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let heading = if is_new {
                tr!(i18n, "inventory-new-heading")
            } else {
                tr!(i18n, "inventory-edit-heading")
            };
            ui.label(RichText::new(heading).strong());
            if is_new {
                ui.label(RichText::new(tr!(i18n, "inventory-new-hint")).weak());
            }
            let draft = &mut editing.draft;
            egui::Grid::new("inventory-editor-grid")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for (field, value, tip) in [
                        (
                            InventoryField::Code,
                            &mut draft.code,
                            tr!(i18n, "inventory-field-code-tooltip"),
                        ),
                        (
                            InventoryField::PortalId,
                            &mut draft.portal_id,
                            tr!(i18n, "inventory-field-portal-id-tooltip"),
                        ),
                    ] {
                        let response = text_row(ui, i18n, &mut edits, field, value, tip);
                        // A new item starts with its code.
                        if field == InventoryField::Code && focus_code {
                            response.request_focus();
                        }
                    }
                    for l in Lang::ALL {
                        let tip = tr!(i18n, "inventory-field-title-tooltip");
                        let value = draft.title.get_mut(l);
                        text_row(ui, i18n, &mut edits, InventoryField::title(l), value, tip);
                    }

                    let label = ui.label(field_name(i18n, InventoryField::Periodicity));
                    let shown = periodicity_name(i18n, draft.periodicity);
                    combo(
                        ui,
                        label.id,
                        "inventory-periodicity",
                        shown,
                        Some(200.0),
                        |ui| {
                            for p in Periodicity::ALL {
                                if ui
                                    .selectable_value(
                                        &mut draft.periodicity,
                                        p,
                                        periodicity_name(i18n, p),
                                    )
                                    .clicked()
                                {
                                    edits.commit = true;
                                }
                            }
                        },
                    )
                    .on_hover_text(tr!(i18n, "inventory-field-periodicity-tooltip"));
                    ui.end_row();

                    let label = ui.label(field_name(i18n, InventoryField::DaysAfter));
                    ui.horizontal(|ui| {
                        let workspace = cx.ws.meta.calendar.days_after.get(draft.periodicity);
                        let mut own = draft.days_after.is_some();
                        if ui
                            .checkbox(&mut own, tr!(i18n, "inventory-own-rule"))
                            .on_hover_text(tr!(i18n, "inventory-own-rule-tooltip"))
                            .changed()
                        {
                            draft.days_after = own.then(|| workspace.unwrap_or(10));
                            edits.commit = true;
                        }
                        match draft.days_after.as_mut() {
                            Some(days) => {
                                let response = ui
                                    .add(
                                        egui::DragValue::new(days)
                                            .range(
                                                0..=crate::core::calendar::import::MAX_DAYS_AFTER,
                                            )
                                            .suffix(tr!(i18n, "inventory-days-suffix")),
                                    )
                                    .labelled_by(label.id)
                                    .on_hover_text(tr!(i18n, "inventory-field-days-tooltip"));
                                edits.focused |= response.has_focus();
                                edits.commit |= response.drag_stopped()
                                    || response.lost_focus()
                                    || (response.changed() && !response.dragged());
                            }
                            None => {
                                let text = match workspace {
                                    Some(days) => {
                                        tr!(i18n, "inventory-workspace-rule", days = days)
                                    }
                                    None => tr!(i18n, "inventory-rule-none"),
                                };
                                ui.label(RichText::new(text).weak());
                            }
                        }
                    });
                    ui.end_row();

                    let tip = tr!(i18n, "inventory-field-responsible-tooltip");
                    let value = &mut draft.responsible;
                    text_row(
                        ui,
                        i18n,
                        &mut edits,
                        InventoryField::Responsible,
                        value,
                        tip,
                    );

                    let label = ui.label(tr!(i18n, "inventory-field-dataset"));
                    let linked = cx
                        .datasets
                        .iter()
                        .find(|d| dataset_folder(d) == draft.dataset);
                    let shown = match (linked, draft.dataset.is_empty()) {
                        (_, true) => tr!(i18n, "passport-none"),
                        (Some(d), false) => dataset_label(lang, d),
                        (None, false) => draft.dataset.clone(),
                    };
                    ui.horizontal(|ui| {
                        combo(
                            ui,
                            label.id,
                            "inventory-dataset",
                            shown,
                            Some(320.0),
                            |ui| {
                                if ui
                                    .selectable_label(
                                        draft.dataset.is_empty(),
                                        tr!(i18n, "passport-none"),
                                    )
                                    .clicked()
                                {
                                    draft.dataset.clear();
                                    edits.commit = true;
                                }
                                for d in cx.datasets {
                                    let folder = dataset_folder(d);
                                    if ui
                                        .selectable_label(
                                            draft.dataset == folder,
                                            dataset_label(lang, d),
                                        )
                                        .clicked()
                                    {
                                        draft.dataset = folder;
                                        edits.commit = true;
                                    }
                                }
                            },
                        )
                        .on_hover_text(tr!(i18n, "inventory-field-dataset-tooltip"));
                        let path = linked.and_then(DatasetEntry::data_path);
                        if ui
                            .add_enabled(
                                path.is_some(),
                                egui::Button::new(tr!(i18n, "inventory-open-dataset")),
                            )
                            .on_hover_text(tr!(i18n, "inventory-open-dataset-tooltip"))
                            .on_disabled_hover_text(tr!(i18n, "inventory-open-dataset-disabled"))
                            .clicked()
                        {
                            out.extend(path.map(InventoryIntent::OpenDataset));
                        }
                    });
                    ui.end_row();

                    let tip = tr!(i18n, "inventory-field-note-tooltip");
                    let value = &mut draft.note;
                    text_row(ui, i18n, &mut edits, InventoryField::Note, value, tip);
                    if let Some(p) = &draft.portal {
                        ui.label(tr!(i18n, "inventory-portal-state"));
                        let mut parts = vec![tr!(
                            i18n,
                            "inventory-synced-from",
                            target = p.target.as_str()
                        )];
                        if !p.updated.is_empty() {
                            parts.push(tr!(
                                i18n,
                                "inventory-portal-updated",
                                date = p.updated.as_str()
                            ));
                        }
                        if let Some(late) = p.late_days {
                            parts.push(tr!(i18n, "inventory-portal-late", days = late));
                        }
                        ui.horizontal_wrapped(|ui| {
                            ui.label(parts.join("; "));
                            if p.url.starts_with("http") {
                                ui.hyperlink_to(tr!(i18n, "inventory-portal-open"), &p.url);
                            }
                        });
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.horizontal(|ui| match editing.index {
                Some(index) if state.confirm_delete == Some(index) => {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        tr!(
                            i18n,
                            "inventory-delete-confirm",
                            name = editing.original.key()
                        ),
                    );
                    if ui
                        .button(tr!(i18n, "inventory-delete-yes"))
                        .on_hover_text(tr!(i18n, "inventory-delete-yes-tooltip"))
                        .clicked()
                    {
                        out.push(InventoryIntent::Delete(index));
                    }
                    if ui
                        .button(tr!(i18n, "inventory-delete-no"))
                        .on_hover_text(tr!(i18n, "inventory-delete-no-tooltip"))
                        .clicked()
                    {
                        state.confirm_delete = None;
                    }
                }
                Some(index) => {
                    if ui
                        .button(tr!(i18n, "inventory-delete"))
                        .on_hover_text(tr!(i18n, "inventory-delete-tooltip"))
                        .clicked()
                    {
                        state.confirm_delete = Some(index);
                    }
                }
                None => {
                    if ui
                        .button(tr!(i18n, "inventory-new-cancel"))
                        .on_hover_text(tr!(i18n, "inventory-new-cancel-tooltip"))
                        .clicked()
                    {
                        close_new = true;
                    }
                }
            });
        });
    if close_new {
        state.editing = None;
        return;
    }
    // Unsaved edits are saved when a field is left, or when nothing has the focus (the tab
    // was left while typing).
    if edits.commit || !edits.focused {
        out.push(InventoryIntent::Commit);
    }
}

/// What the editor's widgets did this frame.
#[derive(Default)]
struct Edits {
    /// A text or number field has the keyboard.
    focused: bool,
    /// An edit ended (a field was left, a choice made): save it.
    commit: bool,
}

/// A labelled one-line text field of the editor.
fn text_row(
    ui: &mut Ui,
    i18n: &I18n,
    edits: &mut Edits,
    field: InventoryField,
    value: &mut String,
    tip: String,
) -> egui::Response {
    let label = ui.label(field_name(i18n, field));
    let response = ui
        .add(TextEdit::singleline(value).desired_width(420.0))
        .labelled_by(label.id)
        .on_hover_text(tip);
    edits.focused |= response.has_focus();
    edits.commit |= response.lost_focus();
    ui.end_row();
    response
}
