//! The first-run screen's last step: making (or opening) the user's own workspace.

use super::super::onboarding::Welcome;
use super::{Modal, OchiqApp};
use crate::core::workspace::{Workspace, WorkspaceError, WorkspaceMeta};
use crate::i18n::I18n;
use crate::text::messages::{Notice, notice_text};

impl OchiqApp {
    /// Makes (or opens) the workspace in the folder chosen on the first-run screen for the
    /// organisation typed there, and closes the screen; a failure is said on the screen.
    pub(super) fn create_workspace(&mut self) {
        let Some(Modal::Welcome(welcome)) = &mut self.modal else {
            return;
        };
        let Some(folder) = welcome.folder.clone() else {
            return;
        };
        if let Some(ws) = make_workspace(&self.i18n, welcome) {
            self.modal = None;
            self.prefs.workspace = Some(folder);
            self.save_prefs();
            self.doc = None;
            self.set_workspace(ws);
        }
    }
}

/// The workspace of the first-run screen's folder and organisation; on failure the screen
/// keeps the reason.
fn make_workspace(i18n: &I18n, welcome: &mut Welcome) -> Option<Workspace> {
    let folder = welcome.folder.clone()?;
    let organisation = welcome.organisation.trim().to_owned();
    let meta = WorkspaceMeta {
        name: organisation.clone(),
        organisation: organisation.clone(),
        ..WorkspaceMeta::default()
    };
    let result = Workspace::open_or_create(&folder, meta).and_then(|mut ws| {
        // An existing workspace keeps its name; an unnamed one takes the organisation
        // given here.
        if ws.meta.organisation.is_empty() {
            ws.meta.organisation = organisation;
            ws.save_meta()?;
        }
        Ok(ws)
    });
    match result {
        Ok(ws) => Some(ws),
        Err(e) => {
            welcome.error = Some(workspace_error_text(i18n, e));
            None
        }
    }
}

/// A workspace error as one line in the interface language.
fn workspace_error_text(i18n: &I18n, error: WorkspaceError) -> String {
    match notice_text(i18n, &Notice::Workspace(error)) {
        (headline, Some(detail)) => format!("{headline} ({detail})"),
        (headline, None) => headline,
    }
}
