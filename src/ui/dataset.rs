//! The dataset being described alongside an open file: its package (passport and schema),
//! where it is saved, and whether it has unsaved edits.

use std::path::PathBuf;

use crate::core::ingest::{FileFormat, SourceInfo};
use crate::core::schema::package::Dialect;
use crate::core::schema::{Package, Resource, TableSchema};

/// Which view of the open file is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocTab {
    #[default]
    Table,
    Passport,
    Schema,
    Checks,
    /// A numeric column drawn by period or by region.
    Chart,
}

#[derive(Debug, Clone)]
pub struct DatasetState {
    /// The dataset folder; `None` until the first save.
    pub dir: Option<PathBuf>,
    pub package: Package,
    pub dirty: bool,
    /// The field whose details the schema editor shows.
    pub selected_field: Option<usize>,
}

impl DatasetState {
    pub fn saved(dir: PathBuf, package: Package) -> Self {
        Self {
            dir: Some(dir),
            package,
            dirty: false,
            selected_field: None,
        }
    }

    /// A new, unsaved dataset for a file: the inferred schema, the way the file was read,
    /// and a title from the file name.
    pub fn describe(info: &SourceInfo, schema: TableSchema) -> Self {
        let name = info
            .path
            .file_stem()
            .map(|n| n.to_string_lossy().replace('_', " "))
            .unwrap_or_default();
        let ext = info
            .path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let dialect = (info.format == FileFormat::Delimited).then(|| Dialect {
            delimiter: info.delimiter.map(|d| (d as char).to_string()),
            quote_char: info.quote.map(|q| (q as char).to_string()),
            header: Some(info.header.has_header),
            header_rows: info
                .header
                .has_header
                .then(|| vec![info.header.header_row + 1]),
            ..Dialect::default()
        });
        // A workbook's header written over several rows: all of them, joined by a space
        // (Frictionless `headerRows` and `headerJoin`), so the package reads it back the same.
        let dialect = dialect.or_else(|| {
            (info.format.is_workbook() && info.header_rows.len() > 1).then(|| {
                let mut dialect = Dialect {
                    header: Some(true),
                    header_rows: Some(info.header_rows.iter().map(|r| r + 1).collect()),
                    ..Dialect::default()
                };
                dialect.extra.insert("headerJoin".into(), " ".into());
                dialect
            })
        });
        let mut package = Package {
            resources: vec![Resource {
                name: "data".into(),
                path: info
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                format: Some(ext),
                encoding: info.encoding.map(|e| e.label().to_lowercase()),
                dialect,
                schema,
                sheet: info.sheet.clone(),
                ..Resource::default()
            }],
            ..Package::default()
        };
        package.passport.title.uz_latn = name;
        Self {
            dir: None,
            package,
            dirty: true,
            selected_field: None,
        }
    }

    pub fn schema_mut(&mut self) -> Option<&mut TableSchema> {
        self.package.schema_mut()
    }
}
