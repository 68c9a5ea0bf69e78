//! Delimited text: sniff a sample, then stream the whole file through the decoder and the CSV
//! parser, row by row, into chunks.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::sync::atomic::{AtomicU64, Ordering};

use super::decode::Decode;
use super::sniff::{detect_header, looks_binary, sniff_delimiter, sniff_encoding, sniff_quote};
use super::{
    CHECK_EVERY, IngestError, LoadEvent, OpenOptions, Routed, RowRouter, SourceInfo, check_cancel,
    header_guess,
};
use crate::core::fs::IoError;
use crate::core::progress::Progress;
use crate::core::table::{CellFault, ChunkBuilder, cell_text};

const SAMPLE_BYTES: usize = 64 * 1024;
/// Rows looked at to find the header.
const HEADER_SAMPLE_ROWS: usize = 30;
/// Stands in for the delimiter when a file has one column, so no character splits it.
const NO_DELIMITER: u8 = 0x1F;

pub(super) fn load(
    mut info: SourceInfo,
    options: &OpenOptions,
    progress: &dyn Progress,
    on_event: &mut dyn FnMut(LoadEvent),
) -> Result<SourceInfo, IngestError> {
    let path = info.path.clone();
    let io = |e| IoError::new(&path, e);
    let mut file = File::open(&path).map_err(io)?;
    let mut sample = Vec::with_capacity(SAMPLE_BYTES);
    (&mut file)
        .take(SAMPLE_BYTES as u64)
        .read_to_end(&mut sample)
        .map_err(io)?;

    let guess = sniff_encoding(&sample);
    let encoding = options.encoding.unwrap_or(guess.encoding);
    // A BOM is skipped only when it belongs to the encoding in use.
    let bom_len = if encoding == guess.encoding {
        guess.bom_len
    } else {
        0
    };
    // The sample is decoded only to guess the delimiter, quote and header; the rows are read
    // again below through `Decode`, which never replaces a byte.
    let (decoded, _) = encoding
        .encoding()
        .decode_without_bom_handling(&sample[bom_len..]);
    let decoded = complete_lines(&decoded, sample.len() as u64 == info.size);
    if decoded.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    if looks_binary(decoded) {
        return Err(IngestError::Binary);
    }

    let quote = options.quote.unwrap_or_else(|| sniff_quote(decoded));
    let delimiter = options
        .delimiter
        .or_else(|| sniff_delimiter(decoded, quote));
    let parse_delim = delimiter.unwrap_or(NO_DELIMITER);
    let sample = first_rows(decoded, parse_delim, quote, HEADER_SAMPLE_ROWS);
    let mut by_line: Vec<Vec<String>> = Vec::new();
    for (line, cells) in &sample {
        by_line.resize(*line, Vec::new());
        by_line.push(cells.clone());
    }
    let header = header_guess(options, detect_header(&by_line));
    // The parser skips blank lines: the header is the first record on or after its line.
    let header_index = sample
        .iter()
        .position(|(line, _)| *line >= header.header_row)
        .unwrap_or(sample.len());

    info.encoding = Some(encoding);
    info.bom = bom_len > 0;
    info.delimiter = delimiter;
    info.quote = Some(quote);
    info.header = header;
    info.header_rows = if header.has_header {
        vec![header.header_row]
    } else {
        Vec::new()
    };

    file.seek(SeekFrom::Start(bom_len as u64)).map_err(io)?;
    let consumed = AtomicU64::new(bom_len as u64);
    let counted = Counting {
        inner: file,
        count: &consumed,
    };
    // Only a detected encoding may turn out to be another one; a BOM or the user's choice is
    // kept, and bytes that do not fit it become faults of their cells.
    let switchable = options.encoding.is_none() && bom_len == 0;
    let source = LineEnds::new(Decode::new(counted, encoding, switchable));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(parse_delim)
        .quote(quote)
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(256 * 1024)
        .from_reader(source);

    let mut router = RowRouter::new(header_index, header.has_header);
    let mut builder = ChunkBuilder::default();
    let mut record = csv::ByteRecord::new();
    let mut started = false;
    let mut rows = 0usize;
    let mut index = 0usize;
    // The parser skips empty lines; they are found from its line count and kept as empty
    // rows, so the table has the file's rows and row numbers match the file's lines (as
    // Python's csv module and so frictionless count them: each empty line is a blank row).
    let mut last_line: Option<u64> = None;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(parse_error(e, &path)),
        }
        let embedded = line_breaks_in(record.as_slice());
        let end = reader.position().byte();
        let newlines = reader.position().line() - 1;
        let (breaks, terminated) = reader.get_mut().breaks_before(end, newlines);
        let line = breaks.saturating_sub(embedded + u64::from(terminated));
        let skipped = last_line.map_or(0, |prev| line.saturating_sub(prev + 1));
        last_line = Some(line + embedded);
        let routed = router.route(index);
        index += 1;
        let decoder = &reader.get_ref().inner;
        let label = decoder.encoding().label();
        if !started {
            info.encoding = Some(decoder.encoding());
            info.encoding_switch = decoder.switch();
        }
        match routed {
            Routed::Preamble => router.add_preamble(&record_cells(&record, label).0),
            Routed::Header => {
                let (names, faults) = record_cells(&record, label);
                info.header_faults = faults;
                start(&mut info, &router, names, &mut started, on_event);
            }
            Routed::Data => {
                builder.set_encoding(label);
                start(&mut info, &router, Vec::new(), &mut started, on_event);
                for _ in 0..skipped {
                    if let Some(chunk) = builder.end_row() {
                        on_event(LoadEvent::Rows(chunk));
                    }
                    rows += 1;
                }
                for field in record.iter() {
                    builder.push_cell_bytes(field);
                }
                if let Some(chunk) = builder.end_row() {
                    on_event(LoadEvent::Rows(chunk));
                }
                rows += 1;
                if rows.is_multiple_of(CHECK_EVERY) {
                    check_cancel(progress)?;
                    progress.set(consumed.load(Ordering::Relaxed), info.size);
                }
            }
        }
    }
    let decoder = &reader.get_ref().inner;
    info.encoding = Some(decoder.encoding());
    info.encoding_switch = decoder.switch();
    builder.set_encoding(decoder.encoding().label());
    start(&mut info, &router, Vec::new(), &mut started, on_event);
    // Empty lines after the last record are blank rows too (as Python's csv module, and so
    // frictionless, reads them): every line end past the one ending the last record's line.
    if let Some(last) = last_line {
        let newlines = reader.position().line().saturating_sub(1);
        let (breaks, _) = reader.get_mut().breaks_before(u64::MAX, newlines);
        for _ in 0..breaks.saturating_sub(last + 1) {
            if let Some(chunk) = builder.end_row() {
                on_event(LoadEvent::Rows(chunk));
            }
        }
    }
    on_event(LoadEvent::Rows(builder.finish()));
    progress.set(info.size, info.size);
    Ok(info)
}

/// Sends the `Started` event once, with the preamble gathered so far.
fn start(
    info: &mut SourceInfo,
    router: &RowRouter,
    header: Vec<String>,
    started: &mut bool,
    on_event: &mut dyn FnMut(LoadEvent),
) {
    if !*started {
        *started = true;
        info.preamble = router.preamble.clone();
        on_event(LoadEvent::Started {
            info: info.clone(),
            header,
        });
    }
}

/// A record's cells as text (bytes that are not text written `\xNN`), and its faulted cells.
fn record_cells(record: &csv::ByteRecord, encoding: &'static str) -> (Vec<String>, Vec<CellFault>) {
    let mut faults = Vec::new();
    let cells = record
        .iter()
        .enumerate()
        .map(|(col, field)| {
            let (mut text, mut bytes) = (String::new(), Vec::new());
            cell_text(field, &mut text, &mut bytes);
            if !bytes.is_empty() {
                faults.push(CellFault {
                    row: 0,
                    col,
                    bytes,
                    encoding,
                });
            }
            text
        })
        .collect();
    (cells, faults)
}

fn parse_error(e: csv::Error, path: &std::path::Path) -> IngestError {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => IngestError::Io(IoError::new(path, io)),
        other => IngestError::Delimited(format!("{other:?}")),
    }
}

/// Drops a partly read last line from a sample (unless the sample is the whole file).
fn complete_lines(text: &str, whole: bool) -> &str {
    if whole {
        return text;
    }
    match text.rfind('\n') {
        Some(i) => &text[..=i],
        None => text,
    }
}

/// The first records of the sample with the 0-based line each starts on (blank lines,
/// which the parser skips, still count).
fn first_rows(text: &str, delim: u8, quote: u8, limit: usize) -> Vec<(usize, Vec<String>)> {
    let bytes = text.as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .quote(quote)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let mut rows = Vec::new();
    let (mut prev_end, mut line) = (0usize, 0usize);
    while let Ok(true) = reader.read_byte_record(&mut record) {
        let end = (reader.position().byte() as usize).min(bytes.len());
        let span = &bytes[prev_end..end];
        let blank = span
            .iter()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .filter(|&&b| b == b'\n')
            .count();
        let start_line = line + blank;
        if start_line >= limit {
            break;
        }
        rows.push((start_line, record_cells(&record, "").0));
        line += span.iter().filter(|&&b| b == b'\n').count();
        prev_end = end;
    }
    rows
}

/// Line breaks inside a record's cells (a quoted CRLF, LF or lone CR each count one).
fn line_breaks_in(bytes: &[u8]) -> u64 {
    let lf = bytes.iter().filter(|&&b| b == b'\n').count();
    let cr = bytes.iter().filter(|&&b| b == b'\r').count();
    let crlf = if cr > 0 && lf > 0 {
        bytes.windows(2).filter(|w| *w == b"\r\n").count()
    } else {
        0
    };
    (lf + cr - crlf) as u64
}

/// Notes where the text the parser reads has CRs, so each row's line in the file is known
/// whatever its line ends: CRLF, LF and a lone CR each end one line. The parser counts only
/// LFs, and stops after the CR of a CRLF, leaving its LF for the next row.
struct LineEnds<R> {
    inner: R,
    /// Bytes passed to the parser.
    passed: u64,
    /// Offsets of CRs not yet behind the parser.
    crs: VecDeque<u64>,
    /// Offsets of LFs that end a CRLF, not yet behind the parser.
    crlf_lfs: VecDeque<u64>,
    /// A CR that ended the last read: whether an LF follows is not known yet.
    open_cr: bool,
    /// CRs minus CRLF LFs behind the parser.
    behind: u64,
    eof: bool,
    last: u8,
}

impl<R> LineEnds<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            passed: 0,
            crs: VecDeque::new(),
            crlf_lfs: VecDeque::new(),
            open_cr: false,
            behind: 0,
            eof: false,
            last: b'\n',
        }
    }

    /// The line ends before byte `end` of the text, given the LFs the parser counted there,
    /// and whether the text up to `end` ended with one (false only for a last row with no
    /// line end).
    fn breaks_before(&mut self, end: u64, newlines: u64) -> (u64, bool) {
        while self.crs.front().is_some_and(|&at| at < end) {
            self.crs.pop_front();
            self.behind += 1;
        }
        let mut crlf_behind = 0u64;
        while self.crlf_lfs.front().is_some_and(|&at| at < end) {
            self.crlf_lfs.pop_front();
            crlf_behind += 1;
        }
        self.behind -= crlf_behind.min(self.behind);
        let unterminated = self.eof && end >= self.passed && !matches!(self.last, b'\r' | b'\n');
        ((newlines + self.behind), !unterminated)
    }
}

impl<R: Read> Read for LineEnds<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 {
            self.eof = !buf.is_empty();
            self.open_cr = false;
            return Ok(0);
        }
        let data = &buf[..n];
        if std::mem::take(&mut self.open_cr) && data[0] == b'\n' {
            self.crlf_lfs.push_back(self.passed);
        }
        for i in memchr::memchr_iter(b'\r', data) {
            let at = self.passed + i as u64;
            self.crs.push_back(at);
            match data.get(i + 1) {
                Some(b'\n') => self.crlf_lfs.push_back(at + 1),
                Some(_) => {}
                None => self.open_cr = true,
            }
        }
        self.last = data[n - 1];
        self.passed += n as u64;
        Ok(n)
    }
}

/// Counts the raw bytes read, for progress through the file.
struct Counting<'a, R> {
    inner: R,
    count: &'a AtomicU64,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out one byte at a time, so line ends fall across reads.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let Some((&first, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            buf[0] = first;
            self.0 = rest;
            Ok(1)
        }
    }

    /// The 0-based line each record starts on, read as `load` reads it.
    fn start_lines(text: &[u8], trickle: bool) -> Vec<u64> {
        let source: Box<dyn Read + '_> = if trickle {
            Box::new(Trickle(text))
        } else {
            Box::new(text)
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(3)
            .from_reader(LineEnds::new(source));
        let mut record = csv::ByteRecord::new();
        let mut lines = Vec::new();
        while let Ok(true) = reader.read_byte_record(&mut record) {
            let embedded = line_breaks_in(record.as_slice());
            let end = reader.position().byte();
            let newlines = reader.position().line() - 1;
            let (breaks, terminated) = reader.get_mut().breaks_before(end, newlines);
            lines.push(breaks - embedded - u64::from(terminated));
        }
        lines
    }

    #[test]
    fn rows_know_their_line_with_crlf_lf_and_lone_cr_mixed_however_reads_split() {
        let text = b"h;x\r\n1;a\n2;b\r3;c\r\n\r\n4;d\n\n5;\"e\r\nf\"\n6;g\r\n\r7;h";
        for trickle in [false, true] {
            assert_eq!(
                start_lines(text, trickle),
                [0, 1, 2, 3, 5, 7, 9, 11],
                "trickle {trickle}"
            );
        }
    }
}
