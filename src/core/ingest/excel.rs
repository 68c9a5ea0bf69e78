//! Workbooks (XLSX, XLS, XLSB, ODS) through calamine: choose the sheet that holds the table,
//! find the header below any title block (flattening a header of two rows built from merged
//! cells into one label per column), and turn cells into text the way Excel shows them
//! (dates as dd.mm.yyyy). XLSX is read as a stream of cells, so a big sheet shows its first
//! rows at once, reports progress and can be cancelled; the other formats are read as ranges.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::panic::AssertUnwindSafe;

use calamine::{Data, DataRef, Dimensions, Ods, Range, Reader, Xls, Xlsb, Xlsx};
use rustc_hash::FxHashMap;

use super::sniff::detect_header;
use super::{
    CHECK_EVERY, FileFormat, IngestError, LoadEvent, MergedRegion, OpenOptions, SourceInfo,
    check_cancel, header_guess,
};
use crate::core::fs::IoError;
use crate::core::progress::Progress;
use crate::core::table::ChunkBuilder;

/// Rows looked at to find the header.
const HEADER_SAMPLE_ROWS: usize = 30;
/// Rows of each sheet read to judge whether it holds a table.
const SHEET_SAMPLE_ROWS: usize = 100;
/// Cells (empty formatted ones included) read at most to sample one sheet.
const SHEET_SAMPLE_CELLS: usize = 50_000;
/// Header rows at most above or below the detected one joined by merged cells.
const MAX_HEADER_ROWS: usize = 4;

pub(super) fn load(
    info: SourceInfo,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError> {
    // A malformed workbook must give an error, never bring the app down.
    std::panic::catch_unwind(AssertUnwindSafe(|| {
        load_workbook(info, options, progress, on_event)
    }))
    .unwrap_or_else(|_| {
        Err(IngestError::Workbook(
            "the reader stopped on malformed content".into(),
        ))
    })
}

fn load_workbook(
    info: SourceInfo,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError> {
    let file = File::open(&info.path).map_err(|e| IoError::new(&info.path, e))?;
    let reader = BufReader::with_capacity(256 * 1024, file);
    progress.set(0, 1);
    match info.format {
        FileFormat::Xls => {
            let mut book = Xls::new(reader).map_err(workbook_error)?;
            let merges = |book: &mut Xls<_>, name: &str| {
                book.merge_cells_by_sheet_name(name).unwrap_or_default()
            };
            load_ranges(&mut book, merges, info, options, progress, on_event)
        }
        // calamine gives no merged cells for these two.
        FileFormat::Xlsb => {
            let mut book = Xlsb::new(reader).map_err(workbook_error)?;
            load_ranges(&mut book, no_merges, info, options, progress, on_event)
        }
        FileFormat::Ods => {
            let mut book = Ods::new(reader).map_err(workbook_error)?;
            load_ranges(&mut book, no_merges, info, options, progress, on_event)
        }
        _ => {
            let book = Xlsx::new(reader).map_err(workbook_error)?;
            load_xlsx(book, info, options, progress, on_event)
        }
    }
}

fn no_merges<W>(_: &mut W, _: &str) -> Vec<Dimensions> {
    Vec::new()
}

fn workbook_error(e: impl std::fmt::Display) -> IngestError {
    IngestError::Workbook(e.to_string())
}

/// The first rows of a sheet, by sheet row and column (from A1), as text.
#[derive(Debug, Default)]
struct Sample {
    rows: Vec<Vec<String>>,
    /// The leftmost column with a filled cell.
    left: Option<u32>,
    /// Whether the sheet has filled cells below the sample.
    more: bool,
    /// Whether the sample holds every cell of the sheet (it was read to its end).
    complete: bool,
    /// The sheet's last row as its dimensions declare it (may count formatted empty rows).
    last_row: u32,
    /// The sheet's first column as its dimensions declare it.
    first_col: u32,
}

impl Sample {
    fn add(&mut self, row: u32, col: u32, text: String) {
        let (r, c) = (row as usize, col as usize);
        if self.rows.len() <= r {
            self.rows.resize(r + 1, Vec::new());
        }
        let cells = &mut self.rows[r];
        if cells.len() <= c {
            cells.resize(c + 1, String::new());
        }
        cells[c] = text;
        self.left = Some(self.left.map_or(col, |l| l.min(col)));
    }

    /// The size of the table the sheet seems to hold: its width and an estimate of its
    /// rows. A note, a cover with two lines or an empty formatted sheet hold no table.
    fn shape(&self) -> Shape {
        let filled = |r: &Vec<String>| r.iter().filter(|c| !c.trim().is_empty()).count();
        let width = self.rows.iter().map(filled).max().unwrap_or(0);
        let needed = if width < 2 {
            1
        } else {
            (width * 3).div_ceil(5).max(2)
        };
        let mut rows = self.rows.iter().filter(|r| filled(r) >= needed).count() as u64;
        if self.more {
            rows += u64::from(self.last_row).saturating_sub(self.rows.len() as u64);
        }
        let cells: usize = self.rows.iter().map(filled).sum();
        Shape {
            table: width >= 2 && rows >= 2,
            score: (width as u64 * rows, cells),
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Whether the sheet holds a table: two or more columns, a header and a row.
    table: bool,
    /// Cells of the table's block, then all filled cells: the larger wins.
    score: (u64, usize),
}

/// The sheet to open: the user's choice, else the one holding the largest table (the first
/// of equals), else the first with any cells. Also returns the sheets that hold a table.
fn choose_sheet(
    sheets: &[String],
    samples: &[Result<Sample, IngestError>],
) -> Result<(usize, Vec<String>), IngestError> {
    let shapes: Vec<Option<Shape>> = samples
        .iter()
        .map(|s| s.as_ref().ok().map(Sample::shape))
        .collect();
    let data_sheets = sheets
        .iter()
        .zip(&shapes)
        .filter(|(_, s)| s.is_some_and(|s| s.table))
        .map(|(n, _)| n.clone())
        .collect();
    let best = shapes
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s.score)))
        .filter(|(_, score)| score.1 > 0)
        .fold(
            None::<(usize, (u64, usize))>,
            |best, (i, score)| match best {
                Some((_, b)) if b >= score => best,
                _ => Some((i, score)),
            },
        );
    match best {
        Some((i, _)) => Ok((i, data_sheets)),
        None => match samples.iter().find_map(|s| s.as_ref().err()) {
            Some(e) => Err(IngestError::Workbook(e.to_string())),
            // Every readable sheet is empty: show the first one, empty.
            None => Ok((0, data_sheets)),
        },
    }
}

/// Where the table is on its sheet, worked out from the sample and the merged cells.
#[derive(Debug)]
struct Layout {
    header_rows: Vec<usize>,
    has_header: bool,
    /// The first sheet row of data.
    first_data_row: u32,
    /// The sheet column of the table's first column.
    left: u32,
    width: usize,
    labels: Vec<String>,
    preamble: Vec<String>,
    /// Regions merged over data rows, in table columns.
    merged: Vec<MergedRegion>,
}

impl Layout {
    fn new(sample: &Sample, merges: &[Dimensions], options: &OpenOptions, left: u32) -> Self {
        let rows = &sample.rows;
        let head: Vec<Vec<String>> = rows.iter().take(HEADER_SAMPLE_ROWS).cloned().collect();
        let detected = detect_header(&head);
        let guess = header_guess(options, detected);
        let header_rows = if !guess.has_header {
            Vec::new()
        } else if options.header_rows.as_ref().is_some_and(|r| !r.is_empty()) {
            options.header_rows.clone().unwrap_or_default()
        } else if options.header_row.is_some() {
            vec![guess.header_row]
        } else {
            header_rows(rows, merges, guess.header_row)
        };
        let last_header = header_rows.last().copied().unwrap_or(guess.header_row);
        let first_data_row = if guess.has_header {
            last_header + 1
        } else {
            guess.header_row
        };
        let first_header = header_rows.first().copied().unwrap_or(guess.header_row);
        let text = |r: usize, c: usize| -> &str {
            rows.get(r)
                .and_then(|row| row.get(c))
                .map_or("", |s| s.trim())
        };
        let mut preamble = Vec::new();
        for row in rows.iter().take(first_header) {
            let cells: Vec<&str> = row
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect();
            if !cells.is_empty() {
                preamble.push(cells.join(" "));
            }
        }
        // The table is as wide as its header and the sampled data rows.
        let width = rows
            .iter()
            .skip(first_header)
            .map(|r| r.iter().rposition(|c| !c.is_empty()).map_or(0, |p| p + 1))
            .max()
            .unwrap_or(0)
            .saturating_sub(left as usize);
        let labels = if guess.has_header {
            (0..width)
                .map(|i| header_label(&header_rows, left as usize + i, merges, rows, &text))
                .collect()
        } else {
            Vec::new()
        };
        let merged = merges
            .iter()
            .filter(|m| m.start.0 as usize >= first_data_row && m.end.0 > m.start.0)
            .filter(|m| m.start.1 >= left)
            .map(|m| MergedRegion {
                rows: (m.start.0 as usize, m.end.0 as usize),
                columns: ((m.start.1 - left) as usize, (m.end.1 - left) as usize),
                value: String::new(),
            })
            .collect();
        Self {
            header_rows: if guess.has_header {
                header_rows
            } else {
                Vec::new()
            },
            has_header: guess.has_header,
            first_data_row: first_data_row as u32,
            left,
            width,
            labels,
            preamble,
            merged,
        }
    }
}

/// One column's label over several header rows: each row's text (a merged cell's text in
/// every cell it covers), a text repeated by a vertical merge once, joined by a space.
fn header_label<'a>(
    header_rows: &[usize],
    col: usize,
    merges: &[Dimensions],
    rows: &'a [Vec<String>],
    text: &dyn Fn(usize, usize) -> &'a str,
) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut last_region = None;
    for &r in header_rows {
        let region = merges.iter().position(|m| contains(m, r, col));
        let part = match region {
            Some(i) => {
                if last_region == Some(i) {
                    continue;
                }
                last_region = Some(i);
                let m = &merges[i];
                text(m.start.0 as usize, m.start.1 as usize)
            }
            None => {
                last_region = None;
                match (header_rows.len() > 1)
                    .then(|| group_label(rows, r, col))
                    .flatten()
                {
                    Some(label) => label,
                    None => text(r, col),
                }
            }
        };
        if !part.is_empty() && parts.last() != Some(&part) {
            parts.push(part);
        }
    }
    parts.join(" ")
}

/// In an unmerged header, the group label a blank upper cell stands under: the nearest
/// filled cell to its left in the same row, when every cell between is blank.
fn group_label(rows: &[Vec<String>], r: usize, col: usize) -> Option<&str> {
    let row = rows.get(r)?;
    let own = row.get(col).map_or("", |s| s.trim());
    if !own.is_empty() {
        return Some(own);
    }
    let below = rows.get(r + 1)?;
    let filled = |cells: &Vec<String>, c: usize| cells.get(c).is_some_and(|s| !s.trim().is_empty());
    if !filled(below, col) {
        return None;
    }
    (0..col)
        .rev()
        .take_while(|&c| filled(below, c))
        .find(|&c| filled(row, c))
        .map(|c| row[c].trim())
}

fn contains(m: &Dimensions, row: usize, col: usize) -> bool {
    (m.start.0 as usize..=m.end.0 as usize).contains(&row)
        && (m.start.1 as usize..=m.end.1 as usize).contains(&col)
}

/// The rows of a header that `detected` is one row of: rows joined to it by cells merged
/// down across them or by group labels merged across the columns below, or, without
/// merges, an upper row that labels exactly the columns the lower one leaves blank and
/// puts group labels over the rest. A title above a full header is never taken in.
fn header_rows(rows: &[Vec<String>], merges: &[Dimensions], detected: usize) -> Vec<usize> {
    let filled = |r: usize, c: usize| {
        rows.get(r)
            .and_then(|row| row.get(c))
            .is_some_and(|s| !s.trim().is_empty())
    };
    let width = rows
        .iter()
        .skip(detected)
        .map(|r| r.len())
        .max()
        .unwrap_or(0);
    let covered = |r: usize| (0..width).filter(|&c| filled(r, c)).count();
    let (mut top, mut bottom) = (detected, detected);
    // Cells merged down from the header into the row below make that row part of it.
    while bottom + 1 - top < MAX_HEADER_ROWS
        && merges.iter().any(|m| {
            m.start.0 as usize <= bottom
                && m.end.0 as usize > bottom
                && filled(m.start.0 as usize, m.start.1 as usize)
        })
        && covered(bottom + 1) > 0
    {
        bottom += 1;
    }
    while top > 0 && bottom + 1 - top < MAX_HEADER_ROWS {
        let up = top - 1;
        let crosses = merges.iter().any(|m| {
            m.start.0 as usize <= up
                && m.end.0 as usize >= top
                && filled(m.start.0 as usize, m.start.1 as usize)
        });
        // A group label: merged across some, not all, of the columns, over labels.
        let group = merges.iter().any(|m| {
            let (r, c0, c1) = (m.start.0 as usize, m.start.1 as usize, m.end.1 as usize);
            r == up
                && m.end.0 as usize == up
                && c1 > c0
                && c1 - c0 + 1 < width
                && filled(up, c0)
                && (c0..=c1).all(|c| filled(top, c))
        });
        if crosses || group || (merges.is_empty() && unmerged_upper_row(rows, up, top, width)) {
            top = up;
        } else {
            break;
        }
    }
    (top..=bottom).collect()
}

/// Without merge information, whether `upper` is the first row of a two-row header over
/// `lower`: it fills two or more cells, every column `lower` leaves blank (and at least one),
/// and over `lower`'s labels only group labels followed by blank cells.
fn unmerged_upper_row(rows: &[Vec<String>], upper: usize, lower: usize, width: usize) -> bool {
    let filled = |r: usize, c: usize| {
        rows.get(r)
            .and_then(|row| row.get(c))
            .is_some_and(|s| !s.trim().is_empty())
    };
    let first = (0..width).find(|&c| filled(upper, c) || filled(lower, c));
    let Some(first) = first else {
        return false;
    };
    let cols = first..width;
    let upper_count = cols.clone().filter(|&c| filled(upper, c)).count();
    let lower_blanks: Vec<usize> = cols.clone().filter(|&c| !filled(lower, c)).collect();
    if upper_count < 2 || lower_blanks.is_empty() || !lower_blanks.iter().all(|&c| filled(upper, c))
    {
        return false;
    }
    let mut groups = 0;
    for c in cols.clone() {
        if filled(upper, c) && filled(lower, c) {
            // A group label must stand over blank upper cells with labels below.
            if !(c + 1 < width && !filled(upper, c + 1) && filled(lower, c + 1)) {
                return false;
            }
            groups += 1;
        }
    }
    groups > 0
}

/// Sends the header, then the data rows of the table as its cells arrive in sheet order.
struct Emitter<'a> {
    layout: &'a Layout,
    builder: ChunkBuilder,
    /// The sheet row being built and how many cells it has.
    row: Option<u32>,
    cols: usize,
    rows_done: u64,
    last_row: u32,
    /// Where the text of each merged region's first cell goes.
    merged_at: FxHashMap<(u32, u32), usize>,
    merged_values: Vec<String>,
    progress: &'a dyn Progress,
    on_event: &'a mut dyn FnMut(LoadEvent),
}

impl<'a> Emitter<'a> {
    fn start(
        layout: &'a Layout,
        info: &mut SourceInfo,
        last_row: u32,
        progress: &'a dyn Progress,
        on_event: &'a mut dyn FnMut(LoadEvent),
    ) -> Self {
        info.header = super::HeaderGuess {
            header_row: layout
                .header_rows
                .last()
                .copied()
                .unwrap_or(layout.first_data_row as usize),
            has_header: layout.has_header,
        };
        info.header_rows = layout.header_rows.clone();
        info.preamble = layout.preamble.clone();
        info.merged = layout.merged.clone();
        on_event(LoadEvent::Started {
            info: info.clone(),
            header: layout.labels.clone(),
        });
        let merged_at = layout
            .merged
            .iter()
            .enumerate()
            .map(|(i, m)| ((m.rows.0 as u32, m.columns.0 as u32 + layout.left), i))
            .collect();
        Self {
            layout,
            builder: ChunkBuilder::default(),
            row: None,
            cols: 0,
            rows_done: 0,
            last_row,
            merged_at,
            merged_values: vec![String::new(); layout.merged.len()],
            progress,
            on_event,
        }
    }

    /// Takes one filled cell; cells come row by row, left to right.
    fn cell(&mut self, row: u32, col: u32, text: &str) -> Result<(), IngestError> {
        if row < self.layout.first_data_row || text.is_empty() {
            return Ok(());
        }
        if col < self.layout.left {
            return Err(IngestError::Workbook(format!(
                "cell in row {} lies left of the sheet's declared dimensions",
                row + 1
            )));
        }
        if !self.merged_at.is_empty()
            && let Some(&i) = self.merged_at.get(&(row, col))
        {
            self.merged_values[i] = text.to_owned();
        }
        if self.row != Some(row) {
            let from = match self.row {
                Some(r) if row < r => {
                    return Err(IngestError::Workbook(format!(
                        "row {} comes after row {}",
                        row + 1,
                        r + 1
                    )));
                }
                Some(r) => {
                    self.end_row()?;
                    r + 1
                }
                None => self.layout.first_data_row,
            };
            // Empty rows between data rows stay, as the blank rows they are.
            for _ in from..row {
                self.end_row()?;
            }
            self.row = Some(row);
        }
        let at = (col - self.layout.left) as usize;
        if at < self.cols {
            // Two cells for one place: keep the sheet's order, never drop one.
            return Err(IngestError::Workbook(format!(
                "row {} holds column {} twice",
                row + 1,
                at + 1
            )));
        }
        while self.cols < at {
            self.builder.push_cell("");
            self.cols += 1;
        }
        self.builder.push_cell(text);
        self.cols += 1;
        Ok(())
    }

    /// Closes the row being built, filled out to the table's width.
    fn end_row(&mut self) -> Result<(), IngestError> {
        while self.cols < self.layout.width {
            self.builder.push_cell("");
            self.cols += 1;
        }
        self.cols = 0;
        if let Some(chunk) = self.builder.end_row() {
            (self.on_event)(LoadEvent::Rows(chunk));
        }
        self.rows_done += 1;
        if self.rows_done.is_multiple_of(CHECK_EVERY as u64) {
            check_cancel(self.progress)?;
            let at = u64::from(self.layout.first_data_row) + self.rows_done;
            self.progress.set(at, u64::from(self.last_row).max(at));
        }
        Ok(())
    }

    fn finish(mut self, info: &mut SourceInfo) -> Result<(), IngestError> {
        if self.row.is_some() {
            self.end_row()?;
        }
        (self.on_event)(LoadEvent::Rows(std::mem::take(&mut self.builder).finish()));
        for (region, value) in info.merged.iter_mut().zip(self.merged_values) {
            region.value = value;
        }
        // Regions whose first cell is empty label nothing.
        info.merged.retain(|m| !m.value.trim().is_empty());
        self.progress.set(1, 1);
        Ok(())
    }
}

fn load_xlsx<RS: Read + Seek>(
    mut book: Xlsx<RS>,
    mut info: SourceInfo,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError> {
    let sheets = book.sheet_names();
    if sheets.is_empty() {
        return Err(IngestError::NoSheets);
    }
    let sample_rows = sample_rows(options);
    let wanted = wanted_sheet(&sheets, options)?;
    let mut samples = Vec::with_capacity(sheets.len());
    for (i, name) in sheets.iter().enumerate() {
        check_cancel(progress)?;
        // The user's sheet is all that needs a look; others only count as data sheets
        // when the choice is ours.
        let sample = if wanted.is_none() || wanted == Some(i) {
            sample_xlsx(&mut book, name, sample_rows)
        } else {
            sample_xlsx(&mut book, name, SHEET_SAMPLE_ROWS)
        };
        samples.push(sample);
    }
    let (chosen, data_sheets) = match wanted {
        Some(i) => (
            i,
            choose_sheet(&sheets, &samples)
                .map(|(_, d)| d)
                .unwrap_or_default(),
        ),
        None => choose_sheet(&sheets, &samples)?,
    };
    let name = sheets[chosen].clone();
    let sample = match samples.swap_remove(chosen) {
        Ok(sample) => sample,
        Err(e) if wanted.is_some() => return Err(e),
        Err(_) => Sample::default(),
    };
    let merges = super::xlsx_merges::merged_ranges(&info.path, chosen)
        .unwrap_or_else(|| book.merge_cells_by_sheet_name(&name).unwrap_or_default());
    // The table starts at the leftmost filled column; below the sample, the sheet's declared
    // dimensions are what says no cell lies further left (a footnote in column A).
    let left = match (sample.left, sample.complete) {
        (Some(left), true) => left,
        (Some(left), false) => left.min(sample.first_col),
        (None, _) => 0,
    };
    let layout = Layout::new(&sample, &merges, options, left);
    info.sheets = sheets;
    info.sheet = Some(name.clone());
    info.data_sheets = data_sheets;
    check_cancel(progress)?;

    let mut emitter = Emitter::start(&layout, &mut info, sample.last_row, progress, on_event);
    if sample.complete {
        // A small sheet was read whole by its sample: no need to read it again.
        for (r, row) in sample.rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                emitter.cell(r as u32, c as u32, text)?;
            }
        }
        emitter.finish(&mut info)?;
        return Ok(info);
    }
    let mut cells = match book.worksheet_cells_reader(&name) {
        Ok(cells) => cells,
        // A sheet that cannot be read (a zero-byte part) shows empty, as before.
        Err(_) if sample.rows.is_empty() => {
            emitter.finish(&mut info)?;
            return Ok(info);
        }
        Err(e) => return Err(workbook_error(e)),
    };
    let mut seen = 0usize;
    let mut buf = String::new();
    while let Some(cell) = cells.next_cell().map_err(workbook_error)? {
        seen += 1;
        if seen.is_multiple_of(1 << 16) {
            check_cancel(progress)?;
        }
        let (row, col) = cell.get_position();
        if let Some(text) = ref_text_into(cell.get_value(), &mut buf) {
            emitter.cell(row, col, text)?;
        }
    }
    drop(cells);
    emitter.finish(&mut info)?;
    Ok(info)
}

/// Rows to sample so the header is among them, even one the user placed further down.
fn sample_rows(options: &OpenOptions) -> usize {
    let below = options
        .header_rows
        .iter()
        .flatten()
        .copied()
        .chain(options.header_row)
        .max()
        .map_or(0, |r| r + 2);
    SHEET_SAMPLE_ROWS.max(below)
}

fn wanted_sheet(sheets: &[String], options: &OpenOptions) -> Result<Option<usize>, IngestError> {
    match &options.sheet {
        None => Ok(options
            .preferred_sheet
            .as_deref()
            .and_then(|wanted| super::find_sheet(wanted, sheets))),
        Some(wanted) => super::find_sheet(wanted, sheets)
            .map(Some)
            .ok_or_else(|| IngestError::NoSuchSheet(wanted.clone())),
    }
}

/// The first rows of an XLSX sheet, read from the start of its stream.
fn sample_xlsx<RS: Read + Seek>(
    book: &mut Xlsx<RS>,
    name: &str,
    rows: usize,
) -> Result<Sample, IngestError> {
    let mut cells = book.worksheet_cells_reader(name).map_err(workbook_error)?;
    let dimensions = cells.dimensions();
    let mut sample = Sample {
        last_row: dimensions.end.0,
        first_col: dimensions.start.1,
        ..Sample::default()
    };
    let mut seen = 0usize;
    while let Some(cell) = cells.next_cell().map_err(workbook_error)? {
        let (row, col) = cell.get_position();
        if row as usize >= rows {
            if ref_text(cell.get_value()).is_some() {
                sample.more = true;
                break;
            }
            continue;
        }
        if let Some(text) = ref_text(cell.get_value()) {
            sample.add(row, col, text);
        }
        seen += 1;
        if seen >= SHEET_SAMPLE_CELLS {
            sample.more = true;
            return Ok(sample);
        }
    }
    sample.complete = !sample.more;
    Ok(sample)
}

/// A streamed cell's text, `None` for an empty cell (a formatted one included).
fn ref_text(value: &DataRef<'_>) -> Option<String> {
    let mut buf = String::new();
    ref_text_into(value, &mut buf).map(str::to_owned)
}

/// A cell's text as [`cell_text`] gives it, without allocating for the common kinds: a shared
/// string is lent as it is, numbers are written into `buf`; `None` for an empty cell.
fn ref_text_into<'v>(value: &'v DataRef<'_>, buf: &'v mut String) -> Option<&'v str> {
    use std::fmt::Write as _;
    buf.clear();
    let text: &str = match value {
        DataRef::Empty => return None,
        DataRef::SharedString(s) => s,
        DataRef::String(s) => s,
        DataRef::Int(i) => {
            let _ = write!(buf, "{i}");
            buf
        }
        DataRef::Float(f) => {
            write_float(*f, buf);
            buf
        }
        DataRef::Bool(b) => {
            *buf = cell_text(&Data::Bool(*b));
            buf
        }
        DataRef::DateTime(dt) => {
            *buf = cell_text(&Data::DateTime(*dt));
            buf
        }
        DataRef::DateTimeIso(s) => {
            *buf = iso_to_local(s);
            buf
        }
        DataRef::DurationIso(s) => s,
        DataRef::Error(e) => {
            let _ = write!(buf, "{e}");
            buf
        }
    };
    (!text.is_empty()).then_some(text)
}

/// XLS, XLSB and ODS: each sheet read as a range (their readers hold the workbook in
/// memory anyway), the table then sent row by row like a stream.
fn load_ranges<RS, W>(
    book: &mut W,
    merges_of: impl Fn(&mut W, &str) -> Vec<Dimensions>,
    mut info: SourceInfo,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError>
where
    RS: Read + Seek,
    W: Reader<RS>,
    W::Error: std::fmt::Display,
{
    let sheets = book.sheet_names();
    if sheets.is_empty() {
        return Err(IngestError::NoSheets);
    }
    let wanted = wanted_sheet(&sheets, options)?;
    let sample_rows = sample_rows(options);
    let mut ranges = Vec::with_capacity(sheets.len());
    let mut samples = Vec::with_capacity(sheets.len());
    for (i, name) in sheets.iter().enumerate() {
        check_cancel(progress)?;
        if wanted.is_some_and(|w| w != i) {
            // Only the user's sheet is read; the others are not looked at.
            ranges.push(Range::empty());
            samples.push(Ok(Sample::default()));
            continue;
        }
        match book.worksheet_range(name) {
            Ok(range) => {
                samples.push(Ok(sample_range(&range, sample_rows)));
                ranges.push(range);
            }
            Err(e) => {
                samples.push(Err(workbook_error(e)));
                ranges.push(Range::empty());
            }
        }
    }
    let (chosen, data_sheets) = match wanted {
        Some(i) => (i, Vec::new()),
        None => choose_sheet(&sheets, &samples)?,
    };
    let name = sheets[chosen].clone();
    let sample = samples.swap_remove(chosen)?;
    let range = ranges.swap_remove(chosen);
    drop(ranges);
    let merges = merges_of(book, &name);
    let left = sample
        .left
        .unwrap_or(0)
        .min(range.start().map_or(0, |(_, c)| c));
    let layout = Layout::new(&sample, &merges, options, left);
    info.sheets = sheets;
    info.sheet = Some(name);
    info.data_sheets = if wanted.is_some() {
        Vec::new()
    } else {
        data_sheets
    };
    let mut emitter = Emitter::start(&layout, &mut info, sample.last_row, progress, on_event);
    if let Some((top, first)) = range.start() {
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let text = cell_text(cell);
                if !text.is_empty() {
                    emitter.cell(top + r as u32, first + c as u32, &text)?;
                }
            }
        }
    }
    emitter.finish(&mut info)?;
    Ok(info)
}

fn sample_range(range: &Range<Data>, rows: usize) -> Sample {
    let mut sample = Sample::default();
    let Some((top, left)) = range.start() else {
        return sample;
    };
    sample.last_row = range.end().map_or(0, |(r, _)| r);
    for (r, row) in range.rows().enumerate() {
        let at = top + r as u32;
        if at as usize >= rows {
            sample.more = row.iter().any(|c| *c != Data::Empty) || sample.more;
            if sample.more {
                break;
            }
            continue;
        }
        for (c, cell) in row.iter().enumerate() {
            let text = cell_text(cell);
            if !text.is_empty() {
                sample.add(at, left + c as u32, text);
            }
        }
    }
    sample
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
    let mut s = String::new();
    write_float(f, &mut s);
    s
}

/// [`format_float`] into a buffer.
fn write_float(f: f64, out: &mut String) {
    use std::fmt::Write as _;
    let _ = if f.fract() == 0.0 && f.abs() < 1e15 {
        write!(out, "{}", f as i64)
    } else {
        write!(out, "{f}")
    };
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
    use crate::core::progress::NoProgress;
    use crate::core::table::Table;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    fn read_both(path: &std::path::Path, options: &OpenOptions) -> [(SourceInfo, Table); 2] {
        let read = |streamed: bool| {
            let info = SourceInfo::new(path, FileFormat::Xlsx, 1);
            let file = File::open(path).unwrap_or_else(|e| panic!("{e}"));
            let book = Xlsx::new(BufReader::new(file)).unwrap_or_else(|e| panic!("{e}"));
            let mut table = Table::default();
            let mut on_event = |event| match event {
                LoadEvent::Started { header, .. } => table = Table::new(header),
                LoadEvent::Rows(chunk) => table.append(chunk),
            };
            let info = if streamed {
                load_xlsx(book, info, options, &NoProgress, &mut on_event)
            } else {
                let mut book = book;
                let merges =
                    |b: &mut Xlsx<_>, n: &str| b.merge_cells_by_sheet_name(n).unwrap_or_default();
                load_ranges(&mut book, merges, info, options, &NoProgress, &mut on_event)
            };
            (info.unwrap_or_else(|e| panic!("{e}")), table)
        };
        [read(true), read(false)]
    }

    fn rows(table: &Table) -> Vec<Vec<String>> {
        table
            .iter_rows()
            .map(|r| r.iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn streamed_xlsx_gives_the_same_table_as_the_whole_sheet() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for name in ["basic.xlsx", "title_block.xlsx", "empty_sheet.xlsx"] {
            let path = dir.join(name);
            let sheets = {
                let file = File::open(&path).unwrap_or_else(|e| panic!("{e}"));
                Xlsx::new(BufReader::new(file))
                    .unwrap_or_else(|e| panic!("{e}"))
                    .sheet_names()
            };
            let choices = std::iter::once(None).chain(sheets.into_iter().map(Some));
            for sheet in choices {
                let options = OpenOptions {
                    sheet: sheet.clone(),
                    ..OpenOptions::default()
                };
                let [(info, streamed), (whole_info, whole)] = read_both(&path, &options);
                assert_eq!(info.sheet, whole_info.sheet, "{name} {sheet:?}");
                assert_eq!(info.header, whole_info.header, "{name} {sheet:?}");
                assert_eq!(info.preamble, whole_info.preamble, "{name} {sheet:?}");
                assert_eq!(streamed.header(), whole.header(), "{name} {sheet:?}");
                assert_eq!(rows(&streamed), rows(&whole), "{name} {sheet:?}");
                // And the rows are the sheet's rows below the header, cell for cell.
                let file = File::open(&path).unwrap_or_else(|e| panic!("{e}"));
                let mut book = Xlsx::new(BufReader::new(file)).unwrap_or_else(|e| panic!("{e}"));
                let chosen = info.sheet.clone().unwrap_or_default();
                let range = book
                    .worksheet_range(&chosen)
                    .unwrap_or_else(|_| Range::empty());
                let top = range.start().map_or(0, |(r, _)| r as usize);
                let below = info.header.header_row + usize::from(info.header.has_header);
                let sheet_rows: Vec<Vec<String>> = range
                    .rows()
                    .skip(below.saturating_sub(top))
                    .map(|r| r.iter().map(cell_text).collect())
                    .collect();
                assert_eq!(rows(&streamed), sheet_rows, "{name} {sheet:?}");
            }
        }
    }

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
