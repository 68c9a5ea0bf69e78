//! Guessing how a text table is written: its encoding (BOMs, UTF-8 validity, UTF-16 without a
//! BOM, Windows-1251 against Windows-1252), its delimiter and quote, and which row holds the
//! header (ministry exports often put a title block above it). Every guess can be overridden
//! by the user; these functions only look at a sample.

use serde::{Deserialize, Serialize};

use crate::core::infer::{looks_like_date, looks_like_number, looks_like_year};

/// The text encodings Ochiq reads and offers in its encoding picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1251,
    Windows1252,
    Koi8R,
    Ibm866,
}

impl TextEncoding {
    pub const ALL: [TextEncoding; 7] = [
        Self::Utf8,
        Self::Utf16Le,
        Self::Utf16Be,
        Self::Windows1251,
        Self::Windows1252,
        Self::Koi8R,
        Self::Ibm866,
    ];

    pub fn encoding(self) -> &'static encoding_rs::Encoding {
        match self {
            Self::Utf8 => encoding_rs::UTF_8,
            Self::Utf16Le => encoding_rs::UTF_16LE,
            Self::Utf16Be => encoding_rs::UTF_16BE,
            Self::Windows1251 => encoding_rs::WINDOWS_1251,
            Self::Windows1252 => encoding_rs::WINDOWS_1252,
            Self::Koi8R => encoding_rs::KOI8_R,
            Self::Ibm866 => encoding_rs::IBM866,
        }
    }

    /// The encoding a name stands for, in any of the spellings the WHATWG Encoding Standard
    /// knows (`utf-8`, `utf8`, `cp1251`, `windows-1251`, `koi8-r`, `cp866`, `latin1` …), as a
    /// package's `encoding` or `ochiq validate --encoding` gives it; `None` for one Ochiq
    /// does not read.
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim();
        let found = encoding_rs::Encoding::for_label(name.as_bytes()).or_else(|| {
            // Python's and Excel's spellings that the web standard lacks.
            let lower = name.to_ascii_lowercase().replace('_', "-");
            let alias = match lower.as_str() {
                "cp65001" | "utf-8-sig" => "utf-8",
                "utf-16-le" => "utf-16le",
                "utf-16-be" => "utf-16be",
                _ => return None,
            };
            encoding_rs::Encoding::for_label(alias.as_bytes())
        })?;
        Self::ALL.into_iter().find(|e| e.encoding() == found)
    }

    /// The encoding's standard name, as shown in the UI and reports.
    pub fn label(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf16Le => "UTF-16LE",
            Self::Utf16Be => "UTF-16BE",
            Self::Windows1251 => "Windows-1251",
            Self::Windows1252 => "Windows-1252",
            Self::Koi8R => "KOI8-R",
            Self::Ibm866 => "CP866",
        }
    }
}

/// What the encoding sniffer found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EncodingGuess {
    pub encoding: TextEncoding,
    /// Length of the byte-order mark at the start of the file, 0 when there is none.
    pub bom_len: usize,
}

/// Guesses the encoding of a file from its first bytes.
pub fn sniff_encoding(sample: &[u8]) -> EncodingGuess {
    let guess = |encoding, bom_len| EncodingGuess { encoding, bom_len };
    if sample.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return guess(TextEncoding::Utf8, 3);
    }
    if sample.starts_with(&[0xFF, 0xFE]) {
        return guess(TextEncoding::Utf16Le, 2);
    }
    if sample.starts_with(&[0xFE, 0xFF]) {
        return guess(TextEncoding::Utf16Be, 2);
    }
    if let Some(utf16) = sniff_utf16_without_bom(sample) {
        return guess(utf16, 0);
    }
    if is_mostly_utf8(sample) {
        return guess(TextEncoding::Utf8, 0);
    }
    guess(sniff_single_byte(sample), 0)
}

/// Whether `sample` is UTF-8 (a character cut off at the end of the sample allowed), or UTF-8
/// text with a few stray bytes in it: text in a single-byte encoding almost never forms valid
/// multi-byte UTF-8 characters, so many of those against a few invalid bytes means UTF-8,
/// whose stray bytes are reported, rather than every letter read wrong.
fn is_mostly_utf8(sample: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    let mut rest = sample;
    loop {
        let (valid, after) = match std::str::from_utf8(rest) {
            Ok(s) => (s, &rest[rest.len()..]),
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                (std::str::from_utf8(good).unwrap_or_default(), after)
            }
        };
        multibyte += valid.chars().filter(|c| c.len_utf8() > 1).count();
        if after.is_empty() {
            break;
        }
        match std::str::from_utf8(after).err().and_then(|e| e.error_len()) {
            Some(n) => {
                invalid += 1;
                rest = &after[n..];
            }
            // Cut off by the end of the sample.
            None => break,
        }
    }
    invalid == 0 || multibyte >= 8 * invalid
}

/// UTF-16 text without a BOM has one byte of each pair drawn from very few values
/// (0x00 for ASCII, 0x04 for Cyrillic, 0x02 for ʻ), the other from many.
fn sniff_utf16_without_bom(sample: &[u8]) -> Option<TextEncoding> {
    let pairs = sample.len().min(8192) / 2;
    if pairs < 4 {
        return None;
    }
    let high_share = |offset: usize| {
        let hits = (0..pairs)
            .filter(|i| matches!(sample[2 * i + offset], 0x00 | 0x04 | 0x02 | 0x20 | 0x25))
            .count();
        hits as f64 / pairs as f64
    };
    let zeros = |offset: usize| (0..pairs).filter(|i| sample[2 * i + offset] == 0).count();
    let (even, odd) = (high_share(0), high_share(1));
    // Plain single-byte text has almost no NUL bytes; UTF-16 of ASCII has one in every pair.
    if zeros(0) + zeros(1) < pairs / 8 {
        return None;
    }
    if odd > 0.9 && even < 0.5 {
        Some(TextEncoding::Utf16Le)
    } else if even > 0.9 && odd < 0.5 {
        Some(TextEncoding::Utf16Be)
    } else {
        None
    }
}

/// Cyrillic text in Windows-1251 comes in runs of high bytes (whole words); Western text in
/// Windows-1252 has lone high bytes between ASCII letters. Bytes both encodings read as the
/// same character (the ‘ ’ “ ” « » – — of Uzbek Latin text, the no-break space) tell nothing:
/// a sample of Uzbek Latin with such apostrophes is Windows-1251, the local default, so the
/// Cyrillic rows that may follow it are read as Cyrillic, not as Western letters.
pub fn sniff_single_byte(sample: &[u8]) -> TextEncoding {
    let mut high = 0usize;
    let mut in_runs = 0usize;
    for (i, &b) in sample.iter().enumerate() {
        if b >= 0x80 && !same_in_1251_and_1252(b) {
            high += 1;
            let prev = i > 0 && sample[i - 1] >= 0x80;
            let next = sample.get(i + 1).is_some_and(|&n| n >= 0x80);
            if prev || next {
                in_runs += 1;
            }
        }
    }
    if high == 0 || in_runs * 2 >= high {
        TextEncoding::Windows1251
    } else {
        TextEncoding::Windows1252
    }
}

/// Whether Windows-1251 and Windows-1252 read byte `b` as the same character.
fn same_in_1251_and_1252(b: u8) -> bool {
    static SAME: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
        std::array::from_fn(|b| {
            let one = [b as u8];
            let (cyrillic, _, _) = encoding_rs::WINDOWS_1251.decode(&one);
            let (western, _, _) = encoding_rs::WINDOWS_1252.decode(&one);
            cyrillic == western
        })
    });
    SAME[usize::from(b)]
}

/// Whether decoded text looks like binary data rather than a table: runs of NUL bytes or many
/// control characters. A stray NUL in text is not enough: the reader passes it on as a fault
/// of its cell.
pub fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(8192).collect();
    if sample.is_empty() {
        return false;
    }
    let controls = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n' | '\u{c}'))
        .count();
    let nul_run = sample.windows(2).any(|w| w == ['\0', '\0']);
    nul_run || controls * 50 > sample.len()
}

/// The delimiters Ochiq detects and offers.
pub const DELIMITERS: [u8; 4] = [b';', b',', b'\t', b'|'];

/// Guesses the field delimiter from decoded text; `None` when the text has one column.
pub fn sniff_delimiter(text: &str, quote: u8) -> Option<u8> {
    // Score: how many records the delimiter splits, plus how many agree on one field count;
    // ties go to the delimiter giving more fields (a `;` file with decimal commas splits
    // evenly on `,` too, but into fewer fields).
    let mut best: Option<((f64, usize), u8)> = None;
    for delim in DELIMITERS {
        let counts = field_counts(text, delim, quote, 200);
        let Some((mode, share)) = mode_of(&counts) else {
            continue;
        };
        let split = counts.iter().filter(|&&n| n > 1).count() as f64 / counts.len() as f64;
        if mode < 2 || split < 0.5 {
            continue;
        }
        let score = ((split + share) * 100.0).round() / 100.0;
        if best.is_none_or(|(b, _)| (score, mode) > b) {
            best = Some(((score, mode), delim));
        }
    }
    best.map(|(_, d)| d)
}

/// Guesses the quote character: `'` only when it clearly wraps fields and `"` never does.
pub fn sniff_quote(text: &str) -> u8 {
    let wraps = |q: char| {
        text.lines()
            .take(200)
            .filter(|l| {
                let t = l.trim_end_matches('\r');
                t.starts_with(q)
                    || DELIMITERS
                        .iter()
                        .any(|&d| t.contains(&format!("{}{q}", d as char)))
            })
            .count()
    };
    if wraps('"') == 0 && wraps('\'') >= 2 {
        b'\''
    } else {
        b'"'
    }
}

fn field_counts(text: &str, delim: u8, quote: u8, limit: usize) -> Vec<usize> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .quote(quote)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .byte_records()
        .take(limit)
        .map_while(Result::ok)
        .map(|r| r.len())
        .collect()
}

/// The most common value and the share of items that have it.
fn mode_of(values: &[usize]) -> Option<(usize, f64)> {
    let mut counts = std::collections::HashMap::new();
    for &v in values {
        *counts.entry(v).or_insert(0usize) += 1;
    }
    let (&mode, &n) = counts.iter().max_by_key(|&(&v, &n)| (n, v))?;
    Some((mode, n as f64 / values.len() as f64))
}

/// Where the header is: rows above it are a title block; `has_header` is false when the first
/// table row already holds data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderGuess {
    pub header_row: usize,
    pub has_header: bool,
}

/// Finds the header among the first rows of a sheet or file.
///
/// Title rows fill one or two cells; the header is the first row that fills most of the
/// table's width. It is taken as a header unless it holds numbers or dates the way the rows
/// below do (year headings like `2024` count as labels).
pub fn detect_header(rows: &[Vec<String>]) -> HeaderGuess {
    let filled = |row: &Vec<String>| row.iter().filter(|c| !c.trim().is_empty()).count();
    // The table's width is one at least two rows reach: a single long row (cells past the
    // header) must not turn the header and the rows above it into a title block.
    let mut widths: Vec<usize> = rows.iter().map(filled).filter(|&n| n > 0).collect();
    widths.sort_unstable_by(|a, b| b.cmp(a));
    let widest = widths.get(1).or(widths.first()).copied().unwrap_or(0);
    let header_row = if widest < 2 {
        rows.iter().position(|r| filled(r) > 0).unwrap_or(0)
    } else {
        let needed = (widest * 3).div_ceil(5).max(2);
        rows.iter().position(|r| filled(r) >= needed).unwrap_or(0)
    };
    let Some(candidate) = rows.get(header_row) else {
        return HeaderGuess {
            header_row: 0,
            has_header: true,
        };
    };
    let below = &rows[header_row + 1..];
    let data_like = candidate.iter().enumerate().any(|(col, cell)| {
        let cell = cell.trim();
        if !(looks_like_number(cell) || looks_like_date(cell)) {
            return false;
        }
        // A year over a column of other numbers is a period heading, not data.
        let column_is_years = below
            .iter()
            .filter_map(|r| r.get(col))
            .filter(|c| !c.trim().is_empty())
            .all(|c| looks_like_year(c.trim()));
        !(looks_like_year(cell) && !below.is_empty() && !column_is_years)
    });
    HeaderGuess {
        header_row,
        has_header: !data_like,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        text.lines()
            .map(|l| l.split(';').map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn boms_name_their_encoding() {
        assert_eq!(
            sniff_encoding(b"\xEF\xBB\xBFa;b").encoding,
            TextEncoding::Utf8
        );
        assert_eq!(sniff_encoding(b"\xEF\xBB\xBFa;b").bom_len, 3);
        assert_eq!(
            sniff_encoding(b"\xFF\xFEa\0").encoding,
            TextEncoding::Utf16Le
        );
        assert_eq!(
            sniff_encoding(b"\xFE\xFF\0a").encoding,
            TextEncoding::Utf16Be
        );
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let text = "Hudud\tSoni\r\nАндижон\t12\r\nНамангон\t7\r\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(sniff_encoding(&le).encoding, TextEncoding::Utf16Le);
        assert_eq!(sniff_encoding(&be).encoding, TextEncoding::Utf16Be);
        assert_eq!(sniff_encoding(&le).bom_len, 0);
    }

    #[test]
    fn utf8_cut_mid_character_is_still_utf8() {
        let text = "Oʻrtachirchiq tumani;Ўрта".as_bytes();
        assert_eq!(
            sniff_encoding(&text[..text.len() - 1]).encoding,
            TextEncoding::Utf8
        );
    }

    #[test]
    fn utf8_with_a_stray_byte_is_still_utf8() {
        let mut text = "Kod;Hudud\n1;Ўрта Чирчиқ\n2;Бўка\n3;Oq".as_bytes().to_vec();
        text.push(0xFF);
        text.extend_from_slice("qoʻrgʻon\n".as_bytes());
        assert_eq!(sniff_encoding(&text).encoding, TextEncoding::Utf8);
        let (cyr, _, _) = encoding_rs::WINDOWS_1251.encode("Код;Район\n1;Чилонзор\n");
        assert_eq!(sniff_encoding(&cyr).encoding, TextEncoding::Windows1251);
    }

    #[test]
    fn cyrillic_windows_1251_is_told_from_western_1252() {
        let (cyr, _, _) =
            encoding_rs::WINDOWS_1251.encode("Код;Район\n1703202;Алтынкульский район\n");
        assert_eq!(sniff_encoding(&cyr).encoding, TextEncoding::Windows1251);
        let (lat, _, _) =
            encoding_rs::WINDOWS_1252.encode("Name;Ville\nJosé;Besançon\nRené;Orléans\n");
        assert_eq!(sniff_encoding(&lat).encoding, TextEncoding::Windows1252);
    }

    #[test]
    fn uzbek_latin_with_typographic_apostrophes_is_windows_1251_not_western() {
        // ‘ and ’ are the same bytes in both encodings; the Cyrillic further on must be read
        // as Cyrillic.
        let (latin, _, _) =
            encoding_rs::WINDOWS_1251.encode("Hudud;Nomi\n1703202;O‘rtachirchiq tumani\n");
        assert_eq!(sniff_single_byte(&latin), TextEncoding::Windows1251);
        let (western, _, _) = encoding_rs::WINDOWS_1252.encode("Name;Ville\nJosé;Besançon\n");
        assert_eq!(sniff_single_byte(&western), TextEncoding::Windows1252);
    }

    #[test]
    fn binary_is_not_a_table() {
        assert!(looks_binary("PK\u{3}\u{4}\0\0\u{14}\0"));
        assert!(!looks_binary("a;b\r\n1;2\r\n"));
        assert!(looks_binary("\0\0\0\u{1}ELF\0\0"));
    }

    #[test]
    fn a_stray_nul_in_text_is_not_binary() {
        let text = "Kod;Hudud\n1703202;Oltinkoʻl\0\n1703203;Asaka\n1703206;Baliqchi\n";
        assert!(!looks_binary(text));
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2;3\n", b'"'), Some(b';'));
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n", b'"'), Some(b','));
        assert_eq!(sniff_delimiter("a\tb\n1\t2\n", b'"'), Some(b'\t'));
        assert_eq!(sniff_delimiter("a|b\n1|2\n", b'"'), Some(b'|'));
        assert_eq!(sniff_delimiter("name\nAli\nVali\n", b'"'), None);
    }

    #[test]
    fn decimal_commas_do_not_fool_the_delimiter() {
        let text =
            "Kod;Hudud;Summa;Ulush\n1703202;Oltinkoʻl;1 250,50;0,5\n1703203;Asaka;300,25;0,25\n";
        assert_eq!(sniff_delimiter(text, b'"'), Some(b';'));
    }

    #[test]
    fn ragged_rows_still_show_their_delimiter() {
        let text = "a;b;c;d\n1;2;3;4\n1;2;3\n1;2;3;4;5\n1\n1;2;3;4;;\n";
        assert_eq!(sniff_delimiter(text, b'"'), Some(b';'));
    }

    #[test]
    fn quoted_delimiters_do_not_count() {
        let text = "id,name\n1,\"Toshkent, shahar\"\n2,\"Samarqand, viloyat\"\n";
        assert_eq!(sniff_delimiter(text, b'"'), Some(b','));
        assert_eq!(sniff_quote(text), b'"');
        assert_eq!(sniff_quote("id;name\n1;'a;b'\n2;'c'\n"), b'\'');
    }

    #[test]
    fn header_below_a_title_block_is_found() {
        let r = rows(
            "Sogʻliqni saqlash vazirligi;;\n2026 yil uchun maʼlumot;;\n;;\nKod;Hudud;Soni\n1703202;Oltinkoʻl;12\n",
        );
        assert_eq!(
            detect_header(&r),
            HeaderGuess {
                header_row: 3,
                has_header: true
            }
        );
    }

    #[test]
    fn one_long_row_below_does_not_make_the_header_a_title_block() {
        let r = rows("id;name;age\n1101;John;30\n1102;Julie;26\n;;\n1;2;3;4;5;6\n");
        assert_eq!(
            detect_header(&r),
            HeaderGuess {
                header_row: 0,
                has_header: true
            }
        );
    }

    #[test]
    fn first_row_of_numbers_is_data() {
        let r = rows("1703202;12;05.01.2026\n1703203;7;06.01.2026\n");
        assert_eq!(
            detect_header(&r),
            HeaderGuess {
                header_row: 0,
                has_header: false
            }
        );
    }

    #[test]
    fn year_headings_are_labels() {
        let r = rows("Hudud;2024;2025\nAndijon;12,5;13,1\nNamangan;9,0;9,4\n");
        assert_eq!(
            detect_header(&r),
            HeaderGuess {
                header_row: 0,
                has_header: true
            }
        );
        let years = rows("2024;2025\n2024;2025\n");
        assert!(!detect_header(&years).has_header);
    }
}
