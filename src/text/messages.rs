//! Turns the core's errors into sentences in the user's language: a headline that says what
//! happened and what to do, and the technical detail for a support request.

use std::path::PathBuf;

use crate::core::ingest::IngestError;
use crate::core::publish::{AddressProblem, PublishError};
use crate::core::workspace::WorkspaceError;
use crate::i18n::I18n;
use crate::tr;

/// A message shown in the banner above the table until dismissed.
#[derive(Debug)]
pub enum Notice {
    File {
        path: PathBuf,
        error: IngestError,
    },
    Workspace(WorkspaceError),
    /// A background job ended without an answer.
    JobLost,
    PrefsNotSaved(String),
    DatasetUnreadable(String),
    SaveFailed(String),
    ImportFailed(String),
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The headline and, where useful, the technical detail.
pub fn notice_text(i18n: &I18n, notice: &Notice) -> (String, Option<String>) {
    match notice {
        Notice::File { path, error } => {
            let name = file_name(path);
            let name = name.as_str();
            match error {
                IngestError::Io(e) => match e.source.kind() {
                    std::io::ErrorKind::NotFound => {
                        (tr!(i18n, "file-error-not-found", name = name), None)
                    }
                    std::io::ErrorKind::PermissionDenied => {
                        (tr!(i18n, "file-error-permission", name = name), None)
                    }
                    _ => (
                        tr!(i18n, "file-error-io", name = name),
                        Some(e.source.to_string()),
                    ),
                },
                IngestError::Empty => (tr!(i18n, "file-error-empty", name = name), None),
                IngestError::Binary => (tr!(i18n, "file-error-binary", name = name), None),
                IngestError::Unsupported(ext) => (
                    tr!(
                        i18n,
                        "file-error-unsupported",
                        name = name,
                        ext = ext.as_str()
                    ),
                    None,
                ),
                IngestError::Workbook(detail) => (
                    tr!(i18n, "file-error-workbook", name = name),
                    Some(detail.clone()),
                ),
                IngestError::NoSuchSheet(sheet) => (
                    tr!(
                        i18n,
                        "file-error-no-sheet",
                        name = name,
                        sheet = sheet.as_str()
                    ),
                    None,
                ),
                IngestError::NoSheets => (tr!(i18n, "file-error-no-sheets", name = name), None),
                IngestError::Json(detail) => (
                    tr!(i18n, "file-error-json", name = name),
                    Some(detail.clone()),
                ),
                IngestError::JsonNotRows => {
                    (tr!(i18n, "file-error-json-not-rows", name = name), None)
                }
                IngestError::Delimited(detail) => (
                    tr!(i18n, "file-error-delimited", name = name),
                    Some(detail.clone()),
                ),
                IngestError::Cancelled => (tr!(i18n, "file-error-cancelled", name = name), None),
            }
        }
        Notice::Workspace(error) => match error {
            WorkspaceError::Io(e) => (
                tr!(
                    i18n,
                    "workspace-error-io",
                    path = e.path.display().to_string()
                ),
                Some(e.source.to_string()),
            ),
            WorkspaceError::Corrupt { path, detail } => (
                tr!(
                    i18n,
                    "workspace-error-corrupt",
                    path = path.display().to_string()
                ),
                Some(detail.clone()),
            ),
            WorkspaceError::NotAWorkspace(path) => (
                tr!(
                    i18n,
                    "workspace-error-not-workspace",
                    path = path.display().to_string()
                ),
                None,
            ),
            WorkspaceError::NoDataDir => (tr!(i18n, "workspace-error-no-data-dir"), None),
        },
        Notice::JobLost => (tr!(i18n, "job-error-lost"), None),
        Notice::PrefsNotSaved(detail) => (tr!(i18n, "prefs-error-not-saved"), Some(detail.clone())),
        Notice::DatasetUnreadable(detail) => {
            (tr!(i18n, "dataset-error-unreadable"), Some(detail.clone()))
        }
        Notice::SaveFailed(detail) => (tr!(i18n, "dataset-error-save"), Some(detail.clone())),
        Notice::ImportFailed(detail) => (tr!(i18n, "dataset-error-import"), Some(detail.clone())),
    }
}

/// A publishing failure in the user's language, with the portal's own words where it gave
/// any. Never holds a token: the core's errors carry none.
pub fn publish_error_text(i18n: &I18n, error: &PublishError) -> String {
    match error {
        PublishError::BadToken => tr!(i18n, "publish-error-bad-token"),
        PublishError::NoCredentials => tr!(i18n, "publish-error-no-credentials"),
        PublishError::NotAllowed(d) => tr!(i18n, "publish-error-not-allowed", detail = d.as_str()),
        PublishError::TooLarge => tr!(i18n, "publish-error-too-large"),
        PublishError::Network(d) => tr!(i18n, "publish-error-network", detail = d.as_str()),
        PublishError::Refused(d) => tr!(i18n, "publish-error-refused", detail = d.as_str()),
        PublishError::Protocol(d) => tr!(i18n, "publish-error-protocol", detail = d.as_str()),
        PublishError::File { path, detail } => tr!(
            i18n,
            "publish-error-file",
            path = path.as_str(),
            detail = detail.as_str()
        ),
        PublishError::NotConfirmed(why) => tr!(
            i18n,
            "publish-error-not-confirmed",
            detail = crate::text::history::unconfirmed_text(i18n, why)
        ),
        PublishError::Cancelled => tr!(i18n, "publish-error-cancelled"),
        PublishError::Unsupported => tr!(i18n, "publish-error-unsupported"),
        PublishError::PersonalData { columns } => tr!(
            i18n,
            "publish-error-personal-data",
            columns = columns.join(", ")
        ),
        PublishError::Address(problem) => address_problem_text(i18n, problem),
    }
}

/// Why a token is not sent to an address, in the user's language.
pub fn address_problem_text(i18n: &I18n, problem: &AddressProblem) -> String {
    match problem {
        AddressProblem::PlainHttp { url } => {
            tr!(i18n, "publish-error-plain-http", url = url.as_str())
        }
        AddressProblem::Credentials => tr!(i18n, "publish-error-address-credentials"),
        AddressProblem::Invalid { detail } => {
            tr!(
                i18n,
                "publish-error-address-invalid",
                detail = detail.as_str()
            )
        }
        AddressProblem::Redirected { to } => {
            tr!(i18n, "publish-error-redirected", url = to.as_str())
        }
    }
}

/// Something the target would refuse, found before publishing, in the user's language.
pub fn preflight_text(i18n: &I18n, problem: &crate::core::publish::Preflight) -> String {
    use crate::core::publish::Preflight;
    match problem {
        Preflight::NoSuchOrganisation(o) => {
            tr!(i18n, "preflight-no-organisation", organisation = o.as_str())
        }
        Preflight::Missing(what) => {
            let field = i18n.passport_field(what);
            tr!(i18n, "preflight-missing", field = field)
        }
        Preflight::NoSuchDataset(d) => tr!(i18n, "preflight-no-dataset", dataset = d.as_str()),
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
    }
}

/// A comparison in a few lines: the published version, then what the new one changes.
pub fn compare_text(
    i18n: &I18n,
    remote: &crate::core::publish::RemoteDataset,
    diff: &crate::core::publish::diff::TableDiff,
    jumps: &crate::core::publish::jumps::Jumps,
) -> String {
    let mut lines = vec![tr!(
        i18n,
        "compare-published",
        code = remote.code.as_str(),
        updated = remote.updated.as_str(),
        rows = diff.old_rows
    )];
    if diff.is_empty() {
        lines.push(tr!(i18n, "compare-same"));
        return lines.join("\n");
    }
    lines.push(tr!(
        i18n,
        "compare-rows",
        added = diff.rows_added,
        removed = diff.rows_removed,
        changed = diff.rows_changed,
        same = diff.rows_same
    ));
    if !diff.columns_added.is_empty() {
        lines.push(tr!(
            i18n,
            "compare-columns-added",
            columns = diff.columns_added.join(", ")
        ));
    }
    if !diff.columns_removed.is_empty() {
        lines.push(tr!(
            i18n,
            "compare-columns-removed",
            columns = diff.columns_removed.join(", ")
        ));
    }
    for change in diff.changed.iter().take(10) {
        for cell in &change.cells {
            lines.push(format!(
                "  {} {}: {} → {}",
                change.key.join("/"),
                cell.column,
                cell.old,
                cell.new
            ));
        }
    }
    lines.extend(jumps_text(i18n, jumps, JUMPS_SHOWN));
    lines.join("\n")
}

/// Jumps listed under a comparison or a check before publishing.
pub const JUMPS_SHOWN: usize = 10;

/// The value jumps against the published version: a line with their count and the first
/// `shown` of them; nothing when there are none.
pub fn jumps_text(
    i18n: &I18n,
    jumps: &crate::core::publish::jumps::Jumps,
    shown: usize,
) -> Vec<String> {
    if jumps.count == 0 {
        return Vec::new();
    }
    let mut lines = vec![tr!(
        i18n,
        "publish-jumps",
        count = jumps.count,
        key = jumps.key.join(", ")
    )];
    lines.extend(
        jumps
            .findings
            .iter()
            .take(shown)
            .map(|f| format!("  • {}", i18n.finding(f))),
    );
    lines
}

/// A job's state in words.
pub fn job_state_text(i18n: &I18n, state: crate::core::publish::outbox::JobState) -> String {
    use crate::core::publish::outbox::JobState;
    match state {
        JobState::Queued => tr!(i18n, "job-queued"),
        JobState::Sending => tr!(i18n, "job-sending"),
        JobState::Sent => tr!(i18n, "job-sent"),
        JobState::Confirmed => tr!(i18n, "job-confirmed"),
        JobState::Failed => tr!(i18n, "job-failed"),
        JobState::Paused => tr!(i18n, "job-paused"),
        JobState::Cancelled => tr!(i18n, "job-cancelled"),
    }
}

/// What a history line records, in words.
pub fn history_kind_text(i18n: &I18n, kind: crate::core::publish::outbox::HistoryKind) -> String {
    use crate::core::publish::outbox::HistoryKind;
    match kind {
        HistoryKind::Check => tr!(i18n, "history-kind-check"),
        HistoryKind::Queued => tr!(i18n, "history-kind-queued"),
        HistoryKind::Sent => tr!(i18n, "history-kind-sent"),
        HistoryKind::AlreadyThere => tr!(i18n, "history-kind-already-there"),
        HistoryKind::Confirmed => tr!(i18n, "history-kind-confirmed"),
        HistoryKind::Waiting => tr!(i18n, "history-kind-waiting"),
        HistoryKind::Retrying => tr!(i18n, "history-kind-retrying"),
        HistoryKind::Failed => tr!(i18n, "history-kind-failed"),
        HistoryKind::Paused => tr!(i18n, "history-kind-paused"),
        HistoryKind::Resumed => tr!(i18n, "history-kind-resumed"),
        HistoryKind::Cancelled => tr!(i18n, "history-kind-cancelled"),
        HistoryKind::Imported => tr!(i18n, "history-kind-imported"),
        HistoryKind::MarkedDone => tr!(i18n, "history-kind-marked-done"),
        HistoryKind::Reviewed => tr!(i18n, "history-kind-reviewed"),
        HistoryKind::Edited => tr!(i18n, "history-kind-edited"),
    }
}

/// An outbox failure in the user's language.
pub fn outbox_error_text(i18n: &I18n, e: &crate::core::publish::outbox::OutboxError) -> String {
    use crate::core::publish::outbox::OutboxError;
    match e {
        OutboxError::Publish(p) => publish_error_text(i18n, p),
        OutboxError::NoJob(id) => tr!(i18n, "outbox-error-no-job", job = id.to_string()),
        OutboxError::Busy(id) => tr!(i18n, "outbox-error-busy", job = id.to_string()),
        other => tr!(i18n, "outbox-error-db", detail = other.to_string()),
    }
}

/// Who a target's credentials belong to and where they may publish.
pub fn account_text(i18n: &I18n, account: &crate::core::publish::Account) -> String {
    let organisations: Vec<&str> = account
        .organisations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    tr!(
        i18n,
        "target-ok",
        user = account.user.as_str(),
        organisations = organisations.join(", ")
    )
}
