//! Ochiq's integration tests, one binary: files in, tables out (`ingest`), the interface
//! driven through egui_kittest (`ui`), random bad input (`fuzz`), the translations (`i18n`) and the layering rules
//! (`architecture`).

/// The interface's English text for a message id, checked when the tests are compiled: the
/// UI tests find widgets by the id of what the app says, never by a copy of its words.
macro_rules! en {
    ($id:literal) => {
        ochiq::tr!(crate::common::english(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        ochiq::tr!(crate::common::english(), $id, $($args)*)
    };
}

mod access;
mod architecture;
mod calendar;
mod chart;
mod ckan;
mod cli;
mod common;
mod demo;
mod egov;
mod encoding;
mod faults;
mod frame;
mod fuzz;
mod history;
mod i18n;
mod ingest;
mod inventory;
mod keychain;
mod personal;
mod presentation;
mod raw;
mod reshape;
mod table;
mod transport;
mod ui;
mod workbook;
