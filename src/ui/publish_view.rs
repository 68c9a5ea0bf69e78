//! The publishing screen: Publish (a dataset to a target, with the checks before it, progress
//! and the result with a link), Outbox (what waits, what failed and why; retry, pause,
//! cancel, import a package from a folder), History (every check and publish, filtered) and
//! Targets (portals and folders; tokens go to the OS keychain, never to a file).
//!
//! Sending runs on job threads with their own database connections. While the app is open,
//! due jobs are sent by themselves every minute, so a queued publish leaves as soon as the
//! network is back.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{RichText, TextEdit, Ui};

use super::jobs::{Job, Poll};
use super::widgets::{Tab, labelled_combo, tab_bar};
use crate::core::date::{Date, local_minutes};
use crate::core::lang::Lang;
use crate::core::publish::folder::read_package;
use crate::core::publish::outbox::{
    HistoryEntry, HistoryFilter, Job as OutboxJob, JobState, Outbox, OutboxError,
};
use crate::core::publish::secrets::{MemoryStore, SecretStore, probe, target_secrets};
use crate::core::publish::target::{EGOV_URL, Target, TargetKind, unused_id};
use crate::core::publish::{Account, Preflight, PublishError, RemoteDataset};
use crate::core::workflow::publish as flow;
use crate::core::workspace::{DatasetEntry, Workspace};
use crate::i18n::I18n;
use crate::text::history as history_text;
use crate::text::messages::{
    account_text, compare_text, history_kind_text, job_state_text, outbox_error_text,
    publish_error_text,
};
use crate::tr;

/// How often due jobs are sent while the app is open.
const AUTO_SEND: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PublishTab {
    #[default]
    Publish,
    Outbox,
    History,
    Catalogue,
    Targets,
}

/// What the checks before publishing found.
#[derive(Debug)]
pub struct Checked {
    /// Errors the validator found in the data (0: valid).
    pub errors: u64,
    pub rows: u64,
    /// What the portal would refuse, or why it could not be asked.
    pub preflight: Result<Vec<Preflight>, PublishError>,
}

/// The end of a publish started here.
#[derive(Debug)]
pub struct Sent {
    pub job: Option<OutboxJob>,
    pub error: Option<String>,
}

/// A target being added.
#[derive(Debug, Clone, Default)]
pub struct TargetDraft {
    pub kind: TargetKind,
    pub id: String,
    pub url: String,
    pub organisation: String,
    pub token: String,
    pub max_upload_mb: String,
}

pub struct PublishState {
    pub tab: PublishTab,
    pub dataset: Option<PathBuf>,
    pub target: String,
    pub period: String,
    pub checked: Option<Checked>,
    checking: Option<Job<Checked>>,
    sending: Option<Job<Sent>>,
    pub sent: Option<Sent>,
    /// A send of due jobs started by the timer or the Outbox tab.
    background: Option<Job<Result<usize, OutboxError>>>,
    /// Why the outbox could not be read or sent, phrased when the screen is drawn.
    outbox_error: Option<OutboxError>,
    last_auto: Option<Instant>,
    pub jobs: Vec<OutboxJob>,
    pub history: Vec<HistoryEntry>,
    pub filter: HistoryFilter,
    pub error: Option<String>,
    pub draft: TargetDraft,
    testing: Option<(String, Job<Result<Account, String>>)>,
    /// The last connection test: target id and its answer.
    pub tested: Option<(String, Result<Account, String>)>,
    pub secrets: Arc<dyn SecretStore>,
    /// Whether the OS keychain works here (checked once, on a thread).
    pub keychain: Option<Result<(), String>>,
    probing: Option<Job<Result<(), String>>>,
    /// The steward chose to keep tokens in memory for this session (no keychain here).
    pub session_only: bool,
    importing: Option<Job<Option<PathBuf>>>,
    /// The target's catalogue, as last read, and the target it came from.
    pub catalogue: Option<(String, Result<Vec<RemoteDataset>, String>)>,
    cataloguing: Option<Job<Result<Vec<RemoteDataset>, String>>>,
    /// The last comparison with the published data, as text.
    pub compared: Option<Result<String, String>>,
    comparing: Option<Job<Result<String, String>>>,
}

impl PublishState {
    pub fn new(secrets: Arc<dyn SecretStore>) -> Self {
        Self {
            tab: PublishTab::default(),
            dataset: None,
            target: String::new(),
            period: String::new(),
            checked: None,
            checking: None,
            sending: None,
            sent: None,
            background: None,
            outbox_error: None,
            last_auto: None,
            jobs: Vec::new(),
            history: Vec::new(),
            filter: HistoryFilter {
                limit: 500,
                ..HistoryFilter::default()
            },
            error: None,
            draft: TargetDraft::default(),
            testing: None,
            tested: None,
            secrets,
            keychain: None,
            probing: None,
            session_only: false,
            importing: None,
            catalogue: None,
            cataloguing: None,
            compared: None,
            comparing: None,
        }
    }

    /// Whether a publishing job runs (tests wait for this).
    pub fn is_busy(&self) -> bool {
        self.checking.is_some()
            || self.sending.is_some()
            || self.background.is_some()
            || self.testing.is_some()
            || self.probing.is_some()
            || self.cataloguing.is_some()
            || self.comparing.is_some()
    }

    /// Jobs not finished: queued, sending, sent and awaiting confirmation, failed, paused.
    pub fn waiting(&self) -> usize {
        self.jobs.iter().filter(|j| !j.state.is_final()).count()
    }

    /// Reads the outbox and the history again.
    pub fn refresh(&mut self, ws: &Workspace) {
        match Outbox::open(ws.root()) {
            Ok(outbox) => {
                self.jobs = outbox.jobs().unwrap_or_default();
                self.history = outbox.history(&self.filter).unwrap_or_default();
            }
            Err(e) => self.outbox_error = Some(e),
        }
    }

    /// Picks sensible defaults for a dataset: the target, and the period just ended.
    pub fn choose_dataset(&mut self, ws: &Workspace, entry: &DatasetEntry) {
        self.dataset = Some(entry.dir.clone());
        self.checked = None;
        self.sent = None;
        if ws.target(&self.target).is_none() {
            self.target = ws
                .meta
                .targets
                .first()
                .map(|t| t.id.clone())
                .unwrap_or_default();
        }
        if let Ok(p) = &entry.package {
            self.period = flow::last_period(p.passport.periodicity, Date::today());
        }
    }

    fn secret_fn(&self) -> impl Fn(&Target) -> Result<Option<String>, String> + Send + 'static {
        target_secrets(&self.secrets)
    }

    /// Polls jobs and sends due ones now and then; called every frame, screen shown or not.
    pub fn tick(&mut self, ctx: &egui::Context, ws: Option<&Workspace>) {
        let mut changed = false;
        if let Some(job) = &self.checking {
            match job.poll() {
                Poll::Message(c) => {
                    self.checked = Some(c);
                    self.checking = None;
                    changed = true;
                }
                Poll::Lost => self.checking = None,
                Poll::Idle => {}
            }
        }
        if let Some(job) = &self.sending {
            match job.poll() {
                Poll::Message(s) => {
                    if let Some(r) = s.job.as_ref().and_then(|j| j.receipt.as_ref())
                        && r.manual
                        && !r.dataset_url.is_empty()
                    {
                        ctx.open_url(egui::OpenUrl::new_tab(&r.dataset_url));
                    }
                    self.sent = Some(s);
                    self.sending = None;
                    changed = true;
                }
                Poll::Lost => self.sending = None,
                Poll::Idle => {}
            }
        }
        if let Some(job) = &self.background {
            match job.poll() {
                Poll::Message(r) => {
                    self.background = None;
                    if let Err(e) = r {
                        self.outbox_error = Some(e);
                    }
                    changed = true;
                }
                Poll::Lost => self.background = None,
                Poll::Idle => {}
            }
        }
        if let Some((id, job)) = &self.testing {
            match job.poll() {
                Poll::Message(r) => {
                    let id = id.clone();
                    self.tested = Some((id, r));
                    self.testing = None;
                }
                Poll::Lost => self.testing = None,
                Poll::Idle => {}
            }
        }
        if let Some(job) = &self.cataloguing {
            match job.poll() {
                Poll::Message(r) => {
                    self.catalogue = Some((self.target.clone(), r));
                    self.cataloguing = None;
                }
                Poll::Lost => self.cataloguing = None,
                Poll::Idle => {}
            }
        }
        if let Some(job) = &self.comparing {
            match job.poll() {
                Poll::Message(r) => {
                    self.compared = Some(r);
                    self.comparing = None;
                }
                Poll::Lost => self.comparing = None,
                Poll::Idle => {}
            }
        }
        if let Some(job) = &self.probing {
            match job.poll() {
                Poll::Message(r) => {
                    self.keychain = Some(r);
                    self.probing = None;
                }
                Poll::Lost => self.probing = None,
                Poll::Idle => {}
            }
        }
        if let Some(ws) = ws {
            if changed {
                self.refresh(ws);
            }
            let due = self.last_auto.is_none_or(|t| t.elapsed() >= AUTO_SEND);
            if due && self.sending.is_none() && self.background.is_none() {
                self.last_auto = Some(Instant::now());
                // Read again: a scheduled `ochiq push` may have queued jobs meanwhile.
                self.refresh(ws);
                if self
                    .jobs
                    .iter()
                    .any(|j| j.is_due(crate::core::date::unix_now()))
                {
                    self.send_due(ctx, ws);
                }
            }
            ctx.request_repaint_after(AUTO_SEND);
        }
    }

    fn send_due(&mut self, ctx: &egui::Context, ws: &Workspace) {
        let ws = ws.clone();
        let secret = self.secret_fn();
        self.background = Some(Job::spawn("ochiq-outbox", ctx, move |tracker, send| {
            let result = Outbox::open(ws.root())
                .and_then(|outbox| flow::send_due(&ws, &outbox, None, &secret, tracker))
                .map(|r| r.len());
            send(result);
        }));
    }

    fn start_catalogue(&mut self, ctx: &egui::Context, ws: &Workspace, i18n: &I18n) {
        let Some(target) = ws.target(&self.target).cloned() else {
            return;
        };
        let ws = ws.clone();
        let secret = self.secret_fn();
        let lang = i18n.lang();
        self.cataloguing = Some(Job::spawn("ochiq-catalogue", ctx, move |_, send| {
            let i18n = I18n::new(lang);
            send(flow::catalogue(&ws, &target, &secret).map_err(|e| publish_error_text(&i18n, &e)));
        }));
    }

    fn start_compare(&mut self, ctx: &egui::Context, ws: &Workspace, i18n: &I18n) {
        let (Some(dir), Some(target)) = (self.dataset.clone(), ws.target(&self.target).cloned())
        else {
            return;
        };
        let ws = ws.clone();
        let secret = self.secret_fn();
        let lang = i18n.lang();
        self.compared = None;
        self.comparing = Some(Job::spawn("ochiq-compare", ctx, move |tracker, send| {
            let i18n = I18n::new(lang);
            send(
                flow::compare(&ws, &dir, &target, &secret, tracker)
                    .map(|(remote, diff)| compare_text(&i18n, &remote, &diff))
                    .map_err(|e| publish_error_text(&i18n, &e)),
            );
        }));
    }

    fn start_check(&mut self, ctx: &egui::Context, ws: &Workspace) {
        let (Some(dir), Some(target)) = (self.dataset.clone(), ws.target(&self.target).cloned())
        else {
            return;
        };
        let ws = ws.clone();
        let secret = self.secret_fn();
        self.checked = None;
        self.checking = Some(Job::spawn("ochiq-preflight", ctx, move |tracker, send| {
            let checked = flow::check_before_publishing(&ws, &dir, &target, &secret, tracker);
            send(Checked {
                errors: checked.errors(),
                rows: checked.rows(),
                preflight: checked.preflight,
            });
        }));
    }

    fn start_publish(&mut self, ctx: &egui::Context, ws: &Workspace, i18n: &I18n) {
        let Some(dir) = self.dataset.clone() else {
            return;
        };
        let ws = ws.clone();
        let target = self.target.clone();
        let period = self.period.trim().to_owned();
        let secret = self.secret_fn();
        let lang = i18n.lang();
        self.sent = None;
        self.sending = Some(Job::spawn("ochiq-publish", ctx, move |tracker, send| {
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
        }));
    }
}

fn state_color(ui: &Ui, state: JobState) -> egui::Color32 {
    match state {
        JobState::Confirmed => egui::Color32::from_rgb(0x2e, 0x8b, 0x57),
        JobState::Failed => ui.visuals().error_fg_color,
        JobState::Sent | JobState::Sending | JobState::Queued => ui.visuals().warn_fg_color,
        JobState::Paused | JobState::Cancelled => ui.visuals().weak_text_color(),
    }
}

fn kind_text(i18n: &I18n, kind: TargetKind) -> String {
    match kind {
        TargetKind::Folder => tr!(i18n, "target-kind-folder"),
        TargetKind::Ckan => tr!(i18n, "target-kind-ckan"),
        TargetKind::Egov => tr!(i18n, "target-kind-egov"),
    }
}

fn target_label(i18n: &I18n, t: &Target) -> String {
    format!("{} — {} ({})", t.id, kind_text(i18n, t.kind), t.url)
}

/// The workspace's targets in a combo known by "Target"; tells whether the choice changed.
fn target_combo(ui: &mut Ui, i18n: &I18n, salt: &str, ws: &Workspace, chosen: &mut String) -> bool {
    let current = ws
        .target(chosen)
        .map(|t| target_label(i18n, t))
        .unwrap_or_else(|| tr!(i18n, "publish-choose-target"));
    let mut changed = false;
    labelled_combo(
        ui,
        &tr!(i18n, "publish-target"),
        salt,
        current,
        Some(420.0),
        |ui| {
            for t in &ws.meta.targets {
                if ui
                    .selectable_label(t.id == *chosen, target_label(i18n, t))
                    .clicked()
                {
                    *chosen = t.id.clone();
                    changed = true;
                }
            }
        },
    )
    .on_hover_text(tr!(i18n, "publish-target-tooltip"));
    changed
}

/// A dataset as the list names it: its code and its title in the interface language.
fn dataset_name(entry: &DatasetEntry, lang: Lang) -> String {
    match &entry.package {
        Ok(p) => {
            let title = p.passport.title.best(lang);
            let code = flow::dataset_label(&entry.dir, p);
            if title.is_empty() {
                code
            } else {
                format!("{code} — {title}")
            }
        }
        Err(_) => entry
            .dir
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
    }
}

/// Draws the screen.
pub fn publish_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut PublishState,
    ws: &mut Workspace,
    datasets: &[DatasetEntry],
) {
    ui.horizontal(|ui| {
        ui.heading(tr!(i18n, "publish-title"));
        ui.separator();
        let waiting = state.waiting();
        let tabs = vec![
            Tab {
                id: PublishTab::Publish,
                label: tr!(i18n, "publish-tab-publish"),
                tip: tr!(i18n, "publish-tab-publish-tooltip"),
            },
            Tab {
                id: PublishTab::Outbox,
                label: tr!(i18n, "publish-tab-outbox", count = waiting),
                tip: tr!(i18n, "publish-tab-outbox-tooltip"),
            },
            Tab {
                id: PublishTab::History,
                label: tr!(i18n, "publish-tab-history"),
                tip: tr!(i18n, "publish-tab-history-tooltip"),
            },
            Tab {
                id: PublishTab::Catalogue,
                label: tr!(i18n, "publish-tab-catalogue"),
                tip: tr!(i18n, "publish-tab-catalogue-tooltip"),
            },
            Tab {
                id: PublishTab::Targets,
                label: tr!(i18n, "publish-tab-targets"),
                tip: tr!(i18n, "publish-tab-targets-tooltip"),
            },
        ];
        if let Some(tab) = tab_bar(ui, state.tab, tabs) {
            state.tab = tab;
            state.refresh(ws);
        }
    });
    ui.separator();
    if let Some(e) = state.outbox_error.take() {
        state.error = Some(outbox_error_text(i18n, &e));
    }
    if let Some(e) = state.error.clone() {
        ui.horizontal(|ui| {
            ui.colored_label(ui.visuals().error_fg_color, e);
            if ui
                .small_button(tr!(i18n, "notice-dismiss"))
                .on_hover_text(tr!(i18n, "calendar-dismiss-tooltip"))
                .clicked()
            {
                state.error = None;
            }
        });
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match state.tab {
            PublishTab::Publish => publish_tab(ui, i18n, state, ws, datasets),
            PublishTab::Outbox => outbox_tab(ui, i18n, state, ws),
            PublishTab::History => history_tab(ui, i18n, state, ws),
            PublishTab::Catalogue => catalogue_tab(ui, i18n, state, ws),
            PublishTab::Targets => targets_tab(ui, i18n, state, ws),
        });
}

fn publish_tab(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut PublishState,
    ws: &Workspace,
    datasets: &[DatasetEntry],
) {
    if datasets.is_empty() {
        ui.label(RichText::new(tr!(i18n, "publish-no-datasets")).weak());
        return;
    }
    let ctx = ui.ctx().clone();
    egui::Grid::new("publish-form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let current = datasets
                .iter()
                .find(|d| Some(&d.dir) == state.dataset.as_ref())
                .map(|d| dataset_name(d, i18n.lang()))
                .unwrap_or_else(|| tr!(i18n, "publish-choose-dataset"));
            let mut chosen = None;
            labelled_combo(
                ui,
                &tr!(i18n, "publish-dataset"),
                "publish-dataset",
                current,
                Some(420.0),
                |ui| {
                    for entry in datasets {
                        let on = Some(&entry.dir) == state.dataset.as_ref();
                        if ui
                            .selectable_label(on, dataset_name(entry, i18n.lang()))
                            .clicked()
                        {
                            chosen = Some(entry);
                        }
                    }
                },
            )
            .on_hover_text(tr!(i18n, "publish-dataset-tooltip"));
            if let Some(entry) = chosen {
                state.choose_dataset(ws, entry);
            }
            ui.end_row();

            if target_combo(ui, i18n, "publish-target", ws, &mut state.target) {
                state.checked = None;
            }
            ui.end_row();

            let label = ui.label(tr!(i18n, "publish-period"));
            ui.add(
                TextEdit::singleline(&mut state.period)
                    .hint_text("2026-10")
                    .desired_width(120.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!(i18n, "publish-period-tooltip"));
            ui.end_row();
        });
    ui.add_space(8.0);
    let ready = state.dataset.is_some() && ws.target(&state.target).is_some();
    let busy = state.checking.is_some() || state.sending.is_some();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                ready && !busy,
                egui::Button::new(tr!(i18n, "publish-check")),
            )
            .on_hover_text(tr!(i18n, "publish-check-tooltip"))
            .clicked()
        {
            state.start_check(&ctx, ws);
        }
        let checked_ok = state
            .checked
            .as_ref()
            .is_some_and(|c| c.preflight.as_ref().is_ok_and(Vec::is_empty));
        if ui
            .add_enabled(
                ready && !busy && checked_ok,
                egui::Button::new(RichText::new(tr!(i18n, "publish-send")).strong()),
            )
            .on_hover_text(tr!(i18n, "publish-send-tooltip"))
            .on_disabled_hover_text(tr!(i18n, "publish-send-disabled"))
            .clicked()
        {
            state.start_publish(&ctx, ws, i18n);
        }
        if ui
            .add_enabled(
                ready && state.comparing.is_none(),
                egui::Button::new(tr!(i18n, "publish-compare")),
            )
            .on_hover_text(tr!(i18n, "publish-compare-tooltip"))
            .clicked()
        {
            state.start_compare(&ctx, ws, i18n);
        }
        if state.comparing.is_some() {
            ui.spinner();
        }
        if let Some(job) = &state.sending {
            let bar = egui::ProgressBar::new(job.tracker.fraction().unwrap_or(0.0))
                .show_percentage()
                .desired_width(220.0);
            ui.add(bar);
            if ui
                .button(tr!(i18n, "publish-stop"))
                .on_hover_text(tr!(i18n, "publish-stop-tooltip"))
                .clicked()
            {
                job.tracker.cancel();
            }
        } else if state.checking.is_some() {
            ui.spinner();
            ui.label(tr!(i18n, "publish-checking"));
        }
    });
    ui.add_space(8.0);
    if let Some(checked) = &state.checked {
        checked_ui(ui, i18n, checked);
    }
    if let Some(sent) = &state.sent {
        ui.add_space(8.0);
        sent_ui(ui, i18n, sent);
    }
    if let Some(compared) = &state.compared {
        ui.add_space(8.0);
        egui::Frame::group(ui.style()).show(ui, |ui| match compared {
            Ok(text) => {
                ui.label(RichText::new(text).monospace());
            }
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
        });
    }
}

fn catalogue_tab(ui: &mut Ui, i18n: &I18n, state: &mut PublishState, ws: &Workspace) {
    let ctx = ui.ctx().clone();
    ui.horizontal(|ui| {
        target_combo(ui, i18n, "catalogue-target", ws, &mut state.target);
        if ui
            .add_enabled(
                state.cataloguing.is_none() && ws.target(&state.target).is_some(),
                egui::Button::new(tr!(i18n, "catalogue-refresh")),
            )
            .on_hover_text(tr!(i18n, "catalogue-refresh-tooltip"))
            .clicked()
        {
            state.start_catalogue(&ctx, ws, i18n);
        }
        if state.cataloguing.is_some() {
            ui.spinner();
        }
    });
    ui.add_space(6.0);
    let Some((_, listed)) = &state.catalogue else {
        ui.label(RichText::new(tr!(i18n, "catalogue-empty")).weak());
        return;
    };
    let datasets = match listed {
        Ok(d) => d,
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e);
            return;
        }
    };
    let lang = i18n.lang();
    egui::Grid::new("catalogue")
        .striped(true)
        .num_columns(5)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for h in [
                tr!(i18n, "catalogue-col-code"),
                tr!(i18n, "catalogue-col-title"),
                tr!(i18n, "catalogue-col-rows"),
                tr!(i18n, "catalogue-col-updated"),
                tr!(i18n, "catalogue-col-late"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for d in datasets {
                if d.url.starts_with("http") {
                    ui.hyperlink_to(&d.code, &d.url);
                } else {
                    ui.label(&d.code);
                }
                let title: String = d.title.best(lang).chars().take(80).collect();
                ui.label(title);
                ui.label(d.rows.map(|r| r.to_string()).unwrap_or_default());
                ui.label(&d.updated);
                match d.late_days {
                    Some(late) if late > 0 => {
                        ui.colored_label(ui.visuals().error_fg_color, late.to_string());
                    }
                    Some(late) => {
                        ui.label(late.to_string());
                    }
                    None => {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}

fn checked_ui(ui: &mut Ui, i18n: &I18n, checked: &Checked) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(tr!(i18n, "publish-checks-heading")).strong());
        if checked.errors == 0 {
            ui.label(tr!(i18n, "publish-data-valid", rows = checked.rows));
        } else {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!(
                    i18n,
                    "publish-data-invalid",
                    rows = checked.rows,
                    errors = checked.errors
                ),
            );
        }
        match &checked.preflight {
            Ok(problems) if problems.is_empty() => {
                ui.label(tr!(i18n, "publish-preflight-ok"));
            }
            Ok(problems) => {
                for p in problems {
                    let text = match p {
                        Preflight::NoSuchOrganisation(o) => {
                            tr!(i18n, "preflight-no-organisation", organisation = o.as_str())
                        }
                        Preflight::Missing(what) => {
                            let field = i18n.passport_field(what);
                            tr!(i18n, "preflight-missing", field = field)
                        }
                        Preflight::NoSuchDataset(d) => {
                            tr!(i18n, "preflight-no-dataset", dataset = d.as_str())
                        }
                        Preflight::Columns {
                            missing,
                            extra,
                            repeated,
                        } => {
                            let mut parts = Vec::new();
                            if !missing.is_empty() {
                                parts.push(tr!(
                                    i18n,
                                    "preflight-columns-missing",
                                    columns = missing.join(", ")
                                ));
                            }
                            if !extra.is_empty() {
                                parts.push(tr!(
                                    i18n,
                                    "preflight-columns-extra",
                                    columns = extra.join(", ")
                                ));
                            }
                            if !repeated.is_empty() {
                                parts.push(tr!(
                                    i18n,
                                    "preflight-columns-repeated",
                                    columns = repeated.join(", ")
                                ));
                            }
                            format!("{} {}", tr!(i18n, "preflight-columns"), parts.join("; "))
                        }
                        Preflight::TooLarge { size, limit } => tr!(
                            i18n,
                            "preflight-too-large",
                            size = (size >> 20).to_string(),
                            limit = (limit >> 20).to_string()
                        ),
                    };
                    ui.colored_label(ui.visuals().error_fg_color, format!("• {text}"));
                }
            }
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, publish_error_text(i18n, e));
            }
        }
    });
}

fn sent_ui(ui: &mut Ui, i18n: &I18n, sent: &Sent) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        if let Some(e) = &sent.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
            return;
        }
        let Some(job) = &sent.job else {
            return;
        };
        ui.label(
            RichText::new(job_state_text(i18n, job.state))
                .strong()
                .color(state_color(ui, job.state)),
        );
        if !job.error.is_empty() {
            ui.label(history_text::stored_text(i18n, &job.error));
        }
        let confirmation = history_text::stored_text(i18n, &job.confirmation);
        if !confirmation.is_empty() {
            ui.label(&confirmation);
        }
        if let Some(r) = &job.receipt {
            if r.manual {
                ui.label(tr!(i18n, "publish-manual-upload"));
                ui.label(RichText::new(&r.resource_url).monospace());
            }
            if r.dataset_url.starts_with("http") {
                ui.hyperlink_to(tr!(i18n, "publish-open-page"), &r.dataset_url);
            } else if !r.dataset_url.is_empty() && !confirmation.contains(&r.dataset_url) {
                ui.label(RichText::new(&r.dataset_url).monospace());
            }
        }
    });
}

/// What a button in the outbox asks for a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JobAction {
    Retry,
    Pause,
    Cancel,
}

fn outbox_tab(ui: &mut Ui, i18n: &I18n, state: &mut PublishState, ws: &Workspace) {
    let ctx = ui.ctx().clone();
    ui.horizontal(|ui| {
        let busy = state.background.is_some();
        if ui
            .add_enabled(!busy, egui::Button::new(tr!(i18n, "outbox-send-due")))
            .on_hover_text(tr!(i18n, "outbox-send-due-tooltip"))
            .clicked()
        {
            state.send_due(&ctx, ws);
        }
        if busy {
            ui.spinner();
        }
        if ui
            .button(tr!(i18n, "outbox-import"))
            .on_hover_text(tr!(i18n, "outbox-import-tooltip"))
            .clicked()
            && state.importing.is_none()
        {
            state.importing = Some(super::jobs::spawn_folder_dialog(
                &ctx,
                tr!(i18n, "outbox-import"),
                None,
            ));
        }
        if ui
            .button(tr!(i18n, "outbox-refresh"))
            .on_hover_text(tr!(i18n, "outbox-refresh-tooltip"))
            .clicked()
        {
            state.refresh(ws);
        }
    });
    if let Some(job) = &state.importing {
        match job.poll() {
            Poll::Message(dir) => {
                state.importing = None;
                if let Some(dir) = dir {
                    import_package(i18n, state, ws, &dir);
                }
            }
            Poll::Lost => state.importing = None,
            Poll::Idle => {}
        }
    }
    ui.add_space(6.0);
    if state.jobs.is_empty() {
        ui.label(RichText::new(tr!(i18n, "outbox-empty")).weak());
        if ui
            .button(tr!(i18n, "outbox-go-publish"))
            .on_hover_text(tr!(i18n, "publish-tab-publish-tooltip"))
            .clicked()
        {
            state.tab = PublishTab::Publish;
        }
        return;
    }
    let mut act: Option<(i64, JobAction)> = None;
    egui::Grid::new("outbox-jobs")
        .striped(true)
        .num_columns(7)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for h in [
                tr!(i18n, "outbox-col-job"),
                tr!(i18n, "outbox-col-dataset"),
                tr!(i18n, "outbox-col-period"),
                tr!(i18n, "outbox-col-target"),
                tr!(i18n, "outbox-col-state"),
                tr!(i18n, "outbox-col-updated"),
                tr!(i18n, "outbox-col-actions"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for job in &state.jobs {
                ui.label(format!("#{}", job.id));
                ui.label(&job.dataset).on_hover_text(&job.title);
                ui.label(&job.period);
                ui.label(&job.target);
                let mut status =
                    ui.colored_label(state_color(ui, job.state), job_state_text(i18n, job.state));
                if !job.error.is_empty() {
                    status = status.on_hover_text(history_text::stored_text(i18n, &job.error));
                }
                let _ = status;
                ui.label(local_minutes(job.updated));
                ui.horizontal(|ui| {
                    let can_retry = matches!(
                        job.state,
                        JobState::Failed | JobState::Paused | JobState::Queued | JobState::Sent
                    );
                    // Each button is named with its job for screen readers.
                    let number = job.id;
                    let named = |ui: &mut Ui, text: String, tip: String| {
                        let name = tr!(
                            i18n,
                            "outbox-job-action",
                            action = text.as_str(),
                            job = number
                        );
                        ui.small_button(text)
                            .accessible_name(name)
                            .on_hover_text(tip)
                            .clicked()
                    };
                    if can_retry
                        && named(
                            ui,
                            tr!(i18n, "outbox-retry"),
                            tr!(i18n, "outbox-retry-tooltip"),
                        )
                    {
                        act = Some((job.id, JobAction::Retry));
                    }
                    if job.state == JobState::Queued
                        && named(
                            ui,
                            tr!(i18n, "outbox-pause"),
                            tr!(i18n, "outbox-pause-tooltip"),
                        )
                    {
                        act = Some((job.id, JobAction::Pause));
                    }
                    if !job.state.is_final()
                        && job.state != JobState::Sending
                        && named(
                            ui,
                            tr!(i18n, "outbox-cancel"),
                            tr!(i18n, "outbox-cancel-tooltip"),
                        )
                    {
                        act = Some((job.id, JobAction::Cancel));
                    }
                });
                ui.end_row();
                if !job.error.is_empty() && !job.state.is_final() {
                    ui.label("");
                    let error = history_text::stored_text(i18n, &job.error);
                    ui.colored_label(ui.visuals().error_fg_color, error);
                    ui.end_row();
                }
            }
        });
    if let Some((id, what)) = act {
        match Outbox::open(ws.root()) {
            Ok(outbox) => {
                let result = match what {
                    JobAction::Retry => outbox.retry(id),
                    JobAction::Pause => outbox.pause(id),
                    JobAction::Cancel => outbox.cancel(id),
                };
                if let Err(e) = result {
                    state.error = Some(outbox_error_text(i18n, &e));
                }
                if what == JobAction::Retry {
                    state.send_due(&ctx, ws);
                }
            }
            Err(e) => state.error = Some(outbox_error_text(i18n, &e)),
        }
        state.refresh(ws);
    }
}

fn import_package(i18n: &I18n, state: &mut PublishState, ws: &Workspace, dir: &Path) {
    let package = match read_package(dir) {
        Ok(p) => p,
        Err(e) => {
            state.error = Some(publish_error_text(i18n, &e));
            return;
        }
    };
    let target = flow::intended_target(ws, &package)
        .or_else(|| ws.target(&state.target))
        .or_else(|| ws.meta.targets.first())
        .map(|t| t.id.clone())
        .unwrap_or_default();
    let result = Outbox::open(ws.root()).and_then(|mut o| o.import(&package, &target));
    if let Err(e) = result {
        state.error = Some(outbox_error_text(i18n, &e));
    }
    state.refresh(ws);
}

fn history_tab(ui: &mut Ui, i18n: &I18n, state: &mut PublishState, ws: &Workspace) {
    let mut changed = false;
    ui.horizontal(|ui| {
        let label = ui.label(tr!(i18n, "history-filter"));
        changed |= ui
            .add(
                TextEdit::singleline(&mut state.filter.dataset)
                    .hint_text(tr!(i18n, "history-filter-hint"))
                    .desired_width(200.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!(i18n, "history-filter-tooltip"))
            .changed();
        changed |= ui
            .checkbox(
                &mut state.filter.failures_only,
                tr!(i18n, "history-failures"),
            )
            .on_hover_text(tr!(i18n, "history-failures-tooltip"))
            .changed();
    });
    if changed {
        state.refresh(ws);
    }
    ui.add_space(6.0);
    if state.history.is_empty() {
        let filtered = !state.filter.dataset.trim().is_empty() || state.filter.failures_only;
        let text = if filtered {
            tr!(i18n, "history-nothing-matches")
        } else {
            tr!(i18n, "history-empty")
        };
        ui.label(RichText::new(text).weak());
        return;
    }
    egui::Grid::new("history")
        .striped(true)
        .num_columns(6)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for h in [
                tr!(i18n, "history-col-when"),
                tr!(i18n, "history-col-what"),
                tr!(i18n, "history-col-dataset"),
                tr!(i18n, "history-col-period"),
                tr!(i18n, "history-col-target"),
                tr!(i18n, "history-col-detail"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for e in &state.history {
                ui.label(local_minutes(e.at));
                let what = history_kind_text(i18n, e.kind);
                if e.ok {
                    ui.label(what);
                } else {
                    ui.colored_label(ui.visuals().error_fg_color, what);
                }
                ui.label(&e.dataset);
                ui.label(&e.period);
                ui.label(&e.target);
                let detail = history_text::stored_text(i18n, &e.detail);
                let short: String = detail.chars().take(90).collect();
                let mut r = ui.label(short);
                if !e.sha256.is_empty() {
                    r = r.on_hover_text(format!("SHA-256 {}", e.sha256));
                }
                let _ = r;
                ui.end_row();
            }
        });
}

fn targets_tab(ui: &mut Ui, i18n: &I18n, state: &mut PublishState, ws: &mut Workspace) {
    let ctx = ui.ctx().clone();
    if state.keychain.is_none() && state.probing.is_none() && !state.session_only {
        let secrets = Arc::clone(&state.secrets);
        state.probing = Some(Job::spawn("ochiq-keychain", &ctx, move |_, send| {
            send(probe(&*secrets).map_err(|e| e.to_string()));
        }));
    }
    match (&state.keychain, state.session_only) {
        (_, true) => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!(i18n, "keychain-session-only"),
            );
        }
        (Some(Ok(())), _) => {
            ui.label(tr!(i18n, "keychain-ok"));
        }
        (Some(Err(e)), _) => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr!(i18n, "keychain-unavailable"),
            )
            .on_hover_text(e.as_str());
            ui.label(RichText::new(e.as_str()).small().weak());
            if ui
                .button(tr!(i18n, "keychain-use-session"))
                .on_hover_text(tr!(i18n, "keychain-use-session-tooltip"))
                .clicked()
            {
                state.secrets = Arc::new(MemoryStore::default());
                state.session_only = true;
            }
        }
        (None, _) => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!(i18n, "keychain-checking"));
            });
        }
    }
    ui.add_space(6.0);
    let mut remove = None;
    egui::Grid::new("targets")
        .striped(true)
        .num_columns(5)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for t in &ws.meta.targets {
                ui.label(RichText::new(&t.id).strong());
                ui.label(kind_text(i18n, t.kind));
                ui.label(&t.url);
                ui.label(&t.organisation);
                ui.horizontal(|ui| {
                    let testing = state.testing.as_ref().is_some_and(|(id, _)| *id == t.id);
                    if testing {
                        ui.spinner();
                    } else if ui
                        .small_button(tr!(i18n, "target-test"))
                        .on_hover_text(tr!(i18n, "target-test-tooltip"))
                        .clicked()
                    {
                        let target = t.clone();
                        let ws = ws.clone();
                        let secret = state.secret_fn();
                        let lang = i18n.lang();
                        state.testing = Some((
                            t.id.clone(),
                            Job::spawn("ochiq-test-target", &ctx, move |_, send| {
                                send(
                                    flow::connect(&ws, &target, &secret)
                                        .and_then(|c| c.account())
                                        .map_err(|e| publish_error_text(&I18n::new(lang), &e)),
                                );
                            }),
                        ));
                    }
                    let name = tr!(i18n, "target-remove-named", target = t.id.as_str());
                    if ui
                        .small_button(tr!(i18n, "target-remove"))
                        .accessible_name(name)
                        .on_hover_text(tr!(i18n, "target-remove-tooltip"))
                        .clicked()
                    {
                        remove = Some(t.id.clone());
                    }
                });
                ui.end_row();
                if let Some((id, answer)) = &state.tested
                    && *id == t.id
                {
                    ui.label("");
                    match answer {
                        Ok(a) => {
                            ui.label(account_text(i18n, a));
                        }
                        Err(e) => {
                            ui.colored_label(ui.visuals().error_fg_color, e);
                        }
                    }
                    ui.end_row();
                }
            }
        });
    if let Some(id) = remove {
        if let Some(t) = ws.target(&id).cloned()
            && t.kind.needs_secret()
        {
            let _ = state.secrets.delete(&t.secret_key());
        }
        ws.meta.targets.retain(|t| t.id != id);
        if let Err(e) = ws.save_meta() {
            state.error = Some(e.to_string());
        }
    }
    ui.add_space(10.0);
    ui.label(RichText::new(tr!(i18n, "target-add-heading")).strong());
    add_target_ui(ui, i18n, state, ws);
}

fn add_target_ui(ui: &mut Ui, i18n: &I18n, state: &mut PublishState, ws: &mut Workspace) {
    let draft = &mut state.draft;
    egui::Grid::new("target-add")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            labelled_combo(
                ui,
                &tr!(i18n, "target-kind"),
                "target-kind",
                kind_text(i18n, draft.kind),
                Some(260.0),
                |ui| {
                    for kind in TargetKind::ALL {
                        if ui
                            .selectable_label(draft.kind == kind, kind_text(i18n, kind))
                            .clicked()
                        {
                            draft.kind = kind;
                            if kind == TargetKind::Egov && draft.url.is_empty() {
                                draft.url = EGOV_URL.into();
                            }
                        }
                    }
                },
            );
            ui.end_row();
            let folder = draft.kind == TargetKind::Folder;
            let mut fields: Vec<(String, &mut String, &str)> = vec![
                (tr!(i18n, "target-id"), &mut draft.id, "portal"),
                if folder {
                    (
                        tr!(i18n, "target-folder"),
                        &mut draft.url,
                        "/media/usb/ochiq",
                    )
                } else {
                    (
                        tr!(i18n, "target-url"),
                        &mut draft.url,
                        "https://data.example.uz",
                    )
                },
            ];
            if !folder {
                fields.push((
                    tr!(i18n, "target-organisation"),
                    &mut draft.organisation,
                    "stat-uz",
                ));
            }
            for (label, value, hint) in fields {
                let l = ui.label(label);
                ui.add(
                    TextEdit::singleline(value)
                        .hint_text(hint)
                        .desired_width(320.0),
                )
                .labelled_by(l.id);
                ui.end_row();
            }
            if draft.kind.needs_secret() {
                let l = ui.label(tr!(i18n, "target-token"));
                ui.add(
                    TextEdit::singleline(&mut draft.token)
                        .password(true)
                        .desired_width(320.0),
                )
                .labelled_by(l.id)
                .on_hover_text(tr!(i18n, "target-token-tooltip"));
                ui.end_row();
                let l = ui.label(tr!(i18n, "target-max-upload"));
                ui.add(
                    TextEdit::singleline(&mut draft.max_upload_mb)
                        .hint_text("10")
                        .desired_width(80.0),
                )
                .labelled_by(l.id);
                ui.end_row();
            }
        });
    let complete = !draft.url.trim().is_empty()
        && (!draft.kind.needs_secret() || !draft.token.trim().is_empty());
    if ui
        .add_enabled(complete, egui::Button::new(tr!(i18n, "target-add")))
        .clicked()
    {
        let draft = std::mem::take(&mut state.draft);
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
        };
        if draft.kind.needs_secret()
            && let Err(e) = state.secrets.set(&target.secret_key(), draft.token.trim())
        {
            state.error = Some(tr!(i18n, "target-keychain-failed", detail = e.to_string()));
            return;
        }
        ws.meta.targets.push(target);
        if let Err(e) = ws.save_meta() {
            state.error = Some(e.to_string());
        }
    }
}
