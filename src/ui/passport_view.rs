//! The passport editor: identifiers and settings on top, then every text in the four
//! languages side by side, with what is missing marked, and Uzbek Latin ↔ Cyrillic
//! transliteration to fill one script from the other (editable afterwards).

use egui::{RichText, TextEdit, Ui};

use super::dataset::DatasetState;
use super::widgets::{combo, symbol_button};
use crate::core::lang::{Lang, LangText};
use crate::core::schema::passport::PassportGap;
use crate::core::schema::portal::looks_like_code;
use crate::core::schema::{Licence, Periodicity};
use crate::core::translit::{cyrillic_to_latin, latin_to_cyrillic};
use crate::i18n::I18n;
use crate::text::names::periodicity_name;
use crate::tr;

/// The name of a language as a column heading, in the interface language.
pub fn lang_heading(i18n: &I18n, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => tr!(i18n, "lang-uz-latn"),
        Lang::UzCyrl => tr!(i18n, "lang-uz-cyrl"),
        Lang::Ru => tr!(i18n, "lang-ru"),
        Lang::En => tr!(i18n, "lang-en"),
    }
}

/// Fills Cyrillic from Latin (`to_cyrillic`) or the reverse; returns whether text changed.
pub fn transliterate(text: &mut LangText, to_cyrillic: bool) -> bool {
    let (from, to) = if to_cyrillic {
        (latin_to_cyrillic(&text.uz_latn), &mut text.uz_cyrl)
    } else {
        (cyrillic_to_latin(&text.uz_cyrl), &mut text.uz_latn)
    };
    if from.trim().is_empty() || *to == from {
        return false;
    }
    *to = from;
    true
}

/// A grid with a column per language (the transliteration buttons between the Uzbek
/// scripts) and its heading row; `rows` adds the rows, given the width of a text box.
pub fn lang_grid(ui: &mut Ui, i18n: &I18n, id: &str, rows: impl FnOnce(&mut Ui, f32)) {
    let width = lang_box_width(ui);
    egui::Grid::new(id)
        .num_columns(6)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for l in Lang::ALL {
                ui.label(RichText::new(lang_heading(i18n, l)).strong());
                if l == Lang::UzLatn {
                    ui.label("");
                }
            }
            ui.end_row();
            rows(ui, width);
        });
}

/// The width of one language's text box when four sit side by side in `ui`.
pub fn lang_box_width(ui: &Ui) -> f32 {
    ((ui.available_width() - 260.0) / 4.0).clamp(150.0, 360.0)
}

/// A row of four text boxes, each `width` wide, with the transliteration buttons between
/// the Uzbek scripts. Returns whether anything changed.
pub fn lang_row(
    ui: &mut Ui,
    i18n: &I18n,
    label: &str,
    text: &mut LangText,
    multiline: bool,
    width: f32,
) -> bool {
    let mut changed = false;
    ui.label(label);
    for lang in Lang::ALL {
        let hint = format!("{label} · {}", lang.native_name());
        let value = text.get_mut(lang);
        let missing = value.trim().is_empty();
        let edit = if multiline {
            TextEdit::multiline(value).desired_rows(3)
        } else {
            TextEdit::singleline(value)
        };
        // Grid cells shrink to their content unless a minimum is given.
        let mut edit = edit
            .hint_text(hint)
            .desired_width(width)
            .min_size(egui::vec2(width, 0.0));
        if missing {
            edit = edit.background_color(ui.visuals().error_fg_color.gamma_multiply(0.12));
        }
        // Screen readers say which text and which language the box holds.
        let name = format!("{label}, {}", lang_heading(i18n, lang));
        let tip = if missing {
            tr!(
                i18n,
                "lang-box-missing-tooltip",
                language = lang.native_name()
            )
        } else {
            tr!(i18n, "lang-box-tooltip", language = lang.native_name())
        };
        changed |= ui
            .add(edit)
            .accessible_name(name)
            .on_hover_text(tip)
            .changed();
        if lang == Lang::UzLatn {
            ui.vertical(|ui| {
                let tip = tr!(i18n, "translit-to-cyrillic");
                let name = format!("{label}: {tip}");
                if symbol_button(ui, "»", &name, &tip, true).clicked() {
                    changed |= transliterate(text, true);
                }
                let tip = tr!(i18n, "translit-to-latin");
                let name = format!("{label}: {tip}");
                if symbol_button(ui, "«", &name, &tip, true).clicked() {
                    changed |= transliterate(text, false);
                }
            });
        }
    }
    ui.end_row();
    changed
}

fn gap_text(i18n: &I18n, gap: &PassportGap) -> String {
    let field = |f: &str| i18n.passport_field(f);
    match gap {
        PassportGap::Missing { field: f, langs } => {
            let langs: Vec<&str> = langs.iter().map(|l| l.native_name()).collect();
            tr!(
                i18n,
                "passport-gap-langs",
                field = field(f),
                langs = langs.join(", ")
            )
        }
        PassportGap::Empty { field: f } => field(f),
    }
}

/// Draws the passport editor for `ds`; `spheres` are the portal's topic spheres.
pub fn passport_ui(
    ui: &mut Ui,
    i18n: &I18n,
    ds: &mut DatasetState,
    spheres: &[(String, LangText)],
) {
    let lang = i18n.lang();
    let gaps = ds.package.passport.gaps();
    if gaps.is_empty() {
        ui.label(
            RichText::new(tr!(i18n, "passport-complete"))
                .color(ui.visuals().widgets.active.fg_stroke.color),
        );
    } else {
        let list: Vec<String> = gaps.iter().map(|g| gap_text(i18n, g)).collect();
        ui.label(
            RichText::new(tr!(
                i18n,
                "passport-incomplete",
                count = gaps.len(),
                list = list.join("; ")
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    ui.add_space(6.0);
    let p = &mut ds.package.passport;
    let mut changed = false;
    egui::Grid::new("passport-ids")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(tr!(i18n, "passport-code"));
            ui.horizontal(|ui| {
                changed |= ui
                    .add(
                        TextEdit::singleline(&mut p.code)
                            .hint_text("1-001-0008")
                            .desired_width(140.0),
                    )
                    .labelled_by(label.id)
                    .on_hover_text(tr!(i18n, "passport-code-tooltip"))
                    .changed();
                if !p.code.is_empty() && !looks_like_code(&p.code) {
                    ui.label(
                        RichText::new(tr!(i18n, "passport-code-format"))
                            .color(ui.visuals().warn_fg_color),
                    );
                }
            });
            ui.end_row();
            let label = ui.label(tr!(i18n, "passport-portal-id"));
            changed |= ui
                .add(
                    TextEdit::singleline(&mut p.portal_id)
                        .hint_text("607fea9a7b6428eee08802b2")
                        .desired_width(240.0),
                )
                .labelled_by(label.id)
                .on_hover_text(tr!(i18n, "passport-portal-id-tooltip"))
                .changed();
            ui.end_row();

            let label = ui.label(tr!(i18n, "passport-sphere"));
            let current = spheres
                .iter()
                .find(|(code, _)| *code == p.sphere)
                .map(|(_, name)| name.best(lang).to_owned())
                .unwrap_or_else(|| tr!(i18n, "passport-none"));
            combo(ui, label.id, "sphere", current, Some(320.0), |ui| {
                for (code, name) in spheres {
                    if ui
                        .selectable_label(p.sphere == *code, name.best(lang))
                        .clicked()
                    {
                        p.sphere = code.clone();
                        changed = true;
                    }
                }
            })
            .on_hover_text(tr!(i18n, "passport-sphere-tooltip"));
            ui.end_row();

            let label = ui.label(tr!(i18n, "passport-periodicity"));
            let shown = periodicity_name(i18n, p.periodicity);
            combo(ui, label.id, "periodicity", shown, Some(200.0), |ui| {
                for option in Periodicity::ALL {
                    let text = match option.iso8601() {
                        Some(iso) => format!("{} ({iso})", periodicity_name(i18n, option)),
                        None => periodicity_name(i18n, option),
                    };
                    if ui.selectable_label(p.periodicity == option, text).clicked() {
                        p.periodicity = option;
                        changed = true;
                    }
                }
            })
            .on_hover_text(tr!(i18n, "passport-periodicity-tooltip"));
            ui.end_row();

            let label = ui.label(tr!(i18n, "passport-licence"));
            let shown = p.licence.title.clone();
            combo(ui, label.id, "licence", shown, Some(320.0), |ui| {
                for option in Licence::choices() {
                    if ui
                        .selectable_label(p.licence.name == option.name, &option.title)
                        .clicked()
                    {
                        p.licence = option;
                        changed = true;
                    }
                }
            })
            .on_hover_text(tr!(i18n, "passport-licence-tooltip"));
            ui.end_row();

            let contact = tr!(i18n, "passport-contact");
            ui.label(&contact);
            ui.horizontal(|ui| {
                for (value, hint) in [
                    (&mut p.contact.name, tr!(i18n, "passport-contact-name")),
                    (&mut p.contact.phone, tr!(i18n, "passport-contact-phone")),
                    (&mut p.contact.email, tr!(i18n, "passport-contact-email")),
                ] {
                    let name = format!("{contact}: {hint}");
                    changed |= ui
                        .add(
                            TextEdit::singleline(value)
                                .hint_text(hint)
                                .desired_width(180.0),
                        )
                        .accessible_name(name)
                        .on_hover_text(tr!(i18n, "passport-contact-tooltip"))
                        .changed();
                }
            });
            ui.end_row();

            let label = ui.label(tr!(i18n, "passport-coverage"));
            ui.horizontal(|ui| {
                let hint = tr!(i18n, "passport-coverage-hint");
                let edit = TextEdit::singleline(&mut p.coverage)
                    .hint_text(hint)
                    .desired_width(140.0);
                changed |= ui
                    .add(edit)
                    .labelled_by(label.id)
                    .on_hover_text(tr!(i18n, "passport-coverage-tooltip"))
                    .changed();
                let code = p.coverage.trim();
                if !code.is_empty() {
                    match crate::core::classifier::soato().and_then(|c| c.get(code)) {
                        Some(unit) => {
                            ui.label(unit.name.best(lang));
                        }
                        None => {
                            let warn = tr!(i18n, "passport-coverage-unknown");
                            ui.label(RichText::new(warn).color(ui.visuals().warn_fg_color));
                        }
                    }
                }
            });
            ui.end_row();
        });
    ui.add_space(8.0);
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("passport-texts")
        .show(ui, |ui| {
            lang_grid(ui, i18n, "passport-langs", |ui, width| {
                changed |= lang_row(
                    ui,
                    i18n,
                    &tr!(i18n, "passport-title"),
                    &mut p.title,
                    false,
                    width,
                );
                changed |= lang_row(
                    ui,
                    i18n,
                    &tr!(i18n, "passport-description"),
                    &mut p.description,
                    true,
                    width,
                );
                changed |= lang_row(
                    ui,
                    i18n,
                    &tr!(i18n, "passport-keywords"),
                    &mut p.keywords,
                    false,
                    width,
                );
                changed |= lang_row(
                    ui,
                    i18n,
                    &tr!(i18n, "passport-organisation"),
                    &mut p.organisation,
                    false,
                    width,
                );
            });
        });
    ds.dirty |= changed;
}
