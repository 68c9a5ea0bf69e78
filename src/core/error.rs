//! The core's error type: every module's error gathered in one enum. Errors carry facts (kinds,
//! paths, details from libraries), never sentences for users: the front ends translate them.

use std::path::PathBuf;

use crate::core::classifier::ClassifierError;
use crate::core::ingest::IngestError;
use crate::core::schema::PackageError;
use crate::core::workspace::WorkspaceError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Ingest(#[from] IngestError),
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
    #[error(transparent)]
    Classifier(#[from] ClassifierError),
    #[error(transparent)]
    Package(#[from] PackageError),
}

/// An I/O failure with the path it happened on.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct IoError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

impl IoError {
    pub fn new(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
