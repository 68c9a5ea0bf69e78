//! The application: owns the preferences, the workspace, the open document and the jobs.
//! Each frame it takes in what the jobs sent ([`poll`]), turns keys into actions
//! ([`input`]), draws the panels ([`top_bar`], [`central`], [`dialogs`]), which push
//! [`Action`]s, and applies them after the frame ([`apply`]): the one place that writes,
//! starts jobs and changes what is shown.

mod apply;
mod central;
mod dialogs;
mod input;
mod poll;
mod state;
mod top_bar;
mod welcome;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::Ui;

use self::state::{AppJobs, Appearance, Contents, Pending, Reminder, ScreenKind};
pub use self::state::{Modal, Screen};
use super::actions::Action;
use super::calendar::CalendarState;
use super::dataset::DocTab;
use super::document::Document;
use super::jobs::PrefsSaver;
use super::onboarding::Welcome;
use super::publish::PublishState;
use super::{columns, theme, workspace_panel};
use crate::core::classifier::Registry;
use crate::core::date::Date;
use crate::core::lang::Lang;
use crate::core::publish::secrets::{Keychain, SecretStore};
use crate::core::workspace::prefs::{PREFS_FILE, Preferences};
use crate::core::workspace::{self, DatasetEntry, Workspace, WorkspaceError, WorkspaceMeta};
use crate::i18n::I18n;
use crate::text::messages::Notice;

/// How often the deadlines are read again for the reminder (publishes, edits elsewhere, a
/// new day).
const REMINDER_EVERY: std::time::Duration = std::time::Duration::from_secs(300);

/// How the app starts: where preferences live, and optionally a workspace, a file and a
/// language that take precedence over the saved preferences.
#[derive(Clone, Default)]
pub struct AppConfig {
    /// `None` keeps preferences in memory only (tests).
    pub prefs_path: Option<PathBuf>,
    pub workspace: Option<PathBuf>,
    pub open: Option<PathBuf>,
    pub lang: Option<Lang>,
    /// Where tokens are kept; `None`: the OS keychain.
    pub secrets: Option<Arc<dyn SecretStore>>,
    /// Reckon deadlines as if today were this date (tests, rehearsing a schedule);
    /// `None`: the real date in Tashkent.
    pub today: Option<Date>,
    /// Show the first-run screen (language, organisation, workspace folder) over the demo.
    pub first_run: bool,
    /// Trainer mode: open the bundled demo workspace whatever the saved workspace, without
    /// changing the saved one.
    pub demo: bool,
}

impl AppConfig {
    /// The configuration of a normal start: preferences in the app's data folder.
    pub fn standard(open: Option<PathBuf>) -> Self {
        let prefs_path = workspace::app_data_dir().ok().map(|d| d.join(PREFS_FILE));
        // A first start has no preferences yet; finishing the first-run screen writes them.
        let first_run = open.is_none() && prefs_path.as_deref().is_some_and(|p| !p.exists());
        Self {
            prefs_path,
            open,
            first_run,
            // A first start speaks the system's language when it is one of Ochiq's.
            lang: first_run.then(Lang::from_system).flatten(),
            ..Self::default()
        }
    }

    /// Trainer mode: the demo workspace, whatever the saved workspace, without the
    /// first-run screen; the user's saved workspace stays as it was.
    pub fn demo(open: Option<PathBuf>) -> Self {
        Self {
            demo: true,
            first_run: false,
            ..Self::standard(open)
        }
    }
}

pub struct OchiqApp {
    prefs: Preferences,
    pub i18n: I18n,
    workspace: Option<Workspace>,
    /// The workspace's data files, datasets and classifiers.
    contents: Contents,
    pub doc: Option<Document>,
    /// What covers the document, if anything.
    screen: Option<Screen>,
    /// Publishing: its state lives on while the screen is closed (the outbox keeps sending).
    pub publish: PublishState,
    /// Deadlines and the approved list; computed for reminders even while not shown.
    pub calendar: CalendarState,
    reminder: Reminder,
    jobs: AppJobs,
    pub notice: Option<Notice>,
    /// What the views asked for this frame; applied after it.
    actions: Vec<Action>,
    pending: Pending,
    /// What is shown over the whole app.
    modal: Option<Modal>,
    appearance: Appearance,
}

impl OchiqApp {
    pub fn new(config: AppConfig) -> Self {
        let mut prefs = config
            .prefs_path
            .as_deref()
            .map(Preferences::load)
            .unwrap_or_default();
        if let Some(lang) = config.lang {
            prefs.language = lang;
        }
        let mut app = Self {
            i18n: I18n::new(prefs.language),
            prefs,
            workspace: None,
            contents: Contents::default(),
            doc: None,
            screen: None,
            publish: PublishState::new(config.secrets.unwrap_or_else(|| Arc::new(Keychain::new()))),
            calendar: CalendarState::new(config.today.unwrap_or_else(Date::today)),
            reminder: Reminder {
                today: config.today,
                ..Reminder::default()
            },
            jobs: AppJobs::new(config.prefs_path.map(PrefsSaver::new)),
            notice: None,
            actions: Vec::new(),
            pending: Pending::default(),
            modal: config.first_run.then(|| {
                Modal::Welcome(Welcome {
                    folder: workspace::default_workspace_dir().ok(),
                    ..Welcome::default()
                })
            }),
            appearance: Appearance::default(),
        };
        let root = config.workspace.or_else(|| app.prefs.workspace.clone());
        match root.filter(|_| !config.demo) {
            Some(root) => app.switch_workspace(&root),
            None => app.open_demo(),
        }
        // The first screen shows what needs attention, when there is an approved list; the
        // first dataset still opens behind it.
        if config.open.is_none() && app.calendar.has_inventory() {
            app.screen = Some(Screen::Calendar);
        }
        // Something to look at: the first dataset, else the first data file.
        app.pending.open = config
            .open
            .or_else(|| {
                app.contents
                    .datasets
                    .iter()
                    .find_map(DatasetEntry::data_path)
            })
            .or_else(|| app.contents.files.first().map(|f| f.path.clone()));
        app
    }

    /// Asks for `action` as a click or a key would; it is applied after the next frame.
    pub fn request(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// Whether a job is still running or an action waits (tests wait for this).
    pub fn is_busy(&self) -> bool {
        self.pending.open.is_some()
            || !self.actions.is_empty()
            || self.jobs.is_busy()
            || self.doc.as_ref().is_some_and(Document::is_busy)
            || self.publish.is_busy()
            || self.calendar.is_busy()
    }

    /// The screen that covers the document, if any.
    pub fn screen(&self) -> Option<&Screen> {
        self.screen.as_ref()
    }

    /// What is shown over the whole app, if anything.
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    pub fn workspace(&self) -> Option<&Workspace> {
        self.workspace.as_ref()
    }

    /// Bundled and imported classifiers.
    pub fn registry(&self) -> &Registry {
        &self.contents.registry
    }

    /// The date deadlines are reckoned on.
    pub fn today(&self) -> Date {
        self.reminder.today.unwrap_or_else(Date::today)
    }

    fn shows(&self, kind: ScreenKind) -> bool {
        self.screen.as_ref().is_some_and(|s| s.kind() == kind)
    }

    /// What the top bar's button (or its shortcut) for a screen does now: close it when it is
    /// shown, else open it.
    fn toggle(&self, kind: ScreenKind) -> Action {
        let shown = self.shows(kind);
        match kind {
            ScreenKind::Calendar if shown => Action::CloseCalendar,
            ScreenKind::Calendar => Action::OpenCalendar,
            ScreenKind::Publishing if shown => Action::ClosePublishing,
            ScreenKind::Publishing => Action::OpenPublishing,
            ScreenKind::Classifiers if shown => Action::CloseClassifiers,
            ScreenKind::Classifiers => Action::OpenClassifiers,
        }
    }

    /// Whether the keyboard moved the focus last, so the focus ring is drawn.
    pub fn focus_ring_shown(&self) -> bool {
        self.appearance.focus_ring.is_shown()
    }

    pub fn preferences(&self) -> &Preferences {
        &self.prefs
    }

    fn switch_workspace(&mut self, root: &Path) {
        let meta = WorkspaceMeta {
            name: root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            ..WorkspaceMeta::default()
        };
        match Workspace::open_or_create(root, meta) {
            Ok(ws) => self.set_workspace(ws),
            Err(e) => {
                self.notice = Some(Notice::Workspace(e));
                if self.workspace.is_none() {
                    self.open_demo();
                }
            }
        }
    }

    fn open_demo(&mut self) {
        match workspace::demo_workspace_dir().and_then(|dir| Workspace::open_demo(&dir)) {
            Ok(ws) => self.set_workspace(ws),
            Err(e) => self.notice = Some(Notice::Workspace(e)),
        }
    }

    fn set_workspace(&mut self, ws: Workspace) {
        self.contents.registry =
            Registry::load(ws.root()).unwrap_or_else(|_| Registry::bundled_only());
        // The new workspace's outbox is read by the first tick.
        self.publish = PublishState::new(Arc::clone(&self.publish.secrets));
        self.calendar = CalendarState::new(self.today());
        self.calendar.load(&ws);
        self.reminder.checked = Some(std::time::Instant::now());
        if self.shows(ScreenKind::Calendar) && !self.calendar.has_inventory() {
            self.screen = None;
        }
        self.workspace = Some(ws);
        self.refresh_lists();
    }

    /// Reads the workspace's data files and datasets again (after a save, a switch).
    fn refresh_lists(&mut self) {
        let Some(ws) = &self.workspace else { return };
        match ws.data_files().and_then(|f| Ok((f, ws.datasets()?))) {
            Ok((files, datasets)) => {
                self.contents.files = files;
                self.contents.datasets = datasets;
            }
            Err(e) => self.notice = Some(Notice::Workspace(e)),
        }
    }

    fn save_prefs(&mut self) {
        if let Some(saver) = &self.jobs.prefs {
            saver.save(self.prefs.clone());
        }
    }

    /// Draws one frame and applies what the user did in it.
    pub fn ui_root(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if !self.appearance.fonts_installed {
            // Normally done at start-up; here for hosts that build the app without `ui::run`.
            super::fonts::install(&ctx);
            self.appearance.fonts_installed = true;
        }
        self.apply_look(&ctx);
        self.appearance.focus_ring.observe(&ctx);
        self.open_pending(&ctx);
        self.check_reminder(&ctx);
        self.poll(&ctx);
        self.handle_input(&ctx);

        egui::Panel::top("top-bar").show(ui, |ui| self.top_bar_ui(ui));
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_bar_ui(ui));
        // The side panels grow with the text, so a projector's large text still fits.
        let scale = theme::text_scale(&ctx);
        egui::Panel::left("workspace-panel")
            .resizable(true)
            .default_size(220.0 * scale)
            .min_size(160.0 * scale)
            .show(ui, |ui| {
                let current = self.doc.as_ref().map(|d| d.path.as_path());
                workspace_panel::workspace_ui(
                    ui,
                    &self.i18n,
                    self.workspace.as_ref(),
                    &self.contents.datasets,
                    &self.contents.files,
                    current,
                    &mut self.actions,
                );
            });
        let table_shown = self.screen.is_none();
        if let Some(doc) = self
            .doc
            .as_mut()
            .filter(|d| d.tab == DocTab::Table && table_shown)
        {
            egui::Panel::right("columns-panel")
                .resizable(true)
                .default_size(260.0 * scale)
                .min_size(180.0 * scale)
                .show(ui, |ui| {
                    columns::columns_ui(ui, &self.i18n, doc, &mut self.actions)
                });
        }
        egui::CentralPanel::default_margins().show(ui, |ui| self.central_ui(ui));
        self.modal_ui(&ctx);
        self.drop_overlay(&ctx);
        self.appearance.focus_ring.paint(&ctx);

        if self.is_busy() {
            // Progress bars move even when the loader sends nothing new.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        for action in std::mem::take(&mut self.actions) {
            self.apply(&ctx, action);
        }
    }

    /// Opens the start-up file (or the fresh demo's first dataset); it opens behind the
    /// calendar when that is the first screen.
    fn open_pending(&mut self, ctx: &egui::Context) {
        if let Some(path) = self.pending.open.take() {
            let calendar = self.shows(ScreenKind::Calendar);
            self.open_file(ctx, path, Default::default());
            if calendar {
                self.screen = Some(Screen::Calendar);
            }
        }
    }

    /// Reads the deadlines again every few minutes (a workspace's are read when it opens),
    /// so the reminder and the top bar's count follow publishes, the new day and edits
    /// elsewhere.
    fn check_reminder(&mut self, ctx: &egui::Context) {
        let today = self.today();
        let Some(ws) = &self.workspace else { return };
        if self
            .reminder
            .checked
            .is_none_or(|t| t.elapsed() >= REMINDER_EVERY)
        {
            self.calendar.load(ws);
            self.reminder.checked = Some(std::time::Instant::now());
        }
        let since = self
            .reminder
            .checked
            .map_or(REMINDER_EVERY, |t| t.elapsed());
        ctx.request_repaint_after(REMINDER_EVERY.saturating_sub(since));
        self.calendar.refresh(ws, today, self.prefs.remind_days);
    }

    /// The reminder's counts (overdue, due soon), when there is something to remind of that
    /// the user has not put away today.
    fn reminder_counts(&self) -> Option<(usize, usize)> {
        let counts = self.calendar.attention_counts();
        let put_away = self.reminder.dismissed == Some((self.today(), counts));
        (counts != (0, 0) && !put_away && !self.shows(ScreenKind::Calendar)).then_some(counts)
    }
}

impl eframe::App for OchiqApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }
}

/// Errors that can stop the app from starting at all.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
    #[error("{0}")]
    Gui(String),
}
