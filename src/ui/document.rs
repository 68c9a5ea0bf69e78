//! An opened file as the UI holds it: the table (growing while the loader runs), what was
//! detected about the source, the column profile, and the view's position.

use std::path::PathBuf;
use std::sync::Arc;

use super::charts::Charts;
pub use super::cleaning::Cleaning;
use super::dataset::{DatasetState, DocTab};
use super::jobs::{
    Checked, Imported, LoadMsg, Lost, Slot, spawn_apply, spawn_import_structure, spawn_infer,
    spawn_load, spawn_profile, spawn_save, spawn_validate,
};
use super::table::TableTools;
use crate::core::classifier::{Classifier, Registry};
use crate::core::ingest::{IngestError, LoadEvent, OpenOptions, SourceInfo};
use crate::core::lang::Lang;
use crate::core::profile::ColumnProfile;
use crate::core::recipe::suggest::Suggestion;
use crate::core::recipe::{Applied, Cancelled, Step};
use crate::core::schema::portal::merge_titles;
use crate::core::schema::{Package, TableSchema};
use crate::core::table::Table;
use crate::core::validate::{Report, ValidateError};
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
    pub profile: Option<Vec<ColumnProfile>>,
    pub view: ViewState,
    pub tab: DocTab,
    /// The dataset this file belongs to or is being described as.
    pub dataset: Option<DatasetState>,
    /// What the last validation found.
    pub checks: Checks,
    /// The recipe of this file and how much of it the table shows.
    pub cleaning: Cleaning,
    /// The column cards' charts and the Chart tab's.
    pub charts: Charts,
    /// Find, sort, filters and editing by hand in the table.
    pub tools: TableTools,
    jobs: DocJobs,
}

/// The document's background work: one slot per kind of job.
#[derive(Default)]
struct DocJobs {
    load: Slot<LoadMsg>,
    profiling: Slot<Option<Vec<ColumnProfile>>>,
    inferring: Slot<TableSchema>,
    saving: Slot<Result<(PathBuf, Package), String>>,
    importing: Slot<Result<Imported, String>>,
    validating: Slot<Result<Option<Checked>, ValidateError>>,
    applying: Slot<Result<Applied, Cancelled>>,
}

impl DocJobs {
    fn is_busy(&self) -> bool {
        [
            self.load.is_running(),
            self.profiling.is_running(),
            self.inferring.is_running(),
            self.saving.is_running(),
            self.importing.is_running(),
            self.validating.is_running(),
            self.applying.is_running(),
        ]
        .contains(&true)
    }
}

/// The last validation of the file and how the table shows it.
#[derive(Default)]
pub struct Checks {
    pub report: Option<Arc<Report>>,
    /// The fixes the last validation suggested.
    pub suggestions: Arc<Vec<Suggestion>>,
    /// The schema the last validation used (inferred when the file is no dataset yet).
    schema: Option<TableSchema>,
    /// Messages of the cells with findings, by (table row, column), in `errors_lang`.
    pub cell_errors: HashMap<(usize, usize), String>,
    pub errors_lang: Option<Lang>,
}

/// What the document's jobs ended with that the app acts on (notices, a check after the
/// cleaned table, the lists after a save). Never drawn: the apply layer takes these in.
pub enum DocOutcome {
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
        let mut jobs = DocJobs::default();
        jobs.load
            .start(spawn_load(ctx, path.clone(), options.clone()));
        Self {
            path,
            options,
            info: None,
            table: Arc::new(Table::default()),
            state: LoadState::Loading,
            profile: None,
            view: ViewState::default(),
            tab: DocTab::default(),
            dataset: None,
            checks: Checks::default(),
            cleaning: Cleaning::default(),
            charts: Charts::default(),
            tools: TableTools::default(),
            jobs,
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
        if self.jobs.validating.is_running()
            || self.jobs.applying.is_running()
            || self.state == LoadState::Loading
        {
            return;
        }
        // A saved dataset's folder holds the resources its foreign keys refer to.
        let dataset = self.dataset.as_ref().map(|d| {
            let dir = d
                .dir
                .clone()
                .unwrap_or_else(|| self.path.parent().map(PathBuf::from).unwrap_or_default());
            let mut package = d.package.clone();
            if let Some(schema) = package.schema_mut() {
                *schema = self.cleaning.pending_schema(schema, self.table.header());
            }
            (dir, package)
        });
        // Labels merged down are reported until the recipe fills their column down; after a
        // reshape, the file's merged cells no longer have their places in the table.
        let reshaped = self.cleaning.recipe.steps[..self.cleaning.applied]
            .iter()
            .any(Step::reshapes);
        let source = self.info.clone().map(|mut info| {
            if reshaped {
                info.merged.clear();
            }
            let header = self.table.header();
            let cleaning = &self.cleaning;
            let filled = |col: usize| {
                cleaning.recipe.steps[..cleaning.applied].iter().any(
                    |s| matches!(s, Step::FillDown { field } if Some(field) == header.get(col)),
                )
            };
            info.merged.retain(|m| !filled(m.columns.0));
            info
        });
        self.jobs.validating.start(spawn_validate(
            ctx,
            Arc::clone(&self.table),
            dataset,
            registry.without_problems(),
            source,
        ));
    }

    pub fn is_validating(&self) -> bool {
        self.jobs.validating.is_running()
    }

    /// Fraction of the rows checked, while a check runs.
    pub fn validate_progress(&self) -> Option<f32> {
        fraction(&self.jobs.validating)
    }

    pub fn cancel_validate(&self) {
        self.jobs.validating.cancel();
    }

    /// The table row a finding points at.
    pub fn finding_row(&self, row_number: u64) -> Option<usize> {
        row_number
            .checked_sub(self.first_row_number())
            .map(|r| r as usize)
            .filter(|&r| r < self.table.rows())
    }

    /// Selects the cell of the last report's finding `index` and shows it in the table.
    pub fn go_to_finding(&mut self, index: usize) {
        let target = self
            .checks
            .report
            .as_ref()
            .and_then(|r| r.findings.get(index))
            .cloned();
        if let Some(f) = target {
            if let Some(r) = f.row.and_then(|n| self.finding_row(n)) {
                self.view.selected_row = Some(r);
                match self.tools.position(r) {
                    Some(pos) => self.view.first_row = pos.saturating_sub(3),
                    // Filtered out: every row is shown again, the view keeps it in sight.
                    None => {
                        self.tools.chips.clear();
                        self.tools.stale = true;
                    }
                }
            }
            self.view.selected_col = f.column.map(|c| c.saturating_sub(1));
            self.tab = DocTab::Table;
        }
    }

    /// Selects the next (or previous) cell with a finding after the selected one, and
    /// scrolls the table to it.
    pub fn go_to_error(&mut self, forward: bool) {
        // Cells by where the view shows them (sorted or filtered, or in file order).
        let tools = &self.tools;
        let mut cells: Vec<(usize, usize)> = self
            .checks
            .cell_errors
            .keys()
            .filter_map(|&(r, c)| tools.position(r).map(|p| (p, c)))
            .collect();
        cells.sort_unstable();
        let here = (
            self.view
                .selected_row
                .and_then(|r| tools.position(r))
                .unwrap_or(0),
            self.view.selected_col.unwrap_or(0),
        );
        let target = if forward {
            cells.iter().find(|c| **c > here).or(cells.first())
        } else {
            cells.iter().rev().find(|c| **c < here).or(cells.last())
        };
        if let Some(&(shown, col)) = target {
            self.view.selected_row = self.tools.table_row(shown);
            self.view.selected_col = Some(col);
            self.view.first_row = shown.saturating_sub(3);
        }
    }

    /// Records an accepted fix and applies it (with any saved steps not applied yet).
    pub fn accept(&mut self, ctx: &egui::Context, step: Step, classifiers: Vec<Arc<Classifier>>) {
        if !self.can_edit_recipe() {
            return;
        }
        self.cleaning
            .reshape_schema(self.dataset.as_mut(), self.table.header(), &step);
        self.cleaning.recipe.steps.push(step);
        self.recipe_changed();
        self.apply_pending(ctx, classifiers);
    }

    /// Records changes made by hand (typed cells, deleted rows) and applies them.
    pub fn accept_by_hand(
        &mut self,
        ctx: &egui::Context,
        steps: Vec<Step>,
        classifiers: Vec<Arc<Classifier>>,
    ) {
        if steps.is_empty() || !self.can_edit_recipe() {
            return;
        }
        self.cleaning.recipe.steps.extend(steps);
        self.recipe_changed();
        self.apply_pending(ctx, classifiers);
    }

    /// Applies the recipe's steps this table does not show yet (next month's file).
    pub fn apply_pending(&mut self, ctx: &egui::Context, classifiers: Vec<Arc<Classifier>>) {
        let cleaning = &self.cleaning;
        if !self.can_edit_recipe() || cleaning.applied >= cleaning.recipe.len() {
            return;
        }
        let steps = cleaning.recipe.steps[cleaning.applied..].to_vec();
        let job = spawn_apply(
            ctx,
            Arc::clone(&self.table),
            self.table_schema(),
            classifiers,
            steps,
        );
        self.cleaning.target = self.cleaning.recipe.len();
        self.jobs.applying.start(job);
    }

    /// Takes back the last applied step: the table is rebuilt from the file as read.
    pub fn undo(&mut self, ctx: &egui::Context, classifiers: Vec<Arc<Classifier>>) {
        let Some(source) = self.cleaning.source.clone() else {
            return;
        };
        let cleaning = &self.cleaning;
        if !self.can_edit_recipe()
            || cleaning.applied == 0
            || cleaning.applied != cleaning.recipe.len()
        {
            return;
        }
        let index = self.cleaning.recipe.len() - 1;
        if let Some(step) = self.cleaning.recipe.steps.pop()
            && step.changes_schema()
        {
            self.cleaning
                .restore_schema(index, self.dataset.as_mut(), &source, &step);
        }
        self.recipe_changed();
        let steps = self.cleaning.recipe.steps.clone();
        let job = spawn_apply(ctx, source, self.table_schema(), classifiers, steps);
        self.cleaning.target = self.cleaning.recipe.len();
        self.jobs.applying.start(job);
    }

    /// Whether steps can be accepted, applied or undone now.
    pub fn can_edit_recipe(&self) -> bool {
        !self.jobs.applying.is_running()
            && !self.jobs.validating.is_running()
            && matches!(self.state, LoadState::Loaded | LoadState::Cancelled)
    }

    pub fn apply_progress(&self) -> Option<f32> {
        fraction(&self.jobs.applying)
    }

    /// Whether the table differs from the file as read.
    pub fn is_cleaned(&self) -> bool {
        self.cleaning.source.is_some() && self.cleaning.applied > 0
    }

    /// The schema of the table: the dataset's, else the one last checked against. Steps are
    /// applied with it, and Excel files written with it (numbers as numbers).
    pub fn table_schema(&self) -> Option<TableSchema> {
        self.dataset
            .as_ref()
            .and_then(|d| d.package.schema().cloned())
            .or_else(|| self.checks.schema.clone())
    }

    /// The dataset keeps the recipe; a change to it is an unsaved edit.
    fn recipe_changed(&mut self) {
        if let Some(ds) = &mut self.dataset
            && let Some(resource) = ds.package.resources.first_mut()
            && resource.recipe != self.cleaning.recipe
        {
            resource.recipe = self.cleaning.recipe.clone();
            ds.dirty = true;
        }
    }

    /// Profiles the columns again (the table changed).
    pub fn reprofile(&mut self, ctx: &egui::Context) {
        self.jobs
            .profiling
            .start(spawn_profile(ctx, Arc::clone(&self.table)));
    }

    /// Infers a schema from the whole table, to describe the file as a new dataset or to
    /// refresh the open dataset's schema.
    pub fn infer(&mut self, ctx: &egui::Context, classifiers: Vec<Arc<Classifier>>) {
        if !self.jobs.inferring.is_running() && self.state != LoadState::Loading {
            let job = spawn_infer(ctx, Arc::clone(&self.table), classifiers);
            self.jobs.inferring.start(job);
        }
    }

    pub fn save(&mut self, ctx: &egui::Context, workspace: &Workspace) {
        if let Some(ds) = &self.dataset
            && !self.jobs.saving.is_running()
        {
            let job = spawn_save(
                ctx,
                workspace.clone(),
                ds.dir.clone(),
                ds.package.clone(),
                self.path.clone(),
            );
            self.jobs.saving.start(job);
        }
    }

    pub fn import_structure(&mut self, ctx: &egui::Context, path: PathBuf) {
        if !self.jobs.importing.is_running() {
            self.jobs.importing.start(spawn_import_structure(ctx, path));
        }
    }

    pub fn is_saving(&self) -> bool {
        self.jobs.saving.is_running()
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
        self.jobs.is_busy() || self.charts.is_busy() || self.tools.is_busy()
    }

    /// Fraction of the file read, while loading.
    pub fn load_progress(&self) -> Option<f32> {
        fraction(&self.jobs.load)
    }

    pub fn profile_progress(&self) -> Option<f32> {
        fraction(&self.jobs.profiling)
    }

    pub fn cancel_load(&self) {
        self.jobs.load.cancel();
    }

    /// Takes in whatever the jobs have sent since the last frame; gives what the app must
    /// act on.
    pub fn poll(&mut self, ctx: &egui::Context) -> Vec<DocOutcome> {
        let mut outcomes = Vec::new();
        self.poll_load(ctx, &mut outcomes);
        match self.jobs.applying.finished() {
            // Stopped (Err): the table stays as it was; the steps stay in the recipe.
            Some(Ok(Ok(applied))) => {
                self.take_applied(applied);
                outcomes.push(DocOutcome::Applied);
            }
            Some(Ok(Err(Cancelled))) | None => {}
            Some(Err(Lost)) => outcomes.push(DocOutcome::Lost),
        }
        match self.jobs.inferring.finished() {
            Some(Ok(schema)) => self.take_inferred(schema),
            Some(Err(Lost)) => outcomes.push(DocOutcome::Lost),
            None => {}
        }
        match self.jobs.validating.finished() {
            Some(Ok(Ok(Some(checked)))) => {
                let checks = &mut self.checks;
                checks.report = Some(Arc::new(checked.report));
                checks.suggestions = Arc::new(checked.suggestions);
                checks.schema = Some(checked.schema);
                checks.errors_lang = None;
                // Filters on findings follow the new report.
                if self.tools.chips.iter().any(|c| {
                    matches!(
                        c,
                        super::table::Chip::FindingsIn { .. } | super::table::Chip::FindingsOf(_)
                    )
                }) {
                    self.refresh_view(ctx);
                }
            }
            // A cancelled check keeps the previous report.
            Some(Ok(Ok(None))) | None => {}
            // A file the check needs (a resource a foreign key refers to) cannot be read: said
            // in the words the command line uses.
            Some(Ok(Err(ValidateError::Ingest(e)))) => outcomes.push(DocOutcome::Failed(e)),
            Some(Ok(Err(e))) => outcomes.push(DocOutcome::DatasetUnreadable(e.to_string())),
            Some(Err(Lost)) => outcomes.push(DocOutcome::Lost),
        }
        match self.jobs.saving.finished() {
            Some(Ok(Ok((dir, saved)))) => {
                self.take_saved(dir, saved);
                outcomes.push(DocOutcome::Saved);
            }
            Some(Ok(Err(e))) => outcomes.push(DocOutcome::SaveFailed(e)),
            Some(Err(Lost)) => outcomes.push(DocOutcome::Lost),
            None => {}
        }
        match self.jobs.importing.finished() {
            Some(Ok(Ok(imported))) => {
                if let Some(ds) = &mut self.dataset {
                    apply_import(ds, imported);
                }
            }
            Some(Ok(Err(e))) => outcomes.push(DocOutcome::ImportFailed(e)),
            Some(Err(Lost)) => outcomes.push(DocOutcome::Lost),
            None => {}
        }
        match self.jobs.profiling.finished() {
            Some(Ok(profile)) => {
                if let Some(p) = &profile {
                    let kinds = p.iter().map(|c| c.kind).collect();
                    self.charts.make_cards(ctx, &self.table, kinds);
                }
                self.profile = profile;
            }
            Some(Err(Lost)) => outcomes.push(DocOutcome::Lost),
            None => {}
        }
        if self.charts.poll().is_err() {
            outcomes.push(DocOutcome::Lost);
        }
        self.poll_tools(ctx);
        outcomes
    }

    fn poll_load(&mut self, ctx: &egui::Context, outcomes: &mut Vec<DocOutcome>) {
        while let Some(msg) = self.jobs.load.next() {
            match msg {
                Ok(LoadMsg::Event(LoadEvent::Started { info, header })) => {
                    self.table =
                        Arc::new(Table::new(header).with_header_faults(info.header_faults.clone()));
                    self.info = Some(info);
                }
                Ok(LoadMsg::Event(LoadEvent::Rows(chunk))) => {
                    Arc::make_mut(&mut self.table).append(chunk);
                }
                Ok(LoadMsg::Dataset(dir, package)) => match *package {
                    Ok(package) => {
                        self.cleaning.recipe = package
                            .resources
                            .first()
                            .map(|r| r.recipe.clone())
                            .unwrap_or_default();
                        self.cleaning.applied = 0;
                        self.dataset = Some(DatasetState::saved(dir, package));
                    }
                    Err(e) => outcomes.push(DocOutcome::DatasetUnreadable(e)),
                },
                Ok(LoadMsg::Done(result)) => {
                    self.jobs.load.clear();
                    match result {
                        Ok(info) => {
                            self.info = Some(info);
                            self.state = LoadState::Loaded;
                        }
                        Err(IngestError::Cancelled) => self.state = LoadState::Cancelled,
                        Err(e) => {
                            self.state = LoadState::Failed;
                            outcomes.push(DocOutcome::Failed(e));
                        }
                    }
                    if self.state != LoadState::Failed {
                        self.reprofile(ctx);
                        // A sort or filter chosen while loading covers every row now.
                        self.tools.stale = true;
                    }
                }
                Err(Lost) => {
                    self.state = LoadState::Failed;
                    outcomes.push(DocOutcome::Lost);
                }
            }
        }
    }

    /// Takes the table a recipe apply (or undo) built.
    fn take_applied(&mut self, applied: Applied) {
        let cleaning = &mut self.cleaning;
        if cleaning.source.is_none() {
            cleaning.source = Some(Arc::clone(&self.table));
        }
        let target = cleaning.target;
        let undo = target < cleaning.applied;
        let base = if undo { 0 } else { cleaning.applied };
        cleaning.skipped_steps.retain(|&i| i < base);
        cleaning
            .skipped_steps
            .extend(applied.skipped.iter().map(|i| i + base));
        cleaning.applied = target;
        cleaning.refused = applied.refused.map(|(i, r)| (i + base, r));
        cleaning.reshaped_rows = applied
            .unpivot
            .as_ref()
            .filter(|_| !undo)
            .map(|u| (u.rows_before, u.rows_after));
        cleaning.added_periods = applied.unpivot.map(|u| u.added).unwrap_or_default();
        // After an undo the counts are those of the whole rebuild: not shown.
        cleaning.last_change = (!undo).then_some((applied.changed_cells, applied.removed_rows));
        self.table = Arc::new(applied.table);
        // The table changed: earlier findings and profile no longer fit.
        let checks = &mut self.checks;
        checks.report = None;
        checks.suggestions = Arc::new(Vec::new());
        checks.cell_errors.clear();
        self.profile = None;
        // The sort and filters are made again for the new table.
        self.tools.stale = true;
    }

    /// Takes an inferred schema: a fresh one for the open dataset (keeping what the user
    /// wrote), or a new dataset for a file not described yet.
    fn take_inferred(&mut self, schema: TableSchema) {
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
                    resource.recipe = self.cleaning.recipe.clone();
                }
                self.dataset = Some(ds);
            }
            (None, None) => {}
        }
    }

    /// Takes a finished save: the file now lives in the dataset folder.
    fn take_saved(&mut self, dir: PathBuf, saved: Package) {
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
    }
}

/// How far a slot's job has got, while one runs.
fn fraction<M: Send + 'static>(slot: &Slot<M>) -> Option<f32> {
    slot.tracker().map(|t| t.fraction().unwrap_or(0.0))
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
        self.jobs.load.cancel();
        self.jobs.profiling.cancel();
        self.jobs.validating.cancel();
        self.jobs.applying.cancel();
        self.charts.cancel();
        self.tools.cancel();
    }
}
