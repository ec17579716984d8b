//! A workshop as one self-contained HTML page, in the report's look (its
//! style sheet, bars and escaping): the session, each team's standing, and
//! per scenario and team every decision with how the room split against
//! the best reply, the room's choice and how it was reached, and the
//! ending. No scripts, fonts or anything fetched; a print style sheet.
//! Every share stands beside the counts it divides.

use std::fmt::Write;

use super::{how_chosen, listed, share, votes_for};
use crate::cli::commands::report::html::{STYLE, bar, card, esc};
use crate::cli::commands::report::{decimal, duration, outcome_heading, percent, signed};
use crate::records::date::{Date, date_time};
use crate::text::money::dollars;
use crate::workshop::ChoiceRule;
use crate::workshop::record::{
    DecisionRecord, EndingRecord, ScenarioRun, TeamRun, VotingKind, WorkshopRecord,
};

/// What the workshop page adds to the report's style sheet.
const WORKSHOP_STYLE: &str = include_str!("workshop.css");

/// The whole workshop as an HTML page.
pub fn render(w: &WorkshopRecord) -> String {
    let mut page = String::with_capacity(64 * 1024);
    let day = Date::of(w.started_at);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Workshop, {day}</title>\n<style>\n{STYLE}{WORKSHOP_STYLE}</style>\n</head>\n<body>\n\
         <header class=\"top\"><div class=\"wrap\"><p class=\"brand\">Last Word</p>\
         <h1>Workshop, {day}</h1><p class=\"sub\">{}</p><p class=\"sub\">{}</p>\
         </div></header>\n<main class=\"wrap\">\n",
        esc(&headline(w)),
        esc(&when(w)),
    );
    if w.scenarios.is_empty() {
        page.push_str(
            "<p class=\"empty\">The workshop ended before its first scenario: nothing was voted on.</p>\n",
        );
    } else {
        page.push_str(&cards(w));
        page.push_str(&session(w));
        page.push_str(&standings(w));
        for (i, run) in w.scenarios.iter().enumerate() {
            page.push_str(&scenario(i + 1, run));
        }
    }
    page.push_str(&about(w));
    page.push_str("</main>\n</body>\n</html>\n");
    page
}

/// How the room voted and its size: "2 teams (Red, Blue) voting from 14 phones".
fn headline(w: &WorkshopRecord) -> String {
    let phones = format!(
        "{} phone{}",
        w.phones_joined,
        if w.phones_joined == 1 { "" } else { "s" }
    );
    let room = match w.voting {
        VotingKind::Phones => format!("The room voting from {phones}"),
        VotingKind::Hands => "The room voting by a show of hands".to_string(),
        VotingKind::Teams => format!(
            "{} teams ({}) voting from {phones}",
            w.teams.len(),
            w.teams.join(", ")
        ),
    };
    let n = w.scenarios.len();
    format!("{room} · {n} scenario{}", if n == 1 { "" } else { "s" })
}

/// Start, end and length: "Started 2026-11-30 09:00 UTC, finished 10:02 (1 h 02 min)".
fn when(w: &WorkshopRecord) -> String {
    let start = date_time(w.started_at);
    match w.finished_at {
        Some(end) => format!(
            "Started {start} UTC, finished {} UTC ({}) · workshop {}",
            date_time(end),
            duration(end.saturating_sub(w.started_at)),
            w.id
        ),
        None => format!(
            "Started {start} UTC, not finished (saved up to its last scenario) · workshop {}",
            w.id
        ),
    }
}

fn teams(w: &WorkshopRecord) -> impl Iterator<Item = &TeamRun> {
    w.scenarios.iter().flat_map(|s| &s.teams)
}

fn decisions(w: &WorkshopRecord) -> impl Iterator<Item = &DecisionRecord> {
    teams(w).flat_map(|t| &t.decisions)
}

fn endings(w: &WorkshopRecord) -> impl Iterator<Item = &EndingRecord> {
    teams(w).filter_map(|t| t.ending.as_ref())
}

/// The headline figures.
fn cards(w: &WorkshopRecord) -> String {
    let decided = decisions(w).count();
    let votes: u32 = decisions(w).flat_map(|d| &d.replies).map(|r| r.votes).sum();
    let with_best: Vec<&DecisionRecord> = decisions(w).filter(|d| d.best.is_some()).collect();
    let best_taken = with_best
        .iter()
        .filter(|d| d.best == Some(d.chosen))
        .count();
    let kept: f64 = endings(w).map(|e| e.kept).sum();
    let lost: f64 = endings(w).map(|e| e.lost).sum();
    let ended = endings(w).count();
    let conversations = teams(w).count();
    let mut out = String::from("<section class=\"cards\">");
    out.push_str(&card(
        &decided.to_string(),
        "decisions voted",
        &format!(
            "in {conversations} conversation{}",
            if conversations == 1 { "" } else { "s" }
        ),
    ));
    out.push_str(&card(
        &votes.to_string(),
        "votes cast",
        &format!("{} phones joined", w.phones_joined),
    ));
    out.push_str(&card(
        &format!("{best_taken} of {}", with_best.len()),
        "best reply played",
        &share(best_taken as u32, with_best.len() as u32)
            .map_or("no decision with a best reply".into(), |s| {
                format!("{} of decisions", percent(s))
            }),
    ));
    out.push_str(&card(
        &dollars(kept),
        "money kept",
        &format!("of {} at stake", dollars(kept + lost)),
    ));
    out.push_str(&card(
        &dollars(lost),
        "money lost",
        &format!(
            "{ended} of {conversations} conversation{} reached an ending",
            if conversations == 1 { "" } else { "s" }
        ),
    ));
    out.push_str("</section>\n");
    out
}

/// The running order, with its timings.
fn session(w: &WorkshopRecord) -> String {
    let mut out = String::from(
        "<section>\n<h2>Session</h2>\n<p class=\"note\">The scenarios in the order they were \
         run. Voting: from opening each vote to locking it; discussion: the discussion timer \
         after each reveal; both added up over the scenario's decisions (of every team).</p>\n\
         <table>\n<thead><tr><th class=\"n\">No.</th><th>Scenario</th><th class=\"n\">Seed</th>\
         <th class=\"n\">Decisions</th><th class=\"n\">Votes</th><th class=\"n\">Voting</th>\
         <th class=\"n\">Discussion</th><th>Endings</th></tr></thead>\n<tbody>\n",
    );
    for (i, run) in w.scenarios.iter().enumerate() {
        let ds: Vec<&DecisionRecord> = run.teams.iter().flat_map(|t| &t.decisions).collect();
        let votes: u32 = ds.iter().flat_map(|d| &d.replies).map(|r| r.votes).sum();
        let voting: u32 = ds.iter().map(|d| d.seconds_voting).sum();
        let talking: u32 = ds.iter().map(|d| d.seconds_discussing).sum();
        let endings: Vec<String> = run.teams.iter().map(ending_short).collect();
        let _ = writeln!(
            out,
            "<tr><td class=\"n\">{}</td><td class=\"name\">{}<br><small>{}</small></td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{votes}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            i + 1,
            esc(&run.title),
            esc(&run.scenario),
            run.seed,
            ds.len(),
            clock(voting),
            clock(talking),
            endings.join("<br>")
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

/// A team's ending in a few words, for a table cell (escaped).
fn ending_short(t: &TeamRun) -> String {
    let who = t
        .team
        .as_deref()
        .map_or(String::new(), |n| format!("<b>{}</b>: ", esc(n)));
    match &t.ending {
        Some(e) => format!(
            "{who}{} <small>grade {} · {}</small>",
            outcome_tag(e),
            esc(&e.grade.to_string()),
            e.score
        ),
        None => format!("{who}<span class=\"muted\">no ending reached</span>"),
    }
}

/// The outcome as a coloured tag.
fn outcome_tag(e: &EndingRecord) -> String {
    let class = match e.outcome {
        crate::core::scenario::Outcome::KeptLoyal => "o-loyal",
        crate::core::scenario::Outcome::KeptAtRisk => "o-risk",
        crate::core::scenario::Outcome::Lost => "o-lost",
        crate::core::scenario::Outcome::LostAndTelling => "o-telling",
    };
    let walked = if e.walked_out { ", walked out" } else { "" };
    format!(
        "<span class=\"outcome\"><i class=\"{class}\"></i>{}{walked}</span>",
        esc(&outcome_heading(e.outcome))
    )
}

/// One team's totals over the workshop.
struct Standing<'a> {
    team: &'a str,
    scores: Vec<u32>,
    kept: f64,
    lost: f64,
    endings: Vec<&'a EndingRecord>,
    unfinished: usize,
}

fn standing_of<'a>(w: &'a WorkshopRecord, index: usize, name: &'a str) -> Standing<'a> {
    let runs: Vec<&TeamRun> = w
        .scenarios
        .iter()
        .filter_map(|s| s.teams.get(index))
        .collect();
    let endings: Vec<&EndingRecord> = runs.iter().filter_map(|t| t.ending.as_ref()).collect();
    Standing {
        team: name,
        scores: endings.iter().map(|e| e.score).collect(),
        kept: endings.iter().map(|e| e.kept).sum(),
        lost: endings.iter().map(|e| e.lost).sum(),
        unfinished: runs.len() - endings.len(),
        endings,
    }
}

/// The teams ranked by their total score, then money kept; for a room
/// voting as one, its own line.
fn standings(w: &WorkshopRecord) -> String {
    let names: Vec<&str> = if w.teams.is_empty() {
        vec!["The room"]
    } else {
        w.teams.iter().map(String::as_str).collect()
    };
    let mut rows: Vec<Standing> = names
        .iter()
        .enumerate()
        .map(|(i, name)| standing_of(w, i, name))
        .collect();
    rows.sort_by(|a, b| {
        let total = |s: &Standing| s.scores.iter().sum::<u32>();
        total(b).cmp(&total(a)).then(b.kept.total_cmp(&a.kept))
    });
    let heading = if w.teams.is_empty() {
        "The room's result"
    } else {
        "Team standings"
    };
    let mut out = format!(
        "<section>\n<h2>{heading}</h2>\n<p class=\"note\">Score: the endings' scores added up \
         (each out of 100). Money: the customers' lifetime value kept and lost against what \
         they were worth on arrival, over the scenarios that reached an ending.</p>\n<table class=\"standings\">\n\
         <thead><tr><th class=\"n\">Rank</th><th>Team</th><th class=\"n\">Score</th>\
         <th>Outcomes</th><th class=\"chart\">Money kept</th><th class=\"n\">Lost</th></tr></thead>\n<tbody>\n"
    );
    for (rank, s) in rows.iter().enumerate() {
        let total: u32 = s.scores.iter().sum();
        let parts = if s.scores.len() > 1 {
            format!(" <small>{}</small>", listed(&s.scores, " + "))
        } else {
            String::new()
        };
        let outcomes: Vec<String> = s.endings.iter().map(|e| outcome_tag(e)).collect();
        let unfinished = if s.unfinished > 0 {
            format!(
                "<br><span class=\"muted\">{} without an ending</span>",
                s.unfinished
            )
        } else {
            String::new()
        };
        let stake = s.kept + s.lost;
        let kept_share = if stake > 0.0 {
            100.0 * s.kept / stake
        } else {
            0.0
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"n\">{}</td><td class=\"name\">{}</td><td class=\"n\"><b>{total}</b>{parts}</td>\
             <td>{}{unfinished}</td><td class=\"chart\"><div class=\"barline\">{}<span class=\"fig\">\
             <b>{}</b> <small>of {}</small></span></div></td><td class=\"n\">{}</td></tr>",
            rank + 1,
            esc(s.team),
            outcomes.join("<br>"),
            bar(kept_share, 100.0, "good"),
            dollars(s.kept),
            dollars(stake),
            dollars(s.lost)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

/// One scenario: each team's decisions and ending.
fn scenario(number: usize, run: &ScenarioRun) -> String {
    let mut out = format!(
        "<section class=\"scenario\">\n<h2>{number}. {} <small>{} · seed {}</small></h2>\n\
         <p class=\"note\">Each decision: how the room's votes split over the replies shown \
         (in the order shown), the reply played and how it was chosen. \
         <span class=\"best-tag\">Best</span> marks the best reply there by the analysis, \
         <span class=\"chosen-tag\">Played</span> the room's choice.</p>\n",
        esc(&run.title),
        esc(&run.scenario),
        run.seed
    );
    for team in &run.teams {
        out.push_str(&team_run(team));
    }
    out.push_str("</section>\n");
    out
}

fn team_run(t: &TeamRun) -> String {
    let mut out = String::from("<div class=\"team\">");
    if let Some(name) = &t.team {
        let _ = write!(out, "<h3>{}</h3>", esc(name));
    }
    out.push_str(&ending_line(t.ending.as_ref()));
    for (i, d) in t.decisions.iter().enumerate() {
        out.push_str(&decision(i + 1, d));
    }
    out.push_str("</div>\n");
    out
}

/// The ending, grade, score and money.
fn ending_line(e: Option<&EndingRecord>) -> String {
    let Some(e) = e else {
        return "<p class=\"ending\"><span class=\"muted\">The workshop moved on before this \
                conversation reached an ending.</span></p>"
            .into();
    };
    format!(
        "<p class=\"ending\"><span class=\"grade\">{}</span>{} <small>ending <code>{}</code></small>\
         <span class=\"facts\">score <b>{}</b> / 100 · kept <b>{}</b> · lost <b>{}</b></span></p>",
        esc(&e.grade.to_string()),
        outcome_tag(e),
        esc(&e.ending),
        e.score,
        dollars(e.kept),
        dollars(e.lost)
    )
}

fn decision(number: usize, d: &DecisionRecord) -> String {
    let total: u32 = d.replies.iter().map(|r| r.votes).sum();
    let best = d
        .best
        .map(|b| {
            let v = votes_for(d, b);
            format!(
                " · best reply {v} of {total}{}",
                share(v, total).map_or(String::new(), |s| format!(" ({})", percent(s)))
            )
        })
        .unwrap_or_default();
    let mut out = String::from("<div class=\"moment\">");
    let _ = write!(
        out,
        "<p class=\"where\">Decision {number} <code>{}</code> <small>{total} vote{}{best}</small></p>\
         <blockquote>{}</blockquote><table class=\"replies\"><tbody>",
        esc(&d.node),
        if total == 1 { "" } else { "s" },
        esc(&d.line)
    );
    for reply in &d.replies {
        let is_best = d.best == Some(reply.number);
        let is_chosen = d.chosen == reply.number;
        let s = share(reply.votes, total);
        let mut tags = String::new();
        if is_best {
            tags.push_str(" <span class=\"best-tag\">Best</span>");
        }
        if is_chosen {
            tags.push_str(" <span class=\"chosen-tag\">Played</span>");
        }
        let class = match (is_best, is_chosen) {
            (true, _) => " class=\"best\"",
            (false, true) => " class=\"chosen\"",
            _ => "",
        };
        let _ = write!(
            out,
            "<tr{class}><td class=\"num\">{}</td><td class=\"text\">{}{tags}</td>\
             <td class=\"chart\">{}</td><td class=\"n\">{} of {total}</td><td class=\"n pct\">{}</td></tr>",
            reply.number,
            esc(&reply.text),
            bar(
                s.unwrap_or(0.0),
                100.0,
                if is_best { "good" } else { "share" }
            ),
            reply.votes,
            s.map_or("–".into(), percent)
        );
    }
    let chosen_class = match d.rule {
        ChoiceRule::Majority => "",
        _ => " class=\"flag\"",
    };
    let _ = writeln!(
        out,
        "</tbody></table><p class=\"facts\">Played reply {}: <span{chosen_class}>{}</span> · \
         points {} · mood {} → {} · voting {} · discussion {}</p></div>",
        d.chosen,
        esc(&how_chosen(&d.rule)),
        signed(d.points),
        decimal(d.mood_before),
        decimal(d.mood_after),
        clock(d.seconds_voting),
        clock(d.seconds_discussing)
    );
    out
}

/// Seconds as "48 s", "2 min 30 s", "12 min".
fn clock(seconds: u32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// What the figures mean.
fn about(w: &WorkshopRecord) -> String {
    format!(
        "<section class=\"about\">\n<h2>About this page</h2>\n<p class=\"note\">Every vote \
         share is the reply's votes over the votes cast at that decision, shown beside both. \
         The best reply is the one that starts the best path from that moment, by the \
         scenario's analysis. Ties and empty votes were resolved as shown to the facilitator, \
         who could override the vote. Times are UTC. Workshop <code>{}</code>, made by \
         <code>last-word workshops export</code>; <code>--format csv</code> gives one row per \
         decision for a spreadsheet.</p>\n</section>\n",
        esc(&w.id)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> WorkshopRecord {
        serde_json::from_str(include_str!(
            "../../../../tests/fixtures/workshop/teams.json"
        ))
        .unwrap()
    }

    #[test]
    fn the_page_is_self_contained_and_escapes_what_the_room_typed() {
        let page = render(&sample());
        assert!(!page.contains("<script"), "a team name ran as markup");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        for fetch in ["src=", "href=", "url(", "@import"] {
            assert!(!page.contains(fetch), "fetches something: {fetch}");
        }
        assert!(page.contains("@media print"));
    }

    #[test]
    fn every_share_stands_beside_its_counts() {
        let page = render(&sample());
        // Baristas, first decision: 4 of 7 for the best reply.
        assert!(page.contains("best reply 4 of 7 (57.1%)"), "{page}");
        assert!(page.contains("<td class=\"n\">4 of 7</td><td class=\"n pct\">57.1%</td>"));
        // The empty vote shows no share rather than 0%.
        assert!(page.contains("<td class=\"n\">0 of 0</td><td class=\"n pct\">–</td>"));
        assert!(page.contains("the facilitator&#39;s choice (the vote chose reply 1)"));
        assert!(page.contains("a tie between replies 1 and 2: the one shown first"));
        // Money: kept over the two teams' three endings.
        assert!(page.contains("$9,581.25"), "kept 6387.5 + 3193.75");
    }

    #[test]
    fn teams_rank_by_their_total_score() {
        let page = render(&sample());
        let baristas = page.find("<td class=\"name\">Baristas</td>").unwrap();
        let other = page.find("<td class=\"name\">&lt;script&gt;").unwrap();
        assert!(baristas < other, "Baristas 88 + 22 = 110 beat 61");
        assert!(page.contains("<b>110</b> <small>88 + 22</small>"));
        assert!(page.contains("1 without an ending"));
    }

    #[test]
    fn times_read_as_minutes_and_seconds() {
        assert_eq!(clock(48), "48 s");
        assert_eq!(clock(150), "2 min 30 s");
        assert_eq!(clock(720), "12 min");
    }
}
