//! The table's tools: find (Ctrl+F), sort by a column, filters shown as chips, and editing a
//! cell by hand. Sort and filters make a view, a list of the table's rows over the table
//! ([`crate::core::view`]); the data and the row numbers findings point at never change.
//! The state lives here, the bars' drawing in [`find`] and [`filters`], and what the actions
//! do in [`apply`]; the grid itself is [`super::table_view`].

pub mod apply;
pub mod edit;
pub mod filters;
pub mod find;

use std::sync::Arc;

use super::jobs::{Job, Slot};
use crate::core::validate::Code;
use crate::core::view::{Cancelled, RowOrder};

/// What the user asked of the table's tools.
#[derive(Debug, Clone, PartialEq)]
pub enum TableAction {
    /// Show the find bar and put the keyboard in it (Ctrl+F).
    OpenFind,
    CloseFind,
    /// The text, column or case choice of the find bar changed: look again.
    FindChanged,
    /// The next (`true`) or previous match (Enter and F3, Shift+F3).
    FindNext(bool),
    /// Sort by this column: ascending, then descending, then back to file order.
    Sort(usize),
    /// Sort the selected column (the keyboard's way to the header's button).
    SortSelected,
    /// Stop the sort or filter running.
    CancelView,
    AddFilter(Chip),
    RemoveFilter(usize),
    ClearFilters,
    /// Start editing the selected cell (F2, a double click).
    EditSelected,
    /// Keep the typed value of the cell being edited (Enter).
    CommitEdit,
    /// Drop the typed value (Esc).
    CancelEdit,
    /// Ask before deleting the selected row (Delete).
    AskDeleteRow,
    /// Delete the row asked about.
    DeleteRow,
}

/// One filter as the chips bar shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Chip {
    /// Rows whose cell in `col` holds `value` (`keep`), or does not.
    Value {
        col: usize,
        value: String,
        keep: bool,
    },
    /// Rows whose cell in `col` is empty.
    Empty { col: usize },
    /// Rows with findings in column `col`.
    FindingsIn { col: usize },
    /// Rows with findings of this kind (the Checks tab's "Show rows").
    FindingsOf(Code),
}

/// The column the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub col: usize,
    pub descending: bool,
}

/// What a sort or filter job made.
pub struct ViewDone {
    sorted: Option<(Sort, Arc<Vec<u32>>)>,
    shown: Option<Arc<RowOrder>>,
}

/// The table's tools and the view they make.
#[derive(Default)]
pub struct TableTools {
    pub find: find::FindState,
    pub sort: Option<Sort>,
    pub chips: Vec<Chip>,
    /// The rows shown, in order, when that is not every row in file order.
    pub shown: Option<Arc<RowOrder>>,
    /// The last sorted order, kept while only the filters change.
    sorted: Option<(Sort, Arc<Vec<u32>>)>,
    viewing: Slot<Result<ViewDone, Cancelled>>,
    /// The sort and filters of the view shown (or being made), to go back to on Cancel.
    applied: (Option<Sort>, Vec<Chip>),
    /// The table or its findings changed: the view is made again.
    pub stale: bool,
    pub edit: edit::EditState,
}

impl TableTools {
    pub fn is_busy(&self) -> bool {
        self.viewing.is_running() || self.find.is_busy()
    }

    /// How far the sort or filter running has got.
    pub fn view_progress(&self) -> Option<f32> {
        self.viewing.tracker().map(|t| t.fraction().unwrap_or(0.0))
    }

    fn start_view(&mut self, job: Job<Result<ViewDone, Cancelled>>) {
        self.viewing.start(job);
    }

    /// Whether the filter chip for findings of `code` is on.
    pub fn filters_kind(&self, code: Code) -> bool {
        self.chips.contains(&Chip::FindingsOf(code))
    }

    /// Stops the jobs (the document is closing).
    pub fn cancel(&self) {
        self.viewing.cancel();
        self.find.cancel();
    }

    /// The table row shown at position `pos`.
    pub fn table_row(&self, pos: usize) -> Option<usize> {
        match &self.shown {
            Some(order) => order.row(pos),
            None => Some(pos),
        }
    }

    /// Where table row `row` is shown, if it is.
    pub fn position(&self, row: usize) -> Option<usize> {
        match &self.shown {
            Some(order) => order.position(row),
            None => Some(row),
        }
    }
}
