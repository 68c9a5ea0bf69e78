//! `ochiq review`: the personal data a dataset would publish, and the review that lets it be
//! published — who decided, which columns, on what ground — recorded in the workspace and its
//! history, and carried into the published package's manifest.

use std::process::ExitCode;

use clap::Args;

use crate::core::progress::NoProgress;
use crate::core::validate::personal::{ReviewReason, unreviewed};
use crate::core::workflow::publish as flow;
use crate::i18n::I18n;
use crate::text::history::review_reason_text;
use crate::text::messages::publish_error_text;
use crate::tr;

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The dataset: its folder, or its code or folder name in the workspace.
    dataset: String,
    /// Record a review by this person (without it, only say what is found and reviewed).
    #[arg(long)]
    reviewer: Option<String>,
    /// Why the data may be published: consent, public-by-law, not-personal or other.
    #[arg(long, default_value = "other")]
    ground: String,
    /// The ground in your words (the consent forms, the law and article …).
    #[arg(long, default_value = "")]
    reason: String,
    /// The columns the review covers, separated by commas (by default every column found).
    #[arg(long, value_delimiter = ',')]
    columns: Option<Vec<String>>,
    #[command(flatten)]
    ws: super::publish::WorkspaceArg,
}

/// Says what personal data the dataset holds and what is reviewed; with `--reviewer`, records
/// a review. Exit code 0 when nothing unreviewed is left, 1 when some is, 2 on bad input.
pub fn review(args: &ReviewArgs) -> ExitCode {
    let (i18n, mut ws) = match super::publish::start(&args.ws) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let dir = match super::publish::find_dataset(&i18n, &ws, &args.dataset) {
        Ok(dir) => dir,
        Err(code) => return code,
    };
    if let Some(reviewer) = &args.reviewer {
        let Some(ground) = ReviewReason::from_code(&args.ground) else {
            eprintln!(
                "{}",
                tr!(
                    i18n,
                    "review-bad-ground",
                    ground = args.ground.as_str(),
                    grounds = grounds()
                )
            );
            return ExitCode::from(2);
        };
        if reviewer.trim().is_empty()
            || (ground == ReviewReason::Other && args.reason.trim().is_empty())
        {
            eprintln!(
                "{}",
                tr!(
                    i18n,
                    "review-needs-reason",
                    other = ReviewReason::Other.as_str()
                )
            );
            return ExitCode::from(2);
        }
        match flow::record_review(
            &mut ws,
            &dir,
            reviewer,
            ground,
            &args.reason,
            args.columns.clone(),
        ) {
            Ok(review) => {
                let ground = review_reason_text(&i18n, review.reason);
                println!(
                    "{}",
                    tr!(
                        i18n,
                        "review-recorded",
                        reviewer = review.reviewer.as_str(),
                        columns = review.columns.join(", "),
                        reason = ground
                    )
                );
            }
            Err(e) => {
                eprintln!("{}", publish_error_text(&i18n, &e));
                return ExitCode::from(1);
            }
        }
    }
    status(&i18n, &ws, &dir)
}

/// The grounds as `--ground` takes them.
pub(super) fn grounds() -> String {
    ReviewReason::ALL.map(ReviewReason::as_str).join("|")
}

/// Lists the personal data found and whether a review covers each column.
fn status(i18n: &I18n, ws: &crate::core::workspace::Workspace, dir: &std::path::Path) -> ExitCode {
    let (found, review) = match flow::personal_data(ws, dir, &NoProgress) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("{}", publish_error_text(i18n, &e));
            return ExitCode::from(2);
        }
    };
    if found.is_empty() {
        println!("{}", tr!(i18n, "review-none-found"));
        return ExitCode::SUCCESS;
    }
    for c in &found {
        let covered = review.as_ref().is_some_and(|r| r.covers(&c.field));
        let line = i18n.personal_column(c);
        let state = if covered {
            tr!(i18n, "review-column-reviewed")
        } else {
            tr!(i18n, "review-column-unreviewed")
        };
        println!("{line} — {state}");
    }
    if unreviewed(&found, review.as_ref()).is_empty() {
        ExitCode::SUCCESS
    } else {
        println!("{}", tr!(i18n, "review-how", grounds = grounds()));
        ExitCode::from(1)
    }
}
