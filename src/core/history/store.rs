//! The history's storage: the `history` table of the workspace's SQLite database
//! (`ochiq.sqlite`), which the outbox's `job` table shares. Lines are only ever added.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, params};

use super::{HistoryEntry, HistoryFilter, HistoryKind};
use crate::core::fs::IoError;

/// The workspace's database file.
pub const DB_FILE: &str = "ochiq.sqlite";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    dataset TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    ok INTEGER NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    job INTEGER
);
CREATE INDEX IF NOT EXISTS history_dataset ON history(dataset, at);
";

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("the workspace database {path}: {detail}")]
    Db { path: PathBuf, detail: String },
    #[error(transparent)]
    Io(#[from] IoError),
}

/// The workspace's history.
pub struct History {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History").field("path", &self.path).finish()
    }
}

impl History {
    /// Opens (creating when missing) the database of the workspace at `root`: written ahead
    /// and flushed on every commit, so a line recorded survives a crash.
    pub fn open(root: &Path) -> Result<Self, HistoryError> {
        let path = root.join(DB_FILE);
        let db = |e: rusqlite::Error| HistoryError::Db {
            path: path.clone(),
            detail: e.to_string(),
        };
        std::fs::create_dir_all(root).map_err(|e| IoError::new(root, e))?;
        let conn = Connection::open(&path).map_err(db)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(db)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(db)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(db)?;
        conn.execute_batch(SCHEMA).map_err(db)?;
        Ok(Self { conn, path })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The open database, for the outbox, whose jobs live beside the history.
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }

    fn db(&self) -> impl Fn(rusqlite::Error) -> HistoryError + '_ {
        move |e| HistoryError::Db {
            path: self.path.clone(),
            detail: e.to_string(),
        }
    }

    /// Adds a line.
    pub fn record(&self, e: &HistoryEntry) -> Result<(), HistoryError> {
        self.conn
            .execute(
                "INSERT INTO history (at, kind, dataset, period, sha256, target, ok, detail, job) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    e.at,
                    e.kind.code(),
                    e.dataset,
                    e.period,
                    e.sha256,
                    e.target,
                    e.ok,
                    e.detail,
                    e.job
                ],
            )
            .map_err(self.db())?;
        Ok(())
    }

    /// The lines matching `filter`, newest first.
    pub fn list(&self, filter: &HistoryFilter) -> Result<Vec<HistoryEntry>, HistoryError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, at, kind, dataset, period, sha256, target, ok, detail, job \
                 FROM history ORDER BY at DESC, id DESC",
            )
            .map_err(self.db())?;
        let rows = stmt
            .query_map([], |row| {
                Ok(HistoryEntry {
                    id: row.get(0)?,
                    at: row.get(1)?,
                    kind: HistoryKind::from_code(&row.get::<_, String>(2)?),
                    dataset: row.get(3)?,
                    period: row.get(4)?,
                    sha256: row.get(5)?,
                    target: row.get(6)?,
                    ok: row.get(7)?,
                    detail: row.get(8)?,
                    job: row.get(9)?,
                })
            })
            .map_err(self.db())?;
        let needle = filter.dataset.to_lowercase();
        let limit = if filter.limit == 0 {
            usize::MAX
        } else {
            filter.limit
        };
        let mut out = Vec::new();
        for row in rows {
            let e = row.map_err(self.db())?;
            let keep = (needle.is_empty() || e.dataset.to_lowercase().contains(&needle))
                && (filter.kinds.is_empty() || filter.kinds.contains(&e.kind))
                && (filter.target.is_empty() || e.target == filter.target)
                && (!filter.failures_only || !e.ok);
            if keep {
                out.push(e);
                if out.len() >= limit {
                    break;
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::HistoryDetail;

    #[test]
    fn lines_come_back_newest_first_and_filtered() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let history = History::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        let mut old = HistoryEntry::new(HistoryKind::Confirmed, "1-104-0012", true, "");
        old.at = 100;
        old.period = "2026-Q2".into();
        let mut check = HistoryEntry::with_detail(
            HistoryKind::Check,
            "1-104-0012",
            false,
            &HistoryDetail::Checked { rows: 5, errors: 2 },
        );
        check.at = 200;
        let mut other = HistoryEntry::new(HistoryKind::Confirmed, "1-001-0008", true, "");
        other.at = 300;
        for e in [&old, &check, &other] {
            history.record(e).unwrap_or_else(|e| panic!("{e}"));
        }
        let list = |filter: HistoryFilter| {
            history
                .list(&filter)
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .map(|e| (e.at, e.kind))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            list(HistoryFilter::default()),
            [
                (300, HistoryKind::Confirmed),
                (200, HistoryKind::Check),
                (100, HistoryKind::Confirmed)
            ]
        );
        let one = HistoryFilter {
            dataset: "104".into(),
            ..HistoryFilter::default()
        };
        assert_eq!(
            list(one),
            [(200, HistoryKind::Check), (100, HistoryKind::Confirmed)]
        );
        let failures = HistoryFilter {
            failures_only: true,
            ..HistoryFilter::default()
        };
        assert_eq!(list(failures), [(200, HistoryKind::Check)]);
        let checks = history
            .list(&HistoryFilter {
                kinds: vec![HistoryKind::Check],
                ..HistoryFilter::default()
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            checks.first().map(HistoryEntry::parsed_detail),
            Some(HistoryDetail::Checked { rows: 5, errors: 2 })
        );
    }
}
