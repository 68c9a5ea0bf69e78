//! The publishing history's details in the user's language: what a check found, where a
//! package was written, what the portal's confirmation showed, why a publish failed. The core
//! records these as data ([`HistoryDetail`]); both front ends (the History tab and
//! `ochiq history`) phrase them here. A failure is phrased by the same texts as a live one
//! ([`publish_error_text`]); old free-text details are shown as they were written.

use crate::core::publish::{HistoryDetail, Unconfirmed};
use crate::i18n::I18n;
use crate::text::messages::publish_error_text;
use crate::tr;

/// How many characters of a SHA-256 a detail shows.
const SHA_SHOWN: usize = 12;

/// A history line's (or a job's) detail in words.
pub fn detail_text(i18n: &I18n, detail: &HistoryDetail) -> String {
    match detail {
        HistoryDetail::Checked { rows, errors } => {
            let (rows, errors) = (*rows, *errors);
            tr!(i18n, "history-detail-checked", rows = rows, errors = errors)
        }
        HistoryDetail::FolderWritten {
            path,
            bytes,
            sha256,
        } => {
            let bytes = *bytes;
            let sha = sha256.get(..SHA_SHOWN).unwrap_or(sha256).to_owned();
            tr!(
                i18n,
                "history-detail-folder",
                path = path.as_str(),
                bytes = bytes,
                sha = sha
            )
        }
        HistoryDetail::PortalFile { bytes, url } => {
            let bytes = *bytes;
            tr!(
                i18n,
                "history-detail-portal-file",
                bytes = bytes,
                url = url.as_str()
            )
        }
        HistoryDetail::PortalUpdated { updated, rows } => {
            let mut parts = vec![tr!(
                i18n,
                "history-detail-portal-updated",
                updated = updated.as_str()
            )];
            parts.extend(rows_text(i18n, *rows));
            parts.join(", ")
        }
        HistoryDetail::PortalWaiting {
            updated,
            noted,
            rows,
            late_days,
        } => {
            let mut parts = vec![tr!(
                i18n,
                "history-detail-portal-waiting",
                updated = updated.as_str(),
                noted = noted.as_str()
            )];
            parts.extend(rows_text(i18n, *rows));
            if *late_days > 0 {
                let days = *late_days;
                parts.push(tr!(i18n, "history-detail-late", days = days));
            }
            parts.join(", ")
        }
        HistoryDetail::Failed(error) => publish_error_text(i18n, error),
        HistoryDetail::ByHand { cells, rows } => {
            let (cells, rows) = (*cells, *rows);
            tr!(i18n, "history-detail-by-hand", cells = cells, rows = rows)
        }
        HistoryDetail::Reviewed {
            reviewer,
            columns,
            reason,
            note,
        } => {
            let reason = review_reason_text(i18n, *reason);
            let text = tr!(
                i18n,
                "history-detail-reviewed",
                reviewer = reviewer.as_str(),
                columns = columns.join(", "),
                reason = reason
            );
            if note.trim().is_empty() {
                text
            } else {
                format!("{text}: {}", note.trim())
            }
        }
        HistoryDetail::Path(path) | HistoryDetail::Text(path) => path.clone(),
    }
}

/// Why reviewed personal data may be published, in words.
pub fn review_reason_text(
    i18n: &I18n,
    reason: crate::core::validate::personal::ReviewReason,
) -> String {
    use crate::core::validate::personal::ReviewReason;
    match reason {
        ReviewReason::Consent => tr!(i18n, "review-reason-consent"),
        ReviewReason::PublicByLaw => tr!(i18n, "review-reason-public-by-law"),
        ReviewReason::NotPersonal => tr!(i18n, "review-reason-not-personal"),
        ReviewReason::Other => tr!(i18n, "review-reason-other"),
    }
}

/// A stored detail (a history line's, a job's error or confirmation) in words; an old free
/// text as it is.
pub fn stored_text(i18n: &I18n, stored: &str) -> String {
    if stored.is_empty() {
        return String::new();
    }
    detail_text(i18n, &HistoryDetail::parse(stored))
}

/// Why the portal's answer does not confirm a publish, for
/// [`publish_error_text`]'s "not confirmed" message.
pub fn unconfirmed_text(i18n: &I18n, why: &Unconfirmed) -> String {
    match why {
        Unconfirmed::DatasetMissing => tr!(i18n, "publish-unconfirmed-dataset-missing"),
        Unconfirmed::TitleDiffers { found } => {
            tr!(i18n, "publish-unconfirmed-title", found = found.as_str())
        }
        Unconfirmed::FileMissing => tr!(i18n, "publish-unconfirmed-file-missing"),
        Unconfirmed::SizeDiffers { found, sent } => {
            let (found, sent) = (*found, *sent);
            tr!(i18n, "publish-unconfirmed-size", found = found, sent = sent)
        }
        Unconfirmed::ServedSizeDiffers { served, sent } => {
            let (served, sent) = (*served, *sent);
            tr!(
                i18n,
                "publish-unconfirmed-served-size",
                served = served,
                sent = sent
            )
        }
        Unconfirmed::NotInCatalogue { dataset } => tr!(
            i18n,
            "publish-unconfirmed-not-in-catalogue",
            dataset = dataset.as_str()
        ),
        Unconfirmed::AnotherFile => tr!(i18n, "publish-unconfirmed-another-file"),
        Unconfirmed::Unreadable { path, detail } => tr!(
            i18n,
            "publish-unconfirmed-unreadable",
            path = path.as_str(),
            detail = detail.as_str()
        ),
    }
}

fn rows_text(i18n: &I18n, rows: Option<u64>) -> Option<String> {
    rows.map(|rows| tr!(i18n, "history-detail-rows", rows = rows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::core::publish::PublishError;

    #[test]
    fn a_detail_reads_in_the_interface_language() {
        let ru = I18n::new(Lang::Ru);
        let checked = HistoryDetail::Checked { rows: 5, errors: 1 };
        assert_eq!(detail_text(&ru, &checked), "5 строк, 1 ошибка");
        let folder = HistoryDetail::FolderWritten {
            path: "/p".into(),
            bytes: 22,
            sha256: "0123456789abcdef".into(),
        };
        assert_eq!(
            detail_text(&ru, &folder),
            "/p (22 байта, SHA-256 0123456789ab…)"
        );
        let failed = HistoryDetail::Failed(PublishError::NotConfirmed(Unconfirmed::AnotherFile));
        assert!(detail_text(&ru, &failed).contains("не тот файл"));
        assert_eq!(stored_text(&ru, "116 rows, 0 errors"), "116 rows, 0 errors");
        assert_eq!(stored_text(&ru, ""), "");
    }
}
