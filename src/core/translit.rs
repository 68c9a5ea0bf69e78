//! Uzbek Latin ↔ Cyrillic transliteration: the letter rules of the 1995 Uzbek Latin alphabet
//! and its orthography rules against the Uzbek Cyrillic alphabet, as pure string functions
//! (no I/O, no state). Latin output always uses `ʻ` (U+02BB) in `oʻ`/`gʻ` and `ʼ` (U+02BC)
//! for the tutuq belgisi; Latin input may use any apostrophe look-alike.
//!
//! Rules chosen where the two scripts do not map one to one:
//! - **е / э / ye.** Cyrillic `е` is `ye` at the start of a word and after a vowel, `ъ` or
//!   `ь` (`ер` → `yer`, `қаерда` → `qayerda`), `e` after a consonant; `э` is always `e`.
//!   Latin `e` is `э` at the start of a word or after a vowel (`ekspert` → `эксперт`,
//!   `poema` → `поэма`) and `е` after a consonant; `ye` is `е` at the start of a word or after
//!   a vowel, and after a consonant it is `ъе` following б, д, з, с, н (`obyekt` → `объект`)
//!   or `ье` following other consonants (`pyesa` → `пьеса`): Uzbek Cyrillic has no `йе`.
//! - **ц.** Cyrillic→Latin follows the official rule: `ts` after a vowel
//!   (`федерация` → `federatsiya`), `s` at the start of a word or after a consonant
//!   (`цирк` → `sirk`, `функция` → `funksiya`). Latin→Cyrillic reads `ts` as `ц` only at the
//!   start of a word (`tsement`), before `e` (`protsent`) and before `i` + `y`/vowel
//!   (`-tsiya`, `statsionar`); elsewhere it is т + с (`otsiz`, `bitsin`). Loanwords whose `ц`
//!   is written `s` are restored only from a short stem list (`aksiya`, `sement`, …).
//! - **ь.** Cyrillic→Latin drops it (`мольберт` → `molbert`), except `ьо` → `yo`
//!   (`батальон` → `batalyon`). Latin→Cyrillic cannot know where it was; it is restored only
//!   for the month names (whole word `sentabr` → `сентябрь`; with a suffix, Uzbek Cyrillic
//!   drops it: `sentabrdan` → `сентябрдан`) and `kompyuter`. `сентябрь`/`октябрь` are
//!   `sentabr`/`oktabr` in Latin, as the orthography prescribes.
//! - **ъ.** Written `ʼ`, except after `ў` (`мўъжиза` → `moʻjiza`) and between a consonant and
//!   е/ё/ю/я in Russian loans (`объект` → `obyekt`), where it is dropped. `сҳ` is written
//!   `sʼh` so that it is not read as `sh` (`Исҳоқ` ↔ `Isʼhoq`).
//! - **Capitals.** A Cyrillic capital becomes a capitalised digraph (`Ш` → `Sh`) unless the
//!   neighbouring letter is a capital too (`ШАҲАР` → `SHAHAR`, `ЖШШИР` → `JSHSHIR`).
//! - **Left alone.** Each function leaves text in the other script unchanged. Latin→Cyrillic
//!   also leaves words that cannot be Uzbek Latin (with `c` not before `h`, `w`, or letters
//!   such as `é`), a few foreign acronyms (`JSON`, `USD`, …), and web or e-mail addresses and
//!   file names (`data.egov.uz`, `info@stat.uz`, `aholi.csv`).

/// The script a text is written in, as far as its letters tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Only Latin letters.
    Latin,
    /// Only Cyrillic letters.
    Cyrillic,
    /// Letters of both scripts (say, Cyrillic text with `CSV` in it).
    Mixed,
    /// No letters at all (empty, digits, punctuation).
    None,
}

/// The script of `text`: Latin if all its letters are Latin (ASCII or Latin-1/Extended-A/B),
/// Cyrillic if all are Cyrillic, `Mixed` if it has both, `None` if it has no letters.
/// Apostrophes and the modifier letters `ʻ` `ʼ` do not count as letters.
pub fn detect_script(text: &str) -> Script {
    let mut latin = false;
    let mut cyrillic = false;
    for c in text.chars().filter(|&c| is_letter(c)) {
        if is_cyrillic(c) {
            cyrillic = true;
        } else if is_latin_letter(c) {
            latin = true;
        }
    }
    match (latin, cyrillic) {
        (true, true) => Script::Mixed,
        (true, false) => Script::Latin,
        (false, true) => Script::Cyrillic,
        (false, false) => Script::None,
    }
}

/// Uzbek Latin text with its apostrophes made standard: `ʻ` (U+02BB) in `oʻ` and `gʻ`, `ʼ`
/// (U+02BC) for the tutuq belgisi, whichever look-alike (`'` `‘` `’` `` ` `` `´` `ʻ` `ʼ`)
/// the input used. Only apostrophes that follow a Latin letter inside a word are touched: an
/// apostrophe after `g` is always `gʻ`; one after `o` or another letter counts as part of the
/// word when a letter follows it or when it is already `ʻ`/`ʼ`. Other apostrophes (quotation
/// marks such as in `'Toshkent'`) are left as they are.
pub fn normalize_apostrophes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !is_letter(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let end = word_end(&chars, i);
        let w = &chars[i..end];
        for (j, &c) in w.iter().enumerate() {
            let after = if j > 0 && w[j - 1].is_ascii_alphabetic() {
                Some(w[j - 1].to_ascii_lowercase())
            } else {
                None
            };
            let fixed = match after {
                Some(_) if !is_apostrophe(c) => c,
                Some('g') => OKINA,
                Some('o') if modifier_context(w, j) => OKINA,
                Some(_) if modifier_context(w, j) => TUTUQ,
                _ => c,
            };
            out.push(fixed);
        }
        i = end;
    }
    out
}

/// Uzbek Latin text in Cyrillic script.
///
/// Cyrillic letters, digits, punctuation and words that are not Uzbek Latin pass through
/// unchanged; see the module documentation for the rules of the ambiguous letters.
pub fn latin_to_cyrillic(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for chunk in whitespace_chunks(text) {
        if chunk.starts_with(char::is_whitespace) || looks_like_address(chunk) {
            out.push_str(chunk);
            continue;
        }
        let chars: Vec<char> = chunk.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if is_letter(chars[i]) {
                let end = word_end(&chars, i);
                latin_word_to_cyrillic(&chars[i..end], &mut out);
                i = end;
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// Uzbek Cyrillic text in Latin script.
///
/// Latin letters, digits and punctuation pass through unchanged, as do Cyrillic letters that
/// are not Uzbek (Kazakh `ә`, Ukrainian `і`, …); Russian `щ` and `ы` become `sh` and `i`.
pub fn cyrillic_to_latin(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        if is_letter(chars[i]) {
            let end = word_end(&chars, i);
            cyrillic_word_to_latin(&chars[i..end], &mut out);
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/// `ʻ` MODIFIER LETTER TURNED COMMA, the official sign in `oʻ` and `gʻ`.
const OKINA: char = '\u{02BB}';
/// `ʼ` MODIFIER LETTER APOSTROPHE, the official tutuq belgisi.
const TUTUQ: char = '\u{02BC}';

/// Every character people type for the sign in `oʻ`, `gʻ` and for the tutuq belgisi.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\u{02BB}' | '\u{02BC}' | '\'' | '\u{2018}' | '\u{2019}' | '`' | '\u{00B4}'
    )
}

/// The two apostrophes that are letters, never quotation marks.
fn is_modifier_letter(c: char) -> bool {
    c == OKINA || c == TUTUQ
}

/// A letter proper (`ʻ` and `ʼ` are alphabetic to Unicode but are handled as apostrophes).
fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !is_apostrophe(c)
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic())
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// The end of the word that starts at `start` (a letter): letters and the apostrophes among
/// or right after them.
fn word_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    while end < chars.len() && (is_letter(chars[end]) || is_apostrophe(chars[end])) {
        end += 1;
    }
    end
}

/// Whether the apostrophe at `w[j]` belongs to the word: a letter follows it, or it is one of
/// the modifier letters `ʻ` `ʼ` (which may end a word, as in `manʼ`).
fn modifier_context(w: &[char], j: usize) -> bool {
    w.get(j).is_some_and(|&c| is_apostrophe(c))
        && (is_modifier_letter(w[j]) || w.get(j + 1).is_some_and(|&c| is_letter(c)))
}

/// What came before the current letter, for the rules of е, э, ц and ъ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// Start of a word.
    Start,
    Vowel,
    Consonant,
    /// ъ, ь or the tutuq belgisi.
    Sign,
}

fn cyrillic_class(lower: char) -> Prev {
    match lower {
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ў' | 'э' | 'ю' | 'я' | 'ы' => Prev::Vowel,
        'ъ' | 'ь' => Prev::Sign,
        _ => Prev::Consonant,
    }
}

fn latin_class(c: char) -> Prev {
    match lower(c) {
        'a' | 'e' | 'i' | 'o' | 'u' => Prev::Vowel,
        c if is_apostrophe(c) => Prev::Sign,
        _ => Prev::Consonant,
    }
}

/// How the letters of a stem are capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CasePattern {
    Lower,
    Title,
    Upper,
}

impl CasePattern {
    fn of(chars: &[char]) -> Self {
        let mut letters = chars.iter().filter(|&&c| is_letter(c));
        match letters.next() {
            Some(first) if first.is_uppercase() => {
                let rest: Vec<&char> = letters.collect();
                if !rest.is_empty() && rest.iter().all(|c| c.is_uppercase()) {
                    CasePattern::Upper
                } else {
                    CasePattern::Title
                }
            }
            _ => CasePattern::Lower,
        }
    }

    fn push(self, out: &mut String, s: &str) {
        match self {
            CasePattern::Lower => out.push_str(s),
            CasePattern::Upper => out.push_str(&s.to_uppercase()),
            CasePattern::Title => push_title(out, s),
        }
    }
}

fn push_title(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}

fn push_cased(out: &mut String, c: char, upper: bool) {
    if upper {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// `text` cut into alternating runs of whitespace and non-whitespace.
fn whitespace_chunks(text: &str) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (idx, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space != Some(space) {
            if idx > start {
                chunks.push(&text[start..idx]);
            }
            start = idx;
            in_space = Some(space);
        }
    }
    if start < text.len() {
        chunks.push(&text[start..]);
    }
    chunks
}

// ---------------------------------------------------------------------------------------------
// Latin → Cyrillic
// ---------------------------------------------------------------------------------------------

/// Words whose Cyrillic spelling the letter rules cannot find: (Latin stem, Cyrillic stem,
/// Cyrillic spelling when the stem is the whole word). Matched at the start of a word, so
/// suffixed forms work too (`sentabrdan` → `сентябрдан`, `aksiyadorlik` → `акциядорлик`).
const LATIN_STEMS: &[(&str, &str, Option<&str>)] = &[
    ("yanvar", "январ", Some("январь")),
    ("fevral", "феврал", Some("февраль")),
    ("aprel", "апрел", Some("апрель")),
    ("iyun", "июн", Some("июнь")),
    ("iyul", "июл", Some("июль")),
    ("sentabr", "сентябр", Some("сентябрь")),
    ("oktabr", "октябр", Some("октябрь")),
    ("noyabr", "ноябр", Some("ноябрь")),
    ("dekabr", "декабр", Some("декабрь")),
    ("kompyuter", "компьютер", None),
    // ц written `s` at the start of a word or after a consonant.
    ("aksiya", "акция", None),
    ("aksiz", "акциз", None),
    ("funksiya", "функция", None),
    ("stansiya", "станция", None),
    ("kvitansiya", "квитанция", None),
    ("konsert", "концерт", None),
    ("konsern", "концерн", None),
    ("konsepsiya", "концепция", None),
    ("prinsip", "принцип", None),
    ("sement", "цемент", None),
    ("sentner", "центнер", None),
    ("sentr", "центр", None),
];

/// Latin-script words common in data that are not Uzbek and stay as they are.
const FOREIGN_WORDS: &[&str] = &[
    "API", "EUR", "GDP", "GIS", "GPS", "HTML", "HTTP", "HTTPS", "ID", "IP", "ISO", "IT", "JSON",
    "ODS", "PDF", "QR", "RUB", "SMS", "SQL", "USB", "USD", "UTF", "UZS", "XLS", "XLSX", "XML",
    "ZIP",
];

/// Endings that make `name.ending` a domain or a file name rather than two words.
const ADDRESS_ENDINGS: &[&str] = &[
    "uz", "ru", "com", "org", "net", "gov", "edu", "info", "io", "csv", "tsv", "txt", "xls",
    "xlsx", "ods", "odt", "json", "xml", "pdf", "doc", "docx", "zip", "html", "htm", "png", "jpg",
    "jpeg",
];

/// Whether a whitespace-free chunk is a web or e-mail address or a file name.
fn looks_like_address(chunk: &str) -> bool {
    let lower = chunk.to_lowercase();
    if lower.contains("://") || lower.starts_with("www.") || chunk.contains('@') {
        return true;
    }
    let trimmed = lower
        .trim_start_matches(|c: char| c.is_ascii_punctuation())
        .trim_end_matches(|c: char| c.is_ascii_punctuation());
    let Some(dot) = trimmed.rfind('.') else {
        return false;
    };
    let (before, ending) = (&trimmed[..dot], &trimmed[dot + 1..]);
    before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && ADDRESS_ENDINGS.contains(&ending)
}

/// Whether a word is left as it is: it has a letter no Uzbek Latin word has, or is a known
/// foreign word.
fn latin_word_passes_through(w: &[char]) -> bool {
    for (k, &c) in w.iter().enumerate() {
        if !is_letter(c) || is_cyrillic(c) {
            continue;
        }
        match c.to_ascii_lowercase() {
            'w' => return true,
            'c' if !w.get(k + 1).is_some_and(|n| n.eq_ignore_ascii_case(&'h')) => return true,
            _ if !c.is_ascii() => return true,
            _ => {}
        }
    }
    let letters: String = w.iter().filter(|&&c| is_letter(c)).collect();
    FOREIGN_WORDS.contains(&letters.as_str())
}

/// The Cyrillic letter for a lowercase Latin letter that maps one to one.
fn latin_letter(l: char) -> Option<char> {
    Some(match l {
        'a' => 'а',
        'b' => 'б',
        'd' => 'д',
        'f' => 'ф',
        'g' => 'г',
        'h' => 'ҳ',
        'i' => 'и',
        'j' => 'ж',
        'k' => 'к',
        'l' => 'л',
        'm' => 'м',
        'n' => 'н',
        'o' => 'о',
        'p' => 'п',
        'q' => 'қ',
        'r' => 'р',
        's' => 'с',
        't' => 'т',
        'u' => 'у',
        'v' => 'в',
        'x' => 'х',
        'y' => 'й',
        'z' => 'з',
        _ => return None,
    })
}

/// Whether the `ts` at `lower[i..i + 2]` is ц: at the start of a word, before `e`, or before
/// `i` followed by `y` or a vowel (`-tsiya`, `-tsion`).
fn ts_is_tse(lower: &[char], i: usize, prev: Prev) -> bool {
    let at = |k: usize| lower.get(i + k).copied();
    prev == Prev::Start
        || at(2) == Some('e')
        || (at(2) == Some('i') && matches!(at(3), Some('y' | 'a' | 'o' | 'u' | 'e')))
}

fn latin_word_to_cyrillic(w: &[char], out: &mut String) {
    if latin_word_passes_through(w) {
        out.extend(w);
        return;
    }
    let lw: Vec<char> = w.iter().map(|&c| lower(c)).collect();
    let mut i = 0;
    let mut prev = Prev::Start;
    // The last Cyrillic letter written, lowercase, to choose between ъе and ье.
    let mut last = '\0';

    let stem = LATIN_STEMS.iter().find(|(latin, _, _)| {
        latin.chars().count() <= lw.len() && latin.chars().zip(&lw).all(|(a, &b)| a == b)
    });
    if let Some(&(latin, cyrillic, whole)) = stem {
        let n = latin.chars().count();
        let whole_word = !w[n..].iter().any(|&c| is_letter(c));
        let text = match whole {
            Some(whole) if whole_word => whole,
            _ => cyrillic,
        };
        CasePattern::of(&w[..n]).push(out, text);
        last = text.chars().next_back().unwrap_or('\0');
        prev = cyrillic_class(last);
        i = n;
    }

    while i < w.len() {
        let c = w[i];
        let upper = c.is_uppercase();
        let at = |k: usize| lw.get(i + k).copied();
        let (cyr, step, class): (char, usize, Prev) = if is_apostrophe(c) {
            // Reached only when no o/g/s before it took it.
            if i > 0 && w[i - 1].is_ascii_alphabetic() && modifier_context(w, i) {
                let next_upper = w
                    .get(i + 1)
                    .is_none_or(|&n| !is_letter(n) || n.is_uppercase());
                push_cased(out, 'ъ', w[i - 1].is_uppercase() && next_upper);
                last = 'ъ';
                prev = Prev::Sign;
            } else {
                out.push(c);
            }
            i += 1;
            continue;
        } else if !c.is_ascii() {
            // A Cyrillic letter in a mixed word: keep it.
            out.push(c);
            last = lower(c);
            prev = cyrillic_class(last);
            i += 1;
            continue;
        } else {
            match lw[i] {
                's' if at(1) == Some('h') => ('ш', 2, Prev::Consonant),
                // `sʼh`: the apostrophe only keeps s and h apart.
                's' if at(1).is_some_and(is_apostrophe) && at(2) == Some('h') => {
                    push_cased(out, 'с', upper);
                    push_cased(out, 'ҳ', w[i + 2].is_uppercase());
                    last = 'ҳ';
                    prev = Prev::Consonant;
                    i += 3;
                    continue;
                }
                'c' if at(1) == Some('h') => ('ч', 2, Prev::Consonant),
                'o' if modifier_context(w, i + 1) => ('ў', 2, Prev::Vowel),
                'g' if at(1).is_some_and(is_apostrophe) => ('ғ', 2, Prev::Consonant),
                'y' => match at(1) {
                    Some('a') => ('я', 2, Prev::Vowel),
                    Some('u') => ('ю', 2, Prev::Vowel),
                    Some('o') if !modifier_context(w, i + 2) => ('ё', 2, Prev::Vowel),
                    Some('e') => {
                        if prev == Prev::Consonant {
                            let sign = if matches!(last, 'б' | 'д' | 'з' | 'с' | 'н') {
                                'ъ'
                            } else {
                                'ь'
                            };
                            push_cased(out, sign, upper);
                        }
                        ('е', 2, Prev::Vowel)
                    }
                    _ => ('й', 1, Prev::Consonant),
                },
                'e' if prev == Prev::Consonant => ('е', 1, Prev::Vowel),
                'e' => ('э', 1, Prev::Vowel),
                't' if at(1) == Some('s') && ts_is_tse(&lw, i, prev) => ('ц', 2, Prev::Consonant),
                l => match latin_letter(l) {
                    Some(cyr) => (cyr, 1, latin_class(l)),
                    None => {
                        out.push(c);
                        prev = Prev::Consonant;
                        i += 1;
                        continue;
                    }
                },
            }
        };
        push_cased(out, cyr, upper);
        last = cyr;
        prev = class;
        i += step;
    }
}

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin
// ---------------------------------------------------------------------------------------------

/// Cyrillic stems whose Latin spelling the letter rules cannot find (orthography rule: я is
/// written `a` in these two month names).
const CYRILLIC_STEMS: &[(&str, &str)] = &[("сентябр", "sentabr"), ("октябр", "oktabr")];

/// Whether an uppercase letter at `w[i]` stands in an all-capitals context: the next cased
/// letter of the word is a capital, or, at the end of the word, the one before it is.
fn all_caps_context(w: &[char], i: usize) -> bool {
    let cased = |c: &&char| c.is_uppercase() || c.is_lowercase();
    match w[i + 1..].iter().find(cased) {
        Some(next) => next.is_uppercase(),
        None => w[..i]
            .iter()
            .rev()
            .find(cased)
            .is_some_and(|p| p.is_uppercase()),
    }
}

fn cyrillic_word_to_latin(w: &[char], out: &mut String) {
    if !w.iter().any(|&c| is_cyrillic(c)) {
        out.extend(w);
        return;
    }
    let lw: Vec<char> = w.iter().map(|&c| lower(c)).collect();
    let mut i = 0;
    let mut prev = Prev::Start;
    let mut last = '\0';

    let stem = CYRILLIC_STEMS.iter().find(|(cyrillic, _)| {
        cyrillic.chars().count() <= lw.len() && cyrillic.chars().zip(&lw).all(|(a, &b)| a == b)
    });
    if let Some(&(cyrillic, latin)) = stem {
        let n = cyrillic.chars().count();
        CasePattern::of(&w[..n]).push(out, latin);
        last = lw[n - 1];
        prev = Prev::Consonant;
        i = n;
    }

    while i < w.len() {
        let c = w[i];
        let l = lw[i];
        if !is_cyrillic(c) {
            out.push(c);
            prev = latin_class(c);
            last = l;
            i += 1;
            continue;
        }
        let next = lw.get(i + 1).copied();
        let latin = match l {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' if prev == Prev::Consonant => "e",
            'е' => "ye",
            'ё' => "yo",
            'ж' => "j",
            'з' => "z",
            'и' | 'ы' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' if next == Some('ҳ') => "s\u{02BC}",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "x",
            'ц' if prev == Prev::Vowel => "ts",
            'ц' => "s",
            'ч' => "ch",
            'ш' | 'щ' => "sh",
            'ъ' if last == 'ў' => "",
            'ъ' if prev == Prev::Consonant && matches!(next, Some('е' | 'ё' | 'ю' | 'я')) => {
                ""
            }
            'ъ' => "\u{02BC}",
            'ь' if next == Some('о') => "y",
            'ь' => "",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            'ў' => "o\u{02BB}",
            'қ' => "q",
            'ғ' => "g\u{02BB}",
            'ҳ' => "h",
            _ => {
                // Not an Uzbek letter: keep it.
                out.push(c);
                prev = Prev::Consonant;
                last = l;
                i += 1;
                continue;
            }
        };
        if !c.is_uppercase() {
            out.push_str(latin);
        } else if all_caps_context(w, i) {
            out.push_str(&latin.to_uppercase());
        } else {
            push_title(out, latin);
        }
        prev = cyrillic_class(l);
        last = l;
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs that must convert exactly both ways (and so also round-trip).
    const BOTH_WAYS: &[(&str, &str)] = &[
        // Regions, cities and districts.
        ("Oʻzbekiston", "Ўзбекистон"),
        ("Toshkent", "Тошкент"),
        ("Samarqand", "Самарқанд"),
        ("Fargʻona", "Фарғона"),
        ("Namangan", "Наманган"),
        ("Andijon", "Андижон"),
        ("Qoraqalpogʻiston", "Қорақалпоғистон"),
        ("Xorazm", "Хоразм"),
        ("Surxondaryo", "Сурхондарё"),
        ("Qashqadaryo", "Қашқадарё"),
        ("Jizzax", "Жиззах"),
        ("Navoiy", "Навоий"),
        ("Buxoro", "Бухоро"),
        ("Sirdaryo", "Сирдарё"),
        ("Nukus", "Нукус"),
        ("Chirchiq", "Чирчиқ"),
        ("Shahrisabz", "Шаҳрисабз"),
        ("Yangiyoʻl", "Янгийўл"),
        ("Oltinkoʻl", "Олтинкўл"),
        ("Boʻston", "Бўстон"),
        ("Gʻijduvon", "Ғиждувон"),
        ("Yakkasaroy", "Яккасарой"),
        ("Yunusobod", "Юнусобод"),
        ("Mirzo Ulugʻbek", "Мирзо Улуғбек"),
        ("Qoʻqon", "Қўқон"),
        ("Termiz", "Термиз"),
        ("Angren", "Ангрен"),
        ("Oʻrta Chirchiq tumani", "Ўрта Чирчиқ тумани"),
        ("Toshkent shahri", "Тошкент шаҳри"),
        ("Samarqand viloyati", "Самарқанд вилояти"),
        // е / э / ye.
        ("Yer", "Ер"),
        ("yetti", "етти"),
        ("yengil", "енгил"),
        ("qayerda", "қаерда"),
        ("Nizoyev", "Низоев"),
        ("Yevropa", "Европа"),
        ("proyektor", "проектор"),
        ("ekspert", "эксперт"),
        ("eshik", "эшик"),
        ("Ekologiya", "Экология"),
        ("elektr energiyasi", "электр энергияси"),
        ("poema", "поэма"),
        ("aeroport", "аэропорт"),
        ("obyekt", "объект"),
        ("subyektlari", "субъектлари"),
        ("pyesa", "пьеса"),
        ("premyera", "премьера"),
        // Tutuq belgisi.
        ("maʼlumot", "маълумот"),
        ("taʼlim", "таълим"),
        ("sanʼat", "санъат"),
        ("masʼuliyati", "масъулияти"),
        ("maʼyus", "маъюс"),
        ("manʼ", "манъ"),
        ("Isʼhoq", "Исҳоқ"),
        // ц.
        ("statsionar", "стационар"),
        ("federatsiya", "федерация"),
        ("investitsiyalar", "инвестициялар"),
        ("protsent", "процент"),
        ("litsenziya", "лицензия"),
        ("aksiyadorlik jamiyati", "акциядорлик жамияти"),
        ("funksiya", "функция"),
        ("konsert", "концерт"),
        ("sement", "цемент"),
        ("sentner", "центнер"),
        ("otsiz", "отсиз"),
        // ь and the month names.
        ("yanvar", "январь"),
        ("fevral", "февраль"),
        ("mart", "март"),
        ("aprel", "апрель"),
        ("may", "май"),
        ("iyun", "июнь"),
        ("iyul", "июль"),
        ("avgust", "август"),
        ("sentabr", "сентябрь"),
        ("oktabr", "октябрь"),
        ("noyabr", "ноябрь"),
        ("dekabr", "декабрь"),
        ("1-yanvardan", "1-январдан"),
        ("sentabrda", "сентябрда"),
        ("kompyuter", "компьютер"),
        ("kompyuterlar", "компьютерлар"),
        // Everyday words.
        ("shahar", "шаҳар"),
        ("tumani", "тумани"),
        ("viloyati", "вилояти"),
        ("tayyor", "тайёр"),
        ("yoshlar", "ёшлар"),
        ("xoʻjalik", "хўжалик"),
        ("qishloq", "қишлоқ"),
        ("togʻ", "тоғ"),
        ("bogʻ", "боғ"),
        ("aholi soni", "аҳоли сони"),
        ("ming", "минг"),
        ("kelyapti", "келяпти"),
        ("Oliy Majlis", "Олий Мажлис"),
        ("Vazirlar Mahkamasi", "Вазирлар Маҳкамаси"),
        // Capitals.
        ("OʻZBEKISTON", "ЎЗБЕКИСТОН"),
        ("TOSHKENT SHAHRI", "ТОШКЕНТ ШАҲРИ"),
        ("CHIRCHIQ", "ЧИРЧИҚ"),
        ("YAKKASAROY", "ЯККАСАРОЙ"),
        ("QORAQALPOGʻISTON", "ҚОРАҚАЛПОҒИСТОН"),
        ("YER", "ЕР"),
        ("MAʼLUMOT", "МАЪЛУМОТ"),
        ("OBYEKT", "ОБЪЕКТ"),
        ("SENTABR", "СЕНТЯБРЬ"),
        ("Sentabr", "Сентябрь"),
        ("JSHSHIR", "ЖШШИР"),
        ("OʻzMU", "ЎзМУ"),
        ("Sh. Rashidov", "Ш. Рашидов"),
        // Mixed text.
        ("2024-yil 1-chorak", "2024-йил 1-чорак"),
        (
            "Toshkent sh., Yunusobod t., 12-uy (2024-yil 1-sentabr holatiga)",
            "Тошкент ш., Юнусобод т., 12-уй (2024-йил 1-сентябрь ҳолатига)",
        ),
        ("SOATO: 1726, 35,4 %", "СОАТО: 1726, 35,4 %"),
        ("«Oʻzbekiston» — 100%", "«Ўзбекистон» — 100%"),
    ];

    #[test]
    fn latin_to_cyrillic_table() {
        for &(latin, cyrillic) in BOTH_WAYS {
            assert_eq!(latin_to_cyrillic(latin), cyrillic, "from {latin:?}");
        }
    }

    #[test]
    fn cyrillic_to_latin_table() {
        for &(latin, cyrillic) in BOTH_WAYS {
            assert_eq!(cyrillic_to_latin(cyrillic), latin, "from {cyrillic:?}");
        }
    }

    #[test]
    fn table_round_trips() {
        assert!(BOTH_WAYS.len() >= 40);
        for &(latin, cyrillic) in BOTH_WAYS {
            assert_eq!(cyrillic_to_latin(&latin_to_cyrillic(latin)), latin);
            assert_eq!(latin_to_cyrillic(&cyrillic_to_latin(cyrillic)), cyrillic);
        }
    }

    #[test]
    fn every_apostrophe_variant_reads_as_o_and_g() {
        for apostrophe in ['ʻ', '\'', '‘', '’', '`', 'ʼ', '´'] {
            let o = format!("O{apostrophe}zbekiston");
            assert_eq!(latin_to_cyrillic(&o), "Ўзбекистон", "from {o:?}");
            let g = format!("Farg{apostrophe}ona");
            assert_eq!(latin_to_cyrillic(&g), "Фарғона", "from {g:?}");
            let t = format!("ma{apostrophe}lumot");
            assert_eq!(latin_to_cyrillic(&t), "маълумот", "from {t:?}");
            let y = format!("Yangiyo{apostrophe}l");
            assert_eq!(latin_to_cyrillic(&y), "Янгийўл", "from {y:?}");
        }
        assert_eq!(latin_to_cyrillic("tog'"), "тоғ");
        assert_eq!(latin_to_cyrillic("Is'hoq"), "Исҳоқ");
        assert_eq!(latin_to_cyrillic("O'ZBEKISTON"), "ЎЗБЕКИСТОН");
    }

    #[test]
    fn latin_to_cyrillic_one_way() {
        let cases = [
            // Unofficial spellings of ц still find it.
            ("tsement", "цемент"),
            ("tsirk", "цирк"),
            ("funktsiya", "функция"),
            ("kontsert", "концерт"),
            // ts is т + с in native words.
            ("ketsa", "кетса"),
            ("bitsin", "битсин"),
            // ь and ъ that the Latin spelling does not show.
            ("molbert", "молберт"),
            ("moʻjiza", "мўжиза"),
            ("batalyon", "баталён"),
            // Capitalisation of digraphs follows their first letter.
            ("SHAHAR", "ШАҲАР"),
            ("Shahar", "Шаҳар"),
            ("YO'L", "ЙЎЛ"),
            // Quotation marks stay quotation marks.
            ("'Toshkent'", "'Тошкент'"),
            ("‘Sirdaryo’", "‘Сирдарё’"),
            ("\"Buxoro\"", "\"Бухоро\""),
            // Not Uzbek: left alone.
            ("CSV fayl", "CSV файл"),
            ("JSON va XLSX", "JSON ва XLSX"),
            ("Excel jadvali", "Excel жадвали"),
            ("Windows-1251", "Windows-1251"),
            ("data.egov.uz saytida", "data.egov.uz сайтида"),
            ("https://data.egov.uz/uzb", "https://data.egov.uz/uzb"),
            ("info@stat.uz", "info@stat.uz"),
            ("aholi_2024.csv fayli", "aholi_2024.csv файли"),
            ("narxi (USD)", "нархи (USD)"),
            ("Café", "Café"),
            // Abbreviations are not mistaken for addresses.
            ("va h.k.", "ва ҳ.к."),
            ("Sh.M.Mirziyoyev", "Ш.М.Мирзиёев"),
            // Mixed-script words from careless typing are completed.
            ("Тoшкент", "Тошкент"),
            // Whitespace of any kind is kept as it is.
            (
                "Toshkent\tSamarqand\n  Buxoro\r\n",
                "Тошкент\tСамарқанд\n  Бухоро\r\n",
            ),
            ("", ""),
        ];
        for (latin, cyrillic) in cases {
            assert_eq!(latin_to_cyrillic(latin), cyrillic, "from {latin:?}");
        }
    }

    #[test]
    fn cyrillic_to_latin_one_way() {
        let cases = [
            // ц: s at the start of a word and after a consonant, ts after a vowel.
            ("цирк", "sirk"),
            ("Цех", "Sex"),
            ("станция", "stansiya"),
            ("милиция", "militsiya"),
            // ь is dropped, ьо is yo.
            ("мольберт", "molbert"),
            ("батальон", "batalyon"),
            ("БАТАЛЬОН", "BATALYON"),
            // ъ after ў is dropped.
            ("мўъжиза", "moʻjiza"),
            // Capitals in a capitalised word, all-caps word and mixed abbreviation.
            ("Шаҳар", "Shahar"),
            ("ШАҲАР", "SHAHAR"),
            ("Ўзбекистон", "Oʻzbekiston"),
            ("ЧИҚИШ", "CHIQISH"),
            ("ТошДУ", "ToshDU"),
            ("Ё", "Yo"),
            // Russian letters.
            ("щётка", "shyotka"),
            // Latin inside Cyrillic text passes through.
            ("CSV файл, SOATO коди", "CSV fayl, SOATO kodi"),
            ("Тoшкент", "Toshkent"),
            (
                "Тошкент\tСамарқанд\n  Бухоро\r\n",
                "Toshkent\tSamarqand\n  Buxoro\r\n",
            ),
            ("", ""),
        ];
        for (cyrillic, latin) in cases {
            assert_eq!(cyrillic_to_latin(cyrillic), latin, "from {cyrillic:?}");
        }
    }

    #[test]
    fn each_direction_leaves_the_other_script_alone() {
        for &(latin, cyrillic) in BOTH_WAYS {
            assert_eq!(cyrillic_to_latin(latin), latin, "Latin {latin:?}");
            assert_eq!(
                latin_to_cyrillic(cyrillic),
                cyrillic,
                "Cyrillic {cyrillic:?}"
            );
        }
        for text in ["O'zbekiston", "ma’lumot", "'Toshkent'", "2024-yil, 15 %"] {
            assert_eq!(cyrillic_to_latin(text), text);
        }
        for text in ["ма'лумот", "'Тошкент'", "2024 йил, 15 %", "ҚҚС ва ҲК"]
        {
            assert_eq!(latin_to_cyrillic(text), text);
        }
    }

    #[test]
    fn conversions_are_idempotent() {
        for &(latin, cyrillic) in BOTH_WAYS {
            let once = latin_to_cyrillic(latin);
            assert_eq!(latin_to_cyrillic(&once), once);
            let once = cyrillic_to_latin(cyrillic);
            assert_eq!(cyrillic_to_latin(&once), once);
        }
    }

    #[test]
    fn latin_output_is_normalized() {
        for &(_, cyrillic) in BOTH_WAYS {
            let latin = cyrillic_to_latin(cyrillic);
            assert_eq!(normalize_apostrophes(&latin), latin);
        }
    }

    #[test]
    fn normalizes_apostrophes() {
        let cases = [
            ("O'zbekiston", "Oʻzbekiston"),
            ("O‘zbekiston", "Oʻzbekiston"),
            ("O’ZBEKISTON", "OʻZBEKISTON"),
            ("Farg`ona", "Fargʻona"),
            ("tog'", "togʻ"),
            ("ma'lumot", "maʼlumot"),
            ("san’at", "sanʼat"),
            ("ta´lim", "taʼlim"),
            ("Is'hoq", "Isʼhoq"),
            ("'Toshkent'", "'Toshkent'"),
            ("‘Sirdaryo’", "‘Sirdaryo’"),
            ("Oʻzbekiston", "Oʻzbekiston"),
            ("ма'лумот", "ма'лумот"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_apostrophes(input), expected, "from {input:?}");
        }
    }

    #[test]
    fn detects_script() {
        assert_eq!(detect_script("Oʻzbekiston"), Script::Latin);
        assert_eq!(detect_script("Ўзбекистон"), Script::Cyrillic);
        assert_eq!(detect_script("Ўзбекистон CSV"), Script::Mixed);
        assert_eq!(detect_script("Тoшкент"), Script::Mixed);
        assert_eq!(detect_script("2024-12-31, 15 %"), Script::None);
        assert_eq!(detect_script("ʻʼ''"), Script::None);
        assert_eq!(detect_script(""), Script::None);
        assert_eq!(detect_script("Café"), Script::Latin);
    }
}
