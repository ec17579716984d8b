//! Hover, press and focus styling for every button: the kinds of button,
//! one component, one system. The widgets build on this file; it needs
//! nothing from them.

use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::picking::hover::Hovered;
use bevy::prelude::*;
use bevy::ui::Pressed;

use super::palette;

/// How a button looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonKind {
    /// The main action on a screen.
    Primary,
    /// Everything else.
    Secondary,
}

/// Marks a button styled by the theme.
#[derive(Component, Debug, Clone, Copy)]
pub struct ThemeButton {
    pub kind: ButtonKind,
}

/// A button that stands out on its own (the best path's reply); the
/// styling keeps its border in this colour.
#[derive(Component, Debug, Clone, Copy)]
pub struct Highlight(pub Color);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostUpdate, style_buttons);
}

/// What the styling reads and writes on each button.
type ButtonParts = (
    Entity,
    &'static ThemeButton,
    &'static Hovered,
    Has<Pressed>,
    Option<&'static Highlight>,
    &'static mut BackgroundColor,
    &'static mut BorderColor,
);

fn style_buttons(
    focus: Option<Res<InputFocus>>,
    focus_visible: Option<Res<InputFocusVisible>>,
    mut buttons: Query<ButtonParts>,
) {
    let focused = focus.as_ref().and_then(|f| f.get());
    let show_focus = focus_visible.is_some_and(|v| v.0);
    for (entity, button, hovered, pressed, highlight, mut background, mut border) in &mut buttons {
        let hovered = hovered.get();
        let color = match (button.kind, pressed, hovered) {
            (ButtonKind::Primary, true, _) => palette::ACCENT_PRESSED,
            (ButtonKind::Primary, false, true) => palette::ACCENT_HOVER,
            (ButtonKind::Primary, false, false) => palette::ACCENT,
            (ButtonKind::Secondary, true, _) => palette::BUTTON_PRESSED,
            (ButtonKind::Secondary, false, true) => palette::BUTTON_HOVER,
            (ButtonKind::Secondary, false, false) => palette::BUTTON,
        };
        background.set_if_neq(BackgroundColor(color));
        let edge = if show_focus && focused == Some(entity) {
            palette::FOCUS
        } else if let Some(Highlight(c)) = highlight {
            *c
        } else if hovered {
            palette::BORDER
        } else {
            Color::NONE
        };
        border.set_if_neq(BorderColor::all(edge));
    }
}
