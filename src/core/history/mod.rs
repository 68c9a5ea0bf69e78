//! The history: what happened to each dataset (checks, publishes, their confirmations and
//! failures, periods marked done by hand) as data, and its storage, the `history` table of the
//! workspace's database ([`store`]). The outbox records its steps here and the calendar reads
//! the publishes it counts from here, so neither needs the other. A failure is kept as the
//! data of a [`PublishError`], which is why that vocabulary lives here; the front ends phrase
//! it, the core never writes sentences into the history.

pub mod store;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::core::date::unix_now;
pub use store::{DB_FILE, History, HistoryError};

/// What the history records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HistoryKind {
    /// A dataset was checked against its schema.
    Check,
    Queued,
    /// The file was sent (or written, for a folder).
    Sent,
    /// A send cut short was found already done on the portal, and not sent again.
    AlreadyThere,
    Confirmed,
    /// Sent, the confirmation not there yet.
    Waiting,
    /// A passing failure; the job will be tried again by itself.
    Retrying,
    Failed,
    Paused,
    Resumed,
    Cancelled,
    /// A package was taken in from a folder.
    Imported,
    /// A period was marked done by hand (published outside Ochiq).
    MarkedDone,
    /// Values of the dataset were changed by hand (cells typed, rows deleted) and saved in
    /// its recipe.
    Edited,
    /// Columns with personal data were reviewed and may be published.
    Reviewed,
}

impl HistoryKind {
    pub const ALL: [HistoryKind; 15] = [
        Self::Check,
        Self::Queued,
        Self::Sent,
        Self::AlreadyThere,
        Self::Confirmed,
        Self::Waiting,
        Self::Retrying,
        Self::Failed,
        Self::Paused,
        Self::Resumed,
        Self::Cancelled,
        Self::Imported,
        Self::MarkedDone,
        Self::Edited,
        Self::Reviewed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Check => "check",
            Self::Queued => "queued",
            Self::Sent => "sent",
            Self::AlreadyThere => "already-there",
            Self::Confirmed => "confirmed",
            Self::Waiting => "waiting",
            Self::Retrying => "retrying",
            Self::Failed => "failed",
            Self::Paused => "paused",
            Self::Resumed => "resumed",
            Self::Cancelled => "cancelled",
            Self::Imported => "imported",
            Self::MarkedDone => "marked-done",
            Self::Edited => "edited",
            Self::Reviewed => "personal-review",
        }
    }

    /// The kind a stored code names; an unknown code (from a newer version) reads as a
    /// failure, so it is never taken for a success.
    pub fn from_code(code: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == code)
            .unwrap_or(Self::Failed)
    }
}

/// One line of the history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    pub kind: HistoryKind,
    pub dataset: String,
    pub period: String,
    pub sha256: String,
    pub target: String,
    pub ok: bool,
    /// As stored: the JSON of a [`HistoryDetail`], or free text from an older version
    /// (see [`HistoryEntry::parsed_detail`]).
    pub detail: String,
    pub job: Option<i64>,
}

impl HistoryEntry {
    pub fn new(kind: HistoryKind, dataset: &str, ok: bool, detail: &str) -> Self {
        Self {
            id: 0,
            at: unix_now(),
            kind,
            dataset: dataset.to_owned(),
            period: String::new(),
            sha256: String::new(),
            target: String::new(),
            ok,
            detail: detail.to_owned(),
            job: None,
        }
    }

    /// A line whose detail is `detail`.
    pub fn with_detail(kind: HistoryKind, dataset: &str, ok: bool, detail: &HistoryDetail) -> Self {
        Self::new(kind, dataset, ok, &detail.stored())
    }

    /// The detail, for a front end to phrase.
    pub fn parsed_detail(&self) -> HistoryDetail {
        HistoryDetail::parse(&self.detail)
    }
}

/// Which history lines to list.
#[derive(Debug, Clone, Default)]
pub struct HistoryFilter {
    /// Part of the dataset code (case-insensitive).
    pub dataset: String,
    pub kinds: Vec<HistoryKind>,
    pub target: String,
    pub failures_only: bool,
    pub limit: usize,
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
    /// Cells typed and rows deleted by hand, newly saved in the dataset's recipe.
    ByHand { cells: u64, rows: u64 },
    /// A file, folder or address: what was sent, where a package came from.
    Path(String),
    /// Free text, as older versions recorded it.
    Text(String),
    /// Who decided that columns with personal data may be published, which, and why.
    Reviewed {
        reviewer: String,
        columns: Vec<String>,
        reason: crate::core::validate::personal::ReviewReason,
        note: String,
    },
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
    #[error("personal data with no recorded review, in: {}", .columns.join(", "))]
    PersonalData { columns: Vec<String> },
    /// The token would leave by an unsafe address; nothing was sent with it.
    #[error("{0}")]
    Address(AddressProblem),
}

/// Why a token is not sent to an address. Addresses are kept as shown to people: scheme,
/// host, port and path, never a user name, password, query or fragment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddressProblem {
    /// Not a web address (`https://…`).
    Invalid { detail: String },
    /// Plain http to another computer: the token would travel in clear.
    PlainHttp { url: String },
    /// A user name or password written into the address.
    Credentials,
    /// The portal sent the request on to another address (another host or port, or plain
    /// http); it was not followed with the token.
    Redirected { to: String },
}

/// For logs and `Debug`-like output only; front ends phrase [`AddressProblem`] themselves.
impl std::fmt::Display for AddressProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Invalid { detail } => write!(f, "not a web address: {detail}"),
            Self::PlainHttp { url } => {
                write!(f, "a token is sent only over https, not to {url}")
            }
            Self::Credentials => write!(f, "the address carries a user name or password"),
            Self::Redirected { to } => {
                write!(
                    f,
                    "the portal sent the request on to {to}; not followed with the token"
                )
            }
        }
    }
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
