//! The personal-data guard from the command line: `validate --json` reports it without a full
//! value, `push` refuses until a review names every column, the review is in the history and
//! the published manifest, and the outbox sends no file whose review was taken away. Also:
//! none of the real portal files under /work/shared/reference raises it.

use std::path::{Path, PathBuf};

use crate::cli::ochiq;

const REGISTER: &str = "1-104-0027";

fn demo_workspace(home: &Path) -> PathBuf {
    let root = home.join("office");
    ochiq::core::workspace::Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
    root
}

/// The register's JShShIR and passport values, as in its file.
fn identifiers(csv: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(csv).unwrap_or_else(|e| panic!("{e}"));
    text.lines()
        .skip(1)
        .flat_map(|l| {
            l.split(';')
                .skip(1)
                .take(4)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn validate_json_reports_personal_data_without_a_full_value() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path());
    let csv = ws
        .join("datasets")
        .join(REGISTER)
        .join("nafaqa_oluvchilar_2026.csv");
    // The file on its own, against a schema inferred from it.
    let copy = home.path().join("register.csv");
    std::fs::copy(&csv, &copy).unwrap_or_else(|e| panic!("{e}"));
    let (code, out, err) = ochiq(
        &["validate", "--json", copy.to_str().unwrap_or_default()],
        home.path(),
    );
    assert_eq!(code, 1, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["error_counts"]["personal-data"], 5, "{out}");
    let pinfl = v["errors"]
        .as_array()
        .and_then(|e| e.iter().find(|f| f["field"] == "JShShIR"))
        .unwrap_or_else(|| panic!("no JShShIR finding: {out}"));
    assert_eq!(pinfl["code"], "personal-data");
    assert_eq!(pinfl["args"]["kind"], "pinfl");
    assert_eq!(pinfl["args"]["count"], "30");
    let examples = pinfl["args"]["examples"].as_str().unwrap_or_default();
    assert_eq!(examples.matches('•').count(), 22, "{examples}");
    let steps: Vec<&str> = pinfl["suggestions"]
        .as_array()
        .map(|s| s.iter().filter_map(|x| x.as_str()).collect())
        .unwrap_or_default();
    assert!(
        steps.iter().any(|s| s.contains("\"op\":\"mask\"")),
        "{steps:?}"
    );
    assert!(steps.iter().any(|s| s.contains("\"op\":\"drop-column\"")));
    assert!(steps.iter().any(|s| s.contains("\"op\":\"aggregate\"")));
    // No full name, JShShIR, passport number or birth date in what was printed.
    for value in identifiers(&csv) {
        assert!(!out.contains(&value), "{value} printed");
        assert!(!err.contains(&value), "{value} printed");
    }
    // The text report too.
    let (code, out, _) = ochiq(
        &["validate", copy.to_str().unwrap_or_default()],
        home.path(),
    );
    assert_eq!(code, 1);
    assert!(out.contains("holds personal data"), "{out}");
    for value in identifiers(&csv) {
        assert!(!out.contains(&value), "{value} printed");
    }
}

#[test]
fn push_refuses_personal_data_until_a_review_names_every_column() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path());
    let w = ws.to_str().unwrap_or_default();
    let (code, out, err) = ochiq(&["push", REGISTER, "--workspace", w], home.path());
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("Personal data with no recorded review"),
        "{err}"
    );
    assert!(err.contains("JShShIR"), "{err}");
    let (_, jobs, _) = ochiq(&["outbox", "list", "--workspace", w], home.path());
    assert!(!jobs.contains(REGISTER), "queued anyway: {jobs}");

    // `review` alone lists what is found; a review of one column leaves the others.
    let (code, out, _) = ochiq(&["review", REGISTER, "--workspace", w], home.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not reviewed"), "{out}");
    let (code, out, err) = ochiq(
        &[
            "review",
            REGISTER,
            "--workspace",
            w,
            "--reviewer",
            "D. Yusupova",
            "--ground",
            "consent",
            "--columns",
            "F.I.Sh.",
        ],
        home.path(),
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("Review recorded: D. Yusupova allowed F.I.Sh."),
        "{out}"
    );
    let (code, _, err) = ochiq(&["push", REGISTER, "--workspace", w], home.path());
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("JShShIR") && !err.contains("“F.I.Sh.”"),
        "{err}"
    );

    // "other" needs words; a ground in words covers every column found.
    let (code, _, err) = ochiq(
        &[
            "review",
            REGISTER,
            "--workspace",
            w,
            "--reviewer",
            "D. Yusupova",
        ],
        home.path(),
    );
    assert_eq!(code, 2, "{err}");
    let (code, out, err) = ochiq(
        &[
            "review",
            REGISTER,
            "--workspace",
            w,
            "--reviewer",
            "D. Yusupova",
            "--ground",
            "public-by-law",
            "--reason",
            "Reyestr qonun bilan ochiq",
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = ochiq(&["push", REGISTER, "--workspace", w], home.path());
    assert_eq!(code, 0, "{out}{err}");

    // The review is in the history and in the published package's manifest.
    let (_, history, _) = ochiq(
        &["history", "--dataset", REGISTER, "--workspace", w],
        home.path(),
    );
    assert!(history.contains("personal data reviewed"), "{history}");
    assert!(history.contains("D. Yusupova allowed"), "{history}");
    let manifest = std::fs::read_dir(ws.join("published"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains(REGISTER))
        .map(|p| p.join("ochiq-manifest.json"))
        .unwrap_or_else(|| panic!("nothing published"));
    let manifest = std::fs::read_to_string(manifest).unwrap_or_else(|e| panic!("{e}"));
    assert!(manifest.contains("\"personal_review\""), "{manifest}");
    assert!(manifest.contains("public-by-law"), "{manifest}");
    assert!(manifest.contains("JShShIR"), "{manifest}");
}

#[test]
fn the_outbox_sends_no_file_whose_personal_data_has_no_review() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = demo_workspace(home.path());
    let w = ws.to_str().unwrap_or_default();
    let (code, _, err) = ochiq(
        &[
            "review",
            REGISTER,
            "--workspace",
            w,
            "--reviewer",
            "D. Yusupova",
            "--ground",
            "consent",
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = ochiq(
        &["push", REGISTER, "--workspace", w, "--queue-only"],
        home.path(),
    );
    assert_eq!(code, 3, "{out}{err}");
    // The queued package loses its review (a package taken in from elsewhere, an edit).
    let queued = std::fs::read_dir(ws.join("outbox"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.path().join("datapackage.json"))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("nothing queued"));
    let text = std::fs::read_to_string(&queued).unwrap_or_else(|e| panic!("{e}"));
    let mut package: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let removed = package
        .as_object_mut()
        .and_then(|o| o.remove("ochiq:personal-review"));
    assert!(
        removed.is_some(),
        "the queued package carries no review: {text}"
    );
    std::fs::write(&queued, package.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let (code, out, err) = ochiq(&["outbox", "send", "--workspace", w], home.path());
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("Personal data with no recorded review"),
        "{out}"
    );
    let published = std::fs::read_dir(ws.join("published"))
        .map(|d| {
            d.flatten()
                .any(|e| e.path().to_string_lossy().contains(REGISTER))
        })
        .unwrap_or(false);
    assert!(!published, "sent anyway");
}

/// Real files that are lists of named people (full names with patronymics and a date, 250
/// persons): personal data by the law's definition, published on the portal as a register.
/// The guard is right to stop them until a steward records why they may be published (a
/// register public by law): no wolf cried.
const NAMED_PEOPLE: &[&str] = &["__4-005-0011.json"];

#[test]
fn no_real_portal_file_raises_personal_data() {
    let reference = Path::new("/work/shared/reference");
    if !reference.is_dir() {
        eprintln!("skipped: {} is not here", reference.display());
        return;
    }
    let mut files: Vec<PathBuf> = Vec::new();
    let mut dirs = vec![reference.to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| {
                ["csv", "json", "xlsx", "xls", "tsv"].contains(&e.to_string_lossy().as_ref())
            }) {
                files.push(p);
            }
        }
    }
    let mut read = 0;
    for path in &files {
        let Ok((_, table)) = ochiq::core::ingest::read_table(
            path,
            &ochiq::core::ingest::OpenOptions::default(),
            &ochiq::core::progress::NoProgress,
        ) else {
            continue;
        };
        read += 1;
        let found = ochiq::core::validate::personal::scan_table(&table);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if name
            .as_deref()
            .is_some_and(|n| NAMED_PEOPLE.iter().any(|p| n.ends_with(p)))
        {
            // A list of named people: rightly found, as full names and nothing else.
            let kinds: Vec<_> = found.iter().map(|c| c.kind).collect();
            assert_eq!(
                kinds,
                [ochiq::core::validate::personal::PersonalKind::FullName],
                "{}",
                path.display()
            );
            continue;
        }
        assert!(found.is_empty(), "{}: {found:?}", path.display());
    }
    assert!(read > 10, "only {read} of {} files read", files.len());
}

mod window {
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable};
    use ochiq::ui::OchiqApp;

    use crate::ui::{app_in, settle, shown_containing};

    fn disabled(harness: &Harness<'_, OchiqApp>, label: &str) -> bool {
        harness.get_by_label(label).accesskit_node().is_disabled()
    }

    #[test]
    fn the_review_dialog_records_who_allowed_which_columns_and_unblocks_the_publish() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path().join("workspace");
        ochiq::core::workspace::Workspace::open_demo(&root).unwrap_or_else(|e| panic!("{e}"));
        // The register open in the window: the publishing screen chooses its dataset.
        let data = root
            .join("datasets")
            .join(super::REGISTER)
            .join("nafaqa_oluvchilar_2026.csv");
        let mut harness = app_in(dir.path(), Some(data), None);
        settle(&mut harness);
        harness.get_by_label(&en!("menu-publishing")).click();
        harness.run_steps(2);
        harness.get_by_label(&en!("publish-check")).click();
        settle(&mut harness);
        // The check names the columns, masked, and publishing is not offered.
        assert!(shown_containing(&harness, &en!("publish-personal-heading")));
        assert!(shown_containing(
            &harness,
            "“JShShIR”: JShShIR (PINFL), 30 values (e.g. 3•"
        ));
        assert!(disabled(&harness, &en!("publish-send")));

        harness
            .get_by_label(&en!("publish-personal-review"))
            .click();
        settle(&mut harness);
        assert!(shown_containing(&harness, &en!("review-title")));
        // Every column found is listed and ticked; nothing is recorded without a reviewer.
        for column in ["F.I.Sh.", "JShShIR", "Pasport", "Tugʻilgan sana", "Manzil"] {
            let name = format!("{column} — ");
            let node = harness.get_by_label_contains(&name);
            assert_eq!(node.accesskit_node().role(), Role::CheckBox, "{column}");
        }
        assert!(disabled(&harness, &en!("review-save")));

        // The keyboard reaches the reviewer's field: it is known by its label.
        let reviewer = en!("review-reviewer");
        harness.get_by_label(&reviewer).click();
        harness.run_steps(1);
        harness
            .get_by_label(&en!("review-reviewer"))
            .type_text("D. Yusupova, bo‘lim boshlig‘i");
        harness.run_steps(2);
        harness
            .get_by_role_and_label(Role::ComboBox, &en!("review-ground"))
            .click();
        harness.run_steps(2);
        harness
            .get_by_label(&en!("review-reason-public-by-law"))
            .click();
        harness.run_steps(2);
        // The address is left out of this review.
        harness.get_by_label_contains("Manzil — ").click();
        harness.run_steps(2);
        assert!(!disabled(&harness, &en!("review-save")));
        harness.get_by_label(&en!("review-save")).click();
        settle(&mut harness);

        let meta = std::fs::read_to_string(root.join("ochiq-workspace.json")).unwrap_or_default();
        assert!(meta.contains("D. Yusupova"), "{meta}");
        assert!(meta.contains("public-by-law"), "{meta}");
        // The check ran again: only the address stops the publish now.
        assert!(shown_containing(&harness, "“Manzil”: home addresses"));
        assert!(!shown_containing(&harness, "“JShShIR”: JShShIR (PINFL)"));
        assert!(disabled(&harness, &en!("publish-send")));

        // A second review takes the address in too; then the dataset may be published.
        harness
            .get_by_label(&en!("publish-personal-review"))
            .click();
        settle(&mut harness);
        harness.get_by_label(&en!("review-save")).click();
        settle(&mut harness);
        assert!(!shown_containing(
            &harness,
            &en!("publish-personal-heading")
        ));
        assert!(!disabled(&harness, &en!("publish-send")));
        harness.get_by_label(&en!("publish-tab-history")).click();
        harness.run_steps(2);
        assert!(shown_containing(
            &harness,
            "D. Yusupova, bo‘lim boshlig‘i allowed"
        ));
    }
}
