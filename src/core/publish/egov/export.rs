//! The portal-ready file `publish` writes for a person to upload: the dataset's published
//! columns, in the published order and with the published names, as CSV, JSON or XLSX.

use std::path::{Path, PathBuf};

use super::Egov;
use crate::core::progress::Progress;
use crate::core::publish::portal_file::{self, Columns};
use crate::core::publish::{PublishError, RemoteDataset};
use crate::core::schema::TableSchema;
use crate::core::table::Table;

/// The file format `publish` writes for the upload.
pub use crate::core::publish::portal_file::FileFormat as ExportFormat;

impl Egov {
    /// Writes `table` as the portal-ready file at `path`, columns in `schema`'s order (the
    /// published structure); `types` (the dataset's own schema) types a workbook's cells.
    pub(super) fn write_export(
        &self,
        path: &Path,
        schema: &TableSchema,
        types: &TableSchema,
        table: &Table,
        progress: &dyn Progress,
    ) -> Result<(), PublishError> {
        let positions: Vec<Option<usize>> = schema
            .fields
            .iter()
            .map(|f| {
                table
                    .header()
                    .iter()
                    .position(|h| h.trim() == f.name.trim())
            })
            .collect();
        let names: Vec<&str> = schema.fields.iter().map(|f| f.name.trim()).collect();
        let columns = Columns { names, positions };
        portal_file::write(path, self.export_format, table, &columns, types, progress)
    }

    /// Where the portal-ready file for `dataset` goes: the export folder, else beside the
    /// data file; never over the data file itself.
    pub(super) fn export_path(&self, data: &Path, dataset: &RemoteDataset) -> PathBuf {
        let dir = self
            .export_dir
            .clone()
            .or_else(|| data.parent().map(Path::to_owned))
            .unwrap_or_default();
        let stem: String = if dataset.code.is_empty() {
            &dataset.id
        } else {
            &dataset.code
        }
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
        let ext = self.export_format.extension();
        let path = dir.join(format!("{stem}.data-egov-uz.{ext}"));
        if path == data {
            dir.join(format!("{stem}.data-egov-uz.upload.{ext}"))
        } else {
            path
        }
    }
}
