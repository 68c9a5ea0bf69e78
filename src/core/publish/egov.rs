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

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use reqwest::blocking::Client;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::{
    Account, Confirmation, Connector, HistoryDetail, Organisation, Preflight, PublishError,
    Published, Receipt, RemoteDataset, Unconfirmed, file_sha256,
};
use crate::core::fs::write_atomic;
use crate::core::ingest::{self, LoadEvent, OpenOptions};
use crate::core::lang::Lang;
use crate::core::progress::Progress;
use crate::core::schema::infer::infer_schema;
use crate::core::schema::portal::{PortalImportError, from_get_by_id, portal_text};
use crate::core::schema::{Package, TableSchema};
use crate::core::table::{Chunk, ChunkBuilder, Table};
use crate::core::validate::package::open_options;

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
/// The published data's field the portal adds to every row, not part of the structure.
const PORTAL_ROW_ID: &str = "ID";

/// The file format `publish` writes for the upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    /// UTF-8 CSV, comma-separated, the published field names as the header.
    #[default]
    Csv,
    /// A JSON array of rows keyed by field name with text values, like the portal's download.
    Json,
}

/// A data file's columns against a dataset's published structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StructureProblem {
    /// A published field the file does not have.
    MissingColumn(String),
    /// A column of the file the published structure does not have.
    ExtraColumn(String),
    /// A column name the file has more than once.
    RepeatedColumn(String),
}

impl std::fmt::Display for StructureProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::MissingColumn(c) => write!(f, "missing column {c:?}"),
            Self::ExtraColumn(c) => write!(f, "column {c:?} is not in the published structure"),
            Self::RepeatedColumn(c) => write!(f, "column {c:?} appears more than once"),
        }
    }
}

/// How the file's header differs from the published structure: every published field must be
/// a column of the file and every column a published field (names compared with surrounding
/// spaces trimmed, letter case kept). The order may differ: `publish` writes the published
/// order.
pub fn structure_problems(
    published: &TableSchema,
    file_header: &[String],
) -> Vec<StructureProblem> {
    let mut problems = Vec::new();
    let header: Vec<&str> = file_header.iter().map(|h| h.trim()).collect();
    let fields: HashSet<&str> = published.fields.iter().map(|f| f.name.trim()).collect();
    let mut seen = HashSet::new();
    for field in &published.fields {
        if !header.contains(&field.name.trim()) {
            problems.push(StructureProblem::MissingColumn(
                field.name.trim().to_owned(),
            ));
        }
    }
    for name in header {
        if !seen.insert(name) {
            problems.push(StructureProblem::RepeatedColumn(name.to_owned()));
        } else if !fields.contains(name) {
            problems.push(StructureProblem::ExtraColumn(name.to_owned()));
        }
    }
    problems
}

/// The problems as one message, for the error that stops a publish.
fn describe(problems: &[StructureProblem]) -> String {
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    format!(
        "the columns differ from the published structure: {}",
        list.join("; ")
    )
}

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

/// An error while reading a body: the reqwest error inside, without its address.
fn read_error(e: std::io::Error) -> PublishError {
    match e
        .into_inner()
        .map(|inner| inner.downcast::<reqwest::Error>())
    {
        Some(Ok(re)) => PublishError::network(*re),
        Some(Err(other)) => PublishError::Network(other.to_string()),
        None => PublishError::Network("the connection broke while reading".into()),
    }
}

/// The start of a body, for messages.
fn snippet(body: &[u8]) -> String {
    String::from_utf8_lossy(&body[..body.len().min(200)])
        .trim()
        .to_owned()
}

/// A portal message, which may be a text, a four-language object, a list or a map of them.
fn message_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Array(items) => items
            .iter()
            .map(message_text)
            .filter(|m| !m.is_empty())
            .collect::<Vec<_>>()
            .join("; "),
        Value::Object(map) if map.contains_key("uzbText") || map.contains_key("rusText") => {
            portal_text(value).best(Lang::UzLatn).to_owned()
        }
        Value::Object(map) => match map.get("message") {
            Some(m) => message_text(m),
            None => map
                .iter()
                .map(|(k, v)| format!("{k}: {}", message_text(v)))
                .collect::<Vec<_>>()
                .join("; "),
        },
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Whether an envelope's `error` or `errors` holds anything.
fn has_error(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(_) => true,
    }
}

/// The `result` of the portal's envelope, or the portal's refusal.
pub fn unwrap_envelope(value: Value) -> Result<Value, PublishError> {
    let Value::Object(mut map) = value else {
        return Err(PublishError::Protocol(
            "the answer is not the portal's envelope".into(),
        ));
    };
    let status = map.get("status").and_then(Value::as_i64).unwrap_or(0);
    let error = map.get("error").filter(|e| has_error(Some(e)));
    let errors = map.get("errors").filter(|e| has_error(Some(e)));
    if error.is_some() || errors.is_some() || status != 0 {
        let mut parts: Vec<String> = [error, errors]
            .into_iter()
            .flatten()
            .map(message_text)
            .filter(|m| !m.is_empty())
            .collect();
        if parts.is_empty() {
            parts.push(format!("status {status}"));
        }
        return Err(PublishError::Refused(parts.join("; ")));
    }
    map.remove("result")
        .ok_or_else(|| PublishError::Protocol("the envelope has no result".into()))
}

/// Text of a value that may come as a string or a number.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn int_of(value: &Value) -> Option<i64> {
    value
        .as_i64()
        .or_else(|| value.as_f64().map(|f| f as i64))
        .or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()))
}

/// Whether the date `seen` is later than `before` (both as the portal writes them). ISO dates
/// (`2026-03-01T…`) and day-first dates (`01.03.2026 …`) are compared as dates; anything
/// else counts as later when it differs.
pub fn is_later(seen: &str, before: &str) -> bool {
    fn sortable(s: &str) -> Option<String> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || !b[..10].is_ascii() {
            return None;
        }
        if b[4] == b'-' && b[7] == b'-' {
            return Some(s.to_owned());
        }
        if b[2] == b'.' && b[5] == b'.' {
            let (date, rest) = s.split_at(10);
            return Some(format!(
                "{}-{}-{}{rest}",
                &date[6..10],
                &date[3..5],
                &date[..2]
            ));
        }
        None
    }
    let (seen, before) = (seen.trim(), before.trim());
    if seen.is_empty() || seen == before {
        return false;
    }
    match (sortable(seen), sortable(before)) {
        (Some(a), Some(b)) => a > b,
        _ => true,
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

    /// GETs `path` and returns the body, at most `limit` bytes. HTTP 401/403 are
    /// `NotAllowed`, other 4xx `Refused`, 5xx `Protocol`.
    fn fetch(
        &self,
        path: &str,
        query: &[(&str, &str)],
        limit: u64,
    ) -> Result<Vec<u8>, PublishError> {
        let url = reqwest::Url::parse_with_params(&format!("{}{path}", self.base), query)
            .map_err(|e| PublishError::Protocol(e.to_string()))?;
        let response = self
            .http
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json, text/plain, */*")
            .send()
            .map_err(PublishError::network)?;
        let status = response.status().as_u16();
        let too_large =
            || PublishError::Protocol(format!("the answer to {path} is over {} MB", limit >> 20));
        if response.content_length().is_some_and(|n| n > limit) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        response
            .take(limit + 1)
            .read_to_end(&mut body)
            .map_err(read_error)?;
        if body.len() as u64 > limit {
            return Err(too_large());
        }
        let message = || {
            serde_json::from_slice::<Value>(&body)
                .ok()
                .map(|v| message_text(v.get("error").unwrap_or(&v)))
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| snippet(&body))
        };
        match status {
            200..=299 => Ok(body),
            401 | 403 => Err(PublishError::NotAllowed(format!(
                "HTTP {status}: {}",
                message()
            ))),
            500.. => Err(PublishError::Protocol(format!(
                "HTTP {status}: {}",
                snippet(&body)
            ))),
            _ => Err(PublishError::Refused(format!(
                "HTTP {status}: {}",
                message()
            ))),
        }
    }

    /// GETs `path` and returns the `result` out of the portal's envelope.
    fn get(&self, path: &str, query: &[(&str, &str)]) -> Result<Value, PublishError> {
        let body = self.fetch(path, query, META_LIMIT)?;
        let value: Value = serde_json::from_slice(&body)
            .map_err(|e| PublishError::Protocol(format!("not JSON ({e}): {}", snippet(&body))))?;
        unwrap_envelope(value)
    }

    /// The organisation number to ask for: `organisation` when given, else this connector's.
    fn org_param(&self, organisation: &str) -> Result<String, PublishError> {
        let org = organisation.trim();
        if org.is_empty() {
            return Ok(self.org_id.to_string());
        }
        org.parse::<u64>()
            .map(|n| n.to_string())
            .map_err(|_| PublishError::Refused(format!("not an organisation number: {org:?}")))
    }

    /// One page of the catalogue: the records and the total count.
    fn catalogue_page(
        &self,
        org: &str,
        offset: u64,
    ) -> Result<(Vec<Value>, Option<u64>), PublishError> {
        let limit = self.page_size.max(1).to_string();
        let offset = offset.to_string();
        let result = self.get(
            "/apiClient/main/gettable",
            &[("orgId", org), ("limit", &limit), ("offset", &offset)],
        )?;
        let count = result
            .get("count")
            .and_then(int_of)
            .and_then(|n| u64::try_from(n).ok());
        let records = match result.get("data") {
            Some(Value::Array(a)) => a.clone(),
            Some(Value::Null) | None => Vec::new(),
            Some(_) => {
                return Err(PublishError::Protocol(
                    "the catalogue's data is not a list".into(),
                ));
            }
        };
        Ok((records, count))
    }

    /// A catalogue record as a [`RemoteDataset`].
    pub fn remote_dataset(&self, record: &Value) -> RemoteDataset {
        let id = ["structId", "guidId", "id"]
            .iter()
            .map(|k| text_of(&record[*k]))
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        RemoteDataset {
            code: text_of(&record["name"]),
            title: portal_text(&record["dataName"]),
            organisation: portal_text(&record["orgName"]),
            rows: int_of(&record["fullCount"]).and_then(|n| u64::try_from(n).ok()),
            updated: text_of(&record["updateDate"]),
            late_days: int_of(&record["lateDay"]),
            status: String::new(),
            url: self.page_url(&id),
            id,
        }
    }

    /// The catalogue record of the package's dataset: by its portal id, else by its code.
    fn find_dataset(
        &self,
        package: &Package,
        organisation: &str,
    ) -> Result<RemoteDataset, PublishError> {
        let p = &package.passport;
        let (id, code) = (p.portal_id.trim(), p.code.trim());
        if id.is_empty() && code.is_empty() {
            return Err(PublishError::Refused(
                "the passport has neither the portal's dataset id nor its code".into(),
            ));
        }
        self.catalogue(organisation)?
            .into_iter()
            .find(|d| {
                if id.is_empty() {
                    d.code == code
                } else {
                    d.id == id
                }
            })
            .ok_or_else(|| {
                PublishError::Refused(format!(
                    "dataset {} is not in organisation {}'s catalogue",
                    if id.is_empty() { code } else { id },
                    self.org_param(organisation).unwrap_or_default()
                ))
            })
    }

    /// The dataset's published structure (`GetById`).
    pub fn structure(&self, struct_id: &str) -> Result<TableSchema, PublishError> {
        let result = self.get("/apiClient/Main/GetById", &[("id", struct_id)])?;
        let text = serde_json::json!({ "result": result }).to_string();
        match from_get_by_id(&text) {
            Ok((_, schema)) => Ok(schema),
            Err(PortalImportError::PortalError(m)) => Err(PublishError::Refused(m)),
            Err(e) => Err(PublishError::Protocol(format!("dataset {struct_id}: {e}"))),
        }
    }

    /// The data file's header, read without reading the whole file when the reader allows.
    fn file_header(data: &Path, options: &OpenOptions) -> Result<Vec<String>, PublishError> {
        /// Asks the reader to stop once the header has been seen.
        struct UntilHeader(AtomicBool);
        impl Progress for UntilHeader {
            fn set(&self, _: u64, _: u64) {}
            fn cancelled(&self) -> bool {
                self.0.load(Ordering::Relaxed)
            }
        }
        let stop = UntilHeader(AtomicBool::new(false));
        let mut header = None;
        let result = ingest::load(data, options, &stop, &mut |event| {
            if let LoadEvent::Started { header: h, .. } = event {
                header = Some(h);
                stop.0.store(true, Ordering::Relaxed);
            }
        });
        match (header, result) {
            (Some(h), _) => Ok(h),
            (None, Err(e)) => Err(PublishError::reading(data, e)),
            (None, Ok(_)) => Ok(Vec::new()),
        }
    }

    /// How the package's data file differs from the dataset's published structure (empty when
    /// it fits). The dataset is found in `organisation`'s catalogue by the passport's portal
    /// id or code.
    pub fn structure_check(
        &self,
        package: &Package,
        organisation: &str,
        data: &Path,
    ) -> Result<Vec<StructureProblem>, PublishError> {
        let dataset = self.find_dataset(package, organisation)?;
        let schema = self.structure(&dataset.id)?;
        let header = Self::file_header(data, &data_options(package))?;
        Ok(structure_problems(&schema, &header))
    }

    /// Writes `table` as the portal-ready file at `path`, columns in `schema`'s order.
    fn write_export(
        &self,
        path: &Path,
        schema: &TableSchema,
        table: &Table,
        progress: &dyn Progress,
    ) -> Result<(), PublishError> {
        let positions: Vec<Option<usize>> = schema
            .fields
            .iter()
            .map(|f| {
                table
                    .header()
                    .iter()
                    .position(|h| h.trim() == f.name.trim())
            })
            .collect();
        let names: Vec<&str> = schema.fields.iter().map(|f| f.name.trim()).collect();
        let total = table.rows() as u64;
        let mut bytes = Vec::new();
        let check = |r: usize| {
            if r.is_multiple_of(16_384) {
                progress.set(r as u64, total);
                if progress.cancelled() {
                    return Err(PublishError::Cancelled);
                }
            }
            Ok(())
        };
        match self.export_format {
            ExportFormat::Csv => {
                let mut w = csv::WriterBuilder::new().from_writer(&mut bytes);
                let fail = |e: csv::Error| PublishError::file(path, e);
                w.write_record(&names).map_err(fail)?;
                for (r, row) in table.iter_rows().enumerate() {
                    check(r)?;
                    w.write_record(
                        positions
                            .iter()
                            .map(|p| p.and_then(|c| row.get(c)).unwrap_or_default()),
                    )
                    .map_err(fail)?;
                }
                w.flush().map_err(|e| PublishError::file(path, e))?;
            }
            ExportFormat::Json => {
                bytes.extend_from_slice(b"[");
                for (r, row) in table.iter_rows().enumerate() {
                    check(r)?;
                    let object: serde_json::Map<String, Value> = names
                        .iter()
                        .zip(&positions)
                        .map(|(n, p)| {
                            let v = p.and_then(|c| row.get(c)).unwrap_or_default();
                            ((*n).to_owned(), Value::String(v.to_owned()))
                        })
                        .collect();
                    if r > 0 {
                        bytes.extend_from_slice(b",");
                    }
                    bytes.extend_from_slice(b"\n");
                    bytes.extend_from_slice(Value::Object(object).to_string().as_bytes());
                }
                bytes.extend_from_slice(b"\n]\n");
            }
        }
        progress.set(total, total);
        write_atomic(path, &bytes).map_err(|e| PublishError::file(path, e))
    }

    /// Where the portal-ready file for `dataset` goes: the export folder, else beside the
    /// data file; never over the data file itself.
    fn export_path(&self, data: &Path, dataset: &RemoteDataset) -> PathBuf {
        let dir = self
            .export_dir
            .clone()
            .or_else(|| data.parent().map(Path::to_owned))
            .unwrap_or_default();
        let stem: String = if dataset.code.is_empty() {
            &dataset.id
        } else {
            &dataset.code
        }
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
        let ext = match self.export_format {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        };
        let path = dir.join(format!("{stem}.data-egov-uz.{ext}"));
        if path == data {
            dir.join(format!("{stem}.data-egov-uz.upload.{ext}"))
        } else {
            path
        }
    }
}

/// How the package's data file is read: its encoding, dialect and sheet.
fn data_options(package: &Package) -> OpenOptions {
    package
        .resources
        .first()
        .map(open_options)
        .unwrap_or_default()
}

/// Collects the published rows (objects keyed by field name) into table chunks, with the
/// structure's fields as the first columns. Fields the structure does not name are added
/// after them as they appear (earlier rows are then shorter: their cells are missing), except
/// the portal's own row `ID`, which is dropped unless the structure names it.
struct Rows {
    header: Vec<String>,
    columns: std::collections::HashMap<String, usize>,
    drop_id: bool,
    builder: ChunkBuilder,
    chunks: Vec<Chunk>,
    cells: Vec<Option<String>>,
    count: usize,
}

impl Rows {
    fn new(schema: &TableSchema) -> Self {
        let header: Vec<String> = schema
            .fields
            .iter()
            .map(|f| f.name.trim().to_owned())
            .collect();
        let mut columns = std::collections::HashMap::new();
        for (i, name) in header.iter().enumerate() {
            columns.entry(name.clone()).or_insert(i);
        }
        Self {
            drop_id: !columns.contains_key(PORTAL_ROW_ID),
            header,
            columns,
            builder: ChunkBuilder::default(),
            chunks: Vec::new(),
            cells: Vec::new(),
            count: 0,
        }
    }

    fn into_table(mut self) -> Table {
        let last = std::mem::take(&mut self.builder).finish();
        let mut table = Table::new(self.header);
        for chunk in self.chunks {
            table.append(chunk);
        }
        table.append(last);
        table
    }
}

/// The top-level array of rows.
impl<'de> DeserializeSeed<'de> for &mut Rows {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for &mut Rows {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of rows")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(RowSeed(&mut *self))?.is_some() {}
        Ok(())
    }
}

/// One row: an object of field name to value.
struct RowSeed<'a>(&'a mut Rows);

impl<'de> DeserializeSeed<'de> for RowSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "row {} as an object of field names to values",
            self.0.count + 1
        )
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let rows = self.0;
        rows.cells.clear();
        rows.cells.resize(rows.header.len(), None);
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            let key = key.trim();
            let col = match rows.columns.get(key) {
                Some(&c) => c,
                None if rows.drop_id && key == PORTAL_ROW_ID => continue,
                None => {
                    rows.header.push(key.to_owned());
                    rows.columns.insert(key.to_owned(), rows.header.len() - 1);
                    rows.cells.push(None);
                    rows.header.len() - 1
                }
            };
            rows.cells[col] = Some(match value {
                Value::String(s) => s,
                Value::Null => String::new(),
                other => other.to_string(),
            });
        }
        let cells = rows.cells.iter().map(|c| c.as_deref().unwrap_or_default());
        if let Some(chunk) = rows.builder.push_row(cells) {
            rows.chunks.push(chunk);
        }
        rows.count += 1;
        Ok(())
    }
}

/// The published data (a `GetByFile` JSON download, bare or in the envelope) as a table with
/// `schema`'s fields as its first columns.
pub fn published_table(body: &[u8], schema: &TableSchema) -> Result<Table, PublishError> {
    let broken = |e: serde_json::Error| {
        PublishError::Protocol(format!("the published data is not valid JSON: {e}"))
    };
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    let mut rows = Rows::new(schema);
    match start.map(|i| body[i]) {
        Some(b'[') => {
            let mut de = serde_json::Deserializer::from_slice(body);
            (&mut rows).deserialize(&mut de).map_err(broken)?;
            de.end().map_err(broken)?;
        }
        Some(b'{') => {
            let value: Value = serde_json::from_slice(body).map_err(broken)?;
            let result = unwrap_envelope(value)?;
            if !result.is_array() {
                return Err(PublishError::Protocol(
                    "the published data is not a list of rows".into(),
                ));
            }
            (&mut rows).deserialize(result).map_err(broken)?;
        }
        _ => {
            return Err(PublishError::Protocol(format!(
                "the published data is not JSON: {}",
                snippet(body)
            )));
        }
    }
    Ok(rows.into_table())
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
        self.write_export(&path, &schema, &table, progress)?;
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
mod tests {
    use super::*;
    use crate::core::schema::{Field, FieldType};

    fn schema(names: &[&str]) -> TableSchema {
        TableSchema {
            fields: names
                .iter()
                .map(|n| Field::new(*n, FieldType::String))
                .collect(),
            ..TableSchema::default()
        }
    }

    #[test]
    fn structure_problems_name_missing_extra_and_repeated_columns() {
        let header: Vec<String> = ["Hudud ", "2024yil", "Izoh", "Izoh"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(
            structure_problems(&schema(&["Hudud", "2023yil", "2024yil"]), &header),
            [
                StructureProblem::MissingColumn("2023yil".into()),
                StructureProblem::ExtraColumn("Izoh".into()),
                StructureProblem::RepeatedColumn("Izoh".into()),
            ]
        );
        let same: Vec<String> = vec!["2024yil".into(), "Hudud".into()];
        assert!(structure_problems(&schema(&["Hudud", "2024yil"]), &same).is_empty());
    }

    #[test]
    fn the_envelope_gives_its_result_or_the_portals_refusal() {
        let ok = serde_json::json!({"result": [1], "status": 0, "code": 0, "error": null, "errors": null});
        assert_eq!(unwrap_envelope(ok).ok(), Some(serde_json::json!([1])));
        let refused = serde_json::json!({"result": null, "status": 1, "error": {"uzbText": "Topilmadi", "rusText": "Не найдено"}});
        assert!(
            matches!(unwrap_envelope(refused), Err(PublishError::Refused(m)) if m == "Topilmadi")
        );
        let errors = serde_json::json!({"result": null, "errors": {"orgId": ["bad"]}});
        assert!(
            matches!(unwrap_envelope(errors), Err(PublishError::Refused(m)) if m == "orgId: bad")
        );
        let status = serde_json::json!({"result": null, "status": 2});
        assert!(
            matches!(unwrap_envelope(status), Err(PublishError::Refused(m)) if m == "status 2")
        );
        assert!(matches!(
            unwrap_envelope(serde_json::json!([])),
            Err(PublishError::Protocol(_))
        ));
    }

    #[test]
    fn published_rows_follow_the_structure_and_lose_the_portal_id() {
        let body =
            br#"[{"b":"2","a":" 1 ","ID":"1"},{"a":"3","b":4,"extra":"x","ID":"2"},{"a":null}]"#;
        let table = published_table(body, &schema(&["a", "b"])).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(table.header(), ["a", "b", "extra"]);
        assert_eq!(table.rows(), 3);
        assert_eq!(table.cell(0, 0), Some(" 1 "));
        assert_eq!(table.cell(0, 1), Some("2"));
        assert_eq!(table.cell(0, 2), None, "the first row had no extra field");
        assert_eq!(table.cell(1, 1), Some("4"));
        assert_eq!(table.cell(1, 2), Some("x"));
        assert_eq!(table.cell(2, 0), Some(""));
        let with_id =
            published_table(body, &schema(&["ID", "a"])).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            with_id.cell(1, 0),
            Some("2"),
            "kept when the structure names it"
        );
    }

    #[test]
    fn broken_published_data_says_where() {
        let e = published_table(b"[{\"a\":\"1\"},", &schema(&["a"]));
        assert!(
            matches!(&e, Err(PublishError::Protocol(m)) if m.contains("line 1")),
            "{e:?}"
        );
        let e = published_table(b"<html>blocked</html>", &schema(&["a"]));
        assert!(
            matches!(&e, Err(PublishError::Protocol(m)) if m.contains("blocked")),
            "{e:?}"
        );
        let e = published_table(b"[1]", &schema(&["a"]));
        assert!(
            matches!(&e, Err(PublishError::Protocol(m)) if m.contains("row 1")),
            "{e:?}"
        );
        let e = published_table(br#"{"result":null,"error":"no access"}"#, &schema(&["a"]));
        assert!(
            matches!(&e, Err(PublishError::Refused(m)) if m == "no access"),
            "{e:?}"
        );
    }

    #[test]
    fn later_dates_are_recognised_in_the_portals_forms() {
        assert!(is_later("2026-03-02T10:00:00", "2026-02-28T23:00:00"));
        assert!(!is_later("2026-02-28T23:00:00", "2026-03-02T10:00:00"));
        assert!(is_later("02.03.2026 10:00", "28.02.2026 23:00"));
        assert!(is_later("01.01.2026", "31.12.2025 "));
        assert!(
            is_later("2026-01-01", "31.12.2025"),
            "one form against another"
        );
        assert!(is_later("something", "else"));
        assert!(!is_later("same", "same"));
        assert!(!is_later("", "2026-01-01"));
        assert!(is_later("2026-01-01", ""));
    }
}
