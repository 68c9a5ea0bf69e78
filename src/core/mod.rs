//! Everything Ochiq knows how to do, without any user interface: reading files into tables,
//! recognising values, profiling columns, and keeping the workspace on disk. The GUI
//! (`crate::ui`) and the command line (`crate::cli`) are two front ends over this module.
//! Nothing here may use egui, eframe or rfd (a test enforces it), and nothing here returns
//! sentences for users: errors and findings are data that the front ends translate.
//!
//! The modules are layered: each imports only modules before it in this list, so they form
//! no circle (a test checks): `fs`, `date`, `lang`, `progress`, `table`, `translit`, `infer`,
//! `ingest`, `classifier`, `schema`, `frame` (the typed view of a table as a polars
//! `DataFrame`), `period`, `validate`, `recipe`, `profile`, `chart`, `history`, `publish`,
//! `calendar`, `workspace`, `view` (sort orders, filters and find over a table), and at the
//! top `workflow`, the steps the window and the command line share.

pub mod calendar;
pub mod chart;
pub mod classifier;
pub mod date;
pub mod frame;
pub mod fs;
pub mod history;
pub mod infer;
pub mod ingest;
pub mod lang;
pub mod period;
pub mod profile;
pub mod progress;
pub mod publish;
pub mod recipe;
pub mod schema;
pub mod table;
pub mod translit;
pub mod validate;
pub mod view;
pub mod workflow;
pub mod workspace;
