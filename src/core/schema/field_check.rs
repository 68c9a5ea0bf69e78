//! One schema field compiled for fast checking: its type cast (honouring `format`,
//! `decimalChar`, `groupChar`, `bareNumber`, `trueValues`/`falseValues`) and its constraints
//! (`required`, `minimum`/`maximum` and their exclusive forms, `minLength`/`maxLength`,
//! `pattern`, `enum`), in the order Frictionless applies them. Checking a cell allocates
//! nothing in the common cases.

use std::hash::{Hash, Hasher};

use regex::Regex;
use rustc_hash::{FxHashSet, FxHasher};
use serde_json::Value;

use super::{Field, FieldType};
use crate::core::infer::days_in_month;

/// A cell's value after its type cast, as far as checks need it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cast {
    Null,
    Int(i64),
    Num(f64),
    /// Days since 0000-03-01, for comparisons.
    Date(i64),
    /// Seconds since 0000-03-01.
    DateTime(i64),
    Bool(bool),
    Text,
}

impl Cast {
    /// A number for range comparisons, where the type has one.
    fn ordinal(self) -> Option<f64> {
        match self {
            Cast::Int(i) => Some(i as f64),
            Cast::Num(n) => Some(n),
            Cast::Date(d) | Cast::DateTime(d) => Some(d as f64),
            _ => None,
        }
    }
}

/// The kind of value a successful cast of a field gives, besides [`Cast::Null`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CastType {
    Text,
    Int,
    Num,
    Date,
    DateTime,
    Bool,
}

/// Why a cell failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fail {
    Type,
    /// The constraint's Table Schema name (`minimum`, `pattern` …).
    Constraint(&'static str),
}

#[derive(Debug, Clone)]
enum Kind {
    Any,
    String,
    Integer {
        group: Option<char>,
        bare: bool,
    },
    Number {
        decimal: char,
        group: Option<char>,
        bare: bool,
    },
    Boolean {
        trues: Vec<String>,
        falses: Vec<String>,
    },
    Date(Vec<Token>),
    DateTime(Vec<Token>),
    Year,
}

/// A piece of a date format.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Day,
    Month,
    Year4,
    Year2,
    Hour,
    Minute,
    Second,
    Lit(char),
}

fn compile_format(format: &str) -> Option<Vec<Token>> {
    let mut tokens = Vec::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            tokens.push(match chars.next()? {
                'd' => Token::Day,
                'm' => Token::Month,
                'Y' => Token::Year4,
                'y' => Token::Year2,
                'H' => Token::Hour,
                'M' => Token::Minute,
                'S' => Token::Second,
                '%' => Token::Lit('%'),
                _ => return None,
            });
        } else {
            tokens.push(Token::Lit(c));
        }
    }
    Some(tokens)
}

/// Days from 0000-03-01 (proleptic Gregorian), for ordering dates.
pub fn day_number(y: i64, m: i64, d: i64) -> i64 {
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1
}

/// Parses `text` with a compiled format; gives (days, seconds of the day).
fn parse_with(tokens: &[Token], text: &str) -> Option<(i64, i64)> {
    let b = text.as_bytes();
    let mut i = 0;
    let (mut y, mut mo, mut d, mut h, mut mi, mut s) = (1900i64, 1i64, 1i64, 0i64, 0i64, 0i64);
    let number = |i: &mut usize, min: usize, max: usize| -> Option<i64> {
        let start = *i;
        while *i < b.len() && *i - start < max && b[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i - start < min {
            return None;
        }
        let mut v = 0i64;
        for &c in &b[start..*i] {
            v = v * 10 + i64::from(c - b'0');
        }
        Some(v)
    };
    for t in tokens {
        match t {
            Token::Day => d = number(&mut i, 1, 2)?,
            Token::Month => mo = number(&mut i, 1, 2)?,
            Token::Year4 => y = number(&mut i, 4, 4)?,
            Token::Year2 => {
                let v = number(&mut i, 2, 2)?;
                y = if v < 69 { 2000 + v } else { 1900 + v };
            }
            Token::Hour => h = number(&mut i, 1, 2)?,
            Token::Minute => mi = number(&mut i, 1, 2)?,
            Token::Second => s = number(&mut i, 1, 2)?,
            Token::Lit(c) => {
                let mut buf = [0u8; 4];
                let lit = c.encode_utf8(&mut buf).as_bytes();
                if !b[i..].starts_with(lit) {
                    return None;
                }
                i += lit.len();
            }
        }
    }
    let valid = i == b.len()
        && (1..=12).contains(&mo)
        && d >= 1
        && d <= i64::from(days_in_month(y as i32, mo as u32))
        && h < 24
        && mi < 60
        && s < 61;
    valid.then(|| (day_number(y, mo, d), h * 3600 + mi * 60 + s))
}

/// Whether `c` separates thousands where the schema's `groupChar` is `group`. A space group
/// accepts every space a number is written with (plain, no-break, narrow no-break, thin):
/// Excel and 1C write no-break spaces where a person types plain ones, in one column, and
/// the reader cannot tell them apart. frictionless matches the one character only; Ochiq
/// accepting the others is on purpose (the README says so).
fn same_group(c: char, group: char) -> bool {
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    c == group || (spaces.contains(&group) && spaces.contains(&c))
}

/// Strips group characters and makes the decimal mark a point, into `buf`.
fn normalise_number<'a>(
    text: &str,
    decimal: char,
    group: Option<char>,
    buf: &'a mut [u8; 64],
) -> Option<&'a str> {
    let mut n = 0;
    for c in text.chars() {
        let out = if group.is_some_and(|g| same_group(c, g)) {
            continue;
        } else if c == decimal {
            '.'
        } else if c.is_ascii() {
            c
        } else {
            return None;
        };
        if n >= buf.len() {
            return None;
        }
        buf[n] = out as u8;
        n += 1;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// With `bareNumber: false`, leading and trailing non-digits (`%`, `€`, `so'm`) are allowed.
fn strip_non_bare(text: &str) -> &str {
    text.trim_matches(|c: char| !(c.is_ascii_digit() || c == '-' || c == '+'))
}

/// Numbers are read with the spaces around them trimmed, as frictionless-py reads them (its
/// integer and number fields strip the cell before casting): " 1" is the integer 1, the same
/// value schema inference saw, so a file is never reported wrong against the schema inferred
/// from it. The padding is not hidden: the fixes offer to trim it, and a text column keeps it.
fn parse_integer(text: &str, group: Option<char>, bare: bool) -> Option<i64> {
    let text = text.trim();
    let text = if bare { text } else { strip_non_bare(text) };
    let mut buf = [0u8; 64];
    let plain = normalise_number(text, '\u{0}', group, &mut buf)?;
    let digits = plain.strip_prefix(['-', '+']).unwrap_or(plain);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    plain.parse().ok()
}

/// Trims like [`parse_integer`].
fn parse_number(text: &str, decimal: char, group: Option<char>, bare: bool) -> Option<f64> {
    let text = text.trim();
    let text = if bare { text } else { strip_non_bare(text) };
    let mut buf = [0u8; 64];
    let plain = normalise_number(text, decimal, group, &mut buf)?;
    let ok = !plain.is_empty()
        && plain
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && plain.bytes().any(|b| b.is_ascii_digit());
    if ok {
        plain.parse().ok()
    } else {
        match plain {
            "NaN" | "nan" => Some(f64::NAN),
            "INF" | "inf" | "Infinity" => Some(f64::INFINITY),
            "-INF" | "-inf" | "-Infinity" => Some(f64::NEG_INFINITY),
            _ => None,
        }
    }
}

/// A pattern made only of literal characters and character classes with fixed counts
/// (`17[0-9]{5}`, `\\+998[0-9]{9}`, `[0-9]{2}\\.[0-9]{2}`): the shape of most code patterns,
/// matched directly, several times faster than a general regular expression.
#[derive(Debug, Clone, PartialEq)]
pub struct SimplePattern(Vec<(CharSet, usize)>);

#[derive(Debug, Clone, PartialEq)]
enum CharSet {
    Lit(char),
    /// Inclusive ranges.
    Ranges(Vec<(char, char)>),
}

impl CharSet {
    fn matches(&self, c: char) -> bool {
        match self {
            CharSet::Lit(l) => *l == c,
            CharSet::Ranges(r) => r.iter().any(|(a, b)| (*a..=*b).contains(&c)),
        }
    }
}

impl SimplePattern {
    /// Compiles the pattern when it has the simple shape, else `None` (use a regex).
    pub fn compile(pattern: &str) -> Option<Self> {
        let p = pattern.strip_prefix('^').unwrap_or(pattern);
        let p = p
            .strip_suffix('$')
            .filter(|s| !s.ends_with('\\'))
            .unwrap_or(p);
        let mut chars = p.chars().peekable();
        let mut items = Vec::new();
        while let Some(c) = chars.next() {
            let set = match c {
                '\\' => match chars.next()? {
                    'd' => CharSet::Ranges(vec![('0', '9')]),
                    e if e.is_ascii_punctuation() => CharSet::Lit(e),
                    _ => return None,
                },
                '[' => {
                    let mut ranges = Vec::new();
                    loop {
                        let a = chars.next()?;
                        if a == ']' {
                            break;
                        }
                        if a == '^' || a == '\\' || a == '[' {
                            return None;
                        }
                        if chars.peek() == Some(&'-') {
                            chars.next();
                            let b = chars.next()?;
                            if b == ']' {
                                return None;
                            }
                            ranges.push((a, b));
                        } else {
                            ranges.push((a, a));
                        }
                    }
                    CharSet::Ranges(ranges)
                }
                '.' | '(' | ')' | '|' | '*' | '+' | '?' | '{' | '}' | '^' | '$' | ']' => {
                    return None;
                }
                other => CharSet::Lit(other),
            };
            let mut count = 1;
            if chars.peek() == Some(&'{') {
                chars.next();
                let mut digits = String::new();
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                    if !d.is_ascii_digit() {
                        return None;
                    }
                    digits.push(d);
                }
                count = digits.parse().ok()?;
            }
            if matches!(chars.peek(), Some('*' | '+' | '?')) {
                return None;
            }
            items.push((set, count));
        }
        Some(Self(items))
    }

    pub fn is_match(&self, text: &str) -> bool {
        let mut chars = text.chars();
        for (set, count) in &self.0 {
            for _ in 0..*count {
                match chars.next() {
                    Some(c) if set.matches(c) => {}
                    _ => return false,
                }
            }
        }
        chars.next().is_none()
    }
}

/// A compiled `pattern` constraint.
#[derive(Debug, Clone)]
enum Pattern {
    Simple(SimplePattern),
    Regex(Regex),
}

impl Pattern {
    fn is_match(&self, text: &str) -> bool {
        match self {
            Pattern::Simple(p) => p.is_match(text),
            Pattern::Regex(r) => r.is_match(text),
        }
    }
}

/// Values for `minimum`/`maximum` and `enum`, cast like cells of the field.
#[derive(Debug, Clone)]
enum EnumSet {
    Text(FxHashSet<String>),
    Ordinal(Vec<f64>),
}

#[derive(Debug, Clone)]
pub struct FieldCheck {
    pub name: String,
    kind: Kind,
    pub required: bool,
    pub unique: bool,
    minimum: Option<f64>,
    maximum: Option<f64>,
    exclusive_minimum: Option<f64>,
    exclusive_maximum: Option<f64>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    pattern: Option<Pattern>,
    enum_set: Option<EnumSet>,
    /// Field-level missing values, when the field has its own.
    missing: Option<Vec<String>>,
}

/// A schema problem that stops a check from being applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaProblem {
    pub field: String,
    pub detail: String,
}

impl FieldCheck {
    /// Compiles `field`; problems (a bad pattern or format) are returned beside a check that
    /// leaves that part out.
    pub fn compile(field: &Field) -> (Self, Vec<SchemaProblem>) {
        let mut problems = Vec::new();
        let problem = |problems: &mut Vec<SchemaProblem>, detail: String| {
            problems.push(SchemaProblem {
                field: field.name.clone(),
                detail,
            });
        };
        let single = |s: &Option<String>| s.as_ref().and_then(|v| v.chars().next());
        let bare = field.bare_number.unwrap_or(true);
        let kind =
            match field.field_type {
                FieldType::String => Kind::String,
                FieldType::Integer => Kind::Integer {
                    group: single(&field.group_char),
                    bare,
                },
                FieldType::Number => Kind::Number {
                    decimal: single(&field.decimal_char).unwrap_or('.'),
                    group: single(&field.group_char),
                    bare,
                },
                FieldType::Boolean => Kind::Boolean {
                    trues: field.true_values.clone().unwrap_or_else(|| {
                        ["true", "True", "TRUE", "1"].map(String::from).to_vec()
                    }),
                    falses: field.false_values.clone().unwrap_or_else(|| {
                        ["false", "False", "FALSE", "0"].map(String::from).to_vec()
                    }),
                },
                FieldType::Date | FieldType::Datetime => {
                    let is_date = field.field_type == FieldType::Date;
                    let default = if is_date {
                        "%Y-%m-%d"
                    } else {
                        "%Y-%m-%dT%H:%M:%SZ"
                    };
                    let format = match field.format.as_deref() {
                        None | Some("default") | Some("any") => default,
                        Some(f) => f,
                    };
                    match compile_format(format) {
                        Some(tokens) if is_date => Kind::Date(tokens),
                        Some(tokens) => Kind::DateTime(tokens),
                        None => {
                            problem(&mut problems, format!("unsupported format {format}"));
                            Kind::Any
                        }
                    }
                }
                FieldType::Year => Kind::Year,
                _ => Kind::Any,
            };
        let mut check = FieldCheck {
            name: field.name.clone(),
            kind,
            required: field.constraints.required,
            unique: field.constraints.unique,
            minimum: None,
            maximum: None,
            exclusive_minimum: None,
            exclusive_maximum: None,
            min_length: field.constraints.min_length.map(|n| n as usize),
            max_length: field.constraints.max_length.map(|n| n as usize),
            pattern: None,
            enum_set: None,
            missing: field
                .extra
                .get("missingValues")
                .and_then(|v| serde_json::from_value(v.clone()).ok()),
        };
        let c = &field.constraints;
        check.minimum = c.minimum.as_ref().and_then(|v| check.bound(v));
        check.maximum = c.maximum.as_ref().and_then(|v| check.bound(v));
        check.exclusive_minimum = c.exclusive_minimum.as_ref().and_then(|v| check.bound(v));
        check.exclusive_maximum = c.exclusive_maximum.as_ref().and_then(|v| check.bound(v));
        if let Some(p) = &c.pattern {
            // Checked as a regex even when matched directly, so a bad pattern is reported.
            match Regex::new(&format!("^(?:{p})$")) {
                Ok(re) => {
                    check.pattern = Some(match SimplePattern::compile(p) {
                        Some(simple) => Pattern::Simple(simple),
                        None => Pattern::Regex(re),
                    });
                }
                Err(e) => problem(&mut problems, format!("pattern {p}: {e}")),
            }
        }
        if let Some(values) = &c.enum_values {
            check.enum_set = Some(match check.kind {
                Kind::Integer { .. }
                | Kind::Number { .. }
                | Kind::Date(_)
                | Kind::DateTime(_)
                | Kind::Year => {
                    EnumSet::Ordinal(values.iter().filter_map(|v| check.bound(v)).collect())
                }
                _ => EnumSet::Text(values.iter().map(value_text).collect()),
            });
        }
        (check, problems)
    }

    /// A constraint value cast like a cell of this field.
    fn bound(&self, value: &Value) -> Option<f64> {
        match value {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => match self.cast(s) {
                Ok(cast) => cast.ordinal(),
                Err(_) => parse_with(
                    &[
                        Token::Year4,
                        Token::Lit('-'),
                        Token::Month,
                        Token::Lit('-'),
                        Token::Day,
                    ],
                    s,
                )
                .map(|(d, _)| d as f64),
            },
            _ => None,
        }
    }

    pub fn is_missing(&self, text: &str, schema_missing: &[String]) -> bool {
        let list = self.missing.as_deref().unwrap_or(schema_missing);
        list.iter().any(|m| m == text)
    }

    /// The type cast alone.
    pub fn cast(&self, text: &str) -> Result<Cast, Fail> {
        let ok = |c: Option<Cast>| c.ok_or(Fail::Type);
        match &self.kind {
            Kind::Any | Kind::String => Ok(Cast::Text),
            Kind::Integer { group, bare } => ok(parse_integer(text, *group, *bare).map(Cast::Int)),
            Kind::Number {
                decimal,
                group,
                bare,
            } => ok(parse_number(text, *decimal, *group, *bare).map(Cast::Num)),
            Kind::Boolean { trues, falses } => {
                if trues.iter().any(|t| t == text) {
                    Ok(Cast::Bool(true))
                } else if falses.iter().any(|f| f == text) {
                    Ok(Cast::Bool(false))
                } else {
                    Err(Fail::Type)
                }
            }
            Kind::Date(tokens) => ok(parse_with(tokens, text).map(|(d, _)| Cast::Date(d))),
            Kind::DateTime(tokens) => {
                ok(parse_with(tokens, text).map(|(d, s)| Cast::DateTime(d * 86_400 + s)))
            }
            Kind::Year => {
                let year = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
                ok(year.then(|| text.parse().ok()).flatten().map(Cast::Int))
            }
        }
    }

    /// What [`FieldCheck::cast`] gives for a cell that fits: a date field whose format could
    /// not be compiled is read as text.
    pub fn cast_type(&self) -> CastType {
        match self.kind {
            Kind::Any | Kind::String => CastType::Text,
            Kind::Integer { .. } | Kind::Year => CastType::Int,
            Kind::Number { .. } => CastType::Num,
            Kind::Boolean { .. } => CastType::Bool,
            Kind::Date(_) => CastType::Date,
            Kind::DateTime(_) => CastType::DateTime,
        }
    }

    /// Casts a non-missing cell and applies the constraints, in Frictionless's order.
    pub fn check(&self, text: &str) -> Result<Cast, Fail> {
        let cast = self.cast(text)?;
        if let Some(x) = cast.ordinal() {
            if self.minimum.is_some_and(|m| x < m) {
                return Err(Fail::Constraint("minimum"));
            }
            if self.maximum.is_some_and(|m| x > m) {
                return Err(Fail::Constraint("maximum"));
            }
            if self.exclusive_minimum.is_some_and(|m| x <= m) {
                return Err(Fail::Constraint("exclusiveMinimum"));
            }
            if self.exclusive_maximum.is_some_and(|m| x >= m) {
                return Err(Fail::Constraint("exclusiveMaximum"));
            }
        }
        if self.min_length.is_some() || self.max_length.is_some() {
            let len = text.chars().count();
            if self.min_length.is_some_and(|m| len < m) {
                return Err(Fail::Constraint("minLength"));
            }
            if self.max_length.is_some_and(|m| len > m) {
                return Err(Fail::Constraint("maxLength"));
            }
        }
        if let Some(re) = &self.pattern
            && matches!(cast, Cast::Text)
            && !re.is_match(text)
        {
            return Err(Fail::Constraint("pattern"));
        }
        match &self.enum_set {
            Some(EnumSet::Text(set)) if !set.contains(text) => Err(Fail::Constraint("enum")),
            Some(EnumSet::Ordinal(values)) => {
                let x = cast.ordinal();
                if values.iter().any(|v| Some(*v) == x) {
                    Ok(cast)
                } else {
                    Err(Fail::Constraint("enum"))
                }
            }
            _ => Ok(cast),
        }
    }

    /// The type name and format, for messages (`date/%d.%m.%Y`).
    pub fn type_label(&self, field: &Field) -> String {
        match &field.format {
            Some(f) => format!("{}/{f}", field.field_type.name()),
            None => field.field_type.name().to_owned(),
        }
    }
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A 64-bit key of a cast value for uniqueness: `1` and `01` are the same integer.
pub fn unique_key(cast: Cast, text: &str) -> u64 {
    let mut h = FxHasher::default();
    match cast {
        Cast::Int(i) => (0u8, i).hash(&mut h),
        Cast::Num(n) => (1u8, n.to_bits()).hash(&mut h),
        Cast::Date(d) | Cast::DateTime(d) => (2u8, d).hash(&mut h),
        Cast::Bool(b) => (3u8, b).hash(&mut h),
        Cast::Text | Cast::Null => (4u8, text).hash(&mut h),
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::schema::Constraints;
    use serde_json::json;

    fn compiled(field: Field) -> FieldCheck {
        let (check, problems) = FieldCheck::compile(&field);
        assert!(problems.is_empty(), "{problems:?}");
        check
    }

    #[test]
    fn numbers_with_decimal_comma_and_groups() {
        let mut f = Field::new("summa", FieldType::Number);
        f.decimal_char = Some(",".into());
        f.group_char = Some(" ".into());
        f.constraints.minimum = Some(json!(0));
        let c = compiled(f);
        assert_eq!(c.check("1 250 300,50"), Ok(Cast::Num(1_250_300.5)));
        assert_eq!(c.check("12,3x"), Err(Fail::Type));
        assert_eq!(c.check("-1,5"), Err(Fail::Constraint("minimum")));
        // As frictionless-py does, a point still reads as a decimal mark.
        assert_eq!(c.check("12.5"), Ok(Cast::Num(12.5)));
    }

    #[test]
    fn integers_and_bare_numbers() {
        let c = compiled(Field::new("n", FieldType::Integer));
        assert_eq!(c.check("-5"), Ok(Cast::Int(-5)));
        assert_eq!(
            c.check(" 1"),
            Ok(Cast::Int(1)),
            "padded, as frictionless reads it"
        );
        assert_eq!(c.check(" "), Err(Fail::Type));
        assert_eq!(c.check("1 250"), Err(Fail::Type));
        assert_eq!(c.check("1.0"), Err(Fail::Type));
        let mut f = Field::new("n", FieldType::Integer);
        f.bare_number = Some(false);
        assert_eq!(compiled(f).check("15 %"), Ok(Cast::Int(15)));
    }

    #[test]
    fn dates_in_their_format_with_calendar_checks() {
        let mut f = Field::new("sana", FieldType::Date);
        f.format = Some("%d.%m.%Y".into());
        f.constraints = Constraints {
            minimum: Some(json!("2020-01-01")),
            ..Constraints::default()
        };
        let c = compiled(f);
        assert!(matches!(c.check("05.01.2026"), Ok(Cast::Date(_))));
        assert!(matches!(c.check("5.1.2026"), Ok(Cast::Date(_))));
        assert_eq!(c.check("31.02.2023"), Err(Fail::Type));
        assert_eq!(c.check("2026-01-05"), Err(Fail::Type));
        assert_eq!(c.check("31.12.2019"), Err(Fail::Constraint("minimum")));
        let iso = compiled(Field::new("d", FieldType::Date));
        assert!(iso.check("2024-02-29").is_ok());
        assert_eq!(iso.check("2023-02-29"), Err(Fail::Type));
    }

    #[test]
    fn patterns_are_whole_value_matches() {
        let mut f = Field::new("soato", FieldType::String);
        f.constraints.pattern = Some("17[0-9]{5}".into());
        let c = compiled(f);
        assert!(c.check("1703202").is_ok());
        assert_eq!(c.check("17032021"), Err(Fail::Constraint("pattern")));
        let mut bad = Field::new("x", FieldType::String);
        bad.constraints.pattern = Some("(".into());
        assert_eq!(FieldCheck::compile(&bad).1.len(), 1);
    }

    #[test]
    fn simple_patterns_match_like_the_regex() {
        let cases = [
            ("^17[0-9]{5}$", "1703202", true),
            ("^17[0-9]{5}$", "1803202", false),
            ("^17[0-9]{5}$", "17032021", false),
            ("^[0-9]{2}\\.[0-9]{2}$", "62.11", true),
            ("^[0-9]{2}\\.[0-9]{2}$", "4711", false),
            ("^\\+998[0-9]{9}$", "+998901157726", true),
            ("^\\+998[0-9]{9}$", "90 123 45 67", false),
            ("[A-Z]{2}\\d{7}", "AA1234567", true),
            ("[A-Z]{2}\\d{7}", "aa1234567", false),
            ("ID-[0-9a-f]{4}", "ID-0fa9", true),
        ];
        for (pattern, text, expected) in cases {
            let simple = SimplePattern::compile(pattern).unwrap_or_else(|| panic!("{pattern}"));
            assert_eq!(simple.is_match(text), expected, "{pattern} on {text}");
            let re = Regex::new(&format!("^(?:{pattern})$")).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(re.is_match(text), expected, "regex {pattern} on {text}");
        }
        for complex in ["a+", "(a|b)", "[^0-9]", "x{1,3}", "a.b", "\\w+"] {
            assert!(SimplePattern::compile(complex).is_none(), "{complex}");
        }
    }

    #[test]
    fn enum_length_and_booleans() {
        let mut f = Field::new("status", FieldType::String);
        f.constraints.enum_values = Some(vec![json!("faol"), json!("nofaol")]);
        f.constraints.max_length = Some(5);
        let c = compiled(f);
        assert!(c.check("faol").is_ok());
        assert_eq!(c.check("aktiv"), Err(Fail::Constraint("enum")));
        assert_eq!(c.check("nofaol"), Err(Fail::Constraint("maxLength")));
        let b = compiled(Field::new("b", FieldType::Boolean));
        assert_eq!(b.check("TRUE"), Ok(Cast::Bool(true)));
        assert_eq!(b.check("ha"), Err(Fail::Type));
        let mut n = Field::new("n", FieldType::Integer);
        n.constraints.enum_values = Some(vec![json!(1), json!(2)]);
        assert!(compiled(n).check("2").is_ok());
    }

    #[test]
    fn unique_keys_compare_cast_values() {
        assert_eq!(
            unique_key(Cast::Int(1), "1"),
            unique_key(Cast::Int(1), "01")
        );
        assert_ne!(unique_key(Cast::Text, "a"), unique_key(Cast::Text, "b"));
    }
}
