//! The title screen: the name, the promise, and the way in.

use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::game::Screen;
use crate::game::fonts::Fonts;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn);
}

fn spawn(mut commands: Commands, fonts: Res<Fonts>) {
    let root = commands
        .spawn(widget::screen_root(Screen::Title))
        .insert(Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: px(space::M),
            padding: UiRect::all(px(space::XL)),
            ..default()
        })
        .id();
    let name = commands
        .spawn(widget::text(
            "Last Word",
            &fonts.bold,
            size::TITLE,
            palette::ACCENT,
        ))
        .id();
    let promise = commands
        .spawn((
            widget::text(
                "Serve customers from real bad-service stories, and see what every reply costs: their mood, their loyalty, their money.",
                &fonts.regular,
                size::SUBHEADING,
                palette::TEXT,
            ),
            TextLayout::justify(Justify::Center),
            Node {
                max_width: px(760),
                margin: UiRect::bottom(px(space::L)),
                ..default()
            },
        ))
        .id();
    let play = commands
        .spawn((
            widget::button(&fonts, "Play", ButtonKind::Primary),
            observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                next.set(Screen::Picker);
            }),
        ))
        .id();
    let settings = commands
        .spawn((
            widget::button(&fonts, "Settings", ButtonKind::Secondary),
            observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                next.set(Screen::Settings);
            }),
        ))
        .id();
    let quit = commands
        .spawn((
            widget::button(&fonts, "Quit", ButtonKind::Secondary),
            observe(|_: On<Activate>, mut exit: MessageWriter<AppExit>| {
                exit.write(AppExit::Success);
            }),
        ))
        .id();
    let keys = commands
        .spawn((
            widget::small(
                &fonts,
                "Mouse or keyboard: Tab moves, Enter chooses, Esc goes back.",
                palette::TEXT_MUTED,
            ),
            Node {
                margin: UiRect::top(px(space::L)),
                ..default()
            },
        ))
        .id();
    commands
        .entity(root)
        .add_children(&[name, promise, play, settings, quit, keys]);
    super::focus(&mut commands, play);
}
