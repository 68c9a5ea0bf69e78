//! The files people and tools read: the validation report as JSON (the shape `ochiq validate
//! --json` prints), CSV (one finding a row) and Excel, and the deadline calendar as `.ics`.
//! Messages are in the given language; both front ends use these.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Color, Format, Note, Workbook};

use crate::core::calendar::{Deadline, ics};
use crate::core::ingest::{FileFormat, SourceInfo};
use crate::core::schema::TableSchema;
use crate::core::table::Table;
use crate::core::validate::{Cast, FieldCheck, Report};
use crate::core::workflow::check::ReadSource;
use crate::core::workspace::Workspace;
use crate::i18n::I18n;
use crate::tr;

/// `{"valid", "rows", "error_counts", "errors": [{code, row, column, field, value, args, message, suggestions}]}`.
pub fn report_json(i18n: &I18n, report: &Report) -> String {
    let counts: serde_json::Map<String, serde_json::Value> = report
        .counts
        .iter()
        .map(|(code, n)| (code.as_str().to_owned(), serde_json::json!(n)))
        .collect();
    let errors: Vec<serde_json::Value> = report
        .findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "code": f.code.as_str(),
                "row": f.row,
                "column": f.column,
                "field": f.field,
                "value": f.value,
                "args": f.args,
                "message": i18n.finding(f),
                "suggestions": f.suggestions,
            })
        })
        .collect();
    serde_json::json!({
        "valid": report.is_valid(),
        "rows": report.rows,
        "error_counts": counts,
        "errors": errors,
    })
    .to_string()
}

/// The JSON report with what was read to make it, as frictionless reports a resource's
/// dialect and labels: `source` (format, encoding and whether it changed after the sample,
/// delimiter, sheet, header rows) and `fields` (the column labels as the table has them).
/// One file gives them at the top; a package of several files gives `resources`, a pair each.
pub fn report_json_with_sources(i18n: &I18n, report: &Report, sources: &[ReadSource]) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(&report_json(i18n, report)).unwrap_or_default();
    let Some(object) = value.as_object_mut() else {
        return value.to_string();
    };
    let described = |s: &ReadSource| (source_json(&s.info), serde_json::json!(s.labels));
    match sources {
        [one] => {
            let (source, fields) = described(one);
            object.insert("source".into(), source);
            object.insert("fields".into(), fields);
        }
        many => {
            let resources: Vec<serde_json::Value> = many
                .iter()
                .map(|s| {
                    let (source, fields) = described(s);
                    serde_json::json!({"name": s.resource, "source": source, "fields": fields})
                })
                .collect();
            object.insert("resources".into(), resources.into());
        }
    }
    value.to_string()
}

/// How a file was read, for the JSON report.
fn source_json(info: &SourceInfo) -> serde_json::Value {
    let format = match info.format {
        FileFormat::Delimited => "csv",
        FileFormat::Xlsx => "xlsx",
        FileFormat::Xls => "xls",
        FileFormat::Xlsb => "xlsb",
        FileFormat::Ods => "ods",
        FileFormat::PortalJson => "json",
    };
    let switch = info
        .encoding_switch
        .map(|s| serde_json::json!({"from": s.from.label(), "line": s.line}));
    serde_json::json!({
        "path": info.path.display().to_string(),
        "format": format,
        "encoding": info.encoding.map(|e| e.label()),
        "bom": info.bom,
        "encoding_changed": switch,
        "delimiter": info.delimiter.map(|d| (d as char).to_string()),
        "quote": info.quote.map(|q| (q as char).to_string()),
        "sheet": info.sheet,
        "sheets": info.sheets,
        "data_sheets": info.data_sheets,
        "header": info.header.has_header,
        // 1-based, as a spreadsheet numbers its rows and a Frictionless dialect writes them.
        "header_rows": info.header_rows.iter().map(|r| r + 1).collect::<Vec<_>>(),
        "title_block": info.preamble,
    })
}

/// One finding a row: code, row, column, field, value, message. UTF-8 with a BOM and `;`, so
/// Excel in Uzbek and Russian locales opens it with the letters and columns right.
pub fn report_csv(i18n: &I18n, report: &Report) -> String {
    let mut out = String::from("\u{feff}code;row;column;field;value;message\r\n");
    let quote = |s: &str| {
        if s.contains([';', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_owned()
        }
    };
    for f in &report.findings {
        let fields = [
            f.code.as_str().to_owned(),
            f.row.map(|r| r.to_string()).unwrap_or_default(),
            f.column.map(|c| c.to_string()).unwrap_or_default(),
            f.field.clone().unwrap_or_default(),
            f.value.clone().unwrap_or_default(),
            i18n.finding(f),
        ];
        let line: Vec<String> = fields.iter().map(|s| quote(s)).collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// A table as CSV (see [`Table::to_csv`]).
pub fn table_csv(table: &Table) -> Result<Vec<u8>, ExportError> {
    Ok(table.to_csv()?)
}

/// Rows a worksheet holds below its header.
pub const XLSX_MAX_ROWS: usize = 1_048_575;

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{rows} rows do not fit on an Excel sheet (at most {max})")]
    TooManyRows { rows: usize, max: usize },
    #[error("{0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("{0}")]
    Csv(#[from] csv::Error),
}

/// A table as an Excel workbook: a bold, frozen header, and numbers written as numbers where
/// the schema says the column holds them, so Excel does not flag them as text.
pub fn table_xlsx(table: &Table, schema: Option<&TableSchema>) -> Result<Vec<u8>, ExportError> {
    if table.rows() > XLSX_MAX_ROWS {
        return Err(ExportError::TooManyRows {
            rows: table.rows(),
            max: XLSX_MAX_ROWS,
        });
    }
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("data")?;
    let bold = Format::new().set_bold();
    let numeric = numeric_columns(table, schema);
    for (c, label) in table.header().iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, label, &bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    for (r, row) in table.iter_rows().enumerate() {
        let r = r as u32 + 1;
        for (c, text) in row.iter().enumerate() {
            write_cell(
                sheet,
                r,
                c,
                text,
                numeric.get(c).and_then(Option::as_ref),
                None,
            )?;
        }
    }
    Ok(book.save_to_buffer()?)
}

/// The report as a workbook: the findings on the first sheet (one a row, with the message in
/// the given language), and the data on the second with every cell that has a finding filled
/// red and carrying the message as a note. A table over `REPORT_ALL_ROWS` rows contributes only
/// its rows with findings. `first_row` is the source row number of the table's first row.
pub fn report_xlsx(
    i18n: &I18n,
    report: &Report,
    table: &Table,
    schema: Option<&TableSchema>,
    first_row: u64,
) -> Result<Vec<u8>, ExportError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let marked = Format::new()
        .set_background_color(Color::RGB(0xFFC7CE))
        .set_font_color(Color::RGB(0x9C0006));
    let findings = book.add_worksheet();
    findings.set_name(sheet_name(&tr!(i18n, "xlsx-findings-sheet")))?;
    let heads = [
        tr!(i18n, "xlsx-col-code"),
        tr!(i18n, "xlsx-col-kind"),
        tr!(i18n, "xlsx-col-row"),
        tr!(i18n, "xlsx-col-column"),
        tr!(i18n, "xlsx-col-field"),
        tr!(i18n, "xlsx-col-value"),
        tr!(i18n, "xlsx-col-message"),
        tr!(i18n, "xlsx-col-suggestions"),
    ];
    for (c, h) in heads.iter().enumerate() {
        findings.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (i, f) in report.findings.iter().enumerate() {
        let r = i as u32 + 1;
        findings.write_string(r, 0, f.code.as_str())?;
        findings.write_string(r, 1, crate::text::names::code_name(i18n, f.code))?;
        if let Some(row) = f.row {
            findings.write_number(r, 2, row as f64)?;
        }
        if let Some(col) = f.column {
            findings.write_number(r, 3, col as f64)?;
        }
        findings.write_string(r, 4, f.field.as_deref().unwrap_or(""))?;
        findings.write_string(r, 5, f.value.as_deref().unwrap_or(""))?;
        findings.write_string(r, 6, i18n.finding(f))?;
        findings.write_string(r, 7, f.suggestions.join(", "))?;
    }
    findings.set_freeze_panes(1, 0)?;
    findings.autofilter(0, 0, report.findings.len() as u32, heads.len() as u16 - 1)?;
    for (c, width) in [14, 24, 8, 8, 18, 24, 70, 24].into_iter().enumerate() {
        findings.set_column_width(c as u16, width)?;
    }
    if report.findings.len() < report.errors() as usize {
        let note = tr!(i18n, "checks-kept", limit = report.limit);
        findings.write_string(report.findings.len() as u32 + 2, 0, note)?;
    }

    // Messages by table cell; a finding without a column marks the row's first cell.
    let mut by_cell: BTreeMap<(usize, usize), Vec<String>> = BTreeMap::new();
    for f in &report.findings {
        let Some(r) = f.row.and_then(|n| n.checked_sub(first_row)) else {
            continue;
        };
        let c = f.column.map_or(0, |c| c.saturating_sub(1));
        by_cell
            .entry((r as usize, c))
            .or_default()
            .push(i18n.finding(f));
    }
    let data = book.add_worksheet();
    data.set_name(sheet_name(&tr!(i18n, "xlsx-data-sheet")))?;
    data.write_string_with_format(0, 0, tr!(i18n, "xlsx-col-row"), &bold)?;
    for (c, label) in table.header().iter().enumerate() {
        data.write_string_with_format(0, c as u16 + 1, label, &bold)?;
    }
    data.set_freeze_panes(1, 1)?;
    let numeric = numeric_columns(table, schema);
    let all = table.rows() <= REPORT_ALL_ROWS;
    let rows: Vec<usize> = if all {
        (0..table.rows()).collect()
    } else {
        let mut rows: Vec<usize> = by_cell.keys().map(|(r, _)| *r).collect();
        rows.dedup();
        rows
    };
    for (out_row, &r) in rows.iter().enumerate() {
        let Some(row) = table.row(r) else { continue };
        let x = out_row as u32 + 1;
        data.write_number(x, 0, (first_row + r as u64) as f64)?;
        // Cells past a short row's end are written too when a finding names them.
        let past_marked = by_cell
            .range((r, 0)..(r + 1, 0))
            .next_back()
            .map_or(0, |((_, c), _)| c + 1);
        let width = row.len().max(past_marked);
        for c in 0..width {
            let text = row.get(c).unwrap_or("");
            let messages = by_cell.get(&(r, c));
            let format = messages.map(|_| &marked);
            write_cell(
                data,
                x,
                c + 1,
                text,
                numeric.get(c).and_then(Option::as_ref),
                format,
            )?;
            if let Some(messages) = messages {
                let note = Note::new(messages.join("\n")).set_author("Ochiq");
                data.insert_note(x, c as u16 + 1, &note)?;
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

/// Tables up to this many rows go whole into a report workbook.
pub const REPORT_ALL_ROWS: usize = 100_000;

/// Excel sheet names: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(text: &str) -> String {
    text.chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
}

/// The check of each numeric column, to tell which cells are numbers.
fn numeric_columns(table: &Table, schema: Option<&TableSchema>) -> Vec<Option<FieldCheck>> {
    table
        .header()
        .iter()
        .map(|name| {
            let field = schema?.field(name)?;
            field
                .field_type
                .is_numeric()
                .then(|| FieldCheck::compile(field).0)
        })
        .collect()
}

fn write_cell(
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    col: usize,
    text: &str,
    numeric: Option<&FieldCheck>,
    format: Option<&Format>,
) -> Result<(), ExportError> {
    let col = u16::try_from(col).unwrap_or(u16::MAX).min(16_383);
    let number = match numeric.map(|check| check.cast(text)) {
        Some(Ok(Cast::Int(i))) => Some(i as f64),
        Some(Ok(Cast::Num(n))) if n.is_finite() => Some(n),
        _ => None,
    };
    match (number, format) {
        (Some(n), Some(f)) => sheet.write_number_with_format(row, col, n, f)?,
        (Some(n), None) => sheet.write_number(row, col, n)?,
        (None, Some(f)) => sheet.write_string_with_format(row, col, text, f)?,
        (None, None) if text.is_empty() => sheet,
        (None, None) => sheet.write_string(row, col, text)?,
    };
    Ok(())
}

/// Writes `list` as an `.ics` file in the interface language (each open deadline with an
/// alarm [`ics::ALARM_DAYS`] before) and says so: the message for the user, `Err` when it
/// could not be written.
pub fn write_ics(
    i18n: &I18n,
    ws: &Workspace,
    list: &[Deadline],
    path: &std::path::Path,
) -> Result<String, String> {
    let organisation = ws.organisation();
    let written = crate::text::calendar::with_ics_text(i18n, organisation, |text| {
        ics::write_file(
            path,
            list,
            organisation,
            text,
            crate::core::date::unix_now(),
        )
    });
    match written {
        Ok(()) => Ok(tr!(
            i18n,
            "calendar-ics-written",
            count = list.len(),
            path = path.display().to_string()
        )),
        Err(e) => Err(tr!(i18n, "calendar-not-saved", detail = e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::core::validate::{Code, Finding};

    fn sample() -> Report {
        let mut r = Report::new(10);
        r.rows = 3;
        let mut f = Finding::new(Code::TypeError).arg("type", "date/%d.%m.%Y");
        f.row = Some(3);
        f.column = Some(2);
        f.field = Some("Sana".into());
        f.value = Some("31.02.2026; \"x\"".into());
        r.add(f);
        r
    }

    #[test]
    fn json_has_the_documented_shape() {
        let v: serde_json::Value =
            serde_json::from_str(&report_json(&I18n::new(Lang::En), &sample())).unwrap_or_default();
        assert_eq!(v["valid"], false);
        assert_eq!(v["rows"], 3);
        assert_eq!(v["error_counts"]["type-error"], 1);
        assert_eq!(v["errors"][0]["field"], "Sana");
        assert!(
            v["errors"][0]["message"]
                .as_str()
                .is_some_and(|m| m.contains("Row 3"))
        );
        assert!(v["errors"][0]["suggestions"].is_array());
    }

    #[test]
    fn csv_quotes_what_needs_quoting_and_reads_back() {
        let text = report_csv(&I18n::new(Lang::Ru), &sample());
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map_while(Result::ok).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][0], "type-error");
        assert_eq!(&rows[0][4], "31.02.2026; \"x\"");
        assert!(rows[0][5].contains("Строка 3"));
    }

    #[test]
    fn the_excel_report_lists_findings_and_marks_them_in_the_data() {
        use calamine::{Data, Reader, Xlsx};
        let table = Table::from_rows(
            &["Hudud", "Soni"],
            &[vec!["1726266", "12"], vec!["1726294", "x"], vec!["1726294"]],
        );
        let i18n = I18n::new(Lang::UzLatn);
        let mut report = Report::new(10);
        let mut f = Finding::new(Code::TypeError).arg("type", "integer");
        f.row = Some(3);
        f.column = Some(2);
        f.field = Some("Soni".into());
        f.value = Some("x".into());
        report.add(f);
        // A row one cell short, with a finding on its missing cell.
        let mut missing = Finding::new(Code::MissingCell);
        missing.row = Some(4);
        missing.column = Some(2);
        report.add(missing);
        let bytes = report_xlsx(&i18n, &report, &table, None, 2).unwrap_or_else(|e| panic!("{e}"));
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(book.sheet_names(), ["Xatolar", "Maʼlumotlar"]);
        let findings = book
            .worksheet_range("Xatolar")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            findings.get((1, 0)),
            Some(&Data::String("type-error".into()))
        );
        assert_eq!(findings.get((1, 2)), Some(&Data::Float(3.0)));
        let data = book
            .worksheet_range("Maʼlumotlar")
            .unwrap_or_else(|e| panic!("{e}"));
        // The source row number first, then the cells.
        assert_eq!(data.get((2, 0)), Some(&Data::Float(3.0)));
        assert_eq!(data.get((2, 2)), Some(&Data::String("x".into())));
        assert_eq!(data.get((1, 1)), Some(&Data::String("1726266".into())));
        assert_eq!(data.get((3, 0)), Some(&Data::Float(4.0)));
    }

    #[test]
    fn tables_write_as_csv_and_excel_with_numbers_as_numbers() {
        use calamine::{Data, Reader, Xlsx};
        let table = Table::from_rows(&["a", "b"], &[vec!["1,5", "x, \"y\""], vec![]]);
        let csv = String::from_utf8(table_csv(&table).unwrap_or_default()).unwrap_or_default();
        assert_eq!(csv, "a,b\r\n\"1,5\",\"x, \"\"y\"\"\"\r\n\"\"\r\n");
        let mut schema = TableSchema::default();
        let mut a = crate::core::schema::Field::new("a", crate::core::schema::FieldType::Number);
        a.decimal_char = Some(",".into());
        schema.fields.push(a);
        let bytes = table_xlsx(&table, Some(&schema)).unwrap_or_else(|e| panic!("{e}"));
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
        let data = book
            .worksheet_range("data")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(data.get((1, 0)), Some(&Data::Float(1.5)));
        assert_eq!(data.get((1, 1)), Some(&Data::String("x, \"y\"".into())));
    }
}
