//! Fonts that can write Uzbek: egui's default font lacks ʻ (U+02BB), the letter in Oʻzbekiston,
//! so Noto Sans and Noto Sans Mono (SIL OFL, see `assets/fonts/`) come first in both families.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

const SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const MONO: &[u8] = include_bytes!("../../assets/fonts/NotoSansMono-Regular.ttf");

pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("noto-sans".into(), Arc::new(FontData::from_static(SANS)));
    fonts.font_data.insert(
        "noto-sans-mono".into(),
        Arc::new(FontData::from_static(MONO)),
    );
    for (family, name) in [
        (FontFamily::Proportional, "noto-sans"),
        (FontFamily::Monospace, "noto-sans-mono"),
    ] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, name.to_owned());
    }
    // Arrows and geometric shapes (→, ■) exist only in the monospace font: the last fallback.
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .push("Hack".to_owned());
    ctx.set_fonts(fonts);
}
