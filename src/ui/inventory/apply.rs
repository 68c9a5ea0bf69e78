//! Everything the approved-list tab does: the file dialog, reading a list, syncing from a
//! portal's catalogue, and every change of the list (an edit, a deletion, an import, the
//! workspace's datasets), each saved at once to `inventory.json`. The views only return
//! [`InventoryIntent`]s; this is the one place that acts on them.

use std::path::PathBuf;
use std::sync::Arc;

use super::state::{Editing, ImportDraft, InventoryState};
use super::{LIST_EXTENSIONS, problem_line};
use crate::core::calendar::Inventory;
use crate::core::calendar::import::read_inventory;
use crate::core::calendar::inventory::{MergeCount, same_name};
use crate::core::date::unix_now;
use crate::core::ingest::{self, OpenOptions};
use crate::core::publish::PublishError;
use crate::core::publish::secrets::{SecretStore, target_secrets};
use crate::core::workflow::publish as flow;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::text::messages::{Notice, notice_text, publish_error_text};
use crate::tr;
use crate::ui::jobs::{Job, spawn_open_dialog};

/// What the user asked for in the tab.
#[derive(Debug, Clone, PartialEq)]
pub enum InventoryIntent {
    /// Pick the ministry's list in the system's open dialog.
    ChooseFile,
    /// Read this file as the list to import (what the file dialog leads to).
    ReadFile(PathBuf),
    /// Read the list being imported again with another sheet or header row.
    Reread(OpenOptions),
    CancelRead,
    /// Sync from the chosen target's catalogue.
    Sync,
    /// Add the workspace's datasets to the list.
    AddDatasets,
    /// Select the list's item at this position.
    Select(usize),
    /// Save the item being edited if it changed.
    Commit,
    Delete(usize),
    /// Merge the list being imported into the approved list.
    Import,
    DismissMessage,
    OpenDataset(PathBuf),
}

/// What the calendar screen must do after the tab acted.
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

/// Takes in what the jobs finished and lets the editor follow the selection; called before
/// the tab is drawn.
pub fn tick(
    state: &mut InventoryState,
    i18n: &I18n,
    ctx: &egui::Context,
    cx: &mut InventoryContext<'_>,
) -> Option<InventoryEvent> {
    let mut changed = false;
    if let Some(Ok(Some(path))) = state.jobs.dialog.finished() {
        start_reading(state, ctx, path, OpenOptions::default());
    }
    match state.jobs.reading.finished() {
        Some(Ok(Ok((info, table)))) => {
            let path = info.path.clone();
            state.draft = Some(ImportDraft::new(path, info, table, cx.inventory));
            state.message = None;
        }
        Some(Ok(Err((path, error)))) => {
            let (text, detail) = notice_text(i18n, &Notice::File { path, error });
            let text = match detail {
                Some(d) => format!("{text} ({d})"),
                None => text,
            };
            state.message = Some((false, text));
        }
        Some(Err(_)) => state.message = Some((false, tr!(i18n, "job-error-lost"))),
        None => {}
    }
    match state.jobs.syncing.finished() {
        Some(Ok(Ok(catalogue))) => {
            let target = std::mem::take(&mut state.jobs.sync_of);
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
            saved(state, i18n, cx, text);
        }
        Some(Ok(Err(e))) => state.message = Some((false, e)),
        Some(Err(_)) => state.message = Some((false, tr!(i18n, "job-error-lost"))),
        None => {}
    }
    changed |= follow_selection(state, i18n, cx);
    if state.is_busy() {
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
    changed.then_some(InventoryEvent::Changed)
}

/// Does what `intent` asks; what the calendar must do comes back.
pub fn apply(
    state: &mut InventoryState,
    intent: InventoryIntent,
    i18n: &I18n,
    ctx: &egui::Context,
    cx: &mut InventoryContext<'_>,
) -> Option<InventoryEvent> {
    let mut changed = false;
    match intent {
        InventoryIntent::ChooseFile => {
            if !state.jobs.dialog.is_running() && !state.jobs.reading.is_running() {
                let job = spawn_open_dialog(
                    ctx,
                    tr!(i18n, "inventory-import-dialog"),
                    tr!(i18n, "inventory-import-filter"),
                    LIST_EXTENSIONS,
                );
                state.jobs.dialog.start(job);
            }
        }
        InventoryIntent::ReadFile(path) => start_reading(state, ctx, path, OpenOptions::default()),
        InventoryIntent::Reread(options) => {
            if let Some(path) = state.draft.as_ref().map(|d| d.path.clone()) {
                start_reading(state, ctx, path, options);
            }
        }
        InventoryIntent::CancelRead => state.jobs.reading.cancel(),
        InventoryIntent::Sync => start_sync(state, ctx, i18n, cx),
        InventoryIntent::AddDatasets => {
            let count = cx.inventory.merge_datasets(cx.datasets);
            changed = true;
            state.problems.clear();
            saved(state, i18n, cx, merged_text(i18n, count));
        }
        InventoryIntent::Select(index) => {
            state.selected = Some(index);
            state.confirm_delete = None;
        }
        InventoryIntent::Commit => changed |= commit(i18n, state, cx),
        InventoryIntent::Delete(index) => {
            if index < cx.inventory.items.len() {
                let removed = cx.inventory.items.remove(index);
                let name = removed.key().to_owned();
                state.editing = None;
                state.selected = None;
                state.confirm_delete = None;
                state.problems.clear();
                saved(state, i18n, cx, tr!(i18n, "inventory-deleted", name = name));
                changed = true;
            }
        }
        InventoryIntent::Import => {
            if let Some(draft) = state.draft.take() {
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
                saved(state, i18n, cx, text);
                state.selected = None;
                changed = true;
            }
        }
        InventoryIntent::DismissMessage => {
            state.message = None;
            state.problems.clear();
        }
        InventoryIntent::OpenDataset(path) => return Some(InventoryEvent::OpenDataset(path)),
    }
    changed |= follow_selection(state, i18n, cx);
    changed.then_some(InventoryEvent::Changed)
}

fn start_reading(
    state: &mut InventoryState,
    ctx: &egui::Context,
    path: PathBuf,
    options: OpenOptions,
) {
    let job = Job::spawn("ochiq-inventory-read", ctx, move |tracker, send| {
        send(ingest::read_table(&path, &options, tracker).map_err(|e| (path, e)));
    });
    state.jobs.reading.start(job);
}

fn start_sync(
    state: &mut InventoryState,
    ctx: &egui::Context,
    i18n: &I18n,
    cx: &InventoryContext<'_>,
) {
    let Some(target) = cx.ws.target(&state.sync_target).cloned() else {
        return;
    };
    if state.jobs.syncing.is_running() {
        return;
    }
    let ws = cx.ws.clone();
    let secret = target_secrets(cx.secrets);
    let lang = i18n.lang();
    state.jobs.sync_of = target.id.clone();
    let job = Job::spawn("ochiq-inventory-sync", ctx, move |_, send| {
        let i18n = I18n::new(lang);
        send(flow::catalogue(&ws, &target, &secret).map_err(|e| sync_error_text(&i18n, &e)));
    });
    state.jobs.syncing.start(job);
}

/// Saves the inventory and shows `done`, or why it could not be saved.
fn saved(state: &mut InventoryState, i18n: &I18n, cx: &InventoryContext<'_>, done: String) {
    state.message = Some(match cx.inventory.save(cx.ws.root()) {
        Ok(()) => (true, done),
        Err(e) => (
            false,
            tr!(i18n, "inventory-save-failed", detail = e.to_string()),
        ),
    });
}

/// Saves after an edit: only a failure is shown.
fn save_quietly(state: &mut InventoryState, i18n: &I18n, cx: &InventoryContext<'_>) {
    if let Err(e) = cx.inventory.save(cx.ws.root()) {
        state.message = Some((
            false,
            tr!(i18n, "inventory-save-failed", detail = e.to_string()),
        ));
    } else if state.message.as_ref().is_some_and(|(ok, _)| !ok) {
        state.message = None;
    }
}

/// The editor follows the selection: leaving an item with edits saves them first, and an
/// item changed elsewhere (an import, a sync) is taken afresh. Gives whether the list
/// changed.
fn follow_selection(
    state: &mut InventoryState,
    i18n: &I18n,
    cx: &mut InventoryContext<'_>,
) -> bool {
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
            state.editing = Some(Editing::of(Some(index), item));
        }
    } else if state.editing.as_ref().is_some_and(|e| e.index.is_some()) {
        state.editing = None;
    }
    changed
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
    save_quietly(state, i18n, cx);
    true
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

fn merged_text(i18n: &I18n, count: MergeCount) -> String {
    tr!(
        i18n,
        "inventory-datasets-added",
        added = count.added,
        updated = count.updated
    )
}
