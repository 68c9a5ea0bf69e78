//! The workspace: the folder where a steward's datasets, drafts and settings live (later also
//! history and outbox). By default under the platform data directory, or any folder the user
//! chooses; `OCHIQ_HOME` moves everything to one folder (a USB stick, a test's temp dir).
//! Every write goes through [`atomic`], so a crash never leaves a half-written file.

pub mod atomic;
mod demo;
pub mod prefs;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::core::error::IoError;
use crate::core::ingest::OPENABLE_EXTENSIONS;

pub use demo::DEMO_FILES;

/// The file that marks a folder as an Ochiq workspace.
pub const META_FILE: &str = "ochiq-workspace.json";
/// Where a workspace keeps its data files.
pub const DATA_DIR: &str = "data";
const FORMAT_VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error(transparent)]
    Io(#[from] IoError),
    #[error("{path}: the workspace description is damaged: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("{0}: not an Ochiq workspace")]
    NotAWorkspace(PathBuf),
    #[error("the platform has no folder for application data")]
    NoDataDir,
}

/// What `ochiq-workspace.json` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceMeta {
    pub format: u32,
    pub name: String,
    pub organisation: String,
    /// The bundled demo: may be reset to its original state.
    pub demo: bool,
}

impl Default for WorkspaceMeta {
    fn default() -> Self {
        Self {
            format: FORMAT_VERSION,
            name: String::new(),
            organisation: String::new(),
            demo: false,
        }
    }
}

/// A data file in the workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFile {
    pub path: PathBuf,
    pub name: String,
    pub size: u64,
    pub modified: Option<SystemTime>,
}

#[derive(Debug, Clone)]
pub struct Workspace {
    root: PathBuf,
    pub meta: WorkspaceMeta,
}

impl Workspace {
    /// Opens an existing workspace.
    pub fn open(root: &Path) -> Result<Self, WorkspaceError> {
        let meta_path = root.join(META_FILE);
        let bytes = match std::fs::read(&meta_path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(WorkspaceError::NotAWorkspace(root.to_owned()));
            }
            Err(e) => return Err(IoError::new(&meta_path, e).into()),
        };
        let meta = serde_json::from_slice(&bytes).map_err(|e| WorkspaceError::Corrupt {
            path: meta_path,
            detail: e.to_string(),
        })?;
        Ok(Self {
            root: root.to_owned(),
            meta,
        })
    }

    /// Makes `root` a workspace (creating the folder), keeping any files already there.
    pub fn create(root: &Path, meta: WorkspaceMeta) -> Result<Self, WorkspaceError> {
        let data = root.join(DATA_DIR);
        std::fs::create_dir_all(&data).map_err(|e| IoError::new(&data, e))?;
        atomic::write_json_atomic(&root.join(META_FILE), &meta)?;
        Ok(Self {
            root: root.to_owned(),
            meta,
        })
    }

    /// Opens the workspace at `root`, creating it when the folder is not one yet.
    pub fn open_or_create(root: &Path, meta: WorkspaceMeta) -> Result<Self, WorkspaceError> {
        match Self::open(root) {
            Err(WorkspaceError::NotAWorkspace(_)) => Self::create(root, meta),
            other => other,
        }
    }

    /// Opens the demo workspace at `root`, writing the bundled demo files that are missing.
    pub fn open_demo(root: &Path) -> Result<Self, WorkspaceError> {
        let meta = WorkspaceMeta {
            name: demo::DEMO_NAME.to_owned(),
            organisation: demo::DEMO_ORGANISATION.to_owned(),
            demo: true,
            ..WorkspaceMeta::default()
        };
        let ws = Self::open_or_create(root, meta)?;
        for (name, bytes) in DEMO_FILES {
            let path = ws.data_dir().join(name);
            if !path.exists() {
                atomic::write_atomic(&path, bytes)?;
            }
        }
        Ok(ws)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.join(DATA_DIR)
    }

    /// The data files Ochiq can open, by name.
    pub fn data_files(&self) -> Result<Vec<DataFile>, WorkspaceError> {
        let dir = self.data_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(IoError::new(&dir, e).into()),
        };
        let mut files: Vec<DataFile> = entries
            .flatten()
            .filter_map(|entry| {
                let path = entry.path();
                let ext = path.extension()?.to_str()?.to_ascii_lowercase();
                let meta = entry.metadata().ok().filter(|m| m.is_file())?;
                OPENABLE_EXTENSIONS
                    .contains(&ext.as_str())
                    .then(|| DataFile {
                        name: entry.file_name().to_string_lossy().into_owned(),
                        size: meta.len(),
                        modified: meta.modified().ok(),
                        path,
                    })
            })
            .collect();
        files.sort_by_key(|f| f.name.to_lowercase());
        Ok(files)
    }
}

/// Where Ochiq keeps its own data: `OCHIQ_HOME` when set, else the platform's data folder.
pub fn app_data_dir() -> Result<PathBuf, WorkspaceError> {
    if let Some(home) = std::env::var_os("OCHIQ_HOME").filter(|h| !h.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    directories::ProjectDirs::from("uz", "Ochiq", "Ochiq")
        .map(|d| d.data_dir().to_owned())
        .ok_or(WorkspaceError::NoDataDir)
}

/// The default workspace folder for a new user.
pub fn default_workspace_dir() -> Result<PathBuf, WorkspaceError> {
    Ok(app_data_dir()?.join("workspace"))
}

/// The folder the bundled demo workspace is unpacked to.
pub fn demo_workspace_dir() -> Result<PathBuf, WorkspaceError> {
    Ok(app_data_dir()?.join("demo"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_workspace_unpacks_every_file_once() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let ws = Workspace::open_demo(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(ws.meta.demo);
        let files = ws.data_files().unwrap_or_default();
        assert_eq!(files.len(), DEMO_FILES.len());
        // A user's edit to a demo file survives reopening.
        let first = &files[0].path;
        std::fs::write(first, b"a;b\n1;2\n").unwrap_or_else(|e| panic!("{e}"));
        Workspace::open_demo(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(std::fs::read(first).unwrap_or_default(), b"a;b\n1;2\n");
    }

    #[test]
    fn a_plain_folder_is_not_a_workspace_and_a_damaged_one_says_so() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            Workspace::open(dir.path()),
            Err(WorkspaceError::NotAWorkspace(_))
        ));
        std::fs::write(dir.path().join(META_FILE), b"{not json").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            Workspace::open(dir.path()),
            Err(WorkspaceError::Corrupt { .. })
        ));
        // A damaged workspace is never overwritten by open_or_create.
        assert!(Workspace::open_or_create(dir.path(), WorkspaceMeta::default()).is_err());
    }

    #[test]
    fn only_openable_files_are_listed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let ws = Workspace::create(dir.path(), WorkspaceMeta::default())
            .unwrap_or_else(|e| panic!("{e}"));
        for name in ["b.CSV", "a.xlsx", "notes.docx", "c.json"] {
            std::fs::write(ws.data_dir().join(name), b"x").unwrap_or_else(|e| panic!("{e}"));
        }
        let names: Vec<String> = ws
            .data_files()
            .unwrap_or_default()
            .into_iter()
            .map(|f| f.name)
            .collect();
        assert_eq!(names, ["a.xlsx", "b.CSV", "c.json"]);
    }
}
