//! The parts of the app's state, grouped by what they are for.

use std::path::PathBuf;
use std::time::Instant;

use super::super::actions::Action;
use super::super::classifiers_view::ClassifiersState;
use super::super::jobs::{Job, PrefsSaver, Slot};
use super::super::onboarding::Welcome;
use super::super::theme::{FocusRing, Look};
use crate::core::classifier::Registry;
use crate::core::date::Date;
use crate::core::ingest::{IngestError, OpenOptions};
use crate::core::table::Table;
use crate::core::workspace::{DataFile, DatasetEntry};

/// The screen that covers the open document (which stays loaded behind it). The publishing
/// and calendar states live on the app while their screen is closed: the outbox keeps
/// sending and the reminder is computed; the classifiers screen's state lives here.
pub enum Screen {
    Calendar,
    Publishing,
    Classifiers(Box<ClassifiersState>),
}

/// Which screen a top bar button (and its shortcut) is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ScreenKind {
    Calendar,
    Publishing,
    Classifiers,
}

impl Screen {
    pub(super) fn kind(&self) -> ScreenKind {
        match self {
            Screen::Calendar => ScreenKind::Calendar,
            Screen::Publishing => ScreenKind::Publishing,
            Screen::Classifiers(_) => ScreenKind::Classifiers,
        }
    }
}

/// What is shown over the whole app, one at a time.
pub enum Modal {
    /// The first-run screen (language, organisation, workspace folder); it takes the
    /// keyboard until it is closed.
    Welcome(Welcome),
    /// The keyboard shortcuts window (F1).
    Shortcuts,
    /// "Reset the demo workspace?"
    ResetDemo,
}

/// What the workspace holds, as last read.
pub(super) struct Contents {
    pub files: Vec<DataFile>,
    pub datasets: Vec<DatasetEntry>,
    /// Bundled and imported classifiers.
    pub registry: Registry,
}

impl Default for Contents {
    fn default() -> Self {
        Self {
            files: Vec::new(),
            datasets: Vec::new(),
            registry: Registry::bundled_only(),
        }
    }
}

/// Files waiting to open.
#[derive(Default)]
pub(super) struct Pending {
    /// A file to open on the first frame, when a context exists to run the job.
    pub open: Option<PathBuf>,
    /// A file waiting to open until the user decides about unsaved dataset edits.
    pub switch: Option<(PathBuf, OpenOptions)>,
}

/// How the window looks: what was last given to the context, and the focus ring.
#[derive(Default)]
pub(super) struct Appearance {
    pub fonts_installed: bool,
    /// The theme and text size last applied to the context.
    pub look: Option<Look>,
    /// Whether the saved zoom was given to the context yet.
    pub zoom_applied: bool,
    pub focus_ring: FocusRing,
}

/// The deadline reminder above the document.
#[derive(Default)]
pub(super) struct Reminder {
    /// The date deadlines are reckoned on, when not the real one.
    pub today: Option<Date>,
    /// The counts (overdue, due soon) the user put away, and on which day.
    pub dismissed: Option<(Date, (usize, usize))>,
    /// When the deadlines were last read again.
    pub checked: Option<Instant>,
}

/// The app's own background work (the document's and the screens' are theirs).
pub(super) struct AppJobs {
    /// A system file dialog being shown.
    pub dialog: Slot<Option<PathBuf>>,
    /// What the dialog's answer asks for.
    pub answer: fn(PathBuf) -> Action,
    /// A file being read as a code list.
    pub code_list: Slot<Result<(PathBuf, Table), IngestError>>,
    /// A report or table being written.
    pub write: Slot<Result<(), String>>,
    /// Writes the preferences; `None` keeps them in memory only (tests).
    pub prefs: Option<PrefsSaver>,
}

impl AppJobs {
    pub fn new(prefs: Option<PrefsSaver>) -> Self {
        Self {
            dialog: Slot::default(),
            answer: Action::OpenFile,
            code_list: Slot::default(),
            write: Slot::default(),
            prefs,
        }
    }

    /// Shows a dialog unless one is shown already; its answer becomes `answer(path)`.
    pub fn ask(
        &mut self,
        dialog: impl FnOnce() -> Job<Option<PathBuf>>,
        answer: fn(PathBuf) -> Action,
    ) {
        if !self.dialog.is_running() {
            self.dialog.start(dialog());
            self.answer = answer;
        }
    }

    pub fn is_busy(&self) -> bool {
        self.dialog.is_running()
            || self.code_list.is_running()
            || self.write.is_running()
            || self.prefs.as_ref().is_some_and(PrefsSaver::is_busy)
    }
}
