//! The projector's joining and decision screens, and the control bar under
//! every workshop screen. Drawn from the workshop's state; nothing here
//! decides anything.

use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use super::Scale;
use crate::core::facilitator::DecisionBrief;
use crate::game::fonts::Fonts;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, space};
use crate::game::workshop::{Facilitate, WorkshopRun};
use crate::text::i18n::{tr, tr_args};
use crate::text::review::points_label;
use crate::text::workshop::{choice_sentence, clock, turnout, vote_share};
use crate::text::{band_label, dollars_moved, mood_moved};
use crate::workshop::record::VotingKind;
use crate::workshop::{Side, Step, Tally};

/// What every drawing function needs.
pub struct Ctx<'a> {
    pub fonts: &'a Fonts,
    pub scale: Scale,
}

impl Ctx<'_> {
    /// A text at `size` (logical pixels at 720 lines).
    pub fn text(&self, value: impl Into<String>, size: f32, color: Color) -> impl Bundle {
        widget::text(value, &self.fonts.regular, self.scale.px(size), color)
    }

    pub fn bold(&self, value: impl Into<String>, size: f32, color: Color) -> impl Bundle {
        widget::text(value, &self.fonts.bold, self.scale.px(size), color)
    }

    /// Spawns a [`Ctx::text`] and gives its entity.
    pub fn say(
        &self,
        commands: &mut Commands,
        value: impl Into<String>,
        size: f32,
        color: Color,
    ) -> Entity {
        commands.spawn(self.text(value, size, color)).id()
    }

    /// Spawns a [`Ctx::bold`] and gives its entity.
    pub fn say_bold(
        &self,
        commands: &mut Commands,
        value: impl Into<String>,
        size: f32,
        color: Color,
    ) -> Entity {
        commands.spawn(self.bold(value, size, color)).id()
    }

    pub fn px(&self, v: f32) -> Val {
        px(self.scale.px(v))
    }
}

/// Text sizes on the projector, at 720 lines.
pub mod big {
    pub const CODE: f32 = 64.0;
    pub const LINE: f32 = 30.0;
    pub const REPLY: f32 = 21.0;
    pub const HEAD: f32 = 22.0;
    pub const BODY: f32 = 17.0;
    pub const SMALL: f32 = 14.0;
}

/// The main area of a workshop screen: a row of columns that fills the
/// window above the control bar.
pub fn body(commands: &mut Commands, ctx: &Ctx) -> Entity {
    commands
        .spawn(Node {
            flex_grow: 1.0,
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(ctx.px(space::XL), ctx.px(space::L)),
            row_gap: ctx.px(space::M),
            flex_shrink: 1.0,
            min_height: px(0),
            overflow: Overflow::clip(),
            ..default()
        })
        .id()
}

/// A column taking `share` of the row.
pub fn column(ctx: &Ctx, share: f32) -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        flex_basis: percent(share),
        flex_grow: share / 100.0,
        min_width: px(0),
        row_gap: ctx.px(space::M),
        ..default()
    }
}

pub fn row(ctx: &Ctx) -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        column_gap: ctx.px(space::XL),
        flex_grow: 1.0,
        min_height: px(0),
        ..default()
    }
}

/// A panel on the projector.
pub fn panel(ctx: &Ctx) -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(ctx.px(space::M)),
            row_gap: ctx.px(space::S),
            border_radius: BorderRadius::all(ctx.px(14.0)),
            ..default()
        },
        BackgroundColor(palette::SURFACE),
    )
}

/// The strip along the top: the scenario, where the flow is, how to join.
fn top_bar(commands: &mut Commands, ctx: &Ctx, run: &mut WorkshopRun, label: String) -> Entity {
    let bar = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            column_gap: ctx.px(space::M),
            row_gap: ctx.px(space::XS),
            ..default()
        })
        .id();
    let (prepared, place) = run.workshop.scenario();
    let title = tr_args(
        "ws-top-scenario",
        &[
            ("title", prepared.scenario.title.as_str().into()),
            ("place", (place + 1).into()),
            ("count", run.workshop.plan().scenarios.len().into()),
        ],
    );
    let left = ctx.say_bold(commands, title, big::BODY, palette::TEXT_MUTED);
    let step = commands.spawn(step_chip(ctx, label)).id();
    let join = run.phones.join_url().map_or(String::new(), |url| {
        let code = url.rsplit('=').next().unwrap_or_default().to_string();
        let joined = run.phones.with_live(|l| l.room().len());
        tr_args(
            "ws-top-join",
            &[
                ("address", url.split("/?").next().unwrap_or(&url).into()),
                ("code", code.into()),
                ("joined", joined.into()),
            ],
        )
    });
    let right = ctx.say(commands, join, big::SMALL, palette::TEXT_MUTED);
    commands.entity(bar).add_children(&[left, step, right]);
    if run.notes {
        let marker = commands
            .spawn((
                Node {
                    padding: UiRect::axes(ctx.px(12.0), ctx.px(4.0)),
                    border_radius: BorderRadius::all(ctx.px(8.0)),
                    ..default()
                },
                BackgroundColor(palette::WARN),
                children![ctx.bold(
                    tr("ws-notes-on-screen"),
                    big::SMALL,
                    palette::TEXT_ON_ACCENT
                )],
            ))
            .id();
        commands.entity(bar).add_child(marker);
    }
    bar
}

fn step_chip(ctx: &Ctx, label: String) -> impl Bundle {
    (
        Node {
            padding: UiRect::axes(ctx.px(14.0), ctx.px(4.0)),
            border_radius: BorderRadius::all(ctx.px(14.0)),
            border: UiRect::all(px(2)),
            ..default()
        },
        BorderColor::all(palette::ACCENT),
        children![ctx.bold(label, big::BODY, palette::ACCENT)],
    )
}

// ---- joining ----

/// Join instructions: the address, a QR code, the room code large, and
/// how many phones have joined.
pub fn joining(commands: &mut Commands, ctx: &Ctx, run: &mut WorkshopRun) -> Entity {
    let body = body(commands, ctx);
    let url = run.phones.join_url().unwrap_or_default();
    let (code, joined, per_team, teams) = run.phones.with_live(|l| {
        (
            l.room().code().as_str().to_string(),
            l.room().len(),
            l.room().per_team(),
            l.room().teams().to_vec(),
        )
    });
    let heading = ctx.say_bold(commands, tr("ws-join-heading"), 40.0, palette::TEXT);
    let main = commands.spawn(row(ctx)).id();
    let left = commands.spawn(column(ctx, 55.0)).id();
    let steps = [tr("ws-join-wifi"), tr("ws-join-open")];
    for line in steps {
        let l = ctx.say(commands, line, big::HEAD, palette::TEXT);
        commands.entity(left).add_child(l);
    }
    let address = url.split("/?").next().unwrap_or_default().to_string();
    let addr = ctx.say_bold(commands, address, 34.0, palette::ACCENT);
    let typed = ctx.say(commands, tr("ws-join-code"), big::HEAD, palette::TEXT);
    let code_big = commands
        .spawn((
            ctx.bold(spaced(&code), big::CODE * 1.4, palette::TEXT),
            Node {
                margin: UiRect::vertical(ctx.px(space::S)),
                ..default()
            },
        ))
        .id();
    commands.entity(left).add_children(&[addr, typed, code_big]);
    let count = ctx.say_bold(
        commands,
        tr_args("ws-joined", &[("count", joined.into())]),
        34.0,
        palette::GOOD,
    );
    commands.entity(left).add_child(count);
    for (team, n) in teams.iter().zip(per_team) {
        let t = ctx.say(
            commands,
            format!("{team}: {n}"),
            big::BODY,
            palette::TEXT_MUTED,
        );
        commands.entity(left).add_child(t);
    }
    let right = commands
        .spawn(Node {
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            ..column(ctx, 45.0)
        })
        .id();
    if let Some(qr) = &run.qr {
        let img = commands.spawn(qr_node(ctx, qr, 340.0)).id();
        commands.entity(right).add_child(img);
    }
    let next = ctx.say(commands, tr("ws-join-next"), big::BODY, palette::TEXT_MUTED);
    commands.entity(main).add_children(&[left, right]);
    commands.entity(body).add_children(&[heading, main, next]);
    body
}

/// The QR code, `side` pixels square at 720 lines.
fn qr_node(ctx: &Ctx, qr: &Handle<Image>, side: f32) -> impl Bundle {
    (
        ImageNode::new(qr.clone()),
        Node {
            width: ctx.px(side),
            height: ctx.px(side),
            flex_shrink: 0.0,
            ..default()
        },
    )
}

/// For phones still joining during a decision: the QR code, the address
/// and the code, small.
fn late_join(commands: &mut Commands, ctx: &Ctx, run: &mut WorkshopRun) -> Option<Entity> {
    let url = run.phones.join_url()?;
    let code = run
        .phones
        .with_live(|l| l.room().code().as_str().to_string());
    let p = commands
        .spawn((
            Node {
                margin: UiRect::top(auto()),
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                column_gap: ctx.px(space::M),
                padding: UiRect::all(ctx.px(space::M)),
                border_radius: BorderRadius::all(ctx.px(14.0)),
                ..default()
            },
            BackgroundColor(palette::SURFACE),
        ))
        .id();
    if let Some(qr) = &run.qr {
        let img = commands.spawn(qr_node(ctx, qr, 110.0)).id();
        commands.entity(p).add_child(img);
    }
    let words = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: ctx.px(2.0),
            ..default()
        })
        .id();
    let a = ctx.say(
        commands,
        tr("ws-late-join"),
        big::SMALL,
        palette::TEXT_MUTED,
    );
    let b = ctx.say_bold(
        commands,
        url.split("/?").next().unwrap_or_default().to_string(),
        big::BODY,
        palette::TEXT,
    );
    let c = ctx.say_bold(
        commands,
        tr_args("ws-room-code", &[("code", spaced(&code).into())]),
        big::HEAD,
        palette::ACCENT,
    );
    commands.entity(words).add_children(&[a, b, c]);
    commands.entity(p).add_child(words);
    Some(p)
}

/// "ABCD" as "A B C D", easier to read from the back.
fn spaced(code: &str) -> String {
    code.chars().map(String::from).collect::<Vec<_>>().join(" ")
}

// ---- a decision ----

/// The decision on the projector for the team in focus (the room, without
/// teams), with every team's strip when there are teams.
pub fn decision(commands: &mut Commands, ctx: &Ctx, run: &mut WorkshopRun) -> Entity {
    let body = body(commands, ctx);
    let step = run.workshop.step();
    let label = match step {
        Step::Reading => tr("ws-step-reading").to_string(),
        Step::Voting => tr_args(
            "ws-step-voting",
            &[("clock", clock(run.workshop.seconds_voting()).into())],
        ),
        Step::Locked => tr("ws-step-locked").to_string(),
        Step::Revealed { .. } => tr("ws-step-revealed").to_string(),
        _ => String::new(),
    };
    let top = top_bar(commands, ctx, run, label);
    commands.entity(body).add_child(top);
    let focus = run.focus.min(run.workshop.sides().len().saturating_sub(1));
    let teams = run.workshop.plan().voting == VotingKind::Teams;
    if teams {
        let strip = team_strip(commands, ctx, run, focus);
        commands.entity(body).add_child(strip);
    }
    let side = run.workshop.sides()[focus].clone();
    let tally = run.live(|w, live| w.tally(live, focus));
    let members = run.live(|_, live| live.turnout(focus).1);
    let main = commands.spawn(row(ctx)).id();
    let left = commands.spawn(column(ctx, 62.0)).id();
    let right = commands.spawn(column(ctx, 38.0)).id();
    match &side.view {
        Some(view) => {
            let speaker = customer_says(commands, ctx, &view.customer, &view.line, &view.narration);
            commands.entity(left).add_child(speaker);
            let hands = run.workshop.plan().voting == VotingKind::Hands;
            let replies = replies(
                commands,
                ctx,
                &side,
                tally.as_ref(),
                step,
                hands.then_some(run.cursor),
            );
            commands.entity(left).add_child(replies);
        }
        None => {
            let done = ctx.say_bold(
                commands,
                tr("ws-team-finished"),
                big::HEAD,
                palette::TEXT_MUTED,
            );
            commands.entity(left).add_child(done);
        }
    }
    let aside = aside(commands, ctx, run, focus, tally.as_ref(), members);
    commands.entity(right).add_children(&aside);
    if matches!(step, Step::Reading | Step::Voting)
        && let Some(join) = late_join(commands, ctx, run)
    {
        commands.entity(right).add_child(join);
    }
    commands.entity(main).add_children(&[left, right]);
    commands.entity(body).add_child(main);
    body
}

/// The customer's name and line, large.
fn customer_says(
    commands: &mut Commands,
    ctx: &Ctx,
    customer: &str,
    line: &str,
    narration: &str,
) -> Entity {
    let bubble = commands
        .spawn(widget::callout(palette::ACCENT, palette::SURFACE))
        .id();
    let who = ctx.say_bold(commands, customer, big::HEAD, palette::ACCENT);
    commands.entity(bubble).add_child(who);
    if !narration.is_empty() {
        let n = commands
            .spawn(widget::text(
                narration,
                &ctx.fonts.italic,
                ctx.scale.px(big::BODY),
                palette::TEXT_MUTED,
            ))
            .id();
        commands.entity(bubble).add_child(n);
    }
    let said = ctx.say(
        commands,
        tr_args("ws-quote", &[("line", line.into())]),
        big::LINE,
        palette::TEXT,
    );
    commands.entity(bubble).add_child(said);
    bubble
}

/// The replies in shown order, each with its number and, once the vote is
/// open, its count and bar; the choice marked after the lock.
fn replies(
    commands: &mut Commands,
    ctx: &Ctx,
    side: &Side,
    tally: Option<&Tally>,
    step: Step,
    cursor: Option<usize>,
) -> Entity {
    let list = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: ctx.px(space::S),
            ..default()
        })
        .id();
    let Some(view) = &side.view else {
        return list;
    };
    let chosen = side.choice.as_ref().map(|c| c.chosen);
    let total = tally.map_or(0, |t| t.total);
    let most = tally.map_or(0, |t| t.counts.iter().map(|c| c.1).max().unwrap_or(0));
    for (i, reply) in view.replies.iter().enumerate() {
        let votes = tally.map(|t| t.votes_for(reply.number));
        let is_chosen = chosen == Some(reply.number);
        let editing = step == Step::Voting && cursor == Some(i);
        let row = commands
            .spawn((
                Node {
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::axes(ctx.px(space::M), ctx.px(space::S)),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(ctx.px(10.0)),
                    row_gap: ctx.px(4.0),
                    ..default()
                },
                BackgroundColor(if is_chosen {
                    palette::SURFACE_RAISED
                } else {
                    palette::SURFACE
                }),
                BorderColor::all(if is_chosen {
                    palette::ACCENT
                } else if editing {
                    palette::FOCUS
                } else {
                    Color::NONE
                }),
            ))
            .id();
        let line = commands
            .spawn(Node {
                flex_direction: FlexDirection::Row,
                column_gap: ctx.px(space::M),
                align_items: AlignItems::Center,
                ..default()
            })
            .id();
        let number = ctx.say_bold(
            commands,
            format!("{}", reply.shown),
            big::REPLY * 1.2,
            palette::ACCENT,
        );
        let text = commands
            .spawn((
                ctx.text(reply.text.clone(), big::REPLY, palette::TEXT),
                Node {
                    flex_grow: 1.0,
                    flex_shrink: 1.0,
                    ..default()
                },
            ))
            .id();
        commands.entity(line).add_children(&[number, text]);
        if let Some(votes) = votes {
            let count = commands
                .spawn((
                    ctx.bold(
                        format!("{votes}  ·  {}", vote_share(votes, total)),
                        big::REPLY,
                        palette::TEXT,
                    ),
                    Node {
                        min_width: ctx.px(110.0),
                        justify_content: JustifyContent::FlexEnd,
                        ..default()
                    },
                ))
                .id();
            commands.entity(line).add_child(count);
        }
        if cursor.is_some() && step == Step::Voting {
            let buttons = hands_buttons(commands, ctx, i);
            commands.entity(line).add_child(buttons);
        }
        commands.entity(row).add_child(line);
        if let Some(votes) = votes {
            let share = if most == 0 {
                0.0
            } else {
                votes as f32 / most as f32
            };
            let color = if is_chosen {
                palette::ACCENT
            } else {
                palette::FOCUS
            };
            let bar = commands
                .spawn(widget::meter(share, color, ctx.scale.px(10.0), TallyBar))
                .id();
            commands.entity(row).add_child(bar);
        }
        if step == Step::Locked {
            commands.entity(row).insert(observe(
                move |_: On<Pointer<Click>>, mut asked: MessageWriter<Facilitate>| {
                    asked.write(Facilitate::Override(i + 1));
                },
            ));
        }
        commands.entity(list).add_child(row);
    }
    list
}

/// A bar of the live tally.
#[derive(Component, Debug)]
pub struct TallyBar;

/// − and + for a row of the show of hands.
fn hands_buttons(commands: &mut Commands, ctx: &Ctx, row: usize) -> Entity {
    let holder = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: ctx.px(4.0),
            ..default()
        })
        .id();
    for (label, delta) in [("-", -1), ("+", 1)] {
        let b = commands
            .spawn((
                widget::button_base(ButtonKind::Secondary),
                Node {
                    width: ctx.px(36.0),
                    height: ctx.px(32.0),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    border_radius: BorderRadius::all(ctx.px(8.0)),
                    ..default()
                },
                children![ctx.bold(label, big::REPLY, palette::TEXT)],
                observe(
                    move |_: On<Activate>, mut asked: MessageWriter<Facilitate>| {
                        asked.write(Facilitate::Hands { row, delta });
                    },
                ),
            ))
            .id();
        commands.entity(holder).add_child(b);
    }
    holder
}

/// The right-hand column: the turnout while voting; the room's choice;
/// what happened, the mood and the money; the coaching; the timer; the
/// facilitator's notes when asked for.
fn aside(
    commands: &mut Commands,
    ctx: &Ctx,
    run: &WorkshopRun,
    focus: usize,
    tally: Option<&Tally>,
    members: usize,
) -> Vec<Entity> {
    let mut out = Vec::new();
    let side = &run.workshop.sides()[focus];
    let step = run.workshop.step();
    let hands = run.workshop.plan().voting == VotingKind::Hands;
    let place = |n: usize| {
        side.view
            .as_ref()
            .and_then(|v| v.replies.iter().find(|r| r.number == n))
            .map_or(n, |r| r.shown)
    };
    match step {
        Step::Reading => out.push(ctx.say(
            commands,
            tr("ws-reading-hint"),
            big::HEAD,
            palette::TEXT_MUTED,
        )),
        Step::Voting => {
            let voted = tally.map_or(0, |t| t.total);
            let figure = match hands {
                true => tr_args("ws-hands-counted", &[("count", voted.into())]),
                false => turnout(voted, members),
            };
            let p = commands.spawn(panel(ctx)).id();
            let big_count = ctx.say_bold(commands, figure, 34.0, palette::TEXT);
            let hint = ctx.say(
                commands,
                tr(match hands {
                    true => "ws-hands-hint",
                    false => "ws-phones-hint",
                }),
                big::BODY,
                palette::TEXT_MUTED,
            );
            commands.entity(p).add_children(&[big_count, hint]);
            out.push(p);
        }
        Step::Locked => {
            if let Some(choice) = &side.choice {
                let p = commands.spawn(panel(ctx)).id();
                let h = ctx.say_bold(commands, tr("ws-room-choice"), big::HEAD, palette::ACCENT);
                let s = ctx.say(
                    commands,
                    choice_sentence(choice, place),
                    big::HEAD,
                    palette::TEXT,
                );
                let hint = ctx.say(
                    commands,
                    tr("ws-override-hint"),
                    big::BODY,
                    palette::TEXT_MUTED,
                );
                commands.entity(p).add_children(&[h, s, hint]);
                out.push(p);
            }
        }
        Step::Revealed { coaching } => {
            out.extend(revealed(commands, ctx, run, focus, coaching));
        }
        _ => {}
    }
    if run.notes
        && let Some(view) = &side.view
        && let Some(brief) = side.session.prepared().decision_notes(&view.node)
    {
        out.push(notes(commands, ctx, &brief, place));
    }
    out
}

/// What the room's choice did: the customer's reaction, the mood and the
/// money, then the coaching once revealed, and the discussion timer.
fn revealed(
    commands: &mut Commands,
    ctx: &Ctx,
    run: &WorkshopRun,
    focus: usize,
    coaching: bool,
) -> Vec<Entity> {
    let mut out = Vec::new();
    let side = &run.workshop.sides()[focus];
    let Some(played) = &side.played else {
        return out;
    };
    let p = commands.spawn(panel(ctx)).id();
    if let Some(choice) = &side.choice {
        let place = |n: usize| {
            side.view
                .as_ref()
                .and_then(|v| v.replies.iter().find(|r| r.number == n))
                .map_or(n, |r| r.shown)
        };
        let how = ctx.say(
            commands,
            choice_sentence(choice, place),
            big::SMALL,
            palette::TEXT_MUTED,
        );
        commands.entity(p).add_child(how);
    }
    let happened = ctx.say(commands, played.happened.clone(), big::HEAD, palette::TEXT);
    let moved = mood_moved(played.mood_before, played.mood_after);
    let mood = ctx.say_bold(
        commands,
        tr_args(
            "ws-mood",
            &[
                ("before", format!("{:.0}", played.mood_before).into()),
                ("after", format!("{:.0}", played.mood_after).into()),
                ("moved", format!("{moved:+.0}").into()),
                ("band", band_label(played.band_after).into()),
            ],
        ),
        big::HEAD,
        palette::band(played.band_after),
    );
    let money = ctx.say_bold(
        commands,
        tr_args(
            "ws-worth",
            &[(
                "moved",
                dollars_moved(played.value_before, played.value_after).into(),
            )],
        ),
        big::HEAD,
        palette::signed(played.value_after - played.value_before),
    );
    commands.entity(p).add_children(&[happened, mood, money]);
    out.push(p);
    match (coaching, run.workshop.coaching(focus)) {
        (true, Some(c)) => {
            let box_ = commands
                .spawn(widget::callout(
                    palette::signed(c.points as f64),
                    palette::SURFACE,
                ))
                .id();
            let h = ctx.say_bold(
                commands,
                tr_args("ws-coaching", &[("points", points_label(c.points).into())]),
                big::BODY,
                palette::signed(c.points as f64),
            );
            let t = ctx.say(commands, c.text.clone(), big::BODY, palette::TEXT);
            commands.entity(box_).add_children(&[h, t]);
            out.push(box_);
        }
        _ => out.push(ctx.say(
            commands,
            tr("ws-coaching-held"),
            big::BODY,
            palette::TEXT_MUTED,
        )),
    }
    out.push(timer(commands, ctx, run));
    out
}

/// The discussion timer: time left, a bar, and its keys.
fn timer(commands: &mut Commands, ctx: &Ctx, run: &WorkshopRun) -> Entity {
    let t = run.workshop.timer();
    let holder = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: ctx.px(4.0),
            ..default()
        })
        .id();
    let state = if t.is_over() {
        "over"
    } else if t.is_running() {
        "running"
    } else {
        "paused"
    };
    let label = ctx.say_bold(
        commands,
        tr_args(
            "ws-timer",
            &[("clock", clock(t.left()).into()), ("state", state.into())],
        ),
        big::HEAD,
        if t.is_running() {
            palette::GOOD
        } else {
            palette::TEXT_MUTED
        },
    );
    let bar = commands
        .spawn(widget::meter(
            t.share_left() as f32,
            palette::GOOD,
            ctx.scale.px(8.0),
            TallyBar,
        ))
        .id();
    commands.entity(holder).add_children(&[label, bar]);
    holder
}

/// The facilitator's notes on this decision (shown only on request).
fn notes(
    commands: &mut Commands,
    ctx: &Ctx,
    brief: &DecisionBrief,
    place: impl Fn(usize) -> usize,
) -> Entity {
    let p = commands
        .spawn(widget::callout(palette::WARN, palette::SURFACE_RAISED))
        .id();
    let mut lines = vec![(
        tr_args("ws-notes-title", &[("minutes", brief.minutes.into())]),
        true,
    )];
    let noted = |id: &str, reply: &crate::core::facilitator::NotedReply| {
        tr_args(
            id,
            &[
                ("reply", place(reply.number).into()),
                ("points", format!("{:+}", reply.points).into()),
                ("note", reply.note.as_str().into()),
            ],
        )
    };
    lines.push((noted("ws-notes-model", &brief.model_answer), false));
    for t in &brief.tempting {
        lines.push((noted("ws-notes-tempting", t), false));
    }
    if let Some(ask) = &brief.ask {
        lines.push((
            tr_args("ws-notes-ask", &[("question", ask.as_str().into())]),
            false,
        ));
    }
    for (line, bold) in lines {
        let e = match bold {
            true => ctx.say_bold(commands, line, big::BODY, palette::WARN),
            false => ctx.say(commands, line, big::SMALL, palette::TEXT),
        };
        commands.entity(p).add_child(e);
    }
    p
}

/// One chip per team: its turnout while voting, its choice once locked,
/// its customer's mood; the team in focus marked.
fn team_strip(commands: &mut Commands, ctx: &Ctx, run: &mut WorkshopRun, focus: usize) -> Entity {
    let strip = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            column_gap: ctx.px(space::S),
            row_gap: ctx.px(space::XS),
            ..default()
        })
        .id();
    let sides = run.workshop.sides().to_vec();
    for (team, side) in sides.iter().enumerate() {
        let (voted, members) = run.live(|_, live| live.turnout(team));
        let state = match (&side.view, &side.choice, run.workshop.step()) {
            (None, _, _) => tr("ws-strip-finished").to_string(),
            (_, _, Step::Voting) => tr_args(
                "ws-strip-voted",
                &[("voted", voted.into()), ("members", members.into())],
            ),
            (Some(view), Some(c), _) => tr_args(
                "ws-strip-reply",
                &[(
                    "reply",
                    view.replies
                        .iter()
                        .find(|r| r.number == c.chosen)
                        .map_or(0, |r| r.shown)
                        .into(),
                )],
            ),
            _ => tr_args(
                "ws-strip-mood",
                &[("mood", format!("{:.0}", side.session.mood()).into())],
            ),
        };
        let color = if team == focus {
            palette::ACCENT
        } else {
            palette::TEXT_MUTED
        };
        let chip = commands
            .spawn((
                Node {
                    padding: UiRect::axes(ctx.px(12.0), ctx.px(4.0)),
                    border_radius: BorderRadius::all(ctx.px(10.0)),
                    border: UiRect::all(px(2)),
                    ..default()
                },
                BorderColor::all(color),
                children![ctx.bold(
                    format!("{}  ·  {state}", side.name.clone().unwrap_or_default()),
                    big::BODY,
                    color
                )],
            ))
            .id();
        commands.entity(strip).add_child(chip);
    }
    let hint = ctx.say(
        commands,
        tr("ws-strip-hint"),
        big::SMALL,
        palette::TEXT_MUTED,
    );
    commands.entity(strip).add_child(hint);
    strip
}

// ---- the control bar ----

/// The buttons under every workshop screen, for the mouse: what Next does
/// now, Back, the timer, the notes and ending the workshop.
pub fn controls(commands: &mut Commands, ctx: &Ctx, run: &WorkshopRun) -> Entity {
    let bar = commands
        .spawn((
            // Longer words (another language, a narrow window) wrap the
            // buttons onto a second line rather than push them off screen.
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                column_gap: ctx.px(space::S),
                row_gap: ctx.px(space::XS),
                padding: UiRect::axes(ctx.px(space::XL), ctx.px(space::S)),
                flex_shrink: 0.0,
                ..default()
            },
            BackgroundColor(palette::SURFACE),
        ))
        .id();
    let step = run.workshop.step();
    let next = next_label(run);
    let mut buttons: Vec<(String, Facilitate, ButtonKind)> = Vec::new();
    if let Some(label) = next {
        buttons.push((label.to_string(), Facilitate::Next, ButtonKind::Primary));
    }
    if matches!(
        step,
        Step::Voting | Step::Locked | Step::Revealed { coaching: true }
    ) {
        buttons.push((
            tr("ws-back").into(),
            Facilitate::Back,
            ButtonKind::Secondary,
        ));
    }
    if matches!(step, Step::Revealed { .. }) {
        let label = tr(if run.workshop.timer().is_running() {
            "ws-timer-pause"
        } else {
            "ws-timer-start"
        });
        buttons.push((label.into(), Facilitate::ToggleTimer, ButtonKind::Secondary));
    }
    let last_call =
        matches!(step, Step::Debrief | Step::Standings) && run.workshop.is_last_scenario();
    if step != Step::Ended {
        let notes = tr(if run.notes {
            "ws-notes-hide"
        } else {
            "ws-notes-show"
        });
        buttons.push((notes.into(), Facilitate::ToggleNotes, ButtonKind::Secondary));
        let end = tr(if run.ending_asked {
            "ws-end-really"
        } else {
            "ws-end"
        });
        if !last_call {
            buttons.push((end.into(), Facilitate::End, ButtonKind::Secondary));
        }
    }
    for (label, request, kind) in buttons {
        let b = commands
            .spawn((
                widget::button(ctx.fonts, label, kind),
                observe(
                    move |_: On<Activate>, mut asked: MessageWriter<Facilitate>| {
                        asked.write(request);
                    },
                ),
            ))
            .id();
        commands.entity(bar).add_child(b);
    }
    if step == Step::Ended {
        // The keys above are over; the mouse gets back to the title too.
        let back = commands
            .spawn(crate::game::screens::back_button(
                ctx.fonts,
                "Back (Esc)",
                crate::game::Screen::Title,
            ))
            .id();
        commands.entity(bar).add_child(back);
        return bar;
    }
    let keys = commands
        .spawn((
            widget::small(ctx.fonts, tr("ws-keys"), palette::TEXT_MUTED),
            Node {
                margin: UiRect::left(auto()),
                ..default()
            },
        ))
        .id();
    commands.entity(bar).add_child(keys);
    bar
}

/// What Next does at this step, for its button.
fn next_label(run: &WorkshopRun) -> Option<&'static str> {
    let w = &run.workshop;
    Some(tr(match w.step() {
        Step::Joining => "ws-next-start",
        Step::Reading => "ws-next-open",
        Step::Voting => "ws-next-lock",
        Step::Locked => "ws-next-play",
        Step::Revealed { coaching: false } => "ws-next-reveal",
        Step::Revealed { coaching: true } => {
            let more = w.sides().iter().any(|s| s.session.view().is_some());
            if more {
                "ws-next-decision"
            } else {
                "ws-next-debrief"
            }
        }
        Step::Debrief if w.plan().voting == VotingKind::Teams => "ws-next-standings",
        Step::Debrief | Step::Standings if w.is_last_scenario() => "ws-next-end",
        Step::Debrief | Step::Standings => "ws-next-scenario",
        Step::Ended => return None,
    }))
}
