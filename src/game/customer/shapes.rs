//! The portrait's drawing primitives: absolutely placed rounded boxes, a
//! rotation, and arcs for smiles, frowns and closed eyes.

use bevy::prelude::*;

use super::look::FEATURE;

/// An absolutely placed shape.
pub(super) fn shape(
    left: f32,
    top: f32,
    width: f32,
    height: f32,
    radius: BorderRadius,
    color: Color,
) -> impl Bundle {
    (
        Node {
            border_radius: radius,
            ..placed(left, top, width, height)
        },
        BackgroundColor(color),
    )
}

/// A box placed at `left`, `top` in the portrait, `width` by `height`.
fn placed(left: f32, top: f32, width: f32, height: f32) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: px(left),
        top: px(top),
        width: px(width),
        height: px(height),
        ..default()
    }
}

pub(super) fn rotated(degrees: f32) -> UiTransform {
    UiTransform {
        rotation: Rot2::degrees(degrees),
        ..default()
    }
}

/// An arc drawn as the visible edge of a rounded box: a smile (`up` false
/// draws the bottom edge) or a frown (`up` true draws the top edge).
pub(super) fn arc(
    left: f32,
    top: f32,
    width: f32,
    height: f32,
    thickness: f32,
    up: bool,
) -> impl Bundle {
    let (border, radius) = if up {
        (
            UiRect::top(px(thickness)),
            BorderRadius::top(px(width / 2.0)),
        )
    } else {
        (
            UiRect::bottom(px(thickness)),
            BorderRadius::bottom(px(width / 2.0)),
        )
    };
    (
        Node {
            border,
            border_radius: radius,
            ..placed(left, top, width, height)
        },
        BorderColor::all(FEATURE),
    )
}

/// Spawns `bundle` and remembers it as one of the parts.
pub(super) fn put(commands: &mut Commands, parts: &mut Vec<Entity>, bundle: impl Bundle) {
    parts.push(commands.spawn(bundle).id());
}

/// Puts a matching pair, left then right: eyes, cheeks. `part` draws one
/// of them at a distance from the left.
pub(super) fn pair<B: Bundle>(
    commands: &mut Commands,
    parts: &mut Vec<Entity>,
    lefts: [f32; 2],
    part: impl Fn(f32) -> B,
) {
    for left in lefts {
        put(commands, parts, part(left));
    }
}
