//! The play screen: the setting and narration, the customer (drawn to show
//! their mood), their line typed out, the replies, the mood meter, the clock
//! and the money at stake; after each reply, what happened and the coaching.
//!
//! Keys: 1–9 choose a reply, Enter or Space finish the line or continue,
//! Esc goes back to the scenarios (the conversation is kept).
//!
//! This file builds the screen whenever the conversation changes; its parts
//! live beside it: the moment the customer speaks (`speaking`), their line
//! typed out (`typewriter`), what a reply did (`feedback`), the mood meter,
//! clock and stake (`meters`), the patience bar of timed mode (`timed`) and
//! the keys (`keys`).

mod feedback;
mod keys;
mod meters;
mod speaking;
mod timed;
mod typewriter;

use bevy::prelude::*;

use crate::core::mood::Band;
use crate::game::Screen;
use crate::game::conversation::{CurrentGame, Phase};
use crate::game::customer::{self, Look};
use crate::game::fonts::Fonts;
use crate::game::settings::Settings;
use crate::game::theme::widget;
use crate::game::theme::{palette, size, space};
use crate::text::{band_label, minutes_label};

// `focus`, `ReplyButton` and `Typewriter` are for the parts in this folder.
use super::{focus, scroll};
use feedback::{feedback, walked_out};
use meters::{MoodFill, mood_clock, stake_text};
use speaking::{ReplyButton, speaking};
use timed::{PatienceFill, thinking_time};
use typewriter::Typewriter;

pub(super) fn plugin(app: &mut App) {
    app.configure_sets(
        Update,
        (
            PlaySystems::Rebuild,
            PlaySystems::TypeOut,
            PlaySystems::Meters,
            PlaySystems::Patience,
            PlaySystems::Keys,
        )
            .chain()
            .run_if(in_state(Screen::Play)),
    );
    app.add_systems(OnEnter(Screen::Play), spawn).add_systems(
        Update,
        rebuild
            .run_if(resource_exists_and_changed::<CurrentGame>)
            .in_set(PlaySystems::Rebuild),
    );
    app.add_plugins((
        typewriter::plugin,
        meters::plugin,
        timed::plugin,
        keys::plugin,
    ));
}

/// The play screen's work each frame, in this order: the screen is rebuilt
/// first, so the line types out, the meters move and the keys act on what
/// is shown.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum PlaySystems {
    Rebuild,
    TypeOut,
    Meters,
    Patience,
    Keys,
}

#[derive(Component)]
struct PlayRoot;

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
        .spawn(widget::note(fonts, &scenario.customer.description))
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
            .spawn(widget::note(fonts, "Patience while you think"))
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
