//! Periods written as column labels, the way statistical tables put them across the header:
//! `2016yil`, `2017Y`, `2024 год`, `2019-2020`, `2024-yil I chorak`, `I квартал 2024`,
//! `yanvar 2024`, `март 2024 г.`. Only header labels are read this way: a bare `1703` in a
//! cell is a SOATO code, and even as a label it is no year (years run from 1900 to 2100).
//!
//! A label is a period only when every word in it belongs to the period: `2024 yilda
//! tugʻilganlar soni` (born in 2024) is a measure, not a period column, and is not read.
//! A span of years (`2019-2020`, an academic or a two-year figure, also written `20192020y`)
//! is no [`Period`] of the calendar: it is kept as a span and written `2019-2020`.

use super::Period;

/// A period read from a column label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LabelPeriod {
    /// A year, half-year, quarter or month.
    At(Period),
    /// A run of years, first and last (`2019-2020`).
    Span(i32, i32),
}

/// What kind of period a label names; an unpivot takes the columns of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodKind {
    Year,
    Half,
    Quarter,
    Month,
    Span,
}

impl LabelPeriod {
    /// The period as the portal writes it: `2024`, `2024-H1`, `2024-Q1`, `2024-03`,
    /// `2019-2020`.
    pub fn label(self) -> String {
        match self {
            Self::At(p) => p.label(),
            Self::Span(from, to) => format!("{from:04}-{to:04}"),
        }
    }

    pub fn kind(self) -> PeriodKind {
        match self {
            Self::At(Period::Quarter { .. }) => PeriodKind::Quarter,
            Self::At(Period::Half { .. }) => PeriodKind::Half,
            Self::At(Period::Month { .. }) => PeriodKind::Month,
            Self::At(_) => PeriodKind::Year,
            Self::Span(..) => PeriodKind::Span,
        }
    }
}

/// One word of a label.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    /// A year, 1900–2100.
    Year(i32),
    /// Two years written together (`20192020`).
    Years(i32, i32),
    /// A small number or a Roman numeral: which quarter, half or month.
    Ordinal(u32),
    /// `yil`, `год`, `г`, `Y`: says the number beside it is a year.
    YearWord,
    QuarterWord,
    HalfWord,
    Month(u32),
}

const YEAR_WORDS: &[&str] = &[
    // A school year: `2019/2020 oʻquv yili`, `2019-2020 учебный год`.
    "oʻquv",
    "o'quv",
    "o‘quv",
    "oquv",
    "ўқув",
    "yili",
    "йили",
    "учебный",
    "уч",
    "yil",
    "yillik",
    "y",
    "year",
    "йил",
    "йиллик",
    "й",
    "год",
    "года",
    "г",
    "гг",
    "yy",
];
const QUARTER_WORDS: &[&str] = &[
    "chorak",
    "чорак",
    "квартал",
    "кв",
    "q",
    "quarter",
    "qtr",
    "kv",
];
const HALF_WORDS: &[&str] = &[
    "yarim",
    "ярим",
    "полугодие",
    "полугодия",
    "полугодии",
    "h",
    "half",
    "yarimyillik",
];

/// Month names in Uzbek (Latin and Cyrillic), Russian (nominative, genitive, short) and
/// English, by month.
const MONTHS: [&[&str]; 12] = [
    &[
        "yanvar",
        "январ",
        "январь",
        "января",
        "янв",
        "january",
        "jan",
    ],
    &[
        "fevral",
        "феврал",
        "февраль",
        "февраля",
        "фев",
        "февр",
        "february",
        "feb",
    ],
    &["mart", "март", "марта", "мар", "march", "mar"],
    &["aprel", "апрел", "апрель", "апреля", "апр", "april", "apr"],
    &["may", "май", "мая", "mai"],
    &["iyun", "июн", "июнь", "июня", "june", "jun"],
    &["iyul", "июл", "июль", "июля", "july", "jul"],
    &["avgust", "август", "августа", "авг", "august", "aug"],
    &[
        "sentyabr",
        "sentabr",
        "сентябр",
        "сентябрь",
        "сентября",
        "сен",
        "сент",
        "september",
        "sep",
        "sept",
    ],
    &[
        "oktyabr",
        "oktabr",
        "октябр",
        "октябрь",
        "октября",
        "окт",
        "october",
        "oct",
    ],
    &[
        "noyabr",
        "ноябр",
        "ноябрь",
        "ноября",
        "ноя",
        "нояб",
        "november",
        "nov",
    ],
    &[
        "dekabr",
        "декабр",
        "декабрь",
        "декабря",
        "дек",
        "december",
        "dec",
    ],
];

/// Reads a column label as a period; `None` when any word of it is not part of one.
pub fn read_label(label: &str) -> Option<LabelPeriod> {
    let tokens = tokens(label)?;
    let mut years = Vec::new();
    let mut ordinals = Vec::new();
    let mut months = Vec::new();
    let (mut quarter, mut half) = (0, 0);
    for t in &tokens {
        match *t {
            Token::Year(y) => years.push(y),
            Token::Years(a, b) => {
                years.push(a);
                years.push(b);
            }
            Token::Ordinal(n) => ordinals.push(n),
            Token::YearWord => {}
            Token::QuarterWord => quarter += 1,
            Token::HalfWord => half += 1,
            Token::Month(m) => months.push(m),
        }
    }
    let at = |p| Some(LabelPeriod::At(p));
    match (years.as_slice(), ordinals.as_slice(), months.as_slice()) {
        (&[a, b], [], []) if quarter + half == 0 && a < b && b - a <= 10 => {
            Some(LabelPeriod::Span(a, b))
        }
        (&[year], [], []) if quarter + half == 0 => at(Period::Year(year)),
        (&[year], &[n], []) if quarter == 1 && half == 0 && (1..=4).contains(&n) => {
            at(Period::Quarter { year, quarter: n })
        }
        // `yarim yil` holds a year word; `I полугодие` does not need one.
        (&[year], &[n], []) if half == 1 && quarter == 0 && (1..=2).contains(&n) => {
            at(Period::Half { year, half: n })
        }
        (&[year], [], &[month]) if quarter + half == 0 => at(Period::Month { year, month }),
        _ => None,
    }
}

/// The label's words, each known; `None` at the first unknown word.
fn tokens(label: &str) -> Option<Vec<Token>> {
    let lower = label.trim().to_lowercase();
    let mut out = Vec::new();
    let mut chars = lower.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            out.push(number(&digits)?);
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&l) = chars
                .peek()
                .filter(|l| l.is_alphabetic() || matches!(l, 'ʻ' | 'ʼ' | '\'' | '’' | '‘' | '`'))
            {
                word.push(l);
                chars.next();
            }
            out.push(word_token(&word)?);
        } else if c.is_whitespace() || matches!(c, '-' | '–' | '—' | '.' | ',' | '/' | '_') {
            chars.next();
        } else {
            return None;
        }
    }
    (!out.is_empty()).then_some(out)
}

fn year(n: u32) -> Option<i32> {
    (1900..=2100).contains(&n).then_some(n as i32)
}

fn number(digits: &str) -> Option<Token> {
    match digits.len() {
        1 | 2 => digits
            .parse()
            .ok()
            .filter(|n| (1..=12).contains(n))
            .map(Token::Ordinal),
        4 => year(digits.parse().ok()?).map(Token::Year),
        // Two years run together, as the portal's field names write a school year.
        8 => {
            let a = year(digits[..4].parse().ok()?)?;
            let b = year(digits[4..].parse().ok()?)?;
            (b == a + 1).then_some(Token::Years(a, b))
        }
        _ => None,
    }
}

fn word_token(word: &str) -> Option<Token> {
    let w = word.trim_end_matches(['ʻ', 'ʼ', '\'', '’', '`']);
    if YEAR_WORDS.contains(&w) {
        return Some(Token::YearWord);
    }
    if QUARTER_WORDS.contains(&w) {
        return Some(Token::QuarterWord);
    }
    if HALF_WORDS.contains(&w) {
        return Some(Token::HalfWord);
    }
    if let Some(m) = MONTHS.iter().position(|names| names.contains(&w)) {
        return Some(Token::Month(m as u32 + 1));
    }
    // Roman numerals, Latin or Cyrillic І.
    let roman = match w {
        "i" | "і" => 1,
        "ii" | "іі" => 2,
        "iii" | "ііі" => 3,
        "iv" | "іv" => 4,
        _ => return None,
    };
    Some(Token::Ordinal(roman))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(label: &str) -> Option<String> {
        read_label(label).map(LabelPeriod::label)
    }

    #[test]
    fn years_in_every_spelling() {
        for label in [
            "2016yil",
            "2016 yil",
            "2016-yil",
            "2016 й.",
            "2016Y",
            "2016 y.",
            "2016 год",
            "2016 г.",
            "2016",
            "2016Yil",
            "2016 йил",
            " 2016 ",
            "2016 year",
        ] {
            assert_eq!(read(label).as_deref(), Some("2016"), "{label}");
        }
        assert_eq!(
            read_label("2017Y").map(LabelPeriod::kind),
            Some(PeriodKind::Year)
        );
    }

    #[test]
    fn spans_of_years_are_kept_as_spans() {
        for label in [
            "2019-2020",
            "2019–2020 yil",
            "20192020y",
            "2019/2020 гг.",
            "2019/2020 oʻquv yili",
            "2019-2020 учебный год",
        ] {
            assert_eq!(read(label).as_deref(), Some("2019-2020"), "{label}");
        }
        assert_eq!(
            read_label("2019-2020").map(LabelPeriod::kind),
            Some(PeriodKind::Span)
        );
        assert_eq!(read("2020-2019"), None, "backwards");
        assert_eq!(read("20192021y"), None, "run together, only a school year");
    }

    #[test]
    fn quarters_with_their_year() {
        for label in [
            "2024-yil I chorak",
            "I chorak 2024",
            "2024 1-chorak",
            "I квартал 2024",
            "2024 г. 1 кв.",
            "Q1 2024",
            "2024-Q1",
            "2024 йил I чорак",
        ] {
            assert_eq!(read(label).as_deref(), Some("2024-Q1"), "{label}");
        }
        assert_eq!(read("2024-yil IV chorak").as_deref(), Some("2024-Q4"));
        assert_eq!(read("III квартал 2023 г.").as_deref(), Some("2023-Q3"));
        assert_eq!(read("2024 V chorak"), None);
        assert_eq!(read("I chorak"), None, "a quarter needs its year");
    }

    #[test]
    fn half_years() {
        assert_eq!(read("2024 I yarim yil").as_deref(), Some("2024-H1"));
        assert_eq!(read("II полугодие 2024").as_deref(), Some("2024-H2"));
        assert_eq!(read("2024-H1").as_deref(), Some("2024-H1"));
    }

    #[test]
    fn months_in_four_languages() {
        let cases = [
            ("yanvar 2024", "2024-01"),
            ("2024 yil sentyabr", "2024-09"),
            ("2024 sentabr", "2024-09"),
            ("oktyabr 2024", "2024-10"),
            ("oktabr 2024", "2024-10"),
            ("2024 йил январ", "2024-01"),
            ("декабр 2024", "2024-12"),
            ("январь 2024", "2024-01"),
            ("марта 2024 г.", "2024-03"),
            ("сент. 2024", "2024-09"),
            ("March 2024", "2024-03"),
            ("Dec 2024", "2024-12"),
            ("2024 may", "2024-05"),
        ];
        for (label, want) in cases {
            assert_eq!(read(label).as_deref(), Some(want), "{label}");
        }
    }

    #[test]
    fn labels_that_are_no_periods() {
        for label in [
            "Aholi soni",
            "2024 yilda tugʻilganlar soni",
            "2011yiltopshirilganarizalar",
            "2021yanvaroktabr",
            "1703",
            "17",
            "Jami",
            "viloyat",
            "yanvar-mart 2024",
            "I-II chorak 2024",
            "2024 2025 2026",
            "",
            "2024%",
            "12345",
        ] {
            assert_eq!(read(label), None, "{label}");
        }
    }
}
