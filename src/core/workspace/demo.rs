//! The bundled demo workspace: the organisation "Namuna vazirligi" with fourteen described
//! datasets, four loose files, its approved list and a past of checks and publishes, written
//! for Ochiq by `scripts/make_demo.py` (see `assets/demo/README.md` for what each file shows
//! and which defects are seeded on purpose). Everything is embedded in the binary; this module
//! only says what is there and turns the seeded history into history lines.

use std::path::Path;

use serde::Deserialize;

use crate::core::history::{HistoryDetail, HistoryEntry, HistoryKind, PublishError};

pub const DEMO_NAME: &str = "Ochiq demo";
pub const DEMO_ORGANISATION: &str = "Namuna vazirligi";

/// A file's name and its content, embedded in the binary.
pub type EmbeddedFile = (&'static str, &'static [u8]);

/// File name and content of each demo data file, embedded in the binary.
pub const DEMO_FILES: &[EmbeddedFile] = &[
    (
        "aholi_soni_viloyatlar.csv",
        include_bytes!("../../../assets/demo/aholi_soni_viloyatlar.csv"),
    ),
    (
        "sogliqni_saqlash_muassasalari.xlsx",
        include_bytes!("../../../assets/demo/sogliqni_saqlash_muassasalari.xlsx"),
    ),
    (
        "ish_orinlari_2025.tsv",
        include_bytes!("../../../assets/demo/ish_orinlari_2025.tsv"),
    ),
    (
        "portal_export_2-001-0042.json",
        include_bytes!("../../../assets/demo/portal_export_2-001-0042.json"),
    ),
];

/// Files at the demo workspace's top: the organisation's approved list.
pub const DEMO_ROOT_FILES: &[EmbeddedFile] = &[(
    "inventory.json",
    include_bytes!("../../../assets/demo/inventory.json"),
)];

/// The demo's holiday list for 2026: the two Hayit days as announced for that year, so the
/// calendar shows a deadline moved past a movable holiday.
pub fn demo_holidays() -> Vec<crate::core::calendar::ListedDay> {
    use crate::core::calendar::{DayKind, ListedDay};
    use crate::core::date::Date;
    [(3, 20, "Ramazon hayiti"), (5, 27, "Qurbon hayiti")]
        .into_iter()
        .filter_map(|(month, day, name)| {
            Some(ListedDay {
                date: Date::new(2026, month, day)?,
                kind: DayKind::Holiday,
                name: name.to_owned(),
            })
        })
        .collect()
}

/// The demo datasets: a folder name under `datasets/` and its files, `datapackage.json` first.
pub const DEMO_DATASETS: &[(&str, &[EmbeddedFile])] = &[
    (
        "1-104-0012",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0012/datapackage.json"),
            ),
            (
                "maktabgacha_talim_2026.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0012/maktabgacha_talim_2026.csv"
                ),
            ),
        ],
    ),
    (
        "1-104-0013",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0013/datapackage.json"),
            ),
            (
                "aholi_soni_2021_2025.csv",
                include_bytes!("../../../assets/demo/datasets/1-104-0013/aholi_soni_2021_2025.csv"),
            ),
        ],
    ),
    (
        "1-104-0014",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0014/datapackage.json"),
            ),
            (
                "tibbiyot_muassasalari_2026_h1.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0014/tibbiyot_muassasalari_2026_h1.csv"
                ),
            ),
        ],
    ),
    (
        "1-104-0015",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0015/datapackage.json"),
            ),
            (
                "yangi_ish_orinlari_2026_10.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0015/yangi_ish_orinlari_2026_10.csv"
                ),
            ),
        ],
    ),
    (
        "1-104-0016",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0016/datapackage.json"),
            ),
            (
                "murojaatlar_2026_10.csv",
                include_bytes!("../../../assets/demo/datasets/1-104-0016/murojaatlar_2026_10.csv"),
            ),
        ],
    ),
    (
        "1-104-0017",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0017/datapackage.json"),
            ),
            (
                "davlat_xaridlari_2026_q3.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0017/davlat_xaridlari_2026_q3.csv"
                ),
            ),
        ],
    ),
    (
        "1-104-0018",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0018/datapackage.json"),
            ),
            (
                "dori_narxlari_2026_w47.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0018/dori_narxlari_2026_w47.csv"
                ),
            ),
        ],
    ),
    (
        "1-104-0019",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0019/datapackage.json"),
            ),
            (
                "faoliyat_turlari.csv",
                include_bytes!("../../../assets/demo/datasets/1-104-0019/faoliyat_turlari.csv"),
            ),
            (
                "litsenziyalar_reyestri.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0019/litsenziyalar_reyestri.csv"
                ),
            ),
        ],
    ),
    (
        "1-104-0020",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0020/datapackage.json"),
            ),
            (
                "byudjet_ijrosi_2026_10.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0020/byudjet_ijrosi_2026_10.csv"
                ),
            ),
        ],
    ),
    (
        "1-104-0021",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0021/datapackage.json"),
            ),
            (
                "maktablar_2025_2026.csv",
                include_bytes!("../../../assets/demo/datasets/1-104-0021/maktablar_2025_2026.csv"),
            ),
        ],
    ),
    (
        "1-104-0022",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0022/datapackage.json"),
            ),
            (
                "yol_tamirlash_2026_q3.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0022/yol_tamirlash_2026_q3.csv"
                ),
            ),
        ],
    ),
    (
        "1-104-0023",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0023/datapackage.json"),
            ),
            (
                "havo_sifati_2026_10.csv",
                include_bytes!("../../../assets/demo/datasets/1-104-0023/havo_sifati_2026_10.csv"),
            ),
        ],
    ),
    (
        "1-104-0026",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0026/datapackage.json"),
            ),
            (
                "sanoat_hajmi_2024_2025.xlsx",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0026/sanoat_hajmi_2024_2025.xlsx"
                ),
            ),
        ],
    ),
    (
        "1-104-0027",
        &[
            (
                "datapackage.json",
                include_bytes!("../../../assets/demo/datasets/1-104-0027/datapackage.json"),
            ),
            (
                "nafaqa_oluvchilar_2026.csv",
                include_bytes!(
                    "../../../assets/demo/datasets/1-104-0027/nafaqa_oluvchilar_2026.csv"
                ),
            ),
        ],
    ),
];

/// What the seeded publishes left in the workspace's folder target (`published/`): one package
/// each (data, package, manifest), named by path inside the target folder.
pub const DEMO_PUBLISHED: &[EmbeddedFile] = &[
    (
        "1-104-0013_16acfe068690/1-104-0013.csv",
        include_bytes!("../../../assets/demo/published/1-104-0013_16acfe068690/1-104-0013.csv"),
    ),
    (
        "1-104-0013_16acfe068690/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0013_16acfe068690/datapackage.json"),
    ),
    (
        "1-104-0013_16acfe068690/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0013_16acfe068690/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0014_09d0c445a375/1-104-0014.csv",
        include_bytes!("../../../assets/demo/published/1-104-0014_09d0c445a375/1-104-0014.csv"),
    ),
    (
        "1-104-0014_09d0c445a375/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0014_09d0c445a375/datapackage.json"),
    ),
    (
        "1-104-0014_09d0c445a375/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0014_09d0c445a375/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0015_89bc4bbaafc9/1-104-0015.csv",
        include_bytes!("../../../assets/demo/published/1-104-0015_89bc4bbaafc9/1-104-0015.csv"),
    ),
    (
        "1-104-0015_89bc4bbaafc9/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0015_89bc4bbaafc9/datapackage.json"),
    ),
    (
        "1-104-0015_89bc4bbaafc9/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0015_89bc4bbaafc9/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0015_90f5b05f883f/1-104-0015.csv",
        include_bytes!("../../../assets/demo/published/1-104-0015_90f5b05f883f/1-104-0015.csv"),
    ),
    (
        "1-104-0015_90f5b05f883f/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0015_90f5b05f883f/datapackage.json"),
    ),
    (
        "1-104-0015_90f5b05f883f/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0015_90f5b05f883f/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0015_dd7b83dced32/1-104-0015.csv",
        include_bytes!("../../../assets/demo/published/1-104-0015_dd7b83dced32/1-104-0015.csv"),
    ),
    (
        "1-104-0015_dd7b83dced32/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0015_dd7b83dced32/datapackage.json"),
    ),
    (
        "1-104-0015_dd7b83dced32/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0015_dd7b83dced32/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0015_fc7c9f1f9771/1-104-0015.csv",
        include_bytes!("../../../assets/demo/published/1-104-0015_fc7c9f1f9771/1-104-0015.csv"),
    ),
    (
        "1-104-0015_fc7c9f1f9771/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0015_fc7c9f1f9771/datapackage.json"),
    ),
    (
        "1-104-0015_fc7c9f1f9771/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0015_fc7c9f1f9771/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0018_840cdeec8251/1-104-0018.csv",
        include_bytes!("../../../assets/demo/published/1-104-0018_840cdeec8251/1-104-0018.csv"),
    ),
    (
        "1-104-0018_840cdeec8251/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0018_840cdeec8251/datapackage.json"),
    ),
    (
        "1-104-0018_840cdeec8251/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0018_840cdeec8251/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0018_85ef0ac4846b/1-104-0018.csv",
        include_bytes!("../../../assets/demo/published/1-104-0018_85ef0ac4846b/1-104-0018.csv"),
    ),
    (
        "1-104-0018_85ef0ac4846b/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0018_85ef0ac4846b/datapackage.json"),
    ),
    (
        "1-104-0018_85ef0ac4846b/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0018_85ef0ac4846b/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0018_bbe70c9f658c/1-104-0018.csv",
        include_bytes!("../../../assets/demo/published/1-104-0018_bbe70c9f658c/1-104-0018.csv"),
    ),
    (
        "1-104-0018_bbe70c9f658c/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0018_bbe70c9f658c/datapackage.json"),
    ),
    (
        "1-104-0018_bbe70c9f658c/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0018_bbe70c9f658c/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0019_58224f5e7edf/1-104-0019.csv",
        include_bytes!("../../../assets/demo/published/1-104-0019_58224f5e7edf/1-104-0019.csv"),
    ),
    (
        "1-104-0019_58224f5e7edf/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0019_58224f5e7edf/datapackage.json"),
    ),
    (
        "1-104-0019_58224f5e7edf/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0019_58224f5e7edf/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0020_5e2be3ceb14d/1-104-0020.csv",
        include_bytes!("../../../assets/demo/published/1-104-0020_5e2be3ceb14d/1-104-0020.csv"),
    ),
    (
        "1-104-0020_5e2be3ceb14d/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0020_5e2be3ceb14d/datapackage.json"),
    ),
    (
        "1-104-0020_5e2be3ceb14d/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0020_5e2be3ceb14d/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0021_acc36273bc23/1-104-0021.csv",
        include_bytes!("../../../assets/demo/published/1-104-0021_acc36273bc23/1-104-0021.csv"),
    ),
    (
        "1-104-0021_acc36273bc23/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0021_acc36273bc23/datapackage.json"),
    ),
    (
        "1-104-0021_acc36273bc23/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0021_acc36273bc23/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0022_ba11e359bbdc/1-104-0022.csv",
        include_bytes!("../../../assets/demo/published/1-104-0022_ba11e359bbdc/1-104-0022.csv"),
    ),
    (
        "1-104-0022_ba11e359bbdc/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0022_ba11e359bbdc/datapackage.json"),
    ),
    (
        "1-104-0022_ba11e359bbdc/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0022_ba11e359bbdc/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0023_9fe1c7645507/1-104-0023.csv",
        include_bytes!("../../../assets/demo/published/1-104-0023_9fe1c7645507/1-104-0023.csv"),
    ),
    (
        "1-104-0023_9fe1c7645507/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0023_9fe1c7645507/datapackage.json"),
    ),
    (
        "1-104-0023_9fe1c7645507/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0023_9fe1c7645507/ochiq-manifest.json"
        ),
    ),
    (
        "1-104-0023_d29d8ef6a3e0/1-104-0023.csv",
        include_bytes!("../../../assets/demo/published/1-104-0023_d29d8ef6a3e0/1-104-0023.csv"),
    ),
    (
        "1-104-0023_d29d8ef6a3e0/datapackage.json",
        include_bytes!("../../../assets/demo/published/1-104-0023_d29d8ef6a3e0/datapackage.json"),
    ),
    (
        "1-104-0023_d29d8ef6a3e0/ochiq-manifest.json",
        include_bytes!(
            "../../../assets/demo/published/1-104-0023_d29d8ef6a3e0/ochiq-manifest.json"
        ),
    ),
];

/// The dataset that passes every check, for a publish that goes through.
pub const DEMO_CLEAN_DATASET: &str = "1-104-0018";

/// The demo's past: checks and publishes of 2026, one line each (`assets/demo/history.json`).
const DEMO_HISTORY: &[u8] = include_bytes!("../../../assets/demo/history.json");

/// Stands for the workspace's folder in a seeded line's detail (a published package's path).
const WORKSPACE_PLACEHOLDER: &str = "{workspace}";

/// One line of `history.json`, as the history stores it.
#[derive(Debug, Deserialize)]
struct SeedLine {
    at: i64,
    kind: String,
    dataset: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    sha256: String,
    #[serde(default)]
    target: String,
    ok: bool,
    /// A [`HistoryDetail`] as JSON (absent or `null`: none).
    #[serde(default)]
    detail: Option<HistoryDetail>,
}

/// `detail` with every path in it moved into the workspace at `folder`.
fn in_workspace(detail: HistoryDetail, folder: &str) -> HistoryDetail {
    let fill = |path: String| path.replace(WORKSPACE_PLACEHOLDER, folder);
    match detail {
        HistoryDetail::FolderWritten {
            path,
            bytes,
            sha256,
        } => HistoryDetail::FolderWritten {
            path: fill(path),
            bytes,
            sha256,
        },
        HistoryDetail::Path(path) => HistoryDetail::Path(fill(path)),
        HistoryDetail::Failed(PublishError::File { path, detail }) => {
            HistoryDetail::Failed(PublishError::File {
                path: fill(path),
                detail,
            })
        }
        other => other,
    }
}

/// The demo's seeded history for the workspace at `root`, oldest first; paths in the details
/// point into `root`. A line of an unknown kind is left out.
pub fn demo_history(root: &Path) -> Vec<HistoryEntry> {
    let lines: Vec<SeedLine> = serde_json::from_slice(DEMO_HISTORY).unwrap_or_default();
    let folder = root.display().to_string();
    lines
        .into_iter()
        .filter_map(|line| {
            let kind = HistoryKind::ALL
                .into_iter()
                .find(|k| k.code() == line.kind)?;
            Some(HistoryEntry {
                at: line.at,
                period: line.period,
                sha256: line.sha256,
                target: line.target,
                detail: line
                    .detail
                    .map(|d| in_workspace(d, &folder).stored())
                    .unwrap_or_default(),
                ..HistoryEntry::new(kind, &line.dataset, line.ok, "")
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file the generator writes is embedded, and nothing else.
    #[test]
    fn every_generated_demo_file_is_embedded() {
        let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo");
        let list = |dir: &Path| -> Vec<String> {
            let mut names: Vec<String> = std::fs::read_dir(dir)
                .unwrap_or_else(|e| panic!("{e}"))
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        };
        let folders: Vec<&str> = DEMO_DATASETS.iter().map(|(f, _)| *f).collect();
        assert_eq!(list(&assets.join("datasets")), folders);
        for (folder, files) in DEMO_DATASETS {
            let mut embedded: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
            embedded.sort_unstable();
            assert_eq!(list(&assets.join("datasets").join(folder)), embedded);
            for (name, bytes) in *files {
                let on_disk = std::fs::read(assets.join("datasets").join(folder).join(name))
                    .unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(on_disk, *bytes, "{folder}/{name}");
            }
        }
        let published = assets.join("published");
        let mut on_disk: Vec<String> = Vec::new();
        for package in list(&published) {
            on_disk.extend(
                list(&published.join(&package))
                    .into_iter()
                    .map(|f| format!("{package}/{f}")),
            );
        }
        let embedded: Vec<&str> = DEMO_PUBLISHED.iter().map(|(n, _)| *n).collect();
        assert_eq!(on_disk, embedded);
        for (name, bytes) in DEMO_PUBLISHED {
            let file = std::fs::read(published.join(name)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(file, *bytes, "{name}");
        }
        let total: usize = DEMO_DATASETS
            .iter()
            .flat_map(|(_, files)| files.iter())
            .chain(DEMO_FILES)
            .chain(DEMO_ROOT_FILES)
            .chain(DEMO_PUBLISHED)
            .map(|(_, bytes)| bytes.len())
            .sum::<usize>()
            + DEMO_HISTORY.len();
        assert!(total < 1024 * 1024, "the embedded demo is {total} bytes");
    }

    #[test]
    fn the_seeded_history_reads_whole_with_paths_in_the_workspace() {
        let root = Path::new("/srv/demo");
        let lines = demo_history(root);
        let raw: Vec<serde_json::Value> =
            serde_json::from_slice(DEMO_HISTORY).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(lines.len(), raw.len(), "every line has a known kind");
        assert!(lines.windows(2).all(|w| w[0].at <= w[1].at));
        let kinds = |k: HistoryKind| lines.iter().filter(|e| e.kind == k).count();
        assert!(kinds(HistoryKind::Confirmed) >= 10);
        assert_eq!(kinds(HistoryKind::Failed), 1);
        assert_eq!(kinds(HistoryKind::MarkedDone), 1);
        assert!(
            lines
                .iter()
                .all(|e| !e.detail.contains(WORKSPACE_PLACEHOLDER))
        );
        assert!(
            lines
                .iter()
                .filter(|e| e.kind == HistoryKind::Confirmed)
                .all(
                    |e| matches!(e.parsed_detail(), HistoryDetail::FolderWritten { path, .. }
                    if path.starts_with("/srv/demo/published/") && e.target == "folder")
                )
        );
        // Every line's detail is data, none old free text.
        assert!(
            lines.iter().all(
                |e| e.detail.is_empty() || !matches!(e.parsed_detail(), HistoryDetail::Text(_))
            )
        );
        // The past is 2026's, before 24 November.
        let (first, last) = (1_767_207_600, 1_795_460_400);
        assert!(lines.iter().all(|e| (first..last).contains(&e.at)));
    }
}
