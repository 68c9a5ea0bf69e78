//! An opened file as the UI holds it: the table (growing while the loader runs), what was
//! detected about the source, the column profile, and the view's position.

use std::path::PathBuf;
use std::sync::Arc;

use super::jobs::{Job, LoadMsg, Poll, spawn_load, spawn_profile};
use crate::core::ingest::{IngestError, LoadEvent, OpenOptions, SourceInfo};
use crate::core::profile::ColumnProfile;
use crate::core::table::Table;

/// How far loading has got.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    Loading,
    Loaded,
    /// The user stopped loading; the rows read so far stay visible.
    Cancelled,
    Failed,
}

/// Where the table view is and what is selected.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewState {
    /// First data row shown at the top of the table.
    pub first_row: usize,
    /// Part of a row the wheel has moved but not yet applied.
    pub scroll_rem: f32,
    pub selected_row: Option<usize>,
    pub selected_col: Option<usize>,
    /// Set when the column panel should bring the selected column into view.
    pub reveal_column: bool,
}

pub struct Document {
    pub path: PathBuf,
    pub options: OpenOptions,
    pub info: Option<SourceInfo>,
    pub table: Arc<Table>,
    pub state: LoadState,
    load: Option<Job<LoadMsg>>,
    pub profile: Option<Vec<ColumnProfile>>,
    profiling: Option<Job<Option<Vec<ColumnProfile>>>>,
    pub view: ViewState,
}

/// What a poll of the document's jobs produced that the app must react to.
pub enum DocEvent {
    Failed(IngestError),
    /// The job thread ended unexpectedly.
    Lost,
}

impl Document {
    pub fn open(ctx: &egui::Context, path: PathBuf, options: OpenOptions) -> Self {
        let load = Some(spawn_load(ctx, path.clone(), options.clone()));
        Self {
            path,
            options,
            info: None,
            table: Arc::new(Table::default()),
            state: LoadState::Loading,
            load,
            profile: None,
            profiling: None,
            view: ViewState::default(),
        }
    }

    /// The file name for titles and lists.
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    pub fn is_busy(&self) -> bool {
        self.load.is_some() || self.profiling.is_some()
    }

    /// Fraction of the file read, while loading.
    pub fn load_progress(&self) -> Option<f32> {
        self.load
            .as_ref()
            .map(|j| j.tracker.fraction().unwrap_or(0.0))
    }

    pub fn profile_progress(&self) -> Option<f32> {
        self.profiling
            .as_ref()
            .map(|j| j.tracker.fraction().unwrap_or(0.0))
    }

    pub fn cancel_load(&self) {
        if let Some(job) = &self.load {
            job.tracker.cancel();
        }
    }

    /// Takes in whatever the jobs have sent since the last frame.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<DocEvent> {
        let mut event = None;
        while let Some(job) = &self.load {
            match job.poll() {
                Poll::Idle => break,
                Poll::Message(LoadMsg::Event(LoadEvent::Started { info, header })) => {
                    self.info = Some(info);
                    self.table = Arc::new(Table::new(header));
                }
                Poll::Message(LoadMsg::Event(LoadEvent::Rows(chunk))) => {
                    Arc::make_mut(&mut self.table).append(chunk);
                }
                Poll::Message(LoadMsg::Done(result)) => {
                    self.load = None;
                    match result {
                        Ok(info) => {
                            self.info = Some(info);
                            self.state = LoadState::Loaded;
                        }
                        Err(IngestError::Cancelled) => self.state = LoadState::Cancelled,
                        Err(e) => {
                            self.state = LoadState::Failed;
                            event = Some(DocEvent::Failed(e));
                        }
                    }
                    if self.state != LoadState::Failed {
                        self.profiling = Some(spawn_profile(ctx, Arc::clone(&self.table)));
                    }
                }
                Poll::Lost => {
                    self.load = None;
                    self.state = LoadState::Failed;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        if let Some(job) = &self.profiling {
            match job.poll() {
                Poll::Idle => {}
                Poll::Message(profile) => {
                    self.profile = profile;
                    self.profiling = None;
                }
                Poll::Lost => {
                    self.profiling = None;
                    event = Some(DocEvent::Lost);
                }
            }
        }
        event
    }
}

impl Drop for Document {
    fn drop(&mut self) {
        // A replaced document stops its threads instead of reading on in the background.
        self.cancel_load();
        if let Some(job) = &self.profiling {
            job.tracker.cancel();
        }
    }
}
