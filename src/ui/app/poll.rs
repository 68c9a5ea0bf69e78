//! Takes in what the background jobs sent since the last frame: one function per domain
//! (the document, the app's dialogs and files, publishing).

use std::path::PathBuf;
use std::sync::Arc;

use super::super::classifiers_view::{ClassifiersState, ImportDraft};
use super::super::dataset::DocTab;
use super::super::document::{DocOutcome, LoadState};
use super::super::jobs::Lost;
use super::{OchiqApp, Screen};
use crate::text::messages::Notice;

impl OchiqApp {
    pub(super) fn poll(&mut self, ctx: &egui::Context) {
        self.poll_document(ctx);
        self.poll_app_jobs();
        self.publish.tick(ctx, self.workspace.as_ref());
        self.refresh_chart(ctx);
    }

    /// On the Chart tab, works out its numbers when the table, its schema or the published
    /// table known for its dataset (from the last comparison) changed.
    pub(super) fn refresh_chart(&mut self, ctx: &egui::Context) {
        let Some(doc) = &mut self.doc else { return };
        if doc.tab != DocTab::Chart
            || !matches!(doc.state, LoadState::Loaded | LoadState::Cancelled)
        {
            return;
        }
        let dir = doc.dataset.as_ref().and_then(|d| d.dir.as_ref());
        let published = self
            .publish
            .form
            .published
            .as_ref()
            .filter(|(of, _)| Some(of) == dir)
            .map(|(_, table)| Arc::clone(table));
        let table = Arc::clone(&doc.table);
        let schema = doc.table_schema();
        doc.charts
            .refresh(ctx, &table, schema, &self.contents.registry, published);
    }

    /// The open document's jobs: what they ended with that the app acts on.
    fn poll_document(&mut self, ctx: &egui::Context) {
        let Some(doc) = &mut self.doc else { return };
        // Cells typed and rows deleted by hand become steps as soon as the recipe is free.
        if doc.tools.edit.has_pending() && doc.can_edit_recipe() {
            let classifiers = self.contents.registry.latest_all().cloned().collect();
            let steps = doc.tools.edit.take_pending();
            doc.accept_by_hand(ctx, steps, classifiers);
        }
        let path = doc.path.clone();
        for outcome in doc.poll(ctx) {
            match outcome {
                DocOutcome::Failed(error) => {
                    self.notice = Some(Notice::File {
                        path: path.clone(),
                        error,
                    });
                }
                DocOutcome::Lost => self.notice = Some(Notice::JobLost),
                DocOutcome::DatasetUnreadable(e) => {
                    self.notice = Some(Notice::DatasetUnreadable(e))
                }
                DocOutcome::SaveFailed(e) => self.notice = Some(Notice::SaveFailed(e)),
                DocOutcome::ImportFailed(e) => self.notice = Some(Notice::ImportFailed(e)),
                DocOutcome::Applied => {
                    // The cleaned table is checked and profiled again at once.
                    if let Some(doc) = &mut self.doc {
                        doc.reprofile(ctx);
                        doc.validate(ctx, &self.contents.registry);
                    }
                }
                DocOutcome::Saved => {
                    if let Some(doc) = &self.doc {
                        let saved = doc.path.clone();
                        self.prefs.remember_file(&saved);
                    }
                    self.save_prefs();
                    self.refresh_lists();
                    if let Some((path, options)) = self.pending.switch.take() {
                        self.replace_document(ctx, path, options);
                    }
                }
            }
        }
    }

    /// The app's own jobs: a dialog's answer becomes an action; a code list read opens
    /// its import form; a failed write or preferences save is a notice.
    fn poll_app_jobs(&mut self) {
        // No answer (the dialog was cancelled, or its thread ended) asks for nothing.
        if let Some(Ok(Some(path))) = self.jobs.dialog.finished() {
            self.actions.push((self.jobs.answer)(path));
        }
        match self.jobs.code_list.finished() {
            Some(Ok(Ok((path, table)))) => {
                let draft = ImportDraft::new(path, Arc::new(table));
                match &mut self.screen {
                    Some(Screen::Classifiers(state)) => state.draft = Some(draft),
                    _ => {
                        self.screen = Some(Screen::Classifiers(Box::new(ClassifiersState {
                            draft: Some(draft),
                            ..ClassifiersState::default()
                        })))
                    }
                }
            }
            Some(Ok(Err(error))) => {
                self.notice = Some(Notice::File {
                    path: PathBuf::new(),
                    error,
                })
            }
            Some(Err(Lost)) => self.notice = Some(Notice::JobLost),
            None => {}
        }
        if let Some(e) = self.jobs.prefs.as_ref().and_then(|s| s.error()) {
            self.notice = Some(Notice::PrefsNotSaved(e));
        }
        if let Some(Ok(Err(e))) = self.jobs.write.finished() {
            self.notice = Some(Notice::SaveFailed(e));
        }
    }
}
