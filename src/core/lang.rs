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
}
