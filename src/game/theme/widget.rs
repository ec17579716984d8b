//! Widgets as functions: each returns a bundle to spawn. Click and keyboard
//! activation come from `bevy_ui_widgets::Button` (an `Activate` event);
//! callers attach what a button does with `observe`.

use bevy::input_focus::tab_navigation::{TabGroup, TabIndex};
use bevy::picking::hover::Hovered;
use bevy::prelude::*;
use bevy::text::LineHeight;
use bevy::ui_widgets::Button as WidgetButton;

// `ButtonKind` belongs to the styling, which reads it; callers find it here.
pub use super::interaction::ButtonKind;
use super::interaction::ThemeButton;
use super::palette;
use super::{size, space};
use crate::game::Screen;
use crate::game::fonts::Fonts;

/// The full-window root of a screen: a column, despawned when the screen
/// is left, and one tab group for keyboard focus.
pub fn screen_root(screen: Screen) -> impl Bundle {
    (
        Name::new(format!("{screen:?} screen")),
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(px(space::XL), px(space::L)),
            row_gap: px(space::M),
            ..default()
        },
        BackgroundColor(palette::BACKGROUND),
        DespawnOnExit(screen),
        TabGroup::default(),
    )
}

/// A text with the game's font.
pub fn text(
    value: impl Into<String>,
    font: &Handle<Font>,
    px_size: f32,
    color: Color,
) -> impl Bundle {
    text_of(value.into(), font.clone(), px_size, color)
}

/// A [`text`] that owns its parts, for one built from values made on the
/// spot.
pub fn text_of(
    value: String,
    font: Handle<Font>,
    px_size: f32,
    color: Color,
) -> (Text, TextFont, TextColor, LineHeight) {
    (
        Text::new(value),
        TextFont {
            font: font.into(),
            font_size: FontSize::Px(px_size),
            ..default()
        },
        TextColor(color),
        LineHeight::RelativeToFont(1.3),
    )
}

/// A coloured run inside a [`text`], for mixing colours in one paragraph.
pub fn span(
    value: impl Into<String>,
    font: &Handle<Font>,
    px_size: f32,
    color: Color,
) -> impl Bundle {
    span_of(value.into(), font.clone(), px_size, color)
}

/// A [`span`] that owns its parts.
pub fn span_of(
    value: String,
    font: Handle<Font>,
    px_size: f32,
    color: Color,
) -> (TextSpan, TextFont, TextColor) {
    (
        TextSpan::new(value),
        TextFont {
            font: font.into(),
            font_size: FontSize::Px(px_size),
            ..default()
        },
        TextColor(color),
    )
}

pub fn heading(fonts: &Fonts, value: impl Into<String>) -> impl Bundle {
    text(value, &fonts.bold, size::HEADING, palette::TEXT)
}

pub fn subheading(fonts: &Fonts, value: impl Into<String>) -> impl Bundle {
    text(value, &fonts.bold, size::SUBHEADING, palette::TEXT)
}

pub fn body(fonts: &Fonts, value: impl Into<String>) -> impl Bundle {
    text(value, &fonts.regular, size::BODY, palette::TEXT)
}

pub fn muted(fonts: &Fonts, value: impl Into<String>) -> impl Bundle {
    text(value, &fonts.regular, size::BODY, palette::TEXT_MUTED)
}

pub fn small(fonts: &Fonts, value: impl Into<String>, color: Color) -> impl Bundle {
    text(value, &fonts.regular, size::SMALL, color)
}

/// A small, muted line: a caption, a hint, an aside.
pub fn note(fonts: &Fonts, value: impl Into<String>) -> impl Bundle {
    small(fonts, value, palette::TEXT_MUTED)
}

/// A rounded panel that holds a section of a screen.
pub fn panel() -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(space::M)),
            row_gap: px(space::S),
            border_radius: BorderRadius::all(px(12)),
            ..default()
        },
        BackgroundColor(palette::SURFACE),
    )
}

/// A [`panel`] under a heading; children added later go under it.
pub fn titled_panel(fonts: &Fonts, title: impl Into<String>) -> impl Bundle {
    (panel(), children![subheading(fonts, title)])
}

/// A row of [`column`]s that wrap under each other in a narrow window.
pub fn columns() -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        flex_wrap: FlexWrap::Wrap,
        column_gap: px(space::L),
        row_gap: px(space::L),
        align_items: AlignItems::FlexStart,
        padding: UiRect::vertical(px(space::M)),
        ..default()
    }
}

/// One of [`columns`]: panels stacked, sharing the width with the others.
pub fn column() -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(space::M),
        flex_grow: 1.0,
        flex_basis: px(420),
        min_width: px(320),
        ..default()
    }
}

/// Things side by side, centred on one line.
pub fn row() -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        align_items: AlignItems::Center,
        column_gap: px(space::M),
        ..default()
    }
}

/// Lines of text stacked closely: a heading over its subtitle.
pub fn stack() -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(space::XS),
        flex_shrink: 1.0,
        ..default()
    }
}

/// Buttons side by side.
pub fn button_row() -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        column_gap: px(space::M),
        flex_shrink: 0.0,
        ..default()
    }
}

/// A panel with a coloured stripe down its left edge: a speech bubble, a
/// coaching note, an error.
pub fn callout(stripe: Color, background: Color) -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(space::XS),
            padding: UiRect::all(px(space::M)),
            border: UiRect::left(px(4)),
            border_radius: BorderRadius::all(px(12)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(background),
        BorderColor::all(stripe),
    )
}

/// A small coloured label: "Easy", "A", "Needs fixing".
pub fn chip(fonts: &Fonts, value: impl Into<String>, color: Color) -> impl Bundle {
    (
        Node {
            align_self: AlignSelf::FlexStart,
            ..chip_node()
        },
        BorderColor::all(color),
        children![text(value, &fonts.bold, size::SMALL, color)],
    )
}

/// A chip's shape, for a chip placed or sized its own way.
pub fn chip_node() -> Node {
    Node {
        padding: UiRect::axes(px(10), px(2)),
        border_radius: BorderRadius::all(px(10)),
        border: UiRect::all(px(1)),
        ..default()
    }
}

/// A wrapping row of chips.
pub fn chip_row() -> impl Bundle {
    Node {
        flex_direction: FlexDirection::Row,
        flex_wrap: FlexWrap::Wrap,
        column_gap: px(space::S),
        row_gap: px(space::XS),
        ..default()
    }
}

/// A button with a label; attach its action with `observe(|_: On<Activate>| ...)`.
pub fn button(fonts: &Fonts, label: impl Into<String>, kind: ButtonKind) -> impl Bundle {
    let color = match kind {
        ButtonKind::Primary => palette::TEXT_ON_ACCENT,
        ButtonKind::Secondary => palette::TEXT,
    };
    (
        button_base(kind),
        Node {
            padding: UiRect::axes(px(space::L), px(10)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(10)),
            min_width: px(180),
            ..default()
        },
        children![text(label, &fonts.bold, size::BODY, color)],
    )
}

/// What every button shares: activation, hover tracking, focus, styling.
pub fn button_base(kind: ButtonKind) -> impl Bundle {
    (
        WidgetButton,
        ThemeButton { kind },
        Hovered::default(),
        TabIndex(0),
        BorderColor::all(Color::NONE),
        BackgroundColor(match kind {
            ButtonKind::Primary => palette::ACCENT,
            ButtonKind::Secondary => palette::BUTTON,
        }),
    )
}

/// A horizontal bar filled to `share` (0–1) in `color`; the fill carries
/// `marker` so it can be animated.
pub fn meter(share: f32, color: Color, height: f32, marker: impl Component) -> impl Bundle {
    (
        Node {
            width: percent(100),
            height: px(height),
            border_radius: BorderRadius::all(px(height / 2.0)),
            overflow: Overflow::clip(),
            ..default()
        },
        BackgroundColor(palette::SURFACE_RAISED),
        children![(
            marker,
            Node {
                width: percent(share.clamp(0.0, 1.0) * 100.0),
                height: percent(100),
                border_radius: BorderRadius::all(px(height / 2.0)),
                ..default()
            },
            BackgroundColor(color),
        )],
    )
}
