//! data.egov.uz through the JSON API its own web pages use (`/apiClient/…`, `/apiData/…`):
//! the organisation's catalogue (`gettable`), a dataset's structure (`GetById`) and its
//! published data (`GetByFile`, JSON). Every answer comes in the portal's envelope
//! `{result, status, code, error, errors}`, which is unwrapped here.
//!
//! The portal has no public upload API for agencies: uploads are made by a person in the
//! portal's web cabinet and moderated there. So `publish` writes a portal-ready file (the
//! dataset's published columns, in the published order and with the published names), notes
//! the catalogue's `updateDate` for the dataset, and leaves the upload to a person
//! (`Receipt::manual`); `confirm` then watches the catalogue until the date moves and the
//! dataset is no longer overdue. An upload API, if one appears, fits behind the same
//! [`Connector`] methods without changing callers.

mod envelope;
mod export;
mod rows;
mod structure;

use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::blocking::Client;

use super::{
    Account, Confirmation, Connector, HistoryDetail, Organisation, Preflight, PublishError,
    Published, Receipt, RemoteDataset, Unconfirmed, file_sha256,
};
use crate::core::ingest;
use crate::core::lang::Lang;
use crate::core::progress::Progress;
use crate::core::schema::Package;
use crate::core::schema::infer::infer_schema;
use crate::core::schema::portal::portal_text;
pub use envelope::{is_later, unwrap_envelope};
pub use export::ExportFormat;
pub use rows::published_table;
pub use structure::{StructureProblem, structure_problems};
use structure::{data_options, describe};

/// The portal sits behind a web application firewall that turns away clients that do not
/// look like a browser; Ochiq still names itself at the end.
const USER_AGENT: &str = concat!(
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ",
    "Chrome/124.0 Safari/537.36 Ochiq/",
    env!("CARGO_PKG_VERSION")
);

/// Catalogue records asked for per page.
const PAGE_SIZE: u32 = 100;
/// Metadata answers (catalogue pages, structures) larger than this are refused.
const META_LIMIT: u64 = 32 << 20;
/// The published data larger than this is refused (it is held in memory to be compared).
const DATA_LIMIT: u64 = 1 << 30;

/// A connector for data.egov.uz, on behalf of one organisation (the portal's `orgId`).
pub struct Egov {
    base: String,
    org_id: u64,
    http: Client,
    /// Catalogue records asked for per page.
    pub page_size: u32,
    /// The published data larger than this (bytes) is refused.
    pub data_limit: u64,
    /// Where `publish` writes the portal-ready file; `None` writes it beside the data file.
    pub export_dir: Option<PathBuf>,
    pub export_format: ExportFormat,
}

impl std::fmt::Debug for Egov {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Only what identifies the target: a key or session, should one be added, stays out.
        f.debug_struct("Egov")
            .field("base", &self.base)
            .field("org_id", &self.org_id)
            .finish()
    }
}

impl Egov {
    /// A connector for the portal at `base` (`https://data.egov.uz`) and the organisation
    /// numbered `org_id` (the portal's `orgId`).
    pub fn new(base: &str, org_id: u64) -> Result<Self, PublishError> {
        let http = Client::builder()
            .connect_timeout(Duration::from_secs(20))
            .timeout(Duration::from_secs(120))
            .user_agent(USER_AGENT)
            .build()
            .map_err(PublishError::network)?;
        Ok(Self {
            base: base.trim_end_matches('/').to_owned(),
            org_id,
            http,
            page_size: PAGE_SIZE,
            data_limit: DATA_LIMIT,
            export_dir: None,
            export_format: ExportFormat::default(),
        })
    }

    pub fn org_id(&self) -> u64 {
        self.org_id
    }

    /// The dataset's page for people. Assumed from links to the portal seen in public
    /// (`/rus/data/<structId>`); the portal publishes no list of its page addresses.
    pub fn page_url(&self, struct_id: &str) -> String {
        format!("{}/rus/data/{struct_id}", self.base)
    }
}

impl Connector for Egov {
    /// There is no login API: the account is the organisation this connector was made for,
    /// titled from its first catalogue record. Reading the catalogue also proves the portal
    /// answers.
    fn account(&self) -> Result<Account, PublishError> {
        let org = self.org_id.to_string();
        let (records, _) = self.catalogue_page(&org, 0)?;
        let title = records
            .first()
            .map(|r| portal_text(&r["orgName"]).best(Lang::UzLatn).to_owned())
            .unwrap_or_default();
        Ok(Account {
            user: String::new(),
            organisations: vec![Organisation { name: org, title }],
        })
    }

    /// The passport's title and description, the organisation, the dataset in its
    /// catalogue, and the data file's columns against the published structure. The
    /// [`Preflight`] list has no way yet to say that the dataset is missing or that columns
    /// differ, so those come back as `Err(Refused)` naming every problem (see
    /// [`Egov::structure_check`] for them as data).
    fn preflight(
        &self,
        package: &Package,
        organisation: &str,
        data: &Path,
    ) -> Result<Vec<Preflight>, PublishError> {
        let mut problems = Vec::new();
        let ours = self.org_id.to_string();
        if !organisation.trim().is_empty() && organisation.trim() != ours {
            problems.push(Preflight::NoSuchOrganisation(organisation.to_owned()));
            return Ok(problems);
        }
        let p = &package.passport;
        if p.title.best(Lang::UzLatn).trim().is_empty() {
            problems.push(Preflight::Missing("title"));
        }
        if p.description.best(Lang::UzLatn).trim().is_empty() {
            problems.push(Preflight::Missing("description"));
        }
        if let Err(PublishError::Refused(_)) = self.find_dataset(package, organisation) {
            let p = &package.passport;
            let name = if p.portal_id.trim().is_empty() {
                &p.code
            } else {
                &p.portal_id
            };
            problems.push(Preflight::NoSuchDataset(name.trim().to_owned()));
            return Ok(problems);
        }
        let structure = self.structure_check(package, organisation, data)?;
        if !structure.is_empty() {
            let mut columns = (Vec::new(), Vec::new(), Vec::new());
            for problem in structure {
                match problem {
                    StructureProblem::MissingColumn(c) => columns.0.push(c),
                    StructureProblem::ExtraColumn(c) => columns.1.push(c),
                    StructureProblem::RepeatedColumn(c) => columns.2.push(c),
                }
            }
            problems.push(Preflight::Columns {
                missing: columns.0,
                extra: columns.1,
                repeated: columns.2,
            });
        }
        Ok(problems)
    }

    /// Writes the portal-ready file and leaves the upload to a person: the receipt's
    /// `dataset_url` is the dataset's page (to open in the browser), `resource_url` the file
    /// written, and `marker` the catalogue's `updateDate` before the upload.
    fn publish(
        &self,
        package: &Package,
        organisation: &str,
        data: &Path,
        progress: &dyn Progress,
    ) -> Result<Receipt, PublishError> {
        let dataset = self.find_dataset(package, organisation)?;
        let schema = self.structure(&dataset.id)?;
        let (_, table) = ingest::read_table(data, &data_options(package), progress)
            .map_err(|e| PublishError::reading(data, e))?;
        let problems = structure_problems(&schema, table.header());
        if !problems.is_empty() {
            return Err(PublishError::Refused(describe(&problems)));
        }
        let path = self.export_path(data, &dataset);
        let types = package
            .resources
            .first()
            .map(|r| r.schema.clone())
            .unwrap_or_default();
        self.write_export(&path, &schema, &types, &table, progress)?;
        let size = std::fs::metadata(&path)
            .map_err(|e| PublishError::file(&path, e))?
            .len();
        Ok(Receipt {
            dataset_url: dataset.url.clone(),
            resource_id: String::new(),
            resource_url: path.display().to_string(),
            size,
            created: false,
            sha256: file_sha256(&path)?,
            marker: dataset.updated.clone(),
            manual: true,
            dataset: dataset.id,
        })
    }

    /// Confirmed once the catalogue shows an `updateDate` later than the one noted at publish
    /// and the dataset is not overdue (`lateDay` 0); waiting until then.
    fn confirm(&self, _package: &Package, receipt: &Receipt) -> Result<Confirmation, PublishError> {
        let dataset = self
            .catalogue("")?
            .into_iter()
            .find(|d| d.id == receipt.dataset)
            .ok_or_else(|| {
                PublishError::NotConfirmed(Unconfirmed::NotInCatalogue {
                    dataset: receipt.dataset.clone(),
                })
            })?;
        let late = dataset.late_days.unwrap_or(0);
        if is_later(&dataset.updated, &receipt.marker) && late <= 0 {
            Ok(Confirmation::Confirmed(HistoryDetail::PortalUpdated {
                updated: dataset.updated,
                rows: dataset.rows,
            }))
        } else {
            Ok(Confirmation::Waiting(HistoryDetail::PortalWaiting {
                updated: dataset.updated,
                noted: receipt.marker.clone(),
                rows: dataset.rows,
                late_days: late,
            }))
        }
    }

    /// The portal keeps no hash of the files it was given, and its downloads are rebuilt from
    /// its database (their bytes never match an upload), so nothing can be found by hash.
    fn find(
        &self,
        _package: &Package,
        _organisation: &str,
        _sha256: &str,
    ) -> Result<Option<Receipt>, PublishError> {
        Ok(None)
    }

    /// Every record of the organisation's catalogue (`organisation` is its number; empty means
    /// this connector's), read page by page.
    fn catalogue(&self, organisation: &str) -> Result<Vec<RemoteDataset>, PublishError> {
        let org = self.org_param(organisation)?;
        let mut out = Vec::new();
        loop {
            let (records, count) = self.catalogue_page(&org, out.len() as u64)?;
            if records.is_empty() {
                break;
            }
            let short = records.len() < self.page_size.max(1) as usize;
            out.extend(records.iter().map(|r| self.remote_dataset(r)));
            // Without a count, a short page is the last one.
            let done = match count {
                Some(count) => out.len() as u64 >= count,
                None => short,
            };
            if done {
                break;
            }
        }
        Ok(out)
    }

    /// The published structure (`GetById`) and data (`GetByFile` as JSON, in Uzbek Latin),
    /// with the columns in the structure's order and field types read from the values.
    fn published(&self, dataset: &str) -> Result<Published, PublishError> {
        let mut schema = self.structure(dataset)?;
        let body = self.fetch(
            "/apiData/MainData/GetByFile",
            &[
                ("id", dataset),
                ("fileType", "1"),
                ("tableType", "2"),
                ("lang", "1"),
            ],
            self.data_limit,
        )?;
        let table = published_table(&body, &schema)?;
        let inferred = infer_schema(&table);
        for field in &mut schema.fields {
            if let Some(seen) = inferred.field(&field.name) {
                field.field_type = seen.field_type;
            }
        }
        Ok(Published { schema, table })
    }
}

#[cfg(test)]
mod tests;
