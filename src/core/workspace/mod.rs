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

use crate::core::calendar::CalendarSettings;
use crate::core::error::IoError;
use crate::core::ingest::OPENABLE_EXTENSIONS;
use crate::core::publish::target::Target;
use crate::core::schema::package::{PACKAGE_FILE, slug};
use crate::core::schema::{Package, PackageError};

pub use demo::{DEMO_DATASETS, DEMO_FILES};

/// The file that marks a folder as an Ochiq workspace.
pub const META_FILE: &str = "ochiq-workspace.json";
/// Where a workspace keeps its data files.
pub const DATA_DIR: &str = "data";
/// Where a workspace keeps its datasets: one folder each, with `datapackage.json` and data.
pub const DATASETS_DIR: &str = "datasets";
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
    /// Where the workspace publishes (no secrets: tokens are in the OS keychain).
    pub targets: Vec<Target>,
    /// Deadline rules and the holiday list.
    pub calendar: CalendarSettings,
}

impl Default for WorkspaceMeta {
    fn default() -> Self {
        Self {
            format: FORMAT_VERSION,
            name: String::new(),
            organisation: String::new(),
            demo: false,
            targets: vec![Target::default_folder()],
            calendar: CalendarSettings::default(),
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

/// A dataset folder of the workspace and what its `datapackage.json` holds.
#[derive(Debug, Clone)]
pub struct DatasetEntry {
    pub dir: PathBuf,
    /// The package, or why it could not be read (shown, never fatal to the others).
    pub package: Result<Package, String>,
}

impl DatasetEntry {
    pub fn package_path(&self) -> PathBuf {
        self.dir.join(PACKAGE_FILE)
    }

    /// The data file the package's first resource names, when it is inside the folder.
    pub fn data_path(&self) -> Option<PathBuf> {
        let package = self.package.as_ref().ok()?;
        let path = &package.resources.first()?.path;
        let safe = !path.is_empty() && !path.contains("..") && !Path::new(path).is_absolute();
        safe.then(|| self.dir.join(path))
    }
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
            calendar: CalendarSettings {
                holidays: demo::demo_holidays(),
                ..CalendarSettings::default()
            },
            ..WorkspaceMeta::default()
        };
        let ws = Self::open_or_create(root, meta)?;
        let datasets = DEMO_DATASETS.iter().flat_map(|(folder, files)| {
            files
                .iter()
                .map(move |(name, bytes)| (Path::new(DATASETS_DIR).join(folder).join(name), *bytes))
        });
        let loose = DEMO_FILES
            .iter()
            .map(|(name, bytes)| (Path::new(DATA_DIR).join(name), *bytes));
        let top = demo::DEMO_ROOT_FILES
            .iter()
            .map(|(name, bytes)| (PathBuf::from(name), *bytes));
        for (relative, bytes) in loose.chain(datasets).chain(top) {
            let path = ws.root().join(relative);
            if !path.exists() {
                atomic::write_atomic(&path, bytes)?;
            }
        }
        Ok(ws)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes the workspace description (name, organisation, targets) atomically.
    pub fn save_meta(&self) -> Result<(), WorkspaceError> {
        atomic::write_json_atomic(&self.root.join(META_FILE), &self.meta)?;
        Ok(())
    }

    /// The target with this id.
    pub fn target(&self, id: &str) -> Option<&Target> {
        self.meta.targets.iter().find(|t| t.id == id)
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

impl Workspace {
    pub fn datasets_dir(&self) -> PathBuf {
        self.root.join(DATASETS_DIR)
    }

    /// Every dataset folder, by folder name; unreadable packages are listed with their error.
    pub fn datasets(&self) -> Result<Vec<DatasetEntry>, WorkspaceError> {
        let dir = self.datasets_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(IoError::new(&dir, e).into()),
        };
        let mut found: Vec<DatasetEntry> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join(PACKAGE_FILE).is_file())
            .map(|dir| DatasetEntry {
                package: Package::read(&dir.join(PACKAGE_FILE)).map_err(|e| e.to_string()),
                dir,
            })
            .collect();
        found.sort_by(|a, b| a.dir.cmp(&b.dir));
        Ok(found)
    }

    /// The dataset a data file belongs to: the folder holding it has a `datapackage.json`.
    pub fn dataset_of(file: &Path) -> Option<PathBuf> {
        let dir = file.parent()?;
        dir.join(PACKAGE_FILE).is_file().then(|| dir.to_owned())
    }

    /// A new dataset folder for `package`, named after its portal code or title; the data
    /// file is copied in (under its own name) and the package's first resource points to it.
    pub fn create_dataset(
        &self,
        package: &mut Package,
        data_file: &Path,
    ) -> Result<PathBuf, WorkspaceError> {
        let base = if package.passport.code.is_empty() {
            slug(package.passport.title.best(crate::core::lang::Lang::UzLatn))
        } else {
            slug(&package.passport.code)
        };
        let mut dir = self.datasets_dir().join(&base);
        let mut n = 2;
        while dir.exists() {
            dir = self.datasets_dir().join(format!("{base}-{n}"));
            n += 1;
        }
        std::fs::create_dir_all(&dir).map_err(|e| IoError::new(&dir, e))?;
        let name = data_file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "data.csv".into());
        let target = dir.join(&name);
        let bytes = std::fs::read(data_file).map_err(|e| IoError::new(data_file, e))?;
        atomic::write_atomic(&target, &bytes)?;
        if let Some(resource) = package.resources.first_mut() {
            resource.path = name;
        }
        save_package(&dir, package)?;
        Ok(dir)
    }
}

/// Writes a dataset's `datapackage.json` atomically.
pub fn save_package(dir: &Path, package: &Package) -> Result<(), WorkspaceError> {
    package.write(&dir.join(PACKAGE_FILE)).map_err(|e| match e {
        PackageError::Io(io) => WorkspaceError::Io(io),
        other => WorkspaceError::Corrupt {
            path: dir.join(PACKAGE_FILE),
            detail: other.to_string(),
        },
    })
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
        let datasets = ws.datasets().unwrap_or_default();
        assert_eq!(datasets.len(), DEMO_DATASETS.len());
        let package = datasets[0]
            .package
            .as_ref()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(package.passport.code, "1-104-0012");
        assert!(datasets[0].data_path().is_some_and(|p| p.exists()));
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
    fn a_dataset_is_created_listed_and_found_from_its_file() {
        use crate::core::schema::Resource;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let ws = Workspace::create(dir.path(), WorkspaceMeta::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let source = dir.path().join("aholi.csv");
        std::fs::write(&source, "a;b\n1;2\n").unwrap_or_else(|e| panic!("{e}"));
        let mut package = Package {
            resources: vec![Resource {
                name: "data".into(),
                ..Resource::default()
            }],
            ..Package::default()
        };
        package.passport.code = "1-001-0008".into();
        let made = ws
            .create_dataset(&mut package, &source)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(made.ends_with("datasets/1-001-0008"));
        assert_eq!(package.resources[0].path, "aholi.csv");
        let second = ws
            .create_dataset(&mut package, &source)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            second.ends_with("1-001-0008-2"),
            "an existing folder is never overwritten"
        );
        let list = ws.datasets().unwrap_or_default();
        assert_eq!(list.len(), 2);
        let data = list[0].data_path().unwrap_or_default();
        assert_eq!(
            std::fs::read_to_string(&data).unwrap_or_default(),
            "a;b\n1;2\n"
        );
        assert_eq!(Workspace::dataset_of(&data), Some(made));
        assert_eq!(Workspace::dataset_of(&source), None);
    }

    #[test]
    fn a_damaged_package_is_listed_with_its_error() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let ws = Workspace::create(dir.path(), WorkspaceMeta::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let broken = ws.datasets_dir().join("broken");
        std::fs::create_dir_all(&broken).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(broken.join(PACKAGE_FILE), "{").unwrap_or_else(|e| panic!("{e}"));
        let list = ws.datasets().unwrap_or_default();
        assert_eq!(list.len(), 1);
        assert!(list[0].package.is_err());
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
