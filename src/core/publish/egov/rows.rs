//! The published data (`GetByFile` as JSON) streamed into a table: rows are read one by one
//! into chunks, never held as JSON values all at once.

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::envelope::{snippet, unwrap_envelope};
use crate::core::publish::PublishError;
use crate::core::schema::TableSchema;
use crate::core::table::{Chunk, ChunkBuilder, Table};

/// The published data's field the portal adds to every row, not part of the structure.
const PORTAL_ROW_ID: &str = "ID";

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
