//! `ochiq` with no arguments starts the desktop app; with arguments, the command line.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if std::env::args_os().len() <= 1 {
        return ochiq::cli::start_gui(None);
    }
    ochiq::cli::run(ochiq::cli::Cli::parse())
}
