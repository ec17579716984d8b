//! The game's fonts, compiled in from `assets/fonts/` (Noto, OFL): Latin,
//! Greek and Cyrillic in Noto Sans, with Devanagari and Telugu faces ready.
//! The engine's built-in font is ASCII-only and cannot show "—" or "é".

use bevy::prelude::*;

#[derive(Resource, Debug, Clone)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
    pub italic: Handle<Font>,
}

impl Default for Fonts {
    /// Placeholder handles for tests that never render.
    fn default() -> Self {
        Fonts {
            regular: Handle::default(),
            bold: Handle::default(),
            italic: Handle::default(),
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    // Without the text plugin (screen-flow tests) there is nothing to load.
    let Some(mut fonts) = app.world_mut().get_resource_mut::<Assets<Font>>() else {
        app.init_resource::<Fonts>();
        return;
    };
    let regular = fonts.add(Font::from_bytes(
        include_bytes!("../../assets/fonts/NotoSans-Regular.ttf").to_vec(),
    ));
    let bold = fonts.add(Font::from_bytes(
        include_bytes!("../../assets/fonts/NotoSans-Bold.ttf").to_vec(),
    ));
    let italic = fonts.add(Font::from_bytes(
        include_bytes!("../../assets/fonts/NotoSans-Italic.ttf").to_vec(),
    ));
    // Scripts later translations need.
    fonts.add(Font::from_bytes(
        include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf").to_vec(),
    ));
    fonts.add(Font::from_bytes(
        include_bytes!("../../assets/fonts/NotoSansTelugu-Regular.ttf").to_vec(),
    ));
    app.insert_resource(Fonts {
        regular,
        bold,
        italic,
    });
}
