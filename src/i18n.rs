//! The interface's translations: Project Fluent files in `i18n/<lang>/ochiq.ftl`, embedded in
//! the binary. Each front end owns an [`I18n`] (no global state, so tests in parallel can use
//! different languages); `tr!` looks a message up with compile-time checked ids.

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

use crate::core::lang::Lang;
use crate::core::schema::FieldType;
use crate::core::validate::personal::PersonalColumn;
use crate::core::validate::{Code, Finding};

#[derive(RustEmbed)]
#[folder = "i18n/"]
pub struct Localizations;

/// Looks up a message: `tr!(i18n, "id")` or `tr!(i18n, "id", name = value)`.
#[macro_export]
macro_rules! tr {
    ($i18n:expr, $id:literal) => {
        i18n_embed_fl::fl!($i18n.loader(), $id)
    };
    ($i18n:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($i18n.loader(), $id, $($args)*)
    };
}

pub struct I18n {
    loader: FluentLanguageLoader,
    lang: Lang,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("lang", &self.lang).finish()
    }
}

fn langid(lang: Lang) -> LanguageIdentifier {
    // The four codes are valid BCP 47 tags; English is the fallback if parsing ever failed.
    lang.code().parse().unwrap_or_default()
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        let loader = FluentLanguageLoader::new("ochiq", langid(Lang::En));
        loader.set_use_isolating(false);
        let mut this = Self {
            loader,
            lang: Lang::En,
        };
        this.set_lang(lang);
        this
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Switches the language; messages missing in it fall back to English.
    pub fn set_lang(&mut self, lang: Lang) {
        let ids = [langid(lang), langid(Lang::En)];
        if self.loader.load_languages(&Localizations, &ids).is_ok() {
            self.lang = lang;
        }
        // Loading languages resets bundle options, so isolation marks are turned off again.
        self.loader.set_use_isolating(false);
    }

    /// A whole number with the language's digit grouping: 10,000,000 in English,
    /// 10 000 000 (with no-break spaces) in Uzbek and Russian.
    pub fn count(&self, n: usize) -> String {
        let sep = if self.lang == Lang::En { ',' } else { '\u{a0}' };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(d);
        }
        out
    }

    /// A file size as people read it, in the language's units and decimal mark: 512 B,
    /// 42.9 KB in English; 512 Б, 42,9 КБ in Russian; 512 bayt, 42,9 KB in Uzbek Latin.
    pub fn size(&self, bytes: u64) -> String {
        let mut value = bytes as f64;
        let mut unit = 0;
        while value >= 1024.0 && unit < 3 {
            value /= 1024.0;
            unit += 1;
        }
        if unit == 0 {
            let value = self.count(usize::try_from(bytes).unwrap_or(usize::MAX));
            return tr!(self, "size-bytes", value = value);
        }
        let mut value = format!("{value:.1}");
        if self.lang != Lang::En {
            value = value.replace('.', ",");
        }
        match unit {
            1 => tr!(self, "size-kb", value = value),
            2 => tr!(self, "size-mb", value = value),
            _ => tr!(self, "size-gb", value = value),
        }
    }

    /// The name of a Table Schema type in this language: "date", "дата", "sana".
    pub fn field_type(&self, t: FieldType) -> String {
        match t {
            FieldType::String => tr!(self, "field-type-string"),
            FieldType::Number => tr!(self, "field-type-number"),
            FieldType::Integer => tr!(self, "field-type-integer"),
            FieldType::Boolean => tr!(self, "field-type-boolean"),
            FieldType::Object => tr!(self, "field-type-object"),
            FieldType::Array => tr!(self, "field-type-array"),
            FieldType::List => tr!(self, "field-type-list"),
            FieldType::Datetime => tr!(self, "field-type-datetime"),
            FieldType::Date => tr!(self, "field-type-date"),
            FieldType::Time => tr!(self, "field-type-time"),
            FieldType::Year => tr!(self, "field-type-year"),
            FieldType::Yearmonth => tr!(self, "field-type-yearmonth"),
            FieldType::Duration => tr!(self, "field-type-duration"),
            FieldType::Geopoint => tr!(self, "field-type-geopoint"),
            FieldType::Geojson => tr!(self, "field-type-geojson"),
            FieldType::Any => tr!(self, "field-type-any"),
        }
    }

    /// A type finding's `type` argument (`date` or `date/%d.%m.%Y`, the type's name and the
    /// schema's format) in words: "date/%d.%m.%Y", "дата в формате %d.%m.%Y".
    fn type_label(&self, label: &str) -> String {
        let (name, format) = match label.split_once('/') {
            Some((name, format)) => (name, Some(format.to_owned())),
            None => (label, None),
        };
        let kind = serde_json::from_value::<FieldType>(serde_json::Value::String(name.into()))
            .map_or_else(|_| name.to_owned(), |t| self.field_type(t));
        match format {
            Some(format) => tr!(
                self,
                "finding-type-with-format",
                kind = kind,
                format = format
            ),
            None => kind,
        }
    }

    /// The name of a constraint a value breaks (`minimum`, `maxLength` …), as the schema
    /// editor labels it.
    fn constraint_name(&self, name: &str) -> String {
        match name {
            "minimum" => tr!(self, "constraint-minimum"),
            "maximum" => tr!(self, "constraint-maximum"),
            "exclusiveMinimum" => tr!(self, "constraint-exclusive-minimum"),
            "exclusiveMaximum" => tr!(self, "constraint-exclusive-maximum"),
            "minLength" => tr!(self, "constraint-min-length"),
            "maxLength" => tr!(self, "constraint-max-length"),
            "pattern" => tr!(self, "constraint-pattern"),
            "enum" => tr!(self, "constraint-enum"),
            other => other.to_owned(),
        }
    }

    /// The name of a passport item (`title`, `contact-email` …) in this language.
    pub fn passport_field(&self, id: &str) -> String {
        match id {
            "title" => tr!(self, "passport-title"),
            "description" => tr!(self, "passport-description"),
            "keywords" => tr!(self, "passport-keywords"),
            "organisation" => tr!(self, "passport-organisation"),
            "code" => tr!(self, "passport-code"),
            "sphere" => tr!(self, "passport-sphere"),
            "contact-name" => tr!(self, "passport-contact-name"),
            "contact-email" => tr!(self, "passport-contact-email"),
            other => other.to_owned(),
        }
    }

    /// One column of personal data as the review lists it: the field, the kind of data, how
    /// many values match and the masked examples.
    pub fn personal_column(&self, c: &PersonalColumn) -> String {
        let kind = self.personal_kind(c.kind.as_str());
        tr!(
            self,
            "review-column",
            field = c.field.as_str(),
            kind = kind,
            count = c.count,
            examples = c.examples.join(", ")
        )
    }

    /// The name of a kind of personal data (`pinfl`, `full-name` …) in this language.
    pub fn personal_kind(&self, id: &str) -> String {
        match id {
            "pinfl" => tr!(self, "personal-kind-pinfl"),
            "passport" => tr!(self, "personal-kind-passport"),
            "full-name" => tr!(self, "personal-kind-full-name"),
            "birth-date" => tr!(self, "personal-kind-birth-date"),
            "phone" => tr!(self, "personal-kind-phone"),
            "address" => tr!(self, "personal-kind-address"),
            other => other.to_owned(),
        }
    }

    /// A finding as a sentence in this language.
    pub fn finding(&self, f: &Finding) -> String {
        let row = f.row.unwrap_or(0);
        let column = f.column.unwrap_or(0);
        let field = f.field.clone().unwrap_or_default();
        let value = f.value.clone().unwrap_or_default();
        let arg = |k: &str| f.args.get(k).cloned().unwrap_or_default();
        match f.code {
            Code::BlankLabel => tr!(self, "finding-blank-label", column = column),
            Code::DuplicateLabel => tr!(self, "finding-duplicate-label", value = value),
            Code::MissingLabel => tr!(self, "finding-missing-label", field = field),
            Code::ExtraLabel => tr!(self, "finding-extra-label", value = value),
            Code::IncorrectLabel if f.args.contains_key("moved") => {
                tr!(
                    self,
                    "finding-incorrect-label-moved",
                    column = column,
                    value = value,
                    field = field
                )
            }
            Code::IncorrectLabel if f.args.contains_key("renamed-from") => {
                tr!(
                    self,
                    "finding-incorrect-label-renamed",
                    column = column,
                    value = value,
                    field = field
                )
            }
            Code::IncorrectLabel => {
                tr!(
                    self,
                    "finding-incorrect-label",
                    column = column,
                    value = value,
                    field = field
                )
            }
            Code::BlankRow => tr!(self, "finding-blank-row", row = row),
            Code::ExtraCell => tr!(self, "finding-extra-cell", row = row, value = value),
            Code::MissingCell => tr!(self, "finding-missing-cell", row = row, field = field),
            Code::TypeError => {
                let kind = self.type_label(&arg("type"));
                tr!(
                    self,
                    "finding-type-error",
                    row = row,
                    field = field,
                    value = value,
                    kind = kind
                )
            }
            Code::ConstraintError if arg("constraint") == "required" => {
                tr!(
                    self,
                    "finding-constraint-required",
                    row = row,
                    field = field
                )
            }
            Code::ConstraintError => {
                let constraint = self.constraint_name(&arg("constraint"));
                tr!(
                    self,
                    "finding-constraint-error",
                    row = row,
                    field = field,
                    value = value,
                    constraint = constraint
                )
            }
            Code::UniqueError => tr!(
                self,
                "finding-unique-error",
                row = row,
                field = field,
                value = value
            ),
            Code::PrimaryKey => tr!(self, "finding-primary-key", row = row, value = value),
            Code::ForeignKey => {
                let reference = match (f.args.get("classifier"), f.args.get("level")) {
                    (Some(c), Some(l)) => format!("{c} ({l})"),
                    (Some(c), None) => c.clone(),
                    _ => arg("resource"),
                };
                tr!(
                    self,
                    "finding-foreign-key",
                    row = row,
                    field = field,
                    value = value,
                    reference = reference
                )
            }
            Code::HierarchyError => {
                let (parent, parentfield) = (arg("parent-value"), arg("parent-field"));
                tr!(
                    self,
                    "finding-hierarchy-error",
                    row = row,
                    field = field,
                    value = value,
                    parent = parent,
                    parentfield = parentfield
                )
            }
            Code::FootnoteRow => tr!(self, "finding-footnote-row", row = row, value = value),
            Code::SpacerRow => tr!(self, "finding-spacer-row", row = row),
            Code::PeriodInHeader => {
                let labels = arg("labels");
                tr!(self, "finding-period-in-header", labels = labels)
            }
            Code::SchemaError => {
                let detail = arg("detail");
                tr!(self, "finding-schema-error", field = field, detail = detail)
            }
            Code::EncodingError => {
                let (bytes, encoding) = (arg("bytes"), arg("encoding"));
                tr!(
                    self,
                    "finding-encoding-error",
                    row = row,
                    column = column,
                    bytes = bytes,
                    encoding = encoding
                )
            }
            Code::NoDataRows => {
                let (sheet, sheets) = (arg("sheet"), arg("sheets"));
                if sheets.is_empty() {
                    tr!(self, "finding-no-data-rows-file")
                } else {
                    tr!(self, "finding-no-data-rows", sheet = sheet, sheets = sheets)
                }
            }
            Code::MergedCells => {
                let (first, last) = (arg("first"), arg("last"));
                tr!(
                    self,
                    "finding-merged-cells",
                    first = first,
                    last = last,
                    field = field,
                    value = value
                )
            }
            Code::TotalMismatch => {
                let (code, total, sum) = (arg("code"), arg("total"), arg("sum"));
                let (difference, parts) = (arg("difference"), arg("parts"));
                let mismatch = if f.args.contains_key("period") {
                    let period = arg("period");
                    tr!(
                        self,
                        "finding-total-mismatch-in",
                        row = row,
                        field = field,
                        period = period,
                        code = code,
                        total = total,
                        sum = sum,
                        difference = difference,
                        parts = parts
                    )
                } else {
                    tr!(
                        self,
                        "finding-total-mismatch",
                        row = row,
                        field = field,
                        code = code,
                        total = total,
                        sum = sum,
                        difference = difference,
                        parts = parts
                    )
                };
                if f.args.contains_key("words") {
                    let (words, wordrows) = (arg("words"), arg("wordrows"));
                    let left_out = tr!(self, "finding-total-words", words = words, rows = wordrows);
                    format!("{mismatch} {left_out}")
                } else {
                    mismatch
                }
            }
            Code::ValueJump if arg("change") == "sign" => {
                let (old, new, key) = (arg("old"), arg("new"), arg("key"));
                tr!(
                    self,
                    "finding-value-jump-sign",
                    row = row,
                    field = field,
                    key = key,
                    old = old,
                    new = new
                )
            }
            Code::ValueJump => {
                let (old, new, key, change) = (arg("old"), arg("new"), arg("key"), arg("change"));
                tr!(
                    self,
                    "finding-value-jump",
                    row = row,
                    field = field,
                    key = key,
                    old = old,
                    new = new,
                    change = change
                )
            }
            Code::TotalRepeated => {
                let (code, first) = (arg("code"), arg("first"));
                tr!(
                    self,
                    "finding-total-repeated",
                    row = row,
                    code = code,
                    first = first
                )
            }
            Code::PersonalData => {
                let kind = self.personal_kind(&arg("kind"));
                let count = arg("count").parse::<u64>().unwrap_or(0);
                let examples = arg("examples");
                tr!(
                    self,
                    "finding-personal-data",
                    field = field,
                    kind = kind,
                    count = count,
                    examples = examples
                )
            }
            Code::PassportMissing => {
                let field = self.passport_field(&field);
                tr!(self, "finding-passport-missing", field = field)
            }
            Code::PassportLanguage => {
                let field = self.passport_field(&field);
                let languages: Vec<&str> = arg("languages")
                    .split(',')
                    .filter_map(Lang::from_code)
                    .map(Lang::native_name)
                    .collect();
                let languages = languages.join(", ");
                tr!(
                    self,
                    "finding-passport-language",
                    field = field,
                    languages = languages
                )
            }
        }
    }

    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_per_language() {
        assert_eq!(I18n::new(Lang::En).count(10_000_000), "10,000,000");
        assert_eq!(I18n::new(Lang::Ru).count(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(I18n::new(Lang::UzLatn).count(999), "999");
        assert_eq!(I18n::new(Lang::En).count(0), "0");
    }

    #[test]
    fn type_and_constraint_findings_speak_the_language() {
        let finding = |arg: (&'static str, &str)| {
            let code = if arg.0 == "type" {
                Code::TypeError
            } else {
                Code::ConstraintError
            };
            let mut f = Finding::new(code).arg(arg.0, arg.1);
            f.row = Some(4);
            f.field = Some("Sana".into());
            f.value = Some("31.02.2026".into());
            f
        };
        let date = finding(("type", "date/%d.%m.%Y"));
        assert_eq!(
            I18n::new(Lang::En).finding(&date),
            "Row 4, “Sana”: “31.02.2026” is not a valid date/%d.%m.%Y."
        );
        assert_eq!(
            I18n::new(Lang::Ru).finding(&date),
            "Строка 4, «Sana»: «31.02.2026» — не дата в формате %d.%m.%Y."
        );
        assert_eq!(
            I18n::new(Lang::UzLatn).finding(&finding(("type", "integer"))),
            "4-qator, “Sana”: “31.02.2026” — butun son emas."
        );
        assert_eq!(
            I18n::new(Lang::UzCyrl).finding(&finding(("constraint", "maxLength"))),
            "4-қатор, «Sana»: «31.02.2026» «Энг катта узунлик» қоидасига мос келмайди."
        );
    }

    #[test]
    fn sizes_are_written_per_language() {
        assert_eq!(I18n::new(Lang::En).size(512), "512 B");
        assert_eq!(I18n::new(Lang::En).size(43_978), "42.9 KB");
        assert_eq!(I18n::new(Lang::Ru).size(43_978), "42,9 КБ");
        assert_eq!(I18n::new(Lang::UzLatn).size(138 * 1024 * 1024), "138,0 MB");
        assert_eq!(I18n::new(Lang::UzCyrl).size(2048), "2,0 КБ");
        assert_eq!(I18n::new(Lang::UzLatn).size(5), "5 bayt");
    }
}
