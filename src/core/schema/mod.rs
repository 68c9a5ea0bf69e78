//! The unified description of a dataset: its **passport** (what the portal shows about it, in
//! four languages) and its **table schema** (Frictionless Table Schema v2 fields, constraints
//! and keys, plus Ochiq's classifier bindings). Stored and exchanged as a standard
//! `datapackage.json` ([`package`]); inferred from an opened table ([`infer`]); imported from
//! the portal's published structure ([`portal`]). A field compiled into the check of one cell
//! ([`field_check`]) lives here too, as Frictionless keeps a field's cell reader with the field:
//! inference tries candidate fields with it and validation runs it on every cell. The steps of a
//! dataset's saved cleaning ([`recipe`]) are part of the package file, so their types live here
//! and `core::recipe` applies them. No I/O beyond reading and writing that file.

pub mod field_check;
pub mod infer;
pub mod package;
pub mod passport;
pub mod portal;
pub mod recipe;
pub mod table_schema;

pub use package::{Package, PackageError, Resource};
pub use passport::{Contact, Licence, Passport, Periodicity};
pub use table_schema::{Binding, Constraints, Field, FieldType, ForeignKey, TableSchema};
