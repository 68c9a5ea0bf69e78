//! What the user asked for. Views push actions; the app applies them after the frame, so
//! drawing code has no side effects and view tests can check which actions a click made.
//! A click and its shortcut push the same action, and a system dialog's answer comes back
//! as an action too (`OpenFile`, `WriteReport`, ...), so each intent has one path.

use std::path::PathBuf;

use crate::core::ingest::OpenOptions;
use crate::core::lang::Lang;
use crate::core::workspace::prefs::{TextSize, Theme};

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show the system's open dialog.
    ChooseFile,
    OpenFile(PathBuf),
    /// Make the workspace in this folder the current one (and the saved one).
    OpenWorkspace(PathBuf),
    /// Read the open file again with other encoding, delimiter, sheet or header choices.
    Reopen(OpenOptions),
    CancelLoad,
    SetLanguage(Lang),
    /// Show the folder dialog to pick another workspace.
    ChooseWorkspace,
    OpenDemoWorkspace,
    ClearRecent,
    DismissNotice,
    /// Start describing the open file as a dataset (infers its schema).
    DescribeDataset,
    /// Infer the open dataset's schema again from the table.
    InferSchema,
    /// Pick a GetById response or a downloaded portal file and take its structure.
    ImportStructure,
    /// Take the structure published in this file (a GetById response or a portal file).
    ImportStructureFrom(PathBuf),
    SaveDataset,
    /// Check the open table against its schema (the dataset's, or one inferred).
    Validate,
    CancelValidate,
    /// Save the last report as JSON, CSV or Excel: asks where.
    ExportReport,
    /// Write the last report here (JSON, CSV or Excel by the name's extension).
    WriteReport(PathBuf),
    /// Show only the rows with findings of this code (`None`: all rows).
    FilterRows(Option<crate::core::validate::Code>),
    /// Find, sort, filter or edit in the table.
    Table(crate::ui::table::TableAction),
    /// Go to a finding's cell in the table.
    GoToFinding(usize),
    /// Record a fix in the recipe and apply it.
    AcceptFix(crate::core::recipe::Step),
    /// Take back the recipe's last step.
    UndoStep,
    /// Apply the saved recipe steps the table does not show yet.
    ApplyRecipe,
    /// Save the table (as cleaned) as CSV or Excel: asks where.
    SaveTable,
    /// Write the table as it is now here (Excel when the name ends in .xlsx, else CSV).
    WriteTable(PathBuf),
    OpenClassifiers,
    CloseClassifiers,
    /// Show the publishing screen (publish, outbox, history, targets).
    OpenPublishing,
    ClosePublishing,
    /// Show the calendar screen (deadlines, the approved list, rules and holidays).
    OpenCalendar,
    CloseCalendar,
    /// Put away the deadline reminder until what it lists changes.
    DismissReminder,
    /// Remind of deadlines this many days ahead (the calendar's setting).
    SetRemindDays(u32),
    /// What to do with unsaved dataset edits before another file opens.
    ResolveSwitch(SwitchChoice),
    /// Pick a CSV or Excel file to import as a code list.
    ChooseCodeList,
    /// Read this file as a code list; the classifiers screen shows its import form.
    ReadCodeList(PathBuf),
    /// Import the code list prepared in the classifiers screen.
    ImportCodeList,
    /// Show a document tab (closing the screens that cover it).
    ShowTab(crate::ui::dataset::DocTab),
    /// Select the next (`true`) or previous finding's cell in the table (the buttons above
    /// the table, F8 and Shift+F8).
    NextError(bool),
    SetTheme(Theme),
    SetTextSize(TextSize),
    /// Presentation mode on or off (high contrast and projector-sized text).
    TogglePresentation,
    Zoom(ZoomStep),
    /// Show the keyboard shortcuts window (or put it away when shown).
    ShowShortcuts,
    /// Put away the window or question over the app (not the first-run screen).
    CloseModal,
    /// First-run screen: show the folder dialog for the user's workspace.
    ChooseWelcomeFolder,
    /// First-run screen: the folder for the user's workspace.
    SetWelcomeFolder(PathBuf),
    /// First-run screen: make (or open) the workspace in the chosen folder for the
    /// organisation typed there.
    CreateWorkspace,
    /// First-run screen: close it and stay on the demo workspace.
    ExploreDemo,
    /// Show the calendar's approved list (to import or fill it).
    OpenInventory,
    /// Show the publishing screen's targets.
    OpenTargets,
    /// Put the demo workspace back as it was bundled: asks first, then resets.
    ResetDemo {
        confirmed: bool,
    },
}

/// A step of the View menu's zoom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoomStep {
    In,
    Out,
    Reset,
}

/// The answers to "the dataset has unsaved changes" when another file is about to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SwitchChoice {
    SaveThenOpen,
    Discard,
    Stay,
}
