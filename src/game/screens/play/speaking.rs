//! The moment the customer speaks: the setting and narration, their line
//! in a speech bubble, and the numbered replies to choose from.

use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::core::session::View;
use crate::game::conversation::{Action, CurrentGame};
use crate::game::fonts::Fonts;
use crate::game::redraw::Animating;
use crate::game::settings::Settings;
use crate::game::theme::interaction::Highlight;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};

use super::Typewriter;

/// Marks the reply buttons.
#[derive(Component, Debug, Clone, Copy)]
pub struct ReplyButton;

pub(super) fn speaking(
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
                .spawn(widget::note(fonts, &game.session.scenario().setting))
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
        .spawn(widget::note(fonts, view.customer.clone()))
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
        .spawn(widget::note(
            fonts,
            "Your reply (press its number, or click it):",
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
                    reply.shown.to_string(),
                    &fonts.bold,
                    size::BODY,
                    palette::TEXT_ON_ACCENT
                )],
            ))
            .id();
        let text = commands
            .spawn((
                widget::body(fonts, &reply.text),
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
