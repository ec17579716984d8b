//! The play screen: the setting and narration, the customer (drawn to show
//! their mood), their line typed out, the replies, the mood meter, the clock
//! and the money at stake; after each reply, what happened and the coaching.
//!
//! Keys: 1–9 choose a reply, Enter or Space finish the line or continue,
//! Esc goes back to the scenarios (the conversation is kept).

use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::core::mood::Band;
use crate::core::session::{Consequences, Next, View};
use crate::game::Screen;
use crate::game::conversation::{Action, CurrentGame, Phase};
use crate::game::customer::{self, Look};
use crate::game::fonts::Fonts;
use crate::game::redraw::Animating;
use crate::game::settings::Settings;
use crate::game::theme::interaction::Highlight;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::text::{band_label, dollars, minutes_label, outcome_label};

use super::scroll;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Play), spawn).add_systems(
        Update,
        (
            rebuild.run_if(resource_exists_and_changed::<CurrentGame>),
            type_out,
            animate_meter,
            drain_patience,
            keys,
        )
            .chain()
            .run_if(in_state(Screen::Play)),
    );
}

#[derive(Component)]
struct PlayRoot;

/// The customer's line, revealed a character at a time.
#[derive(Component, Debug)]
pub struct Typewriter {
    pub full: String,
    shown: f32,
}

impl Typewriter {
    fn new(full: String) -> Self {
        Typewriter { full, shown: 0.0 }
    }
}

/// The mood meter's fill, sliding from one mood to another.
#[derive(Component, Debug)]
struct MoodFill {
    from: f32,
    to: f32,
    t: f32,
}

/// Timed mode: the customer's patience while the player thinks.
#[derive(Component, Debug)]
struct PatienceFill {
    left: f32,
    total: f32,
}

/// Marks the reply buttons.
#[derive(Component, Debug, Clone, Copy)]
pub struct ReplyButton;

/// The button that moves on from the feedback.
#[derive(Component)]
struct ContinueButton;

fn spawn(
    mut commands: Commands,
    fonts: Res<Fonts>,
    game: Option<Res<CurrentGame>>,
    settings: Res<Settings>,
) {
    let root = commands
        .spawn((
            PlayRoot,
            widget::screen_root(Screen::Play),
            super::BackTo(Screen::Picker),
        ))
        .id();
    if let Some(game) = game {
        build(&mut commands, root, &fonts, &game, &settings);
    }
}

fn rebuild(
    mut commands: Commands,
    fonts: Res<Fonts>,
    game: Res<CurrentGame>,
    settings: Res<Settings>,
    roots: Query<Entity, With<PlayRoot>>,
) {
    for root in &roots {
        commands.entity(root).despawn_children();
        build(&mut commands, root, &fonts, &game, &settings);
    }
}

fn build(
    commands: &mut Commands,
    root: Entity,
    fonts: &Fonts,
    game: &CurrentGame,
    settings: &Settings,
) {
    let session = &game.session;
    let scenario = session.scenario();
    // What the customer is saying now; after the last reply of a
    // conversation there is no moment left, only its consequences.
    let view = session.view();
    let (mood_from, mood_to) = match &game.phase {
        Phase::Feedback(c) => (c.mood_before, c.mood_after),
        _ => (session.mood(), session.mood()),
    };

    // The top bar: title, clock, money.
    let bar = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            align_items: AlignItems::Center,
            column_gap: px(space::L),
            row_gap: px(space::XS),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    let title = commands
        .spawn((
            widget::text(
                &scenario.title,
                &fonts.bold,
                size::SUBHEADING,
                palette::TEXT,
            ),
            Node {
                flex_grow: 1.0,
                ..default()
            },
        ))
        .id();
    let clock_minutes = view.as_ref().map_or(mood_clock(game), |v| v.clock);
    let clock = commands
        .spawn(widget::text(
            format!("Clock {}", minutes_label(clock_minutes)),
            &fonts.regular,
            size::BODY,
            palette::TEXT_MUTED,
        ))
        .id();
    let stake = stake_text(session, view.as_ref());
    let money = commands
        .spawn(widget::text(
            stake,
            &fonts.regular,
            size::BODY,
            palette::WARN,
        ))
        .id();
    let back = commands
        .spawn(super::back_button(fonts, "Scenarios", Screen::Picker))
        .id();
    commands
        .entity(bar)
        .add_children(&[title, clock, money, back]);

    if game.guide.is_some() {
        let banner = commands
            .spawn((
                widget::small(
                    fonts,
                    "Showing the best path: the highlighted reply is the one it takes.",
                    palette::GOOD,
                ),
                Node {
                    flex_shrink: 0.0,
                    ..default()
                },
            ))
            .id();
        commands.entity(root).add_child(banner);
    }

    // The main area: the customer on the left, the conversation on the right.
    // The two columns wrap under each other when the window is narrow
    // for the text size (a projector at 200%), and the whole area scrolls.
    let area = commands.spawn(scroll::scroll_area()).id();
    let main = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            flex_grow: 1.0,
            column_gap: px(space::L),
            row_gap: px(space::M),
            ..default()
        })
        .id();
    commands.entity(area).add_child(main);
    commands.entity(root).add_children(&[bar, area]);

    let left = commands
        .spawn(widget::panel())
        .insert(Node {
            width: px(customer::WIDTH + 2.0 * space::M + 24.0),
            flex_shrink: 0.0,
            flex_direction: FlexDirection::Column,
            row_gap: px(space::S),
            padding: UiRect::all(px(space::M)),
            border_radius: BorderRadius::all(px(12)),
            ..default()
        })
        .id();
    let band = Band::of(mood_to);
    customer::spawn_portrait(commands, left, band, Look::for_id(&scenario.id));
    let name = commands
        .spawn(widget::text(
            &scenario.customer.name,
            &fonts.bold,
            size::SUBHEADING,
            palette::TEXT,
        ))
        .id();
    let about = commands
        .spawn(widget::small(
            fonts,
            &scenario.customer.description,
            palette::TEXT_MUTED,
        ))
        .id();
    let mood_label = commands
        .spawn(widget::text(
            format!("Mood: {} ({:.0})", band_label(Band::of(mood_to)), mood_to),
            &fonts.bold,
            size::BODY,
            palette::band(band),
        ))
        .id();
    let meter = commands
        .spawn(widget::meter(
            (mood_from / 100.0) as f32,
            palette::band(Band::of(mood_from)),
            14.0,
            MoodFill {
                from: mood_from as f32,
                to: mood_to as f32,
                t: if mood_from == mood_to { 1.0 } else { 0.0 },
            },
        ))
        .id();
    commands
        .entity(left)
        .add_children(&[name, about, mood_label, meter]);
    if settings.timed && game.phase == Phase::Speaking {
        let label = commands
            .spawn(widget::small(
                fonts,
                "Patience while you think",
                palette::TEXT_MUTED,
            ))
            .id();
        let budget = view.as_ref().map_or(15.0, thinking_time);
        let patience = commands
            .spawn(widget::meter(
                1.0,
                palette::WARN,
                8.0,
                PatienceFill {
                    left: budget,
                    total: budget,
                },
            ))
            .id();
        commands.entity(left).add_children(&[label, patience]);
    }

    let column = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            flex_grow: 1.0,
            flex_basis: px(420),
            min_width: px(0),
            row_gap: px(space::M),
            padding: UiRect::right(px(space::S)),
            ..default()
        })
        .id();
    commands.entity(main).add_children(&[left, column]);

    match (&game.phase, &view) {
        (Phase::Speaking, Some(view)) => {
            speaking(commands, column, fonts, game, view, settings);
        }
        (Phase::Feedback(c), _) => feedback(commands, column, fonts, game, c),
        (Phase::WalkedOut, _) | (Phase::Speaking, None) => walked_out(commands, column, fonts),
    }
}

/// The clock when there is no view (the conversation just ended).
fn mood_clock(game: &CurrentGame) -> f64 {
    game.session.debrief().map_or(0.0, |d| d.minutes)
}

fn stake_text(session: &crate::core::session::Session, view: Option<&View>) -> String {
    let horizon = session.scenario().economics.horizon_years;
    match view {
        Some(v) => format!(
            "At stake: {} a year · {} over {horizon} years · now worth {}",
            dollars(v.stake.yearly.round()),
            dollars(v.stake.lifetime_loyal.round()),
            dollars(v.stake.lifetime_now.round())
        ),
        None => format!(
            "At stake: {} a year",
            dollars(session.spending().yearly().round())
        ),
    }
}

/// Seconds to think before the customer's patience runs out: time to read
/// the replies, plus a little.
fn thinking_time(view: &View) -> f32 {
    crate::core::session::ThinkingRule::DEFAULT.budget(view) as f32
}

fn speaking(
    commands: &mut Commands,
    column: Entity,
    fonts: &Fonts,
    game: &CurrentGame,
    view: &View,
    settings: &Settings,
) {
    let mut children = Vec::new();
    // Where the player is, at the first moment of the conversation.
    if game.session.choices().is_empty() {
        children.push(
            commands
                .spawn(widget::small(
                    fonts,
                    &game.session.scenario().setting,
                    palette::TEXT_MUTED,
                ))
                .id(),
        );
    }
    if !view.narration.is_empty() {
        children.push(
            commands
                .spawn(widget::text(
                    &view.narration,
                    &fonts.italic,
                    size::BODY,
                    palette::TEXT_MUTED,
                ))
                .id(),
        );
    }
    let bubble = commands
        .spawn(widget::callout(
            palette::band(view.band),
            palette::SURFACE_RAISED,
        ))
        .id();
    let who = commands
        .spawn(widget::small(
            fonts,
            view.customer.clone(),
            palette::TEXT_MUTED,
        ))
        .id();
    let instant = settings.text_speed.chars_per_second().is_none();
    let shown = if instant {
        view.line.clone()
    } else {
        String::new()
    };
    let mut line = commands.spawn(widget::text(
        shown,
        &fonts.regular,
        size::SPEECH,
        palette::TEXT,
    ));
    if !instant {
        line.insert((Typewriter::new(view.line.clone()), Animating));
    }
    let line = line.id();
    commands.entity(bubble).add_children(&[who, line]);
    children.push(bubble);

    let prompt = commands
        .spawn(widget::small(
            fonts,
            "Your reply (press its number, or click it):",
            palette::TEXT_MUTED,
        ))
        .id();
    children.push(prompt);
    let guided = game.guided_reply();
    let mut focus_target = None;
    for reply in &view.replies {
        let number = reply.number;
        let button = commands
            .spawn((
                ReplyButton,
                widget::button_base(ButtonKind::Secondary),
                Node {
                    flex_direction: FlexDirection::Row,
                    align_items: AlignItems::Center,
                    column_gap: px(space::M),
                    padding: UiRect::axes(px(space::M), px(10)),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(10)),
                    ..default()
                },
                observe(move |_: On<Activate>, mut actions: MessageWriter<Action>| {
                    actions.write(Action::Choose(number));
                }),
            ))
            .id();
        let badge = commands
            .spawn((
                Node {
                    width: px(30),
                    height: px(30),
                    flex_shrink: 0.0,
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    border_radius: BorderRadius::MAX,
                    ..default()
                },
                BackgroundColor(palette::ACCENT),
                children![widget::text(
                    number.to_string(),
                    &fonts.bold,
                    size::BODY,
                    palette::TEXT_ON_ACCENT
                )],
            ))
            .id();
        let text = commands
            .spawn((
                widget::text(&reply.text, &fonts.regular, size::BODY, palette::TEXT),
                Node {
                    flex_grow: 1.0,
                    flex_shrink: 1.0,
                    ..default()
                },
            ))
            .id();
        commands.entity(button).add_children(&[badge, text]);
        if guided == Some(number) {
            commands.entity(button).insert(Highlight(palette::GOOD));
            let chip = commands
                .spawn(widget::chip(fonts, "Best path", palette::GOOD))
                .id();
            commands.entity(button).add_child(chip);
            focus_target = Some(button);
        }
        focus_target.get_or_insert(button);
        children.push(button);
    }
    commands.entity(column).add_children(&children);
    // Replies take focus once the line is out, so Enter cannot pick one
    // before the customer has finished speaking.
    if instant && let Some(target) = focus_target {
        super::focus(commands, target);
    } else {
        commands.queue(|world: &mut World| {
            if let Some(mut focus) = world.get_resource_mut::<InputFocus>() {
                focus.clear();
            }
        });
    }
}

fn feedback(
    commands: &mut Commands,
    column: Entity,
    fonts: &Fonts,
    game: &CurrentGame,
    c: &Consequences,
) {
    let prepared = game.session.prepared();
    let mut children = Vec::new();
    children.push(
        commands
            .spawn(widget::text(
                format!("You: \u{201c}{}\u{201d}", c.reply),
                &fonts.italic,
                size::BODY,
                palette::TEXT_MUTED,
            ))
            .id(),
    );
    // The mood change, in words and colour.
    let delta = c.mood_after - c.mood_before;
    let mood = commands
        .spawn((
            widget::text("Mood ", &fonts.bold, size::SUBHEADING, palette::TEXT),
            children![
                widget::span(
                    format!("{:.0} {}", c.mood_before, band_label(c.band_before)),
                    &fonts.bold,
                    size::SUBHEADING,
                    palette::band(c.band_before),
                ),
                widget::span(" to ", &fonts.bold, size::SUBHEADING, palette::TEXT),
                widget::span(
                    format!("{:.0} {}", c.mood_after, band_label(c.band_after)),
                    &fonts.bold,
                    size::SUBHEADING,
                    palette::band(c.band_after),
                ),
                widget::span(
                    format!("  ({delta:+.0}, {} passed)", minutes_label(c.minutes)),
                    &fonts.regular,
                    size::BODY,
                    palette::signed(delta),
                ),
            ],
        ))
        .id();
    children.push(mood);

    for (heading, text, color) in [
        ("What happened", &c.feedback.happened, palette::TEXT),
        ("Coaching", &c.feedback.coaching, palette::TEXT),
    ] {
        let stripe = if heading == "Coaching" {
            palette::ACCENT
        } else {
            palette::BORDER
        };
        let section = commands
            .spawn(widget::callout(stripe, palette::SURFACE))
            .id();
        let h = commands.spawn(widget::subheading(fonts, heading)).id();
        let t = commands
            .spawn(widget::text(
                text.clone(),
                &fonts.regular,
                size::BODY,
                color,
            ))
            .id();
        commands.entity(section).add_children(&[h, t]);
        children.push(section);
    }

    if !c.principles.is_empty() {
        let row = commands.spawn(widget::chip_row()).id();
        for (id, weight) in &c.principles {
            let name = prepared.principle_names.get(id).unwrap_or(id);
            let color = palette::signed(f64::from(*weight));
            let chip = commands
                .spawn(widget::chip(fonts, format!("{weight:+} {name}"), color))
                .id();
            commands.entity(row).add_child(chip);
        }
        if c.points == 0 {
            let note = commands
                .spawn(widget::small(
                    fonts,
                    "(taken before: no points this time)",
                    palette::TEXT_MUTED,
                ))
                .id();
            commands.entity(row).add_child(note);
        }
        children.push(row);
    }

    let change = c.value_after - c.value_before;
    children.push(
        commands
            .spawn((
                widget::text(
                    "Expected value of this customer: ",
                    &fonts.regular,
                    size::BODY,
                    palette::TEXT,
                ),
                children![widget::span(
                    format!(
                        "{} to {} ({}{})",
                        dollars(c.value_before.round()),
                        dollars(c.value_after.round()),
                        if change >= 0.0 { "+" } else { "-" },
                        dollars(change.abs().round())
                    ),
                    &fonts.bold,
                    size::BODY,
                    palette::signed(change),
                )],
            ))
            .id(),
    );

    let label = match &c.next {
        Next::Ending {
            outcome,
            text,
            walked_out,
            ..
        } => {
            let note = if *walked_out {
                format!("The customer has had enough and walks out. {text}")
            } else {
                format!(
                    "The conversation ends ({}). {text}",
                    outcome_label(*outcome)
                )
            };
            children.push(
                commands
                    .spawn(widget::text(note, &fonts.bold, size::BODY, palette::WARN))
                    .id(),
            );
            "See the debrief"
        }
        Next::Node { .. } => "Continue",
    };
    let button = commands
        .spawn((
            ContinueButton,
            widget::button(fonts, format!("{label}  (Enter)"), ButtonKind::Primary),
            observe(|_: On<Activate>, mut actions: MessageWriter<Action>| {
                actions.write(Action::Continue);
            }),
        ))
        .insert(Node {
            align_self: AlignSelf::FlexStart,
            padding: UiRect::axes(px(space::L), px(10)),
            justify_content: JustifyContent::Center,
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(10)),
            ..default()
        })
        .id();
    children.push(button);
    commands.entity(column).add_children(&children);
    super::focus(commands, button);
}

fn walked_out(commands: &mut Commands, column: Entity, fonts: &Fonts) {
    let note = commands
        .spawn(widget::text(
            "You kept them waiting too long. The customer walks out.",
            &fonts.bold,
            size::SUBHEADING,
            palette::BAD,
        ))
        .id();
    let button = commands
        .spawn((
            ContinueButton,
            widget::button(fonts, "See the debrief  (Enter)", ButtonKind::Primary),
            observe(|_: On<Activate>, mut actions: MessageWriter<Action>| {
                actions.write(Action::Continue);
            }),
        ))
        .id();
    commands.entity(column).add_children(&[note, button]);
    super::focus(commands, button);
}

fn type_out(
    mut commands: Commands,
    time: Res<Time>,
    settings: Res<Settings>,
    mut lines: Query<(Entity, &mut Typewriter, &mut Text)>,
    replies: Query<(Entity, Has<Highlight>), With<ReplyButton>>,
) {
    let speed = settings.text_speed.chars_per_second();
    for (entity, mut typewriter, mut text) in &mut lines {
        let total = typewriter.full.chars().count();
        typewriter.shown = match speed {
            Some(cps) => typewriter.shown + time.delta_secs() * cps,
            None => total as f32,
        };
        let shown = (typewriter.shown as usize).min(total);
        let visible: String = typewriter.full.chars().take(shown).collect();
        if text.0 != visible {
            text.0 = visible;
        }
        if shown >= total {
            finish_line(&mut commands, entity, &replies);
        }
    }
}

/// The line is out: stop animating and hand focus to the replies.
fn finish_line(
    commands: &mut Commands,
    line: Entity,
    replies: &Query<(Entity, Has<Highlight>), With<ReplyButton>>,
) {
    commands.entity(line).remove::<(Typewriter, Animating)>();
    let target = replies
        .iter()
        .find(|(_, highlighted)| *highlighted)
        .or(replies.iter().next())
        .map(|(e, _)| e);
    if let Some(target) = target {
        super::focus(commands, target);
    }
}

fn animate_meter(
    mut commands: Commands,
    time: Res<Time>,
    mut fills: Query<(Entity, &mut MoodFill, &mut Node, &mut BackgroundColor)>,
) {
    const SECONDS: f32 = 0.9;
    for (entity, mut fill, mut node, mut color) in &mut fills {
        if fill.t >= 1.0 {
            commands.entity(entity).remove::<Animating>();
            let width = percent(fill.to);
            if node.width != width {
                node.width = width;
                color.0 = palette::band(Band::of(f64::from(fill.to)));
            }
            continue;
        }
        commands.entity(entity).insert(Animating);
        fill.t = (fill.t + time.delta_secs() / SECONDS).min(1.0);
        // Ease out: quick at first, settling gently.
        let eased = 1.0 - (1.0 - fill.t).powi(3);
        let mood = fill.from + (fill.to - fill.from) * eased;
        node.width = percent(mood);
        color.0 = palette::band(Band::of(f64::from(mood)));
    }
}

fn drain_patience(
    mut commands: Commands,
    time: Res<Time>,
    typing: Query<(), With<Typewriter>>,
    mut bars: Query<(Entity, &mut PatienceFill, &mut Node)>,
    mut actions: MessageWriter<Action>,
) {
    for (entity, mut bar, mut node) in &mut bars {
        commands.entity(entity).insert(Animating);
        if !typing.is_empty() {
            continue;
        }
        // Every time the bar empties, the customer has waited another
        // minute for an answer (the core's timed-mode rule).
        let mut clock = crate::core::session::ThinkingClock::resume(
            crate::core::session::ThinkingRule::DEFAULT,
            f64::from(bar.total),
            f64::from(bar.left),
        );
        for _ in 0..clock.run(f64::from(time.delta_secs())) {
            actions.write(Action::Hesitate(clock.rule().minutes_per_overrun));
        }
        bar.left = clock.left() as f32;
        node.width = percent(100.0 * clock.share_left() as f32);
    }
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Option<Res<InputFocus>>,
    mut lines: Query<&mut Typewriter>,
    game: Option<Res<CurrentGame>>,
    mut actions: MessageWriter<Action>,
) {
    const DIGITS: [(KeyCode, KeyCode); 9] = [
        (KeyCode::Digit1, KeyCode::Numpad1),
        (KeyCode::Digit2, KeyCode::Numpad2),
        (KeyCode::Digit3, KeyCode::Numpad3),
        (KeyCode::Digit4, KeyCode::Numpad4),
        (KeyCode::Digit5, KeyCode::Numpad5),
        (KeyCode::Digit6, KeyCode::Numpad6),
        (KeyCode::Digit7, KeyCode::Numpad7),
        (KeyCode::Digit8, KeyCode::Numpad8),
        (KeyCode::Digit9, KeyCode::Numpad9),
    ];
    if game.is_some_and(|g| g.phase == Phase::Speaking) {
        for (i, (a, b)) in DIGITS.iter().enumerate() {
            if keys.any_just_pressed([*a, *b]) {
                actions.write(Action::Choose(i + 1));
                return;
            }
        }
    }
    // Enter and Space activate the focused button themselves; with nothing
    // focused they finish the customer's line.
    let nothing_focused = focus.is_none_or(|f| f.get().is_none());
    if nothing_focused
        && keys.any_just_pressed([KeyCode::Enter, KeyCode::Space, KeyCode::NumpadEnter])
    {
        // The typewriter shows the whole line on its next step.
        for mut typewriter in &mut lines {
            typewriter.shown = typewriter.full.chars().count() as f32;
        }
    }
}
