//! The progress screen's charts, drawn like the debrief's mood chart: the
//! score of each finished attempt (bars on a 0–100 axis, coloured by
//! grade, numbered in the order played), and each principle as a bar of
//! the best paths' points: green for the share honoured, red for points
//! lost by breaking it, the rest missed; with its trend beside it.

use bevy::prelude::*;

use crate::game::fonts::Fonts;
use crate::game::theme::{palette, size, space, widget};
use crate::records::{FinishedAttempt, PrincipleTotal, Trend};
use crate::text::progress::{percent, trend_label};

/// The height of the scores' plot area.
const HEIGHT: f32 = 120.0;
/// The width of the score axis's labels.
const AXIS_WIDTH: f32 = 34.0;
/// Bars: the gap between them and their widest.
const BAR_GAP: f32 = 6.0;
const BAR_MAX: f32 = 36.0;
/// Most attempts drawn: the latest ones.
const MOST_BARS: usize = 20;
/// Most attempt numbers under the bars; beyond it every other one.
const MOST_LABELS: usize = 12;
/// The height of a principle's bar.
const PRINCIPLE_BAR: f32 = 10.0;
/// The width of a principle's trend label.
const TREND_WIDTH: f32 = 260.0;

/// The scores of the latest finished attempts, oldest first, with axes and
/// a caption of the figures drawn.
pub(super) fn attempts_chart(
    commands: &mut Commands,
    fonts: &Fonts,
    panel: Entity,
    history: &[FinishedAttempt],
) {
    if history.is_empty() {
        let none = commands
            .spawn(widget::muted(
                fonts,
                "No finished attempts yet: play a scenario to its end and its score shows here.",
            ))
            .id();
        commands.entity(panel).add_child(none);
        return;
    }
    let first = history.len().saturating_sub(MOST_BARS);
    let shown = &history[first..];
    let title = commands
        .spawn(widget::small(
            fonts,
            "Score of each finished attempt, 0–100",
            palette::TEXT_MUTED,
        ))
        .id();
    let body = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(space::S),
            ..default()
        })
        .id();
    let axis = score_axis(commands, fonts);
    let plot = score_plot(commands, shown);
    commands.entity(body).add_children(&[axis, plot]);
    let numbers = attempt_numbers(commands, fonts, first, shown.len());
    let x_title = commands
        .spawn((
            widget::small(fonts, "Attempt, in the order played", palette::TEXT_MUTED),
            Node {
                margin: UiRect::left(px(AXIS_WIDTH + space::S)),
                ..default()
            },
        ))
        .id();
    let caption = commands
        .spawn(widget::small(
            fonts,
            scores_caption(first, shown, history.len()),
            palette::TEXT_MUTED,
        ))
        .id();
    commands
        .entity(panel)
        .add_children(&[title, body, numbers, x_title, caption]);
}

/// 100, 50 and 0 beside the plot.
fn score_axis(commands: &mut Commands, fonts: &Fonts) -> Entity {
    let axis = commands
        .spawn(Node {
            width: px(AXIS_WIDTH),
            height: px(HEIGHT),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    for score in [100.0, 50.0, 0.0] {
        let label = commands
            .spawn((
                widget::small(fonts, format!("{score:.0}"), palette::TEXT_MUTED),
                TextLayout::justify(Justify::Right),
                Node {
                    position_type: PositionType::Absolute,
                    right: px(0),
                    bottom: px(HEIGHT * score / 100.0 - size::SMALL * 0.65),
                    ..default()
                },
            ))
            .id();
        commands.entity(axis).add_child(label);
    }
    axis
}

/// A bar per attempt in its grade's colour, with faint lines at 50 and 100.
fn score_plot(commands: &mut Commands, shown: &[FinishedAttempt]) -> Entity {
    let plot = commands
        .spawn((
            Node {
                flex_grow: 1.0,
                height: px(HEIGHT),
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::FlexEnd,
                column_gap: px(BAR_GAP),
                padding: UiRect::horizontal(px(space::XS)),
                border: UiRect::new(px(1), px(0), px(0), px(1)),
                ..default()
            },
            BorderColor::all(palette::BORDER),
        ))
        .id();
    for (score, color) in [
        (50.0, palette::BORDER),
        (100.0, palette::BORDER.with_alpha(0.5)),
    ] {
        let line = commands
            .spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: px(0),
                    right: px(0),
                    bottom: px(HEIGHT * score / 100.0),
                    height: px(1),
                    ..default()
                },
                BackgroundColor(color),
            ))
            .id();
        commands.entity(plot).add_child(line);
    }
    for attempt in shown {
        let bar = commands
            .spawn((
                Node {
                    height: px((attempt.score as f32 / 100.0 * HEIGHT).max(2.0)),
                    border_radius: BorderRadius::top(px(4)),
                    ..bar_slot()
                },
                BackgroundColor(palette::grade(attempt.grade)),
            ))
            .id();
        commands.entity(plot).add_child(bar);
    }
    plot
}

/// The room one bar takes, shared by the bars and their numbers.
fn bar_slot() -> Node {
    Node {
        flex_grow: 1.0,
        flex_basis: px(0),
        max_width: px(BAR_MAX),
        ..default()
    }
}

/// Each bar's attempt number (counting every finished attempt), under it.
fn attempt_numbers(commands: &mut Commands, fonts: &Fonts, first: usize, count: usize) -> Entity {
    let row = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(BAR_GAP),
            margin: UiRect::left(px(AXIS_WIDTH + space::S)),
            padding: UiRect::horizontal(px(space::XS)),
            ..default()
        })
        .id();
    let every = if count > MOST_LABELS { 2 } else { 1 };
    for i in 0..count {
        let text = if i % every == 0 {
            (first + i + 1).to_string()
        } else {
            String::new()
        };
        let label = commands
            .spawn((
                Node {
                    justify_content: JustifyContent::Center,
                    overflow: Overflow::visible(),
                    ..bar_slot()
                },
                children![widget::small(fonts, text, palette::TEXT_MUTED)],
            ))
            .id();
        commands.entity(row).add_child(label);
    }
    row
}

/// "Attempts 1–8 of 8: scores from 0 to 100, 53 on average."
fn scores_caption(first: usize, shown: &[FinishedAttempt], total: usize) -> String {
    let low = shown.iter().map(|a| a.score).min().unwrap_or(0);
    let high = shown.iter().map(|a| a.score).max().unwrap_or(0);
    let sum: u32 = shown.iter().map(|a| a.score).sum();
    let average = f64::from(sum) / shown.len().max(1) as f64;
    let which = if shown.len() == 1 {
        format!("Attempt {} of {total}", first + 1)
    } else {
        format!("Attempts {}–{} of {total}", first + 1, first + shown.len())
    };
    format!(
        "{which}: scores from {low} to {high}, {average:.0} on average. The colour is the grade."
    )
}

/// Each principle, weakest first: the points earned of the best paths',
/// as a bar, with its trend. `weakest` (the one the recommendation works
/// on) is named in the accent colour.
pub(super) fn principles_chart(
    commands: &mut Commands,
    fonts: &Fonts,
    panel: Entity,
    principles: &[PrincipleTotal],
    weakest: Option<&str>,
) {
    if principles.is_empty() {
        let none = commands
            .spawn(widget::muted(
                fonts,
                "No principles yet: they are scored when an attempt reaches its end.",
            ))
            .id();
        commands.entity(panel).add_child(none);
        return;
    }
    let legend = commands
        .spawn(widget::small(
            fonts,
            "Points earned of what the best paths earn, finished attempts. Green: honoured; red: lost by breaking it; grey: missed. The trend compares the share in your earlier half of attempts with the later half.",
            palette::TEXT_MUTED,
        ))
        .id();
    commands.entity(panel).add_child(legend);
    let mut sorted: Vec<&PrincipleTotal> = principles.iter().collect();
    sorted.sort_by(|a, b| {
        let key = |p: &PrincipleTotal| p.share().unwrap_or(f64::INFINITY);
        key(a).total_cmp(&key(b)).then(a.name.cmp(&b.name))
    });
    for p in sorted {
        let row = principle_row(commands, fonts, p, weakest == Some(p.id.as_str()));
        commands.entity(panel).add_child(row);
    }
}

/// The name and its figures, then the bar and the trend.
fn principle_row(
    commands: &mut Commands,
    fonts: &Fonts,
    p: &PrincipleTotal,
    weakest: bool,
) -> Entity {
    let row = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(space::XS),
            padding: UiRect::vertical(px(space::XS)),
            ..default()
        })
        .id();
    let top = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            justify_content: JustifyContent::SpaceBetween,
            column_gap: px(space::S),
            ..default()
        })
        .id();
    let name_color = if weakest {
        palette::ACCENT
    } else {
        palette::TEXT
    };
    let name = commands
        .spawn((
            widget::text(p.name.clone(), &fonts.regular, size::BODY, name_color),
            Node {
                flex_shrink: 1.0,
                ..default()
            },
        ))
        .id();
    let figures = match p.share() {
        Some(share) => format!("{:+} of {:+} · {}", p.earned, p.best, percent(share)),
        None => format!("{:+} of {:+}", p.earned, p.best),
    };
    let figures = commands
        .spawn((
            widget::text(
                figures,
                &fonts.bold,
                size::BODY,
                palette::signed(p.earned as f64),
            ),
            Node {
                flex_shrink: 0.0,
                ..default()
            },
        ))
        .id();
    commands.entity(top).add_children(&[name, figures]);
    let bottom = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(space::M),
            ..default()
        })
        .id();
    let bar = share_bar(commands, p);
    let (label, color) = trend_chip(p);
    let trend = commands
        .spawn(widget::chip(fonts, label, color))
        .insert(Node {
            flex_shrink: 0.0,
            width: px(TREND_WIDTH),
            justify_content: JustifyContent::Center,
            padding: UiRect::axes(px(10), px(2)),
            border_radius: BorderRadius::all(px(10)),
            border: UiRect::all(px(1)),
            ..default()
        })
        .id();
    commands.entity(bottom).add_children(&[bar, trend]);
    commands.entity(row).add_children(&[top, bottom]);
    row
}

/// The best paths' points as a track: green to the share earned, or red to
/// the share lost when the points are negative.
fn share_bar(commands: &mut Commands, p: &PrincipleTotal) -> Entity {
    let share = p.share().unwrap_or(if p.earned < 0 { -1.0 } else { 0.0 }) as f32;
    let (fill, color) = if share < 0.0 {
        (-share, palette::BAD)
    } else {
        (share, palette::GOOD)
    };
    let track = commands
        .spawn((
            Node {
                flex_grow: 1.0,
                height: px(PRINCIPLE_BAR),
                border_radius: BorderRadius::all(px(PRINCIPLE_BAR / 2.0)),
                overflow: Overflow::clip(),
                ..default()
            },
            BackgroundColor(palette::SURFACE_RAISED),
        ))
        .id();
    let filled = commands
        .spawn((
            Node {
                width: percent_of(fill),
                height: percent_of(1.0),
                border_radius: BorderRadius::all(px(PRINCIPLE_BAR / 2.0)),
                ..default()
            },
            BackgroundColor(color),
        ))
        .id();
    commands.entity(track).add_child(filled);
    track
}

fn percent_of(share: f32) -> Val {
    Val::Percent(share.clamp(0.0, 1.0) * 100.0)
}

/// "improving · 25% then 75%", and the trend's colour.
fn trend_chip(p: &PrincipleTotal) -> (String, Color) {
    let color = match p.trend {
        Trend::Improving => palette::GOOD,
        Trend::Slipping => palette::BAD,
        Trend::Steady | Trend::TooFew => palette::TEXT_MUTED,
    };
    let label = match (p.trend, p.earlier_share, p.later_share) {
        (Trend::TooFew, ..) => "too few to tell".to_string(),
        (trend, Some(a), Some(b)) => {
            format!(
                "{} · {} then {}",
                trend_label(trend),
                percent(a),
                percent(b)
            )
        }
        (trend, ..) => trend_label(trend).to_string(),
    };
    (label, color)
}
