//! Background jobs: long work (reading a file, profiling columns, a file dialog) runs on a
//! named thread; results and progress come back over a channel, and the thread asks egui to
//! repaint so the UI picks them up. The UI thread never blocks on a job.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::core::classifier::{Classifier, Registry};
use crate::core::ingest::{self, IngestError, LoadEvent, OpenOptions, SourceInfo};
use crate::core::profile::{ColumnProfile, profile_table};
use crate::core::progress::Tracker;
use crate::core::recipe::{self, Applied, Cancelled, Step};
use crate::core::schema::infer::{bind_classifiers, infer_schema};
use crate::core::schema::package::PACKAGE_FILE;
use crate::core::schema::portal::{from_get_by_id, from_portal_file};
use crate::core::schema::{Package, Passport, TableSchema};
use crate::core::table::Table;
use crate::core::validate::package::open_options;
use crate::core::validate::{Report, ValidateError};
use crate::core::workflow::check::{self, Dataset, Loaded};
use crate::core::workspace::Workspace;
use crate::core::workspace::prefs::Preferences;

/// A running job: its messages and the tracker that shows progress and carries cancel.
pub struct Job<M> {
    rx: Receiver<M>,
    pub tracker: Arc<Tracker>,
}

/// What polling a job gave.
pub enum Poll<M> {
    Message(M),
    Idle,
    /// The thread ended without a final message (it panicked).
    Lost,
}

impl<M: Send + 'static> Job<M> {
    /// Runs `work` on a thread named `name`; it sends messages through the given closure.
    pub fn spawn(
        name: &str,
        ctx: &egui::Context,
        work: impl FnOnce(&Tracker, &dyn Fn(M)) + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let tracker = Arc::new(Tracker::default());
        let thread_tracker = Arc::clone(&tracker);
        let ctx = ctx.clone();
        // If no thread can be started, `tx` is dropped with the closure and `poll` says `Lost`.
        let _ = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let send = |m: M| {
                    let _ = tx.send(m);
                    ctx.request_repaint();
                };
                work(&thread_tracker, &send);
            });
        Self { rx, tracker }
    }

    pub fn poll(&self) -> Poll<M> {
        match self.rx.try_recv() {
            Ok(m) => Poll::Message(m),
            Err(TryRecvError::Empty) => Poll::Idle,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }
}

/// The one place a kind of job runs: empty, or one running job. Every job the window starts
/// lives in a slot, and a slot is polled the same way wherever it is.
pub struct Slot<M> {
    job: Option<Job<M>>,
}

/// A job's thread ended without sending its last message (it panicked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lost;

impl<M> Default for Slot<M> {
    fn default() -> Self {
        Self { job: None }
    }
}

impl<M: Send + 'static> Slot<M> {
    /// Runs `job` here; a job still running in this slot is cancelled and forgotten.
    pub fn start(&mut self, job: Job<M>) {
        if let Some(old) = self.job.replace(job) {
            old.tracker.cancel();
        }
    }

    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// The running job's progress and cancel.
    pub fn tracker(&self) -> Option<&Tracker> {
        self.job.as_ref().map(|j| &*j.tracker)
    }

    /// Asks the running job to stop; its last message still comes.
    pub fn cancel(&self) {
        if let Some(job) = &self.job {
            job.tracker.cancel();
        }
    }

    /// Forgets the running job (it is cancelled); its messages are no longer read.
    pub fn clear(&mut self) {
        if let Some(job) = self.job.take() {
            job.tracker.cancel();
        }
    }

    /// The next message of a job that sends several; the slot stays full until [`Slot::clear`]
    /// or the thread ends. `Err(Lost)` (and an empty slot) when the thread ended without
    /// a message still waiting.
    // Not an `Iterator`: `None` means "nothing yet", not "done".
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<Result<M, Lost>> {
        let polled = self.job.as_ref()?.poll();
        match polled {
            Poll::Message(m) => Some(Ok(m)),
            Poll::Idle => None,
            Poll::Lost => {
                self.job = None;
                Some(Err(Lost))
            }
        }
    }

    /// The result of a job that sends one message: the slot empties when it comes, or when
    /// the thread ended without it (`Err(Lost)`).
    pub fn finished(&mut self) -> Option<Result<M, Lost>> {
        let polled = self.next()?;
        self.job = None;
        Some(polled)
    }
}

pub enum LoadMsg {
    Event(LoadEvent),
    /// The file lies in a dataset folder: its package, or why it could not be read.
    Dataset(PathBuf, Box<Result<Package, String>>),
    Done(Result<SourceInfo, IngestError>),
}

pub fn spawn_load(ctx: &egui::Context, path: PathBuf, options: OpenOptions) -> Job<LoadMsg> {
    Job::spawn("ochiq-load", ctx, move |tracker, send| {
        // A file of a dataset is read the way its package says, unless the user chose otherwise.
        let mut options = options;
        if let Some(dir) = Workspace::dataset_of(&path) {
            let package = Package::read(&dir.join(PACKAGE_FILE)).map_err(|e| e.to_string());
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let first_is_this_file = |p: &Package| {
                p.resources.first().map(|r| Some(&r.path) == name.as_ref()) == Some(true)
            };
            match package {
                Ok(p) if first_is_this_file(&p) => {
                    if options == OpenOptions::default()
                        && let Some(resource) = p.resources.first()
                    {
                        options = open_options(resource);
                    }
                    send(LoadMsg::Dataset(dir, Box::new(Ok(p))));
                }
                // A package describing other files is not this file's dataset.
                Ok(_) => {}
                Err(e) => send(LoadMsg::Dataset(dir, Box::new(Err(e)))),
            }
        }
        let result = ingest::load(&path, &options, tracker, &mut |event| {
            send(LoadMsg::Event(event));
        });
        send(LoadMsg::Done(result));
    })
}

pub fn spawn_profile(ctx: &egui::Context, table: Arc<Table>) -> Job<Option<Vec<ColumnProfile>>> {
    Job::spawn("ochiq-profile", ctx, move |tracker, send| {
        send(profile_table(&table, tracker));
    })
}

/// Shows the system's open dialog off the UI thread.
/// Shows the system's open dialog off the UI thread, offering files with these extensions.
pub fn spawn_open_dialog(
    ctx: &egui::Context,
    title: String,
    filter: String,
    extensions: &'static [&'static str],
) -> Job<Option<PathBuf>> {
    Job::spawn("ochiq-dialog", ctx, move |_, send| {
        let picked = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter, extensions)
            .pick_file();
        send(picked);
    })
}

/// The files a published structure can be read from.
pub const STRUCTURE_EXTENSIONS: &[&str] = &["json", "csv", "xlsx", "xls"];

/// Shows the system's folder dialog off the UI thread, starting in `start` when given.
pub fn spawn_folder_dialog(
    ctx: &egui::Context,
    title: String,
    start: Option<PathBuf>,
) -> Job<Option<PathBuf>> {
    Job::spawn("ochiq-dialog", ctx, move |_, send| {
        let mut dialog = rfd::FileDialog::new().set_title(title);
        if let Some(dir) = start.filter(|d| std::fs::create_dir_all(d).is_ok()) {
            dialog = dialog.set_directory(dir);
        }
        send(dialog.pick_folder());
    })
}

/// Infers a schema and binds code columns to the classifiers their values come from.
pub fn spawn_infer(
    ctx: &egui::Context,
    table: Arc<Table>,
    classifiers: Vec<Arc<Classifier>>,
) -> Job<TableSchema> {
    Job::spawn("ochiq-infer", ctx, move |_, send| {
        let mut schema = infer_schema(&table);
        bind_classifiers(&mut schema, &table, &classifiers);
        send(schema);
    })
}

/// Saves a dataset: into its folder, or, the first time, into a new folder of the workspace
/// with the data file copied in. Gives the folder and the package as saved.
pub fn spawn_save(
    ctx: &egui::Context,
    workspace: Workspace,
    dir: Option<PathBuf>,
    mut package: Package,
    data_file: PathBuf,
) -> Job<Result<(PathBuf, Package), String>> {
    Job::spawn("ochiq-save", ctx, move |_, send| {
        let result =
            crate::core::workflow::save::save_dataset(&workspace, dir, &mut package, &data_file);
        send(result.map(|dir| (dir, package)).map_err(|e| e.to_string()));
    })
}

/// A published structure read from a file the user picked.
pub struct Imported {
    pub passport: Option<Passport>,
    pub schema: TableSchema,
}

/// Reads a `GetById` response, or else a downloaded portal data file, off the UI thread.
pub fn spawn_import_structure(ctx: &egui::Context, path: PathBuf) -> Job<Result<Imported, String>> {
    Job::spawn("ochiq-import", ctx, move |tracker, send| {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let result = match from_get_by_id(&text) {
            Ok((passport, schema)) => Ok(Imported {
                passport: Some(passport),
                schema,
            }),
            Err(by_id) => ingest::read_table(&path, &OpenOptions::default(), tracker)
                .map(|(_, table)| Imported {
                    passport: None,
                    schema: from_portal_file(&table),
                })
                .map_err(|e| format!("{by_id}; {e}")),
        };
        send(result);
    })
}

/// Reads a whole file into a table off the UI thread (a code list to import).
pub fn spawn_read_table(
    ctx: &egui::Context,
    path: PathBuf,
) -> Job<Result<(PathBuf, Table), IngestError>> {
    Job::spawn("ochiq-read", ctx, move |tracker, send| {
        let result = ingest::read_table(&path, &OpenOptions::default(), tracker);
        send(result.map(|(_, table)| (path, table)));
    })
}

/// What a check found: the report, the fixes it suggests, and the schema it checked against.
pub use crate::core::workflow::check::TableCheck as Checked;

/// The schema to check a table against: the dataset's, or one inferred from the table.
pub fn schema_for(
    table: &Table,
    schema: Option<TableSchema>,
    classifiers: &[Arc<Classifier>],
) -> TableSchema {
    schema.unwrap_or_else(|| {
        let mut inferred = infer_schema(table);
        bind_classifiers(&mut inferred, table, classifiers);
        inferred
    })
}

/// Runs [`check::check_loaded`], the check the command line runs too, off the UI thread: the
/// table against the dataset's schema (or one inferred) with the classifier editions its
/// bindings pin, foreign keys and passport, then the search for fixes. `Ok(None)` when
/// cancelled.
pub fn spawn_validate(
    ctx: &egui::Context,
    table: Arc<Table>,
    dataset: Option<(PathBuf, Package)>,
    registry: Registry,
    source: Option<SourceInfo>,
) -> Job<Result<Option<Checked>, ValidateError>> {
    Job::spawn("ochiq-validate", ctx, move |tracker, send| {
        let loaded = Loaded {
            table: &table,
            source: source.as_ref(),
        };
        let dataset = dataset
            .as_ref()
            .map(|(dir, package)| Dataset { package, dir });
        send(check::check_loaded(loaded, dataset, &registry, tracker));
    })
}

/// Applies recipe steps to a table, off the UI thread.
pub fn spawn_apply(
    ctx: &egui::Context,
    table: Arc<Table>,
    schema: Option<TableSchema>,
    classifiers: Vec<Arc<Classifier>>,
    steps: Vec<Step>,
) -> Job<Result<Applied, Cancelled>> {
    Job::spawn("ochiq-apply", ctx, move |tracker, send| {
        let schema = schema_for(&table, schema, &classifiers);
        send(recipe::apply(&table, &schema, &steps, tracker));
    })
}

/// Writes the table as CSV or Excel (by the name's extension), off the UI thread.
pub fn spawn_write_table(
    ctx: &egui::Context,
    path: PathBuf,
    table: Arc<Table>,
    schema: Option<TableSchema>,
) -> Job<Result<(), String>> {
    let xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    spawn_write_with(ctx, path, move || {
        let bytes = if xlsx {
            crate::export::table_xlsx(&table, schema.as_ref())
        } else {
            crate::export::table_csv(&table)
        };
        bytes.map_err(|e| e.to_string())
    })
}

/// Writes the preferences on a thread of its own, so a slow disk (a USB stick) never holds
/// a frame; when several saves queue up, only the newest is written.
pub struct PrefsSaver {
    tx: std::sync::mpsc::Sender<Preferences>,
    errors: Receiver<String>,
    pending: Arc<std::sync::atomic::AtomicUsize>,
}

impl PrefsSaver {
    pub fn new(path: PathBuf) -> Self {
        use std::sync::atomic::Ordering;
        let (tx, rx) = channel::<Preferences>();
        let (err_tx, errors) = channel();
        let pending = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = Arc::clone(&pending);
        let _ = std::thread::Builder::new()
            .name("ochiq-prefs".into())
            .spawn(move || {
                while let Ok(mut prefs) = rx.recv() {
                    let mut taken = 1;
                    while let Ok(newer) = rx.try_recv() {
                        prefs = newer;
                        taken += 1;
                    }
                    if let Err(e) = prefs.save(&path) {
                        let _ = err_tx.send(e.to_string());
                    }
                    counter.fetch_sub(taken, Ordering::SeqCst);
                }
            });
        Self {
            tx,
            errors,
            pending,
        }
    }

    pub fn save(&self, prefs: Preferences) {
        use std::sync::atomic::Ordering;
        self.pending.fetch_add(1, Ordering::SeqCst);
        if self.tx.send(prefs).is_err() {
            self.pending.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// A failed save since the last call.
    pub fn error(&self) -> Option<String> {
        self.errors.try_recv().ok()
    }

    pub fn is_busy(&self) -> bool {
        self.pending.load(std::sync::atomic::Ordering::SeqCst) > 0
    }
}

/// File types a report can be saved as.
pub const REPORT_FORMATS: &[(&str, &[&str])] =
    &[("JSON", &["json"]), ("CSV", &["csv"]), ("Excel", &["xlsx"])];
/// File types cleaned data can be saved as.
pub const TABLE_FORMATS: &[(&str, &[&str])] = &[("CSV (UTF-8)", &["csv"]), ("Excel", &["xlsx"])];

/// Shows the system's save dialog off the UI thread, offering `formats`.
pub fn spawn_save_dialog(
    ctx: &egui::Context,
    title: String,
    name: String,
    formats: &'static [(&'static str, &'static [&'static str])],
) -> Job<Option<PathBuf>> {
    Job::spawn("ochiq-dialog", ctx, move |_, send| {
        let mut dialog = rfd::FileDialog::new().set_title(title).set_file_name(name);
        for (label, extensions) in formats {
            dialog = dialog.add_filter(*label, extensions);
        }
        send(dialog.save_file());
    })
}

/// Builds the report workbook (findings, and the data with error cells marked) and writes it,
/// off the UI thread.
pub fn spawn_write_report_xlsx(
    ctx: &egui::Context,
    path: PathBuf,
    lang: crate::core::lang::Lang,
    report: Arc<Report>,
    table: Arc<Table>,
    schema: Option<TableSchema>,
    first_row: u64,
) -> Job<Result<(), String>> {
    spawn_write_with(ctx, path, move || {
        let i18n = crate::i18n::I18n::new(lang);
        crate::export::report_xlsx(&i18n, &report, &table, schema.as_ref(), first_row)
            .map_err(|e| e.to_string())
    })
}

/// Writes `bytes` to `path` atomically, off the UI thread.
pub fn spawn_write(ctx: &egui::Context, path: PathBuf, bytes: Vec<u8>) -> Job<Result<(), String>> {
    spawn_write_with(ctx, path, move || Ok(bytes))
}

/// Builds a file's bytes with `build` and writes them to `path` atomically, off the UI thread.
fn spawn_write_with(
    ctx: &egui::Context,
    path: PathBuf,
    build: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
) -> Job<Result<(), String>> {
    Job::spawn("ochiq-write", ctx, move |_, send| {
        let result = build().and_then(|bytes| {
            crate::core::fs::write_atomic(&path, &bytes).map_err(|e| e.to_string())
        });
        send(result);
    })
}
