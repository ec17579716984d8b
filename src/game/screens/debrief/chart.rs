//! The debrief's mood chart: one bar per moment of the timeline, coloured by
//! band, on labelled axes (mood 0–100 up the side, minutes since the
//! customer arrived along the bottom), with the walk-out line marked.

use bevy::prelude::*;

use crate::core::mood::{Band, GONE_BELOW};
use crate::core::session::Debrief;
use crate::game::fonts::Fonts;
use crate::game::theme::{palette, size, space, widget};
use crate::text::{band_label, minutes_number};

/// The height of the plot area.
const HEIGHT: f32 = 120.0;
/// The width of the mood axis's labels.
const AXIS_WIDTH: f32 = 34.0;
/// Bars: the gap between them and their widest.
const BAR_GAP: f32 = 6.0;
const BAR_MAX: f32 = 44.0;
/// Most minute labels under the bars; beyond it every other one is shown.
const MOST_LABELS: usize = 12;

/// The chart, its axes and a caption, for the panel `panel`.
pub(super) fn mood_chart(commands: &mut Commands, fonts: &Fonts, panel: Entity, d: &Debrief) {
    let title = commands
        .spawn(widget::small(fonts, "Mood, 0–100", palette::TEXT_MUTED))
        .id();
    let body = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(space::S),
            ..default()
        })
        .id();
    let axis = mood_axis(commands, fonts);
    let plot = plot(commands, d);
    commands.entity(body).add_children(&[axis, plot]);
    let minutes = minute_labels(commands, fonts, d);
    let x_title = commands
        .spawn((
            widget::small(
                fonts,
                "Minutes since the customer arrived",
                palette::TEXT_MUTED,
            ),
            Node {
                margin: UiRect::left(px(AXIS_WIDTH + space::S)),
                ..default()
            },
        ))
        .id();
    let caption = commands.spawn(caption(fonts, d)).id();
    commands
        .entity(panel)
        .add_children(&[title, body, minutes, x_title, caption]);
}

/// 100, 50 and 0 beside the plot, each level with its line.
fn mood_axis(commands: &mut Commands, fonts: &Fonts) -> Entity {
    let axis = commands
        .spawn(Node {
            width: px(AXIS_WIDTH),
            height: px(HEIGHT),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    for mood in [100.0, 50.0, 0.0] {
        let label = commands
            .spawn((
                widget::small(fonts, format!("{mood:.0}"), palette::TEXT_MUTED),
                TextLayout::justify(Justify::Right),
                Node {
                    position_type: PositionType::Absolute,
                    right: px(0),
                    // Centred on its level: half a small line above it.
                    bottom: px(HEIGHT * mood / 100.0 - size::SMALL * 0.65),
                    ..default()
                },
            ))
            .id();
        commands.entity(axis).add_child(label);
    }
    axis
}

/// The bars, a faint line at 50 and the walk-out line.
fn plot(commands: &mut Commands, d: &Debrief) -> Entity {
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
    let lines = [
        (50.0, palette::BORDER),
        (100.0, palette::BORDER.with_alpha(0.5)),
        (GONE_BELOW as f32, palette::BAD.with_alpha(0.6)),
    ];
    for (mood, color) in lines {
        let line = commands
            .spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: px(0),
                    right: px(0),
                    bottom: px(HEIGHT * mood / 100.0),
                    height: px(1),
                    ..default()
                },
                BackgroundColor(color),
            ))
            .id();
        commands.entity(plot).add_child(line);
    }
    for point in &d.mood_timeline {
        let bar = commands
            .spawn((
                Node {
                    height: px((point.mood as f32 / 100.0 * HEIGHT).max(2.0)),
                    border_radius: BorderRadius::top(px(4)),
                    ..bar_slot()
                },
                BackgroundColor(palette::band(point.band)),
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

/// The minute of each bar, under it.
fn minute_labels(commands: &mut Commands, fonts: &Fonts, d: &Debrief) -> Entity {
    let row = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(BAR_GAP),
            margin: UiRect::left(px(AXIS_WIDTH + space::S)),
            padding: UiRect::horizontal(px(space::XS)),
            ..default()
        })
        .id();
    let every = if d.mood_timeline.len() > MOST_LABELS {
        2
    } else {
        1
    };
    for (i, point) in d.mood_timeline.iter().enumerate() {
        let text = if i % every == 0 {
            minutes_number(point.minutes)
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

fn caption(fonts: &Fonts, d: &Debrief) -> impl Bundle {
    let first = d.mood_timeline.first().map_or(0.0, |p| p.mood);
    widget::small(
        fonts,
        format!(
            "From {:.0} ({}) to {:.0} ({}) over {:.0} minutes, {} moments. The red line is where a customer walks out.",
            first,
            band_label(Band::of(first)),
            d.final_mood,
            band_label(Band::of(d.final_mood)),
            d.minutes,
            d.mood_timeline.len()
        ),
        palette::TEXT_MUTED,
    )
}
