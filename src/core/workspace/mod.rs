//! The workspace: the folder where a steward's datasets, drafts and settings live (later also
//! history and outbox). By default under the platform data directory, or any folder the user
//! chooses; `OCHIQ_HOME` moves everything to one folder (a USB stick, a test's temp dir).
//! Every write goes through [`crate::core::fs`], so a crash never leaves a half-written file.

mod demo;
pub mod prefs;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::core::calendar::CalendarSettings;
use crate::core::fs::{self, IoError};
use crate::core::ingest::OPENABLE_EXTENSIONS;
use crate::core::publish::target::Target;
use crate::core::schema::package::{PACKAGE_FILE, slug};
use crate::core::schema::{Package, PackageError};

pub use crate::core::schema::package::DatasetEntry;
pub use demo::{DEMO_CLEAN_DATASET, DEMO_DATASETS, DEMO_FILES, DEMO_PUBLISHED, demo_history};

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

/// Why the demo workspace could not be reset.
#[derive(Debug, thiserror::Error)]
pub enum ResetError {
    /// The folder is a workspace, but not the demo: it is never deleted.
    #[error("{0}: not the demo workspace, so it is not reset")]
    NotDemo(PathBuf),
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
}

/// A free sibling of `root` to rename it to while a fresh demo is unpacked in its place.
fn aside_path(root: &Path) -> PathBuf {
    let name = root
        .file_name()
        .map_or_else(|| "demo".into(), |n| n.to_string_lossy().into_owned());
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut n = 0;
    loop {
        let candidate = root.with_file_name(format!(".{name}.reset-{stamp}-{n}"));
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

/// Gives a freshly unpacked demo its past: the packages its publishes left in the folder
/// target, and the seeded history, written into a database beside the workspace's and moved
/// into place whole, so the workspace has either all of its history or none. A workspace that
/// already has a database keeps it.
fn seed_demo_history(root: &Path) -> Result<(), WorkspaceError> {
    use crate::core::publish::outbox::{DB_FILE, Outbox, OutboxError};
    use crate::core::publish::target::Target;
    let db = root.join(DB_FILE);
    if db.exists() {
        return Ok(());
    }
    let folder = root.join(Target::default_folder().url);
    for (relative, bytes) in demo::DEMO_PUBLISHED {
        let path = folder.join(relative);
        if !path.exists() {
            fs::write_atomic(&path, bytes)?;
        }
    }
    let staging = root.join(".demo-history");
    let failed = |e: OutboxError| {
        WorkspaceError::Io(IoError::new(&db, std::io::Error::other(e.to_string())))
    };
    let _ = std::fs::remove_dir_all(&staging);
    {
        let outbox = Outbox::open(&staging).map_err(failed)?;
        for entry in demo::demo_history(root) {
            outbox.record(&entry).map_err(failed)?;
        }
    }
    // Closing the last connection folds the write-ahead log into the file; if one is left,
    // it moves along under the database's new name.
    let wal = |dir: &Path| dir.join(format!("{DB_FILE}-wal"));
    if wal(&staging).exists() {
        std::fs::rename(wal(&staging), wal(root)).map_err(|e| IoError::new(wal(root), e))?;
    }
    std::fs::rename(staging.join(DB_FILE), &db).map_err(|e| IoError::new(&db, e))?;
    let _ = std::fs::remove_dir_all(&staging);
    Ok(())
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
    /// Before publishing, numbers that changed by more than this factor against the published
    /// version (or changed sign) are listed as `value-jump` warnings.
    pub jump_factor: f64,
    /// The reviews that let datasets with personal data be published, one per dataset (the
    /// latest).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<crate::core::validate::personal::PersonalReview>,
}

impl WorkspaceMeta {
    /// The review recorded for the dataset `label` (its code or folder name).
    pub fn review(&self, label: &str) -> Option<&crate::core::validate::personal::PersonalReview> {
        self.reviews.iter().find(|r| r.dataset == label)
    }
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
            jump_factor: crate::core::publish::jumps::DEFAULT_FACTOR,
            reviews: Vec::new(),
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
    /// The organisation's name for the calendar and the events' UIDs: the organisation, else
    /// the workspace's name.
    pub fn organisation(&self) -> &str {
        [&self.meta.organisation, &self.meta.name]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .map_or("", String::as_str)
    }

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
        fs::write_json_atomic(&root.join(META_FILE), &meta)?;
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
    /// On first unpack (no database yet) the workspace's history gets the demo's past.
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
                fs::write_atomic(&path, bytes)?;
            }
        }
        seed_demo_history(ws.root())?;
        Ok(ws)
    }

    /// Puts the demo workspace at `root` back to how it was first unpacked: files, approved
    /// list, settings and history. Only a folder whose `ochiq-workspace.json` says `demo: true`
    /// is touched; any other is refused as it is. The old folder is renamed aside first and
    /// deleted only once the fresh demo is in place, so a failure midway leaves the old
    /// workspace where it was. Whoever holds the workspace's database open must close it first.
    pub fn reset_demo(root: &Path) -> Result<Self, ResetError> {
        let current = Self::open(root)?;
        if !current.meta.demo {
            return Err(ResetError::NotDemo(root.to_owned()));
        }
        Self::reset_with(root, Self::open_demo)
    }

    /// Renames `root` aside, has `unpack` make a fresh workspace there, and deletes the old
    /// folder once it succeeded; when it fails, whatever it left is removed and the old folder
    /// goes back.
    fn reset_with(
        root: &Path,
        unpack: impl FnOnce(&Path) -> Result<Self, WorkspaceError>,
    ) -> Result<Self, ResetError> {
        let aside = aside_path(root);
        std::fs::rename(root, &aside).map_err(|e| WorkspaceError::from(IoError::new(root, e)))?;
        match unpack(root) {
            Ok(fresh) => {
                // The fresh demo is in place; a leftover old copy is only clutter.
                let _ = std::fs::remove_dir_all(&aside);
                Ok(fresh)
            }
            Err(e) => {
                let _ = std::fs::remove_dir_all(root);
                std::fs::rename(&aside, root)
                    .map_err(|e| WorkspaceError::from(IoError::new(&aside, e)))?;
                Err(e.into())
            }
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes the workspace description (name, organisation, targets) atomically.
    pub fn save_meta(&self) -> Result<(), WorkspaceError> {
        fs::write_json_atomic(&self.root.join(META_FILE), &self.meta)?;
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
        fs::write_atomic(&target, &bytes)?;
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

    fn history_len(root: &Path) -> usize {
        use crate::core::publish::outbox::{HistoryFilter, Outbox};
        Outbox::open(root)
            .and_then(|o| o.history(&HistoryFilter::default()))
            .unwrap_or_else(|e| panic!("{e}"))
            .len()
    }

    #[test]
    fn the_demo_gets_its_past_on_first_unpack_only() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path().join("demo");
        Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
        let seeded = demo_history(&root).len();
        assert!(seeded > 40);
        assert_eq!(history_len(&root), seeded);
        Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(history_len(&root), seeded, "not seeded twice");
        assert!(!root.join(".demo-history").exists());
        // Every confirmed publish of the past left its package in the folder target.
        let packages = std::fs::read_dir(root.join("published")).map_or(0, Iterator::count);
        let confirmed = demo_history(&root)
            .iter()
            .filter(|e| e.kind == crate::core::publish::outbox::HistoryKind::Confirmed)
            .count();
        assert_eq!(packages, confirmed);
        assert_eq!(DEMO_PUBLISHED.len(), 3 * confirmed);
    }

    #[test]
    fn reset_demo_brings_back_the_first_unpack_and_refuses_other_folders() {
        use crate::core::publish::outbox::{HistoryEntry, HistoryKind, Outbox};
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path().join("demo");
        let ws = Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
        let data = ws
            .datasets_dir()
            .join("1-104-0018/dori_narxlari_2026_w47.csv");
        let original = std::fs::read(&data).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&data, "edited").unwrap_or_else(|e| panic!("{e}"));
        let added = ws.data_dir().join("mine.csv");
        std::fs::write(&added, "a;b\n").unwrap_or_else(|e| panic!("{e}"));
        Outbox::open(&root)
            .and_then(|o| o.record(&HistoryEntry::new(HistoryKind::Check, "x", true, "")))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut meta = ws.meta.clone();
        meta.name = "Renamed".into();
        Workspace::create(&root, meta).unwrap_or_else(|e| panic!("{e}"));

        let fresh = Workspace::reset_demo(&root).unwrap_or_else(|e| panic!("{e}"));
        assert!(fresh.meta.demo);
        assert_eq!(fresh.meta.name, demo::DEMO_NAME);
        assert_eq!(std::fs::read(&data).unwrap_or_default(), original);
        assert!(!added.exists(), "a file the user added is gone");
        assert_eq!(history_len(&root), demo_history(&root).len());
        assert_eq!(
            fresh.datasets().unwrap_or_default().len(),
            DEMO_DATASETS.len()
        );
        let siblings: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(siblings, ["demo"], "the old copy is deleted");

        // A user's workspace is never reset, nor a plain folder: both stay as they are.
        let mine = dir.path().join("mine");
        Workspace::create(&mine, WorkspaceMeta::default()).unwrap_or_else(|e| panic!("{e}"));
        let kept = mine.join(DATA_DIR).join("budget.csv");
        std::fs::write(&kept, "keep").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            Workspace::reset_demo(&mine),
            Err(ResetError::NotDemo(_))
        ));
        assert_eq!(std::fs::read(&kept).unwrap_or_default(), b"keep");
        let plain = dir.path().join("plain");
        std::fs::create_dir_all(&plain).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(plain.join("notes.txt"), "x").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            Workspace::reset_demo(&plain),
            Err(ResetError::Workspace(WorkspaceError::NotAWorkspace(_)))
        ));
        assert!(plain.join("notes.txt").exists());
    }

    #[test]
    fn a_reset_that_fails_midway_leaves_the_old_demo_in_place() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path().join("demo");
        Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
        let mine = root.join(DATA_DIR).join("mine.csv");
        std::fs::write(&mine, "a;b\n").unwrap_or_else(|e| panic!("{e}"));
        // The fresh copy breaks off after writing part of itself.
        let result = Workspace::reset_with(&root, |fresh| {
            std::fs::create_dir_all(fresh.join(DATA_DIR)).unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(fresh.join(META_FILE), "{").unwrap_or_else(|e| panic!("{e}"));
            Err(WorkspaceError::NoDataDir)
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read(&mine).unwrap_or_default(), b"a;b\n");
        assert!(Workspace::open(&root).is_ok_and(|ws| ws.meta.demo));
        let siblings = std::fs::read_dir(dir.path()).map_or(0, Iterator::count);
        assert_eq!(siblings, 1, "nothing left beside the workspace");
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
