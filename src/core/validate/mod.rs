//! Validation: checks a table against its schema, the classifiers and the passport, and
//! reports every problem with a Frictionless error code. The same engine serves the GUI (over
//! a loaded table) and the command line (streaming a file chunk by chunk while a second
//! thread reads it). Findings are data; nothing here writes sentences for users.

pub mod package;
pub mod personal;
pub mod report;
mod source;
mod totals;

pub use totals::{
    Totals, hierarchy_column, is_amount_name, is_dated, is_period_name, is_share_name,
    is_total_label,
};

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashSet, FxHasher};

pub use crate::core::schema::field_check::{Cast, Fail, FieldCheck, SchemaProblem};
pub use package::ValidateError;
pub use report::{Code, DEFAULT_LIMIT, Finding, Report};
pub use source::source_findings;

use crate::core::classifier::Classifier;
use crate::core::lang::Lang;
use crate::core::schema::passport::PassportGap;
use crate::core::schema::{Binding, Passport, TableSchema, field_check};
use crate::core::table::{CellFault, Chunk, Row, Table};

/// A field bound to a classifier, resolved.
struct BindingCheck {
    classifier: Arc<Classifier>,
    level: Option<usize>,
    level_id: Option<String>,
    /// Column of the parent field, when it is bound to the same classifier.
    parent: Option<usize>,
}

/// A foreign key to another resource: the referenced keys, hashed.
pub struct ForeignCheck {
    pub columns: Vec<usize>,
    pub resource: String,
    pub allowed: Arc<FxHashSet<u64>>,
}

/// Checks one table against one schema, row by row.
pub struct Validator {
    schema: TableSchema,
    checks: Arc<Vec<FieldCheck>>,
    checker: CellChecker,
    report: Report,
    uniques: Vec<Option<FxHashSet<u64>>>,
    primary: Option<(Vec<usize>, FxHashSet<u64>)>,
    unique_keys: Vec<(Vec<usize>, FxHashSet<u64>)>,
    foreign: Vec<ForeignCheck>,
    bindings: Vec<Option<BindingCheck>>,
    /// Cast values of the current row (reused).
    casts: Vec<Option<Cast>>,
    /// Whether each cell of the current row passed its classifier binding (reused).
    bound: Vec<bool>,
    /// A one-field primary key on a field that is also `unique`: one set serves both, and a
    /// repeat is reported under both codes.
    shared_key: Option<usize>,
    /// Whether the current row's value in `shared_key` repeated.
    shared_repeat: bool,
    /// The schema was inferred from the very file being checked, so its labels are the
    /// file's own: only blank and repeated labels are findings (see [`Validator::own_labels`]).
    own_labels: bool,
    /// Totals checked against the sum of their parts, when the schema has a SOATO column.
    totals: Option<totals::Totals>,
    /// The personal-data guard, over every data row.
    personal: personal::Scanner,
}

/// Whether `code` is SOATO's republic total (`1700`) in a column of its regions: the level
/// just below the republic's.
fn is_republic_total(classifier: &Classifier, code: &str, level: usize) -> bool {
    code.trim() == crate::core::classifier::SOATO_REPUBLIC_TOTAL
        && classifier
            .get(code.trim())
            .is_some_and(|republic| republic.level + 1 == level)
}

/// Hashes the raw texts of several cells into one key.
pub fn key_of<'a>(values: impl Iterator<Item = &'a str>) -> u64 {
    let mut h = FxHasher::default();
    for v in values {
        v.hash(&mut h);
        0xffu8.hash(&mut h);
    }
    h.finish()
}

impl Validator {
    /// `resolve` finds the classifier a binding names (bundled or imported).
    pub fn new(
        schema: &TableSchema,
        resolve: &dyn Fn(&Binding) -> Option<Arc<Classifier>>,
        limit: usize,
    ) -> Self {
        let mut report = Report::new(limit);
        let mut checks = Vec::with_capacity(schema.fields.len());
        for field in &schema.fields {
            let (check, problems) = FieldCheck::compile(field);
            for p in problems {
                report.add(
                    Finding::new(Code::SchemaError)
                        .arg("detail", p.detail)
                        .with_field(&p.field),
                );
            }
            checks.push(check);
        }
        let position = |name: &str| schema.fields.iter().position(|f| f.name == name);
        let uniques = checks
            .iter()
            .map(|c| c.unique.then(FxHashSet::default))
            .collect();
        let columns = |names: &[String]| -> Option<Vec<usize>> {
            names.iter().map(|n| position(n)).collect()
        };
        for key in schema
            .primary_key
            .iter()
            .chain(schema.unique_keys.iter().flatten())
        {
            if position(key).is_none() {
                report.add(
                    Finding::new(Code::SchemaError)
                        .arg("detail", format!("key names unknown field {key}")),
                );
            }
        }
        let primary = (!schema.primary_key.is_empty())
            .then(|| columns(&schema.primary_key))
            .flatten()
            .map(|cols| (cols, FxHashSet::default()));
        let unique_keys = schema
            .unique_keys
            .iter()
            .filter(|k| !k.is_empty())
            .filter_map(|k| columns(k))
            .map(|cols| (cols, FxHashSet::default()))
            .collect();
        let mut bindings: Vec<Option<BindingCheck>> = schema
            .fields
            .iter()
            .map(|f| {
                let binding = f.classifier.as_ref()?;
                let classifier = resolve(binding)?;
                let level = binding
                    .level
                    .as_deref()
                    .and_then(|l| classifier.level_index(l));
                Some(BindingCheck {
                    level,
                    level_id: binding.level.clone(),
                    classifier,
                    parent: None,
                })
            })
            .collect();
        for (i, f) in schema.fields.iter().enumerate() {
            let Some(parent) = f.parent.as_deref().and_then(position) else {
                continue;
            };
            let same = match (&bindings[i], &bindings[parent]) {
                (Some(a), Some(b)) => a.classifier.id() == b.classifier.id(),
                _ => false,
            };
            if let (true, Some(b)) = (same, bindings[i].as_mut()) {
                b.parent = Some(parent);
            }
        }
        let classifiers: Vec<_> = bindings
            .iter()
            .map(|b| b.as_ref().map(|b| Arc::clone(&b.classifier)))
            .collect();
        let totals = totals::Totals::new(schema, &classifiers);
        let shared_key = match &primary {
            Some((cols, _)) if cols.len() == 1 && checks[cols[0]].unique => Some(cols[0]),
            _ => None,
        };
        let checks = Arc::new(checks);
        let personal = personal_scanner(schema);
        let checker = CellChecker {
            checks: Arc::clone(&checks),
            missing: Arc::new(schema.missing_values.clone()),
        };
        Self {
            checker,
            shared_key,
            shared_repeat: false,
            casts: vec![None; checks.len()],
            bound: vec![false; checks.len()],
            schema: schema.clone(),
            checks,
            report,
            uniques,
            primary,
            unique_keys,
            foreign: Vec::new(),
            bindings,
            own_labels: false,
            totals,
            personal,
        }
    }

    /// Checks a file against a schema inferred from that same file. Its labels are then the
    /// file's own: a blank or repeated label is still reported, but never an incorrect,
    /// missing or extra label against field names the inference gave them (as frictionless
    /// does for a schema it inferred).
    pub fn own_labels(mut self) -> Self {
        self.own_labels = true;
        self
    }

    /// Adds a foreign key; one naming a field the schema lacks is a schema error instead.
    pub fn add_foreign(&mut self, check: ForeignCheck) {
        if check.columns.is_empty() {
            let finding = Finding::new(Code::SchemaError).arg(
                "detail",
                format!("foreign key to {} names unknown fields", check.resource),
            );
            self.report.add(finding);
            return;
        }
        self.foreign.push(check);
    }

    /// Findings about the source's layout (labels merged down over data rows) and, once every
    /// row has been checked, a table without rows while the file holds data elsewhere.
    pub fn source(&mut self, info: &crate::core::ingest::SourceInfo, header: &[String]) {
        for finding in source_findings(info, header) {
            self.report.add(finding);
        }
        self.report
            .extend(source::no_data_finding(info, self.report.rows));
    }

    /// Checks the header against the schema's field names.
    pub fn header(&mut self, labels: &[String], row_number: u64) {
        let names: Vec<&str> = self.schema.fields.iter().map(|f| f.name.as_str()).collect();
        let mut seen = FxHashSet::default();
        let mut years = 0;
        for (i, label) in labels.iter().enumerate() {
            let at = |code| Finding::new(code).at(row_number, i).value(label);
            let blank = label.trim().is_empty();
            // A repeated label is reported as that, not again as a wrong name: the field a
            // schema gave it is a renamed copy (`name_2`), as frictionless does.
            let repeated = !blank && !seen.insert(label.as_str());
            if blank {
                self.report.add(at(Code::BlankLabel));
            } else if repeated {
                self.report.add(at(Code::DuplicateLabel));
            }
            if looks_like_period(label) {
                years += 1;
            }
            if self.own_labels {
                continue;
            }
            match names.get(i) {
                None => self.report.add(at(Code::ExtraLabel)),
                Some(name) if *name != label && !blank && !repeated => {
                    let finding = at(Code::IncorrectLabel).with_field(name);
                    let finding = if names.contains(&label.as_str()) {
                        finding.arg("moved", "true")
                    } else if let Some(close) = names.iter().find(|n| same_label(n, label)) {
                        finding.arg("renamed-from", *close)
                    } else {
                        finding
                    };
                    self.report.add(finding);
                }
                _ => {}
            }
        }
        if !self.own_labels {
            for (i, name) in names.iter().enumerate().skip(labels.len()) {
                self.report.add(
                    Finding::new(Code::MissingLabel)
                        .at(row_number, i)
                        .with_field(name),
                );
            }
        }
        if years >= 2 {
            let list: Vec<&str> = labels
                .iter()
                .map(String::as_str)
                .filter(|l| looks_like_period(l))
                .collect();
            self.report.add(
                Finding::new(Code::PeriodInHeader)
                    .at(row_number, 0)
                    .arg("labels", list.join(", ")),
            );
        }
    }

    /// Reports header cells whose bytes were not text, on the header's row.
    pub fn header_faults(&mut self, faults: &[CellFault], row_number: u64, labels: &[String]) {
        for fault in faults {
            let label = labels.get(fault.col).map_or("", String::as_str);
            self.report
                .add(fault_finding(fault, row_number, label, None));
        }
    }

    /// Checks the rows of a chunk; `first_row` is the row number of its first row.
    pub fn chunk(&mut self, chunk: &Chunk, first_row: u64) {
        let checked = self.checker.check(chunk);
        self.checked_chunk(chunk, &checked, first_row);
    }

    /// The per-cell checker, to run on another thread (see [`Validator::checked_chunk`]).
    pub fn cell_checker(&self) -> CellChecker {
        self.checker.clone()
    }

    /// Reports a chunk whose cells a [`CellChecker`] has already checked, and checks what
    /// needs the rows seen before (unique values, keys) and the classifiers.
    pub fn checked_chunk(&mut self, chunk: &Chunk, checked: &CheckedChunk, first_row: u64) {
        let width = self.checks.len();
        for (r, (row, row_faults)) in chunk.rows_with_faults().enumerate() {
            let cells = checked.cells.get(r * width..(r + 1) * width).unwrap_or(&[]);
            let kind = checked.kinds.get(r).copied().unwrap_or(RowKind::Data);
            self.row(row, first_row + r as u64, kind, cells, row_faults);
        }
    }

    /// Checks every row of a loaded table.
    pub fn table(&mut self, table: &Table, first_row: u64) {
        let mut row_number = first_row;
        for chunk in table.chunks() {
            self.chunk(chunk, row_number);
            row_number += chunk.rows() as u64;
        }
    }

    fn row(
        &mut self,
        row: Row<'_>,
        n: u64,
        kind: RowKind,
        cells: &[CellResult],
        faults: &[CellFault],
    ) {
        self.report.rows += 1;
        let width = self.checks.len();
        // Bytes that are not text: one finding per cell, and no other check of that cell.
        for fault in faults {
            let field = self.checks.get(fault.col).map(|c| c.name.as_str());
            let text = row.get(fault.col).unwrap_or("");
            let f = if self.report.is_full(Code::EncodingError) {
                Finding::new(Code::EncodingError)
            } else {
                fault_finding(fault, n, text, field)
            };
            self.report.add(f);
        }
        // A blank, spacer or footnote row gets one finding and no more.
        match kind {
            RowKind::Blank => return self.report.add(Finding::new(Code::BlankRow).at(n, 0)),
            RowKind::Spacer => return self.report.add(Finding::new(Code::SpacerRow).at(n, 0)),
            RowKind::Footnote => {
                let text = row.get(0).unwrap_or("");
                let f = Finding::new(Code::FootnoteRow).at(n, 0).value(text);
                return self.report.add(f);
            }
            RowKind::Data => {}
        }
        self.personal.row(&row);
        for c in width..row.len() {
            if !self.report.is_full(Code::ExtraCell) {
                let f = Finding::new(Code::ExtraCell)
                    .at(n, c)
                    .value(row.get(c).unwrap_or(""));
                self.report.add(f);
            } else {
                self.report.add(Finding::new(Code::ExtraCell));
            }
        }
        for i in 0..width {
            self.casts[i] = None;
            let text = row.get(i).unwrap_or("");
            if faults.iter().any(|f| f.col == i) {
                continue;
            }
            match cells.get(i).copied().flatten() {
                None => {
                    let field = self.checks[i].name.clone();
                    self.report
                        .add(Finding::new(Code::MissingCell).at(n, i).with_field(&field));
                }
                Some(Ok(cast)) => self.casts[i] = Some(cast),
                Some(Err(Fail::Type)) => {
                    let type_label = self.checks[i].type_label(&self.schema.fields[i]);
                    let f =
                        self.finding(Code::TypeError, n, i, text, || vec![("type", type_label)]);
                    self.report.add(f);
                }
                Some(Err(Fail::Constraint(name))) => {
                    let f = self.finding(Code::ConstraintError, n, i, text, || {
                        vec![("constraint", name.to_owned())]
                    });
                    self.report.add(f);
                }
            }
        }
        self.keys(&row, n);
        if let Some(totals) = &mut self.totals {
            let casts = &self.casts;
            totals.row(
                n,
                |i| row.get(i).unwrap_or(""),
                |i| casts.get(i).copied().flatten(),
            );
        }
    }

    /// Unique fields, the primary key, unique keys, foreign keys and classifier bindings.
    fn keys(&mut self, row: &Row<'_>, n: u64) {
        for i in 0..self.checks.len() {
            self.bound[i] = false;
            let Some(cast) = self.casts[i].filter(|c| *c != Cast::Null) else {
                continue;
            };
            let text = row.get(i).unwrap_or("");
            if let Some(set) = self.uniques[i].as_mut()
                && !set.insert(field_check::unique_key(cast, text))
            {
                if self.shared_key == Some(i) {
                    self.shared_repeat = true;
                }
                let f = self.finding(Code::UniqueError, n, i, text, Vec::new);
                self.report.add(f);
            }
            if let Some(b) = &self.bindings[i] {
                let known = match b.level {
                    // The republic's total (`1700`) heads a column of regions as their total
                    // row; it is no code from another level.
                    Some(level) => {
                        b.classifier.contains_at_level_index(text, level)
                            || is_republic_total(&b.classifier, text, level)
                    }
                    None => b.classifier.contains(text),
                };
                self.bound[i] = known;
                if !known {
                    let (id, level) = (b.classifier.id().to_owned(), b.level_id.clone());
                    let f = self.finding(Code::ForeignKey, n, i, text, || {
                        let mut args = vec![("classifier", id)];
                        args.extend(level.map(|l| ("level", l)));
                        args
                    });
                    self.report.add(f);
                }
            }
        }
        // A code must lie inside its parent column's code, when both are valid codes.
        for i in 0..self.checks.len() {
            let Some(b) = &self.bindings[i] else { continue };
            let Some(p) = b.parent else { continue };
            if !(self.bound[i] && self.bound[p]) {
                continue;
            }
            let (text, parent) = (row.get(i).unwrap_or(""), row.get(p).unwrap_or(""));
            if !b.classifier.is_within(text, parent) {
                let parent_name = self.schema.fields[p].name.clone();
                let parent_value = parent.to_owned();
                let f = self.finding(Code::HierarchyError, n, i, text, || {
                    vec![
                        ("parent-field", parent_name),
                        ("parent-value", parent_value),
                    ]
                });
                self.report.add(f);
            }
        }
        let usable = |cols: &[usize], casts: &[Option<Cast>]| {
            cols.iter()
                .all(|&c| matches!(casts[c], Some(x) if x != Cast::Null))
        };
        if let Some(col) = self.shared_key {
            if std::mem::take(&mut self.shared_repeat) {
                let text = row.get(col).unwrap_or("").to_owned();
                let f = self.finding(Code::PrimaryKey, n, col, &text, Vec::new);
                self.report.add(f);
            }
        } else if let Some((cols, set)) = &mut self.primary
            && usable(cols, &self.casts)
        {
            let key = match cols.as_slice() {
                // One typed field: "1" and "01" are the same integer key.
                [c] => self.casts[*c].map_or(0, |cast| {
                    field_check::unique_key(cast, row.get(*c).unwrap_or(""))
                }),
                _ => key_of(cols.iter().map(|&c| row.get(c).unwrap_or(""))),
            };
            if !set.insert(key) {
                let first = cols[0];
                let text = row.get(first).unwrap_or("").to_owned();
                let f = self.finding(Code::PrimaryKey, n, first, &text, Vec::new);
                self.report.add(f);
            }
        }
        for k in 0..self.unique_keys.len() {
            let (cols, set) = &mut self.unique_keys[k];
            if usable(cols, &self.casts)
                && !set.insert(key_of(cols.iter().map(|&c| row.get(c).unwrap_or(""))))
            {
                let first = cols[0];
                let text = row.get(first).unwrap_or("").to_owned();
                let f = self.finding(Code::UniqueError, n, first, &text, Vec::new);
                self.report.add(f);
            }
        }
        for k in 0..self.foreign.len() {
            let fk = &self.foreign[k];
            if !usable(&fk.columns, &self.casts) {
                continue;
            }
            let key = key_of(fk.columns.iter().map(|&c| row.get(c).unwrap_or("")));
            if !fk.allowed.contains(&key) {
                let first = fk.columns[0];
                let resource = fk.resource.clone();
                let text = row.get(first).unwrap_or("").to_owned();
                let f = self.finding(Code::ForeignKey, n, first, &text, || {
                    vec![("resource", resource)]
                });
                self.report.add(f);
            }
        }
    }

    /// A finding at a cell, built only when it will be kept.
    fn finding(
        &self,
        code: Code,
        row: u64,
        col: usize,
        text: &str,
        args: impl FnOnce() -> Vec<(&'static str, String)>,
    ) -> Finding {
        if self.report.is_full(code) {
            return Finding::new(code);
        }
        let mut f = Finding::new(code)
            .at(row, col)
            .value(text)
            .with_field(&self.checks[col].name);
        for (k, v) in args() {
            f = f.arg(k, v);
        }
        f
    }

    /// Passport gaps, as warnings.
    pub fn passport(&mut self, passport: &Passport) {
        for gap in passport.gaps() {
            let finding = match gap {
                PassportGap::Missing { field, langs } => {
                    Finding::new(Code::PassportLanguage).with_field(field).arg(
                        "languages",
                        langs
                            .iter()
                            .map(|l: &Lang| l.code())
                            .collect::<Vec<_>>()
                            .join(","),
                    )
                }
                PassportGap::Empty { field } => {
                    Finding::new(Code::PassportMissing).with_field(field)
                }
            };
            self.report.add(finding);
        }
    }

    pub fn finish(mut self) -> Report {
        if let Some(totals) = self.totals.take() {
            for f in totals.finish() {
                self.report.add(f);
            }
        }
        let found = std::mem::take(&mut self.personal).finish();
        personal_findings(&mut self.report, &found);
        self.report
    }
}

/// The personal-data guard for a schema's fields, knowing each one's name and titles.
fn personal_scanner(schema: &TableSchema) -> personal::Scanner {
    let names = schema.fields.iter().map(|f| f.name.clone()).collect();
    let labels: Vec<Vec<String>> = schema
        .fields
        .iter()
        .map(|f| {
            let mut ls = vec![f.name.clone(), f.title.clone()];
            ls.extend(Lang::ALL.iter().map(|&l| f.titles.get(l).to_owned()));
            ls.retain(|l| !l.is_empty());
            ls
        })
        .collect();
    personal::Scanner::new(names, &labels)
}

/// One `personal-data` finding per column found, and every other finding's value in such a
/// column masked: no check prints a full personal value.
pub fn personal_findings(report: &mut Report, found: &[personal::PersonalColumn]) {
    if found.is_empty() {
        return;
    }
    let label_codes = [
        Code::BlankLabel,
        Code::DuplicateLabel,
        Code::MissingLabel,
        Code::ExtraLabel,
        Code::IncorrectLabel,
    ];
    for f in &mut report.findings {
        let personal = f
            .column
            .is_some_and(|c| found.iter().any(|p| p.column + 1 == c));
        if personal && !label_codes.contains(&f.code) {
            if let Some(v) = f.value.as_mut() {
                *v = personal::mask(v);
            }
            f.suggestions.clear();
        }
    }
    for p in found {
        let mut f = Finding::new(Code::PersonalData)
            .with_field(&p.field)
            .arg("kind", p.kind.as_str())
            .arg("count", p.count.to_string())
            .arg("values", p.values.to_string())
            .arg("examples", p.examples.join(", "));
        f.column = Some(p.column + 1);
        report.add(f);
    }
}

/// What kind of row a row is, before its cells are looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Data,
    Blank,
    Spacer,
    Footnote,
}

/// One cell's outcome: its cast value (`Null` for a missing value), a failure, or `None`
/// when the row is too short to have the cell.
pub type CellResult = Option<Result<Cast, Fail>>;

/// The cell checks of one chunk, row by row.
#[derive(Debug, Default)]
pub struct CheckedChunk {
    kinds: Vec<RowKind>,
    /// `rows × fields` results, row-major.
    cells: Vec<CellResult>,
}

/// The per-cell half of validation (structure of each row, types, constraints). It needs no
/// other row, so it runs where the rows are read, in parallel with the rest.
#[derive(Debug, Clone)]
pub struct CellChecker {
    checks: Arc<Vec<FieldCheck>>,
    missing: Arc<Vec<String>>,
}

impl CellChecker {
    pub fn check(&self, chunk: &Chunk) -> CheckedChunk {
        let width = self.checks.len();
        let mut out = CheckedChunk {
            kinds: Vec::with_capacity(chunk.rows()),
            cells: Vec::with_capacity(chunk.rows() * width),
        };
        for r in 0..chunk.rows() {
            let row = chunk.row(r);
            let kind = self.kind(&row);
            out.kinds.push(kind);
            if kind != RowKind::Data {
                out.cells.extend(std::iter::repeat_n(None, width));
                continue;
            }
            for (i, check) in self.checks.iter().enumerate() {
                out.cells.push(row.get(i).map(|text| {
                    if check.is_missing(text, &self.missing) {
                        if check.required {
                            Err(Fail::Constraint("required"))
                        } else {
                            Ok(Cast::Null)
                        }
                    } else {
                        check.check(text)
                    }
                }));
            }
        }
        out
    }

    /// A checker for `schema`'s fields on their own (no keys, no classifiers).
    pub fn new(schema: &TableSchema) -> Self {
        let checks = schema
            .fields
            .iter()
            .map(|f| FieldCheck::compile(f).0)
            .collect();
        Self {
            checks: Arc::new(checks),
            missing: Arc::new(schema.missing_values.clone()),
        }
    }

    /// Whether `text` is a missing value for column `col`.
    pub fn is_missing(&self, col: usize, text: &str) -> bool {
        match self.checks.get(col) {
            Some(check) => check.is_missing(text, &self.missing),
            None => text.is_empty() || self.missing.iter().any(|m| m == text),
        }
    }

    fn kind(&self, row: &Row<'_>) -> RowKind {
        self.row_kind(row.len(), |c| row.get(c).unwrap_or(""))
    }

    /// What kind of row `len` cells make, `cell(c)` giving each one's text.
    pub fn row_kind<'a>(&self, len: usize, cell: impl Fn(usize) -> &'a str) -> RowKind {
        let mut all_null = true;
        let mut all_space = true;
        for c in 0..len {
            let text = cell(c);
            let null = self.is_missing(c, text);
            all_null &= null;
            all_space &= text.trim().is_empty();
            if !all_null && !all_space {
                break;
            }
        }
        if all_null {
            RowKind::Blank
        } else if all_space {
            RowKind::Spacer
        } else if self.checks.len() >= 3 && is_footnote(len, &cell) {
            RowKind::Footnote
        } else {
            RowKind::Data
        }
    }
}

impl Finding {
    /// At `row` (as numbered in the source) and 0-based column `col`.
    pub fn at(mut self, row: u64, col: usize) -> Self {
        self.row = Some(row);
        self.column = Some(col + 1);
        self
    }

    pub fn value(mut self, text: &str) -> Self {
        self.value = Some(text.to_owned());
        self
    }

    pub fn with_field(mut self, name: &str) -> Self {
        self.field = Some(name.to_owned());
        self
    }
}

/// The finding for a cell whose bytes were not text.
fn fault_finding(fault: &CellFault, row: u64, text: &str, field: Option<&str>) -> Finding {
    let f = Finding::new(Code::EncodingError)
        .at(row, fault.col)
        .value(text)
        .arg("bytes", fault.hex())
        .arg("encoding", fault.encoding);
    match field {
        Some(name) => f.with_field(name),
        None => f,
    }
}

/// `2016yil`, `2024 год`, `2025y.`, `20192020y`, `I chorak 2024`, `март 2024`: a period used as
/// a column name (every label [`read_label`](crate::core::period::labels::read_label) reads,
/// and a year followed by a measure, `2011yil qabul qilindi`).
fn looks_like_period(label: &str) -> bool {
    if crate::core::period::labels::read_label(label).is_some() {
        return true;
    }
    let t = label.trim().to_lowercase();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits != 4 {
        return false;
    }
    let rest = t[4..].trim_start_matches([' ', '-', '_']);
    rest.is_empty()
        || ["yil", "y.", "y", "й", "год", "г", "chorak", "квартал"]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// Two labels that differ only in case, spaces, underscores or apostrophes.
fn same_label(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    norm(a) == norm(b)
}

/// A note loaded as data: text in the first cell only, long or marked as a note.
fn is_footnote<'a>(len: usize, cell: &impl Fn(usize) -> &'a str) -> bool {
    if len == 0 {
        return false;
    }
    let first = cell(0).trim();
    let rest_empty = (1..len).all(|c| cell(c).trim().is_empty());
    if first.is_empty() || !rest_empty {
        return false;
    }
    let lower = first.to_lowercase();
    let marked = [
        "izoh",
        "изоҳ",
        "примечание",
        "манба",
        "manba",
        "источник",
        "*",
        "note",
    ]
    .iter()
    .any(|m| lower.starts_with(m));
    marked || first.chars().count() >= 40
}

#[cfg(test)]
mod tests;
