//! The schema editor: one row per field (name, type, locale format, constraints, key,
//! classifier binding, parent field, title completeness), and below it the selected field's
//! titles and descriptions in four languages and its other constraints.

use egui::{RichText, TextEdit, Ui};
use serde_json::Value;

use super::actions::Action;
use super::dataset::DatasetState;
use super::passport_view::{lang_grid, lang_row};
use super::widgets::{combo, deferred_edit};
use crate::core::schema::{Binding, Field, FieldType, TableSchema};
use crate::i18n::I18n;
use crate::tr;

/// A classifier the schema editor offers for binding, named in the interface language.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassifierChoice {
    pub id: String,
    pub name: String,
    pub version: String,
    /// Level ids with their names.
    pub levels: Vec<(String, String)>,
}

/// Thousands separators offered, with how the choice is shown.
fn group_chars(i18n: &I18n) -> [(&'static str, String); 4] {
    [
        (" ", tr!(i18n, "group-space")),
        ("\u{a0}", tr!(i18n, "group-nbsp")),
        (",", ",".to_owned()),
        (".", ".".to_owned()),
    ]
}

pub fn schema_ui(
    ui: &mut Ui,
    i18n: &I18n,
    ds: &mut DatasetState,
    classifiers: &[ClassifierChoice],
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        if ui
            .button(tr!(i18n, "schema-infer"))
            .on_hover_text(tr!(i18n, "schema-infer-tooltip"))
            .clicked()
        {
            actions.push(Action::InferSchema);
        }
        if ui
            .button(tr!(i18n, "schema-import"))
            .on_hover_text(tr!(i18n, "schema-import-tooltip"))
            .clicked()
        {
            actions.push(Action::ImportStructure);
        }
    });
    let Some(schema) = ds.package.schema_mut() else {
        ui.label(tr!(i18n, "schema-none"));
        return;
    };
    let missing = schema.missing_titles().len();
    let summary = tr!(
        i18n,
        "schema-summary",
        fields = schema.fields.len(),
        missing = missing
    );
    let color = if missing == 0 {
        ui.visuals().text_color()
    } else {
        ui.visuals().warn_fg_color
    };
    ui.label(RichText::new(summary).color(color));
    let mut changed = missing_values_ui(ui, i18n, schema);
    ui.add_space(4.0);
    let mut selected = ds.selected_field;
    egui::ScrollArea::both()
        .id_salt("schema-fields")
        .max_height(ui.available_height() * 0.55)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            changed |= fields_grid(ui, i18n, schema, classifiers, &mut selected);
        });
    ui.separator();
    if let Some(index) = selected.filter(|&i| i < schema.fields.len()) {
        egui::ScrollArea::vertical()
            .id_salt("schema-field-details")
            .show(ui, |ui| {
                changed |= field_details(ui, i18n, &mut schema.fields[index])
            });
    } else {
        ui.label(RichText::new(tr!(i18n, "schema-select-hint")).weak());
    }
    ds.selected_field = selected;
    ds.dirty |= changed;
}

/// The values that mean "no data" in every column: an empty cell, and any others listed.
fn missing_values_ui(ui: &mut Ui, i18n: &I18n, schema: &mut TableSchema) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        let mut empty = schema.missing_values.iter().any(String::is_empty);
        if ui
            .checkbox(&mut empty, tr!(i18n, "schema-missing-empty"))
            .on_hover_text(tr!(i18n, "schema-missing-empty-tooltip"))
            .changed()
        {
            schema.missing_values.retain(|v| !v.is_empty());
            if empty {
                schema.missing_values.insert(0, String::new());
            }
            changed = true;
        }
        let label = ui.label(tr!(i18n, "schema-missing-others"));
        let others = schema
            .missing_values
            .iter()
            .filter(|v| !v.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let tip = tr!(i18n, "schema-missing-tooltip");
        if let Some(others) = deferred_edit(ui, label.id, &others, "- x …", 160.0, &tip) {
            let empty = schema.missing_values.iter().any(String::is_empty);
            schema.missing_values = empty
                .then(String::new)
                .into_iter()
                .chain(others.split_whitespace().map(str::to_owned))
                .collect();
            changed = true;
        }
    })
    .response
    .on_hover_text(tr!(i18n, "schema-missing-tooltip"));
    changed
}

fn fields_grid(
    ui: &mut Ui,
    i18n: &I18n,
    schema: &mut TableSchema,
    classifiers: &[ClassifierChoice],
    selected: &mut Option<usize>,
) -> bool {
    let mut changed = false;
    let names: Vec<String> = schema.fields.iter().map(|f| f.name.clone()).collect();
    let key: Vec<String> = schema.primary_key.clone();
    let mut key_toggles: Vec<(String, bool)> = Vec::new();
    let mut renamed: Option<(String, String)> = None;
    egui::Grid::new("schema-grid")
        .num_columns(12)
        .striped(true)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let headings = [
                "schema-col-name",
                "schema-col-type",
                "schema-col-format",
                "schema-col-decimal",
                "schema-col-group",
                "schema-col-required",
                "schema-col-unique",
                "schema-col-key",
                "schema-col-classifier",
                "schema-col-level",
                "schema-col-parent",
                "schema-col-titles",
            ];
            let ids: Vec<egui::Id> = headings
                .iter()
                .map(|h| ui.label(RichText::new(heading(i18n, h)).strong()).id)
                .collect();
            ui.end_row();
            for (i, field) in schema.fields.iter_mut().enumerate() {
                let before = field.name.clone();
                // Each control is named for screen readers by its field and its column.
                let named =
                    |column: usize| format!("{before}: {}", heading(i18n, headings[column]));
                let name_edit = ui
                    .add(
                        TextEdit::singleline(&mut field.name)
                            .min_size(egui::vec2(150.0, 0.0))
                            .hint_text(heading(i18n, "schema-col-name")),
                    )
                    .accessible_name(named(0))
                    .on_hover_text(tr!(i18n, "schema-col-name-tooltip"));
                if name_edit.changed() {
                    changed = true;
                }
                // The name before editing began, kept while the box has focus.
                let original = name_edit.id.with("original");
                if name_edit.gained_focus() {
                    *selected = Some(i);
                    ui.data_mut(|d| d.insert_temp(original, before.clone()));
                }
                if name_edit.lost_focus()
                    && let Some(old) = ui.data_mut(|d| d.remove_temp::<String>(original))
                    && old != field.name
                {
                    renamed = Some((old, field.name.clone()));
                }
                let salt = format!("type-{i}");
                combo(
                    ui,
                    ids[1],
                    &salt,
                    field.field_type.name(),
                    Some(90.0),
                    |ui| {
                        for t in FieldType::COMMON {
                            if ui
                                .selectable_label(field.field_type == t, t.name())
                                .clicked()
                            {
                                field.field_type = t;
                                changed = true;
                            }
                        }
                    },
                )
                .accessible_name(named(1))
                .on_hover_text(tr!(i18n, "schema-col-type-tooltip"));
                if matches!(
                    field.field_type,
                    FieldType::Date | FieldType::Datetime | FieldType::Time
                ) {
                    let mut format = field.format.clone().unwrap_or_default();
                    if ui
                        .add(
                            TextEdit::singleline(&mut format)
                                .min_size(egui::vec2(96.0, 0.0))
                                .hint_text("%d.%m.%Y"),
                        )
                        .accessible_name(named(2))
                        .on_hover_text(tr!(i18n, "schema-col-format-tooltip"))
                        .changed()
                    {
                        field.format = (!format.is_empty()).then_some(format);
                        changed = true;
                    }
                } else {
                    ui.label("");
                }
                if field.field_type == FieldType::Number {
                    let current = field.decimal_char.clone().unwrap_or_else(|| ".".into());
                    combo(
                        ui,
                        ids[3],
                        &format!("decimal-{i}"),
                        current.as_str(),
                        Some(36.0),
                        |ui| {
                            for c in [".", ","] {
                                if ui.selectable_label(current == c, c).clicked() {
                                    field.decimal_char = (c != ".").then(|| c.to_owned());
                                    changed = true;
                                }
                            }
                        },
                    )
                    .accessible_name(named(3))
                    .on_hover_text(tr!(i18n, "schema-col-decimal-tooltip"));
                } else {
                    ui.label("");
                }
                if field.field_type.is_numeric() {
                    let choices = group_chars(i18n);
                    let shown = choices
                        .iter()
                        .find(|(c, _)| Some(*c) == field.group_char.as_deref())
                        .map_or("—", |(_, s)| s.as_str());
                    combo(ui, ids[4], &format!("group-{i}"), shown, Some(60.0), |ui| {
                        if ui
                            .selectable_label(field.group_char.is_none(), "—")
                            .clicked()
                        {
                            field.group_char = None;
                            changed = true;
                        }
                        for (c, s) in &choices {
                            if ui
                                .selectable_label(field.group_char.as_deref() == Some(*c), s)
                                .clicked()
                            {
                                field.group_char = Some((*c).to_owned());
                                changed = true;
                            }
                        }
                    })
                    .accessible_name(named(4))
                    .on_hover_text(tr!(i18n, "schema-col-group-tooltip"));
                } else {
                    ui.label("");
                }
                changed |= ui
                    .checkbox(&mut field.constraints.required, "")
                    .accessible_name(named(5))
                    .on_hover_text(tr!(i18n, "schema-col-required-tooltip"))
                    .changed();
                changed |= ui
                    .checkbox(&mut field.constraints.unique, "")
                    .accessible_name(named(6))
                    .on_hover_text(tr!(i18n, "schema-col-unique-tooltip"))
                    .changed();
                let mut in_key = key.contains(&field.name);
                if ui
                    .checkbox(&mut in_key, "")
                    .accessible_name(named(7))
                    .on_hover_text(tr!(i18n, "schema-col-key-tooltip"))
                    .changed()
                {
                    changed = true;
                    key_toggles.push((field.name.clone(), in_key));
                }
                let labels = ((ids[8], named(8)), (ids[9], named(9)));
                changed |= binding_cells(ui, i18n, field, classifiers, i, labels);
                let parent = field.parent.clone().unwrap_or_else(|| "—".into());
                combo(
                    ui,
                    ids[10],
                    &format!("parent-{i}"),
                    parent.as_str(),
                    Some(100.0),
                    |ui| {
                        if ui.selectable_label(field.parent.is_none(), "—").clicked() {
                            field.parent = None;
                            changed = true;
                        }
                        for other in names.iter().filter(|n| **n != field.name) {
                            if ui
                                .selectable_label(field.parent.as_ref() == Some(other), other)
                                .clicked()
                            {
                                field.parent = Some(other.clone());
                                changed = true;
                            }
                        }
                    },
                )
                .accessible_name(named(10))
                .on_hover_text(tr!(i18n, "schema-col-parent-tooltip"));
                let done = 4 - field.titles.missing().len();
                let text = RichText::new(format!("{done}/4"));
                let text = if done < 4 {
                    text.color(ui.visuals().warn_fg_color)
                } else {
                    text
                };
                if ui
                    .selectable_label(*selected == Some(i), text)
                    .accessible_name(named(11))
                    .on_hover_text(tr!(i18n, "schema-edit-titles"))
                    .clicked()
                {
                    *selected = Some(i);
                }
                ui.end_row();
            }
        });
    for (name, on) in key_toggles {
        schema.primary_key.retain(|k| *k != name);
        if on {
            schema.primary_key.push(name);
        }
    }
    if let Some((old, new)) = renamed {
        rename_references(schema, &old, &new);
    }
    changed
}

fn heading(i18n: &I18n, id: &str) -> String {
    match id {
        "schema-col-name" => tr!(i18n, "schema-col-name"),
        "schema-col-type" => tr!(i18n, "schema-col-type"),
        "schema-col-format" => tr!(i18n, "schema-col-format"),
        "schema-col-decimal" => tr!(i18n, "schema-col-decimal"),
        "schema-col-group" => tr!(i18n, "schema-col-group"),
        "schema-col-required" => tr!(i18n, "schema-col-required"),
        "schema-col-unique" => tr!(i18n, "schema-col-unique"),
        "schema-col-key" => tr!(i18n, "schema-col-key"),
        "schema-col-classifier" => tr!(i18n, "schema-col-classifier"),
        "schema-col-level" => tr!(i18n, "schema-col-level"),
        "schema-col-parent" => tr!(i18n, "schema-col-parent"),
        _ => tr!(i18n, "schema-col-titles"),
    }
}

/// Keeps the primary key, unique keys and parent links pointing at a renamed field.
pub fn rename_references(schema: &mut TableSchema, old: &str, new: &str) {
    let fix = |k: &mut String| {
        if k == old {
            *k = new.to_owned();
        }
    };
    schema.primary_key.iter_mut().for_each(fix);
    schema.unique_keys.iter_mut().flatten().for_each(fix);
    schema
        .foreign_keys
        .iter_mut()
        .flat_map(|k| k.fields.iter_mut())
        .for_each(fix);
    for field in &mut schema.fields {
        if let Some(p) = field.parent.as_mut() {
            fix(p);
        }
    }
}

fn binding_cells(
    ui: &mut Ui,
    i18n: &I18n,
    field: &mut Field,
    classifiers: &[ClassifierChoice],
    row: usize,
    labels: ((egui::Id, String), (egui::Id, String)),
) -> bool {
    let ((label, name), (level_label, level_spoken)) = labels;
    let mut changed = false;
    let none = tr!(i18n, "passport-none");
    let current = field
        .classifier
        .as_ref()
        .and_then(|b| classifiers.iter().find(|c| c.id == b.classifier));
    // The short form of a name ("SOATO" for "SOATO (administrative-territorial units)").
    let short = |name: &str| name.split(" (").next().unwrap_or(name).to_owned();
    let shown = current.map_or(none.clone(), |c| short(&c.name));
    combo(
        ui,
        label,
        &format!("classifier-{row}"),
        shown,
        Some(120.0),
        |ui| {
            if ui
                .selectable_label(field.classifier.is_none(), &none)
                .clicked()
            {
                field.classifier = None;
                changed = true;
            }
            for c in classifiers {
                let on = field
                    .classifier
                    .as_ref()
                    .is_some_and(|b| b.classifier == c.id);
                if ui.selectable_label(on, &c.name).clicked() {
                    field.classifier = Some(Binding {
                        classifier: c.id.clone(),
                        version: Some(c.version.clone()),
                        level: None,
                    });
                    changed = true;
                }
            }
        },
    )
    .accessible_name(name)
    .on_hover_text(tr!(i18n, "schema-col-classifier-tooltip"));
    match (current, field.classifier.as_mut()) {
        (Some(choice), Some(binding)) => {
            let level_name = binding
                .level
                .as_ref()
                .and_then(|l| choice.levels.iter().find(|(id, _)| id == l))
                .map_or_else(|| tr!(i18n, "schema-any-level"), |(_, n)| n.clone());
            combo(
                ui,
                level_label,
                &format!("level-{row}"),
                level_name,
                Some(100.0),
                |ui| {
                    if ui
                        .selectable_label(binding.level.is_none(), tr!(i18n, "schema-any-level"))
                        .clicked()
                    {
                        binding.level = None;
                        changed = true;
                    }
                    for (id, name) in &choice.levels {
                        if ui
                            .selectable_label(binding.level.as_ref() == Some(id), name)
                            .clicked()
                        {
                            binding.level = Some(id.clone());
                            changed = true;
                        }
                    }
                },
            )
            .accessible_name(level_spoken)
            .on_hover_text(tr!(i18n, "schema-col-level-tooltip"));
        }
        _ => {
            ui.label("");
        }
    }
    changed
}

/// The selected field's texts in four languages and its remaining constraints.
fn field_details(ui: &mut Ui, i18n: &I18n, field: &mut Field) -> bool {
    let mut changed = false;
    ui.heading(&field.name);
    lang_grid(ui, i18n, "field-langs", |ui, width| {
        changed |= lang_row(
            ui,
            i18n,
            &tr!(i18n, "schema-field-title"),
            &mut field.titles,
            false,
            width,
        );
        changed |= lang_row(
            ui,
            i18n,
            &tr!(i18n, "schema-field-description"),
            &mut field.descriptions,
            true,
            width,
        );
    });
    ui.add_space(6.0);
    egui::Grid::new("field-constraints")
        .num_columns(4)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let c = &mut field.constraints;
            let (label, tip) = (
                tr!(i18n, "constraint-minimum"),
                tr!(i18n, "constraint-minimum-tooltip"),
            );
            changed |= value_edit(ui, &label, &tip, &mut c.minimum);
            let (label, tip) = (
                tr!(i18n, "constraint-maximum"),
                tr!(i18n, "constraint-maximum-tooltip"),
            );
            changed |= value_edit(ui, &label, &tip, &mut c.maximum);
            ui.end_row();
            let (label, tip) = (
                tr!(i18n, "constraint-min-length"),
                tr!(i18n, "constraint-min-length-tooltip"),
            );
            changed |= length_edit(ui, &label, &tip, &mut c.min_length);
            let (label, tip) = (
                tr!(i18n, "constraint-max-length"),
                tr!(i18n, "constraint-max-length-tooltip"),
            );
            changed |= length_edit(ui, &label, &tip, &mut c.max_length);
            ui.end_row();
            let label = ui.label(tr!(i18n, "constraint-pattern"));
            let mut pattern = c.pattern.clone().unwrap_or_default();
            if ui
                .add(
                    TextEdit::singleline(&mut pattern)
                        .desired_width(200.0)
                        .hint_text("^17[0-9]{5}$"),
                )
                .labelled_by(label.id)
                .on_hover_text(tr!(i18n, "constraint-pattern-tooltip"))
                .changed()
            {
                c.pattern = (!pattern.is_empty()).then_some(pattern);
                changed = true;
            }
            let label = ui.label(tr!(i18n, "constraint-enum"));
            let list = c
                .enum_values
                .as_ref()
                .map(|v| v.iter().map(value_text).collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            let hint = tr!(i18n, "constraint-enum-hint");
            let tip = tr!(i18n, "constraint-enum-tooltip");
            if let Some(list) = deferred_edit(ui, label.id, &list, &hint, 260.0, &tip) {
                let items: Vec<Value> = list
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_owned()))
                    .collect();
                c.enum_values = (!items.is_empty()).then_some(items);
                changed = true;
            }
            ui.end_row();
        });
    changed
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A bound written as a number when it is one (`0`, `12.5`), else as text (a date).
fn value_edit(ui: &mut Ui, label: &str, tip: &str, value: &mut Option<Value>) -> bool {
    let label = ui.label(label);
    let current = value.as_ref().map(value_text).unwrap_or_default();
    let Some(text) = deferred_edit(ui, label.id, &current, "—", 120.0, tip) else {
        return false;
    };
    let t = text.trim();
    *value = if t.is_empty() {
        None
    } else if let Ok(n) = t.parse::<i64>() {
        Some(Value::from(n))
    } else if let Some(n) = t.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
        Some(Value::Number(n))
    } else {
        Some(Value::String(t.to_owned()))
    };
    true
}

fn length_edit(ui: &mut Ui, label: &str, tip: &str, value: &mut Option<u64>) -> bool {
    let label = ui.label(label);
    let mut text = value.map(|v| v.to_string()).unwrap_or_default();
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .desired_width(120.0)
                .hint_text("—"),
        )
        .labelled_by(label.id)
        .on_hover_text(tip);
    if response.changed() {
        *value = text.trim().parse().ok();
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::schema::ForeignKey;

    #[test]
    fn renaming_a_field_moves_keys_parents_and_foreign_keys() {
        let mut district = Field::new("tuman", FieldType::String);
        district.parent = Some("viloyat".into());
        let mut schema = TableSchema {
            fields: vec![Field::new("viloyat", FieldType::String), district],
            primary_key: vec!["viloyat".into()],
            unique_keys: vec![vec!["viloyat".into(), "tuman".into()]],
            foreign_keys: vec![ForeignKey {
                fields: vec!["viloyat".into()],
                ..ForeignKey::default()
            }],
            ..TableSchema::default()
        };
        rename_references(&mut schema, "viloyat", "region");
        assert_eq!(schema.primary_key, ["region"]);
        assert_eq!(schema.unique_keys[0], ["region", "tuman"]);
        assert_eq!(schema.foreign_keys[0].fields, ["region"]);
        assert_eq!(schema.fields[1].parent.as_deref(), Some("region"));
    }
}
