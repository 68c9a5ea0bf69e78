//! The names of the core's kinds in the interface language: error codes, file formats,
//! delimiters and periodicities, as the window, the command line and the report files say them.

use crate::core::ingest::FileFormat;
use crate::core::schema::Periodicity;
use crate::core::validate::Code;
use crate::i18n::I18n;
use crate::tr;

/// The name of an error kind in the interface language.
pub fn code_name(i18n: &I18n, code: Code) -> String {
    match code {
        Code::BlankLabel => tr!(i18n, "code-blank-label"),
        Code::DuplicateLabel => tr!(i18n, "code-duplicate-label"),
        Code::MissingLabel => tr!(i18n, "code-missing-label"),
        Code::ExtraLabel => tr!(i18n, "code-extra-label"),
        Code::IncorrectLabel => tr!(i18n, "code-incorrect-label"),
        Code::BlankRow => tr!(i18n, "code-blank-row"),
        Code::ExtraCell => tr!(i18n, "code-extra-cell"),
        Code::MissingCell => tr!(i18n, "code-missing-cell"),
        Code::TypeError => tr!(i18n, "code-type-error"),
        Code::ConstraintError => tr!(i18n, "code-constraint-error"),
        Code::UniqueError => tr!(i18n, "code-unique-error"),
        Code::PrimaryKey => tr!(i18n, "code-primary-key"),
        Code::ForeignKey => tr!(i18n, "code-foreign-key"),
        Code::HierarchyError => tr!(i18n, "code-hierarchy-error"),
        Code::FootnoteRow => tr!(i18n, "code-footnote-row"),
        Code::SpacerRow => tr!(i18n, "code-spacer-row"),
        Code::PeriodInHeader => tr!(i18n, "code-period-in-header"),
        Code::SchemaError => tr!(i18n, "code-schema-error"),
        Code::EncodingError => tr!(i18n, "code-encoding-error"),
        Code::NoDataRows => tr!(i18n, "code-no-data-rows"),
        Code::MergedCells => tr!(i18n, "code-merged-cells"),
        Code::TotalMismatch => tr!(i18n, "code-total-mismatch"),
        Code::TotalRepeated => tr!(i18n, "code-total-repeated"),
        Code::ValueJump => tr!(i18n, "code-value-jump"),
        Code::PersonalData => tr!(i18n, "code-personal-data"),
        Code::PassportMissing => tr!(i18n, "code-passport-missing"),
        Code::PassportLanguage => tr!(i18n, "code-passport-language"),
    }
}

/// A file format's name as the source bar and `ochiq validate` show it.
pub fn format_name(i18n: &I18n, format: FileFormat) -> String {
    match format {
        FileFormat::Delimited => tr!(i18n, "format-delimited"),
        FileFormat::Xlsx => "Excel (XLSX)".to_owned(),
        FileFormat::Xls => "Excel 97–2003 (XLS)".to_owned(),
        FileFormat::Xlsb => "Excel (XLSB)".to_owned(),
        FileFormat::Ods => "OpenDocument (ODS)".to_owned(),
        FileFormat::PortalJson => tr!(i18n, "format-portal-json"),
    }
}

/// A delimiter's name (`None`: a file read as one column).
pub fn delimiter_name(i18n: &I18n, delimiter: Option<u8>) -> String {
    match delimiter {
        Some(b';') => tr!(i18n, "delimiter-semicolon"),
        Some(b',') => tr!(i18n, "delimiter-comma"),
        Some(b'\t') => tr!(i18n, "delimiter-tab"),
        Some(b'|') => tr!(i18n, "delimiter-pipe"),
        Some(other) => format!("{}", other as char),
        None => tr!(i18n, "delimiter-none"),
    }
}

/// How often a dataset is published, as a word.
pub fn periodicity_name(i18n: &I18n, p: Periodicity) -> String {
    match p {
        Periodicity::Daily => tr!(i18n, "periodicity-daily"),
        Periodicity::Weekly => tr!(i18n, "periodicity-weekly"),
        Periodicity::Monthly => tr!(i18n, "periodicity-monthly"),
        Periodicity::Quarterly => tr!(i18n, "periodicity-quarterly"),
        Periodicity::Semiannual => tr!(i18n, "periodicity-semiannual"),
        Periodicity::Annual => tr!(i18n, "periodicity-annual"),
        Periodicity::Irregular => tr!(i18n, "periodicity-irregular"),
        Periodicity::OneOff => tr!(i18n, "periodicity-one-off"),
    }
}
