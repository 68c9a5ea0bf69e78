//! The classifiers screen: every code list Ochiq knows (bundled SOATO and portal spheres,
//! and those imported into the workspace, each version), browsable and searchable by code or
//! name in any script; and the import of a new code list from a CSV or Excel file, choosing
//! which columns hold the code, the parent, the level and the names.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{RichText, TextEdit, Ui};

use super::actions::Action;
use super::passport_view::lang_heading;
use super::widgets::combo;
use crate::core::classifier::{
    Classifier, ClassifierError, ClassifierInfo, ImportSpec, MatchOptions, Origin, Registry,
    import_table,
};
use crate::core::lang::Lang;
use crate::core::table::Table;
use crate::i18n::I18n;
use crate::tr;

/// Rows shown in the import preview.
const PREVIEW_ROWS: usize = 6;

/// A code list being imported: the file as read and the user's column choices.
pub struct ImportDraft {
    pub path: PathBuf,
    pub table: Arc<Table>,
    pub spec: ImportSpec,
    pub error: Option<String>,
}

impl ImportDraft {
    /// Starts with the first column as the code and the file name as id and name.
    pub fn new(path: PathBuf, table: Arc<Table>) -> Self {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut spec = ImportSpec {
            info: ClassifierInfo {
                id: crate::core::schema::package::slug(&stem),
                version: "1".into(),
                source: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                ..ClassifierInfo::default()
            },
            code_column: 0,
            ..ImportSpec::default()
        };
        spec.info.name.uz_latn = stem;
        if table.width() > 1 {
            spec.names.uz_latn = Some(1);
        }
        Self {
            path,
            table,
            spec,
            error: None,
        }
    }
}

#[derive(Default)]
pub struct ClassifiersState {
    /// The classifier shown: id and version.
    pub selected: Option<(String, String)>,
    pub search: String,
    pub draft: Option<ImportDraft>,
}

pub fn origin_name(i18n: &I18n, origin: Option<Origin>) -> String {
    match origin {
        Some(Origin::Bundled) => tr!(i18n, "classifiers-bundled"),
        Some(Origin::Imported) | None => tr!(i18n, "classifiers-imported"),
    }
}

/// A translated sentence for a classifier problem.
pub fn classifier_error_text(i18n: &I18n, error: &ClassifierError) -> String {
    // Rows are shown as the user counts them: the first data row is 1.
    let shown = |row: &usize| *row + 1;
    match error {
        ClassifierError::EmptyCode { row } => {
            let row = shown(row);
            tr!(i18n, "classifier-error-empty-code", row = row)
        }
        ClassifierError::DuplicateCode { row, code, first } => {
            let (row, first) = (shown(row), shown(first));
            tr!(
                i18n,
                "classifier-error-duplicate",
                row = row,
                code = code.as_str(),
                first = first
            )
        }
        ClassifierError::UnknownParent { row, code, parent } => {
            let row = shown(row);
            let parent = parent.as_str();
            tr!(
                i18n,
                "classifier-error-parent",
                row = row,
                code = code.as_str(),
                parent = parent
            )
        }
        ClassifierError::Cycle { row, code } => {
            let row = shown(row);
            tr!(
                i18n,
                "classifier-error-cycle",
                row = row,
                code = code.as_str()
            )
        }
        ClassifierError::NoRows => tr!(i18n, "classifier-error-no-rows"),
        ClassifierError::InvalidId(id) => tr!(i18n, "classifier-error-id", id = id.as_str()),
        ClassifierError::InvalidVersion(v) => {
            tr!(i18n, "classifier-error-version", version = v.as_str())
        }
        ClassifierError::VersionExists { id, version } => tr!(
            i18n,
            "classifier-error-exists",
            id = id.as_str(),
            version = version.as_str()
        ),
        other => tr!(i18n, "classifier-error-other", detail = other.to_string()),
    }
}

pub fn classifiers_ui(
    ui: &mut Ui,
    i18n: &I18n,
    registry: &Registry,
    state: &mut ClassifiersState,
    actions: &mut Vec<Action>,
) {
    let lang = i18n.lang();
    ui.horizontal(|ui| {
        ui.heading(tr!(i18n, "classifiers-title"));
        if ui
            .button(tr!(i18n, "classifiers-import"))
            .on_hover_text(tr!(i18n, "classifiers-import-tooltip"))
            .clicked()
        {
            actions.push(Action::ChooseCodeList);
        }
        if ui
            .button(tr!(i18n, "classifiers-close"))
            .on_hover_text(tr!(i18n, "classifiers-close-tooltip"))
            .clicked()
        {
            actions.push(Action::CloseClassifiers);
        }
    });
    ui.separator();
    if state.draft.is_some() {
        import_ui(ui, i18n, state, actions);
        return;
    }
    egui::Panel::left("classifier-list")
        .resizable(true)
        .default_size(280.0)
        .show(ui, |ui| {
            let mut imported = false;
            for id in registry.ids().map(str::to_owned).collect::<Vec<_>>() {
                for version in registry.versions(&id) {
                    let Some(c) = registry.get(&id, Some(version)) else {
                        continue;
                    };
                    imported |= registry.origin(&id, version) == Some(Origin::Imported);
                    let chosen = state.selected.as_ref() == Some(&(id.clone(), version.to_owned()));
                    let text = format!("{} · {}", c.name().best(lang), version);
                    let hover = format!(
                        "{id} · {} · {}",
                        origin_name(i18n, registry.origin(&id, version)),
                        tr!(i18n, "classifiers-entries", count = c.len())
                    );
                    if ui
                        .selectable_label(chosen, text)
                        .on_hover_text(hover)
                        .clicked()
                    {
                        state.selected = Some((id.clone(), version.to_owned()));
                    }
                }
            }
            if !imported {
                // Nothing of the workspace's own yet: say how to add it.
                ui.add_space(12.0);
                ui.label(RichText::new(tr!(i18n, "classifiers-none-imported")).weak());
                if ui
                    .button(tr!(i18n, "classifiers-import-own"))
                    .on_hover_text(tr!(i18n, "classifiers-import-tooltip"))
                    .clicked()
                {
                    actions.push(Action::ChooseCodeList);
                }
            }
        });
    let shown = state
        .selected
        .as_ref()
        .and_then(|(id, v)| registry.get(id, Some(v)))
        .or_else(|| registry.latest_all().next());
    if let Some(c) = shown {
        entries_ui(ui, i18n, c, &mut state.search);
    }
}

/// One classifier: what it is, where it comes from, and its codes, filtered by the search.
fn entries_ui(ui: &mut Ui, i18n: &I18n, c: &Classifier, search: &mut String) {
    let lang = i18n.lang();
    ui.label(
        RichText::new(c.name().best(lang))
            .strong()
            .size(super::theme::scaled(ui.ctx(), 16.0)),
    );
    ui.label(
        RichText::new(tr!(
            i18n,
            "classifiers-about",
            id = c.id(),
            version = c.version(),
            count = c.len()
        ))
        .weak(),
    );
    ui.add(egui::Label::new(RichText::new(c.source()).small().weak()).wrap());
    ui.add(
        TextEdit::singleline(search)
            .hint_text(tr!(i18n, "classifiers-search"))
            .desired_width(320.0),
    )
    .accessible_name(tr!(i18n, "classifiers-search-name"))
    .on_hover_text(tr!(i18n, "classifiers-search-tooltip"));
    let query = search.trim();
    let rows: Vec<usize> = if query.is_empty() {
        (0..c.len()).collect()
    } else if query.bytes().all(|b| b.is_ascii_digit()) {
        c.entries()
            .iter()
            .enumerate()
            .filter(|(_, e)| e.code.starts_with(query))
            .map(|(i, _)| i)
            .collect()
    } else {
        let codes: Vec<String> = c
            .match_name(query, &MatchOptions::default())
            .into_iter()
            .take(200)
            .map(|m| m.code().to_owned())
            .collect();
        codes
            .iter()
            .filter_map(|code| c.entries().iter().position(|e| e.code == *code))
            .collect()
    };
    ui.label(RichText::new(tr!(i18n, "classifiers-shown", count = rows.len())).weak());
    if rows.is_empty() && !query.is_empty() {
        ui.label(tr!(i18n, "classifiers-nothing-found"));
    }
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    egui::ScrollArea::vertical()
        .id_salt("classifier-entries")
        .auto_shrink([false, false])
        .show_rows(ui, row_h, rows.len(), |ui, range| {
            egui::Grid::new("classifier-grid")
                .num_columns(4)
                .striped(true)
                .min_row_height(row_h)
                .show(ui, |ui| {
                    for &i in &rows[range] {
                        let e = &c.entries()[i];
                        ui.label(RichText::new(&e.code).monospace());
                        let level = c
                            .levels()
                            .get(e.level)
                            .map(|l| l.name.best(lang))
                            .unwrap_or("");
                        ui.label(RichText::new(level).weak());
                        let name = e.name.best(lang);
                        if e.is_group {
                            ui.label(RichText::new(name).italics());
                        } else {
                            ui.label(name);
                        }
                        ui.label(
                            RichText::new(e.parent.as_deref().unwrap_or(""))
                                .weak()
                                .monospace(),
                        );
                        ui.end_row();
                    }
                });
        });
}

/// The import form: preview, column choices, identity of the new code list.
fn import_ui(ui: &mut Ui, i18n: &I18n, state: &mut ClassifiersState, actions: &mut Vec<Action>) {
    let Some(draft) = &mut state.draft else {
        return;
    };
    let name_of = |table: &Table, c: usize| {
        table
            .header()
            .get(c)
            .filter(|h| !h.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| format!("#{}", c + 1))
    };
    ui.label(RichText::new(tr!(
        i18n,
        "classifiers-import-file",
        name = draft.path.display().to_string(),
        rows = draft.table.rows()
    )));
    egui::ScrollArea::horizontal()
        .id_salt("import-preview")
        .show(ui, |ui| {
            egui::Grid::new("import-preview-grid")
                .striped(true)
                .show(ui, |ui| {
                    for c in 0..draft.table.width() {
                        ui.label(RichText::new(name_of(&draft.table, c)).strong());
                    }
                    ui.end_row();
                    for row in draft.table.iter_rows().take(PREVIEW_ROWS) {
                        for c in 0..draft.table.width() {
                            ui.label(row.get(c).unwrap_or(""));
                        }
                        ui.end_row();
                    }
                });
        });
    ui.separator();
    let width = draft.table.width();
    let table = Arc::clone(&draft.table);
    let none = tr!(i18n, "passport-none");
    let column_combo =
        |ui: &mut Ui, label: &str, salt: &str, value: &mut Option<usize>, optional: bool| {
            let label = ui.label(label);
            let shown = value.map_or(none.clone(), |c| name_of(&table, c));
            let tip = if optional {
                tr!(i18n, "classifiers-col-optional-tooltip")
            } else {
                tr!(i18n, "classifiers-col-code-tooltip")
            };
            combo(ui, label.id, salt, shown, Some(220.0), |ui| {
                if optional && ui.selectable_label(value.is_none(), &none).clicked() {
                    *value = None;
                }
                for c in 0..width {
                    if ui
                        .selectable_label(*value == Some(c), name_of(&table, c))
                        .clicked()
                    {
                        *value = Some(c);
                    }
                }
            })
            .on_hover_text(tip);
            ui.end_row();
        };
    egui::Grid::new("import-columns")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let mut code = Some(draft.spec.code_column);
            column_combo(
                ui,
                &tr!(i18n, "classifiers-col-code"),
                "col-code",
                &mut code,
                false,
            );
            draft.spec.code_column = code.unwrap_or(0);
            column_combo(
                ui,
                &tr!(i18n, "classifiers-col-parent"),
                "col-parent",
                &mut draft.spec.parent_column,
                true,
            );
            column_combo(
                ui,
                &tr!(i18n, "classifiers-col-level"),
                "col-level",
                &mut draft.spec.level_column,
                true,
            );
            for lang in Lang::ALL {
                let mut col = draft.spec.names.get(lang);
                let label = tr!(
                    i18n,
                    "classifiers-col-name",
                    lang = lang_heading(i18n, lang)
                );
                column_combo(
                    ui,
                    &label,
                    &format!("col-name-{}", lang.code()),
                    &mut col,
                    true,
                );
                draft.spec.names.set(lang, col);
            }
            for (label, value, hint, tip) in [
                (
                    tr!(i18n, "classifiers-id"),
                    &mut draft.spec.info.id,
                    "okonh",
                    tr!(i18n, "classifiers-id-tooltip"),
                ),
                (
                    tr!(i18n, "classifiers-version"),
                    &mut draft.spec.info.version,
                    "2026-01",
                    tr!(i18n, "classifiers-version-tooltip"),
                ),
                (
                    tr!(i18n, "classifiers-source"),
                    &mut draft.spec.info.source,
                    "",
                    tr!(i18n, "classifiers-source-tooltip"),
                ),
            ] {
                let label = ui.label(label);
                ui.add(
                    TextEdit::singleline(value)
                        .hint_text(hint)
                        .desired_width(300.0),
                )
                .labelled_by(label.id)
                .on_hover_text(tip);
                ui.end_row();
            }
            for lang in Lang::ALL {
                let label = ui.label(tr!(
                    i18n,
                    "classifiers-name",
                    lang = lang_heading(i18n, lang)
                ));
                ui.add(
                    TextEdit::singleline(draft.spec.info.name.get_mut(lang))
                        .hint_text(lang.native_name())
                        .desired_width(300.0),
                )
                .labelled_by(label.id)
                .on_hover_text(tr!(i18n, "classifiers-name-tooltip"));
                ui.end_row();
            }
        });
    if let Some(error) = &draft.error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        if ui
            .button(tr!(i18n, "classifiers-import-do"))
            .on_hover_text(tr!(i18n, "classifiers-import-do-tooltip"))
            .clicked()
        {
            actions.push(Action::ImportCodeList);
        }
        if ui
            .button(tr!(i18n, "classifiers-import-cancel"))
            .on_hover_text(tr!(i18n, "classifiers-import-cancel-tooltip"))
            .clicked()
        {
            state.draft = None;
        }
    });
}

/// Builds the classifier from the draft; the error is kept on the draft, translated.
pub fn build_from_draft(i18n: &I18n, draft: &mut ImportDraft) -> Option<Classifier> {
    match import_table(&draft.table, &draft.spec) {
        Ok(c) => Some(c),
        Err(e) => {
            draft.error = Some(classifier_error_text(i18n, &e));
            None
        }
    }
}
