//! The saved form of a recipe: the fixes a steward accepted, as steps stored with a resource in
//! `datapackage.json`. Only the data lives here, so the package file can hold it without the
//! schema depending on the code that applies it; [`crate::core::recipe`] replays the steps.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Which rows a [`Step::RemoveRows`] drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowClass {
    /// Every cell empty or a missing value.
    Blank,
    /// Cells holding only spaces.
    Spacer,
    /// A note or footnote: one text in the first cell, the rest empty.
    Footnote,
    /// A total labelled by a word (`Jami`, `Итого`, `Всего`, `Total` …): the first cell with
    /// letters holds only that word.
    Total,
}

/// One accepted fix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Step {
    /// Leading and trailing spaces removed, doubled spaces inside made one.
    Trim { field: String },
    /// Numbers that fail their type rewritten with the field's decimal mark and no
    /// thousands separators.
    Numbers { field: String },
    /// Dates that fail their format rewritten in it.
    Dates { field: String },
    /// Values wholly in the other script written in `to`.
    Transliterate { field: String, to: TargetScript },
    /// Exact values replaced: names mapped to classifier codes, or one value fixed.
    Replace {
        field: String,
        values: BTreeMap<String, String>,
    },
    /// Rows of these kinds dropped.
    RemoveRows { rows: Vec<RowClass> },
    /// Empty cells below a value take that value, as a label merged down over its rows
    /// (a region's name over its districts) means; rows with no other filled cell are left
    /// alone.
    FillDown { field: String },
    /// Periods across the columns turned into rows: each row is repeated once per column
    /// whose label reads as a period of the kind `columns` have (those accepted and any
    /// new ones, so next month's file with one more period is reshaped too), with the
    /// other columns as they are, the period written the portal's way in `period` and the
    /// cell in `value`. An empty cell gives no row; two values for the same other columns
    /// and period refuse the step.
    Unpivot {
        period: String,
        value: String,
        columns: Vec<String>,
    },
    /// Total rows kept and marked: a yes/no column named `field` after the last column.
    MarkTotals { field: String },
    /// A cell typed by hand: in the row `key` names (the schema's primary key fields and
    /// their values, or every field when there is no key), the cell of `field` holding
    /// `old` now holds `new`. Replayed only where the same key and the same old value are
    /// found.
    Edit {
        key: RowKey,
        field: String,
        old: String,
        new: String,
    },
    /// A row deleted by hand: the row `key` names, whose cells were `old_row` (by field).
    /// Replayed only where that row is found as it was.
    DeleteRow { key: RowKey, old_row: RowKey },
    /// A column holding personal data taken out of the table.
    DropColumn { field: String },
    /// Every value of a column holding personal data masked: its first and last characters
    /// kept (the last two for ten characters or more), the others written `•`.
    Mask { field: String },
    /// The rows counted by the columns in `by`: one row per distinct combination of their
    /// values, with the number of rows in `count` and the sum of each column in `sum`; every
    /// other column (the personal ones among them) is left out. A table of people becomes a
    /// table of how many people there are, and their amounts, per district, kind …
    Aggregate {
        by: Vec<String>,
        sum: Vec<String>,
        count: String,
    },
}

/// A row named by field values: its key fields, or all its fields.
pub type RowKey = BTreeMap<String, String>;

impl Step {
    /// Whether the step changes which columns the table has, or their types: the dataset's
    /// schema then describes the table after it, and a check replays the recipe first.
    pub fn changes_schema(&self) -> bool {
        matches!(
            self,
            Step::Unpivot { .. }
                | Step::MarkTotals { .. }
                | Step::DropColumn { .. }
                | Step::Mask { .. }
                | Step::Aggregate { .. }
        )
    }

    /// Whether the step is applied to the whole table between passes of cell steps (it
    /// changes the table's columns).
    pub fn reshapes(&self) -> bool {
        matches!(
            self,
            Step::Unpivot { .. }
                | Step::MarkTotals { .. }
                | Step::DropColumn { .. }
                | Step::Aggregate { .. }
        )
    }

    /// The column the step works on, if it works on one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Step::Trim { field }
            | Step::Numbers { field }
            | Step::Dates { field }
            | Step::Transliterate { field, .. }
            | Step::Replace { field, .. }
            | Step::FillDown { field }
            | Step::Edit { field, .. }
            | Step::DropColumn { field }
            | Step::Mask { field } => Some(field),
            Step::RemoveRows { .. }
            | Step::Unpivot { .. }
            | Step::MarkTotals { .. }
            | Step::DeleteRow { .. }
            | Step::Aggregate { .. } => None,
        }
    }

    /// Whether the step is a change made by hand (an edited cell or a deleted row).
    pub fn is_by_hand(&self) -> bool {
        matches!(self, Step::Edit { .. } | Step::DeleteRow { .. })
    }
}

/// The steps of a dataset's cleaning, in the order they were accepted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Recipe {
    pub steps: Vec<Step>,
}

impl Recipe {
    /// How many cells were typed and rows deleted by hand.
    pub fn by_hand(&self) -> (usize, usize) {
        let edits = self
            .steps
            .iter()
            .filter(|s| matches!(s, Step::Edit { .. }))
            .count();
        let deletes = self
            .steps
            .iter()
            .filter(|s| matches!(s, Step::DeleteRow { .. }))
            .count();
        (edits, deletes)
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }
}

/// The script a value is turned into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetScript {
    Latin,
    Cyrillic,
}

/// Why an unpivot was refused: it would have lost data.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// Two columns name the same period.
    SamePeriod {
        period: String,
        columns: (String, String),
    },
    /// Rows with the same values in the kept columns and a value for the same period.
    /// Rows are the table's (0-based, as the unpivot saw the table).
    Collision {
        /// Pairs (earlier row, later row), at most `reshape::COLLISIONS_LISTED`.
        rows: Vec<(usize, usize)>,
        /// The kept columns' values of the first pair, joined by `, `.
        key: String,
        /// Colliding rows in all.
        count: usize,
    },
}
