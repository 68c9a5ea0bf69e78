//! Ochiq, the open-data steward's desk.
//!
//! - [`core`]: everything the app knows how to do, with no user interface (files → tables,
//!   value recognition, column profiles, the workspace on disk).
//! - [`ui`]: the egui desktop interface over the core.
//! - [`cli`]: the command line over the same core.
//! - [`i18n`]: the interface's four languages (Fluent files in `i18n/`).

pub mod cli;
pub mod core;
pub mod export;
pub mod i18n;
pub mod text;
pub mod ui;
