//! The application: owns the preferences, the workspace, the open document and the jobs;
//! draws the panels each frame, collects the [`Action`]s the views pushed, and applies them
//! after the frame.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{RichText, Ui};

use super::actions::{Action, SwitchChoice, ZoomStep};
use super::calendar::{self, CalendarContext, CalendarRequest, CalendarState};
use super::classifiers_view::{self, ClassifiersState, ImportDraft};
use super::dataset::DocTab;
use super::document::{DocEvent, Document};
use super::jobs::{
    Job, Poll, PrefsSaver, REPORT_FORMATS, STRUCTURE_EXTENSIONS, TABLE_FORMATS,
    spawn_folder_dialog, spawn_open_dialog, spawn_read_table, spawn_save_dialog, spawn_write,
    spawn_write_report_xlsx, spawn_write_table,
};
use super::onboarding::{Welcome, WelcomeEvent};
use super::publish::{self, PublishContext, PublishState};
use super::schema_view::ClassifierChoice;
use super::theme::{FocusRing, Look};
use super::widgets::{Tab, labelled_combo, tab_bar};
use super::{
    checks_view, columns, onboarding, passport_view, schema_view, shortcuts, source_bar,
    table_view, theme, workspace_panel,
};
use crate::core::classifier::{self, Registry};
use crate::core::date::Date;
use crate::core::ingest::OpenOptions;
use crate::core::ingest::{IngestError, OPENABLE_EXTENSIONS};
use crate::core::lang::Lang;
use crate::core::lang::LangText;
use crate::core::publish::secrets::{Keychain, SecretStore};
use crate::core::table::Table;
use crate::core::workspace::prefs::{self, PREFS_FILE, Preferences, TextSize, Theme};
use crate::core::workspace::{
    self, DataFile, DatasetEntry, ResetError, Workspace, WorkspaceError, WorkspaceMeta,
};
use crate::i18n::I18n;
use crate::text::messages::{Notice, notice_text};
use crate::tr;

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

enum DialogKind {
    File,
    Folder,
    Structure,
    CodeList,
    Report,
    Table,
    /// The folder for the workspace on the first-run screen.
    WelcomeFolder,
}

/// The screens that cover the open document, each with a button in the top bar.
#[derive(Debug, Clone, Copy)]
enum Screen {
    Calendar,
    Publishing,
    Classifiers,
}

pub struct OchiqApp {
    prefs: Preferences,
    prefs_saver: Option<PrefsSaver>,
    pub i18n: I18n,
    pub workspace: Option<Workspace>,
    pub files: Vec<DataFile>,
    pub datasets: Vec<DatasetEntry>,
    /// Bundled and imported classifiers.
    pub registry: Registry,
    pub doc: Option<Document>,
    /// The classifiers screen, when open (it covers the document, which stays loaded).
    pub classifiers: Option<ClassifiersState>,
    /// Publishing: its state lives on while the screen is closed (the outbox keeps sending).
    pub publish: PublishState,
    /// The publishing screen is shown (it covers the document, which stays loaded).
    pub publishing: bool,
    /// Deadlines and the approved list; computed for reminders even while not shown.
    pub calendar: CalendarState,
    /// The calendar screen is shown (it covers the document, which stays loaded).
    pub calendar_shown: bool,
    /// The reminder's counts (overdue, due soon) the user put away, and on which day.
    reminder_dismissed: Option<(Date, (usize, usize))>,
    /// When the deadlines were last read again for the reminder.
    reminder_checked: Option<std::time::Instant>,
    /// The date deadlines are reckoned on, when not the real one.
    today: Option<Date>,
    code_list_job: Option<Job<Result<(PathBuf, Table), IngestError>>>,
    write_job: Option<Job<Result<(), String>>>,
    pub notice: Option<Notice>,
    dialog: Option<(DialogKind, Job<Option<PathBuf>>)>,
    actions: Vec<Action>,
    /// A file to open on the first frame, when a context exists to run the job.
    pending_open: Option<PathBuf>,
    /// A file waiting to open until the user decides about unsaved dataset edits.
    pub pending_switch: Option<(PathBuf, OpenOptions)>,
    fonts_installed: bool,
    /// The first-run screen, while shown.
    pub welcome: Option<Welcome>,
    /// The theme and text size last applied to the context.
    look: Option<Look>,
    /// Whether the saved zoom was given to the context yet.
    zoom_applied: bool,
    focus_ring: FocusRing,
    /// The keyboard shortcuts window is shown (F1).
    pub shortcuts_shown: bool,
    /// "Reset the demo workspace?" is asked.
    asking_reset: bool,
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
            prefs_saver: config.prefs_path.map(PrefsSaver::new),
            workspace: None,
            files: Vec::new(),
            datasets: Vec::new(),
            registry: Registry::bundled_only(),
            doc: None,
            classifiers: None,
            publish: PublishState::new(config.secrets.unwrap_or_else(|| Arc::new(Keychain::new()))),
            publishing: false,
            calendar: CalendarState::new(config.today.unwrap_or_else(Date::today)),
            calendar_shown: false,
            reminder_dismissed: None,
            reminder_checked: None,
            today: config.today,
            code_list_job: None,
            write_job: None,
            notice: None,
            dialog: None,
            actions: Vec::new(),
            pending_open: None,
            pending_switch: None,
            fonts_installed: false,
            welcome: config.first_run.then(|| Welcome {
                folder: workspace::default_workspace_dir().ok(),
                ..Welcome::default()
            }),
            look: None,
            zoom_applied: false,
            focus_ring: FocusRing::default(),
            shortcuts_shown: false,
            asking_reset: false,
        };
        let root = config.workspace.or_else(|| app.prefs.workspace.clone());
        match root.filter(|_| !config.demo) {
            Some(root) => app.switch_workspace(&root),
            None => app.open_demo(),
        }
        // The first screen shows what needs attention, when there is an approved list; the
        // first dataset still opens behind it.
        app.calendar_shown = config.open.is_none() && app.calendar.has_inventory();
        // Something to look at: the first dataset, else the first data file.
        app.pending_open = config
            .open
            .or_else(|| app.datasets.iter().find_map(DatasetEntry::data_path))
            .or_else(|| app.files.first().map(|f| f.path.clone()));
        app
    }

    /// Whether a job is still running (tests wait for this).
    pub fn is_busy(&self) -> bool {
        self.pending_open.is_some()
            || self.prefs_saver.as_ref().is_some_and(PrefsSaver::is_busy)
            || self.dialog.is_some()
            || self.code_list_job.is_some()
            || self.write_job.is_some()
            || self.doc.as_ref().is_some_and(Document::is_busy)
            || self.publish.is_busy()
            || self.calendar.is_busy()
    }

    /// The date deadlines are reckoned on.
    pub fn today(&self) -> Date {
        self.today.unwrap_or_else(Date::today)
    }

    /// What the top bar's button (or its shortcut) for a screen does now: close it when it is
    /// shown, else open it.
    fn toggle(&self, screen: Screen) -> Action {
        match screen {
            Screen::Calendar if self.calendar_shown => Action::CloseCalendar,
            Screen::Calendar => Action::OpenCalendar,
            Screen::Publishing if self.publishing => Action::ClosePublishing,
            Screen::Publishing => Action::OpenPublishing,
            Screen::Classifiers if self.classifiers.is_some() => Action::CloseClassifiers,
            Screen::Classifiers => Action::OpenClassifiers,
        }
    }

    /// Whether the keyboard moved the focus last, so the focus ring is drawn.
    pub fn focus_ring_shown(&self) -> bool {
        self.focus_ring.is_shown()
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
        self.registry = Registry::load(ws.root()).unwrap_or_else(|_| Registry::bundled_only());
        // The new workspace's outbox is read by the first tick.
        self.publish = PublishState::new(Arc::clone(&self.publish.secrets));
        self.calendar = CalendarState::new(self.today());
        self.calendar.load(&ws);
        self.reminder_checked = Some(std::time::Instant::now());
        self.calendar_shown &= self.calendar.has_inventory();
        self.workspace = Some(ws);
        self.refresh_lists();
    }

    /// Reads the workspace's data files and datasets again (after a save, a switch).
    fn refresh_lists(&mut self) {
        let Some(ws) = &self.workspace else { return };
        match ws.data_files().and_then(|f| Ok((f, ws.datasets()?))) {
            Ok((files, datasets)) => {
                self.files = files;
                self.datasets = datasets;
            }
            Err(e) => self.notice = Some(Notice::Workspace(e)),
        }
    }

    /// The classifiers a field can be bound to, named in the interface language.
    fn classifier_choices(&self) -> Vec<ClassifierChoice> {
        let lang = self.i18n.lang();
        self.registry
            .latest_all()
            .map(|c| ClassifierChoice {
                id: c.id().to_owned(),
                name: c.name().best(lang).to_owned(),
                version: c.version().to_owned(),
                levels: c
                    .levels()
                    .iter()
                    .map(|l| (l.id.clone(), l.name.best(lang).to_owned()))
                    .collect(),
            })
            .collect()
    }

    /// The portal's topic spheres, for the passport editor.
    fn spheres(&self) -> Vec<(String, LangText)> {
        classifier::spheres()
            .map(|c| {
                c.entries()
                    .iter()
                    .map(|e| (e.code.clone(), e.name.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn save_prefs(&mut self) {
        if let Some(saver) = &self.prefs_saver {
            saver.save(self.prefs.clone());
        }
    }

    /// Draws one frame and applies what the user did in it.
    pub fn ui_root(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_installed {
            // Normally done at start-up; here for hosts that build the app without `ui::run`.
            super::fonts::install(&ctx);
            self.fonts_installed = true;
        }
        self.apply_look(&ctx);
        self.focus_ring.observe(&ctx);
        if let Some(path) = self.pending_open.take() {
            // The start-up file opens behind the calendar when that is the first screen.
            let shown = self.calendar_shown;
            self.open_file(&ctx, path, OpenOptions::default());
            self.calendar_shown = shown;
        }
        self.check_reminder(&ctx);
        self.poll_jobs(&ctx);
        self.poll_code_list();
        self.publish.tick(&ctx, self.workspace.as_ref());
        if let Some(e) = self.prefs_saver.as_ref().and_then(PrefsSaver::error) {
            self.notice = Some(Notice::PrefsNotSaved(e));
        }
        if let Some(job) = &self.write_job {
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(result) => {
                    self.write_job = None;
                    if let Err(e) = result {
                        self.notice = Some(Notice::SaveFailed(e));
                    }
                }
                Poll::Lost => self.write_job = None,
            }
        }
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
                    &self.datasets,
                    &self.files,
                    current,
                    &mut self.actions,
                );
            });
        let table_shown = self.classifiers.is_none() && !self.publishing && !self.calendar_shown;
        if let Some(doc) = self
            .doc
            .as_mut()
            .filter(|d| d.tab == DocTab::Table && table_shown)
        {
            egui::Panel::right("columns-panel")
                .resizable(true)
                .default_size(260.0 * scale)
                .min_size(180.0 * scale)
                .show(ui, |ui| columns::columns_ui(ui, &self.i18n, doc));
        }
        egui::CentralPanel::default_margins().show(ui, |ui| self.central_ui(ui));
        self.windows_ui(&ctx);
        self.drop_overlay(&ctx);
        self.focus_ring.paint(&ctx);

        if self.is_busy() {
            // Progress bars move even when the loader sends nothing new.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        for action in std::mem::take(&mut self.actions) {
            self.apply(&ctx, action);
        }
    }

    /// Gives the context the saved theme, text size and zoom when they change, and
    /// remembers a zoom changed with the keyboard (egui handles Ctrl + and Ctrl −).
    fn apply_look(&mut self, ctx: &egui::Context) {
        let look = Look::of(&self.prefs);
        if self.look != Some(look) {
            theme::apply(ctx, look);
            self.look = Some(look);
        }
        if !self.zoom_applied {
            ctx.set_zoom_factor(self.prefs.zoom);
            self.zoom_applied = true;
        } else {
            let zoom = prefs::clamp_zoom(ctx.zoom_factor());
            if (zoom - self.prefs.zoom).abs() > f32::EPSILON {
                self.prefs.zoom = zoom;
                self.save_prefs();
            }
        }
    }

    /// The windows over the app: the first-run screen, the shortcuts list and the demo
    /// reset's question.
    fn windows_ui(&mut self, ctx: &egui::Context) {
        if let Some(welcome) = &mut self.welcome
            && let Some(event) = onboarding::welcome_ui(ctx, &self.i18n, welcome)
        {
            self.welcome_event(ctx, event);
        }
        if self.shortcuts_shown {
            let mut open = true;
            shortcuts::shortcuts_window(ctx, &self.i18n, &mut open);
            self.shortcuts_shown = open;
        }
        if self.asking_reset {
            let modal = egui::Modal::new(egui::Id::unique("reset-demo")).show(ctx, |ui| {
                ui.set_max_width(460.0);
                ui.heading(tr!(self.i18n, "demo-reset-title"));
                ui.label(tr!(self.i18n, "demo-reset-question"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(tr!(self.i18n, "demo-reset-yes"))
                        .on_hover_text(tr!(self.i18n, "demo-reset-tooltip"))
                        .clicked()
                    {
                        self.actions.push(Action::ResetDemo { confirmed: true });
                    }
                    if ui
                        .button(tr!(self.i18n, "demo-reset-no"))
                        .on_hover_text(tr!(self.i18n, "demo-reset-no-tooltip"))
                        .clicked()
                    {
                        self.asking_reset = false;
                    }
                });
            });
            if modal.should_close() {
                self.asking_reset = false;
            }
        }
    }

    fn welcome_event(&mut self, ctx: &egui::Context, event: WelcomeEvent) {
        match event {
            WelcomeEvent::SetLanguage(lang) => self.apply(ctx, Action::SetLanguage(lang)),
            WelcomeEvent::Demo => {
                self.welcome = None;
                // Writing the preferences marks the first run as done.
                self.save_prefs();
            }
            WelcomeEvent::ChooseFolder => {
                if self.dialog.is_none() {
                    let start = self.welcome.as_ref().and_then(|w| w.folder.clone());
                    let title = tr!(self.i18n, "dialog-workspace-title");
                    let job = spawn_folder_dialog(ctx, title, start);
                    self.dialog = Some((DialogKind::WelcomeFolder, job));
                }
            }
            WelcomeEvent::Create => {
                let Some(welcome) = &mut self.welcome else {
                    return;
                };
                let Some(folder) = welcome.folder.clone() else {
                    return;
                };
                let organisation = welcome.organisation.trim().to_owned();
                let meta = WorkspaceMeta {
                    name: organisation.clone(),
                    organisation: organisation.clone(),
                    ..WorkspaceMeta::default()
                };
                match Workspace::open_or_create(&folder, meta) {
                    Ok(mut ws) => {
                        // An existing workspace keeps its name; an unnamed one takes the
                        // organisation given here.
                        if ws.meta.organisation.is_empty() {
                            ws.meta.organisation = organisation;
                            if let Err(e) = ws.save_meta() {
                                welcome.error = Some(workspace_error_text(&self.i18n, e));
                                return;
                            }
                        }
                        self.welcome = None;
                        self.prefs.workspace = Some(folder);
                        self.save_prefs();
                        self.doc = None;
                        self.set_workspace(ws);
                    }
                    Err(e) => welcome.error = Some(workspace_error_text(&self.i18n, e)),
                }
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
            .reminder_checked
            .is_none_or(|t| t.elapsed() >= REMINDER_EVERY)
        {
            self.calendar.load(ws);
            self.reminder_checked = Some(std::time::Instant::now());
        }
        let since = self
            .reminder_checked
            .map_or(REMINDER_EVERY, |t| t.elapsed());
        ctx.request_repaint_after(REMINDER_EVERY.saturating_sub(since));
        self.calendar.refresh(ws, today, self.prefs.remind_days);
    }

    /// The reminder's counts (overdue, due soon), when there is something to remind of that
    /// the user has not put away today.
    fn reminder(&self) -> Option<(usize, usize)> {
        let counts = self.calendar.attention_counts();
        let put_away = self.reminder_dismissed == Some((self.today(), counts));
        (counts != (0, 0) && !put_away && !self.calendar_shown).then_some(counts)
    }

    fn poll_jobs(&mut self, ctx: &egui::Context) {
        if let Some(doc) = &mut self.doc {
            match doc.poll(ctx) {
                Some(DocEvent::Failed(error)) => {
                    self.notice = Some(Notice::File {
                        path: doc.path.clone(),
                        error,
                    });
                }
                Some(DocEvent::Lost) => self.notice = Some(Notice::JobLost),
                Some(DocEvent::DatasetUnreadable(e)) => {
                    self.notice = Some(Notice::DatasetUnreadable(e))
                }
                Some(DocEvent::SaveFailed(e)) => self.notice = Some(Notice::SaveFailed(e)),
                Some(DocEvent::ImportFailed(e)) => self.notice = Some(Notice::ImportFailed(e)),
                Some(DocEvent::Applied) => {
                    // The cleaned table is checked and profiled again at once.
                    if let Some(doc) = &mut self.doc {
                        doc.reprofile(ctx);
                        doc.validate(ctx, &self.registry);
                    }
                }
                Some(DocEvent::Saved) => {
                    let path = doc.path.clone();
                    self.prefs.remember_file(&path);
                    self.save_prefs();
                    self.refresh_lists();
                    if let Some((path, options)) = self.pending_switch.take() {
                        self.replace_document(ctx, path, options);
                    }
                }
                None => {}
            }
        }
        if let Some((kind, job)) = &self.dialog {
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(picked) => {
                    let action = match (kind, picked) {
                        (DialogKind::File, Some(path)) => Some(Action::OpenFile(path)),
                        (DialogKind::Report, Some(path)) => {
                            self.write_report(ctx, path);
                            None
                        }
                        (DialogKind::Table, Some(path)) => {
                            self.write_table(ctx, path);
                            None
                        }
                        (DialogKind::CodeList, Some(path)) => {
                            self.code_list_job = Some(spawn_read_table(ctx, path));
                            None
                        }
                        (DialogKind::Structure, Some(path)) => {
                            if let Some(doc) = &mut self.doc {
                                doc.import_structure(ctx, path);
                            }
                            None
                        }
                        (DialogKind::WelcomeFolder, Some(path)) => {
                            if let Some(welcome) = &mut self.welcome {
                                welcome.folder = Some(path);
                                welcome.error = None;
                            }
                            None
                        }
                        (DialogKind::Folder, Some(path)) => {
                            self.prefs.workspace = Some(path.clone());
                            self.save_prefs();
                            self.switch_workspace(&path);
                            None
                        }
                        (_, None) => None,
                    };
                    self.dialog = None;
                    self.actions.extend(action);
                }
                Poll::Lost => self.dialog = None,
            }
        }
    }

    fn poll_code_list(&mut self) {
        let Some(job) = &self.code_list_job else {
            return;
        };
        match job.poll() {
            Poll::Idle => {}
            Poll::Message(result) => {
                self.code_list_job = None;
                match result {
                    Ok((path, table)) => {
                        let state = self
                            .classifiers
                            .get_or_insert_with(ClassifiersState::default);
                        state.draft = Some(ImportDraft::new(path, std::sync::Arc::new(table)));
                    }
                    Err(error) => {
                        self.notice = Some(Notice::File {
                            path: PathBuf::new(),
                            error,
                        })
                    }
                }
            }
            Poll::Lost => {
                self.code_list_job = None;
                self.notice = Some(Notice::JobLost);
            }
        }
    }

    fn handle_input(&mut self, ctx: &egui::Context) {
        if self.welcome.is_some() {
            // The first-run screen takes the keyboard until it is closed.
            return;
        }
        let tabs = [
            DocTab::Table,
            DocTab::Passport,
            DocTab::Schema,
            DocTab::Checks,
        ];
        let keys = [
            (shortcuts::OPEN, Action::ChooseFile),
            (shortcuts::SAVE, Action::SaveDataset),
            (shortcuts::CHECK, Action::Validate),
            (shortcuts::NEXT_ERROR, Action::NextError(true)),
            (shortcuts::PREVIOUS_ERROR, Action::NextError(false)),
            (shortcuts::CALENDAR, self.toggle(Screen::Calendar)),
            (shortcuts::PUBLISHING, self.toggle(Screen::Publishing)),
            (shortcuts::CLASSIFIERS, self.toggle(Screen::Classifiers)),
            (shortcuts::PRESENTATION, Action::TogglePresentation),
            (shortcuts::HELP, Action::ShowShortcuts),
        ];
        let tab_keys = shortcuts::TABS
            .into_iter()
            .zip(tabs)
            .map(|(key, tab)| (key, Action::ShowTab(tab)));
        for (key, action) in keys.into_iter().chain(tab_keys) {
            if ctx.input_mut(|i| i.consume_shortcut(&key)) {
                self.actions.push(action);
            }
        }
        let copy = ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
        if copy
            && !ctx.egui_wants_keyboard_input()
            && let Some(doc) = &self.doc
            && let (Some(r), Some(c)) = (doc.view.selected_row, doc.view.selected_col)
        {
            ctx.copy_text(doc.table.cell(r, c).unwrap_or_default().to_owned());
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.actions.push(Action::OpenFile(path));
        }
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::ChooseFile => {
                if self.dialog.is_none() {
                    let job = spawn_open_dialog(
                        ctx,
                        tr!(self.i18n, "dialog-open-title"),
                        tr!(self.i18n, "dialog-open-filter"),
                        OPENABLE_EXTENSIONS,
                    );
                    self.dialog = Some((DialogKind::File, job));
                }
            }
            Action::ChooseWorkspace => {
                if self.dialog.is_none() {
                    // A first workspace is suggested under the platform's data folder.
                    let start = workspace::default_workspace_dir().ok();
                    let title = tr!(self.i18n, "dialog-workspace-title");
                    let job = spawn_folder_dialog(ctx, title, start);
                    self.dialog = Some((DialogKind::Folder, job));
                }
            }
            Action::OpenDemoWorkspace => {
                self.prefs.workspace = None;
                self.save_prefs();
                self.open_demo();
            }
            Action::OpenFile(path) => self.open_file(ctx, path, OpenOptions::default()),
            Action::Reopen(options) => {
                if let Some(doc) = &self.doc {
                    // Reading the same file another way keeps the user's place in it.
                    let (path, view) = (doc.path.clone(), doc.view.clone());
                    let sheet = options.sheet.clone();
                    let before = doc.info.as_ref().and_then(|i| i.sheet.clone());
                    self.open_file(ctx, path.clone(), options);
                    if let Some(doc) = &mut self.doc {
                        doc.view = view;
                    }
                    if let Some(sheet) = sheet.filter(|s| Some(s) != before.as_ref()) {
                        self.remember_sheet(&path, &sheet);
                    }
                }
            }
            Action::CancelLoad => {
                if let Some(doc) = &self.doc {
                    doc.cancel_load();
                }
            }
            Action::SetLanguage(lang) => {
                self.i18n.set_lang(lang);
                self.prefs.language = lang;
                self.save_prefs();
            }
            Action::ClearRecent => {
                self.prefs.recent_files.clear();
                self.save_prefs();
            }
            Action::DismissNotice => self.notice = None,
            Action::DescribeDataset | Action::InferSchema => {
                let classifiers = self.registry.latest_all().cloned().collect();
                if let Some(doc) = &mut self.doc {
                    doc.infer(ctx, classifiers);
                    doc.tab = DocTab::Schema;
                }
            }
            Action::ImportStructure => {
                if self.dialog.is_none() {
                    let job = spawn_open_dialog(
                        ctx,
                        tr!(self.i18n, "dialog-structure-title"),
                        tr!(self.i18n, "dialog-structure-filter"),
                        STRUCTURE_EXTENSIONS,
                    );
                    self.dialog = Some((DialogKind::Structure, job));
                }
            }
            Action::Validate => {
                if let Some(doc) = &mut self.doc {
                    doc.validate(ctx, &self.registry);
                }
            }
            Action::ExportReport | Action::SaveTable => {
                if self.dialog.is_none() {
                    let stem = self
                        .doc
                        .as_ref()
                        .and_then(|d| d.path.file_stem())
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let (kind, title, name, formats) = if action == Action::SaveTable {
                        (
                            DialogKind::Table,
                            tr!(self.i18n, "recipe-save-data"),
                            format!("{stem}-clean.csv"),
                            TABLE_FORMATS,
                        )
                    } else {
                        (
                            DialogKind::Report,
                            tr!(self.i18n, "checks-export"),
                            format!("{stem}-report.xlsx"),
                            REPORT_FORMATS,
                        )
                    };
                    let job = spawn_save_dialog(ctx, title, name, formats);
                    self.dialog = Some((kind, job));
                }
            }
            Action::AcceptFix(step) => {
                let classifiers = self.registry.latest_all().cloned().collect();
                if let Some(doc) = &mut self.doc {
                    doc.accept(ctx, step, classifiers);
                }
            }
            Action::UndoStep => {
                let classifiers = self.registry.latest_all().cloned().collect();
                if let Some(doc) = &mut self.doc {
                    doc.undo(ctx, classifiers);
                }
            }
            Action::ApplyRecipe => {
                let classifiers = self.registry.latest_all().cloned().collect();
                if let Some(doc) = &mut self.doc {
                    doc.apply_pending(ctx, classifiers);
                }
            }
            Action::CancelValidate => {
                if let Some(doc) = &self.doc {
                    doc.cancel_validate();
                }
            }
            Action::FilterRows(code) => {
                if let Some(doc) = &mut self.doc {
                    doc.filter_rows(code);
                    if code.is_some() {
                        doc.tab = DocTab::Table;
                    }
                }
            }
            Action::GoToFinding(index) => {
                if let Some(doc) = &mut self.doc {
                    let target = doc
                        .report
                        .as_ref()
                        .and_then(|r| r.findings.get(index))
                        .cloned();
                    if let Some(f) = target {
                        doc.row_filter = None;
                        if let Some(r) = f.row.and_then(|n| doc.finding_row(n)) {
                            doc.view.selected_row = Some(r);
                            doc.view.first_row = r.saturating_sub(3);
                        }
                        doc.view.selected_col = f.column.map(|c| c.saturating_sub(1));
                        doc.tab = DocTab::Table;
                    }
                }
            }
            Action::ResolveSwitch(choice) => match choice {
                SwitchChoice::SaveThenOpen => {
                    if let (Some(doc), Some(ws)) = (&mut self.doc, &self.workspace) {
                        doc.save(ctx, ws);
                    }
                }
                SwitchChoice::Discard => {
                    if let Some((path, options)) = self.pending_switch.take() {
                        self.replace_document(ctx, path, options);
                    }
                }
                SwitchChoice::Stay => self.pending_switch = None,
            },
            Action::OpenClassifiers => {
                self.publishing = false;
                self.calendar_shown = false;
                self.classifiers
                    .get_or_insert_with(ClassifiersState::default);
            }
            Action::CloseClassifiers => self.classifiers = None,
            Action::OpenPublishing => {
                self.classifiers = None;
                self.calendar_shown = false;
                self.publishing = true;
                // The open file's dataset is the one to publish, when it is one.
                let current = self
                    .doc
                    .as_ref()
                    .and_then(|d| Workspace::dataset_of(&d.path));
                if let (Some(ws), Some(dir)) = (&self.workspace, current)
                    && let Some(entry) = self.datasets.iter().find(|e| e.dir == dir)
                {
                    self.publish.choose_dataset(ws, entry);
                } else if let (Some(ws), None, Some(entry)) = (
                    &self.workspace,
                    &self.publish.form.dataset,
                    self.datasets.first(),
                ) {
                    self.publish.choose_dataset(ws, entry);
                }
                if let Some(ws) = &self.workspace {
                    self.publish.refresh(ws);
                }
            }
            Action::ClosePublishing => self.publishing = false,
            Action::OpenCalendar => {
                self.classifiers = None;
                self.publishing = false;
                self.calendar_shown = true;
                // Publishes since the last look count.
                if let Some(ws) = &self.workspace {
                    self.calendar.load(ws);
                }
            }
            Action::CloseCalendar => self.calendar_shown = false,
            Action::DismissReminder => {
                let counts = self.calendar.attention_counts();
                self.reminder_dismissed = Some((self.today(), counts));
            }
            Action::ChooseCodeList => {
                if self.dialog.is_none() {
                    let job = spawn_open_dialog(
                        ctx,
                        tr!(self.i18n, "dialog-code-list-title"),
                        tr!(self.i18n, "dialog-open-filter"),
                        OPENABLE_EXTENSIONS,
                    );
                    self.dialog = Some((DialogKind::CodeList, job));
                }
            }
            Action::ImportCodeList => self.import_code_list(),
            Action::SaveDataset => {
                if let (Some(doc), Some(ws)) = (&mut self.doc, &self.workspace) {
                    doc.save(ctx, ws);
                }
            }
            Action::ShowTab(tab) => {
                if let Some(doc) = &mut self.doc {
                    self.classifiers = None;
                    self.publishing = false;
                    self.calendar_shown = false;
                    doc.tab = tab;
                }
            }
            Action::NextError(forward) => {
                if let Some(doc) = &mut self.doc
                    && doc.report.is_some()
                {
                    doc.tab = DocTab::Table;
                    refresh_cell_errors(&self.i18n, doc);
                    go_to_error(doc, forward);
                }
            }
            Action::SetTheme(theme) => {
                self.prefs.theme = theme;
                self.prefs.presentation = false;
                self.save_prefs();
            }
            Action::SetTextSize(size) => {
                self.prefs.text_size = size;
                self.prefs.presentation = false;
                self.save_prefs();
            }
            Action::TogglePresentation => {
                self.prefs.presentation = !self.prefs.presentation;
                self.save_prefs();
            }
            Action::Zoom(step) => {
                let zoom = match step {
                    ZoomStep::In => self.prefs.zoom + prefs::ZOOM_STEP,
                    ZoomStep::Out => self.prefs.zoom - prefs::ZOOM_STEP,
                    ZoomStep::Reset => 1.0,
                };
                self.prefs.zoom = prefs::clamp_zoom(zoom);
                ctx.set_zoom_factor(self.prefs.zoom);
                self.save_prefs();
            }
            Action::ShowShortcuts => self.shortcuts_shown = !self.shortcuts_shown,
            Action::OpenInventory => {
                self.apply(ctx, Action::OpenCalendar);
                self.calendar.tab = calendar::CalendarTab::Inventory;
            }
            Action::OpenTargets => {
                self.apply(ctx, Action::OpenPublishing);
                self.publish.tab = publish::PublishTab::Targets;
            }
            Action::ResetDemo { confirmed: false } => self.asking_reset = true,
            Action::ResetDemo { confirmed: true } => {
                self.asking_reset = false;
                let Some(root) = self
                    .workspace
                    .as_ref()
                    .filter(|ws| ws.meta.demo)
                    .map(|ws| ws.root().to_owned())
                else {
                    return;
                };
                // Nothing of the old demo stays open, its outbox database included: its
                // files are about to be replaced.
                self.doc = None;
                self.pending_switch = None;
                self.publish = PublishState::new(Arc::clone(&self.publish.secrets));
                match Workspace::reset_demo(&root) {
                    Ok(ws) => {
                        self.set_workspace(ws);
                        self.calendar_shown = self.calendar.has_inventory();
                        self.pending_open = self.datasets.iter().find_map(DatasetEntry::data_path);
                    }
                    Err(e) => {
                        self.notice = Some(Notice::Workspace(match e {
                            ResetError::Workspace(e) => e,
                            ResetError::NotDemo(path) => WorkspaceError::NotAWorkspace(path),
                        }));
                        self.open_demo();
                    }
                }
            }
        }
    }

    /// Writes the table as it is now (with accepted fixes) to `path`: Excel when the name
    /// ends in .xlsx, else CSV.
    pub fn write_table(&mut self, ctx: &egui::Context, path: PathBuf) {
        if let Some(doc) = &self.doc {
            let job = spawn_write_table(ctx, path, Arc::clone(&doc.table), doc.table_schema());
            self.write_job = Some(job);
        }
    }

    /// Writes the last report to `path`: CSV or Excel (with the data, error cells marked) by
    /// the name's extension, else JSON.
    pub fn write_report(&mut self, ctx: &egui::Context, path: PathBuf) {
        let Some(doc) = &self.doc else { return };
        let Some(report) = doc.report.clone() else {
            return;
        };
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let job = match extension.as_str() {
            "csv" => spawn_write(
                ctx,
                path,
                crate::export::report_csv(&self.i18n, &report).into_bytes(),
            ),
            "xlsx" => spawn_write_report_xlsx(
                ctx,
                path,
                self.i18n.lang(),
                report,
                Arc::clone(&doc.table),
                doc.table_schema(),
                doc.first_row_number(),
            ),
            _ => spawn_write(
                ctx,
                path,
                crate::export::report_json(&self.i18n, &report).into_bytes(),
            ),
        };
        self.write_job = Some(job);
    }

    /// Builds the classifier from the import form and stores it in the workspace.
    fn import_code_list(&mut self) {
        let (Some(state), Some(ws)) = (&mut self.classifiers, &self.workspace) else {
            return;
        };
        let Some(draft) = &mut state.draft else {
            return;
        };
        let Some(classifier) = classifiers_view::build_from_draft(&self.i18n, draft) else {
            return;
        };
        match self.registry.save_imported(ws.root(), classifier) {
            Ok(saved) => {
                state.selected = Some((saved.id().to_owned(), saved.version().to_owned()));
                state.draft = None;
            }
            Err(e) => draft.error = Some(classifiers_view::classifier_error_text(&self.i18n, &e)),
        }
    }

    /// Keeps the sheet the user chose: in the dataset's package (saved with it), or for a
    /// loose workbook in the preferences, so the file opens on it next time.
    fn remember_sheet(&mut self, path: &Path, sheet: &str) {
        let dataset = self.doc.as_mut().and_then(|d| d.dataset.as_mut());
        match dataset {
            Some(ds) => {
                if let Some(resource) = ds.package.resources.first_mut()
                    && resource.sheet.as_deref() != Some(sheet)
                {
                    resource.sheet = Some(sheet.to_owned());
                    // The header rows found on the other sheet do not hold on this one.
                    if let Some(dialect) = &mut resource.dialect {
                        dialect.header_rows = None;
                        dialect.extra.remove("headerJoin");
                    }
                    ds.dirty = true;
                }
            }
            None => {
                self.prefs.remember_sheet(path, sheet);
                self.save_prefs();
            }
        }
    }

    /// Opens a file; with unsaved dataset edits in another file, asks first. A loose
    /// workbook opens on the sheet the user last chose in it.
    fn open_file(&mut self, ctx: &egui::Context, path: PathBuf, mut options: OpenOptions) {
        if options == OpenOptions::default()
            && Workspace::dataset_of(&path).is_none()
            && let Some(sheet) = self.prefs.sheet_for(&path)
        {
            options.preferred_sheet = Some(sheet.to_owned());
        }
        if self
            .doc
            .as_ref()
            .is_some_and(|d| d.has_unsaved() && d.path != path)
        {
            self.pending_switch = Some((path, options));
            return;
        }
        self.replace_document(ctx, path, options);
    }

    fn replace_document(&mut self, ctx: &egui::Context, path: PathBuf, options: OpenOptions) {
        self.notice = None;
        self.pending_switch = None;
        self.classifiers = None;
        self.publishing = false;
        self.calendar_shown = false;
        self.prefs.remember_file(&path);
        self.save_prefs();
        // The same file read another way keeps its dataset, edits and tab.
        let carried = self
            .doc
            .take()
            .filter(|d| d.path == path)
            .map(|mut d| (d.dataset.take(), d.tab));
        let mut doc = Document::open(ctx, path, options);
        if let Some((dataset, tab)) = carried {
            doc.dataset = dataset;
            doc.tab = tab;
        }
        self.doc = Some(doc);
    }

    fn top_bar_ui(&mut self, ui: &mut Ui) {
        let classifiers = self.toggle(Screen::Classifiers);
        let calendar = self.toggle(Screen::Calendar);
        let publishing = self.toggle(Screen::Publishing);
        let i18n = &self.i18n;
        // Wraps onto a second line when large text or a narrow window leaves no room.
        ui.horizontal_wrapped(|ui| {
            let size = theme::scaled(ui.ctx(), 18.0);
            ui.label(RichText::new("Ochiq").strong().size(size));
            ui.separator();
            let tip =
                shortcuts::with_shortcut(ui, tr!(i18n, "menu-open-tooltip"), &shortcuts::OPEN);
            let open = ui.button(tr!(i18n, "menu-open")).on_hover_text(tip);
            if open.clicked() {
                self.actions.push(Action::ChooseFile);
            }
            let recent = ui.menu_button(tr!(i18n, "menu-recent"), |ui| {
                if self.prefs.recent_files.is_empty() {
                    ui.label(RichText::new(tr!(i18n, "menu-recent-empty")).weak());
                }
                for path in &self.prefs.recent_files {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    if ui
                        .button(name)
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        self.actions.push(Action::OpenFile(path.clone()));
                        ui.close();
                    }
                }
                if !self.prefs.recent_files.is_empty() {
                    ui.separator();
                    if ui.button(tr!(i18n, "menu-recent-clear")).clicked() {
                        self.actions.push(Action::ClearRecent);
                        ui.close();
                    }
                }
            });
            recent
                .response
                .on_hover_text(tr!(i18n, "menu-recent-tooltip"));
            if ui
                .selectable_label(self.classifiers.is_some(), tr!(i18n, "menu-classifiers"))
                .on_hover_text(shortcuts::with_shortcut(
                    ui,
                    tr!(i18n, "menu-classifiers-tooltip"),
                    &shortcuts::CLASSIFIERS,
                ))
                .clicked()
            {
                self.actions.push(classifiers);
            }
            let (overdue, soon) = self.calendar.attention_counts();
            let attention = overdue + soon;
            let label = if attention > 0 {
                tr!(i18n, "menu-calendar-attention", count = attention)
            } else {
                tr!(i18n, "menu-calendar")
            };
            if ui
                .selectable_label(self.calendar_shown, label)
                .on_hover_text(shortcuts::with_shortcut(
                    ui,
                    tr!(i18n, "menu-calendar-tooltip"),
                    &shortcuts::CALENDAR,
                ))
                .clicked()
            {
                self.actions.push(calendar);
            }
            let waiting = self.publish.waiting();
            let label = if waiting > 0 {
                tr!(i18n, "menu-publishing-waiting", count = waiting)
            } else {
                tr!(i18n, "menu-publishing")
            };
            if ui
                .selectable_label(self.publishing, label)
                .on_hover_text(shortcuts::with_shortcut(
                    ui,
                    tr!(i18n, "menu-publishing-tooltip"),
                    &shortcuts::PUBLISHING,
                ))
                .clicked()
            {
                self.actions.push(publishing);
            }
            ui.separator();
            let view = ui.menu_button(tr!(i18n, "menu-view"), |ui| {
                view_menu_ui(ui, i18n, &self.prefs, &mut self.actions);
            });
            view.response.on_hover_text(tr!(i18n, "menu-view-tooltip"));
            let current = i18n.lang();
            let label = tr!(i18n, "menu-language");
            labelled_combo(ui, &label, "language", current.native_name(), None, |ui| {
                for lang in Lang::ALL {
                    let chosen = lang == current;
                    if ui.selectable_label(chosen, lang.native_name()).clicked() && !chosen {
                        self.actions.push(Action::SetLanguage(lang));
                    }
                }
            })
            .on_hover_text(tr!(i18n, "menu-language-tooltip"));
        });
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        let i18n = &self.i18n;
        ui.horizontal(|ui| {
            let Some(doc) = &self.doc else {
                ui.label(RichText::new(tr!(i18n, "status-ready")).weak());
                return;
            };
            if let (Some(r), Some(c)) = (doc.view.selected_row, doc.view.selected_col) {
                let column = doc
                    .table
                    .header()
                    .get(c)
                    .cloned()
                    .unwrap_or_else(|| (c + 1).to_string());
                let value = doc.table.cell(r, c).unwrap_or_default();
                let row = doc.first_row_number() + r as u64;
                ui.label(tr!(i18n, "status-cell", row = row, column = column));
                ui.add(egui::Label::new(RichText::new(value).monospace()).truncate());
            } else {
                ui.label(RichText::new(doc.path.display().to_string()).weak());
            }
        });
    }

    fn central_ui(&mut self, ui: &mut Ui) {
        if let Some(notice) = &self.notice {
            let (headline, detail) = notice_text(&self.i18n, notice);
            egui::Frame::new()
                .fill(ui.visuals().error_fg_color.gamma_multiply(0.15))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(headline).strong());
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui
                                .button(tr!(self.i18n, "notice-dismiss"))
                                .on_hover_text(tr!(self.i18n, "notice-dismiss-tooltip"))
                                .clicked()
                            {
                                self.actions.push(Action::DismissNotice);
                            }
                        });
                    });
                    if let Some(detail) = detail {
                        ui.label(RichText::new(detail).small().weak());
                    }
                });
            ui.add_space(6.0);
        }
        if let Some((overdue, soon)) = self.reminder() {
            egui::Frame::new()
                .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let days = self.prefs.remind_days;
                        ui.label(
                            RichText::new(tr!(
                                self.i18n,
                                "reminder-text",
                                overdue = overdue,
                                soon = soon,
                                days = days
                            ))
                            .strong(),
                        );
                        if ui
                            .button(tr!(self.i18n, "reminder-open"))
                            .on_hover_text(shortcuts::with_shortcut(
                                ui,
                                tr!(self.i18n, "menu-calendar-tooltip"),
                                &shortcuts::CALENDAR,
                            ))
                            .clicked()
                        {
                            self.actions.push(Action::OpenCalendar);
                        }
                        if ui
                            .button(tr!(self.i18n, "notice-dismiss"))
                            .on_hover_text(tr!(self.i18n, "reminder-dismiss-tooltip"))
                            .clicked()
                        {
                            self.actions.push(Action::DismissReminder);
                        }
                    });
                });
            ui.add_space(6.0);
        }
        if let Some((path, _)) = &self.pending_switch {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            egui::Frame::new()
                .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr!(self.i18n, "switch-unsaved", name = name)).strong());
                    ui.horizontal(|ui| {
                        for (choice, label, tip) in [
                            (
                                SwitchChoice::SaveThenOpen,
                                tr!(self.i18n, "switch-save"),
                                tr!(self.i18n, "switch-save-tooltip"),
                            ),
                            (
                                SwitchChoice::Discard,
                                tr!(self.i18n, "switch-discard"),
                                tr!(self.i18n, "switch-discard-tooltip"),
                            ),
                            (
                                SwitchChoice::Stay,
                                tr!(self.i18n, "switch-stay"),
                                tr!(self.i18n, "switch-stay-tooltip"),
                            ),
                        ] {
                            if ui.button(label).on_hover_text(tip).clicked() {
                                self.actions.push(Action::ResolveSwitch(choice));
                            }
                        }
                    });
                });
            ui.add_space(6.0);
        }
        if self.calendar_shown
            && let Some(ws) = &mut self.workspace
        {
            let before = self.prefs.remind_days;
            let mut cx = CalendarContext {
                ws,
                datasets: &self.datasets,
                secrets: &self.publish.secrets,
                soon_days: &mut self.prefs.remind_days,
                today: self.today.unwrap_or_else(Date::today),
            };
            let ctx = ui.ctx().clone();
            calendar::tick(&mut self.calendar, &self.i18n, &ctx, &mut cx);
            let intents = calendar::show(ui, &self.i18n, &mut self.calendar, &cx);
            for intent in intents {
                let request =
                    calendar::apply(&mut self.calendar, intent, &self.i18n, &ctx, &mut cx);
                if let Some(CalendarRequest::OpenDataset(path)) = request {
                    self.actions.push(Action::OpenFile(path));
                }
            }
            if self.prefs.remind_days != before {
                self.save_prefs();
            }
            return;
        }
        if self.publishing
            && let Some(ws) = &mut self.workspace
        {
            let intents = publish::show(ui, &self.i18n, &mut self.publish, ws, &self.datasets);
            let ctx = ui.ctx().clone();
            let mut cx = PublishContext {
                ws,
                datasets: &self.datasets,
                i18n: &self.i18n,
                ctx: &ctx,
            };
            for intent in intents {
                publish::apply(&mut self.publish, intent, &mut cx);
            }
            return;
        }
        if let Some(state) = &mut self.classifiers {
            classifiers_view::classifiers_ui(
                ui,
                &self.i18n,
                &self.registry,
                state,
                &mut self.actions,
            );
            return;
        }
        let Some(doc) = &mut self.doc else {
            self.empty_state_ui(ui);
            return;
        };
        source_bar::source_bar_ui(ui, &self.i18n, doc, &mut self.actions);
        tabs_ui(ui, &self.i18n, doc, &mut self.actions);
        ui.separator();
        // Lists for the editors, built only on the frames that show them (after the tabs,
        // so a tab clicked this frame gets its lists at once).
        let tab = doc.tab;
        let choices = match tab {
            DocTab::Schema => self.classifier_choices(),
            _ => Vec::new(),
        };
        let spheres = match tab {
            DocTab::Passport => self.spheres(),
            _ => Vec::new(),
        };
        let Some(doc) = &mut self.doc else { return };
        match (doc.tab, &mut doc.dataset) {
            (DocTab::Table, _) => {
                let id = egui::Id::unique(("table", &doc.path, format!("{:?}", doc.options)));
                refresh_cell_errors(&self.i18n, doc);
                if doc.report.is_some() {
                    ui.horizontal(|ui| {
                        let tip = tr!(self.i18n, "table-previous-error-tooltip");
                        let tip = shortcuts::with_shortcut(ui, tip, &shortcuts::PREVIOUS_ERROR);
                        if ui
                            .button(tr!(self.i18n, "table-previous-error"))
                            .on_hover_text(tip)
                            .clicked()
                        {
                            go_to_error(doc, false);
                        }
                        let tip = tr!(self.i18n, "table-next-error-tooltip");
                        let tip = shortcuts::with_shortcut(ui, tip, &shortcuts::NEXT_ERROR);
                        if ui
                            .button(tr!(self.i18n, "table-next-error"))
                            .on_hover_text(tip)
                            .clicked()
                        {
                            go_to_error(doc, true);
                        }
                        if let Some((code, rows)) = &doc.row_filter {
                            let shown = self.i18n.count(rows.len());
                            let kind = crate::text::names::code_name(&self.i18n, *code);
                            let text = tr!(self.i18n, "table-filtered", kind = kind, rows = shown);
                            ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
                            if ui
                                .button(tr!(self.i18n, "table-show-all"))
                                .on_hover_text(tr!(self.i18n, "table-show-all-tooltip"))
                                .clicked()
                            {
                                self.actions.push(Action::FilterRows(None));
                            }
                        }
                    });
                }
                let overlay = table_view::Overlay {
                    errors: doc.report.is_some().then_some(&doc.cell_errors),
                    filter: doc.row_filter.as_ref().map(|(_, rows)| rows.as_slice()),
                    first_row_number: doc.first_row_number(),
                };
                table_view::table_ui(ui, &self.i18n, &doc.table, &mut doc.view, id, &overlay);
            }
            (DocTab::Checks, _) => checks_view::checks_ui(ui, &self.i18n, doc, &mut self.actions),
            (DocTab::Passport, Some(ds)) => {
                egui::ScrollArea::vertical()
                    .id_salt("passport-scroll")
                    .show(ui, |ui| {
                        passport_view::passport_ui(ui, &self.i18n, ds, &spheres)
                    });
            }
            (DocTab::Schema, Some(ds)) => {
                schema_view::schema_ui(ui, &self.i18n, ds, &choices, &mut self.actions);
            }
            (_, None) => describe_prompt_ui(ui, &self.i18n, &mut self.actions),
        }
    }

    fn empty_state_ui(&mut self, ui: &mut Ui) {
        let new_workspace = self
            .workspace
            .as_ref()
            .is_some_and(|ws| !ws.meta.demo && self.datasets.is_empty())
            && !self.calendar.has_inventory();
        if new_workspace {
            self.getting_started_ui(ui);
            return;
        }
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.3);
            ui.heading(tr!(self.i18n, "empty-title"));
            ui.label(tr!(self.i18n, "empty-hint"));
            ui.add_space(8.0);
            let tip = tr!(self.i18n, "menu-open-tooltip");
            let tip = shortcuts::with_shortcut(ui, tip, &shortcuts::OPEN);
            if ui
                .button(tr!(self.i18n, "menu-open"))
                .on_hover_text(tip)
                .clicked()
            {
                self.actions.push(Action::ChooseFile);
            }
        });
    }

    /// A new workspace's first steps, each with the button that takes it.
    fn getting_started_ui(&mut self, ui: &mut Ui) {
        let i18n = &self.i18n;
        let open_key = ui.ctx().format_shortcut(&shortcuts::OPEN);
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.12);
            ui.heading(tr!(i18n, "start-title"));
            ui.label(tr!(i18n, "start-intro"));
        });
        ui.add_space(12.0);
        let steps = [
            (
                tr!(i18n, "start-list"),
                tr!(i18n, "start-list-text"),
                Action::OpenInventory,
            ),
            (
                tr!(i18n, "start-open"),
                tr!(i18n, "start-open-text", shortcut = open_key),
                Action::ChooseFile,
            ),
            (
                tr!(i18n, "start-target"),
                tr!(i18n, "start-target-text"),
                Action::OpenTargets,
            ),
            (
                tr!(i18n, "start-demo"),
                tr!(i18n, "start-demo-text"),
                Action::OpenDemoWorkspace,
            ),
        ];
        let width = ui.available_width().min(640.0);
        let margin = ((ui.available_width() - width) / 2.0).max(0.0);
        for (number, (button, text, action)) in steps.into_iter().enumerate() {
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_max_width(width);
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(format!("{}.", number + 1)).strong());
                        if ui.button(button).on_hover_text(text.clone()).clicked() {
                            self.actions.push(action);
                        }
                    });
                    ui.label(RichText::new(text).weak());
                });
            });
            ui.add_space(10.0);
        }
    }

    fn drop_overlay(&self, ctx: &egui::Context) {
        if ctx.input(|i| i.raw.hovered_files.is_empty()) {
            return;
        }
        let screen = ctx.content_rect();
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop-overlay"),
        ));
        painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
        painter.text(
            screen.center(),
            egui::Align2::CENTER_CENTER,
            tr!(self.i18n, "drop-hint"),
            egui::FontId::proportional(theme::scaled(ctx, 24.0)),
            egui::Color32::WHITE,
        );
    }
}

/// The View menu: zoom, theme, text size, presentation mode and the shortcuts list.
fn view_menu_ui(ui: &mut Ui, i18n: &I18n, prefs: &Preferences, actions: &mut Vec<Action>) {
    let percent = (prefs.zoom * 100.0).round() as u32;
    ui.label(RichText::new(tr!(i18n, "view-zoom", percent = percent)).strong());
    ui.horizontal(|ui| {
        for (step, text, key) in [
            (ZoomStep::Out, "−", shortcuts::ZOOM_OUT),
            (ZoomStep::Reset, "100 %", shortcuts::ZOOM_RESET),
            (ZoomStep::In, "+", shortcuts::ZOOM_IN),
        ] {
            let tip = match step {
                ZoomStep::Out => tr!(i18n, "shortcut-zoom-out"),
                ZoomStep::Reset => tr!(i18n, "shortcut-zoom-reset"),
                ZoomStep::In => tr!(i18n, "shortcut-zoom-in"),
            };
            let tip = shortcuts::with_shortcut(ui, tip.clone(), &key);
            let button = ui.button(text);
            // The symbol buttons are known to screen readers by what they do.
            let label = tip.clone();
            button
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            if button.on_hover_text(tip).clicked() {
                actions.push(Action::Zoom(step));
            }
        }
    });
    ui.separator();
    ui.label(RichText::new(tr!(i18n, "view-theme")).strong());
    let presenting = prefs.presentation;
    for theme in Theme::ALL {
        let text = match theme {
            Theme::System => tr!(i18n, "theme-system"),
            Theme::Light => tr!(i18n, "theme-light"),
            Theme::Dark => tr!(i18n, "theme-dark"),
            Theme::HighContrast => tr!(i18n, "theme-high-contrast"),
        };
        if ui
            .radio(prefs.theme == theme && !presenting, text)
            .on_hover_text(tr!(i18n, "view-theme-tooltip"))
            .clicked()
        {
            actions.push(Action::SetTheme(theme));
        }
    }
    ui.separator();
    ui.label(RichText::new(tr!(i18n, "view-text-size")).strong());
    for size in TextSize::ALL {
        let text = match size {
            TextSize::Normal => tr!(i18n, "text-size-normal"),
            TextSize::Large => tr!(i18n, "text-size-large"),
            TextSize::Projector => tr!(i18n, "text-size-projector"),
        };
        if ui
            .radio(prefs.text_size == size && !presenting, text)
            .on_hover_text(tr!(i18n, "view-text-size-tooltip"))
            .clicked()
        {
            actions.push(Action::SetTextSize(size));
        }
    }
    ui.separator();
    let mut on = presenting;
    let tip = shortcuts::with_shortcut(
        ui,
        tr!(i18n, "view-presentation-tooltip"),
        &shortcuts::PRESENTATION,
    );
    if ui
        .checkbox(&mut on, tr!(i18n, "view-presentation"))
        .on_hover_text(tip)
        .changed()
    {
        actions.push(Action::TogglePresentation);
    }
    ui.separator();
    let tip = shortcuts::with_shortcut(ui, tr!(i18n, "view-shortcuts-tooltip"), &shortcuts::HELP);
    if ui
        .button(tr!(i18n, "view-shortcuts"))
        .on_hover_text(tip)
        .clicked()
    {
        actions.push(Action::ShowShortcuts);
        ui.close();
    }
}

/// The Table / Passport / Schema switch, with the dataset's save state and Save button.
fn tabs_ui(ui: &mut Ui, i18n: &I18n, doc: &Document, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let tabs = [
            (
                DocTab::Table,
                tr!(i18n, "tab-table"),
                tr!(i18n, "tab-table-tooltip"),
            ),
            (
                DocTab::Passport,
                tr!(i18n, "tab-passport"),
                tr!(i18n, "tab-passport-tooltip"),
            ),
            (
                DocTab::Schema,
                tr!(i18n, "tab-schema"),
                tr!(i18n, "tab-schema-tooltip"),
            ),
            (
                DocTab::Checks,
                tr!(i18n, "tab-checks"),
                tr!(i18n, "tab-checks-tooltip"),
            ),
        ];
        let tabs = tabs
            .into_iter()
            .zip(shortcuts::TABS)
            .map(|((id, label, tip), key)| Tab {
                id,
                label,
                tip: shortcuts::with_shortcut(ui, tip, &key),
            })
            .collect();
        // A click asks for the tab as its shortcut does, so both close the covering screens.
        if let Some(tab) = tab_bar(ui, doc.tab, tabs) {
            actions.push(Action::ShowTab(tab));
        }
        let Some(ds) = &doc.dataset else { return };
        ui.separator();
        let state = if doc.is_saving() {
            tr!(i18n, "dataset-saving")
        } else if ds.dir.is_none() {
            tr!(i18n, "dataset-new")
        } else if ds.dirty {
            tr!(i18n, "dataset-unsaved")
        } else {
            tr!(i18n, "dataset-saved")
        };
        ui.label(RichText::new(state).weak());
        let save = ui.add_enabled(
            (ds.dirty || ds.dir.is_none()) && !doc.is_saving(),
            egui::Button::new(tr!(i18n, "dataset-save")),
        );
        let tip = shortcuts::with_shortcut(ui, tr!(i18n, "dataset-save-tooltip"), &shortcuts::SAVE);
        if save.on_hover_text(tip).clicked() {
            actions.push(Action::SaveDataset);
        }
    });
}

/// Selects the next (or previous) cell with a finding after the selected one, and scrolls
/// the table to it.
fn go_to_error(doc: &mut Document, forward: bool) {
    let mut cells: Vec<(usize, usize)> = doc.cell_errors.keys().copied().collect();
    if let Some((_, rows)) = &doc.row_filter {
        cells.retain(|(r, _)| rows.binary_search(r).is_ok());
    }
    cells.sort_unstable();
    let here = (
        doc.view.selected_row.unwrap_or(0),
        doc.view.selected_col.unwrap_or(0),
    );
    let target = if forward {
        cells.iter().find(|c| **c > here).or(cells.first())
    } else {
        cells.iter().rev().find(|c| **c < here).or(cells.last())
    };
    if let Some(&(row, col)) = target {
        doc.view.selected_row = Some(row);
        doc.view.selected_col = Some(col);
        let shown = match &doc.row_filter {
            Some((_, rows)) => rows.binary_search(&row).unwrap_or_else(|i| i),
            None => row,
        };
        doc.view.first_row = shown.saturating_sub(3);
    }
}

/// Marks the cells of the last report in the interface language, when not done yet for it.
fn refresh_cell_errors(i18n: &I18n, doc: &mut Document) {
    if doc.report.is_some() && doc.errors_lang != Some(i18n.lang()) {
        doc.cell_errors = cell_messages(i18n, doc);
        doc.errors_lang = Some(i18n.lang());
    }
}

/// The messages of the cells the last validation flagged, in the interface language.
fn cell_messages(i18n: &I18n, doc: &Document) -> std::collections::HashMap<(usize, usize), String> {
    let Some(report) = &doc.report else {
        return Default::default();
    };
    report
        .findings
        .iter()
        .filter_map(|f| {
            let row = doc.finding_row(f.row?)?;
            Some(((row, f.column?.checked_sub(1)?), i18n.finding(f)))
        })
        .collect()
}

/// A workspace error as one line in the interface language.
fn workspace_error_text(i18n: &I18n, error: WorkspaceError) -> String {
    match notice_text(i18n, &Notice::Workspace(error)) {
        (headline, Some(detail)) => format!("{headline} ({detail})"),
        (headline, None) => headline,
    }
}

/// Shown on the Passport and Schema tabs of a file that is not a dataset yet.
fn describe_prompt_ui(ui: &mut Ui, i18n: &I18n, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(tr!(i18n, "describe-title"));
        ui.label(tr!(i18n, "describe-hint"));
        ui.add_space(8.0);
        if ui
            .button(tr!(i18n, "describe-button"))
            .on_hover_text(tr!(i18n, "describe-button-tooltip"))
            .clicked()
        {
            actions.push(Action::DescribeDataset);
        }
    });
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
