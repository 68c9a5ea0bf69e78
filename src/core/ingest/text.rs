//! Delimited text: sniff a sample, then stream the whole file through the decoder and the CSV
//! parser, row by row, into chunks.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::sniff::{detect_header, looks_binary, sniff_delimiter, sniff_encoding, sniff_quote};
use super::{
    CHECK_EVERY, IngestError, LoadEvent, OpenOptions, Routed, RowRouter, SourceInfo, check_cancel,
    header_guess,
};
use crate::core::error::IoError;
use crate::core::progress::Progress;
use crate::core::table::ChunkBuilder;

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
        inner: BufReader::with_capacity(256 * 1024, file),
        count: &consumed,
    };
    let decoded_source: Box<dyn Read + '_> = if encoding == super::TextEncoding::Utf8 {
        Box::new(counted)
    } else {
        Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding.encoding()))
                .bom_sniffing(false)
                .build(counted),
        )
    };
    let ends = Rc::new(RefCell::new(LineEnds::default()));
    let source = Tapped {
        inner: decoded_source,
        ends: Rc::clone(&ends),
    };
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
        let embedded = record.as_slice().iter().filter(|&&b| b == b'\n').count() as u64;
        let position = reader.position();
        // The parser's line count counts `\n`s read so far: one more than the record's
        // first line when the record ended with its `\n`, the same when it ended with `\r`
        // (whose `\n`, if any, is read with the next record) or at the end of the file.
        let lf_end = ends.borrow_mut().ended_by_newline(position.byte());
        let line = position.line().saturating_sub(embedded + u64::from(lf_end));
        let skipped = last_line.map_or(0, |prev| line.saturating_sub(prev + 1));
        last_line = Some(line + embedded);
        let routed = router.route(index);
        index += 1;
        match routed {
            Routed::Preamble => router.add_preamble(&record_strings(&record)),
            Routed::Header => {
                let names = record_strings(&record);
                start(&mut info, &router, names, &mut started, on_event);
            }
            Routed::Data => {
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
    start(&mut info, &router, Vec::new(), &mut started, on_event);
    // Empty lines after the last record: every `\n` past the one ending its last line.
    if let Some(last) = last_line {
        let newlines = reader.position().line().saturating_sub(1);
        for _ in 0..newlines.saturating_sub(last) {
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

fn record_strings(record: &csv::ByteRecord) -> Vec<String> {
    record
        .iter()
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect()
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
        rows.push((start_line, record_strings(&record)));
        line += span.iter().filter(|&&b| b == b'\n').count();
        prev_end = end;
    }
    rows
}

/// What the parser cannot say about the decoded text: where its `\r`s are (so whether a
/// record ended with `\r`, `\r\n` or `\n`, in files that mix them) and how it ends.
#[derive(Debug, Default)]
struct LineEnds {
    /// Offsets of the `\r` bytes the parser has not passed yet.
    returns: VecDeque<u64>,
    read: u64,
    last: Option<u8>,
    at_end: bool,
}

impl LineEnds {
    fn saw(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            self.at_end = true;
            return;
        }
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\r' {
                self.returns.push_back(self.read + i as u64);
            }
        }
        self.read += bytes.len() as u64;
        self.last = bytes.last().copied();
    }

    /// Whether the record the parser has just read up to `after` (the offset past its end
    /// byte) ended with a `\n`, rather than a `\r` or the end of the file.
    fn ended_by_newline(&mut self, after: u64) -> bool {
        let Some(end) = after.checked_sub(1) else {
            return false;
        };
        while self.returns.front().is_some_and(|&r| r < end) {
            self.returns.pop_front();
        }
        let by_return = self.returns.front() == Some(&end);
        let unterminated = self.at_end && after == self.read && self.last != Some(b'\n');
        !(by_return || unterminated)
    }
}

/// Hands the decoded text to the parser, noting its line ends on the way.
struct Tapped<R> {
    inner: R,
    ends: Rc<RefCell<LineEnds>>,
}

impl<R: Read> Read for Tapped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.ends.borrow_mut().saw(&buf[..n]);
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
