//! Saving a dataset from the window: its package written (a new dataset gets its folder
//! and its data file copied in), and the changes made by hand since the last save recorded
//! in the history with their count, so the record says which values a person typed.

use std::path::{Path, PathBuf};

use crate::core::history::{History, HistoryDetail, HistoryEntry, HistoryKind};
use crate::core::schema::Package;
use crate::core::schema::package::PACKAGE_FILE;
use crate::core::workflow::publish::dataset_label;
use crate::core::workspace::{Workspace, WorkspaceError, save_package};

/// Cells typed and rows deleted by hand in the package's recipe.
fn by_hand(package: &Package) -> (usize, usize) {
    package
        .resources
        .first()
        .map_or((0, 0), |r| r.recipe.by_hand())
}

/// Saves `package` in `dir` (or as a new dataset for `data_file`) and gives its folder.
/// When its recipe holds more changes by hand than the package saved before, the history
/// records how many more (a history that cannot be written does not stop the save).
pub fn save_dataset(
    ws: &Workspace,
    dir: Option<PathBuf>,
    package: &mut Package,
    data_file: &Path,
) -> Result<PathBuf, WorkspaceError> {
    let before = dir
        .as_ref()
        .and_then(|d| Package::read(&d.join(PACKAGE_FILE)).ok())
        .map_or((0, 0), |p| by_hand(&p));
    let dir = match dir {
        Some(dir) => save_package(&dir, package).map(|()| dir)?,
        None => ws.create_dataset(package, data_file)?,
    };
    let after = by_hand(package);
    let (cells, rows) = (
        after.0.saturating_sub(before.0) as u64,
        after.1.saturating_sub(before.1) as u64,
    );
    if cells + rows > 0 {
        let detail = HistoryDetail::ByHand { cells, rows };
        let label = dataset_label(&dir, package);
        let _ = History::open(ws.root()).and_then(|h| {
            h.record(&HistoryEntry::with_detail(
                HistoryKind::Edited,
                &label,
                true,
                &detail,
            ))
        });
    }
    Ok(dir)
}
