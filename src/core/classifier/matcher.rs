//! Finding codes from names as they appear in real files: "Bo'ston", "BOʻSTON TUMANI",
//! "Бўстон тумани", "Бустонский р-н", "Boston district" all lead to SOATO 1703209. Both the
//! query and every name of every entry go through [`normalise_name`] (apostrophes unified and
//! dropped, lookalike letters of the other script replaced, Cyrillic transliterated to Latin,
//! case and spacing folded, unit words such as "tumani" or "область" removed and remembered),
//! then an exact key match scores 1.0 and other names are scored with Jaro–Winkler similarity.
//! A unit word that disagrees with the entry's own ("Andijon shahri" against "Andijon tumani")
//! lowers the score, so the city ranks above the district of the same name.
//! This module owns the normalisation and scoring; it must not decide which candidate is right
//! (the user does, in the fix dialog), and it never changes a classifier.

use std::collections::HashMap;

use crate::core::classifier::{Classifier, Entry};
use crate::core::lang::Lang;
use crate::core::translit::cyrillic_to_latin;

/// The kind of unit a name's unit word names ("tumani" → district).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Republic,
    Region,
    District,
    City,
    Settlement,
}

/// A name reduced to what identifies it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalisedName {
    /// Lowercase Latin letters and digits, without spaces or apostrophes: `boston`.
    pub key: String,
    /// The last unit word the name had, if any.
    pub unit: Option<Unit>,
}

/// What to search, and how many answers to return.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MatchOptions<'a> {
    /// Only entries at this level (a level id such as `district`).
    pub level: Option<&'a str>,
    /// Only entries strictly below this code (districts of one region).
    pub within: Option<&'a str>,
    /// Whether grouping nodes may be returned.
    pub include_groups: bool,
    /// At most this many candidates.
    pub limit: usize,
    /// Candidates scoring below this are left out.
    pub min_score: f32,
}

impl Default for MatchOptions<'_> {
    fn default() -> Self {
        Self {
            level: None,
            within: None,
            include_groups: false,
            limit: 5,
            min_score: 0.75,
        }
    }
}

/// One possible code for a name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate<'a> {
    pub entry: &'a Entry,
    /// 1.0 for an exact match of the normalised name with a fitting unit word; lower for
    /// near matches and disagreeing unit words.
    pub score: f32,
    /// The language of the entry's name that matched best.
    pub lang: Lang,
}

impl Candidate<'_> {
    pub fn code(&self) -> &str {
        &self.entry.code
    }
}

/// Score factor when the query's unit word differs from the name's.
const OTHER_UNIT: f32 = 0.85;
/// Score factor when the query has a unit word and the name has none.
const NO_UNIT: f32 = 0.95;
/// The best score a name that is not an exact match can reach.
const NEAR_MAX: f32 = 0.99;

impl Classifier {
    /// Ranked candidate codes for `name`, best first: by score, then higher levels first
    /// (a region before a settlement of the same name), then source order.
    pub fn match_name(&self, name: &str, options: &MatchOptions<'_>) -> Vec<Candidate<'_>> {
        let query = normalise_name(name);
        if query.key.is_empty() || options.limit == 0 {
            return Vec::new();
        }
        let level = match options.level {
            Some(id) => match self.level_index(id) {
                Some(l) => Some(l),
                None => return Vec::new(),
            },
            None => None,
        };
        let names = self.names();
        let q: Vec<char> = query.key.chars().collect();
        let mut scratch = Scratch::default();
        let mut found: Vec<(usize, Candidate<'_>)> = Vec::new();
        let mut consider = |pos: usize| {
            let entry = &self.entries[pos];
            if level.is_some_and(|l| entry.level != l)
                || (entry.is_group && !options.include_groups)
            {
                return;
            }
            let mut best: Option<(f32, Lang)> = None;
            for name in names.of(pos) {
                let factor = unit_factor(query.unit, name.unit);
                let score = if *name.key == *query.key {
                    factor
                } else {
                    if upper_bound(q.len(), name.chars.len()) * factor < options.min_score {
                        continue;
                    }
                    jaro_winkler(&q, &name.chars, &mut scratch).min(NEAR_MAX) * factor
                };
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, name.lang));
                }
            }
            if let Some((score, lang)) = best.filter(|&(s, _)| s >= options.min_score) {
                found.push((pos, Candidate { entry, score, lang }));
            }
        };
        match options.within {
            Some(code) => {
                let Some(root) = self.pos(code) else {
                    return Vec::new();
                };
                let range = self.index.enter[root] as usize + 1..self.index.exit[root] as usize;
                for &pos in &self.index.preorder[range] {
                    consider(pos as usize);
                }
            }
            None => match level.and_then(|l| self.index.by_level.get(l)) {
                Some(list) => list.iter().for_each(|&pos| consider(pos as usize)),
                None => (0..self.entries.len()).for_each(&mut consider),
            },
        }
        found.sort_by(|(pa, a), (pb, b)| {
            b.score
                .total_cmp(&a.score)
                .then(a.entry.level.cmp(&b.entry.level))
                .then(pa.cmp(pb))
        });
        found.truncate(options.limit);
        found.into_iter().map(|(_, c)| c).collect()
    }

    /// The best candidate when it scores at least `options.min_score` and strictly more than
    /// any other (for "accept every unambiguous match"; callers pick a strict `min_score`).
    pub fn match_unique(&self, name: &str, options: &MatchOptions<'_>) -> Option<&Entry> {
        let options = MatchOptions {
            limit: 2,
            ..*options
        };
        match self.match_name(name, &options).as_slice() {
            [only] => Some(only.entry),
            [first, second] if first.score > second.score => Some(first.entry),
            _ => None,
        }
    }
}

fn unit_factor(query: Option<Unit>, name: Option<Unit>) -> f32 {
    match (query, name) {
        (None, _) => 1.0,
        (Some(q), Some(n)) if q == n => 1.0,
        (Some(_), None) => NO_UNIT,
        (Some(_), Some(_)) => OTHER_UNIT,
    }
}

/// The normalised names of every entry, built once per classifier.
#[derive(Debug, Clone, Default)]
pub(crate) struct NameIndex {
    names: Vec<IndexedName>,
    /// Names of entry `i` are `names[start[i]..start[i + 1]]`.
    start: Vec<u32>,
}

#[derive(Debug, Clone)]
struct IndexedName {
    key: Box<str>,
    chars: Box<[char]>,
    unit: Option<Unit>,
    lang: Lang,
}

impl NameIndex {
    pub(crate) fn build(classifier: &Classifier) -> Self {
        let mut names = Vec::with_capacity(classifier.entries.len() * 3);
        let mut start = Vec::with_capacity(classifier.entries.len() + 1);
        // Many entries share names ("Bo'ston" 18 times): normalise each text once.
        let mut cache: HashMap<&str, NormalisedName> = HashMap::new();
        let mut own: Vec<(Lang, NormalisedName)> = Vec::with_capacity(4);
        for entry in &classifier.entries {
            start.push(names.len() as u32);
            own.clear();
            for lang in Lang::ALL {
                let text = entry.name.get(lang).trim();
                if text.is_empty() {
                    continue;
                }
                let n = cache.entry(text).or_insert_with(|| normalise_name(text));
                if !n.key.is_empty() {
                    own.push((lang, n.clone()));
                }
            }
            // A name without a unit word takes the unit another of the entry's names states
            // ("Andijon" is a city because its English name is "Andijan city").
            let entry_unit = own.iter().find_map(|(_, n)| n.unit);
            let first = names.len();
            for (lang, n) in own.drain(..) {
                let unit = n.unit.or(entry_unit);
                let seen = names[first..]
                    .iter()
                    .any(|m: &IndexedName| *m.key == *n.key && m.unit == unit);
                if !seen {
                    names.push(IndexedName {
                        chars: n.key.chars().collect(),
                        key: n.key.into_boxed_str(),
                        unit,
                        lang,
                    });
                }
            }
        }
        start.push(names.len() as u32);
        Self { names, start }
    }

    fn of(&self, pos: usize) -> &[IndexedName] {
        match (self.start.get(pos), self.start.get(pos + 1)) {
            (Some(&a), Some(&b)) => &self.names[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// Text in one script and case: lookalike letters of the other script replaced, Cyrillic
/// transliterated to Latin, lowercase, Latin diacritics folded; apostrophes are kept.
fn fold_script(text: &str) -> String {
    // Lookalikes are replaced only in words mixing both scripts: a text in one script (most
    // cells) skips the word-by-word pass.
    let cyrillic = text.chars().any(is_cyrillic);
    let other = text.chars().any(|c| c.is_alphabetic() && !is_cyrillic(c));
    let fixed = if cyrillic && other {
        fix_homoglyphs(text)
    } else {
        text.to_owned()
    };
    let latin = if fixed.chars().any(is_cyrillic) {
        cyrillic_to_latin(&fixed)
    } else {
        fixed
    };
    let mut folded = String::with_capacity(latin.len());
    for c in latin.chars().flat_map(char::to_lowercase) {
        fold_char(c, &mut folded);
    }
    folded
}

/// Text as a search compares it: in one script and case, apostrophes dropped, spaces kept.
/// "Bo'ston", "BOʻSTON" and "Бўстон" all fold to `boston`, so a search for one finds the
/// others (the classifier search and the table's find use this one fold).
pub fn fold_text(text: &str) -> String {
    let mut folded = fold_script(text);
    folded.retain(|c| !is_apostrophe(c));
    folded
}

/// Whether [`fold_text`] leaves `text` as its ASCII lowercase: ASCII without apostrophes.
/// Lets a search over millions of cells skip the fold for plain Latin text.
pub fn folds_to_ascii_lowercase(text: &str) -> bool {
    text.is_ascii() && !text.bytes().any(|b| matches!(b, b'\'' | b'`'))
}

/// Reduces a name to its comparison key and unit word; see the module documentation.
pub fn normalise_name(text: &str) -> NormalisedName {
    let folded = fold_script(text);

    let mut words: Vec<String> = Vec::new();
    let mut unit = None;
    for raw in folded.split_whitespace() {
        let bare = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(u) = abbreviation_unit(bare) {
            words.push(String::new());
            unit = Some(u);
            continue;
        }
        let mut word = String::new();
        for c in raw.chars() {
            if is_apostrophe(c) {
                continue;
            }
            if c.is_alphanumeric() {
                word.push(c);
            } else if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
    }
    // Unit words and fillers go, unless nothing else would be left.
    let kept: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !w.is_empty() && unit_of(w).is_none() && !is_filler(w))
        .collect();
    for w in &words {
        if let Some(u) = unit_of(w) {
            unit = Some(u);
        }
    }
    let key: String = if kept.is_empty() {
        words.concat()
    } else {
        kept.concat()
    };
    NormalisedName { key, unit }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '‘' | '’' | 'ʻ' | 'ʼ' | '`' | '´' | 'ʹ' | '′' | '‛' | 'ʽ' | 'ʾ' | 'ʿ'
    )
}

/// Appends `c` (already lowercase) with Latin diacritics folded and the Russian letters an
/// Uzbek transliteration may leave behind spelled out.
fn fold_char(c: char, out: &mut String) {
    let s = match c {
        'ö' | 'ō' | 'ò' | 'ó' => "o",
        'ü' | 'ū' | 'ù' | 'ú' => "u",
        'ğ' | 'ǵ' | 'ḡ' => "g",
        'ş' => "sh",
        'ç' => "ch",
        'ı' | 'ì' | 'í' => "i",
        'é' | 'è' | 'ë' => "e",
        'á' | 'à' | 'ä' => "a",
        'ñ' => "n",
        'ы' => "i",
        'щ' => "sh",
        'э' => "e",
        'ь' | 'ъ' => "",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(s);
}

/// Latin letters that look like Cyrillic ones, with their twins.
const LATIN_TWINS: &[(char, char)] = &[
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('k', 'к'),
    ('h', 'ҳ'),
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
];

/// Cyrillic letters that look like Latin ones, with their twins.
const CYRILLIC_TWINS: &[(char, char)] = &[
    ('а', 'a'),
    ('с', 'c'),
    ('е', 'e'),
    ('о', 'o'),
    ('р', 'p'),
    ('х', 'x'),
    ('у', 'y'),
    ('к', 'k'),
    ('һ', 'h'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ԛ', 'q'),
    ('А', 'A'),
    ('В', 'B'),
    ('С', 'C'),
    ('Е', 'E'),
    ('Н', 'H'),
    ('К', 'K'),
    ('М', 'M'),
    ('О', 'O'),
    ('Р', 'P'),
    ('Т', 'T'),
    ('Х', 'X'),
    ('У', 'Y'),
];

fn twin(table: &[(char, char)], c: char) -> Option<char> {
    table
        .iter()
        .find(|&&(from, _)| from == c)
        .map(|&(_, to)| to)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
}

/// Letters that only one script has, counted per script.
fn script_votes(word: &[char]) -> (usize, usize) {
    let mut latin = 0;
    let mut cyrillic = 0;
    for &c in word {
        if is_cyrillic(c) {
            if twin(CYRILLIC_TWINS, c).is_none() {
                cyrillic += 1;
            }
        } else if c.is_alphabetic() && twin(LATIN_TWINS, c).is_none() {
            latin += 1;
        }
    }
    (latin, cyrillic)
}

fn majority((latin, cyrillic): (usize, usize)) -> Option<Script> {
    match latin.cmp(&cyrillic) {
        std::cmp::Ordering::Greater => Some(Script::Latin),
        std::cmp::Ordering::Less => Some(Script::Cyrillic),
        std::cmp::Ordering::Equal => None,
    }
}

/// Replaces letters that merely look like the word's script ("Kenеgеs" with Cyrillic е,
/// "Алтынкульский paйон" with Latin p and a). A word made only of shared shapes follows the
/// whole text's script.
fn fix_homoglyphs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let overall = majority(script_votes(&chars));
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let end = chars[i..]
            .iter()
            .position(|c| !c.is_alphabetic())
            .map_or(chars.len(), |n| i + n);
        let word = &chars[i..end];
        let has_latin = word.iter().any(|&c| !is_cyrillic(c));
        let has_cyrillic = word.iter().any(|&c| is_cyrillic(c));
        let script = majority(script_votes(word)).or(overall);
        for &c in word {
            let replaced = match script {
                Some(Script::Cyrillic) if has_latin => twin(LATIN_TWINS, c),
                Some(Script::Latin) if has_cyrillic => twin(CYRILLIC_TWINS, c),
                _ => None,
            };
            out.push(replaced.unwrap_or(c));
        }
        i = end;
    }
    out
}

/// Abbreviations written with a hyphen, recognised before the word is split.
fn abbreviation_unit(word: &str) -> Option<Unit> {
    match word {
        "r-n" | "r-na" | "р-н" | "р-на" => Some(Unit::District),
        "v-ti" | "vil-ti" | "вил-ти" => Some(Unit::Region),
        _ => None,
    }
}

/// Unit words in Uzbek (either script, and as transliterated), Russian (also transliterated)
/// and English, with common abbreviations. Cyrillic forms serve text that stays Cyrillic.
const UNIT_WORDS: &[(Unit, &[&str])] = &[
    (
        Unit::District,
        &[
            "tumani",
            "tuman",
            "tumanı",
            "t",
            "rayon",
            "rayoni",
            "raion",
            "district",
            "туман",
            "тумани",
            "район",
        ],
    ),
    (
        Unit::Region,
        &[
            "viloyati",
            "viloyat",
            "vil",
            "v",
            "oblast",
            "oblasti",
            "obl",
            "region",
            "province",
            "вилояти",
            "вилоят",
            "вил",
            "область",
            "обл",
            "области",
        ],
    ),
    (
        Unit::City,
        &[
            "shahri",
            "shahar",
            "sh",
            "shahr",
            "city",
            "town",
            "gorod",
            "g",
            "gor",
            "шаҳри",
            "шахри",
            "шаҳар",
            "шахар",
            "ш",
            "город",
            "г",
            "гор",
        ],
    ),
    (
        Unit::Settlement,
        &[
            "shaharchasi",
            "shaharcha",
            "posyolok",
            "poselok",
            "pos",
            "pgt",
            "selo",
            "village",
            "settlement",
            "mfy",
            "qfy",
            "шаҳарчаси",
            "шаҳарча",
            "посёлок",
            "поселок",
            "пос",
            "пгт",
            "село",
            "мфй",
            "қфй",
        ],
    ),
    (
        Unit::Republic,
        &[
            "respublikasi",
            "respublika",
            "respubliki",
            "resp",
            "republic",
            "республикаси",
            "республика",
            "республики",
            "респ",
        ],
    ),
];

/// The unit a (lowercase, apostrophe-free) word names.
fn unit_of(word: &str) -> Option<Unit> {
    UNIT_WORDS
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|&(unit, _)| unit)
}

/// Words that carry nothing for matching ("Republic of …", "… nomli", "им. …").
fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "of" | "the"
            | "nomli"
            | "nomidagi"
            | "im"
            | "imeni"
            | "номли"
            | "номидаги"
            | "им"
            | "имени"
    )
}

/// Reusable buffers for [`jaro_winkler`].
#[derive(Debug, Default)]
struct Scratch {
    a: Vec<bool>,
    b: Vec<bool>,
}

/// The highest Jaro–Winkler similarity two strings of these lengths can have.
fn upper_bound(a: usize, b: usize) -> f32 {
    let (short, long) = (a.min(b) as f32, a.max(b) as f32);
    if short == 0.0 {
        return 0.0;
    }
    let jaro = (1.0 + short / long + 1.0) / 3.0;
    jaro + 0.4 * (1.0 - jaro)
}

/// Jaro–Winkler similarity in 0..=1 (prefix scale 0.1, up to four prefix characters).
fn jaro_winkler(a: &[char], b: &[char], scratch: &mut Scratch) -> f32 {
    if a.is_empty() || b.is_empty() {
        return if a == b { 1.0 } else { 0.0 };
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    scratch.a.clear();
    scratch.a.resize(a.len(), false);
    scratch.b.clear();
    scratch.b.resize(b.len(), false);
    let mut matches = 0usize;
    for (i, &ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        if let Some(j) = (lo..hi).find(|&j| !scratch.b[j] && b[j] == ca) {
            scratch.a[i] = true;
            scratch.b[j] = true;
            matches += 1;
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut j = 0;
    for (i, &ca) in a.iter().enumerate() {
        if !scratch.a[i] {
            continue;
        }
        while !scratch.b[j] {
            j += 1;
        }
        if ca != b[j] {
            transpositions += 1;
        }
        j += 1;
    }
    let m = matches as f32;
    let jaro =
        (m / a.len() as f32 + m / b.len() as f32 + (m - (transpositions / 2) as f32) / m) / 3.0;
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count();
    jaro + prefix as f32 * 0.1 * (1.0 - jaro)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::classifier::bundled::soato;

    fn best(name: &str, options: &MatchOptions<'_>) -> Option<(String, f32)> {
        let c = soato()?;
        c.match_name(name, options)
            .first()
            .map(|m| (m.entry.code.clone(), m.score))
    }

    fn district() -> MatchOptions<'static> {
        MatchOptions {
            level: Some("district"),
            ..MatchOptions::default()
        }
    }

    #[test]
    fn jaro_winkler_known_values() {
        let s = |a: &str, b: &str| {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            jaro_winkler(&a, &b, &mut Scratch::default())
        };
        assert!((s("martha", "marhta") - 0.9611).abs() < 1e-3);
        assert!((s("dwayne", "duane") - 0.84).abs() < 1e-3);
        assert!((s("dixon", "dicksonx") - 0.8133).abs() < 1e-3);
        assert_eq!(s("abc", "abc"), 1.0);
        assert_eq!(s("abc", "xyz"), 0.0);
        assert_eq!(s("", "a"), 0.0);
        for (a, b) in [("martha", "marhta"), ("bo", "boston"), ("a", "bbbbbbbbbb")] {
            assert!(s(a, b) <= upper_bound(a.chars().count(), b.chars().count()) + 1e-6);
        }
    }

    #[test]
    fn normalising_folds_apostrophes_case_spaces_and_unit_words() {
        let n = |s: &str| normalise_name(s);
        let expected = NormalisedName {
            key: "boston".into(),
            unit: Some(Unit::District),
        };
        for variant in [
            "Bo'ston tumani",
            "Bo‘ston tumani",
            "Bo’ston tumani",
            "Boʻston tumani",
            "Bo`ston  tumani",
            "Boʼston tumani",
            "  BO'STON TUMANI ",
            "Boston district",
            "tumani Bo'ston",
        ] {
            assert_eq!(n(variant), expected, "{variant}");
        }
        assert_eq!(n("Bo'ston").unit, None);
        assert_eq!(n("Mirzo-Ulug'bek").key, n("Mirzo Ulug‘bek tumani").key);
        assert_eq!(n("Andijon v-ti").unit, Some(Unit::Region));
        assert_eq!(n("Бустонский р-н").unit, Some(Unit::District));
        assert_eq!(n("г.Андижан").unit, Some(Unit::City));
        assert_eq!(n("Toshkent sh.").unit, Some(Unit::City));
        // A unit word alone is kept as the key rather than leaving nothing.
        assert_eq!(n("Tuman").key, "tuman");
        assert_eq!(n("Republic of Karakalpakstan").key, "karakalpakstan");
    }

    #[test]
    fn homoglyphs_take_the_script_of_their_word() {
        // Cyrillic е inside a Latin word (as in the source data of SOATO 1735228806).
        assert_eq!(fix_homoglyphs("Kenеgеs"), "Keneges");
        // Latin p and a inside a Cyrillic word.
        assert_eq!(fix_homoglyphs("Алтынкульский paйон"), "Алтынкульский район");
        // A word of shared shapes follows the rest of the text.
        assert_eq!(fix_homoglyphs("AKT Тошкент"), "АКТ Тошкент");
        assert_eq!(fix_homoglyphs("Toshkent CAM"), "Toshkent CAM");
        assert_eq!(normalise_name("Kenеgеs").key, "keneges");
    }

    #[test]
    fn bustan_in_every_spelling_finds_the_district() {
        for name in [
            "Bo'ston",
            "Boʻston tumani",
            "BO‘STON TUMANI",
            "Бўстон тумани",
            "Бўстон",
            "Бустонский район",
            "Бустанский район",
            "Бустонский р-н",
            "Boston district",
        ] {
            let found = best(name, &MatchOptions::default());
            assert_eq!(
                found.as_ref().map(|f| f.0.as_str()),
                Some("1703209"),
                "{name}"
            );
            let found = best(name, &district());
            assert_eq!(
                found.as_ref().map(|f| f.0.as_str()),
                Some("1703209"),
                "{name}"
            );
        }
        assert_eq!(best("Bo'ston tumani", &district()).map(|f| f.1), Some(1.0));
        let near = best("Бустанский район", &district()).map_or(0.0, |f| f.1);
        assert!(near > 0.9 && near < 1.0, "{near}");
    }

    #[test]
    fn unit_words_choose_between_namesakes() {
        let opts = MatchOptions::default();
        let code = |name: &str| best(name, &opts).map(|f| f.0);
        assert_eq!(code("Andijon shahri").as_deref(), Some("1703401"));
        assert_eq!(code("Andijon tumani").as_deref(), Some("1703203"));
        assert_eq!(code("Andijon viloyati").as_deref(), Some("1703"));
        assert_eq!(code("Андижанская область").as_deref(), Some("1703"));
        assert_eq!(code("Андижанский район").as_deref(), Some("1703203"));
        assert_eq!(code("Toshkent sh.").as_deref(), Some("1726"));
        assert_eq!(code("Toshkent viloyati").as_deref(), Some("1727"));
        assert_eq!(code("город Ташкент").as_deref(), Some("1726"));
        assert_eq!(code("Samarqand v.").as_deref(), Some("1718"));
        assert_eq!(code("Самаркандская обл").as_deref(), Some("1718"));
        assert_eq!(code("Karakalpakstan").as_deref(), Some("1735"));
        assert_eq!(code("Бухара").as_deref(), Some("1706401"));
        assert_eq!(code("Чиланзарский р-н").as_deref(), Some("1726294"));
        assert_eq!(code("Республика Узбекистан").as_deref(), Some("17"));
        // Without a unit word the higher level wins a tie.
        assert_eq!(code("Andijon").as_deref(), Some("1703"));
        assert_eq!(code("Qoraqalpog'iston").as_deref(), Some("1735"));
    }

    #[test]
    fn restriction_to_a_region_separates_namesakes() {
        let Some(c) = soato() else {
            panic!("SOATO is bundled")
        };
        // Oltinko'l is a district of Andijan and a settlement in Namangan and Karakalpakstan.
        let within = |region: &'static str, level: Option<&'static str>| MatchOptions {
            within: Some(region),
            level,
            ..MatchOptions::default()
        };
        let top = |name: &str, o: MatchOptions<'_>| {
            c.match_name(name, &o).first().map(|m| m.entry.code.clone())
        };
        assert_eq!(
            top("Oltinko'l", within("1703", Some("district"))).as_deref(),
            Some("1703202")
        );
        assert_eq!(
            top("Oltinkoʻl", within("1714", None)).as_deref(),
            Some("1714204828")
        );
        assert_eq!(
            top("Олтинкўл", within("1735", None)).as_deref(),
            Some("1735215562")
        );
        // Bo'ston, a settlement in 18 places: two of them in Surxondaryo, none elsewhere.
        let found = c.match_name(
            "Bo‘ston",
            &MatchOptions {
                limit: 50,
                min_score: 1.0,
                ..within("1722", Some("settlement"))
            },
        );
        let codes: Vec<_> = found.iter().map(Candidate::code).collect();
        assert_eq!(codes, ["1722201561", "1722223867"]);
        assert!(found.iter().all(|m| c.is_within(m.code(), "1722")));
        // A district name asked inside a region that lacks it gets no exact answer.
        let elsewhere = c.match_name("Bo'ston tumani", &within("1706", Some("district")));
        assert!(elsewhere.iter().all(|m| m.score < 1.0));
        assert!(c.match_name("Bo'ston", &within("nope", None)).is_empty());
    }

    #[test]
    fn near_misses_and_homoglyphs_still_match() {
        let code = |name: &str| best(name, &district()).map(|f| f.0);
        assert_eq!(code("Oltinkol tumani").as_deref(), Some("1703202"));
        assert_eq!(code("Oltinko'l tumni").as_deref(), Some("1703202"));
        assert_eq!(code("Алтынкульский paйон").as_deref(), Some("1703202"));
        assert_eq!(code("Mirzo-Ulugbek").as_deref(), Some("1726269"));
        assert_eq!(code("Ko‘kdala").as_deref(), Some("1710240"));
        // Keneges is also the Russian name of Kenagas (1733212840) in Xorazm.
        let settlement = MatchOptions {
            level: Some("settlement"),
            within: Some("1735"),
            ..MatchOptions::default()
        };
        assert_eq!(
            best("Kenеgеs", &settlement).map(|f| f.0).as_deref(),
            Some("1735228806")
        );
    }

    #[test]
    fn options_filter_and_limit() {
        let Some(c) = soato() else {
            panic!("SOATO is bundled")
        };
        assert!(c.match_name("", &MatchOptions::default()).is_empty());
        assert!(c.match_name(" ' ", &MatchOptions::default()).is_empty());
        let unknown_level = MatchOptions {
            level: Some("planet"),
            ..MatchOptions::default()
        };
        assert!(c.match_name("Andijon", &unknown_level).is_empty());
        let many = c.match_name(
            "Bo'ston",
            &MatchOptions {
                limit: 3,
                ..MatchOptions::default()
            },
        );
        assert_eq!(many.len(), 3);
        assert!(many.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(many.iter().all(|m| (0.0..=1.0).contains(&m.score)));
        // Grouping nodes only when asked for.
        let group = "Andijon viloyatining tumanlari";
        assert!(
            c.match_name(group, &MatchOptions::default())
                .first()
                .map(Candidate::code)
                != Some("1703200")
        );
        let with_groups = MatchOptions {
            include_groups: true,
            ..MatchOptions::default()
        };
        assert_eq!(
            c.match_name(group, &with_groups)
                .first()
                .map(Candidate::code),
            Some("1703200")
        );
        assert_eq!(
            c.match_unique("Bo'ston tumani", &MatchOptions::default())
                .map(|e| e.code.as_str()),
            Some("1703209")
        );
        assert!(
            c.match_unique("Bo'ston", &MatchOptions::default())
                .is_none()
        );
        let strict = MatchOptions {
            min_score: 0.95,
            ..MatchOptions::default()
        };
        assert_eq!(
            c.match_unique("Andijon shahri", &strict)
                .map(|e| e.code.as_str()),
            Some("1703401")
        );
        assert!(c.match_unique("Andijn", &strict).is_none());
    }

    #[test]
    fn latin_query_finds_a_name_known_only_in_cyrillic() {
        // A list imported with Cyrillic names only: matching goes through transliteration.
        use crate::core::classifier::tests::info;
        use crate::core::classifier::{Entry, Level};
        use crate::core::lang::LangText;
        let c = Classifier::new(
            info("t", "1"),
            vec![Level::new("x", LangText::default())],
            vec![
                Entry {
                    code: "1".into(),
                    level: 0,
                    parent: None,
                    is_group: false,
                    name: LangText::new("", "Қўрғонтепа тумани", "", ""),
                },
                Entry {
                    code: "2".into(),
                    level: 0,
                    parent: None,
                    is_group: false,
                    name: LangText::new("", "Шаҳрихон тумани", "", ""),
                },
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let found = c.match_name("Qo'rg'ontepa", &MatchOptions::default());
        assert_eq!(found.first().map(Candidate::code), Some("1"));
        assert_eq!(found.first().map(|m| m.score), Some(1.0));
    }
}
