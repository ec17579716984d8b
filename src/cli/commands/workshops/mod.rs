//! `last-word workshops`: the workshops saved with the learners' records,
//! newest first, and `workshops export` to write one as CSV (one row per
//! decision) or as one self-contained HTML page a manager can mail round.
//!
//! The renderers ([`csv`], [`html`]) and [`export`] take a
//! [`WorkshopRecord`] and nothing else, so the game writes the same files
//! at the end of a workshop.

mod csv;
mod html;

use std::path::Path;
use std::process::ExitCode;

use crate::cli::args::{ExportFormat, WorkshopsCommand};
use crate::records::date::date_time;
use crate::records::workshops::voting_name;
use crate::records::{Records, WorkshopSummary, files};
use crate::workshop::ChoiceRule;
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
        println!("No workshop is saved yet: run one with `last-word workshop`.");
        return Ok(());
    }
    println!("Workshops, newest first:");
    for w in &workshops {
        println!("{}", summary_line(w));
        println!("    {}", w.scenarios.join(", "));
    }
    println!(
        "\nExport one: last-word workshops export {LATEST} --out workshop.html (or .csv; an id or its start picks another)"
    );
    Ok(())
}

/// One workshop in a line: id, start, voting, phones, size, state.
fn summary_line(w: &WorkshopSummary) -> String {
    let plural = super::validate::plural;
    let teams = if w.teams.is_empty() {
        String::new()
    } else {
        format!(" ({})", w.teams.join(", "))
    };
    let state = match w.finished_at {
        Some(end) => format!(
            "ran {}",
            super::report::duration(end.saturating_sub(w.started_at))
        ),
        None => "not finished".to_string(),
    };
    format!(
        "  {}  {} UTC  {}{teams}  {} phone{}  {} scenario{}, {} decision{}  {state}",
        w.id,
        date_time(w.started_at),
        voting_name(w.voting),
        w.phones_joined,
        plural(w.phones_joined as usize),
        w.scenarios.len(),
        plural(w.scenarios.len()),
        w.decisions,
        plural(w.decisions),
    )
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
                "Wrote workshop {} ({}) to {}",
                record.id,
                date_time(record.started_at),
                path.display()
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
    files::write_atomic(path, rendered(record, format).as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
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
        _ => Err(
            "say which format: --format csv or --format html, or give --out a file ending in .csv or .html"
                .into(),
        ),
    }
}

/// The id `wanted` names among the saved workshops (newest first):
/// `latest`, a whole id, or the start of exactly one.
pub fn resolve(saved: &[WorkshopSummary], wanted: &str) -> Result<String, String> {
    let ids: Vec<&str> = saved.iter().map(|w| w.id.as_str()).collect();
    if ids.is_empty() {
        return Err("no workshop is saved yet: run one with `last-word workshop` first".into());
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
        [] => Err(format!(
            "there is no workshop `{wanted}`; the saved ones, newest first: {} (or say `{LATEST}`)",
            ids.join(", ")
        )),
        several => Err(format!(
            "`{wanted}` starts more than one workshop id: {}; give more of it",
            several.join(", ")
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
        ChoiceRule::Majority => "the most votes".into(),
        ChoiceRule::Tie { tied } => format!(
            "a tie between replies {}: the one shown first",
            listed(tied, " and ")
        ),
        ChoiceRule::NoVotes => "nobody voted: the reply shown first".into(),
        ChoiceRule::Overridden { by_vote } => {
            format!("the facilitator's choice (the vote chose reply {by_vote})")
        }
    }
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
