//! The portal's JSON downloads: a flat array of rows keyed by field name (`GetByFile`
//! with `fileType=1`), also when wrapped in the API's `{"result": …}` envelope. Columns come
//! in the order the keys first appear.

use serde_json::Value;

use super::sniff::sniff_encoding;
use super::{CHECK_EVERY, IngestError, LoadEvent, OpenOptions, SourceInfo, check_cancel};
use crate::core::error::IoError;
use crate::core::progress::Progress;
use crate::core::table::ChunkBuilder;

pub(super) fn load(
    mut info: SourceInfo,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError> {
    let bytes = std::fs::read(&info.path).map_err(|e| IoError::new(&info.path, e))?;
    let guess = sniff_encoding(&bytes);
    let encoding = options.encoding.unwrap_or(guess.encoding);
    let (text, _) = encoding
        .encoding()
        .decode_without_bom_handling(&bytes[guess.bom_len..]);
    info.encoding = Some(encoding);
    info.bom = guess.bom_len > 0;
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
    on_event(LoadEvent::Started {
        info: info.clone(),
        header: header.clone(),
    });
    let mut builder = ChunkBuilder::default();
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
        for cell in &cells {
            builder.push_cell(cell);
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
