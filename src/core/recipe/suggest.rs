//! Fixes to offer after a check: for each column, what would make its failing values valid
//! (trimmed, a number or date in the schema's form, a classifier code for a name, the other
//! script), and which rows are not data. Each suggestion carries the step "fix all" records and
//! the change of every distinct value, so the steward can also accept them one by one.

use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::TargetScript;
use super::reshape;
use super::values;
use super::{Cancelled, RowClass, Step};
use crate::core::classifier::{Classifier, MatchOptions};
use crate::core::progress::Progress;
use crate::core::schema::{Binding, Field, FieldType, TableSchema};
use crate::core::table::Table;
use crate::core::translit::{Script, detect_script};
use crate::core::validate::{CellChecker, FieldCheck, Finding, Report};

/// What a fix does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FixKind {
    RemoveRows,
    Trim,
    Numbers,
    Dates,
    Codes,
    Transliterate,
    /// Labels merged down over rows written into each row.
    FillDown,
    /// Periods across the columns turned into a period column and a value column.
    Unpivot,
    /// Total rows labelled by a word (`Jami`, `Итого`) moved out of the data.
    Totals,
    /// The same rows kept, and marked in a yes/no column.
    MarkTotals,
    /// A column of personal data taken out.
    DropPersonal,
    /// A column of personal data masked.
    MaskPersonal,
    /// The table counted by its other columns, the personal ones left out.
    AggregatePersonal,
}

/// A classifier entry offered for a name.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeCandidate {
    pub code: String,
    /// The entry's name in the language that matched.
    pub name: String,
    pub score: f32,
}

/// One new value for one failing value.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub kind: FixKind,
    pub to: String,
    /// For a code: the entry it names and how well it matched.
    pub candidate: Option<CodeCandidate>,
}

/// A distinct value and what it would become.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub from: String,
    /// The proposed value; empty when the steward must choose among `candidates`.
    pub to: String,
    /// Rows holding the value.
    pub rows: u64,
    /// Ranked classifier codes, for a name.
    pub candidates: Vec<CodeCandidate>,
}

/// A fix for one column (or for rows), ready to accept for all or value by value.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub kind: FixKind,
    pub field: Option<String>,
    /// The step "fix all" records; `None` when no value has a confident proposal.
    pub step: Option<Step>,
    /// Changes by distinct value, most frequent first, at most [`CHANGES_SHOWN`].
    pub changes: Vec<Change>,
    /// Distinct values the fix touches in all.
    pub distinct: usize,
    /// Cells the fix changes (rows, for row removal).
    pub cells: u64,
    /// Rows of each kind, for row removal.
    pub rows: Vec<(RowClass, u64)>,
    /// For a transliteration: the script the column is mostly written in.
    pub script: Option<TargetScript>,
    /// For an unpivot: what it would make of the table (its first rows), or why it is
    /// refused.
    pub reshape: Option<Result<super::reshape::Unpivoted, super::reshape::Refusal>>,
    /// For a fix of personal data: its kind, and the first rows of the table after an
    /// aggregate.
    pub personal: Option<PersonalFix>,
}

/// What a fix of personal data shows before it is accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonalFix {
    /// The kind of data in the column (none for an aggregate).
    pub kind: Option<crate::core::validate::personal::PersonalKind>,
    /// Masked examples of the column's values.
    pub examples: Vec<String>,
    /// The first rows of the table after an aggregate, and its rows in all.
    pub preview: Option<(Table, usize)>,
}

impl Suggestion {
    /// The step that accepts one change with the value `to`.
    pub fn step_for(&self, change: &Change, to: &str) -> Option<Step> {
        if matches!(
            self.kind,
            FixKind::FillDown
                | FixKind::Unpivot
                | FixKind::Totals
                | FixKind::MarkTotals
                | FixKind::DropPersonal
                | FixKind::MaskPersonal
                | FixKind::AggregatePersonal
        ) {
            return None;
        }
        let field = self.field.clone()?;
        Some(Step::Replace {
            field,
            values: BTreeMap::from([(change.from.clone(), to.to_owned())]),
        })
    }
}

/// Changes listed per suggestion.
pub const CHANGES_SHOWN: usize = 200;
/// Distinct values remembered per column and kind; past it, values are only counted.
const DISTINCT_KEPT: usize = 50_000;
/// Failing names looked up in a classifier, most frequent first.
const NAMES_MATCHED: usize = 2_000;
/// A name maps to a code without asking when its best candidate scores this much and beats
/// the next one.
const CONFIDENT: f32 = 0.9;
/// A column is offered transliteration when this share of its lettered values is in one script.
const MAJORITY: f64 = 0.8;

/// The fix-making view of one schema field.
pub struct FieldFixer {
    field: Field,
    check: FieldCheck,
    binding: Option<(Arc<Classifier>, Option<usize>, Option<String>)>,
}

impl FieldFixer {
    pub fn new(field: &Field, resolve: &dyn Fn(&Binding) -> Option<Arc<Classifier>>) -> Self {
        let binding = field.classifier.as_ref().and_then(|b| {
            let c = resolve(b)?;
            let level = b.level.as_deref().and_then(|l| c.level_index(l));
            Some((c, level, b.level.clone()))
        });
        Self {
            field: field.clone(),
            check: FieldCheck::compile(field).0,
            binding,
        }
    }

    /// Whether a present (not missing) value passes the type, constraints and classifier.
    pub fn passes(&self, text: &str) -> bool {
        self.check.check(text).is_ok()
            && self
                .binding
                .as_ref()
                .is_none_or(|(c, level, _)| match level {
                    Some(l) => c.contains_at_level_index(text, *l),
                    None => c.contains(text),
                })
    }

    /// What a failing value could become, best first. `parent` is the row's value in the
    /// parent column (a region code), to look for a district's name inside it.
    pub fn proposals(&self, text: &str, parent: Option<&str>) -> Vec<Proposal> {
        let mut out = Vec::new();
        let trimmed = values::trim(text);
        if trimmed != text && !trimmed.is_empty() && self.passes(&trimmed) {
            out.push(Proposal {
                kind: FixKind::Trim,
                to: trimmed.clone().into_owned(),
                candidate: None,
            });
            return out;
        }
        match self.field.field_type {
            FieldType::Number | FieldType::Integer => {
                let decimal = self
                    .field
                    .decimal_char
                    .as_deref()
                    .and_then(|d| d.chars().next())
                    .unwrap_or('.');
                let integer = self.field.field_type == FieldType::Integer;
                if let Some(n) =
                    values::number(text, decimal, integer).filter(|n| n != text && self.passes(n))
                {
                    out.push(Proposal {
                        kind: FixKind::Numbers,
                        to: n,
                        candidate: None,
                    });
                }
            }
            FieldType::Date => {
                if let Some(d) = values::date(text, self.field.format.as_deref())
                    .filter(|d| d != text && self.passes(d))
                {
                    out.push(Proposal {
                        kind: FixKind::Dates,
                        to: d,
                        candidate: None,
                    });
                }
            }
            _ => {}
        }
        // Only a text with letters can be a name to look up.
        let named = trimmed.chars().any(char::is_alphabetic);
        if let Some((classifier, _, level)) = self.binding.as_ref().filter(|_| named) {
            let within = parent.filter(|p| classifier.contains(p));
            let options = MatchOptions {
                level: level.as_deref(),
                within,
                ..MatchOptions::default()
            };
            let mut found = classifier.match_name(&trimmed, &options);
            if found.is_empty() && within.is_some() {
                found = classifier.match_name(
                    &trimmed,
                    &MatchOptions {
                        within: None,
                        ..options
                    },
                );
            }
            for c in found {
                out.push(Proposal {
                    kind: FixKind::Codes,
                    to: c.code().to_owned(),
                    candidate: Some(CodeCandidate {
                        code: c.code().to_owned(),
                        name: c.entry.name.get(c.lang).to_owned(),
                        score: c.score,
                    }),
                });
            }
        }
        out
    }
}

/// Fixers for every field of a schema, to attach proposals to single findings.
pub struct Fixers {
    fields: Vec<FieldFixer>,
}

impl Fixers {
    pub fn new(
        schema: &TableSchema,
        resolve: &dyn Fn(&Binding) -> Option<Arc<Classifier>>,
    ) -> Self {
        Self {
            fields: schema
                .fields
                .iter()
                .map(|f| FieldFixer::new(f, resolve))
                .collect(),
        }
    }

    /// New values that would fix a finding's cell, best first.
    pub fn for_finding(&self, finding: &Finding) -> Vec<String> {
        let (Some(name), Some(value)) = (&finding.field, &finding.value) else {
            return Vec::new();
        };
        let Some(fixer) = self.fields.iter().find(|f| &f.field.name == name) else {
            return Vec::new();
        };
        if fixer.passes(value) {
            return Vec::new();
        }
        fixer
            .proposals(value, finding.args.get("parent-value").map(String::as_str))
            .into_iter()
            .map(|p| p.to)
            .collect()
    }
}

impl Fixers {
    /// Gives every kept finding of a cell its proposals (one lookup per distinct value).
    pub fn fill(&self, report: &mut Report) {
        let mut seen: FxHashMap<(String, String), Vec<String>> = FxHashMap::default();
        for finding in &mut report.findings {
            let (Some(field), Some(value)) = (&finding.field, &finding.value) else {
                continue;
            };
            // A masked value of personal data gets no proposal built from it.
            if value.contains(crate::core::validate::personal::MASK) {
                continue;
            }
            let key = (field.clone(), value.clone());
            if let Some(known) = seen.get(&key) {
                finding.suggestions = known.clone();
                continue;
            }
            let found = self.for_finding(finding);
            finding.suggestions = found.clone();
            seen.insert(key, found);
        }
    }
}

/// Distinct values with their counts, up to a limit; past it only counted.
#[derive(Default)]
struct Tally {
    values: FxHashMap<String, (u64, Option<String>)>,
    total: u64,
}

impl Tally {
    fn add(&mut self, text: &str, parent: Option<&str>) {
        self.total += 1;
        if let Some((n, _)) = self.values.get_mut(text) {
            *n += 1;
        } else if self.values.len() < DISTINCT_KEPT {
            self.values
                .insert(text.to_owned(), (1, parent.map(str::to_owned)));
        }
    }

    /// Values, most frequent first (ties by value, so the order is stable).
    fn ranked(self) -> Vec<(String, u64, Option<String>)> {
        let mut v: Vec<_> = self
            .values
            .into_iter()
            .map(|(k, (n, p))| (k, n, p))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }
}

#[derive(Default)]
struct ColumnScan {
    padded: Tally,
    failing: Tally,
    latin: Tally,
    cyrillic: Tally,
}

/// Looks through the whole table and offers every fix it can.
pub fn suggest(
    table: &Table,
    schema: &TableSchema,
    resolve: &dyn Fn(&Binding) -> Option<Arc<Classifier>>,
    progress: &dyn Progress,
) -> Result<Vec<Suggestion>, Cancelled> {
    let checker = CellChecker::new(schema);
    let fixers = Fixers::new(schema, resolve).fields;
    // The table column of each field: by name, else by position.
    let columns: Vec<usize> = schema
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            table
                .header()
                .iter()
                .position(|h| h == &f.name)
                .unwrap_or(i)
        })
        .collect();
    let parents: Vec<Option<usize>> = schema
        .fields
        .iter()
        .map(|f| {
            let p = f.parent.as_deref()?;
            let i = schema.fields.iter().position(|g| g.name == p)?;
            Some(columns[i])
        })
        .collect();
    let plain_text: Vec<bool> = fixers
        .iter()
        .map(|f| f.field.field_type == FieldType::String && f.binding.is_none())
        .collect();
    let mut scans: Vec<ColumnScan> = fixers.iter().map(|_| ColumnScan::default()).collect();
    let mut row_counts: BTreeMap<RowClass, u64> = BTreeMap::new();
    let mut totals = 0u64;
    let total = table.rows() as u64;
    let mut done = 0u64;
    for chunk in table.chunks() {
        if progress.cancelled() {
            return Err(Cancelled);
        }
        for r in 0..chunk.rows() {
            let row = chunk.row(r);
            let kind = checker.row_kind(row.len(), |c| row.get(c).unwrap_or(""));
            if let Some(class) = super::row_class(kind) {
                *row_counts.entry(class).or_default() += 1;
                continue;
            }
            if reshape::is_total_row(row.len(), |c| row.get(c).unwrap_or("")) {
                totals += 1;
            }
            for (i, fixer) in fixers.iter().enumerate() {
                let Some(text) = row.get(columns[i]) else {
                    continue;
                };
                let scan = &mut scans[i];
                if values::needs_trim(text) {
                    scan.padded.add(text, None);
                }
                if checker.is_missing(i, text) {
                    continue;
                }
                if !fixer.passes(text) {
                    let parent = parents[i].and_then(|p| row.get(p));
                    scan.failing.add(text, parent);
                } else if plain_text[i] {
                    match detect_script(text) {
                        Script::Latin => scan.latin.add(text, None),
                        Script::Cyrillic => scan.cyrillic.add(text, None),
                        _ => {}
                    }
                }
            }
        }
        done += chunk.rows() as u64;
        progress.set(done, total);
    }
    let mut out = Vec::new();
    if !row_counts.is_empty() {
        out.push(Suggestion {
            kind: FixKind::RemoveRows,
            field: None,
            step: Some(Step::RemoveRows {
                rows: row_counts.keys().copied().collect(),
            }),
            changes: Vec::new(),
            distinct: 0,
            cells: row_counts.values().sum(),
            rows: row_counts.into_iter().collect(),
            script: None,
            reshape: None,
            personal: None,
        });
    }
    if totals > 0 {
        // Total rows are offered two ways: moved out, or kept and marked.
        let remove = Step::RemoveRows {
            rows: vec![RowClass::Total],
        };
        let mark = super::mark::step_for(table.header());
        for (kind, step) in [(FixKind::Totals, remove), (FixKind::MarkTotals, mark)] {
            out.push(Suggestion {
                kind,
                field: None,
                step: Some(step),
                changes: Vec::new(),
                distinct: 0,
                cells: totals,
                rows: vec![(RowClass::Total, totals)],
                script: None,
                reshape: None,
                personal: None,
            });
        }
    }
    out.extend(unpivot_suggestion(table, schema));
    for (fixer, scan) in fixers.iter().zip(scans) {
        if progress.cancelled() {
            return Err(Cancelled);
        }
        column_suggestions(fixer, scan, &mut out);
    }
    Ok(out)
}

/// A fill-down fix for each column with labels merged down over data rows (the report's
/// merged-cells findings): each block's value goes into the empty cells below it.
pub fn fill_down_suggestions(report: &Report) -> Vec<Suggestion> {
    let mut by_field: BTreeMap<&str, (Vec<Change>, u64)> = BTreeMap::new();
    for f in &report.findings {
        if f.code != crate::core::validate::Code::MergedCells {
            continue;
        }
        let (Some(field), Some(value)) = (f.field.as_deref(), f.value.as_deref()) else {
            continue;
        };
        let row = |key| f.args.get(key).and_then(|v| v.parse::<u64>().ok());
        let below = match (row("first"), row("last")) {
            (Some(first), Some(last)) => last.saturating_sub(first),
            _ => 0,
        };
        let (changes, cells) = by_field.entry(field).or_default();
        *cells += below;
        if changes.len() < CHANGES_SHOWN {
            changes.push(Change {
                from: String::new(),
                to: value.to_owned(),
                rows: below,
                candidates: Vec::new(),
            });
        }
    }
    by_field
        .into_iter()
        .map(|(field, (changes, cells))| Suggestion {
            kind: FixKind::FillDown,
            field: Some(field.to_owned()),
            step: Some(Step::FillDown {
                field: field.to_owned(),
            }),
            distinct: changes.len(),
            changes,
            cells,
            rows: Vec::new(),
            script: None,
            reshape: None,
            personal: None,
        })
        .collect()
}

/// Rows of the reshaped table shown before an unpivot is accepted.
pub const PREVIEW_ROWS: usize = 8;

/// The unpivot step for a table with two or more periods of one kind as column labels.
pub fn unpivot_step(header: &[String]) -> Option<Step> {
    let plan = reshape::plan(header, &[]).filter(|p| p.periods.len() >= 2)?;
    Some(Step::Unpivot {
        period: reshape::free_name(header, "period"),
        value: reshape::free_name(header, "value"),
        columns: plan
            .periods
            .iter()
            .map(|&(c, _)| header[c].clone())
            .collect(),
    })
}

/// The unpivot fix, with a preview: the periods it writes (each label and its period as a
/// change), the rows before and after, the first rows of the result, or the refusal when
/// two values would land on the same key and period.
pub fn unpivot_suggestion(table: &Table, schema: &TableSchema) -> Option<Suggestion> {
    let header = table.header();
    let step = unpivot_step(header)?;
    let Step::Unpivot {
        period,
        value,
        columns,
    } = &step
    else {
        return None;
    };
    let plan = reshape::plan(header, columns)?;
    let changes: Vec<Change> = plan
        .periods
        .iter()
        .map(|&(c, p)| Change {
            from: header[c].clone(),
            to: p.label(),
            rows: table
                .iter_rows()
                .filter(|r| !r.get(c).unwrap_or("").trim().is_empty())
                .count() as u64,
            candidates: Vec::new(),
        })
        .collect();
    // Only the first rows are built, for the preview.
    let result = reshape::unpivot(
        table,
        &plan,
        (period, value),
        &schema.missing_values,
        PREVIEW_ROWS,
    );
    let cells = result.as_ref().map_or(0, |u| u.rows_after);
    Some(Suggestion {
        kind: FixKind::Unpivot,
        field: None,
        step: result.is_ok().then_some(step.clone()),
        distinct: changes.len(),
        changes,
        cells,
        rows: Vec::new(),
        script: None,
        reshape: Some(result),
        personal: None,
    })
}

/// Gives each `period-in-header` finding the reshape that fixes it, as the recipe step's
/// JSON (`{"op":"unpivot",…}`), for `validate --json`.
pub fn name_reshape(report: &mut Report, header: &[String]) {
    let Some(step) = unpivot_step(header) else {
        return;
    };
    let Ok(json) = serde_json::to_string(&step) else {
        return;
    };
    for f in &mut report.findings {
        if f.code == crate::core::validate::Code::PeriodInHeader {
            f.suggestions = vec![json.clone()];
        }
    }
}

fn column_suggestions(fixer: &FieldFixer, scan: ColumnScan, out: &mut Vec<Suggestion>) {
    let field = fixer.field.name.clone();
    let base = |kind, step, distinct, cells| Suggestion {
        kind,
        field: Some(field.clone()),
        step,
        changes: Vec::new(),
        distinct,
        cells,
        rows: Vec::new(),
        script: None,
        reshape: None,
        personal: None,
    };
    if scan.padded.total > 0 {
        let distinct = scan.padded.values.len();
        let cells = scan.padded.total;
        let mut s = base(
            FixKind::Trim,
            Some(Step::Trim {
                field: field.clone(),
            }),
            distinct,
            cells,
        );
        s.changes = scan
            .padded
            .ranked()
            .into_iter()
            .take(CHANGES_SHOWN)
            .map(|(from, rows, _)| Change {
                to: values::trim(&from).into_owned(),
                from,
                rows,
                candidates: Vec::new(),
            })
            .collect();
        out.push(s);
    }
    // Failing values that trimming alone does not fix, by the kind of proposal they get.
    let mut by_kind: BTreeMap<FixKind, (Vec<Change>, u64)> = BTreeMap::new();
    let mut confident: BTreeMap<String, String> = BTreeMap::new();
    for (n, (from, rows, parent)) in scan.failing.ranked().into_iter().enumerate() {
        if fixer.binding.is_some() && n >= NAMES_MATCHED {
            break;
        }
        let proposals = fixer.proposals(&from, parent.as_deref());
        let Some(first) = proposals.first() else {
            continue;
        };
        if first.kind == FixKind::Trim {
            continue;
        }
        let kind = first.kind;
        let change = if kind == FixKind::Codes {
            let candidates: Vec<CodeCandidate> = proposals
                .iter()
                .filter_map(|p| p.candidate.clone())
                .collect();
            let sure = match candidates.as_slice() {
                [only] => only.score >= CONFIDENT,
                [a, b, ..] => a.score >= CONFIDENT && a.score > b.score,
                [] => false,
            };
            let to = if sure {
                candidates[0].code.clone()
            } else {
                String::new()
            };
            if sure {
                confident.insert(from.clone(), to.clone());
            }
            Change {
                from,
                to,
                rows,
                candidates,
            }
        } else {
            Change {
                to: first.to.clone(),
                from,
                rows,
                candidates: Vec::new(),
            }
        };
        let entry = by_kind.entry(kind).or_default();
        entry.1 += rows;
        entry.0.push(change);
    }
    for (kind, (mut changes, cells)) in by_kind {
        let step = match kind {
            FixKind::Numbers => Some(Step::Numbers {
                field: field.clone(),
            }),
            FixKind::Dates => Some(Step::Dates {
                field: field.clone(),
            }),
            FixKind::Codes => (!confident.is_empty()).then(|| Step::Replace {
                field: field.clone(),
                values: std::mem::take(&mut confident),
            }),
            _ => None,
        };
        let distinct = changes.len();
        changes.truncate(CHANGES_SHOWN);
        let mut s = base(kind, step, distinct, cells);
        s.changes = changes;
        out.push(s);
    }
    // A column written mostly in one script, with some values in the other.
    let (latin, cyrillic) = (scan.latin.total, scan.cyrillic.total);
    let lettered = (latin + cyrillic) as f64;
    let (minority, to) = if latin as f64 >= MAJORITY * lettered {
        (scan.cyrillic, TargetScript::Latin)
    } else if cyrillic as f64 >= MAJORITY * lettered {
        (scan.latin, TargetScript::Cyrillic)
    } else {
        return;
    };
    if minority.total == 0 {
        return;
    }
    let cells = minority.total;
    let ranked = minority.ranked();
    let mut s = base(
        FixKind::Transliterate,
        Some(Step::Transliterate {
            field: field.clone(),
            to,
        }),
        ranked.len(),
        cells,
    );
    s.script = Some(to);
    s.changes = ranked
        .into_iter()
        .take(CHANGES_SHOWN)
        .filter_map(|(from, rows, _)| {
            let to = values::transliterate(&from, to)?;
            Some(Change {
                from,
                to,
                rows,
                candidates: Vec::new(),
            })
        })
        .collect();
    out.push(s);
}

/// The personal data a report found, column by column (from its `personal-data` findings).
pub fn personal_columns(report: &Report) -> Vec<crate::core::validate::personal::PersonalColumn> {
    use crate::core::validate::personal::{PersonalColumn, PersonalKind};
    report
        .findings
        .iter()
        .filter(|f| f.code == crate::core::validate::Code::PersonalData)
        .filter_map(|f| {
            let arg = |k: &str| f.args.get(k).cloned().unwrap_or_default();
            Some(PersonalColumn {
                column: f.column?.checked_sub(1)?,
                field: f.field.clone()?,
                kind: PersonalKind::from_code(&arg("kind"))?,
                count: arg("count").parse().unwrap_or(0),
                values: arg("values").parse().unwrap_or(0),
                examples: arg("examples")
                    .split(", ")
                    .filter(|e| !e.is_empty())
                    .map(str::to_owned)
                    .collect(),
            })
        })
        .collect()
}

/// The fixes for personal data: each column dropped or masked, and the whole table counted by
/// its other columns (with a preview of the first rows), when one is left to count by.
pub fn personal_suggestions(
    table: &Table,
    schema: &TableSchema,
    report: &Report,
) -> Vec<Suggestion> {
    let found = personal_columns(report);
    if found.is_empty() {
        return Vec::new();
    }
    let base = |kind, field: Option<String>, step, cells, personal| Suggestion {
        kind,
        field,
        step: Some(step),
        changes: Vec::new(),
        distinct: 0,
        cells,
        rows: Vec::new(),
        script: None,
        reshape: None,
        personal: Some(personal),
    };
    let mut out = Vec::new();
    for p in &found {
        let fix = PersonalFix {
            kind: Some(p.kind),
            examples: p.examples.clone(),
            preview: None,
        };
        let field = p.field.clone();
        out.push(base(
            FixKind::MaskPersonal,
            Some(field.clone()),
            Step::Mask {
                field: field.clone(),
            },
            p.count,
            fix.clone(),
        ));
        out.push(base(
            FixKind::DropPersonal,
            Some(field.clone()),
            Step::DropColumn { field },
            p.count,
            fix,
        ));
    }
    if let Some(step @ Step::Aggregate { .. }) =
        super::personal::aggregate_step(table, schema, &found)
        && let Step::Aggregate { by, sum, count } = &step
    {
        let after = super::personal::aggregate(table, by, sum, count);
        let rows = after.rows();
        let header: Vec<&str> = after.header().iter().map(String::as_str).collect();
        let shown: Vec<Vec<&str>> = after
            .iter_rows()
            .take(PREVIEW_ROWS)
            .map(|r| r.iter().collect())
            .collect();
        let first = Table::from_rows(&header, &shown);
        out.push(base(
            FixKind::AggregatePersonal,
            None,
            step.clone(),
            table.rows() as u64,
            PersonalFix {
                kind: None,
                examples: Vec::new(),
                preview: Some((first, rows)),
            },
        ));
    }
    out
}

/// Gives each `personal-data` finding its fixes as recipe steps' JSON, for `validate --json`:
/// mask the column, drop it, and, when the table is at hand, count the rows by the other
/// columns.
pub fn name_personal_fixes(report: &mut Report, table: Option<(&Table, &TableSchema)>) {
    let found = personal_columns(report);
    if found.is_empty() {
        return;
    }
    let aggregate = table
        .and_then(|(t, s)| super::personal::aggregate_step(t, s, &found))
        .and_then(|s| serde_json::to_string(&s).ok());
    for f in &mut report.findings {
        if f.code != crate::core::validate::Code::PersonalData {
            continue;
        }
        let Some(field) = f.field.clone() else {
            continue;
        };
        let steps = [
            Step::Mask {
                field: field.clone(),
            },
            Step::DropColumn { field },
        ];
        f.suggestions = steps
            .iter()
            .filter_map(|s| serde_json::to_string(s).ok())
            .chain(aggregate.clone())
            .collect();
    }
}
