//! `ochiq` with no arguments starts the desktop app; with arguments, the command line, which
//! may ask for the window (`ochiq open`, `ochiq demo`).

use std::process::ExitCode;

use clap::Parser;
use ochiq::cli::{Cli, Outcome, Window};
use ochiq::ui::{self, AppConfig};

fn main() -> ExitCode {
    if std::env::args_os().len() <= 1 {
        return open_window(Window::Standard(None));
    }
    quiet_broken_pipe();
    match ochiq::cli::run(Cli::parse()) {
        Outcome::Done(code) => code,
        Outcome::Window(window) => open_window(window),
    }
}

/// Starts the window; an error is printed, since there is no window to show it in.
fn open_window(window: Window) -> ExitCode {
    let config = match window {
        Window::Standard(open) => AppConfig::standard(open),
        Window::Demo => AppConfig::demo(None),
    };
    match ui::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ochiq: cannot open the window: {e}");
            ExitCode::from(2)
        }
    }
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
