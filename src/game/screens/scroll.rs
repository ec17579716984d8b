//! Scrolling for screens whose content can outgrow the window (large UI
//! scale on a projector): the mouse wheel, Page Up/Down, Home/End, and
//! keeping the focused button in view.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;

/// A container that scrolls vertically.
#[derive(Component, Debug, Default)]
pub struct Scrollable;

/// The node to spawn for a scrolling area that fills the remaining space.
pub fn scroll_area() -> impl Bundle {
    (
        Scrollable,
        Node {
            flex_grow: 1.0,
            flex_basis: px(0),
            min_height: px(0),
            flex_direction: FlexDirection::Column,
            overflow: Overflow::scroll_y(),
            ..default()
        },
        ScrollPosition::default(),
    )
}

const LINE: f32 = 40.0;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (wheel_and_keys, keep_focus_in_view));
}

fn max_offset(node: &ComputedNode) -> f32 {
    ((node.content_size().y - node.size().y) * node.inverse_scale_factor()).max(0.0)
}

fn wheel_and_keys(
    mut wheel: MessageReader<MouseWheel>,
    keys: Option<Res<ButtonInput<KeyCode>>>,
    mut areas: Query<(&mut ScrollPosition, &ComputedNode), With<Scrollable>>,
) {
    let mut delta: f32 = wheel
        .read()
        .map(|w| match w.unit {
            MouseScrollUnit::Line => -w.y * LINE,
            MouseScrollUnit::Pixel => -w.y,
        })
        .sum();
    let mut jump: Option<bool> = None;
    if let Some(keys) = keys {
        if keys.just_pressed(KeyCode::PageDown) {
            delta += LINE * 8.0;
        }
        if keys.just_pressed(KeyCode::PageUp) {
            delta -= LINE * 8.0;
        }
        if keys.just_pressed(KeyCode::Home) {
            jump = Some(false);
        }
        if keys.just_pressed(KeyCode::End) {
            jump = Some(true);
        }
    }
    if delta == 0.0 && jump.is_none() {
        return;
    }
    for (mut position, node) in &mut areas {
        let max = max_offset(node);
        let y = match jump {
            Some(true) => max,
            Some(false) => 0.0,
            None => position.y + delta,
        };
        position.y = y.clamp(0.0, max);
    }
}

/// When focus moves (Tab), scrolls the focused element into view.
fn keep_focus_in_view(
    focus: Option<Res<InputFocus>>,
    mut areas: Query<
        (
            Entity,
            &mut ScrollPosition,
            &ComputedNode,
            &UiGlobalTransform,
        ),
        With<Scrollable>,
    >,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    parents: Query<&ChildOf>,
) {
    let Some(focus) = focus.filter(|f| f.is_changed()) else {
        return;
    };
    let Some(target) = focus.get() else { return };
    let Ok((node, transform)) = nodes.get(target) else {
        return;
    };
    for (area, mut position, area_node, area_transform) in &mut areas {
        if !parents.iter_ancestors(target).any(|a| a == area) {
            continue;
        }
        let scale = area_node.inverse_scale_factor();
        let top = (transform.translation.y - node.size().y / 2.0) * scale;
        let bottom = (transform.translation.y + node.size().y / 2.0) * scale;
        let area_top = (area_transform.translation.y - area_node.size().y / 2.0) * scale;
        let area_bottom = (area_transform.translation.y + area_node.size().y / 2.0) * scale;
        let margin = 12.0;
        let mut y = position.y;
        if top < area_top {
            y -= area_top - top + margin;
        } else if bottom > area_bottom {
            y += bottom - area_bottom + margin;
        }
        position.y = y.clamp(0.0, max_offset(area_node));
    }
}
