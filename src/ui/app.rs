//! The application: owns the preferences, the workspace, the open document and the jobs;
//! draws the panels each frame, collects the [`Action`]s the views pushed, and applies them
//! after the frame.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::actions::{Action, SwitchChoice};
use super::calendar_view::{self, CalendarContext, CalendarEvent, CalendarState};
use super::classifiers_view::{self, ClassifiersState, ImportDraft};
use super::dataset::DocTab;
use super::document::{DocEvent, Document};
use super::jobs::{
    Job, Poll, PrefsSaver, REPORT_FORMATS, STRUCTURE_EXTENSIONS, TABLE_FORMATS,
    spawn_folder_dialog, spawn_open_dialog, spawn_read_table, spawn_save_dialog, spawn_write,
    spawn_write_report_xlsx, spawn_write_table,
};
use super::messages::{Notice, notice_text};
use super::publish_view::{self, PublishState};
use super::schema_view::ClassifierChoice;
use super::widgets::labelled_combo;
use super::{
    checks_view, columns, passport_view, schema_view, source_bar, table_view, workspace_panel,
};
use crate::core::classifier::{self, Registry};
use crate::core::date::Date;
use crate::core::ingest::OpenOptions;
use crate::core::ingest::{IngestError, OPENABLE_EXTENSIONS};
use crate::core::lang::Lang;
use crate::core::lang::LangText;
use crate::core::publish::secrets::{Keychain, SecretStore};
use crate::core::table::Table;
use crate::core::workspace::prefs::{PREFS_FILE, Preferences};
use crate::core::workspace::{
    self, DataFile, DatasetEntry, Workspace, WorkspaceError, WorkspaceMeta,
};
use crate::i18n::I18n;
use crate::tr;

/// How often the deadlines are read again for the reminder (publishes, edits elsewhere, a
/// new day).
const REMINDER_EVERY: std::time::Duration = std::time::Duration::from_secs(300);

pub const OPEN_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const SAVE_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);

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
}

impl AppConfig {
    /// The configuration of a normal start: preferences in the app's data folder.
    pub fn standard(open: Option<PathBuf>) -> Self {
        Self {
            prefs_path: workspace::app_data_dir().ok().map(|d| d.join(PREFS_FILE)),
            open,
            ..Self::default()
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
        };
        let root = config.workspace.or_else(|| app.prefs.workspace.clone());
        match root {
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
        egui::Panel::left("workspace-panel")
            .resizable(true)
            .default_size(220.0)
            .min_size(160.0)
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
                .default_size(260.0)
                .min_size(180.0)
                .show(ui, |ui| columns::columns_ui(ui, &self.i18n, doc));
        }
        egui::CentralPanel::default_margins().show(ui, |ui| self.central_ui(ui));
        self.drop_overlay(&ctx);

        if self.is_busy() {
            // Progress bars move even when the loader sends nothing new.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        for action in std::mem::take(&mut self.actions) {
            self.apply(&ctx, action);
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
                    let classifiers = self.registry.latest_all().cloned().collect();
                    if let Some(doc) = &mut self.doc {
                        doc.reprofile(ctx);
                        doc.validate(ctx, classifiers);
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
        if ctx.input_mut(|i| i.consume_shortcut(&OPEN_SHORTCUT)) {
            self.actions.push(Action::ChooseFile);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&SAVE_SHORTCUT)) {
            self.actions.push(Action::SaveDataset);
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
                    self.open_file(ctx, path, options);
                    if let Some(doc) = &mut self.doc {
                        doc.view = view;
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
                let classifiers = self.registry.latest_all().cloned().collect();
                if let Some(doc) = &mut self.doc {
                    doc.validate(ctx, classifiers);
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
                    &self.publish.dataset,
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

    /// Opens a file; with unsaved dataset edits in another file, asks first.
    fn open_file(&mut self, ctx: &egui::Context, path: PathBuf, options: OpenOptions) {
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
        let i18n = &self.i18n;
        ui.horizontal(|ui| {
            ui.label(RichText::new("Ochiq").strong().size(18.0));
            ui.separator();
            let open = ui.button(tr!(i18n, "menu-open")).on_hover_text(tr!(
                i18n,
                "menu-open-tooltip",
                shortcut = ui.ctx().format_shortcut(&OPEN_SHORTCUT)
            ));
            if open.clicked() {
                self.actions.push(Action::ChooseFile);
            }
            ui.menu_button(tr!(i18n, "menu-recent"), |ui| {
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
            if ui
                .selectable_label(self.classifiers.is_some(), tr!(i18n, "menu-classifiers"))
                .on_hover_text(tr!(i18n, "menu-classifiers-tooltip"))
                .clicked()
            {
                self.actions.push(if self.classifiers.is_some() {
                    Action::CloseClassifiers
                } else {
                    Action::OpenClassifiers
                });
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
                .on_hover_text(tr!(i18n, "menu-calendar-tooltip"))
                .clicked()
            {
                self.actions.push(if self.calendar_shown {
                    Action::CloseCalendar
                } else {
                    Action::OpenCalendar
                });
            }
            let waiting = self.publish.waiting();
            let label = if waiting > 0 {
                tr!(i18n, "menu-publishing-waiting", count = waiting)
            } else {
                tr!(i18n, "menu-publishing")
            };
            if ui
                .selectable_label(self.publishing, label)
                .on_hover_text(tr!(i18n, "menu-publishing-tooltip"))
                .clicked()
            {
                self.actions.push(if self.publishing {
                    Action::ClosePublishing
                } else {
                    Action::OpenPublishing
                });
            }
            ui.separator();
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
                            if ui.button(tr!(self.i18n, "notice-dismiss")).clicked() {
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
                        if ui.button(tr!(self.i18n, "reminder-open")).clicked() {
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
                        for (choice, label) in [
                            (SwitchChoice::SaveThenOpen, tr!(self.i18n, "switch-save")),
                            (SwitchChoice::Discard, tr!(self.i18n, "switch-discard")),
                            (SwitchChoice::Stay, tr!(self.i18n, "switch-stay")),
                        ] {
                            if ui.button(label).clicked() {
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
            let event = calendar_view::calendar_ui(
                ui,
                &self.i18n,
                &mut self.calendar,
                CalendarContext {
                    ws,
                    datasets: &self.datasets,
                    secrets: &self.publish.secrets,
                    soon_days: &mut self.prefs.remind_days,
                    today: self.today.unwrap_or_else(Date::today),
                },
            );
            if self.prefs.remind_days != before {
                self.save_prefs();
            }
            match event {
                Some(CalendarEvent::OpenDataset(path)) => {
                    self.actions.push(Action::OpenFile(path));
                }
                None => {}
            }
            return;
        }
        if self.publishing
            && let Some(ws) = &mut self.workspace
        {
            publish_view::publish_ui(ui, &self.i18n, &mut self.publish, ws, &self.datasets);
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
                if doc.report.is_some() && doc.errors_lang != Some(self.i18n.lang()) {
                    doc.cell_errors = cell_messages(&self.i18n, doc);
                    doc.errors_lang = Some(self.i18n.lang());
                }
                if doc.report.is_some() {
                    ui.horizontal(|ui| {
                        if ui.button(tr!(self.i18n, "table-previous-error")).clicked() {
                            go_to_error(doc, false);
                        }
                        if ui.button(tr!(self.i18n, "table-next-error")).clicked() {
                            go_to_error(doc, true);
                        }
                        if let Some((code, rows)) = &doc.row_filter {
                            let shown = self.i18n.count(rows.len());
                            let kind = checks_view::code_name(&self.i18n, *code);
                            let text = tr!(self.i18n, "table-filtered", kind = kind, rows = shown);
                            ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
                            if ui.button(tr!(self.i18n, "table-show-all")).clicked() {
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
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.3);
            ui.heading(tr!(self.i18n, "empty-title"));
            ui.label(tr!(self.i18n, "empty-hint"));
            ui.add_space(8.0);
            if ui.button(tr!(self.i18n, "menu-open")).clicked() {
                self.actions.push(Action::ChooseFile);
            }
        });
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
            egui::FontId::proportional(24.0),
            egui::Color32::WHITE,
        );
    }
}

/// The Table / Passport / Schema switch, with the dataset's save state and Save button.
fn tabs_ui(ui: &mut Ui, i18n: &I18n, doc: &mut Document, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        for (tab, label) in [
            (DocTab::Table, tr!(i18n, "tab-table")),
            (DocTab::Passport, tr!(i18n, "tab-passport")),
            (DocTab::Schema, tr!(i18n, "tab-schema")),
            (DocTab::Checks, tr!(i18n, "tab-checks")),
        ] {
            if ui.selectable_label(doc.tab == tab, label).clicked() {
                doc.tab = tab;
            }
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
        let shortcut = ui.ctx().format_shortcut(&SAVE_SHORTCUT);
        if save
            .on_hover_text(tr!(i18n, "dataset-save-tooltip", shortcut = shortcut))
            .clicked()
        {
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

/// Shown on the Passport and Schema tabs of a file that is not a dataset yet.
fn describe_prompt_ui(ui: &mut Ui, i18n: &I18n, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(tr!(i18n, "describe-title"));
        ui.label(tr!(i18n, "describe-hint"));
        ui.add_space(8.0);
        if ui.button(tr!(i18n, "describe-button")).clicked() {
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
