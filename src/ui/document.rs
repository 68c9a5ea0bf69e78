//! An opened file as the UI holds it: the table (growing while the loader runs), what was
//! detected about the source, the column profile, and the view's position.

use std::path::PathBuf;
use std::sync::Arc;

use super::dataset::{DatasetState, DocTab};
use super::jobs::{
    Checked, Imported, Job, LoadMsg, Poll, spawn_apply, spawn_import_structure, spawn_infer,
    spawn_load, spawn_profile, spawn_save, spawn_validate,
};
use crate::core::classifier::{Classifier, Registry};
use crate::core::ingest::{IngestError, LoadEvent, OpenOptions, SourceInfo};
use crate::core::lang::Lang;
use crate::core::profile::ColumnProfile;
use crate::core::recipe::suggest::Suggestion;
use crate::core::recipe::{Applied, Cancelled, Recipe, Step};
use crate::core::schema::portal::merge_titles;
use crate::core::schema::{Package, TableSchema};
use crate::core::table::Table;
use crate::core::validate::{Code, Report, ValidateError};
use crate::core::workspace::Workspace;
use std::collections::HashMap;

/// How far loading has got.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    Loading,
    Loaded,
    /// The user stopped loading; the rows read so far stay visible.
    Cancelled,
    Failed,
}

/// Where the table view is and what is selected.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewState {
    /// First data row shown at the top of the table.
    pub first_row: usize,
    /// Part of a row the wheel has moved but not yet applied.
    pub scroll_rem: f32,
    pub selected_row: Option<usize>,
    pub selected_col: Option<usize>,
    /// Set when the column panel should bring the selected column into view.
    pub reveal_column: bool,
}

pub struct Document {
    pub path: PathBuf,
    pub options: OpenOptions,
    pub info: Option<SourceInfo>,
    pub table: Arc<Table>,
    pub state: LoadState,
    load: Option<Job<LoadMsg>>,
    pub profile: Option<Vec<ColumnProfile>>,
    profiling: Option<Job<Option<Vec<ColumnProfile>>>>,
    pub view: ViewState,
    pub tab: DocTab,
    /// The dataset this file belongs to or is being described as.
    pub dataset: Option<DatasetState>,
    inferring: Option<Job<TableSchema>>,
    saving: Option<Job<Result<(PathBuf, Package), String>>>,
    importing: Option<Job<Result<Imported, String>>>,
    validating: Option<Job<Result<Option<Checked>, ValidateError>>>,
    /// The last validation of this file.
    pub report: Option<Arc<Report>>,
    /// The fixes the last validation suggested.
    pub suggestions: Arc<Vec<Suggestion>>,
    /// The schema the last validation used (inferred when the file is no dataset yet).
    checked_schema: Option<TableSchema>,
    /// The cleaning steps of this file: the dataset's recipe plus what was accepted here.
    pub recipe: Recipe,
    /// How many of the recipe's steps the table shows.
    pub applied: usize,
    /// The table as read, before any step; set once a step has been applied.
    source: Option<Arc<Table>>,
    /// Steps being applied, and how many steps will be applied when it ends.
    applying: Option<(Job<Result<Applied, Cancelled>>, usize)>,
    /// Steps of the recipe whose column this file lacks (by index), from the last apply.
    pub skipped_steps: Vec<usize>,
    /// Cells changed and rows removed by the last apply or undo.
    pub last_change: Option<(u64, u64)>,
    /// Messages of the cells with findings, by (table row, column), in `errors_lang`.
    pub cell_errors: HashMap<(usize, usize), String>,
    pub errors_lang: Option<Lang>,
    /// Rows shown when the table is filtered to one kind of finding.
    pub row_filter: Option<(Code, Vec<usize>)>,
}

/// What a poll of the document's jobs produced that the app must react to.
pub enum DocEvent {
    Failed(IngestError),
    /// The job thread ended unexpectedly.
    Lost,
    DatasetUnreadable(String),
    Saved,
    SaveFailed(String),
    ImportFailed(String),
    /// Recipe steps were applied (or undone): the app checks the table again.
    Applied,
}

impl Document {
    pub fn open(ctx: &egui::Context, path: PathBuf, options: OpenOptions) -> Self {
        let load = Some(spawn_load(ctx, path.clone(), options.clone()));
        Self {
            path,
            options,
            info: None,
            table: Arc::new(Table::default()),
            state: LoadState::Loading,
            load,
            profile: None,
            profiling: None,
            view: ViewState::default(),
            tab: DocTab::default(),
            dataset: None,
            inferring: None,
            saving: None,
            importing: None,
            validating: None,
            report: None,
            suggestions: Arc::new(Vec::new()),
            checked_schema: None,
            recipe: Recipe::default(),
            applied: 0,
            source: None,
            applying: None,
            skipped_steps: Vec::new(),
            last_change: None,
            cell_errors: HashMap::new(),
            errors_lang: None,
            row_filter: None,
        }
    }

    /// The source row number of the first table row: the header is row 1 when it leads.
    pub fn first_row_number(&self) -> u64 {
        self.info.as_ref().map_or(2, |i| {
            i.header.header_row as u64 + if i.header.has_header { 2 } else { 1 }
        })
    }

    /// Checks the table against the dataset's schema, or an inferred one.
    pub fn validate(&mut self, ctx: &egui::Context, registry: &Registry) {
        if self.validating.is_some() || self.applying.is_some() || self.state == LoadState::Loading
        {
            return;
        }
        // A saved dataset's folder holds the resources its foreign keys refer to.
        let dataset = self.dataset.as_ref().map(|d| {
            let dir = d
                .dir
                .clone()
                .unwrap_or_else(|| self.path.parent().map(PathBuf::from).unwrap_or_default());
            (dir, d.package.clone())
        });
        // Labels merged down are reported until the recipe fills their column down.
        let source = self.info.clone().map(|mut info| {
            let header = self.table.header();
            let filled = |col: usize| {
                self.recipe.steps[..self.applied].iter().any(
                    |s| matches!(s, Step::FillDown { field } if Some(field) == header.get(col)),
                )
            };
            info.merged.retain(|m| !filled(m.columns.0));
            info
        });
        self.validating = Some(spawn_validate(
            ctx,
            Arc::clone(&self.table),
            dataset,
            registry.without_problems(),
            source,
        ));
    }

    pub fn is_validating(&self) -> bool {
        self.validating.is_some()
    }

    /// Fraction of the rows checked, while a check runs.
    pub fn validate_progress(&self) -> Option<f32> {
        self.validating
            .as_ref()
            .map(|j| j.tracker.fraction().unwrap_or(0.0))
    }

    pub fn cancel_validate(&self) {
        if let Some(job) = &self.validating {
            job.tracker.cancel();
        }
    }

    /// The table row a finding points at.
    pub fn finding_row(&self, row_number: u64) -> Option<usize> {
        row_number
            .checked_sub(self.first_row_number())
            .map(|r| r as usize)
            .filter(|&r| r < self.table.rows())
    }

    /// Shows only the rows with findings of `code`, or all rows.
    pub fn filter_rows(&mut self, code: Option<Code>) {
        self.row_filter = code.and_then(|code| {
            let report = self.report.as_ref()?;
            let mut rows: Vec<usize> = report
                .findings
                .iter()
                .filter(|f| f.code == code)
                .filter_map(|f| f.row.and_then(|n| self.finding_row(n)))
                .collect();
            rows.sort_unstable();
            rows.dedup();
            Some((code, rows))
        });
        self.view.first_row = 0;
    }

    /// Records an accepted fix and applies it (with any saved steps not applied yet).
    pub fn accept(&mut self, ctx: &egui::Context, step: Step, classifiers: Vec<Arc<Classifier>>) {
        if !self.can_edit_recipe() {
            return;
        }
        self.recipe.steps.push(step);
        self.recipe_changed();
        self.apply_pending(ctx, classifiers);
    }

    /// Applies the recipe's steps this table does not show yet (next month's file).
    pub fn apply_pending(&mut self, ctx: &egui::Context, classifiers: Vec<Arc<Classifier>>) {
        if !self.can_edit_recipe() || self.applied >= self.recipe.len() {
            return;
        }
        let steps = self.recipe.steps[self.applied..].to_vec();
        let job = spawn_apply(
            ctx,
            Arc::clone(&self.table),
            self.table_schema(),
            classifiers,
            steps,
        );
        self.applying = Some((job, self.recipe.len()));
    }

    /// Takes back the last applied step: the table is rebuilt from the file as read.
    pub fn undo(&mut self, ctx: &egui::Context, classifiers: Vec<Arc<Classifier>>) {
        let Some(source) = self.source.clone() else {
            return;
        };
        if !self.can_edit_recipe() || self.applied == 0 || self.applied != self.recipe.len() {
            return;
        }
        self.recipe.steps.pop();
        self.recipe_changed();
        let keep = self.recipe.len();
        let steps = self.recipe.steps.clone();
        let job = spawn_apply(ctx, source, self.table_schema(), classifiers, steps);
        self.applying = Some((job, keep));
    }

    /// Whether steps can be accepted, applied or undone now.
    pub fn can_edit_recipe(&self) -> bool {
        self.applying.is_none()
            && self.validating.is_none()
            && matches!(self.state, LoadState::Loaded | LoadState::Cancelled)
    }

    pub fn apply_progress(&self) -> Option<f32> {
        self.applying
            .as_ref()
            .map(|(j, _)| j.tracker.fraction().unwrap_or(0.0))
    }

    /// Whether the table differs from the file as read.
    pub fn is_cleaned(&self) -> bool {
        self.source.is_some() && self.applied > 0
    }

    /// The schema of the table: the dataset's, else the one last checked against. Steps are
    /// applied with it, and Excel files written with it (numbers as numbers).
    pub fn table_schema(&self) -> Option<TableSchema> {
        self.dataset
            .as_ref()
            .and_then(|d| d.package.schema().cloned())
            .or_else(|| self.checked_schema.clone())
    }

    /// The dataset keeps the recipe; a change to it is an unsaved edit.
    fn recipe_changed(&mut self) {
        if let Some(ds) = &mut self.dataset
            && let Some(resource) = ds.package.resources.first_mut()
            && resource.recipe != self.recipe
        {
            resource.recipe = self.recipe.clone();
            ds.dirty = true;
        }
    }

    /// Profiles the columns again (the table changed).
    pub fn reprofile(&mut self, ctx: &egui::Context) {
        if let Some(job) = &self.profiling {
            job.tracker.cancel();
        }
        self.profiling = Some(spawn_profile(ctx, Arc::clone(&self.table)));
    }

    /// Infers a schema from the whole table, to describe the file as a new dataset or to
    /// refresh the open dataset's schema.
    pub fn infer(&mut self, ctx: &egui::Context, classifiers: Vec<Arc<Classifier>>) {
        if self.inferring.is_none() && self.state != LoadState::Loading {
            self.inferring = Some(spawn_infer(ctx, Arc::clone(&self.table), classifiers));
        }
    }

    pub fn save(&mut self, ctx: &egui::Context, workspace: &Workspace) {
        if let (Some(ds), None) = (&self.dataset, &self.saving) {
            let job = spawn_save(
                ctx,
                workspace.clone(),
                ds.dir.clone(),
                ds.package.clone(),
                self.path.clone(),
            );
            self.saving = Some(job);
        }
    }

    pub fn import_structure(&mut self, ctx: &egui::Context, path: PathBuf) {
        if self.importing.is_none() {
            self.importing = Some(spawn_import_structure(ctx, path));
        }
    }

    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Whether the passport or schema has edits not yet saved.
    pub fn has_unsaved(&self) -> bool {
        self.dataset.as_ref().is_some_and(|d| d.dirty)
    }

    /// The file name for titles and lists.
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    pub fn is_busy(&self) -> bool {
        self.validating.is_some()
            || self.applying.is_some()
            || self.load.is_some()
            || self.profiling.is_some()
            || self.inferring.is_some()
            || self.saving.is_some()
            || self.importing.is_some()
    }

    /// Fraction of the file read, while loading.
    pub fn load_progress(&self) -> Option<f32> {
        self.load
            .as_ref()
            .map(|j| j.tracker.fraction().unwrap_or(0.0))
    }

    pub fn profile_progress(&self) -> Option<f32> {
        self.profiling
            .as_ref()
            .map(|j| j.tracker.fraction().unwrap_or(0.0))
    }

    pub fn cancel_load(&self) {
        if let Some(job) = &self.load {
            job.tracker.cancel();
        }
    }

    /// Takes in whatever the jobs have sent since the last frame.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<DocEvent> {
        let mut event = None;
        while let Some(job) = &self.load {
            match job.poll() {
                Poll::Idle => break,
                Poll::Message(LoadMsg::Event(LoadEvent::Started { info, header })) => {
                    self.table =
                        Arc::new(Table::new(header).with_header_faults(info.header_faults.clone()));
                    self.info = Some(info);
                }
                Poll::Message(LoadMsg::Event(LoadEvent::Rows(chunk))) => {
                    Arc::make_mut(&mut self.table).append(chunk);
                }
                Poll::Message(LoadMsg::Dataset(dir, package)) => match *package {
                    Ok(package) => {
                        self.recipe = package
                            .resources
                            .first()
                            .map(|r| r.recipe.clone())
                            .unwrap_or_default();
                        self.applied = 0;
                        self.dataset = Some(DatasetState::saved(dir, package));
                    }
                    Err(e) => event = Some(DocEvent::DatasetUnreadable(e)),
                },
                Poll::Message(LoadMsg::Done(result)) => {
                    self.load = None;
                    match result {
                        Ok(info) => {
                            self.info = Some(info);
                            self.state = LoadState::Loaded;
                        }
                        Err(IngestError::Cancelled) => self.state = LoadState::Cancelled,
                        Err(e) => {
                            self.state = LoadState::Failed;
                            event = Some(DocEvent::Failed(e));
                        }
                    }
                    if self.state != LoadState::Failed {
                        self.profiling = Some(spawn_profile(ctx, Arc::clone(&self.table)));
                    }
                }
                Poll::Lost => {
                    self.load = None;
                    self.state = LoadState::Failed;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        event = self.poll_dataset_jobs().or(event);
        if let Some(job) = &self.profiling {
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(profile) => {
                    self.profile = profile;
                    self.profiling = None;
                }
                Poll::Lost => {
                    self.profiling = None;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        event
    }
}

impl Document {
    fn poll_dataset_jobs(&mut self) -> Option<DocEvent> {
        let mut event = None;
        if let Some((job, target)) = &self.applying {
            let target = *target;
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(result) => {
                    self.applying = None;
                    // Stopped (Err): the table stays as it was; the steps stay in the recipe.
                    if let Ok(applied) = result {
                        if self.source.is_none() {
                            self.source = Some(Arc::clone(&self.table));
                        }
                        let undo = target < self.applied;
                        let base = if undo { 0 } else { self.applied };
                        self.skipped_steps.retain(|&i| i < base);
                        self.skipped_steps
                            .extend(applied.skipped.iter().map(|i| i + base));
                        self.table = Arc::new(applied.table);
                        self.applied = target;
                        // The table changed: earlier findings and profile no longer fit.
                        self.report = None;
                        self.suggestions = Arc::new(Vec::new());
                        self.cell_errors.clear();
                        self.row_filter = None;
                        self.profile = None;
                        // After an undo the counts are those of the whole rebuild: not shown.
                        self.last_change =
                            (!undo).then_some((applied.changed_cells, applied.removed_rows));
                        event = Some(DocEvent::Applied);
                    }
                }
                Poll::Lost => {
                    self.applying = None;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        if let Some(job) = &self.inferring {
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(schema) => {
                    self.inferring = None;
                    match (&mut self.dataset, &self.info) {
                        (Some(ds), _) => {
                            if let Some(old) = ds.schema_mut() {
                                *old = reinferred(old, schema);
                                ds.dirty = true;
                            }
                        }
                        (None, Some(info)) => {
                            let mut ds = DatasetState::describe(info, schema);
                            if let Some(resource) = ds.package.resources.first_mut() {
                                resource.recipe = self.recipe.clone();
                            }
                            self.dataset = Some(ds);
                        }
                        (None, None) => {}
                    }
                }
                Poll::Lost => {
                    self.inferring = None;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        if let Some(job) = &self.validating {
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(checked) => {
                    self.validating = None;
                    match checked {
                        Ok(Some(checked)) => {
                            self.report = Some(Arc::new(checked.report));
                            self.suggestions = Arc::new(checked.suggestions);
                            self.checked_schema = Some(checked.schema);
                            self.errors_lang = None;
                            self.row_filter = None;
                        }
                        // A cancelled check keeps the previous report.
                        Ok(None) => {}
                        // A file the check needs (a resource a foreign key refers to) cannot
                        // be read: said in the words the command line uses.
                        Err(ValidateError::Ingest(e)) => event = Some(DocEvent::Failed(e)),
                        Err(e) => event = Some(DocEvent::DatasetUnreadable(e.to_string())),
                    }
                }
                Poll::Lost => {
                    self.validating = None;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        if let Some(job) = &self.saving {
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(result) => {
                    self.saving = None;
                    match result {
                        Ok((dir, saved)) => {
                            if let Some(data) = saved.resources.first().map(|r| dir.join(&r.path)) {
                                self.path = data;
                            }
                            // Edits made while the save ran stay, and stay unsaved.
                            if let Some(ds) = &mut self.dataset {
                                if let (Some(mine), Some(theirs)) =
                                    (ds.package.resources.first_mut(), saved.resources.first())
                                {
                                    mine.path = theirs.path.clone();
                                }
                                ds.dirty = ds.package != saved;
                                ds.dir = Some(dir);
                            }
                            event = Some(DocEvent::Saved);
                        }
                        Err(e) => event = Some(DocEvent::SaveFailed(e)),
                    }
                }
                Poll::Lost => {
                    self.saving = None;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        if let Some(job) = &self.importing {
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(result) => {
                    self.importing = None;
                    match (result, &mut self.dataset) {
                        (Ok(imported), Some(ds)) => {
                            apply_import(ds, imported);
                        }
                        (Ok(_), None) => {}
                        (Err(e), _) => event = Some(DocEvent::ImportFailed(e)),
                    }
                }
                Poll::Lost => {
                    self.importing = None;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        event
    }
}

/// A fresh inference that keeps what the user wrote for fields that are still there:
/// titles, descriptions, constraints, classifier binding and parent link; types and
/// formats come from the data again.
fn reinferred(old: &TableSchema, mut fresh: TableSchema) -> TableSchema {
    for field in &mut fresh.fields {
        if let Some(before) = old.field(&field.name) {
            field.titles = before.titles.clone();
            field.descriptions = before.descriptions.clone();
            field.constraints = before.constraints.clone();
            field.classifier = before.classifier.clone();
            field.parent = before.parent.clone();
        }
    }
    if !old.primary_key.is_empty() {
        fresh.primary_key = old.primary_key.clone();
    }
    fresh
}

/// Takes a published structure into the dataset: titles by field name, new fields added,
/// and from a `GetById` answer the passport's identifiers and texts where still empty.
fn apply_import(ds: &mut DatasetState, imported: Imported) {
    if let Some(schema) = ds.schema_mut() {
        merge_titles(schema, &imported.schema);
    }
    if let Some(published) = imported.passport {
        let p = &mut ds.package.passport;
        if p.code.is_empty() {
            p.code = published.code;
        }
        if p.portal_id.is_empty() {
            p.portal_id = published.portal_id;
        }
        for (mine, theirs) in [
            (&mut p.title, published.title),
            (&mut p.organisation, published.organisation),
            (&mut p.description, published.description),
        ] {
            for lang in crate::core::lang::Lang::ALL {
                if mine.get(lang).trim().is_empty() && !theirs.get(lang).is_empty() {
                    mine.set(lang, theirs.get(lang));
                }
            }
        }
        if p.organisation_id.is_none() {
            p.organisation_id = published.organisation_id;
        }
        if p.sphere.is_empty() {
            p.sphere = published.sphere;
        }
    }
    ds.dirty = true;
}

impl Drop for Document {
    fn drop(&mut self) {
        // A replaced document stops its threads instead of reading on in the background.
        self.cancel_load();
        if let Some(job) = &self.profiling {
            job.tracker.cancel();
        }
        self.cancel_validate();
        if let Some((job, _)) = &self.applying {
            job.tracker.cancel();
        }
    }
}
