//! The room's debrief after each scenario, the teams' standings and the
//! end of the workshop.

use bevy::prelude::*;

use super::projector::{Ctx, big, body, column, panel, row};
use crate::game::screens::debrief::chart::mood_chart;
use crate::game::theme::{palette, space};
use crate::game::workshop::WorkshopRun;
use crate::text::i18n::{tr, tr_args};
use crate::text::review::points_label;
use crate::text::workshop::vote_share;
use crate::text::{dollars, outcome_label};
use crate::workshop::ChoiceRule;
use crate::workshop::record::{DecisionRecord, TeamRun, VotingKind};

/// For the team in focus (the room): per decision how the room split and
/// the best reply, the grade, the mood chart, the money and the scenario's
/// discussion questions.
pub fn debrief(commands: &mut Commands, ctx: &Ctx, run: &mut WorkshopRun) -> Entity {
    let body = body(commands, ctx);
    let focus = run.focus.min(run.workshop.sides().len().saturating_sub(1));
    let side = run.workshop.sides()[focus].clone();
    let Some(d) = side.debrief() else {
        return body;
    };
    let team_run = run
        .workshop
        .record()
        .scenarios
        .last()
        .map(|s| s.teams[focus].clone());
    let title = d.title.as_str().into();
    let heading = match &side.name {
        Some(team) => tr_args(
            "ws-debrief-team",
            &[("team", team.as_str().into()), ("title", title)],
        ),
        None => tr_args("ws-debrief-room", &[("title", title)]),
    };
    let heading = ctx.say_bold(commands, heading, 30.0, palette::TEXT);
    let main = commands.spawn(row(ctx)).id();
    let left = commands.spawn(column(ctx, 55.0)).id();
    let right = commands.spawn(column(ctx, 45.0)).id();
    if let Some(team_run) = &team_run {
        for (i, decision) in team_run.decisions.iter().enumerate() {
            let e = split(commands, ctx, i + 1, decision);
            commands.entity(left).add_child(e);
        }
    }
    let grade = commands.spawn(panel(ctx)).id();
    let g = ctx.say_bold(
        commands,
        tr_args(
            "ws-grade",
            &[
                ("grade", d.grade.to_string().into()),
                ("score", d.score.into()),
            ],
        ),
        34.0,
        palette::grade(d.grade),
    );
    let outcome = ctx.say(
        commands,
        tr_args(
            "ws-customer-was",
            &[
                ("outcome", outcome_label(d.ending.outcome).into()),
                ("ending", d.ending.text.as_str().into()),
            ],
        ),
        big::BODY,
        palette::TEXT,
    );
    let money = ctx.say_bold(
        commands,
        tr_args(
            "ws-debrief-money",
            &[
                ("arrival", dollars(d.revenue.lifetime_on_arrival).into()),
                ("kept", dollars(d.revenue.kept).into()),
                ("lost", dollars(d.revenue.lost).into()),
            ],
        ),
        big::BODY,
        palette::signed(d.revenue.kept - d.revenue.lifetime_on_arrival),
    );
    commands.entity(grade).add_children(&[g, outcome, money]);
    let chart = commands.spawn(panel(ctx)).id();
    mood_chart(commands, ctx.fonts, chart, &d);
    let questions = commands.spawn(panel(ctx)).id();
    let q = ctx.say_bold(commands, tr("ws-talk-it-over"), big::HEAD, palette::ACCENT);
    commands.entity(questions).add_child(q);
    for question in &d.questions {
        let e = ctx.say(commands, format!("– {question}"), big::SMALL, palette::TEXT);
        commands.entity(questions).add_child(e);
    }
    commands.entity(right).add_children(&[grade, chart]);
    // The questions go under the shorter column, so the screen fits
    // without drawing everything smaller.
    let split_lines: usize = team_run
        .as_ref()
        .map_or(0, |t| t.decisions.iter().map(split_lines).sum());
    let shorter = if split_lines <= GRADE_AND_CHART_LINES {
        left
    } else {
        right
    };
    commands.entity(shorter).add_child(questions);
    commands.entity(main).add_children(&[left, right]);
    commands.entity(body).add_children(&[heading, main]);
    if run.workshop.plan().voting == VotingKind::Teams {
        let hint = ctx.say(
            commands,
            tr("ws-debrief-teams-hint"),
            big::SMALL,
            palette::TEXT_MUTED,
        );
        commands.entity(body).add_child(hint);
    }
    body
}

/// About as tall as the grade's panel and the mood chart, in lines of the
/// decisions' splits ([`split_lines`]; at 720 lines about 450 pixels, 28
/// lines), and a little more: the chart keeps its size when the screen is
/// drawn smaller to fit, so questions under it gain less room than
/// questions under the splits.
const GRADE_AND_CHART_LINES: usize = 36;

/// About how many lines a decision's split takes: its line and replies
/// (with their share and marks) wrap at about 80 characters, and its
/// verdict and gaps take two.
fn split_lines(d: &DecisionRecord) -> usize {
    let wrapped = |chars: usize| chars.div_ceil(80).max(1);
    2 + wrapped(d.line.chars().count())
        + d.replies
            .iter()
            .map(|r| wrapped(r.text.chars().count() + 20))
            .sum::<usize>()
}

/// One decision: the line, and per reply its share of the votes, the
/// room's choice and the best reply marked.
fn split(commands: &mut Commands, ctx: &Ctx, n: usize, d: &DecisionRecord) -> Entity {
    let p = commands
        .spawn((
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::axes(ctx.px(space::M), ctx.px(space::S)),
                row_gap: ctx.px(2.0),
                border_radius: BorderRadius::all(ctx.px(12.0)),
                ..default()
            },
            BackgroundColor(palette::SURFACE),
        ))
        .id();
    let chose_best = d.best == Some(d.chosen);
    let how = match d.rule {
        ChoiceRule::Majority => "majority",
        ChoiceRule::Tie { .. } => "tie",
        ChoiceRule::NoVotes => "none",
        ChoiceRule::Overridden { .. } => "facilitator",
    };
    let quoted = tr_args("ws-quote", &[("line", d.line.as_str().into())]);
    let h = ctx.say_bold(
        commands,
        format!("{n}. {quoted}"),
        big::SMALL,
        palette::TEXT,
    );
    commands.entity(p).add_child(h);
    let total: u32 = d.replies.iter().map(|r| r.votes).sum();
    for (i, r) in d.replies.iter().enumerate() {
        let mut marks = Vec::new();
        if r.number == d.chosen {
            marks.push(tr("ws-mark-played"));
        }
        if Some(r.number) == d.best {
            marks.push(tr("ws-mark-best"));
        }
        let color = if Some(r.number) == d.best {
            palette::GOOD
        } else if r.number == d.chosen {
            palette::ACCENT
        } else {
            palette::TEXT_MUTED
        };
        let line = format!(
            "{}  {:>4}  {}{}",
            i + 1,
            vote_share(r.votes, total),
            r.text,
            if marks.is_empty() {
                String::new()
            } else {
                format!("  ({})", marks.join(", "))
            }
        );
        let e = ctx.say(commands, line, big::SMALL, color);
        commands.entity(p).add_child(e);
    }
    let v = ctx.say(
        commands,
        tr_args(
            "ws-played",
            &[
                ("how", how.into()),
                ("best", if chose_best { "yes" } else { "no" }.into()),
                ("points", points_label(d.points).into()),
            ],
        ),
        big::SMALL,
        if chose_best {
            palette::GOOD
        } else {
            palette::WARN
        },
    );
    commands.entity(p).add_child(v);
    p
}

/// The teams' leaderboard.
pub fn standings(commands: &mut Commands, ctx: &Ctx, run: &mut WorkshopRun) -> Entity {
    let body = body(commands, ctx);
    let heading = ctx.say_bold(commands, tr("ws-standings"), 40.0, palette::TEXT);
    let sub = ctx.say(
        commands,
        tr_args(
            "ws-standings-after",
            &[
                ("done", run.workshop.record().scenarios.len().into()),
                ("count", run.workshop.plan().scenarios.len().into()),
            ],
        ),
        big::BODY,
        palette::TEXT_MUTED,
    );
    commands.entity(body).add_children(&[heading, sub]);
    let table = leaderboard(commands, ctx, run);
    commands.entity(body).add_child(table);
    body
}

fn leaderboard(commands: &mut Commands, ctx: &Ctx, run: &WorkshopRun) -> Entity {
    let table = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: ctx.px(space::S),
            ..default()
        })
        .id();
    for line in crate::workshop::standings(run.workshop.record()) {
        let latest = line
            .latest
            .as_ref()
            .map_or(tr("ws-did-not-finish").to_string(), |e| {
                tr_args(
                    "ws-latest",
                    &[
                        ("outcome", outcome_label(e.outcome).into()),
                        ("grade", e.grade.to_string().into()),
                        ("score", e.score.into()),
                    ],
                )
            });
        let r = commands
            .spawn((
                panel(ctx),
                children![ctx.bold(
                    tr_args(
                        "ws-leader",
                        &[
                            ("place", line.place.into()),
                            ("team", line.team.as_str().into()),
                            ("score", line.score.into()),
                            ("kept", dollars(line.kept).into()),
                            ("latest", latest.into()),
                        ],
                    ),
                    big::HEAD,
                    if line.place == 1 {
                        palette::ACCENT
                    } else {
                        palette::TEXT
                    },
                )],
            ))
            .id();
        commands.entity(table).add_child(r);
    }
    table
}

/// The workshop is over: what was run, and the standings for teams.
pub fn ended(commands: &mut Commands, ctx: &Ctx, run: &mut WorkshopRun) -> Entity {
    let body = body(commands, ctx);
    let record = run.workshop.record().clone();
    let heading = ctx.say_bold(commands, tr("ws-ended"), 40.0, palette::TEXT);
    commands.entity(body).add_child(heading);
    let lines: Vec<String> = record
        .scenarios
        .iter()
        .map(|s| {
            let results: Vec<String> = s.teams.iter().map(team_result).collect();
            format!("{}: {}", s.title, results.join("; "))
        })
        .collect();
    let voting = match record.voting {
        VotingKind::Hands => "hands",
        _ => "phones",
    };
    let sub = ctx.say(
        commands,
        tr_args(
            "ws-ended-summary",
            &[
                ("scenarios", record.scenarios.len().into()),
                ("voting", voting.into()),
                ("phones", record.phones_joined.into()),
            ],
        ),
        big::HEAD,
        palette::TEXT_MUTED,
    );
    commands.entity(body).add_child(sub);
    if let Some(kept) = &run.kept {
        let kept = ctx.say(commands, kept.clone(), big::BODY, palette::TEXT_MUTED);
        commands.entity(body).add_child(kept);
    }
    for line in lines {
        let e = ctx.say(commands, line, big::BODY, palette::TEXT);
        commands.entity(body).add_child(e);
    }
    if !record.teams.is_empty() {
        let table = leaderboard(commands, ctx, run);
        commands.entity(body).add_child(table);
    }
    let back = ctx.say(commands, tr("ws-esc-title"), big::BODY, palette::TEXT_MUTED);
    commands.entity(body).add_child(back);
    body
}

fn team_result(t: &TeamRun) -> String {
    let who = t.team.clone().map_or(String::new(), |n| format!("{n} "));
    match &t.ending {
        Some(e) => {
            let result = tr_args(
                "ws-result-ended",
                &[
                    ("grade", e.grade.to_string().into()),
                    ("outcome", outcome_label(e.outcome).into()),
                    ("kept", dollars(e.kept).into()),
                ],
            );
            format!("{who}{result}")
        }
        None => {
            let result = tr_args(
                "ws-result-stopped",
                &[("decisions", t.decisions.len().into())],
            );
            format!("{who}{result}")
        }
    }
}
