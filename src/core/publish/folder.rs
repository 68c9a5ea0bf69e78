//! Publishing to a folder or USB stick: each publish is a self-contained package (the
//! portal-ready data file, `datapackage.json` with the passport, and a manifest with hashes and
//! the intended target), which another Ochiq imports into its outbox and sends. A package is
//! written under a temporary name and renamed when complete, so a pulled stick never holds a
//! half package under a real name. Its folder is named after the dataset and the file's hash,
//! so the same file published twice is the same package.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::target::Target;
use super::{
    Account, Confirmation, Connector, HistoryDetail, Preflight, PublishError, Published, Receipt,
    RemoteDataset, Unconfirmed, file_sha256,
};
use crate::core::date::{rfc3339, unix_now};
use crate::core::fs::write_atomic;
use crate::core::ingest::{self, OpenOptions};
use crate::core::lang::Lang;
use crate::core::progress::{NoProgress, Progress};
use crate::core::recipe::Recipe;
use crate::core::schema::Package;
use crate::core::schema::package::PACKAGE_FILE;

/// The manifest's file name inside a package folder.
pub const MANIFEST_FILE: &str = "ochiq-manifest.json";
const MANIFEST_FORMAT: u32 = 1;

/// What a package folder holds and where it is meant to go.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Manifest {
    pub format: u32,
    /// When the package was written (UTC, RFC 3339).
    pub created: String,
    /// The dataset's portal code, or its folder name.
    pub dataset: String,
    pub title: String,
    /// The reporting period the data covers (`2026-10`), when known.
    pub period: String,
    /// The data file, relative to the package folder.
    pub data: String,
    pub files: Vec<ManifestFile>,
    /// Where the package should be sent on (no secrets: the receiving Ochiq has its own).
    pub target: Option<Target>,
    /// The review that let its personal data be published, when it holds any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personal_review: Option<crate::core::validate::personal::PersonalReview>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ManifestFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// A package read back from a folder, its hashes checked.
#[derive(Debug, Clone)]
pub struct FolderPackage {
    pub dir: PathBuf,
    pub manifest: Manifest,
    pub package: Package,
    pub data: PathBuf,
}

/// A folder target.
#[derive(Debug, Clone)]
pub struct Folder {
    dir: PathBuf,
}

impl Folder {
    pub fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_owned(),
        }
    }

    /// The package folder for `package` with a data file of hash `sha256`.
    fn package_dir(&self, package: &Package, sha256: &str) -> PathBuf {
        let name = super::ckan::dataset_name(package);
        self.dir
            .join(format!("{name}_{}", sha256.get(..12).unwrap_or(sha256)))
    }

    fn receipt(&self, dir: &Path, manifest: &Manifest, created: bool) -> Receipt {
        let data = dir.join(&manifest.data);
        let file = manifest.files.iter().find(|f| f.path == manifest.data);
        Receipt {
            dataset: manifest.dataset.clone(),
            dataset_url: dir.display().to_string(),
            resource_id: manifest.data.clone(),
            resource_url: data.display().to_string(),
            size: file.map_or(0, |f| f.size),
            created,
            sha256: file.map(|f| f.sha256.clone()).unwrap_or_default(),
            ..Receipt::default()
        }
    }
}

/// Reads the package in `dir` and checks every file against the manifest's hashes.
pub fn read_package(dir: &Path) -> Result<FolderPackage, PublishError> {
    let manifest_path = dir.join(MANIFEST_FILE);
    let text = std::fs::read_to_string(&manifest_path)
        .map_err(|e| PublishError::file(&manifest_path, e))?;
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|e| PublishError::file(&manifest_path, e))?;
    for file in &manifest.files {
        let unsafe_path = file.path.contains("..") || Path::new(&file.path).is_absolute();
        let path = dir.join(&file.path);
        if unsafe_path {
            return Err(PublishError::File {
                path: file.path.clone(),
                detail: "the manifest names a file outside the package".into(),
            });
        }
        let sha = file_sha256(&path)?;
        if sha != file.sha256 {
            return Err(PublishError::file(
                &path,
                "the file differs from the manifest (damaged or changed)",
            ));
        }
    }
    if !manifest.files.iter().any(|f| f.path == manifest.data) {
        return Err(PublishError::file(
            &manifest_path,
            "the manifest lists no data file",
        ));
    }
    let package_path = dir.join(PACKAGE_FILE);
    let package = Package::read(&package_path).map_err(|e| PublishError::file(&package_path, e))?;
    Ok(FolderPackage {
        dir: dir.to_owned(),
        data: dir.join(&manifest.data),
        manifest,
        package,
    })
}

impl Connector for Folder {
    fn account(&self) -> Result<Account, PublishError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| PublishError::file(&self.dir, e))?;
        let probe = self.dir.join(".ochiq-write-test");
        std::fs::write(&probe, b"ok").map_err(|e| PublishError::file(&self.dir, e))?;
        let _ = std::fs::remove_file(&probe);
        Ok(Account {
            user: String::new(),
            organisations: Vec::new(),
        })
    }

    fn preflight(
        &self,
        package: &Package,
        _organisation: &str,
        data: &Path,
    ) -> Result<Vec<Preflight>, PublishError> {
        self.account()?;
        std::fs::metadata(data).map_err(|e| PublishError::file(data, e))?;
        let mut problems = Vec::new();
        if package.passport.title.best(Lang::UzLatn).trim().is_empty() {
            problems.push(Preflight::Missing("title"));
        }
        Ok(problems)
    }

    fn publish(
        &self,
        package: &Package,
        _organisation: &str,
        data: &Path,
        progress: &dyn Progress,
    ) -> Result<Receipt, PublishError> {
        let sha256 = file_sha256(data)?;
        let dir = self.package_dir(package, &sha256);
        if let Ok(existing) = read_package(&dir) {
            return Ok(self.receipt(&dir, &existing.manifest, false));
        }
        std::fs::create_dir_all(&self.dir).map_err(|e| PublishError::file(&self.dir, e))?;
        let partial = self.dir.join(format!(
            ".partial-{}",
            dir.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        ));
        let _ = std::fs::remove_dir_all(&partial);
        std::fs::create_dir_all(&partial).map_err(|e| PublishError::file(&partial, e))?;

        let data_name = data
            .file_name()
            .map_or_else(|| "data.csv".into(), |n| n.to_string_lossy().into_owned());
        let size = std::fs::metadata(data)
            .map_err(|e| PublishError::file(data, e))?
            .len();
        copy_with_progress(data, &partial.join(&data_name), size, progress)?;

        // The package travels with its data already cleaned: no steps to replay.
        let mut travelling = package.clone();
        if let Some(resource) = travelling.resources.first_mut() {
            resource.path = data_name.clone();
            resource.recipe = Recipe::default();
            resource.sheet = None;
        }
        let package_path = partial.join(PACKAGE_FILE);
        travelling
            .write(&package_path)
            .map_err(|e| PublishError::file(&package_path, e))?;
        let package_sha = file_sha256(&package_path)?;
        let package_size = std::fs::metadata(&package_path).map_or(0, |m| m.len());

        let manifest = Manifest {
            format: MANIFEST_FORMAT,
            created: rfc3339(unix_now()),
            dataset: if package.passport.code.is_empty() {
                super::ckan::dataset_name(package)
            } else {
                package.passport.code.clone()
            },
            title: package.passport.title.best(Lang::UzLatn).to_owned(),
            period: package
                .extra
                .get(super::PERIOD_PROPERTY)
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            data: data_name.clone(),
            files: vec![
                ManifestFile {
                    path: data_name,
                    size,
                    sha256,
                },
                ManifestFile {
                    path: PACKAGE_FILE.into(),
                    size: package_size,
                    sha256: package_sha,
                },
            ],
            target: None,
            personal_review: super::review_of(package),
        };
        let text = serde_json::to_string_pretty(&manifest)
            .map_err(|e| PublishError::Protocol(e.to_string()))?;
        write_atomic(&partial.join(MANIFEST_FILE), text.as_bytes())
            .map_err(|e| PublishError::file(&partial, e))?;
        std::fs::rename(&partial, &dir).map_err(|e| PublishError::file(&dir, e))?;
        Ok(self.receipt(&dir, &manifest, true))
    }

    fn confirm(&self, _package: &Package, receipt: &Receipt) -> Result<Confirmation, PublishError> {
        let dir = PathBuf::from(&receipt.dataset_url);
        let read = read_package(&dir).map_err(|e| {
            PublishError::NotConfirmed(Unconfirmed::Unreadable {
                path: dir.display().to_string(),
                detail: e.to_string(),
            })
        })?;
        let sent = read
            .manifest
            .files
            .iter()
            .find(|f| f.path == read.manifest.data);
        if sent.is_none_or(|f| f.sha256 != receipt.sha256) {
            return Err(PublishError::NotConfirmed(Unconfirmed::AnotherFile));
        }
        Ok(Confirmation::Confirmed(HistoryDetail::FolderWritten {
            path: dir.display().to_string(),
            bytes: receipt.size,
            sha256: receipt.sha256.clone(),
        }))
    }

    fn find(
        &self,
        package: &Package,
        _organisation: &str,
        sha256: &str,
    ) -> Result<Option<Receipt>, PublishError> {
        let dir = self.package_dir(package, sha256);
        Ok(read_package(&dir)
            .ok()
            .map(|p| self.receipt(&dir, &p.manifest, false)))
    }

    fn catalogue(&self, _organisation: &str) -> Result<Vec<RemoteDataset>, PublishError> {
        let mut found = Vec::new();
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(found),
            Err(e) => return Err(PublishError::file(&self.dir, e)),
        };
        for entry in entries.flatten() {
            let dir = entry.path();
            let Ok(text) = std::fs::read_to_string(dir.join(MANIFEST_FILE)) else {
                continue;
            };
            let Ok(manifest) = serde_json::from_str::<Manifest>(&text) else {
                continue;
            };
            let id = dir
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let mut title = crate::core::lang::LangText::default();
            title.set(Lang::UzLatn, &manifest.title);
            found.push(RemoteDataset {
                id,
                code: manifest.dataset,
                title,
                updated: manifest.created,
                url: dir.display().to_string(),
                ..RemoteDataset::default()
            });
        }
        found.sort_by(|a, b| a.code.cmp(&b.code).then(a.updated.cmp(&b.updated)));
        Ok(found)
    }

    fn published(&self, dataset: &str) -> Result<Published, PublishError> {
        if dataset.contains(['/', '\\']) || dataset.contains("..") {
            return Err(PublishError::Refused(format!("no package {dataset}")));
        }
        let read = read_package(&self.dir.join(dataset))?;
        let (_, table) = ingest::read_table(&read.data, &OpenOptions::default(), &NoProgress)
            .map_err(|e| PublishError::file(&read.data, e))?;
        let schema = read
            .package
            .resources
            .first()
            .map(|r| r.schema.clone())
            .unwrap_or_default();
        Ok(Published { schema, table })
    }
}

/// Copies `from` to `to` in pieces, telling progress, stopping when cancelled.
fn copy_with_progress(
    from: &Path,
    to: &Path,
    size: u64,
    progress: &dyn Progress,
) -> Result<(), PublishError> {
    use std::io::{Read, Write};
    let mut input = std::fs::File::open(from).map_err(|e| PublishError::file(from, e))?;
    let mut output = std::fs::File::create(to).map_err(|e| PublishError::file(to, e))?;
    let mut buf = vec![0u8; 256 << 10];
    let mut done = 0u64;
    loop {
        if progress.cancelled() {
            return Err(PublishError::Cancelled);
        }
        let n = input
            .read(&mut buf)
            .map_err(|e| PublishError::file(from, e))?;
        if n == 0 {
            break;
        }
        output
            .write_all(&buf[..n])
            .map_err(|e| PublishError::file(to, e))?;
        done += n as u64;
        progress.set(done, size);
    }
    output.sync_all().map_err(|e| PublishError::file(to, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::schema::Resource;

    fn package() -> Package {
        let mut p = Package::default();
        p.passport.code = "1-104-0012".into();
        p.passport.title.set(Lang::UzLatn, "Maktabgacha taʼlim");
        p.resources.push(Resource {
            name: "data".into(),
            path: "source.xlsx".into(),
            ..Resource::default()
        });
        p
    }

    #[test]
    fn a_published_package_is_complete_verified_and_never_written_twice() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let data = dir.path().join("clean.csv");
        std::fs::write(&data, "Hudud_kodi,Soni\n1726266,5\n").unwrap_or_else(|e| panic!("{e}"));
        let stick = dir.path().join("usb");
        let folder = Folder::new(&stick);
        let package = package();

        assert!(
            folder
                .find(&package, "", &file_sha256(&data).unwrap_or_default())
                .unwrap_or_else(|e| panic!("{e}"))
                .is_none()
        );
        let receipt = folder
            .publish(&package, "", &data, &NoProgress)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(receipt.created);
        assert!(matches!(
            folder.confirm(&package, &receipt),
            Ok(Confirmation::Confirmed(_))
        ));
        let read = read_package(Path::new(&receipt.dataset_url)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read.manifest.dataset, "1-104-0012");
        assert_eq!(read.package.resources[0].path, "clean.csv");
        assert_eq!(
            std::fs::read_to_string(&read.data).unwrap_or_default(),
            "Hudud_kodi,Soni\n1726266,5\n"
        );
        // The same file again: the same package, nothing new written.
        let again = folder
            .publish(&package, "", &data, &NoProgress)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!again.created);
        assert_eq!(again.dataset_url, receipt.dataset_url);
        let found = folder
            .find(&package, "", &receipt.sha256)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            found.map(|r| r.dataset_url),
            Some(receipt.dataset_url.clone())
        );
        assert_eq!(
            folder.catalogue("").unwrap_or_default().len(),
            1,
            "one package in the folder"
        );
        let published = folder
            .published(&folder.catalogue("").unwrap_or_default()[0].id)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(published.table.rows(), 1);

        // A damaged data file is caught on reading and on confirming.
        std::fs::write(&read.data, "Hudud_kodi,Soni\n1726266,6\n")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(read_package(&read.dir).is_err());
        assert!(matches!(
            folder.confirm(&package, &receipt),
            Err(PublishError::NotConfirmed(_))
        ));
    }

    #[test]
    fn an_unwritable_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, "x").unwrap_or_else(|e| panic!("{e}"));
        let folder = Folder::new(&file.join("inside"));
        assert!(matches!(folder.account(), Err(PublishError::File { .. })));
    }
}
