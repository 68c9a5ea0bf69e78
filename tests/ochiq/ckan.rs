//! Publishing to a real CKAN 2.11, started on 127.0.0.1 by `scripts/ckan/start.sh` (which
//! installs it on first use) and stopped when the test ends. These tests are `#[ignore]`d so a
//! plain `cargo test` reports them as ignored; the README's test command (and CI) runs them
//! with `--include-ignored`, and there a CKAN that cannot start fails the test.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use ochiq::core::lang::Lang;
use ochiq::core::progress::NoProgress;
use ochiq::core::publish::ckan::Ckan;
use ochiq::core::publish::outbox::{HistoryFilter, JobState, NewJob, Outbox, send};
use ochiq::core::publish::{Connector, Preflight, PublishError};

use crate::faults::{Fault, Proxy};
use ochiq::core::schema::Package;

/// A running CKAN; stopped on drop.
struct Server {
    state: tempfile::TempDir,
    env: HashMap<String, String>,
}

impl Server {
    fn start() -> Server {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = Command::new("bash")
            .arg(root.join("scripts/ckan/start.sh"))
            .arg(state.path())
            .env("OCHIQ_CKAN_WATCH_PID", std::process::id().to_string())
            .output();
        let ok = out.as_ref().is_ok_and(|o| o.status.success());
        if !ok {
            let detail = match &out {
                Ok(o) => format!(
                    "{}{}",
                    String::from_utf8_lossy(&o.stdout),
                    String::from_utf8_lossy(&o.stderr)
                ),
                Err(e) => e.to_string(),
            };
            panic!("CKAN did not start (scripts/ckan/start.sh):\n{detail}");
        }
        let text = std::fs::read_to_string(state.path().join("env")).unwrap_or_default();
        let env = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.trim_matches('\'').to_owned()))
            .collect();
        Server { state, env }
    }

    fn var(&self, key: &str) -> &str {
        self.env.get(key).map_or("", String::as_str)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let _ = Command::new("bash")
            .arg(root.join("scripts/ckan/stop.sh"))
            .arg(self.state.path())
            .output();
    }
}

fn demo_dataset(dir: &Path) -> (Package, PathBuf) {
    let ws = ochiq::core::workspace::Workspace::open_demo(dir).unwrap_or_else(|e| panic!("{e}"));
    let entry = ws
        .datasets()
        .unwrap_or_default()
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no demo dataset"));
    let data = entry.data_path().unwrap_or_else(|| panic!("no data file"));
    let package = entry.package.unwrap_or_else(|e| panic!("{e}"));
    (package, data)
}

#[test]
#[ignore = "needs a local CKAN (scripts/ckan/start.sh); the README's test command runs it"]
fn a_dataset_is_published_updated_and_confirmed_on_a_real_ckan() {
    let server = Server::start();
    let url = server.var("CKAN_URL");
    let org = server.var("CKAN_ORG");
    let ckan = Ckan::new(url, server.var("CKAN_TOKEN")).unwrap_or_else(|e| panic!("{e}"));
    // The token's secret never shows in debug output.
    assert!(!format!("{ckan:?}").contains(server.var("CKAN_TOKEN")));

    let account = ckan.account().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(account.user, server.var("CKAN_USER"));
    assert!(account.organisations.iter().any(|o| o.name == org));

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (mut package, data) = demo_dataset(dir.path());
    let problems = ckan
        .preflight(&package, org, &data)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(problems, vec![]);
    assert_eq!(
        ckan.preflight(&package, "no-such-org", &data)
            .unwrap_or_else(|e| panic!("{e}")),
        vec![Preflight::NoSuchOrganisation("no-such-org".into())]
    );

    // First publication: created, with the file.
    let receipt = ckan
        .publish(&package, org, &data, &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(receipt.created);
    assert_eq!(receipt.dataset, "1-104-0012");
    assert_eq!(
        receipt.size,
        std::fs::metadata(&data).map_or(0, |m| m.len())
    );
    ckan.confirm(&package, &receipt)
        .unwrap_or_else(|e| panic!("{e}"));
    // The portal can tell that it has exactly this file (for resuming after a crash).
    let found = ckan
        .find(&package, org, &receipt.sha256)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("the file sent is not found by its hash"));
    assert_eq!(found.resource_id, receipt.resource_id);
    let shown = ckan
        .package("1-104-0012")
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("not on the portal"));
    assert_eq!(shown["license_id"], "cc-by-sa");
    let extras = shown["extras"].to_string();
    assert!(extras.contains("title_ru"), "{extras}");
    assert!(extras.contains("frequency"), "{extras}");

    // Next month: new title, new file under the same name; the resource is replaced.
    package
        .passport
        .title
        .set(Lang::UzLatn, "Maktabgacha taʼlim — mart");
    std::fs::write(&data, "Hudud_kodi;Soni\n1726266;5\n").unwrap_or_else(|e| panic!("{e}"));
    let again = ckan
        .publish(&package, org, &data, &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!again.created);
    assert_eq!(again.resource_id, receipt.resource_id);
    ckan.confirm(&package, &again)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        ckan.find(&package, org, &receipt.sha256)
            .unwrap_or_else(|e| panic!("{e}"))
            .is_none(),
        "the replaced file is still found"
    );
    // Confirmation compares with what was sent: a stale expectation is caught.
    let stale = ochiq::core::publish::Receipt {
        size: receipt.size,
        ..again.clone()
    };
    assert!(matches!(
        ckan.confirm(&package, &stale),
        Err(PublishError::NotConfirmed(_))
    ));

    // Over the portal's upload limit: a clear error, and nothing half-made.
    let big = dir.path().join("big.csv");
    let limit_mb: u64 = server.var("CKAN_MAX_RESOURCE_SIZE_MB").parse().unwrap_or(5);
    std::fs::write(&big, vec![b'1'; (limit_mb as usize + 1) << 20])
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        ckan.publish(&package, org, &big, &NoProgress),
        Err(PublishError::TooLarge)
    ));

    // A wrong token, and an account outside the organisation.
    let wrong = Ckan::new(url, "not-a-token").unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(wrong.account(), Err(PublishError::BadToken)));
    let other = Ckan::new(url, server.var("CKAN_OTHER_TOKEN")).unwrap_or_else(|e| panic!("{e}"));
    package.passport.code = "2-000-0001".into();
    assert!(matches!(
        other.publish(&package, org, &data, &NoProgress),
        Err(PublishError::NotAllowed(_))
    ));

    // A server that is gone: a network error, not a hang.
    drop(server);
    assert!(matches!(ckan.account(), Err(PublishError::Network(_))));
}

/// The error the outbox recorded for a job.
fn job_error(outbox: &Outbox, id: i64) -> String {
    match outbox.job(id).ok().and_then(|j| j.error_detail()) {
        Some(ochiq::core::publish::HistoryDetail::Failed(e)) => e.to_string(),
        Some(other) => format!("{other:?}"),
        None => String::new(),
    }
}

#[test]
#[ignore = "needs a local CKAN (scripts/ckan/start.sh); the README's test command runs it"]
fn publishing_through_a_faulty_network_ends_in_a_correct_state_each_time() {
    let server = Server::start();
    let upstream: SocketAddr = server
        .var("CKAN_URL")
        .trim_start_matches("http://")
        .parse()
        .unwrap_or_else(|e| panic!("{e}"));
    let proxy = Proxy::start(upstream);
    let org = server.var("CKAN_ORG");
    let ckan = Ckan::with_timeout(
        &proxy.url(),
        server.var("CKAN_TOKEN"),
        Duration::from_secs(3),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (mut package, data) = demo_dataset(dir.path());
    package.passport.code = "3-000-0042".into();
    let mut outbox = Outbox::open(&dir.path().join("ws")).unwrap_or_else(|e| panic!("{e}"));
    let job = outbox
        .enqueue(&NewJob {
            dataset: "3-000-0042",
            title: "",
            dataset_dir: "",
            period: "2026-10",
            target: "ckan",
            package: &package,
            data: &data,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let send_again = |fault: Fault| {
        proxy.set(fault);
        outbox.retry(job.id).unwrap_or_else(|e| panic!("{e}"));
        send(&outbox, job.id, &ckan, org, &NoProgress).unwrap_or_else(|e| panic!("{e}"))
    };

    // The connection drops in the middle of the upload: retried later by itself.
    assert_eq!(
        send_again(Fault::DropAfter("resource_create", 4096)),
        JobState::Queued
    );
    assert!(!job_error(&outbox, job.id).is_empty());
    // The server fails (500): retried later, with the status in the reason.
    assert_eq!(
        send_again(Fault::Status(
            "package_show",
            500,
            "<h1>Internal Server Error</h1>"
        )),
        JobState::Queued
    );
    assert!(
        job_error(&outbox, job.id).contains("500"),
        "{}",
        job_error(&outbox, job.id)
    );
    // The server never answers: not a hang, retried later.
    assert_eq!(send_again(Fault::Stall("package_show")), JobState::Queued);
    assert!(job_error(&outbox, job.id).contains("did not answer"));
    // The token is refused (401): stops for a person, with the reason.
    assert_eq!(
        send_again(Fault::Status("package_show", 401, "{\"success\": false}")),
        JobState::Failed
    );
    assert_eq!(
        job_error(&outbox, job.id),
        PublishError::BadToken.to_string()
    );
    // The proxy in front refuses the size (413): stops, with the reason.
    assert_eq!(
        send_again(Fault::Status(
            "resource_create",
            413,
            "Request Entity Too Large"
        )),
        JobState::Failed
    );
    assert_eq!(
        job_error(&outbox, job.id),
        PublishError::TooLarge.to_string()
    );

    // The network is fine again: published once, confirmed, nothing doubled.
    assert_eq!(send_again(Fault::Pass), JobState::Confirmed);
    let shown = ckan
        .package("3-000-0042")
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("not on the portal"));
    assert_eq!(shown["resources"].as_array().map_or(0, Vec::len), 1);
    let kinds: Vec<&str> = outbox
        .history(&HistoryFilter::default())
        .unwrap_or_default()
        .iter()
        .map(|e| e.kind.code())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "retrying").count(),
        3,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "failed").count(),
        2,
        "{kinds:?}"
    );
    assert_eq!(kinds.first(), Some(&"confirmed"));

    // A send cut short after the portal took the file (the job left `sending`): the next
    // attempt finds the file by its hash and does not upload it again.
    let job2 = outbox
        .enqueue(&NewJob {
            dataset: "3-000-0042",
            title: "",
            dataset_dir: "",
            period: "2026-11",
            target: "ckan",
            package: &package,
            data: &data,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let before = shown["resources"][0]["last_modified"].clone();
    outbox.retry(job2.id).unwrap_or_else(|e| panic!("{e}"));
    // The same bytes were already published by the first job; a second attempt of this job
    // (as after a crash) asks first.
    proxy.set(Fault::DropAfter("package_show", 0));
    assert_eq!(
        send(&outbox, job2.id, &ckan, org, &NoProgress).unwrap_or_else(|e| panic!("{e}")),
        JobState::Queued
    );
    proxy.set(Fault::Pass);
    outbox.retry(job2.id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        send(&outbox, job2.id, &ckan, org, &NoProgress).unwrap_or_else(|e| panic!("{e}")),
        JobState::Confirmed
    );
    let after = ckan
        .package("3-000-0042")
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("not on the portal"));
    assert_eq!(
        after["resources"][0]["last_modified"], before,
        "uploaded again"
    );
    let latest = outbox
        .history(&HistoryFilter::default())
        .unwrap_or_default();
    assert!(
        latest
            .iter()
            .any(|e| e.kind.code() == "already-there" && e.job == Some(job2.id))
    );
}

/// Every file under `dir` that contains `secret`.
fn files_containing(dir: &Path, secret: &[u8]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if std::fs::read(&path)
                .is_ok_and(|bytes| bytes.windows(secret.len()).any(|w| w == secret))
            {
                found.push(path);
            }
        }
    }
    found
}

#[test]
#[ignore = "needs a local CKAN (scripts/ckan/start.sh); the README's test command runs it"]
fn a_token_goes_from_the_command_line_into_the_keychain_and_nowhere_else() {
    let server = Server::start();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let setup = Command::new("bash")
        .arg(root.join("scripts/keyring/setup.sh"))
        .arg("--quiet")
        .output();
    if !setup.as_ref().is_ok_and(|o| o.status.success()) {
        panic!("no Secret Service here (scripts/keyring/setup.sh): {setup:?}");
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = dir.path().join("ws");
    ochiq::core::workspace::Workspace::open_demo(&ws).unwrap_or_else(|e| panic!("{e}"));
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap_or_else(|e| panic!("{e}"));
    let token = server.var("CKAN_TOKEN");
    // Each command is its own process, as a steward or a scheduled job would run them; they
    // share the session's keychain and nothing else.
    let script = r#"set -e
printf '%s\n' "$TOKEN" | "$OCHIQ" target add --workspace "$WS" --kind ckan --url "$URL" --organisation "$ORG" --id portal --token-stdin
"$OCHIQ" target test portal --workspace "$WS"
"$OCHIQ" push 1-104-0012 --workspace "$WS" --target portal --period 2026-Q3
"$OCHIQ" history --workspace "$WS"
"$OCHIQ" target remove portal --workspace "$WS"
if "$OCHIQ" target list --workspace "$WS" | grep -q portal; then exit 9; fi
"#;
    let out = Command::new("timeout")
        .arg("180")
        .arg("bash")
        .arg(root.join("scripts/keyring/session.sh"))
        .args(["bash", "-c", script])
        .env("OCHIQ", env!("CARGO_BIN_EXE_ochiq"))
        .env("TOKEN", token)
        .env("WS", &ws)
        .env("URL", server.var("CKAN_URL"))
        .env("ORG", server.var("CKAN_ORG"))
        .env("OCHIQ_HOME", &home)
        .env("OCHIQ_KEYRING_DATA", dir.path().join("keyring"))
        .env("HOME", &home)
        .env("LANG", "en_US.UTF-8")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{said}");
    assert!(said.contains("Connected as ochiq-admin"), "{said}");
    assert!(said.contains("confirmed by the portal"), "{said}");
    // The planted token is in no output, no workspace or preference file, no log, and not
    // in plain text in the keychain's own files.
    assert!(!said.contains(token), "the token was printed");
    assert_eq!(
        files_containing(dir.path(), token.as_bytes()),
        Vec::<PathBuf>::new()
    );
    let ckan = Ckan::new(server.var("CKAN_URL"), token).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        ckan.package("1-104-0012")
            .unwrap_or_else(|e| panic!("{e}"))
            .is_some()
    );
}
