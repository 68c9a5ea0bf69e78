//! The outbox and the history, in the workspace's SQLite database (`ochiq.sqlite`).
//!
//! Every publish is a job. Queuing copies the data file and the package into
//! `outbox/<job>/`, so what is sent is what was checked, whatever happens to the dataset
//! meanwhile. Each state change is committed before the next step, so a restart resumes
//! where the job was:
//!
//! queued → sending → sent (awaiting confirmation) → confirmed;
//! a passing failure (network, server trouble) goes back to queued with a growing delay;
//! a failure a person must fix (token, permission, size) stops at failed, with its reason;
//! paused and cancelled are the steward's own.
//!
//! A job is never applied twice: a sender holds a lease on its job, renewed while it works;
//! a job found `sending` with its lease run out was cut short (a crash, a kill), and before
//! sending it again the connector is asked whether the portal already has this exact file
//! (by SHA-256). The history records every check and every step of every publish.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, params};

use super::folder::FolderPackage;
use super::{Confirmation, Connector, HistoryDetail, PublishError, Receipt, bytes_sha256};
use crate::core::date::unix_now;
use crate::core::fs::IoError;
use crate::core::fs::write_atomic;
pub use crate::core::history::{History, HistoryEntry, HistoryError, HistoryFilter, HistoryKind};
use crate::core::progress::Progress;
use crate::core::schema::Package;
use crate::core::schema::package::PACKAGE_FILE;

pub use crate::core::history::DB_FILE;
/// Where queued files wait, one folder per job.
pub const OUTBOX_DIR: &str = "outbox";
/// How long a sender's claim on a job lasts without being renewed, in seconds.
const LEASE: i64 = 120;
/// Set by the crash test only: the process aborts right after the upload, before the
/// receipt is recorded — the worst moment to be killed.
pub const CRASH_AFTER_SEND: &str = "OCHIQ_TEST_CRASH_AFTER_SEND";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS job (
    id INTEGER PRIMARY KEY,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    dataset TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    dataset_dir TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try INTEGER NOT NULL DEFAULT 0,
    lease INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    receipt TEXT NOT NULL DEFAULT '',
    confirmation TEXT NOT NULL DEFAULT ''
);
";

#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    #[error("the workspace database {path}: {detail}")]
    Db { path: PathBuf, detail: String },
    #[error(transparent)]
    Io(#[from] IoError),
    #[error("no job {0} in the outbox")]
    NoJob(i64),
    #[error("job {0} is being sent by another window or command")]
    Busy(i64),
    #[error(transparent)]
    Publish(#[from] PublishError),
}

impl From<HistoryError> for OutboxError {
    fn from(e: HistoryError) -> Self {
        match e {
            HistoryError::Db { path, detail } => Self::Db { path, detail },
            HistoryError::Io(io) => Self::Io(io),
        }
    }
}

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobState {
    Queued,
    Sending,
    /// Sent; the portal has not confirmed it yet.
    Sent,
    Confirmed,
    Failed,
    Paused,
    Cancelled,
}

impl JobState {
    pub const ALL: [JobState; 7] = [
        Self::Queued,
        Self::Sending,
        Self::Sent,
        Self::Confirmed,
        Self::Failed,
        Self::Paused,
        Self::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Confirmed => "confirmed",
            Self::Failed => "failed",
            Self::Paused => "paused",
            Self::Cancelled => "cancelled",
        }
    }

    fn from_code(code: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or(Self::Failed)
    }

    /// Finished: nothing more will happen unless the steward asks.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Confirmed | Self::Cancelled)
    }
}

/// One publish in the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: i64,
    /// Unix seconds.
    pub created: i64,
    pub updated: i64,
    /// The dataset's portal code, or its folder name.
    pub dataset: String,
    pub title: String,
    /// The dataset's folder in the workspace, when it came from one.
    pub dataset_dir: String,
    pub period: String,
    /// The target's id.
    pub target: String,
    /// The queued copy of the data file.
    pub file: PathBuf,
    pub sha256: String,
    pub size: u64,
    pub state: JobState,
    pub attempts: u32,
    /// When the next try is due (unix seconds).
    pub next_try: i64,
    pub lease: i64,
    /// Why the last try failed, as stored: see [`Job::error_detail`].
    pub error: String,
    pub receipt: Option<Receipt>,
    /// What the portal's confirmation said, as stored: see [`Job::confirmation_detail`].
    pub confirmation: String,
}

impl Job {
    /// Why the last try failed, when it did.
    pub fn error_detail(&self) -> Option<HistoryDetail> {
        (!self.error.is_empty()).then(|| HistoryDetail::parse(&self.error))
    }

    /// What the portal's confirmation said, when it answered.
    pub fn confirmation_detail(&self) -> Option<HistoryDetail> {
        (!self.confirmation.is_empty()).then(|| HistoryDetail::parse(&self.confirmation))
    }

    /// The queued copy of the package.
    pub fn package_path(&self) -> PathBuf {
        self.file
            .parent()
            .map_or_else(|| PathBuf::from(PACKAGE_FILE), |d| d.join(PACKAGE_FILE))
    }

    pub fn package(&self) -> Result<Package, PublishError> {
        let path = self.package_path();
        Package::read(&path).map_err(|e| PublishError::file(&path, e))
    }

    /// Whether a sender may take the job now.
    pub fn is_due(&self, now: i64) -> bool {
        match self.state {
            JobState::Queued | JobState::Sent => self.next_try <= now,
            JobState::Sending => self.lease < now,
            _ => false,
        }
    }
}

/// What a new job carries.
#[derive(Debug, Clone)]
pub struct NewJob<'a> {
    pub dataset: &'a str,
    pub title: &'a str,
    pub dataset_dir: &'a str,
    pub period: &'a str,
    pub target: &'a str,
    pub package: &'a Package,
    /// The portal-ready data file (copied into the outbox).
    pub data: &'a Path,
}

/// The workspace's outbox, with the history it records its steps in.
pub struct Outbox {
    history: History,
    dir: PathBuf,
}

impl std::fmt::Debug for Outbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outbox")
            .field("path", &self.history.path())
            .finish()
    }
}

impl Outbox {
    /// Opens (creating when missing) the outbox of the workspace at `root`.
    pub fn open(root: &Path) -> Result<Self, OutboxError> {
        let history = History::open(root)?;
        history
            .connection()
            .execute_batch(SCHEMA)
            .map_err(|e| OutboxError::Db {
                path: history.path().to_owned(),
                detail: e.to_string(),
            })?;
        Ok(Self {
            history,
            dir: root.join(OUTBOX_DIR),
        })
    }

    /// The database, shared with the history.
    fn conn(&self) -> &Connection {
        self.history.connection()
    }

    fn db(&self) -> impl Fn(rusqlite::Error) -> OutboxError + '_ {
        move |e| OutboxError::Db {
            path: self.history.path().to_owned(),
            detail: e.to_string(),
        }
    }

    /// Queues a publish: the data file and the package are copied into the outbox first.
    pub fn enqueue(&mut self, new: &NewJob<'_>) -> Result<Job, OutboxError> {
        // Read once: the copy is exactly the bytes hashed, whatever happens to the file next.
        let bytes = std::fs::read(new.data).map_err(|e| IoError::new(new.data, e))?;
        let sha256 = bytes_sha256(&bytes);
        let size = bytes.len() as u64;
        let now = unix_now();
        let tx = self.conn().unchecked_transaction().map_err(self.db())?;
        tx.execute(
            "INSERT INTO job (created, updated, dataset, title, dataset_dir, period, target, \
             file, sha256, size, state) VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, '', ?7, ?8, ?9)",
            params![
                now,
                new.dataset,
                new.title,
                new.dataset_dir,
                new.period,
                new.target,
                sha256,
                size as i64,
                JobState::Queued.code()
            ],
        )
        .map_err(self.db())?;
        let id = tx.last_insert_rowid();
        let folder = self.dir.join(id.to_string());
        let name = new
            .data
            .file_name()
            .map_or_else(|| "data.csv".into(), |n| n.to_string_lossy().into_owned());
        let file = folder.join(&name);
        let copied = (|| -> Result<(), OutboxError> {
            std::fs::create_dir_all(&folder).map_err(|e| IoError::new(&folder, e))?;
            write_atomic(&file, &bytes)?;
            let mut package = new.package.clone();
            if let Some(r) = package.resources.first_mut() {
                r.path = name.clone();
            }
            package
                .write(&folder.join(PACKAGE_FILE))
                .map_err(|e| PublishError::file(&folder, e))?;
            Ok(())
        })();
        if let Err(e) = copied {
            drop(tx);
            let _ = std::fs::remove_dir_all(&folder);
            return Err(e);
        }
        tx.execute(
            "UPDATE job SET file = ?1 WHERE id = ?2",
            params![file.to_string_lossy(), id],
        )
        .map_err(self.db())?;
        tx.commit().map_err(self.db())?;
        let job = self.job(id)?;
        self.record(&history_of_job(&job, HistoryKind::Queued, true, ""))?;
        Ok(job)
    }

    /// Takes in a package from a folder (checked against its manifest) as a new job.
    pub fn import(&mut self, from: &FolderPackage, target: &str) -> Result<Job, OutboxError> {
        let title = from.manifest.title.clone();
        let job = self.enqueue(&NewJob {
            dataset: &from.manifest.dataset,
            title: &title,
            dataset_dir: "",
            period: &from.manifest.period,
            target,
            package: &from.package,
            data: &from.data,
        })?;
        self.record(&history_of_job(
            &job,
            HistoryKind::Imported,
            true,
            &HistoryDetail::Path(from.dir.display().to_string()).stored(),
        ))?;
        Ok(job)
    }

    const COLUMNS: &'static str = "id, created, updated, dataset, title, dataset_dir, period, \
        target, file, sha256, size, state, attempts, next_try, lease, error, receipt, confirmation";

    fn row_to_job(row: &rusqlite::Row<'_>) -> rusqlite::Result<Job> {
        let receipt: String = row.get(16)?;
        Ok(Job {
            id: row.get(0)?,
            created: row.get(1)?,
            updated: row.get(2)?,
            dataset: row.get(3)?,
            title: row.get(4)?,
            dataset_dir: row.get(5)?,
            period: row.get(6)?,
            target: row.get(7)?,
            file: PathBuf::from(row.get::<_, String>(8)?),
            sha256: row.get(9)?,
            size: row.get::<_, i64>(10)?.max(0) as u64,
            state: JobState::from_code(&row.get::<_, String>(11)?),
            attempts: row.get::<_, i64>(12)?.max(0) as u32,
            next_try: row.get(13)?,
            lease: row.get(14)?,
            error: row.get(15)?,
            receipt: serde_json::from_str(&receipt).ok(),
            confirmation: row.get(17)?,
        })
    }

    pub fn job(&self, id: i64) -> Result<Job, OutboxError> {
        self.conn()
            .query_row(
                &format!("SELECT {} FROM job WHERE id = ?1", Self::COLUMNS),
                [id],
                Self::row_to_job,
            )
            .optional()
            .map_err(self.db())?
            .ok_or(OutboxError::NoJob(id))
    }

    /// Every job, newest first.
    pub fn jobs(&self) -> Result<Vec<Job>, OutboxError> {
        let mut stmt = self
            .conn()
            .prepare(&format!(
                "SELECT {} FROM job ORDER BY id DESC",
                Self::COLUMNS
            ))
            .map_err(self.db())?;
        let rows = stmt.query_map([], Self::row_to_job).map_err(self.db())?;
        rows.collect::<Result<Vec<_>, _>>().map_err(self.db())
    }

    /// The jobs a sender should take now, oldest first.
    pub fn due(&self, now: i64) -> Result<Vec<Job>, OutboxError> {
        let mut jobs = self.jobs()?;
        jobs.retain(|j| j.is_due(now));
        jobs.reverse();
        Ok(jobs)
    }

    fn set_state(&self, id: i64, state: JobState, extra: &str) -> Result<(), OutboxError> {
        let changed = self
            .conn()
            .execute(
                &format!("UPDATE job SET state = ?1, updated = ?2{extra} WHERE id = ?3"),
                params![state.code(), unix_now(), id],
            )
            .map_err(self.db())?;
        if changed == 0 {
            return Err(OutboxError::NoJob(id));
        }
        Ok(())
    }

    /// Holds a job: it is not sent until resumed.
    pub fn pause(&self, id: i64) -> Result<(), OutboxError> {
        let job = self.job(id)?;
        if matches!(job.state, JobState::Queued | JobState::Failed) {
            self.set_state(id, JobState::Paused, "")?;
            self.record(&history_of_job(&job, HistoryKind::Paused, true, ""))?;
        }
        Ok(())
    }

    /// Sends a paused or failed job again, now. A failed job is sent whole again (after
    /// asking the portal whether it has the file), not only confirmed.
    pub fn retry(&self, id: i64) -> Result<(), OutboxError> {
        let job = self.job(id)?;
        if job.state == JobState::Sent {
            self.conn()
                .execute("UPDATE job SET next_try = 0 WHERE id = ?1", [id])
                .map_err(self.db())?;
        }
        if matches!(
            job.state,
            JobState::Paused | JobState::Failed | JobState::Queued
        ) {
            self.set_state(
                id,
                JobState::Queued,
                ", next_try = 0, error = '', receipt = ''",
            )?;
            self.record(&history_of_job(&job, HistoryKind::Resumed, true, ""))?;
        }
        Ok(())
    }

    /// Drops a job that has not been sent, with its queued files.
    pub fn cancel(&self, id: i64) -> Result<(), OutboxError> {
        let job = self.job(id)?;
        if job.state == JobState::Sending && job.lease >= unix_now() {
            return Err(OutboxError::Busy(id));
        }
        if job.state.is_final() {
            return Ok(());
        }
        self.set_state(id, JobState::Cancelled, "")?;
        self.record(&history_of_job(&job, HistoryKind::Cancelled, true, ""))?;
        if let Some(dir) = job.file.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
        Ok(())
    }

    /// Adds a line to the history.
    pub fn record(&self, e: &HistoryEntry) -> Result<(), OutboxError> {
        Ok(self.history.record(e)?)
    }

    /// History lines matching `filter`, newest first.
    pub fn history(&self, filter: &HistoryFilter) -> Result<Vec<HistoryEntry>, OutboxError> {
        Ok(self.history.list(filter)?)
    }

    /// Claims a due job for sending; tells whether an earlier send was cut short.
    fn claim(&self, id: i64, now: i64) -> Result<(Job, bool), OutboxError> {
        let job = self.job(id)?;
        if !job.is_due(now) {
            return Err(OutboxError::Busy(id));
        }
        let interrupted = job.state == JobState::Sending;
        let changed = self
            .conn()
            .execute(
                "UPDATE job SET state = 'sending', lease = ?1, updated = ?2, \
                 attempts = attempts + 1 WHERE id = ?3 AND state = ?4 AND lease = ?5",
                params![now + LEASE, now, id, job.state.code(), job.lease],
            )
            .map_err(self.db())?;
        if changed == 0 {
            // Another sender took it between the read and the update.
            return Err(OutboxError::Busy(id));
        }
        Ok((self.job(id)?, interrupted))
    }
}

/// A history line about `job`.
fn history_of_job(job: &Job, kind: HistoryKind, ok: bool, detail: &str) -> HistoryEntry {
    HistoryEntry {
        period: job.period.clone(),
        sha256: job.sha256.clone(),
        target: job.target.clone(),
        job: Some(job.id),
        ..HistoryEntry::new(kind, &job.dataset, ok, detail)
    }
}

/// Extends a job's lease, on a connection of the sending thread's own.
fn renew(conn: &Connection, id: i64) {
    let _ = conn.execute(
        "UPDATE job SET lease = ?1 WHERE id = ?2 AND state = 'sending'",
        params![unix_now() + LEASE, id],
    );
}

/// Delay before try number `attempts + 1` after a passing failure: 30 s, doubling, at most an
/// hour.
pub fn backoff(attempts: u32) -> i64 {
    (30i64 << attempts.saturating_sub(1).min(7)).min(3600)
}

/// Delay before asking again for a confirmation that has not come: a minute, doubling, at
/// most half an hour.
fn confirm_delay(attempts: u32) -> i64 {
    (60i64 << attempts.saturating_sub(1).min(5)).min(1800)
}

/// Progress that also keeps the job's lease alive (through a connection of its own: the
/// progress may be told from another thread).
struct Leased<'a> {
    inner: &'a dyn Progress,
    conn: Mutex<Option<Connection>>,
    id: i64,
    renewed: Mutex<i64>,
}

impl Progress for Leased<'_> {
    fn set(&self, done: u64, total: u64) {
        self.inner.set(done, total);
        let now = unix_now();
        if let Ok(mut renewed) = self.renewed.lock()
            && now - *renewed >= LEASE / 4
            && let Ok(conn) = self.conn.lock()
            && let Some(conn) = conn.as_ref()
        {
            renew(conn, self.id);
            *renewed = now;
        }
    }

    fn cancelled(&self) -> bool {
        self.inner.cancelled()
    }
}

/// Sends one job through `connector` into `organisation`, and asks for its confirmation.
/// Returns the state the job is left in; every step is in the history.
pub fn send(
    outbox: &Outbox,
    id: i64,
    connector: &dyn Connector,
    organisation: &str,
    progress: &dyn Progress,
) -> Result<JobState, OutboxError> {
    let now = unix_now();
    let (job, interrupted) = outbox.claim(id, now)?;
    let package = match job.package() {
        Ok(p) => p,
        Err(e) => return fail_job(outbox, &job, &e),
    };
    let receipt = match &job.receipt {
        // Sent before; only the confirmation is missing.
        Some(r) => r.clone(),
        None => {
            // Personal data goes nowhere without a review that names its columns.
            match super::unreviewed_in_file(&package, &job.file) {
                Ok(columns) if columns.is_empty() => {}
                Ok(columns) => {
                    return fail_job(outbox, &job, &PublishError::PersonalData { columns });
                }
                Err(e) => return fail_job(outbox, &job, &e),
            }
            let leased = Leased {
                inner: progress,
                conn: Mutex::new(Connection::open(outbox.history.path()).ok()),
                id,
                renewed: Mutex::new(now),
            };
            match deliver(
                outbox,
                &job,
                interrupted,
                connector,
                organisation,
                &package,
                &leased,
            ) {
                Ok(r) => r,
                Err(e) => return fail_job(outbox, &job, &e),
            }
        }
    };
    let text = serde_json::to_string(&receipt).unwrap_or_default();
    outbox
        .conn()
        .execute(
            "UPDATE job SET receipt = ?1, state = 'sent', updated = ?2, error = '' WHERE id = ?3",
            params![text, unix_now(), id],
        )
        .map_err(outbox.db())?;
    confirm(outbox, &job, connector, &package, &receipt)
}

/// The upload itself, unless the portal already has this file from a send cut short.
fn deliver(
    outbox: &Outbox,
    job: &Job,
    interrupted: bool,
    connector: &dyn Connector,
    organisation: &str,
    package: &Package,
    progress: &dyn Progress,
) -> Result<Receipt, PublishError> {
    if (interrupted || job.attempts > 1)
        && let Some(found) = connector.find(package, organisation, &job.sha256)?
    {
        let _ = outbox.record(&history_of_job(
            job,
            HistoryKind::AlreadyThere,
            true,
            &HistoryDetail::Path(found.resource_url.clone()).stored(),
        ));
        return Ok(found);
    }
    let receipt = connector.publish(package, organisation, &job.file, progress)?;
    if std::env::var_os(CRASH_AFTER_SEND).is_some() {
        std::process::abort();
    }
    let detail = HistoryDetail::Path(if receipt.manual {
        receipt.dataset_url.clone()
    } else {
        receipt.resource_url.clone()
    });
    let _ = outbox.record(&history_of_job(
        job,
        HistoryKind::Sent,
        true,
        &detail.stored(),
    ));
    Ok(receipt)
}

fn confirm(
    outbox: &Outbox,
    job: &Job,
    connector: &dyn Connector,
    package: &Package,
    receipt: &Receipt,
) -> Result<JobState, OutboxError> {
    match connector.confirm(package, receipt) {
        Ok(Confirmation::Confirmed(detail)) => {
            let text = detail.stored();
            outbox.set_state(job.id, JobState::Confirmed, ", error = ''")?;
            outbox
                .conn()
                .execute(
                    "UPDATE job SET confirmation = ?1 WHERE id = ?2",
                    params![text, job.id],
                )
                .map_err(outbox.db())?;
            outbox.record(&history_of_job(job, HistoryKind::Confirmed, true, &text))?;
            // The portal has it; the queued copy is no longer needed.
            if let Some(dir) = job.file.parent() {
                let _ = std::fs::remove_dir_all(dir);
            }
            Ok(JobState::Confirmed)
        }
        Ok(Confirmation::Waiting(detail)) => {
            let text = detail.stored();
            let next = unix_now() + confirm_delay(job.attempts);
            outbox
                .conn()
                .execute(
                    "UPDATE job SET state = 'sent', next_try = ?1, confirmation = ?2, \
                     updated = ?3 WHERE id = ?4",
                    params![next, text, unix_now(), job.id],
                )
                .map_err(outbox.db())?;
            outbox.record(&history_of_job(job, HistoryKind::Waiting, true, &text))?;
            Ok(JobState::Sent)
        }
        Err(e) => fail_job(outbox, job, &e),
    }
}

/// Records a failure of `job`: passing ones are tried again later by themselves.
pub fn fail_job(outbox: &Outbox, job: &Job, error: &PublishError) -> Result<JobState, OutboxError> {
    let text = HistoryDetail::Failed(error.clone()).stored();
    let sent = outbox.job(job.id)?.receipt.is_some();
    let (state, kind, next) = match error {
        PublishError::Cancelled => (JobState::Paused, HistoryKind::Paused, 0),
        e if e.is_transient() => (
            if sent {
                JobState::Sent
            } else {
                JobState::Queued
            },
            HistoryKind::Retrying,
            unix_now() + backoff(job.attempts),
        ),
        _ => (JobState::Failed, HistoryKind::Failed, 0),
    };
    outbox
        .conn()
        .execute(
            "UPDATE job SET state = ?1, error = ?2, next_try = ?3, lease = 0, updated = ?4 \
             WHERE id = ?5",
            params![state.code(), text, next, unix_now(), job.id],
        )
        .map_err(outbox.db())?;
    outbox.record(&history_of_job(job, kind, false, &text))?;
    Ok(state)
}

#[cfg(test)]
mod tests;
