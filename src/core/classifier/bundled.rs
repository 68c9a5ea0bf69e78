//! The classifiers shipped inside the binary, so validation and name matching work offline
//! from the first start: SOATO (the territorial codes of Uzbekistan) and the portal's topic
//! spheres. Their data lives in `assets/classifiers/*.tsv` (built by
//! `scripts/build_classifiers.py`; provenance in `assets/classifiers/README.md`) and is parsed
//! once, on first use, through the same path as a user's import. Their descriptions (names,
//! levels, version, attribution) live here. This module must not touch the disk or the
//! network: newer editions come in through [`import`](super::import) and [`store`](super::store).
//!
//! The bundled file format: UTF-8, one header line, tab-separated, no quoting:
//! `code  level  parent  is_group  uz-Latn  uz-Cyrl  ru  en`, where `level` is a level id,
//! `parent` is empty for a root, and `is_group` is `0` or `1`.

use std::sync::{Arc, LazyLock};

use crate::core::classifier::import::{ImportSpec, LangColumns, import_table};
use crate::core::classifier::{Classifier, ClassifierError, ClassifierInfo, Level};
use crate::core::lang::LangText;
use crate::core::table::{Chunk, Table};

/// Id of the SOATO classifier (MHOBT in Uzbek).
pub const SOATO_ID: &str = "soato";
/// Id of the data.egov.uz topic spheres.
pub const SPHERES_ID: &str = "egov-spheres";
/// The code statistical tables use for "Republic total". SOATO itself gives the country the
/// code `17`; every SOATO classifier (bundled or imported) resolves `1700` as an alias of
/// `17`, so `contains("1700")` holds and `canonical("1700")` is `"17"`.
pub const SOATO_REPUBLIC_TOTAL: &str = "1700";

const SOATO_VERSION: &str = "2021-04";
const SPHERES_VERSION: &str = "2021-04";

const SOATO_TSV: &str = include_str!("../../../assets/classifiers/soato.tsv");
const SPHERES_TSV: &str = include_str!("../../../assets/classifiers/spheres.tsv");

const SOATO_SOURCE: &str = "SOATO (MHOBT), the administrative-territorial classifier of \
Uzbekistan, edition of April 2021, derived from the stat.uz SOATO workbook as published in the \
MIT-licensed repository dcopm999/uzsoato_registry (copyright (c) 2021 Pavel Tanchev), with the \
district 1710240 (Koʻkdala) and English district names added from the Ministry of Health's 2025 \
terminology (vadi2/DHP-temp); 147 Russian names with a Latin \"p\" for Cyrillic \"р\" corrected. \
Built by scripts/build_classifiers.py, which also trims names, writes Uzbek Latin apostrophes as the letters ʻ and ʼ, replaces \
lookalike letters and fills the Cyrillic name of Koʻkdala.";

const SPHERES_SOURCE: &str = "The topic spheres of the Open Data Portal data.egov.uz \
(GET /apiClient/Main/GetSphereList), as served by the portal; the portal declares CC BY-SA 4.0 \
for its content. Ids created in April 2021. The Cyrillic \"AKT\" written in Latin letters was \
corrected to Cyrillic.";

/// Aliases every classifier with this id gets, also after a newer edition is imported.
pub(crate) fn known_aliases(id: &str) -> &'static [(&'static str, &'static str)] {
    match id {
        SOATO_ID => &[(SOATO_REPUBLIC_TOTAL, "17")],
        _ => &[],
    }
}

/// Adds the [`known_aliases`] whose target exists and whose alias is still free.
pub(crate) fn with_known_aliases(classifier: Classifier) -> Result<Classifier, ClassifierError> {
    let aliases: Vec<_> = known_aliases(classifier.id())
        .iter()
        .filter(|(alias, target)| classifier.contains(target) && !classifier.contains(alias))
        .copied()
        .collect();
    classifier.with_aliases(aliases)
}

/// The SOATO levels, also offered when a newer SOATO edition is imported.
pub fn soato_levels() -> Vec<Level> {
    vec![
        Level::new(
            "country",
            LangText::new("Mamlakat", "Мамлакат", "Страна", "Country"),
        ),
        Level::new(
            "region",
            LangText::new("Viloyat", "Вилоят", "Область", "Region"),
        ),
        Level::new(
            "district",
            LangText::new(
                "Tuman (shahar)",
                "Туман (шаҳар)",
                "Район (город)",
                "District (city)",
            ),
        ),
        Level::new(
            "settlement",
            LangText::new(
                "Aholi punkti",
                "Аҳоли пункти",
                "Населённый пункт",
                "Settlement",
            ),
        ),
    ]
}

pub fn soato_info(version: &str) -> ClassifierInfo {
    ClassifierInfo {
        id: SOATO_ID.to_owned(),
        name: LangText::new(
            "MHOBT (maʼmuriy-hududiy birliklar)",
            "МҲОБТ (маъмурий-ҳудудий бирликлар)",
            "СОАТО (административно-территориальные единицы)",
            "SOATO (administrative-territorial units)",
        ),
        version: version.to_owned(),
        source: SOATO_SOURCE.to_owned(),
    }
}

fn spheres_info() -> ClassifierInfo {
    ClassifierInfo {
        id: SPHERES_ID.to_owned(),
        name: LangText::new(
            "Portal sohalari",
            "Портал соҳалари",
            "Сферы портала",
            "Portal spheres",
        ),
        version: SPHERES_VERSION.to_owned(),
        source: SPHERES_SOURCE.to_owned(),
    }
}

fn spheres_levels() -> Vec<Level> {
    vec![Level::new(
        "sphere",
        LangText::new("Soha", "Соҳа", "Сфера", "Sphere"),
    )]
}

struct Bundled {
    classifiers: Vec<Arc<Classifier>>,
    problems: Vec<(&'static str, String)>,
}

static BUNDLED: LazyLock<Bundled> = LazyLock::new(|| {
    let mut bundled = Bundled {
        classifiers: Vec::new(),
        problems: Vec::new(),
    };
    let sources = [
        (
            SOATO_ID,
            soato_info(SOATO_VERSION),
            soato_levels(),
            SOATO_TSV,
        ),
        (SPHERES_ID, spheres_info(), spheres_levels(), SPHERES_TSV),
    ];
    for (id, info, levels, tsv) in sources {
        match parse_tsv(info, levels, tsv).and_then(with_known_aliases) {
            Ok(c) => bundled.classifiers.push(Arc::new(c)),
            Err(e) => bundled.problems.push((id, e.to_string())),
        }
    }
    bundled
});

/// The bundled classifiers (parsed on the first call).
pub fn bundled() -> &'static [Arc<Classifier>] {
    &BUNDLED.classifiers
}

/// Bundled files that failed to parse (a build mistake; a test keeps this empty).
pub(crate) fn bundled_problems() -> impl Iterator<Item = ClassifierError> {
    BUNDLED
        .problems
        .iter()
        .map(|(id, detail)| ClassifierError::Bundled {
            id: (*id).to_owned(),
            detail: detail.clone(),
        })
}

fn find(id: &str) -> Option<&'static Arc<Classifier>> {
    bundled().iter().find(|c| c.id() == id)
}

/// The bundled SOATO.
pub fn soato() -> Option<&'static Arc<Classifier>> {
    find(SOATO_ID)
}

/// The bundled portal spheres.
pub fn spheres() -> Option<&'static Arc<Classifier>> {
    find(SPHERES_ID)
}

/// The import that reads the bundled TSV layout.
fn tsv_spec(info: ClassifierInfo, levels: Vec<Level>) -> ImportSpec {
    ImportSpec {
        info,
        code_column: 0,
        level_column: Some(1),
        parent_column: Some(2),
        group_column: Some(3),
        names: LangColumns {
            uz_latn: Some(4),
            uz_cyrl: Some(5),
            ru: Some(6),
            en: Some(7),
        },
        levels,
    }
}

/// Parses a classifier in the bundled TSV layout.
pub fn parse_tsv(
    info: ClassifierInfo,
    levels: Vec<Level>,
    tsv: &str,
) -> Result<Classifier, ClassifierError> {
    let mut lines = tsv.lines();
    let header = lines
        .next()
        .map(|h| h.split('\t').map(str::to_owned).collect())
        .unwrap_or_default();
    let mut table = Table::new(header);
    let mut chunk = Chunk::with_capacity(tsv.len() / 80);
    for line in lines.filter(|l| !l.is_empty()) {
        chunk.push_row(line.split('\t'));
    }
    table.append(chunk);
    import_table(&table, &tsv_spec(info, levels))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn soato() -> &'static Classifier {
        match super::soato() {
            Some(c) => c,
            None => panic!("SOATO failed to load: {:?}", BUNDLED.problems),
        }
    }

    #[test]
    fn bundled_files_parse_without_problems() {
        assert!(BUNDLED.problems.is_empty(), "{:?}", BUNDLED.problems);
        let ids: Vec<_> = bundled().iter().map(|c| c.id()).collect();
        assert_eq!(ids, [SOATO_ID, SPHERES_ID]);
        assert_eq!(bundled_problems().count(), 0);
    }

    #[test]
    fn soato_has_every_unit_and_the_total_alias() {
        let c = soato();
        assert_eq!(c.len(), 3_298);
        assert_eq!(c.version(), "2021-04");
        assert!(c.source().contains("dcopm999/uzsoato_registry"));
        assert!(c.source().contains("Pavel Tanchev"));
        let levels: Vec<_> = c.levels().iter().map(|l| l.id.as_str()).collect();
        assert_eq!(levels, ["country", "region", "district", "settlement"]);
        assert_eq!(c.entries_at_level("country").len(), 1);
        assert_eq!(c.entries_at_level("region").len(), 14);
        assert_eq!(c.entries_at_level("district").len(), 233);
        assert_eq!(c.entries_at_level("settlement").len(), 3_050);
        // 1700, "Republic total" in statistical tables, is the country.
        assert!(c.contains(SOATO_REPUBLIC_TOTAL));
        assert_eq!(c.canonical("1700"), Some("17"));
        assert!(c.contains_at_level("1700", "country"));
        assert!(c.is_within("1703", "1700"));
        assert_eq!(c.aliases().len(), 1);
        let roots: Vec<_> = c.roots().map(|e| e.code.as_str()).collect();
        assert_eq!(roots, ["17"]);
    }

    #[test]
    fn soato_hierarchy() {
        let c = soato();
        assert!(c.is_within("1703202", "1703"));
        assert!(!c.is_within("1703202", "1706"));
        assert!(c.is_within("1703202552", "1703"));
        assert!(c.is_within("1703202552", "17"));
        assert!(!c.is_within("1703", "1703202"));
        assert!(c.contains_at_level("1703202", "district"));
        assert!(!c.contains_at_level("1703202", "region"));
        assert!(c.contains_at_level("1726", "region"));
        assert_eq!(c.parent("1703202").map(|e| e.code.as_str()), Some("1703"));
        let up: Vec<_> = c.ancestors("1703202552").map(|e| e.code.as_str()).collect();
        assert_eq!(up, ["1703202", "1703", "17"]);
        let regions: Vec<_> = c.children("17").map(|e| e.code.as_str()).collect();
        assert_eq!(regions.len(), 14);
        assert_eq!(regions.first(), Some(&"1703"));
        assert_eq!(regions.last(), Some(&"1735"));
        // Every code starts with its parent's code.
        assert!(c.entries().iter().all(|e| {
            e.parent
                .as_ref()
                .is_none_or(|p| e.code.starts_with(p.as_str()))
        }));
        // Leading zeros and exact strings: no numeric look-alikes.
        assert!(!c.contains("01703") && !c.contains("1703.0") && !c.contains(" 1703"));
    }

    #[test]
    fn soato_group_nodes_are_marked() {
        let c = soato();
        let group = c.get("1703200").map(|e| e.is_group);
        assert_eq!(group, Some(true));
        assert_eq!(c.get("1703202").map(|e| e.is_group), Some(false));
        assert_eq!(c.get("1703202550").map(|e| e.is_group), Some(true));
        assert_eq!(c.entries().iter().filter(|e| e.is_group).count(), 446);
    }

    #[test]
    fn soato_names_are_in_four_languages_and_cleaned() {
        let c = soato();
        let Some(andijan) = c.get("1703") else {
            panic!("1703")
        };
        assert_eq!(
            andijan.name,
            LangText::new(
                "Andijon viloyati",
                "Андижон вилояти",
                "Андижанская область",
                "Andijan region"
            )
        );
        let kokdala = c.get("1710240").map(|e| e.name.clone()).unwrap_or_default();
        assert_eq!(kokdala.uz_latn, "Koʻkdala tumani");
        assert_eq!(kokdala.uz_cyrl, "Кўкдала тумани");
        assert_eq!(
            c.get("1735228806").map(|e| e.name.uz_latn.as_str()),
            Some("Keneges")
        );
        assert!(
            c.entries()
                .iter()
                .all(|e| e.name.uz_latn == e.name.uz_latn.trim() && !e.name.uz_latn.is_empty())
        );
    }

    #[test]
    fn spheres_are_the_portals_nineteen() {
        let Some(c) = spheres() else {
            panic!("spheres failed to load: {:?}", BUNDLED.problems)
        };
        assert_eq!(c.len(), 19);
        assert_eq!(c.entries_at_level("sphere").len(), 19);
        let territory = c.get("6076e30d7b6428eee08802aa").map(|e| e.name.clone());
        assert_eq!(
            territory,
            Some(LangText::new("Hudud", "Ҳудуд", "Территория", "Territory"))
        );
        assert_eq!(
            c.get("607ff4557b6428eee08802c1")
                .map(|e| e.name.uz_cyrl.as_str()),
            Some("АКТ")
        );
        assert!(c.entries().iter().all(|e| e.name.missing().is_empty()));
    }

    #[test]
    fn a_broken_tsv_reports_the_row() {
        let tsv = "code\tlevel\tparent\tis_group\tuz-Latn\tuz-Cyrl\tru\ten\n\
                   1\tsphere\t\t0\tA\t\t\t\n\
                   1\tsphere\t\t0\tB\t\t\t\n";
        let result = parse_tsv(spheres_info(), spheres_levels(), tsv);
        assert!(matches!(
            result,
            Err(ClassifierError::DuplicateCode {
                row: 1,
                first: 0,
                ..
            })
        ));
    }
}
