//! The typed view of a table, as a polars `DataFrame`: the engine that the column profile,
//! totals, charts and reshaping compute with.
//!
//! Once a table's schema is known, [`typed_frame`] casts each field's cells by the field's
//! type, format, decimal and group characters and missing values, reading them exactly as
//! validation does ([`FieldCheck`]): a missing value is null, a cell that fails its type is
//! null too and is counted in [`Misfits`], with the first few kept as written. Rows are the
//! table's rows in order, one for one, so frame row `i` is table row `i` (0-based, below the
//! header). Validation does not use this view: it keeps the text as written, row numbers and
//! ragged rows.
//!
//! Before a schema is known, [`trimmed_text`] gives a column's text as written less the
//! spaces around it, for the column profile.

use polars_core::prelude::{
    BooleanChunked, Column, DataFrame, DataType, Float64Chunked, GroupsIndicator, Int32Chunked,
    Int64Chunked, IntoColumn, IntoSeries, NewChunkedArray, PlSmallStr, PolarsError, Series,
    StringChunked, TimeUnit, UInt32Chunked,
};
use polars_core::runtime::THREAD_POOL;
use polars_core::utils::rayon::prelude::*;

use crate::core::progress::Progress;
use crate::core::schema::TableSchema;
use crate::core::schema::field_check::{Cast, CastType, FieldCheck, day_number};
use crate::core::table::Table;

/// How many failing cells per column [`Misfits`] keeps as written.
pub const MISFIT_EXAMPLES: usize = 10;

/// The cells of one column that did not fit the field's type: they are null in the frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Misfits {
    pub count: u64,
    /// The first [`MISFIT_EXAMPLES`] of them: table row (0-based, below the header) and text.
    pub examples: Vec<(usize, String)>,
}

impl Misfits {
    fn note(&mut self, row: usize, text: &str) {
        self.count += 1;
        if self.examples.len() < MISFIT_EXAMPLES {
            self.examples.push((row, text.to_owned()));
        }
    }
}

/// A table's typed view: one column per schema field, named as the field.
#[derive(Debug, Clone)]
pub struct TypedFrame {
    pub frame: DataFrame,
    /// Per field, in the schema's order.
    pub misfits: Vec<Misfits>,
}

impl TypedFrame {
    /// All cells that failed their type, over every column.
    pub fn misfit_count(&self) -> u64 {
        self.misfits.iter().map(|m| m.count).sum()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    /// Two fields share a name, so their columns cannot both be named.
    #[error("two fields are named {0}")]
    DuplicateField(String),
    /// A column summed is not a number column.
    #[error("{0} is not a number column")]
    NotNumeric(String),
    #[error("polars: {0}")]
    Polars(#[from] PolarsError),
}

/// Days from 0000-03-01 ([`day_number`]) to 1970-01-01, where polars counts dates from.
fn epoch_days() -> i64 {
    day_number(1970, 1, 1)
}

/// The typed view of `table` under `schema`; `Ok(None)` when cancelled. Field `i` reads the
/// table's column `i`; a field beyond the table's columns is all null. Columns are cast in
/// parallel on polars' thread pool.
pub fn typed_frame(
    table: &Table,
    schema: &TableSchema,
    progress: &dyn Progress,
) -> Result<Option<TypedFrame>, FrameError> {
    let all: Vec<usize> = (0..schema.fields.len()).collect();
    typed_fields(table, schema, &all, progress)
}

/// The typed view of only the fields at `fields` (schema positions, each the table's column
/// of that position), in that order: what a chart or a sum needs, without casting the rest.
/// [`TypedFrame::misfits`] follows `fields`.
pub fn typed_fields(
    table: &Table,
    schema: &TableSchema,
    fields: &[usize],
    progress: &dyn Progress,
) -> Result<Option<TypedFrame>, FrameError> {
    let mut names = rustc_hash::FxHashSet::default();
    for field in fields.iter().filter_map(|&i| schema.fields.get(i)) {
        if !names.insert(field.name.as_str()) {
            return Err(FrameError::DuplicateField(field.name.clone()));
        }
    }
    let checks: Vec<(usize, FieldCheck)> = fields
        .iter()
        .filter_map(|&i| Some((i, FieldCheck::compile(schema.fields.get(i)?).0)))
        .collect();
    let missing = &schema.missing_values;
    let total = checks.len() as u64;
    let done = std::sync::atomic::AtomicU64::new(0);
    let columns: Vec<Option<(Column, Misfits)>> = THREAD_POOL.install(|| {
        checks
            .par_iter()
            .map(|(col, check)| {
                if progress.cancelled() {
                    return None;
                }
                let column = typed_column(table, *col, check, missing);
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress.set(n, total);
                Some(column)
            })
            .collect()
    });
    let Some(columns) = columns.into_iter().collect::<Option<Vec<_>>>() else {
        return Ok(None);
    };
    let (columns, misfits): (Vec<Column>, Vec<Misfits>) = columns.into_iter().unzip();
    let frame = DataFrame::new(table.rows(), columns)?;
    Ok(Some(TypedFrame { frame, misfits }))
}

/// One field's column and the cells that failed its type.
fn typed_column(
    table: &Table,
    col: usize,
    check: &FieldCheck,
    missing: &[String],
) -> (Column, Misfits) {
    let name = PlSmallStr::from_str(&check.name);
    let mut misfits = Misfits::default();
    let mut cast = |row: usize, cell: Option<&str>| -> Option<Cast> {
        let text = cell?;
        if check.is_missing(text, missing) {
            return None;
        }
        match check.cast(text) {
            Ok(Cast::Null) => None,
            Ok(value) => Some(value),
            Err(_) => {
                misfits.note(row, text);
                None
            }
        }
    };
    let casts = table.column(col).enumerate().map(|(r, c)| cast(r, c));
    let series: Series = match check.cast_type() {
        CastType::Text => {
            // Text never fails its cast: only missing values become null.
            let texts = table
                .column(col)
                .map(|c| c.filter(|t| !check.is_missing(t, missing)));
            StringChunked::from_iter_options(name, texts).into_series()
        }
        CastType::Int => Int64Chunked::from_iter_options(
            name,
            casts.map(|c| match c {
                Some(Cast::Int(i)) => Some(i),
                _ => None,
            }),
        )
        .into_series(),
        CastType::Num => Float64Chunked::from_iter_options(
            name,
            casts.map(|c| match c {
                Some(Cast::Num(x)) => Some(x),
                _ => None,
            }),
        )
        .into_series(),
        CastType::Bool => BooleanChunked::from_iter_options(
            name,
            casts.map(|c| match c {
                Some(Cast::Bool(b)) => Some(b),
                _ => None,
            }),
        )
        .into_series(),
        CastType::Date => {
            let epoch = epoch_days();
            Int32Chunked::from_iter_options(
                name,
                casts.map(|c| match c {
                    Some(Cast::Date(d)) => i32::try_from(d - epoch).ok(),
                    _ => None,
                }),
            )
            .into_date()
            .into_series()
        }
        CastType::DateTime => {
            let epoch = epoch_days() * 86_400;
            Int64Chunked::from_iter_options(
                name,
                casts.map(|c| match c {
                    Some(Cast::DateTime(s)) => (s - epoch).checked_mul(1000),
                    _ => None,
                }),
            )
            .into_datetime(TimeUnit::Milliseconds, None)
            .into_series()
        }
    };
    (series.into_column(), misfits)
}

/// Column `col` of `table` as text: each cell less the spaces around it; an empty cell and a
/// cell missing from a short row are null. Named by the column's position.
pub fn trimmed_text(table: &Table, col: usize) -> StringChunked {
    let name = PlSmallStr::from_string(col.to_string());
    let texts = table
        .column(col)
        .map(|c| c.map(str::trim).filter(|t| !t.is_empty()));
    StringChunked::from_iter_options(name, texts)
}

/// A typed number column's values as numbers (integers too); `None` for a column of another
/// type.
pub fn numbers(column: &Column) -> Option<Vec<Option<f64>>> {
    match column.dtype() {
        DataType::Float64 => Some(column.f64().ok()?.iter().collect()),
        DataType::Int64 => Some(
            column
                .i64()
                .ok()?
                .iter()
                .map(|v| v.map(|i| i as f64))
                .collect(),
        ),
        _ => None,
    }
}

/// The frame rows of one group of a group-by, in order.
pub fn group_rows(group: GroupsIndicator<'_>) -> Box<dyn Iterator<Item = usize> + '_> {
    match group {
        GroupsIndicator::Idx((_, all)) => Box::new(all.iter().map(|&i| i as usize)),
        GroupsIndicator::Slice([first, len]) => Box::new(first as usize..(first + len) as usize),
    }
}

/// The sum of the numbers in `value` per distinct combination of `keys`, groups in the order
/// they first appear: the key columns, then `value` with each group's sum (null where the
/// group has no number: its sum is unknown) and `<value>_count` with how many numbers were
/// summed.
pub fn sum_by(frame: &DataFrame, keys: &[&str], value: &str) -> Result<DataFrame, FrameError> {
    let numbers =
        numbers(frame.column(value)?).ok_or_else(|| FrameError::NotNumeric(value.to_owned()))?;
    let grouped = frame.group_by_stable(keys.iter().copied())?;
    let mut sums = Vec::with_capacity(grouped.get_groups().len());
    let mut counts = Vec::with_capacity(sums.capacity());
    for group in grouped.get_groups().iter() {
        let (mut sum, mut n) = (0.0, 0u32);
        for x in group_rows(group).filter_map(|r| numbers.get(r).copied().flatten()) {
            sum += x;
            n += 1;
        }
        sums.push((n > 0).then_some(sum));
        counts.push(n);
    }
    let mut columns = grouped.keys();
    let height = sums.len();
    columns.push(
        Float64Chunked::from_iter_options(PlSmallStr::from_str(value), sums.into_iter())
            .into_column(),
    );
    columns.push(
        UInt32Chunked::from_vec(PlSmallStr::from_string(format!("{value}_count")), counts)
            .into_column(),
    );
    Ok(DataFrame::new(height, columns)?)
}

#[cfg(test)]
mod tests {
    use polars_core::prelude::AnyValue;

    use super::*;
    use crate::core::progress::NoProgress;
    use crate::core::schema::{Field, FieldType};

    fn schema(fields: Vec<Field>) -> TableSchema {
        TableSchema {
            fields,
            missing_values: vec![String::new(), "-".to_owned()],
            ..TableSchema::default()
        }
    }

    fn field(name: &str, field_type: FieldType) -> Field {
        Field::new(name, field_type)
    }

    #[test]
    fn each_field_is_cast_the_way_validation_reads_it() {
        let mut amount = field("summa", FieldType::Number);
        amount.decimal_char = Some(",".into());
        amount.group_char = Some(" ".into());
        let mut day = field("sana", FieldType::Date);
        day.format = Some("%d.%m.%Y".into());
        let mut done = field("bajarildi", FieldType::Boolean);
        done.true_values = Some(vec!["ha".into()]);
        done.false_values = Some(vec!["yoʻq".into()]);
        let s = schema(vec![
            field("kod", FieldType::Integer),
            amount,
            day,
            field("nomi", FieldType::String),
            done,
            field("yil", FieldType::Year),
        ]);
        let t = Table::from_rows(
            &["kod", "summa", "sana", "nomi", "bajarildi", "yil"],
            &[
                vec!["1703", "1 250,5", "05.01.2026", "Тошкент", "ha", "2024"],
                vec!["1706", "-", "31.12.1969", "Buxoro", "yoʻq", "2025"],
                vec!["17x", "12,5x", "31.02.2026", "", "bor", "24"],
                vec!["1708"],
            ],
        );
        let typed = typed_frame(&t, &s, &NoProgress)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("cancelled"));
        let f = &typed.frame;
        assert_eq!(f.height(), 4);
        let dtypes: Vec<DataType> = f.dtypes();
        assert_eq!(
            dtypes,
            [
                DataType::Int64,
                DataType::Float64,
                DataType::Date,
                DataType::String,
                DataType::Boolean,
                DataType::Int64,
            ]
        );
        let cell = |c: &str, r: usize| -> AnyValue<'_> {
            f.column(c)
                .and_then(|col| col.get(r))
                .unwrap_or_else(|e| panic!("{e}"))
        };
        assert_eq!(cell("kod", 0), AnyValue::Int64(1703));
        assert_eq!(cell("kod", 2), AnyValue::Null, "17x is not an integer");
        assert_eq!(cell("kod", 3), AnyValue::Int64(1708));
        assert_eq!(cell("summa", 0), AnyValue::Float64(1250.5));
        assert_eq!(cell("summa", 1), AnyValue::Null, "a missing value");
        assert_eq!(cell("summa", 2), AnyValue::Null, "not a number");
        assert_eq!(cell("sana", 0), AnyValue::Date(20458));
        assert_eq!(cell("sana", 1), AnyValue::Date(-1));
        assert_eq!(cell("nomi", 0), AnyValue::String("Тошкент"));
        assert_eq!(cell("nomi", 2), AnyValue::Null, "an empty cell is missing");
        assert_eq!(cell("bajarildi", 1), AnyValue::Boolean(false));
        assert_eq!(cell("yil", 1), AnyValue::Int64(2025));
        let counts: Vec<u64> = typed.misfits.iter().map(|m| m.count).collect();
        assert_eq!(counts, [1, 1, 1, 0, 1, 1]);
        assert_eq!(typed.misfits[1].examples, [(2, "12,5x".to_owned())]);
        assert_eq!(typed.misfits[2].examples, [(2, "31.02.2026".to_owned())]);
        assert_eq!(typed.misfit_count(), 5);
        assert_eq!(f.column("nomi").map(|c| c.null_count()).ok(), Some(2));
    }

    #[test]
    fn datetimes_are_milliseconds_since_1970() {
        let s = schema(vec![field("vaqt", FieldType::Datetime)]);
        let t = Table::from_rows(&["vaqt"], &[vec!["1970-01-02T00:00:01Z"], vec!["soon"]]);
        let typed = typed_frame(&t, &s, &NoProgress)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no frame"));
        let col = typed.frame.column("vaqt").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            col.dtype(),
            DataType::Datetime(TimeUnit::Milliseconds, None)
        ));
        assert_eq!(
            col.get(0).ok(),
            Some(AnyValue::Datetime(86_401_000, TimeUnit::Milliseconds, None))
        );
        assert_eq!(typed.misfits[0].count, 1);
    }

    #[test]
    fn fields_past_the_table_are_null_and_duplicates_are_refused() {
        let s = schema(vec![
            field("a", FieldType::Integer),
            field("b", FieldType::Number),
        ]);
        let t = Table::from_rows(&["a"], &[vec!["1"], vec!["2"]]);
        let typed = typed_frame(&t, &s, &NoProgress).ok().flatten();
        let b = typed.as_ref().and_then(|t| t.frame.column("b").ok());
        assert_eq!(b.map(|c| c.null_count()), Some(2));
        let twice = schema(vec![
            field("a", FieldType::Integer),
            field("a", FieldType::Number),
        ]);
        assert!(matches!(
            typed_frame(&t, &twice, &NoProgress),
            Err(FrameError::DuplicateField(name)) if name == "a"
        ));
    }

    #[test]
    fn a_cancelled_frame_is_none() {
        let tracker = crate::core::progress::Tracker::default();
        tracker.cancel();
        let s = schema(vec![field("a", FieldType::Integer)]);
        let t = Table::from_rows(&["a"], &[vec!["1"]]);
        assert!(matches!(typed_frame(&t, &s, &tracker), Ok(None)));
    }

    #[test]
    fn trimmed_text_drops_surrounding_spaces_and_empty_cells() {
        let t = Table::from_rows(&["a", "b"], &[vec![" Asaka ", "1"], vec!["  "], vec![""]]);
        let text = trimmed_text(&t, 0);
        let values: Vec<Option<&str>> = text.iter().collect();
        assert_eq!(values, [Some("Asaka"), None, None]);
        assert_eq!(trimmed_text(&t, 1).null_count(), 2);
    }

    #[test]
    fn sums_a_value_by_key_columns_in_first_seen_order() {
        let mut amount = field("soni", FieldType::Number);
        amount.decimal_char = Some(",".into());
        let s = schema(vec![
            field("hudud", FieldType::String),
            field("yil", FieldType::Year),
            amount,
        ]);
        let t = Table::from_rows(
            &["hudud", "yil", "soni"],
            &[
                vec!["Андижон", "2024", "1,5"],
                vec!["Buxoro", "2024", "2"],
                vec!["Андижон", "2024", "3"],
                vec!["Андижон", "2025", "x"],
                vec!["Buxoro", "2024", "-"],
            ],
        );
        let typed = typed_frame(&t, &s, &NoProgress)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no frame"));
        let sums =
            sum_by(&typed.frame, &["hudud", "yil"], "soni").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(sums.height(), 3);
        let col = |name: &str| sums.column(name).unwrap_or_else(|e| panic!("{e}")).clone();
        let regions: Vec<AnyValue<'_>> = (0..3)
            .filter_map(|r| col("hudud").get(r).ok().map(|v| v.into_static()))
            .collect();
        assert_eq!(
            regions,
            [
                AnyValue::StringOwned("Андижон".into()),
                AnyValue::StringOwned("Buxoro".into()),
                AnyValue::StringOwned("Андижон".into()),
            ]
        );
        let totals: Vec<Option<f64>> = col("soni")
            .f64()
            .map(|ca| ca.iter().collect())
            .unwrap_or_default();
        assert_eq!(
            totals,
            [Some(4.5), Some(2.0), None],
            "x is no number: unknown"
        );
        let counts: Vec<Option<u32>> = col("soni_count")
            .u32()
            .map(|ca| ca.iter().collect())
            .unwrap_or_default();
        assert_eq!(counts, [Some(2), Some(1), Some(0)]);
        assert!(matches!(
            sum_by(&typed.frame, &["yil"], "hudud"),
            Err(FrameError::NotNumeric(_))
        ));
        assert!(sum_by(&typed.frame, &["hudud"], "yoʻq").is_err());
    }
}
