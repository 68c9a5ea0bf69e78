//! The order text sorts in: case folded, Latin before Cyrillic, each script in its own
//! alphabet's order. Uzbek Latin puts `oʻ`, `gʻ`, `sh` and `ch` after `z` (any apostrophe
//! look-alike counts); Cyrillic follows Russian order with Uzbek `ў қ ғ ҳ` at the end, as
//! Uzbek Cyrillic dictionaries do. Digits compare as numbers ("Maktab 2" before "Maktab 10");
//! spaces and punctuation count less than any letter or digit.
//!
//! A key is bytes compared as bytes. Each unit's first byte says its class, so units of
//! different widths never get compared part against part: `0x01` a space (1 byte), `0x02`
//! punctuation (4 bytes), `0x03` a run of digits (its length, then the digits), `0x10..` a
//! Latin letter, `0x50..` a Cyrillic letter (1 byte), `0xF0` any other character (4 bytes).
//! No unit starts with `0x00`.

/// Whether `c` is one of the marks that spell the apostrophe of `oʻ`, `gʻ` and `ʼ`.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '‘' | '’' | 'ʻ' | 'ʼ' | '`' | '´' | 'ʹ' | '′' | '‛' | 'ʽ' | 'ʾ' | 'ʿ'
    )
}

const LATIN: &str = "abcdefghijklmnopqrstuvwxyz";
/// Uzbek Latin's letters after `z`, in order.
const OQ: u8 = 0x10 + 26;
const GQ: u8 = OQ + 1;
const SH: u8 = OQ + 2;
const CH: u8 = OQ + 3;
const CYRILLIC: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳ";

/// A Latin letter (already lowercase) with its diacritics taken off.
fn plain_latin(c: char) -> Option<char> {
    let plain = match c {
        'a'..='z' => c,
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ğ' | 'ǵ' => 'g',
        'ş' => 's',
        _ => return None,
    };
    Some(plain)
}

fn cyrillic_weight(c: char) -> Option<u8> {
    CYRILLIC
        .chars()
        .position(|x| x == c)
        .map(|i| 0x50 + i as u8)
}

/// Writes the collation key of `text` into `out` (cleared first).
pub fn collation_key(text: &str, out: &mut Vec<u8>) {
    collation_key_with(text, out, &mut Vec::new());
}

/// [`collation_key`] with a buffer for the text's characters, reused between calls.
pub fn collation_key_with(text: &str, out: &mut Vec<u8>, chars: &mut Vec<char>) {
    out.clear();
    chars.clear();
    chars.extend(text.trim().chars().flat_map(char::to_lowercase));
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            let digits = digits.trim_start_matches('0');
            let digits = if digits.is_empty() { "0" } else { digits };
            out.push(0x03);
            out.push(digits.len().min(255) as u8);
            out.extend_from_slice(digits.as_bytes());
            continue;
        }
        if let Some(p) = plain_latin(c) {
            let weight = match (p, next) {
                ('o', Some(a)) if is_apostrophe(a) => Some(OQ),
                ('g', Some(a)) if is_apostrophe(a) => Some(GQ),
                ('s', Some('h')) => Some(SH),
                ('c', Some('h')) => Some(CH),
                _ => None,
            };
            match weight {
                Some(w) => {
                    out.push(w);
                    i += 2;
                }
                None => {
                    let index = LATIN.find(p).unwrap_or(0) as u8;
                    out.push(0x10 + index);
                    i += 1;
                }
            }
            continue;
        }
        i += 1;
        if is_apostrophe(c) {
            // The tutuq belgisi (ʼ) and stray apostrophes do not change the order.
            continue;
        }
        if let Some(w) = cyrillic_weight(c) {
            out.push(w);
        } else if c.is_whitespace() {
            out.push(0x01);
        } else if !c.is_alphanumeric() {
            push_wide(out, 0x02, c);
        } else {
            push_wide(out, 0xF0, c);
        }
    }
}

fn push_wide(out: &mut Vec<u8>, class: u8, c: char) {
    let n = c as u32;
    out.extend_from_slice(&[class, (n >> 16) as u8, (n >> 8) as u8, n as u8]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut keyed: Vec<(Vec<u8>, String)> = words
            .iter()
            .map(|w| {
                let mut key = Vec::new();
                collation_key(w, &mut key);
                (key, (*w).to_owned())
            })
            .collect();
        keyed.sort();
        keyed.into_iter().map(|(_, w)| w).collect()
    }

    #[test]
    fn case_is_folded_and_uzbek_latin_letters_follow_z() {
        assert_eq!(
            sorted(&[
                "Zomin",
                "oʻrta",
                "Olmaliq",
                "gʻalla",
                "Shahrisabz",
                "Chortoq",
                "andijon",
                "Boston"
            ]),
            [
                "andijon",
                "Boston",
                "Olmaliq",
                "Zomin",
                "oʻrta",
                "gʻalla",
                "Shahrisabz",
                "Chortoq"
            ]
        );
        // Any apostrophe look-alike spells oʻ.
        let (mut a, mut b) = (Vec::new(), Vec::new());
        collation_key("Bo'ston", &mut a);
        collation_key("BOʻSTON", &mut b);
        assert_eq!(a, b);
    }

    #[test]
    fn latin_comes_before_cyrillic_and_uzbek_cyrillic_letters_close_the_alphabet() {
        assert_eq!(
            sorted(&[
                "Яккасарой",
                "Ўрта",
                "Андижон",
                "Qoʻqon",
                "Ёшлик",
                "Ер",
                "Жиззах"
            ]),
            [
                "Qoʻqon",
                "Андижон",
                "Ер",
                "Ёшлик",
                "Жиззах",
                "Яккасарой",
                "Ўрта"
            ]
        );
    }

    #[test]
    fn numbers_inside_text_compare_as_numbers_and_punctuation_counts_less() {
        assert_eq!(
            sorted(&["Maktab 10", "Maktab 2", "Maktab 02a", "Maktab-1", "Maktab"]),
            ["Maktab", "Maktab 2", "Maktab 02a", "Maktab 10", "Maktab-1"]
        );
    }
}
