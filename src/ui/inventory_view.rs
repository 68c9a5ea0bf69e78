//! The inventory tab of the calendar screen: the organisation's approved list of datasets.
//! A table of the list (code, title, periodicity, deadline rule, responsible person, linked
//! dataset, what the portal said at the last sync) with a filter; an editor for the
//! selected item; adding by hand, from the workspace's datasets, from the portal's
//! catalogue, and from the ministry's Excel or CSV list (pick the file, the sheet and the
//! header row, say which column is which, see the rows as they will be imported with their
//! problems, then import).
//!
//! Files are read and catalogues fetched on job threads; every change is saved at once
//! (`inventory.json`, written atomically) and reported as [`InventoryEvent::Changed`].

use std::path::PathBuf;
use std::sync::Arc;

use egui::{RichText, Sense, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::jobs::{Job, Poll, spawn_open_dialog};
use super::widgets::{announce_cell, combo, labelled_combo};
use crate::core::calendar::import::{
    ColumnMap, ImportProblem, InventoryField, InventoryImport, first_sheet_row, guess_columns,
    read_inventory,
};
use crate::core::calendar::inventory::{MergeCount, same_name};
use crate::core::calendar::{Inventory, InventoryItem, Rule};
use crate::core::date::unix_now;
use crate::core::ingest::{self, IngestError, OpenOptions, SourceInfo};
use crate::core::lang::Lang;
use crate::core::publish::secrets::{SecretStore, target_secrets};
use crate::core::publish::target::{Target, TargetKind};
use crate::core::publish::{PublishError, RemoteDataset};
use crate::core::schema::Periodicity;
use crate::core::table::Table;
use crate::core::workflow::publish as flow;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::text::calendar::rule_text;
use crate::text::messages::{Notice, notice_text, publish_error_text};
use crate::text::names::periodicity_name;
use crate::tr;

/// Data rows shown in the import preview.
const PREVIEW_ROWS: usize = 20;
/// The files the import offers.
const LIST_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "xlsb", "ods", "csv", "tsv", "txt"];

type ReadResult = Result<(SourceInfo, Table), (PathBuf, IngestError)>;
type SyncResult = Result<Vec<RemoteDataset>, String>;

/// The ministry's list as read, and the user's choices for it.
pub struct ImportDraft {
    pub path: PathBuf,
    pub info: SourceInfo,
    pub table: Table,
    pub map: ColumnMap,
    /// The rows as they will be imported with the current choices.
    pub preview: InventoryImport,
}

impl ImportDraft {
    fn new(path: PathBuf, info: SourceInfo, table: Table, inventory: &Inventory) -> Self {
        let map = guess_columns(&table);
        let preview = read_inventory(&table, &map, inventory);
        Self {
            path,
            info,
            table,
            map,
            preview,
        }
    }

    /// The spreadsheet's row number of data row 1.
    pub fn first(&self) -> usize {
        first_sheet_row(&self.info.header)
    }

    /// The spreadsheet's row number of a data row.
    pub fn sheet_row(&self, row: usize) -> usize {
        self.first() + row - 1
    }
}

/// The item being edited: its place in the list (`None`: a new one, added once it has a
/// code or a title), as it was, and as edited.
struct Editing {
    index: Option<usize>,
    original: InventoryItem,
    draft: InventoryItem,
}

/// The tab's own state (selection, the item being edited, an import or sync under way).
#[derive(Default)]
pub struct InventoryState {
    selected: Option<usize>,
    scroll_to_selected: bool,
    pub filter: String,
    editing: Option<Editing>,
    /// The item whose deletion waits for a confirmation.
    confirm_delete: Option<usize>,
    /// The outcome of the last action (good or bad), and the problems of the last import.
    message: Option<(bool, String)>,
    problems: Vec<String>,
    dialog: Option<Job<Option<PathBuf>>>,
    reading: Option<Job<ReadResult>>,
    /// The list being imported (the mapping and preview step).
    pub draft: Option<ImportDraft>,
    /// The target to sync from, and a sync under way.
    pub sync_target: String,
    syncing: Option<(String, Job<SyncResult>)>,
    /// The code field takes the keyboard on the next frame (a dataset added by hand).
    focus_code: bool,
}

impl InventoryState {
    /// Whether a job (an import being read, a catalogue sync) is still running.
    pub fn is_busy(&self) -> bool {
        self.dialog.is_some() || self.reading.is_some() || self.syncing.is_some()
    }

    /// Shows the item at `index` of the list (the calendar's "open" on an unlinked dataset).
    pub fn select(&mut self, index: usize) {
        self.selected = Some(index);
        self.scroll_to_selected = true;
        self.confirm_delete = None;
        self.filter.clear();
    }

    /// The index of the selected item.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The outcome of the last action, as shown.
    pub fn message(&self) -> Option<&str> {
        self.message.as_ref().map(|(_, m)| m.as_str())
    }

    /// Reads `path` as the list to import (what the file dialog leads to).
    pub fn import_file(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.start_reading(ctx, path, OpenOptions::default());
    }

    fn start_reading(&mut self, ctx: &egui::Context, path: PathBuf, options: OpenOptions) {
        self.reading = Some(Job::spawn(
            "ochiq-inventory-read",
            ctx,
            move |tracker, send| {
                send(ingest::read_table(&path, &options, tracker).map_err(|e| (path, e)));
            },
        ));
    }

    fn start_sync(&mut self, ctx: &egui::Context, i18n: &I18n, cx: &InventoryContext<'_>) {
        let Some(target) = cx.ws.target(&self.sync_target).cloned() else {
            return;
        };
        let ws = cx.ws.clone();
        let secret = target_secrets(cx.secrets);
        let lang = i18n.lang();
        let id = target.id.clone();
        let job = Job::spawn("ochiq-inventory-sync", ctx, move |_, send| {
            let i18n = I18n::new(lang);
            send(flow::catalogue(&ws, &target, &secret).map_err(|e| sync_error_text(&i18n, &e)));
        });
        self.syncing = Some((id, job));
    }

    /// Takes in what the jobs finished.
    fn poll(&mut self, ctx: &egui::Context, i18n: &I18n, cx: &mut InventoryContext<'_>) -> bool {
        let mut changed = false;
        if let Some(job) = &self.dialog {
            match job.poll() {
                Poll::Message(picked) => {
                    self.dialog = None;
                    if let Some(path) = picked {
                        self.import_file(ctx, path);
                    }
                }
                Poll::Lost => self.dialog = None,
                Poll::Idle => {}
            }
        }
        if let Some(job) = &self.reading {
            match job.poll() {
                Poll::Message(read) => {
                    self.reading = None;
                    match read {
                        Ok((info, table)) => {
                            let path = info.path.clone();
                            self.draft = Some(ImportDraft::new(path, info, table, cx.inventory));
                            self.message = None;
                        }
                        Err((path, error)) => {
                            let (text, detail) = notice_text(i18n, &Notice::File { path, error });
                            let text = match detail {
                                Some(d) => format!("{text} ({d})"),
                                None => text,
                            };
                            self.message = Some((false, text));
                        }
                    }
                }
                Poll::Lost => {
                    self.reading = None;
                    self.message = Some((false, tr!(i18n, "job-error-lost")));
                }
                Poll::Idle => {}
            }
        }
        if let Some((target, job)) = &self.syncing {
            match job.poll() {
                Poll::Message(Ok(catalogue)) => {
                    let target = target.clone();
                    self.syncing = None;
                    let count = cx
                        .inventory
                        .merge_catalogue(&target, &catalogue, unix_now());
                    changed = true;
                    let text = tr!(
                        i18n,
                        "inventory-synced",
                        target = target.as_str(),
                        listed = catalogue.len(),
                        added = count.added,
                        updated = count.updated
                    );
                    self.saved(i18n, cx, text);
                }
                Poll::Message(Err(e)) => {
                    self.syncing = None;
                    self.message = Some((false, e));
                }
                Poll::Lost => {
                    self.syncing = None;
                    self.message = Some((false, tr!(i18n, "job-error-lost")));
                }
                Poll::Idle => {}
            }
        }
        changed
    }

    /// Saves the inventory and shows `done`, or why it could not be saved.
    fn saved(&mut self, i18n: &I18n, cx: &InventoryContext<'_>, done: String) {
        self.message = Some(match cx.inventory.save(cx.ws.root()) {
            Ok(()) => (true, done),
            Err(e) => (
                false,
                tr!(i18n, "inventory-save-failed", detail = e.to_string()),
            ),
        });
    }

    /// Saves after an edit: only a failure is shown.
    fn save_quietly(&mut self, i18n: &I18n, cx: &InventoryContext<'_>) {
        if let Err(e) = cx.inventory.save(cx.ws.root()) {
            self.message = Some((
                false,
                tr!(i18n, "inventory-save-failed", detail = e.to_string()),
            ));
        } else if self.message.as_ref().is_some_and(|(ok, _)| !ok) {
            self.message = None;
        }
    }
}

/// What the calendar screen must do after the tab was drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum InventoryEvent {
    /// The inventory changed and was saved: deadlines must be computed again.
    Changed,
    /// Open this data file (a linked dataset's) in the table view.
    OpenDataset(PathBuf),
}

/// What the tab works on.
pub struct InventoryContext<'a> {
    pub ws: &'a Workspace,
    pub inventory: &'a mut Inventory,
    pub datasets: &'a [DatasetEntry],
    pub secrets: &'a Arc<dyn SecretStore>,
}

/// Why a sync failed: a network failure says to try again (nothing waits in the outbox),
/// the rest as publishing says it.
fn sync_error_text(i18n: &I18n, error: &PublishError) -> String {
    match error {
        PublishError::Network(detail) => {
            tr!(i18n, "inventory-sync-network", detail = detail.as_str())
        }
        other => publish_error_text(i18n, other),
    }
}

/// Whether a target can list a catalogue to sync from.
fn lists_catalogue(target: &Target) -> bool {
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
fn column_label(table: &Table, column: usize) -> String {
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
fn item_title(lang: Lang, item: &InventoryItem) -> &str {
    item.title.best(lang)
}

/// The rule in force for an item: its own, else the workspace's for its periodicity.
fn item_rule(ws: &Workspace, item: &InventoryItem) -> Option<Rule> {
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

fn dataset_folder(entry: &DatasetEntry) -> String {
    entry
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn dataset_label(lang: Lang, entry: &DatasetEntry) -> String {
    let folder = dataset_folder(entry);
    match &entry.package {
        Ok(p) if !p.passport.title.best(lang).trim().is_empty() => {
            let title: String = p.passport.title.best(lang).chars().take(50).collect();
            format!("{folder} — {title}")
        }
        _ => folder,
    }
}

fn matches_filter(item: &InventoryItem, filter: &str) -> bool {
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

fn merged_text(i18n: &I18n, count: MergeCount) -> String {
    tr!(
        i18n,
        "inventory-datasets-added",
        added = count.added,
        updated = count.updated
    )
}

pub fn inventory_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    mut cx: InventoryContext<'_>,
) -> Option<InventoryEvent> {
    let ctx = ui.ctx().clone();
    let mut changed = state.poll(&ctx, i18n, &mut cx);
    let mut event = None;

    if let Some((ok, text)) = state.message.clone() {
        let color = if ok {
            ui.visuals().text_color()
        } else {
            ui.visuals().error_fg_color
        };
        let mut dismiss = false;
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(color, text);
            dismiss = ui
                .small_button(tr!(i18n, "notice-dismiss"))
                .on_hover_text(tr!(i18n, "inventory-dismiss-tooltip"))
                .clicked();
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
        if dismiss {
            state.message = None;
            state.problems.clear();
        }
    }

    if state.draft.is_some() {
        changed |= import_ui(ui, i18n, state, &mut cx);
    } else if cx.inventory.items.is_empty() && state.editing.is_none() {
        empty_ui(ui, i18n, state, &mut cx, &mut changed);
    } else {
        actions_ui(ui, i18n, state, &mut cx, &mut changed, false);
        ui.separator();
        list_ui(ui, i18n, state, &cx);
        ui.separator();
        let (edited, open) = editor_ui(ui, i18n, state, &mut cx);
        changed |= edited;
        if let Some(path) = open {
            event = Some(InventoryEvent::OpenDataset(path));
        }
    }
    if state.is_busy() {
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
    event.or(changed.then_some(InventoryEvent::Changed))
}

/// The way in when the list is empty: what the list is for and the four ways to fill it.
fn empty_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &mut InventoryContext<'_>,
    changed: &mut bool,
) {
    ui.add_space(12.0);
    ui.label(RichText::new(tr!(i18n, "inventory-empty-title")).heading());
    ui.add_space(4.0);
    ui.label(tr!(i18n, "inventory-empty-hint"));
    ui.add_space(12.0);
    actions_ui(ui, i18n, state, cx, changed, true);
}

/// The buttons that fill the list: import, sync, the workspace's datasets, by hand.
fn actions_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &mut InventoryContext<'_>,
    changed: &mut bool,
    stacked: bool,
) {
    let ctx = ui.ctx().clone();
    let mut draw = |ui: &mut Ui| {
        ui.horizontal(|ui| {
            let busy = state.dialog.is_some() || state.reading.is_some();
            if ui
                .add_enabled(!busy, egui::Button::new(tr!(i18n, "inventory-import")))
                .on_hover_text(tr!(i18n, "inventory-import-tooltip"))
                .clicked()
            {
                state.dialog = Some(spawn_open_dialog(
                    &ctx,
                    tr!(i18n, "inventory-import-dialog"),
                    tr!(i18n, "inventory-import-filter"),
                    LIST_EXTENSIONS,
                ));
            }
            if let Some(job) = &state.reading {
                ui.spinner();
                ui.label(tr!(i18n, "inventory-reading"));
                if ui
                    .button(tr!(i18n, "source-cancel"))
                    .on_hover_text(tr!(i18n, "inventory-reading-cancel-tooltip"))
                    .clicked()
                {
                    job.tracker.cancel();
                }
            }
        });
        ui.horizontal(|ui| {
            sync_ui(ui, i18n, state, cx);
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
                let count = cx.inventory.merge_datasets(cx.datasets);
                *changed = true;
                state.problems.clear();
                state.saved(i18n, cx, merged_text(i18n, count));
            }
            if ui
                .button(tr!(i18n, "inventory-add"))
                .on_hover_text(tr!(i18n, "inventory-add-tooltip"))
                .clicked()
            {
                let item = InventoryItem::default();
                state.selected = None;
                state.confirm_delete = None;
                state.editing = Some(Editing {
                    index: None,
                    original: item.clone(),
                    draft: item,
                });
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
fn sync_ui(ui: &mut Ui, i18n: &I18n, state: &mut InventoryState, cx: &InventoryContext<'_>) {
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
    let ready = !state.sync_target.is_empty() && state.syncing.is_none();
    if ui
        .add_enabled(ready, egui::Button::new(tr!(i18n, "inventory-sync")))
        .on_hover_text(tr!(i18n, "inventory-sync-tooltip"))
        .on_disabled_hover_text(tr!(i18n, "inventory-sync-disabled"))
        .clicked()
    {
        let ctx = ui.ctx().clone();
        state.start_sync(&ctx, i18n, cx);
    }
    if state.syncing.is_some() {
        ui.spinner();
        ui.label(tr!(i18n, "inventory-syncing"));
    }
}

/// The filter and the table of the list; a click selects a row.
fn list_ui(ui: &mut Ui, i18n: &I18n, state: &mut InventoryState, cx: &InventoryContext<'_>) {
    let lang = i18n.lang();
    if cx.inventory.items.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr!(i18n, "inventory-filter"));
        ui.add(
            TextEdit::singleline(&mut state.filter)
                .hint_text(tr!(i18n, "inventory-filter-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!(i18n, "inventory-filter-tooltip"));
        ui.label(
            RichText::new(tr!(
                i18n,
                "inventory-count",
                count = cx.inventory.items.len()
            ))
            .weak(),
        );
    });
    let shown: Vec<usize> = cx
        .inventory
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| matches_filter(item, &state.filter))
        .map(|(i, _)| i)
        .collect();
    if shown.is_empty() {
        ui.label(RichText::new(tr!(i18n, "inventory-filter-nothing")).weak());
        return;
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let max_height = (ui.available_height() * 0.45).max(120.0);
    let mut builder = TableBuilder::new(ui)
        .id_salt("inventory-table")
        .striped(true)
        .sense(Sense::click())
        .max_scroll_height(max_height)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        // The title takes what the other columns leave, so the list fits the window.
        .column(Column::auto().at_least(90.0))
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::auto().at_least(80.0))
        .column(Column::auto().at_least(60.0))
        .column(Column::initial(150.0).clip(true))
        .column(Column::initial(120.0).clip(true))
        .column(Column::auto().at_least(80.0))
        .column(Column::auto().at_least(60.0));
    if state.scroll_to_selected {
        state.scroll_to_selected = false;
        if let Some(pos) = state
            .selected
            .and_then(|s| shown.iter().position(|i| *i == s))
        {
            builder = builder.scroll_to_row(pos, Some(egui::Align::Center));
        }
    }
    let mut clicked = None;
    builder
        .header(row_height, |mut header| {
            for (text, tip) in [
                (
                    tr!(i18n, "inventory-col-code"),
                    tr!(i18n, "inventory-col-code-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-title"),
                    tr!(i18n, "inventory-col-title-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-periodicity"),
                    tr!(i18n, "inventory-col-periodicity-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-rule"),
                    tr!(i18n, "inventory-col-rule-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-responsible"),
                    tr!(i18n, "inventory-col-responsible-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-dataset"),
                    tr!(i18n, "inventory-col-dataset-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-updated"),
                    tr!(i18n, "inventory-col-updated-tooltip"),
                ),
                (
                    tr!(i18n, "inventory-col-late"),
                    tr!(i18n, "inventory-col-late-tooltip"),
                ),
            ] {
                let (_, cell) = header.col(|ui| {
                    ui.label(RichText::new(text).strong()).on_hover_text(tip);
                });
                announce_cell(&cell, egui::Role::ColumnHeader, false);
            }
        })
        .body(|body| {
            body.rows(row_height, shown.len(), |mut row| {
                let index = shown[row.index()];
                let item = &cx.inventory.items[index];
                let chosen = state.selected == Some(index);
                row.set_selected(chosen);
                let (_, cell) = row.col(|ui| {
                    let code = if item.code.is_empty() {
                        item.key()
                    } else {
                        &item.code
                    };
                    ui.add(egui::Label::new(code).selectable(false));
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    ui.add(
                        egui::Label::new(item_title(lang, item))
                            .selectable(false)
                            .truncate(),
                    );
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    ui.add(
                        egui::Label::new(periodicity_name(i18n, item.periodicity))
                            .selectable(false),
                    );
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| match item_rule(cx.ws, item) {
                    Some(rule) => {
                        let text = tr!(i18n, "inventory-rule-days", days = rule.days);
                        let text = if rule.own {
                            RichText::new(text).strong()
                        } else {
                            RichText::new(text).weak()
                        };
                        ui.add(egui::Label::new(text).selectable(false))
                            .on_hover_text(rule_text(i18n, &rule));
                    }
                    None => {
                        ui.add(egui::Label::new("—").selectable(false))
                            .on_hover_text(tr!(i18n, "inventory-rule-none"));
                    }
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    ui.add(
                        egui::Label::new(item.responsible.as_str())
                            .selectable(false)
                            .truncate(),
                    );
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    ui.add(
                        egui::Label::new(item.dataset.as_str())
                            .selectable(false)
                            .truncate(),
                    );
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let portal = item.portal.as_ref();
                let (_, cell) = row.col(|ui| {
                    if let Some(p) = portal {
                        let text = p
                            .updated_date()
                            .map(|d| format!("{:02}.{:02}.{}", d.day, d.month, d.year))
                            .unwrap_or_else(|| p.updated.clone());
                        ui.add(egui::Label::new(text).selectable(false))
                            .on_hover_text(tr!(
                                i18n,
                                "inventory-synced-from",
                                target = p.target.as_str()
                            ));
                    }
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                let (_, cell) = row.col(|ui| {
                    if let Some(late) = portal.and_then(|p| p.late_days) {
                        let text = RichText::new(late.to_string());
                        let text = if late > 0 {
                            text.color(ui.visuals().error_fg_color)
                        } else {
                            text
                        };
                        ui.add(egui::Label::new(text).selectable(false));
                    }
                });
                announce_cell(&cell, egui::Role::GridCell, chosen);
                if row.response().clicked() {
                    clicked = Some(index);
                }
            });
        });
    if let Some(index) = clicked {
        state.selected = Some(index);
        state.confirm_delete = None;
    }
}

/// The editor of the selected (or new) item; gives whether the list changed and a data file
/// to open.
fn editor_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &mut InventoryContext<'_>,
) -> (bool, Option<PathBuf>) {
    // Follow the selection; an item changed elsewhere (an import, a sync) is taken afresh.
    let wanted = match &state.editing {
        Some(e) if e.index.is_none() && state.selected.is_none() => None,
        _ => state.selected.filter(|i| *i < cx.inventory.items.len()),
    };
    let mut changed = false;
    if let Some(index) = wanted {
        let item = &cx.inventory.items[index];
        let other = state
            .editing
            .as_ref()
            .is_none_or(|e| e.index != Some(index));
        let changed_elsewhere = state
            .editing
            .as_ref()
            .is_some_and(|e| e.index == Some(index) && e.original != *item);
        if other {
            // Leaving an item (or a new one) with edits not yet saved saves them first.
            changed |= commit(i18n, state, cx);
            // Committing a new item selects it; the click chose this one.
            state.selected = Some(index);
        }
        if other || changed_elsewhere {
            // An item changed by an import or a sync is shown as it is now.
            let item = cx.inventory.items[index].clone();
            state.editing = Some(Editing {
                index: Some(index),
                original: item.clone(),
                draft: item,
            });
        }
    } else if state.editing.as_ref().is_some_and(|e| e.index.is_some()) {
        state.editing = None;
    }
    let Some(editing) = state.editing.as_mut() else {
        ui.label(RichText::new(tr!(i18n, "inventory-select-hint")).weak());
        return (changed, None);
    };
    let lang = i18n.lang();
    let is_new = editing.index.is_none();
    let mut edits = Edits::default();
    let focus_code = std::mem::take(&mut state.focus_code);
    let mut open = None;
    let mut delete = None;
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
                            open = path;
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
                        delete = Some(index);
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
        return (changed, open);
    }
    if let Some(index) = delete {
        if index < cx.inventory.items.len() {
            let removed = cx.inventory.items.remove(index);
            let name = removed.key().to_owned();
            state.editing = None;
            state.selected = None;
            state.confirm_delete = None;
            state.problems.clear();
            state.saved(i18n, cx, tr!(i18n, "inventory-deleted", name = name));
            changed = true;
        }
        return (changed, open);
    }
    // Unsaved edits are saved when a field is left, or when nothing has the focus (the tab
    // was left while typing).
    if edits.commit || !edits.focused {
        changed |= commit(i18n, state, cx);
    }
    (changed, open)
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

/// Saves the item being edited when it differs from the list's; a new item is added once it
/// has a code or a title. A code another item has is refused.
fn commit(i18n: &I18n, state: &mut InventoryState, cx: &mut InventoryContext<'_>) -> bool {
    let Some(editing) = state.editing.as_mut() else {
        return false;
    };
    if editing.draft == editing.original {
        return false;
    }
    let trim = |s: &mut String| {
        let t = s.trim();
        if t.len() != s.len() {
            *s = t.to_owned();
        }
    };
    trim(&mut editing.draft.code);
    trim(&mut editing.draft.portal_id);
    let code = editing.draft.code.to_lowercase();
    let taken = !code.is_empty()
        && cx
            .inventory
            .items
            .iter()
            .enumerate()
            .any(|(i, item)| Some(i) != editing.index && same_name(&item.code, &code));
    if taken {
        let text = tr!(
            i18n,
            "inventory-code-taken",
            code = editing.draft.code.as_str()
        );
        if state.message.as_ref().map(|(_, m)| m) != Some(&text) {
            state.message = Some((false, text));
        }
        editing.draft.code = editing.original.code.clone();
        return false;
    }
    match editing.index {
        Some(index) if index < cx.inventory.items.len() => {
            cx.inventory.items[index] = editing.draft.clone();
        }
        Some(_) => return false,
        None => {
            let named = !editing.draft.code.is_empty()
                || !editing.draft.portal_id.is_empty()
                || !editing.draft.title.is_empty();
            if !named {
                return false;
            }
            cx.inventory.items.push(editing.draft.clone());
            let index = cx.inventory.items.len() - 1;
            editing.index = Some(index);
            state.selected = Some(index);
            state.scroll_to_selected = true;
        }
    }
    editing.original = editing.draft.clone();
    state.save_quietly(i18n, cx);
    true
}

/// The import's mapping and preview step; gives whether the list changed.
fn import_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut InventoryState,
    cx: &mut InventoryContext<'_>,
) -> bool {
    let ctx = ui.ctx().clone();
    let Some(draft) = state.draft.as_mut() else {
        return false;
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
        if state.reading.is_some() {
            ui.spinner();
        }
    });
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(i18n, "inventory-preview-heading", rows = PREVIEW_ROWS)).strong());
    preview_ui(ui, i18n, draft);

    if let Some(options) = reread {
        let path = draft.path.clone();
        state.start_reading(&ctx, path, options);
        return false;
    }
    if cancel {
        state.draft = None;
        return false;
    }
    if import && let Some(draft) = state.draft.take() {
        // Read again against the list as it is now (a sync may have run meanwhile).
        let read = read_inventory(&draft.table, &draft.map, cx.inventory);
        let count = cx.inventory.merge(read.items);
        state.problems = read
            .problems
            .iter()
            .map(|p| problem_line(i18n, p, draft.first()))
            .collect();
        let text = tr!(
            i18n,
            "inventory-imported",
            added = count.added,
            updated = count.updated,
            skipped = read.skipped
        );
        state.saved(i18n, cx, text);
        state.selected = None;
        return true;
    }
    false
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
