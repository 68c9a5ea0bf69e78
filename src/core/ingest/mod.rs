//! Reading the files officers receive into a [`Table`]: delimited text in any of the usual
//! encodings, Excel and OpenDocument workbooks, and the portal's JSON downloads. Readers
//! stream rows out in chunks so the first screen can be shown while the rest loads, report
//! progress, and stop when cancelled. What was detected (encoding, delimiter, header row,
//! sheet) is returned as [`SourceInfo`], and every guess can be overridden by [`OpenOptions`].

mod decode;
mod excel;
mod json;
pub mod sniff;
mod text;
mod xlsx_merges;

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::fs::IoError;
use crate::core::progress::Progress;
use crate::core::table::{CellFault, Chunk, Table};

pub use sniff::{HeaderGuess, TextEncoding};

/// The kinds of file Ochiq reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileFormat {
    /// CSV, TSV and other delimited text.
    Delimited,
    Xlsx,
    Xls,
    Xlsb,
    Ods,
    /// The portal's JSON download: an array of rows keyed by field name.
    PortalJson,
}

impl FileFormat {
    pub fn is_workbook(self) -> bool {
        matches!(self, Self::Xlsx | Self::Xls | Self::Xlsb | Self::Ods)
    }
}

/// File name endings offered in the open dialog.
pub const OPENABLE_EXTENSIONS: &[&str] = &[
    "csv", "tsv", "txt", "tab", "xlsx", "xlsm", "xls", "xlsb", "ods", "json",
];

/// The user's overrides of what would otherwise be detected.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenOptions {
    pub encoding: Option<TextEncoding>,
    pub delimiter: Option<u8>,
    pub quote: Option<u8>,
    /// Zero-based index of the header row (rows above it are a title block).
    pub header_row: Option<usize>,
    pub has_header: Option<bool>,
    pub sheet: Option<String>,
    /// Zero-based rows of a header written over several rows (their labels are joined by a
    /// space); when set, the last of them is the header row.
    #[serde(default)]
    pub header_rows: Option<Vec<usize>>,
    /// The sheet the user last chose in this file: opened when the workbook still has it,
    /// else the sheet that holds the table (a renamed sheet is no reason to fail).
    #[serde(default)]
    pub preferred_sheet: Option<String>,
}

/// What a reader found out about its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    pub path: PathBuf,
    pub format: FileFormat,
    pub size: u64,
    pub encoding: Option<TextEncoding>,
    pub bom: bool,
    /// `None` for one-column text and for workbooks.
    pub delimiter: Option<u8>,
    pub quote: Option<u8>,
    pub header: HeaderGuess,
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// Text of the rows above the header (a workbook's title block), for display.
    pub preamble: Vec<String>,
    /// The 0-based source rows whose labels make up the header, top to bottom (two or more
    /// when labels are merged over a two-row header); empty when the table has no header.
    /// `header.header_row` is the last of them: data starts below it.
    #[serde(default)]
    pub header_rows: Vec<usize>,
    /// Set when bytes found after the sample did not fit the encoding the sample suggested
    /// and the rest of the file was read in another one.
    #[serde(default)]
    pub encoding_switch: Option<EncodingSwitch>,
    /// The sheets of a workbook that hold a table, in workbook order (empty for text).
    #[serde(default)]
    pub data_sheets: Vec<String>,
    /// Header cells whose bytes were not all text in the encoding (shown as `\xNN`).
    #[serde(skip)]
    pub header_faults: Vec<CellFault>,
    /// Cells merged down over data rows (a region's name over its districts' rows).
    #[serde(default)]
    pub merged: Vec<MergedRegion>,
}

/// A block of cells merged into one below the header: its value shows in the first cell
/// only, the others read empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergedRegion {
    /// First and last 0-based source rows.
    pub rows: (usize, usize),
    /// First and last 0-based table columns.
    pub columns: (usize, usize),
    /// The text of the first cell.
    pub value: String,
}

/// Where a text file turned out not to be in the encoding its first bytes suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncodingSwitch {
    /// The encoding the sample suggested.
    pub from: TextEncoding,
    /// The 1-based line where the first byte that does not fit it was found.
    pub line: u64,
}

impl SourceInfo {
    fn new(path: &Path, format: FileFormat, size: u64) -> Self {
        Self {
            path: path.to_owned(),
            format,
            size,
            encoding: None,
            bom: false,
            delimiter: None,
            quote: None,
            header: HeaderGuess {
                header_row: 0,
                has_header: true,
            },
            sheets: Vec::new(),
            sheet: None,
            preamble: Vec::new(),
            header_rows: Vec::new(),
            encoding_switch: None,
            data_sheets: Vec::new(),
            header_faults: Vec::new(),
            merged: Vec::new(),
        }
    }
}

/// What a reader tells its caller while it runs.
#[derive(Debug)]
pub enum LoadEvent {
    /// Sent once, before any rows: what was detected and the header.
    Started {
        info: SourceInfo,
        header: Vec<String>,
    },
    /// The next block of rows.
    Rows(Chunk),
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Io(#[from] IoError),
    #[error("the file is empty")]
    Empty,
    #[error("the file is binary, not a table")]
    Binary,
    #[error("unsupported file type: {0}")]
    Unsupported(String),
    #[error("the workbook cannot be read: {0}")]
    Workbook(String),
    #[error("the workbook has no sheet named {0}")]
    NoSuchSheet(String),
    #[error("the workbook has no sheets")]
    NoSheets,
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("the JSON holds no rows of data")]
    JsonNotRows,
    #[error("cannot parse the text table: {0}")]
    Delimited(String),
    #[error("cancelled")]
    Cancelled,
}

/// Reads `path`, sending the header and then rows to `on_event` as they are read.
pub fn load(
    path: &Path,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError> {
    let mut file = std::fs::File::open(path).map_err(|e| IoError::new(path, e))?;
    let size = file.metadata().map_err(|e| IoError::new(path, e))?.len();
    if size == 0 {
        return Err(IngestError::Empty);
    }
    let mut head = Vec::with_capacity(8);
    (&mut file)
        .take(8)
        .read_to_end(&mut head)
        .map_err(|e| IoError::new(path, e))?;
    drop(file);
    let format = detect_format(path, &head)?;
    let info = SourceInfo::new(path, format, size);
    match format {
        FileFormat::Delimited => text::load(info, options, progress, on_event),
        FileFormat::PortalJson => json::load(info, options, progress, on_event),
        _ => excel::load(info, options, progress, on_event),
    }
}

/// Reads the whole of `path` into a table (for the command line and tests).
pub fn read_table(
    path: &Path,
    options: &OpenOptions,
    progress: &dyn Progress,
) -> Result<(SourceInfo, Table), IngestError> {
    let mut table = Table::default();
    let info = load(path, options, progress, &mut |event| match event {
        LoadEvent::Started { info, header } => {
            table = Table::new(header).with_header_faults(info.header_faults);
        }
        LoadEvent::Rows(chunk) => table.append(chunk),
    })?;
    Ok((info, table))
}

/// Decides the format from the first bytes, falling back to the file name; the content
/// wins, so a CSV saved with an `.xlsx` name still opens.
fn detect_format(path: &Path, head: &[u8]) -> Result<FileFormat, IngestError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let is_zip = head.starts_with(b"PK\x03\x04");
    let is_ole = head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    Ok(match ext.as_str() {
        "xlsx" | "xlsm" if is_zip => FileFormat::Xlsx,
        "xlsb" if is_zip => FileFormat::Xlsb,
        "ods" if is_zip => FileFormat::Ods,
        _ if is_ole => FileFormat::Xls,
        _ if is_zip => match ext.as_str() {
            "docx" | "pptx" | "odt" | "zip" | "jar" => return Err(IngestError::Unsupported(ext)),
            _ => FileFormat::Xlsx,
        },
        "json" => FileFormat::PortalJson,
        "pdf" | "doc" | "docx" | "png" | "jpg" | "jpeg" | "gif" | "zip" | "rar" | "7z" | "exe" => {
            return Err(IngestError::Unsupported(ext));
        }
        _ => FileFormat::Delimited,
    })
}

/// Reports progress and checks for cancel every this many rows.
const CHECK_EVERY: usize = 4096;

fn check_cancel(progress: &dyn Progress) -> Result<(), IngestError> {
    if progress.cancelled() {
        Err(IngestError::Cancelled)
    } else {
        Ok(())
    }
}

/// Splits the first rows into title block, header and data, the same way for every format.
/// It counts rows as the reader delivers them, which may skip blank lines; the caller maps
/// the header's row number in the source to that count.
struct RowRouter {
    header_index: usize,
    has_header: bool,
    preamble: Vec<String>,
}

enum Routed {
    Preamble,
    Header,
    Data,
}

impl RowRouter {
    fn new(header_index: usize, has_header: bool) -> Self {
        Self {
            header_index,
            has_header,
            preamble: Vec::new(),
        }
    }

    /// Where the `index`-th row the reader delivered belongs.
    fn route(&self, index: usize) -> Routed {
        if index < self.header_index {
            Routed::Preamble
        } else if index == self.header_index && self.has_header {
            Routed::Header
        } else {
            Routed::Data
        }
    }

    /// Keeps the text of a title-block row for display.
    fn add_preamble<S: AsRef<str>>(&mut self, cells: &[S]) {
        let text: Vec<&str> = cells
            .iter()
            .map(|c| c.as_ref().trim())
            .filter(|c| !c.is_empty())
            .collect();
        if !text.is_empty() {
            self.preamble.push(text.join(" "));
        }
    }
}

/// The sheet a user or a package names: by its name, or else by its 1-based number, as
/// Frictionless dialects and `ochiq validate --sheet 2` give it.
pub fn find_sheet(wanted: &str, sheets: &[String]) -> Option<usize> {
    sheets.iter().position(|s| s == wanted).or_else(|| {
        let number: usize = wanted.trim().parse().ok()?;
        (1..=sheets.len()).contains(&number).then(|| number - 1)
    })
}

/// Combines detected and overridden header positions.
fn header_guess(options: &OpenOptions, detected: HeaderGuess) -> HeaderGuess {
    HeaderGuess {
        header_row: options.header_row.unwrap_or(detected.header_row),
        has_header: options.has_header.unwrap_or(detected.has_header),
    }
}
