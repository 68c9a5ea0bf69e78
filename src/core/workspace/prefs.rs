//! The user's preferences that outlive a session: interface language, the workspace folder,
//! recently opened files. Kept in `preferences.json` in the app's data folder, written
//! atomically; a damaged file falls back to defaults instead of stopping the app.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::write_json_atomic;
use crate::core::error::IoError;
use crate::core::lang::Lang;

pub const PREFS_FILE: &str = "preferences.json";
/// The reminder window a new user starts with, in days.
pub const DEFAULT_REMIND_DAYS: u32 = 7;
/// How many recent files the menu keeps.
pub const RECENT_LIMIT: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub language: Lang,
    /// The user's workspace; `None` opens the demo workspace.
    pub workspace: Option<PathBuf>,
    pub recent_files: Vec<PathBuf>,
    /// Deadlines within this many days are reminded of (and count as due soon).
    pub remind_days: u32,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: Lang::UzLatn,
            workspace: None,
            recent_files: Vec::new(),
            remind_days: DEFAULT_REMIND_DAYS,
        }
    }
}

impl Preferences {
    /// Reads preferences; a missing or damaged file gives the defaults.
    pub fn load(path: &Path) -> Self {
        std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> Result<(), IoError> {
        write_json_atomic(path, self)
    }

    /// Puts `path` first in the recent files, without duplicates.
    pub fn remember_file(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_LIMIT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damaged_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(PREFS_FILE);
        assert_eq!(Preferences::load(&path), Preferences::default());
        let mut prefs = Preferences {
            language: Lang::Ru,
            ..Preferences::default()
        };
        prefs.remember_file(Path::new("/a.csv"));
        prefs.save(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Preferences::load(&path), prefs);
        std::fs::write(&path, b"{\"language\": 7").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Preferences::load(&path), Preferences::default());
    }

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut prefs = Preferences::default();
        for i in 0..15 {
            prefs.remember_file(Path::new(&format!("/f{i}.csv")));
        }
        prefs.remember_file(Path::new("/f10.csv"));
        assert_eq!(prefs.recent_files.len(), RECENT_LIMIT);
        assert_eq!(prefs.recent_files[0], Path::new("/f10.csv"));
        assert_eq!(prefs.recent_files[1], Path::new("/f14.csv"));
    }
}
