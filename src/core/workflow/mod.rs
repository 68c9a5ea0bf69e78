//! The workflows the window and the command line both run, each assembled once from the
//! modules below: checking a file, a package or a table in memory ([`check`]), and taking a
//! dataset from the workspace through the pre-publish check and the outbox to a portal
//! ([`publish`]). The top of the core: it may use every other core module, and none of them
//! uses it. A front end calls these instead of putting the steps together itself.

pub mod check;
pub mod publish;
pub mod save;
