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
use crate::core::session::View;
use crate::game::Screen;
use crate::game::conversation::{CurrentGame, Phase};
use crate::game::customer::{self, Look};
use crate::game::fonts::Fonts;
use crate::game::settings::Settings;
use crate::game::theme::widget;
use crate::game::theme::{palette, size, space};
use crate::text::i18n::{tr, tr_args};
use crate::text::{band_label, minutes_label};

// `focus`, `ReplyButton` and `Typewriter` are for the parts in this folder.
use super::{focus, scroll};
use feedback::{feedback, walked_out};
use meters::{mood_clock, mood_meter, stake_text};
use speaking::{ReplyButton, speaking};
use timed::patience_bar;
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

/// What the play screen's parts are built from.
struct Context<'a> {
    fonts: &'a Fonts,
    game: &'a CurrentGame,
    settings: &'a Settings,
    /// What the customer is saying now; after the last reply of a
    /// conversation there is no moment left, only its consequences.
    view: Option<&'a View>,
}

/// Builds the screen as a list of parts: the best-path banner when guided,
/// the header bar, and the customer's column beside the conversation.
fn build(
    commands: &mut Commands,
    root: Entity,
    fonts: &Fonts,
    game: &CurrentGame,
    settings: &Settings,
) {
    let view = game.session.view();
    let cx = Context {
        fonts,
        game,
        settings,
        view: view.as_ref(),
    };
    let mut parts = Vec::new();
    if game.guide.is_some() {
        parts.push(commands.spawn(guide_banner(fonts)).id());
    }
    parts.push(header_bar(commands, &cx));
    let customer = customer_column(commands, &cx);
    let conversation = conversation_column(commands, &cx);
    parts.push(main_area(commands, &[customer, conversation]));
    commands.entity(root).add_children(&parts);
}

/// The line above a guided game saying which reply the best path takes.
fn guide_banner(fonts: &Fonts) -> impl Bundle {
    (
        widget::small(fonts, tr("play-guide"), palette::GOOD),
        Node {
            flex_shrink: 0.0,
            ..default()
        },
    )
}

/// The top bar: title, clock, money at stake and the way back.
fn header_bar(commands: &mut Commands, cx: &Context) -> Entity {
    let Context {
        fonts, game, view, ..
    } = *cx;
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
    let title = commands.spawn(title(fonts, game)).id();
    let clock_minutes = view.map_or(mood_clock(game), |v| v.clock);
    let clock = commands
        .spawn(widget::text(
            tr_args(
                "play-clock",
                &[("minutes", minutes_label(clock_minutes).into())],
            ),
            &fonts.regular,
            size::BODY,
            palette::TEXT_MUTED,
        ))
        .id();
    let stake = stake_text(&game.session, view);
    let money = commands
        .spawn(widget::text(
            stake,
            &fonts.regular,
            size::BODY,
            palette::WARN,
        ))
        .id();
    let back = commands
        .spawn(super::back_button(
            fonts,
            tr("play-scenarios"),
            Screen::Picker,
        ))
        .id();
    commands
        .entity(bar)
        .add_children(&[title, clock, money, back]);
    bar
}

/// The scenario's title, taking the header bar's spare width.
fn title(fonts: &Fonts, game: &CurrentGame) -> impl Bundle {
    (
        widget::text(
            &game.session.scenario().title,
            &fonts.bold,
            size::SUBHEADING,
            palette::TEXT,
        ),
        Node {
            flex_grow: 1.0,
            ..default()
        },
    )
}

/// The main area holding the two `columns` side by side. They wrap under
/// each other when the window is narrow for the text size (a projector at
/// 200%), and the whole area scrolls.
fn main_area(commands: &mut Commands, columns: &[Entity]) -> Entity {
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
    commands.entity(main).add_children(columns);
    commands.entity(area).add_child(main);
    area
}

/// The mood before and after the reply being shown; the same mood twice
/// when no reply is.
fn moods(game: &CurrentGame) -> (f64, f64) {
    match &game.phase {
        Phase::Feedback(c) => (c.mood_before, c.mood_after),
        _ => (game.session.mood(), game.session.mood()),
    }
}

/// The customer's column: their portrait in their mood, name, description,
/// the mood in words and on its meter, and in timed mode their patience.
fn customer_column(commands: &mut Commands, cx: &Context) -> Entity {
    let Context {
        fonts,
        game,
        settings,
        view,
    } = *cx;
    let scenario = game.session.scenario();
    let (mood_from, mood_to) = moods(game);
    let column = commands
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
    let look = Look::for_id(&scenario.id);
    customer::spawn_portrait(commands, column, Band::of(mood_to), look);
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
    let mood_label = commands.spawn(mood_label(fonts, mood_to)).id();
    let meter = commands.spawn(mood_meter(mood_from, mood_to)).id();
    commands
        .entity(column)
        .add_children(&[name, about, mood_label, meter]);
    if settings.timed && game.phase == Phase::Speaking {
        let patience = patience_bar(commands, fonts, view);
        commands.entity(column).add_children(&patience);
    }
    column
}

/// The mood in words and figures, in its band's colour.
fn mood_label(fonts: &Fonts, mood: f64) -> impl Bundle {
    let band = Band::of(mood);
    widget::text(
        tr_args(
            "play-mood",
            &[
                ("band", band_label(band).into()),
                ("mood", format!("{mood:.0}").into()),
            ],
        ),
        &fonts.bold,
        size::BODY,
        palette::band(band),
    )
}

/// The conversation's column: the customer speaking and the replies, what
/// a reply did, or the walk-out.
fn conversation_column(commands: &mut Commands, cx: &Context) -> Entity {
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
    let Context { fonts, game, .. } = *cx;
    match (&game.phase, cx.view) {
        (Phase::Speaking, Some(view)) => {
            speaking(commands, column, fonts, game, view, cx.settings);
        }
        (Phase::Feedback(c), _) => feedback(commands, column, fonts, game, c),
        (Phase::WalkedOut, _) | (Phase::Speaking, None) => walked_out(commands, column, fonts),
    }
    column
}

/// A line set apart from the conversation, in muted italics: the
/// narration, or the reply the player chose.
fn aside(fonts: &Fonts, value: impl Into<String>) -> impl Bundle {
    widget::text(value, &fonts.italic, size::BODY, palette::TEXT_MUTED)
}
