//! Personal data in the window: the preview of a fix (a column masked or dropped, the table
//! counted by its other columns) before it is accepted. Values shown here are masked, or
//! counts: no full personal value is drawn by this view.

use egui::{RichText, Ui};

use crate::core::recipe::suggest::{PersonalFix, Suggestion};
use crate::i18n::I18n;
use crate::tr;

/// What a fix of personal data will do, before it is accepted.
pub fn fix_preview_ui(ui: &mut Ui, i18n: &I18n, index: usize, s: &Suggestion, fix: &PersonalFix) {
    if let Some(kind) = fix.kind {
        let kind = i18n.personal_kind(crate::core::validate::personal::PersonalKind::as_str(kind));
        let cells = i18n.count(s.cells as usize);
        ui.label(
            RichText::new(tr!(
                i18n,
                "fix-personal-column",
                kind = kind,
                cells = cells.as_str()
            ))
            .weak(),
        );
        if s.kind == crate::core::recipe::suggest::FixKind::MaskPersonal && !fix.examples.is_empty()
        {
            let examples = fix.examples.join(", ");
            ui.label(
                RichText::new(tr!(i18n, "fix-personal-examples", examples = examples)).monospace(),
            );
        }
        return;
    }
    let Some((table, rows)) = &fix.preview else {
        return;
    };
    let before = i18n.count(s.cells as usize);
    let after = i18n.count(*rows);
    ui.label(tr!(
        i18n,
        "fix-personal-aggregate-rows",
        before = before.as_str(),
        after = after.as_str()
    ));
    super::widgets::table_preview(ui, ("personal-aggregate", index), table);
}
