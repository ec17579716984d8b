//! `last-word workshops`: the workshops saved with the learners' records,
//! newest first, and `workshops export` to write one as CSV (one row per
//! decision) or as one self-contained HTML page a manager can mail round.
//!
//! The renderers ([`csv`], [`html`]) and [`export`] take a
//! [`WorkshopRecord`] and nothing else, so the game writes the same files
//! at the end of a workshop. The HTML page and everything said here are in
//! the current language; the CSV stays in English, its columns and codes
//! stable for the spreadsheets and scripts that read it.

mod csv;
mod html;

use std::path::Path;
use std::process::ExitCode;

use crate::cli::args::{ExportFormat, WorkshopsCommand};
use crate::records::date::date_time;
use crate::records::{Records, WorkshopSummary, files};
use crate::text::i18n::{number, tr, tr_args};
use crate::text::workshop::and_list;
use crate::workshop::ChoiceRule;
use crate::workshop::record::VotingKind;
use crate::workshop::record::{DecisionRecord, WorkshopRecord};

pub use csv::{COLUMNS, render as csv};
pub use html::render as html;

/// What `export` takes for the newest workshop.
pub const LATEST: &str = "latest";

pub fn run(command: Option<WorkshopsCommand>, json: bool) -> ExitCode {
    let done =
        Records::open_default()
            .map_err(|e| e.to_string())
            .and_then(|records| match command {
                None => list(&records, json),
                Some(WorkshopsCommand::Export {
                    workshop,
                    format,
                    out,
                }) => export_saved(&records, &workshop, format, out.as_deref()),
            });
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn list(records: &Records, json: bool) -> Result<(), String> {
    let workshops = records.workshops().map_err(|e| e.to_string())?;
    if json {
        let text = serde_json::to_string_pretty(&workshops).map_err(|e| e.to_string())?;
        println!("{text}");
        return Ok(());
    }
    if workshops.is_empty() {
        println!("{}", tr("ws-list-none"));
        return Ok(());
    }
    println!("{}", tr("ws-list-heading"));
    for w in &workshops {
        println!("{}", summary_line(w));
        println!("    {}", w.scenarios.join(", "));
    }
    println!(
        "\n{}",
        tr_args("ws-list-export-hint", &[("latest", LATEST.into())])
    );
    Ok(())
}

/// One workshop in a line: id, start, voting, phones, size, state.
fn summary_line(w: &WorkshopSummary) -> String {
    let teams = if w.teams.is_empty() {
        String::new()
    } else {
        format!(" ({})", w.teams.join(", "))
    };
    let state = match w.finished_at {
        Some(end) => tr_args(
            "ws-list-ran",
            &[(
                "duration",
                duration(end.saturating_sub(w.started_at)).into(),
            )],
        ),
        None => tr("ws-list-not-finished").to_string(),
    };
    let voting = tr(match w.voting {
        VotingKind::Phones => "ws-list-voting-phones",
        VotingKind::Hands => "ws-list-voting-hands",
        VotingKind::Teams => "ws-list-voting-teams",
    });
    format!(
        "  {}  {} UTC  {voting}{teams}  {}  {}  {state}",
        w.id,
        date_time(w.started_at),
        tr_args("ws-list-phones", &[("count", w.phones_joined.into())]),
        tr_args(
            "ws-list-size",
            &[
                ("scenarios", w.scenarios.len().into()),
                ("decisions", w.decisions.into()),
            ],
        ),
    )
}

/// A length of time: "40 s", "12 min", "1 h 05 min".
pub(crate) fn duration(seconds: i64) -> String {
    let minutes = (seconds + 30) / 60;
    match (seconds, minutes) {
        (s, _) if s < 60 => tr_args("ws-duration-seconds", &[("seconds", s.into())]),
        (_, m) if m < 60 => tr_args("ws-duration-minutes", &[("minutes", m.into())]),
        (_, m) => tr_args(
            "ws-duration-hours",
            &[
                ("hours", (m / 60).into()),
                ("minutes", format!("{:02}", m % 60).into()),
            ],
        ),
    }
}

fn export_saved(
    records: &Records,
    wanted: &str,
    format: Option<ExportFormat>,
    out: Option<&Path>,
) -> Result<(), String> {
    let format = format_of(format, out)?;
    let id = resolve(&records.workshops().map_err(|e| e.to_string())?, wanted)?;
    let record = records.workshop(&id).map_err(|e| e.to_string())?;
    match out {
        Some(path) => {
            export(&record, format, path)?;
            eprintln!(
                "{}",
                tr_args(
                    "ws-export-wrote",
                    &[
                        ("id", record.id.as_str().into()),
                        ("date", date_time(record.started_at).into()),
                        ("path", path.display().to_string().into()),
                    ],
                )
            );
        }
        None => {
            use std::io::Write;
            // A closed pipe (`| head`) is not an error.
            let _ = std::io::stdout()
                .lock()
                .write_all(rendered(&record, format).as_bytes());
        }
    }
    Ok(())
}

/// Writes `record` to `path` as `format`, atomically.
pub fn export(record: &WorkshopRecord, format: ExportFormat, path: &Path) -> Result<(), String> {
    files::write_atomic(path, rendered(record, format).as_bytes()).map_err(|e| {
        tr_args(
            "ws-export-cannot-write",
            &[
                ("path", path.display().to_string().into()),
                ("error", e.to_string().into()),
            ],
        )
    })
}

fn rendered(record: &WorkshopRecord, format: ExportFormat) -> String {
    match format {
        ExportFormat::Csv => csv(record),
        ExportFormat::Html => html(record),
    }
}

/// The format asked for, else the one `out`'s extension names.
pub fn format_of(format: Option<ExportFormat>, out: Option<&Path>) -> Result<ExportFormat, String> {
    if let Some(f) = format {
        return Ok(f);
    }
    let extension = out
        .and_then(Path::extension)
        .map(|e| e.to_string_lossy().to_lowercase());
    match extension.as_deref() {
        Some("csv") => Ok(ExportFormat::Csv),
        Some("html" | "htm") => Ok(ExportFormat::Html),
        _ => Err(tr("ws-export-which-format").into()),
    }
}

/// The id `wanted` names among the saved workshops (newest first):
/// `latest`, a whole id, or the start of exactly one.
pub fn resolve(saved: &[WorkshopSummary], wanted: &str) -> Result<String, String> {
    let ids: Vec<&str> = saved.iter().map(|w| w.id.as_str()).collect();
    if ids.is_empty() {
        return Err(tr("ws-export-none-saved").into());
    }
    let wanted = wanted.trim();
    if wanted.eq_ignore_ascii_case(LATEST) {
        return Ok(ids[0].to_string());
    }
    let lower = wanted.to_lowercase();
    let matches: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| !lower.is_empty() && id.starts_with(&lower))
        .collect();
    match matches.as_slice() {
        [one] => Ok(one.to_string()),
        [] => Err(tr_args(
            "ws-export-no-such",
            &[
                ("wanted", wanted.into()),
                ("ids", ids.join(", ").into()),
                ("latest", LATEST.into()),
            ],
        )),
        several => Err(tr_args(
            "ws-export-ambiguous",
            &[
                ("wanted", wanted.into()),
                ("ids", several.join(", ").into()),
            ],
        )),
    }
}

/// `votes` as a percentage of `total`; `None` when nobody voted.
fn share(votes: u32, total: u32) -> Option<f64> {
    (total > 0).then(|| 100.0 * f64::from(votes) / f64::from(total))
}

/// The votes reply `number` got at `d`.
fn votes_for(d: &DecisionRecord, number: usize) -> u32 {
    d.replies
        .iter()
        .find(|r| r.number == number)
        .map_or(0, |r| r.votes)
}

/// What a rule other than a plain majority leaves to explain: "1 2" tied,
/// "by vote 1" when the facilitator overrode the vote.
fn rule_detail(rule: &ChoiceRule) -> String {
    match rule {
        ChoiceRule::Tie { tied } => format!("tied {}", listed(tied, " ")),
        ChoiceRule::Overridden { by_vote } => format!("by vote {by_vote}"),
        ChoiceRule::Majority | ChoiceRule::NoVotes => String::new(),
    }
}

/// Numbers joined by `between`.
fn listed(numbers: &[impl ToString], between: &str) -> String {
    numbers
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(between)
}

/// How the room's choice was reached, in words.
fn how_chosen(rule: &ChoiceRule) -> String {
    match rule {
        ChoiceRule::Majority => tr("ws-how-majority").into(),
        ChoiceRule::Tie { tied } => {
            let tied: Vec<String> = tied.iter().map(ToString::to_string).collect();
            tr_args("ws-how-tie", &[("tied", and_list(&tied).into())])
        }
        ChoiceRule::NoVotes => tr("ws-how-no-votes").into(),
        ChoiceRule::Overridden { by_vote } => {
            tr_args("ws-how-overridden", &[("by-vote", (*by_vote).into())])
        }
    }
}

/// A whole or one-decimal number as the current language writes it:
/// "72", "72.5" ("72,5" in Italian).
fn decimal(x: f64) -> String {
    number(&crate::cli::commands::report::decimal(x))
}

/// A percentage: "60%", "66.7%" ("66,7%" in Italian).
fn percent(x: f64) -> String {
    format!("{}%", decimal(x))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::record::VotingKind;

    fn summary(id: &str) -> WorkshopSummary {
        WorkshopSummary {
            id: id.into(),
            started_at: 0,
            finished_at: None,
            voting: VotingKind::Phones,
            teams: vec![],
            phones_joined: 0,
            scenarios: vec![],
            decisions: 0,
        }
    }

    #[test]
    fn an_id_is_latest_a_whole_id_or_the_start_of_one() {
        let saved = [summary("ab12-new"), summary("ab34-old"), summary("cd56")];
        assert_eq!(resolve(&saved, "latest").unwrap(), "ab12-new");
        assert_eq!(resolve(&saved, "CD").unwrap(), "cd56");
        assert_eq!(resolve(&saved, "ab34-old").unwrap(), "ab34-old");
        let err = resolve(&saved, "ab").unwrap_err();
        assert!(
            err.contains("more than one") && err.contains("ab34-old"),
            "{err}"
        );
        let err = resolve(&saved, "zz").unwrap_err();
        assert!(err.contains("ab12-new, ab34-old, cd56"), "{err}");
        assert!(resolve(&saved, "").is_err());
        let err = resolve(&[], "latest").unwrap_err();
        assert!(err.contains("no workshop is saved yet"), "{err}");
    }

    #[test]
    fn the_format_follows_the_out_extension_unless_given() {
        let out = Some(Path::new("room.HTML"));
        assert_eq!(format_of(None, out).unwrap(), ExportFormat::Html);
        assert_eq!(
            format_of(Some(ExportFormat::Csv), out).unwrap(),
            ExportFormat::Csv
        );
        assert!(format_of(None, Some(Path::new("room.txt"))).is_err());
        assert!(format_of(None, None).is_err());
    }
}
