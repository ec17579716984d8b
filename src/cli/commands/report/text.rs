//! The report as plain text for the terminal: aligned tables, one per
//! section, and the choices at every decision point.

use super::{average, coverage, duration, percent, signed};
use crate::core::scenario::Outcome;
use crate::records::date::date_time;
use crate::records::report::{Moment, Report};
use crate::text::i18n::{tr, tr_args};
use crate::text::principle_label;

/// The whole report as text.
pub fn render(r: &Report) -> String {
    let mut out = format!(
        "{}\n{}\n",
        tr("report-title-text"),
        tr_args(
            "report-made-text",
            &[
                ("made", date_time(r.generated_at).into()),
                ("coverage", coverage(r).into()),
            ],
        )
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
        tr("report-files"),
        &[
            tr("report-col-file"),
            tr("report-col-schema"),
            tr("report-col-attempts"),
            tr("report-col-shared"),
        ],
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
        tr("report-learners"),
        &[
            tr("report-col-learner"),
            tr("report-col-attempts"),
            tr("report-col-finished"),
            tr("report-col-scenarios"),
            tr("report-col-mastered"),
            tr("report-col-average"),
            tr("report-col-best"),
            tr("report-col-time"),
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
        tr("report-col-scenario"),
        tr("report-col-attempts"),
        tr("report-col-finished"),
        tr("report-col-learners"),
        tr("report-col-passed"),
        tr("report-col-average"),
    ];
    header.extend(Outcome::ALL.map(outcome_short));
    header.push(tr("report-col-walked-out"));
    section(tr("report-scenarios-text"), &header, rows)
}

/// An outcome as a narrow column heading.
fn outcome_short(o: Outcome) -> &'static str {
    tr(match o {
        Outcome::KeptLoyal => "report-col-loyal",
        Outcome::KeptAtRisk => "report-col-at-risk",
        Outcome::Lost => "report-col-lost",
        Outcome::LostAndTelling => "report-col-telling",
    })
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
                principle_label(&p.id, &p.name),
                p.attempts.to_string(),
                signed(p.earned),
                signed(p.best),
                p.share().map_or("–".into(), percent),
            ]
        })
        .collect();
    section(
        tr("report-principles-text"),
        &[
            tr("report-col-principle"),
            tr("report-col-attempts"),
            tr("report-col-earned"),
            tr("report-col-best"),
            tr("report-col-share"),
        ],
        rows,
    )
}

fn choices(r: &Report) -> String {
    let mut out = format!("\n{}\n", tr("report-choices-text"));
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
        Some(node) => format!(
            "    {}",
            tr_args("report-at-moment", &[("node", node.as_str().into())])
        ),
        None => format!("    {}", tr("report-moment-unknown-text")),
    };
    match &m.line {
        Some(line) => out.push_str(&format!(": \"{}\"\n", one_line(line))),
        None => out.push('\n'),
    }
    for reply in &m.replies {
        let of = tr_args(
            "report-chosen-of",
            &[
                ("chosen", format!("{:>3}", reply.chosen).into()),
                ("answers", m.answers.to_string().into()),
            ],
        );
        out.push_str(&format!(
            "    {} {}. {of} ({:>5})  {}\n",
            if reply.best { "*" } else { " " },
            reply.number,
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

/// A titled table: the first column left-aligned, the others right;
/// columns as wide as their text shows on a terminal (combining marks take
/// no column of their own).
fn section(title: &str, header: &[&str], rows: Vec<Vec<String>>) -> String {
    use textwrap::core::display_width;
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let line = |cells: Vec<&str>| {
        let mut text = String::from(" ");
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w - display_width(cell));
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
