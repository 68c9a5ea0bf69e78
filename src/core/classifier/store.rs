//! Classifiers kept in the workspace, and the [`Registry`] that puts them together with the
//! bundled ones. Each imported edition is one file, `classifiers/<id>/<version>.json`, written
//! atomically and never overwritten: a dataset bound to SOATO 2021-04 keeps validating against
//! 2021-04 after 2025-01 is imported, while new bindings take the latest. A damaged or
//! misplaced file is reported in [`Registry::problems`] and skipped, never fatal to the rest.
//! This module owns the `classifiers/` folder and nothing else in the workspace; it writes
//! only through [`fs::write_json_atomic`](crate::core::fs::write_json_atomic).

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::core::classifier::bundled::{bundled, bundled_problems};
use crate::core::classifier::{Classifier, ClassifierError};
use crate::core::fs::IoError;
use crate::core::fs::write_json_atomic;

/// The workspace folder that holds imported classifiers.
pub const CLASSIFIERS_DIR: &str = "classifiers";

/// Where a classifier in the registry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Shipped inside the binary.
    Bundled,
    /// Imported by the user and stored in the workspace.
    Imported,
}

/// The file an edition is stored in.
pub fn classifier_path(workspace_root: &Path, id: &str, version: &str) -> PathBuf {
    workspace_root
        .join(CLASSIFIERS_DIR)
        .join(id)
        .join(format!("{version}.json"))
}

/// Reads one stored classifier, checking that it is the edition its path names.
pub fn load_file(path: &Path) -> Result<Classifier, ClassifierError> {
    let bytes = std::fs::read(path).map_err(|e| IoError::new(path, e))?;
    let classifier: Classifier =
        serde_json::from_slice(&bytes).map_err(|e| ClassifierError::Corrupt {
            path: path.to_owned(),
            detail: e.to_string(),
        })?;
    let version = path.file_stem().and_then(|s| s.to_str());
    let id = path
        .parent()
        .and_then(Path::file_name)
        .and_then(|s| s.to_str());
    if id != Some(classifier.id()) || version != Some(classifier.version()) {
        return Err(ClassifierError::Misplaced {
            path: path.to_owned(),
            found_id: classifier.id().to_owned(),
            found_version: classifier.version().to_owned(),
        });
    }
    Ok(classifier)
}

#[derive(Debug, Clone)]
struct Edition {
    classifier: Arc<Classifier>,
    origin: Origin,
}

/// Every classifier the app can use: the bundled ones and the workspace's imports, each id
/// with its editions ordered oldest to newest.
#[derive(Debug, Default)]
pub struct Registry {
    by_id: BTreeMap<String, Vec<Edition>>,
    problems: Vec<ClassifierError>,
}

impl Registry {
    /// Only the bundled classifiers (no workspace open).
    pub fn bundled_only() -> Self {
        let mut registry = Self::default();
        for c in bundled() {
            registry.insert(Arc::clone(c), Origin::Bundled);
        }
        registry.problems.extend(bundled_problems());
        registry
    }

    /// The bundled classifiers plus those stored under `workspace_root`. Fails only when the
    /// `classifiers/` folder exists but cannot be listed; unreadable or damaged files are
    /// skipped and listed in [`Registry::problems`].
    pub fn load(workspace_root: &Path) -> Result<Self, ClassifierError> {
        let mut registry = Self::bundled_only();
        let dir = workspace_root.join(CLASSIFIERS_DIR);
        let ids = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(registry),
            Err(e) => return Err(IoError::new(&dir, e).into()),
        };
        let mut files = Vec::new();
        for id_dir in ids {
            let id_dir = match id_dir {
                Ok(d) => d.path(),
                Err(e) => {
                    registry.problems.push(IoError::new(&dir, e).into());
                    continue;
                }
            };
            if !id_dir.is_dir() || is_hidden(&id_dir) {
                continue;
            }
            let versions = match std::fs::read_dir(&id_dir) {
                Ok(v) => v,
                Err(e) => {
                    registry.problems.push(IoError::new(&id_dir, e).into());
                    continue;
                }
            };
            for file in versions {
                match file {
                    Ok(f) => {
                        let path = f.path();
                        let is_json = path.extension().is_some_and(|x| x == "json");
                        if is_json && !is_hidden(&path) && path.is_file() {
                            files.push(path);
                        }
                    }
                    Err(e) => registry.problems.push(IoError::new(&id_dir, e).into()),
                }
            }
        }
        files.sort();
        for path in files {
            match load_file(&path) {
                Ok(c) if registry.get(c.id(), Some(c.version())).is_some() => {
                    registry.problems.push(ClassifierError::VersionExists {
                        id: c.id().to_owned(),
                        version: c.version().to_owned(),
                    });
                }
                Ok(c) => registry.insert(Arc::new(c), Origin::Imported),
                Err(e) => registry.problems.push(e),
            }
        }
        Ok(registry)
    }

    /// What could not be loaded, for the app to show.
    pub fn problems(&self) -> &[ClassifierError] {
        &self.problems
    }

    /// Stores an imported edition under `workspace_root` and adds it. An edition already in
    /// the registry (bundled or imported) is never replaced: import it under a new version.
    pub fn save_imported(
        &mut self,
        workspace_root: &Path,
        classifier: Classifier,
    ) -> Result<Arc<Classifier>, ClassifierError> {
        // Ids and versions were checked to be safe file names when the classifier was built.
        let (id, version) = (classifier.id(), classifier.version());
        let path = classifier_path(workspace_root, id, version);
        if self.get(id, Some(version)).is_some() || path.exists() {
            return Err(ClassifierError::VersionExists {
                id: id.to_owned(),
                version: version.to_owned(),
            });
        }
        write_json_atomic(&path, &classifier)?;
        let classifier = Arc::new(classifier);
        self.insert(Arc::clone(&classifier), Origin::Imported);
        Ok(classifier)
    }

    fn insert(&mut self, classifier: Arc<Classifier>, origin: Origin) {
        let editions = self.by_id.entry(classifier.id().to_owned()).or_default();
        let at = editions.partition_point(|e| {
            compare_versions(e.classifier.version(), classifier.version()).is_le()
        });
        editions.insert(at, Edition { classifier, origin });
    }

    /// An edition: the given `version`, or the latest when `None`.
    pub fn get(&self, id: &str, version: Option<&str>) -> Option<&Arc<Classifier>> {
        let editions = self.by_id.get(id)?;
        match version {
            None => editions.last(),
            Some(v) => editions.iter().find(|e| e.classifier.version() == v),
        }
        .map(|e| &e.classifier)
    }

    /// The newest edition of `id`.
    pub fn latest(&self, id: &str) -> Option<&Arc<Classifier>> {
        self.get(id, None)
    }

    /// The edition a binding to `id` at `version` checks against: the pinned edition, or the
    /// newest when this registry does not have it (a package from an office that imported an
    /// edition this one has not). The window and the command line both resolve through this.
    pub fn resolve(&self, id: &str, version: Option<&str>) -> Option<&Arc<Classifier>> {
        self.get(id, version).or_else(|| self.latest(id))
    }

    /// The same editions without the problems found loading them: a copy a job thread can own
    /// (the editions themselves are shared, not copied).
    pub fn without_problems(&self) -> Self {
        Self {
            by_id: self.by_id.clone(),
            problems: Vec::new(),
        }
    }

    /// The versions of `id`, oldest first.
    pub fn versions(&self, id: &str) -> Vec<&str> {
        self.by_id
            .get(id)
            .map(|eds| eds.iter().map(|e| e.classifier.version()).collect())
            .unwrap_or_default()
    }

    /// Where an edition came from.
    pub fn origin(&self, id: &str, version: &str) -> Option<Origin> {
        self.by_id
            .get(id)?
            .iter()
            .find(|e| e.classifier.version() == version)
            .map(|e| e.origin)
    }

    /// The classifier ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.by_id.keys().map(String::as_str)
    }

    /// The latest edition of every classifier, by id.
    pub fn latest_all(&self) -> impl Iterator<Item = &Arc<Classifier>> + '_ {
        self.by_id
            .values()
            .filter_map(|eds| eds.last().map(|e| &e.classifier))
    }
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Orders versions naturally: runs of digits compare as numbers (`2021-4` < `2021-04a` <
/// `2021-10`), other text by bytes; equal by that, the plain text decides.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a, b);
    loop {
        match (x.is_empty(), y.is_empty()) {
            (true, true) => return a.cmp(b),
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            (false, false) => {}
        }
        let (px, rx) = split_run(x);
        let (py, ry) = split_run(y);
        let both_digits = px.as_bytes()[0].is_ascii_digit() && py.as_bytes()[0].is_ascii_digit();
        let order = if both_digits {
            let (tx, ty) = (px.trim_start_matches('0'), py.trim_start_matches('0'));
            tx.len().cmp(&ty.len()).then_with(|| tx.cmp(ty))
        } else {
            px.cmp(py)
        };
        if order != Ordering::Equal {
            return order;
        }
        (x, y) = (rx, ry);
    }
}

/// Splits off the leading run of digits or of non-digits (`s` is not empty).
fn split_run(s: &str) -> (&str, &str) {
    let digits = s.as_bytes()[0].is_ascii_digit();
    let end = s
        .bytes()
        .position(|b| b.is_ascii_digit() != digits)
        .unwrap_or(s.len());
    s.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::classifier::bundled::{SOATO_ID, SPHERES_ID, soato_info, soato_levels};
    use crate::core::classifier::tests::{entry, info};
    use crate::core::classifier::{Entry, Level};
    use crate::core::lang::LangText;

    fn small(id: &str, version: &str, name: &str) -> Classifier {
        Classifier::new(
            info(id, version),
            vec![Level::new("item", LangText::default())],
            vec![entry("1", 0, None, name), entry("2", 0, None, "two")],
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn soato_2025() -> Classifier {
        let country = Entry {
            code: "17".into(),
            level: 0,
            parent: None,
            is_group: false,
            name: LangText::new("O'zbekiston Respublikasi", "", "", ""),
        };
        let region = Entry {
            code: "1703".into(),
            level: 1,
            parent: Some("17".into()),
            is_group: false,
            name: LangText::new("Andijon viloyati", "", "", ""),
        };
        Classifier::new(soato_info("2025-01"), soato_levels(), vec![country, region])
            .and_then(crate::core::classifier::bundled::with_known_aliases)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn versions_order_naturally() {
        let mut v = vec![
            "2025-01", "2021-04", "2021-10", "2021-4", "10", "9", "2021-04a",
        ];
        v.sort_by(|a, b| compare_versions(a, b));
        assert_eq!(
            v,
            [
                "9", "10", "2021-04", "2021-4", "2021-04a", "2021-10", "2025-01"
            ]
        );
        assert_eq!(compare_versions("1.2", "1.10"), Ordering::Less);
        assert_eq!(compare_versions("a", "a"), Ordering::Equal);
    }

    #[test]
    fn without_a_workspace_folder_only_the_bundled_ones() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let r = Registry::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(r.problems().is_empty(), "{:?}", r.problems());
        let ids: Vec<_> = r.ids().collect();
        assert_eq!(ids, [SPHERES_ID, SOATO_ID]);
        assert_eq!(r.versions(SOATO_ID), ["2021-04"]);
        assert_eq!(r.origin(SOATO_ID, "2021-04"), Some(Origin::Bundled));
        assert_eq!(r.latest(SOATO_ID).map(|c| c.len()), Some(3_298));
        assert!(r.get("nope", None).is_none());
        assert_eq!(r.latest_all().count(), 2);
    }

    #[test]
    fn round_trip_through_the_workspace() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut r = Registry::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        let saved = r
            .save_imported(dir.path(), small("units", "2024", "bir"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(saved.id(), "units");
        let path = dir.path().join("classifiers/units/2024.json");
        assert!(path.is_file());

        let again = Registry::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(again.problems().is_empty(), "{:?}", again.problems());
        let loaded = again.get("units", Some("2024"));
        assert_eq!(loaded.map(|c| &**c), Some(&small("units", "2024", "bir")));
        assert_eq!(again.origin("units", "2024"), Some(Origin::Imported));
        let no_temporaries = std::fs::read_dir(path.parent().unwrap_or(dir.path()))
            .into_iter()
            .flatten()
            .flatten()
            .all(|e| !e.file_name().to_string_lossy().ends_with(".tmp"));
        assert!(no_temporaries);
    }

    #[test]
    fn a_new_version_keeps_the_old_one() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut r = Registry::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        r.save_imported(dir.path(), small("units", "2024", "old"))
            .unwrap_or_else(|e| panic!("{e}"));
        r.save_imported(dir.path(), small("units", "2025", "new"))
            .unwrap_or_else(|e| panic!("{e}"));
        // The same edition again is refused, and the stored file is untouched.
        assert!(matches!(
            r.save_imported(dir.path(), small("units", "2024", "changed")),
            Err(ClassifierError::VersionExists { .. })
        ));
        // A newer SOATO sits beside the bundled edition, which stays available.
        r.save_imported(dir.path(), soato_2025())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            r.save_imported(dir.path(), small("soato", "2021-04", "x")),
            Err(ClassifierError::VersionExists { .. })
        ));

        let r = Registry::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(r.problems().is_empty(), "{:?}", r.problems());
        assert_eq!(r.versions("units"), ["2024", "2025"]);
        let name = |v: Option<&str>| {
            r.get("units", v)
                .and_then(|c| c.get("1"))
                .map(|e| e.name.uz_latn.clone())
        };
        assert_eq!(name(Some("2024")).as_deref(), Some("old"));
        assert_eq!(name(Some("2025")).as_deref(), Some("new"));
        assert_eq!(name(None).as_deref(), Some("new"));
        assert_eq!(r.versions(SOATO_ID), ["2021-04", "2025-01"]);
        assert_eq!(r.latest(SOATO_ID).map(|c| c.version()), Some("2025-01"));
        assert_eq!(
            r.latest(SOATO_ID).map(|c| c.canonical("1700")),
            Some(Some("17"))
        );
        assert_eq!(
            r.get(SOATO_ID, Some("2021-04")).map(|c| c.len()),
            Some(3_298)
        );
        assert_eq!(r.origin(SOATO_ID, "2025-01"), Some(Origin::Imported));
    }

    #[test]
    fn damaged_files_are_reported_and_the_rest_loads() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut r = Registry::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        r.save_imported(dir.path(), small("good", "1", "ok"))
            .unwrap_or_else(|e| panic!("{e}"));
        let base = dir.path().join(CLASSIFIERS_DIR);
        let write = |rel: &str, text: &str| {
            let path = base.join(rel);
            std::fs::create_dir_all(path.parent().unwrap_or(&base))
                .unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
        };
        write("bad/1.json", "{ not json");
        let moved = serde_json::to_string(&small("other", "7", "x")).unwrap_or_default();
        write("moved/1.json", &moved);
        write("good/.1.json.123-0.tmp", "partial");
        write("good/notes.txt", "ignored");

        let r = Registry::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.versions("good"), ["1"]);
        assert!(r.get("bad", None).is_none());
        assert!(r.get("other", None).is_none());
        assert_eq!(r.problems().len(), 2, "{:?}", r.problems());
        assert!(r.problems().iter().any(
            |p| matches!(p, ClassifierError::Corrupt { path, .. } if path.ends_with("bad/1.json"))
        ));
        assert!(r.problems().iter().any(|p| matches!(
            p,
            ClassifierError::Misplaced { found_id, .. } if found_id == "other"
        )));
        assert!(r.latest(SOATO_ID).is_some());
    }
}
