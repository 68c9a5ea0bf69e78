//! Every [`Action`] applied: the one place that writes files and preferences, starts jobs
//! and changes which screen is shown.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::super::actions::{Action, SwitchChoice, ZoomStep};
use super::super::calendar::CalendarTab;
use super::super::classifiers_view;
use super::super::dataset::DocTab;
use super::super::document::Document;
use super::super::jobs::{
    REPORT_FORMATS, STRUCTURE_EXTENSIONS, TABLE_FORMATS, spawn_folder_dialog, spawn_open_dialog,
    spawn_read_table, spawn_save_dialog, spawn_write, spawn_write_report_xlsx, spawn_write_table,
};
use super::super::publish::{PublishState, PublishTab};
use super::super::theme::{self, Look};
use super::{Modal, OchiqApp, Screen, ScreenKind};
use crate::core::classifier::Classifier;
use crate::core::ingest::{OPENABLE_EXTENSIONS, OpenOptions};
use crate::core::workspace::prefs;
use crate::core::workspace::{self, DatasetEntry, ResetError, Workspace, WorkspaceError};
use crate::i18n::I18n;
use crate::text::messages::Notice;
use crate::tr;

impl OchiqApp {
    pub(super) fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::ChooseFile => {
                let (title, filter) = (
                    tr!(self.i18n, "dialog-open-title"),
                    tr!(self.i18n, "dialog-open-filter"),
                );
                self.jobs.ask(
                    || spawn_open_dialog(ctx, title, filter, OPENABLE_EXTENSIONS),
                    Action::OpenFile,
                );
            }
            Action::ChooseWorkspace => {
                // A first workspace is suggested under the platform's data folder.
                let start = workspace::default_workspace_dir().ok();
                let title = tr!(self.i18n, "dialog-workspace-title");
                self.jobs.ask(
                    || spawn_folder_dialog(ctx, title, start),
                    Action::OpenWorkspace,
                );
            }
            Action::OpenWorkspace(path) => {
                self.prefs.workspace = Some(path.clone());
                self.save_prefs();
                self.switch_workspace(&path);
            }
            Action::OpenDemoWorkspace => {
                self.prefs.workspace = None;
                self.save_prefs();
                self.open_demo();
            }
            Action::OpenFile(path) => self.open_file(ctx, path, OpenOptions::default()),
            Action::Reopen(options) => self.reopen(ctx, options),
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
            Action::ImportStructure => {
                let (title, filter) = (
                    tr!(self.i18n, "dialog-structure-title"),
                    tr!(self.i18n, "dialog-structure-filter"),
                );
                self.jobs.ask(
                    || spawn_open_dialog(ctx, title, filter, STRUCTURE_EXTENSIONS),
                    Action::ImportStructureFrom,
                );
            }
            Action::ImportStructureFrom(path) => {
                if let Some(doc) = &mut self.doc {
                    doc.import_structure(ctx, path);
                }
            }
            Action::ExportReport => {
                let title = tr!(self.i18n, "checks-export");
                let name = format!("{}-report.xlsx", self.doc_stem());
                self.jobs.ask(
                    || spawn_save_dialog(ctx, title, name, REPORT_FORMATS),
                    Action::WriteReport,
                );
            }
            Action::SaveTable => {
                let title = tr!(self.i18n, "recipe-save-data");
                let name = format!("{}-clean.csv", self.doc_stem());
                self.jobs.ask(
                    || spawn_save_dialog(ctx, title, name, TABLE_FORMATS),
                    Action::WriteTable,
                );
            }
            Action::WriteReport(path) => self.write_report(ctx, path),
            Action::WriteTable(path) => self.write_table(ctx, path),
            Action::ResolveSwitch(choice) => match choice {
                SwitchChoice::SaveThenOpen => {
                    if let (Some(doc), Some(ws)) = (&mut self.doc, &self.workspace) {
                        doc.save(ctx, ws);
                    }
                }
                SwitchChoice::Discard => {
                    if let Some((path, options)) = self.pending.switch.take() {
                        self.replace_document(ctx, path, options);
                    }
                }
                SwitchChoice::Stay => self.pending.switch = None,
            },
            Action::SaveDataset => {
                if let (Some(doc), Some(ws)) = (&mut self.doc, &self.workspace) {
                    doc.save(ctx, ws);
                }
            }
            Action::DescribeDataset
            | Action::InferSchema
            | Action::Validate
            | Action::CancelValidate
            | Action::AcceptFix(_)
            | Action::UndoStep
            | Action::ApplyRecipe
            | Action::FilterRows(_)
            | Action::Table(_)
            | Action::GoToFinding(_)
            | Action::NextError(_) => self.apply_to_document(ctx, action),
            Action::ShowTab(tab) => {
                if let Some(doc) = &mut self.doc {
                    self.screen = None;
                    doc.tab = tab;
                }
                self.refresh_chart(ctx);
            }
            Action::OpenClassifiers => {
                if !self.shows(ScreenKind::Classifiers) {
                    self.screen = Some(Screen::Classifiers(Box::default()));
                }
            }
            Action::OpenPublishing => self.open_publishing(),
            Action::OpenCalendar => {
                self.screen = Some(Screen::Calendar);
                // Publishes since the last look count.
                if let Some(ws) = &self.workspace {
                    self.calendar.load(ws);
                }
            }
            Action::CloseClassifiers | Action::ClosePublishing | Action::CloseCalendar => {
                let kind = match action {
                    Action::CloseClassifiers => ScreenKind::Classifiers,
                    Action::ClosePublishing => ScreenKind::Publishing,
                    _ => ScreenKind::Calendar,
                };
                if self.shows(kind) {
                    self.screen = None;
                }
            }
            Action::OpenInventory => {
                self.apply(ctx, Action::OpenCalendar);
                self.calendar.tab = CalendarTab::Inventory;
            }
            Action::OpenTargets => {
                self.apply(ctx, Action::OpenPublishing);
                self.publish.tab = PublishTab::Targets;
            }
            Action::SetRemindDays(days) => {
                self.prefs.remind_days = days;
                self.save_prefs();
            }
            Action::DismissReminder => {
                let counts = self.calendar.attention_counts();
                self.reminder.dismissed = Some((self.today(), counts));
            }
            Action::ChooseCodeList => {
                let (title, filter) = (
                    tr!(self.i18n, "dialog-code-list-title"),
                    tr!(self.i18n, "dialog-open-filter"),
                );
                self.jobs.ask(
                    || spawn_open_dialog(ctx, title, filter, OPENABLE_EXTENSIONS),
                    Action::ReadCodeList,
                );
            }
            Action::ReadCodeList(path) => self.jobs.code_list.start(spawn_read_table(ctx, path)),
            Action::ImportCodeList => self.import_code_list(),
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
            Action::ShowShortcuts => match self.modal {
                None => self.modal = Some(Modal::Shortcuts),
                Some(Modal::Shortcuts) => self.modal = None,
                Some(Modal::Welcome(_) | Modal::ResetDemo) => {}
            },
            Action::CloseModal => {
                if matches!(self.modal, Some(Modal::Shortcuts | Modal::ResetDemo)) {
                    self.modal = None;
                }
            }
            Action::ResetDemo { confirmed: false } => self.modal = Some(Modal::ResetDemo),
            Action::ResetDemo { confirmed: true } => self.reset_demo(),
            Action::ChooseWelcomeFolder => {
                let start = match &self.modal {
                    Some(Modal::Welcome(w)) => w.folder.clone(),
                    _ => None,
                };
                let title = tr!(self.i18n, "dialog-workspace-title");
                self.jobs.ask(
                    || spawn_folder_dialog(ctx, title, start),
                    Action::SetWelcomeFolder,
                );
            }
            Action::SetWelcomeFolder(path) => {
                if let Some(Modal::Welcome(welcome)) = &mut self.modal {
                    welcome.folder = Some(path);
                    welcome.error = None;
                }
            }
            Action::CreateWorkspace => self.create_workspace(),
            Action::ExploreDemo => {
                if matches!(self.modal, Some(Modal::Welcome(_))) {
                    self.modal = None;
                }
                // Writing the preferences marks the first run as done.
                self.save_prefs();
            }
        }
    }

    /// The actions on the open document: its checks, recipe and where the table is.
    fn apply_to_document(&mut self, ctx: &egui::Context, action: Action) {
        let classifiers =
            || -> Vec<Arc<Classifier>> { self.contents.registry.latest_all().cloned().collect() };
        let Some(doc) = &mut self.doc else { return };
        match action {
            Action::DescribeDataset | Action::InferSchema => {
                doc.infer(ctx, classifiers());
                doc.tab = DocTab::Schema;
            }
            Action::Validate => doc.validate(ctx, &self.contents.registry),
            Action::CancelValidate => doc.cancel_validate(),
            Action::AcceptFix(step) => doc.accept(ctx, step, classifiers()),
            Action::UndoStep => doc.undo(ctx, classifiers()),
            Action::ApplyRecipe => doc.apply_pending(ctx, classifiers()),
            Action::FilterRows(code) => {
                doc.filter_rows(ctx, code);
                if code.is_some() {
                    doc.tab = DocTab::Table;
                }
            }
            Action::Table(action) => doc.table_action(ctx, action),
            Action::GoToFinding(index) => doc.go_to_finding(index),
            Action::NextError(forward) if doc.checks.report.is_some() => {
                doc.tab = DocTab::Table;
                refresh_cell_errors(&self.i18n, doc);
                doc.go_to_error(forward);
            }
            _ => {}
        }
    }

    /// Shows the publishing screen on the open file's dataset, when it is one.
    fn open_publishing(&mut self) {
        self.screen = Some(Screen::Publishing);
        let datasets = &self.contents.datasets;
        let current = self
            .doc
            .as_ref()
            .and_then(|d| Workspace::dataset_of(&d.path));
        if let (Some(ws), Some(dir)) = (&self.workspace, current)
            && let Some(entry) = datasets.iter().find(|e| e.dir == dir)
        {
            self.publish.choose_dataset(ws, entry);
        } else if let (Some(ws), None, Some(entry)) = (
            &self.workspace,
            &self.publish.form.dataset,
            datasets.first(),
        ) {
            self.publish.choose_dataset(ws, entry);
        }
        if let Some(ws) = &self.workspace {
            self.publish.refresh(ws);
        }
    }

    /// Puts the demo workspace back as it was bundled, and opens it on its calendar.
    fn reset_demo(&mut self) {
        if matches!(self.modal, Some(Modal::ResetDemo)) {
            self.modal = None;
        }
        let Some(root) = self
            .workspace
            .as_ref()
            .filter(|ws| ws.meta.demo)
            .map(|ws| ws.root().to_owned())
        else {
            return;
        };
        // Nothing of the old demo stays open, its outbox database included: its files are
        // about to be replaced.
        self.doc = None;
        self.pending.switch = None;
        self.publish = PublishState::new(Arc::clone(&self.publish.secrets));
        match Workspace::reset_demo(&root) {
            Ok(ws) => {
                self.set_workspace(ws);
                self.screen = self.calendar.has_inventory().then_some(Screen::Calendar);
                self.pending.open = self
                    .contents
                    .datasets
                    .iter()
                    .find_map(DatasetEntry::data_path);
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

    /// The open file's name without its extension, for the names a save dialog suggests.
    fn doc_stem(&self) -> String {
        self.doc
            .as_ref()
            .and_then(|d| d.path.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Writes the table as it is now (with accepted fixes) to `path`: Excel when the name
    /// ends in .xlsx, else CSV.
    fn write_table(&mut self, ctx: &egui::Context, path: PathBuf) {
        if let Some(doc) = &self.doc {
            let job = spawn_write_table(ctx, path, Arc::clone(&doc.table), doc.table_schema());
            self.jobs.write.start(job);
        }
    }

    /// Writes the last report to `path`: CSV or Excel (with the data, error cells marked) by
    /// the name's extension, else JSON.
    fn write_report(&mut self, ctx: &egui::Context, path: PathBuf) {
        let Some(doc) = &self.doc else { return };
        let Some(report) = doc.checks.report.clone() else {
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
        self.jobs.write.start(job);
    }

    /// Builds the classifier from the import form and stores it in the workspace.
    fn import_code_list(&mut self) {
        let (Some(Screen::Classifiers(state)), Some(ws)) = (&mut self.screen, &self.workspace)
        else {
            return;
        };
        let Some(draft) = &mut state.draft else {
            return;
        };
        let Some(classifier) = classifiers_view::build_from_draft(&self.i18n, draft) else {
            return;
        };
        match self.contents.registry.save_imported(ws.root(), classifier) {
            Ok(saved) => {
                state.selected = Some((saved.id().to_owned(), saved.version().to_owned()));
                state.draft = None;
            }
            Err(e) => draft.error = Some(classifiers_view::classifier_error_text(&self.i18n, &e)),
        }
    }

    /// Reads the open file again another way, keeping the user's place in it.
    fn reopen(&mut self, ctx: &egui::Context, options: OpenOptions) {
        let Some(doc) = &self.doc else { return };
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
    pub(super) fn open_file(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        mut options: OpenOptions,
    ) {
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
            self.pending.switch = Some((path, options));
            return;
        }
        self.replace_document(ctx, path, options);
    }

    pub(super) fn replace_document(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        options: OpenOptions,
    ) {
        self.notice = None;
        self.pending.switch = None;
        self.screen = None;
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

    /// Gives the context the saved theme, text size and zoom when they change, and
    /// remembers a zoom changed with the keyboard (egui handles Ctrl + and Ctrl −).
    pub(super) fn apply_look(&mut self, ctx: &egui::Context) {
        let look = Look::of(&self.prefs);
        if self.appearance.look != Some(look) {
            theme::apply(ctx, look);
            self.appearance.look = Some(look);
        }
        if !self.appearance.zoom_applied {
            ctx.set_zoom_factor(self.prefs.zoom);
            self.appearance.zoom_applied = true;
        } else {
            let zoom = prefs::clamp_zoom(ctx.zoom_factor());
            if (zoom - self.prefs.zoom).abs() > f32::EPSILON {
                self.prefs.zoom = zoom;
                self.save_prefs();
            }
        }
    }
}

/// Marks the cells of the last report in the interface language, when not done yet for it.
pub(super) fn refresh_cell_errors(i18n: &I18n, doc: &mut Document) {
    if doc.checks.report.is_some() && doc.checks.errors_lang != Some(i18n.lang()) {
        doc.checks.cell_errors = cell_messages(i18n, doc);
        doc.checks.errors_lang = Some(i18n.lang());
    }
}

/// The messages of the cells the last validation flagged, in the interface language.
fn cell_messages(i18n: &I18n, doc: &Document) -> std::collections::HashMap<(usize, usize), String> {
    let Some(report) = &doc.checks.report else {
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
