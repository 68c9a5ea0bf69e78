//! The value rewrites fixes are made of: trimming, numbers with the schema's decimal mark,
//! dates in the schema's format, and a change of script. Each takes one cell's text and
//! gives the new text, or `None` when it has nothing to offer.

use std::borrow::Cow;

use crate::core::infer::parse_date;
use crate::core::schema::recipe::TargetScript;
use crate::core::translit::{Script, cyrillic_to_latin, detect_script, latin_to_cyrillic};

/// `text` without leading and trailing white space (no-break spaces too), and with every run of
/// two or more white-space characters inside made one space. A single inner no-break space
/// stays: it may be a thousands separator.
pub fn trim(text: &str) -> Cow<'_, str> {
    let t = text.trim();
    let mut doubled = false;
    let mut prev_space = false;
    for c in t.chars() {
        let space = c.is_whitespace();
        if space && prev_space {
            doubled = true;
            break;
        }
        prev_space = space;
    }
    if !doubled {
        return Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut run = String::new();
    for c in t.chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        match run.chars().count() {
            0 => {}
            1 => out.push_str(&run),
            _ => out.push(' '),
        }
        run.clear();
        out.push(c);
    }
    Cow::Owned(out)
}

/// Whether `trim` would change `text`.
pub fn needs_trim(text: &str) -> bool {
    matches!(trim(text), Cow::Owned(_)) || text.len() != text.trim().len()
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'')
}

/// A number written any common way (`1 234,5`, `1,234.5`, `1.234,5`, `−12`) rewritten with
/// `decimal` as the decimal mark and no thousands separators. For an integer field a single
/// separator followed by exactly three digits is a thousands separator, and a fraction of
/// zeros is dropped. `None` when the text is not a number.
pub fn number(text: &str, decimal: char, integer: bool) -> Option<String> {
    let t = text.trim();
    let (negative, body) = match t.chars().next()? {
        '-' | '\u{2212}' | '\u{2013}' => (true, &t[t.chars().next()?.len_utf8()..]),
        '+' => (false, &t[1..]),
        _ => (false, t),
    };
    let body: String = body.chars().filter(|&c| !is_group_space(c)).collect();
    if body.is_empty()
        || !body.starts_with(|c: char| c.is_ascii_digit())
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    // Which separator, if any, marks the fraction.
    let mark = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => None,
        (0, _) if commas > 1 => None,
        (1, 0) => Some('.'),
        (0, 1) => Some(','),
        _ => {
            // Both: the last one is the decimal mark and must occur once.
            let last = body.rfind(['.', ','])?;
            let mark = body[last..].chars().next()?;
            if body.matches(mark).count() != 1 {
                return None;
            }
            Some(mark)
        }
    };
    let (whole, fraction) = match mark {
        Some(m) => {
            let (w, f) = body.split_once(m)?;
            (w.replace(['.', ','], ""), f.to_owned())
        }
        None => {
            // Several separators of one kind: thousands groups of three digits.
            let groups: Vec<&str> = body.split(['.', ',']).collect();
            if groups.len() > 1 && groups[1..].iter().any(|g| g.len() != 3) {
                return None;
            }
            (groups.concat(), String::new())
        }
    };
    if whole.is_empty() || fraction.contains(['.', ',']) {
        return None;
    }
    let (whole, fraction) = if integer {
        if fraction.is_empty() || fraction.bytes().all(|b| b == b'0') && fraction.len() != 3 {
            (whole, String::new())
        } else if fraction.len() == 3 {
            (whole + &fraction, String::new())
        } else {
            return None;
        }
    } else {
        (whole, fraction)
    };
    let mut out = String::with_capacity(whole.len() + fraction.len() + 2);
    if negative {
        out.push('-');
    }
    out.push_str(&whole);
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(&fraction);
    }
    Some(out)
}

/// A date in any layout officers use (`15.01.2024`, `15/01/2024`, `2024-01-15`, with a time of
/// midnight or a trailing `y.`/`г.`) written in the strftime-style `format` (`%d.%m.%Y`);
/// the ISO layout when the format is unset, `default` or `any`.
pub fn date(text: &str, format: Option<&str>) -> Option<String> {
    let mut t = text.trim();
    for suffix in [" y.", " y", "y.", " г.", " г", "г."] {
        if let Some(s) = t.strip_suffix(suffix) {
            t = s.trim_end();
            break;
        }
    }
    // A date with a midnight time, as spreadsheets export it.
    if let Some((day, time)) = t.split_once([' ', 'T']) {
        let time = time.trim_end_matches('Z');
        if time
            .split(':')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b == b'0'))
        {
            t = day;
        } else {
            return None;
        }
    }
    let (y, m, d) = parse_date(t)?;
    let format = match format {
        None | Some("default" | "any" | "") => "%Y-%m-%d",
        Some(f) => f,
    };
    let mut out = String::with_capacity(10);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'd' => out.push_str(&format!("{d:02}")),
            'm' => out.push_str(&format!("{m:02}")),
            'Y' => out.push_str(&format!("{y:04}")),
            'y' => out.push_str(&format!("{:02}", y.rem_euclid(100))),
            'H' | 'M' | 'S' => out.push_str("00"),
            '%' => out.push('%'),
            _ => return None,
        }
    }
    Some(out)
}

/// `text` in the `to` script, when it is wholly in the other one.
pub fn transliterate(text: &str, to: TargetScript) -> Option<String> {
    match (detect_script(text), to) {
        (Script::Cyrillic, TargetScript::Latin) => Some(cyrillic_to_latin(text)),
        (Script::Latin, TargetScript::Cyrillic) => Some(latin_to_cyrillic(text)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_removes_padding_and_doubled_spaces_only() {
        assert_eq!(trim("  Yunusobod tumani "), "Yunusobod tumani");
        assert_eq!(trim("\u{a0}12\u{a0}"), "12");
        assert_eq!(trim("Mirzo  Ulug\u{2bb}bek"), "Mirzo Ulug\u{2bb}bek");
        assert_eq!(trim("1\u{a0}234"), "1\u{a0}234");
        assert!(matches!(trim("ok"), Cow::Borrowed("ok")));
        assert!(needs_trim(" a") && needs_trim("a  b") && !needs_trim("a b"));
    }

    #[test]
    fn numbers_take_the_schema_decimal_mark() {
        assert_eq!(number("12.5", ',', false).as_deref(), Some("12,5"));
        assert_eq!(number("1 234,5", '.', false).as_deref(), Some("1234.5"));
        assert_eq!(number("1,234.50", ',', false).as_deref(), Some("1234,50"));
        assert_eq!(number("1.234,5", '.', false).as_deref(), Some("1234.5"));
        assert_eq!(number("\u{2212}3,0", '.', false).as_deref(), Some("-3.0"));
        assert_eq!(number("1.234.567", '.', false).as_deref(), Some("1234567"));
        assert_eq!(number("1 234", '.', true).as_deref(), Some("1234"));
        assert_eq!(number("1,234", '.', true).as_deref(), Some("1234"));
        assert_eq!(number("12,0", '.', true).as_deref(), Some("12"));
        assert_eq!(number("12,5", '.', true), None);
        assert_eq!(number("12a", '.', false), None);
        assert_eq!(number("1.23.4", '.', false), None);
        assert_eq!(number("", '.', false), None);
        assert_eq!(number("-", '.', false), None);
    }

    #[test]
    fn dates_are_written_in_the_schema_format() {
        assert_eq!(
            date("2024-01-15", Some("%d.%m.%Y")).as_deref(),
            Some("15.01.2024")
        );
        assert_eq!(date("15/1/2024", None).as_deref(), Some("2024-01-15"));
        assert_eq!(
            date("15.01.2024 00:00:00", Some("%d.%m.%Y")).as_deref(),
            Some("15.01.2024")
        );
        assert_eq!(
            date("15.01.2024 y.", Some("%d.%m.%Y")).as_deref(),
            Some("15.01.2024")
        );
        assert_eq!(date("15.01.2024 10:30", Some("%d.%m.%Y")), None);
        assert_eq!(date("31.02.2024", None), None);
        assert_eq!(date("soon", None), None);
    }

    #[test]
    fn transliteration_only_touches_the_other_script() {
        assert_eq!(
            transliterate("Тошкент", TargetScript::Latin).as_deref(),
            Some("Toshkent")
        );
        assert_eq!(transliterate("Toshkent", TargetScript::Latin), None);
        assert_eq!(
            transliterate("Toshkent", TargetScript::Cyrillic).as_deref(),
            Some("Тошкент")
        );
        assert_eq!(transliterate("123", TargetScript::Cyrillic), None);
    }
}
