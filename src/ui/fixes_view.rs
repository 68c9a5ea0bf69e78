//! The fixes beside the report: each suggestion with "Fix all" and its values one by one
//! (names with their ranked classifier codes), and the recipe the accepted fixes make, with
//! undo, replay of saved steps on a new file, and saving the cleaned table.

use egui::{RichText, Ui};

use super::actions::Action;
use super::document::Document;
use crate::core::recipe::suggest::{Change, FixKind, Suggestion};
use crate::core::recipe::{RowClass, Step, TargetScript};
use crate::i18n::I18n;
use crate::text::reshape::refusal_text;
use crate::tr;

pub fn fixes_ui(ui: &mut Ui, i18n: &I18n, doc: &Document, actions: &mut Vec<Action>) {
    egui::ScrollArea::vertical()
        .id_salt("fixes-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            recipe_ui(ui, i18n, doc, actions);
            ui.separator();
            ui.label(RichText::new(tr!(i18n, "fixes-title")).strong());
            if doc.checks.report.is_none() {
                ui.label(RichText::new(tr!(i18n, "fixes-check-first")).weak());
                return;
            }
            if doc.checks.suggestions.is_empty() {
                ui.label(RichText::new(tr!(i18n, "fixes-none")).weak());
                return;
            }
            let enabled = doc.can_edit_recipe();
            let first_row = doc.first_row_number();
            // One reshape per recipe: a saved unpivot not applied yet is not offered again.
            let reshaping = doc
                .cleaning
                .recipe
                .steps
                .iter()
                .any(|s| matches!(s, Step::Unpivot { .. }));
            let marking = doc
                .cleaning
                .recipe
                .steps
                .iter()
                .any(|s| matches!(s, Step::MarkTotals { .. }));
            for (i, s) in doc.checks.suggestions.iter().enumerate() {
                if (reshaping && s.kind == FixKind::Unpivot)
                    || (marking && s.kind == FixKind::MarkTotals)
                {
                    continue;
                }
                ui.add_space(4.0);
                suggestion_ui(ui, i18n, (i, first_row), s, enabled, actions);
            }
        });
}

fn recipe_ui(ui: &mut Ui, i18n: &I18n, doc: &Document, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!(i18n, "recipe-title")).strong());
        ui.label(
            RichText::new(tr!(i18n, "recipe-steps", count = doc.cleaning.recipe.len())).weak(),
        );
    });
    if doc.cleaning.recipe.is_empty() {
        ui.label(RichText::new(tr!(i18n, "recipe-empty")).weak());
    }
    for (i, step) in doc.cleaning.recipe.steps.iter().enumerate() {
        let mut text = format!("{}. {}", i + 1, step_text(i18n, step));
        let mut rich = if i < doc.cleaning.applied {
            RichText::new(&text)
        } else {
            text.push_str(&format!(" ({})", tr!(i18n, "recipe-not-applied")));
            RichText::new(&text).weak()
        };
        if let Some((_, refusal)) = doc.cleaning.refused.as_ref().filter(|(r, _)| *r == i) {
            let reason = refusal_text(i18n, refusal, doc.first_row_number());
            rich = RichText::new(format!(
                "{text} ({})",
                tr!(i18n, "recipe-refused", reason = reason)
            ))
            .color(ui.visuals().warn_fg_color);
        } else if doc.cleaning.skipped_steps.contains(&i) {
            let why = if step.is_by_hand() {
                tr!(i18n, "recipe-by-hand-not-found")
            } else {
                tr!(i18n, "recipe-skipped")
            };
            rich = RichText::new(format!("{text} ({why})")).color(ui.visuals().warn_fg_color);
        }
        ui.label(rich);
    }
    let editable = doc.can_edit_recipe();
    ui.horizontal_wrapped(|ui| {
        let pending = doc
            .cleaning
            .recipe
            .len()
            .saturating_sub(doc.cleaning.applied);
        if pending > 0
            && ui
                .add_enabled(
                    editable,
                    egui::Button::new(tr!(i18n, "recipe-apply", count = pending)),
                )
                .on_hover_text(tr!(i18n, "recipe-apply-tooltip"))
                .on_disabled_hover_text(tr!(i18n, "fix-busy"))
                .clicked()
        {
            actions.push(Action::ApplyRecipe);
        }
        let can_undo =
            editable && doc.is_cleaned() && doc.cleaning.applied == doc.cleaning.recipe.len();
        if ui
            .add_enabled(can_undo, egui::Button::new(tr!(i18n, "recipe-undo")))
            .on_hover_text(tr!(i18n, "recipe-undo-tooltip"))
            .on_disabled_hover_text(tr!(i18n, "recipe-undo-disabled"))
            .clicked()
        {
            actions.push(Action::UndoStep);
        }
        if ui
            .add_enabled(
                !doc.is_busy() && doc.table.width() > 0,
                egui::Button::new(tr!(i18n, "recipe-save-data")),
            )
            .on_hover_text(tr!(i18n, "recipe-save-data-tooltip"))
            .clicked()
        {
            actions.push(Action::SaveTable);
        }
    });
    if let Some(progress) = doc.apply_progress() {
        ui.horizontal(|ui| {
            ui.label(tr!(i18n, "recipe-applying"));
            ui.add(egui::ProgressBar::new(progress).desired_width(160.0));
        });
    } else if let Some((before, after)) = doc.cleaning.reshaped_rows {
        let before = i18n.count(before);
        let after = i18n.count(after as usize);
        ui.label(
            RichText::new(tr!(
                i18n,
                "unpivot-rows",
                before = before.as_str(),
                after = after.as_str()
            ))
            .weak(),
        );
    } else if let Some((changed, removed)) = doc.cleaning.last_change {
        let changed = i18n.count(changed as usize);
        let removed = i18n.count(removed as usize);
        ui.label(
            RichText::new(tr!(
                i18n,
                "recipe-last-change",
                cells = changed.as_str(),
                rows = removed.as_str()
            ))
            .weak(),
        );
    }
    // Changes by hand replayed on another file apply only where their row is found.
    let by_hand_skipped = doc
        .cleaning
        .skipped_steps
        .iter()
        .filter(|&&i| {
            doc.cleaning
                .recipe
                .steps
                .get(i)
                .is_some_and(Step::is_by_hand)
        })
        .count();
    if by_hand_skipped > 0 {
        ui.label(
            RichText::new(tr!(i18n, "recipe-by-hand-skipped", count = by_hand_skipped))
                .color(ui.visuals().warn_fg_color),
        );
    }
    if !doc.cleaning.added_periods.is_empty() {
        let labels = doc.cleaning.added_periods.join(", ");
        ui.label(RichText::new(tr!(i18n, "unpivot-added", labels = labels)).weak());
    }
}

fn suggestion_ui(
    ui: &mut Ui,
    i18n: &I18n,
    (index, first_row): (usize, u64),
    s: &Suggestion,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let title = suggestion_title(i18n, s);
        ui.label(RichText::new(title.as_str()).strong());
        if let Some(step) = &s.step
            && ui
                .add_enabled(enabled, egui::Button::new(tr!(i18n, "fix-all")))
                // Named with its fix: the list has one such button per fix.
                .accessible_name(tr!(i18n, "fix-all-named", fix = title))
                .on_hover_text(tr!(i18n, "fix-all-tooltip"))
                .on_disabled_hover_text(tr!(i18n, "fix-busy"))
                .clicked()
        {
            actions.push(Action::AcceptFix(step.clone()));
        }
    });
    if s.kind == FixKind::Unpivot {
        super::reshape_view::preview_ui(ui, i18n, index, s, first_row);
        return;
    }
    if let Some(fix) = &s.personal {
        super::personal_view::fix_preview_ui(ui, i18n, index, s, fix);
        return;
    }
    if matches!(
        s.kind,
        FixKind::RemoveRows | FixKind::Totals | FixKind::MarkTotals
    ) {
        for (class, n) in &s.rows {
            let n = i18n.count(*n as usize);
            ui.label(format!("{}: {n}", row_class_name(i18n, *class)));
        }
        return;
    }
    if s.kind == FixKind::FillDown {
        // Each merged label and the empty cells below it that it would fill.
        for change in &s.changes {
            let n = i18n.count(change.rows as usize);
            ui.label(format!("«{}»: {n}", change.to));
        }
        return;
    }
    let cells = i18n.count(s.cells as usize);
    let distinct = i18n.count(s.distinct);
    ui.label(
        RichText::new(tr!(
            i18n,
            "fix-counts",
            cells = cells.as_str(),
            distinct = distinct.as_str()
        ))
        .weak(),
    );
    if s.kind == FixKind::Codes && s.step.is_none() {
        ui.label(RichText::new(tr!(i18n, "fix-codes-choose")).weak());
    }
    egui::CollapsingHeader::new(tr!(i18n, "fix-values"))
        .id_salt(("fix-values", index))
        .show(ui, |ui| {
            egui::Grid::new(("fix-grid", index))
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr!(i18n, "fix-col-now")).weak());
                    ui.label(RichText::new(tr!(i18n, "fix-col-becomes")).weak());
                    ui.label(RichText::new(tr!(i18n, "fix-col-rows")).weak());
                    ui.end_row();
                    for change in &s.changes {
                        change_ui(ui, i18n, s, change, enabled, actions);
                        ui.end_row();
                    }
                });
            if s.distinct > s.changes.len() {
                let more = i18n.count(s.distinct - s.changes.len());
                ui.label(RichText::new(tr!(i18n, "fix-more", count = more.as_str())).weak());
            }
        });
}

/// One value: what it is, what it would become (a choice of codes for a name), and Apply.
fn change_ui(
    ui: &mut Ui,
    i18n: &I18n,
    s: &Suggestion,
    change: &Change,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    let value = |ui: &mut Ui, text: &str| {
        let height = ui.spacing().interact_size.y;
        ui.add_sized(
            [130.0, height],
            egui::Label::new(RichText::new(format!("«{text}»")).monospace()).truncate(),
        )
        .on_hover_text(text);
    };
    value(ui, &change.from);
    let chosen = if change.candidates.is_empty() {
        value(ui, &change.to);
        Some(change.to.clone()).filter(|t| !t.is_empty())
    } else {
        let id = ui.make_persistent_id(("fix-choice", &s.field, &change.from));
        let mut choice: String = ui.data_mut(|d| {
            d.get_temp_mut_or_insert_with(id, || change.to.clone())
                .clone()
        });
        let shown = change
            .candidates
            .iter()
            .find(|c| c.code == choice)
            .map(|c| format!("{} {}", c.code, c.name))
            .unwrap_or_else(|| tr!(i18n, "fix-choose-code"));
        egui::ComboBox::from_id_salt(id)
            .selected_text(shown)
            .width(190.0)
            .show_ui(ui, |ui| {
                for c in &change.candidates {
                    let label = format!("{} {} ({:.0}%)", c.code, c.name, c.score * 100.0);
                    ui.selectable_value(&mut choice, c.code.clone(), label);
                }
            })
            .response
            .accessible_name(tr!(i18n, "fix-choice-name", value = change.from.as_str()))
            .on_hover_text(tr!(i18n, "fix-choice-tooltip"));
        ui.data_mut(|d| d.insert_temp(id, choice.clone()));
        Some(choice).filter(|c| !c.is_empty())
    };
    ui.label(i18n.count(change.rows as usize));
    let button = ui.add_enabled(
        enabled && chosen.is_some(),
        egui::Button::new(tr!(i18n, "fix-one")),
    );
    let why = if enabled {
        tr!(i18n, "fix-one-choose-first")
    } else {
        tr!(i18n, "fix-busy")
    };
    if button
        .accessible_name(tr!(i18n, "fix-one-named", value = change.from.as_str()))
        .on_hover_text(tr!(i18n, "fix-one-tooltip"))
        .on_disabled_hover_text(why)
        .clicked()
        && let Some(step) = chosen.and_then(|to| s.step_for(change, &to))
    {
        actions.push(Action::AcceptFix(step));
    }
}

fn suggestion_title(i18n: &I18n, s: &Suggestion) -> String {
    let field = s.field.as_deref().unwrap_or("");
    match s.kind {
        FixKind::RemoveRows => tr!(i18n, "fix-kind-remove-rows"),
        FixKind::Unpivot => tr!(i18n, "fix-kind-unpivot"),
        FixKind::Totals => tr!(i18n, "fix-kind-totals"),
        FixKind::MarkTotals => tr!(i18n, "fix-kind-mark-totals"),
        FixKind::Trim => tr!(i18n, "fix-kind-trim", field = field),
        FixKind::FillDown => tr!(i18n, "fix-kind-fill-down", field = field),
        FixKind::Numbers => tr!(i18n, "fix-kind-numbers", field = field),
        FixKind::Dates => tr!(i18n, "fix-kind-dates", field = field),
        FixKind::Codes => tr!(i18n, "fix-kind-codes", field = field),
        FixKind::DropPersonal => tr!(i18n, "fix-kind-drop-personal", field = field),
        FixKind::MaskPersonal => tr!(i18n, "fix-kind-mask-personal", field = field),
        FixKind::AggregatePersonal => tr!(i18n, "fix-kind-aggregate-personal"),
        FixKind::Transliterate => match s.script {
            Some(TargetScript::Cyrillic) => tr!(i18n, "fix-kind-to-cyrillic", field = field),
            _ => tr!(i18n, "fix-kind-to-latin", field = field),
        },
    }
}

fn row_class_name(i18n: &I18n, class: RowClass) -> String {
    match class {
        RowClass::Blank => tr!(i18n, "row-class-blank"),
        RowClass::Spacer => tr!(i18n, "row-class-spacer"),
        RowClass::Footnote => tr!(i18n, "row-class-footnote"),
        RowClass::Total => tr!(i18n, "row-class-total"),
    }
}

/// A recipe step as a line of the recipe list.
pub fn step_text(i18n: &I18n, step: &Step) -> String {
    match step {
        Step::Trim { field } => tr!(i18n, "step-trim", field = field.as_str()),
        Step::FillDown { field } => tr!(i18n, "step-fill-down", field = field.as_str()),
        Step::Numbers { field } => tr!(i18n, "step-numbers", field = field.as_str()),
        Step::Dates { field } => tr!(i18n, "step-dates", field = field.as_str()),
        Step::Transliterate { field, to } => match to {
            TargetScript::Latin => tr!(i18n, "step-to-latin", field = field.as_str()),
            TargetScript::Cyrillic => tr!(i18n, "step-to-cyrillic", field = field.as_str()),
        },
        Step::Replace { field, values } => match values.iter().next() {
            Some((from, to)) if values.len() == 1 => tr!(
                i18n,
                "step-replace-one",
                field = field.as_str(),
                from = from.as_str(),
                to = to.as_str()
            ),
            _ => tr!(
                i18n,
                "step-replace",
                field = field.as_str(),
                count = values.len()
            ),
        },
        Step::Unpivot {
            period,
            value,
            columns,
        } => tr!(
            i18n,
            "step-unpivot",
            period = period.as_str(),
            value = value.as_str(),
            count = columns.len()
        ),
        Step::MarkTotals { field } => tr!(i18n, "step-mark-totals", field = field.as_str()),
        Step::DropColumn { field } => tr!(i18n, "step-drop-column", field = field.as_str()),
        Step::Mask { field } => tr!(i18n, "step-mask", field = field.as_str()),
        Step::Aggregate { by, count, .. } => tr!(
            i18n,
            "step-aggregate",
            by = by.join(", "),
            count = count.as_str()
        ),
        Step::RemoveRows { rows } => {
            let kinds: Vec<String> = rows.iter().map(|c| row_class_name(i18n, *c)).collect();
            tr!(i18n, "step-remove-rows", kinds = kinds.join(", "))
        }
        Step::Edit {
            key,
            field,
            old,
            new,
        } => tr!(
            i18n,
            "step-edit",
            field = field.as_str(),
            key = key_text(key),
            old = old.as_str(),
            new = new.as_str()
        ),
        Step::DeleteRow { key, .. } => tr!(i18n, "step-delete-row", key = key_text(key)),
    }
}

/// A row's key as the recipe shows it: `id = 12, tuman = Chilonzor` (at most three fields).
fn key_text(key: &crate::core::recipe::RowKey) -> String {
    let mut parts: Vec<String> = key
        .iter()
        .take(3)
        .map(|(f, v)| format!("{f} = {v}"))
        .collect();
    if key.len() > 3 {
        parts.push("…".into());
    }
    parts.join(", ")
}
