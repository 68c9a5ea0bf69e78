//! The OS keychain (`secrets::Keychain`) against a real Secret Service: gnome-keyring on a
//! private D-Bus session bus, started by `scripts/keyring/session.sh` (installed by
//! `scripts/keyring/setup.sh` on first use). Each outer test re-runs this test binary,
//! filtered to itself, in a child process with the environment it needs (where it does the
//! inner half), so the developer's own keychain and session bus are never touched. The test
//! that needs the Secret Service is `#[ignore]`d, so a plain `cargo test` reports it as
//! ignored; the README's test command (and CI) runs it, and there a session that cannot start
//! fails it.
#![cfg(target_os = "linux")]

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ochiq::core::publish::secrets::{Keychain, SecretError, SecretStore, probe};

/// Set in the child that runs inside the keyring session.
const IN_SESSION: &str = "OCHIQ_IN_KEYRING_SESSION";
/// Set in the child that runs with no session bus.
const NO_BUS: &str = "OCHIQ_KEYCHAIN_NO_BUS";
/// Where the child looks for plaintext secrets (every file under it).
const SCAN: &str = "OCHIQ_KEYRING_SCAN";

/// Secrets no file may contain.
const PLANTED: &str = "ochiq-planted-7c1e2b9d-token";
const PLANTED_AGAIN: &str = "ochiq-planted-51aa04e3-rotated";
const UNICODE: &str = "Kalit-ʼoʻzbek-Ключ-🔑-7d2f";

const ALICE: &str = "ckan:https://data.example.uz:alice";
const BOB: &str = "ckan:https://data.example.uz:bob";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What a finished child process said.
struct Finished {
    /// `None`: killed at the time limit (or by a signal).
    code: Option<i32>,
    output: String,
}

/// Runs `command` in its own process group with its output in `dir`, killing the whole group
/// if it outlives `limit`.
fn run_bounded(mut command: Command, dir: &Path, limit: Duration) -> Finished {
    let out_path = dir.join("child.out");
    let out = std::fs::File::create(&out_path).unwrap_or_else(|e| panic!("{e}"));
    let err = out.try_clone().unwrap_or_else(|e| panic!("{e}"));
    let mut child = command
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap_or_else(|e| panic!("{e}")) {
            break Some(status);
        }
        if started.elapsed() > limit {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut output = std::fs::read_to_string(&out_path).unwrap_or_default();
    if status.is_none() {
        output.push_str(&format!("\n[killed after {limit:?}]"));
    }
    Finished {
        code: status.and_then(|s| s.code()),
        output,
    }
}

/// This test binary, filtered to exactly `test` (a name inside this module).
fn this_test(test: &str) -> Command {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let mut command = Command::new(exe);
    command.args([
        "--exact",
        &format!("keychain::{test}"),
        "--include-ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    command
}

/// Asserts that the child ran `test` and it passed.
fn assert_passed(test: &str, run: &Finished) {
    assert_eq!(
        run.code,
        Some(0),
        "keychain::{test} failed:\n{}",
        run.output
    );
    assert!(
        run.output.contains(&format!("test keychain::{test} ..."))
            && run.output.contains("test result: ok. 1 passed"),
        "keychain::{test} did not run:\n{}",
        run.output
    );
}

/// The Secret Service could not be set up: the test fails and says why.
fn cannot_run(what: &str, detail: &str) -> ! {
    panic!("{what}:\n{detail}");
}

#[test]
#[ignore = "needs gnome-keyring on a private D-Bus session (scripts/keyring/setup.sh); the README's test command runs it"]
fn the_system_keychain_keeps_tokens_in_the_secret_service_and_in_no_file() {
    if std::env::var_os(IN_SESSION).is_some() {
        return inside_a_keyring_session();
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut setup = Command::new("bash");
    setup
        .arg(root().join("scripts/keyring/setup.sh"))
        .arg("--quiet");
    let run = run_bounded(setup, dir.path(), Duration::from_secs(600));
    if run.code != Some(0) {
        cannot_run("scripts/keyring/setup.sh failed", &run.output);
    }

    // Everything the session may write goes under `scan`: home, temporary files and the
    // daemon's keyrings.
    let scan = dir.path().join("scan");
    let home = scan.join("home");
    for sub in ["home", "tmp", "data"] {
        std::fs::create_dir_all(scan.join(sub)).unwrap_or_else(|e| panic!("{e}"));
    }
    let mut session = Command::new("bash");
    session
        .arg(root().join("scripts/keyring/session.sh"))
        .arg(
            this_test("the_system_keychain_keeps_tokens_in_the_secret_service_and_in_no_file")
                .get_program(),
        )
        .args(
            this_test("the_system_keychain_keeps_tokens_in_the_secret_service_and_in_no_file")
                .get_args(),
        )
        .env(IN_SESSION, "1")
        .env(SCAN, &scan)
        .env("OCHIQ_KEYRING_DATA", scan.join("data"))
        .env("TMPDIR", scan.join("tmp"))
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("XDG_RUNTIME_DIR");
    let run = run_bounded(session, dir.path(), Duration::from_secs(60));
    match run.code {
        // 101: the inner test failed (a panic), which is a failure wherever it runs.
        Some(0 | 101) | None => assert_passed(
            "the_system_keychain_keeps_tokens_in_the_secret_service_and_in_no_file",
            &run,
        ),
        // session.sh (125) or dbus-run-session could not set the session up.
        Some(_) => cannot_run("the keyring session did not start", &run.output),
    }
    // Nothing written during the session, and left behind, holds a secret in plain text.
    assert_no_plaintext(&scan);
    assert!(
        scan.join("data/keyrings/login.keyring").is_file(),
        "gnome-keyring kept no keyring file under {}",
        scan.display()
    );
}

/// The inner half: run in the child, inside the keyring session.
fn inside_a_keyring_session() {
    let keychain = Keychain::new();
    probe(&keychain).unwrap_or_else(|e| panic!("{e}"));
    let keyring_file = std::env::var_os("OCHIQ_KEYRING_DATA")
        .map(|d| Path::new(&d).join("keyrings/login.keyring"))
        .unwrap_or_else(|| panic!("OCHIQ_KEYRING_DATA is not set"));
    let size = || std::fs::metadata(&keyring_file).map_or(0, |m| m.len());
    let empty = size();

    // Kept, read back, replaced.
    keychain
        .set(ALICE, PLANTED)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        keychain
            .get(ALICE)
            .unwrap_or_else(|e| panic!("{e}"))
            .as_deref(),
        Some(PLANTED)
    );
    keychain
        .set(ALICE, PLANTED_AGAIN)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        keychain
            .get(ALICE)
            .unwrap_or_else(|e| panic!("{e}"))
            .as_deref(),
        Some(PLANTED_AGAIN)
    );

    // Two accounts on one portal are kept apart; a secret may be any text.
    assert_eq!(keychain.get(BOB).unwrap_or_else(|e| panic!("{e}")), None);
    keychain.set(BOB, UNICODE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        keychain
            .get(BOB)
            .unwrap_or_else(|e| panic!("{e}"))
            .as_deref(),
        Some(UNICODE)
    );
    assert_eq!(
        keychain
            .get(ALICE)
            .unwrap_or_else(|e| panic!("{e}"))
            .as_deref(),
        Some(PLANTED_AGAIN)
    );

    // The daemon has written them, encrypted, to its keyring file.
    assert!(
        size() > empty,
        "{} did not grow from {empty} bytes",
        keyring_file.display()
    );
    // Another client of the Secret Service finds the items (so they are there, not in some
    // store of the library's own), and no file holds a secret in plain text.
    assert_eq!(secret_service_items(ALICE), 1);
    assert_eq!(secret_service_items(BOB), 1);
    let scan = std::env::var_os(SCAN)
        .or_else(|| std::env::var_os("OCHIQ_KEYRING_DATA"))
        .unwrap_or_else(|| panic!("neither {SCAN} nor OCHIQ_KEYRING_DATA is set"));
    assert_no_plaintext(Path::new(&scan));

    // Deleted: gone, the other account untouched; deleting again is fine.
    keychain.delete(ALICE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(keychain.get(ALICE).unwrap_or_else(|e| panic!("{e}")), None);
    assert_eq!(secret_service_items(ALICE), 0);
    keychain.delete(ALICE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        keychain
            .get(BOB)
            .unwrap_or_else(|e| panic!("{e}"))
            .as_deref(),
        Some(UNICODE)
    );
    keychain.delete(BOB).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(keychain.get(BOB).unwrap_or_else(|e| panic!("{e}")), None);
}

#[test]
fn with_no_session_bus_the_keychain_is_unavailable_not_a_panic_or_a_hang() {
    if std::env::var_os(NO_BUS).is_some() {
        return with_no_session_bus();
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // zbus falls back to $XDG_RUNTIME_DIR/bus: point that at an empty directory.
    let runtime = dir.path().join("run");
    std::fs::create_dir_all(&runtime).unwrap_or_else(|e| panic!("{e}"));
    let mut child =
        this_test("with_no_session_bus_the_keychain_is_unavailable_not_a_panic_or_a_hang");
    child
        .env(NO_BUS, "1")
        .env_remove(IN_SESSION)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", &runtime)
        .env("HOME", dir.path());
    let started = Instant::now();
    let run = run_bounded(child, dir.path(), Duration::from_secs(20));
    assert_passed(
        "with_no_session_bus_the_keychain_is_unavailable_not_a_panic_or_a_hang",
        &run,
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}:\n{}",
        started.elapsed(),
        run.output
    );
}

/// The inner half: run in the child, with no session bus.
fn with_no_session_bus() {
    let keychain = Keychain::new();
    for result in [
        probe(&keychain),
        keychain.set(ALICE, PLANTED),
        keychain.get(ALICE).map(|_| ()),
        keychain.delete(ALICE),
    ] {
        match result {
            Err(SecretError::Unavailable(why)) => {
                eprintln!("unavailable, as expected: {why}");
                assert!(why.contains("Secret Service"), "{why}");
                assert!(!why.contains(PLANTED), "{why}");
            }
            other => panic!("expected Unavailable, got {other:?}"),
        }
    }
}

/// How many items the Secret Service holds for `account` under Ochiq's service name, asked
/// with `dbus-send` rather than through the library under test.
fn secret_service_items(account: &str) -> usize {
    let out = Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.secrets",
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.SearchItems",
            &format!("dict:string:string:service,ochiq,username,{account}"),
        ])
        .output()
        .unwrap_or_else(|e| panic!("dbus-send: {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "dbus-send: {text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text.lines()
        .filter(|l| l.contains("object path \"/org/freedesktop/secrets/collection/"))
        .count()
}

/// Fails if any file under `dir` contains one of the planted secrets as plain text.
fn assert_no_plaintext(dir: &Path) {
    let mut files = 0;
    let mut pending: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(path) = pending.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            let entries = std::fs::read_dir(&path).unwrap_or_else(|e| panic!("{e}"));
            pending.extend(entries.filter_map(Result::ok).map(|e| e.path()));
        } else if meta.is_file() {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            files += 1;
            for secret in [PLANTED, PLANTED_AGAIN, UNICODE] {
                assert!(
                    !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                    "{} holds a secret in plain text",
                    path.display()
                );
            }
        }
    }
    assert!(files > 0, "no files under {} to check", dir.display());
}
