//! Decoding a text file to UTF-8 for the parsers, truthfully and by the whole file.
//!
//! [`Decode`] sits between the file and a parser. UTF-8 passes through after a check of each
//! buffer; any other encoding goes through `encoding_rs` without replacement. Bytes that are not
//! text in the encoding in use are never replaced by U+FFFD: each is passed on escaped (see
//! [`crate::core::table::escape_byte`]), so the table stores it as `\xNN` and records a fault for
//! its cell. A stray NUL is escaped the same way.
//!
//! When the encoding was detected from the start of a UTF-8 file and only ASCII has passed so
//! far, the first byte that is not UTF-8 means the file is in a single-byte encoding after all:
//! every byte read before decodes the same in it, so the reader switches without losing
//! anything, and says so in [`Decode::switch`]. Once other UTF-8 text has passed (a truly mixed
//! file), or when the encoding was chosen by hand, it does not switch.

use std::io::{self, Read};

use encoding_rs::{Decoder, DecoderResult};

use super::EncodingSwitch;
use super::sniff::{TextEncoding, sniff_single_byte};
use crate::core::table::escape_byte;

/// Raw bytes read from the file at a time.
const BUFFER: usize = 256 * 1024;
/// Bytes after the first one that is not UTF-8 looked at to choose the encoding to switch to.
const SNIFF_AFTER: usize = 8 * 1024;

pub struct Decode<R> {
    inner: R,
    buf: Box<[u8]>,
    /// Bytes of `buf` filled from `inner`.
    len: usize,
    /// Next byte of `buf` not yet passed on.
    pos: usize,
    /// `buf[pos..valid_end]` is UTF-8 without NULs, ready to pass through.
    valid_end: usize,
    /// `buf[..known_valid]` has been checked as UTF-8 (it may hold NULs).
    known_valid: usize,
    eof: bool,
    /// Decoded or escaped bytes waiting to be passed on, from `out_pos`.
    out: Vec<u8>,
    out_pos: usize,
    /// `None` while UTF-8 passes through.
    decoder: Option<Decoder>,
    /// Whether the decoder has been told the input ended.
    flushed: bool,
    /// The last bytes fed to the decoder, to show malformed bytes from an earlier buffer.
    fed_tail: Vec<u8>,
    encoding: TextEncoding,
    /// Whether the reader may still switch: UTF-8 was detected and only ASCII has passed.
    switchable: bool,
    /// Line feeds passed while `switchable`, for the line of a switch.
    newlines: u64,
    switch: Option<EncodingSwitch>,
}

impl<R: Read> Decode<R> {
    /// `switchable` is for an encoding detected, not chosen: only UTF-8 ever switches.
    pub fn new(inner: R, encoding: TextEncoding, switchable: bool) -> Self {
        let decoder = (encoding != TextEncoding::Utf8)
            .then(|| encoding.encoding().new_decoder_without_bom_handling());
        Self {
            inner,
            buf: vec![0; BUFFER].into_boxed_slice(),
            len: 0,
            pos: 0,
            valid_end: 0,
            known_valid: 0,
            eof: false,
            out: Vec::new(),
            out_pos: 0,
            decoder,
            flushed: false,
            fed_tail: Vec::new(),
            encoding,
            switchable: switchable && encoding == TextEncoding::Utf8,
            newlines: 0,
            switch: None,
        }
    }

    /// The encoding in use now (another than the one given after a switch).
    pub fn encoding(&self) -> TextEncoding {
        self.encoding
    }

    /// Where the reader switched encodings, if it did.
    pub fn switch(&self) -> Option<EncodingSwitch> {
        self.switch
    }

    /// Moves the unread bytes to the front of the buffer and reads more after them.
    fn fill(&mut self) -> io::Result<()> {
        if self.pos > 0 {
            self.buf.copy_within(self.pos..self.len, 0);
            self.len -= self.pos;
            self.known_valid = self.known_valid.saturating_sub(self.pos);
            self.valid_end = 0;
            self.pos = 0;
        }
        if self.len == self.buf.len() {
            return Ok(());
        }
        let n = loop {
            match self.inner.read(&mut self.buf[self.len..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        if n == 0 {
            self.eof = true;
        }
        self.len += n;
        Ok(())
    }

    /// Makes more output ready; `false` at the end of the input.
    fn step(&mut self) -> io::Result<bool> {
        if self.decoder.is_some() {
            return self.step_decoder();
        }
        if self.pos < self.known_valid {
            let region = &self.buf[self.pos..self.known_valid];
            if region[0] == 0 {
                escape_byte(0, &mut self.out);
                self.pos += 1;
                return Ok(true);
            }
            // memchr's SIMD scans: this runs over every byte of a UTF-8 file.
            let end = memchr::memchr(0, region).unwrap_or(region.len());
            let passed = &region[..end];
            if self.switchable {
                if passed.is_ascii() {
                    self.newlines += memchr::memchr_iter(b'\n', passed).count() as u64;
                } else {
                    self.switchable = false;
                }
            }
            self.valid_end = self.pos + end;
            return Ok(true);
        }
        if self.pos == self.len {
            if self.eof {
                return Ok(false);
            }
            self.fill()?;
            return Ok(true);
        }
        // SIMD validation: this runs over every byte of a UTF-8 file.
        match simdutf8::compat::from_utf8(&self.buf[self.pos..self.len]) {
            Ok(_) => self.known_valid = self.len,
            Err(e) if e.valid_up_to() > 0 => self.known_valid = self.pos + e.valid_up_to(),
            Err(e) => match e.error_len() {
                Some(n) => self.not_utf8(n)?,
                // A character cut off by the end of the buffer: read the rest of it.
                None if !self.eof => self.fill()?,
                None => self.not_utf8(self.len - self.pos)?,
            },
        }
        Ok(true)
    }

    /// `n` bytes at `pos` are not UTF-8: switch encodings, or pass them on escaped.
    fn not_utf8(&mut self, n: usize) -> io::Result<()> {
        if self.switchable {
            let room = self.pos > 0 || self.len < self.buf.len();
            if self.len - self.pos < SNIFF_AFTER && !self.eof && room {
                // See more of the text before choosing.
                return self.fill();
            }
            let around = &self.buf[self.pos..self.len.min(self.pos + SNIFF_AFTER)];
            let to = sniff_single_byte(around);
            self.switch = Some(EncodingSwitch {
                from: self.encoding,
                line: self.newlines + 1,
            });
            self.encoding = to;
            self.decoder = Some(to.encoding().new_decoder_without_bom_handling());
            self.switchable = false;
            return Ok(());
        }
        for &b in &self.buf[self.pos..self.pos + n] {
            escape_byte(b, &mut self.out);
        }
        self.pos += n;
        Ok(())
    }

    fn step_decoder(&mut self) -> io::Result<bool> {
        if self.pos == self.len && !self.eof {
            self.fill()?;
            return Ok(true);
        }
        if self.pos == self.len && self.flushed {
            return Ok(false);
        }
        let Some(decoder) = self.decoder.as_mut() else {
            return Ok(false);
        };
        let last = self.eof;
        let src = &self.buf[self.pos..self.len];
        let need = decoder
            .max_utf8_buffer_length_without_replacement(src.len())
            .unwrap_or(src.len() * 3 + 16);
        self.out.clear();
        self.out_pos = 0;
        self.out.resize(need, 0);
        let (result, read, written) =
            decoder.decode_to_utf8_without_replacement(src, &mut self.out, last);
        self.out.truncate(written);
        if self.out.contains(&0) {
            // A NUL character is a fault too: pass on its raw bytes escaped.
            let unit = match self.encoding {
                TextEncoding::Utf16Le | TextEncoding::Utf16Be => 2,
                _ => 1,
            };
            let mut escaped = Vec::with_capacity(self.out.len() + 8);
            for &b in &self.out {
                if b == 0 {
                    for _ in 0..unit {
                        escape_byte(0, &mut escaped);
                    }
                } else {
                    escaped.push(b);
                }
            }
            self.out = escaped;
        }
        // The last bytes fed, with those of earlier buffers: a malformed sequence may have
        // begun in one.
        self.fed_tail
            .extend_from_slice(&src[read.saturating_sub(8)..read]);
        let drop = self.fed_tail.len().saturating_sub(8);
        self.fed_tail.drain(..drop);
        if let DecoderResult::Malformed(bad, extra) = result {
            let (bad, extra) = (usize::from(bad), usize::from(extra));
            let end = self.fed_tail.len().saturating_sub(extra);
            for &b in &self.fed_tail[end.saturating_sub(bad)..end] {
                escape_byte(b, &mut self.out);
            }
        }
        self.pos += read;
        if last && self.pos == self.len && !matches!(result, DecoderResult::Malformed(..)) {
            self.flushed = true;
        }
        Ok(true)
    }
}

impl<R: Read> Read for Decode<R> {
    fn read(&mut self, into: &mut [u8]) -> io::Result<usize> {
        if into.is_empty() {
            return Ok(0);
        }
        if let Some(n) = self.read_through(into)? {
            return Ok(n);
        }
        loop {
            if self.out_pos < self.out.len() {
                let n = into.len().min(self.out.len() - self.out_pos);
                into[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
                self.out_pos += n;
                if self.out_pos == self.out.len() {
                    self.out.clear();
                    self.out_pos = 0;
                }
                return Ok(n);
            }
            if self.pos < self.valid_end {
                let n = into.len().min(self.valid_end - self.pos);
                into[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
                self.pos += n;
                return Ok(n);
            }
            if !self.step()? {
                return Ok(0);
            }
        }
    }
}

impl<R: Read> Decode<R> {
    /// UTF-8 with nothing held back: reads straight into the caller's buffer and passes on
    /// what is UTF-8 without NULs, saving a copy of every byte of the file. What follows the
    /// first byte that is not (a NUL, a byte that is not UTF-8, a character cut off at the
    /// end of the read) is kept in `buf` for [`Decode::step`]. `None` when there is nothing
    /// to pass on this way.
    fn read_through(&mut self, into: &mut [u8]) -> io::Result<Option<usize>> {
        let drained = self.pos == self.len && self.out_pos >= self.out.len();
        if self.decoder.is_some() || !drained || self.eof {
            return Ok(None);
        }
        let cap = into.len().min(self.buf.len());
        let n = loop {
            match self.inner.read(&mut into[..cap]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        if n == 0 {
            self.eof = true;
            return Ok(None);
        }
        let got = &into[..n];
        let valid = match simdutf8::compat::from_utf8(got) {
            Ok(_) => n,
            Err(e) => e.valid_up_to(),
        };
        let good = memchr::memchr(0, &got[..valid]).unwrap_or(valid);
        if good < n {
            self.buf[..n - good].copy_from_slice(&got[good..]);
            self.len = n - good;
            self.pos = 0;
            self.known_valid = 0;
            self.valid_end = 0;
        }
        if self.switchable {
            let passed = &got[..good];
            if passed.is_ascii() {
                self.newlines += memchr::memchr_iter(b'\n', passed).count() as u64;
            } else {
                self.switchable = false;
            }
        }
        Ok((good > 0).then_some(good))
    }
}

/// Decodes all of `bytes` (a whole file after its BOM) the way [`Decode`] does.
pub fn decode_all(
    bytes: &[u8],
    encoding: TextEncoding,
    switchable: bool,
) -> (Vec<u8>, TextEncoding, Option<EncodingSwitch>) {
    let mut reader = Decode::new(bytes, encoding, switchable);
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 4);
    // Reading from memory cannot fail.
    let _ = reader.read_to_end(&mut out);
    (out, reader.encoding(), reader.switch())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::table::cell_text;

    /// What a cell made of the decoded bytes would show, and the faulted bytes.
    fn shown(bytes: &[u8], encoding: TextEncoding, switchable: bool) -> (String, Vec<u8>) {
        let (out, _, _) = decode_all(bytes, encoding, switchable);
        let (mut text, mut bad) = (String::new(), Vec::new());
        cell_text(&out, &mut text, &mut bad);
        (text, bad)
    }

    /// A reader that hands out one byte at a time, to split every sequence across reads.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let Some((&first, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            buf[0] = first;
            self.0 = rest;
            Ok(1)
        }
    }

    #[test]
    fn utf8_passes_through_unchanged_even_split_byte_by_byte() {
        let text = "Kod;Hudud\n1703;Oʻrtachirchiq\n1704;Ўрта Чирчиқ\n";
        let mut out = String::new();
        let mut reader = Decode::new(Trickle(text.as_bytes()), TextEncoding::Utf8, true);
        let _ = reader.read_to_string(&mut out);
        assert_eq!(out, text);
        assert!(reader.switch().is_none());
    }

    #[test]
    fn late_windows_1251_after_ascii_switches_at_its_line() {
        let (cyr, _, _) = encoding_rs::WINDOWS_1251.encode("3001;Чилонзор тумани\n");
        let mut bytes = b"a;b\n1;x\n2;y\n".to_vec();
        bytes.extend_from_slice(&cyr);
        let (out, encoding, switch) = decode_all(&bytes, TextEncoding::Utf8, true);
        assert_eq!(
            String::from_utf8(out).ok().as_deref(),
            Some("a;b\n1;x\n2;y\n3001;Чилонзор тумани\n")
        );
        assert_eq!(encoding, TextEncoding::Windows1251);
        assert_eq!(
            switch,
            Some(EncodingSwitch {
                from: TextEncoding::Utf8,
                line: 4
            })
        );
    }

    #[test]
    fn bad_byte_after_utf8_cyrillic_is_escaped_not_replaced() {
        let mut bytes = "Ўрта;x".as_bytes().to_vec();
        bytes.extend_from_slice(&[0xFF, 0xD7]);
        let (text, bad) = shown(&bytes, TextEncoding::Utf8, true);
        assert_eq!(text, "Ўрта;x\\xFF\\xD7");
        assert_eq!(bad, [0xFF, 0xD7]);
    }

    #[test]
    fn forced_utf8_never_switches() {
        let (cyr, _, _) = encoding_rs::WINDOWS_1251.encode("Чи");
        let (out, encoding, switch) = decode_all(&cyr, TextEncoding::Utf8, false);
        assert_eq!(encoding, TextEncoding::Utf8);
        assert!(switch.is_none());
        let (mut text, mut bad) = (String::new(), Vec::new());
        cell_text(&out, &mut text, &mut bad);
        assert_eq!(text, "\\xD7\\xE8");
        assert_eq!(bad, [0xD7, 0xE8]);
    }

    #[test]
    fn a_stray_nul_is_escaped_in_every_encoding() {
        assert_eq!(
            shown(b"a\0b", TextEncoding::Utf8, true),
            ("a\\x00b".to_owned(), vec![0])
        );
        assert_eq!(
            shown(b"a\0b", TextEncoding::Windows1251, false),
            ("a\\x00b".to_owned(), vec![0])
        );
    }

    #[test]
    fn unpaired_utf16_surrogate_is_a_fault() {
        // "a", a lone high surrogate D800, then "b", in UTF-16LE.
        let bytes = [0x61, 0x00, 0x00, 0xD8, 0x62, 0x00];
        let (text, bad) = shown(&bytes, TextEncoding::Utf16Le, false);
        assert!(!text.contains('\u{FFFD}'));
        assert!(text.starts_with('a') && text.ends_with('b'), "{text}");
        assert_eq!(bad, [0x00, 0xD8]);
        // Cut off at the end of the file.
        let (text, bad) = shown(&[0x61, 0x00, 0x3D, 0xD8], TextEncoding::Utf16Le, false);
        assert_eq!(text, "a\\x3D\\xD8");
        assert_eq!(bad, [0x3D, 0xD8]);
    }

    #[test]
    fn any_bytes_decode_the_same_whole_or_byte_by_byte() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for len in [0usize, 1, 2, 3, 7, 64, 1000, 5000] {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    // Mostly text, some high bytes, some NULs.
                    match seed % 10 {
                        0 => (seed >> 8) as u8,
                        1 => 0xD0 | ((seed >> 8) as u8 & 0x0F),
                        _ => b'a' + (seed >> 8) as u8 % 26,
                    }
                })
                .collect();
            for encoding in TextEncoding::ALL {
                for switchable in [false, true] {
                    let (whole, to, switch) = decode_all(&bytes, encoding, switchable);
                    let mut reader = Decode::new(Trickle(&bytes), encoding, switchable);
                    let mut split = Vec::new();
                    let _ = reader.read_to_end(&mut split);
                    assert_eq!(whole, split, "{encoding:?} {len}");
                    assert_eq!((to, switch), (reader.encoding(), reader.switch()));
                    let (mut text, mut bad) = (String::new(), Vec::new());
                    cell_text(&whole, &mut text, &mut bad);
                    assert!(!text.contains('\u{FFFD}'), "{encoding:?} {len}");
                }
            }
        }
    }

    #[test]
    fn many_nuls_do_not_slow_the_reader_to_a_crawl() {
        let bytes = vec![0u8; 2_000_000];
        let (out, _, _) = decode_all(&bytes, TextEncoding::Utf8, true);
        assert_eq!(out.len(), 4_000_000);
    }
}
