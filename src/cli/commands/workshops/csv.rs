//! A workshop as CSV for a spreadsheet: a header row, then one row per
//! decision, in the running order, team by team. Quoted as the report's
//! CSV is (RFC 4180, CRLF, text typed by people kept from running as a
//! formula).

use crate::cli::commands::report::csv::{row, text};
use crate::cli::commands::report::decimal;
use crate::records::date::date_time_seconds;
use crate::records::workshops::{rule_name, voting_name};
use crate::workshop::record::{DecisionRecord, ReplyVotes, WorkshopRecord};

use super::{share, votes_for};

/// The columns, in order.
pub const COLUMNS: [&str; 27] = [
    "workshop",
    "started_utc",
    "voting",
    "scenario_no",
    "scenario",
    "title",
    "team",
    "decision_no",
    "node",
    "line",
    "chosen",
    "chosen_text",
    "rule",
    "rule_detail",
    "best",
    "best_text",
    "votes_per_reply",
    "total_votes",
    "chosen_votes",
    "chosen_share_pct",
    "best_votes",
    "best_share_pct",
    "points",
    "mood_before",
    "mood_after",
    "seconds_voting",
    "seconds_discussing",
];

/// The whole workshop as CSV.
pub fn render(w: &WorkshopRecord) -> String {
    let mut out = row(COLUMNS.iter().map(|c| c.to_string()));
    for (s, run) in w.scenarios.iter().enumerate() {
        for team in &run.teams {
            for (i, d) in team.decisions.iter().enumerate() {
                let at = [
                    w.id.clone(),
                    date_time_seconds(w.started_at),
                    voting_name(w.voting).to_string(),
                    (s + 1).to_string(),
                    run.scenario.clone(),
                    text(&run.title),
                    text(team.team.as_deref().unwrap_or("")),
                    (i + 1).to_string(),
                ];
                out.push_str(&row(at.into_iter().chain(decision(d))));
            }
        }
    }
    out
}

/// A decision's columns, from `node` on.
fn decision(d: &DecisionRecord) -> Vec<String> {
    let total: u32 = d.replies.iter().map(|r| r.votes).sum();
    let text_of = |n: usize| reply(d, n).map_or(String::new(), |r| text(&r.text));
    let pct = |votes: u32| share(votes, total).map_or(String::new(), decimal);
    let chosen_votes = votes_for(d, d.chosen);
    let best_votes = d.best.map(|b| votes_for(d, b));
    vec![
        d.node.clone(),
        text(&d.line),
        d.chosen.to_string(),
        text_of(d.chosen),
        rule_name(&d.rule).to_string(),
        super::rule_detail(&d.rule),
        d.best.map_or(String::new(), |b| b.to_string()),
        d.best.map_or(String::new(), text_of),
        d.replies
            .iter()
            .map(|r| format!("{}:{}", r.number, r.votes))
            .collect::<Vec<_>>()
            .join(" "),
        total.to_string(),
        chosen_votes.to_string(),
        pct(chosen_votes),
        best_votes.map_or(String::new(), |v| v.to_string()),
        best_votes.map_or(String::new(), pct),
        d.points.to_string(),
        decimal(d.mood_before),
        decimal(d.mood_after),
        d.seconds_voting.to_string(),
        d.seconds_discussing.to_string(),
    ]
}

fn reply(d: &DecisionRecord, number: usize) -> Option<&ReplyVotes> {
    d.replies.iter().find(|r| r.number == number)
}
