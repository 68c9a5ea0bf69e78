//! What Ochiq says, in the interface language, shared by the window, the command line and
//! the report files: notices and errors, the calendar's and the history's sentences, and the
//! names of the core's kinds. Nothing here draws; `ui`, `cli` and `export` all build on it.

pub mod calendar;
pub mod history;
pub mod messages;
pub mod names;
pub mod reshape;
