//! The dataset passport: the metadata the portal publishes with a dataset, with every
//! human-readable text in Uzbek (Latin and Cyrillic), Russian and English.

use serde::{Deserialize, Serialize};

use crate::core::lang::{Lang, LangText};

/// How often a dataset must be updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Periodicity {
    Daily,
    Weekly,
    #[default]
    Monthly,
    Quarterly,
    Semiannual,
    Annual,
    Irregular,
    OneOff,
}

impl Periodicity {
    pub const ALL: [Periodicity; 8] = [
        Self::Daily,
        Self::Weekly,
        Self::Monthly,
        Self::Quarterly,
        Self::Semiannual,
        Self::Annual,
        Self::Irregular,
        Self::OneOff,
    ];

    /// The ISO 8601 repeating interval, where there is one.
    pub fn iso8601(self) -> Option<&'static str> {
        match self {
            Self::Daily => Some("R/P1D"),
            Self::Weekly => Some("R/P1W"),
            Self::Monthly => Some("R/P1M"),
            Self::Quarterly => Some("R/P3M"),
            Self::Semiannual => Some("R/P6M"),
            Self::Annual => Some("R/P1Y"),
            Self::Irregular | Self::OneOff => None,
        }
    }

    /// The EU Publications Office frequency (used by DCAT-AP) for this periodicity.
    pub fn dcat(self) -> &'static str {
        match self {
            Self::Daily => "http://publications.europa.eu/resource/authority/frequency/DAILY",
            Self::Weekly => "http://publications.europa.eu/resource/authority/frequency/WEEKLY",
            Self::Monthly => "http://publications.europa.eu/resource/authority/frequency/MONTHLY",
            Self::Quarterly => {
                "http://publications.europa.eu/resource/authority/frequency/QUARTERLY"
            }
            Self::Semiannual => {
                "http://publications.europa.eu/resource/authority/frequency/ANNUAL_2"
            }
            Self::Annual => "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
            Self::Irregular => "http://publications.europa.eu/resource/authority/frequency/IRREG",
            Self::OneOff => "http://publications.europa.eu/resource/authority/frequency/NEVER",
        }
    }

    /// Reads an ISO 8601 interval or a DCAT frequency back.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|p| p.iso8601() == Some(code) || p.dcat() == code)
    }
}

/// The dataset's licence; the portal declares CC BY-SA 4.0 for its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Licence {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
}

impl Default for Licence {
    fn default() -> Self {
        Self::cc_by_sa()
    }
}

impl Licence {
    pub fn cc_by_sa() -> Self {
        Self {
            name: "CC-BY-SA-4.0".into(),
            path: "https://creativecommons.org/licenses/by-sa/4.0/".into(),
            title: "Creative Commons Attribution Share-Alike 4.0".into(),
        }
    }

    /// The licences offered in the passport editor.
    pub fn choices() -> Vec<Licence> {
        vec![
            Self::cc_by_sa(),
            Self {
                name: "CC-BY-4.0".into(),
                path: "https://creativecommons.org/licenses/by/4.0/".into(),
                title: "Creative Commons Attribution 4.0".into(),
            },
            Self {
                name: "CC0-1.0".into(),
                path: "https://creativecommons.org/publicdomain/zero/1.0/".into(),
                title: "CC0 1.0".into(),
            },
            Self {
                name: "ODbL-1.0".into(),
                path: "https://opendatacommons.org/licenses/odbl/1-0/".into(),
                title: "Open Data Commons Open Database License 1.0".into(),
            },
        ]
    }
}

/// The person responsible for the dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
}

/// Everything the portal shows about a dataset besides its data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Passport {
    /// The portal's human code, like `1-001-0008`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// The portal's 24-hex id (`structId`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub portal_id: String,
    pub title: LangText,
    pub description: LangText,
    /// Comma-separated keywords per language.
    pub keywords: LangText,
    pub organisation: LangText,
    /// The portal's organisation number (`orgId`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation_id: Option<u64>,
    /// The topic sphere's id (`guidId` in the portal's sphere list).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sphere: String,
    pub periodicity: Periodicity,
    pub licence: Licence,
    pub contact: Contact,
    /// A SOATO code for the territory the data covers (17 for the whole country).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub coverage: String,
}

/// What a passport still lacks, for the completeness display and validation warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PassportGap {
    /// A required text is missing in these languages.
    Missing {
        field: &'static str,
        langs: Vec<Lang>,
    },
    /// A required single value is empty.
    Empty { field: &'static str },
}

impl Passport {
    /// The gaps that keep this passport from being complete, in the editor's order.
    pub fn gaps(&self) -> Vec<PassportGap> {
        let mut gaps = Vec::new();
        for (field, text) in [
            ("title", &self.title),
            ("description", &self.description),
            ("keywords", &self.keywords),
            ("organisation", &self.organisation),
        ] {
            let langs = text.missing();
            if !langs.is_empty() {
                gaps.push(PassportGap::Missing { field, langs });
            }
        }
        for (field, value) in [
            ("code", &self.code),
            ("sphere", &self.sphere),
            ("contact-name", &self.contact.name),
            ("contact-email", &self.contact.email),
        ] {
            if value.trim().is_empty() {
                gaps.push(PassportGap::Empty { field });
            }
        }
        gaps
    }

    /// Keywords of one language, split and trimmed.
    pub fn keyword_list(&self, lang: Lang) -> Vec<String> {
        split_keywords(self.keywords.get(lang))
    }
}

pub fn split_keywords(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periodicity_maps_to_iso_and_dcat_and_back() {
        assert_eq!(Periodicity::Monthly.iso8601(), Some("R/P1M"));
        assert_eq!(Periodicity::Quarterly.iso8601(), Some("R/P3M"));
        assert_eq!(
            Periodicity::from_code("R/P6M"),
            Some(Periodicity::Semiannual)
        );
        assert_eq!(
            Periodicity::from_code(Periodicity::Annual.dcat()),
            Some(Periodicity::Annual)
        );
        assert_eq!(Periodicity::OneOff.iso8601(), None);
    }

    #[test]
    fn gaps_name_missing_languages_and_fields() {
        let mut p = Passport {
            title: LangText::new("Maktabgacha taʼlim", "Мактабгача таълим", "", ""),
            ..Passport::default()
        };
        let gaps = p.gaps();
        assert!(gaps.contains(&PassportGap::Missing {
            field: "title",
            langs: vec![Lang::Ru, Lang::En]
        }));
        assert!(gaps.contains(&PassportGap::Empty { field: "code" }));
        p.code = "1-001-0008".into();
        assert!(!p.gaps().contains(&PassportGap::Empty { field: "code" }));
    }

    #[test]
    fn keywords_split_on_commas_and_semicolons() {
        assert_eq!(
            split_keywords("taʼlim, bolalar;  bogʻcha ,"),
            ["taʼlim", "bolalar", "bogʻcha"]
        );
    }
}
