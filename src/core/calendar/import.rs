//! Reading the organisation's approved list from a table (the Excel list a ministry keeps):
//! which column holds what ([`guess_columns`], from headings in the four languages or from
//! the cells), the periodicity words such lists use ([`parse_periodicity`]), and the rows
//! as inventory items with what is wrong in each ([`read_inventory`]). What is wrong is
//! data ([`ImportProblem`]); the front ends say it in the user's language. The caller merges
//! the items into the inventory ([`Inventory::merge`]).

use std::collections::HashMap;

use crate::core::calendar::inventory::{Inventory, InventoryItem, name_key};
use crate::core::ingest::HeaderGuess;
use crate::core::lang::Lang;
use crate::core::schema::Periodicity;
use crate::core::table::Table;
use crate::core::translit::{Script, detect_script};

/// Rows looked at when the cells must tell what a column holds.
const SAMPLE_ROWS: usize = 200;
/// The largest "N days after the period's end" taken from a list.
pub const MAX_DAYS_AFTER: u32 = 366;

/// What a column of the list can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InventoryField {
    Code,
    PortalId,
    TitleUzLatn,
    TitleUzCyrl,
    TitleRu,
    TitleEn,
    Periodicity,
    DaysAfter,
    Responsible,
    Note,
}

impl InventoryField {
    pub const ALL: [InventoryField; 10] = [
        Self::Code,
        Self::PortalId,
        Self::TitleUzLatn,
        Self::TitleUzCyrl,
        Self::TitleRu,
        Self::TitleEn,
        Self::Periodicity,
        Self::DaysAfter,
        Self::Responsible,
        Self::Note,
    ];

    /// The title field of a language.
    pub fn title(lang: Lang) -> Self {
        match lang {
            Lang::UzLatn => Self::TitleUzLatn,
            Lang::UzCyrl => Self::TitleUzCyrl,
            Lang::Ru => Self::TitleRu,
            Lang::En => Self::TitleEn,
        }
    }

    /// The language of a title field.
    pub fn title_lang(self) -> Option<Lang> {
        match self {
            Self::TitleUzLatn => Some(Lang::UzLatn),
            Self::TitleUzCyrl => Some(Lang::UzCyrl),
            Self::TitleRu => Some(Lang::Ru),
            Self::TitleEn => Some(Lang::En),
            _ => None,
        }
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// Which column (0-based) holds each field; a field has at most one column, and a column
/// serves at most one field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap {
    columns: [Option<usize>; InventoryField::ALL.len()],
}

impl ColumnMap {
    pub fn get(&self, field: InventoryField) -> Option<usize> {
        self.columns[field.index()]
    }

    /// Puts `field` in `column` (or in none); a field that had this column loses it.
    pub fn set(&mut self, field: InventoryField, column: Option<usize>) {
        if column.is_some() {
            for c in &mut self.columns {
                if *c == column {
                    *c = None;
                }
            }
        }
        self.columns[field.index()] = column;
    }

    /// The field a column holds.
    pub fn field_of(&self, column: usize) -> Option<InventoryField> {
        InventoryField::ALL
            .into_iter()
            .find(|f| self.get(*f) == Some(column))
    }

    pub fn is_empty(&self) -> bool {
        self.columns.iter().all(Option::is_none)
    }

    /// Whether the list can give items: a code, a portal id or a title column.
    pub fn can_import(&self) -> bool {
        [
            InventoryField::Code,
            InventoryField::PortalId,
            InventoryField::TitleUzLatn,
            InventoryField::TitleUzCyrl,
            InventoryField::TitleRu,
            InventoryField::TitleEn,
        ]
        .into_iter()
        .any(|f| self.get(f).is_some())
    }
}

/// What is wrong with a row of the list. `row` is the data row, 1 for the first one under
/// the header (see [`first_sheet_row`] for the row number the spreadsheet shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// The periodicity is not a word Ochiq knows; the item keeps the list's old one, or
    /// monthly.
    UnknownPeriodicity { row: usize, text: String },
    /// The periodicity cell is empty for a dataset not yet on the list (taken as monthly).
    NoPeriodicity { row: usize },
    /// "Days after the period's end" is not a whole number from 0 to [`MAX_DAYS_AFTER`];
    /// the item keeps the workspace's rule.
    BadDays { row: usize, text: String },
    /// The row has text but neither a code nor a title: skipped.
    NoCodeNoTitle { row: usize },
    /// The row has a title but no code or portal id, and no item of the list has that
    /// title: nothing identifies it, so it is skipped.
    NoCode { row: usize, title: String },
    /// The code was already on an earlier row of the file: this row is skipped.
    DuplicateCode {
        row: usize,
        code: String,
        first_row: usize,
    },
}

impl ImportProblem {
    pub fn row(&self) -> usize {
        match self {
            Self::UnknownPeriodicity { row, .. }
            | Self::NoPeriodicity { row }
            | Self::BadDays { row, .. }
            | Self::NoCodeNoTitle { row }
            | Self::NoCode { row, .. }
            | Self::DuplicateCode { row, .. } => *row,
        }
    }

    /// Whether the row is left out of the import (else it is imported with a default).
    pub fn skips_row(&self) -> bool {
        matches!(
            self,
            Self::NoCodeNoTitle { .. } | Self::NoCode { .. } | Self::DuplicateCode { .. }
        )
    }
}

/// The list read from a table: the items to merge, the data row each came from, and what
/// was wrong, row by row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InventoryImport {
    pub items: Vec<InventoryItem>,
    /// `rows[i]` is the data row (1-based) `items[i]` came from.
    pub rows: Vec<usize>,
    pub problems: Vec<ImportProblem>,
    /// Rows with text that were left out (see [`ImportProblem::skips_row`]).
    pub skipped: usize,
}

impl InventoryImport {
    /// The problems of one data row.
    pub fn problems_of(&self, row: usize) -> impl Iterator<Item = &ImportProblem> {
        self.problems.iter().filter(move |p| p.row() == row)
    }
}

/// The spreadsheet's row number (1-based, as Excel shows it) of data row 1, from where the
/// reader found the header: data row `r` is sheet row `first_sheet_row(..) + r - 1`.
pub fn first_sheet_row(header: &HeaderGuess) -> usize {
    header.header_row + if header.has_header { 2 } else { 1 }
}

/// Lower case, apostrophes dropped, anything but letters and digits a single space.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        if is_apostrophe(c) {
            continue;
        }
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | 'ʻ' | 'ʼ' | '‘' | '’' | '`' | '´' | 'ʹ' | 'ʽ' | '′' | 'ъ' | 'Ъ'
    )
}

fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A phrase's words; a word ending in `*` matches any word it begins (Russian endings).
fn phrase_matches(phrase: &[&str], words: &[String], at: usize) -> bool {
    phrase.len() + at <= words.len()
        && phrase
            .iter()
            .zip(&words[at..])
            .all(|(p, w)| match p.strip_suffix('*') {
                Some(stem) => w.starts_with(stem),
                None => w == p,
            })
}

/// The words lists use for each periodicity, normalised (lower case, no apostrophes, `ъ`
/// dropped as an apostrophe). Longer phrases win over the shorter ones inside them
/// ("yarim yillik" over "yillik").
const PERIODICITY_WORDS: &[(Periodicity, &[&str])] = &[
    (
        Periodicity::Daily,
        &[
            "kunlik",
            "har kuni",
            "kuniga",
            "кунлик",
            "ҳар куни",
            "ежедневн*",
            "daily",
            "every day",
        ],
    ),
    (
        Periodicity::Weekly,
        &[
            "haftalik",
            "har hafta",
            "har haftada",
            "haftasiga",
            "ҳафталик",
            "ҳар ҳафта",
            "ҳар ҳафтада",
            "еженедельн*",
            "weekly",
            "every week",
        ],
    ),
    (
        Periodicity::Monthly,
        &[
            "oylik",
            "har oy",
            "har oyda",
            "har oyning",
            "oyiga",
            "ойлик",
            "ҳар ой",
            "ҳар ойда",
            "ойига",
            "ежемесячн*",
            "месячн*",
            "раз в месяц",
            "monthly",
            "every month",
        ],
    ),
    (
        Periodicity::Quarterly,
        &[
            "choraklik",
            "har chorak",
            "har chorakda",
            "chorakda",
            "чораклик",
            "ҳар чорак",
            "ҳар чоракда",
            "чоракда",
            "ежеквартальн*",
            "квартальн*",
            "раз в квартал",
            "quarterly",
            "every quarter",
        ],
    ),
    (
        Periodicity::Semiannual,
        &[
            "yarim yillik",
            "yarim yilda",
            "har yarim yilda",
            "ярим йиллик",
            "ярим йилда",
            "ҳар ярим йилда",
            "полугодов*",
            "раз в полгода",
            "раз в полугодие",
            "каждые полгода",
            "semiannual*",
            "semi annual*",
            "half yearly",
            "halfyearly",
            "biannual*",
            "every six months",
        ],
    ),
    (
        Periodicity::Annual,
        &[
            "yillik",
            "har yili",
            "har yil",
            "yiliga",
            "йиллик",
            "ҳар йили",
            "ҳар йил",
            "йилига",
            "ежегодн*",
            "годов*",
            "раз в год",
            "annual*",
            "yearly",
            "every year",
        ],
    ),
    (
        Periodicity::Irregular,
        &[
            "zarur bolganda",
            "zarurat boyicha",
            "zaruratga kora",
            "talab boyicha",
            "vaqti vaqti bilan",
            "зарур бўлганда",
            "зарурат бўйича",
            "заруратга кўра",
            "талаб бўйича",
            "по мере необходимости",
            "по мере обновления",
            "по мере поступления",
            "нерегулярн*",
            "по необходимости",
            "irregular*",
            "as needed",
            "when needed",
            "on demand",
            "ad hoc",
        ],
    ),
    (
        Periodicity::OneOff,
        &[
            "bir martalik",
            "бир марталик",
            "единовременн*",
            "однократн*",
            "разов*",
            "one off",
            "oneoff",
            "one time",
        ],
    ),
];

/// The periodicity a list writes, in Uzbek (Latin or Cyrillic), Russian or English, in any
/// case and with any apostrophe (`zarur bo'lganda`, `ЕЖЕМЕСЯЧНО`, `Half-yearly`), or as an
/// ISO 8601 repeating interval (`R/P1M`, `P3M`) or a DCAT frequency. Extra words around the
/// periodicity are allowed ("Ежемесячно, до 10 числа"); words of two periodicities are not.
pub fn parse_periodicity(text: &str) -> Option<Periodicity> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    let upper = trimmed.to_uppercase();
    let code = if upper.starts_with('P') {
        format!("R/{upper}")
    } else {
        upper
    };
    if let Some(p) = Periodicity::from_code(&code).or_else(|| Periodicity::from_code(trimmed)) {
        return Some(p);
    }
    let words = words(trimmed);
    // Every phrase found, as (start, end, periodicity).
    let mut found: Vec<(usize, usize, Periodicity)> = Vec::new();
    for (periodicity, phrases) in PERIODICITY_WORDS {
        for phrase in *phrases {
            let phrase: Vec<&str> = phrase.split(' ').collect();
            for at in 0..words.len() {
                if phrase_matches(&phrase, &words, at) {
                    found.push((at, at + phrase.len(), *periodicity));
                }
            }
        }
    }
    // A phrase inside a longer one found elsewhere does not count.
    let kept: Vec<Periodicity> = found
        .iter()
        .filter(|(s, e, _)| {
            !found
                .iter()
                .any(|(s2, e2, _)| s2 <= s && e <= e2 && e2 - s2 > e - s)
        })
        .map(|f| f.2)
        .collect();
    let first = *kept.first()?;
    kept.iter().all(|p| *p == first).then_some(first)
}

/// "N days after the period's end" as a list writes it: `10`, `+10`, `10 kun`, `10 дней`,
/// `10.0` (a number cell).
pub fn parse_days(text: &str) -> Option<u32> {
    let text = text.trim().trim_start_matches('+').trim_start();
    let digits_end = text
        .char_indices()
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(text.len(), |(i, _)| i);
    let (digits, rest) = text.split_at(digits_end);
    let rest = rest.trim();
    let rest_ok = rest.is_empty()
        || rest.chars().next().is_some_and(char::is_alphabetic)
        || (rest.len() > 1 && rest.starts_with(['.', ',']) && rest[1..].chars().all(|c| c == '0'));
    let n: u32 = digits.parse().ok()?;
    (rest_ok && n <= MAX_DAYS_AFTER).then_some(n)
}

/// Heading words for each field, normalised; a word ending in `*` is a stem.
fn heading_field(heading: &str) -> Option<HeadingKind> {
    let words = words(heading);
    let has = |stems: &[&str]| {
        stems.iter().any(|stem| {
            let phrase: Vec<&str> = stem.split(' ').collect();
            (0..words.len()).any(|at| phrase_matches(&phrase, &words, at))
        })
    };
    if words.is_empty() {
        return None;
    }
    if has(&[
        "davriy*",
        "даврий*",
        "периодичн*",
        "periodicity",
        "frequency",
        "частота",
        "chastota*",
        "частотаси",
    ]) {
        return Some(HeadingKind::Field(InventoryField::Periodicity));
    }
    if has(&[
        "kun",
        "kunlar*",
        "kunda",
        "кун",
        "кунлар*",
        "дней",
        "дни",
        "день",
        "days",
        "day",
    ]) {
        return Some(HeadingKind::Field(InventoryField::DaysAfter));
    }
    if has(&[
        "masul*",
        "масул*",
        "ответствен*",
        "responsib*",
        "ijrochi*",
        "ижрочи*",
        "исполнител*",
        "contact*",
        "контакт*",
    ]) {
        return Some(HeadingKind::Field(InventoryField::Responsible));
    }
    if has(&[
        "izoh*",
        "изоҳ*",
        "изох*",
        "примечан*",
        "комментар*",
        "note*",
        "comment*",
        "eslatma*",
        "эслатма*",
        "remark*",
    ]) {
        return Some(HeadingKind::Field(InventoryField::Note));
    }
    if has(&[
        "id",
        "identifikator*",
        "идентификатор*",
        "guid",
        "structid",
        "uuid",
    ]) {
        return Some(HeadingKind::Field(InventoryField::PortalId));
    }
    if has(&["kod*", "код*", "code*", "shifr*", "шифр*", "cipher"]) {
        return Some(HeadingKind::Field(InventoryField::Code));
    }
    if has(&[
        "nom*",
        "ном*",
        "наименован*",
        "назван*",
        "title*",
        "name*",
        "sarlavha*",
        "сарлавҳа*",
        "mavzu*",
        "мавзу*",
    ]) {
        let lang = if has(&[
            "kiril*",
            "кирил*",
            "cyril*",
            "cyrl",
            "кир",
            "kir",
            "ўзбек кирилл*",
        ]) {
            Some(Lang::UzCyrl)
        } else if has(&["rus*", "рус*", "ru", "ру", "russian", "русском", "russ*"]) {
            Some(Lang::Ru)
        } else if has(&[
            "ingliz*",
            "инглиз*",
            "англ*",
            "english",
            "en",
            "eng",
            "англий*",
        ]) {
            Some(Lang::En)
        } else if has(&[
            "lotin*",
            "лотин*",
            "латин*",
            "latin*",
            "latn",
            "uz",
            "ozbek*",
            "узбек*",
            "ўзбек*",
            "узб*",
            "uzb*",
        ]) {
            Some(Lang::UzLatn)
        } else {
            None
        };
        return Some(match lang {
            Some(lang) => HeadingKind::Field(InventoryField::title(lang)),
            None => HeadingKind::Title,
        });
    }
    None
}

/// Whether a cell looks like what a field holds.
type CellTest = fn(&str) -> bool;

enum HeadingKind {
    Field(InventoryField),
    /// A title of a language the heading does not name.
    Title,
}

/// The non-empty cells of a column among the first rows.
fn sample(table: &Table, column: usize) -> Vec<&str> {
    table
        .iter_rows()
        .take(SAMPLE_ROWS)
        .filter_map(|r| r.get(column))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// Whether most of the cells are like `test` (and there are some).
fn mostly(cells: &[&str], test: impl Fn(&str) -> bool) -> bool {
    !cells.is_empty() && cells.iter().filter(|c| test(c)).count() * 5 >= cells.len() * 4
}

/// A portal code: digit groups joined by hyphens (`1-104-0012`, `2-001-9780`).
fn looks_like_code(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 6 && p.chars().all(|c| c.is_ascii_digit()))
}

/// A data.egov.uz `structId`: 24 hexadecimal digits.
fn looks_like_portal_id(text: &str) -> bool {
    text.len() == 24 && text.chars().all(|c| c.is_ascii_hexdigit())
}

/// The language of a column of titles by its script: Latin is Uzbek Latin, Cyrillic with
/// the Uzbek letters ў қ ғ ҳ is Uzbek Cyrillic, other Cyrillic is Russian.
pub fn title_language(cells: &[&str]) -> Lang {
    let (mut latin, mut cyrillic, mut uzbek) = (0, 0, false);
    for cell in cells {
        match detect_script(cell) {
            Script::Latin => latin += 1,
            Script::Cyrillic | Script::Mixed => cyrillic += 1,
            Script::None => {}
        }
        uzbek |= cell.chars().any(|c| "ўқғҳЎҚҒҲ".contains(c));
    }
    if latin > cyrillic {
        Lang::UzLatn
    } else if uzbek {
        Lang::UzCyrl
    } else {
        Lang::Ru
    }
}

/// Which column holds which field: from the headings (in Uzbek Latin or Cyrillic, Russian
/// or English) and, for fields no heading names, from the cells (a column of portal codes,
/// of `structId`s, of periodicity words; the column of longest texts is the title, its
/// language told by its script).
pub fn guess_columns(table: &Table) -> ColumnMap {
    let mut map = ColumnMap::default();
    let mut untitled: Vec<usize> = Vec::new();
    for (column, heading) in table.header().iter().enumerate() {
        match heading_field(heading) {
            Some(HeadingKind::Field(field)) if map.get(field).is_none() => {
                map.set(field, Some(column));
            }
            Some(HeadingKind::Title) => untitled.push(column),
            _ => {}
        }
    }
    // Title columns whose heading names no language: by their script, into a free language.
    for column in untitled {
        let cells = sample(table, column);
        let first = title_language(&cells);
        let lang = std::iter::once(first)
            .chain(Lang::ALL)
            .find(|l| map.get(InventoryField::title(*l)).is_none());
        if let Some(lang) = lang {
            map.set(InventoryField::title(lang), Some(column));
        }
    }
    let free = |map: &ColumnMap| -> Vec<usize> {
        (0..table.width())
            .filter(|c| map.field_of(*c).is_none())
            .collect()
    };
    let by_cells: [(InventoryField, CellTest); 3] = [
        (InventoryField::Code, looks_like_code),
        (InventoryField::PortalId, looks_like_portal_id),
        (InventoryField::Periodicity, |c| {
            parse_periodicity(c).is_some()
        }),
    ];
    for (field, test) in by_cells {
        if map.get(field).is_some() {
            continue;
        }
        if let Some(column) = free(&map)
            .into_iter()
            .find(|c| mostly(&sample(table, *c), test))
        {
            map.set(field, Some(column));
        }
    }
    let has_title = Lang::ALL
        .into_iter()
        .any(|l| map.get(InventoryField::title(l)).is_some());
    if !has_title {
        // The free column of the longest texts, if they are words rather than numbers.
        let longest = free(&map)
            .into_iter()
            .map(|c| (c, sample(table, c)))
            .filter(|(_, cells)| mostly(cells, |t| t.chars().any(char::is_alphabetic)))
            .map(|(c, cells)| {
                let chars: usize = cells.iter().map(|t| t.chars().count()).sum();
                (c, chars / cells.len().max(1), cells)
            })
            .filter(|(_, average, _)| *average >= 12)
            .max_by_key(|(_, average, _)| *average);
        if let Some((column, _, cells)) = longest {
            map.set(InventoryField::title(title_language(&cells)), Some(column));
        }
    }
    map
}

/// The list's rows as inventory items, with the problems of each row. Rows with nothing in
/// them are passed over. When the periodicity column is not mapped (or its cell cannot be
/// read), an item keeps the periodicity `existing` has for it, else monthly; a row with a
/// title and no code takes the code of the item of `existing` with that title.
pub fn read_inventory(table: &Table, map: &ColumnMap, existing: &Inventory) -> InventoryImport {
    let mut out = InventoryImport::default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, row) in table.iter_rows().enumerate() {
        let number = index + 1;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |field: InventoryField| -> &str {
            map.get(field)
                .and_then(|c| row.get(c))
                .map(str::trim)
                .unwrap_or("")
        };
        let mut item = InventoryItem {
            code: cell(InventoryField::Code).to_owned(),
            portal_id: cell(InventoryField::PortalId).to_owned(),
            responsible: cell(InventoryField::Responsible).to_owned(),
            note: cell(InventoryField::Note).to_owned(),
            ..InventoryItem::default()
        };
        for lang in Lang::ALL {
            item.title
                .set(lang, cell(InventoryField::title(lang)).to_owned());
        }
        if item.code.is_empty() && item.portal_id.is_empty() {
            if item.title.is_empty() {
                // Text only in columns that are not mapped, or only a periodicity: a
                // note under the table, a section heading, a row left half filled.
                out.problems
                    .push(ImportProblem::NoCodeNoTitle { row: number });
                out.skipped += 1;
                continue;
            }
            match find_by_title(existing, &item) {
                Some(old) => {
                    item.code = old.code.clone();
                    item.portal_id = old.portal_id.clone();
                    item.dataset = old.dataset.clone();
                }
                None => {
                    let title = Lang::ALL
                        .into_iter()
                        .map(|l| item.title.get(l))
                        .find(|t| !t.is_empty())
                        .unwrap_or("")
                        .to_owned();
                    out.problems
                        .push(ImportProblem::NoCode { row: number, title });
                    out.skipped += 1;
                    continue;
                }
            }
        }
        let key = name_key(item.key());
        if let Some(first_row) = seen.get(&key) {
            out.problems.push(ImportProblem::DuplicateCode {
                row: number,
                code: item.key().to_owned(),
                first_row: *first_row,
            });
            out.skipped += 1;
            continue;
        }
        seen.insert(key, number);
        let old = existing
            .find(&item.code)
            .or_else(|| existing.find(&item.portal_id));
        let kept = old.map(|o| o.periodicity).unwrap_or_default();
        item.periodicity = match map.get(InventoryField::Periodicity) {
            None => kept,
            Some(_) => {
                let text = cell(InventoryField::Periodicity);
                match parse_periodicity(text) {
                    Some(p) => p,
                    None if text.is_empty() => {
                        if old.is_none() {
                            out.problems
                                .push(ImportProblem::NoPeriodicity { row: number });
                        }
                        kept
                    }
                    None => {
                        out.problems.push(ImportProblem::UnknownPeriodicity {
                            row: number,
                            text: text.to_owned(),
                        });
                        kept
                    }
                }
            }
        };
        let days = cell(InventoryField::DaysAfter);
        if !days.is_empty() {
            match parse_days(days) {
                Some(n) => item.days_after = Some(n),
                None => out.problems.push(ImportProblem::BadDays {
                    row: number,
                    text: days.to_owned(),
                }),
            }
        }
        out.items.push(item);
        out.rows.push(number);
    }
    out
}

/// The item of `existing` with one of `item`'s titles (case and spaces aside).
fn find_by_title<'a>(existing: &'a Inventory, item: &InventoryItem) -> Option<&'a InventoryItem> {
    let same = |a: &str, b: &str| !a.is_empty() && normalise(a) == normalise(b);
    existing.items.iter().find(|old| {
        !old.key().is_empty()
            && Lang::ALL
                .into_iter()
                .any(|l| same(item.title.get(l), old.title.get(l)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::{OpenOptions, read_table};
    use crate::core::lang::LangText;
    use crate::core::progress::NoProgress;

    #[test]
    fn periodicity_words_of_the_four_languages_and_iso_codes_are_read() {
        let cases: &[(&str, Periodicity)] = &[
            ("har oy", Periodicity::Monthly),
            ("Oylik", Periodicity::Monthly),
            ("ойлик", Periodicity::Monthly),
            ("ЕЖЕМЕСЯЧНО", Periodicity::Monthly),
            ("ежемесячный", Periodicity::Monthly),
            ("Ежемесячно, до 10 числа", Periodicity::Monthly),
            ("monthly", Periodicity::Monthly),
            ("R/P1M", Periodicity::Monthly),
            ("P1M", Periodicity::Monthly),
            ("choraklik", Periodicity::Quarterly),
            ("har chorakda", Periodicity::Quarterly),
            ("ҳар чоракда", Periodicity::Quarterly),
            ("ежеквартально", Periodicity::Quarterly),
            ("Quarterly", Periodicity::Quarterly),
            ("r/p3m", Periodicity::Quarterly),
            ("yarim yillik", Periodicity::Semiannual),
            ("ярим йиллик", Periodicity::Semiannual),
            ("полугодовой", Periodicity::Semiannual),
            ("раз в полгода", Periodicity::Semiannual),
            ("semiannual", Periodicity::Semiannual),
            ("Half-yearly", Periodicity::Semiannual),
            ("semi-annually", Periodicity::Semiannual),
            ("R/P6M", Periodicity::Semiannual),
            ("yillik", Periodicity::Annual),
            ("har yili", Periodicity::Annual),
            ("Йиллик", Periodicity::Annual),
            ("ежегодно", Periodicity::Annual),
            ("annual", Periodicity::Annual),
            ("yearly", Periodicity::Annual),
            ("R/P1Y", Periodicity::Annual),
            ("kunlik", Periodicity::Daily),
            ("ежедневно", Periodicity::Daily),
            ("daily", Periodicity::Daily),
            ("R/P1D", Periodicity::Daily),
            ("haftalik", Periodicity::Weekly),
            ("еженедельно", Periodicity::Weekly),
            ("weekly", Periodicity::Weekly),
            ("zarur bo'lganda", Periodicity::Irregular),
            ("Zarur boʻlganda", Periodicity::Irregular),
            ("zarur bo‘lganda", Periodicity::Irregular),
            ("zarur bo`lganda", Periodicity::Irregular),
            ("зарур бўлганда", Periodicity::Irregular),
            ("по мере необходимости", Periodicity::Irregular),
            ("irregular", Periodicity::Irregular),
            ("As needed", Periodicity::Irregular),
            ("bir martalik", Periodicity::OneOff),
            ("единовременно", Periodicity::OneOff),
            ("one-off", Periodicity::OneOff),
            (
                "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                Periodicity::Annual,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_periodicity(text), Some(*expected), "{text}");
        }
        for text in ["", "har", "tez-tez", "oylik va yillik", "10", "Dataset"] {
            assert_eq!(parse_periodicity(text), None, "{text}");
        }
    }

    #[test]
    fn days_after_is_a_whole_number_with_or_without_its_unit() {
        assert_eq!(parse_days("10"), Some(10));
        assert_eq!(parse_days("+15"), Some(15));
        assert_eq!(parse_days("10 kun"), Some(10));
        assert_eq!(parse_days("20 дней"), Some(20));
        assert_eq!(parse_days("5.0"), Some(5));
        assert_eq!(parse_days("0"), Some(0));
        for bad in ["o'n", "10-15", "2.5", "-3", "1000", "kun"] {
            assert_eq!(parse_days(bad), None, "{bad}");
        }
    }

    fn table(header: &[&str], rows: &[Vec<&str>]) -> Table {
        Table::from_rows(header, rows)
    }

    #[test]
    fn columns_are_found_by_headings_in_each_language() {
        let t = table(
            &[
                "№",
                "Ochiq ma'lumotlar to'plami kodi",
                "Nomi (lotin)",
                "Номи (кирилл)",
                "Наименование на русском",
                "Name in English",
                "Davriyligi",
                "Muddat (kun)",
                "Mas'ul xodim",
                "Izoh",
            ],
            &[],
        );
        let map = guess_columns(&t);
        let got: Vec<Option<usize>> = InventoryField::ALL.iter().map(|f| map.get(*f)).collect();
        assert_eq!(
            got,
            [
                Some(1),
                None,
                Some(2),
                Some(3),
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
                Some(9)
            ]
        );
        let ru = table(
            &[
                "Код",
                "Идентификатор на портале",
                "Название",
                "Периодичность",
                "Ответственный",
                "Примечание",
            ],
            &[vec![
                "1-104-0012",
                "",
                "Сведения о школах",
                "ежемесячно",
                "",
                "",
            ]],
        );
        let map = guess_columns(&ru);
        assert_eq!(map.get(InventoryField::Code), Some(0));
        assert_eq!(map.get(InventoryField::PortalId), Some(1));
        assert_eq!(map.get(InventoryField::TitleRu), Some(2));
        assert_eq!(map.get(InventoryField::Periodicity), Some(3));
        assert_eq!(map.get(InventoryField::Responsible), Some(4));
        assert_eq!(map.get(InventoryField::Note), Some(5));
    }

    #[test]
    fn without_headings_the_cells_tell_the_columns_and_the_titles_script() {
        let rows = vec![
            vec![
                "1",
                "1-104-0012",
                "Мактабгача таълим ташкилотлари рўйхати",
                "har oy",
            ],
            vec![
                "2",
                "1-104-0013",
                "Умумтаълим мактаблари сони ҳудудлар бўйича",
                "yillik",
            ],
        ];
        let map = guess_columns(&table(&["", "", "", ""], &rows));
        assert_eq!(map.get(InventoryField::Code), Some(1));
        assert_eq!(map.get(InventoryField::TitleUzCyrl), Some(2));
        assert_eq!(map.get(InventoryField::Periodicity), Some(3));
        let russian = vec![vec!["1-104-0012", "Список дошкольных учреждений"]];
        let map = guess_columns(&table(&["A", "B"], &russian));
        assert_eq!(map.get(InventoryField::TitleRu), Some(1));
        // One title column under a heading naming no language: by its script.
        let latin = vec![vec!["1-104-0012", "Maktabgacha ta'lim tashkilotlari"]];
        let map = guess_columns(&table(&["Kod", "Nomi"], &latin));
        assert_eq!(map.get(InventoryField::TitleUzLatn), Some(1));
    }

    #[test]
    fn a_column_serves_one_field() {
        let mut map = ColumnMap::default();
        map.set(InventoryField::Code, Some(2));
        map.set(InventoryField::Note, Some(2));
        assert_eq!(map.get(InventoryField::Code), None);
        assert_eq!(map.field_of(2), Some(InventoryField::Note));
        assert!(!map.can_import());
        map.set(InventoryField::TitleEn, Some(0));
        assert!(map.can_import());
    }

    #[test]
    fn rows_become_items_with_their_problems() {
        let mut existing = Inventory::default();
        existing.merge(vec![
            InventoryItem {
                code: "1-104-0013".into(),
                periodicity: Periodicity::Annual,
                responsible: "B. Aliyeva".into(),
                ..InventoryItem::default()
            },
            InventoryItem {
                code: "1-104-0020".into(),
                title: LangText::new("Kutubxonalar", "", "", ""),
                ..InventoryItem::default()
            },
        ]);
        let t = table(
            &["Kod", "Nomi", "Davriylik", "Kun"],
            &[
                vec!["1-104-0012", "Maktablar", "har oy", "10"],
                vec!["", "", "", ""],
                vec!["1-104-0013", "Litseylar", "", ""],
                vec!["1-104-0014", "Kollejlar", "tez-tez", "oʻn"],
                vec!["1-104-0012", "Maktablar (takror)", "yillik", ""],
                vec!["", "", "", "", "Izoh: roʻyxat 2026-yil"],
                vec!["", "Kutubxonalar", "yillik", ""],
                vec!["", "Yangi toʻplam", "yillik", ""],
                vec!["1-104-0015", "Teatrlar", "", ""],
            ],
        );
        let map = guess_columns(&t);
        let read = read_inventory(&t, &map, &existing);
        let codes: Vec<&str> = read.items.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "1-104-0012",
                "1-104-0013",
                "1-104-0014",
                "1-104-0020",
                "1-104-0015"
            ]
        );
        assert_eq!(read.rows, [1, 3, 4, 7, 9]);
        assert_eq!(read.items[0].periodicity, Periodicity::Monthly);
        assert_eq!(read.items[0].days_after, Some(10));
        assert_eq!(read.items[0].title.uz_latn, "Maktablar");
        // An empty cell keeps the list's periodicity.
        assert_eq!(read.items[1].periodicity, Periodicity::Annual);
        assert_eq!(read.items[2].periodicity, Periodicity::Monthly);
        assert_eq!(read.items[2].days_after, None);
        assert_eq!(read.items[3].periodicity, Periodicity::Annual);
        assert_eq!(
            read.problems,
            [
                ImportProblem::UnknownPeriodicity {
                    row: 4,
                    text: "tez-tez".into()
                },
                ImportProblem::BadDays {
                    row: 4,
                    text: "oʻn".into()
                },
                ImportProblem::DuplicateCode {
                    row: 5,
                    code: "1-104-0012".into(),
                    first_row: 1
                },
                ImportProblem::NoCodeNoTitle { row: 6 },
                ImportProblem::NoCode {
                    row: 8,
                    title: "Yangi toʻplam".into()
                },
                ImportProblem::NoPeriodicity { row: 9 },
            ]
        );
        assert_eq!(read.skipped, 3);
        assert_eq!(read.problems_of(4).count(), 2);
        // Merging keeps what the list does not say.
        let count = existing.merge(read.items);
        assert_eq!((count.added, count.updated), (3, 2));
        let kept = existing.find("1-104-0013").map(|i| i.responsible.as_str());
        assert_eq!(kept, Some("B. Aliyeva"));
    }

    #[test]
    fn the_import_knows_a_dataset_by_the_same_rule_as_the_list_whatever_the_case() {
        let mut existing = Inventory::default();
        existing.merge(vec![InventoryItem {
            portal_id: "607FEA9A7B".into(),
            periodicity: Periodicity::Quarterly,
            ..InventoryItem::default()
        }]);
        let t = table(
            &["Portal ID", "Title"],
            &[
                vec!["607fea9a7b", "Schools"],
                vec!["607FEA9A7B ", "Schools again"],
            ],
        );
        let mut map = guess_columns(&t);
        map.set(InventoryField::PortalId, Some(0));
        map.set(InventoryField::TitleEn, Some(1));
        let read = read_inventory(&t, &map, &existing);
        assert_eq!(read.items.len(), 1, "{:?}", read.problems);
        assert!(matches!(
            read.problems.as_slice(),
            [ImportProblem::DuplicateCode { .. }]
        ));
        // Found on the list although the list wrote the id in capitals.
        assert_eq!(read.items[0].periodicity, Periodicity::Quarterly);
    }

    #[test]
    fn without_a_periodicity_column_the_lists_own_stands() {
        let mut existing = Inventory::default();
        existing.merge(vec![InventoryItem {
            code: "2-001-9780".into(),
            periodicity: Periodicity::Quarterly,
            ..InventoryItem::default()
        }]);
        let t = table(
            &["Code", "Title"],
            &[vec!["2-001-9780", "Schools"], vec!["2-001-9781", "Roads"]],
        );
        let map = guess_columns(&t);
        assert_eq!(map.get(InventoryField::Periodicity), None);
        let read = read_inventory(&t, &map, &existing);
        assert_eq!(read.items[0].periodicity, Periodicity::Quarterly);
        assert_eq!(read.items[1].periodicity, Periodicity::Monthly);
        assert!(read.problems.is_empty(), "{:?}", read.problems);
    }

    /// A ministry's list as Excel writes it: a title block, Russian and Uzbek headings, a
    /// blank row, and rows with mistakes.
    #[test]
    fn an_excel_list_with_a_title_block_is_read_with_sheet_row_numbers() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("royxat.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        let rows: &[&[&str]] = &[
            &["Oʻzbekiston Respublikasi Maktabgacha va maktab taʼlimi vazirligi"],
            &["Ochiq maʼlumotlar toʻplamlari roʻyxati (2026)"],
            &[],
            &[
                "№",
                "Код набора",
                "Nomi (lotin)",
                "Наименование (рус)",
                "Периодичность",
                "Срок, дней",
                "Masʼul xodim",
            ],
            &[
                "1",
                "1-104-0012",
                "Maktabgacha taʼlim tashkilotlari",
                "Дошкольные организации",
                "Ежемесячно",
                "10",
                "A. Karimov",
            ],
            &[
                "2",
                "1-104-0013",
                "Umumtaʼlim maktablari",
                "Общеобразовательные школы",
                "choraklik",
                "15",
                "B. Aliyeva",
            ],
            &[],
            &[
                "3",
                "1-104-0014",
                "Oliy taʼlim",
                "Высшее образование",
                "каждый вторник?",
                "",
                "",
            ],
            &["4", "", "", "", "yillik", "30", ""],
            &[
                "5",
                "1-104-0015",
                "Darsliklar",
                "Учебники",
                "R/P1Y",
                "besh",
                "D. Yusupov",
            ],
        ];
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                let number = (c == 0 && r > 3)
                    .then(|| text.parse::<f64>().ok())
                    .flatten();
                let written = match number {
                    Some(n) => sheet.write_number(r as u32, c as u16, n).map(|_| ()),
                    None => sheet.write_string(r as u32, c as u16, *text).map(|_| ()),
                };
                written.unwrap_or_else(|e| panic!("{e}"));
            }
        }
        book.save(&path).unwrap_or_else(|e| panic!("{e}"));

        let (info, table) = read_table(&path, &OpenOptions::default(), &NoProgress)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            info.header.header_row, 3,
            "the title block is above the header"
        );
        let first = first_sheet_row(&info.header);
        assert_eq!(first, 5);
        let map = guess_columns(&table);
        assert_eq!(map.get(InventoryField::Code), Some(1));
        assert_eq!(map.get(InventoryField::TitleUzLatn), Some(2));
        assert_eq!(map.get(InventoryField::TitleRu), Some(3));
        assert_eq!(map.get(InventoryField::Periodicity), Some(4));
        assert_eq!(map.get(InventoryField::DaysAfter), Some(5));
        assert_eq!(map.get(InventoryField::Responsible), Some(6));
        let read = read_inventory(&table, &map, &Inventory::default());
        assert_eq!(read.items.len(), 4);
        assert_eq!(read.items[1].periodicity, Periodicity::Quarterly);
        assert_eq!(read.items[1].days_after, Some(15));
        assert_eq!(read.items[1].title.ru, "Общеобразовательные школы");
        assert_eq!(read.items[3].periodicity, Periodicity::Annual);
        // Problems carry data rows; the sheet shows them `first - 1` rows further down.
        let sheet_rows: Vec<(usize, &str)> = read
            .problems
            .iter()
            .map(|p| {
                let kind = match p {
                    ImportProblem::UnknownPeriodicity { .. } => "periodicity",
                    ImportProblem::BadDays { .. } => "days",
                    ImportProblem::NoCodeNoTitle { .. } => "no code",
                    _ => "other",
                };
                (first + p.row() - 1, kind)
            })
            .collect();
        assert_eq!(
            sheet_rows,
            [(8, "periodicity"), (9, "no code"), (10, "days")]
        );
    }
}
