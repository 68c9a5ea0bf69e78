//! What the document's charts show and the jobs that work it out: the small chart of each
//! column card (after the profile) and the Chart tab's series (when the tab is shown). Both
//! are computed off the UI thread by `core::chart` and only drawn here, never recomputed in a
//! frame; each remembers the table it was made from, so a changed table is charted again.

use std::sync::{Arc, Weak};

use super::jobs::{Job, Lost, Slot, schema_for};
use crate::core::chart::{CardChart, ChartData, card_charts, chart_data};
use crate::core::classifier::{Classifier, Registry};
use crate::core::infer::ValueKind;
use crate::core::schema::{Field, FieldType, TableSchema};
use crate::core::table::Table;

/// How the Chart tab draws the chosen column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartMode {
    /// A line: the column summed by period.
    #[default]
    ByPeriod,
    /// Bars: the column by region, in one period.
    ByRegion,
}

/// What the Chart tab has chosen: the series (by index), the mode and the period of the bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChartChoice {
    pub series: usize,
    pub mode: ChartMode,
    /// The period whose regions are drawn; the last one when not chosen.
    pub period: Option<usize>,
}

/// The Chart tab's numbers: the table's, and the published table's when it is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Charted {
    pub data: ChartData,
    /// `None`: no published table is known for this dataset.
    pub published: Option<ChartData>,
}

/// What a chart was made from: it is made again when one of these changes.
#[derive(Debug, Clone)]
struct Source {
    table: Weak<Table>,
    schema: Option<TableSchema>,
    published: Option<Weak<Table>>,
}

impl Source {
    fn same(&self, other: &Source) -> bool {
        let published = match (&self.published, &other.published) {
            (Some(a), Some(b)) => a.ptr_eq(b),
            (None, None) => true,
            _ => false,
        };
        self.table.ptr_eq(&other.table) && self.schema == other.schema && published
    }
}

/// The document's charts.
#[derive(Default)]
pub struct Charts {
    /// The column cards' charts, and the table they were made from.
    cards: Option<(Weak<Table>, Arc<Vec<CardChart>>)>,
    carding: Slot<Option<Vec<CardChart>>>,
    carding_for: Option<Weak<Table>>,
    /// The Chart tab's numbers, and what they (or the running job) were made from.
    data: Option<Arc<Charted>>,
    charting: Slot<Option<Charted>>,
    source: Option<Source>,
    pub choice: ChartChoice,
}

impl Charts {
    /// The card charts of `table`, if made.
    pub fn cards(&self, table: &Arc<Table>) -> Option<&Arc<Vec<CardChart>>> {
        let (made_from, cards) = self.cards.as_ref()?;
        made_from.ptr_eq(&Arc::downgrade(table)).then_some(cards)
    }

    /// Makes the card charts of `table` from the kinds its profile found.
    pub fn make_cards(&mut self, ctx: &egui::Context, table: &Arc<Table>, kinds: Vec<ValueKind>) {
        let table = Arc::clone(table);
        self.carding_for = Some(Arc::downgrade(&table));
        self.carding
            .start(Job::spawn("ochiq-cards", ctx, move |tracker, send| {
                send(card_charts(&table, &kinds, tracker));
            }));
    }

    /// The Chart tab's numbers, when made for what is shown now.
    pub fn data(&self) -> Option<&Arc<Charted>> {
        self.data.as_ref()
    }

    /// Whether the Chart tab's numbers are being worked out, and how far.
    pub fn progress(&self) -> Option<f32> {
        self.charting.tracker().map(|t| t.fraction().unwrap_or(0.0))
    }

    /// Works out the Chart tab's numbers for `table` read with `schema` (inferred when
    /// `None`), beside `published` when known, unless they are made (or being made) for these.
    pub fn refresh(
        &mut self,
        ctx: &egui::Context,
        table: &Arc<Table>,
        schema: Option<TableSchema>,
        registry: &Registry,
        published: Option<Arc<Table>>,
    ) {
        let source = Source {
            table: Arc::downgrade(table),
            schema: schema.clone(),
            published: published.as_ref().map(Arc::downgrade),
        };
        if self.source.as_ref().is_some_and(|s| s.same(&source)) {
            return;
        }
        self.source = Some(source);
        self.data = None;
        self.charting.cancel();
        let table = Arc::clone(table);
        let registry = registry.without_problems();
        self.charting
            .start(Job::spawn("ochiq-chart", ctx, move |tracker, send| {
                let latest: Vec<Arc<Classifier>> = registry.latest_all().cloned().collect();
                let schema = schema_for(&table, schema, &latest);
                let Some(data) = chart_data(
                    &table,
                    &schema,
                    &schema.bound_classifiers(&registry),
                    tracker,
                ) else {
                    send(None);
                    return;
                };
                let published = match published {
                    Some(old) => {
                        let schema = schema_by_name(&schema, old.header());
                        let Some(d) = chart_data(
                            &old,
                            &schema,
                            &schema.bound_classifiers(&registry),
                            tracker,
                        ) else {
                            send(None);
                            return;
                        };
                        Some(d)
                    }
                    None => None,
                };
                send(Some(Charted { data, published }));
            }));
    }

    /// Takes in finished jobs; `Err(Lost)` when one ended unexpectedly.
    pub fn poll(&mut self) -> Result<(), Lost> {
        let mut result = Ok(());
        match self.carding.finished() {
            Some(Ok(Some(cards))) => {
                if let Some(made_from) = self.carding_for.take() {
                    self.cards = Some((made_from, Arc::new(cards)));
                }
            }
            Some(Ok(None)) | None => {}
            Some(Err(lost)) => result = Err(lost),
        }
        match self.charting.finished() {
            Some(Ok(Some(charted))) => {
                // One period and regions: the bars say more than a lone point.
                let data = &charted.data;
                if data.periods.len() == 1 && data.has_regions && self.data.is_none() {
                    self.choice.mode = ChartMode::ByRegion;
                }
                self.data = Some(Arc::new(charted));
                let count = self.data.as_ref().map_or(0, |d| d.data.series.len());
                if self.choice.series >= count {
                    self.choice.series = 0;
                }
            }
            // Cancelled: made again on the next refresh.
            Some(Ok(None)) => self.source = None,
            None => {}
            Some(Err(lost)) => {
                self.source = None;
                result = Err(lost);
            }
        }
        result
    }

    pub fn is_busy(&self) -> bool {
        self.carding.is_running() || self.charting.is_running()
    }

    pub fn cancel(&self) {
        self.carding.cancel();
        self.charting.cancel();
    }
}

/// Our schema's fields for the columns of a published table, by name: a column we do not
/// have is read as text.
fn schema_by_name(schema: &TableSchema, header: &[String]) -> TableSchema {
    TableSchema {
        fields: header
            .iter()
            .map(|name| {
                schema
                    .field(name)
                    .cloned()
                    .unwrap_or_else(|| Field::new(name.clone(), FieldType::String))
            })
            .collect(),
        ..schema.clone()
    }
}
