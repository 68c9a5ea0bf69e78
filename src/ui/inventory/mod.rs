//! The inventory tab of the calendar screen: the organisation's approved list of datasets.
//! A table of the list (code, title, periodicity, deadline rule, responsible person, linked
//! dataset, what the portal said at the last sync) with a filter; an editor for the
//! selected item; adding by hand, from the workspace's datasets, from the portal's
//! catalogue, and from the ministry's Excel or CSV list (pick the file, the sheet and the
//! header row, say which column is which, see the rows as they will be imported with their
//! problems, then import).
//!
//! [`tick`] takes in finished jobs before the frame, [`show`] draws and returns
//! [`InventoryIntent`]s, and [`apply()`] does what they ask: files are read and catalogues
//! fetched on job threads, and every change is saved at once (`inventory.json`, written
//! atomically) and reported as [`InventoryEvent::Changed`].

mod apply;
mod editor;
mod import;
mod state;
mod table;

use egui::{RichText, Ui};

pub use apply::{InventoryContext, InventoryEvent, InventoryIntent, apply, tick};
pub use state::{ImportDraft, InventoryState};

use self::state::Editing;
use crate::core::calendar::import::{ImportProblem, InventoryField};
use crate::core::calendar::{InventoryItem, Rule};
use crate::core::lang::Lang;
use crate::core::publish::target::{Target, TargetKind};
use crate::core::table::Table;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::tr;
use crate::ui::widgets::labelled_combo;

/// Data rows shown in the import preview.
const PREVIEW_ROWS: usize = 20;
/// The files the import offers.
const LIST_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "xlsb", "ods", "csv", "tsv", "txt"];

/// Draws the tab and returns what the user asked for.
pub fn show(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &InventoryContext<'_>,
) -> Vec<InventoryIntent> {
    let mut out = Vec::new();
    if let Some((ok, text)) = &state.message {
        let color = if *ok {
            ui.visuals().text_color()
        } else {
            ui.visuals().error_fg_color
        };
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(color, text.as_str());
            if ui
                .small_button(tr!(i18n, "notice-dismiss"))
                .on_hover_text(tr!(i18n, "inventory-dismiss-tooltip"))
                .clicked()
            {
                out.push(InventoryIntent::DismissMessage);
            }
        });
        if !state.problems.is_empty() {
            egui::CollapsingHeader::new(tr!(
                i18n,
                "inventory-import-problems",
                count = state.problems.len()
            ))
            .id_salt("inventory-last-problems")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("inventory-last-problems-scroll")
                    .max_height(160.0)
                    .show(ui, |ui| {
                        for p in &state.problems {
                            ui.label(format!("• {p}"));
                        }
                    });
            });
        }
    }

    if state.draft.is_some() {
        import::ui(ui, i18n, state, cx, &mut out);
    } else if cx.inventory.items.is_empty() && state.editing.is_none() {
        empty_ui(ui, i18n, state, cx, &mut out);
    } else {
        actions_ui(ui, i18n, state, cx, &mut out, false);
        ui.separator();
        table::ui(ui, i18n, state, cx, &mut out);
        ui.separator();
        editor::ui(ui, i18n, state, cx, &mut out);
    }
    out
}

/// The way in when the list is empty: what the list is for and the four ways to fill it.
fn empty_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &InventoryContext<'_>,
    out: &mut Vec<InventoryIntent>,
) {
    ui.add_space(12.0);
    ui.label(RichText::new(tr!(i18n, "inventory-empty-title")).heading());
    ui.add_space(4.0);
    ui.label(tr!(i18n, "inventory-empty-hint"));
    ui.add_space(12.0);
    actions_ui(ui, i18n, state, cx, out, true);
}

/// The buttons that fill the list: import, sync, the workspace's datasets, by hand.
fn actions_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &InventoryContext<'_>,
    out: &mut Vec<InventoryIntent>,
    stacked: bool,
) {
    let mut draw = |ui: &mut Ui| {
        ui.horizontal(|ui| {
            let busy = state.jobs.dialog.is_running() || state.jobs.reading.is_running();
            if ui
                .add_enabled(!busy, egui::Button::new(tr!(i18n, "inventory-import")))
                .on_hover_text(tr!(i18n, "inventory-import-tooltip"))
                .clicked()
            {
                out.push(InventoryIntent::ChooseFile);
            }
            if state.jobs.reading.is_running() {
                ui.spinner();
                ui.label(tr!(i18n, "inventory-reading"));
                if ui
                    .button(tr!(i18n, "source-cancel"))
                    .on_hover_text(tr!(i18n, "inventory-reading-cancel-tooltip"))
                    .clicked()
                {
                    out.push(InventoryIntent::CancelRead);
                }
            }
        });
        ui.horizontal(|ui| {
            sync_ui(ui, i18n, state, cx, out);
        });
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !cx.datasets.is_empty(),
                    egui::Button::new(tr!(i18n, "inventory-add-datasets")),
                )
                .on_hover_text(tr!(i18n, "inventory-add-datasets-tooltip"))
                .on_disabled_hover_text(tr!(i18n, "inventory-add-datasets-none"))
                .clicked()
            {
                out.push(InventoryIntent::AddDatasets);
            }
            if ui
                .button(tr!(i18n, "inventory-add"))
                .on_hover_text(tr!(i18n, "inventory-add-tooltip"))
                .clicked()
            {
                // A new item is only the editor's until it has a code or a title.
                state.selected = None;
                state.confirm_delete = None;
                state.editing = Some(Editing::new_item());
                state.focus_code = true;
            }
        });
    };
    if stacked {
        ui.vertical(|ui| draw(ui));
    } else {
        ui.horizontal_wrapped(|ui| {
            draw(ui);
        });
    }
}

/// The target combo and the sync button.
fn sync_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &InventoryContext<'_>,
    out: &mut Vec<InventoryIntent>,
) {
    let targets: Vec<&Target> = cx
        .ws
        .meta
        .targets
        .iter()
        .filter(|t| lists_catalogue(t))
        .collect();
    if !targets.iter().any(|t| t.id == state.sync_target) {
        // A portal first: its catalogue is the one that matters.
        state.sync_target = targets
            .iter()
            .find(|t| t.kind == TargetKind::Egov)
            .or(targets.first())
            .map(|t| t.id.clone())
            .unwrap_or_default();
    }
    let current = targets
        .iter()
        .find(|t| t.id == state.sync_target)
        .map(|t| t.id.clone())
        .unwrap_or_else(|| tr!(i18n, "inventory-sync-no-target"));
    labelled_combo(
        ui,
        &tr!(i18n, "inventory-sync-target"),
        "inventory-sync-target",
        current,
        Some(160.0),
        |ui| {
            for t in &targets {
                let text = format!("{} ({})", t.id, t.url);
                if ui
                    .selectable_label(t.id == state.sync_target, text)
                    .clicked()
                {
                    state.sync_target = t.id.clone();
                }
            }
        },
    )
    .on_hover_text(tr!(i18n, "inventory-sync-target-tooltip"));
    let syncing = state.jobs.syncing.is_running();
    let ready = !state.sync_target.is_empty() && !syncing;
    if ui
        .add_enabled(ready, egui::Button::new(tr!(i18n, "inventory-sync")))
        .on_hover_text(tr!(i18n, "inventory-sync-tooltip"))
        .on_disabled_hover_text(tr!(i18n, "inventory-sync-disabled"))
        .clicked()
    {
        out.push(InventoryIntent::Sync);
    }
    if syncing {
        ui.spinner();
        ui.label(tr!(i18n, "inventory-syncing"));
    }
}

/// Whether a target can list a catalogue to sync from.
pub(super) fn lists_catalogue(target: &Target) -> bool {
    matches!(target.kind, TargetKind::Egov | TargetKind::Folder)
}

/// The name of a field, as the editor and the column mapping label it.
pub fn field_name(i18n: &I18n, field: InventoryField) -> String {
    match field {
        InventoryField::Code => tr!(i18n, "inventory-field-code"),
        InventoryField::PortalId => tr!(i18n, "inventory-field-portal-id"),
        InventoryField::TitleUzLatn => tr!(i18n, "inventory-field-title-uz-latn"),
        InventoryField::TitleUzCyrl => tr!(i18n, "inventory-field-title-uz-cyrl"),
        InventoryField::TitleRu => tr!(i18n, "inventory-field-title-ru"),
        InventoryField::TitleEn => tr!(i18n, "inventory-field-title-en"),
        InventoryField::Periodicity => tr!(i18n, "inventory-field-periodicity"),
        InventoryField::DaysAfter => tr!(i18n, "inventory-field-days"),
        InventoryField::Responsible => tr!(i18n, "inventory-field-responsible"),
        InventoryField::Note => tr!(i18n, "inventory-field-note"),
    }
}

/// A problem of an imported row in the user's language; `first` is the spreadsheet's row
/// number of data row 1 (rows are named as the spreadsheet shows them).
pub fn problem_text(i18n: &I18n, problem: &ImportProblem, first: usize) -> String {
    match problem {
        ImportProblem::UnknownPeriodicity { text, .. } => {
            tr!(i18n, "inventory-problem-periodicity", text = text.as_str())
        }
        ImportProblem::NoPeriodicity { .. } => tr!(i18n, "inventory-problem-no-periodicity"),
        ImportProblem::BadDays { text, .. } => {
            tr!(i18n, "inventory-problem-days", text = text.as_str())
        }
        ImportProblem::NoCodeNoTitle { .. } => tr!(i18n, "inventory-problem-empty"),
        ImportProblem::NoCode { title, .. } => {
            tr!(i18n, "inventory-problem-no-code", title = title.as_str())
        }
        ImportProblem::DuplicateCode {
            code, first_row, ..
        } => {
            let first: usize = first + first_row - 1;
            tr!(
                i18n,
                "inventory-problem-duplicate",
                code = code.as_str(),
                first = first
            )
        }
    }
}

/// A problem with its spreadsheet row: "Row 8: …".
pub fn problem_line(i18n: &I18n, problem: &ImportProblem, first: usize) -> String {
    let text = problem_text(i18n, problem, first);
    let row: usize = first + problem.row() - 1;
    tr!(i18n, "inventory-problem-at", row = row, problem = text)
}

/// A column as the mapping offers it: its letter and heading ("B — Код набора").
pub(super) fn column_label(table: &Table, column: usize) -> String {
    let mut letters = String::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    match table.header().get(column).map(|h| h.trim()) {
        Some(h) if !h.is_empty() => {
            let h: String = h.chars().take(40).collect();
            format!("{letters} — {h}")
        }
        _ => letters,
    }
}

/// The item's title in the interface language, else in another, else its code.
pub(super) fn item_title(lang: Lang, item: &InventoryItem) -> &str {
    item.title.best(lang)
}

/// The rule in force for an item: its own, else the workspace's for its periodicity.
pub(super) fn item_rule(ws: &Workspace, item: &InventoryItem) -> Option<Rule> {
    match item.days_after {
        Some(days) => Some(Rule {
            periodicity: item.periodicity,
            days,
            own: true,
        }),
        None => ws
            .meta
            .calendar
            .days_after
            .get(item.periodicity)
            .map(|days| Rule {
                periodicity: item.periodicity,
                days,
                own: false,
            }),
    }
}

pub(super) fn dataset_folder(entry: &DatasetEntry) -> String {
    entry
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(super) fn dataset_label(lang: Lang, entry: &DatasetEntry) -> String {
    let folder = dataset_folder(entry);
    match &entry.package {
        Ok(p) if !p.passport.title.best(lang).trim().is_empty() => {
            let title: String = p.passport.title.best(lang).chars().take(50).collect();
            format!("{folder} — {title}")
        }
        _ => folder,
    }
}

pub(super) fn matches_filter(item: &InventoryItem, filter: &str) -> bool {
    let filter = filter.trim().to_lowercase();
    if filter.is_empty() {
        return true;
    }
    let texts = [
        &item.code,
        &item.portal_id,
        &item.responsible,
        &item.dataset,
        &item.note,
    ];
    texts
        .into_iter()
        .map(String::as_str)
        .chain(Lang::ALL.into_iter().map(|l| item.title.get(l)))
        .any(|t| t.to_lowercase().contains(&filter))
}
