//! Publishing a dataset to a portal, behind one interface: check the credentials, check
//! before publishing, publish (metadata, then the data file), and confirm from the portal's own
//! answer that what was sent is there; and read what the portal already has (the
//! organisation's catalogue, a dataset's published structure and data). Implementations: CKAN
//! (`ckan`), data.egov.uz (`egov`), a folder or USB stick (`folder`). Secrets are passed in by
//! the caller (from the OS keychain, `secrets`) and never printed: `Debug` of a connector hides
//! them.

pub mod ckan;
pub mod diff;
pub mod egov;
pub mod folder;
pub mod jumps;
pub mod outbox;
pub mod portal_file;
pub mod secrets;
pub mod target;
pub mod transport;

use std::path::Path;

use serde::{Deserialize, Serialize};

pub use crate::core::history::{AddressProblem, HistoryDetail, PublishError, Unconfirmed};

/// The queued package's property naming the reporting period its data covers.
pub const PERIOD_PROPERTY: &str = "ochiq:period";
/// The queued package's property holding the review that lets its personal data be
/// published.
pub const REVIEW_PROPERTY: &str = "ochiq:personal-review";

/// The review a queued package carries, if any.
pub fn review_of(package: &Package) -> Option<crate::core::validate::personal::PersonalReview> {
    package
        .extra
        .get(REVIEW_PROPERTY)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
}

/// The personal data in a data file that the package's review does not cover: the outbox
/// sends no file with any (whatever queued it, a window, a command, an imported folder).
pub fn unreviewed_in_file(package: &Package, data: &Path) -> Result<Vec<String>, PublishError> {
    let options = crate::core::ingest::OpenOptions::default();
    let (_, table) =
        crate::core::ingest::read_table(data, &options, &crate::core::progress::NoProgress)
            .map_err(|e| PublishError::reading(data, e))?;
    let found = crate::core::validate::personal::scan_table(&table);
    let review = review_of(package);
    Ok(
        crate::core::validate::personal::unreviewed(&found, review.as_ref())
            .into_iter()
            .map(|c| c.field.clone())
            .collect(),
    )
}
use crate::core::lang::LangText;
use crate::core::progress::Progress;
use crate::core::schema::{Package, TableSchema};
use crate::core::table::Table;

/// The account a token belongs to, and the organisations it may publish into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub user: String,
    pub organisations: Vec<Organisation>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// The portal's identifier (CKAN: the organisation's name).
    pub name: String,
    pub title: String,
}

/// A problem found before publishing, which would make the portal refuse the dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Preflight {
    /// The target organisation does not exist or the account may not publish into it.
    NoSuchOrganisation(String),
    /// A passport item the portal requires is empty (`title`, `description` …).
    Missing(&'static str),
    /// The data file is over the portal's size limit.
    TooLarge { size: u64, limit: u64 },
    /// The dataset is not in the organisation's catalogue (looked up by the passport's
    /// portal id, else its code); such portals publish only datasets they already list.
    NoSuchDataset(String),
    /// The data file's columns differ from the dataset's published structure.
    Columns {
        missing: Vec<String>,
        extra: Vec<String>,
        repeated: Vec<String>,
    },
}

/// What was published, to confirm and to record (kept in the outbox as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Receipt {
    /// The dataset's identifier on the portal (CKAN: its name).
    pub dataset: String,
    pub dataset_url: String,
    pub resource_id: String,
    pub resource_url: String,
    /// Bytes sent.
    pub size: u64,
    /// Whether the dataset was created (not updated).
    pub created: bool,
    /// SHA-256 of the file sent, lower-case hex.
    pub sha256: String,
    /// Whatever the portal's confirmation compares against, e.g. data.egov.uz's `updateDate`
    /// before the upload (the upload is done by hand there, and is seen when it moves).
    pub marker: String,
    /// The upload is left to a person (the portal's page was opened for it).
    pub manual: bool,
}

/// What the portal says after a publish; the detail says what proves it (or what is still
/// missing), for the history and the front ends to phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confirmation {
    /// The portal has the data and metadata as sent.
    Confirmed(HistoryDetail),
    /// Not yet (an upload done by hand, a moderation queue); ask again later.
    Waiting(HistoryDetail),
}

/// A dataset as the portal's catalogue lists it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RemoteDataset {
    /// The portal's identifier (CKAN: the dataset's name; data.egov.uz: the 24-hex `structId`).
    pub id: String,
    /// The human code (data.egov.uz: `1-001-0008`).
    pub code: String,
    pub title: LangText,
    pub organisation: LangText,
    /// Rows published, when the portal tells.
    pub rows: Option<u64>,
    /// When the portal last updated it, as the portal writes it.
    pub updated: String,
    /// Days overdue by the portal's own reckoning (data.egov.uz `lateDay`).
    pub late_days: Option<i64>,
    /// The portal's status word (new, updated, rejected, approved, outdated), when it tells.
    pub status: String,
    /// The dataset's page, for people.
    pub url: String,
}

/// A dataset's published structure and data, to compare the next version with.
#[derive(Debug, Clone)]
pub struct Published {
    pub schema: TableSchema,
    pub table: Table,
}

/// A portal Ochiq publishes to.
pub trait Connector: Send + Sync + std::fmt::Debug {
    /// Who the credentials belong to and where they may publish.
    fn account(&self) -> Result<Account, PublishError>;
    /// What the portal would refuse, before anything is sent.
    fn preflight(
        &self,
        package: &Package,
        organisation: &str,
        data: &Path,
    ) -> Result<Vec<Preflight>, PublishError>;
    /// Creates or updates the dataset and uploads or replaces its data file.
    fn publish(
        &self,
        package: &Package,
        organisation: &str,
        data: &Path,
        progress: &dyn Progress,
    ) -> Result<Receipt, PublishError>;
    /// Reads the dataset back and checks that the metadata and the file sent are there.
    fn confirm(&self, package: &Package, receipt: &Receipt) -> Result<Confirmation, PublishError>;
    /// What the portal already has of exactly this file (by its SHA-256), so a publish cut
    /// short by a crash is never sent twice.
    fn find(
        &self,
        package: &Package,
        organisation: &str,
        sha256: &str,
    ) -> Result<Option<Receipt>, PublishError>;
    /// The organisation's datasets as the portal lists them.
    fn catalogue(&self, organisation: &str) -> Result<Vec<RemoteDataset>, PublishError> {
        let _ = organisation;
        Err(PublishError::Unsupported)
    }
    /// A dataset's published structure and data (`dataset` is a [`RemoteDataset::id`]).
    fn published(&self, dataset: &str) -> Result<Published, PublishError> {
        let _ = dataset;
        Err(PublishError::Unsupported)
    }
}

/// SHA-256 of a file, lower-case hex, read in pieces.
pub fn file_sha256(path: &Path) -> Result<String, PublishError> {
    use sha2::Digest;
    use std::io::Read;
    let fail = |e: std::io::Error| PublishError::file(path, e);
    let mut file = std::fs::File::open(path).map_err(fail)?;
    let mut hasher = sha2::Sha256::new();
    let mut buf = vec![0u8; 256 << 10];
    loop {
        let n = file.read(&mut buf).map_err(fail)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

/// SHA-256 of bytes in memory, lower-case hex.
pub fn bytes_sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
