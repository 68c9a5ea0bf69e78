//! The left panel: the workspace's name and folder, and its data files to open with a click.

use std::path::Path;

use egui::{RichText, Ui};

use super::actions::Action;
use crate::core::lang::Lang;
use crate::core::workspace::{DataFile, DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::tr;

pub fn workspace_ui(
    ui: &mut Ui,
    i18n: &I18n,
    workspace: Option<&Workspace>,
    datasets: &[DatasetEntry],
    files: &[DataFile],
    current: Option<&Path>,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!(i18n, "workspace-title"));
    let Some(ws) = workspace else {
        ui.label(RichText::new(tr!(i18n, "workspace-none")).weak());
        if ui
            .button(tr!(i18n, "workspace-choose"))
            .on_hover_text(tr!(i18n, "workspace-choose-tooltip"))
            .clicked()
        {
            actions.push(Action::ChooseWorkspace);
        }
        return;
    };
    if ws.meta.demo {
        ui.label(RichText::new(tr!(i18n, "workspace-demo")).strong());
    } else if !ws.meta.name.is_empty() {
        ui.label(RichText::new(&ws.meta.name).strong());
    }
    if !ws.meta.organisation.is_empty() && ws.meta.organisation != ws.meta.name {
        ui.label(&ws.meta.organisation);
    }
    ui.add(
        egui::Label::new(
            RichText::new(ws.root().display().to_string())
                .small()
                .weak(),
        )
        .truncate(),
    );
    ui.separator();
    if !datasets.is_empty() {
        ui.label(RichText::new(tr!(i18n, "workspace-datasets", count = datasets.len())).weak());
        for entry in datasets {
            dataset_item(ui, i18n.lang(), entry, current, actions);
        }
        ui.separator();
    }
    ui.label(RichText::new(tr!(i18n, "workspace-files", count = files.len())).weak());
    egui::ScrollArea::vertical()
        .id_salt("workspace-files")
        .auto_shrink([false, true])
        .max_height(ui.available_height() - 70.0)
        .show(ui, |ui| {
            if files.is_empty() {
                ui.label(tr!(
                    i18n,
                    "workspace-empty",
                    folder = ws.data_dir().display().to_string()
                ));
            }
            for file in files {
                let selected = current == Some(file.path.as_path());
                let response = ui
                    .selectable_label(selected, &file.name)
                    .on_hover_text(format!(
                        "{} · {}",
                        i18n.size(file.size),
                        file.path.display()
                    ));
                if response.clicked() && !selected {
                    actions.push(Action::OpenFile(file.path.clone()));
                }
            }
        });
    ui.separator();
    if ui
        .button(tr!(i18n, "workspace-choose"))
        .on_hover_text(tr!(i18n, "workspace-choose-tooltip"))
        .clicked()
    {
        actions.push(Action::ChooseWorkspace);
    }
    if ws.meta.demo {
        if ui
            .button(tr!(i18n, "demo-reset"))
            .on_hover_text(tr!(i18n, "demo-reset-tooltip"))
            .clicked()
        {
            actions.push(Action::ResetDemo { confirmed: false });
        }
    } else if ui
        .button(tr!(i18n, "workspace-open-demo"))
        .on_hover_text(tr!(i18n, "workspace-open-demo-tooltip"))
        .clicked()
    {
        actions.push(Action::OpenDemoWorkspace);
    }
}

/// A dataset in the list: its title in the interface language and its portal code.
fn dataset_item(
    ui: &mut Ui,
    lang: Lang,
    entry: &DatasetEntry,
    current: Option<&Path>,
    actions: &mut Vec<Action>,
) {
    let folder = entry
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (title, code) = match &entry.package {
        Ok(p) => {
            let title = p.passport.title.best(lang);
            let title = if title.is_empty() {
                folder.as_str()
            } else {
                title
            };
            (title.to_owned(), p.passport.code.clone())
        }
        Err(e) => (format!("(!) {folder}"), e.clone()),
    };
    let data = entry.data_path();
    let selected = data.is_some() && current == data.as_deref();
    let tip = if code.is_empty() {
        folder
    } else {
        format!("{code} · {folder}")
    };
    let response = ui.selectable_label(selected, title).on_hover_text(tip);
    if response.clicked()
        && !selected
        && let Some(path) = data
    {
        actions.push(Action::OpenFile(path));
    }
}
