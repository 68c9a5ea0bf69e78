//! The cleaning steps of an open file: the recipe, how much of it the table shows, what the
//! last apply did, and the dataset schema a reshape replaced (for undo).

use std::sync::Arc;

use super::dataset::DatasetState;
use crate::core::recipe::personal;
use crate::core::recipe::reshape::{self, Refusal};
use crate::core::recipe::{Recipe, Step};
use crate::core::schema::TableSchema;
use crate::core::table::Table;

/// The cleaning steps of the file: the dataset's recipe plus what was accepted here.
#[derive(Default)]
pub struct Cleaning {
    pub recipe: Recipe,
    /// How many of the recipe's steps the table shows.
    pub applied: usize,
    /// The table as read, before any step; set once a step has been applied.
    pub(super) source: Option<Arc<Table>>,
    /// How many steps the table will show when the running apply ends.
    pub(super) target: usize,
    /// Steps of the recipe whose column this file lacks (by index), from the last apply.
    pub skipped_steps: Vec<usize>,
    /// Cells changed and rows removed by the last apply or undo.
    pub last_change: Option<(u64, u64)>,
    /// A reshape the last apply refused (its step's index and why).
    pub refused: Option<(usize, Refusal)>,
    /// Period columns the last apply's unpivot took that its step did not list.
    pub added_periods: Vec<String>,
    /// Rows before and after the last apply's unpivot.
    pub reshaped_rows: Option<(usize, u64)>,
    /// The dataset's schema before each step that changed it (an unpivot, a column of personal
    /// data dropped, masked or counted) accepted here (by step index), for undo.
    schema_before: Vec<(usize, TableSchema)>,
}

impl Cleaning {
    /// Before an unpivot is recorded: the dataset's schema is made to describe the tidy
    /// table (the period fields replaced by the period and value fields); the old one is kept
    /// for undo. `header` is the table's as the step will see it.
    pub(super) fn reshape_schema(
        &mut self,
        dataset: Option<&mut DatasetState>,
        header: &[String],
        step: &Step,
    ) {
        if step.changes_schema()
            && let Some(ds) = dataset
            && let Some(schema) = ds.schema_mut()
        {
            let before = schema.clone();
            *schema = match step {
                Step::Unpivot { .. } | Step::MarkTotals { .. } => {
                    reshape::reshaped_schema(&before, header, step)
                }
                _ => personal::schema_after(&before, header, step),
            };
            ds.dirty = true;
            self.schema_before.push((self.recipe.len(), before));
        }
    }

    /// The schema that describes the table now, from the dataset's: a step that changes the
    /// columns saved in the recipe and not applied yet (an unpivot, a column dropped or
    /// counted) leaves the table with its columns as they were before it.
    pub(super) fn pending_schema(&self, schema: &TableSchema, header: &[String]) -> TableSchema {
        let pending = self.recipe.steps[self.applied..]
            .iter()
            .find(|s| s.reshapes());
        match pending {
            Some(step @ (Step::Unpivot { .. } | Step::MarkTotals { .. })) => {
                reshape::widened_schema(schema, header, step)
            }
            Some(step) => personal::schema_before(schema, header, step),
            None => schema.clone(),
        }
    }

    /// Gives the dataset back the schema it had before the unpivot at `index`: the one kept
    /// when it was accepted here, else one made from the value field for the period columns
    /// of `source` (a recipe loaded from disk).
    pub(super) fn restore_schema(
        &mut self,
        index: usize,
        dataset: Option<&mut DatasetState>,
        source: &Table,
        step: &Step,
    ) {
        let saved = self
            .schema_before
            .iter()
            .position(|(i, _)| *i == index)
            .map(|p| self.schema_before.remove(p).1);
        if let Some(ds) = dataset
            && let Some(schema) = ds.schema_mut()
        {
            *schema = saved.unwrap_or_else(|| match step {
                Step::Unpivot { .. } | Step::MarkTotals { .. } => {
                    reshape::widened_schema(schema, source.header(), step)
                }
                _ => personal::schema_before(schema, source.header(), step),
            });
            ds.dirty = true;
        }
    }
}
