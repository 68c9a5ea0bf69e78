//! Recognising what a text cell holds, in the forms Uzbek ministry files use: numbers with
//! decimal commas and space or non-breaking-space thousands separators, dd.mm.yyyy and
//! dd/mm/yyyy dates, and digit codes (SOATO) that must stay codes, not become integers.
//! Pure functions on `&str`; used by header detection, the column profile and schema inference.

use serde::{Deserialize, Serialize};

/// What a column holds, as far as its values show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ValueKind {
    Empty,
    Integer,
    Number,
    Date,
    Boolean,
    /// Digit strings that identify rather than count: fixed length, leading zeros, SOATO codes.
    Code,
    Text,
}

/// Characters used as thousands separators in the files officers receive.
fn is_group_char(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// `s` less the white space around it, as `str::trim` gives it, read without decoding
/// characters when the text starts and ends with a visible ASCII character, as most cells do.
#[inline]
pub fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// Parses a number written with `.` or `,` as the decimal mark and spaces as group separators.
pub fn parse_number(s: &str) -> Option<f64> {
    let s = trim(s);
    if s.is_empty() {
        return None;
    }
    parse_short_decimal(s.as_bytes()).or_else(|| parse_long_number(s))
}

/// [`parse_number`] for any text: group separators dropped, the decimal mark made a dot, then
/// read by `str::parse`.
fn parse_long_number(s: &str) -> Option<f64> {
    // Into a buffer on the stack: this runs on every cell of a column being profiled.
    let mut buf = [0u8; 64];
    let mut n = 0usize;
    let mut decimal_seen = false;
    let mut digits = 0usize;
    for (i, c) in s.chars().enumerate() {
        let out = match c {
            '0'..='9' => {
                digits += 1;
                c as u8
            }
            '-' | '+' if i == 0 => c as u8,
            '.' | ',' if !decimal_seen => {
                decimal_seen = true;
                b'.'
            }
            c if is_group_char(c) && digits > 0 => continue,
            _ => return None,
        };
        *buf.get_mut(n)? = out;
        n += 1;
    }
    if digits == 0 {
        return None;
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse().ok()
}

/// The number a short plain decimal spells: an optional sign, digits and at most one `.` or
/// `,`, fifteen digits or fewer in all; `None` for anything else, which [`parse_number`] then
/// reads the long way. The digits form an integer below 2^53 and the power of ten is exact, so
/// one division gives the correctly rounded value, the same `str::parse` gives (the fast path
/// of Clinger's algorithm); the column profile reads a million cells a column this way.
fn parse_short_decimal(s: &[u8]) -> Option<f64> {
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let (negative, body) = match s.first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let mut mantissa = 0u64;
    let mut digits = 0usize;
    let mut decimals: Option<usize> = None;
    for &b in body {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            b'.' | b',' if decimals.is_none() => decimals = Some(0),
            _ => return None,
        }
        if digits > 15 {
            return None;
        }
    }
    if digits == 0 {
        return None;
    }
    let x = mantissa as f64 / POWERS[decimals.unwrap_or(0)];
    Some(if negative { -x } else { x })
}

pub fn looks_like_number(s: &str) -> bool {
    parse_number(s).is_some()
}

/// A plain integer: optional sign, digits, optional group spaces.
pub fn looks_like_integer(s: &str) -> bool {
    let s = trim(s);
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    if body.bytes().all(|b| b.is_ascii_digit()) {
        return !body.is_empty();
    }
    body.starts_with(|c: char| c.is_ascii_digit())
        && body.chars().all(|c| c.is_ascii_digit() || is_group_char(c))
}

pub fn looks_like_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && s.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// A calendar date as (year, month, day).
pub type Ymd = (i32, u32, u32);

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Parses `dd.mm.yyyy`, `dd/mm/yyyy`, `dd-mm-yyyy` and ISO `yyyy-mm-dd`, checking the calendar.
pub fn parse_date(s: &str) -> Option<Ymd> {
    let s = trim(s);
    // No date is longer than `yyyy-mm-dd` or `dd.mm.yyyy`; most cells are not dates at all.
    if s.len() > 10 || s.len() < 6 {
        return None;
    }
    let mut parts = s.split(['.', '/', '-']);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let num = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (y, m, d) = if a.len() == 4 && s.as_bytes()[4] == b'-' {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        return None;
    };
    let y = y as i32;
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

pub fn looks_like_date(s: &str) -> bool {
    parse_date(s).is_some()
}

pub fn looks_like_boolean(s: &str) -> bool {
    yes_no(s).is_some()
}

/// What a yes/no word says (`ha`, `да`, `yes`, `true` → yes; `yoʻq`, `нет`, `no`, `false` →
/// no), in any case; `None` for anything else.
pub fn yes_no(s: &str) -> Option<bool> {
    const WORDS: [(&str, bool); 11] = [
        ("true", true),
        ("false", false),
        ("ha", true),
        ("yoʻq", false),
        ("yo'q", false),
        ("да", true),
        ("нет", false),
        ("ҳа", true),
        ("йўқ", false),
        ("yes", true),
        ("no", false),
    ];
    let s = trim(s);
    // The longest word is six bytes (`йўқ`); longer cells are never yes/no words.
    if s.len() > 6 {
        return None;
    }
    WORDS
        .iter()
        .find(|(w, _)| s.chars().flat_map(char::to_lowercase).eq(w.chars()))
        .map(|&(_, yes)| yes)
}

/// The kind of one trimmed, non-empty value.
pub fn classify(s: &str) -> ValueKind {
    let s = trim(s);
    if s.is_empty() {
        ValueKind::Empty
    } else if looks_like_integer(s) {
        ValueKind::Integer
    } else if looks_like_number(s) {
        ValueKind::Number
    } else if looks_like_date(s) {
        ValueKind::Date
    } else if looks_like_boolean(s) {
        ValueKind::Boolean
    } else {
        ValueKind::Text
    }
}

/// Tallies the kinds of a column's values and names the column's kind.
#[derive(Debug, Clone, Default)]
pub struct KindTally {
    pub integer: u64,
    pub number: u64,
    pub date: u64,
    pub boolean: u64,
    pub text: u64,
    pub empty: u64,
    /// Integers with leading zeros or a fixed digit count: identifiers, not quantities.
    pub code_like: u64,
    digit_len: Option<usize>,
    /// Some integer has digit groups or another length than the first plain one.
    mixed_len: bool,
    /// Every plain integer starts with 17, the country prefix of SOATO codes.
    soato_prefix: bool,
}

impl KindTally {
    pub fn add(&mut self, value: &str) {
        self.add_times(value, 1);
    }

    /// Counts `value` as if it stood in `times` cells, and gives its kind. The tally does not
    /// depend on the order of the values, so a column can be tallied by its distinct values.
    pub fn add_times(&mut self, value: &str, times: u64) -> ValueKind {
        let v = trim(value);
        let kind = classify(v);
        match kind {
            ValueKind::Empty => self.empty += times,
            ValueKind::Integer => {
                self.integer += times;
                let plain = v.bytes().all(|b| b.is_ascii_digit());
                if plain && (v.len() > 1 && v.starts_with('0')) {
                    self.code_like += times;
                }
                if plain {
                    let first = self.digit_len.is_none();
                    self.soato_prefix = (first || self.soato_prefix) && v.starts_with("17");
                    match self.digit_len {
                        None => self.digit_len = Some(v.len()),
                        Some(n) if n != v.len() => self.mixed_len = true,
                        Some(_) => {}
                    }
                } else {
                    // Digits in groups (`1 250`) are amounts, wherever they stand in the column.
                    self.mixed_len = true;
                }
            }
            ValueKind::Number => self.number += times,
            ValueKind::Date => self.date += times,
            ValueKind::Boolean => self.boolean += times,
            ValueKind::Code | ValueKind::Text => self.text += times,
        }
        kind
    }

    pub fn filled(&self) -> u64 {
        self.integer + self.number + self.date + self.boolean + self.text
    }

    /// The column's kind: the narrowest kind that every non-empty value fits.
    pub fn kind(&self) -> ValueKind {
        self.kind_allowing(0.0)
    }

    /// The narrowest kind that all but `misfits` (a share, 0..1) of the non-empty values
    /// fit: a date column with one mistyped date is still a date column.
    pub fn kind_allowing(&self, misfits: f64) -> ValueKind {
        let filled = self.filled();
        if filled == 0 {
            return ValueKind::Empty;
        }
        let fits = |n: u64| n as f64 >= filled as f64 * (1.0 - misfits) && n > 0;
        if fits(self.integer) && self.integer + self.text <= filled && self.number + self.date == 0
        {
            // SOATO codes (17…, 4, 7 or 10 digits) and zero-padded numbers are codes;
            // years such as 2024 stay integers.
            let soato_len = matches!(self.digit_len, Some(4 | 7 | 10));
            let soato = !self.mixed_len && soato_len && self.soato_prefix;
            if self.code_like > 0 || (soato && filled > 1) {
                return ValueKind::Code;
            }
            return ValueKind::Integer;
        }
        if fits(self.integer + self.number) && self.date == 0 {
            ValueKind::Number
        } else if fits(self.date) {
            ValueKind::Date
        } else if fits(self.boolean) {
            ValueKind::Boolean
        } else {
            ValueKind::Text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_local_forms() {
        assert_eq!(parse_number("1 250 300,50"), Some(1_250_300.5));
        assert_eq!(parse_number("1\u{a0}234,5"), Some(1234.5));
        assert_eq!(parse_number("-12.75"), Some(-12.75));
        assert_eq!(parse_number(" 42 "), Some(42.0));
        assert_eq!(parse_number("12,5,3"), None);
        assert_eq!(parse_number("1703202a"), None);
        assert_eq!(parse_number(","), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a\u{a0}",
            "\ta\n",
            "ab",
            "\u{202f}1 000",
            "Ё",
            "x\u{3000}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    /// The short path reads every number it takes as the long path does, to the last bit.
    fn same_both_ways(s: &str) {
        if let Some(x) = parse_short_decimal(s.as_bytes()) {
            let long = parse_long_number(s);
            assert_eq!(long.map(f64::to_bits), Some(x.to_bits()), "{s:?}");
        }
    }

    #[test]
    fn short_numbers_read_as_the_long_way_reads_them() {
        for s in [
            "0",
            "-0",
            "+0",
            "0,0",
            "-0.0",
            "5.",
            ".5",
            "-.5",
            "+7,25",
            "007",
            "0.1",
            "0.3",
            "123456789012345",
            "1234567890.12345",
            "0.00000000000001",
            "999999999999999",
            "9007199254.74099",
            "73042,21",
            "-4",
        ] {
            assert!(parse_short_decimal(s.as_bytes()).is_some(), "{s}");
            same_both_ways(s);
        }
        for s in [
            "1234567890123456",
            "0.000000000000001",
            "1 000",
            "1e5",
            "--1",
            "1-",
            "1,2,3",
            ".",
            "-",
            "+",
            "١٢",
        ] {
            assert!(parse_short_decimal(s.as_bytes()).is_none(), "{s}");
        }
        assert_eq!(
            parse_number("1234567890123456"),
            Some(1_234_567_890_123_456.0)
        );
    }

    proptest::proptest! {
        #[test]
        fn any_short_number_reads_as_the_long_way_reads_it(s in "[-+]?[0-9]{0,9}[.,]?[0-9]{0,9}") {
            same_both_ways(&s);
            proptest::prop_assert_eq!(
                parse_number(&s).map(f64::to_bits),
                parse_long_number(&s).map(f64::to_bits)
            );
        }
    }

    #[test]
    fn dates_in_local_forms_with_calendar_checks() {
        assert_eq!(parse_date("05.01.2026"), Some((2026, 1, 5)));
        assert_eq!(parse_date("29/02/2024"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2026-11-24"), Some((2026, 11, 24)));
        assert_eq!(parse_date("29.02.2026"), None);
        assert_eq!(parse_date("31.02.2026"), None);
        assert_eq!(parse_date("29.02.1900"), None);
        assert_eq!(parse_date("29.02.2000"), Some((2000, 2, 29)));
        assert_eq!(parse_date("1.2.3"), None);
    }

    #[test]
    fn soato_codes_are_codes_not_integers() {
        let mut t = KindTally::default();
        for v in ["1703202", "1703203", "1726262"] {
            t.add(v);
        }
        assert_eq!(t.kind(), ValueKind::Code);
        let mut counts = KindTally::default();
        for v in ["12", "7", "1 250"] {
            counts.add(v);
        }
        assert_eq!(counts.kind(), ValueKind::Integer);
        let mut years = KindTally::default();
        for v in ["2021", "2022", "2023"] {
            years.add(v);
        }
        assert_eq!(years.kind(), ValueKind::Integer);
        let mut regions = KindTally::default();
        for v in ["1703", "1735", "1700"] {
            regions.add(v);
        }
        assert_eq!(regions.kind(), ValueKind::Code);
    }

    #[test]
    fn the_tally_does_not_depend_on_the_order_of_values() {
        let kind = |values: &[&str]| {
            let mut t = KindTally::default();
            for v in values {
                t.add(v);
            }
            t.kind()
        };
        assert_eq!(kind(&["1 000", "1703202", "1726262"]), ValueKind::Integer);
        assert_eq!(kind(&["1703202", "1726262", "1 000"]), ValueKind::Integer);
        let mut weighted = KindTally::default();
        assert_eq!(weighted.add_times("1703202", 3), ValueKind::Integer);
        weighted.add_times(" ", 2);
        assert_eq!(weighted.kind(), ValueKind::Code);
        assert_eq!((weighted.integer, weighted.empty), (3, 2));
    }

    #[test]
    fn a_few_misfits_are_allowed_when_asked() {
        let mut t = KindTally::default();
        for i in 0..99 {
            t.add(&format!("{:02}.01.2026", i % 28 + 1));
        }
        t.add("31.02.2026");
        assert_eq!(t.kind(), ValueKind::Text);
        assert_eq!(t.kind_allowing(0.02), ValueKind::Date);
        assert_eq!(t.kind_allowing(0.005), ValueKind::Text);
    }

    #[test]
    fn mixed_columns_fall_back() {
        let mut t = KindTally::default();
        for v in ["12", "12,5", ""] {
            t.add(v);
        }
        assert_eq!(t.kind(), ValueKind::Number);
        assert_eq!(t.empty, 1);
        t.add("n/a");
        assert_eq!(t.kind(), ValueKind::Text);
    }
}
