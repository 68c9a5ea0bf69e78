//! The pieces of validating files: how a package's resource is to be read, the foreign keys
//! between a package's resources, and a file validated while it is read (a reader thread
//! parses the file while this thread checks the chunks it sends, so a file is validated in
//! about the time it takes to read it, in little memory). What is checked with what, for a
//! whole file or package, is assembled once in [`crate::core::workflow::check`].

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::sync_channel;

use rustc_hash::FxHashSet;

use super::{CheckedChunk, ForeignCheck, Validator, key_of};
use crate::core::ingest::{self, IngestError, LoadEvent, OpenOptions, SourceInfo, TextEncoding};
use crate::core::progress::Progress;
use crate::core::schema::{Package, PackageError, Resource};
use crate::core::table::{Chunk, Table};

#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    #[error(transparent)]
    Ingest(#[from] IngestError),
    #[error(transparent)]
    Package(#[from] PackageError),
    #[error("the package has no resource with a data file")]
    NoResources,
    #[error("foreign key to resource {0:?}, which the package does not have")]
    NoSuchResource(String),
    /// The recipe's unpivot would put two values in one place; rows count from `first_row`.
    #[error("the recipe's reshape would lose data: {refusal:?}")]
    ReshapeRefused {
        refusal: crate::core::schema::recipe::Refusal,
        first_row: u64,
    },
}

/// How a resource's file is to be read, from its dialect, encoding and sheet: Frictionless's
/// `delimiter`, `quoteChar`, `header`, `headerRows`, `sheetName`/`sheetNumber` (v2) and
/// `excel.sheet` (frictionless-py), and Ochiq's own `ochiq:sheet`.
pub fn open_options(resource: &Resource) -> OpenOptions {
    let encoding = resource
        .encoding
        .as_deref()
        .and_then(TextEncoding::from_name);
    let dialect = resource.dialect.as_ref();
    let sheet = resource.sheet.clone().or_else(|| {
        let extra = &dialect?.extra;
        let named = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        extra
            .get("sheetName")
            .or_else(|| extra.get("sheetNumber"))
            .or_else(|| extra.get("excel").and_then(|e| e.get("sheet")))
            .and_then(named)
    });
    OpenOptions {
        encoding,
        delimiter: dialect
            .and_then(|d| d.delimiter.as_deref())
            .and_then(|d| d.bytes().next()),
        quote: dialect
            .and_then(|d| d.quote_char.as_deref())
            .and_then(|q| q.bytes().next()),
        header_row: dialect
            .and_then(|d| d.header_rows.as_ref())
            .and_then(|rows| rows.last())
            .map(|r| r.saturating_sub(1)),
        has_header: dialect.and_then(|d| d.header).or(Some(true)),
        sheet,
        header_rows: dialect
            .and_then(|d| d.header_rows.as_ref())
            .filter(|rows| rows.len() > 1)
            .map(|rows| rows.iter().map(|r| r.saturating_sub(1)).collect()),
        preferred_sheet: None,
    }
}

/// Options given by hand (the command line's `--sheet`, `--encoding` …) over those a package
/// gives: each one given replaces the package's.
pub fn with_overrides(base: OpenOptions, overrides: &OpenOptions) -> OpenOptions {
    OpenOptions {
        encoding: overrides.encoding.or(base.encoding),
        delimiter: overrides.delimiter.or(base.delimiter),
        quote: overrides.quote.or(base.quote),
        header_row: overrides.header_row.or(base.header_row),
        has_header: overrides.has_header.or(base.has_header),
        sheet: overrides.sheet.clone().or(base.sheet),
        preferred_sheet: overrides.preferred_sheet.clone().or(base.preferred_sheet),
        // Header rows given by hand replace the package's, which may span several rows.
        header_rows: if overrides.header_row.is_some() || overrides.has_header.is_some() {
            overrides.header_rows.clone()
        } else {
            base.header_rows
        },
    }
}

/// What the reader thread sends: the header, or a chunk with its cells checked or not.
enum Read {
    Started(crate::core::ingest::SourceInfo, Vec<String>),
    Rows(Chunk, Option<CheckedChunk>),
}

/// Reads `path` on a second thread; this thread checks what needs the rows seen before (keys,
/// uniqueness) as chunks arrive. The per-cell checks of a chunk run on whichever thread has
/// time: the reader checks a chunk itself while this thread is still busy with earlier ones,
/// and hands it over unchecked when this thread is waiting, so both cores stay busy.
pub fn stream(
    path: &Path,
    options: &OpenOptions,
    validator: &mut Validator,
    progress: &dyn Progress,
) -> Result<(SourceInfo, Vec<String>), IngestError> {
    let (tx, rx) = sync_channel::<Read>(4);
    let path_owned = path.to_owned();
    let options_owned = options.clone();
    let checker = validator.cell_checker();
    let reader_checker = checker.clone();
    // Chunks sent and not yet taken by this thread.
    let pending = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let pending_reader = &pending;
        let reader = scope.spawn(move || {
            ingest::load(&path_owned, &options_owned, progress, &mut |event| {
                let message = match event {
                    LoadEvent::Started { info, header } => Read::Started(info, header),
                    LoadEvent::Rows(chunk) => {
                        let busy = pending_reader.load(Ordering::Acquire) > 0;
                        let checked = busy.then(|| reader_checker.check(&chunk));
                        Read::Rows(chunk, checked)
                    }
                };
                pending_reader.fetch_add(1, Ordering::AcqRel);
                let _ = tx.send(message);
            })
        });
        let mut next_row = 2u64;
        let mut labels = Vec::new();
        for message in rx {
            pending.fetch_sub(1, Ordering::AcqRel);
            match message {
                Read::Started(info, header) => {
                    next_row = check_header(validator, &info, &header);
                    labels = header;
                }
                Read::Rows(chunk, checked) => {
                    let checked = checked.unwrap_or_else(|| checker.check(&chunk));
                    validator.checked_chunk(&chunk, &checked, next_row);
                    next_row += chunk.rows() as u64;
                }
            }
        }
        match reader.join() {
            Ok(result) => result.map(|info| {
                validator.source(&info, &labels);
                (info, labels)
            }),
            Err(_) => Err(IngestError::Workbook(
                "the reader stopped unexpectedly".into(),
            )),
        }
    })
}

/// The referenced keys of a foreign key, read from the other resource.
fn referenced_keys(
    package: &Package,
    dir: &Path,
    resource: &str,
    fields: &[String],
    progress: &dyn Progress,
) -> Result<FxHashSet<u64>, ValidateError> {
    let target = package
        .resources
        .iter()
        .find(|r| r.name == resource)
        .ok_or_else(|| ValidateError::NoSuchResource(resource.to_owned()))?;
    let (_, table) = ingest::read_table(&dir.join(&target.path), &open_options(target), progress)?;
    let columns: Vec<usize> = fields
        .iter()
        .filter_map(|f| table.header().iter().position(|h| h == f))
        .collect();
    Ok(table
        .iter_rows()
        .map(|row| key_of(columns.iter().map(|&c| row.get(c).unwrap_or(""))))
        .collect())
}

/// Gives the validator of `resource` its foreign keys, reading the referenced resources.
pub fn add_foreign_keys(
    validator: &mut Validator,
    package: &Package,
    resource: &Resource,
    dir: &Path,
    progress: &dyn Progress,
) -> Result<(), ValidateError> {
    for fk in &resource.schema.foreign_keys {
        let target = if fk.reference.resource.is_empty() {
            resource.name.as_str()
        } else {
            fk.reference.resource.as_str()
        };
        let allowed = referenced_keys(package, dir, target, &fk.reference.fields, progress)?;
        let columns: Vec<usize> = fk
            .fields
            .iter()
            .map_while(|f| resource.schema.fields.iter().position(|x| x.name == *f))
            .collect();
        // A key with an unknown field is reported, not half-checked.
        let columns = if columns.len() == fk.fields.len() {
            columns
        } else {
            Vec::new()
        };
        validator.add_foreign(ForeignCheck {
            columns,
            resource: target.to_owned(),
            allowed: Arc::new(allowed),
        });
    }
    Ok(())
}

/// Checks the header a reader found (its labels, and bytes in them that are not text) and
/// gives the row number of the first data row, as the file numbers its rows.
fn check_header(validator: &mut Validator, info: &SourceInfo, labels: &[String]) -> u64 {
    let header_number = info.header.header_row as u64 + 1;
    if info.header.has_header {
        validator.header(labels, header_number);
        validator.header_faults(&info.header_faults, header_number, labels);
        header_number + 1
    } else {
        header_number
    }
}

/// Checks a table already read, numbering its rows as the file does.
pub fn check_table(validator: &mut Validator, info: &SourceInfo, table: &Table) {
    let first_row = check_header(validator, info, table.header());
    // Without a way to cancel, every row is checked.
    let _ = check_rows(
        validator,
        table,
        first_row,
        &crate::core::progress::NoProgress,
    );
}

/// Checks the rows of a table already read, the first numbered `first_row`, reporting the
/// rows done; `false` when cancelled part way. The cells of every other chunk are checked on
/// a second thread while this one checks the rest and reports them all in order, as
/// [`stream`] shares a file's check between its reader and its checker.
pub fn check_rows(
    validator: &mut Validator,
    table: &Table,
    first_row: u64,
    progress: &dyn Progress,
) -> bool {
    let chunks = table.chunks();
    let total = table.rows() as u64;
    let checker = validator.cell_checker();
    let helper_checker = checker.clone();
    std::thread::scope(|scope| {
        let (tx, rx) = sync_channel::<CheckedChunk>(2);
        scope.spawn(move || {
            for chunk in chunks.iter().skip(1).step_by(2) {
                if progress.cancelled() || tx.send(helper_checker.check(chunk)).is_err() {
                    break;
                }
            }
        });
        let mut row = first_row;
        for (i, chunk) in chunks.iter().enumerate() {
            if progress.cancelled() {
                // Dropping the receiver stops the helper at its next send.
                return false;
            }
            let checked = if i % 2 == 1 {
                rx.recv().unwrap_or_else(|_| checker.check(chunk))
            } else {
                checker.check(chunk)
            };
            validator.checked_chunk(chunk, &checked, row);
            row += chunk.rows() as u64;
            progress.set(row - first_row, total);
        }
        true
    })
}
