//! The checks the window and the command line both run, assembled once: a data file, a data
//! package or a table already in memory validated against its schema (the dataset's, or one
//! inferred from the file), with the classifier edition each binding pins, the foreign keys
//! to the package's other resources and the passport, and the fixes the findings suggest.
//! [`validate`](crate::core::validate) knows how to check and [`recipe`](crate::core::recipe)
//! how to fix; this module decides what is checked with what, so neither of them needs the
//! other and no front end assembles a check of its own.

use std::path::Path;
use std::sync::Arc;

use crate::core::classifier::{Classifier, Registry};
use crate::core::ingest::{self, IngestError, OpenOptions, SourceInfo};
use crate::core::progress::Progress;
use crate::core::recipe::suggest::{
    Fixers, Suggestion, fill_down_suggestions, name_personal_fixes, name_reshape,
    personal_suggestions, suggest,
};
use crate::core::recipe::{self, Step};
use crate::core::schema::infer::{bind_classifiers, infer_schema};
use crate::core::schema::package::PACKAGE_FILE;
use crate::core::schema::{Binding, Package, Resource, TableSchema};
use crate::core::table::Table;
use crate::core::validate::package::{
    add_foreign_keys, check_rows, check_table, open_options, stream, with_overrides,
};
use crate::core::validate::{DEFAULT_LIMIT, Report, ValidateError, Validator};

/// What was read of one file: how (format, encoding, delimiter, sheet, header rows) and the
/// column labels as the table has them.
#[derive(Debug, Clone)]
pub struct ReadSource {
    /// The package resource the file is, when it is one.
    pub resource: Option<String>,
    pub info: SourceInfo,
    pub labels: Vec<String>,
}

/// A check's report with what was read to make it.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub report: Report,
    pub sources: Vec<ReadSource>,
}

/// Validates every resource of the package at `package_path`, and its passport.
pub fn validate_package(
    package_path: &Path,
    registry: &Registry,
    limit: usize,
    progress: &dyn Progress,
) -> Result<Report, ValidateError> {
    check_package(
        package_path,
        &OpenOptions::default(),
        registry,
        limit,
        progress,
    )
    .map(|checked| checked.report)
}

/// Validates every resource of the package at `package_path`, read as its dialect, encoding
/// and sheet say unless `overrides` says otherwise, and its passport; with what was read.
pub fn check_package(
    package_path: &Path,
    overrides: &OpenOptions,
    registry: &Registry,
    limit: usize,
    progress: &dyn Progress,
) -> Result<Checked, ValidateError> {
    let package = Package::read(package_path)?;
    let dir = package_path.parent().unwrap_or(Path::new("."));
    let resources: Vec<&Resource> = package
        .resources
        .iter()
        .filter(|r| !r.path.is_empty())
        .collect();
    if resources.is_empty() {
        return Err(ValidateError::NoResources);
    }
    let mut total: Option<Report> = None;
    let mut sources = Vec::new();
    for resource in resources {
        let mut validator = Validator::new(&resource.schema, &|b| resolve(registry, b), limit);
        add_foreign_keys(&mut validator, &package, resource, dir, progress)?;
        let options = with_overrides(open_options(resource), overrides);
        let (info, labels) = check_resource(
            &dir.join(&resource.path),
            &options,
            resource,
            &mut validator,
            progress,
        )?;
        let mut report = validator.finish();
        Fixers::new(&resource.schema, &|b| resolve(registry, b)).fill(&mut report);
        name_reshape(&mut report, &labels);
        name_personal_fixes(&mut report, None);
        sources.push(ReadSource {
            resource: Some(resource.name.clone()),
            info,
            labels,
        });
        match &mut total {
            None => total = Some(report),
            Some(t) => t.merge(report),
        }
    }
    let mut report = total.unwrap_or_default();
    if package.extra.contains_key("ochiq:passport") || !package.passport.title.is_empty() {
        let mut passport = Validator::new(&TableSchema::default(), &|_| None, limit);
        passport.passport(&package.passport);
        let mut warnings = passport.finish();
        warnings.rows = 0;
        report.merge(warnings);
    }
    Ok(Checked { report, sources })
}

/// Checks a resource's file: streamed as it is read, or, when the resource's recipe reshapes
/// the table (its schema then describes the reshaped table), read whole, the recipe replayed
/// and the reshaped table checked, its rows numbered from the file's first data row. A
/// reshape that would lose data is an error. Gives what was read and the labels checked.
fn check_resource(
    path: &Path,
    options: &OpenOptions,
    resource: &Resource,
    validator: &mut Validator,
    progress: &dyn Progress,
) -> Result<(SourceInfo, Vec<String>), ValidateError> {
    let steps = &resource.recipe.steps;
    if !steps.iter().any(Step::changes_schema) {
        return Ok(stream(path, options, validator, progress)?);
    }
    let (mut info, table) = ingest::read_table(path, options, progress)?;
    let applied = recipe::apply(&table, &resource.schema, steps, progress)
        .map_err(|_| IngestError::Cancelled)?;
    if let Some((_, refusal)) = applied.refused {
        let first_row = info.header.header_row as u64 + if info.header.has_header { 2 } else { 1 };
        return Err(ValidateError::ReshapeRefused { refusal, first_row });
    }
    // The file's merged cells have no place in the reshaped table.
    info.merged.clear();
    check_table(validator, &info, &applied.table);
    validator.source(&info, applied.table.header());
    Ok((info, applied.table.header().to_vec()))
}

/// The classifier edition a binding checks against: the one it pins, else the newest.
fn resolve(registry: &Registry, binding: &Binding) -> Option<Arc<Classifier>> {
    registry
        .resolve(&binding.classifier, binding.version.as_deref())
        .cloned()
}

/// Validates one data file against the schema of a package, or an inferred one. A file inside
/// a dataset folder uses that dataset's package unless another is given.
pub fn validate_file(
    path: &Path,
    schema: Option<&Path>,
    registry: &Registry,
    limit: usize,
    progress: &dyn Progress,
) -> Result<Report, ValidateError> {
    check_file(
        path,
        schema,
        &OpenOptions::default(),
        registry,
        limit,
        progress,
    )
    .map(|checked| checked.report)
}

/// Validates one data file, read as `overrides` says where it says anything (else as the
/// package describes it, else as detected), against the schema of a package, or against one
/// inferred from the file itself; with what was read. A file inside a dataset folder uses
/// that dataset's package unless another is given.
pub fn check_file(
    path: &Path,
    schema: Option<&Path>,
    overrides: &OpenOptions,
    registry: &Registry,
    limit: usize,
    progress: &dyn Progress,
) -> Result<Checked, ValidateError> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let described = |package: Package, explicit: bool| {
        // The resource for this file; a schema given explicitly may describe it under
        // another name, so then the first resource serves.
        let resource = package
            .resources
            .iter()
            .find(|r| Some(&r.path) == name.as_ref())
            .or_else(|| package.resources.first().filter(|_| explicit))
            .cloned()?;
        Some((resource, package.passport))
    };
    let from_package = match schema {
        Some(p) => described(Package::read(p)?, true),
        None => match path
            .parent()
            .map(|d| d.join(PACKAGE_FILE))
            .filter(|p| p.is_file())
        {
            Some(sibling) => described(Package::read(&sibling)?, false),
            None => None,
        },
    };
    let Some((resource, passport)) = from_package else {
        return check_raw_file(path, overrides, registry, limit, progress);
    };
    let schema = &resource.schema;
    let options = with_overrides(open_options(&resource), overrides);
    let mut validator = Validator::new(schema, &|b| resolve(registry, b), limit);
    let (info, labels) = check_resource(path, &options, &resource, &mut validator, progress)?;
    validator.passport(&passport);
    let mut report = validator.finish();
    Fixers::new(schema, &|b| resolve(registry, b)).fill(&mut report);
    name_reshape(&mut report, &labels);
    name_personal_fixes(&mut report, None);
    Ok(Checked {
        report,
        sources: vec![ReadSource {
            resource: Some(resource.name.clone()),
            info,
            labels,
        }],
    })
}

/// A file with no schema yet: read once, checked against the schema inferred from it.
fn check_raw_file(
    path: &Path,
    options: &OpenOptions,
    registry: &Registry,
    limit: usize,
    progress: &dyn Progress,
) -> Result<Checked, ValidateError> {
    let (info, table) = ingest::read_table(path, options, progress)?;
    let mut schema = infer_schema(&table);
    let bundled: Vec<_> = registry.latest_all().cloned().collect();
    bind_classifiers(&mut schema, &table, &bundled);
    // The labels are the file's own: only blank and repeated ones are reported.
    let mut validator = Validator::new(&schema, &|b| resolve(registry, b), limit).own_labels();
    check_table(&mut validator, &info, &table);
    validator.source(&info, table.header());
    let mut report = validator.finish();
    Fixers::new(&schema, &|b| resolve(registry, b)).fill(&mut report);
    name_reshape(&mut report, table.header());
    name_personal_fixes(&mut report, Some((&table, &schema)));
    let labels = table.header().to_vec();
    Ok(Checked {
        report,
        sources: vec![ReadSource {
            resource: None,
            info,
            labels,
        }],
    })
}

/// A table already in memory (the window's open file, perhaps cleaned by its recipe).
#[derive(Debug, Clone, Copy)]
pub struct Loaded<'a> {
    pub table: &'a Table,
    /// How the file was read, when it was: its header row, and the merged cells and encoding
    /// faults that are reported. Without it the header is row 1 and the data starts at row 2.
    pub source: Option<&'a SourceInfo>,
}

impl Loaded<'_> {
    /// The file's row number of the table's first row.
    pub fn first_row(&self) -> u64 {
        self.source.map_or(2, |i| {
            i.header.header_row as u64 + if i.header.has_header { 2 } else { 1 }
        })
    }
}

/// The dataset a table is the data of: its package, whose first resource describes the table,
/// and the folder holding the files its foreign keys refer to.
#[derive(Debug, Clone, Copy)]
pub struct Dataset<'a> {
    pub package: &'a Package,
    pub dir: &'a Path,
}

/// What a check of a table in memory found: the report, the fixes it suggests, and the schema
/// it checked against (the dataset's, or the one inferred for a file not described yet).
#[derive(Debug, Clone, Default)]
pub struct TableCheck {
    pub report: Report,
    pub suggestions: Vec<Suggestion>,
    pub schema: TableSchema,
}

/// Checks a table in memory as [`check_file`] checks a file: against the dataset's schema (or
/// one inferred from the table, whose labels are then its own), with the classifier editions
/// its bindings pin, the foreign keys to the package's other resources and the passport; then
/// looks for fixes. A resource a foreign key refers to that cannot be read is an error, as it
/// is for the command line. `Ok(None)` when cancelled. The check is the first half of the
/// progress, the search for fixes the second.
pub fn check_loaded(
    loaded: Loaded<'_>,
    dataset: Option<Dataset<'_>>,
    registry: &Registry,
    progress: &dyn Progress,
) -> Result<Option<TableCheck>, ValidateError> {
    let table = loaded.table;
    let resource = dataset.and_then(|d| d.package.resources.first());
    // A file that is not a dataset yet is checked against itself: its labels are its own.
    let schema = match resource {
        Some(r) => r.schema.clone(),
        None => {
            let mut inferred = infer_schema(table);
            let latest: Vec<_> = registry.latest_all().cloned().collect();
            bind_classifiers(&mut inferred, table, &latest);
            inferred
        }
    };
    let resolve = |b: &Binding| resolve(registry, b);
    let mut validator = Validator::new(&schema, &resolve, DEFAULT_LIMIT);
    if resource.is_none() {
        validator = validator.own_labels();
    }
    if let (Some(dataset), Some(resource)) = (dataset, resource) {
        match add_foreign_keys(
            &mut validator,
            dataset.package,
            resource,
            dataset.dir,
            progress,
        ) {
            Err(ValidateError::Ingest(IngestError::Cancelled)) => return Ok(None),
            other => other?,
        }
    }
    // The header as the file has it (and as the command line checks it); a table that was
    // not read from a file has one when it has labels.
    let first_row = loaded.first_row();
    let has_header = loaded
        .source
        .map_or(!table.header().is_empty(), |i| i.header.has_header);
    if has_header {
        let labels = table.header();
        validator.header(labels, first_row - 1);
        validator.header_faults(table.header_faults(), first_row - 1, labels);
    }
    let total = table.rows() as u64;
    if !check_rows(
        &mut validator,
        table,
        first_row,
        &Halved { inner: progress },
    ) {
        return Ok(None);
    }
    if let Some(info) = loaded.source {
        validator.source(info, table.header());
    }
    if let Some(dataset) = dataset {
        validator.passport(&dataset.package.passport);
    }
    let mut report = validator.finish();
    Fixers::new(&schema, &resolve).fill(&mut report);
    name_reshape(&mut report, table.header());
    name_personal_fixes(&mut report, Some((table, &schema)));
    let second_half = Phase {
        inner: progress,
        offset: total,
    };
    let Ok(mut suggestions) = suggest(table, &schema, &resolve, &second_half) else {
        return Ok(None);
    };
    suggestions.extend(fill_down_suggestions(&report));
    // No value of a column of personal data is listed as a change; its own fixes come first.
    let personal = personal_suggestions(table, &schema, &report);
    if !personal.is_empty() {
        let fields: Vec<Option<String>> = personal.iter().map(|s| s.field.clone()).collect();
        for s in &mut suggestions {
            if s.field.is_some() && fields.contains(&s.field) {
                s.changes.clear();
            }
        }
        suggestions.splice(0..0, personal);
    }
    Ok(Some(TableCheck {
        report,
        suggestions,
        schema,
    }))
}

/// Progress of the first of two equal phases: its work fills half the bar.
struct Halved<'a> {
    inner: &'a dyn Progress,
}

impl Progress for Halved<'_> {
    fn set(&self, done: u64, total: u64) {
        self.inner.set(done, 2 * total);
    }
    fn cancelled(&self) -> bool {
        self.inner.cancelled()
    }
}

/// Progress of the second phase of a job whose first phase counted `offset` units.
struct Phase<'a> {
    inner: &'a dyn Progress,
    offset: u64,
}

impl Progress for Phase<'_> {
    fn set(&self, done: u64, total: u64) {
        self.inner.set(self.offset + done, self.offset + total);
    }
    fn cancelled(&self) -> bool {
        self.inner.cancelled()
    }
}

#[cfg(test)]
mod tests;
