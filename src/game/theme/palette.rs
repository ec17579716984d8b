//! The game's colours, in one place.

use bevy::prelude::*;

use crate::core::mood::Band;

/// The window's background: a deep evening blue.
pub const BACKGROUND: Color = Color::srgb(0.090, 0.110, 0.150);
/// Cards and panels.
pub const SURFACE: Color = Color::srgb(0.133, 0.165, 0.220);
/// Panels on panels: speech bubbles, table rows.
pub const SURFACE_RAISED: Color = Color::srgb(0.173, 0.208, 0.278);
pub const BORDER: Color = Color::srgb(0.235, 0.275, 0.350);

pub const TEXT: Color = Color::srgb(0.953, 0.937, 0.902);
pub const TEXT_MUTED: Color = Color::srgb(0.655, 0.690, 0.753);
/// Text on the accent colour.
pub const TEXT_ON_ACCENT: Color = Color::srgb(0.110, 0.090, 0.080);

/// The brand colour: a warm coral.
pub const ACCENT: Color = Color::srgb(0.941, 0.478, 0.322);
pub const ACCENT_HOVER: Color = Color::srgb(0.965, 0.580, 0.435);
pub const ACCENT_PRESSED: Color = Color::srgb(0.843, 0.384, 0.239);

pub const BUTTON: Color = Color::srgb(0.196, 0.235, 0.310);
pub const BUTTON_HOVER: Color = Color::srgb(0.251, 0.298, 0.388);
pub const BUTTON_PRESSED: Color = Color::srgb(0.149, 0.184, 0.247);
/// The ring around whatever has keyboard focus.
pub const FOCUS: Color = Color::srgb(0.498, 0.702, 1.0);

pub const GOOD: Color = Color::srgb(0.298, 0.765, 0.541);
pub const WARN: Color = Color::srgb(0.949, 0.706, 0.255);
pub const BAD: Color = Color::srgb(0.898, 0.325, 0.294);

/// The colour of a mood band, from green to deep red.
pub fn band(band: Band) -> Color {
    match band {
        Band::Delighted => Color::srgb(0.298, 0.765, 0.541),
        Band::Content => Color::srgb(0.545, 0.820, 0.486),
        Band::Neutral => Color::srgb(0.851, 0.776, 0.400),
        Band::Irritated => Color::srgb(0.949, 0.647, 0.255),
        Band::Angry => Color::srgb(0.910, 0.416, 0.290),
        Band::Gone => Color::srgb(0.698, 0.227, 0.282),
    }
}

/// The colour of a grade, from green (A) to red (F).
pub fn grade(grade: char) -> Color {
    match grade {
        'A' => GOOD,
        'B' => Color::srgb(0.545, 0.820, 0.486),
        'C' => WARN,
        'D' => Color::srgb(0.910, 0.416, 0.290),
        _ => BAD,
    }
}

/// A colour for a signed number of points or dollars.
pub fn signed(value: f64) -> Color {
    if value > 0.0 {
        GOOD
    } else if value < 0.0 {
        BAD
    } else {
        TEXT_MUTED
    }
}
