//! CKAN through its Action API (`/api/3/action/…`): `user_show` and
//! `organization_list_for_user` for the account, `package_show` then `package_create` or
//! `package_patch` for the metadata, a multipart `resource_create` or `resource_patch` for the
//! file, and `package_show` again (plus the file read back) to confirm.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use reqwest::blocking::{Client, RequestBuilder, multipart};
use serde_json::{Value, json};

use super::{
    Account, Confirmation, Connector, HistoryDetail, Organisation, Preflight, PublishError,
    Receipt, Unconfirmed, file_sha256,
};
use crate::core::lang::Lang;
use crate::core::progress::Progress;
use crate::core::schema::Package;
use crate::core::schema::package::slug;

/// Files up to this size are read back after upload and compared byte for byte.
const COMPARE_LIMIT: u64 = 32 << 20;

pub struct Ckan {
    base: String,
    token: String,
    http: Client,
    /// The portal's upload limit, when known (CKAN does not tell it through the API).
    pub max_upload: Option<u64>,
}

impl std::fmt::Debug for Ckan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token.
        f.debug_struct("Ckan").field("base", &self.base).finish()
    }
}

impl Ckan {
    /// A connector for the CKAN at `base` (`https://data.example.uz`) with an API token.
    pub fn new(base: &str, token: &str) -> Result<Self, PublishError> {
        Self::with_timeout(base, token, Duration::from_secs(600))
    }

    /// As [`Ckan::new`], giving up on any one request after `timeout` (a server that
    /// accepts the connection and never answers must not hold a job forever).
    pub fn with_timeout(base: &str, token: &str, timeout: Duration) -> Result<Self, PublishError> {
        let http = Client::builder()
            .connect_timeout(Duration::from_secs(20))
            .timeout(timeout)
            .user_agent(concat!("Ochiq/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| PublishError::Network(e.to_string()))?;
        Ok(Self {
            base: base.trim_end_matches('/').to_owned(),
            token: token.trim().to_owned(),
            http,
            max_upload: None,
        })
    }

    fn action(&self, name: &str) -> String {
        format!("{}/api/3/action/{name}", self.base)
    }

    fn authorised(&self, request: RequestBuilder) -> RequestBuilder {
        request.header("Authorization", &self.token)
    }

    /// Sends a request and takes the `result` out of CKAN's envelope.
    fn send(&self, request: RequestBuilder) -> Result<Value, PublishError> {
        let response = self
            .authorised(request)
            .send()
            .map_err(PublishError::network)?;
        let status = response.status().as_u16();
        let text = response.text().map_err(PublishError::network)?;
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if status == 413 {
            return Err(PublishError::TooLarge);
        }
        if body["success"] == json!(true) {
            return Ok(body["result"].clone());
        }
        let error = &body["error"];
        let message = error["message"]
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| error.to_string());
        let too_large = error["upload"].as_array().is_some_and(|a| {
            a.iter()
                .any(|m| m.as_str().is_some_and(|m| m.contains("too large")))
        });
        match status {
            _ if too_large => Err(PublishError::TooLarge),
            401 => Err(PublishError::BadToken),
            500..=599 => Err(PublishError::Protocol(format!("HTTP {status}: {message}"))),
            403 => Err(PublishError::NotAllowed(message)),
            404 => Err(PublishError::Refused(format!("not found: {message}"))),
            _ if body.is_null() => Err(PublishError::Protocol(format!(
                "HTTP {status}: {}",
                text.chars().take(200).collect::<String>()
            ))),
            _ => Err(PublishError::Refused(message)),
        }
    }

    fn get(&self, action: &str, query: &[(&str, &str)]) -> Result<Value, PublishError> {
        let url = reqwest::Url::parse_with_params(&self.action(action), query)
            .map_err(|e| PublishError::Protocol(e.to_string()))?;
        self.send(self.http.get(url))
    }

    fn post(&self, action: &str, body: &Value) -> Result<Value, PublishError> {
        self.send(self.http.post(self.action(action)).json(body))
    }

    /// The dataset named `name`, if the portal has it.
    pub fn package(&self, name: &str) -> Result<Option<Value>, PublishError> {
        match self.get("package_show", &[("id", name)]) {
            Ok(v) => Ok(Some(v)),
            Err(PublishError::Refused(m)) if m.starts_with("not found") => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The dataset's name on CKAN: its portal code, else its title, as CKAN allows names.
pub fn dataset_name(package: &Package) -> String {
    let p = &package.passport;
    let base = if p.code.trim().is_empty() {
        slug(p.title.best(Lang::UzLatn))
    } else {
        slug(&p.code)
    };
    let name: String = base
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(100)
        .collect();
    if name.len() < 2 {
        format!("dataset-{name}")
    } else {
        name
    }
}

/// CKAN's licence id for the passport's licence.
fn licence_id(name: &str) -> &str {
    match name {
        "CC-BY-SA-4.0" => "cc-by-sa",
        "CC-BY-4.0" => "cc-by",
        "CC0-1.0" => "cc-zero",
        "ODbL-1.0" => "odc-odbl",
        other => other,
    }
}

/// The passport as CKAN dataset fields: the Uzbek Latin texts in CKAN's own fields, the other
/// languages, periodicity and identifiers as extras.
pub fn package_fields(package: &Package, organisation: &str) -> Value {
    let p = &package.passport;
    let tags: Vec<Value> = p
        .keywords
        .best(Lang::UzLatn)
        .split([',', ';'])
        .map(str::trim)
        .filter(|k| k.chars().count() >= 2)
        .map(|k| json!({ "name": k.chars().take(100).collect::<String>() }))
        .collect();
    let mut extras = Vec::new();
    let mut extra = |key: &str, value: &str| {
        if !value.trim().is_empty() {
            extras.push(json!({ "key": key, "value": value }));
        }
    };
    for lang in [Lang::UzCyrl, Lang::Ru, Lang::En] {
        let suffix = lang.code().replace('-', "_").to_lowercase();
        extra(&format!("title_{suffix}"), p.title.get(lang));
        extra(&format!("notes_{suffix}"), p.description.get(lang));
        extra(&format!("tags_{suffix}"), p.keywords.get(lang));
    }
    extra("frequency", p.periodicity.iso8601().unwrap_or_default());
    extra("portal_code", &p.code);
    extra("sphere", &p.sphere);
    extra("coverage", &p.coverage);
    extra("organisation", p.organisation.best(Lang::UzLatn));
    json!({
        "name": dataset_name(package),
        "title": p.title.best(Lang::UzLatn),
        "notes": p.description.best(Lang::UzLatn),
        "owner_org": organisation,
        "license_id": licence_id(&p.licence.name),
        "maintainer": p.contact.name,
        "maintainer_email": p.contact.email,
        "tags": tags,
        "extras": extras,
    })
}

/// The upload body: chunks of the file, read on a thread of the caller's that tells progress
/// and stops when asked (the body must own its reader; the progress is only borrowed).
struct Chunks {
    rx: std::sync::mpsc::Receiver<Vec<u8>>,
    buf: Vec<u8>,
    at: usize,
}

impl Read for Chunks {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.buf.len() {
            match self.rx.recv() {
                Ok(next) => {
                    self.buf = next;
                    self.at = 0;
                }
                // The file ended, or the sender stopped: the body ends here.
                Err(_) => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len() - self.at);
        out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Sends `file` into `tx` in pieces, telling `progress`; stops early when cancelled.
fn feed(
    mut file: std::fs::File,
    size: u64,
    tx: std::sync::mpsc::SyncSender<Vec<u8>>,
    progress: &dyn Progress,
) {
    let mut sent = 0u64;
    loop {
        if progress.cancelled() {
            return;
        }
        let mut piece = vec![0u8; 256 << 10];
        match file.read(&mut piece) {
            Ok(0) | Err(_) => return,
            Ok(n) => {
                piece.truncate(n);
                sent += n as u64;
                if tx.send(piece).is_err() {
                    return;
                }
                progress.set(sent, size);
            }
        }
    }
}

impl Connector for Ckan {
    fn account(&self) -> Result<Account, PublishError> {
        // Without a valid token CKAN answers as to an anonymous visitor: `user_show` with no
        // id then finds no one.
        let user = match self.get("user_show", &[]) {
            Ok(u) => u,
            Err(PublishError::Refused(m)) if m.starts_with("not found") => {
                return Err(PublishError::BadToken);
            }
            Err(PublishError::NotAllowed(_)) => return Err(PublishError::BadToken),
            Err(e) => return Err(e),
        };
        let orgs = self.get(
            "organization_list_for_user",
            &[("permission", "create_dataset")],
        )?;
        let organisations = orgs
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|o| Organisation {
                        name: o["name"].as_str().unwrap_or_default().to_owned(),
                        title: o["title"].as_str().unwrap_or_default().to_owned(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(Account {
            user: user["name"].as_str().unwrap_or_default().to_owned(),
            organisations,
        })
    }

    fn preflight(
        &self,
        package: &Package,
        organisation: &str,
        data: &Path,
    ) -> Result<Vec<Preflight>, PublishError> {
        let mut problems = Vec::new();
        let account = self.account()?;
        if !account.organisations.iter().any(|o| o.name == organisation) {
            problems.push(Preflight::NoSuchOrganisation(organisation.to_owned()));
        }
        let p = &package.passport;
        if p.title.best(Lang::UzLatn).trim().is_empty() {
            problems.push(Preflight::Missing("title"));
        }
        if p.description.best(Lang::UzLatn).trim().is_empty() {
            problems.push(Preflight::Missing("description"));
        }
        let size = std::fs::metadata(data)
            .map_err(|e| PublishError::file(data, e))?
            .len();
        if let Some(limit) = self.max_upload.filter(|&l| size > l) {
            problems.push(Preflight::TooLarge { size, limit });
        }
        Ok(problems)
    }

    fn publish(
        &self,
        package: &Package,
        organisation: &str,
        data: &Path,
        progress: &dyn Progress,
    ) -> Result<Receipt, PublishError> {
        let name = dataset_name(package);
        let fields = package_fields(package, organisation);
        let existing = self.package(&name)?;
        let created = existing.is_none();
        let dataset = match &existing {
            None => self.post("package_create", &fields)?,
            Some(old) => {
                let mut patch = fields.clone();
                patch["id"] = old["id"].clone();
                self.post("package_patch", &patch)?
            }
        };
        let dataset_id = dataset["id"].as_str().unwrap_or_default().to_owned();
        let sha256 = file_sha256(data)?;
        let file_name = data
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "data.csv".into());
        let format = data
            .extension()
            .map(|e| e.to_string_lossy().to_uppercase())
            .unwrap_or_default();
        let file = std::fs::File::open(data).map_err(|e| PublishError::file(data, e))?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        let (tx, rx) = std::sync::mpsc::sync_channel(4);
        let body = Chunks {
            rx,
            buf: Vec::new(),
            at: 0,
        };
        let part = multipart::Part::reader_with_length(body, size).file_name(file_name.clone());
        // The same file name replaces its resource; a new name adds one.
        let same = dataset["resources"]
            .as_array()
            .and_then(|rs| rs.iter().find(|r| r["name"].as_str() == Some(&file_name)))
            .and_then(|r| r["id"].as_str())
            .map(str::to_owned);
        let form = multipart::Form::new()
            .text("name", file_name.clone())
            .text("format", format)
            .text("hash", format!("sha256:{sha256}"))
            .part("upload", part);
        let (action, form) = match &same {
            Some(id) => ("resource_patch", form.text("id", id.clone())),
            None => (
                "resource_create",
                form.text("package_id", dataset_id.clone()),
            ),
        };
        let resource = std::thread::scope(|scope| {
            scope.spawn(move || feed(file, size, tx, progress));
            self.send(self.http.post(self.action(action)).multipart(form))
        })
        .map_err(|e| match e {
            _ if progress.cancelled() => PublishError::Cancelled,
            other => other,
        })?;
        Ok(Receipt {
            dataset: name.clone(),
            dataset_url: format!("{}/dataset/{name}", self.base),
            resource_id: resource["id"].as_str().unwrap_or_default().to_owned(),
            resource_url: resource["url"].as_str().unwrap_or_default().to_owned(),
            size,
            created,
            sha256,
            ..Receipt::default()
        })
    }

    fn confirm(&self, package: &Package, receipt: &Receipt) -> Result<Confirmation, PublishError> {
        let Some(dataset) = self.package(&receipt.dataset)? else {
            return Err(PublishError::NotConfirmed(Unconfirmed::DatasetMissing));
        };
        let p = &package.passport;
        let title = p.title.best(Lang::UzLatn);
        if dataset["title"].as_str() != Some(title) {
            return Err(PublishError::NotConfirmed(Unconfirmed::TitleDiffers {
                found: dataset["title"].as_str().unwrap_or_default().to_owned(),
            }));
        }
        let resource = dataset["resources"]
            .as_array()
            .and_then(|rs| {
                rs.iter()
                    .find(|r| r["id"].as_str() == Some(&receipt.resource_id))
            })
            .ok_or(PublishError::NotConfirmed(Unconfirmed::FileMissing))?;
        if let Some(found) = resource["size"].as_u64().filter(|s| *s != receipt.size) {
            return Err(PublishError::NotConfirmed(Unconfirmed::SizeDiffers {
                found,
                sent: receipt.size,
            }));
        }
        if receipt.size <= COMPARE_LIMIT
            && let Some(url) = resource["url"].as_str()
        {
            let served = self
                .authorised(self.http.get(url))
                .send()
                .and_then(|r| r.error_for_status())
                .and_then(|r| r.bytes())
                .map_err(PublishError::network)?;
            if served.len() as u64 != receipt.size {
                return Err(PublishError::NotConfirmed(Unconfirmed::ServedSizeDiffers {
                    served: served.len() as u64,
                    sent: receipt.size,
                }));
            }
        }
        Ok(Confirmation::Confirmed(HistoryDetail::PortalFile {
            bytes: receipt.size,
            url: receipt.resource_url.clone(),
        }))
    }

    fn find(
        &self,
        package: &Package,
        _organisation: &str,
        sha256: &str,
    ) -> Result<Option<Receipt>, PublishError> {
        let name = dataset_name(package);
        let Some(dataset) = self.package(&name)? else {
            return Ok(None);
        };
        let hash = format!("sha256:{sha256}");
        let resource = dataset["resources"]
            .as_array()
            .and_then(|rs| rs.iter().find(|r| r["hash"].as_str() == Some(&hash)));
        Ok(resource.map(|r| Receipt {
            dataset: name.clone(),
            dataset_url: format!("{}/dataset/{name}", self.base),
            resource_id: r["id"].as_str().unwrap_or_default().to_owned(),
            resource_url: r["url"].as_str().unwrap_or_default().to_owned(),
            size: r["size"].as_u64().unwrap_or_default(),
            created: false,
            sha256: sha256.to_owned(),
            ..Receipt::default()
        }))
    }
}
