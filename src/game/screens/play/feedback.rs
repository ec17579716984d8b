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
use crate::game::words::{Piece, Style, pieces, rich};
use crate::text::i18n::{tr, tr_args};
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
            .spawn(aside(
                fonts,
                tr_args("play-you-said", &[("reply", c.reply.as_str().into())]),
            ))
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
    let mood = |mood: f64, band| {
        tr_args(
            "play-mood-value",
            &[
                ("mood", format!("{mood:.0}").into()),
                ("band", band_label(band).into()),
            ],
        )
    };
    let (before, after) = (
        mood(c.mood_before, c.band_before),
        mood(c.mood_after, c.band_after),
    );
    let mut sentence = pieces(
        "play-mood-change",
        &[],
        &[("before", &before), ("after", &after)],
    );
    let moved = tr_args(
        "play-mood-moved",
        &[
            ("delta", format!("{delta:+.0}").into()),
            ("minutes", minutes_label(c.minutes).into()),
        ],
    );
    sentence.push((Piece::Value(2), format!("  {moved}")));
    let heading = |color| Style::new(&fonts.bold, size::SUBHEADING, color);
    rich(
        sentence,
        &heading(palette::TEXT),
        &[
            heading(palette::band(c.band_before)),
            heading(palette::band(c.band_after)),
            Style::new(&fonts.regular, size::BODY, palette::signed(delta)),
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
        tr("play-what-happened"),
        &c.happened,
        palette::BORDER,
    );
    let mut parts = vec![happened];
    match &c.coaching {
        Some(coaching) => {
            let text = &coaching.text;
            parts.push(callout(
                commands,
                fonts,
                tr("play-coaching"),
                text,
                palette::ACCENT,
            ));
            parts.extend(principle_chips(commands, fonts, game, coaching));
        }
        None => parts.push(
            commands
                .spawn(widget::note(fonts, review::held_back()))
                .id(),
        ),
    }
    parts
}

/// The customer's expected value before and after the reply, coloured by
/// which way it moved.
fn value_line(fonts: &Fonts, c: &Consequences) -> impl Bundle {
    let change = c.value_after - c.value_before;
    let value = dollars_moved(c.value_before, c.value_after);
    rich(
        pieces("play-value", &[], &[("value", &value)]),
        &Style::new(&fonts.regular, size::BODY, palette::TEXT),
        &[Style::new(&fonts.bold, size::BODY, palette::signed(change))],
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
        tr_args("play-walks-out", &[("text", text.as_str().into())])
    } else {
        tr_args(
            "play-conversation-ends",
            &[
                ("outcome", outcome_label(*outcome).into()),
                ("text", text.as_str().into()),
            ],
        )
    };
    Some(widget::text(note, &fonts.bold, size::BODY, palette::WARN))
}

/// The button on to the next moment, or to the debrief after an ending.
fn continue_button(commands: &mut Commands, fonts: &Fonts, next: &Next) -> Entity {
    let label = tr(match next {
        Next::Ending { .. } => "play-see-debrief",
        Next::Node { .. } => "play-continue",
    });
    commands
        .spawn((
            widget::button(fonts, label, ButtonKind::Primary),
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
        let name = crate::text::labels::principle_label(id, names.get(id).unwrap_or(id));
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
                tr("play-taken-before"),
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
            tr("play-kept-waiting"),
            &fonts.bold,
            size::SUBHEADING,
            palette::BAD,
        ))
        .id();
    let button = commands
        .spawn((
            widget::button(fonts, tr("play-see-debrief"), ButtonKind::Primary),
            moves_on(),
        ))
        .id();
    commands.entity(column).add_children(&[note, button]);
    super::focus(commands, button);
}
