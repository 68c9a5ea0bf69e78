//! The interface's translations: Project Fluent files in `i18n/<lang>/ochiq.ftl`, embedded in
//! the binary. Each front end owns an [`I18n`] (no global state, so tests in parallel can use
//! different languages); `tr!` looks a message up with compile-time checked ids.

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

use crate::core::lang::Lang;

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

    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }

    /// The raw text of one language's `.ftl` file (for the translation completeness test).
    pub fn source(lang: Lang) -> Option<String> {
        let file = Localizations::get(&format!("{}/ochiq.ftl", lang.code()))?;
        String::from_utf8(file.data.into_owned()).ok()
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
}
