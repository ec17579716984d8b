//! The screens, one plugin per file.

mod bars;
mod broken;
mod debrief;
mod learners;
mod picker;
mod play;
mod progress;
pub mod scroll;
mod settings;
mod title;
pub(crate) mod workshop;

use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use super::Screen;
use super::fonts::Fonts;
use super::theme::widget::{self, ButtonKind};

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        scroll::plugin,
        title::plugin,
        picker::plugin,
        play::plugin,
        debrief::plugin,
        settings::plugin,
        broken::plugin,
        learners::plugin,
        progress::plugin,
        workshop::plugin,
    ));
    app.add_systems(Update, escape_goes_back);
}

/// On a screen's root: where Esc (and its back button) leads.
#[derive(Component, Debug, Clone, Copy)]
pub struct BackTo(pub Screen);

/// A secondary button that leads to `screen`: back, like Esc, or on to
/// another screen.
pub fn back_button(fonts: &Fonts, label: &str, screen: Screen) -> impl Bundle {
    (
        widget::button(fonts, label, ButtonKind::Secondary),
        observe(
            move |_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                next.set(screen);
            },
        ),
    )
}

fn escape_goes_back(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    roots: Query<&BackTo>,
    mut next: ResMut<NextState<Screen>>,
) {
    if keys.is_some_and(|k| k.just_pressed(KeyCode::Escape))
        && let Some(back) = roots.iter().next()
    {
        next.set(back.0);
    }
}

/// Gives keyboard focus to `entity`, so Enter works at once; the focus ring
/// shows once the player uses the keyboard.
pub fn focus(commands: &mut Commands, entity: Entity) {
    commands.queue(move |world: &mut World| {
        if let Some(mut focus) = world.get_resource_mut::<InputFocus>() {
            focus.set(entity, bevy::input_focus::FocusCause::Navigated);
        }
    });
}

/// Shows the focus ring after keyboard navigation.
pub fn show_focus_ring(world: &mut World) {
    if let Some(mut visible) = world.get_resource_mut::<InputFocusVisible>() {
        visible.0 = true;
    }
}

/// The digit a key types, from the top row or the keypad.
pub fn digit(key: KeyCode) -> Option<u32> {
    const DIGITS: [(KeyCode, KeyCode); 10] = [
        (KeyCode::Digit0, KeyCode::Numpad0),
        (KeyCode::Digit1, KeyCode::Numpad1),
        (KeyCode::Digit2, KeyCode::Numpad2),
        (KeyCode::Digit3, KeyCode::Numpad3),
        (KeyCode::Digit4, KeyCode::Numpad4),
        (KeyCode::Digit5, KeyCode::Numpad5),
        (KeyCode::Digit6, KeyCode::Numpad6),
        (KeyCode::Digit7, KeyCode::Numpad7),
        (KeyCode::Digit8, KeyCode::Numpad8),
        (KeyCode::Digit9, KeyCode::Numpad9),
    ];
    DIGITS
        .iter()
        .position(|(a, b)| *a == key || *b == key)
        .map(|d| d as u32)
}

pub use crate::core::session::fresh_seed as new_seed;

#[cfg(test)]
pub(crate) use picker::Card;
