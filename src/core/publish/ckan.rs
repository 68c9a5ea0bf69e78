//! CKAN through its Action API (`/api/3/action/…`): `user_show` and
//! `organization_list_for_user` for the account, `package_show` then `package_create` or
//! `package_patch` for the metadata, a multipart `resource_create` or `resource_patch` for the
//! file, and `package_show` again (plus the file read back) to confirm.
//!
//! The token goes in the `Authorization` header, only to the portal's own scheme, host and
//! port (see [`super::transport`]): never in an address, never after a redirect elsewhere,
//! never in an error's text.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use reqwest::Url;
use reqwest::blocking::{Client, RequestBuilder, Response, multipart};
use reqwest::header::{AUTHORIZATION, HeaderValue, LOCATION};
use serde_json::{Value, json};

use super::{
    Account, AddressProblem, Confirmation, Connector, HistoryDetail, Organisation, Preflight,
    PublishError, Receipt, Unconfirmed, file_sha256, transport,
};
use crate::core::lang::Lang;
use crate::core::progress::Progress;
use crate::core::schema::Package;
use crate::core::schema::package::slug;

/// Files up to this size are read back after upload and compared byte for byte.
const COMPARE_LIMIT: u64 = 32 << 20;

pub struct Ckan {
    base: String,
    /// The portal's scheme, host and port: the only place the token is sent.
    origin: Url,
    /// Marked sensitive, so the HTTP client never shows it.
    token: HeaderValue,
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
    ///
    /// The address must be https, or plain http to this computer; a token that is not valid
    /// header text is refused as [`PublishError::BadToken`].
    pub fn with_timeout(base: &str, token: &str, timeout: Duration) -> Result<Self, PublishError> {
        let origin = transport::token_address(base).map_err(PublishError::Address)?;
        let mut token = HeaderValue::from_str(token.trim()).map_err(|_| PublishError::BadToken)?;
        token.set_sensitive(true);
        let http = Client::builder()
            .connect_timeout(Duration::from_secs(20))
            .timeout(timeout)
            .user_agent(concat!("Ochiq/", env!("CARGO_PKG_VERSION")))
            .redirect(transport::policy(origin.clone()))
            .https_only(origin.scheme() == "https")
            .build()
            .map_err(PublishError::network)?;
        Ok(Self {
            base: base.trim().trim_end_matches('/').to_owned(),
            origin,
            token,
            http,
            max_upload: None,
        })
    }

    fn action(&self, name: &str) -> String {
        format!("{}/api/3/action/{name}", self.base)
    }

    /// Sends `request`, with the token only when it goes to the portal's own origin.
    fn execute(&self, request: RequestBuilder) -> Result<Response, PublishError> {
        let mut request = request.build().map_err(PublishError::network)?;
        if transport::same_origin(request.url(), &self.origin) {
            request
                .headers_mut()
                .insert(AUTHORIZATION, self.token.clone());
        }
        self.http.execute(request).map_err(PublishError::network)
    }

    /// `e` with the token blanked out of any text in it (a portal or proxy that echoes the
    /// request's headers into its error must not put the token on the screen or in the
    /// history).
    fn without_token(&self, e: PublishError) -> PublishError {
        let token = self.token.to_str().unwrap_or_default();
        if token.is_empty() {
            return e;
        }
        let clean = |s: String| s.replace(token, "•••");
        match e {
            PublishError::NotAllowed(s) => PublishError::NotAllowed(clean(s)),
            PublishError::Network(s) => PublishError::Network(clean(s)),
            PublishError::Refused(s) => PublishError::Refused(clean(s)),
            PublishError::Protocol(s) => PublishError::Protocol(clean(s)),
            PublishError::Address(AddressProblem::Redirected { to }) => {
                PublishError::Address(AddressProblem::Redirected { to: clean(to) })
            }
            other => other,
        }
    }

    /// Sends a request and takes the `result` out of CKAN's envelope.
    fn send(&self, request: RequestBuilder) -> Result<Value, PublishError> {
        self.send_unredacted(request)
            .map_err(|e| self.without_token(e))
    }

    fn send_unredacted(&self, request: RequestBuilder) -> Result<Value, PublishError> {
        let response = self.execute(request)?;
        if response.status().is_redirection() {
            return Err(redirected(&response));
        }
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

impl Ckan {
    /// The size of the file at `url` as the portal serves it: asked with the token at the
    /// portal's own origin, without it anywhere else (a file store, a download host), and
    /// a redirect away from the portal followed without it.
    fn read_back(&self, url: &str) -> Result<u64, PublishError> {
        let url = Url::parse(url).map_err(|e| PublishError::Protocol(e.to_string()))?;
        let mut response = if transport::same_origin(&url, &self.origin) {
            self.execute(self.http.get(url))?
        } else {
            self.anonymous()?
                .get(url)
                .send()
                .map_err(PublishError::network)?
        };
        if response.status().is_redirection()
            && let Some(next) = location(&response)
        {
            response = self
                .anonymous()?
                .get(next)
                .send()
                .map_err(PublishError::network)?;
        }
        let served = response
            .error_for_status()
            .and_then(Response::bytes)
            .map_err(PublishError::network)?;
        Ok(served.len() as u64)
    }

    /// A client that never carries the token, following redirects as browsers do.
    fn anonymous(&self) -> Result<Client, PublishError> {
        Client::builder()
            .connect_timeout(Duration::from_secs(20))
            .timeout(Duration::from_secs(600))
            .user_agent(concat!("Ochiq/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(PublishError::network)
    }
}

/// Where a redirect answer points, resolved against the address asked.
fn location(response: &Response) -> Option<Url> {
    let to = response.headers().get(LOCATION)?.to_str().ok()?;
    response.url().join(to).ok()
}

/// A redirect the client did not follow because it leaves the portal's origin.
fn redirected(response: &Response) -> PublishError {
    match location(response) {
        Some(to) => PublishError::Address(AddressProblem::Redirected {
            to: transport::shown(&to),
        }),
        None => PublishError::Protocol(format!(
            "HTTP {} without a Location",
            response.status().as_u16()
        )),
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
            let served = self.read_back(url).map_err(|e| self.without_token(e))?;
            if served != receipt.size {
                return Err(PublishError::NotConfirmed(Unconfirmed::ServedSizeDiffers {
                    served,
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
