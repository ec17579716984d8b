//! After a reply: what the player said, how the mood moved, what happened
//! and the coaching, the principles it touched, the customer's value, and
//! the button that moves on (or to the debrief when the conversation ends).
//! In assessment mode the core holds the coaching and principles back, and
//! a line says they wait for the debrief.

use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::core::session::{Coaching, Consequences, Next};
use crate::game::conversation::{Action, CurrentGame};
use crate::game::fonts::Fonts;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::text::{band_label, dollars_moved, minutes_label, mood_moved, outcome_label, review};

use super::aside;

/// The button that moves on from the feedback.
#[derive(Component)]
struct ContinueButton;

/// Fills `column` with what a reply did: the reply, the mood's change, the
/// consequences, the customer's value, how the conversation ends if it
/// does, and the button that moves on.
pub(super) fn feedback(
    commands: &mut Commands,
    column: Entity,
    fonts: &Fonts,
    game: &CurrentGame,
    c: &Consequences,
) {
    let mut parts = vec![
        commands
            .spawn(aside(fonts, format!("You: \u{201c}{}\u{201d}", c.reply)))
            .id(),
        commands.spawn(mood_change(fonts, c)).id(),
    ];
    parts.extend(consequences(commands, fonts, game, c));
    parts.push(commands.spawn(value_line(fonts, c)).id());
    if let Some(note) = ending_note(fonts, &c.next) {
        parts.push(commands.spawn(note).id());
    }
    let button = continue_button(commands, fonts, &c.next);
    parts.push(button);
    commands.entity(column).add_children(&parts);
    super::focus(commands, button);
}

/// The mood change, in words and colour, with the minutes the reply took.
fn mood_change(fonts: &Fonts, c: &Consequences) -> impl Bundle {
    let delta = mood_moved(c.mood_before, c.mood_after);
    (
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
    )
}

/// What happened, then the coaching and the principles the reply touched;
/// in assessment mode, the line saying they wait for the debrief instead.
fn consequences(
    commands: &mut Commands,
    fonts: &Fonts,
    game: &CurrentGame,
    c: &Consequences,
) -> Vec<Entity> {
    let happened = callout(
        commands,
        fonts,
        "What happened",
        &c.happened,
        palette::BORDER,
    );
    let mut parts = vec![happened];
    match &c.coaching {
        Some(coaching) => {
            let text = &coaching.text;
            parts.push(callout(commands, fonts, "Coaching", text, palette::ACCENT));
            parts.extend(principle_chips(commands, fonts, game, coaching));
        }
        None => parts.push(commands.spawn(widget::note(fonts, review::HELD_BACK)).id()),
    }
    parts
}

/// The customer's expected value before and after the reply, coloured by
/// which way it moved.
fn value_line(fonts: &Fonts, c: &Consequences) -> impl Bundle {
    let change = c.value_after - c.value_before;
    (
        widget::body(fonts, "Expected value of this customer: "),
        children![widget::span(
            dollars_moved(c.value_before, c.value_after),
            &fonts.bold,
            size::BODY,
            palette::signed(change),
        )],
    )
}

/// How the conversation ends, when the reply ended it.
fn ending_note(fonts: &Fonts, next: &Next) -> Option<impl Bundle> {
    let Next::Ending {
        outcome,
        text,
        walked_out,
        ..
    } = next
    else {
        return None;
    };
    let note = if *walked_out {
        format!("The customer has had enough and walks out. {text}")
    } else {
        format!(
            "The conversation ends ({}). {text}",
            outcome_label(*outcome)
        )
    };
    Some(widget::text(note, &fonts.bold, size::BODY, palette::WARN))
}

/// The button on to the next moment, or to the debrief after an ending.
fn continue_button(commands: &mut Commands, fonts: &Fonts, next: &Next) -> Entity {
    let label = match next {
        Next::Ending { .. } => "See the debrief",
        Next::Node { .. } => "Continue",
    };
    commands
        .spawn((
            widget::button(fonts, format!("{label}  (Enter)"), ButtonKind::Primary),
            moves_on(),
        ))
        .insert(Node {
            align_self: AlignSelf::FlexStart,
            padding: UiRect::axes(px(space::L), px(10)),
            justify_content: JustifyContent::Center,
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(10)),
            ..default()
        })
        .id()
}

/// What makes a button the one that moves on from the feedback.
fn moves_on() -> impl Bundle {
    (
        ContinueButton,
        observe(|_: On<Activate>, mut actions: MessageWriter<Action>| {
            actions.write(Action::Continue);
        }),
    )
}

/// A headed box of text, its stripe in `stripe`.
fn callout(
    commands: &mut Commands,
    fonts: &Fonts,
    heading: &str,
    text: &str,
    stripe: Color,
) -> Entity {
    let section = commands
        .spawn(widget::callout(stripe, palette::SURFACE))
        .id();
    let h = commands.spawn(widget::subheading(fonts, heading)).id();
    let t = commands.spawn(widget::body(fonts, text)).id();
    commands.entity(section).add_children(&[h, t]);
    section
}

/// The principles a reply touched, as chips (practice mode).
fn principle_chips(
    commands: &mut Commands,
    fonts: &Fonts,
    game: &CurrentGame,
    c: &Coaching,
) -> Option<Entity> {
    if c.principles.is_empty() {
        return None;
    }
    let names = &game.session.prepared().principle_names;
    let row = commands.spawn(widget::chip_row()).id();
    for (id, weight) in &c.principles {
        let name = names.get(id).unwrap_or(id);
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
    Some(row)
}

pub(super) fn walked_out(commands: &mut Commands, column: Entity, fonts: &Fonts) {
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
            widget::button(fonts, "See the debrief  (Enter)", ButtonKind::Primary),
            moves_on(),
        ))
        .id();
    commands.entity(column).add_children(&[note, button]);
    super::focus(commands, button);
}
