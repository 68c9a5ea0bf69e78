//! What the table's tools do: start the sort, filter and find jobs, take in their results,
//! move the selection to a match, and turn a typed cell or a deleted row into a recipe step
//! that names the row by the dataset's key.

use std::sync::Arc;

use super::{Chip, Sort, TableAction, ViewDone};
use crate::core::recipe::{RowKey, Step};
use crate::core::schema::field_check::FieldCheck;
use crate::core::view::find::{self, Hit, Matcher, Rows};
use crate::core::view::sort::{ColumnType, sort_rows};
use crate::core::view::{Condition, Filter, RowOrder, select_rows};
use crate::ui::dataset::DocTab;
use crate::ui::document::{Document, LoadState};
use crate::ui::jobs::Job;

impl Document {
    /// Applies what the user asked of the table's tools.
    pub fn table_action(&mut self, ctx: &egui::Context, action: TableAction) {
        match action {
            TableAction::OpenFind => {
                let find = &mut self.tools.find;
                find.open = true;
                find.focus = true;
                self.tab = DocTab::Table;
            }
            TableAction::CloseFind => {
                let find = &mut self.tools.find;
                find.cancel();
                find.open = false;
                find.hits = None;
                find.searched = None;
            }
            TableAction::FindChanged => self.find(ctx),
            TableAction::FindNext(forward) => self.find_next(ctx, forward),
            TableAction::Sort(col) => {
                let tools = &mut self.tools;
                tools.sort = match tools.sort {
                    Some(Sort {
                        col: c,
                        descending: false,
                    }) if c == col => Some(Sort {
                        col,
                        descending: true,
                    }),
                    Some(Sort { col: c, .. }) if c == col => None,
                    _ => Some(Sort {
                        col,
                        descending: false,
                    }),
                };
                self.refresh_view(ctx);
            }
            TableAction::SortSelected => {
                if let Some(col) = self.view.selected_col {
                    self.table_action(ctx, TableAction::Sort(col));
                }
            }
            TableAction::CancelView => self.tools.viewing.cancel(),
            TableAction::AddFilter(chip) => {
                if !self.tools.chips.contains(&chip) {
                    self.tools.chips.push(chip);
                }
                self.tab = DocTab::Table;
                self.refresh_view(ctx);
            }
            TableAction::RemoveFilter(i) => {
                if i < self.tools.chips.len() {
                    self.tools.chips.remove(i);
                }
                self.refresh_view(ctx);
            }
            TableAction::ClearFilters => {
                self.tools.chips.clear();
                self.refresh_view(ctx);
            }
            TableAction::EditSelected => {
                if let (Some(r), Some(c)) = (self.view.selected_row, self.view.selected_col)
                    && self.can_edit_recipe()
                    && r < self.table.rows()
                    && self.table.header().get(c).is_some_and(|h| !h.is_empty())
                {
                    let text = self.table.cell(r, c).unwrap_or_default().to_owned();
                    self.tools.edit.cell = Some((r, c, text));
                    self.tools.edit.focus = true;
                }
            }
            TableAction::CommitEdit => {
                if let Some((r, c, new)) = self.tools.edit.cell.take()
                    && let Some(step) = self.edit_step(r, c, new)
                {
                    self.tools.edit.pending.push(step);
                }
            }
            TableAction::CancelEdit => {
                self.tools.edit.cell = None;
                self.tools.edit.delete = None;
            }
            TableAction::AskDeleteRow => {
                if let Some(r) = self.view.selected_row.filter(|&r| r < self.table.rows())
                    && self.can_edit_recipe()
                {
                    self.tools.edit.delete = Some(r);
                }
            }
            TableAction::DeleteRow => {
                if let Some(r) = self.tools.edit.delete.take() {
                    let key = self.row_key(r);
                    let old_row = self.full_row(r);
                    self.tools
                        .edit
                        .pending
                        .push(Step::DeleteRow { key, old_row });
                }
            }
        }
    }

    /// Shows only the rows with findings of `code` (the Checks tab's "Show rows"), or takes
    /// that filter away; it is one of the table's filters.
    pub fn filter_rows(&mut self, ctx: &egui::Context, code: Option<crate::core::validate::Code>) {
        self.tools
            .chips
            .retain(|c| !matches!(c, Chip::FindingsOf(_)));
        if let Some(code) = code {
            self.tools.chips.push(Chip::FindingsOf(code));
        }
        self.view.first_row = 0;
        self.refresh_view(ctx);
    }

    /// The row as its key names it: the schema's primary key fields, or every field when
    /// there is no key (or the table lacks one of its fields).
    fn row_key(&self, r: usize) -> RowKey {
        let header = self.table.header();
        let key = self
            .table_schema()
            .map(|s| s.primary_key)
            .unwrap_or_default();
        let cells: Option<RowKey> = key
            .iter()
            .map(|f| {
                let c = header.iter().position(|h| h == f)?;
                Some((f.clone(), self.table.cell(r, c).unwrap_or("").to_owned()))
            })
            .collect();
        match cells {
            Some(cells) if !cells.is_empty() => cells,
            _ => self.full_row(r),
        }
    }

    /// Every named field of row `r` with its cell.
    fn full_row(&self, r: usize) -> RowKey {
        self.table
            .header()
            .iter()
            .enumerate()
            .filter(|(_, h)| !h.is_empty())
            .map(|(c, h)| (h.clone(), self.table.cell(r, c).unwrap_or("").to_owned()))
            .collect()
    }

    /// The step for typing `new` into the cell at row `r`, column `c`; `None` when nothing
    /// changed.
    fn edit_step(&self, r: usize, c: usize, new: String) -> Option<Step> {
        let old = self.table.cell(r, c).unwrap_or("").to_owned();
        let field = self.table.header().get(c)?.clone();
        (old != new).then(|| Step::Edit {
            key: self.row_key(r),
            field,
            old,
            new,
        })
    }

    /// How column `col` is read for sorting: as the schema's field, else as the profile
    /// found it, else as text.
    fn column_type(&self, col: usize) -> ColumnType {
        let name = self.table.header().get(col);
        if let Some(schema) = self.table_schema()
            && let Some(field) = name.and_then(|n| schema.field(n))
        {
            let check = FieldCheck::compile(field).0;
            return ColumnType::Field(Box::new(check), schema.missing_values.clone());
        }
        self.profile
            .as_ref()
            .and_then(|p| p.get(col))
            .map_or(ColumnType::Text, |p| ColumnType::of_kind(p.kind))
    }

    /// The table rows with findings: of one kind, or in one column (1-based in findings).
    fn finding_rows(&self, keep: impl Fn(&crate::core::validate::Finding) -> bool) -> Vec<u32> {
        let Some(report) = &self.checks.report else {
            return Vec::new();
        };
        let mut rows: Vec<u32> = report
            .findings
            .iter()
            .filter(|f| keep(f))
            .filter_map(|f| f.row.and_then(|n| self.finding_row(n)))
            .map(|r| r as u32)
            .collect();
        rows.sort_unstable();
        rows.dedup();
        rows
    }

    fn filter_of(&self, chip: &Chip) -> Filter {
        let (col, condition) = match chip {
            Chip::Value {
                col,
                value,
                keep: true,
            } => (Some(*col), Condition::Is(value.clone())),
            Chip::Value { col, value, .. } => (Some(*col), Condition::IsNot(value.clone())),
            Chip::Empty { col } => (Some(*col), Condition::Empty),
            Chip::FindingsIn { col } => (
                None,
                Condition::InRows(self.finding_rows(|f| f.column == Some(col + 1))),
            ),
            Chip::FindingsOf(code) => (
                None,
                Condition::InRows(self.finding_rows(|f| f.code == *code)),
            ),
        };
        Filter { col, condition }
    }

    /// Makes the view for the sort and filters chosen, on a job; the view shown stays until
    /// the new one is ready.
    pub(crate) fn refresh_view(&mut self, ctx: &egui::Context) {
        self.tools.stale = false;
        if self.tools.sort.is_none() && self.tools.chips.is_empty() {
            self.tools.viewing.clear();
            self.tools.sorted = None;
            self.tools.applied = (None, Vec::new());
            self.take_view(ViewDone {
                sorted: None,
                shown: None,
            });
            return;
        }
        let sort = self.tools.sort;
        let cached = self.tools.sorted.clone().filter(|(s, _)| Some(*s) == sort);
        let ty = sort.map(|s| self.column_type(s.col));
        let filters: Vec<Filter> = self.tools.chips.iter().map(|c| self.filter_of(c)).collect();
        let table = Arc::clone(&self.table);
        let job = Job::spawn("ochiq-view", ctx, move |tracker, send| {
            let result = (|| {
                let sorted = match (cached, sort, ty) {
                    (Some(done), _, _) => Some(done),
                    (None, Some(s), Some(ty)) => {
                        let order = sort_rows(&table, s.col, &ty, s.descending, tracker)?;
                        Some((s, Arc::new(order)))
                    }
                    _ => None,
                };
                let order = sorted.as_ref().map(|(_, o)| o.as_slice());
                let rows = select_rows(&table, order, &filters, tracker)?;
                let shown = rows.map(|rows| Arc::new(RowOrder::new(rows, table.rows())));
                Ok(ViewDone { sorted, shown })
            })();
            send(result);
        });
        self.tools.applied = (sort, self.tools.chips.clone());
        self.tools.start_view(job);
    }

    /// Takes a finished view: the selected row stays in sight, and matches are counted
    /// again in the new order.
    fn take_view(&mut self, done: ViewDone) {
        let changed = self.tools.shown.is_some() || done.shown.is_some();
        self.tools.sorted = done.sorted;
        self.tools.shown = done.shown;
        if !changed {
            return;
        }
        self.view.first_row = self
            .view
            .selected_row
            .and_then(|r| self.tools.position(r))
            .map_or(0, |p| p.saturating_sub(3));
        if self.tools.find.open && self.tools.find.searched.is_some() {
            self.tools.find.searched = None;
        }
    }

    /// Takes in what the tools' jobs sent; starts the view again when the table or its
    /// findings changed.
    pub(crate) fn poll_tools(&mut self, ctx: &egui::Context) {
        match self.tools.viewing.finished() {
            Some(Ok(Ok(done))) => self.take_view(done),
            // Stopped: the sort and filters go back to those of the view shown.
            Some(Ok(Err(_))) => {
                let (sort, chips) = self.tools.applied.clone();
                self.tools.sort = sort;
                self.tools.chips = chips;
            }
            Some(Err(_)) | None => {}
        }
        let find = &mut self.tools.find;
        if let Some(Ok(Ok(found))) = find.counting.finished() {
            find.nothing = found.total == 0;
            find.hits = Some(Arc::new(found));
        }
        if let Some(Ok(found)) = self.tools.find.stepping.finished() {
            match found {
                Some(hit) => self.select_hit(hit),
                None => self.tools.find.nothing = true,
            }
        }
        if self.tools.stale && self.state != LoadState::Loading {
            self.tools.stale = false;
            self.tools.sorted = None;
            if self.tools.sort.is_some()
                || !self.tools.chips.is_empty()
                || self.tools.shown.is_some()
            {
                self.refresh_view(ctx);
            }
        }
    }

    /// The selected cell as a place in the view (the first row shown when none is).
    fn here(&self) -> (usize, Option<usize>) {
        match self.view.selected_row.and_then(|r| self.tools.position(r)) {
            Some(pos) => (pos, self.view.selected_col),
            None => (self.view.first_row, None),
        }
    }

    /// The selected cell as a match's place, for "N of M".
    pub fn find_here(&self) -> Option<Hit> {
        let (pos, col) = self.here();
        Some((pos as u32, col? as u32))
    }

    /// Looks for the find bar's text again: the first match from the selected cell at once,
    /// and every match counted on a job.
    fn find(&mut self, ctx: &egui::Context) {
        let find = &mut self.tools.find;
        find.searched = Some((find.text.clone(), find.col, find.exact));
        find.hits = None;
        find.nothing = false;
        find.counting.clear();
        find.stepping.clear();
        let Some(matcher) = Matcher::new(&find.text, find.col, find.exact) else {
            return;
        };
        find.counted_rows = self.table.rows();
        let (table, shown) = (Arc::clone(&self.table), self.tools.shown.clone());
        let job = Job::spawn("ochiq-find", ctx, move |tracker, send| {
            let order = shown.as_ref().map(|o| o.rows());
            send(find::find_all(
                Rows {
                    table: &table,
                    order,
                },
                &matcher,
                tracker,
            ));
        });
        self.tools.find.counting.start(job);
        self.start_step(ctx, true, true);
    }

    /// Goes to the next or previous match: among those counted, else by a search from the
    /// selected cell.
    fn find_next(&mut self, ctx: &egui::Context, forward: bool) {
        if self.tools.find.searched.is_none() {
            self.find(ctx);
            return;
        }
        let (pos, col) = self.here();
        let Some(found) = self.tools.find.hits.clone() else {
            self.start_step(ctx, forward, false);
            return;
        };
        let (hits, pos) = (&found.hits, pos as u32);
        let target = if forward {
            let at = match col {
                Some(c) => hits.partition_point(|&h| h <= (pos, c as u32)),
                None => hits.partition_point(|&h| h < (pos, 0)),
            };
            // Past the matches kept, the next one is searched for.
            hits.get(at).or(hits.first().filter(|_| found.is_whole()))
        } else {
            let at = hits.partition_point(|&h| h < (pos, col.unwrap_or(0) as u32));
            let before = at.checked_sub(1).and_then(|i| hits.get(i));
            before.or(hits.last().filter(|_| found.is_whole()))
        };
        match target {
            Some(&hit) => self.select_hit(hit),
            None if !found.is_whole() => self.start_step(ctx, forward, false),
            None => {}
        }
    }

    /// Searches from the selected cell on a job; `from_here` lets the selected cell itself
    /// be the match (a new search starts where the user is).
    fn start_step(&mut self, ctx: &egui::Context, forward: bool, from_here: bool) {
        let find = &self.tools.find;
        let Some(matcher) = Matcher::new(&find.text, find.col, find.exact) else {
            return;
        };
        let (pos, col) = self.here();
        let col = if from_here { None } else { col };
        let (table, shown) = (Arc::clone(&self.table), self.tools.shown.clone());
        let job = Job::spawn("ochiq-find-next", ctx, move |tracker, send| {
            let order = shown.as_ref().map(|o| o.rows());
            let rows = Rows {
                table: &table,
                order,
            };
            send(find::find_next(
                rows,
                &matcher,
                (pos, col),
                forward,
                tracker,
            ));
        });
        self.tools.find.stepping.start(job);
    }

    /// Selects a match's cell and scrolls the table to it.
    fn select_hit(&mut self, (pos, col): Hit) {
        let pos = pos as usize;
        if let Some(r) = self.tools.table_row(pos) {
            self.view.selected_row = Some(r);
            self.view.selected_col = Some(col as usize);
            self.view.reveal_column = true;
            if pos < self.view.first_row || pos >= self.view.first_row + 12 {
                self.view.first_row = pos.saturating_sub(3);
            }
        }
        self.tools.find.nothing = false;
    }
}
