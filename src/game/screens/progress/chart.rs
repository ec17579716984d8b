//! The progress screen's charts, drawn like the debrief's mood chart: the
//! score of each finished attempt (bars on a 0–100 axis, coloured by
//! grade, numbered in the order played), and each principle as a bar of
//! the best paths' points: green for the share honoured, red for points
//! lost by breaking it, the rest missed; with its trend beside it.

use bevy::prelude::*;

use crate::game::fonts::Fonts;
use crate::game::screens::bars::{BarChart, bar_chart};
use crate::game::theme::{palette, size, space, widget};
use crate::records::{FinishedAttempt, PrincipleTotal, Trend};
use crate::text::i18n::{tr, tr_args};
use crate::text::progress::{percent, trend_label};

/// Most attempts drawn: the latest ones.
const MOST_BARS: usize = 20;
/// The height of a principle's bar.
const PRINCIPLE_BAR: f32 = 10.0;
/// The width of a principle's trend label, wider when its words need it.
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
        commands
            .entity(panel)
            .with_child(widget::muted(fonts, tr("progress-no-finished")));
        return;
    }
    let first = history.len().saturating_sub(MOST_BARS);
    let shown = &history[first..];
    let chart = BarChart {
        title: tr("progress-chart-title").into(),
        bars: shown
            .iter()
            .enumerate()
            .map(|(i, a)| {
                (
                    a.score as f32,
                    palette::grade(a.grade),
                    (first + i + 1).to_string(),
                )
            })
            .collect(),
        lines: vec![
            (50.0, palette::BORDER),
            (100.0, palette::BORDER.with_alpha(0.5)),
        ],
        x_title: tr("progress-chart-axis").into(),
        caption: scores_caption(first, shown, history.len()),
    };
    bar_chart(commands, fonts, panel, chart);
}

/// "Attempts 1–8 of 8: scores from 0 to 100, 53 on average."
fn scores_caption(first: usize, shown: &[FinishedAttempt], total: usize) -> String {
    let low = shown.iter().map(|a| a.score).min().unwrap_or(0);
    let high = shown.iter().map(|a| a.score).max().unwrap_or(0);
    let sum: u32 = shown.iter().map(|a| a.score).sum();
    let average = f64::from(sum) / shown.len().max(1) as f64;
    tr_args(
        "progress-chart-caption",
        &[
            ("shown", shown.len().into()),
            ("first", (first + 1).into()),
            ("last", (first + shown.len()).into()),
            ("total", total.into()),
            ("low", low.into()),
            ("high", high.into()),
            ("average", format!("{average:.0}").into()),
        ],
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
        commands
            .entity(panel)
            .with_child(widget::muted(fonts, tr("progress-no-principles")));
        return;
    }
    let legend = commands
        .spawn(widget::small(
            fonts,
            tr("progress-legend"),
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
            widget::text(
                crate::text::labels::principle_label(&p.id, &p.name),
                &fonts.regular,
                size::BODY,
                name_color,
            ),
            Node {
                flex_shrink: 1.0,
                ..default()
            },
        ))
        .id();
    let (earned, best) = (format!("{:+}", p.earned), format!("{:+}", p.best));
    let figures = match p.share() {
        Some(share) => tr_args(
            "progress-figures",
            &[
                ("earned", earned.into()),
                ("best", best.into()),
                ("share", percent(share).into()),
            ],
        ),
        None => tr_args(
            "progress-figures-no-share",
            &[("earned", earned.into()), ("best", best.into())],
        ),
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
    let bottom = commands.spawn(widget::row()).id();
    let bar = share_bar(commands, p);
    let (label, color) = trend_chip(p);
    let trend = commands
        .spawn(widget::chip(fonts, label, color))
        .insert(Node {
            flex_shrink: 0.0,
            min_width: px(TREND_WIDTH),
            justify_content: JustifyContent::Center,
            ..widget::chip_node()
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
        (Trend::TooFew, ..) => tr("progress-too-few").to_string(),
        (trend, Some(a), Some(b)) => tr_args(
            "progress-trend-shares",
            &[
                ("trend", trend_label(trend).into()),
                ("earlier", percent(a).into()),
                ("later", percent(b).into()),
            ],
        ),
        (trend, ..) => trend_label(trend).to_string(),
    };
    (label, color)
}
