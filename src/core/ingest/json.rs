//! The portal's JSON downloads: a flat array of rows keyed by field name (`GetByFile`
//! with `fileType=1`), also when wrapped in the API's `{"result": …}` envelope. Columns come
//! in the order the keys first appear.

use serde_json::Value;

use super::decode::decode_all;
use super::sniff::sniff_encoding;
use super::{CHECK_EVERY, IngestError, LoadEvent, OpenOptions, SourceInfo, check_cancel};
use crate::core::fs::IoError;
use crate::core::progress::Progress;
use crate::core::table::{CellFault, ChunkBuilder, cell_text, escape_byte};

/// Bytes that are not text stand in the JSON text as the last 256 code points of plane 16
/// (private use, never met in the portal's data), so the JSON parser keeps them in their
/// strings; they become faults of their cells again when the cells are stored.
const STAND_IN: u32 = 0x10_FF00;

pub(super) fn load(
    mut info: SourceInfo,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError> {
    let bytes = std::fs::read(&info.path).map_err(|e| IoError::new(&info.path, e))?;
    let guess = sniff_encoding(&bytes);
    let encoding = options.encoding.unwrap_or(guess.encoding);
    // A BOM is skipped only when it belongs to the encoding in use.
    let bom_len = if encoding == guess.encoding {
        guess.bom_len
    } else {
        0
    };
    let switchable = options.encoding.is_none() && bom_len == 0;
    let (decoded, encoding, switch) = decode_all(&bytes[bom_len..], encoding, switchable);
    drop(bytes);
    let text = with_stand_ins(&decoded);
    drop(decoded);
    info.encoding = Some(encoding);
    info.encoding_switch = switch;
    info.bom = bom_len > 0;
    if text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let value: Value = serde_json::from_str(&text).map_err(|e| IngestError::Json(e.to_string()))?;
    check_cancel(progress)?;
    let rows = find_rows(&value).ok_or(IngestError::JsonNotRows)?;

    let mut header: Vec<String> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for row in rows {
        if let Value::Object(map) = row {
            for key in map.keys() {
                if !index.contains_key(key) {
                    index.insert(key.clone(), header.len());
                    header.push(key.clone());
                }
            }
        }
    }
    let mut cell = Vec::new();
    let shown_header: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(col, key)| {
            cell.clear();
            stored_bytes(key, &mut cell);
            let (mut text, mut bad) = (String::new(), Vec::new());
            cell_text(&cell, &mut text, &mut bad);
            if !bad.is_empty() {
                info.header_faults.push(CellFault {
                    row: 0,
                    col,
                    bytes: bad,
                    encoding: encoding.label(),
                });
            }
            text
        })
        .collect();
    on_event(LoadEvent::Started {
        info: info.clone(),
        header: shown_header,
    });
    let mut builder = ChunkBuilder::default();
    builder.set_encoding(encoding.label());
    let mut cells = vec![String::new(); header.len()];
    for (i, row) in rows.iter().enumerate() {
        cells.iter_mut().for_each(String::clear);
        if let Value::Object(map) = row {
            for (key, value) in map {
                if let Some(&col) = index.get(key) {
                    cells[col] = value_text(value);
                }
            }
        }
        for text in &cells {
            cell.clear();
            stored_bytes(text, &mut cell);
            builder.push_cell_bytes(&cell);
        }
        if let Some(chunk) = builder.end_row() {
            on_event(LoadEvent::Rows(chunk));
        }
        if i % CHECK_EVERY == 0 {
            check_cancel(progress)?;
            progress.set(i as u64, rows.len() as u64);
        }
    }
    on_event(LoadEvent::Rows(builder.finish()));
    progress.set(1, 1);
    Ok(info)
}

/// The decoded bytes as text, each escaped byte (see [`escape_byte`]) as its stand-in.
fn with_stand_ins(decoded: &[u8]) -> String {
    let mut text = String::with_capacity(decoded.len());
    let mut bad = Vec::new();
    let mut rest = decoded;
    while !rest.is_empty() {
        let valid = match std::str::from_utf8(rest) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
        };
        text.push_str(valid);
        rest = &rest[valid.len()..];
        if rest.is_empty() {
            break;
        }
        // One escaped byte (or a stray invalid one): recover it as `cell_text` does.
        let taken = if rest[0] >= 0xF8 && rest.len() > 1 {
            2
        } else {
            1
        };
        let mut shown = String::new();
        bad.clear();
        cell_text(&rest[..taken], &mut shown, &mut bad);
        for &b in &bad {
            text.extend(char::from_u32(STAND_IN + u32::from(b)));
        }
        rest = &rest[taken..];
    }
    text
}

/// A cell's text as the bytes to store: stand-ins back to escaped bytes.
fn stored_bytes(text: &str, out: &mut Vec<u8>) {
    if !text.chars().any(|c| u32::from(c) >= STAND_IN) {
        out.extend_from_slice(text.as_bytes());
        return;
    }
    for c in text.chars() {
        match u32::from(c).checked_sub(STAND_IN) {
            Some(b) => escape_byte(b as u8, out),
            None => {
                let mut utf8 = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
            }
        }
    }
}

/// The array of row objects, bare or inside the portal's envelope.
fn find_rows(value: &Value) -> Option<&Vec<Value>> {
    let is_rows = |v: &Vec<Value>| v.iter().all(Value::is_object);
    match value {
        Value::Array(rows) if is_rows(rows) => Some(rows),
        Value::Object(map) => ["result", "data"]
            .iter()
            .filter_map(|key| map.get(*key))
            .find_map(find_rows),
        _ => None,
    }
}

fn value_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_found_bare_and_wrapped() {
        let bare: Value = serde_json::from_str(r#"[{"a":"1"},{"a":"2"}]"#).unwrap_or_default();
        assert_eq!(find_rows(&bare).map(Vec::len), Some(2));
        let wrapped: Value =
            serde_json::from_str(r#"{"result":{"data":[{"a":"1"}],"count":1},"status":0}"#)
                .unwrap_or_default();
        assert_eq!(find_rows(&wrapped).map(Vec::len), Some(1));
        let scalars: Value = serde_json::from_str(r#"{"a":1,"b":true}"#).unwrap_or_default();
        assert!(find_rows(&scalars).is_none());
        let numbers: Value = serde_json::from_str("[1,2,3]").unwrap_or_default();
        assert!(find_rows(&numbers).is_none());
    }
}
