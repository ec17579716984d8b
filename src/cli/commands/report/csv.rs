//! The report as CSV for a spreadsheet: a header row, then one row per
//! attempt (counted once across the files), oldest first. Quoted as RFC
//! 4180 says: a field holding a comma, a double quote or a line break is
//! put in double quotes, its double quotes doubled; lines end in CRLF.
//! A name that a spreadsheet would run as a formula is kept as text.

use crate::records::date::date_time_seconds;
use crate::records::report::{AttemptRecord, Report};
use crate::text::i18n::{Language, with_language};
use crate::text::labels::outcome_label;

/// The columns, in order.
pub const COLUMNS: [&str; 20] = [
    "attempt",
    "file",
    "learner",
    "scenario",
    "mode",
    "seed",
    "started_utc",
    "finished_utc",
    "seconds_spent",
    "replies",
    "ending",
    "outcome",
    "walked_out",
    "score",
    "grade",
    "pass_mark",
    "passed",
    "reply_numbers",
    "reply_texts",
    "principles",
];

/// The whole report as CSV.
pub fn render(r: &Report) -> String {
    let mut out = row(COLUMNS.iter().map(|c| c.to_string()));
    for a in &r.attempts {
        out.push_str(&row(fields(r, a)));
    }
    out
}

fn fields(r: &Report, a: &AttemptRecord) -> Vec<String> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let finished = a.finished();
    vec![
        a.uuid
            .clone()
            .unwrap_or_else(|| format!("{}#{}", r.source_of(a).display(), a.id)),
        text(&r.source_of(a).display().to_string()),
        text(&a.learner),
        a.scenario.clone(),
        a.mode.as_str().to_string(),
        a.seed.to_string(),
        date_time_seconds(a.started_at),
        opt(a.finished_at.map(date_time_seconds)),
        a.active_seconds().to_string(),
        a.steps.len().to_string(),
        opt(a.ending.clone()),
        // A spreadsheet's column of outcomes reads the same in every language.
        opt(a
            .outcome
            .map(|o| with_language(Language::English, || outcome_label(o)).to_string())),
        if finished { yes_no(a.walked_out) } else { "" }.to_string(),
        opt(a.score.map(|s| s.to_string())),
        opt(a.grade.map(String::from)),
        a.pass_mark.to_string(),
        if finished { yes_no(a.passed()) } else { "" }.to_string(),
        a.steps
            .iter()
            .map(|s| s.reply.to_string())
            .collect::<Vec<_>>()
            .join(" "),
        text(
            &a.steps
                .iter()
                .map(|s| format!("{}. {}", s.reply, s.text))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        a.principles
            .iter()
            .map(|p| format!("{} {}/{}", p.name, p.earned, p.best))
            .collect::<Vec<_>>()
            .join("; "),
    ]
}

/// Text typed by people (a learner's name): one that a spreadsheet would
/// take for a formula (`=`, `+`, `-`, `@`) starts with an apostrophe, so
/// opening the file never runs it.
pub(crate) fn text(field: &str) -> String {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_string()
    }
}

pub(crate) fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// One line of fields, quoted where needed.
pub(crate) fn row(fields: impl IntoIterator<Item = String>) -> String {
    let mut line = fields
        .into_iter()
        .map(|f| quote(&f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// A field as RFC 4180 writes it.
pub fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_breaks_are_quoted() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("one\ntwo"), "\"one\ntwo\"");
        assert_eq!(row(["x".to_string(), "y,z".to_string()]), "x,\"y,z\"\r\n");
        assert_eq!(text("=1+1"), "'=1+1");
        assert_eq!(text("Ana"), "Ana");
    }
}
