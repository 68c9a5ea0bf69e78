//! The unified description of a dataset: its **passport** (what the portal shows about it, in
//! four languages) and its **table schema** (Frictionless Table Schema v2 fields, constraints
//! and keys, plus Ochiq's classifier bindings). Stored and exchanged as a standard
//! `datapackage.json` ([`package`]); inferred from an opened table ([`infer`]); imported from
//! the portal's published structure ([`portal`]). No I/O beyond reading and writing that file.

pub mod infer;
pub mod package;
pub mod passport;
pub mod portal;
pub mod table_schema;

pub use package::{Package, PackageError, Resource};
pub use passport::{Contact, Licence, Passport, Periodicity};
pub use table_schema::{Binding, Constraints, Field, FieldType, ForeignKey, TableSchema};
