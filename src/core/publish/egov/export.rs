//! The portal-ready file `publish` writes for a person to upload: the dataset's published
//! columns, in the published order and with the published names, as CSV or JSON.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::Egov;
use crate::core::fs::write_atomic;
use crate::core::progress::Progress;
use crate::core::publish::{PublishError, RemoteDataset};
use crate::core::schema::TableSchema;
use crate::core::table::Table;

/// The file format `publish` writes for the upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    /// UTF-8 CSV, comma-separated, the published field names as the header.
    #[default]
    Csv,
    /// A JSON array of rows keyed by field name with text values, like the portal's download.
    Json,
}

impl Egov {
    /// Writes `table` as the portal-ready file at `path`, columns in `schema`'s order.
    pub(super) fn write_export(
        &self,
        path: &Path,
        schema: &TableSchema,
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
        let total = table.rows() as u64;
        let mut bytes = Vec::new();
        let check = |r: usize| {
            if r.is_multiple_of(16_384) {
                progress.set(r as u64, total);
                if progress.cancelled() {
                    return Err(PublishError::Cancelled);
                }
            }
            Ok(())
        };
        match self.export_format {
            ExportFormat::Csv => {
                let mut w = csv::WriterBuilder::new().from_writer(&mut bytes);
                let fail = |e: csv::Error| PublishError::file(path, e);
                w.write_record(&names).map_err(fail)?;
                for (r, row) in table.iter_rows().enumerate() {
                    check(r)?;
                    w.write_record(
                        positions
                            .iter()
                            .map(|p| p.and_then(|c| row.get(c)).unwrap_or_default()),
                    )
                    .map_err(fail)?;
                }
                w.flush().map_err(|e| PublishError::file(path, e))?;
            }
            ExportFormat::Json => {
                bytes.extend_from_slice(b"[");
                for (r, row) in table.iter_rows().enumerate() {
                    check(r)?;
                    let object: serde_json::Map<String, Value> = names
                        .iter()
                        .zip(&positions)
                        .map(|(n, p)| {
                            let v = p.and_then(|c| row.get(c)).unwrap_or_default();
                            ((*n).to_owned(), Value::String(v.to_owned()))
                        })
                        .collect();
                    if r > 0 {
                        bytes.extend_from_slice(b",");
                    }
                    bytes.extend_from_slice(b"\n");
                    bytes.extend_from_slice(Value::Object(object).to_string().as_bytes());
                }
                bytes.extend_from_slice(b"\n]\n");
            }
        }
        progress.set(total, total);
        write_atomic(path, &bytes).map_err(|e| PublishError::file(path, e))
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
        let ext = match self.export_format {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        };
        let path = dir.join(format!("{stem}.data-egov-uz.{ext}"));
        if path == data {
            dir.join(format!("{stem}.data-egov-uz.upload.{ext}"))
        } else {
            path
        }
    }
}
