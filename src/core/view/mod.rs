//! Views of a table: an order of its rows ([`sort`]), a selection of them (filters), and
//! finding text in them ([`find`]). A view is a list of row indexes over the table: it never
//! changes the data, and the row numbers findings point at stay those of the file. Sorting
//! and counting matches over millions of rows run as jobs, so each function here takes a
//! [`Progress`] that can stop it.

pub mod collate;
pub mod find;
pub mod sort;

use crate::core::progress::Progress;
use crate::core::table::{Row, Table};
pub use sort::Cancelled;

/// What a filter keeps.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// The cell holds this value (spaces around either do not count).
    Is(String),
    /// The cell does not hold this value.
    IsNot(String),
    /// The cell is empty, blank or missing from a short row.
    Empty,
    /// The row is one of these table rows (sorted): rows with findings.
    InRows(Vec<u32>),
}

/// One filter: a condition on a column's cells, or on the row.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub col: Option<usize>,
    pub condition: Condition,
}

impl Filter {
    /// Whether table row `index`, `row`, passes.
    pub fn keeps(&self, index: u32, row: Row<'_>) -> bool {
        let cell = || self.col.and_then(|c| row.get(c)).unwrap_or("").trim();
        match &self.condition {
            Condition::Is(v) => cell() == v.trim(),
            Condition::IsNot(v) => cell() != v.trim(),
            Condition::Empty => cell().is_empty(),
            Condition::InRows(rows) => rows.binary_search(&index).is_ok(),
        }
    }
}

/// The rows a view shows, in order, and where each table row is shown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowOrder {
    rows: Vec<u32>,
    /// By table row: its position in `rows`, or `u32::MAX` when it is not shown.
    positions: Vec<u32>,
}

impl RowOrder {
    /// The view showing `rows` of a table of `table_rows` rows.
    pub fn new(rows: Vec<u32>, table_rows: usize) -> Self {
        let mut positions = vec![u32::MAX; table_rows];
        for (pos, &r) in rows.iter().enumerate() {
            if let Some(p) = positions.get_mut(r as usize) {
                *p = pos as u32;
            }
        }
        Self { rows, positions }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn rows(&self) -> &[u32] {
        &self.rows
    }

    /// The table row shown at `pos`.
    pub fn row(&self, pos: usize) -> Option<usize> {
        self.rows.get(pos).map(|&r| r as usize)
    }

    /// Where table row `row` is shown, if it is.
    pub fn position(&self, row: usize) -> Option<usize> {
        self.positions
            .get(row)
            .filter(|&&p| p != u32::MAX)
            .map(|&p| p as usize)
    }
}

/// The rows of `order` (all rows in file order when `None`) that pass every filter;
/// `None` when that is every row in file order (the view is the table itself).
pub fn select_rows(
    table: &Table,
    order: Option<&[u32]>,
    filters: &[Filter],
    progress: &dyn Progress,
) -> Result<Option<Vec<u32>>, Cancelled> {
    if filters.is_empty() {
        return Ok(order.map(<[u32]>::to_vec));
    }
    let total = table.rows();
    let keeps = |i: u32, row: Row<'_>| filters.iter().all(|f| f.keeps(i, row));
    let mut out = Vec::new();
    match order {
        None => {
            let mut i = 0u32;
            for chunk in table.chunks() {
                if progress.cancelled() {
                    return Err(Cancelled);
                }
                for r in 0..chunk.rows() {
                    if keeps(i, chunk.row(r)) {
                        out.push(i);
                    }
                    i += 1;
                }
                progress.set(u64::from(i), total as u64);
            }
        }
        Some(order) => {
            for (n, &i) in order.iter().enumerate() {
                if n % 16_384 == 0 {
                    if progress.cancelled() {
                        return Err(Cancelled);
                    }
                    progress.set(n as u64, total as u64);
                }
                if let Some(row) = table.row(i as usize)
                    && keeps(i, row)
                {
                    out.push(i);
                }
            }
        }
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::progress::NoProgress;

    #[test]
    fn filters_combine_and_keep_the_view_order() {
        let table = Table::from_rows(
            &["viloyat", "soni"],
            &[
                vec!["Toshkent", "1"],
                vec!["Samarqand", ""],
                vec![" Toshkent ", "3"],
                vec!["Toshkent"],
                vec!["Buxoro", "5"],
            ],
        );
        let is = |v: &str| Filter {
            col: Some(0),
            condition: Condition::Is(v.into()),
        };
        let empty = Filter {
            col: Some(1),
            condition: Condition::Empty,
        };
        let pick = |order: Option<&[u32]>, filters: &[Filter]| {
            select_rows(&table, order, filters, &NoProgress).unwrap_or_default()
        };
        assert_eq!(pick(None, &[is("Toshkent")]), Some(vec![0, 2, 3]));
        assert_eq!(pick(None, &[is("Toshkent"), empty.clone()]), Some(vec![3]));
        let not = Filter {
            col: Some(0),
            condition: Condition::IsNot("Toshkent".into()),
        };
        let findings = Filter {
            col: None,
            condition: Condition::InRows(vec![1, 4]),
        };
        assert_eq!(
            pick(Some(&[4, 3, 2, 1, 0]), &[not, findings]),
            Some(vec![4, 1])
        );
        assert_eq!(pick(None, &[]), None);
        assert_eq!(pick(Some(&[1, 0]), &[]), Some(vec![1, 0]));
    }

    #[test]
    fn a_row_order_knows_where_each_row_is_shown() {
        let order = RowOrder::new(vec![3, 0, 2], 4);
        assert_eq!(order.row(0), Some(3));
        assert_eq!(order.position(2), Some(2));
        assert_eq!(order.position(1), None);
        assert_eq!(order.row(5), None);
    }
}
