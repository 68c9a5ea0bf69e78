//! The personal-data guard: finds columns that hold the personal data of citizens (the Law on
//! Personal Data, ZRU-547 of 2019, forbids publishing it without a ground), by their values and
//! by their labels in Uzbek (Latin and Cyrillic), Russian and English. A column is reported
//! once, with its kind, how many of its values match and two masked examples; no full value
//! ever leaves this module. A review ([`PersonalReview`]) records who decided that named
//! columns may be published, and why.
//!
//! What it looks for, per column:
//! - a JShShIR (PINFL): 14 digits, the first one (1–6) giving century and sex, the next six a
//!   real birth date `DDMMYY`;
//! - a passport or ID-card series and number: two Latin letters and seven digits;
//! - full names of people: a word with a patronymic ending (`-ovich`, `-ovna`, `-evich`,
//!   `-evna`, `-вич`, `-вна`) or the words `oʻgʻli`, `qizi`, `угли`, `ўғли`, `кизи`, `қизи`;
//! - birth dates, phone numbers and home addresses, only beside such a name column.
//!
//! What it must not report: a 9-digit STIR (INN) of an organisation, SOATO and OKED codes,
//! organisation names (`MChJ`, `AJ`, `ООО`, `… vazirligi`, `… hokimligi`) and their phones
//! (a phone or an address is personal only beside a person's name).
//!
//! A column is reported when at least half of its non-empty values match and at least three
//! do (all of them, in a table of one or two rows): half says the column is there to hold
//! that kind, not that a stray value happens to look like it; three keeps a single odd
//! value in a large table from stopping a publish. A label naming the kind (`JShShIR`,
//! `F.I.Sh.`, `Дата рождения`) lets looser values count (any 14 digits, any two or three
//! capitalised words, any date); masked values (`3•••••••••••58`) never match.

use serde::{Deserialize, Serialize};

use crate::core::date::Date;
use crate::core::table::{Row, Table};

/// The mark a masked character becomes.
pub const MASK: char = '•';
/// Non-empty values looked at in a column before one with no match at all is left alone.
const LOOK_AHEAD: u64 = 10_000;
/// Masked examples kept per column.
const EXAMPLES: usize = 2;

/// What kind of personal data a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonalKind {
    /// JShShIR (PINFL), the personal identification number.
    Pinfl,
    /// A passport or ID-card series and number.
    Passport,
    /// A person's full name (with a patronymic).
    FullName,
    /// A birth date beside a person's name.
    BirthDate,
    /// A phone number beside a person's name.
    Phone,
    /// A home address beside a person's name.
    Address,
}

impl PersonalKind {
    pub const ALL: [PersonalKind; 6] = [
        Self::Pinfl,
        Self::Passport,
        Self::FullName,
        Self::BirthDate,
        Self::Phone,
        Self::Address,
    ];

    /// The kind as findings and `validate --json` name it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pinfl => "pinfl",
            Self::Passport => "passport",
            Self::FullName => "full-name",
            Self::BirthDate => "birth-date",
            Self::Phone => "phone",
            Self::Address => "address",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == code)
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Whether the kind is personal only beside a person's name.
    fn needs_name(self) -> bool {
        matches!(self, Self::BirthDate | Self::Phone | Self::Address)
    }
}

/// A column found to hold personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalColumn {
    /// 0-based position in the table.
    pub column: usize,
    pub field: String,
    pub kind: PersonalKind,
    /// Values that match.
    pub count: u64,
    /// Non-empty values looked at.
    pub values: u64,
    /// Up to two matching values, masked.
    pub examples: Vec<String>,
}

/// Why the data of reviewed columns may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewReason {
    /// Each person consented to the publication.
    Consent,
    /// The register is public by law.
    PublicByLaw,
    /// The values are not what they look like (no personal data).
    NotPersonal,
    /// Another ground, given in the note.
    #[default]
    Other,
}

impl ReviewReason {
    pub const ALL: [ReviewReason; 4] = [
        Self::Consent,
        Self::PublicByLaw,
        Self::NotPersonal,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Consent => "consent",
            Self::PublicByLaw => "public-by-law",
            Self::NotPersonal => "not-personal",
            Self::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == code)
    }
}

/// A person's decision that the named columns of a dataset may be published: who, when, which
/// columns and on what ground. Kept with the dataset in the workspace, written to the history
/// and into the published package's manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PersonalReview {
    /// The dataset's code or folder name.
    pub dataset: String,
    pub reviewer: String,
    /// Unix seconds.
    pub at: i64,
    pub columns: Vec<String>,
    pub reason: ReviewReason,
    /// The ground in the reviewer's words.
    pub note: String,
}

impl PersonalReview {
    /// Whether the review names the column.
    pub fn covers(&self, field: &str) -> bool {
        self.columns.iter().any(|c| c == field)
    }
}

/// The found columns no review covers.
pub fn unreviewed<'a>(
    found: &'a [PersonalColumn],
    review: Option<&PersonalReview>,
) -> Vec<&'a PersonalColumn> {
    found
        .iter()
        .filter(|c| review.is_none_or(|r| !r.covers(&c.field)))
        .collect()
}

/// `text` with every character but the first and the last (the last two, for ten characters
/// or more) replaced by [`MASK`]: `31203851234558` → `3•••••••••••58`.
pub fn mask(text: &str) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    let n = chars.len();
    let tail = if n >= 10 { 2 } else { 1 };
    if n <= 2 {
        return MASK.to_string().repeat(n);
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if i == 0 || i + tail >= n { c } else { MASK })
        .collect()
}

// --- values ---------------------------------------------------------------------------

/// A JShShIR: 14 digits; the first, 1–6, gives the century and sex (1, 2: born in the 1800s;
/// 3, 4: the 1900s; 5, 6: the 2000s; odd for men, even for women); digits 2–7 are the birth
/// date `DDMMYY`, which must be a real day. Then three digits of the issuing district, three
/// of a serial number and a check digit.
///
/// The check digit: open-source PINFL parsers circulating publicly compute it as the sum of
/// the first 13 digits weighted 7, 3, 1, 7, 3, 1 … modulo 10, but no official publication of
/// that rule (by the State Personalisation Centre or the Tax Committee) could be found, so it
/// is not used here: a wrong rule would let real numbers pass unnoticed, and the century
/// digit and the birth date already keep other 14-digit codes out.
pub fn is_pinfl(text: &str) -> bool {
    let b = text.trim().as_bytes();
    if b.len() != 14 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d = |i: usize| u32::from(b[i] - b'0');
    let first = d(0);
    if !(1..=6).contains(&first) {
        return false;
    }
    let century = 1800 + 100 * ((first - 1) / 2) as i32;
    let day = d(1) * 10 + d(2);
    let month = d(3) * 10 + d(4);
    let year = century + (d(5) * 10 + d(6)) as i32;
    Date::new(year, month, day).is_some()
}

/// A passport or ID-card series and number: two Latin letters and seven digits, with or
/// without a space (`AA1234567`, `AB 1234567`).
pub fn is_passport(text: &str) -> bool {
    let t = text.trim();
    let b = t.as_bytes();
    let (letters, rest) = match b {
        [a, c, rest @ ..] if a.is_ascii_alphabetic() && c.is_ascii_alphabetic() => ((a, c), rest),
        _ => return false,
    };
    let _ = letters;
    let digits = rest.strip_prefix(b" ").unwrap_or(rest);
    digits.len() == 7 && digits.iter().all(u8::is_ascii_digit)
}

/// Words that make a name an organisation's (or a thing named after a person).
const ORGANISATION_WORDS: &[&str] = &[
    "mchj",
    "mchj.",
    "aj",
    "xk",
    "qk",
    "dk",
    "ooo",
    "ao",
    "oao",
    "zao",
    "оао",
    "зао",
    "ооо",
    "ао",
    "мчж",
    "аж",
    "хк",
    "llc",
    "jsc",
    "ltd",
    "vazirligi",
    "вазирлиги",
    "xokimligi",
    "hokimligi",
    "ҳокимлиги",
    "хокимлиги",
    "министерство",
    "хокимият",
    "ҳокимият",
    "hokimiyati",
    "xokimiyati",
    "nomidagi",
    "номидаги",
    "имени",
    "им.",
    "boshqarmasi",
    "бошқармаси",
    "управление",
    "bo'limi",
    "boʻlimi",
    "бўлими",
    "agentligi",
    "агентлиги",
    "агентство",
    "qo'mitasi",
    "qoʻmitasi",
    "қўмитаси",
    "комитет",
    "markazi",
    "маркази",
    "центр",
    "maktab",
    "maktabi",
    "мактаб",
    "мактаби",
    "школа",
    "universiteti",
    "университети",
    "университет",
    "instituti",
    "институт",
    "kasalxonasi",
    "больница",
    "zavodi",
    "завод",
    "fermer",
    "фермер",
    "xo'jaligi",
    "xoʻjaligi",
    "хўжалиги",
];

/// Words of places: a name holding one is an address or a territory, not a person.
const PLACE_WORDS: &[&str] = &[
    "ko'chasi",
    "koʻchasi",
    "кўчаси",
    "улица",
    "ул.",
    "mahallasi",
    "маҳалласи",
    "tumani",
    "тумани",
    "район",
    "shahri",
    "шаҳри",
    "город",
    "viloyati",
    "вилояти",
    "область",
];

/// `text` lower-cased, with Uzbek apostrophes made one (`'`): one allocation, split into
/// words by [`split_words`].
fn lowered(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ʻ' | 'ʼ' | '‘' | '’' | '`' | '´' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The words of a [`lowered`] text.
fn split_words(lowered: &str) -> impl Iterator<Item = &str> {
    lowered
        .split(|c: char| {
            c.is_whitespace() || c == ',' || c == ';' || c == '"' || c == '«' || c == '»'
        })
        .filter(|w| !w.is_empty())
}

/// The words of `text`, lower-cased, with Uzbek apostrophes made one (`'`).
fn words(text: &str) -> Vec<String> {
    split_words(&lowered(text)).map(str::to_owned).collect()
}

/// Words that stand for "son of" or "daughter of" after a father's name.
const PATRONYMIC_WORDS: &[&str] = &[
    "o'g'li",
    "o'gli",
    "og'li",
    "ogli",
    "ugli",
    "qizi",
    "kizi",
    "угли",
    "ўғли",
    "ўгли",
    "угли.",
    "ўғли.",
    "кизи",
    "қизи",
];

/// Whether a lower-cased word ends as a patronymic does (`rustamovich`, `алиевна`).
fn has_patronymic_ending(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    let letters = w.chars().count();
    letters >= 6
        && ["ovich", "evich", "ovna", "evna", "вич", "вна"]
            .iter()
            .any(|end| w.ends_with(end))
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
}

fn has_organisation_word(lowered: &str) -> bool {
    split_words(lowered).any(|w| ORGANISATION_WORDS.contains(&w))
}

fn has_place_word(lowered: &str) -> bool {
    split_words(lowered).any(|w| PLACE_WORDS.contains(&w))
}

/// A person's full name: two words or more, no digits, one of them a patronymic (by its
/// ending, or `oʻgʻli`/`qizi` after a name), and no word of an organisation.
pub fn is_full_name(text: &str) -> bool {
    let t = text.trim();
    if t.len() < 8 || t.len() > 120 || t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if !t.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let l = lowered(t);
    if split_words(&l).nth(1).is_none() || has_organisation_word(&l) || has_place_word(&l) {
        return false;
    }
    split_words(&l)
        .enumerate()
        .any(|(i, w)| has_patronymic_ending(w) || (i > 0 && PATRONYMIC_WORDS.contains(&w)))
}

/// Looser, under a label naming a person: two to four words of letters, each capitalised, and
/// no word of an organisation.
fn looks_like_name(text: &str) -> bool {
    let t = text.trim();
    if t.chars().any(|c| c.is_ascii_digit() || c == MASK) {
        return false;
    }
    let parts: Vec<&str> = t.split_whitespace().collect();
    (2..=4).contains(&parts.len())
        && parts.iter().all(|p| {
            p.chars().next().is_some_and(char::is_uppercase)
                && p.chars()
                    .all(|c| c.is_alphabetic() || "'ʻʼ‘’`-.".contains(c))
        })
        && {
            let l = lowered(t);
            !has_organisation_word(&l) && !has_place_word(&l)
        }
}

/// A date as registers write it: `12.03.1985`, `1985-03-12`, `12/03/1985`.
fn date_of(text: &str) -> Option<Date> {
    let t = text.trim();
    Date::parse(t).or_else(|| {
        let b = t.as_bytes();
        if b.len() == 10 && b[2] == b'/' && b[5] == b'/' {
            Date::parse(&t.replace('/', "."))
        } else {
            None
        }
    })
}

/// An Uzbek phone number written as one: `+998 90 123 45 67`, `998901234567`,
/// `(90) 123-45-67`. A bare nine-digit number is not one (that is how a STIR is written).
pub fn is_phone(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) {
        return false;
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    let separated = t.chars().any(|c| " -()".contains(c));
    match digits.len() {
        12 => digits.starts_with("998"),
        9 => separated || t.starts_with('+'),
        _ => false,
    }
}

/// Words of a home address: street, house, flat.
const ADDRESS_WORDS: &[&str] = &[
    "ko'chasi",
    "ko'ch.",
    "kochasi",
    "uy",
    "uy-joy",
    "xonadon",
    "xonadoni",
    "kv",
    "kv.",
    "ул.",
    "ул",
    "улица",
    "кўчаси",
    "кучаси",
    "дом",
    "д.",
    "кв.",
    "кв",
    "квартира",
    "уй",
    "хонадон",
    "mavze",
    "мавзе",
    "тупик",
    "berk",
    "proyezd",
    "проезд",
    "house",
    "apt",
    "apt.",
    "street",
    "str.",
];

/// A home address: a street, house or flat word and a number.
pub fn is_address(text: &str) -> bool {
    let t = text.trim();
    if t.len() < 6 || !t.bytes().any(|b| b.is_ascii_digit()) || t.contains(MASK) {
        return false;
    }
    split_words(&lowered(t)).any(|w| {
        let w = w.trim_end_matches(',');
        ADDRESS_WORDS.contains(&w) || w.ends_with("ko'chasi") || w.ends_with("кўчаси")
    })
}

/// An organisation's name: a word of an organisation (`MChJ`, `vazirligi`, `ООО` …), or a
/// name in quotation marks as legal names are written (`“SHARQ”`, `«Восток»`).
fn is_organisation_name(text: &str) -> bool {
    let t = text.trim();
    if !t.chars().any(char::is_alphabetic) {
        return false;
    }
    t.contains(['“', '”', '«', '»', '"']) || has_organisation_word(&lowered(t))
}

// --- labels ---------------------------------------------------------------------------

/// A label naming an official's role: the names under it are an organisation's head or
/// contact person, not citizens of a register.
fn is_official_label(label: &str) -> bool {
    let l = words(label).join(" ");
    [
        "rahbar",
        "raxbar",
        "direktor",
        "rais",
        "boshliq",
        "mas'ul",
        "masʼul",
        "руководител",
        "директор",
        "раҳбар",
        "рахбар",
        "председател",
        "начальник",
        "ответственн",
        "head",
        "director",
        "manager",
        "contact",
        "responsible",
        "mudir",
        "мудир",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// The kind a column's label names, if any.
pub fn label_kind(label: &str) -> Option<PersonalKind> {
    let l: String = words(label).join(" ");
    let has = |parts: &[&str]| parts.iter().any(|p| l.contains(p));
    if has(&[
        "jshshir",
        "jshir",
        "pinfl",
        "пинфл",
        "жшшир",
        "жшшр",
        "жшҳшир",
        "personal id",
    ]) {
        Some(PersonalKind::Pinfl)
    } else if has(&[
        "pasport",
        "passport",
        "паспорт",
        "id-karta",
        "id karta",
        "id card",
    ]) {
        Some(PersonalKind::Passport)
    } else if has(&[
        "tug'ilgan",
        "tugilgan",
        "туғилган",
        "тугилган",
        "рожден",
        "birth",
    ]) {
        Some(PersonalKind::BirthDate)
    } else if has(&[
        "f.i.sh",
        "f.i.o",
        "ф.и.о",
        "ф.и.ш",
        "фио",
        "фиш",
        "familiya",
        "фамилия",
        "ismi sharifi",
        "исми шарифи",
        "отчество",
        "otasining ismi",
        "full name",
        "оиласи",
        "fuqaro",
        "фуқаро",
        "гражданин",
        "получател",
        "oluvchi",
    ]) {
        Some(PersonalKind::FullName)
    } else if has(&["telefon", "телефон", "phone", "tel.", "тел."]) {
        Some(PersonalKind::Phone)
    } else if has(&[
        "manzil",
        "манзил",
        "адрес",
        "address",
        "yashash joyi",
        "яшаш жойи",
        "место жительства",
    ]) {
        Some(PersonalKind::Address)
    } else {
        None
    }
}

// --- scanning -------------------------------------------------------------------------

/// What one column has shown so far.
#[derive(Debug, Clone, Default)]
struct ColumnScan {
    /// The kind its label names.
    label: Option<PersonalKind>,
    values: u64,
    hits: [u64; 6],
    examples: [Vec<String>; 6],
    /// Dates, and dates before 2010 (birth dates of grown-ups, beside a name).
    dates: u64,
    old_dates: u64,
    date_examples: Vec<String>,
    /// Values naming an organisation, and 9-digit numbers (a STIR), among the first
    /// [`LOOK_AHEAD`] values: a column of them makes the table one of organisations, whose
    /// names of people are their heads or contacts.
    organisations: u64,
    stirs: u64,
    /// The label names an official's role (head, director): names there are not citizens'.
    official: bool,
    /// Looked at enough values to know it holds no personal data.
    done: bool,
    /// Looked at enough values to know which kinds it holds: only those are tested further.
    settled: bool,
}

impl ColumnScan {
    fn hit(&mut self, kind: PersonalKind, text: &str) {
        let i = kind.index();
        self.hits[i] += 1;
        if self.examples[i].len() < EXAMPLES {
            self.examples[i].push(mask(text));
        }
    }

    fn add(&mut self, text: &str) {
        if self.done {
            return;
        }
        let t = text.trim();
        if t.is_empty() {
            return;
        }
        self.values += 1;
        let label = self.label;
        let first = t.as_bytes()[0];
        // Once settled, a kind none of the first values had is not looked for any more.
        let settled = self.settled;
        let open = move |n: u64| !settled || n > 0;
        // Whether the column holds organisations is read from its first values only.
        if settled {
        } else if t.len() == 9 && t.bytes().all(|b| b.is_ascii_digit()) {
            self.stirs += 1;
        } else if is_organisation_name(t) {
            self.organisations += 1;
        }
        let hits = self.hits;
        let kind_open = |k: PersonalKind| open(hits[k.index()]);
        if first.is_ascii_digit() || first == b'+' || first == b'(' {
            if is_pinfl(t)
                || (label == Some(PersonalKind::Pinfl)
                    && t.len() == 14
                    && t.bytes().all(|b| b.is_ascii_digit()))
            {
                self.hit(PersonalKind::Pinfl, t);
            } else if let Some(date) = date_of(t) {
                self.dates += 1;
                if date.year < 2010 {
                    self.old_dates += 1;
                }
                if self.date_examples.len() < EXAMPLES {
                    self.date_examples.push(mask(t));
                }
            } else if is_phone(t) {
                self.hit(PersonalKind::Phone, t);
            }
        } else if t.len() <= 10 && is_passport(t) {
            self.hit(PersonalKind::Passport, t);
        } else if kind_open(PersonalKind::FullName)
            && (is_full_name(t) || (label == Some(PersonalKind::FullName) && looks_like_name(t)))
        {
            self.hit(PersonalKind::FullName, t);
        }
        if kind_open(PersonalKind::Address) && is_address(t) {
            self.hit(PersonalKind::Address, t);
        }
        if self.values == LOOK_AHEAD {
            self.settled = true;
            self.done =
                self.label.is_none() && self.hits.iter().all(|&h| h == 0) && self.dates == 0;
        }
    }
}

/// Whether `hits` of `values` make a column of that kind.
fn enough(hits: u64, values: u64) -> bool {
    hits > 0 && hits * 2 >= values && (hits >= 3 || hits == values)
}

/// Looks for personal data column by column, row by row; [`Scanner::finish`] decides.
#[derive(Debug, Clone, Default)]
pub struct Scanner {
    fields: Vec<String>,
    columns: Vec<ColumnScan>,
}

impl Scanner {
    /// A scanner for columns named `fields`, whose labels (name, titles) are `labels`.
    pub fn new(fields: Vec<String>, labels: &[Vec<String>]) -> Self {
        let columns = fields
            .iter()
            .enumerate()
            .map(|(i, _)| ColumnScan {
                label: labels
                    .get(i)
                    .and_then(|ls| ls.iter().find_map(|l| label_kind(l))),
                official: labels
                    .get(i)
                    .is_some_and(|ls| ls.iter().any(|l| is_official_label(l))),
                ..ColumnScan::default()
            })
            .collect();
        Self { fields, columns }
    }

    /// A scanner for a table's own header.
    pub fn for_header(header: &[String]) -> Self {
        let labels: Vec<Vec<String>> = header.iter().map(|h| vec![h.clone()]).collect();
        Self::new(header.to_vec(), &labels)
    }

    /// Looks at one data row.
    pub fn row(&mut self, row: &Row<'_>) {
        for (c, scan) in self.columns.iter_mut().enumerate() {
            if let Some(text) = row.get(c) {
                scan.add(text);
            }
        }
    }

    /// The columns holding personal data, in table order (one kind per column: the one most
    /// of its values have).
    pub fn finish(self) -> Vec<PersonalColumn> {
        let column =
            |c: usize, kind: PersonalKind, count: u64, examples: Vec<String>| PersonalColumn {
                column: c,
                field: self.fields.get(c).cloned().unwrap_or_default(),
                kind,
                count,
                values: self.columns[c].values,
                examples,
            };
        let mut found: Vec<PersonalColumn> = Vec::new();
        // A table of organisations (a column of their names or STIRs): its names of people
        // are the organisations' heads and contacts, published with them, not citizens.
        let organisations = self.columns.iter().any(|s| {
            let sample = s.values.min(LOOK_AHEAD);
            enough(s.organisations, sample) || enough(s.stirs, sample)
        });
        // First the kinds that are personal on their own.
        for (c, scan) in self.columns.iter().enumerate() {
            let names_count = !(organisations || scan.official);
            let best = [
                PersonalKind::Pinfl,
                PersonalKind::Passport,
                PersonalKind::FullName,
            ]
            .into_iter()
            .filter(|k| *k != PersonalKind::FullName || names_count)
            .filter(|k| enough(scan.hits[k.index()], scan.values))
            .max_by_key(|k| scan.hits[k.index()]);
            if let Some(kind) = best {
                let i = kind.index();
                found.push(column(c, kind, scan.hits[i], scan.examples[i].clone()));
            }
        }
        let named = found.iter().any(|f| f.kind == PersonalKind::FullName);
        for (c, scan) in self.columns.iter().enumerate() {
            if found.iter().any(|f| f.column == c) {
                continue;
            }
            // A birth date: so labelled, or dates of grown-ups beside a name.
            let birth = enough(scan.dates, scan.values)
                && (scan.label == Some(PersonalKind::BirthDate)
                    || (named && scan.old_dates * 2 >= scan.dates));
            if birth {
                found.push(column(
                    c,
                    PersonalKind::BirthDate,
                    scan.dates,
                    scan.date_examples.clone(),
                ));
                continue;
            }
            if !named {
                continue;
            }
            let best = [PersonalKind::Phone, PersonalKind::Address]
                .into_iter()
                .filter(|k| k.needs_name() && enough(scan.hits[k.index()], scan.values))
                .max_by_key(|k| scan.hits[k.index()]);
            if let Some(kind) = best {
                let i = kind.index();
                found.push(column(c, kind, scan.hits[i], scan.examples[i].clone()));
            }
        }
        found.sort_by_key(|f| f.column);
        found
    }
}

/// The personal data of a whole table, by its own header.
pub fn scan_table(table: &Table) -> Vec<PersonalColumn> {
    let mut scanner = Scanner::for_header(table.header());
    for row in table.iter_rows() {
        scanner.row(&row);
    }
    scanner.finish()
}

#[cfg(test)]
mod tests;
