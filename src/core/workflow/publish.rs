//! From a dataset in the workspace to a job in the outbox, and the sending of jobs: what the
//! window and the command line share. A dataset is published as its portal-ready file: the
//! data file read with the package's own options, the saved recipe replayed, written as UTF-8
//! CSV named after the dataset's code.

use std::path::{Path, PathBuf};

use super::check::validate_package;
use crate::core::classifier::Registry;
use crate::core::date::Date;
use crate::core::fs::write_atomic;
use crate::core::history::{History, HistoryDetail, HistoryEntry, HistoryKind};
use crate::core::ingest;
use crate::core::lang::Lang;
use crate::core::period::Period;
use crate::core::progress::NoProgress;
use crate::core::progress::Progress;
use crate::core::publish::jumps::{Jumps, value_jumps};
use crate::core::publish::outbox::{self, Job, JobState, NewJob, Outbox, OutboxError};
use crate::core::publish::portal_file::{self, FileFormat};
use crate::core::publish::target::Target;
use crate::core::publish::target::TargetKind;
use crate::core::publish::{Connector, Preflight, PublishError, RemoteDataset, diff};
use crate::core::recipe;
use crate::core::schema::package::{PACKAGE_FILE, slug};
use crate::core::schema::{Package, Periodicity};
use crate::core::table::Table;
use crate::core::validate::package::open_options;
use crate::core::validate::{DEFAULT_LIMIT, Report, ValidateError};
use crate::core::workspace::Workspace;

use crate::core::publish::PERIOD_PROPERTY;
use crate::core::validate::personal::{
    PersonalColumn, PersonalReview, ReviewReason, scan_table, unreviewed,
};

/// Where portal-ready files are written before they are queued (inside the workspace).
pub const STAGING_DIR: &str = "outbox/staging";

/// The reporting period a publish made today most likely covers: the last one that has
/// ended (`2026-10`, `2026-Q3`, `2026-H1`, `2025`, the ISO week `2026-W47`, or for daily
/// data the day before); none for irregular and one-off datasets.
pub fn last_period(periodicity: Periodicity, today: Date) -> String {
    Period::last_ended(periodicity, today).map_or_else(String::new, Period::label)
}

/// The dataset's code, or its folder name when it has none.
pub fn dataset_label(dir: &Path, package: &Package) -> String {
    if package.passport.code.trim().is_empty() {
        dir.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    } else {
        package.passport.code.trim().to_owned()
    }
}

/// The dataset's data as it is published: read with the package's options, the recipe
/// replayed.
pub fn portal_table(
    dir: &Path,
    package: &Package,
    progress: &dyn Progress,
) -> Result<crate::core::table::Table, PublishError> {
    let resource = package.resources.first().ok_or_else(|| {
        PublishError::file(
            &dir.join(PACKAGE_FILE),
            "the package describes no data file",
        )
    })?;
    let source = dir.join(&resource.path);
    let (_, table) = ingest::read_table(&source, &open_options(resource), progress)
        .map_err(|e| PublishError::reading(&source, e))?;
    if resource.recipe.is_empty() {
        return Ok(table);
    }
    let applied = recipe::apply(&table, &resource.schema, &resource.recipe.steps, progress)
        .map_err(|_| PublishError::Cancelled)?;
    // A reshape that would lose data stops the publish: the wide table is not the dataset.
    if applied.refused.is_some() {
        return Err(PublishError::Refused(
            "the recipe's reshape would put two values in one place; check the dataset".into(),
        ));
    }
    Ok(applied.table)
}

/// Writes the dataset's portal-ready file into `staging`, in `format`, and returns its path.
pub fn prepare(
    dir: &Path,
    package: &Package,
    staging: &Path,
    format: FileFormat,
    progress: &dyn Progress,
) -> Result<PathBuf, PublishError> {
    let table = portal_table(dir, package, progress)?;
    write_portal_file(dir, package, &table, staging, format)
}

/// Writes `table`, the dataset's portal-ready data, into `staging` as `format` (CSV: UTF-8,
/// as the values are written); returns the file's path.
fn write_portal_file(
    dir: &Path,
    package: &Package,
    table: &crate::core::table::Table,
    staging: &Path,
    format: FileFormat,
) -> Result<PathBuf, PublishError> {
    let name = slug(&dataset_label(dir, package));
    let out = staging.join(format!(
        "{}.{}",
        if name.is_empty() { "data" } else { &name },
        format.extension()
    ));
    if format == FileFormat::Csv {
        let bytes = table.to_csv().map_err(|e| PublishError::file(dir, e))?;
        write_atomic(&out, &bytes).map_err(|e| PublishError::file(&out, e))?;
    } else {
        let schema = package
            .resources
            .first()
            .map(|r| r.schema.clone())
            .unwrap_or_default();
        std::fs::create_dir_all(staging).map_err(|e| PublishError::file(staging, e))?;
        portal_file::write(
            &out,
            format,
            table,
            &portal_file::Columns::all(table),
            &schema,
            &NoProgress,
        )?;
    }
    Ok(out)
}

/// The format a target's data is queued in: data.egov.uz takes the data as CSV and writes
/// its own portal-ready file in the target's format; other targets are sent that format.
fn queued_format(target: &Target) -> FileFormat {
    match target.kind {
        TargetKind::Egov => FileFormat::Csv,
        _ => target.format,
    }
}

/// What the check before publishing found.
#[derive(Debug)]
pub struct PublishCheck {
    /// The data checked against the dataset's schema, or why it could not be checked.
    pub data: Result<Report, ValidateError>,
    /// What the target would refuse, or why it could not be asked.
    pub preflight: Result<Vec<Preflight>, PublishError>,
    /// Numbers that jumped against the version the target has published: `None` when it
    /// has none, an error when it could not be read.
    pub jumps: Option<Result<Jumps, PublishError>>,
    /// Columns of the data as published holding personal data that no review covers: while
    /// there is one, the dataset is not published.
    pub personal: Vec<PersonalColumn>,
    /// The review of the dataset's personal data, when one is recorded: the columns it names
    /// are not counted as errors of the data.
    pub review: Option<PersonalReview>,
}

impl PublishCheck {
    /// Errors in the data (0 when it could not be read: [`PublishCheck::data`] says why).
    pub fn errors(&self) -> u64 {
        self.data.as_ref().map_or(0, Report::errors)
    }

    /// Rows checked.
    pub fn rows(&self) -> u64 {
        self.data.as_ref().map_or(0, |r| r.rows)
    }

    /// The target said it would take the dataset. Errors in the data do not stop a publish
    /// (the portal shows them); a refusal, or a target that could not be asked, does.
    pub fn target_accepts(&self) -> bool {
        self.preflight.as_ref().is_ok_and(Vec::is_empty)
    }

    /// Personal data with no review stops the publish.
    pub fn personal_blocks(&self) -> bool {
        !self.personal.is_empty()
    }
}

/// Takes the `personal-data` findings of the columns `review` names out of `report`: a
/// reviewed column is allowed, no longer an error of the data.
fn without_reviewed(report: &mut Report, review: &PersonalReview) {
    let code = crate::core::validate::Code::PersonalData;
    let before = report.findings.len();
    report
        .findings
        .retain(|f| f.code != code || !f.field.as_deref().is_some_and(|c| review.covers(c)));
    let removed = (before - report.findings.len()) as u64;
    if let Some(n) = report.counts.get_mut(&code) {
        *n = n.saturating_sub(removed);
        if *n == 0 {
            report.counts.remove(&code);
        }
    }
}

/// The columns of `table` (a dataset's data as published) holding personal data that the
/// workspace's review of the dataset `label` does not name.
pub fn unreviewed_personal(ws: &Workspace, label: &str, table: &Table) -> Vec<PersonalColumn> {
    let found = scan_table(table);
    unreviewed(&found, ws.meta.review(label))
        .into_iter()
        .cloned()
        .collect()
}

/// The personal data of the dataset in `dir` as it would be published (the recipe
/// replayed), with what the workspace's review of it does not cover.
pub fn personal_data(
    ws: &Workspace,
    dir: &Path,
    progress: &dyn Progress,
) -> Result<(Vec<PersonalColumn>, Option<PersonalReview>), PublishError> {
    let package_path = dir.join(PACKAGE_FILE);
    let package = Package::read(&package_path).map_err(|e| PublishError::file(&package_path, e))?;
    let table = portal_table(dir, &package, progress)?;
    let label = dataset_label(dir, &package);
    Ok((scan_table(&table), ws.meta.review(&label).cloned()))
}

/// Records that the personal data in `columns` of the dataset in `dir` may be published
/// (all the columns found, when none are named): by whom, now, and why. The review replaces
/// the dataset's earlier one in the workspace and is written to the history.
pub fn record_review(
    ws: &mut Workspace,
    dir: &Path,
    reviewer: &str,
    reason: ReviewReason,
    note: &str,
    columns: Option<Vec<String>>,
) -> Result<PersonalReview, PublishError> {
    let package_path = dir.join(PACKAGE_FILE);
    let package = Package::read(&package_path).map_err(|e| PublishError::file(&package_path, e))?;
    let label = dataset_label(dir, &package);
    let columns = match columns {
        Some(c) => c,
        None => {
            let table = portal_table(dir, &package, &NoProgress)?;
            scan_table(&table).into_iter().map(|c| c.field).collect()
        }
    };
    let review = PersonalReview {
        dataset: label.clone(),
        reviewer: reviewer.trim().to_owned(),
        at: crate::core::date::unix_now(),
        columns,
        reason,
        note: note.trim().to_owned(),
    };
    ws.meta.reviews.retain(|r| r.dataset != label);
    ws.meta.reviews.push(review.clone());
    ws.save_meta()
        .map_err(|e| PublishError::file(ws.root(), e))?;
    let detail = HistoryDetail::Reviewed {
        reviewer: review.reviewer.clone(),
        columns: review.columns.clone(),
        reason,
        note: review.note.clone(),
    };
    History::open(ws.root())
        .and_then(|h| {
            h.record(&HistoryEntry::with_detail(
                HistoryKind::Reviewed,
                &label,
                true,
                &detail,
            ))
        })
        .map_err(|e| PublishError::file(ws.root(), e))?;
    Ok(review)
}

/// The check before publishing the dataset in `dir` to `target`, as the window and
/// `ochiq push` both run it: the data validated with the workspace's classifiers (the check is
/// recorded in the history, as rows and errors or as why it failed), then the portal-ready
/// file prepared and the target asked what it would refuse.
pub fn check_before_publishing(
    ws: &Workspace,
    dir: &Path,
    target: &Target,
    secret: &dyn Fn(&Target) -> Result<Option<String>, String>,
    progress: &dyn Progress,
) -> PublishCheck {
    let registry = Registry::load(ws.root()).unwrap_or_else(|_| Registry::bundled_only());
    let package_path = dir.join(PACKAGE_FILE);
    let mut data = validate_package(&package_path, &registry, DEFAULT_LIMIT, progress);
    let package = Package::read(&package_path);
    let label = package
        .as_ref()
        .map(|p| dataset_label(dir, p))
        .unwrap_or_default();
    let review = ws.meta.review(&label).cloned();
    if let (Ok(report), Some(review)) = (&mut data, &review) {
        without_reviewed(report, review);
    }
    let detail = match &data {
        Ok(r) => HistoryDetail::Checked {
            rows: r.rows,
            errors: r.errors(),
        },
        Err(e) => HistoryDetail::Failed(PublishError::file(dir, e)),
    };
    let valid = data.as_ref().is_ok_and(Report::is_valid);
    // A check that cannot be recorded is still a check: its answer matters more here.
    let _ = History::open(ws.root()).and_then(|h| {
        h.record(&HistoryEntry::with_detail(
            HistoryKind::Check,
            &label,
            valid,
            &detail,
        ))
    });
    let mut jumps = None;
    let mut personal = Vec::new();
    let preflight = (|| {
        let package = package.map_err(|e| PublishError::file(dir, e))?;
        let staging = ws.root().join(STAGING_DIR);
        let table = portal_table(dir, &package, &NoProgress)?;
        personal = unreviewed_personal(ws, &label, &table);
        let file = write_portal_file(dir, &package, &table, &staging, queued_format(target))?;
        let connector = connect(ws, target, secret)?;
        let found = connector.preflight(&package, &target.organisation, &file);
        let _ = std::fs::remove_file(&file);
        jumps = jumps_against_published(&*connector, target, &package, &table, ws.meta.jump_factor);
        found
    })();
    PublishCheck {
        data,
        preflight,
        jumps,
        personal,
        review,
    }
}

/// The jumps of `ours` against what `target` has published of the dataset: `None` when the
/// target has no version of it (or cannot say), an error when its version could not be read.
fn jumps_against_published(
    connector: &dyn Connector,
    target: &Target,
    package: &Package,
    ours: &crate::core::table::Table,
    factor: f64,
) -> Option<Result<Jumps, PublishError>> {
    let remote = match remote_of(connector, target, package) {
        Ok(Some(remote)) => remote,
        Ok(None) | Err(PublishError::Unsupported) => return None,
        Err(e) => return Some(Err(e)),
    };
    let schema = &package.resources.first()?.schema;
    Some(
        connector
            .published(&remote.id)
            .map(|published| value_jumps(&published.table, ours, schema, factor)),
    )
}

/// Prepares the dataset in `dir` and queues it for `target`.
pub fn queue_dataset(
    ws: &Workspace,
    outbox: &mut Outbox,
    dir: &Path,
    target: &str,
    period: Option<&str>,
    progress: &dyn Progress,
) -> Result<Job, OutboxError> {
    let Some(format) = ws.target(target).map(queued_format) else {
        return Err(PublishError::Refused(format!("no target {target} in this workspace")).into());
    };
    let package_path = dir.join(PACKAGE_FILE);
    let mut package =
        Package::read(&package_path).map_err(|e| PublishError::file(&package_path, e))?;
    let staging = ws.root().join(STAGING_DIR);
    let label = dataset_label(dir, &package);
    let table = portal_table(dir, &package, progress)?;
    // Personal data is not queued without a review naming its columns.
    let personal = unreviewed_personal(ws, &label, &table);
    if !personal.is_empty() {
        return Err(PublishError::PersonalData {
            columns: personal.into_iter().map(|c| c.field).collect(),
        }
        .into());
    }
    let data = write_portal_file(dir, &package, &table, &staging, format)?;
    // The queued package describes the file as sent: its format, UTF-8, no steps left to
    // replay.
    if let Some(r) = package.resources.first_mut() {
        r.format = Some(format.extension().into());
        r.mediatype = Some(format.mediatype().into());
        r.encoding = (format != FileFormat::Xlsx).then(|| "utf-8".into());
        r.dialect = None;
        r.sheet = None;
        r.recipe = recipe::Recipe::default();
    }
    let period = period.map_or_else(
        || last_period(package.passport.periodicity, Date::today()),
        str::to_owned,
    );
    // The period travels with the package (a folder target writes it into its manifest).
    package.extra.insert(
        PERIOD_PROPERTY.into(),
        serde_json::Value::String(period.clone()),
    );
    // The review travels with the package, into the published package's manifest.
    if let Some(review) = ws.meta.review(&label)
        && let Ok(value) = serde_json::to_value(review)
    {
        package
            .extra
            .insert(crate::core::publish::REVIEW_PROPERTY.into(), value);
    }
    let job = outbox.enqueue(&NewJob {
        dataset: &label,
        title: package.passport.title.best(Lang::UzLatn),
        dataset_dir: &dir.display().to_string(),
        period: &period,
        target,
        package: &package,
        data: &data,
    });
    let _ = std::fs::remove_file(&data);
    job
}

/// The workspace's target a folder package was meant for (same kind and address), if any.
pub fn intended_target<'w>(
    ws: &'w Workspace,
    package: &crate::core::publish::folder::FolderPackage,
) -> Option<&'w Target> {
    let meant = package.manifest.target.as_ref()?;
    ws.meta
        .targets
        .iter()
        .find(|mine| mine.kind == meant.kind && mine.url == meant.url)
}

/// A connector for `target`, with its token looked up by `secret`.
pub fn connect(
    ws: &Workspace,
    target: &Target,
    secret: &dyn Fn(&Target) -> Result<Option<String>, String>,
) -> Result<Box<dyn Connector>, PublishError> {
    // An address the token may not go to is refused before the token is even read.
    target.check_address().map_err(PublishError::Address)?;
    let token = if target.kind.needs_secret() {
        secret(target).map_err(PublishError::Refused)?
    } else {
        None
    };
    target.connect(ws.root(), token.as_deref())
}

/// What `target` lists for its organisation (codes, titles, last update, days overdue).
pub fn catalogue(
    ws: &Workspace,
    target: &Target,
    secret: &dyn Fn(&Target) -> Result<Option<String>, String>,
) -> Result<Vec<RemoteDataset>, PublishError> {
    connect(ws, target, secret)?.catalogue(&target.organisation)
}

/// Each job sent and how it ended.
pub type Sent = Vec<(Job, Result<JobState, OutboxError>)>;

/// Sends the jobs that are due (or only `only`), each through its target's connector.
/// A job whose target is gone, or whose token is missing, fails with that reason.
pub fn send_due(
    ws: &Workspace,
    outbox: &Outbox,
    only: Option<i64>,
    secret: &dyn Fn(&Target) -> Result<Option<String>, String>,
    progress: &dyn Progress,
) -> Result<Sent, OutboxError> {
    let now = crate::core::date::unix_now();
    let jobs = match only {
        Some(id) => vec![outbox.job(id)?],
        None => outbox.due(now)?,
    };
    let mut results = Vec::new();
    for job in jobs {
        if progress.cancelled() {
            break;
        }
        let result = match ws.target(&job.target) {
            None => outbox::fail_job(
                outbox,
                &job,
                &PublishError::Refused(format!("no target {} in this workspace", job.target)),
            ),
            Some(target) => match connect(ws, target, secret) {
                Ok(connector) => {
                    outbox::send(outbox, job.id, &*connector, &target.organisation, progress)
                }
                Err(e) => outbox::fail_job(outbox, &job, &e),
            },
        };
        results.push((job, result));
    }
    Ok(results)
}

/// The dataset in `dir` as the target's catalogue lists it: by the passport's portal id, else
/// by its code (the latest entry when a folder holds several).
pub fn remote_of(
    connector: &dyn Connector,
    target: &Target,
    package: &Package,
) -> Result<Option<RemoteDataset>, PublishError> {
    let p = &package.passport;
    let (id, code) = (p.portal_id.trim(), p.code.trim());
    Ok(connector
        .catalogue(&target.organisation)?
        .into_iter()
        .filter(|d| (!id.is_empty() && d.id == id) || (!code.is_empty() && d.code == code))
        .max_by(|a, b| a.updated.cmp(&b.updated)))
}

/// Compares the dataset's portal-ready data with what the target has published.
pub fn compare(
    ws: &Workspace,
    dir: &Path,
    target: &Target,
    secret: &dyn Fn(&Target) -> Result<Option<String>, String>,
    progress: &dyn Progress,
) -> Result<(RemoteDataset, diff::TableDiff, Jumps), PublishError> {
    compare_published(ws, dir, target, secret, progress)
        .map(|(remote, diff, jumps, _)| (remote, diff, jumps))
}

/// [`compare`], also giving the published table (the window charts it beside the new one).
pub fn compare_published(
    ws: &Workspace,
    dir: &Path,
    target: &Target,
    secret: &dyn Fn(&Target) -> Result<Option<String>, String>,
    progress: &dyn Progress,
) -> Result<(RemoteDataset, diff::TableDiff, Jumps, Table), PublishError> {
    let package_path = dir.join(PACKAGE_FILE);
    let package = Package::read(&package_path).map_err(|e| PublishError::file(&package_path, e))?;
    let connector = connect(ws, target, secret)?;
    let remote = remote_of(&*connector, target, &package)?.ok_or_else(|| {
        PublishError::Refused(format!(
            "{} is not in the target's catalogue",
            dataset_label(dir, &package)
        ))
    })?;
    let published = connector.published(&remote.id)?;
    let ours = portal_table(dir, &package, progress)?;
    let key: Vec<&str> = package
        .resources
        .first()
        .map(|r| r.schema.primary_key.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let key = (!key.is_empty()).then_some(key.as_slice());
    let jumps = match package.resources.first() {
        Some(r) => value_jumps(&published.table, &ours, &r.schema, ws.meta.jump_factor),
        None => Jumps::default(),
    };
    let diff = diff::diff(&published.table, &ours, key);
    Ok((remote, diff, jumps, published.table))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::HistoryFilter;
    use crate::core::workspace::DEMO_CLEAN_DATASET;

    /// The demo workspace, the folder of its dataset `code` and its folder target.
    fn demo(root: &Path, code: &str) -> (Workspace, PathBuf, Target) {
        let ws = Workspace::open_demo(root).unwrap_or_else(|e| panic!("{e}"));
        let dir = root.join("datasets").join(code);
        assert!(dir.join(PACKAGE_FILE).is_file(), "{}", dir.display());
        let target = ws.meta.targets[0].clone();
        (ws, dir, target)
    }

    fn last_check(ws: &Workspace) -> HistoryEntry {
        History::open(ws.root())
            .and_then(|h| {
                h.list(&HistoryFilter {
                    kinds: vec![HistoryKind::Check],
                    ..HistoryFilter::default()
                })
            })
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            // The line recorded last, whatever dates the demo's seeded past carries.
            .max_by_key(|e| e.id)
            .unwrap_or_else(|| panic!("no check in the history"))
    }

    #[test]
    fn the_check_before_publishing_validates_asks_the_target_and_records_the_check() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (ws, dataset, target) = demo(dir.path(), DEMO_CLEAN_DATASET);
        let checked = check_before_publishing(&ws, &dataset, &target, &|_| Ok(None), &NoProgress);
        assert!(checked.data.is_ok(), "{:?}", checked.data);
        assert!(checked.rows() > 0);
        assert!(checked.target_accepts(), "{:?}", checked.preflight);
        let line = last_check(&ws);
        assert_eq!(line.dataset, DEMO_CLEAN_DATASET);
        assert_eq!(line.ok, checked.errors() == 0);
        assert_eq!(
            line.parsed_detail(),
            HistoryDetail::Checked {
                rows: checked.rows(),
                errors: checked.errors()
            }
        );
        // The portal-ready file made for the target's check is not left behind.
        let staging = ws.root().join(STAGING_DIR);
        assert_eq!(std::fs::read_dir(&staging).map_or(0, Iterator::count), 0);
    }

    #[test]
    fn a_dataset_the_target_would_refuse_or_that_cannot_be_read_is_said_so_and_recorded() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (ws, dataset, target) = demo(dir.path(), DEMO_CLEAN_DATASET);
        let path = dataset.join(PACKAGE_FILE);
        let mut package = Package::read(&path).unwrap_or_else(|e| panic!("{e}"));
        package.passport.title = Default::default();
        package.write(&path).unwrap_or_else(|e| panic!("{e}"));
        let checked = check_before_publishing(&ws, &dataset, &target, &|_| Ok(None), &NoProgress);
        assert!(!checked.target_accepts());
        assert!(
            matches!(&checked.preflight, Ok(p) if p.contains(&Preflight::Missing("title"))),
            "{:?}",
            checked.preflight
        );

        // The data file gone: the check fails, and the history says why.
        let data = dataset.join(&package.resources[0].path);
        std::fs::remove_file(&data).unwrap_or_else(|e| panic!("{e}"));
        let checked = check_before_publishing(&ws, &dataset, &target, &|_| Ok(None), &NoProgress);
        assert!(checked.data.is_err());
        assert_eq!((checked.rows(), checked.errors()), (0, 0));
        assert!(checked.preflight.is_err());
        let line = last_check(&ws);
        assert!(!line.ok);
        assert!(
            matches!(
                line.parsed_detail(),
                HistoryDetail::Failed(PublishError::File { .. })
            ),
            "{line:?}"
        );
    }

    fn day(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn the_last_ended_period_is_named_by_periodicity() {
        let jan = day(2026, 1, 10);
        let nov = day(2026, 11, 24);
        assert_eq!(last_period(Periodicity::Monthly, jan), "2025-12");
        assert_eq!(last_period(Periodicity::Monthly, nov), "2026-10");
        assert_eq!(last_period(Periodicity::Quarterly, jan), "2025-Q4");
        assert_eq!(last_period(Periodicity::Quarterly, nov), "2026-Q3");
        assert_eq!(last_period(Periodicity::Semiannual, jan), "2025-H2");
        assert_eq!(last_period(Periodicity::Semiannual, nov), "2026-H1");
        assert_eq!(last_period(Periodicity::Annual, nov), "2025");
        assert_eq!(
            last_period(Periodicity::Daily, day(2024, 3, 1)),
            "2024-02-29"
        );
        assert_eq!(last_period(Periodicity::Weekly, nov), "2026-W47");
        assert_eq!(last_period(Periodicity::OneOff, nov), "");
    }
}
