//! `ochiq` with no arguments starts the desktop app; with arguments, the command line.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if std::env::args_os().len() <= 1 {
        return ochiq::cli::start_gui(None);
    }
    quiet_broken_pipe();
    ochiq::cli::run(ochiq::cli::Cli::parse())
}

/// A command whose output is piped into `head` and cut short ends quietly, as other command
/// line tools do, instead of panicking on its next print.
fn quiet_broken_pipe() {
    #[cfg(unix)]
    // SAFETY: restoring the default action for SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
