//! The user's preferences that outlive a session: interface language, the workspace folder,
//! recently opened files. Kept in `preferences.json` in the app's data folder, written
//! atomically; a damaged file falls back to defaults instead of stopping the app.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::fs::IoError;
use crate::core::fs::write_json_atomic;
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
    /// Colours: the system's, light, dark, or high contrast for low vision and projectors.
    pub theme: Theme,
    /// The size of all text, apart from the zoom.
    pub text_size: TextSize,
    /// The whole window's scale, 1.0 = 100 % (Ctrl + and Ctrl −).
    pub zoom: f32,
    /// Presentation mode for a hall and a projector: high contrast and projector-sized text
    /// while on, whatever the theme and text size chosen for the desk.
    pub presentation: bool,
    /// The sheet the user chose in each workbook opened outside a dataset, newest first; a
    /// dataset keeps its sheet in its package instead.
    pub sheets: Vec<SheetChoice>,
}

/// A workbook and the sheet it is opened on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetChoice {
    pub path: PathBuf,
    pub sheet: String,
}

/// How many workbooks' sheet choices are kept.
pub const SHEET_CHOICES_KEPT: usize = 100;

/// The window's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Light or dark as the operating system says.
    #[default]
    System,
    Light,
    Dark,
    /// Black on white with strong borders and a thick focus ring.
    HighContrast,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::System,
        Theme::Light,
        Theme::Dark,
        Theme::HighContrast,
    ];
}

/// Text size presets, from a laptop's screen to a projector across a hall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Projector,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Projector];

    /// How much larger than egui's default sizes the text is drawn.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.2,
            TextSize::Projector => 1.45,
        }
    }
}

/// The zoom range offered (50 % to 300 %), and its step.
pub const ZOOM_MIN: f32 = 0.5;
pub const ZOOM_MAX: f32 = 3.0;
pub const ZOOM_STEP: f32 = 0.1;

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: Lang::UzLatn,
            workspace: None,
            recent_files: Vec::new(),
            remind_days: DEFAULT_REMIND_DAYS,
            theme: Theme::System,
            text_size: TextSize::Normal,
            zoom: 1.0,
            presentation: false,
            sheets: Vec::new(),
        }
    }
}

impl Preferences {
    /// Reads preferences; a missing or damaged file gives the defaults.
    pub fn load(path: &Path) -> Self {
        let mut prefs: Self = std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        prefs.zoom = clamp_zoom(prefs.zoom);
        prefs
    }

    /// The theme in force: high contrast in presentation mode.
    pub fn effective_theme(&self) -> Theme {
        if self.presentation {
            Theme::HighContrast
        } else {
            self.theme
        }
    }

    /// The text size in force: projector-sized in presentation mode.
    pub fn effective_text_size(&self) -> TextSize {
        if self.presentation {
            TextSize::Projector
        } else {
            self.text_size
        }
    }

    pub fn save(&self, path: &Path) -> Result<(), IoError> {
        write_json_atomic(path, self)
    }

    /// Remembers the sheet chosen in the workbook at `path`.
    pub fn remember_sheet(&mut self, path: &Path, sheet: &str) {
        self.sheets.retain(|c| c.path != path);
        self.sheets.insert(
            0,
            SheetChoice {
                path: path.to_owned(),
                sheet: sheet.to_owned(),
            },
        );
        self.sheets.truncate(SHEET_CHOICES_KEPT);
    }

    /// The sheet last chosen in the workbook at `path`.
    pub fn sheet_for(&self, path: &Path) -> Option<&str> {
        self.sheets
            .iter()
            .find(|c| c.path == path)
            .map(|c| c.sheet.as_str())
    }

    /// Puts `path` first in the recent files, without duplicates.
    pub fn remember_file(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_LIMIT);
    }
}

/// A zoom within the offered range, rounded to its step; nonsense (NaN) is 100 %.
pub fn clamp_zoom(zoom: f32) -> f32 {
    if !zoom.is_finite() {
        return 1.0;
    }
    (zoom.clamp(ZOOM_MIN, ZOOM_MAX) / ZOOM_STEP).round() * ZOOM_STEP
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

    #[test]
    fn appearance_survives_and_bad_zoom_is_mended() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(PREFS_FILE);
        let prefs = Preferences {
            theme: Theme::HighContrast,
            text_size: TextSize::Large,
            zoom: 1.3,
            ..Preferences::default()
        };
        prefs.save(&path).unwrap_or_else(|e| panic!("{e}"));
        let back = Preferences::load(&path);
        assert_eq!(back.theme, Theme::HighContrast);
        assert_eq!(back.text_size, TextSize::Large);
        assert!((back.zoom - 1.3).abs() < 1e-4);
        // Older files lack the new keys; a hand-edited zoom is brought into range.
        std::fs::write(&path, br#"{"language":"ru","zoom":40}"#).unwrap_or_else(|e| panic!("{e}"));
        let back = Preferences::load(&path);
        assert_eq!(back.language, Lang::Ru);
        assert_eq!(back.theme, Theme::System);
        assert!((back.zoom - ZOOM_MAX).abs() < 1e-4);
        let presenting = Preferences {
            presentation: true,
            ..back
        };
        assert_eq!(presenting.effective_theme(), Theme::HighContrast);
        assert_eq!(presenting.effective_text_size(), TextSize::Projector);
    }
}
