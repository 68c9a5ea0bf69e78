//! Workbooks (XLSX, XLS, XLSB, ODS) through calamine: pick the sheet, find the header below
//! any title block, and turn cells into text the way Excel shows them (dates as dd.mm.yyyy).

use std::io::Cursor;

use calamine::{Data, Ods, Range, Reader, Xls, Xlsb, Xlsx, open_workbook_from_rs};

use super::sniff::detect_header;
use super::{
    CHECK_EVERY, FileFormat, IngestError, LoadEvent, OpenOptions, Routed, RowRouter, SourceInfo,
    check_cancel, header_guess,
};
use crate::core::error::IoError;
use crate::core::progress::Progress;
use crate::core::table::ChunkBuilder;

const HEADER_SAMPLE_ROWS: usize = 30;

pub(super) fn load(
    mut info: SourceInfo,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError> {
    let bytes = std::fs::read(&info.path).map_err(|e| IoError::new(&info.path, e))?;
    progress.set(0, 1);
    let format = info.format;
    // A malformed workbook must give an error, never bring the app down.
    let opened = std::panic::catch_unwind(move || read_sheets(format, bytes, options))
        .map_err(|_| IngestError::Workbook("the reader stopped on malformed content".into()))??;
    let (sheets, chosen, range) = opened;
    check_cancel(progress)?;

    // Sheet rows above the first filled cell are not in the range; count them in, so the
    // header row is the row number the user sees in Excel.
    let top = range.start().map_or(0, |(row, _)| row as usize);
    let rows: Vec<Vec<String>> = std::iter::repeat_n(Vec::new(), top)
        .chain(range.rows().map(|r| r.iter().map(cell_text).collect()))
        .take(HEADER_SAMPLE_ROWS)
        .collect();
    let header = header_guess(options, detect_header(&rows));
    info.sheets = sheets;
    info.sheet = Some(chosen);
    info.header = header;
    info.header_rows = if header.has_header {
        vec![header.header_row]
    } else {
        Vec::new()
    };

    let total = range.height() as u64;
    let mut router = RowRouter::new(header.header_row.saturating_sub(top), header.has_header);
    let mut names = Vec::new();
    let mut builder = ChunkBuilder::default();
    let mut started = false;
    for (i, row) in range.rows().enumerate() {
        let routed = router.route(i);
        if !matches!(routed, Routed::Data) {
            let cells: Vec<String> = row.iter().map(cell_text).collect();
            match routed {
                Routed::Preamble => router.add_preamble(&cells),
                _ => names = cells,
            }
            continue;
        }
        if !started {
            started = true;
            info.preamble = router.preamble.clone();
            on_event(LoadEvent::Started {
                info: info.clone(),
                header: std::mem::take(&mut names),
            });
        }
        for cell in row {
            builder.push_cell(&cell_text(cell));
        }
        if let Some(chunk) = builder.end_row() {
            on_event(LoadEvent::Rows(chunk));
        }
        if i % CHECK_EVERY == 0 {
            check_cancel(progress)?;
            progress.set(i as u64, total);
        }
    }
    if !started {
        info.preamble = router.preamble.clone();
        on_event(LoadEvent::Started {
            info: info.clone(),
            header: names,
        });
    }
    on_event(LoadEvent::Rows(builder.finish()));
    progress.set(total, total);
    Ok(info)
}

type Opened = (Vec<String>, String, Range<Data>);

fn read_sheets(
    format: FileFormat,
    bytes: Vec<u8>,
    options: &OpenOptions,
) -> Result<Opened, IngestError> {
    let cursor = Cursor::new(bytes);
    let err = |e: &dyn std::fmt::Display| IngestError::Workbook(e.to_string());
    match format {
        FileFormat::Xls => pick(
            &mut open_workbook_from_rs::<Xls<_>, _>(cursor).map_err(|e| err(&e))?,
            options,
        ),
        FileFormat::Xlsb => pick(
            &mut open_workbook_from_rs::<Xlsb<_>, _>(cursor).map_err(|e| err(&e))?,
            options,
        ),
        FileFormat::Ods => pick(
            &mut open_workbook_from_rs::<Ods<_>, _>(cursor).map_err(|e| err(&e))?,
            options,
        ),
        _ => pick(
            &mut open_workbook_from_rs::<Xlsx<_>, _>(cursor).map_err(|e| err(&e))?,
            options,
        ),
    }
}

/// Opens the requested sheet, or else the first sheet that holds any cells.
fn pick<R, W>(workbook: &mut W, options: &OpenOptions) -> Result<Opened, IngestError>
where
    R: std::io::Read + std::io::Seek,
    W: Reader<R>,
    W::Error: std::fmt::Display,
{
    let sheets = workbook.sheet_names();
    if sheets.is_empty() {
        return Err(IngestError::NoSheets);
    }
    if let Some(wanted) = &options.sheet {
        let Some(index) = super::find_sheet(wanted, &sheets) else {
            return Err(IngestError::NoSuchSheet(wanted.clone()));
        };
        let name = sheets[index].clone();
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| IngestError::Workbook(e.to_string()))?;
        return Ok((sheets.clone(), name, range));
    }
    let mut first_error = None;
    for name in &sheets {
        match workbook.worksheet_range(name) {
            Ok(range) if !range.is_empty() => return Ok((sheets.clone(), name.clone(), range)),
            Ok(_) => {}
            Err(e) => {
                first_error.get_or_insert_with(|| e.to_string());
            }
        }
    }
    match first_error {
        // Every readable sheet is empty: show the first one, empty.
        None => Ok((sheets.clone(), sheets[0].clone(), Range::empty())),
        Some(e) => Err(IngestError::Workbook(e)),
    }
}

/// A cell's text as a person reading the sheet in Excel would see it.
pub(crate) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => format_float(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(dt) => {
            if dt.is_duration() {
                return format_float(dt.as_f64());
            }
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            if (hh, mm, ss) == (0, 0, 0) {
                format!("{d:02}.{m:02}.{y:04}")
            } else if dt.as_f64() < 1.0 {
                format!("{hh:02}:{mm:02}:{ss:02}")
            } else {
                format!("{d:02}.{m:02}.{y:04} {hh:02}:{mm:02}:{ss:02}")
            }
        }
        Data::DateTimeIso(s) => iso_to_local(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// Whole numbers without a trailing `.0`; others in their shortest exact form.
fn format_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// `2026-01-05` → `05.01.2026`, as officers see dates in their spreadsheets.
fn iso_to_local(s: &str) -> String {
    use crate::core::infer::parse_date;
    if let Some((y, m, d)) = parse_date(s) {
        return format!("{d:02}.{m:02}.{y:04}");
    }
    match (s.get(..10).and_then(parse_date), s.get(10..)) {
        (Some((y, m, d)), Some(time)) => {
            format!("{d:02}.{m:02}.{y:04} {}", time.trim_start_matches('T'))
        }
        _ => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn cells_read_as_excel_shows_them() {
        assert_eq!(cell_text(&Data::Float(1703202.0)), "1703202");
        assert_eq!(cell_text(&Data::Float(12.75)), "12.75");
        assert_eq!(cell_text(&Data::Int(-4)), "-4");
        assert_eq!(cell_text(&Data::Bool(true)), "TRUE");
        let date = ExcelDateTime::new(46027.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(date)), "05.01.2026");
        let stamp = ExcelDateTime::new(46027.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(stamp)), "05.01.2026 12:00:00");
        assert_eq!(
            cell_text(&Data::DateTimeIso("2026-01-05".into())),
            "05.01.2026"
        );
        // Regression: a short ISO date must not be sliced past its end.
        assert_eq!(
            cell_text(&Data::DateTimeIso("2026-1-5".into())),
            "05.01.2026"
        );
        assert_eq!(
            cell_text(&Data::DateTimeIso("2026-01-05T10:30:00".into())),
            "05.01.2026 10:30:00"
        );
        assert_eq!(cell_text(&Data::DateTimeIso("10:30".into())), "10:30");
    }
}
