//! The in-memory table every reader produces and every view shows: a header and rows of text
//! cells, stored in chunks so a loader thread can hand finished chunks to the UI without copying
//! and without locks. Cells keep the text exactly as read (ragged rows stay ragged), because
//! validation must see what the file really holds. This module knows nothing of files or UI.

/// Rows per chunk once loading is past the first screen.
pub const CHUNK_ROWS: usize = 16_384;
/// A chunk is closed early when its text reaches this size, so offsets always fit in `u32`.
const CHUNK_TEXT_LIMIT: usize = 1 << 30;

/// A cell whose source held bytes that are not text in the file's encoding (or a NUL). The
/// cell's text shows each such byte as `\xNN`; the fault says which bytes, so validation can
/// report them instead of taking `\xNN` for data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellFault {
    /// The row within its chunk (within the table for [`Table::faults`]; 0 for the header).
    pub row: usize,
    /// The 0-based column.
    pub col: usize,
    pub bytes: Vec<u8>,
    /// The label of the encoding the bytes are not text in.
    pub encoding: &'static str,
}

impl CellFault {
    /// The bytes in hex, as findings show them: `D7 E8`.
    pub fn hex(&self) -> String {
        let hex: Vec<String> = self.bytes.iter().map(|b| format!("{b:02X}")).collect();
        hex.join(" ")
    }
}

/// Passes on a byte that is not text as two bytes that are never UTF-8 (the first is 0xF8 or
/// above) and never a delimiter, quote or line end, so a parser keeps them inside their cell
/// and [`cell_text`] can tell them from text.
pub fn escape_byte(b: u8, out: &mut Vec<u8>) {
    out.push(0xF8 | (b >> 5));
    out.push(0x80 | (b & 0x1F));
}

/// Appends a cell's bytes to `text`: UTF-8 as is, each escaped or otherwise invalid byte as
/// `\xNN`, that byte also pushed to `bad`. Never writes U+FFFD.
pub fn cell_text(bytes: &[u8], text: &mut String, bad: &mut Vec<u8>) {
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                text.push_str(s);
                return;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                if let Ok(s) = std::str::from_utf8(good) {
                    text.push_str(s);
                }
                let escaped = match after {
                    [lead, next, ..] if *lead >= 0xF8 && next & 0xE0 == 0x80 => {
                        Some(((lead & 0x07) << 5) | (next & 0x1F))
                    }
                    _ => None,
                };
                let taken = match escaped {
                    Some(b) => {
                        push_hex(b, text, bad);
                        2
                    }
                    None => {
                        let n = e.error_len().unwrap_or(after.len()).max(1);
                        for &b in &after[..n] {
                            push_hex(b, text, bad);
                        }
                        n
                    }
                };
                rest = &after[taken..];
            }
        }
    }
}

fn push_hex(b: u8, text: &mut String, bad: &mut Vec<u8>) {
    use std::fmt::Write;
    let _ = write!(text, "\\x{b:02X}");
    bad.push(b);
}

/// A block of consecutive rows: all cell text in one buffer, with end offsets per cell and per row.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Chunk {
    text: String,
    /// `cell_ends[i]` is the end offset in `text` of cell `i`; its start is the previous end.
    cell_ends: Vec<u32>,
    /// `row_ends[r]` is the number of cells up to and including row `r`.
    row_ends: Vec<u32>,
    /// Cells whose bytes were not all text, in row and column order.
    faults: Vec<CellFault>,
}

impl Chunk {
    pub fn with_capacity(rows: usize) -> Self {
        Self {
            text: String::new(),
            cell_ends: Vec::with_capacity(rows * 8),
            row_ends: Vec::with_capacity(rows),
            faults: Vec::new(),
        }
    }

    /// The cells whose bytes were not all text, rows counted within this chunk.
    pub fn faults(&self) -> &[CellFault] {
        &self.faults
    }

    pub fn rows(&self) -> usize {
        self.row_ends.len()
    }

    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    pub fn push_row<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) {
        for cell in cells {
            self.push_cell(cell);
        }
        self.end_row();
    }

    /// Adds a cell to the row being built; [`Chunk::end_row`] closes the row.
    pub fn push_cell(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.cell_ends.push(self.text.len() as u32);
    }

    pub fn end_row(&mut self) {
        self.row_ends.push(self.cell_ends.len() as u32);
    }

    /// Each row of this chunk in order, with the faults of its cells (empty for most rows).
    pub fn rows_with_faults(&self) -> impl Iterator<Item = (Row<'_>, &[CellFault])> + '_ {
        let mut faults = self.faults();
        (0..self.rows()).map(move |r| {
            let here = faults.iter().take_while(|f| f.row == r).count();
            let (row_faults, rest) = faults.split_at(here);
            faults = rest;
            (self.row(r), row_faults)
        })
    }

    /// Cell `col` of each row of this chunk in order; `None` where a row is shorter.
    pub fn column(&self, col: usize) -> impl Iterator<Item = Option<&str>> + '_ {
        self.column_of(col, 0..self.rows())
    }

    /// Cell `col` of the rows `rows` of this chunk, in order; `None` where a row is shorter.
    pub fn column_of(
        &self,
        col: usize,
        rows: std::ops::Range<usize>,
    ) -> impl Iterator<Item = Option<&str>> + '_ {
        let mut first = match rows.start {
            0 => 0,
            r => self.row_ends.get(r - 1).map_or(0, |&e| e as usize),
        };
        let ends = self.row_ends.get(rows).unwrap_or_default();
        ends.iter().map(move |&last| {
            let at = first + col;
            let last = last as usize;
            first = last;
            if at >= last {
                return None;
            }
            let start = match at {
                0 => 0,
                _ => self.cell_ends[at - 1] as usize,
            };
            self.text.get(start..self.cell_ends[at] as usize)
        })
    }

    /// The `r`-th row of this chunk (`r < rows()`).
    pub fn row(&self, r: usize) -> Row<'_> {
        let first = if r == 0 {
            0
        } else {
            self.row_ends[r - 1] as usize
        };
        let last = self.row_ends[r] as usize;
        let text_start = if first == 0 {
            0
        } else {
            self.cell_ends[first - 1] as usize
        };
        Row {
            text: &self.text,
            text_start,
            ends: &self.cell_ends[first..last],
        }
    }

    /// Bytes held by this chunk (text and offsets), for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity() + 4 * (self.cell_ends.capacity() + self.row_ends.capacity())
    }
}

/// One row of a table: a view of its cells.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    text: &'a str,
    text_start: usize,
    ends: &'a [u32],
}

impl<'a> Row<'a> {
    /// Number of cells the source row had (may differ from the header's width).
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The cell's text, or `None` when the row is shorter than `col + 1`.
    pub fn get(&self, col: usize) -> Option<&'a str> {
        let end = *self.ends.get(col)? as usize;
        let start = if col == 0 {
            self.text_start
        } else {
            self.ends[col - 1] as usize
        };
        self.text.get(start..end)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).map(|c| self.get(c).unwrap_or_default())
    }
}

/// A header plus rows, held in chunks.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Table {
    header: Vec<String>,
    chunks: Vec<Chunk>,
    /// `chunk_starts[i]` is the index of the first row of chunk `i`.
    chunk_starts: Vec<usize>,
    rows: usize,
    widest_row: usize,
    /// Header cells whose bytes were not all text.
    header_faults: Vec<CellFault>,
}

impl Table {
    pub fn new(header: Vec<String>) -> Self {
        Self {
            header,
            ..Self::default()
        }
    }

    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// Keeps which header cells held bytes that are not text.
    pub fn with_header_faults(mut self, faults: Vec<CellFault>) -> Self {
        self.header_faults = faults;
        self
    }

    pub fn header_faults(&self) -> &[CellFault] {
        &self.header_faults
    }

    /// Every cell whose bytes were not all text, with its row in the table.
    pub fn faults(&self) -> impl Iterator<Item = CellFault> + '_ {
        self.chunks
            .iter()
            .zip(&self.chunk_starts)
            .flat_map(|(chunk, &start)| {
                chunk.faults.iter().map(move |f| CellFault {
                    row: start + f.row,
                    ..f.clone()
                })
            })
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Columns to show: the header's width, or more when some rows are longer.
    pub fn width(&self) -> usize {
        self.header.len().max(self.widest_row)
    }

    pub fn append(&mut self, chunk: Chunk) {
        if chunk.rows() == 0 {
            return;
        }
        let widest = (0..chunk.rows())
            .map(|r| chunk.row(r).len())
            .max()
            .unwrap_or(0);
        self.widest_row = self.widest_row.max(widest);
        self.chunk_starts.push(self.rows);
        self.rows += chunk.rows();
        self.chunks.push(chunk);
    }

    pub fn row(&self, r: usize) -> Option<Row<'_>> {
        if r >= self.rows {
            return None;
        }
        let idx = match self.chunk_starts.binary_search(&r) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        Some(self.chunks[idx].row(r - self.chunk_starts[idx]))
    }

    pub fn cell(&self, r: usize, c: usize) -> Option<&str> {
        self.row(r)?.get(c)
    }

    /// The chunks, in order (validation walks them one by one).
    pub fn chunks(&self) -> &[Chunk] {
        &self.chunks
    }

    /// Every row in order, walking chunk by chunk (faster than `row(i)` in a loop).
    pub fn iter_rows(&self) -> impl Iterator<Item = Row<'_>> + '_ {
        self.chunks
            .iter()
            .flat_map(|ch| (0..ch.rows()).map(move |r| ch.row(r)))
    }

    /// Cell `col` of each row in order; `None` where a row is shorter. Reading one column
    /// this way skips making each row's view.
    pub fn column(&self, col: usize) -> impl Iterator<Item = Option<&str>> + '_ {
        self.chunks.iter().flat_map(move |ch| ch.column(col))
    }

    pub fn heap_bytes(&self) -> usize {
        self.chunks.iter().map(Chunk::heap_bytes).sum::<usize>()
            + self.header.iter().map(String::capacity).sum::<usize>()
    }

    /// A table as CSV: UTF-8 without a byte-order mark, `,` between cells, quotes only where
    /// needed, CRLF line ends (RFC 4180), the header first. Rows keep their own width.
    pub fn to_csv(&self) -> Result<Vec<u8>, csv::Error> {
        let mut out = Vec::with_capacity(self.heap_bytes());
        {
            let mut w = csv::WriterBuilder::new()
                .flexible(true)
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            if !self.header().is_empty() {
                w.write_record(self.header())?;
            }
            for row in self.iter_rows() {
                if row.is_empty() {
                    // An empty record would vanish; one empty cell keeps the line.
                    w.write_record([""])?;
                } else {
                    w.write_record(row.iter())?;
                }
            }
            w.flush()?;
        }
        Ok(out)
    }

    /// Builds a table from literal rows; handy in tests and for small sources.
    pub fn from_rows<S: AsRef<str>>(header: &[S], rows: &[Vec<S>]) -> Self {
        let mut table = Self::new(header.iter().map(|h| h.as_ref().to_owned()).collect());
        let mut chunk = Chunk::with_capacity(rows.len());
        for row in rows {
            chunk.push_row(row.iter().map(AsRef::as_ref));
        }
        table.append(chunk);
        table
    }
}

/// Collects rows into chunks of growing size: a small first chunk so the first screen can be
/// shown at once, then full chunks. Cells arrive as bytes; each chunk's text is checked as
/// UTF-8 once, when it is sealed, instead of cell by cell.
#[derive(Debug)]
pub struct ChunkBuilder {
    raw: Vec<u8>,
    cell_ends: Vec<u32>,
    row_ends: Vec<u32>,
    limit: usize,
    encoding: &'static str,
    /// Faults carried over from cells already decoded (see [`ChunkBuilder::carry_fault`]).
    carried: Vec<CellFault>,
}

/// Rows in the first chunk a loader sends: enough for a screen.
pub const FIRST_CHUNK_ROWS: usize = 256;

impl Default for ChunkBuilder {
    fn default() -> Self {
        Self {
            raw: Vec::new(),
            cell_ends: Vec::with_capacity(FIRST_CHUNK_ROWS * 8),
            row_ends: Vec::with_capacity(FIRST_CHUNK_ROWS),
            limit: FIRST_CHUNK_ROWS,
            encoding: "UTF-8",
            carried: Vec::new(),
        }
    }
}

impl ChunkBuilder {
    /// Names the encoding that bytes which are not text are reported against.
    pub fn set_encoding(&mut self, label: &'static str) {
        self.encoding = label;
    }

    /// Adds a row; returns a finished chunk when one is full.
    pub fn push_row<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> Option<Chunk> {
        for cell in cells {
            self.push_cell(cell);
        }
        self.end_row()
    }

    /// Keeps a fault of a cell copied from another table into the row being built, at `col`.
    pub fn carry_fault(&mut self, col: usize, fault: &CellFault) {
        self.carried.push(CellFault {
            row: self.row_ends.len(),
            col,
            ..fault.clone()
        });
    }

    /// Adds a cell to the row being built.
    pub fn push_cell(&mut self, cell: &str) {
        self.push_cell_bytes(cell.as_bytes());
    }

    /// Adds a cell given as bytes that should be UTF-8; invalid and escaped bytes (see
    /// [`escape_byte`]) are written `\xNN` and recorded as the cell's fault when the chunk is
    /// sealed.
    pub fn push_cell_bytes(&mut self, cell: &[u8]) {
        self.raw.extend_from_slice(cell);
        self.cell_ends.push(self.raw.len() as u32);
    }

    /// Closes the row being built; returns a finished chunk when one is full.
    pub fn end_row(&mut self) -> Option<Chunk> {
        self.row_ends.push(self.cell_ends.len() as u32);
        if self.row_ends.len() < self.limit && self.raw.len() < CHUNK_TEXT_LIMIT {
            return None;
        }
        self.limit = CHUNK_ROWS;
        // Size the next chunk from this one, so buffers are not doubled past what is needed.
        let rows = self.row_ends.len().max(1);
        let per_row = |n: usize| (n * CHUNK_ROWS / rows) * 21 / 20 + 16;
        let raw = Vec::with_capacity(per_row(self.raw.len()).min(CHUNK_TEXT_LIMIT));
        let cells = Vec::with_capacity(per_row(self.cell_ends.len()).min(1 << 25));
        let full = ChunkBuilder {
            raw: std::mem::replace(&mut self.raw, raw),
            cell_ends: std::mem::replace(&mut self.cell_ends, cells),
            row_ends: std::mem::replace(&mut self.row_ends, Vec::with_capacity(CHUNK_ROWS)),
            limit: 0,
            encoding: self.encoding,
            carried: std::mem::take(&mut self.carried),
        };
        Some(full.finish())
    }

    /// The last, partly filled chunk.
    pub fn finish(self) -> Chunk {
        let carried = self.carried;
        let mut chunk = match String::from_utf8(self.raw) {
            Ok(text) => Chunk {
                text,
                cell_ends: self.cell_ends,
                row_ends: self.row_ends,
                faults: Vec::new(),
            },
            Err(e) => {
                // Some cell has bytes that are not text: rebuild the chunk cell by cell,
                // writing them as \xNN and noting each such cell.
                let raw = e.into_bytes();
                let mut chunk = Chunk::with_capacity(self.row_ends.len());
                let (mut start, mut cell) = (0usize, 0usize);
                let mut text = String::new();
                let mut bad = Vec::new();
                for (row, &row_end) in self.row_ends.iter().enumerate() {
                    let first = cell;
                    while cell < row_end as usize {
                        let end = self.cell_ends[cell] as usize;
                        text.clear();
                        cell_text(&raw[start..end], &mut text, &mut bad);
                        chunk.push_cell(&text);
                        if !bad.is_empty() {
                            chunk.faults.push(CellFault {
                                row,
                                col: cell - first,
                                bytes: std::mem::take(&mut bad),
                                encoding: self.encoding,
                            });
                        }
                        start = end;
                        cell += 1;
                    }
                    chunk.end_row();
                }
                chunk
            }
        };
        if !carried.is_empty() {
            chunk.faults.extend(carried);
            chunk.faults.sort_by_key(|f| (f.row, f.col));
        }
        chunk
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ragged_rows_keep_their_length() {
        let t = Table::from_rows(&["a", "b"], &[vec!["1", "2", "3"], vec!["4"], vec![]]);
        assert_eq!(t.rows(), 3);
        assert_eq!(t.width(), 3);
        assert_eq!(t.row(0).map(|r| r.len()), Some(3));
        assert_eq!(t.cell(0, 2), Some("3"));
        assert_eq!(t.cell(1, 0), Some("4"));
        assert_eq!(t.cell(1, 1), None);
        assert_eq!(t.row(2).map(|r| r.len()), Some(0));
        assert!(t.row(3).is_none());
        for col in 0..4 {
            assert!(t.column(col).eq(t.iter_rows().map(|r| r.get(col))), "{col}");
        }
        assert_eq!(t.column(1).collect::<Vec<_>>(), [Some("2"), None, None]);
    }

    #[test]
    fn rows_are_found_across_chunks() {
        let mut t = Table::new(vec!["n".into()]);
        let mut builder = ChunkBuilder::default();
        for i in 0..40_000 {
            let s = i.to_string();
            if let Some(chunk) = builder.push_row([s.as_str(), "x"]) {
                t.append(chunk);
            }
        }
        t.append(builder.finish());
        assert_eq!(t.rows(), 40_000);
        assert_eq!(t.cell(0, 0), Some("0"));
        assert_eq!(t.cell(255, 0), Some("255"));
        assert_eq!(t.cell(256, 0), Some("256"));
        assert_eq!(t.cell(39_999, 0), Some("39999"));
        assert_eq!(t.cell(20_000, 1), Some("x"));
        assert_eq!(t.iter_rows().count(), 40_000);
        assert!(t.column(0).eq(t.iter_rows().map(|r| r.get(0))));
        assert_eq!(
            t.iter_rows().nth(16_700).and_then(|r| r.get(0)),
            Some("16700")
        );
    }

    #[test]
    fn broken_bytes_are_shown_as_hex_and_noted_without_shifting_cells() {
        let mut b = ChunkBuilder::default();
        b.push_cell_bytes(b"ok");
        b.push_cell_bytes(b"bad\xff");
        b.push_cell_bytes("Oʻzbek".as_bytes());
        let _ = b.end_row();
        let mut escaped = b"n".to_vec();
        escape_byte(0xD7, &mut escaped);
        escape_byte(0x00, &mut escaped);
        b.push_cell_bytes(b"next");
        b.push_cell_bytes(&escaped);
        let _ = b.end_row();
        let mut t = Table::new(vec![]);
        t.append(b.finish());
        assert_eq!(t.cell(0, 0), Some("ok"));
        assert_eq!(t.cell(0, 1), Some("bad\\xFF"));
        assert_eq!(t.cell(0, 2), Some("Oʻzbek"));
        assert_eq!(t.cell(1, 0), Some("next"));
        assert_eq!(t.cell(1, 1), Some("n\\xD7\\x00"));
        let faults: Vec<(usize, usize, String)> =
            t.faults().map(|f| (f.row, f.col, f.hex())).collect();
        assert_eq!(
            faults,
            [(0, 1, "FF".to_owned()), (1, 1, "D7 00".to_owned())]
        );
        assert!(
            t.iter_rows()
                .all(|r| r.iter().all(|c| !c.contains('\u{FFFD}')))
        );
    }

    #[test]
    fn every_byte_survives_escaping() {
        for b in 0..=255u8 {
            let mut escaped = Vec::new();
            escape_byte(b, &mut escaped);
            assert!(escaped.iter().all(|&x| x >= 0x80), "{b}");
            let (mut text, mut bad) = (String::new(), Vec::new());
            cell_text(&escaped, &mut text, &mut bad);
            assert_eq!(bad, [b]);
            assert_eq!(text, format!("\\x{b:02X}"));
        }
    }

    #[test]
    fn cells_keep_unicode_and_empty_text() {
        let t = Table::from_rows(&["h"], &[vec!["Oʻzbekiston", "", "Ўзбекистон"]]);
        let row = t
            .row(0)
            .into_iter()
            .flat_map(|r| r.iter().collect::<Vec<_>>());
        assert_eq!(row.collect::<Vec<_>>(), ["Oʻzbekiston", "", "Ўзбекистон"]);
    }
}
