//! The command line: `ochiq` alone starts the window; subcommands work on the same core.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::ui::{self, AppConfig};

#[derive(Debug, Parser)]
#[command(
    name = "ochiq",
    version,
    about = "Ochiq: prepare, check and publish open datasets for data.egov.uz",
    long_about = "Ochiq: prepare, check and publish open datasets for data.egov.uz.\n\nRun without arguments to open the desktop app on your workspace (the bundled demo workspace on first start). Set OCHIQ_HOME to keep preferences and workspaces in one folder, e.g. on a USB stick."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open a data file (CSV, TSV, XLSX, XLS, ODS, portal JSON) in the Ochiq window.
    Open {
        /// The file to open.
        file: PathBuf,
    },
}

/// Runs a parsed command line and gives the process's exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Open { file } => start_gui(Some(file)),
    }
}

/// Starts the window; an error is printed, since there is no window to show it in.
pub fn start_gui(open: Option<PathBuf>) -> ExitCode {
    match ui::run(AppConfig::standard(open)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ochiq: cannot open the window: {e}");
            ExitCode::from(2)
        }
    }
}
