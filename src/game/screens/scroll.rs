//! Scrolling for screens whose content can outgrow the window (large UI
//! scale on a projector): the mouse wheel, Page Up/Down, Home/End, and
//! keeping the focused button in view. [`scroll_frame`] adds what shows
//! that there is more: a scrollbar, and a "more below" hint over a fade at
//! the bottom while content is hidden there.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui::{UiGlobalTransform, UiSystems};
use bevy::ui_widgets::{ControlOrientation, Scrollbar, ScrollbarThumb};

use crate::game::fonts::Fonts;
use crate::game::theme::{palette, size, space, widget};
use crate::text::i18n::tr;

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

/// Over a scroll area's bottom edge while content is hidden below it.
#[derive(Component, Debug)]
struct MoreBelow {
    area: Entity,
}

/// The scrollbar's width.
const BAR_WIDTH: f32 = 10.0;

/// A scroll area inside a frame that shows when there is more: a scrollbar
/// beside it (drag it, or use the wheel and keys) and a "More below" hint
/// over a fade at its bottom. Spawn the frame where the area would go and
/// the content into the area; returns `(frame, area)`.
pub fn scroll_frame(commands: &mut Commands, fonts: &Fonts) -> (Entity, Entity) {
    let frame = commands
        .spawn(Node {
            flex_grow: 1.0,
            flex_basis: px(0),
            min_height: px(0),
            flex_direction: FlexDirection::Row,
            column_gap: px(space::S),
            ..default()
        })
        .id();
    let area = commands.spawn(scroll_area()).id();
    let bar = commands
        .spawn((
            Node {
                width: px(BAR_WIDTH),
                flex_shrink: 0.0,
                border_radius: BorderRadius::all(px(BAR_WIDTH / 2.0)),
                ..default()
            },
            BackgroundColor(palette::SURFACE),
            Scrollbar::new(area, ControlOrientation::Vertical, 32.0),
            Visibility::Hidden,
            children![(
                BackgroundColor(palette::TEXT_MUTED),
                ScrollbarThumb {
                    border_radius: BorderRadius::all(px(BAR_WIDTH / 2.0)),
                    border: UiRect::ZERO,
                },
            )],
        ))
        .id();
    let hint = commands.spawn(more_below(fonts, area)).id();
    commands.entity(frame).add_children(&[area, bar, hint]);
    (frame, area)
}

/// The fade and the pill saying there is more below.
fn more_below(fonts: &Fonts, area: Entity) -> impl Bundle {
    let fade = LinearGradient::to_bottom(vec![
        ColorStop::new(palette::BACKGROUND.with_alpha(0.0), percent(0)),
        ColorStop::new(palette::BACKGROUND, percent(80)),
    ]);
    (
        MoreBelow { area },
        Node {
            position_type: PositionType::Absolute,
            left: px(0),
            right: px(BAR_WIDTH + space::S),
            bottom: px(0),
            height: px(64),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::FlexEnd,
            ..default()
        },
        BackgroundGradient::from(fade),
        Pickable::IGNORE,
        Visibility::Hidden,
        children![(
            Node {
                padding: UiRect::axes(px(space::M), px(space::XS)),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(12)),
                ..default()
            },
            BackgroundColor(palette::SURFACE_RAISED),
            BorderColor::all(palette::BORDER),
            Pickable::IGNORE,
            children![(
                widget::text(
                    tr("scroll-more-below"),
                    &fonts.bold,
                    size::SMALL,
                    palette::TEXT,
                ),
                Pickable::IGNORE,
            )],
        )],
    )
}

const LINE: f32 = 40.0;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (wheel_and_keys, keep_focus_in_view))
        .add_systems(
            PostUpdate,
            show_what_is_hidden
                .in_set(UiSystems::PostLayout)
                .before(bevy::camera::visibility::VisibilitySystems::VisibilityPropagate),
        );
}

/// Shows the scrollbar while the content overflows, and the "more below"
/// hint until the bottom is in view; runs after layout, so a frame shows
/// the state it lays out.
fn show_what_is_hidden(
    areas: Query<(&ScrollPosition, &ComputedNode), With<Scrollable>>,
    mut hints: Query<(&MoreBelow, &mut Visibility), Without<Scrollbar>>,
    mut bars: Query<(&Scrollbar, &mut Visibility), Without<MoreBelow>>,
) {
    let shown = |yes: bool| {
        if yes {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        }
    };
    for (bar, mut visibility) in &mut bars {
        if let Ok((_, node)) = areas.get(bar.target) {
            visibility.set_if_neq(shown(max_offset(node) > 0.5));
        }
    }
    for (hint, mut visibility) in &mut hints {
        if let Ok((position, node)) = areas.get(hint.area) {
            visibility.set_if_neq(shown(position.y < max_offset(node) - 2.0));
        }
    }
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
