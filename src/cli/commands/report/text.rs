//! The report as plain text for the terminal: aligned tables, one per
//! section, and the choices at every decision point.

use super::{average, coverage, duration, percent, signed};
use crate::core::scenario::Outcome;
use crate::records::date::date_time;
use crate::records::report::{Moment, Report};

/// The whole report as text.
pub fn render(r: &Report) -> String {
    let mut out = format!(
        "Last Word training report\nMade {} UTC: {}\n",
        date_time(r.generated_at),
        coverage(r)
    );
    if r.attempts.is_empty() {
        out.push_str(&format!("\n{}\n", super::nothing_yet(r)));
        return out;
    }
    out.push_str(&files(r));
    out.push_str(&learners(r));
    out.push_str(&scenarios(r));
    out.push_str(&principles(r));
    out.push_str(&choices(r));
    out
}

fn files(r: &Report) -> String {
    let rows = r
        .sources
        .iter()
        .map(|s| {
            vec![
                s.file.display().to_string(),
                s.schema.to_string(),
                s.attempts.to_string(),
                s.shared.to_string(),
            ]
        })
        .collect();
    section(
        "Files",
        &["File", "Schema", "Attempts", "Also in an earlier file"],
        rows,
    )
}

fn learners(r: &Report) -> String {
    let rows = r
        .learners
        .iter()
        .map(|l| {
            vec![
                l.name.clone(),
                l.attempts.to_string(),
                l.finished.to_string(),
                l.scenarios.to_string(),
                l.mastered.to_string(),
                average(l.average(), l.score_total, l.finished),
                l.best_score.map_or("–".into(), |s| s.to_string()),
                duration(l.seconds),
            ]
        })
        .collect();
    section(
        "Learners",
        &[
            "Learner",
            "Attempts",
            "Finished",
            "Scenarios",
            "Mastered",
            "Average score",
            "Best",
            "Time spent",
        ],
        rows,
    )
}

fn scenarios(r: &Report) -> String {
    let rows = r
        .scenarios
        .iter()
        .map(|s| {
            let mut row = vec![
                s.scenario.clone(),
                s.attempts.to_string(),
                s.finished.to_string(),
                s.learners.to_string(),
                s.passed.to_string(),
                average(s.average(), s.score_total, s.finished),
            ];
            row.extend(s.outcome_counts().map(|(_, n)| n.to_string()));
            row.push(s.walked_out.to_string());
            row
        })
        .collect();
    let mut header = vec![
        "Scenario",
        "Attempts",
        "Finished",
        "Learners",
        "Passed",
        "Average score",
    ];
    header.extend(Outcome::ALL.map(outcome_short));
    header.push("Walked out");
    section(
        "Scenarios (finished attempts by outcome: the customer kept and loyal, kept but at risk, lost, lost and telling everyone)",
        &header,
        rows,
    )
}

/// An outcome as a narrow column heading.
fn outcome_short(o: Outcome) -> &'static str {
    match o {
        Outcome::KeptLoyal => "Loyal",
        Outcome::KeptAtRisk => "At risk",
        Outcome::Lost => "Lost",
        Outcome::LostAndTelling => "Telling",
    }
}

fn principles(r: &Report) -> String {
    if r.principles.is_empty() {
        return String::new();
    }
    let rows = r
        .principles
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                p.attempts.to_string(),
                signed(p.earned),
                signed(p.best),
                p.share().map_or("–".into(), percent),
            ]
        })
        .collect();
    section(
        "Principles (points earned in finished attempts, of what the best paths earn)",
        &["Principle", "Attempts", "Earned", "Best", "Share"],
        rows,
    )
}

fn choices(r: &Report) -> String {
    let mut out = String::from(
        "\nChoices at each decision point (answers that chose each reply; * the best reply)\n",
    );
    let mut scenario = "";
    for m in &r.moments {
        if m.scenario != scenario {
            scenario = &m.scenario;
            out.push_str(&format!("\n  {scenario}\n"));
        }
        out.push_str(&moment(m));
    }
    out
}

fn moment(m: &Moment) -> String {
    let mut out = match &m.node {
        Some(node) => format!("    at `{node}`"),
        None => "    moment not recorded (replies from before Last Word kept it)".to_string(),
    };
    match &m.line {
        Some(line) => out.push_str(&format!(": \"{}\"\n", one_line(line))),
        None => out.push('\n'),
    }
    for reply in &m.replies {
        out.push_str(&format!(
            "    {} {}. {:>3} of {} ({:>5})  {}\n",
            if reply.best { "*" } else { " " },
            reply.number,
            reply.chosen,
            m.answers,
            percent(m.share(reply)),
            one_line(&reply.text)
        ));
    }
    out
}

/// Text on one line, for a table.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A titled table: the first column left-aligned, the others right.
fn section(title: &str, header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut text = String::from(" ");
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w - cell.chars().count());
            if i == 0 {
                text.push_str(&format!(" {cell}{pad}"));
            } else {
                text.push_str(&format!("  {pad}{cell}"));
            }
        }
        text.trim_end().to_string() + "\n"
    };
    let mut out = format!("\n{title}\n");
    out.push_str(&line(header.to_vec()));
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn columns_line_up() {
        let t = super::section(
            "T",
            &["Name", "N"],
            vec![
                vec!["Ana".into(), "12".into()],
                vec!["Bo".into(), "3".into()],
            ],
        );
        assert_eq!(t, "\nT\n  Name   N\n  Ana   12\n  Bo     3\n");
    }
}
