//! The bar above the table: what the file is and how it was read (format, encoding,
//! delimiter, sheet, header row), each changeable, which reads the file again; row count,
//! and the load progress with its Cancel button.

use egui::{RichText, Ui};

use super::actions::Action;
use super::document::{Document, LoadState};
use super::widgets::labelled_combo;
use crate::core::ingest::sniff::DELIMITERS;
use crate::core::ingest::{FileFormat, OpenOptions, TextEncoding};
use crate::i18n::I18n;
use crate::text::names::{delimiter_name, format_name};
use crate::tr;

/// Rows offered as the header row.
const HEADER_ROW_CHOICES: usize = 30;

pub fn source_bar_ui(ui: &mut Ui, i18n: &I18n, doc: &Document, actions: &mut Vec<Action>) {
    let reopen = |change: &dyn Fn(&mut OpenOptions)| {
        let mut options = doc.options.clone();
        change(&mut options);
        Action::Reopen(options)
    };
    ui.horizontal(|ui| {
        let size = super::theme::scaled(ui.ctx(), 16.0);
        ui.label(RichText::new(doc.name()).strong().size(size));
        if let Some(info) = &doc.info {
            ui.label(RichText::new(format_name(i18n, info.format)).weak());
        }
        ui.separator();
        status_ui(ui, i18n, doc, actions);
    });
    ui.horizontal_wrapped(|ui| {
        let Some(info) = &doc.info else {
            ui.label(tr!(i18n, "source-reading"));
            return;
        };
        if info.format == FileFormat::Delimited || info.format == FileFormat::PortalJson {
            let current = info.encoding.unwrap_or(TextEncoding::Utf8);
            let shown = if doc.options.encoding.is_none() {
                tr!(i18n, "source-detected", value = current.label())
            } else {
                current.label().to_owned()
            };
            labelled_combo(
                ui,
                &tr!(i18n, "source-encoding"),
                "encoding",
                shown,
                None,
                |ui| {
                    for enc in TextEncoding::ALL {
                        if ui.selectable_label(enc == current, enc.label()).clicked()
                            && enc != current
                        {
                            actions.push(reopen(&|o| o.encoding = Some(enc)));
                        }
                    }
                },
            )
            .on_hover_text(tr!(i18n, "source-encoding-tooltip"));
            if let Some(switch) = info.encoding_switch {
                let line = i18n.count(usize::try_from(switch.line).unwrap_or(usize::MAX));
                let (from, to) = (switch.from.label(), current.label());
                ui.label(
                    RichText::new(tr!(
                        i18n,
                        "source-encoding-switch",
                        from = from,
                        to = to,
                        line = line.as_str()
                    ))
                    .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(tr!(
                    i18n,
                    "source-encoding-switch-tooltip",
                    from = from,
                    to = to,
                    line = line.as_str()
                ));
            }
        }
        if info.format == FileFormat::Delimited {
            let shown = delimiter_name(i18n, info.delimiter);
            labelled_combo(
                ui,
                &tr!(i18n, "source-delimiter"),
                "delimiter",
                shown,
                None,
                |ui| {
                    for d in DELIMITERS {
                        let chosen = info.delimiter == Some(d);
                        if ui
                            .selectable_label(chosen, delimiter_name(i18n, Some(d)))
                            .clicked()
                            && !chosen
                        {
                            actions.push(reopen(&|o| o.delimiter = Some(d)));
                        }
                    }
                },
            )
            .on_hover_text(tr!(i18n, "source-delimiter-tooltip"));
        }
        if info.format == FileFormat::Delimited {
            let current = info.quote.unwrap_or(b'"');
            let shown = (current as char).to_string();
            labelled_combo(
                ui,
                &tr!(i18n, "source-quote"),
                "quote",
                shown,
                Some(36.0),
                |ui| {
                    for q in [b'"', b'\''] {
                        if ui
                            .selectable_label(q == current, (q as char).to_string())
                            .clicked()
                            && q != current
                        {
                            actions.push(reopen(&|o| o.quote = Some(q)));
                        }
                    }
                },
            )
            .on_hover_text(tr!(i18n, "source-quote-tooltip"));
        }
        if info.format.is_workbook() && !info.sheets.is_empty() {
            let current = info.sheet.clone().unwrap_or_default();
            labelled_combo(
                ui,
                &tr!(i18n, "source-sheet"),
                "sheet",
                current.as_str(),
                None,
                |ui| {
                    for sheet in &info.sheets {
                        if ui.selectable_label(*sheet == current, sheet).clicked()
                            && *sheet != current
                        {
                            let sheet = sheet.clone();
                            actions.push(reopen(&|o| {
                                o.sheet = Some(sheet.clone());
                                // Another sheet has its own title block: detect afresh.
                                o.header_row = None;
                                o.has_header = None;
                            }));
                        }
                    }
                },
            )
            .on_hover_text(tr!(i18n, "source-sheet-tooltip"));
        }
        if info.format != FileFormat::PortalJson {
            let row = info.header.header_row;
            let label = tr!(i18n, "source-header-row");
            labelled_combo(
                ui,
                &label,
                "header-row",
                (row + 1).to_string(),
                Some(48.0),
                |ui| {
                    for r in 0..HEADER_ROW_CHOICES {
                        if ui.selectable_label(r == row, (r + 1).to_string()).clicked() && r != row
                        {
                            actions.push(reopen(&|o| o.header_row = Some(r)));
                        }
                    }
                },
            )
            .on_hover_text(tr!(i18n, "source-header-row-tooltip"));
            let mut has_header = info.header.has_header;
            if ui
                .checkbox(&mut has_header, tr!(i18n, "source-has-header"))
                .on_hover_text(tr!(i18n, "source-has-header-tooltip"))
                .changed()
            {
                actions.push(reopen(&|o| o.has_header = Some(has_header)));
            }
        }
    });
    if let Some(info) = &doc.info
        && !info.preamble.is_empty()
    {
        ui.label(
            RichText::new(tr!(
                i18n,
                "source-preamble",
                text = info.preamble.join(" · ")
            ))
            .italics()
            .weak(),
        );
    }
}

/// Row and column counts, or the load's progress with its Cancel button.
fn status_ui(ui: &mut Ui, i18n: &I18n, doc: &Document, actions: &mut Vec<Action>) {
    let count = doc.table.rows();
    let rows = i18n.count(count);
    let cols = doc.table.width();
    match doc.state {
        LoadState::Loading => {
            ui.label(tr!(i18n, "source-loading", rows = rows.as_str()));
            let progress = doc.load_progress().unwrap_or(0.0);
            ui.add(
                egui::ProgressBar::new(progress)
                    .show_percentage()
                    .desired_width(200.0),
            );
            if ui
                .button(tr!(i18n, "source-cancel"))
                .on_hover_text(tr!(i18n, "source-cancel-tooltip"))
                .clicked()
            {
                actions.push(Action::CancelLoad);
            }
        }
        LoadState::Loaded => {
            ui.label(tr!(
                i18n,
                "source-size",
                rows = rows.as_str(),
                count = count,
                columns = cols
            ));
        }
        LoadState::Cancelled => {
            ui.label(
                RichText::new(tr!(i18n, "source-cancelled", rows = rows.as_str()))
                    .color(ui.visuals().warn_fg_color),
            );
        }
        LoadState::Failed => {
            ui.label(RichText::new(tr!(i18n, "source-failed")).color(ui.visuals().error_fg_color));
        }
    }
}
