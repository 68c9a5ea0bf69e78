//! The portal's API as Ochiq reads it: a GET with the portal's limits and refusals, the
//! envelope `{result, status, code, error, errors}` every answer comes in, the portal's
//! messages and values, and the catalogue read page by page.

use std::io::Read;

use serde_json::Value;

use super::{Egov, META_LIMIT};
use crate::core::lang::Lang;
use crate::core::publish::{Connector, PublishError, RemoteDataset};
use crate::core::schema::Package;
use crate::core::schema::portal::portal_text;

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
pub(super) fn snippet(body: &[u8]) -> String {
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
    /// GETs `path` and returns the body, at most `limit` bytes. HTTP 401/403 are
    /// `NotAllowed`, other 4xx `Refused`, 5xx `Protocol`.
    pub(super) fn fetch(
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
    pub(super) fn get(&self, path: &str, query: &[(&str, &str)]) -> Result<Value, PublishError> {
        let body = self.fetch(path, query, META_LIMIT)?;
        let value: Value = serde_json::from_slice(&body)
            .map_err(|e| PublishError::Protocol(format!("not JSON ({e}): {}", snippet(&body))))?;
        unwrap_envelope(value)
    }

    /// The organisation number to ask for: `organisation` when given, else this connector's.
    pub(super) fn org_param(&self, organisation: &str) -> Result<String, PublishError> {
        let org = organisation.trim();
        if org.is_empty() {
            return Ok(self.org_id.to_string());
        }
        org.parse::<u64>()
            .map(|n| n.to_string())
            .map_err(|_| PublishError::Refused(format!("not an organisation number: {org:?}")))
    }

    /// One page of the catalogue: the records and the total count.
    pub(super) fn catalogue_page(
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
    pub(super) fn find_dataset(
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
}
