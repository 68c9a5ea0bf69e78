//! Reference classifiers: code lists such as SOATO (the territorial codes of Uzbekistan) or the
//! portal's topic spheres, with names in four languages, levels, and a hierarchy of parents.
//! This module owns the model ([`Classifier`], [`Level`], [`Entry`]) and its lookups, which
//! validation calls millions of times: they are O(1) and allocate nothing. Its submodules hold
//! the classifiers bundled into the binary ([`bundled`]), name-to-code matching across scripts
//! ([`matcher`]), import of any code list from a [`Table`](crate::core::table::Table)
//! ([`import`]), and versioned storage in the workspace ([`store`]).
//! It must not draw anything, read files other than the workspace's `classifiers/` folder, or
//! return sentences: errors are [`ClassifierError`] values that the front ends translate.

pub mod bundled;
pub mod import;
pub mod matcher;
pub mod store;

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hasher};
use std::path::PathBuf;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::core::fs::IoError;
use crate::core::lang::LangText;

pub use bundled::{SOATO_ID, SOATO_REPUBLIC_TOTAL, SPHERES_ID, bundled, soato, spheres};
pub use import::{ImportSpec, LangColumns, import_table};
pub use matcher::{
    Candidate, MatchOptions, NormalisedName, Unit, fold_text, folds_to_ascii_lowercase,
    normalise_name,
};
pub use store::{Origin, Registry};

/// Version of the JSON layout of a stored classifier (`"format"` in the file).
pub const FILE_FORMAT: u32 = 1;
/// Longest classifier id or version accepted (both become file names).
const MAX_NAME_LEN: usize = 64;

/// What went wrong while building, importing, loading or saving a classifier. Row numbers are
/// zero-based indexes into the source [`Table`](crate::core::table::Table)'s rows (for
/// [`Classifier::new`], into its `entries`); the front ends add the header offset they show.
#[derive(Debug, thiserror::Error)]
pub enum ClassifierError {
    #[error("invalid classifier id {0:?}")]
    InvalidId(String),
    #[error("invalid classifier version {0:?}")]
    InvalidVersion(String),
    #[error("the classifier has no levels")]
    NoLevels,
    #[error("level {0:?} is defined twice")]
    DuplicateLevel(String),
    #[error("the source has no rows")]
    NoRows,
    #[error("{0} entries are more than a classifier can hold")]
    TooManyEntries(usize),
    #[error("file format {0} is newer than this version of Ochiq reads")]
    UnsupportedFormat(u32),
    #[error("column {column} is outside the table ({width} columns)")]
    NoSuchColumn { column: usize, width: usize },
    #[error("row {row}: empty code")]
    EmptyCode { row: usize },
    #[error("row {row}: duplicate code {code:?} (first in row {first})")]
    DuplicateCode {
        row: usize,
        code: String,
        first: usize,
    },
    #[error("row {row}: code {code:?} has unknown parent {parent:?}")]
    UnknownParent {
        row: usize,
        code: String,
        parent: String,
    },
    #[error("row {row}: code {code:?} has unknown level {level:?}")]
    UnknownLevel {
        row: usize,
        code: String,
        level: String,
    },
    #[error("row {row}: code {code:?} is its own ancestor")]
    Cycle { row: usize, code: String },
    #[error("row {row}: code {code:?} has an unreadable group flag {value:?}")]
    InvalidGroupFlag {
        row: usize,
        code: String,
        value: String,
    },
    #[error("alias {alias:?} names unknown code {target:?}")]
    UnknownAliasTarget { alias: String, target: String },
    #[error("alias {0:?} is also a code or another alias")]
    AliasClash(String),
    #[error("{id} {version} is already in the registry")]
    VersionExists { id: String, version: String },
    #[error(transparent)]
    Io(#[from] IoError),
    #[error("{path}: damaged classifier file: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("{path}: holds {found_id} {found_version}, not what its name says")]
    Misplaced {
        path: PathBuf,
        found_id: String,
        found_version: String,
    },
    #[error("bundled classifier {id}: {detail}")]
    Bundled { id: String, detail: String },
}

/// Who a classifier is and where it comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassifierInfo {
    /// Short stable id, also the folder name in the workspace: `soato`, `egov-spheres`.
    /// Lowercase ASCII letters, digits, `-`, `_` and `.`.
    pub id: String,
    pub name: LangText,
    /// The edition, also the file name: `2021-04`. The same characters as the id.
    pub version: String,
    /// Provenance and attribution, kept with the data.
    pub source: String,
}

/// One level of a classifier's hierarchy (SOATO: country, region, district, settlement).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Level {
    pub id: String,
    pub name: LangText,
}

impl Level {
    pub fn new(id: &str, name: LangText) -> Self {
        Self {
            id: id.to_owned(),
            name,
        }
    }
}

/// One code of a classifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The code as written in the source, leading zeros kept.
    pub code: String,
    /// Index into [`Classifier::levels`].
    pub level: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// A grouping node ("Districts of Andijan region"): a valid code in the hierarchy, but not
    /// a unit a dataset row normally refers to.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_group: bool,
    #[serde(default)]
    pub name: LangText,
}

/// Marks "no entry" in the index vectors.
const NONE: u32 = u32::MAX;

/// A classifier with its lookup tables. Built only through [`Classifier::new`] (or import,
/// or loading), which checks it, so every lookup can trust the hierarchy.
#[derive(Clone, Deserialize)]
#[serde(try_from = "ClassifierFile")]
pub struct Classifier {
    info: ClassifierInfo,
    levels: Vec<Level>,
    entries: Vec<Entry>,
    /// Extra codes that stand for an entry (SOATO `1700` → `17`), alias → code.
    aliases: BTreeMap<String, String>,
    index: Index,
    /// Normalised names for [`matcher`], built on the first name search.
    names: OnceLock<matcher::NameIndex>,
}

/// The lookup tables, all by entry position.
#[derive(Clone, Default)]
struct Index {
    /// Code or alias → entry position.
    by_code: HashMap<Box<str>, u32, FxBuild>,
    parent: Vec<u32>,
    /// Pre-order number of each entry; its subtree is `enter..exit` in that numbering.
    enter: Vec<u32>,
    exit: Vec<u32>,
    /// Entry positions in pre-order (`preorder[enter[i]] == i`).
    preorder: Vec<u32>,
    /// Children of entry `i` are `children[child_start[i]..child_start[i + 1]]`.
    children: Vec<u32>,
    child_start: Vec<u32>,
    roots: Vec<u32>,
    by_level: Vec<Vec<u32>>,
}

impl Classifier {
    /// Checks and indexes a classifier: ids and levels valid, codes non-empty and unique,
    /// levels in range, parents known, no loops. Error rows are positions in `entries`.
    pub fn new(
        info: ClassifierInfo,
        levels: Vec<Level>,
        entries: Vec<Entry>,
    ) -> Result<Self, ClassifierError> {
        Self::build(info, levels, entries, &|i| i)
    }

    /// [`Classifier::new`] with errors reporting `row_of(position)` as their row.
    pub(crate) fn build(
        info: ClassifierInfo,
        levels: Vec<Level>,
        entries: Vec<Entry>,
        row_of: &dyn Fn(usize) -> usize,
    ) -> Result<Self, ClassifierError> {
        if !is_valid_name(&info.id) {
            return Err(ClassifierError::InvalidId(info.id));
        }
        if !is_valid_name(&info.version) {
            return Err(ClassifierError::InvalidVersion(info.version));
        }
        if levels.is_empty() {
            return Err(ClassifierError::NoLevels);
        }
        for (i, level) in levels.iter().enumerate() {
            if levels[..i].iter().any(|l| l.id == level.id) {
                return Err(ClassifierError::DuplicateLevel(level.id.clone()));
            }
        }
        if entries.is_empty() {
            return Err(ClassifierError::NoRows);
        }
        let index = Index::build(&levels, &entries, row_of)?;
        Ok(Self {
            info,
            levels,
            entries,
            aliases: BTreeMap::new(),
            index,
            names: OnceLock::new(),
        })
    }

    /// Adds codes that stand for existing entries (alias → code).
    pub fn with_aliases<I, A, C>(mut self, aliases: I) -> Result<Self, ClassifierError>
    where
        I: IntoIterator<Item = (A, C)>,
        A: Into<String>,
        C: Into<String>,
    {
        for (alias, target) in aliases {
            let (alias, target) = (alias.into(), target.into());
            let Some(&pos) = self.index.by_code.get(target.as_str()) else {
                return Err(ClassifierError::UnknownAliasTarget { alias, target });
            };
            if alias.is_empty() || self.index.by_code.contains_key(alias.as_str()) {
                return Err(ClassifierError::AliasClash(alias));
            }
            // Store the canonical code even when the target was itself an alias.
            let canonical = self.entries[pos as usize].code.clone();
            self.index.by_code.insert(alias.clone().into(), pos);
            self.aliases.insert(alias, canonical);
        }
        Ok(self)
    }

    pub fn info(&self) -> &ClassifierInfo {
        &self.info
    }

    pub fn id(&self) -> &str {
        &self.info.id
    }

    pub fn name(&self) -> &LangText {
        &self.info.name
    }

    pub fn version(&self) -> &str {
        &self.info.version
    }

    pub fn source(&self) -> &str {
        &self.info.source
    }

    pub fn levels(&self) -> &[Level] {
        &self.levels
    }

    /// Position of the level called `level_id` (resolve once, then use
    /// [`Classifier::contains_at_level_index`] in loops).
    pub fn level_index(&self, level_id: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.id == level_id)
    }

    /// All entries in source order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Alias → canonical code.
    pub fn aliases(&self) -> &BTreeMap<String, String> {
        &self.aliases
    }

    fn pos(&self, code: &str) -> Option<usize> {
        self.index.by_code.get(code).map(|&p| p as usize)
    }

    /// The entry with this code or alias.
    pub fn get(&self, code: &str) -> Option<&Entry> {
        self.pos(code).map(|p| &self.entries[p])
    }

    /// The entry's own code for a code or an alias (`1700` → `17` in SOATO).
    pub fn canonical(&self, code: &str) -> Option<&str> {
        self.get(code).map(|e| e.code.as_str())
    }

    pub fn contains(&self, code: &str) -> bool {
        self.index.by_code.contains_key(code)
    }

    /// Whether `code` exists at the level called `level_id` (false for an unknown level).
    pub fn contains_at_level(&self, code: &str, level_id: &str) -> bool {
        self.level_index(level_id)
            .is_some_and(|level| self.contains_at_level_index(code, level))
    }

    /// [`Classifier::contains_at_level`] with the level already resolved.
    pub fn contains_at_level_index(&self, code: &str, level: usize) -> bool {
        self.get(code).is_some_and(|e| e.level == level)
    }

    /// The level of the entry with this code.
    pub fn level_of(&self, code: &str) -> Option<&Level> {
        self.get(code).and_then(|e| self.levels.get(e.level))
    }

    pub fn parent(&self, code: &str) -> Option<&Entry> {
        let pos = self.pos(code)?;
        self.entry_at(self.index.parent[pos])
    }

    /// The parent, its parent, and so on up to the root (nearest first).
    pub fn ancestors(&self, code: &str) -> Ancestors<'_> {
        let next = self.pos(code).map_or(NONE, |p| self.index.parent[p]);
        Ancestors {
            classifier: self,
            next,
        }
    }

    /// Whether `code` lies strictly below `ancestor` (a district inside a region). False when
    /// either code is unknown and when both name the same entry. Two hash lookups.
    pub fn is_within(&self, code: &str, ancestor: &str) -> bool {
        match (self.pos(code), self.pos(ancestor)) {
            (Some(c), Some(a)) => self.index.is_below(c, a),
            _ => false,
        }
    }

    /// The entries whose parent is `code`, in source order (none for an unknown code).
    pub fn children(&self, code: &str) -> impl ExactSizeIterator<Item = &Entry> + '_ {
        let range = self.pos(code).map_or(0..0, |p| {
            self.index.child_start[p] as usize..self.index.child_start[p + 1] as usize
        });
        self.index.children[range]
            .iter()
            .map(|&c| &self.entries[c as usize])
    }

    /// The codes a total for `code` adds up: its children that are entries, not group
    /// headings (a region's districts and cities, the republic's regions).
    pub fn part_codes(&self, code: &str) -> Vec<&str> {
        self.children(code)
            .filter(|e| !e.is_group)
            .map(|e| e.code.as_str())
            .collect()
    }

    /// The entries without a parent.
    pub fn roots(&self) -> impl ExactSizeIterator<Item = &Entry> + '_ {
        self.index.roots.iter().map(|&c| &self.entries[c as usize])
    }

    /// The entries at the level called `level_id`, in source order.
    pub fn entries_at_level(&self, level_id: &str) -> impl ExactSizeIterator<Item = &Entry> + '_ {
        let positions = self
            .level_index(level_id)
            .and_then(|l| self.index.by_level.get(l))
            .map_or(&[][..], Vec::as_slice);
        positions.iter().map(|&p| &self.entries[p as usize])
    }

    /// Every entry strictly below `code`, parents before children (none for an unknown code).
    pub fn descendants(&self, code: &str) -> impl Iterator<Item = &Entry> + '_ {
        let range = self.pos(code).map_or(0..0, |p| {
            self.index.enter[p] as usize + 1..self.index.exit[p] as usize
        });
        self.index.preorder[range]
            .iter()
            .map(|&c| &self.entries[c as usize])
    }

    fn entry_at(&self, pos: u32) -> Option<&Entry> {
        if pos == NONE {
            None
        } else {
            self.entries.get(pos as usize)
        }
    }

    fn names(&self) -> &matcher::NameIndex {
        self.names.get_or_init(|| matcher::NameIndex::build(self))
    }
}

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier")
            .field("id", &self.info.id)
            .field("version", &self.info.version)
            .field("levels", &self.levels.len())
            .field("entries", &self.entries.len())
            .field("aliases", &self.aliases)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Classifier {
    fn eq(&self, other: &Self) -> bool {
        self.info == other.info
            && self.levels == other.levels
            && self.entries == other.entries
            && self.aliases == other.aliases
    }
}

/// Walks up the hierarchy; see [`Classifier::ancestors`].
#[derive(Debug, Clone)]
pub struct Ancestors<'a> {
    classifier: &'a Classifier,
    next: u32,
}

impl<'a> Iterator for Ancestors<'a> {
    type Item = &'a Entry;

    fn next(&mut self) -> Option<&'a Entry> {
        let entry = self.classifier.entry_at(self.next)?;
        self.next = self.classifier.index.parent[self.next as usize];
        Some(entry)
    }
}

impl Index {
    fn build(
        levels: &[Level],
        entries: &[Entry],
        row_of: &dyn Fn(usize) -> usize,
    ) -> Result<Self, ClassifierError> {
        let n = entries.len();
        if n >= NONE as usize {
            return Err(ClassifierError::TooManyEntries(n));
        }
        let mut by_code = HashMap::with_capacity_and_hasher(n, FxBuild);
        let mut by_level = vec![Vec::new(); levels.len()];
        for (i, entry) in entries.iter().enumerate() {
            if entry.code.is_empty() {
                return Err(ClassifierError::EmptyCode { row: row_of(i) });
            }
            if let Some(&first) = by_code.get(entry.code.as_str()) {
                return Err(ClassifierError::DuplicateCode {
                    row: row_of(i),
                    code: entry.code.clone(),
                    first: row_of(first as usize),
                });
            }
            let Some(level_list) = by_level.get_mut(entry.level) else {
                return Err(ClassifierError::UnknownLevel {
                    row: row_of(i),
                    code: entry.code.clone(),
                    level: entry.level.to_string(),
                });
            };
            level_list.push(i as u32);
            by_code.insert(Box::from(entry.code.as_str()), i as u32);
        }

        let mut parent = vec![NONE; n];
        let mut child_count = vec![0u32; n + 1];
        let mut roots = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            match entry.parent.as_deref().filter(|p| !p.is_empty()) {
                None => roots.push(i as u32),
                Some(p) => {
                    let Some(&pp) = by_code.get(p) else {
                        return Err(ClassifierError::UnknownParent {
                            row: row_of(i),
                            code: entry.code.clone(),
                            parent: p.to_owned(),
                        });
                    };
                    parent[i] = pp;
                    child_count[pp as usize] += 1;
                }
            }
        }
        // Children in source order, as a flat list with start offsets.
        let mut child_start = vec![0u32; n + 1];
        for i in 0..n {
            child_start[i + 1] = child_start[i] + child_count[i];
        }
        let mut fill = child_start.clone();
        let mut children = vec![0u32; child_start[n] as usize];
        for (i, &p) in parent.iter().enumerate() {
            if p != NONE {
                children[fill[p as usize] as usize] = i as u32;
                fill[p as usize] += 1;
            }
        }
        // Pre-order numbering from the roots; entries never reached sit on a loop.
        let mut enter = vec![NONE; n];
        let mut exit = vec![NONE; n];
        let mut preorder = Vec::with_capacity(n);
        let mut stack: Vec<(u32, u32)> = Vec::new();
        for &root in &roots {
            enter[root as usize] = preorder.len() as u32;
            preorder.push(root);
            stack.push((root, child_start[root as usize]));
            while let Some(top) = stack.last_mut() {
                let (node, next) = *top;
                if next < child_start[node as usize + 1] {
                    top.1 += 1;
                    let child = children[next as usize];
                    enter[child as usize] = preorder.len() as u32;
                    preorder.push(child);
                    stack.push((child, child_start[child as usize]));
                } else {
                    exit[node as usize] = preorder.len() as u32;
                    stack.pop();
                }
            }
        }
        if let Some(i) = enter.iter().position(|&e| e == NONE) {
            return Err(ClassifierError::Cycle {
                row: row_of(i),
                code: entries[i].code.clone(),
            });
        }
        Ok(Self {
            by_code,
            parent,
            enter,
            exit,
            preorder,
            children,
            child_start,
            roots,
            by_level,
        })
    }

    /// Whether entry `c` is a strict descendant of entry `a`.
    fn is_below(&self, c: usize, a: usize) -> bool {
        let e = self.enter[c];
        self.enter[a] < e && e < self.exit[a]
    }
}

/// Ids and versions become folder and file names, so only a portable set of characters is
/// allowed, and none of the names Windows reserves.
pub(crate) fn is_valid_name(name: &str) -> bool {
    const RESERVED: &[&str] = &["con", "prn", "aux", "nul"];
    let stem = name.split('.').next().unwrap_or(name);
    let reserved = RESERVED.contains(&stem)
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && !name.starts_with('.')
        && !name.ends_with('.')
        && !reserved
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b))
}

/// The JSON layout of a stored classifier.
#[derive(Deserialize)]
struct ClassifierFile {
    #[serde(default)]
    format: u32,
    id: String,
    #[serde(default)]
    name: LangText,
    version: String,
    #[serde(default)]
    source: String,
    levels: Vec<Level>,
    entries: Vec<Entry>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
}

/// The same layout, borrowed, for writing.
#[derive(Serialize)]
struct ClassifierFileRef<'a> {
    format: u32,
    id: &'a str,
    name: &'a LangText,
    version: &'a str,
    source: &'a str,
    levels: &'a [Level],
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    aliases: &'a BTreeMap<String, String>,
    entries: &'a [Entry],
}

impl TryFrom<ClassifierFile> for Classifier {
    type Error = ClassifierError;

    fn try_from(file: ClassifierFile) -> Result<Self, ClassifierError> {
        if file.format > FILE_FORMAT {
            return Err(ClassifierError::UnsupportedFormat(file.format));
        }
        let info = ClassifierInfo {
            id: file.id,
            name: file.name,
            version: file.version,
            source: file.source,
        };
        Classifier::new(info, file.levels, file.entries)?.with_aliases(file.aliases)
    }
}

impl Serialize for Classifier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ClassifierFileRef {
            format: FILE_FORMAT,
            id: &self.info.id,
            name: &self.info.name,
            version: &self.info.version,
            source: &self.info.source,
            levels: &self.levels,
            aliases: &self.aliases,
            entries: &self.entries,
        }
        .serialize(serializer)
    }
}

/// A fast, non-cryptographic hash (the FxHash used inside rustc) for the code index: codes
/// come from the classifier itself, so hash flooding is not a concern, and lookups by code
/// are the hot path of validation.
#[derive(Debug, Clone, Copy, Default)]
struct FxBuild;

impl BuildHasher for FxBuild {
    type Hasher = FxHasher;

    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

struct FxHasher(u64);

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // Fold the well-mixed high bits into the low ones the table uses for buckets.
        self.0 ^ (self.0 >> 29)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn entry(code: &str, level: usize, parent: Option<&str>, name: &str) -> Entry {
        Entry {
            code: code.to_owned(),
            level,
            parent: parent.map(str::to_owned),
            is_group: false,
            name: LangText::new(name, "", "", ""),
        }
    }

    pub(crate) fn info(id: &str, version: &str) -> ClassifierInfo {
        ClassifierInfo {
            id: id.to_owned(),
            name: LangText::new(id, "", "", ""),
            version: version.to_owned(),
            source: "test".to_owned(),
        }
    }

    fn levels() -> Vec<Level> {
        vec![
            Level::new("top", LangText::default()),
            Level::new("sub", LangText::default()),
        ]
    }

    fn small() -> Classifier {
        Classifier::new(
            info("t", "1"),
            levels(),
            vec![
                entry("01", 0, None, "A"),
                entry("0101", 1, Some("01"), "A1"),
                entry("02", 0, None, "B"),
                entry("0102", 1, Some("01"), "A2"),
                entry("0201", 1, Some("02"), "B1"),
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn lookups_follow_the_hierarchy() {
        let c = small();
        assert_eq!(c.len(), 5);
        assert!(c.contains("01") && !c.contains("1") && !c.contains(""));
        assert!(c.contains_at_level("0101", "sub"));
        assert!(!c.contains_at_level("0101", "top"));
        assert!(!c.contains_at_level("0101", "nope"));
        assert_eq!(c.parent("0102").map(|e| e.code.as_str()), Some("01"));
        assert!(c.parent("01").is_none());
        assert!(c.is_within("0102", "01"));
        assert!(!c.is_within("0102", "02"));
        assert!(!c.is_within("01", "01"));
        assert!(!c.is_within("01", "0101"));
        assert!(!c.is_within("x", "01"));
        let kids: Vec<_> = c.children("01").map(|e| e.code.as_str()).collect();
        assert_eq!(kids, ["0101", "0102"]);
        assert_eq!(c.children("0101").len(), 0);
        assert_eq!(c.children("zz").len(), 0);
        let roots: Vec<_> = c.roots().map(|e| e.code.as_str()).collect();
        assert_eq!(roots, ["01", "02"]);
        let subs: Vec<_> = c.entries_at_level("sub").map(|e| e.code.as_str()).collect();
        assert_eq!(subs, ["0101", "0102", "0201"]);
        let below: Vec<_> = c.descendants("02").map(|e| e.code.as_str()).collect();
        assert_eq!(below, ["0201"]);
        let up: Vec<_> = c.ancestors("0201").map(|e| e.code.as_str()).collect();
        assert_eq!(up, ["02"]);
    }

    #[test]
    fn parents_may_come_after_their_children() {
        let c = Classifier::new(
            info("t", "1"),
            levels(),
            vec![
                entry("0101", 1, Some("01"), "A1"),
                entry("01", 0, None, "A"),
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(c.is_within("0101", "01"));
    }

    #[test]
    fn broken_classifiers_are_refused_with_the_row() {
        let dup = Classifier::new(
            info("t", "1"),
            levels(),
            vec![entry("01", 0, None, "A"), entry("01", 0, None, "B")],
        );
        assert!(matches!(
            dup,
            Err(ClassifierError::DuplicateCode {
                row: 1,
                first: 0,
                ..
            })
        ));
        let orphan = Classifier::new(
            info("t", "1"),
            levels(),
            vec![entry("01", 0, Some("9"), "A")],
        );
        assert!(matches!(
            orphan,
            Err(ClassifierError::UnknownParent { row: 0, .. })
        ));
        let looped = Classifier::new(
            info("t", "1"),
            levels(),
            vec![
                entry("00", 0, None, "root"),
                entry("01", 0, Some("02"), "A"),
                entry("02", 0, Some("01"), "B"),
            ],
        );
        assert!(matches!(looped, Err(ClassifierError::Cycle { row: 1, .. })));
        let level = Classifier::new(info("t", "1"), levels(), vec![entry("01", 5, None, "A")]);
        assert!(matches!(
            level,
            Err(ClassifierError::UnknownLevel { row: 0, .. })
        ));
        let empty = Classifier::new(info("t", "1"), levels(), vec![]);
        assert!(matches!(empty, Err(ClassifierError::NoRows)));
        let id = Classifier::new(info("../x", "1"), levels(), vec![entry("1", 0, None, "")]);
        assert!(matches!(id, Err(ClassifierError::InvalidId(_))));
        let version = Classifier::new(info("x", "NUL"), levels(), vec![entry("1", 0, None, "")]);
        assert!(matches!(version, Err(ClassifierError::InvalidVersion(_))));
    }

    #[test]
    fn names_that_are_safe_as_file_names() {
        for good in ["soato", "egov-spheres", "2021-04", "v1.2", "oked_2"] {
            assert!(is_valid_name(good), "{good}");
        }
        for bad in [
            "", "Soato", "a/b", "..", ".hidden", "con", "com1", "lpt9.x", "a b", "x.",
        ] {
            assert!(!is_valid_name(bad), "{bad}");
        }
    }

    #[test]
    fn aliases_resolve_to_their_entry() {
        let c = small()
            .with_aliases([("0100", "01")])
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(c.contains("0100"));
        assert_eq!(c.canonical("0100"), Some("01"));
        assert!(c.is_within("0101", "0100"));
        assert!(c.contains_at_level("0100", "top"));
        assert!(matches!(
            small().with_aliases([("0101", "01")]),
            Err(ClassifierError::AliasClash(_))
        ));
        assert!(matches!(
            small().with_aliases([("x", "nope")]),
            Err(ClassifierError::UnknownAliasTarget { .. })
        ));
    }

    #[test]
    fn json_round_trip_keeps_everything() {
        let c = small()
            .with_aliases([("0100", "01")])
            .unwrap_or_else(|e| panic!("{e}"));
        let json = serde_json::to_string(&c).unwrap_or_else(|e| panic!("{e}"));
        assert!(json.contains(r#""format":1"#));
        let back: Classifier = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, c);
        assert!(back.is_within("0102", "0100"));
        // A file whose hierarchy is broken is refused while parsing.
        let broken = json.replace(r#""parent":"01""#, r#""parent":"77""#);
        assert!(serde_json::from_str::<Classifier>(&broken).is_err());
        // So is a file from a newer Ochiq.
        let newer = json.replace(r#""format":1"#, r#""format":99"#);
        let err = serde_json::from_str::<Classifier>(&newer).map(|_| ()).err();
        assert!(err.is_some_and(|e| e.to_string().contains("99")));
    }
}
