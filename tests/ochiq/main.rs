//! Ochiq's integration tests, one binary: files in, tables out (`ingest`), the interface
//! driven through egui_kittest (`ui`), random bad input (`fuzz`), the translations (`i18n`) and the layering rules
//! (`architecture`).

mod access;
mod architecture;
mod calendar;
mod ckan;
mod cli;
mod common;
mod demo;
mod egov;
mod encoding;
mod faults;
mod fuzz;
mod history;
mod i18n;
mod ingest;
mod inventory;
mod keychain;
mod presentation;
mod raw;
mod ui;
mod workbook;
