//! The screens, one plugin per file.

mod broken;
mod debrief;
mod picker;
mod play;
pub mod scroll;
mod settings;
mod title;

use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        scroll::plugin,
        title::plugin,
        picker::plugin,
        play::plugin,
        debrief::plugin,
        settings::plugin,
        broken::plugin,
    ));
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

/// A fresh seed for a new customer.
pub fn new_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64 % 1_000_000)
}
