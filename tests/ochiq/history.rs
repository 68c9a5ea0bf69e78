//! The publishing history in the user's language: what a check found, where a package was
//! written and why a publish failed are recorded as data and phrased by the front ends, so a
//! Russian officer reads Russian in `ochiq history` and in the History tab.

use std::path::Path;
use std::process::Command;

use egui_kittest::kittest::Queryable;
use ochiq::core::date::Date;
use ochiq::core::lang::Lang;
use ochiq::core::publish::HistoryDetail;
use ochiq::core::publish::outbox::{HistoryFilter, HistoryKind, Outbox};
use ochiq::core::workspace::{DEMO_CLEAN_DATASET, Workspace};
use ochiq::i18n::I18n;
use ochiq::tr;
use ochiq::ui::AppConfig;

use crate::ui::{app_with, settle, shown};

/// `ochiq` with its interface language taken from `LANG`.
fn ochiq_in(lang: &str, args: &[&str], home: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ochiq"))
        .args(args)
        .env("OCHIQ_HOME", home)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .unwrap_or_else(|e| panic!("cannot run ochiq: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Words of English a Russian history line must not hold (the phrases the core once wrote).
const ENGLISH: &[&str] = &[
    "rows",
    "errors",
    "bytes",
    "updated",
    "confirmed",
    "sent",
    "queued",
    "checked",
    "cannot",
    "the ",
    " at ",
];

#[test]
fn a_publish_to_the_folder_shows_its_history_in_russian() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = home.path().join("office");
    Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    let w = root.to_str().unwrap_or_default();
    let (code, out, err) = ochiq_in(
        "ru_RU.UTF-8",
        &[
            "push",
            DEMO_CLEAN_DATASET,
            "--workspace",
            w,
            "--period",
            "2026-W47",
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");

    // What the core recorded is data: the folder it wrote, the size, the hash.
    let outbox = Outbox::open(&root).unwrap_or_else(|e| panic!("{e}"));
    let confirmed = outbox
        .history(&HistoryFilter {
            dataset: DEMO_CLEAN_DATASET.into(),
            kinds: vec![HistoryKind::Confirmed],
            limit: 1,
            ..HistoryFilter::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let Some(HistoryDetail::FolderWritten { path, bytes, .. }) =
        confirmed.first().map(|e| e.parsed_detail())
    else {
        panic!("{confirmed:?}");
    };
    assert!(path.contains("published"), "{path}");
    assert!(bytes > 0);

    // The command line phrases it in Russian.
    let (code, out, err) = ochiq_in(
        "ru_RU.UTF-8",
        &["history", "--workspace", w, "--dataset", DEMO_CLEAN_DATASET],
        home.path(),
    );
    assert_eq!(code, 0, "{err}");
    let ru = I18n::new(Lang::Ru);
    // The new publish and the seeded past (checks, publishes) of the dataset.
    let newest: Vec<&str> = out.lines().collect();
    assert!(newest.len() > 4, "{out}");
    let line = newest[0];
    assert!(line.contains(&tr!(ru, "history-kind-confirmed")), "{line}");
    assert!(line.contains(&path) && line.contains("байт"), "{line}");
    for line in &newest {
        // Paths and hashes stay as they are; the words around them are Russian.
        let words = line.replace(&*root.to_string_lossy(), "");
        for english in ENGLISH {
            assert!(!words.contains(english), "{english:?} in {line}");
        }
    }
    assert!(out.contains("строк") && out.contains("ошиб"), "{out}");

    // --json gives the detail as data and its text in the chosen language.
    let (_, json, _) = ochiq_in(
        "ru_RU.UTF-8",
        &["history", "--workspace", w, "--limit", "1", "--json"],
        home.path(),
    );
    let v: serde_json::Value =
        serde_json::from_str(json.trim()).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(v["kind"], "confirmed");
    assert_eq!(v["detail"]["folder-written"]["path"], path.as_str());
    assert!(
        v["text"].as_str().is_some_and(|t| t.contains("байт")),
        "{v}"
    );

    // The same history in English, for the other officers.
    let (_, en, _) = ochiq_in(
        "en_US.UTF-8",
        &["history", "--workspace", w, "--limit", "1"],
        home.path(),
    );
    assert!(en.contains("bytes, SHA-256"), "{en}");
}

#[test]
fn the_history_tab_of_the_demo_phrases_its_details_in_russian() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("demo");
    Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    let mut h = app_with(AppConfig {
        workspace: Some(root.clone()),
        open: Some(root.join("datasets/1-104-0012/maktabgacha_talim_2026.csv")),
        lang: Some(Lang::Ru),
        today: Date::new(2026, 11, 24),
        ..AppConfig::default()
    });
    settle(&mut h);
    h.state_mut()
        .request(ochiq::ui::actions::Action::OpenPublishing);
    settle(&mut h);
    let ru = I18n::new(Lang::Ru);
    h.get_by_label(&tr!(ru, "publish-tab-history")).click();
    settle(&mut h);
    // A seeded check of 1-104-0012 (401 rows, 8 errors) and the failed publish of 1-104-0014,
    // phrased as a live error is.
    let rows = 401u64;
    let errors = 8u64;
    let check = tr!(ru, "history-detail-checked", rows = rows, errors = errors);
    assert!(shown(&h, &check), "{check:?} is not shown");
    assert!(
        !shown(&h, "401 rows, 8 errors"),
        "the check is shown in English"
    );
    let failed = h
        .query_all_by_label_contains("Не удаётся прочитать")
        .next()
        .is_some();
    assert!(failed, "the failed publish is not phrased in Russian");
}
