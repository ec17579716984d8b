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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::{Language, with_language};

    fn sample() -> WorkshopRecord {
        serde_json::from_str(include_str!(
            "../../../../tests/fixtures/workshop/teams.json"
        ))
        .unwrap()
    }

    /// The CSV is for spreadsheets and scripts: the same columns, codes and
    /// numbers whatever language the interface speaks.
    #[test]
    fn the_csv_is_the_same_in_every_language() {
        let english = with_language(Language::English, || render(&sample()));
        let lines: Vec<&str> = english.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        assert_eq!(lines.len(), 1 + 6, "a row per decision");
        let rule = COLUMNS.iter().position(|c| *c == "rule").unwrap();
        assert!(
            lines[1..]
                .iter()
                .any(|l| l.split(',').nth(rule) == Some("majority")),
            "{english}"
        );
        assert!(english.contains(",overridden,by vote 1,"), "{english}");
        assert!(english.contains(",14.3,"), "a decimal point: {english}");
        for language in Language::ALL {
            assert_eq!(
                with_language(language, || render(&sample())),
                english,
                "{language:?}"
            );
        }
    }
}
