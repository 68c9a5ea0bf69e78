//! Everything the publishing screen does: reading the outbox and the history, starting and
//! polling its jobs, the pre-publish check, adding and removing targets (their tokens go to
//! the keychain), and what the outbox's buttons ask. The views only return
//! [`PublishIntent`]s; this is the one place that acts on them.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::state::{Checked, Problem, PublishState, PublishTab, Sent};
use crate::core::date::{Date, unix_now};
use crate::core::progress::Tracker;
use crate::core::publish::folder::read_package;
use crate::core::publish::outbox::{Job as OutboxJob, Outbox, OutboxError};
use crate::core::publish::secrets::{MemoryStore, probe, target_secrets};
use crate::core::publish::target::{Target, unused_id};
use crate::core::workflow::publish as flow;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::text::messages::{
    address_problem_text, compare_text, outbox_error_text, publish_error_text,
};
use crate::tr;
use crate::ui::jobs::{Job, spawn_folder_dialog};

/// How often due jobs are sent while the app is open.
const AUTO_SEND: Duration = Duration::from_secs(60);
/// The history is read again once the filter has not changed for this long.
const FILTER_PAUSE: Duration = Duration::from_millis(300);

/// What a button in the outbox asks for a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobAction {
    Retry,
    Pause,
    Cancel,
}

/// What the user asked for on the publishing screen.
#[derive(Debug, Clone, PartialEq)]
pub enum PublishIntent {
    ShowTab(PublishTab),
    DismissError,
    /// Publish this dataset folder (the target and the period follow it).
    ChooseDataset(PathBuf),
    ChooseTarget(String),
    /// Check the dataset and ask the target what it would refuse.
    Check,
    Publish,
    /// Stop the publish under way.
    StopPublish,
    /// Compare the dataset with what the target has.
    Compare,
    /// The factor past which a change against the published version is listed.
    SetJumpFactor(f64),
    /// Read the target's catalogue.
    ReadCatalogue,
    SendDue,
    /// Pick a package folder to import into the outbox.
    ImportPackage,
    RefreshOutbox,
    Job(i64, JobAction),
    /// The history's filter changed.
    FilterHistory,
    /// Find out whether the OS keychain works here.
    ProbeKeychain,
    /// Keep tokens in memory for this session (no keychain here).
    UseSessionStore,
    /// Add the target being drafted (its token goes to the keychain).
    AddTarget,
    RemoveTarget(String),
    TestTarget(String),
    /// Open the dialog that records a review of the personal data found.
    OpenReview,
    /// Record the review being written, and check again.
    SaveReview,
    CloseReview,
}

/// What applying an intent works on.
pub struct PublishContext<'a> {
    pub ws: &'a mut Workspace,
    pub datasets: &'a [DatasetEntry],
    pub i18n: &'a I18n,
    pub ctx: &'a egui::Context,
}

/// Does what `intent` asks.
pub fn apply(state: &mut PublishState, intent: PublishIntent, cx: &mut PublishContext<'_>) {
    let ws = &mut *cx.ws;
    let i18n = cx.i18n;
    match intent {
        PublishIntent::ShowTab(tab) => {
            state.tab = tab;
            state.refresh(ws);
        }
        PublishIntent::DismissError => state.error = None,
        PublishIntent::ChooseDataset(dir) => {
            if let Some(entry) = cx.datasets.iter().find(|e| e.dir == dir) {
                state.choose_dataset(ws, entry);
            }
        }
        PublishIntent::ChooseTarget(id) => {
            // A check says what this target would refuse; another target must be asked again.
            if state.form.target != id {
                state.form.checked = None;
            }
            state.form.target = id;
        }
        PublishIntent::Check => start_check(state, cx.ctx, ws),
        PublishIntent::OpenReview => open_review(state, ws),
        PublishIntent::CloseReview => state.form.review = None,
        PublishIntent::SaveReview => save_review(state, cx.ctx, ws),
        PublishIntent::Publish => start_publish(state, cx.ctx, ws, i18n),
        PublishIntent::StopPublish => state.jobs.sending.cancel(),
        PublishIntent::Compare => start_compare(state, cx.ctx, ws, i18n),
        PublishIntent::SetJumpFactor(factor) => {
            ws.meta.jump_factor = factor;
            if let Err(e) = ws.save_meta() {
                state.error = Some(Problem::Text(e.to_string()));
            }
        }
        PublishIntent::ReadCatalogue => start_catalogue(state, cx.ctx, ws, i18n),
        PublishIntent::SendDue => send_due(state, cx.ctx, ws),
        PublishIntent::ImportPackage => {
            if !state.jobs.importing.is_running() {
                let title = tr!(i18n, "outbox-import");
                state
                    .jobs
                    .importing
                    .start(spawn_folder_dialog(cx.ctx, title, None));
            }
        }
        PublishIntent::RefreshOutbox => state.refresh(ws),
        PublishIntent::Job(id, what) => {
            match Outbox::open(ws.root()) {
                Ok(outbox) => {
                    let result = match what {
                        JobAction::Retry => outbox.retry(id),
                        JobAction::Pause => outbox.pause(id),
                        JobAction::Cancel => outbox.cancel(id),
                    };
                    if let Err(e) = result {
                        state.error = Some(Problem::Outbox(e));
                    }
                    if what == JobAction::Retry {
                        send_due(state, cx.ctx, ws);
                    }
                }
                Err(e) => state.error = Some(Problem::Outbox(e)),
            }
            state.refresh(ws);
        }
        PublishIntent::FilterHistory => {
            state.history.stale_since = Some(Instant::now());
            cx.ctx.request_repaint_after(FILTER_PAUSE);
        }
        PublishIntent::ProbeKeychain => {
            let t = &state.targets;
            if t.keychain.is_none() && !t.session_only && !state.jobs.probing.is_running() {
                let secrets = Arc::clone(&state.secrets);
                state
                    .jobs
                    .probing
                    .start(Job::spawn("ochiq-keychain", cx.ctx, move |_, send| {
                        send(probe(&*secrets).map_err(|e| e.to_string()));
                    }));
            }
        }
        PublishIntent::UseSessionStore => {
            state.secrets = Arc::new(MemoryStore::default());
            state.targets.session_only = true;
        }
        PublishIntent::AddTarget => add_target(state, ws, i18n),
        PublishIntent::RemoveTarget(id) => {
            if let Some(t) = ws.target(&id).cloned()
                && t.kind.needs_secret()
            {
                let _ = state.secrets.delete(&t.secret_key());
            }
            ws.meta.targets.retain(|t| t.id != id);
            if let Err(e) = ws.save_meta() {
                state.error = Some(Problem::Text(e.to_string()));
            }
        }
        PublishIntent::TestTarget(id) => {
            let Some(target) = ws.target(&id).cloned() else {
                return;
            };
            let ws = ws.clone();
            let secret = target_secrets(&state.secrets);
            let lang = i18n.lang();
            state.targets.testing = Some(id.clone());
            let job = Job::spawn("ochiq-test-target", cx.ctx, move |_, send| {
                let answer = flow::connect(&ws, &target, &secret)
                    .and_then(|c| c.account())
                    .map_err(|e| publish_error_text(&I18n::new(lang), &e));
                send((id, answer));
            });
            state.jobs.testing.start(job);
        }
    }
}

impl PublishState {
    /// Reads the outbox and the history again.
    pub fn refresh(&mut self, ws: &Workspace) {
        match Outbox::open(ws.root()) {
            Ok(outbox) => {
                self.outbox.jobs = outbox.jobs().unwrap_or_default();
                self.history.entries = outbox.history(&self.history.filter).unwrap_or_default();
                self.history.stale_since = None;
            }
            Err(e) => self.error = Some(Problem::Outbox(e)),
        }
    }

    /// Picks sensible defaults for a dataset: the target, and the period just ended.
    pub fn choose_dataset(&mut self, ws: &Workspace, entry: &DatasetEntry) {
        let form = &mut self.form;
        form.dataset = Some(entry.dir.clone());
        form.checked = None;
        form.sent = None;
        if ws.target(&form.target).is_none() {
            form.target = ws
                .meta
                .targets
                .first()
                .map(|t| t.id.clone())
                .unwrap_or_default();
        }
        if let Ok(p) = &entry.package {
            form.period = flow::last_period(p.passport.periodicity, Date::today());
        }
    }

    /// Takes in what the jobs finished and sends due jobs now and then; called every frame,
    /// screen shown or not.
    pub fn tick(&mut self, ctx: &egui::Context, ws: Option<&Workspace>) {
        let mut changed = false;
        let jobs = &mut self.jobs;
        if let Some(Ok(checked)) = jobs.checking.finished() {
            self.form.checked = Some(checked);
            changed = true;
        }
        if let Some(Ok(sent)) = jobs.sending.finished() {
            if let Some(r) = sent.job.as_ref().and_then(|j| j.receipt.as_ref())
                && r.manual
                && !r.dataset_url.is_empty()
            {
                ctx.open_url(egui::OpenUrl::new_tab(&r.dataset_url));
            }
            self.form.sent = Some(sent);
            changed = true;
        }
        if let Some(Ok(result)) = jobs.background.finished() {
            if let Err(e) = result {
                self.error = Some(Problem::Outbox(e));
            }
            changed = true;
        }
        match jobs.testing.finished() {
            Some(Ok(answer)) => {
                self.targets.tested = Some(answer);
                self.targets.testing = None;
            }
            Some(Err(_)) => self.targets.testing = None,
            None => {}
        }
        if let Some(Ok(listed)) = jobs.cataloguing.finished() {
            self.catalogue = Some((self.form.target.clone(), listed));
        }
        if let Some(Ok(compared)) = jobs.comparing.finished() {
            let dir = self.form.dataset.clone();
            self.form.compared = Some(compared.map(|(text, published)| {
                self.form.published = dir.map(|dir| (dir, published));
                text
            }));
        }
        if let Some(Ok(answer)) = jobs.probing.finished() {
            self.targets.keychain = Some(answer);
        }
        let picked = jobs.importing.finished();
        let Some(ws) = ws else {
            return;
        };
        if let Some(Ok(Some(dir))) = picked {
            self.import_package(ws, &dir);
        }
        if changed {
            self.refresh(ws);
        }
        if let Some(since) = self.history.stale_since {
            let waited = since.elapsed();
            if waited >= FILTER_PAUSE {
                self.refresh(ws);
            } else {
                ctx.request_repaint_after(FILTER_PAUSE - waited);
            }
        }
        let due = self
            .outbox
            .last_auto
            .is_none_or(|t| t.elapsed() >= AUTO_SEND);
        if due && !self.jobs.sending.is_running() && !self.jobs.background.is_running() {
            self.outbox.last_auto = Some(Instant::now());
            // Read again: a scheduled `ochiq push` may have queued jobs meanwhile.
            self.refresh(ws);
            if self.outbox.jobs.iter().any(|j| j.is_due(unix_now())) {
                send_due(self, ctx, ws);
            }
        }
        ctx.request_repaint_after(AUTO_SEND);
    }

    /// Puts a package prepared elsewhere (a folder) into the outbox, for the target it
    /// names, else the one chosen, else the first.
    fn import_package(&mut self, ws: &Workspace, dir: &Path) {
        let package = match read_package(dir) {
            Ok(p) => p,
            Err(e) => {
                self.error = Some(Problem::Publish(e));
                return;
            }
        };
        let target = flow::intended_target(ws, &package)
            .or_else(|| ws.target(&self.form.target))
            .or_else(|| ws.meta.targets.first())
            .map(|t| t.id.clone())
            .unwrap_or_default();
        let result = Outbox::open(ws.root()).and_then(|mut o| o.import(&package, &target));
        if let Err(e) = result {
            self.error = Some(Problem::Outbox(e));
        }
        self.refresh(ws);
    }
}

fn send_due(state: &mut PublishState, ctx: &egui::Context, ws: &Workspace) {
    let ws = ws.clone();
    let secret = target_secrets(&state.secrets);
    let job = Job::spawn("ochiq-outbox", ctx, move |tracker, send| {
        let result = Outbox::open(ws.root())
            .and_then(|outbox| flow::send_due(&ws, &outbox, None, &secret, tracker))
            .map(|r| r.len());
        send(result);
    });
    state.jobs.background.start(job);
}

/// The chosen dataset's folder and the chosen target, when both are there.
fn chosen(state: &PublishState, ws: &Workspace) -> Option<(PathBuf, Target)> {
    let dir = state.form.dataset.clone()?;
    let target = ws.target(&state.form.target).cloned()?;
    Some((dir, target))
}

fn start_catalogue(state: &mut PublishState, ctx: &egui::Context, ws: &Workspace, i18n: &I18n) {
    let Some(target) = ws.target(&state.form.target).cloned() else {
        return;
    };
    let ws = ws.clone();
    let secret = target_secrets(&state.secrets);
    let lang = i18n.lang();
    let job = Job::spawn("ochiq-catalogue", ctx, move |_, send| {
        let i18n = I18n::new(lang);
        send(flow::catalogue(&ws, &target, &secret).map_err(|e| publish_error_text(&i18n, &e)));
    });
    state.jobs.cataloguing.start(job);
}

fn start_compare(state: &mut PublishState, ctx: &egui::Context, ws: &Workspace, i18n: &I18n) {
    let Some((dir, target)) = chosen(state, ws) else {
        return;
    };
    let ws = ws.clone();
    let secret = target_secrets(&state.secrets);
    let lang = i18n.lang();
    state.form.compared = None;
    let job = Job::spawn("ochiq-compare", ctx, move |tracker, send| {
        let i18n = I18n::new(lang);
        send(
            flow::compare_published(&ws, &dir, &target, &secret, tracker)
                .map(|(remote, diff, jumps, published)| {
                    (
                        compare_text(&i18n, &remote, &diff, &jumps),
                        Arc::new(published),
                    )
                })
                .map_err(|e| publish_error_text(&i18n, &e)),
        );
    });
    state.jobs.comparing.start(job);
}

fn start_check(state: &mut PublishState, ctx: &egui::Context, ws: &Workspace) {
    let Some((dir, target)) = chosen(state, ws) else {
        return;
    };
    let ws = ws.clone();
    let secret = target_secrets(&state.secrets);
    state.form.checked = None;
    let job = Job::spawn("ochiq-preflight", ctx, move |tracker, send| {
        send(run_precheck(&ws, &dir, &target, &secret, tracker));
    });
    state.jobs.checking.start(job);
}

/// The check before publishing (the core's one workflow, shared with `ochiq push`):
/// validates the dataset, records the check in the history, and asks the target what it
/// would refuse.
fn run_precheck(
    ws: &Workspace,
    dir: &Path,
    target: &Target,
    secret: &dyn Fn(&Target) -> Result<Option<String>, String>,
    tracker: &Tracker,
) -> Checked {
    let checked = flow::check_before_publishing(ws, dir, target, secret, tracker);
    Checked {
        errors: checked.errors(),
        rows: checked.rows(),
        preflight: checked.preflight,
        jumps: checked.jumps,
        factor: ws.meta.jump_factor,
        personal: checked.personal,
        review: checked.review,
    }
}

/// Opens the review dialog over the personal data the last check found, with the columns an
/// earlier review of the dataset named (a new review replaces it).
fn open_review(state: &mut PublishState, ws: &Workspace) {
    let Some(dir) = state.form.dataset.clone() else {
        return;
    };
    let label =
        crate::core::schema::Package::read(&dir.join(crate::core::schema::package::PACKAGE_FILE))
            .map(|p| flow::dataset_label(&dir, &p))
            .unwrap_or_default();
    let earlier = ws.meta.review(&label).cloned();
    let mut columns: Vec<(
        String,
        Option<crate::core::validate::personal::PersonalKind>,
        bool,
    )> = Vec::new();
    if let Some(r) = &earlier {
        columns.extend(r.columns.iter().map(|c| (c.clone(), None, true)));
    }
    for c in state.form.checked.iter().flat_map(|c| &c.personal) {
        match columns.iter_mut().find(|(name, _, _)| *name == c.field) {
            Some(known) => known.1 = Some(c.kind),
            None => columns.push((c.field.clone(), Some(c.kind), true)),
        }
    }
    state.form.review = Some(super::state::ReviewDraft {
        dataset: dir,
        reviewer: earlier
            .as_ref()
            .map(|r| r.reviewer.clone())
            .unwrap_or_default(),
        reason: earlier.as_ref().map(|r| r.reason).unwrap_or_default(),
        note: earlier.map(|r| r.note).unwrap_or_default(),
        columns,
    });
}

/// Records the review (the workspace, the history) and checks the dataset again.
fn save_review(state: &mut PublishState, ctx: &egui::Context, ws: &mut Workspace) {
    let Some(draft) = state.form.review.take().filter(|d| d.complete()) else {
        return;
    };
    let columns = draft
        .columns
        .iter()
        .filter(|(_, _, on)| *on)
        .map(|(name, _, _)| name.clone())
        .collect();
    match flow::record_review(
        ws,
        &draft.dataset,
        &draft.reviewer,
        draft.reason,
        &draft.note,
        Some(columns),
    ) {
        Ok(_) => {
            state.refresh(ws);
            start_check(state, ctx, ws);
        }
        Err(e) => {
            state.error = Some(Problem::Publish(e));
            state.form.review = Some(draft);
        }
    }
}

fn start_publish(state: &mut PublishState, ctx: &egui::Context, ws: &Workspace, i18n: &I18n) {
    let Some(dir) = state.form.dataset.clone() else {
        return;
    };
    let ws = ws.clone();
    let target = state.form.target.clone();
    let period = state.form.period.trim().to_owned();
    let secret = target_secrets(&state.secrets);
    let lang = i18n.lang();
    state.form.sent = None;
    let job = Job::spawn("ochiq-publish", ctx, move |tracker, send| {
        let result = (|| -> Result<OutboxJob, OutboxError> {
            let mut outbox = Outbox::open(ws.root())?;
            let period = (!period.is_empty()).then_some(period.as_str());
            let job = flow::queue_dataset(&ws, &mut outbox, &dir, &target, period, tracker)?;
            flow::send_due(&ws, &outbox, Some(job.id), &secret, tracker)?;
            outbox.job(job.id)
        })();
        send(match result {
            Ok(job) => Sent {
                job: Some(job),
                error: None,
            },
            Err(e) => Sent {
                job: None,
                error: Some(outbox_error_text(&I18n::new(lang), &e)),
            },
        });
    });
    state.jobs.sending.start(job);
}

/// Adds the target being drafted; its token goes to the keychain first, and nothing is
/// added when the keychain refuses it.
fn add_target(state: &mut PublishState, ws: &mut Workspace, i18n: &I18n) {
    let draft = std::mem::take(&mut state.targets.draft);
    let id = if draft.id.trim().is_empty() {
        unused_id(&ws.meta.targets, draft.kind.code())
    } else {
        unused_id(
            &ws.meta.targets,
            &crate::core::schema::package::slug(&draft.id),
        )
    };
    let target = Target {
        id,
        kind: draft.kind,
        url: draft.url.trim().to_owned(),
        organisation: draft.organisation.trim().to_owned(),
        user: String::new(),
        max_upload_mb: draft.max_upload_mb.trim().parse().ok(),
        format: draft.format,
    };
    if let Err(problem) = target.check_address() {
        state.error = Some(Problem::Text(address_problem_text(i18n, &problem)));
        // Kept for the steward to correct the address.
        state.targets.draft = draft;
        return;
    }
    if draft.kind.needs_secret()
        && let Err(e) = state.secrets.set(&target.secret_key(), draft.token.trim())
    {
        let text = tr!(i18n, "target-keychain-failed", detail = e.to_string());
        state.error = Some(Problem::Text(text));
        return;
    }
    ws.meta.targets.push(target);
    if let Err(e) = ws.save_meta() {
        state.error = Some(Problem::Text(e.to_string()));
    }
}
