//! How a portal token travels, against small HTTP servers on 127.0.0.1 that answer with
//! redirects (301, 302, 307, 308) to another port, to another name for this computer
//! (`localhost`) or within themselves, and record whether each request carried the token.
//! Each test stops its servers when it ends.
//!
//! The https cases (an https portal redirecting to plain http) are covered by the redirect
//! rule's unit tests in `core::publish::transport`: these servers speak plain http only.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use ochiq::core::lang::Lang;
use ochiq::core::publish::ckan::Ckan;
use ochiq::core::publish::{AddressProblem, Confirmation, Connector, PublishError, Receipt};
use ochiq::core::schema::Package;

use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::cli::ochiq;

const TOKEN: &str = "tok-7c1e-PLANTED-never-in-clear";

/// One request as the server saw it.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    /// The `Authorization` header, if any.
    authorization: Option<String>,
    /// The `X-CKAN-API-Key` header, if any.
    api_key: Option<String>,
}

/// An answer: status, extra headers, body.
type Answer = (u16, Vec<(String, String)>, String);
type Answers = dyn Fn(&str) -> Answer + Send + Sync;

/// A one-request-per-connection HTTP server on 127.0.0.1 answering with `answers(path)`.
/// Stopped and joined on drop.
struct Server {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start(answers: impl Fn(&str) -> Answer + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
        listener
            .set_nonblocking(true)
            .unwrap_or_else(|e| panic!("{e}"));
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let answers: Arc<Answers> = Arc::new(answers);
        let thread = {
            let (seen, stop) = (Arc::clone(&seen), Arc::clone(&stop));
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    match listener.accept() {
                        Ok((stream, _)) => serve(stream, &*answers, &seen),
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
            })
        };
        Server {
            addr,
            seen,
            stop,
            thread: Some(thread),
        }
    }

    /// The address by IP: `http://127.0.0.1:<port>`.
    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The same server by name: `http://localhost:<port>`.
    fn by_name(&self) -> String {
        format!("http://localhost:{}", self.addr.port())
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Whether any request this server saw carried the token, in any header.
    fn saw_token(&self) -> bool {
        self.seen().iter().any(|s| {
            s.authorization.as_deref() == Some(TOKEN) || s.api_key.as_deref() == Some(TOKEN)
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn serve(mut stream: TcpStream, answers: &Answers, seen: &Mutex<Vec<Seen>>) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut data = Vec::new();
    let mut buf = [0u8; 16 << 10];
    let end = loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
        if let Some(i) = find(&data, b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&data[..end]).into_owned();
    let header = |name: &str| {
        head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_owned())
        })
    };
    // Read the body whole before answering, so the client never sees a reset.
    let length: usize = header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let chunked = header("transfer-encoding").is_some_and(|v| v.contains("chunked"));
    let mut body = data.split_off(end);
    while (chunked && find(&body, b"0\r\n\r\n").is_none()) || (!chunked && body.len() < length) {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => body.extend_from_slice(&buf[..n]),
        }
    }
    let path = head
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    if let Ok(mut seen) = seen.lock() {
        seen.push(Seen {
            path: path.clone(),
            authorization: header("authorization"),
            api_key: header("x-ckan-api-key"),
        });
    }
    let (status, headers, text) = answers(&path);
    let mut answer = format!(
        "HTTP/1.1 {status} Answer\r\nContent-Length: {}\r\nConnection: close\r\n",
        text.len()
    );
    for (k, v) in headers {
        answer.push_str(&format!("{k}: {v}\r\n"));
    }
    answer.push_str("\r\n");
    answer.push_str(&text);
    let _ = stream.write_all(answer.as_bytes());
    let _ = stream.shutdown(Shutdown::Both);
}

fn ok(result: serde_json::Value) -> Answer {
    let body = serde_json::json!({ "success": true, "result": result }).to_string();
    (200, vec![], body)
}

fn redirect(status: u16, to: &str) -> Answer {
    (
        status,
        vec![("Location".into(), to.to_owned())],
        String::new(),
    )
}

/// A CKAN that knows the account: `user_show` and `organization_list_for_user`, under any
/// path prefix.
fn ckan_account(path: &str) -> Answer {
    if path.contains("/api/3/action/user_show") {
        ok(serde_json::json!({ "name": "alice" }))
    } else if path.contains("/api/3/action/organization_list_for_user") {
        ok(serde_json::json!([{ "name": "stat", "title": "Statistika" }]))
    } else {
        (404, vec![], "{}".into())
    }
}

fn connector(base: &str) -> Ckan {
    Ckan::with_timeout(base, TOKEN, Duration::from_secs(20)).unwrap_or_else(|e| panic!("{e}"))
}

const REDIRECTS: [u16; 4] = [301, 302, 307, 308];

#[test]
fn a_redirect_to_another_port_or_another_name_never_carries_the_token() {
    let elsewhere = Server::start(ckan_account);
    for status in REDIRECTS {
        for to in [elsewhere.url(), elsewhere.by_name()] {
            let target = format!("{to}/moved/api/3/action/user_show");
            let portal = {
                let target = target.clone();
                Server::start(move |_| redirect(status, &target))
            };
            let answer = connector(&portal.url()).account();
            assert_eq!(
                answer.as_ref().err(),
                Some(&PublishError::Address(AddressProblem::Redirected {
                    to: target.clone()
                })),
                "{status} to {to}: {answer:?}"
            );
            // The portal itself got the token; the address it pointed to got nothing.
            assert!(portal.saw_token(), "{status}");
            drop(portal);
        }
    }
    assert_eq!(elsewhere.seen().len(), 0, "{:?}", elsewhere.seen());

    // The same server under another name is another address too.
    for status in REDIRECTS {
        let server = Arc::new(Mutex::new(String::new()));
        let name = Arc::clone(&server);
        let portal = Server::start(move |path| {
            if path.starts_with("/moved/") {
                ckan_account(path)
            } else {
                let to = name.lock().map(|n| n.clone()).unwrap_or_default();
                redirect(status, &format!("{to}/moved{path}"))
            }
        });
        if let Ok(mut n) = server.lock() {
            *n = portal.by_name();
        }
        let answer = connector(&portal.url()).account();
        assert!(
            matches!(
                answer,
                Err(PublishError::Address(AddressProblem::Redirected { .. }))
            ),
            "{status}: {answer:?}"
        );
        let seen = portal.seen();
        assert!(
            seen.iter().all(|s| !s.path.starts_with("/moved/")),
            "{status}: followed to the other name: {seen:?}"
        );
    }
}

#[test]
fn a_redirect_within_the_portal_is_followed_with_the_token() {
    for status in REDIRECTS {
        let portal = Server::start(move |path| {
            if path.starts_with("/v2/") {
                ckan_account(path)
            } else {
                redirect(status, &format!("/v2{path}"))
            }
        });
        let account = connector(&portal.url())
            .account()
            .unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!(account.user, "alice");
        let seen = portal.seen();
        let moved: Vec<_> = seen.iter().filter(|s| s.path.starts_with("/v2/")).collect();
        assert_eq!(moved.len(), 2, "{status}: {seen:?}");
        for s in moved {
            assert_eq!(s.authorization.as_deref(), Some(TOKEN), "{status}: {s:?}");
        }
    }
}

/// Why Ochiq keeps its own redirect rule: the HTTP client's default policy drops
/// `Authorization` on a cross-host redirect but forwards any other header, such as CKAN's
/// older `X-CKAN-API-Key`. If this ever changes, the rule is still right; the test says so.
#[test]
fn the_http_clients_own_redirects_forward_headers_other_than_authorization() {
    let elsewhere = Server::start(|_| (200, vec![], "{}".into()));
    let to = format!("{}/landed", elsewhere.url());
    let portal = Server::start(move |_| redirect(302, &to));
    let client = reqwest::blocking::Client::new();
    let sent = client
        .get(format!("{}/start", portal.url()))
        .header("Authorization", TOKEN)
        .header("X-CKAN-API-Key", TOKEN)
        .send()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sent.status().as_u16(), 200);
    let landed = elsewhere.seen();
    assert_eq!(landed.len(), 1, "{landed:?}");
    assert_eq!(landed[0].authorization, None);
    assert_eq!(landed[0].api_key.as_deref(), Some(TOKEN));
}

fn demo_package(dir: &Path) -> Package {
    let ws = ochiq::core::workspace::Workspace::open_demo(dir).unwrap_or_else(|e| panic!("{e}"));
    ws.datasets()
        .unwrap_or_default()
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no demo dataset"))
        .package
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_file_read_back_from_another_address_is_asked_for_without_the_token() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let package = demo_package(dir.path());
    let title = package.passport.title.best(Lang::UzLatn).to_owned();
    let store = Server::start(|_| (200, vec![], "a;b\n1;2\n".into()));
    let store_url = format!("{}/file.csv", store.url());
    // The portal lists a file served by a file store at another address.
    let portal = {
        let (title, store_url) = (title.clone(), store_url.clone());
        Server::start(move |path| {
            if path.contains("package_show") {
                ok(serde_json::json!({
                    "title": title,
                    "resources": [{ "id": "r1", "size": 8, "url": store_url }]
                }))
            } else {
                (404, vec![], "{}".into())
            }
        })
    };
    let portal_url = portal.url();
    let ckan = connector(&portal_url);
    let receipt = |id: &str| Receipt {
        dataset: "d".into(),
        resource_id: id.into(),
        size: 8,
        ..Receipt::default()
    };
    let confirmed = ckan
        .confirm(&package, &receipt("r1"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(confirmed, Confirmation::Confirmed(_)),
        "{confirmed:?}"
    );
    assert_eq!(store.seen().len(), 1);
    assert!(!store.saw_token(), "{:?}", store.seen());
    assert!(portal.saw_token());
    drop(portal);
    drop(store);

    // The same with the portal's own download address, redirected to the store.
    let store = Server::start(|_| (200, vec![], "a;b\n1;2\n".into()));
    let store_url = format!("{}/file.csv", store.url());
    let base = Arc::new(Mutex::new(String::new()));
    let own = Arc::clone(&base);
    let portal = Server::start(move |path| {
        if path.contains("package_show") {
            let me = own.lock().map(|b| b.clone()).unwrap_or_default();
            ok(serde_json::json!({
                "title": title,
                "resources": [{ "id": "r2", "size": 8, "url": format!("{me}/download/file.csv") }]
            }))
        } else {
            redirect(302, &store_url)
        }
    });
    if let Ok(mut b) = base.lock() {
        *b = portal.url();
    }
    let ckan = connector(&portal.url());
    let confirmed = ckan
        .confirm(&package, &receipt("r2"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(confirmed, Confirmation::Confirmed(_)),
        "{confirmed:?}"
    );
    let seen = portal.seen();
    let download = seen
        .iter()
        .find(|s| s.path == "/download/file.csv")
        .unwrap_or_else(|| panic!("{seen:?}"));
    assert_eq!(download.authorization.as_deref(), Some(TOKEN));
    assert_eq!(store.seen().len(), 1);
    assert!(!store.saw_token(), "{:?}", store.seen());
}

#[test]
fn no_error_shows_the_token_even_when_the_portal_echoes_it() {
    let echo = format!(
        r#"{{"success": false, "error": {{"message": "Authorization: {TOKEN} is not allowed here"}}}}"#
    );
    for status in [403, 409, 502] {
        let body = echo.clone();
        let portal = Server::start(move |_| (status, vec![], body.clone()));
        let e = connector(&portal.url())
            .package("d")
            .err()
            .unwrap_or_else(|| panic!("{status}: no error"));
        for shown in [e.to_string(), format!("{e:?}")] {
            assert!(!shown.contains(TOKEN), "{status}: {shown}");
        }
        assert!(e.to_string().contains("Authorization: •••"), "{e}");
        assert!(portal.saw_token());
    }
    // A portal that writes the token into where it redirects to.
    let portal = Server::start(|_| redirect(302, &format!("https://evil.example/{TOKEN}")));
    let e = connector(&portal.url())
        .account()
        .err()
        .unwrap_or_else(|| panic!("no error"));
    assert_eq!(
        e,
        PublishError::Address(AddressProblem::Redirected {
            to: "https://evil.example/•••".into()
        })
    );
    drop(portal);
    // Nothing listening: the transport error does not name the token either.
    let closed = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap_or_else(|e| panic!("{e}"));
    let e = connector(&format!("http://{closed}"))
        .account()
        .err()
        .unwrap_or_else(|| panic!("no error"));
    assert!(matches!(e, PublishError::Network(_)), "{e:?}");
    assert!(!format!("{e} {e:?}").contains(TOKEN));
    // The connector's own Debug hides it.
    assert!(!format!("{:?}", connector("https://data.example.uz")).contains(TOKEN));
}

#[test]
fn a_connector_for_plain_http_elsewhere_is_not_made() {
    for url in [
        "http://example.invalid/",
        "HTTP://data.example.uz",
        "http://127.0.0.1.evil.example/",
        "http://localhost.evil.example:5000",
    ] {
        assert!(
            matches!(
                Ckan::new(url, TOKEN),
                Err(PublishError::Address(AddressProblem::PlainHttp { .. }))
            ),
            "{url}"
        );
    }
    assert!(matches!(
        Ckan::new("http://localhost@evil.example/", TOKEN),
        Err(PublishError::Address(AddressProblem::Credentials))
    ));
    for url in [
        "http://127.0.0.1:5000",
        "http://[::1]:5000",
        "http://localhost",
    ] {
        assert!(Ckan::new(url, TOKEN).is_ok(), "{url}");
    }
}

fn demo_workspace(home: &Path) -> std::path::PathBuf {
    let ws = home.join("ws");
    ochiq::core::workspace::Workspace::open_demo(&ws).unwrap_or_else(|e| panic!("{e}"));
    ws
}

#[test]
fn the_command_line_refuses_a_token_target_on_plain_http() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path());
    let w = ws.to_str().unwrap_or_default();
    let add = |url: &str| {
        ochiq(
            &[
                "target",
                "add",
                "--workspace",
                w,
                "--kind",
                "ckan",
                "--url",
                url,
                "--id",
                "portal",
                "--token-stdin",
            ],
            home.path(),
        )
    };
    let (code, out, err) = add("http://example.invalid/");
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("A token is sent only over an encrypted connection"),
        "{err}"
    );
    assert!(
        err.contains("http://example.invalid is plain http"),
        "{err}"
    );
    let (code, _, err) = add("http://localhost@example.invalid/");
    assert_eq!(code, 2);
    assert!(err.contains("user name or password"), "{err}");
    let (_, out, _) = ochiq(&["target", "list", "--workspace", w], home.path());
    assert!(!out.contains("portal"), "{out}");

    // A workspace edited by hand: the target is there, but neither a test, a push nor a
    // new token goes to it.
    let meta = ws.join("ochiq-workspace.json");
    let text = std::fs::read_to_string(&meta).unwrap_or_else(|e| panic!("{e}"));
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let targets = v["targets"]
        .as_array_mut()
        .unwrap_or_else(|| panic!("no targets in {text}"));
    targets.push(serde_json::json!({
        "id": "portal", "kind": "ckan", "url": "http://example.invalid", "organisation": "stat"
    }));
    std::fs::write(&meta, v.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = ochiq(&["target", "test", "portal", "--workspace", w], home.path());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is plain http"), "{err}");
    let push = ["push", "1-104-0012", "--workspace", w, "--target", "portal"];
    let (code, out, err) = ochiq(&push, home.path());
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("is plain http"), "{err}");
    let (_, out, _) = ochiq(&["outbox", "list", "--workspace", w], home.path());
    assert!(!out.contains("portal"), "nothing is queued: {out}");
    let (code, _, err) = ochiq(
        &["target", "set-token", "portal", "--workspace", w],
        home.path(),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is plain http"), "{err}");
}

/// The Targets tab of a fresh workspace, with a CKAN target's form filled in with `url`.
fn targets_form_with(dir: &Path, url: &str) -> egui_kittest::Harness<'static, ochiq::ui::OchiqApp> {
    use egui::accesskit::Role;
    let root = dir.join("workspace");
    ochiq::core::workspace::Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = crate::ui::app_in(dir, None, None);
    crate::ui::settle(&mut harness);
    harness.get_by_label(&en!("menu-publishing")).click();
    harness.run_steps(2);
    harness.get_by_label(&en!("publish-tab-targets")).click();
    crate::ui::settle(&mut harness);
    harness
        .get_by_role_and_label(Role::ComboBox, &en!("target-kind"))
        .click();
    harness.run_steps(2);
    harness.get_by_label(&en!("target-kind-ckan")).click();
    harness.run_steps(2);
    for (field, text) in [
        (en!("target-id"), "portal"),
        (en!("target-url"), url),
        (en!("target-organisation"), "stat"),
        (en!("target-token"), TOKEN),
    ] {
        harness.get_by_label(&field).click();
        harness.run_steps(1);
        harness.get_by_label(&field).type_text(text);
        harness.run_steps(2);
    }
    harness
}

#[test]
fn the_targets_tab_says_why_a_plain_http_portal_cannot_take_a_token() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = targets_form_with(dir.path(), "http://example.invalid");
    let why = en!("publish-error-plain-http", url = "http://example.invalid");
    assert!(crate::ui::shown(&harness, &why), "the reason is not shown");
    let add_label = en!("target-add");
    let add = harness.get_by_label(&add_label);
    assert!(add.accesskit_node().is_disabled());
    add.click();
    harness.run_steps(2);
    let meta = std::fs::read_to_string(dir.path().join("workspace/ochiq-workspace.json"))
        .unwrap_or_default();
    assert!(!meta.contains("example.invalid"), "{meta}");

    // A CKAN on this computer is fine over plain http.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = targets_form_with(dir.path(), "http://127.0.0.1:5000");
    assert!(!crate::ui::shown(&harness, &why));
    let add = harness.get_by_label(&add_label);
    assert!(!add.accesskit_node().is_disabled());
    add.click();
    harness.run_steps(2);
    let meta = std::fs::read_to_string(dir.path().join("workspace/ochiq-workspace.json"))
        .unwrap_or_default();
    assert!(meta.contains("http://127.0.0.1:5000"), "{meta}");
    assert!(!meta.contains(TOKEN), "{meta}");
}
