//! Uzbek Latin ↔ Cyrillic transliteration (being written).

/// Uzbek Latin text in Cyrillic script.
pub fn latin_to_cyrillic(text: &str) -> String {
    text.to_owned()
}

/// Uzbek Cyrillic text in Latin script.
pub fn cyrillic_to_latin(text: &str) -> String {
    text.to_owned()
}
