//! The inventory tab of the calendar screen: the organisation's approved list of datasets.

use std::path::PathBuf;
use std::sync::Arc;

use egui::Ui;

use crate::core::calendar::Inventory;
use crate::core::publish::secrets::SecretStore;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;

/// The tab's own state (selection, the item being edited, an import or sync under way).
#[derive(Default)]
pub struct InventoryState {}

impl InventoryState {
    /// Whether a job (an import being read, a catalogue sync) is still running.
    pub fn is_busy(&self) -> bool {
        false
    }

    /// Shows the item at `index` of the list (the calendar's "open" on an unlinked dataset).
    pub fn select(&mut self, _index: usize) {}
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

pub fn inventory_ui(
    _ui: &mut Ui,
    _i18n: &I18n,
    _state: &mut InventoryState,
    _cx: InventoryContext<'_>,
) -> Option<InventoryEvent> {
    None
}
