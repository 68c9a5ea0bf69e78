//! The portal-ready file in the format a target asks for: UTF-8 CSV, a JSON array of rows
//! like the portal's own download, or an Excel workbook (the portal offers its data as XLSX
//! too, and officers work in Excel). Every format holds the same rows and columns; CSV and
//! JSON hold each value as written. The workbook writes the header bold and frozen, numbers
//! as numbers and dates as dates where the value passes its field's type, and any other
//! value as the text it is, so nothing is changed on the way.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::fs::write_atomic;
use crate::core::progress::Progress;
use crate::core::publish::PublishError;
use crate::core::schema::field_check::{Cast, FieldCheck, day_number};
use crate::core::schema::{FieldType, TableSchema};
use crate::core::table::Table;

/// The most rows a worksheet holds below its header.
pub const XLSX_MAX_ROWS: usize = 1_048_575;

/// The format of the portal-ready file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileFormat {
    #[default]
    Csv,
    Json,
    Xlsx,
}

impl FileFormat {
    pub const ALL: [FileFormat; 3] = [FileFormat::Csv, FileFormat::Json, FileFormat::Xlsx];

    /// The file name's extension, which is also the word `ochiq target add --format` takes.
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Json => "json",
            FileFormat::Xlsx => "xlsx",
        }
    }

    pub fn mediatype(self) -> &'static str {
        match self {
            FileFormat::Csv => "text/csv",
            FileFormat::Json => "application/json",
            FileFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(text.trim()))
    }
}

/// Which columns of a table go into the file, under which names.
pub struct Columns<'a> {
    /// The names written in the header.
    pub names: Vec<&'a str>,
    /// Each name's column in the table; `None` writes empty cells.
    pub positions: Vec<Option<usize>>,
}

impl<'a> Columns<'a> {
    /// Every column of `table`, in its order, under its own names.
    pub fn all(table: &'a Table) -> Self {
        Self {
            names: table.header().iter().map(String::as_str).collect(),
            positions: (0..table.header().len()).map(Some).collect(),
        }
    }
}

/// Writes `table`'s `columns` to `path` as `format`; `schema` gives the workbook its types
/// (by field name; a column it does not describe is text).
pub fn write(
    path: &Path,
    format: FileFormat,
    table: &Table,
    columns: &Columns<'_>,
    schema: &TableSchema,
    progress: &dyn Progress,
) -> Result<(), PublishError> {
    let total = table.rows() as u64;
    let check = |r: usize| {
        if r.is_multiple_of(16_384) {
            progress.set(r as u64, total);
            if progress.cancelled() {
                return Err(PublishError::Cancelled);
            }
        }
        Ok(())
    };
    let cell = |row: &crate::core::table::Row<'_>, p: &Option<usize>| -> String {
        p.and_then(|c| row.get(c)).unwrap_or_default().to_owned()
    };
    let bytes = match format {
        FileFormat::Csv => {
            let mut bytes = Vec::new();
            let mut w = csv::WriterBuilder::new().from_writer(&mut bytes);
            let fail = |e: csv::Error| PublishError::file(path, e);
            w.write_record(&columns.names).map_err(fail)?;
            for (r, row) in table.iter_rows().enumerate() {
                check(r)?;
                w.write_record(columns.positions.iter().map(|p| cell(&row, p)))
                    .map_err(fail)?;
            }
            w.flush().map_err(|e| PublishError::file(path, e))?;
            drop(w);
            bytes
        }
        FileFormat::Json => {
            let mut bytes = b"[".to_vec();
            for (r, row) in table.iter_rows().enumerate() {
                check(r)?;
                let object: serde_json::Map<String, Value> = columns
                    .names
                    .iter()
                    .zip(&columns.positions)
                    .map(|(n, p)| ((*n).to_owned(), Value::String(cell(&row, p))))
                    .collect();
                if r > 0 {
                    bytes.push(b',');
                }
                bytes.push(b'\n');
                bytes.extend_from_slice(Value::Object(object).to_string().as_bytes());
            }
            bytes.extend_from_slice(b"\n]\n");
            bytes
        }
        FileFormat::Xlsx => xlsx(table, columns, schema, &check)
            .map_err(|e| PublishError::file(path, std::io::Error::other(e)))?,
    };
    progress.set(total, total);
    write_atomic(path, &bytes).map_err(|e| PublishError::file(path, e))
}

/// How a column's values go into the workbook.
enum Kind {
    Text,
    Number,
    Date,
    DateTime,
}

/// The workbook's bytes: one sheet, the header bold and frozen, typed values where they
/// pass their field's check.
fn xlsx(
    table: &Table,
    columns: &Columns<'_>,
    schema: &TableSchema,
    check: &dyn Fn(usize) -> Result<(), PublishError>,
) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    if table.rows() > XLSX_MAX_ROWS {
        return Err(format!(
            "{} rows do not fit in a workbook (at most {XLSX_MAX_ROWS}); choose CSV for this target",
            table.rows()
        ));
    }
    let typed: Vec<Option<(Kind, FieldCheck)>> = columns
        .names
        .iter()
        .map(|name| {
            let field = schema
                .fields
                .iter()
                .find(|f| f.name.trim() == name.trim())?;
            let kind = match field.field_type {
                FieldType::Integer | FieldType::Number => Kind::Number,
                FieldType::Date => Kind::Date,
                FieldType::Datetime => Kind::DateTime,
                _ => Kind::Text,
            };
            Some((kind, FieldCheck::compile(field).0))
        })
        .collect();
    let missing = &schema.missing_values;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let datetime = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    // Excel counts days from 1899-12-30.
    let excel_epoch = day_number(1899, 12, 30);
    let first_serial_day = day_number(1900, 3, 1);
    let mut book = Workbook::new();
    let sheet = book
        .add_worksheet_with_constant_memory()
        .map_err(|e| e.to_string())?;
    let e = |e: rust_xlsxwriter::XlsxError| e.to_string();
    for (c, name) in columns.names.iter().enumerate() {
        let width = (name.chars().count() as f64 + 2.0).clamp(8.0, 40.0);
        sheet.set_column_width(c as u16, width).map_err(e)?;
        sheet
            .write_string_with_format(0, c as u16, *name, &bold)
            .map_err(e)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(e)?;
    for (r, row) in table.iter_rows().enumerate() {
        check(r).map_err(|e| format!("{e:?}"))?;
        let at = r as u32 + 1;
        for (c, p) in columns.positions.iter().enumerate() {
            let text = p.and_then(|c| row.get(c)).unwrap_or_default();
            if text.is_empty() {
                continue;
            }
            let col = c as u16;
            let cast = typed[c]
                .as_ref()
                .filter(|(_, check)| !check.is_missing(text, missing))
                .and_then(|(kind, check)| Some((kind, check.cast(text).ok()?)));
            match cast {
                Some((Kind::Number, Cast::Int(v))) if v.unsigned_abs() < (1 << 53) => {
                    sheet.write_number(at, col, v as f64).map_err(e)?;
                }
                Some((Kind::Number, Cast::Num(v))) if v.is_finite() => {
                    sheet.write_number(at, col, v).map_err(e)?;
                }
                Some((Kind::Date, Cast::Date(d))) if d >= first_serial_day => {
                    let serial = (d - excel_epoch) as f64;
                    sheet
                        .write_number_with_format(at, col, serial, &date)
                        .map_err(e)?;
                }
                Some((Kind::DateTime, Cast::DateTime(s))) if s >= first_serial_day * 86_400 => {
                    let serial = s as f64 / 86_400.0 - excel_epoch as f64;
                    sheet
                        .write_number_with_format(at, col, serial, &datetime)
                        .map_err(e)?;
                }
                _ => {
                    sheet.write_string(at, col, text).map_err(e)?;
                }
            }
        }
    }
    book.save_to_buffer().map_err(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::progress::NoProgress;
    use crate::core::schema::Field;
    use calamine::{Data, Reader, Xlsx};

    fn sample() -> (Table, TableSchema) {
        let table = Table::from_rows(
            &["soato", "sana", "aholi", "izoh"],
            &[
                vec!["1703", "2024-01-15", "3364,2", "—"],
                vec!["0017", "2024-02-01", "maxfiy", ""],
                vec!["1706", "15.13.2024", "2038,2", "=SUM(A1)"],
            ],
        );
        let mut aholi = Field::new("aholi", FieldType::Number);
        aholi.decimal_char = Some(",".into());
        let schema = TableSchema {
            fields: vec![
                Field::new("soato", FieldType::String),
                Field::new("sana", FieldType::Date),
                aholi,
                Field::new("izoh", FieldType::String),
            ],
            ..TableSchema::default()
        };
        (table, schema)
    }

    #[test]
    fn a_workbook_holds_numbers_dates_and_every_other_value_as_written() {
        let (table, schema) = sample();
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("data.xlsx");
        write(
            &path,
            FileFormat::Xlsx,
            &table,
            &Columns::all(&table),
            &schema,
            &NoProgress,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap_or_else(|e| panic!("{e}"));
        let range = book
            .worksheet_range_at(0)
            .unwrap_or_else(|| panic!("no sheet"))
            .unwrap_or_else(|e| panic!("{e}"));
        let at = |r: u32, c: u32| range.get_value((r, c)).cloned().unwrap_or(Data::Empty);
        assert_eq!(at(0, 2), Data::String("aholi".into()));
        assert_eq!(at(1, 0), Data::String("1703".into()), "a code stays text");
        assert_eq!(at(2, 0), Data::String("0017".into()), "leading zeros kept");
        assert_eq!(at(1, 2), Data::Float(3364.2));
        assert_eq!(
            at(2, 2),
            Data::String("maxfiy".into()),
            "a word stays a word"
        );
        assert!(
            matches!(at(1, 1), Data::DateTime(d) if d.as_f64() == 45306.0),
            "{:?}",
            at(1, 1)
        );
        assert_eq!(
            at(3, 1),
            Data::String("15.13.2024".into()),
            "not a date: as written"
        );
        assert_eq!(at(3, 3), Data::String("=SUM(A1)".into()), "never a formula");
        assert_eq!(at(1, 3), Data::String("—".into()));
        // The header is bold and frozen: the sheet's XML says so.
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let mut zip =
            zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut zip
                .by_name("xl/worksheets/sheet1.xml")
                .unwrap_or_else(|e| panic!("{e}")),
            &mut xml,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(xml.contains("state=\"frozen\""), "{xml}");
    }

    #[test]
    fn csv_and_json_hold_the_values_as_written() {
        let (table, schema) = sample();
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let json = dir.path().join("data.json");
        write(
            &json,
            FileFormat::Json,
            &table,
            &Columns::all(&table),
            &schema,
            &NoProgress,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let v: Value = serde_json::from_slice(&std::fs::read(&json).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(v[0]["aholi"], "3364,2");
        assert_eq!(v[1]["soato"], "0017");
        let csv = dir.path().join("data.csv");
        write(
            &csv,
            FileFormat::Csv,
            &table,
            &Columns::all(&table),
            &schema,
            &NoProgress,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(&csv).unwrap_or_default();
        assert!(
            text.starts_with("soato,sana,aholi,izoh\n1703,2024-01-15,\"3364,2\""),
            "{text}"
        );
        assert_eq!(FileFormat::parse("XLSX"), Some(FileFormat::Xlsx));
    }
}
