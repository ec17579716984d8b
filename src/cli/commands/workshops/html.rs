//! A workshop as one self-contained HTML page, in the report's look (its
//! style sheet, bars and escaping): the session, each team's standing, and
//! per scenario and team every decision with how the room split against
//! the best reply, the room's choice and how it was reached, and the
//! ending. No scripts, fonts or anything fetched; a print style sheet.
//! Every share stands beside the counts it divides.

use std::fmt::Write;

use fluent_bundle::FluentValue;

use super::{decimal, duration, how_chosen, listed, percent, share, votes_for};
use crate::cli::commands::report::html::{STYLE, bar, card, esc};
use crate::cli::commands::report::{outcome_heading, signed};
use crate::records::date::{Date, date_time};
use crate::text::i18n::{current, tr, tr_args};
use crate::text::money::dollars;
use crate::workshop::ChoiceRule;
use crate::workshop::record::{
    DecisionRecord, EndingRecord, ScenarioRun, TeamRun, VotingKind, WorkshopRecord,
};

/// What the workshop page adds to the report's style sheet.
const WORKSHOP_STYLE: &str = include_str!("workshop.css");

/// `id` in the current language as HTML: `text` arguments are words,
/// escaped with the rest of the message; `markup` arguments are HTML
/// already, put in as they are.
fn html_tr(id: &str, text: &[(&str, FluentValue<'_>)], markup: &[(&str, &str)]) -> String {
    // Each piece of markup stands in the message as a private-use mark
    // until the message is escaped.
    let mark = |i: usize| char::from_u32(0xE000 + i as u32).unwrap_or('\u{E000}');
    let mut args: Vec<(&str, FluentValue)> = text.to_vec();
    for (i, (name, _)) in markup.iter().enumerate() {
        args.push((name, mark(i).to_string().into()));
    }
    let mut out = esc(&tr_args(id, &args));
    for (i, (_, html)) in markup.iter().enumerate() {
        out = out.replace(mark(i), html);
    }
    out
}

/// A plain message escaped for HTML.
fn html(id: &str) -> String {
    esc(tr(id))
}

/// The whole workshop as an HTML page, in the current language.
pub fn render(w: &WorkshopRecord) -> String {
    let mut page = String::with_capacity(64 * 1024);
    let day = Date::of(w.started_at);
    let title = html_tr("ws-export-title", &[("date", day.to_string().into())], &[]);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}{WORKSHOP_STYLE}</style>\n</head>\n<body>\n\
         <header class=\"top\"><div class=\"wrap\"><p class=\"brand\">Last Word</p>\
         <h1>{title}</h1><p class=\"sub\">{}</p><p class=\"sub\">{}</p>\
         </div></header>\n<main class=\"wrap\">\n",
        current().language().tag(),
        esc(&headline(w)),
        esc(&when(w)),
    );
    if w.scenarios.is_empty() {
        let _ = writeln!(page, "<p class=\"empty\">{}</p>", html("ws-export-empty"));
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
    let phones = w.phones_joined.into();
    let room = match w.voting {
        VotingKind::Phones => tr_args("ws-export-room-phones", &[("phones", phones)]),
        VotingKind::Hands => tr("ws-export-room-hands").to_string(),
        VotingKind::Teams => tr_args(
            "ws-export-room-teams",
            &[
                ("teams", w.teams.len().into()),
                ("names", w.teams.join(", ").into()),
                ("phones", phones),
            ],
        ),
    };
    let scenarios = tr_args(
        "ws-export-scenarios",
        &[("count", w.scenarios.len().into())],
    );
    format!("{room} · {scenarios}")
}

/// Start, end and length: "Started 2026-11-30 09:00 UTC, finished 10:02 (1 h 02 min)".
fn when(w: &WorkshopRecord) -> String {
    let start = date_time(w.started_at).into();
    let id = w.id.as_str().into();
    match w.finished_at {
        Some(end) => tr_args(
            "ws-export-finished",
            &[
                ("start", start),
                ("end", date_time(end).into()),
                (
                    "duration",
                    duration(end.saturating_sub(w.started_at)).into(),
                ),
                ("id", id),
            ],
        ),
        None => tr_args("ws-export-unfinished", &[("start", start), ("id", id)]),
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
        &html("ws-export-decisions-voted"),
        &html_tr(
            "ws-export-in-conversations",
            &[("count", conversations.into())],
            &[],
        ),
    ));
    out.push_str(&card(
        &votes.to_string(),
        &html("ws-export-votes-cast"),
        &html_tr(
            "ws-export-phones-joined",
            &[("count", w.phones_joined.into())],
            &[],
        ),
    ));
    out.push_str(&card(
        &html_tr(
            "ws-export-of",
            &[
                ("count", best_taken.into()),
                ("total", with_best.len().into()),
            ],
            &[],
        ),
        &html("ws-export-best-played"),
        &share(best_taken as u32, with_best.len() as u32).map_or(html("ws-export-no-best"), |s| {
            html_tr(
                "ws-export-of-decisions",
                &[("share", percent(s).into())],
                &[],
            )
        }),
    ));
    out.push_str(&card(
        &esc(&dollars(kept)),
        &html("ws-export-money-kept"),
        &html_tr(
            "ws-export-at-stake",
            &[("stake", dollars(kept + lost).into())],
            &[],
        ),
    ));
    out.push_str(&card(
        &esc(&dollars(lost)),
        &html("ws-export-money-lost"),
        &html_tr(
            "ws-export-reached-ending",
            &[("ended", ended.into()), ("count", conversations.into())],
            &[],
        ),
    ));
    out.push_str("</section>\n");
    out
}

/// The running order, with its timings.
fn session(w: &WorkshopRecord) -> String {
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n\
         <table>\n<thead><tr><th class=\"n\">{}</th><th>{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        html("ws-export-session"),
        html("ws-export-session-note"),
        html("ws-export-col-no"),
        html("ws-export-col-scenario"),
        html("ws-export-col-seed"),
        html("ws-export-col-decisions"),
        html("ws-export-col-votes"),
        html("ws-export-col-voting"),
        html("ws-export-col-discussion"),
        html("ws-export-col-endings"),
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
            "{who}{} <small>{}</small>",
            outcome_tag(e),
            html_tr(
                "ws-export-grade-score",
                &[
                    ("grade", e.grade.to_string().into()),
                    ("score", e.score.into()),
                ],
                &[],
            ),
        ),
        None => format!(
            "{who}<span class=\"muted\">{}</span>",
            html("ws-export-no-ending")
        ),
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
    let walked = if e.walked_out {
        format!(", {}", html("ws-export-walked-out"))
    } else {
        String::new()
    };
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
        vec![tr("ws-export-the-room")]
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
    let heading = html(if w.teams.is_empty() {
        "ws-export-room-result"
    } else {
        "ws-export-team-standings"
    });
    let mut out = format!(
        "<section>\n<h2>{heading}</h2>\n<p class=\"note\">{}</p>\n<table class=\"standings\">\n\
         <thead><tr><th class=\"n\">{}</th><th>{}</th><th class=\"n\">{}</th>\
         <th>{}</th><th class=\"chart\">{}</th><th class=\"n\">{}</th></tr></thead>\n<tbody>\n",
        html("ws-export-standings-note"),
        html("ws-export-col-rank"),
        html("ws-export-col-team"),
        html("ws-export-col-score"),
        html("ws-export-col-outcomes"),
        html("ws-export-col-kept"),
        html("ws-export-col-lost"),
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
                "<br><span class=\"muted\">{}</span>",
                html_tr(
                    "ws-export-without-ending",
                    &[("count", s.unfinished.into())],
                    &[]
                )
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
             <b>{}</b> <small>{}</small></span></div></td><td class=\"n\">{}</td></tr>",
            rank + 1,
            esc(s.team),
            outcomes.join("<br>"),
            bar(kept_share, 100.0, "good"),
            esc(&dollars(s.kept)),
            html_tr(
                "ws-export-of-stake",
                &[("stake", dollars(stake).into())],
                &[]
            ),
            esc(&dollars(s.lost))
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

/// One scenario: each team's decisions and ending.
fn scenario(number: usize, run: &ScenarioRun) -> String {
    let best = best_tag();
    let played = played_tag();
    let mut out = format!(
        "<section class=\"scenario\">\n<h2>{number}. {} <small>{} · {}</small></h2>\n\
         <p class=\"note\">{}</p>\n",
        esc(&run.title),
        esc(&run.scenario),
        html_tr(
            "ws-export-seed",
            &[("seed", run.seed.to_string().into())],
            &[]
        ),
        html_tr(
            "ws-export-scenario-note",
            &[],
            &[("best", &best), ("played", &played)]
        ),
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

/// The tag that marks the best reply.
fn best_tag() -> String {
    format!(
        "<span class=\"best-tag\">{}</span>",
        html("ws-export-tag-best")
    )
}

/// The tag that marks the reply played.
fn played_tag() -> String {
    format!(
        "<span class=\"chosen-tag\">{}</span>",
        html("ws-export-tag-played")
    )
}

/// `text` in bold, escaped.
fn bold(text: &str) -> String {
    format!("<b>{}</b>", esc(text))
}

/// The ending, grade, score and money.
fn ending_line(e: Option<&EndingRecord>) -> String {
    let Some(e) = e else {
        return format!(
            "<p class=\"ending\"><span class=\"muted\">{}</span></p>",
            html("ws-export-moved-on")
        );
    };
    let ending = format!("<code>{}</code>", esc(&e.ending));
    let (score, kept, lost) = (
        bold(&e.score.to_string()),
        bold(&dollars(e.kept)),
        bold(&dollars(e.lost)),
    );
    format!(
        "<p class=\"ending\"><span class=\"grade\">{}</span>{} <small>{}</small>\
         <span class=\"facts\">{}</span></p>",
        esc(&e.grade.to_string()),
        outcome_tag(e),
        html_tr("ws-export-ending", &[], &[("ending", &ending)]),
        html_tr(
            "ws-export-ending-facts",
            &[],
            &[("score", &score), ("kept", &kept), ("lost", &lost)]
        ),
    )
}

fn decision(number: usize, d: &DecisionRecord) -> String {
    let total: u32 = d.replies.iter().map(|r| r.votes).sum();
    let best = d
        .best
        .map(|b| {
            let v = votes_for(d, b);
            let share = share(v, total).map_or(String::new(), |s| format!(" ({})", percent(s)));
            let best = html_tr(
                "ws-export-best-votes",
                &[
                    ("votes", v.into()),
                    ("total", total.into()),
                    ("share", share.into()),
                ],
                &[],
            );
            format!(" · {best}")
        })
        .unwrap_or_default();
    let mut out = String::from("<div class=\"moment\">");
    let _ = write!(
        out,
        "<p class=\"where\">{} <code>{}</code> <small>{}{best}</small></p>\
         <blockquote>{}</blockquote><table class=\"replies\"><tbody>",
        html_tr("ws-export-decision", &[("number", number.into())], &[]),
        esc(&d.node),
        html_tr("ws-export-votes", &[("count", total.into())], &[]),
        esc(&d.line)
    );
    for reply in &d.replies {
        let is_best = d.best == Some(reply.number);
        let is_chosen = d.chosen == reply.number;
        let s = share(reply.votes, total);
        let mut tags = String::new();
        if is_best {
            tags.push(' ');
            tags.push_str(&best_tag());
        }
        if is_chosen {
            tags.push(' ');
            tags.push_str(&played_tag());
        }
        let class = match (is_best, is_chosen) {
            (true, _) => " class=\"best\"",
            (false, true) => " class=\"chosen\"",
            _ => "",
        };
        let _ = write!(
            out,
            "<tr{class}><td class=\"num\">{}</td><td class=\"text\">{}{tags}</td>\
             <td class=\"chart\">{}</td><td class=\"n\">{}</td><td class=\"n pct\">{}</td></tr>",
            reply.number,
            esc(&reply.text),
            bar(
                s.unwrap_or(0.0),
                100.0,
                if is_best { "good" } else { "share" }
            ),
            html_tr(
                "ws-export-of",
                &[("count", reply.votes.into()), ("total", total.into())],
                &[]
            ),
            s.map_or("–".into(), percent)
        );
    }
    let chosen_class = match d.rule {
        ChoiceRule::Majority => "",
        _ => " class=\"flag\"",
    };
    let how = format!("<span{chosen_class}>{}</span>", esc(&how_chosen(&d.rule)));
    let _ = writeln!(
        out,
        "</tbody></table><p class=\"facts\">{}</p></div>",
        html_tr(
            "ws-export-played",
            &[
                ("reply", d.chosen.into()),
                ("points", signed(d.points).into()),
                ("before", decimal(d.mood_before).into()),
                ("after", decimal(d.mood_after).into()),
                ("voting", clock(d.seconds_voting).into()),
                ("discussion", clock(d.seconds_discussing).into()),
            ],
            &[("how", &how)]
        )
    );
    out
}

/// Seconds as "48 s", "2 min 30 s", "12 min".
fn clock(seconds: u32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => tr_args("ws-duration-seconds", &[("seconds", s.into())]),
        (m, 0) => tr_args("ws-duration-minutes", &[("minutes", m.into())]),
        (m, s) => tr_args(
            "ws-duration-minutes-seconds",
            &[("minutes", m.into()), ("seconds", s.into())],
        ),
    }
}

/// What the figures mean.
fn about(w: &WorkshopRecord) -> String {
    let id = format!("<code>{}</code>", esc(&w.id));
    format!(
        "<section class=\"about\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n</section>\n",
        html("ws-export-about"),
        html_tr(
            "ws-export-about-note",
            &[],
            &[
                ("id", &id),
                ("command", "<code>last-word workshops export</code>"),
                ("csv", "<code>--format csv</code>"),
            ]
        )
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
    fn the_page_comes_in_the_current_language_escaped_as_ever() {
        use crate::text::i18n::{Language, with_language};
        let page = with_language(Language::Italian, || render(&sample()));
        assert!(page.contains("<html lang=\"it\">"));
        for words in [
            "Classifica delle squadre",
            "<th>Squadra</th>",
            "squadre (Baristas, &lt;script&gt;alert(1)&lt;/script&gt;) hanno votato da 14 telefoni",
            // Italian numbers beside their counts.
            "risposta migliore 4 su 7 (57,1%)",
            "<td class=\"n\">4 su 7</td><td class=\"n pct\">57,1%</td>",
            "$9.581,25",
            "<span class=\"best-tag\">Migliore</span> segna la risposta migliore",
            "la scelta del facilitatore (la votazione aveva scelto la risposta 1)",
            "parità tra le risposte 1 e 2: quella mostrata per prima",
            "<code>last-word workshops export</code>",
        ] {
            assert!(page.contains(words), "no {words:?} in:\n{page}");
        }
        assert!(!page.contains("<script"), "a team name ran as markup");
        assert!(!page.contains("[?]"));
        assert!(!page.contains("Team standings") && !page.contains("votes cast"));
        // Every language renders the whole page, its markup intact.
        for language in Language::ALL {
            let page = with_language(language, || render(&sample()));
            assert!(!page.contains("[?]"), "{language:?}");
            assert!(!page.contains('\u{E000}'), "{language:?}: a mark left");
            assert_eq!(
                page.matches("<span class=\"best-tag\">").count(),
                render(&sample())
                    .matches("<span class=\"best-tag\">")
                    .count(),
                "{language:?}"
            );
            assert!(page.contains(&format!("<html lang=\"{}\">", language.tag())));
        }
    }

    #[test]
    fn times_read_as_minutes_and_seconds() {
        assert_eq!(clock(48), "48 s");
        assert_eq!(clock(150), "2 min 30 s");
        assert_eq!(clock(720), "12 min");
    }
}
