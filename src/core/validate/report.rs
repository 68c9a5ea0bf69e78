//! What validation found: every error counted by its Frictionless code, and the first N of
//! each code kept with row, field, value and arguments. Findings are data; front ends turn
//! codes and arguments into sentences.

use std::collections::BTreeMap;

use serde::Serialize;

/// The error codes Ochiq reports: Frictionless's own, plus Ochiq's for defects of Uzbek
/// portal files and for the passport.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Code {
    BlankLabel,
    DuplicateLabel,
    MissingLabel,
    ExtraLabel,
    IncorrectLabel,
    BlankRow,
    ExtraCell,
    MissingCell,
    TypeError,
    ConstraintError,
    UniqueError,
    PrimaryKey,
    ForeignKey,
    /// A code not inside the code of its parent column (a district outside its region).
    HierarchyError,
    /// A note or footnote loaded as a data row: one long text in the first cell.
    FootnoteRow,
    /// A row whose cells hold only spaces.
    SpacerRow,
    /// Years or periods as column names (`2016yil`, `2017yil`) instead of a period column.
    PeriodInHeader,
    /// The schema itself is broken where a check needs it (an invalid pattern).
    SchemaError,
    /// Bytes that are not text in the file's encoding (`bytes` in hex, `encoding`); the cell
    /// shows them as `\xNN` instead of a replacement character.
    EncodingError,
    /// A table that yields no data rows although the file holds data (`sheet`, and `sheets`:
    /// the sheets that do hold a table).
    NoDataRows,
    /// A label merged down over several data rows (a region over its districts): only the
    /// first row holds it, the others read as empty (`first`, `last`: the rows).
    MergedCells,
    /// A total row (by its SOATO code: the republic over its regions, a region over its
    /// districts; or labelled "Jami", "Итого"…) that is not the sum of its parts (`code`,
    /// `total`, `sum`, `difference`, `parts`; `words` and `wordrows` when some parts hold
    /// words, left out of the sum), compared at the column's decimals.
    TotalMismatch,
    /// A total given again in the same period over the same parts (`code`, `first`: the row
    /// of the first one); neither is summed twice.
    TotalRepeated,
    /// A number that changed by more than a factor, or changed sign, against the published
    /// version of its row (`old`, `new`, `change`: `×10`, `÷10` or `sign`, `key`); a warning,
    /// found before publishing.
    ValueJump,
    /// A column holding the personal data of citizens (`kind`, `count` of its `values`,
    /// `examples`: two masked values); an error, never a warning, and never a full value.
    PersonalData,
    /// A required passport item is empty (a warning).
    PassportMissing,
    /// A passport text lacks some of the four languages (a warning).
    PassportLanguage,
}

impl Code {
    pub const ALL: [Code; 27] = [
        Self::BlankLabel,
        Self::DuplicateLabel,
        Self::MissingLabel,
        Self::ExtraLabel,
        Self::IncorrectLabel,
        Self::BlankRow,
        Self::ExtraCell,
        Self::MissingCell,
        Self::TypeError,
        Self::ConstraintError,
        Self::UniqueError,
        Self::PrimaryKey,
        Self::ForeignKey,
        Self::HierarchyError,
        Self::FootnoteRow,
        Self::SpacerRow,
        Self::PeriodInHeader,
        Self::SchemaError,
        Self::EncodingError,
        Self::NoDataRows,
        Self::MergedCells,
        Self::TotalMismatch,
        Self::TotalRepeated,
        Self::ValueJump,
        Self::PersonalData,
        Self::PassportMissing,
        Self::PassportLanguage,
    ];

    /// The code as Frictionless writes it (`type-error`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BlankLabel => "blank-label",
            Self::DuplicateLabel => "duplicate-label",
            Self::MissingLabel => "missing-label",
            Self::ExtraLabel => "extra-label",
            Self::IncorrectLabel => "incorrect-label",
            Self::BlankRow => "blank-row",
            Self::ExtraCell => "extra-cell",
            Self::MissingCell => "missing-cell",
            Self::TypeError => "type-error",
            Self::ConstraintError => "constraint-error",
            Self::UniqueError => "unique-error",
            Self::PrimaryKey => "primary-key",
            Self::ForeignKey => "foreign-key",
            Self::HierarchyError => "hierarchy-error",
            Self::FootnoteRow => "footnote-row",
            Self::SpacerRow => "spacer-row",
            Self::PeriodInHeader => "period-in-header",
            Self::SchemaError => "schema-error",
            Self::EncodingError => "encoding-error",
            Self::NoDataRows => "no-data-rows",
            Self::MergedCells => "merged-cells",
            Self::TotalMismatch => "total-mismatch",
            Self::TotalRepeated => "total-repeated",
            Self::ValueJump => "value-jump",
            Self::PersonalData => "personal-data",
            Self::PassportMissing => "passport-missing",
            Self::PassportLanguage => "passport-language",
        }
    }

    /// Warnings are reported but do not make a dataset invalid.
    pub fn is_warning(self) -> bool {
        matches!(
            self,
            Self::PassportMissing | Self::PassportLanguage | Self::PeriodInHeader | Self::ValueJump
        )
    }
}

/// One problem, where it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub code: Code,
    /// The row number in the source (the header is row 1 when it is the first line).
    pub row: Option<u64>,
    /// 1-based column position.
    pub column: Option<usize>,
    pub field: Option<String>,
    pub value: Option<String>,
    /// Details: which constraint, the expected type, the referenced classifier …
    pub args: BTreeMap<&'static str, String>,
    /// Values that would fix the cell, best first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

impl Finding {
    pub fn new(code: Code) -> Self {
        Self {
            code,
            row: None,
            column: None,
            field: None,
            value: None,
            args: BTreeMap::new(),
            suggestions: Vec::new(),
        }
    }

    pub fn arg(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.args.insert(key, value.into());
        self
    }
}

/// Every error counted, the first `limit` of each code kept.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub rows: u64,
    pub counts: BTreeMap<Code, u64>,
    pub findings: Vec<Finding>,
    #[serde(skip)]
    pub limit: usize,
}

/// How many findings of each code are kept by default.
pub const DEFAULT_LIMIT: usize = 1000;

impl Report {
    pub fn new(limit: usize) -> Self {
        Self {
            limit,
            ..Self::default()
        }
    }

    /// Adds the findings given (none, one or many).
    pub fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
        for finding in findings {
            self.add(finding);
        }
    }

    pub fn add(&mut self, finding: Finding) {
        let count = self.counts.entry(finding.code).or_insert(0);
        *count += 1;
        if *count as usize <= self.limit {
            self.findings.push(finding);
        }
    }

    /// Counts an error without keeping it (the limit for its code is reached).
    pub fn is_full(&self, code: Code) -> bool {
        self.counts
            .get(&code)
            .is_some_and(|&n| n as usize >= self.limit)
    }

    pub fn count(&self, code: Code) -> u64 {
        self.counts.get(&code).copied().unwrap_or(0)
    }

    /// Valid when there are no errors; warnings do not count.
    pub fn is_valid(&self) -> bool {
        self.counts.keys().all(|c| c.is_warning())
    }

    pub fn errors(&self) -> u64 {
        self.counts
            .iter()
            .filter(|(c, _)| !c.is_warning())
            .map(|(_, n)| n)
            .sum()
    }

    /// Adds another report's counts and findings (another resource of the package).
    pub fn merge(&mut self, other: Report) {
        self.rows += other.rows;
        for finding in other.findings {
            if self
                .findings
                .iter()
                .filter(|f| f.code == finding.code)
                .count()
                < self.limit
            {
                self.findings.push(finding);
            }
        }
        for (code, n) in other.counts {
            *self.counts.entry(code).or_insert(0) += n;
        }
    }
}
