//! The trainer's demo workspace: what it holds is checked with the real validator, the fix
//! suggestions, the approved list and the command line, so the demo keeps showing what it is
//! meant to show when the validator or the data change.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use ochiq::core::calendar::Inventory;
use ochiq::core::classifier::{Classifier, Registry};
use ochiq::core::ingest;
use ochiq::core::progress::NoProgress;
use ochiq::core::recipe::suggest::{FixKind, suggest};
use ochiq::core::schema::Binding;
use ochiq::core::validate::package::open_options;
use ochiq::core::validate::{Code, DEFAULT_LIMIT, Report};
use ochiq::core::workflow::check::validate_package;
use ochiq::core::workspace::{DEMO_CLEAN_DATASET, DatasetEntry, Workspace};

use crate::cli::ochiq;

fn demo(dir: &Path) -> (Workspace, Vec<DatasetEntry>) {
    let ws = Workspace::open_demo(&dir.join("demo")).unwrap_or_else(|e| panic!("{e}"));
    let datasets = ws.datasets().unwrap_or_else(|e| panic!("{e}"));
    (ws, datasets)
}

fn folder(entry: &DatasetEntry) -> String {
    entry
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn resolver(registry: &Registry) -> impl Fn(&Binding) -> Option<Arc<Classifier>> + '_ {
    |b| {
        registry
            .get(&b.classifier, b.version.as_deref())
            .or_else(|| registry.latest(&b.classifier))
            .cloned()
    }
}

#[test]
fn the_demo_seeds_every_kind_of_problem_and_one_dataset_is_clean() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (ws, datasets) = demo(dir.path());
    assert_eq!(
        datasets.len(),
        14,
        "a dozen datasets, a statistics workbook and a register of people"
    );
    let registry = Registry::load(ws.root()).unwrap_or_else(|e| panic!("{e}"));
    let mut found: BTreeMap<Code, u64> = BTreeMap::new();
    let mut reports: BTreeMap<String, Report> = BTreeMap::new();
    for entry in &datasets {
        let report = validate_package(&entry.package_path(), &registry, DEFAULT_LIMIT, &NoProgress)
            .unwrap_or_else(|e| panic!("{}: {e}", folder(entry)));
        for (code, n) in &report.counts {
            *found.entry(*code).or_default() += n;
        }
        reports.insert(folder(entry), report);
    }
    // How a file is read (bytes that are not text, a sheet without rows, labels merged
    // over rows) is shown on the loose files and workbooks, not on the described datasets.
    let about_reading = [Code::EncodingError, Code::NoDataRows, Code::MergedCells];
    // Found before publishing, against the published version (the CLI tests show it on the
    // demo's population table), and a total given twice (the validator's tests).
    let about_publishing = [Code::ValueJump, Code::TotalRepeated];
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| {
            !found.contains_key(c) && !about_reading.contains(c) && !about_publishing.contains(c)
        })
        .map(|c| c.as_str())
        .collect();
    assert!(missing.is_empty(), "never found: {missing:?} in {found:?}");
    let clean = &reports[DEMO_CLEAN_DATASET];
    assert!(
        clean.counts.is_empty(),
        "the clean dataset has findings: {:?}",
        clean.findings
    );
    assert!(clean.rows > 0);
    // Every other dataset has something to fix.
    assert!(
        reports
            .iter()
            .filter(|(name, _)| name.as_str() != DEMO_CLEAN_DATASET)
            .all(|(_, r)| !r.counts.is_empty())
    );
}

#[test]
fn the_demo_register_of_people_shows_the_personal_data_guard_and_its_fixes() {
    use ochiq::core::recipe::suggest::{personal_columns, personal_suggestions};
    use ochiq::core::recipe::{self, Step};
    use ochiq::core::validate::personal::scan_table;

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (ws, datasets) = demo(dir.path());
    let registry = Registry::load(ws.root()).unwrap_or_else(|e| panic!("{e}"));
    let entry = datasets
        .iter()
        .find(|d| folder(d) == "1-104-0027")
        .unwrap_or_else(|| panic!("no register of people in the demo"));
    let report = validate_package(&entry.package_path(), &registry, DEFAULT_LIMIT, &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    let found = personal_columns(&report);
    let fields: Vec<&str> = found.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(
        fields,
        ["F.I.Sh.", "JShShIR", "Pasport", "Tugʻilgan sana", "Manzil"]
    );
    assert!(!report.is_valid());
    // The only errors are the personal data: the register is otherwise clean.
    assert_eq!(report.errors(), 5, "{:?}", report.counts);

    let package = entry.package.as_ref().unwrap_or_else(|e| panic!("{e}"));
    let resource = &package.resources[0];
    let path = entry.dir.join(&resource.path);
    let (_, table) = ingest::read_table(&path, &open_options(resource), &NoProgress)
        .unwrap_or_else(|e| panic!("{e}"));
    let offered = personal_suggestions(&table, &resource.schema, &report);
    assert!(offered.iter().any(|s| s.kind == FixKind::AggregatePersonal));
    // Masking every column found: the guard is quiet on the masked table.
    let masks: Vec<Step> = fields
        .iter()
        .map(|f| Step::Mask {
            field: (*f).to_owned(),
        })
        .collect();
    let masked = recipe::apply(&table, &resource.schema, &masks, &NoProgress)
        .unwrap_or_else(|_| panic!("cancelled"));
    assert!(scan_table(&masked.table).is_empty());
    // Counting the recipients by benefit: no personal column is left.
    let aggregate = offered
        .iter()
        .find(|s| s.kind == FixKind::AggregatePersonal)
        .and_then(|s| s.step.clone())
        .unwrap_or_else(|| panic!("no aggregate"));
    let counted = recipe::apply(&table, &resource.schema, &[aggregate], &NoProgress)
        .unwrap_or_else(|_| panic!("cancelled"));
    assert!(scan_table(&counted.table).is_empty());
    assert!(counted.table.rows() < table.rows());
}

#[test]
fn the_demo_offers_every_kind_of_fix() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (ws, datasets) = demo(dir.path());
    let registry = Registry::load(ws.root()).unwrap_or_else(|e| panic!("{e}"));
    let resolve = resolver(&registry);
    let mut kinds = BTreeSet::new();
    for entry in &datasets {
        let package = entry.package.as_ref().unwrap_or_else(|e| panic!("{e}"));
        let resource = &package.resources[0];
        let path = entry.dir.join(&resource.path);
        let (_, table) = ingest::read_table(&path, &open_options(resource), &NoProgress)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let suggestions = suggest(&table, &resource.schema, &resolve, &NoProgress)
            .unwrap_or_else(|_| panic!("cancelled"));
        kinds.extend(suggestions.iter().map(|s| s.kind));
    }
    let all = [
        FixKind::RemoveRows,
        FixKind::Trim,
        FixKind::Numbers,
        FixKind::Dates,
        FixKind::Codes,
        FixKind::Transliterate,
        // The population table has its years across the columns.
        FixKind::Unpivot,
    ];
    assert_eq!(kinds, BTreeSet::from(all));
}

#[test]
fn every_demo_dataset_is_on_the_approved_list_with_its_periodicity() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (ws, datasets) = demo(dir.path());
    let inventory = Inventory::load(ws.root()).unwrap_or_else(|e| panic!("{e}"));
    for entry in &datasets {
        let name = folder(entry);
        let package = entry.package.as_ref().unwrap_or_else(|e| panic!("{e}"));
        let item = inventory
            .items
            .iter()
            .find(|i| i.dataset == name)
            .unwrap_or_else(|| panic!("{name} is not on the list"));
        assert_eq!(item.code, package.passport.code);
        assert_eq!(item.periodicity, package.passport.periodicity, "{name}");
    }
    let periodicities: BTreeSet<_> = datasets
        .iter()
        .filter_map(|d| d.package.as_ref().ok())
        .map(|p| format!("{:?}", p.passport.periodicity))
        .collect();
    assert!(periodicities.len() >= 6, "{periodicities:?}");
    assert!(
        inventory
            .items
            .iter()
            .filter(|i| i.dataset.is_empty())
            .count()
            >= 2,
        "items without a workspace dataset"
    );
}

#[test]
fn a_trainer_publishes_the_clean_dataset_to_the_folder_target_and_its_week_is_done() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let calendar = |home: &Path| {
        let args = [
            "calendar",
            "--demo",
            "--today",
            "2026-11-24",
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-31",
            "--json",
        ];
        let (code, out, err) = ochiq(&args, home);
        let v: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}"));
        (code, v)
    };
    let week = |v: &serde_json::Value| {
        v["deadlines"]
            .as_array()
            .and_then(|l| {
                l.iter()
                    .find(|d| d["dataset"] == DEMO_CLEAN_DATASET && d["period"] == "2026-W47")
            })
            .map(|d| d["status"].clone())
            .unwrap_or_else(|| panic!("no week 47 in {v:#}"))
    };
    // Some deadlines are overdue, some due soon, some done by the seeded history.
    let (code, v) = calendar(home.path());
    assert_eq!(code, 1);
    let statuses: BTreeSet<String> = v["deadlines"]
        .as_array()
        .map(|l| {
            l.iter()
                .filter_map(|d| d["status"]["status"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    for status in ["overdue", "due-soon", "done"] {
        assert!(statuses.contains(status), "{status} in {statuses:?}");
    }
    assert_eq!(week(&v)["status"], "due-soon");

    let ws = home.path().join("demo");
    let w = ws.to_str().unwrap_or_default();
    let (code, out, err) = ochiq(
        &[
            "validate",
            &format!("{w}/datasets/{DEMO_CLEAN_DATASET}/datapackage.json"),
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    // The last publish (week 46) is in the sandbox folder: this week's prices differ from it.
    let (code, out, err) = ochiq(
        &[
            "compare",
            DEMO_CLEAN_DATASET,
            "--target",
            "folder",
            "--workspace",
            w,
        ],
        home.path(),
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("2026-11-16"), "{out}");
    let (code, out, err) = ochiq(
        &[
            "push",
            DEMO_CLEAN_DATASET,
            "--period",
            "2026-W47",
            "--workspace",
            w,
        ],
        home.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("confirmed"), "{out}");
    // The sandbox folder holds the new package beside the three earlier weeks'.
    let weeks = std::fs::read_dir(ws.join("published"))
        .map(|d| {
            d.flatten()
                .filter(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(DEMO_CLEAN_DATASET)
                })
                .count()
        })
        .unwrap_or(0);
    assert_eq!(weeks, 4);
    let (_, v) = calendar(home.path());
    assert_eq!(week(&v)["status"], "done");
    assert_eq!(week(&v)["by"], "published");
    // The history shows the seeded past and the new publish.
    let (code, out, _) = ochiq(
        &["history", "--workspace", w, "--limit", "500"],
        home.path(),
    );
    assert_eq!(code, 0);
    assert!(out.contains("\tfailed\t1-104-0014\t2026-H1\t"), "{out}");
    assert!(
        out.contains("\tmarked done by hand\t1-104-0016\t2026-08\t"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "\tconfirmed\t{DEMO_CLEAN_DATASET}\t2026-W47\tfolder\t✓\t"
        )),
        "{out}"
    );
    // The seeded details are phrased, not shown as stored.
    assert!(out.contains("116 rows, 0 errors"), "{out}");
    assert!(
        out.contains("Cannot read ") && out.contains("Permission denied"),
        "{out}"
    );
    assert!(!out.contains("{\""), "{out}");
}
