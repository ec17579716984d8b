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

/// The button that moves on from the feedback.
#[derive(Component)]
struct ContinueButton;

pub(super) fn feedback(
    commands: &mut Commands,
    column: Entity,
    fonts: &Fonts,
    game: &CurrentGame,
    c: &Consequences,
) {
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
    let delta = mood_moved(c.mood_before, c.mood_after);
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

    children.push(callout(
        commands,
        fonts,
        "What happened",
        &c.happened,
        palette::BORDER,
    ));
    match &c.coaching {
        Some(coaching) => {
            children.push(callout(
                commands,
                fonts,
                "Coaching",
                &coaching.text,
                palette::ACCENT,
            ));
            if let Some(row) = principle_chips(commands, fonts, game, coaching) {
                children.push(row);
            }
        }
        None => children.push(commands.spawn(widget::note(fonts, review::HELD_BACK)).id()),
    }

    let change = c.value_after - c.value_before;
    children.push(
        commands
            .spawn((
                widget::body(fonts, "Expected value of this customer: "),
                children![widget::span(
                    dollars_moved(c.value_before, c.value_after),
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
