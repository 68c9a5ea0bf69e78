//! The data.egov.uz connector against recorded portal answers (`tests/recordings/egov/`,
//! see its README for what is real data and what is a reconstructed shape), replayed by a
//! small HTTP server on 127.0.0.1 that lives as long as the test. The server can also answer
//! with an error status, drop the connection, or switch an answer to a later recording (the
//! catalogue after a person uploaded the file in the portal's cabinet).

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use ochiq::core::lang::Lang;
use ochiq::core::progress::NoProgress;
use ochiq::core::publish::diff::diff;
use ochiq::core::publish::egov::{Egov, StructureProblem};
use ochiq::core::publish::{Confirmation, Connector, HistoryDetail, Preflight, PublishError};
use ochiq::core::schema::Package;
use ochiq::core::table::Table;

const STRUCT_ID: &str = "6537a17126434348e07868ea";
const ORG: u64 = 42;

/// What the replay server answers to one request.
#[derive(Clone)]
enum Reply {
    /// A file of `tests/recordings/egov/`, with status 200.
    Recording(&'static str),
    /// A status and a body.
    Status(u16, &'static str),
    /// Reads the request, then closes the connection without answering.
    Drop,
}

/// A request the server saw: its route and its User-Agent.
#[derive(Debug, Clone)]
struct Seen {
    route: String,
    user_agent: String,
    answered: bool,
}

/// Replays recordings on 127.0.0.1; stops and joins its thread on drop.
struct Replay {
    base: String,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// A request line's target as a route: the method, the path and the query's parameters
/// sorted, so the order the client writes them in does not matter.
fn route(method: &str, target: &str) -> String {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut params: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    params.sort_unstable();
    if params.is_empty() {
        format!("{method} {path}")
    } else {
        format!("{method} {path}?{}", params.join("&"))
    }
}

fn recording(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/recordings/egov")
        .join(name)
}

impl Replay {
    fn start() -> Replay {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (routes, seen, stop) = (routes.clone(), seen.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    if let Ok(stream) = stream {
                        serve(stream, &routes, &seen);
                    }
                }
            })
        };
        Replay {
            base: format!("http://{addr}"),
            routes,
            seen,
            stop,
            thread: Some(thread),
        }
    }

    /// Answers `method target` (`"GET /apiClient/…?a=1&b=2"`) with `reply` from now on.
    fn answer(&self, request: &str, reply: Reply) {
        let (method, target) = request.split_once(' ').unwrap_or(("GET", request));
        if let Ok(mut routes) = self.routes.lock() {
            routes.insert(route(method, target), reply);
        }
    }

    /// The organisation's catalogue in two pages of two records.
    fn catalogue(&self, first_page: &'static str) {
        self.answer(
            "GET /apiClient/main/gettable?orgId=42&limit=2&offset=0",
            Reply::Recording(first_page),
        );
        self.answer(
            "GET /apiClient/main/gettable?orgId=42&limit=2&offset=2",
            Reply::Recording("gettable_org42_page2.json"),
        );
    }

    /// The catalogue, and the structure and data of dataset 2-001-9780.
    fn portal() -> Replay {
        let replay = Replay::start();
        replay.catalogue("gettable_org42_page1.json");
        replay.answer(
            &format!("GET /apiClient/Main/GetById?id={STRUCT_ID}"),
            Reply::Recording("getbyid_6537a17126434348e07868ea.json"),
        );
        replay.answer(
            &format!(
                "GET /apiData/MainData/GetByFile?id={STRUCT_ID}&fileType=1&tableType=2&lang=1"
            ),
            Reply::Recording("getbyfile_6537a17126434348e07868ea_json_lang1.json"),
        );
        replay
    }

    fn egov(&self) -> Egov {
        let mut egov = Egov::new(&self.base, ORG).unwrap_or_else(|e| panic!("{e}"));
        egov.page_size = 2;
        egov
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Requests no recording answered.
    fn unanswered(&self) -> Vec<String> {
        self.seen()
            .into_iter()
            .filter(|s| !s.answered)
            .map(|s| s.route)
            .collect()
    }
}

impl Drop for Replay {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the stop.
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads one request and answers it from the routes.
fn serve(mut stream: TcpStream, routes: &Mutex<HashMap<String, Reply>>, seen: &Mutex<Vec<Seen>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 65_536 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let mut lines = head.lines();
    let mut first = lines.next().unwrap_or_default().split(' ');
    let (method, target) = (
        first.next().unwrap_or_default(),
        first.next().unwrap_or_default(),
    );
    let user_agent = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.eq_ignore_ascii_case("user-agent"))
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default();
    let key = route(method, target);
    let reply = routes.lock().ok().and_then(|r| r.get(&key).cloned());
    if let Ok(mut seen) = seen.lock() {
        seen.push(Seen {
            route: key.clone(),
            user_agent,
            answered: reply.is_some(),
        });
    }
    let (status, body) = match reply {
        Some(Reply::Recording(name)) => (
            200,
            std::fs::read(recording(name)).unwrap_or_else(|e| panic!("{name}: {e}")),
        ),
        Some(Reply::Status(status, body)) => (status, body.as_bytes().to_vec()),
        Some(Reply::Drop) => {
            let _ = stream.shutdown(std::net::Shutdown::Both);
            return;
        }
        None => (404, format!("no recording for {key}").into_bytes()),
    };
    let reason = match status {
        200 => "OK",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "Error",
    };
    let header = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; charset=utf-8\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    let _ = stream.write_all(&body);
    let _ = stream.flush();
}

/// The package of dataset 2-001-9780 as the steward keeps it.
fn package() -> Package {
    let mut package = Package::default();
    let p = &mut package.passport;
    p.portal_id = STRUCT_ID.into();
    p.code = "2-001-9780".into();
    p.organisation_id = Some(ORG);
    p.title.set(Lang::UzLatn, "Maʼlumotlar toʻplami 2-001-9780");
    p.description
        .set(Lang::UzLatn, "Hududlar kesimida, yillar boʻyicha");
    package
}

/// A data file written in `dir`: the columns in another order than published, and one more
/// year's worth of change.
fn next_version(dir: &Path, header: &str) -> PathBuf {
    let path = dir.join("2-001-9780.csv");
    let text = format!(
        "{header}\n\
         67086,49033,42790,29499,9419,1337,Republic of Uzbekistan,Units\n\
         2985,2310,1950,1570,500,100,The Republic of Karakalpakstan,Units\n\
         12000,8908,9211,4541,880,0,Andijan region,Units\n"
    );
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

const REORDERED: &str = "2022Y,2021Y,2020Y,2019Y,2018Y,2017Y,Hududlar,Olchovbirligi";

#[test]
fn replayed_catalogue_is_read_over_two_pages_with_a_browser_user_agent() {
    let replay = Replay::portal();
    let egov = replay.egov();
    let catalogue = egov.catalogue("42").unwrap_or_else(|e| panic!("{e}"));
    let codes: Vec<&str> = catalogue.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["2-001-9780", "2-001-9842", "2-001-6555"]);
    let first = &catalogue[0];
    assert_eq!(first.id, STRUCT_ID);
    assert_eq!(first.rows, Some(15));
    assert_eq!(first.late_days, Some(12));
    assert_eq!(first.updated, "2024-01-15T09:30:00");
    assert_eq!(first.title.ru, "Набор данных 2-001-9780");
    assert_eq!(first.organisation.en, "Organisation 42 (sample)");
    assert_eq!(first.url, format!("{}/rus/data/{STRUCT_ID}", replay.base));
    // An empty organisation means the connector's own.
    assert_eq!(egov.catalogue("").map(|c| c.len()).ok(), Some(3));
    assert!(matches!(
        egov.catalogue("Sogʻliqni saqlash"),
        Err(PublishError::Refused(_))
    ));

    let seen = replay.seen();
    assert!(replay.unanswered().is_empty(), "{seen:?}");
    assert!(
        seen.iter().all(|s| s.user_agent.starts_with("Mozilla/5.0")),
        "{seen:?}"
    );
    assert!(!format!("{egov:?}").is_empty());
}

#[test]
fn replayed_account_is_the_organisation_and_an_unreachable_portal_is_a_network_error() {
    let replay = Replay::portal();
    let account = replay.egov().account().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(account.organisations.len(), 1);
    assert_eq!(account.organisations[0].name, "42");
    assert_eq!(account.organisations[0].title, "Tashkilot 42 (namuna)");

    // A port nothing listens on.
    let closed = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap_or_else(|e| panic!("{e}"));
    let nowhere = Egov::new(&format!("http://{closed}"), ORG).unwrap_or_else(|e| panic!("{e}"));
    let error = nowhere.account();
    assert!(matches!(error, Err(PublishError::Network(_))), "{error:?}");
}

#[test]
fn replayed_published_dataset_has_the_structures_columns_and_the_real_rows() {
    let replay = Replay::portal();
    let published = replay
        .egov()
        .published(STRUCT_ID)
        .unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = published
        .schema
        .fields
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    let columns = [
        "Hududlar",
        "Olchovbirligi",
        "2017Y",
        "2018Y",
        "2019Y",
        "2020Y",
        "2021Y",
        "2022Y",
    ];
    assert_eq!(names, columns);
    assert_eq!(published.schema.fields[0].titles.ru, "Регионы");
    assert!(published.schema.fields[7].field_type.is_numeric());
    // The portal's own row ID is not part of the structure, so it is dropped.
    assert_eq!(published.table.header(), columns);
    assert_eq!(published.table.rows(), 15);
    assert_eq!(published.table.cell(0, 0), Some("Republic of Uzbekistan"));
    assert_eq!(published.table.cell(0, 7), Some("67086"));
    assert_eq!(published.table.cell(14, 0), Some("Tashkent city"));
}

#[test]
fn replayed_published_data_diffs_against_the_next_version() {
    let replay = Replay::portal();
    let published = replay
        .egov()
        .published(STRUCT_ID)
        .unwrap_or_else(|e| panic!("{e}"));
    // Next version: Andijan's 2022 figure corrected, Tashkent city gone, a note column added,
    // and one region written with spaces around it (not a change).
    let old = &published.table;
    let mut header = old.header().to_vec();
    header.push("Izoh".into());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for r in 0..old.rows() - 1 {
        let mut row: Vec<String> = (0..8)
            .map(|c| old.cell(r, c).unwrap_or_default().to_owned())
            .collect();
        if row[0] == "Andijan region" {
            row[7] = "12000".into();
        }
        if r == 1 {
            row[0] = format!("  {}  ", row[0]);
        }
        row.push(String::new());
        rows.push(row);
    }
    let new = Table::from_rows(&header, &rows);
    let d = diff(old, &new, Some(&["Hududlar"]));
    assert_eq!(d.columns_added, ["Izoh"]);
    assert!(d.columns_removed.is_empty());
    assert_eq!(
        (d.rows_same, d.rows_changed, d.rows_added, d.rows_removed),
        (13, 1, 0, 1)
    );
    assert_eq!(d.changed[0].key, ["Andijan region"]);
    assert_eq!(d.changed[0].cells[0].column, "2022Y");
    assert_eq!(d.changed[0].cells[0].old, "11388");
    assert_eq!(d.changed[0].cells[0].new, "12000");
    assert_eq!(d.removed, [14]);
}

#[test]
fn replayed_preflight_names_passport_gaps_other_organisations_and_column_mismatches() {
    let replay = Replay::portal();
    let egov = replay.egov();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = next_version(dir.path(), REORDERED);
    let ok = egov
        .preflight(&package(), "42", &data)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ok, vec![], "another column order is fine");

    assert_eq!(
        egov.preflight(&package(), "7", &data)
            .unwrap_or_else(|e| panic!("{e}")),
        vec![Preflight::NoSuchOrganisation("7".into())]
    );
    let mut untitled = package();
    untitled.passport.title = Default::default();
    assert_eq!(
        egov.preflight(&untitled, "42", &data)
            .unwrap_or_else(|e| panic!("{e}")),
        vec![Preflight::Missing("title")]
    );

    let renamed = next_version(
        dir.path(),
        "2022Y,2021Y,2020Y,2019Y,2018Y,2017Y,Hudud,Olchovbirligi,Izoh",
    );
    assert_eq!(
        egov.structure_check(&package(), "42", &renamed)
            .unwrap_or_else(|e| panic!("{e}")),
        [
            StructureProblem::MissingColumn("Hududlar".into()),
            StructureProblem::ExtraColumn("Hudud".into()),
            StructureProblem::ExtraColumn("Izoh".into()),
        ]
    );
    assert_eq!(
        egov.preflight(&package(), "42", &renamed)
            .unwrap_or_else(|e| panic!("{e}")),
        [Preflight::Columns {
            missing: vec!["Hududlar".into()],
            extra: vec!["Hudud".into(), "Izoh".into()],
            repeated: vec![],
        }]
    );
    let mut unknown = package();
    unknown.passport.portal_id = "000000000000000000000000".into();
    assert_eq!(
        egov.preflight(&unknown, "42", &data)
            .unwrap_or_else(|e| panic!("{e}")),
        [Preflight::NoSuchDataset("000000000000000000000000".into())]
    );
}

#[test]
fn replayed_publish_writes_the_published_order_and_confirms_once_the_catalogue_moves() {
    let replay = Replay::portal();
    let mut egov = replay.egov();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = next_version(dir.path(), REORDERED);
    let export = dir.path().join("upload");
    egov.export_dir = Some(export.clone());

    let receipt = egov
        .publish(&package(), "42", &data, &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(receipt.manual);
    assert!(!receipt.created);
    assert_eq!(receipt.dataset, STRUCT_ID);
    assert_eq!(
        receipt.dataset_url,
        format!("{}/rus/data/{STRUCT_ID}", replay.base)
    );
    assert_eq!(receipt.marker, "2024-01-15T09:30:00");
    let written = export.join("2-001-9780.data-egov-uz.csv");
    assert_eq!(receipt.resource_url, written.display().to_string());
    let text = std::fs::read_to_string(&written).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        [
            "Hududlar,Olchovbirligi,2017Y,2018Y,2019Y,2020Y,2021Y,2022Y",
            "Republic of Uzbekistan,Units,1337,9419,29499,42790,49033,67086",
            "The Republic of Karakalpakstan,Units,100,500,1570,1950,2310,2985",
            "Andijan region,Units,0,880,4541,9211,8908,12000",
        ]
    );
    assert_eq!(receipt.size, text.len() as u64);
    assert_eq!(
        receipt.sha256,
        ochiq::core::publish::file_sha256(&written).unwrap_or_else(|e| panic!("{e}"))
    );
    // Nothing can be found by hash on this portal.
    assert!(
        egov.find(&package(), "42", &receipt.sha256)
            .unwrap_or_else(|e| panic!("{e}"))
            .is_none()
    );

    // Nobody has uploaded yet.
    let before = egov
        .confirm(&package(), &receipt)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(&before, Confirmation::Waiting(_)), "{before:?}");
    // Uploaded, but the portal still counts the dataset as late.
    replay.catalogue("gettable_org42_page1_uploaded_still_late.json");
    let late = egov
        .confirm(&package(), &receipt)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(
            &late,
            Confirmation::Waiting(HistoryDetail::PortalWaiting { late_days: 4, .. })
        ),
        "{late:?}"
    );
    // Accepted: a newer date and not late.
    replay.catalogue("gettable_org42_page1_uploaded.json");
    let after = egov
        .confirm(&package(), &receipt)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(&after, Confirmation::Confirmed(HistoryDetail::PortalUpdated { updated, rows: Some(14) }) if updated.contains("2026-02-03T10:15:00")),
        "{after:?}"
    );
    assert!(replay.unanswered().is_empty(), "{:?}", replay.seen());
}

#[test]
fn replayed_publish_as_json_writes_rows_like_the_portals_download() {
    let replay = Replay::portal();
    let mut egov = replay.egov();
    egov.export_format = ochiq::core::publish::egov::ExportFormat::Json;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = next_version(dir.path(), REORDERED);
    let receipt = egov
        .publish(&package(), "42", &data, &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        PathBuf::from(&receipt.resource_url),
        dir.path().join("2-001-9780.data-egov-uz.json"),
        "beside the data file when no export folder is set"
    );
    let text = std::fs::read_to_string(&receipt.resource_url).unwrap_or_else(|e| panic!("{e}"));
    let rows: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(rows.len(), 3);
    let keys: Vec<&str> = rows[0].keys().map(String::as_str).collect();
    assert_eq!(keys[..2], ["Hududlar", "Olchovbirligi"]);
    assert_eq!(rows[2]["2022Y"], "12000");
}

#[test]
fn replayed_server_error_is_a_protocol_error() {
    let replay = Replay::start();
    replay.answer(
        "GET /apiClient/main/gettable?orgId=42&limit=2&offset=0",
        Reply::Status(500, "<html>Internal Server Error</html>"),
    );
    let error = replay.egov().catalogue("42");
    assert!(
        matches!(&error, Err(PublishError::Protocol(m)) if m.contains("500")),
        "{error:?}"
    );
    assert!(error.is_err_and(|e| e.is_transient()));
}

#[test]
fn replayed_dropped_connection_is_a_network_error() {
    let replay = Replay::portal();
    replay.answer(
        &format!("GET /apiClient/Main/GetById?id={STRUCT_ID}"),
        Reply::Drop,
    );
    let error = replay.egov().published(STRUCT_ID);
    assert!(matches!(&error, Err(PublishError::Network(_))), "{error:?}");
}

#[test]
fn replayed_envelope_error_is_refused_with_the_portals_message() {
    let replay = Replay::portal();
    replay.answer(
        "GET /apiClient/Main/GetById?id=000000000000000000000000",
        Reply::Recording("getbyid_unknown_refused.json"),
    );
    let error = replay.egov().published("000000000000000000000000");
    assert!(
        matches!(&error, Err(PublishError::Refused(m)) if m == "Ma'lumot topilmadi"),
        "{error:?}"
    );
}

#[test]
fn replayed_firewall_refusal_and_broken_answers_are_told_apart() {
    let replay = Replay::start();
    replay.answer(
        "GET /apiClient/main/gettable?orgId=42&limit=2&offset=0",
        Reply::Status(403, "<html>Request blocked</html>"),
    );
    let error = replay.egov().catalogue("42");
    assert!(
        matches!(&error, Err(PublishError::NotAllowed(m)) if m.contains("blocked")),
        "{error:?}"
    );
    replay.answer(
        "GET /apiClient/main/gettable?orgId=42&limit=2&offset=0",
        Reply::Status(200, "<html>maintenance</html>"),
    );
    let error = replay.egov().catalogue("42");
    assert!(
        matches!(&error, Err(PublishError::Protocol(m)) if m.contains("maintenance")),
        "{error:?}"
    );
    replay.answer(
        &format!("GET /apiClient/Main/GetById?id={STRUCT_ID}"),
        Reply::Recording("getbyid_6537a17126434348e07868ea.json"),
    );
    replay.answer(
        &format!("GET /apiData/MainData/GetByFile?id={STRUCT_ID}&fileType=1&tableType=2&lang=1"),
        Reply::Status(200, r#"[{"Hududlar":"Andijan region","#),
    );
    let error = replay.egov().published(STRUCT_ID);
    assert!(
        matches!(&error, Err(PublishError::Protocol(m)) if m.contains("not valid JSON")),
        "{error:?}"
    );
}
