//! The preview of an unpivot before it is accepted: the rows before and after, each period
//! column with the period it writes, the first rows of the tidy table, or why it is refused.

use egui::{RichText, Ui};

use crate::core::recipe::suggest::Suggestion;
use crate::i18n::I18n;
use crate::text::reshape::refusal_text;
use crate::tr;

/// Draws the preview of an unpivot suggestion. `first_row` numbers the table's rows as the
/// table view does.
pub fn preview_ui(ui: &mut Ui, i18n: &I18n, index: usize, s: &Suggestion, first_row: u64) {
    let Some(result) = &s.reshape else {
        return;
    };
    let unpivoted = match result {
        Ok(u) => u,
        Err(refusal) => {
            ui.label(
                RichText::new(refusal_text(i18n, refusal, first_row))
                    .color(ui.visuals().warn_fg_color),
            );
            return;
        }
    };
    let before = i18n.count(unpivoted.rows_before);
    let after = i18n.count(unpivoted.rows_after as usize);
    ui.label(tr!(
        i18n,
        "unpivot-rows",
        before = before.as_str(),
        after = after.as_str()
    ));
    if unpivoted.empty > 0 {
        let n = i18n.count(unpivoted.empty as usize);
        ui.label(RichText::new(tr!(i18n, "unpivot-empty", count = n.as_str())).weak());
    }
    ui.label(RichText::new(tr!(i18n, "unpivot-periods")).weak());
    egui::Grid::new(("unpivot-periods", index))
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            for change in &s.changes {
                ui.label(RichText::new(format!("«{}»", change.from)).monospace());
                ui.label(RichText::new(&change.to).monospace());
                ui.end_row();
            }
        });
    ui.add_space(4.0);
    ui.label(RichText::new(tr!(i18n, "unpivot-first-rows")).weak());
    let table = &unpivoted.table;
    super::widgets::table_preview(ui, ("unpivot-first-rows", index), table);
}
