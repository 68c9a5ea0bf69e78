//! What the publishing screen keeps: the form being filled, the outbox and history as last
//! read, the catalogue, the targets pane, the error shown, and the screen's jobs. Only
//! [`super::apply`] writes the parts that come from the disk, the keychain or a job.

use crate::core::publish::jumps::Jumps;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crate::core::publish::outbox::{HistoryEntry, HistoryFilter, Job as OutboxJob, OutboxError};
use crate::core::publish::secrets::SecretStore;
use crate::core::publish::target::TargetKind;
use crate::core::publish::{Account, Preflight, PublishError, RemoteDataset};
use crate::core::table::Table;
use crate::core::validate::personal::{PersonalColumn, PersonalKind, PersonalReview, ReviewReason};
use crate::ui::jobs::Slot;

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
    /// Numbers that jumped against the published version (none published: `None`).
    pub jumps: Option<Result<Jumps, PublishError>>,
    /// The factor the jumps were looked for with.
    pub factor: f64,
    /// Columns of personal data no review covers: publishing waits for a review.
    pub personal: Vec<PersonalColumn>,
    /// The review recorded for the dataset, if any.
    pub review: Option<PersonalReview>,
}

impl Checked {
    /// Whether the portal accepts the dataset as it is and no unreviewed personal data is in
    /// it (publishing is offered then).
    pub fn accepted(&self) -> bool {
        self.preflight.as_ref().is_ok_and(Vec::is_empty) && self.personal.is_empty()
    }
}

/// The review being written in its dialog: who, why, and which columns it covers.
#[derive(Debug, Clone, Default)]
pub struct ReviewDraft {
    pub dataset: PathBuf,
    pub reviewer: String,
    pub reason: ReviewReason,
    pub note: String,
    /// Each column found (or reviewed before), its kind, and whether the review covers it.
    pub columns: Vec<(String, Option<PersonalKind>, bool)>,
}

impl ReviewDraft {
    /// Whether the review can be recorded: a reviewer, a column, and for "another ground"
    /// the ground in words.
    pub fn complete(&self) -> bool {
        !self.reviewer.trim().is_empty()
            && self.columns.iter().any(|(_, _, on)| *on)
            && (self.reason != ReviewReason::Other || !self.note.trim().is_empty())
    }
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
    pub format: crate::core::publish::portal_file::FileFormat,
}

/// What went wrong last, phrased when the screen is drawn.
#[derive(Debug)]
pub enum Problem {
    Outbox(OutboxError),
    Publish(PublishError),
    /// Already phrased.
    Text(String),
}

/// The Publish tab: what is sent where, and what the checks, the send and the comparison
/// gave.
#[derive(Debug, Default)]
pub struct PublishForm {
    pub dataset: Option<PathBuf>,
    pub target: String,
    /// The period being typed.
    pub period: String,
    pub checked: Option<Checked>,
    pub sent: Option<Sent>,
    /// The last comparison with the published data, as text.
    pub compared: Option<Result<String, String>>,
    /// The published table the last comparison read, and the dataset folder it is for: the
    /// Chart tab draws its values beside the new ones.
    pub published: Option<(PathBuf, Arc<Table>)>,
    /// The review dialog, while it is open.
    pub review: Option<ReviewDraft>,
}

/// The outbox as last read.
#[derive(Debug, Default)]
pub struct OutboxList {
    pub jobs: Vec<OutboxJob>,
    /// When due jobs were last sent by themselves.
    pub last_auto: Option<Instant>,
}

/// The history as last read, and the filter being typed.
#[derive(Debug)]
pub struct HistoryList {
    pub entries: Vec<HistoryEntry>,
    pub filter: HistoryFilter,
    /// The filter changed at this moment; the history is read again once typing pauses.
    pub stale_since: Option<Instant>,
}

impl Default for HistoryList {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            filter: HistoryFilter {
                limit: 500,
                ..HistoryFilter::default()
            },
            stale_since: None,
        }
    }
}

/// The Targets tab: the keychain's state, the target being added and connection tests.
#[derive(Debug, Default)]
pub struct TargetsPane {
    pub draft: TargetDraft,
    /// The target whose connection is being tested.
    pub testing: Option<String>,
    /// The last connection test: target id and its answer.
    pub tested: Option<(String, Result<Account, String>)>,
    /// Whether the OS keychain works here (checked once, on a thread).
    pub keychain: Option<Result<(), String>>,
    /// The steward chose to keep tokens in memory for this session (no keychain here).
    pub session_only: bool,
}

/// The screen's jobs, one slot per kind.
#[derive(Default)]
pub struct PublishJobs {
    pub checking: Slot<Checked>,
    pub sending: Slot<Sent>,
    /// A send of due jobs started by the timer or the Outbox tab.
    pub background: Slot<Result<usize, OutboxError>>,
    pub testing: Slot<(String, Result<Account, String>)>,
    pub probing: Slot<Result<(), String>>,
    /// The folder dialog of a package to import into the outbox.
    pub importing: Slot<Option<PathBuf>>,
    pub cataloguing: Slot<Result<Vec<RemoteDataset>, String>>,
    /// The comparison's text, and the published table it read.
    pub comparing: Slot<Result<(String, Arc<Table>), String>>,
}

pub struct PublishState {
    pub tab: PublishTab,
    pub form: PublishForm,
    pub outbox: OutboxList,
    pub history: HistoryList,
    /// The target's catalogue, as last read, and the target it came from.
    pub catalogue: Option<(String, Result<Vec<RemoteDataset>, String>)>,
    pub targets: TargetsPane,
    pub error: Option<Problem>,
    pub secrets: Arc<dyn SecretStore>,
    pub jobs: PublishJobs,
}

impl PublishState {
    pub fn new(secrets: Arc<dyn SecretStore>) -> Self {
        Self {
            tab: PublishTab::default(),
            form: PublishForm::default(),
            outbox: OutboxList::default(),
            history: HistoryList::default(),
            catalogue: None,
            targets: TargetsPane::default(),
            error: None,
            secrets,
            jobs: PublishJobs::default(),
        }
    }

    /// Whether a publishing job runs (tests wait for this).
    pub fn is_busy(&self) -> bool {
        let j = &self.jobs;
        j.checking.is_running()
            || j.sending.is_running()
            || j.background.is_running()
            || j.testing.is_running()
            || j.probing.is_running()
            || j.cataloguing.is_running()
            || j.comparing.is_running()
    }

    /// Jobs not finished: queued, sending, sent and awaiting confirmation, failed, paused.
    pub fn waiting(&self) -> usize {
        self.outbox
            .jobs
            .iter()
            .filter(|j| !j.state.is_final())
            .count()
    }

    /// The dataset chosen to publish.
    pub fn dataset(&self) -> Option<&PathBuf> {
        self.form.dataset.as_ref()
    }
}
