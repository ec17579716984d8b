//! A bar chart on a 0–100 scale, drawn with UI nodes: the debrief's mood
//! across the conversation and the progress screen's scores over time. A
//! title, the scale up the side (100, 50, 0), the plot with its level
//! lines, a bar per value in its own colour, a label under each bar, the
//! title of the bottom axis and a caption.

use bevy::prelude::*;

use crate::game::fonts::Fonts;
use crate::game::theme::{palette, size, space, widget};

/// The height of the plot area.
const HEIGHT: f32 = 120.0;
/// The width of the scale's labels.
const AXIS_WIDTH: f32 = 34.0;
/// Bars: the gap between them and their widest.
const BAR_GAP: f32 = 6.0;
const BAR_MAX: f32 = 44.0;
/// Most labels under the bars; beyond it every other one is shown.
const MOST_LABELS: usize = 12;

/// What a chart shows.
pub struct BarChart {
    /// Over the plot: what the bars measure.
    pub title: String,
    /// Each bar: its value (0–100), its colour and its label underneath.
    pub bars: Vec<(f32, Color, String)>,
    /// Level lines across the plot: value and colour.
    pub lines: Vec<(f32, Color)>,
    /// Under the labels: what the bottom axis counts.
    pub x_title: String,
    /// Under everything: the figures the bars show, in words.
    pub caption: String,
}

/// Draws `chart` into `panel`.
pub fn bar_chart(commands: &mut Commands, fonts: &Fonts, panel: Entity, chart: BarChart) {
    let title = commands
        .spawn(widget::small(fonts, chart.title, palette::TEXT_MUTED))
        .id();
    let body = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(space::S),
            ..default()
        })
        .id();
    let axis = scale(commands, fonts);
    let plot = plot(commands, &chart.bars, &chart.lines);
    commands.entity(body).add_children(&[axis, plot]);
    let labels = labels(commands, fonts, &chart.bars);
    let x_title = commands
        .spawn((
            widget::small(fonts, chart.x_title, palette::TEXT_MUTED),
            Node {
                margin: UiRect::left(px(AXIS_WIDTH + space::S)),
                ..default()
            },
        ))
        .id();
    let caption = commands
        .spawn(widget::small(fonts, chart.caption, palette::TEXT_MUTED))
        .id();
    commands
        .entity(panel)
        .add_children(&[title, body, labels, x_title, caption]);
}

/// 100, 50 and 0 beside the plot, each level with its line.
fn scale(commands: &mut Commands, fonts: &Fonts) -> Entity {
    let axis = commands
        .spawn(Node {
            width: px(AXIS_WIDTH),
            height: px(HEIGHT),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    for level in [100.0, 50.0, 0.0] {
        let label = commands
            .spawn((
                widget::small(fonts, format!("{level:.0}"), palette::TEXT_MUTED),
                TextLayout::justify(Justify::Right),
                Node {
                    position_type: PositionType::Absolute,
                    right: px(0),
                    // Centred on its level: half a small line above it.
                    bottom: px(HEIGHT * level / 100.0 - size::SMALL * 0.65),
                    ..default()
                },
            ))
            .id();
        commands.entity(axis).add_child(label);
    }
    axis
}

/// The bars and the level lines.
fn plot(commands: &mut Commands, bars: &[(f32, Color, String)], lines: &[(f32, Color)]) -> Entity {
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
    for &(level, color) in lines {
        let line = commands
            .spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: px(0),
                    right: px(0),
                    bottom: px(HEIGHT * level / 100.0),
                    height: px(1),
                    ..default()
                },
                BackgroundColor(color),
            ))
            .id();
        commands.entity(plot).add_child(line);
    }
    for (value, color, _) in bars {
        let bar = commands
            .spawn((
                Node {
                    height: px((value / 100.0 * HEIGHT).max(2.0)),
                    border_radius: BorderRadius::top(px(4)),
                    ..bar_slot()
                },
                BackgroundColor(*color),
            ))
            .id();
        commands.entity(plot).add_child(bar);
    }
    plot
}

/// The room one bar takes, shared by the bars and their labels.
fn bar_slot() -> Node {
    Node {
        flex_grow: 1.0,
        flex_basis: px(0),
        max_width: px(BAR_MAX),
        ..default()
    }
}

/// Each bar's label, under it (every other one when there are many).
fn labels(commands: &mut Commands, fonts: &Fonts, bars: &[(f32, Color, String)]) -> Entity {
    let row = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(BAR_GAP),
            margin: UiRect::left(px(AXIS_WIDTH + space::S)),
            padding: UiRect::horizontal(px(space::XS)),
            ..default()
        })
        .id();
    let every = if bars.len() > MOST_LABELS { 2 } else { 1 };
    for (i, (_, _, text)) in bars.iter().enumerate() {
        let text = if i % every == 0 {
            text.clone()
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
