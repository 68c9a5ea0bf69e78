//! What the approved-list tab keeps: the selection and the filter, the item being edited,
//! the list being imported, the message shown and the jobs (a file dialog, a file being
//! read, a catalogue sync). Only [`super::apply`] changes the list itself.

use std::path::PathBuf;

use crate::core::calendar::import::{
    ColumnMap, InventoryImport, first_sheet_row, guess_columns, read_inventory,
};
use crate::core::calendar::{Inventory, InventoryItem};
use crate::core::ingest::{IngestError, SourceInfo};
use crate::core::publish::RemoteDataset;
use crate::core::table::Table;
use crate::ui::jobs::Slot;

pub type ReadResult = Result<(SourceInfo, Table), (PathBuf, IngestError)>;
pub type SyncResult = Result<Vec<RemoteDataset>, String>;

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
    pub fn new(path: PathBuf, info: SourceInfo, table: Table, inventory: &Inventory) -> Self {
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
pub struct Editing {
    pub index: Option<usize>,
    pub original: InventoryItem,
    pub draft: InventoryItem,
}

impl Editing {
    /// A new item, added to the list once it has a code or a title.
    pub fn new_item() -> Self {
        Self::of(None, InventoryItem::default())
    }

    pub fn of(index: Option<usize>, item: InventoryItem) -> Self {
        Self {
            index,
            original: item.clone(),
            draft: item,
        }
    }
}

/// The tab's jobs: a file dialog, a list being read, and a catalogue sync (from the target
/// `sync_of`).
#[derive(Default)]
pub struct InventoryJobs {
    pub dialog: Slot<Option<PathBuf>>,
    pub reading: Slot<ReadResult>,
    pub syncing: Slot<SyncResult>,
    pub sync_of: String,
}

/// The tab's own state (selection, the item being edited, an import or sync under way).
#[derive(Default)]
pub struct InventoryState {
    pub(super) selected: Option<usize>,
    pub(super) scroll_to_selected: bool,
    pub filter: String,
    pub(super) editing: Option<Editing>,
    /// The item whose deletion waits for a confirmation.
    pub(super) confirm_delete: Option<usize>,
    /// The outcome of the last action (good or bad), and the problems of the last import.
    pub(super) message: Option<(bool, String)>,
    pub(super) problems: Vec<String>,
    /// The list being imported (the mapping and preview step).
    pub draft: Option<ImportDraft>,
    /// The target to sync from.
    pub sync_target: String,
    /// The code field takes the keyboard on the next frame (a dataset added by hand).
    pub(super) focus_code: bool,
    pub(super) jobs: InventoryJobs,
}

impl InventoryState {
    /// Whether a job (an import being read, a catalogue sync) is still running.
    pub fn is_busy(&self) -> bool {
        self.jobs.dialog.is_running()
            || self.jobs.reading.is_running()
            || self.jobs.syncing.is_running()
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
}
