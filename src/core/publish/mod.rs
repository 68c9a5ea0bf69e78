//! Publishing a dataset to a portal, behind one interface: check the credentials, check
//! before publishing, publish (metadata, then the data file), and confirm from the portal's own
//! answer that what was sent is there. Implementations: CKAN (`ckan`). Secrets are passed in
//! by the caller (from the OS keychain) and never printed: `Debug` of a connector hides them.

pub mod ckan;

use std::path::Path;

use crate::core::progress::Progress;
use crate::core::schema::Package;

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
}

/// What was published, to confirm and to record.
#[derive(Debug, Clone, PartialEq, Eq)]
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
}

/// Why publishing stopped.
#[derive(Debug, thiserror::Error)]
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
    NotConfirmed(String),
    #[error("stopped")]
    Cancelled,
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
    fn confirm(&self, package: &Package, receipt: &Receipt) -> Result<(), PublishError>;
}
