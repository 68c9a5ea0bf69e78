//! The bundled demo workspace: realistic ministry tables written for Ochiq (see
//! `assets/demo/README.md` for what each file shows and which defects are seeded on purpose).

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

/// The demo datasets: a folder name under `datasets/` and its files.
pub const DEMO_DATASETS: &[(&str, &[EmbeddedFile])] = &[(
    "1-104-0012",
    &[
        (
            "datapackage.json",
            include_bytes!("../../../assets/demo/datasets/1-104-0012/datapackage.json"),
        ),
        (
            "maktabgacha_talim_2026.csv",
            include_bytes!("../../../assets/demo/datasets/1-104-0012/maktabgacha_talim_2026.csv"),
        ),
    ],
)];
