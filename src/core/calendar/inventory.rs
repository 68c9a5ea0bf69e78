//! The organisation's approved list of datasets: what it must publish, how often, who is
//! responsible, and which workspace dataset holds the schema. Kept in `inventory.json` in the
//! workspace, written atomically. Filled from the ministry's Excel list, from the portal's
//! catalogue, from the workspace's datasets, or by hand.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::core::date::Date;
use crate::core::fs::IoError;
use crate::core::fs::write_json_atomic;
use crate::core::lang::LangText;
use crate::core::publish::RemoteDataset;
use crate::core::schema::Periodicity;
use crate::core::schema::package::DatasetEntry;

pub const INVENTORY_FILE: &str = "inventory.json";
const FORMAT_VERSION: u32 = 1;

/// Why the inventory could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum InventoryError {
    #[error(transparent)]
    Io(#[from] IoError),
    #[error("{path}: the inventory is damaged: {detail}")]
    Corrupt {
        path: std::path::PathBuf,
        detail: String,
    },
}

/// One dataset on the approved list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InventoryItem {
    /// The portal's human code, like `1-104-0012`.
    pub code: String,
    /// The portal's own id (data.egov.uz: the 24-hex `structId`; CKAN: the dataset's name).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub portal_id: String,
    pub title: LangText,
    pub periodicity: Periodicity,
    /// This dataset's own "period end + N days" (else the workspace's rule for its periodicity).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_after: Option<u32>,
    /// Who prepares it (name, and as the list writes it, a position or phone).
    pub responsible: String,
    /// The workspace dataset (folder under `datasets/`) that holds its schema and data.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub dataset: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// What the portal said at the last catalogue sync.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal: Option<PortalState>,
}

impl InventoryItem {
    /// What identifies the item: its code, else its portal id, else its folder.
    pub fn key(&self) -> &str {
        [&self.code, &self.portal_id, &self.dataset]
            .into_iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or("")
    }

    /// Whether this item is the dataset a history line, a folder or a code names: one of its
    /// names (code, portal id, folder) is `name`, by [`same_name`].
    pub fn is(&self, name: &str) -> bool {
        [&self.code, &self.portal_id, &self.dataset]
            .into_iter()
            .any(|s| same_name(s, name))
    }

    /// Whether `other` is the same dataset as this item: its key ([`InventoryItem::key`])
    /// names this item. What merging a list in, the import and the editor all ask.
    pub fn same_dataset(&self, other: &InventoryItem) -> bool {
        self.is(other.key())
    }
}

/// A dataset name (code, portal id or folder) as the inventory compares names: trimmed and in
/// lower case, for keeping names in a map. Two names are the same when their keys are
/// ([`same_name`]).
pub fn name_key(name: &str) -> String {
    name.trim().chars().flat_map(char::to_lowercase).collect()
}

/// Whether two names name the same dataset: equal once trimmed, whatever their case, as the
/// editor has always compared codes (`1-104-0012` and `1-104-0012 `, a portal id in capitals
/// or not). An empty name names none.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty()
        && a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

/// A dataset's state on the portal at the last catalogue sync.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PortalState {
    /// The target the catalogue came from.
    pub target: String,
    /// When the portal last updated it, as the portal writes it.
    pub updated: String,
    /// The portal's own count of days overdue (`lateDay`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late_days: Option<i64>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// When the sync ran (Unix seconds).
    pub synced: i64,
}

impl PortalState {
    /// The portal's last update as a date, when it writes one Ochiq can read.
    pub fn updated_date(&self) -> Option<Date> {
        Date::parse(&self.updated)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Inventory {
    pub format: u32,
    pub items: Vec<InventoryItem>,
}

impl Default for Inventory {
    fn default() -> Self {
        Self {
            format: FORMAT_VERSION,
            items: Vec::new(),
        }
    }
}

/// What a merge into the inventory did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeCount {
    pub added: usize,
    pub updated: usize,
}

impl Inventory {
    /// Reads the workspace's inventory; none yet is an empty one.
    pub fn load(root: &Path) -> Result<Self, InventoryError> {
        let path = root.join(INVENTORY_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| InventoryError::Corrupt {
                path,
                detail: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(IoError::new(&path, e).into()),
        }
    }

    /// Writes the inventory atomically.
    pub fn save(&self, root: &Path) -> Result<(), InventoryError> {
        write_json_atomic(&root.join(INVENTORY_FILE), self)?;
        Ok(())
    }

    /// The item a history line, a folder or a portal code names.
    pub fn find(&self, name: &str) -> Option<&InventoryItem> {
        self.items.iter().find(|i| i.is(name))
    }

    /// Adds `new` items, or updates the item with the same key: the texts the new item
    /// fills replace the old ones, and what it leaves empty is kept (a list with no
    /// "responsible" column does not wipe the names typed in the app). The periodicity is
    /// always taken: a source that does not know it passes the old item's.
    pub fn merge(&mut self, new: Vec<InventoryItem>) -> MergeCount {
        let mut count = MergeCount::default();
        for item in new {
            if item.key().is_empty() {
                continue;
            }
            let Some(old) = self.items.iter_mut().find(|i| i.same_dataset(&item)) else {
                self.items.push(item);
                count.added += 1;
                continue;
            };
            let before = old.clone();
            fill(&mut old.code, &item.code);
            fill(&mut old.portal_id, &item.portal_id);
            fill(&mut old.responsible, &item.responsible);
            fill(&mut old.dataset, &item.dataset);
            fill(&mut old.note, &item.note);
            for lang in crate::core::lang::Lang::ALL {
                fill(old.title.get_mut(lang), item.title.get(lang));
            }
            old.periodicity = item.periodicity;
            if item.days_after.is_some() {
                old.days_after = item.days_after;
            }
            if item.portal.is_some() {
                old.portal = item.portal;
            }
            if *old != before {
                count.updated += 1;
            }
        }
        count
    }

    /// Takes in the portal's catalogue: each dataset's code, id, title and state. Datasets
    /// not yet on the list are added (with the periodicity a linked workspace dataset gives,
    /// else monthly, to be checked by the user).
    pub fn merge_catalogue(
        &mut self,
        target: &str,
        catalogue: &[RemoteDataset],
        synced: i64,
    ) -> MergeCount {
        let items = catalogue
            .iter()
            .map(|r| {
                let mut item = InventoryItem {
                    code: r.code.clone(),
                    portal_id: r.id.clone(),
                    title: r.title.clone(),
                    portal: Some(PortalState {
                        target: target.to_owned(),
                        updated: r.updated.clone(),
                        late_days: r.late_days,
                        status: r.status.clone(),
                        url: r.url.clone(),
                        synced,
                    }),
                    ..InventoryItem::default()
                };
                // The catalogue does not give the periodicity: keep the one the list has.
                if let Some(old) = self.find(&r.code).or_else(|| self.find(&r.id)) {
                    item.periodicity = old.periodicity;
                }
                item
            })
            .collect();
        self.merge(items)
    }

    /// Adds the workspace's datasets that are not on the list yet (code, titles and
    /// periodicity from their passports) and links list items to the dataset with their code.
    pub fn merge_datasets(&mut self, datasets: &[DatasetEntry]) -> MergeCount {
        let items = datasets
            .iter()
            .filter_map(|entry| {
                let package = entry.package.as_ref().ok()?;
                let folder = entry.dir.file_name()?.to_string_lossy().into_owned();
                let p = &package.passport;
                let mut item = InventoryItem {
                    code: p.code.trim().to_owned(),
                    portal_id: p.portal_id.trim().to_owned(),
                    title: p.title.clone(),
                    periodicity: p.periodicity,
                    dataset: folder,
                    ..InventoryItem::default()
                };
                if let Some(old) = self.find(&item.code).or_else(|| self.find(&item.dataset)) {
                    // Linking only: the list's own periodicity stands.
                    item.periodicity = old.periodicity;
                }
                Some(item)
            })
            .collect();
        self.merge(items)
    }
}

fn fill(old: &mut String, new: &str) {
    let new = new.trim();
    if !new.is_empty() && old != new {
        new.clone_into(old);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(code: &str, periodicity: Periodicity) -> InventoryItem {
        InventoryItem {
            code: code.into(),
            title: LangText::new(code, "", "", ""),
            periodicity,
            ..InventoryItem::default()
        }
    }

    #[test]
    fn merging_updates_by_code_and_keeps_what_the_new_list_leaves_empty() {
        let mut inv = Inventory::default();
        let mut first = item("1-104-0012", Periodicity::Quarterly);
        first.responsible = "A. Karimov".into();
        assert_eq!(
            inv.merge(vec![first, item("1-104-0013", Periodicity::Annual)])
                .added,
            2
        );
        let again = inv.merge(vec![item("1-104-0012", Periodicity::Quarterly)]);
        assert_eq!(again, MergeCount::default(), "nothing new");
        let catalogue = vec![RemoteDataset {
            id: "5f0c".into(),
            code: "1-104-0012".into(),
            title: LangText::new("Maktabgacha", "", "", ""),
            organisation: LangText::default(),
            rows: Some(12),
            updated: "2026-10-05T10:00:00".into(),
            late_days: Some(0),
            status: String::new(),
            url: String::new(),
        }];
        let count = inv.merge_catalogue("egov", &catalogue, 1);
        assert_eq!(
            count,
            MergeCount {
                added: 0,
                updated: 1
            }
        );
        let merged = inv
            .find("5f0c")
            .unwrap_or_else(|| panic!("found by portal id"));
        assert_eq!(merged.responsible, "A. Karimov");
        assert_eq!(merged.periodicity, Periodicity::Quarterly);
        assert_eq!(merged.title.uz_latn, "Maktabgacha");
        let date = merged.portal.as_ref().and_then(PortalState::updated_date);
        assert_eq!(date, Date::new(2026, 10, 5));
    }

    #[test]
    fn one_identity_rule_ignores_case_and_spaces_in_every_name() {
        assert!(same_name(" 1-104-0012", "1-104-0012 "));
        assert!(same_name("607FEA9A7B", "607fea9a7b"));
        assert!(!same_name("", "  ") && !same_name("1-104-0012", "1-104-0013"));
        assert_eq!(name_key(" Maktab-2026 "), "maktab-2026");

        // Merging the catalogue and finding a history line's dataset, by the list's portal id
        // written in capitals: the same dataset, updated, not added twice.
        let mut inv = Inventory::default();
        let mut listed = item("1-104-0012", Periodicity::Quarterly);
        listed.portal_id = "607FEA9A7B".into();
        listed.dataset = "Maktablar".into();
        inv.merge(vec![listed.clone()]);
        let mut from_portal = item("", Periodicity::Quarterly);
        from_portal.portal_id = "607fea9a7b".into();
        assert!(listed.same_dataset(&from_portal));
        // The portal's spelling of the id replaces the list's, as a new text does.
        assert_eq!(inv.merge(vec![from_portal]).added, 0);
        assert_eq!(inv.items[0].portal_id, "607fea9a7b");
        let mut by_folder = item("", Periodicity::Quarterly);
        by_folder.dataset = "maktablar".into();
        by_folder.responsible = "A. Karimov".into();
        assert_eq!(inv.merge(vec![by_folder]).updated, 1);
        assert_eq!(inv.items.len(), 1);
        assert_eq!(inv.items[0].responsible, "A. Karimov");
        assert!(inv.find("MAKTABLAR").is_some() && inv.find("607fea9a7b").is_some());
        assert!(!item("1-104-0013", Periodicity::Annual).same_dataset(&listed));
    }

    #[test]
    fn a_damaged_inventory_is_reported_and_a_missing_one_is_empty() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Inventory::load(dir.path()).ok(), Some(Inventory::default()));
        let mut inv = Inventory::default();
        inv.merge(vec![item("2-001-0042", Periodicity::Monthly)]);
        inv.save(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Inventory::load(dir.path()).ok(), Some(inv));
        std::fs::write(dir.path().join(INVENTORY_FILE), "{\"items\": [")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            Inventory::load(dir.path()),
            Err(InventoryError::Corrupt { .. })
        ));
    }
}
