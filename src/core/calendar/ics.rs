//! Deadlines as an iCalendar file (RFC 5545) for Outlook and Google Calendar: one all-day
//! event per deadline. Each event's UID is made of the organisation, the dataset and the
//! period, so importing a newer export updates the events instead of duplicating them (the
//! SEQUENCE grows with the export time, as calendars expect of an update).

use super::Deadline;
use crate::core::date::rfc3339;

/// The words of the events, in the user's language (the front end translates them).
pub struct IcsText<'a> {
    /// The calendar's name.
    pub name: &'a str,
    /// An event's title.
    pub summary: &'a dyn Fn(&Deadline) -> String,
    /// An event's description (the rule in force, the status, who is responsible).
    pub description: &'a dyn Fn(&Deadline) -> String,
}

/// Days before each deadline an exported event reminds.
pub const ALARM_DAYS: u32 = 3;

/// Writes the calendar holding `deadlines` (see [`to_ics`]) to `path` at once: an
/// interrupted write leaves the old file, never half of a new one.
pub fn write_file(
    path: &std::path::Path,
    deadlines: &[Deadline],
    organisation: &str,
    text: &IcsText<'_>,
    now: i64,
) -> Result<(), crate::core::fs::IoError> {
    let ics = to_ics(deadlines, organisation, text, now, Some(ALARM_DAYS));
    crate::core::fs::write_atomic(path, ics.as_bytes())
}

/// The calendar holding `deadlines`. `organisation` keeps UIDs apart between workspaces;
/// `now` (Unix seconds) stamps the events; `alarm_days` adds a reminder that many days
/// before each deadline.
pub fn to_ics(
    deadlines: &[Deadline],
    organisation: &str,
    text: &IcsText<'_>,
    now: i64,
    alarm_days: Option<u32>,
) -> String {
    let mut out = String::new();
    let mut line = |l: &str| fold(&mut out, l);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Ochiq//Deadlines//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(text.name)));
    let stamp = rfc3339(now).replace(['-', ':'], "");
    // Minutes since 2020 grow with each export and fit the 31 bits calendars allow.
    let sequence = ((now - 1_577_836_800) / 60).clamp(0, i64::from(i32::MAX));
    for d in deadlines {
        line("BEGIN:VEVENT");
        line(&format!(
            "UID:{}",
            uid(organisation, &d.dataset, &d.period.label())
        ));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("SEQUENCE:{sequence}"));
        line(&format!("DTSTART;VALUE=DATE:{}", compact(d.due)));
        line(&format!("DTEND;VALUE=DATE:{}", compact(d.due.add_days(1))));
        line(&format!("SUMMARY:{}", escape(&(text.summary)(d))));
        line(&format!("DESCRIPTION:{}", escape(&(text.description)(d))));
        line("TRANSP:TRANSPARENT");
        line(&format!("CATEGORIES:{}", d.status.code()));
        if let Some(days) = alarm_days.filter(|_| !matches!(d.status, super::Status::Done(_))) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("DESCRIPTION:{}", escape(&(text.summary)(d))));
            line(&format!("TRIGGER:-P{days}D"));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// The event's UID: the same organisation, dataset and period give the same UID.
pub fn uid(organisation: &str, dataset: &str, period: &str) -> String {
    let clean = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect::<String>()
    };
    let org = crate::core::publish::bytes_sha256(organisation.trim().as_bytes());
    format!(
        "{}-{}-{}@ochiq",
        clean(dataset.trim()),
        clean(period),
        &org[..12.min(org.len())]
    )
}

fn compact(d: crate::core::date::Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// Text with the characters iCalendar reserves escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (never inside a UTF-8 character), ending in CRLF.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters_and_text_is_escaped() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "Ўзбекистон, ".repeat(10));
        fold(&mut out, &escape(&long));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}: {} octets", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, escape(&long));
        assert!(unfolded.contains("Ўзбекистон\\, "));
        assert_eq!(escape("a;b\\c\nd"), "a\\;b\\\\c\\nd");
    }

    #[test]
    fn uids_depend_on_organisation_dataset_and_period_only() {
        let a = uid("Namuna vazirligi", "1-104-0012", "2026-Q3");
        assert_eq!(a, uid("Namuna vazirligi", "1-104-0012", "2026-Q3"));
        assert_ne!(a, uid("Boshqa", "1-104-0012", "2026-Q3"));
        assert_ne!(a, uid("Namuna vazirligi", "1-104-0012", "2026-Q4"));
        assert!(a.starts_with("1-104-0012-2026-Q3-") && a.ends_with("@ochiq"));
    }
}
