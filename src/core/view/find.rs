//! Finding text in a table's cells, in the order a view shows its rows. By default the
//! search folds case, script and apostrophes the way the classifier search does
//! ([`fold_text`]): "bo'ston" finds "Boʻston", "BOSTON" and "Бўстон". Exact search looks for
//! the text as typed. Plain ASCII cells (most cells of most files) are compared without
//! building their folded form.

use memchr::memmem::Finder;
use rustc_hash::FxHashMap;

use super::sort::Cancelled;
use crate::core::classifier::{fold_text, folds_to_ascii_lowercase};
use crate::core::progress::Progress;
use crate::core::table::{Row, Table};

/// A match: the position of its row in the view, and its column.
pub type Hit = (u32, u32);

/// At most this many matches are kept with their places (32 MB); more are only counted.
pub const KEPT_HITS: usize = 1 << 22;

/// The matches of a search over a view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// The first [`KEPT_HITS`] matches, in the order shown.
    pub hits: Vec<Hit>,
    /// How many matches there are in all.
    pub total: u64,
}

impl Found {
    /// Whether every match is kept in `hits`.
    pub fn is_whole(&self) -> bool {
        self.hits.len() as u64 == self.total
    }
}

/// At most this many texts that need folding keep their answer during one search.
const MEMO: usize = 1 << 18;

/// What one search remembers between cells: a buffer, and whether texts that need folding
/// (Cyrillic, apostrophes) matched, since a column repeats them (district names).
#[derive(Default)]
pub struct Memo<'t> {
    scratch: String,
    folded: FxHashMap<&'t str, bool>,
}

/// What to look for, compiled for fast comparison.
pub struct Matcher {
    finder: Finder<'static>,
    /// The folded text's first byte in both cases: an ASCII cell without it cannot match.
    first: (u8, u8),
    /// Only this column, or every column.
    col: Option<usize>,
    exact: bool,
}

impl Matcher {
    /// A matcher for `query`; `None` when there is nothing to look for.
    pub fn new(query: &str, col: Option<usize>, exact: bool) -> Option<Self> {
        let needle = if exact {
            query.to_owned()
        } else {
            fold_text(query.trim())
        };
        if needle.is_empty() {
            return None;
        }
        let b = needle.as_bytes()[0];
        Some(Self {
            finder: Finder::new(needle.as_bytes()).into_owned(),
            first: (b.to_ascii_lowercase(), b.to_ascii_uppercase()),
            col,
            exact,
        })
    }

    /// Whether `cell` holds the text.
    pub fn matches<'t>(&self, cell: &'t str, memo: &mut Memo<'t>) -> bool {
        if self.exact {
            return self.finder.find(cell.as_bytes()).is_some();
        }
        if cell.is_ascii() {
            // Folding an ASCII cell only lowers case and drops apostrophes: without the
            // first letter in either case it cannot match (most numbers, codes and dates).
            let (lower, upper) = self.first;
            if memchr::memchr2(lower, upper, cell.as_bytes()).is_none() {
                return false;
            }
        }
        if folds_to_ascii_lowercase(cell) {
            memo.scratch.clear();
            memo.scratch.push_str(cell);
            memo.scratch.make_ascii_lowercase();
            return self.finder.find(memo.scratch.as_bytes()).is_some();
        }
        if let Some(&known) = memo.folded.get(cell) {
            return known;
        }
        let found = self.finder.find(fold_text(cell).as_bytes()).is_some();
        if memo.folded.len() < MEMO {
            memo.folded.insert(cell, found);
        }
        found
    }

    /// The columns of `row` that match, in order.
    fn columns<'t>(&self, row: Row<'t>, memo: &mut Memo<'t>) -> Vec<usize> {
        let (first, end) = match self.col {
            Some(c) => (c, (c + 1).min(row.len())),
            None => (0, row.len()),
        };
        (first..end)
            .filter(|&c| self.matches(row.get(c).unwrap_or(""), memo))
            .collect()
    }
}

/// The rows a view shows: all of the table in file order, or these table rows in order.
#[derive(Clone, Copy)]
pub struct Rows<'v> {
    pub table: &'v Table,
    pub order: Option<&'v [u32]>,
}

impl<'v> Rows<'v> {
    pub fn len(&self) -> usize {
        self.order.map_or(self.table.rows(), <[u32]>::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn row(&self, pos: usize) -> Option<Row<'v>> {
        let r = match self.order {
            Some(o) => *o.get(pos)? as usize,
            None => pos,
        };
        self.table.row(r)
    }
}

/// Every match in the view, in the order shown (row by row, left to right); past
/// [`KEPT_HITS`] they are counted, not kept.
pub fn find_all<'v>(
    rows: Rows<'v>,
    matcher: &Matcher,
    progress: &dyn Progress,
) -> Result<Found, Cancelled> {
    let mut found = Found::default();
    let mut memo: Memo<'v> = Memo::default();
    let total = rows.len();
    let mut record = |pos: usize, row: Row<'v>, memo: &mut Memo<'v>| {
        for c in matcher.columns(row, memo) {
            if found.hits.len() < KEPT_HITS {
                found.hits.push((pos as u32, c as u32));
            }
            found.total += 1;
        }
    };
    match rows.order {
        // File order: walked chunk by chunk, without a row lookup each time.
        None => {
            let mut pos = 0;
            for chunk in rows.table.chunks() {
                if progress.cancelled() {
                    return Err(Cancelled);
                }
                for r in 0..chunk.rows() {
                    record(pos, chunk.row(r), &mut memo);
                    pos += 1;
                }
                progress.set(pos as u64, total as u64);
            }
        }
        Some(_) => {
            for pos in 0..total {
                if pos % 16_384 == 0 {
                    if progress.cancelled() {
                        return Err(Cancelled);
                    }
                    progress.set(pos as u64, total as u64);
                }
                if let Some(row) = rows.row(pos) {
                    record(pos, row, &mut memo);
                }
            }
        }
    }
    progress.set(total as u64, total as u64);
    Ok(found)
}

/// The first match after the cell at (`pos`, `col`) going forward (before it going back),
/// wrapping around the view's end; the cell itself counts last. `None` when nothing
/// matches or the search was cancelled.
pub fn find_next(
    rows: Rows<'_>,
    matcher: &Matcher,
    (pos, col): (usize, Option<usize>),
    forward: bool,
    progress: &dyn Progress,
) -> Option<Hit> {
    let total = rows.len();
    if total == 0 {
        return None;
    }
    let pos = pos.min(total - 1);
    let mut memo = Memo::default();
    for step in 0..=total {
        if step % 16_384 == 0 {
            if progress.cancelled() {
                return None;
            }
            progress.set(step as u64, total as u64);
        }
        let here = if forward {
            (pos + step) % total
        } else {
            (pos + total - step % total) % total
        };
        let Some(row) = rows.row(here) else { continue };
        let mut cols = matcher.columns(row, &mut memo);
        if step == 0 {
            // On the starting row only the cells past (or before) the starting one.
            cols.retain(|&c| match col {
                Some(at) if forward => c > at,
                Some(at) => c < at,
                None => forward,
            });
        }
        if step == total {
            // Back on the starting row: the cells skipped at first.
            cols = matcher.columns(row, &mut memo);
        }
        let found = if forward { cols.first() } else { cols.last() };
        if let Some(&c) = found {
            return Some((here as u32, c as u32));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::progress::NoProgress;

    fn table() -> Table {
        Table::from_rows(
            &["tuman", "izoh"],
            &[
                vec!["Boʻston", "a"],
                vec!["Chilonzor", "Bo'ston yonida"],
                vec!["Бўстон", "b"],
                vec!["BOSTON", ""],
                vec!["Yunusobod", "c"],
            ],
        )
    }

    fn all(query: &str, col: Option<usize>, exact: bool) -> Vec<Hit> {
        let t = table();
        let m = Matcher::new(query, col, exact).unwrap_or_else(|| panic!("empty query"));
        let rows = Rows {
            table: &t,
            order: None,
        };
        let found = find_all(rows, &m, &NoProgress).unwrap_or_default();
        assert!(found.is_whole());
        found.hits
    }

    #[test]
    fn folding_finds_a_name_in_both_scripts_with_any_apostrophe_and_case() {
        assert_eq!(
            all("bo'ston", None, false),
            [(0, 0), (1, 1), (2, 0), (3, 0)]
        );
        assert_eq!(all("Бўстон", Some(0), false), [(0, 0), (2, 0), (3, 0)]);
        // Exact: as typed.
        assert_eq!(all("Boʻston", None, true), [(0, 0)]);
        assert!(Matcher::new("  ", None, false).is_none());
    }

    #[test]
    fn next_and_previous_wrap_around_and_follow_the_view_order() {
        let t = table();
        let m = Matcher::new("boston", None, false).unwrap_or_else(|| panic!("empty"));
        let rows = Rows {
            table: &t,
            order: None,
        };
        assert_eq!(
            find_next(rows, &m, (0, Some(0)), true, &NoProgress),
            Some((1, 1))
        );
        assert_eq!(
            find_next(rows, &m, (3, Some(0)), true, &NoProgress),
            Some((0, 0))
        );
        assert_eq!(
            find_next(rows, &m, (0, Some(0)), false, &NoProgress),
            Some((3, 0))
        );
        // Reversed view: position 0 is the last row.
        let order = [4u32, 3, 2, 1, 0];
        let rows = Rows {
            table: &t,
            order: Some(&order),
        };
        assert_eq!(
            find_next(rows, &m, (0, None), true, &NoProgress),
            Some((1, 0))
        );
        let found = find_all(rows, &m, &NoProgress).unwrap_or_default();
        assert_eq!(found.hits, [(1, 0), (2, 0), (3, 1), (4, 0)]);
    }

    #[test]
    fn a_lone_match_is_found_again_from_itself() {
        let t = table();
        let m = Matcher::new("yunus", None, false).unwrap_or_else(|| panic!("empty"));
        let rows = Rows {
            table: &t,
            order: None,
        };
        assert_eq!(
            find_next(rows, &m, (4, Some(0)), true, &NoProgress),
            Some((4, 0))
        );
    }
}
