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
pub mod flow;
pub mod folder;
pub mod outbox;
pub mod secrets;
pub mod target;

use std::path::Path;

use serde::{Deserialize, Serialize};

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

/// What a history line (or a job's confirmation or failure) records beyond its kind, as data:
/// the front ends phrase it in the interface's language. Stored as JSON in the history's
/// `detail` column; a detail that is not this JSON is free text from an older version, kept as
/// [`HistoryDetail::Text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HistoryDetail {
    /// A check read `rows` rows and found `errors` errors.
    Checked { rows: u64, errors: u64 },
    /// The folder target holds the package as written: its folder, the data file's size and
    /// SHA-256.
    FolderWritten {
        path: String,
        bytes: u64,
        sha256: String,
    },
    /// The portal serves the data file as sent (CKAN): its size and address.
    PortalFile { bytes: u64, url: String },
    /// The portal's catalogue shows the dataset updated after the publish (data.egov.uz).
    PortalUpdated { updated: String, rows: Option<u64> },
    /// The portal's catalogue does not show the upload yet: when it last moved, what was
    /// noted at publish, the rows it holds and how many days late it counts the dataset.
    PortalWaiting {
        updated: String,
        noted: String,
        rows: Option<u64>,
        late_days: i64,
    },
    /// A publish or a check stopped (a portal that does not hold what was sent is
    /// [`PublishError::NotConfirmed`]); the error as the front ends phrase live ones.
    Failed(PublishError),
    /// A file, folder or address: what was sent, where a package came from.
    Path(String),
    /// Free text, as older versions recorded it.
    Text(String),
}

impl HistoryDetail {
    /// The detail as the history stores it (JSON); an empty text stays empty.
    pub fn stored(&self) -> String {
        match self {
            Self::Text(t) if t.is_empty() => String::new(),
            other => serde_json::to_string(other).unwrap_or_default(),
        }
    }

    /// Reads a stored detail; anything that is not a stored [`HistoryDetail`] is old free text.
    pub fn parse(stored: &str) -> Self {
        if stored.starts_with('{')
            && let Ok(detail) = serde_json::from_str(stored)
        {
            return detail;
        }
        Self::Text(stored.to_owned())
    }
}

/// Why the portal's answer does not confirm a publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unconfirmed {
    /// The portal has no such dataset.
    DatasetMissing,
    /// The dataset's title on the portal is not the one sent.
    TitleDiffers { found: String },
    /// The dataset holds no data file with the id the upload returned.
    FileMissing,
    /// The portal lists the data file with another size.
    SizeDiffers { found: u64, sent: u64 },
    /// The portal serves a data file of another size.
    ServedSizeDiffers { served: u64, sent: u64 },
    /// The dataset is no longer in the organisation's catalogue.
    NotInCatalogue { dataset: String },
    /// The folder holds another data file than the one written.
    AnotherFile,
    /// The package written could not be read back.
    Unreadable { path: String, detail: String },
}

/// For logs and `Debug`-like output only; front ends phrase [`Unconfirmed`] themselves.
impl std::fmt::Display for Unconfirmed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::DatasetMissing => write!(f, "the dataset is missing"),
            Self::TitleDiffers { found } => write!(f, "the title is {found}"),
            Self::FileMissing => write!(f, "the data file is missing"),
            Self::SizeDiffers { found, sent } => {
                write!(f, "the file has {found} bytes, {sent} were sent")
            }
            Self::ServedSizeDiffers { served, sent } => {
                write!(f, "the portal serves {served} bytes, {sent} were sent")
            }
            Self::NotInCatalogue { dataset } => {
                write!(f, "dataset {dataset} is no longer in the catalogue")
            }
            Self::AnotherFile => write!(f, "the folder holds another file"),
            Self::Unreadable { path, detail } => write!(f, "cannot read {path}: {detail}"),
        }
    }
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

/// Why publishing stopped. Serialisable so the history keeps a failure as data, phrased by the
/// front ends like a live one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublishError {
    #[error("the portal does not accept this token")]
    BadToken,
    #[error("this account may not do that: {0}")]
    NotAllowed(String),
    #[error("the file is larger than the portal accepts")]
    TooLarge,
    #[error("the portal could not be reached: {0}")]
    Network(String),
    #[error("the portal refused the request: {0}")]
    Refused(String),
    #[error("the portal answered something unexpected: {0}")]
    Protocol(String),
    #[error("cannot read {path}: {detail}")]
    File { path: String, detail: String },
    #[error("the dataset is not on the portal as sent: {0}")]
    NotConfirmed(Unconfirmed),
    #[error("stopped")]
    Cancelled,
    #[error("this portal does not offer that")]
    Unsupported,
    #[error("no token is stored for this account")]
    NoCredentials,
}

impl PublishError {
    /// A file that could not be read or written.
    pub fn file(path: &Path, detail: impl std::fmt::Display) -> Self {
        Self::File {
            path: path.display().to_string(),
            detail: detail.to_string(),
        }
    }

    /// A data file that could not be read; a read the user stopped is [`Self::Cancelled`].
    pub fn reading(path: &Path, error: crate::core::ingest::IngestError) -> Self {
        match error {
            crate::core::ingest::IngestError::Cancelled => Self::Cancelled,
            other => Self::file(path, other),
        }
    }

    /// A transport failure in words a person can act on: the cause chain, without the
    /// address (which may carry a query with identifiers).
    pub fn network(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            return Self::Network("the portal did not answer in time".into());
        }
        let e = e.without_url();
        let mut text = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            let more = s.to_string();
            if !text.contains(&more) {
                text.push_str(": ");
                text.push_str(&more);
            }
            source = s.source();
        }
        Self::Network(text)
    }

    /// Worth trying again later by itself (the network, a server's passing trouble), as
    /// opposed to something a person must change first (a token, a file, a permission).
    pub fn is_transient(&self) -> bool {
        matches!(self, Self::Network(_) | Self::Protocol(_))
    }
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
