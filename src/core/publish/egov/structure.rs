//! A dataset's published structure (`GetById`) and how a data file's columns differ from it.

use std::collections::HashSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Egov;
use crate::core::ingest::{self, LoadEvent, OpenOptions};
use crate::core::progress::Progress;
use crate::core::publish::PublishError;
use crate::core::schema::portal::{PortalImportError, from_get_by_id};
use crate::core::schema::{Package, TableSchema};
use crate::core::validate::package::open_options;

/// A data file's columns against a dataset's published structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StructureProblem {
    /// A published field the file does not have.
    MissingColumn(String),
    /// A column of the file the published structure does not have.
    ExtraColumn(String),
    /// A column name the file has more than once.
    RepeatedColumn(String),
}

impl std::fmt::Display for StructureProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::MissingColumn(c) => write!(f, "missing column {c:?}"),
            Self::ExtraColumn(c) => write!(f, "column {c:?} is not in the published structure"),
            Self::RepeatedColumn(c) => write!(f, "column {c:?} appears more than once"),
        }
    }
}

/// How the file's header differs from the published structure: every published field must be
/// a column of the file and every column a published field (names compared with surrounding
/// spaces trimmed, letter case kept). The order may differ: `publish` writes the published
/// order.
pub fn structure_problems(
    published: &TableSchema,
    file_header: &[String],
) -> Vec<StructureProblem> {
    let mut problems = Vec::new();
    let header: Vec<&str> = file_header.iter().map(|h| h.trim()).collect();
    let fields: HashSet<&str> = published.fields.iter().map(|f| f.name.trim()).collect();
    let mut seen = HashSet::new();
    for field in &published.fields {
        if !header.contains(&field.name.trim()) {
            problems.push(StructureProblem::MissingColumn(
                field.name.trim().to_owned(),
            ));
        }
    }
    for name in header {
        if !seen.insert(name) {
            problems.push(StructureProblem::RepeatedColumn(name.to_owned()));
        } else if !fields.contains(name) {
            problems.push(StructureProblem::ExtraColumn(name.to_owned()));
        }
    }
    problems
}

/// The problems as one message, for the error that stops a publish.
pub(super) fn describe(problems: &[StructureProblem]) -> String {
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    format!(
        "the columns differ from the published structure: {}",
        list.join("; ")
    )
}

impl Egov {
    /// The dataset's published structure (`GetById`).
    pub fn structure(&self, struct_id: &str) -> Result<TableSchema, PublishError> {
        let result = self.get("/apiClient/Main/GetById", &[("id", struct_id)])?;
        let text = serde_json::json!({ "result": result }).to_string();
        match from_get_by_id(&text) {
            Ok((_, schema)) => Ok(schema),
            Err(PortalImportError::PortalError(m)) => Err(PublishError::Refused(m)),
            Err(e) => Err(PublishError::Protocol(format!("dataset {struct_id}: {e}"))),
        }
    }

    /// The data file's header, read without reading the whole file when the reader allows.
    fn file_header(data: &Path, options: &OpenOptions) -> Result<Vec<String>, PublishError> {
        /// Asks the reader to stop once the header has been seen.
        struct UntilHeader(AtomicBool);
        impl Progress for UntilHeader {
            fn set(&self, _: u64, _: u64) {}
            fn cancelled(&self) -> bool {
                self.0.load(Ordering::Relaxed)
            }
        }
        let stop = UntilHeader(AtomicBool::new(false));
        let mut header = None;
        let result = ingest::load(data, options, &stop, &mut |event| {
            if let LoadEvent::Started { header: h, .. } = event {
                header = Some(h);
                stop.0.store(true, Ordering::Relaxed);
            }
        });
        match (header, result) {
            (Some(h), _) => Ok(h),
            (None, Err(e)) => Err(PublishError::reading(data, e)),
            (None, Ok(_)) => Ok(Vec::new()),
        }
    }

    /// How the package's data file differs from the dataset's published structure (empty when
    /// it fits). The dataset is found in `organisation`'s catalogue by the passport's portal
    /// id or code.
    pub fn structure_check(
        &self,
        package: &Package,
        organisation: &str,
        data: &Path,
    ) -> Result<Vec<StructureProblem>, PublishError> {
        let dataset = self.find_dataset(package, organisation)?;
        let schema = self.structure(&dataset.id)?;
        let header = Self::file_header(data, &data_options(package))?;
        Ok(structure_problems(&schema, &header))
    }
}

/// How the package's data file is read: its encoding, dialect and sheet.
pub(super) fn data_options(package: &Package) -> OpenOptions {
    package
        .resources
        .first()
        .map(open_options)
        .unwrap_or_default()
}
