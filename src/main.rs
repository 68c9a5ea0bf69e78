//! `ochiq` with no arguments starts the desktop app; with arguments, the command line, which
//! may ask for the window (`ochiq open`, `ochiq demo`).
//!
//! On Windows the release build is a window program, so starting it from Explorer or the
//! Start menu opens no console; a command typed in a console still prints there, by attaching
//! to that console ([`attach_console`]). Debug builds stay console programs.

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use ochiq::cli::{Cli, Outcome, Window};
use ochiq::ui::{self, AppConfig};

fn main() -> ExitCode {
    if std::env::args_os().len() <= 1 {
        return open_window(Window::Standard(None));
    }
    attach_console();
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

/// A window program on Windows has no console: when it was started from one (`ochiq validate`
/// typed in cmd or PowerShell), its output goes to that console. Streams the parent already
/// redirected (to a file, a pipe) stay where they were pointed.
#[cfg(all(windows, not(debug_assertions)))]
fn attach_console() {
    use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_INPUT_HANDLE,
        STD_OUTPUT_HANDLE, SetStdHandle,
    };
    const STREAMS: [u32; 3] = [STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];
    // SAFETY: Win32 calls on this process's own standard handles, made before any output and
    // before any other thread starts.
    unsafe {
        let inherited = STREAMS.map(|stream| GetStdHandle(stream));
        let usable =
            |h: &windows_sys::Win32::Foundation::HANDLE| !h.is_null() && *h != INVALID_HANDLE_VALUE;
        if usable(&inherited[1]) && usable(&inherited[2]) {
            return;
        }
        // Fails when the parent has no console (Explorer, a shortcut): nothing to print to.
        if AttachConsole(ATTACH_PARENT_PROCESS) == 0 {
            return;
        }
        for (stream, handle) in STREAMS.into_iter().zip(inherited) {
            if usable(&handle) {
                SetStdHandle(stream, handle);
            }
        }
    }
}

#[cfg(not(all(windows, not(debug_assertions))))]
fn attach_console() {}
