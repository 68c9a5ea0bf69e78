//! The four languages of Ochiq's interface and of every dataset's metadata.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "uz-Latn")]
    UzLatn,
    #[serde(rename = "uz-Cyrl")]
    UzCyrl,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::UzLatn, Lang::UzCyrl, Lang::Ru, Lang::En];

    /// The BCP 47 tag, also the name of the language's folder under `i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::UzLatn => "uz-Latn",
            Lang::UzCyrl => "uz-Cyrl",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, as shown in the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::UzLatn => "Oʻzbekcha",
            Lang::UzCyrl => "Ўзбекча",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language of a POSIX locale name (`ru_RU.UTF-8`, `uz_UZ@cyrillic`, `en_GB`).
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let locale = locale.to_lowercase();
        let tag = locale.split(['.', '@']).next().unwrap_or_default();
        let language = tag.split(['_', '-']).next().unwrap_or_default();
        match language {
            "ru" => Some(Lang::Ru),
            "uz" if locale.contains("cyr") => Some(Lang::UzCyrl),
            "uz" => Some(Lang::UzLatn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The system's language, from the locale variables in the order POSIX gives them.
    pub fn from_system() -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Self::from_locale(&v))
    }
}

#[cfg(test)]
mod locale_tests {
    use super::Lang;

    #[test]
    fn locale_names_give_their_language() {
        assert_eq!(Lang::from_locale("ru_RU.UTF-8"), Some(Lang::Ru));
        assert_eq!(
            Lang::from_locale("uz_UZ.UTF-8@cyrillic"),
            Some(Lang::UzCyrl)
        );
        assert_eq!(Lang::from_locale("uz_UZ@cyrillic"), Some(Lang::UzCyrl));
        assert_eq!(Lang::from_locale("uz_UZ.UTF-8"), Some(Lang::UzLatn));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale(""), None);
    }
}

/// A text in the four languages of a dataset's metadata. Serialised with the language codes
/// as keys (`{"uz-Latn": "…", "ru": "…"}`), leaving out empty ones.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LangText {
    #[serde(rename = "uz-Latn", default, skip_serializing_if = "String::is_empty")]
    pub uz_latn: String,
    #[serde(rename = "uz-Cyrl", default, skip_serializing_if = "String::is_empty")]
    pub uz_cyrl: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ru: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl LangText {
    pub fn new(uz_latn: &str, uz_cyrl: &str, ru: &str, en: &str) -> Self {
        Self {
            uz_latn: uz_latn.to_owned(),
            uz_cyrl: uz_cyrl.to_owned(),
            ru: ru.to_owned(),
            en: en.to_owned(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::UzLatn => &self.uz_latn,
            Lang::UzCyrl => &self.uz_cyrl,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }

    pub fn get_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::UzLatn => &mut self.uz_latn,
            Lang::UzCyrl => &mut self.uz_cyrl,
            Lang::Ru => &mut self.ru,
            Lang::En => &mut self.en,
        }
    }

    pub fn set(&mut self, lang: Lang, text: impl Into<String>) {
        *self.get_mut(lang) = text.into();
    }

    /// The languages whose text is empty (or only spaces).
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&l| self.get(l).trim().is_empty())
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.missing().len() == Lang::ALL.len()
    }

    /// The text in `lang`, else the first language that has one.
    pub fn best(&self, lang: Lang) -> &str {
        std::iter::once(lang)
            .chain(Lang::ALL)
            .map(|l| self.get(l))
            .find(|t| !t.trim().is_empty())
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_text_serialises_with_language_codes_and_skips_empty() {
        let t = LangText::new("Hudud", "Ҳудуд", "", "");
        let json = serde_json::to_string(&t).unwrap_or_default();
        assert_eq!(json, r#"{"uz-Latn":"Hudud","uz-Cyrl":"Ҳудуд"}"#);
        let back: LangText = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, t);
        assert_eq!(t.missing(), [Lang::Ru, Lang::En]);
        assert_eq!(t.best(Lang::Ru), "Hudud");
        assert_eq!(t.best(Lang::UzCyrl), "Ҳудуд");
    }
}
