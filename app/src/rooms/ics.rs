//! Pure: iCalendar (RFC 5545) files for one booking and for a room's busy times.
//!
//! Times are written in UTC (`…Z`), which every calendar program converts to the
//! reader's zone, so no VTIMEZONE block is needed. Lines end in CRLF and are folded at
//! 75 octets, as the standard asks.

use chrono::{DateTime, Utc};

/// One event in a calendar file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsEvent {
    /// Unique and stable across downloads, so a re-import updates instead of duplicating.
    pub uid: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub summary: String,
    pub location: Option<String>,
    pub description: Option<String>,
    /// `CONFIRMED`, `TENTATIVE` or `CANCELLED`.
    pub status: &'static str,
}

/// A whole calendar file named `name`.
pub fn calendar(name: &str, events: &[IcsEvent], stamp: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Raekoda//Rooms//ET".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    for event in events {
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:{}", escape(&event.uid)));
        lines.push(format!("DTSTAMP:{}", utc(stamp)));
        lines.push(format!("DTSTART:{}", utc(event.start)));
        lines.push(format!("DTEND:{}", utc(event.end)));
        lines.push(format!("SUMMARY:{}", escape(&event.summary)));
        if let Some(location) = &event.location {
            lines.push(format!("LOCATION:{}", escape(location)));
        }
        if let Some(description) = &event.description {
            lines.push(format!("DESCRIPTION:{}", escape(description)));
        }
        lines.push(format!("STATUS:{}", event.status));
        lines.push("TRANSP:OPAQUE".to_owned());
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect::<Vec<_>>().join("")
}

fn utc(instant: DateTime<Utc>) -> String {
    instant.format("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT values escape backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// One content line, folded into pieces of at most 75 octets without splitting a
/// character, each continuation starting with a space; ends in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn event(summary: &str) -> IcsEvent {
        IcsEvent {
            uid: "booking-7@raekoda".to_owned(),
            start: Utc.with_ymd_and_hms(2026, 12, 8, 16, 0, 0).unwrap(),
            end: Utc.with_ymd_and_hms(2026, 12, 8, 18, 0, 0).unwrap(),
            summary: summary.to_owned(),
            location: Some("Munga 12, Tartu".to_owned()),
            description: None,
            status: "CONFIRMED",
        }
    }

    #[test]
    fn an_event_is_written_in_utc_with_crlf_lines() {
        let file = calendar("Auditoorium", &[event("Auditoorium")], Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap());
        assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(file.contains("DTSTART:20261208T160000Z\r\n"));
        assert!(file.contains("DTEND:20261208T180000Z\r\n"));
        assert!(file.contains("LOCATION:Munga 12\\, Tartu\r\n"));
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert!(!file.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn long_lines_fold_without_breaking_characters() {
        let summary = "Õpetajate koolitus ".repeat(10);
        let file = calendar("x", &[event(&summary)], Utc::now());
        for line in file.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = file.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{summary}")));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
