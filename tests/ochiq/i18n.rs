//! Every language file parses and has exactly the message ids of the English one.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use ochiq::core::lang::Lang;
use ochiq::i18n::I18n;

fn ids(lang: Lang) -> BTreeSet<String> {
    let source =
        I18n::source(lang).unwrap_or_else(|| panic!("i18n/{}/ochiq.ftl is missing", lang.code()));
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("i18n/{}/ochiq.ftl does not parse: {errors:?}", lang.code()),
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_has_exactly_the_english_ids() {
    let english = ids(Lang::En);
    assert!(english.len() > 50);
    for lang in Lang::ALL {
        let other = ids(lang);
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            lang.code()
        );
    }
}

#[test]
fn each_language_speaks_its_own_words() {
    let open: Vec<String> = Lang::ALL
        .iter()
        .map(|&l| ochiq::tr!(I18n::new(l), "menu-open"))
        .collect();
    let distinct: BTreeSet<&String> = open.iter().collect();
    assert_eq!(
        distinct.len(),
        4,
        "menu-open is the same in two languages: {open:?}"
    );
    // No Unicode isolation marks: they show up as boxes in egui.
    let text = ochiq::tr!(
        I18n::new(Lang::Ru),
        "source-size",
        rows = "5",
        count = 5,
        columns = 4
    );
    assert!(
        !text.contains('\u{2068}') && !text.contains('\u{2069}'),
        "{text:?}"
    );
}

#[test]
fn uzbek_cyrillic_is_cyrillic_and_latin_is_latin() {
    let cyr = ochiq::tr!(I18n::new(Lang::UzCyrl), "workspace-title");
    assert!(
        cyr.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
        "{cyr}"
    );
    let lat = ochiq::tr!(I18n::new(Lang::UzLatn), "workspace-title");
    assert!(
        !lat.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
        "{lat}"
    );
}
