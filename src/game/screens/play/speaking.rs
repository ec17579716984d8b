//! The moment the customer speaks: the setting and narration, their line
//! in a speech bubble, and the numbered replies to choose from.

use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::core::session::{ReplyOption, View};
use crate::game::conversation::{Action, CurrentGame};
use crate::game::fonts::Fonts;
use crate::game::redraw::Animating;
use crate::game::settings::Settings;
use crate::game::theme::interaction::Highlight;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::text::i18n::tr;

use super::{Typewriter, aside};

/// Marks the note naming the texts not translated yet.
#[derive(Component, Debug, Clone, Copy)]
pub struct Untranslated;

/// Marks the reply buttons.
#[derive(Component, Debug, Clone, Copy)]
pub struct ReplyButton;

/// Fills `column` with the moment: the setting (at the first moment only),
/// the narration, the customer's line, the prompt and the replies.
pub(super) fn speaking(
    commands: &mut Commands,
    column: Entity,
    fonts: &Fonts,
    game: &CurrentGame,
    view: &View,
    settings: &Settings,
) {
    let instant = settings.text_speed.chars_per_second().is_none();
    let mut parts = Vec::new();
    // Where the player is, at the first moment of the conversation.
    if game.session.choices().is_empty() {
        let setting = &game.session.scenario().setting;
        parts.push(commands.spawn(widget::note(fonts, setting)).id());
    }
    if !view.narration.is_empty() {
        parts.push(commands.spawn(aside(fonts, &view.narration)).id());
    }
    parts.push(speech_bubble(commands, fonts, view, instant));
    // A translation that lacks some of this moment's texts says which.
    if let Some(note) = crate::text::labels::untranslated_note(game.session.scenario(), view) {
        parts.push(
            commands
                .spawn((widget::note(fonts, note), Untranslated))
                .id(),
        );
    }
    parts.push(commands.spawn(widget::note(fonts, tr("play-prompt"))).id());
    let guided = game.guided_reply();
    let replies: Vec<Entity> = view
        .replies
        .iter()
        .map(|reply| reply_button(commands, fonts, reply, guided == Some(reply.number)))
        .collect();
    parts.extend(&replies);
    commands.entity(column).add_children(&parts);
    // Replies take focus once the line is out, so Enter cannot pick one
    // before the customer has finished speaking.
    let best = view.replies.iter().position(|r| guided == Some(r.number));
    let target = replies.get(best.unwrap_or(0)).filter(|_| instant);
    focus_or_clear(commands, target.copied());
}

/// The customer's line in a bubble edged in their mood's colour, under
/// their name; typed out unless the text speed is `instant`.
fn speech_bubble(commands: &mut Commands, fonts: &Fonts, view: &View, instant: bool) -> Entity {
    let bubble = commands
        .spawn(widget::callout(
            palette::band(view.band),
            palette::SURFACE_RAISED,
        ))
        .id();
    let who = commands
        .spawn(widget::note(fonts, view.customer.clone()))
        .id();
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
    bubble
}

/// One reply: its number badge and its words, choosing it when activated;
/// the `best` one (when the best path is shown) is highlighted and marked.
fn reply_button(commands: &mut Commands, fonts: &Fonts, reply: &ReplyOption, best: bool) -> Entity {
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
    let badge = commands.spawn(reply_badge(fonts, reply.shown)).id();
    let text = commands.spawn(reply_text(fonts, &reply.text)).id();
    commands.entity(button).add_children(&[badge, text]);
    if best {
        commands.entity(button).insert(Highlight(palette::GOOD));
        let chip = commands
            .spawn(widget::chip(fonts, tr("play-best-path"), palette::GOOD))
            .id();
        commands.entity(button).add_child(chip);
    }
    button
}

/// The round badge with the number a reply is chosen by.
fn reply_badge(fonts: &Fonts, shown: usize) -> impl Bundle {
    (
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
            shown.to_string(),
            &fonts.bold,
            size::BODY,
            palette::TEXT_ON_ACCENT
        )],
    )
}

/// A reply's words, taking the button's spare width.
fn reply_text(fonts: &Fonts, text: &str) -> impl Bundle {
    (
        widget::body(fonts, text),
        Node {
            flex_grow: 1.0,
            flex_shrink: 1.0,
            ..default()
        },
    )
}

/// Gives `target` the keyboard focus, or takes it from whatever has it.
fn focus_or_clear(commands: &mut Commands, target: Option<Entity>) {
    match target {
        Some(target) => super::focus(commands, target),
        None => commands.queue(|world: &mut World| {
            if let Some(mut focus) = world.get_resource_mut::<InputFocus>() {
                focus.clear();
            }
        }),
    }
}
