//! The debrief's decision-by-decision review (assessment mode): for each
//! reply taken, the customer's line, the reply chosen with its points and
//! coaching, and beside it the best reply offered with its coaching.

use bevy::prelude::*;

use crate::core::session::{Debrief, Decision, ReviewedReply};
use crate::game::fonts::Fonts;
use crate::game::theme::{palette, size, space, widget};
use crate::text::i18n::{tr, tr_args};
use crate::text::review;

/// The review as a panel across the debrief's width.
pub(super) fn review_panel(commands: &mut Commands, fonts: &Fonts, d: &Debrief) -> Entity {
    let panel = commands.spawn(widget::panel()).id();
    let head = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Baseline,
            column_gap: px(space::M),
            ..default()
        })
        .id();
    let title = commands
        .spawn(widget::subheading(fonts, review::review_title()))
        .id();
    let tally = commands
        .spawn(widget::text(
            review::best_count(&d.review),
            &fonts.bold,
            size::BODY,
            palette::TEXT_MUTED,
        ))
        .id();
    commands.entity(head).add_children(&[title, tally]);
    let intro = commands
        .spawn(widget::muted(fonts, review::review_intro(d.mode)))
        .id();
    commands.entity(panel).add_children(&[head, intro]);
    for (i, decision) in d.review.iter().enumerate() {
        let card = decision_card(commands, fonts, i + 1, decision);
        commands.entity(panel).add_child(card);
    }
    if d.review.is_empty() {
        let none = commands
            .spawn(widget::muted(fonts, tr("debrief-no-decisions")))
            .id();
        commands.entity(panel).add_child(none);
    }
    panel
}

/// One decision: the customer's line, then the reply chosen and the best
/// one side by side (stacked when the window is narrow).
fn decision_card(commands: &mut Commands, fonts: &Fonts, index: usize, d: &Decision) -> Entity {
    let card = commands
        .spawn((
            Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(space::S),
                padding: UiRect::top(px(space::M)),
                border: UiRect::top(px(1)),
                ..default()
            },
            BorderColor::all(palette::BORDER),
        ))
        .id();
    let line = commands
        .spawn((
            widget::text(
                format!("{index}. "),
                &fonts.bold,
                size::BODY,
                palette::TEXT_MUTED,
            ),
            children![widget::span(
                tr_args("game-quoted", &[("text", d.line.as_str().into())]),
                &fonts.italic,
                size::BODY,
                palette::TEXT,
            )],
        ))
        .id();
    let pair = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(space::M),
            row_gap: px(space::S),
            align_items: AlignItems::Stretch,
            ..default()
        })
        .id();
    let (chosen_label, chosen_stripe) = if d.chose_best {
        (tr("debrief-you-said-best"), palette::GOOD)
    } else {
        (
            tr("debrief-you-said"),
            palette::signed(d.chosen.points as f64),
        )
    };
    let chosen = reply_box(commands, fonts, chosen_label, chosen_stripe, &d.chosen);
    commands.entity(pair).add_child(chosen);
    match (&d.best, d.chose_best) {
        (Some(best), false) => {
            let best = reply_box(
                commands,
                fonts,
                tr("debrief-best-offered"),
                palette::GOOD,
                best,
            );
            commands.entity(pair).add_child(best);
        }
        (None, false) => {
            let note = commands
                .spawn(widget::muted(fonts, review::verdict(d)))
                .id();
            commands.entity(pair).add_child(note);
        }
        (_, true) => {}
    }
    commands.entity(card).add_children(&[line, pair]);
    card
}

/// A reply with its label, points and coaching, striped in `stripe`.
fn reply_box(
    commands: &mut Commands,
    fonts: &Fonts,
    label: &str,
    stripe: Color,
    r: &ReviewedReply,
) -> Entity {
    let body = commands
        .spawn(widget::callout(stripe, palette::SURFACE_RAISED))
        .insert(Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(space::XS),
            padding: UiRect::all(px(space::M)),
            border: UiRect::left(px(4)),
            border_radius: BorderRadius::all(px(10)),
            flex_grow: 1.0,
            flex_basis: px(0),
            min_width: px(300),
            ..default()
        })
        .id();
    let head = commands
        .spawn((
            widget::text(
                format!("{label}  "),
                &fonts.bold,
                size::SMALL,
                palette::TEXT_MUTED,
            ),
            children![widget::span(
                review::points_label(r.points),
                &fonts.bold,
                size::SMALL,
                palette::signed(r.points as f64),
            )],
        ))
        .id();
    let said = commands
        .spawn(widget::text(
            tr_args("game-quoted", &[("text", r.text.as_str().into())]),
            &fonts.bold,
            size::BODY,
            palette::TEXT,
        ))
        .id();
    let coaching = commands
        .spawn(widget::text(
            r.coaching.clone(),
            &fonts.regular,
            size::BODY,
            palette::TEXT_MUTED,
        ))
        .id();
    commands.entity(body).add_children(&[head, said, coaching]);
    body
}
