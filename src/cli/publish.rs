//! `ochiq push`, `ochiq outbox …`, `ochiq target …` and `ochiq history`: publishing from the
//! command line and from scheduled jobs, on the same outbox the window uses.
//!
//! Exit codes: 0 done (confirmed), 3 not finished yet (queued, or sent and awaiting the
//! portal's confirmation; `ochiq outbox send` goes on with it), 1 failed (or refused by the
//! check before publishing), 2 bad input.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};

use crate::core::date::local_minutes;
use crate::core::progress::NoProgress;
use crate::core::publish::folder::read_package;
use crate::core::publish::outbox::{HistoryFilter, JobState, Outbox, OutboxError};
use crate::core::publish::portal_file::FileFormat;
use crate::core::publish::secrets::{Keychain, SecretStore};
use crate::core::publish::target::{Target, TargetKind, unused_id};
use crate::core::publish::transport;
use crate::core::publish::{Connector, PublishError};
use crate::core::workflow::publish as flow;
use crate::core::workspace::{self, Workspace};
use crate::i18n::I18n;
use crate::text::history::{detail_text, stored_text};
use crate::text::messages::{
    account_text, address_problem_text, compare_text, history_kind_text, job_state_text,
    jumps_text, outbox_error_text, preflight_text, publish_error_text,
};
use crate::tr;

#[derive(Debug, Args)]
pub struct WorkspaceArg {
    /// The workspace folder (by default the one the window last used).
    #[arg(long, global = true)]
    workspace: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// List the jobs, newest first.
    List,
    /// Send every job that is due (for a scheduled task). Exit code 0 when all are
    /// confirmed, 3 when some wait, 1 when one failed.
    Send,
    /// Send a paused or failed job again, now.
    Retry { job: i64 },
    /// Hold a queued job.
    Pause { job: i64 },
    /// Drop a job that has not been sent.
    Cancel { job: i64 },
    /// Take in a package written to a folder by another Ochiq, to send it from here.
    Import {
        /// The package folder (holding `ochiq-manifest.json`).
        dir: PathBuf,
        /// Send it to this target (by default the one its manifest names, when this
        /// workspace has it).
        #[arg(long)]
        target: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TargetCommand {
    /// List the targets.
    List,
    /// Add a target; a CKAN token is read from standard input and kept in the OS keychain.
    Add {
        /// folder, ckan or egov.
        #[arg(long)]
        kind: String,
        /// The portal's address, or the folder.
        #[arg(long)]
        url: String,
        /// The organisation (CKAN: its name; data.egov.uz: its number).
        #[arg(long, default_value = "")]
        organisation: String,
        /// The id to use on the command line (by default the kind).
        #[arg(long)]
        id: Option<String>,
        /// The portal's upload limit in MB, when known.
        #[arg(long)]
        max_upload_mb: Option<u64>,
        /// The portal-ready file's format: csv, json or xlsx.
        #[arg(long, default_value = "csv")]
        format: String,
        /// Read the token from standard input (one line).
        #[arg(long)]
        token_stdin: bool,
    },
    /// Replace a target's token (read from standard input).
    SetToken { id: String },
    /// Check a target's connection and credentials.
    Test { id: String },
    /// Remove a target and its token.
    Remove { id: String },
}

/// The messages' language and the workspace every publishing command works in.
pub(super) fn start(arg: &WorkspaceArg) -> Result<(I18n, Workspace), ExitCode> {
    let i18n = I18n::new(super::cli_lang());
    let ws = open_workspace(&i18n, arg)?;
    Ok((i18n, ws))
}

/// Says that the workspace has no target `id`; exit code 2.
fn no_target(i18n: &I18n, id: &str) -> ExitCode {
    eprintln!("{}", tr!(i18n, "push-no-target", target = id));
    ExitCode::from(2)
}

fn open_workspace(i18n: &I18n, arg: &WorkspaceArg) -> Result<Workspace, ExitCode> {
    let root = match &arg.workspace {
        Some(w) => Ok(w.clone()),
        None => {
            let prefs = super::saved_prefs().and_then(|p| p.workspace);
            prefs.map_or_else(workspace::default_workspace_dir, Ok)
        }
    };
    let opened = root
        .map_err(|e| e.to_string())
        .and_then(|r| Workspace::open(&r).map_err(|e| e.to_string()));
    opened.map_err(|detail| {
        let path = arg
            .workspace
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        eprintln!(
            "{}",
            tr!(i18n, "cli-cannot-read", path = path, detail = detail)
        );
        ExitCode::from(2)
    })
}

pub(super) fn open_outbox(i18n: &I18n, ws: &Workspace) -> Result<Outbox, ExitCode> {
    Outbox::open(ws.root()).map_err(|e| {
        eprintln!("{}", outbox_error_text(i18n, &e));
        ExitCode::from(2)
    })
}

/// The token of `target` from the OS keychain.
pub fn keychain_secret(target: &Target) -> Result<Option<String>, String> {
    Keychain::new()
        .get(&target.secret_key())
        .map_err(|e| e.to_string())
}

fn exit_for(states: &[JobState]) -> ExitCode {
    if states.contains(&JobState::Failed) {
        ExitCode::from(1)
    } else if states.iter().all(|s| *s == JobState::Confirmed) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    }
}

/// The dataset folder `name` stands for: a folder, or a code or folder name in the workspace;
/// else says there is none (exit code 2).
pub(super) fn find_dataset(i18n: &I18n, ws: &Workspace, name: &str) -> Result<PathBuf, ExitCode> {
    dataset_dir(ws, name).ok_or_else(|| {
        eprintln!("{}", tr!(i18n, "push-no-dataset", dataset = name));
        ExitCode::from(2)
    })
}

fn dataset_dir(ws: &Workspace, name: &str) -> Option<PathBuf> {
    let path = Path::new(name);
    if path
        .join(crate::core::schema::package::PACKAGE_FILE)
        .is_file()
    {
        return Some(path.to_owned());
    }
    ws.datasets().ok()?.into_iter().find_map(|entry| {
        let by_folder = entry.dir.file_name().is_some_and(|n| n == name);
        let by_code = entry
            .package
            .as_ref()
            .is_ok_and(|p| p.passport.code.trim() == name);
        (by_folder || by_code).then_some(entry.dir)
    })
}

pub fn push(
    arg: &WorkspaceArg,
    dataset: &str,
    target: Option<&str>,
    period: Option<&str>,
    queue_only: bool,
) -> ExitCode {
    let (i18n, ws) = match start(arg) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let dir = match find_dataset(&i18n, &ws, dataset) {
        Ok(dir) => dir,
        Err(code) => return code,
    };
    let target = match target.or_else(|| ws.meta.targets.first().map(|t| t.id.as_str())) {
        Some(t) if ws.target(t).is_some() => t.to_owned(),
        other => return no_target(&i18n, other.unwrap_or_default()),
    };
    let mut outbox = match open_outbox(&i18n, &ws) {
        Ok(o) => o,
        Err(code) => return code,
    };
    if let Some(code) = check_before_publishing(&i18n, &ws, &dir, &target) {
        return code;
    }
    let job = match flow::queue_dataset(&ws, &mut outbox, &dir, &target, period, &NoProgress) {
        Ok(job) => job,
        Err(e) => {
            eprintln!("{}", outbox_error_text(&i18n, &e));
            return ExitCode::from(1);
        }
    };
    println!("{}", queued_text(&i18n, &job));
    if queue_only {
        return ExitCode::from(3);
    }
    report_sent(&i18n, &ws, &outbox, Some(job.id))
}

/// The check the window runs before publishing, recorded in the history: says what the data
/// holds and what the target would refuse. A refusal stops the push (exit 1, nothing queued);
/// a target that cannot be asked now is said and the push goes on, so the outbox sends the
/// dataset when it answers.
fn check_before_publishing(
    i18n: &I18n,
    ws: &Workspace,
    dir: &Path,
    target: &str,
) -> Option<ExitCode> {
    let target = ws.target(target)?;
    let checked = flow::check_before_publishing(ws, dir, target, &keychain_secret, &NoProgress);
    // Errors that are only the personal data said below are not said as errors the portal
    // would show: they stop the push.
    let only_personal =
        checked.personal_blocks() && checked.errors() <= checked.personal.len() as u64;
    if checked.data.is_ok() && !only_personal {
        let (rows, errors) = (checked.rows(), checked.errors());
        println!(
            "{}",
            if errors == 0 {
                tr!(i18n, "publish-data-valid", rows = rows)
            } else {
                tr!(i18n, "publish-data-invalid", rows = rows, errors = errors)
            }
        );
    }
    // Jumps are warnings: they are said, and the push goes on.
    match &checked.jumps {
        Some(Ok(jumps)) => {
            for line in jumps_text(i18n, jumps, usize::MAX) {
                println!("{line}");
            }
        }
        Some(Err(e)) => eprintln!("{}", publish_error_text(i18n, e)),
        None => {}
    }
    // Personal data without a review stops the push.
    if checked.personal_blocks() {
        for c in &checked.personal {
            eprintln!("• {}", i18n.personal_column(c));
        }
        let columns: Vec<String> = checked.personal.iter().map(|c| c.field.clone()).collect();
        let error = crate::core::publish::PublishError::PersonalData { columns };
        eprintln!("{}", publish_error_text(i18n, &error));
        eprintln!(
            "{}",
            tr!(i18n, "review-how", grounds = super::review::grounds())
        );
        return Some(ExitCode::from(1));
    }
    match &checked.preflight {
        Ok(problems) if problems.is_empty() => None,
        Ok(problems) => {
            for problem in problems {
                eprintln!("• {}", preflight_text(i18n, problem));
            }
            Some(ExitCode::from(1))
        }
        // Data that cannot be read: queuing it says why.
        Err(_) if checked.data.is_err() => None,
        // A token is never sent to that address: nothing to queue until it is corrected.
        Err(e @ PublishError::Address(_)) => {
            eprintln!("{}", publish_error_text(i18n, e));
            Some(ExitCode::from(1))
        }
        Err(e) => {
            eprintln!("{}", publish_error_text(i18n, e));
            None
        }
    }
}

fn queued_text(i18n: &I18n, job: &crate::core::publish::outbox::Job) -> String {
    tr!(
        i18n,
        "push-queued",
        job = job.id.to_string(),
        dataset = job.dataset.as_str(),
        period = job.period.as_str(),
        target = job.target.as_str()
    )
}

/// Sends due jobs (or one) and prints each one's outcome.
fn report_sent(i18n: &I18n, ws: &Workspace, outbox: &Outbox, only: Option<i64>) -> ExitCode {
    let results = match flow::send_due(ws, outbox, only, &keychain_secret, &NoProgress) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{}", outbox_error_text(i18n, &e));
            return ExitCode::from(1);
        }
    };
    let mut states = Vec::new();
    for (job, result) in results {
        let state = match result {
            Ok(state) => state,
            Err(e) => {
                eprintln!("#{}: {}", job.id, outbox_error_text(i18n, &e));
                JobState::Failed
            }
        };
        let now = outbox.job(job.id).unwrap_or(job);
        let mut line = format!(
            "#{} {} {}: {}",
            now.id,
            now.dataset,
            now.period,
            job_state_text(i18n, state)
        );
        if !now.error.is_empty() && state != JobState::Confirmed {
            line.push_str(" — ");
            line.push_str(&stored_text(i18n, &now.error));
        }
        if !now.confirmation.is_empty() {
            line.push_str(" — ");
            line.push_str(&stored_text(i18n, &now.confirmation));
        }
        if let Some(r) = now.receipt.as_ref().filter(|r| r.manual) {
            line.push('\n');
            line.push_str(&tr!(
                i18n,
                "push-manual",
                url = r.dataset_url.as_str(),
                file = r.resource_url.as_str()
            ));
        }
        println!("{line}");
        states.push(state);
    }
    exit_for(&states)
}

pub fn outbox(arg: &WorkspaceArg, command: OutboxCommand) -> ExitCode {
    let (i18n, ws) = match start(arg) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let mut outbox = match open_outbox(&i18n, &ws) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let done = |r: Result<(), OutboxError>| match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", outbox_error_text(&i18n, &e));
            ExitCode::from(1)
        }
    };
    match command {
        OutboxCommand::List => {
            for job in outbox.jobs().unwrap_or_default() {
                println!(
                    "#{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    job.id,
                    local_minutes(job.updated),
                    job.dataset,
                    job.period,
                    job.target,
                    job_state_text(&i18n, job.state),
                    stored_text(&i18n, &job.error)
                );
            }
            ExitCode::SUCCESS
        }
        OutboxCommand::Send => report_sent(&i18n, &ws, &outbox, None),
        OutboxCommand::Retry { job } => match outbox.retry(job) {
            Ok(()) => report_sent(&i18n, &ws, &outbox, Some(job)),
            Err(e) => done(Err(e)),
        },
        OutboxCommand::Pause { job } => done(outbox.pause(job)),
        OutboxCommand::Cancel { job } => done(outbox.cancel(job)),
        OutboxCommand::Import { dir, target } => {
            let package = match read_package(&dir) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("{}", publish_error_text(&i18n, &e));
                    return ExitCode::from(2);
                }
            };
            let intended = flow::intended_target(&ws, &package).map(|t| t.id.clone());
            let Some(target) = target.or(intended).filter(|t| ws.target(t).is_some()) else {
                return no_target(&i18n, "");
            };
            match outbox.import(&package, &target) {
                Ok(job) => {
                    println!("{}", queued_text(&i18n, &job));
                    ExitCode::SUCCESS
                }
                Err(e) => done(Err(e)),
            }
        }
    }
}

fn read_token() -> Option<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).ok()?;
    let token = line.trim().to_owned();
    (!token.is_empty()).then_some(token)
}

pub fn target(arg: &WorkspaceArg, command: TargetCommand) -> ExitCode {
    let (i18n, mut ws) = match start(arg) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let keychain = Keychain::new();
    let save = |ws: &Workspace| match ws.save_meta() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    };
    let store_token = |target: &Target| -> ExitCode {
        let Some(token) = read_token() else {
            eprintln!("{}", tr!(i18n, "target-no-token-given"));
            return ExitCode::from(2);
        };
        match keychain.set(&target.secret_key(), &token) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!(
                    "{}",
                    tr!(i18n, "target-keychain-failed", detail = e.to_string())
                );
                ExitCode::from(1)
            }
        }
    };
    match command {
        TargetCommand::List => {
            for t in &ws.meta.targets {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    t.id,
                    t.kind.code(),
                    t.url,
                    t.organisation,
                    t.format.extension()
                );
            }
            ExitCode::SUCCESS
        }
        TargetCommand::Add {
            kind,
            url,
            organisation,
            id,
            max_upload_mb,
            format,
            token_stdin,
        } => {
            let Some(kind) = TargetKind::from_code(&kind) else {
                eprintln!("{}", tr!(i18n, "target-bad-kind", kind = kind.as_str()));
                return ExitCode::from(2);
            };
            let Some(format) = FileFormat::parse(&format) else {
                eprintln!(
                    "{}",
                    tr!(i18n, "target-bad-format", format = format.as_str())
                );
                return ExitCode::from(2);
            };
            let id = id.unwrap_or_else(|| unused_id(&ws.meta.targets, kind.code()));
            if ws.target(&id).is_some() {
                eprintln!("{}", tr!(i18n, "target-exists", id = id.as_str()));
                return ExitCode::from(2);
            }
            let target = Target {
                id,
                kind,
                url,
                organisation,
                user: String::new(),
                max_upload_mb,
                format,
            };
            // A token travels only over https (plain http only to this computer).
            let address = if token_stdin && !kind.needs_secret() {
                transport::token_address(&target.url).map(drop)
            } else {
                target.check_address()
            };
            if let Err(problem) = address {
                eprintln!("{}", address_problem_text(&i18n, &problem));
                return ExitCode::from(2);
            }
            if token_stdin {
                let code = store_token(&target);
                if code != ExitCode::SUCCESS {
                    return code;
                }
            }
            ws.meta.targets.push(target);
            save(&ws)
        }
        TargetCommand::SetToken { id } => match ws.target(&id) {
            Some(t) => match transport::token_address(&t.url) {
                Ok(_) => store_token(t),
                Err(problem) => {
                    eprintln!("{}", address_problem_text(&i18n, &problem));
                    ExitCode::from(2)
                }
            },
            None => no_target(&i18n, &id),
        },
        TargetCommand::Test { id } => {
            let Some(target) = ws.target(&id) else {
                return no_target(&i18n, &id);
            };
            let tested = flow::connect(&ws, target, &keychain_secret)
                .and_then(|c: Box<dyn Connector>| c.account());
            match tested {
                Ok(account) => {
                    println!("{}", account_text(&i18n, &account));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{}", publish_error_text(&i18n, &e));
                    ExitCode::from(1)
                }
            }
        }
        TargetCommand::Remove { id } => {
            let Some(target) = ws.target(&id).cloned() else {
                return no_target(&i18n, &id);
            };
            if target.kind.needs_secret() {
                let _ = keychain.delete(&target.secret_key());
            }
            ws.meta.targets.retain(|t| t.id != id);
            save(&ws)
        }
    }
}

pub fn history(
    arg: &WorkspaceArg,
    dataset: Option<&str>,
    failures: bool,
    limit: usize,
    json: bool,
) -> ExitCode {
    let (i18n, ws) = match start(arg) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let outbox = match open_outbox(&i18n, &ws) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let filter = HistoryFilter {
        dataset: dataset.unwrap_or_default().to_owned(),
        failures_only: failures,
        limit,
        ..HistoryFilter::default()
    };
    let lines = match outbox.history(&filter) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}", outbox_error_text(&i18n, &e));
            return ExitCode::from(1);
        }
    };
    for e in lines {
        let detail = e.parsed_detail();
        let text = if e.detail.is_empty() {
            String::new()
        } else {
            detail_text(&i18n, &detail)
        };
        if json {
            // The detail as data (old free text is `{"text": …}`), and in the chosen language.
            let detail = if e.detail.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::to_value(&detail).unwrap_or_default()
            };
            let value = serde_json::json!({
                "at": crate::core::date::rfc3339(e.at),
                "kind": e.kind.code(),
                "dataset": e.dataset,
                "period": e.period,
                "sha256": e.sha256,
                "target": e.target,
                "ok": e.ok,
                "detail": detail,
                "text": text,
                "job": e.job,
            });
            println!("{value}");
        } else {
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                local_minutes(e.at),
                history_kind_text(&i18n, e.kind),
                e.dataset,
                e.period,
                e.target,
                if e.ok { "✓" } else { "✗" },
                text
            );
        }
    }
    ExitCode::SUCCESS
}

pub fn catalogue(arg: &WorkspaceArg, target: &str, json: bool) -> ExitCode {
    let (i18n, ws) = match start(arg) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let Some(target) = ws.target(target) else {
        return no_target(&i18n, target);
    };
    let datasets = match flow::catalogue(&ws, target, &keychain_secret) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", publish_error_text(&i18n, &e));
            return ExitCode::from(1);
        }
    };
    let lang = i18n.lang();
    for d in datasets {
        if json {
            println!("{}", serde_json::to_string(&d).unwrap_or_default());
        } else {
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                d.code,
                d.title.best(lang),
                d.rows.map(|r| r.to_string()).unwrap_or_default(),
                d.updated,
                d.late_days.map(|l| l.to_string()).unwrap_or_default(),
                d.id
            );
        }
    }
    ExitCode::SUCCESS
}

pub fn compare(arg: &WorkspaceArg, dataset: &str, target: &str) -> ExitCode {
    let (i18n, ws) = match start(arg) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let dir = match find_dataset(&i18n, &ws, dataset) {
        Ok(dir) => dir,
        Err(code) => return code,
    };
    let Some(target) = ws.target(target) else {
        return no_target(&i18n, target);
    };
    match flow::compare(&ws, &dir, target, &keychain_secret, &NoProgress) {
        Ok((remote, diff, jumps)) => {
            println!("{}", compare_text(&i18n, &remote, &diff, &jumps));
            if diff.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("{}", publish_error_text(&i18n, &e));
            ExitCode::from(2)
        }
    }
}
