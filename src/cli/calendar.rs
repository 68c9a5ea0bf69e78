//! `ochiq calendar`: the deadlines of the approved list with their status, as text, JSON or
//! an `.ics` file; exit code 1 when something is overdue, for a scheduled reminder script.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::publish::{WorkspaceArg, open_outbox, start};
use crate::core::calendar::{self, Deadline, DoneRecords, Inventory, Status};
use crate::core::date::Date;
use crate::core::workspace::{self, Workspace};
use crate::i18n::I18n;
use crate::text::calendar::{deadline_title, moved_text, rule_text, status_text};
use crate::tr;

/// How far ahead the list looks by default.
const DEFAULT_AHEAD_DAYS: i64 = 31;

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Use the bundled demo workspace.
    #[arg(long, conflicts_with = "workspace")]
    demo: bool,
    /// The first deadline date to list (YYYY-MM-DD); by default the workspace's "count
    /// deadlines from" date, or a year ago.
    #[arg(long)]
    from: Option<String>,
    /// The last deadline date to list; by default a month from today.
    #[arg(long)]
    to: Option<String>,
    /// Print one JSON object instead of text.
    #[arg(long, conflicts_with = "ics")]
    json: bool,
    /// Write the deadlines as an iCalendar file for Outlook or Google Calendar.
    #[arg(long, value_name = "FILE")]
    ics: Option<PathBuf>,
    /// Reckon as if today were this date (for checking a schedule).
    #[arg(long, hide = true)]
    today: Option<String>,
    /// Deadlines within this many days count as due soon (by default the window's
    /// reminder setting, else 7).
    #[arg(long)]
    soon: Option<u32>,
    #[command(flatten)]
    ws: WorkspaceArg,
}

pub fn calendar(args: &CalendarArgs) -> ExitCode {
    let opened = if args.demo {
        let i18n = I18n::new(super::cli_lang());
        match workspace::demo_workspace_dir().and_then(|d| Workspace::open_demo(&d)) {
            Ok(ws) => Ok((i18n, ws)),
            Err(e) => {
                eprintln!(
                    "{}",
                    tr!(
                        i18n,
                        "cli-cannot-read",
                        path = "demo",
                        detail = e.to_string()
                    )
                );
                Err(ExitCode::from(2))
            }
        }
    } else {
        start(&args.ws)
    };
    let (i18n, ws) = match opened {
        Ok(x) => x,
        Err(code) => return code,
    };
    let date = |text: &Option<String>| -> Result<Option<Date>, ExitCode> {
        match text {
            None => Ok(None),
            Some(t) => Date::parse(t).map(Some).ok_or_else(|| {
                eprintln!("{}", tr!(i18n, "calendar-bad-date", text = t.as_str()));
                ExitCode::from(2)
            }),
        }
    };
    let (today, from, to) = match (date(&args.today), date(&args.from), date(&args.to)) {
        (Ok(today), Ok(from), Ok(to)) => {
            let today = today.unwrap_or_else(Date::today);
            let from = from.unwrap_or_else(|| ws.meta.calendar.tracked_from(today));
            (
                today,
                from,
                to.unwrap_or(today.add_days(DEFAULT_AHEAD_DAYS)),
            )
        }
        (Err(code), _, _) | (_, Err(code), _) | (_, _, Err(code)) => return code,
    };
    let inventory = match Inventory::load(ws.root()) {
        Ok(inv) => inv,
        Err(e) => {
            let path = ws.root().display().to_string();
            eprintln!(
                "{}",
                tr!(i18n, "cli-cannot-read", path = path, detail = e.to_string())
            );
            return ExitCode::from(2);
        }
    };
    let lines = open_outbox(&i18n, &ws).map(|o| o.history(&DoneRecords::history_filter()));
    let done = match lines {
        Ok(Ok(lines)) => DoneRecords::from_history(&lines),
        Ok(Err(e)) => {
            eprintln!("{}", crate::text::messages::outbox_error_text(&i18n, &e));
            return ExitCode::from(2);
        }
        Err(code) => return code,
    };
    let list = calendar::deadlines(
        &inventory,
        &ws.meta.calendar,
        &done,
        today,
        from,
        to,
        args.soon.unwrap_or_else(|| {
            super::saved_prefs().map_or(workspace::prefs::DEFAULT_REMIND_DAYS, |p| p.remind_days)
        }),
    );
    if let Some(path) = &args.ics {
        match crate::export::write_ics(&i18n, &ws, &list, path) {
            Ok(written) => println!("{written}"),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(2);
            }
        }
    } else if args.json {
        let out = serde_json::json!({
            "today": today,
            "from": from,
            "to": to,
            "deadlines": list,
        });
        println!("{out:#}");
    } else {
        print_text(&i18n, &inventory, &list, from, to);
    }
    if list
        .iter()
        .any(|d| matches!(d.status, Status::Overdue { .. }))
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_text(i18n: &I18n, inventory: &Inventory, list: &[Deadline], from: Date, to: Date) {
    if inventory.items.is_empty() {
        println!("{}", tr!(i18n, "calendar-empty-title"));
        return;
    }
    println!(
        "{}",
        tr!(i18n, "cli-calendar-range", from = from.iso(), to = to.iso())
    );
    for d in list {
        let status = status_text(i18n, d);
        println!("{}  {}  [{status}]", d.due.iso(), deadline_title(i18n, d));
        println!("            {}", rule_text(i18n, &d.rule));
        if let Some(moved) = moved_text(i18n, d) {
            println!("            {moved}");
        }
    }
    let count = |f: fn(&Status) -> bool| list.iter().filter(|d| f(&d.status)).count();
    println!(
        "{}",
        tr!(
            i18n,
            "cli-calendar-summary",
            total = list.len(),
            overdue = count(|s| matches!(s, Status::Overdue { .. })),
            soon = count(|s| matches!(s, Status::DueSoon { .. })),
            done = count(|s| matches!(s, Status::Done(_)))
        )
    );
}
