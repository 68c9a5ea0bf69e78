//! The command line: `ochiq` alone starts the window; subcommands work on the same core.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod calendar;
mod publish;
mod review;

use crate::core::classifier::Registry;
use crate::core::ingest::{OpenOptions, SourceInfo, TextEncoding};
use crate::core::lang::Lang;
use crate::core::progress::NoProgress;
use crate::core::validate::{self, Code, Report};
use crate::core::workflow::check::{self, Checked};
use crate::core::workspace::{
    self, Workspace,
    prefs::{PREFS_FILE, Preferences},
};
use crate::i18n::I18n;
use crate::tr;

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
    ///
    /// Without a file it opens the window as `ochiq` alone does (a desktop launcher passes
    /// the file it was given, or none).
    Open {
        /// The file to open.
        file: Option<PathBuf>,
    },
    /// Trainer mode: open the window on the bundled demo workspace (a sample ministry with a
    /// dozen datasets, seeded errors, overdue deadlines and a history), leaving your own
    /// workspace as it is. Publishing goes to the demo's own folder, never to a portal.
    Demo {
        /// First put the demo back as it was bundled, removing every change made in it.
        #[arg(long)]
        reset: bool,
    },
    /// Check a data file or a datapackage.json against its schema and the classifiers.
    ///
    /// Exit code 0 when valid, 1 when invalid, 2 when the input cannot be read.
    Validate {
        /// A data file (CSV, XLSX, …) or a datapackage.json.
        input: PathBuf,
        /// Check the file against the first resource's schema of this datapackage.json
        /// (by default: the dataset's own package when the file is in a dataset folder,
        /// else a schema inferred from the file).
        #[arg(long)]
        schema: Option<PathBuf>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Findings kept per error code (all are counted).
        #[arg(long, default_value_t = validate::DEFAULT_LIMIT)]
        limit_errors: usize,
        /// The workspace whose imported classifiers are used.
        #[arg(long)]
        workspace: Option<PathBuf>,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Publish a dataset of the workspace: prepare its portal-ready file, queue it in the
    /// outbox and send it to the target.
    ///
    /// Exit code 0 when the portal confirmed it, 3 when it is queued or sent and not yet
    /// confirmed (it is retried by `ochiq outbox send`), 1 when it failed, 2 on bad input.
    Push {
        /// The dataset: its folder, or its code or folder name in the workspace.
        dataset: String,
        /// The target's id (see `ochiq target list`); by default the workspace's first.
        #[arg(long)]
        target: Option<String>,
        /// The reporting period the data covers (`2026-10`); by default the last ended one.
        #[arg(long)]
        period: Option<String>,
        /// Only queue it; send later with `ochiq outbox send`.
        #[arg(long)]
        queue_only: bool,
        #[command(flatten)]
        ws: publish::WorkspaceArg,
    },
    /// Personal data in a dataset, and the review that lets it be published: who reviewed
    /// it, which columns and why (consent, a register public by law …). Without --reviewer
    /// it only lists what is found. Exit code 0 when nothing unreviewed is left, 1 when some
    /// is, 2 on bad input.
    Review(review::ReviewArgs),
    /// The outbox: publishes waiting to be sent or confirmed.
    Outbox {
        #[command(subcommand)]
        command: publish::OutboxCommand,
        #[command(flatten)]
        ws: publish::WorkspaceArg,
    },
    /// Publish targets: portals and folders, with tokens kept in the OS keychain.
    Target {
        #[command(subcommand)]
        command: publish::TargetCommand,
        #[command(flatten)]
        ws: publish::WorkspaceArg,
    },
    /// The target's catalogue: the organisation's datasets as the portal lists them, with
    /// rows, last update and days overdue.
    Catalogue {
        /// The target's id.
        #[arg(long)]
        target: String,
        /// Print JSON lines instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        ws: publish::WorkspaceArg,
    },
    /// Compare a dataset's data with what the target has published: columns and rows added,
    /// removed and changed. Exit code 0 when they are the same, 1 when they differ.
    Compare {
        /// The dataset: its folder, or its code or folder name in the workspace.
        dataset: String,
        #[arg(long)]
        target: String,
        #[command(flatten)]
        ws: publish::WorkspaceArg,
    },
    /// The deadlines of the approved list with their status (done, due soon, overdue, not
    /// yet due), each with the rule that gave it. Exit code 0, or 1 when something listed is
    /// overdue (for a scheduled reminder), 2 on bad input.
    Calendar(calendar::CalendarArgs),
    /// The history of checks and publishes.
    History {
        /// Only lines whose dataset code contains this.
        #[arg(long)]
        dataset: Option<String>,
        /// Only failures.
        #[arg(long)]
        failures: bool,
        /// At most this many lines (newest first).
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Print JSON lines instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        ws: publish::WorkspaceArg,
    },
}

/// How to read the file, as the window's source bar chooses it; each given one replaces what
/// a package says or what would be detected.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ReadArgs {
    /// The workbook sheet: its name, or its number counting from 1.
    #[arg(long, value_name = "NAME|N")]
    sheet: Option<String>,
    /// The row that holds the column names, counting from 1 as a spreadsheet does (rows above
    /// it are a title block); 0 for a file without a header row.
    #[arg(long, value_name = "N")]
    header_row: Option<usize>,
    /// The text encoding: UTF-8, UTF-16LE, UTF-16BE, Windows-1251, Windows-1252, KOI8-R or
    /// CP866 (other spellings such as cp1251 or utf8 are understood).
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// The delimiter between fields: ; , | or tab (also written \t).
    #[arg(long, value_name = "C")]
    delimiter: Option<String>,
}

/// A value given to a reading option that Ochiq cannot use.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadArgError {
    Encoding(String),
    Delimiter(String),
}

impl ReadArgs {
    /// The options these arguments give.
    pub fn options(&self) -> Result<OpenOptions, ReadArgError> {
        let encoding = match &self.encoding {
            None => None,
            Some(name) => Some(
                TextEncoding::from_name(name)
                    .ok_or_else(|| ReadArgError::Encoding(name.clone()))?,
            ),
        };
        let delimiter = match self.delimiter.as_deref() {
            None => None,
            Some("tab" | "\\t" | "\t" | "TAB") => Some(b'\t'),
            Some(d) if d.len() == 1 && !d.as_bytes()[0].is_ascii_alphanumeric() => {
                Some(d.as_bytes()[0])
            }
            Some(other) => return Err(ReadArgError::Delimiter(other.to_owned())),
        };
        let (header_row, has_header) = match self.header_row {
            None => (None, None),
            Some(0) => (Some(0), Some(false)),
            Some(n) => (Some(n - 1), Some(true)),
        };
        Ok(OpenOptions {
            encoding,
            delimiter,
            quote: None,
            header_row,
            has_header,
            sheet: self.sheet.clone(),
            header_rows: None,
            preferred_sheet: None,
        })
    }
}

/// What a command line comes to: an exit code, or a window for `main` to open (the command
/// line never draws one itself).
#[derive(Debug)]
pub enum Outcome {
    Done(ExitCode),
    Window(Window),
}

/// Which window `ochiq open` and `ochiq demo` ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Window {
    /// The user's workspace, with this file open.
    Standard(Option<PathBuf>),
    /// The bundled demo workspace.
    Demo,
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Outcome {
    let code = match cli.command {
        Command::Open { file } => return Outcome::Window(Window::Standard(file)),
        Command::Demo { reset } => match reset_demo(reset) {
            Ok(()) => return Outcome::Window(Window::Demo),
            Err(code) => code,
        },
        Command::Validate {
            input,
            schema,
            json,
            limit_errors,
            workspace,
            read,
        } => validate_command(
            &input,
            schema.as_deref(),
            json,
            limit_errors,
            workspace.as_deref(),
            &read,
        ),
        Command::Push {
            dataset,
            target,
            period,
            queue_only,
            ws,
        } => publish::push(
            &ws,
            &dataset,
            target.as_deref(),
            period.as_deref(),
            queue_only,
        ),
        Command::Review(args) => review::review(&args),
        Command::Outbox { command, ws } => publish::outbox(&ws, command),
        Command::Target { command, ws } => publish::target(&ws, command),
        Command::Catalogue { target, json, ws } => publish::catalogue(&ws, &target, json),
        Command::Compare {
            dataset,
            target,
            ws,
        } => publish::compare(&ws, &dataset, &target),
        Command::Calendar(args) => calendar::calendar(&args),
        Command::History {
            dataset,
            failures,
            limit,
            json,
            ws,
        } => publish::history(&ws, dataset.as_deref(), failures, limit, json),
    };
    Outcome::Done(code)
}

/// The window's saved preferences, when it has saved any.
pub(crate) fn saved_prefs() -> Option<Preferences> {
    workspace::app_data_dir()
        .ok()
        .map(|d| d.join(PREFS_FILE))
        .filter(|p| p.is_file())
        .map(|p| Preferences::load(&p))
}

/// The language for messages: the app's saved choice, else the system's, else English.
pub(crate) fn cli_lang() -> Lang {
    saved_prefs()
        .map(|p| p.language)
        .or_else(Lang::from_system)
        .unwrap_or(Lang::En)
}

fn validate_command(
    input: &Path,
    schema: Option<&Path>,
    json: bool,
    limit: usize,
    workspace: Option<&Path>,
    read: &ReadArgs,
) -> ExitCode {
    let i18n = I18n::new(cli_lang());
    let overrides = match read.options() {
        Ok(options) => options,
        Err(bad) => {
            let message = match bad {
                ReadArgError::Encoding(name) => {
                    let names: Vec<&str> = TextEncoding::ALL.iter().map(|e| e.label()).collect();
                    let names = names.join(", ");
                    tr!(i18n, "cli-bad-encoding", name = name, names = names)
                }
                ReadArgError::Delimiter(value) => tr!(i18n, "cli-bad-delimiter", value = value),
            };
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    // A workspace named on the command line must open: its classifiers decide the checks.
    let registry = match workspace {
        None => Registry::bundled_only(),
        Some(w) => match Workspace::open(w)
            .map_err(|e| e.to_string())
            .and_then(|ws| Registry::load(ws.root()).map_err(|e| e.to_string()))
        {
            Ok(registry) => registry,
            Err(detail) => {
                let path = w.display().to_string();
                eprintln!(
                    "{}",
                    tr!(i18n, "cli-cannot-read", path = path, detail = detail)
                );
                return ExitCode::from(2);
            }
        },
    };
    let is_package = input.extension().is_some_and(|e| e == "json")
        && input
            .file_name()
            .is_some_and(|n| n.to_string_lossy().contains("datapackage"));
    let result = if is_package {
        check::check_package(input, &overrides, &registry, limit, &NoProgress)
    } else {
        check::check_file(input, schema, &overrides, &registry, limit, &NoProgress)
    };
    let Checked { report, sources } = match result {
        Ok(checked) => checked,
        Err(validate::ValidateError::Ingest(error)) => {
            // The same words the window uses for a file that cannot be read.
            let notice = crate::text::messages::Notice::File {
                path: input.to_owned(),
                error,
            };
            let (headline, detail) = crate::text::messages::notice_text(&i18n, &notice);
            eprintln!("{headline}");
            if let Some(detail) = detail {
                eprintln!("  {detail}");
            }
            return ExitCode::from(2);
        }
        Err(validate::ValidateError::ReshapeRefused { refusal, first_row }) => {
            eprintln!(
                "{}",
                crate::text::reshape::refusal_text(&i18n, &refusal, first_row)
            );
            return ExitCode::from(2);
        }
        Err(e) => {
            let path = input.display().to_string();
            eprintln!(
                "{}",
                tr!(i18n, "cli-cannot-read", path = path, detail = e.to_string())
            );
            return ExitCode::from(2);
        }
    };
    if json {
        println!(
            "{}",
            crate::export::report_json_with_sources(&i18n, &report, &sources)
        );
    } else {
        for source in &sources {
            print_source(&i18n, &source.info);
        }
        print_report(&i18n, &report, limit);
    }
    if report.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// One line on how the file was read, and a second when its encoding changed after the
/// first bytes, so a reader of the output knows what was checked.
fn print_source(i18n: &I18n, info: &SourceInfo) {
    let mut parts = vec![crate::text::names::format_name(i18n, info.format)];
    if let Some(sheet) = &info.sheet {
        parts.push(tr!(i18n, "cli-source-sheet", sheet = sheet.as_str()));
    }
    if let Some(encoding) = info.encoding {
        parts.push(encoding.label().to_owned());
    }
    if info.delimiter.is_some() {
        parts.push(crate::text::names::delimiter_name(i18n, info.delimiter));
    }
    let rows: Vec<String> = info
        .header_rows
        .iter()
        .map(|r| (r + 1).to_string())
        .collect();
    if !rows.is_empty() {
        let count = rows.len();
        let rows = rows.join(", ");
        parts.push(tr!(i18n, "cli-source-header", rows = rows, count = count));
    }
    let path = info.path.display().to_string();
    println!("{path}: {}", parts.join(" · "));
    if let (Some(switch), Some(to)) = (info.encoding_switch, info.encoding) {
        println!(
            "  {}",
            tr!(
                i18n,
                "source-encoding-switched",
                from = switch.from.label(),
                to = to.label(),
                line = switch.line
            )
        );
    }
}

fn print_report(i18n: &I18n, report: &Report, limit: usize) {
    let rows = i18n.count(report.rows as usize);
    if report.is_valid() {
        println!("{}", tr!(i18n, "cli-valid", rows = rows.as_str()));
    } else {
        let errors = i18n.count(report.errors() as usize);
        println!(
            "{}",
            tr!(
                i18n,
                "cli-invalid",
                rows = rows.as_str(),
                errors = errors.as_str(),
                count = report.errors()
            )
        );
    }
    for (code, n) in &report.counts {
        let count = i18n.count(*n as usize);
        println!(
            "  {}",
            tr!(
                i18n,
                "cli-count",
                code = code.as_str(),
                count = count.as_str()
            )
        );
    }
    let shown = limit.min(20);
    for code in Code::ALL {
        for f in report
            .findings
            .iter()
            .filter(|f| f.code == code)
            .take(shown)
        {
            println!("{}", i18n.finding(f));
        }
    }
    if !report.findings.is_empty() {
        println!("{}", tr!(i18n, "cli-shown", shown = shown));
    }
}

/// Puts the demo workspace back as it was bundled, when asked, before its window opens; the
/// exit code when that fails.
fn reset_demo(reset: bool) -> Result<(), ExitCode> {
    if reset {
        // A demo not unpacked yet needs no reset: the window unpacks it.
        let reset = workspace::demo_workspace_dir()
            .map_err(workspace::ResetError::from)
            .and_then(|dir| match dir.join(workspace::META_FILE).exists() {
                true => Workspace::reset_demo(&dir).map(drop),
                false => Ok(()),
            });
        if let Err(e) = reset {
            eprintln!("ochiq: {e}");
            return Err(ExitCode::from(2));
        }
    }
    Ok(())
}
