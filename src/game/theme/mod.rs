//! The look of the game: palette, sizes, reusable widgets and their
//! hover/press/focus styling.

pub mod interaction;
pub mod palette;
pub mod widget;

use bevy::prelude::*;

/// Text sizes in logical pixels (multiplied by the UI scale setting).
pub mod size {
    pub const TITLE: f32 = 64.0;
    pub const HEADING: f32 = 30.0;
    pub const SUBHEADING: f32 = 21.0;
    pub const BODY: f32 = 17.0;
    pub const SMALL: f32 = 14.0;
    /// The customer's spoken line.
    pub const SPEECH: f32 = 22.0;
}

/// Spacing in logical pixels.
pub mod space {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 16.0;
    pub const L: f32 = 24.0;
    pub const XL: f32 = 40.0;
}

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(interaction::plugin);
}
