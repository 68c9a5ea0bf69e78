use std::sync::Mutex;

use super::*;
use crate::core::lang::Lang;
use crate::core::progress::NoProgress;
use crate::core::publish::file_sha256;
use crate::core::publish::{Account, Preflight};
use crate::core::schema::Resource;

/// A portal that answers from a script: errors to give first, whether confirmations wait,
/// and the hashes it holds. Counts uploads.
#[derive(Debug, Default)]
struct Scripted {
    errors: Mutex<Vec<PublishError>>,
    waits: Mutex<u32>,
    held: Mutex<Vec<String>>,
    uploads: Mutex<u32>,
}

impl Scripted {
    fn uploads(&self) -> u32 {
        *self.uploads.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Connector for Scripted {
    fn account(&self) -> Result<Account, PublishError> {
        Ok(Account {
            user: "u".into(),
            organisations: Vec::new(),
        })
    }
    fn preflight(&self, _: &Package, _: &str, _: &Path) -> Result<Vec<Preflight>, PublishError> {
        Ok(Vec::new())
    }
    fn publish(
        &self,
        _: &Package,
        _: &str,
        data: &Path,
        _: &dyn Progress,
    ) -> Result<Receipt, PublishError> {
        let mut errors = self.errors.lock().unwrap_or_else(|e| e.into_inner());
        if !errors.is_empty() {
            return Err(errors.remove(0));
        }
        *self.uploads.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        let sha256 = file_sha256(data)?;
        self.held
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(sha256.clone());
        Ok(Receipt {
            dataset: "d".into(),
            resource_url: "portal://d/file".into(),
            sha256,
            ..Receipt::default()
        })
    }
    fn confirm(&self, _: &Package, r: &Receipt) -> Result<Confirmation, PublishError> {
        let mut waits = self.waits.lock().unwrap_or_else(|e| e.into_inner());
        if *waits > 0 {
            *waits -= 1;
            return Ok(Confirmation::Waiting(HistoryDetail::Text("not yet".into())));
        }
        let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        if held.contains(&r.sha256) {
            Ok(Confirmation::Confirmed(HistoryDetail::Path("there".into())))
        } else {
            Err(PublishError::NotConfirmed(
                crate::core::publish::Unconfirmed::FileMissing,
            ))
        }
    }
    fn find(&self, _: &Package, _: &str, sha256: &str) -> Result<Option<Receipt>, PublishError> {
        let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        Ok(held.iter().any(|h| h == sha256).then(|| Receipt {
            dataset: "d".into(),
            resource_url: "portal://d/file".into(),
            sha256: sha256.to_owned(),
            ..Receipt::default()
        }))
    }
}

struct Setup {
    dir: tempfile::TempDir,
    package: Package,
    data: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("clean.csv");
    std::fs::write(&data, "Hudud_kodi,Soni\n1726266,5\n").unwrap_or_else(|e| panic!("{e}"));
    let mut package = Package::default();
    package.passport.code = "1-104-0012".into();
    package.passport.title.set(Lang::UzLatn, "Maktabgacha");
    package.resources.push(Resource {
        name: "data".into(),
        path: "clean.csv".into(),
        ..Resource::default()
    });
    Setup { dir, package, data }
}

fn enqueue(outbox: &mut Outbox, s: &Setup) -> Job {
    outbox
        .enqueue(&NewJob {
            dataset: "1-104-0012",
            title: "Maktabgacha",
            dataset_dir: "",
            period: "2026-10",
            target: "portal",
            package: &s.package,
            data: &s.data,
        })
        .unwrap_or_else(|e| panic!("{e}"))
}

fn kinds(outbox: &Outbox) -> Vec<&'static str> {
    let mut k: Vec<_> = outbox
        .history(&HistoryFilter::default())
        .unwrap_or_default()
        .iter()
        .map(|e| e.kind.code())
        .collect();
    k.reverse();
    k
}

#[test]
fn a_job_is_queued_sent_confirmed_and_its_copy_removed() {
    let s = setup();
    let mut outbox = Outbox::open(s.dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let job = enqueue(&mut outbox, &s);
    assert!(job.file.starts_with(s.dir.path().join(OUTBOX_DIR)));
    // Changing the dataset's file afterwards does not change what is sent.
    std::fs::write(&s.data, "changed").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        std::fs::read_to_string(&job.file).unwrap_or_default(),
        "Hudud_kodi,Soni\n1726266,5\n"
    );
    let portal = Scripted::default();
    let state =
        send(&outbox, job.id, &portal, "org", &NoProgress).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, JobState::Confirmed);
    assert!(
        !job.file.exists(),
        "the queued copy is removed once confirmed"
    );
    assert_eq!(kinds(&outbox), ["queued", "sent", "confirmed"]);
    let done = outbox.job(job.id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        done.confirmation_detail(),
        Some(HistoryDetail::Path("there".into()))
    );
    assert!(done.receipt.is_some());
    // A confirmed job is not sent again.
    assert!(matches!(
        send(&outbox, job.id, &portal, "org", &NoProgress),
        Err(OutboxError::Busy(_))
    ));
    assert_eq!(portal.uploads(), 1);
}

#[test]
fn passing_failures_wait_and_retry_and_lasting_ones_stop_with_the_reason() {
    let s = setup();
    let mut outbox = Outbox::open(s.dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let job = enqueue(&mut outbox, &s);
    let portal = Scripted::default();
    portal
        .errors
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .extend([
            PublishError::Network("connection reset".into()),
            PublishError::BadToken,
        ]);
    let state =
        send(&outbox, job.id, &portal, "org", &NoProgress).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, JobState::Queued);
    let waiting = outbox.job(job.id).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        waiting.next_try > unix_now(),
        "tried again later, not at once"
    );
    assert!(
        matches!(waiting.error_detail(), Some(HistoryDetail::Failed(PublishError::Network(d))) if d.contains("connection reset"))
    );
    assert!(outbox.due(unix_now()).unwrap_or_default().is_empty());
    assert_eq!(outbox.due(waiting.next_try).unwrap_or_default().len(), 1);

    outbox.retry(job.id).unwrap_or_else(|e| panic!("{e}"));
    let state =
        send(&outbox, job.id, &portal, "org", &NoProgress).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, JobState::Failed);
    assert!(
        outbox.due(i64::MAX).unwrap_or_default().is_empty(),
        "a failed job waits for a person"
    );
    outbox.retry(job.id).unwrap_or_else(|e| panic!("{e}"));
    let state =
        send(&outbox, job.id, &portal, "org", &NoProgress).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, JobState::Confirmed);
    assert_eq!(portal.uploads(), 1);
    assert_eq!(
        kinds(&outbox),
        [
            "queued",
            "retrying",
            "resumed",
            "failed",
            "resumed",
            "sent",
            "confirmed"
        ]
    );
    let failures = outbox
        .history(&HistoryFilter {
            failures_only: true,
            ..HistoryFilter::default()
        })
        .unwrap_or_default();
    assert_eq!(failures.len(), 2);
}

#[test]
fn a_send_cut_short_is_not_sent_again_when_the_portal_has_the_file() {
    let s = setup();
    let mut outbox = Outbox::open(s.dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let job = enqueue(&mut outbox, &s);
    let portal = Scripted::default();
    // The upload reached the portal, then the process died: the job is left `sending`.
    portal
        .held
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(job.sha256.clone());
    let (claimed, interrupted) = outbox
        .claim(job.id, unix_now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!interrupted);
    assert_eq!(claimed.state, JobState::Sending);
    drop(outbox);

    // After the restart the job is not taken while its lease lasts, then is.
    let outbox = Outbox::open(s.dir.path()).unwrap_or_else(|e| panic!("{e}"));
    assert!(outbox.due(unix_now()).unwrap_or_default().is_empty());
    assert_eq!(
        outbox.due(unix_now() + LEASE + 1).unwrap_or_default().len(),
        1
    );
    outbox
        .conn()
        .execute("UPDATE job SET lease = 0", [])
        .unwrap_or_else(|e| panic!("{e}"));
    let state =
        send(&outbox, job.id, &portal, "org", &NoProgress).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, JobState::Confirmed);
    assert_eq!(portal.uploads(), 0, "the file was not sent a second time");
    assert_eq!(kinds(&outbox), ["queued", "already-there", "confirmed"]);
}

#[test]
fn a_confirmation_that_waits_is_asked_for_again_later() {
    let s = setup();
    let mut outbox = Outbox::open(s.dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let job = enqueue(&mut outbox, &s);
    let portal = Scripted::default();
    *portal.waits.lock().unwrap_or_else(|e| e.into_inner()) = 1;
    let state =
        send(&outbox, job.id, &portal, "org", &NoProgress).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, JobState::Sent);
    let sent = outbox.job(job.id).unwrap_or_else(|e| panic!("{e}"));
    assert!(sent.next_try > unix_now());
    assert_eq!(
        sent.confirmation_detail(),
        Some(HistoryDetail::Text("not yet".into()))
    );
    outbox
        .conn()
        .execute("UPDATE job SET next_try = 0", [])
        .unwrap_or_else(|e| panic!("{e}"));
    let state =
        send(&outbox, job.id, &portal, "org", &NoProgress).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, JobState::Confirmed);
    assert_eq!(portal.uploads(), 1, "only the confirmation was asked again");
}

#[test]
fn paused_and_cancelled_jobs_stay_put_and_a_cancel_removes_the_copy() {
    let s = setup();
    let mut outbox = Outbox::open(s.dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let job = enqueue(&mut outbox, &s);
    outbox.pause(job.id).unwrap_or_else(|e| panic!("{e}"));
    assert!(outbox.due(i64::MAX).unwrap_or_default().is_empty());
    outbox.cancel(job.id).unwrap_or_else(|e| panic!("{e}"));
    assert!(!job.file.exists());
    assert_eq!(
        outbox
            .job(job.id)
            .map(|j| j.state)
            .unwrap_or(JobState::Queued),
        JobState::Cancelled
    );
    assert!(matches!(outbox.job(999), Err(OutboxError::NoJob(999))));
    assert_eq!(kinds(&outbox), ["queued", "paused", "cancelled"]);
}

#[test]
fn a_damaged_database_is_a_clear_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join(DB_FILE), vec![0x55u8; 8192]).unwrap_or_else(|e| panic!("{e}"));
    let err = Outbox::open(dir.path()).map(|_| ()).err();
    assert!(matches!(err, Some(OutboxError::Db { .. })), "{err:?}");
}

#[test]
fn a_history_detail_is_stored_as_json_and_read_back_whole() {
    let details = [
        HistoryDetail::Checked {
            rows: 14,
            errors: 2,
        },
        HistoryDetail::FolderWritten {
            path: "C:\\Ochiq\\published\\1-104-0018_abc".into(),
            bytes: 1234,
            sha256: "ab".repeat(32),
        },
        HistoryDetail::PortalFile {
            bytes: 5,
            url: "http://127.0.0.1/r.csv".into(),
        },
        HistoryDetail::PortalUpdated {
            updated: "2026-02-03T10:15:00".into(),
            rows: None,
        },
        HistoryDetail::PortalWaiting {
            updated: "2026-01-01".into(),
            noted: "2026-01-01".into(),
            rows: Some(14),
            late_days: 4,
        },
        HistoryDetail::Failed(PublishError::NotConfirmed(
            crate::core::publish::Unconfirmed::SizeDiffers { found: 1, sent: 2 },
        )),
        HistoryDetail::Failed(PublishError::file(Path::new("/x"), "denied")),
        HistoryDetail::Failed(PublishError::BadToken),
        HistoryDetail::Path("/srv/published/a.csv".into()),
        HistoryDetail::Text("{not json".into()),
    ];
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let outbox = Outbox::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    for d in &details {
        assert_eq!(&HistoryDetail::parse(&d.stored()), d);
        outbox
            .record(&HistoryEntry::with_detail(HistoryKind::Check, "x", true, d))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let mut read: Vec<HistoryDetail> = outbox
        .history(&HistoryFilter::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(HistoryEntry::parsed_detail)
        .collect();
    read.reverse();
    assert_eq!(read, details);
}

#[test]
fn an_old_free_text_detail_is_shown_as_it_is() {
    for old in [
        "116 rows, 0 errors",
        "/srv/demo/published/1-104-0014_09d0c445a375 (14558 bytes, SHA-256 09d0c445a375…)",
        "{\"unknown\": 1}",
        "",
    ] {
        assert_eq!(HistoryDetail::parse(old), HistoryDetail::Text(old.into()));
        let e = HistoryEntry::new(HistoryKind::Confirmed, "x", true, old);
        assert_eq!(e.parsed_detail(), HistoryDetail::Text(old.into()));
    }
    assert_eq!(HistoryDetail::Text(String::new()).stored(), "");
}
