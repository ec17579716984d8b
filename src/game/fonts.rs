//! The game's fonts, compiled in from `assets/fonts/` (Noto, OFL): Noto Sans
//! for Latin, Greek and Cyrillic (Mongolian), and Noto Sans Devanagari
//! (Hindi) and Noto Sans Telugu as those scripts' fallbacks. Every text is
//! set in Noto Sans; the engine's layout (Parley) shapes each run of
//! another script with the face named for that script here, so Hindi and
//! Telugu come out with their conjuncts and vowel signs, mixed freely with
//! Latin digits and dollar signs in one line. The engine's built-in font is
//! ASCII-only and cannot show "—" or "é".

use bevy::prelude::*;
use bevy::text::{FontCx, load_font_assets_into_font_collection};
use parley::fontique::Script;

#[derive(Resource, Debug, Clone)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
    pub italic: Handle<Font>,
    /// The script faces, held so the engine keeps them (a font asset
    /// nothing holds a handle to is dropped).
    #[allow(dead_code, reason = "held, never read")]
    pub scripts: Vec<Handle<Font>>,
}

impl Default for Fonts {
    /// Placeholder handles for tests that never render.
    fn default() -> Self {
        Fonts {
            regular: Handle::default(),
            bold: Handle::default(),
            italic: Handle::default(),
            scripts: Vec::new(),
        }
    }
}

/// The face each script falls back to: its ISO 15924 code and the family
/// name inside the shipped file.
pub const SCRIPT_FACES: [(&str, &str, &[u8]); 2] = [
    (
        "Deva",
        "Noto Sans Devanagari",
        include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    ),
    (
        "Telu",
        "Noto Sans Telugu",
        include_bytes!("../../assets/fonts/NotoSansTelugu-Regular.ttf"),
    ),
];

/// The faces every text is set in.
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
pub const ITALIC: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Italic.ttf");

pub(super) fn plugin(app: &mut App) {
    // Without the text plugin (screen-flow tests) there is nothing to load.
    let Some(mut fonts) = app.world_mut().get_resource_mut::<Assets<Font>>() else {
        app.init_resource::<Fonts>();
        return;
    };
    let regular = fonts.add(Font::from_bytes(REGULAR.to_vec()));
    let bold = fonts.add(Font::from_bytes(BOLD.to_vec()));
    let italic = fonts.add(Font::from_bytes(ITALIC.to_vec()));
    let scripts = SCRIPT_FACES
        .iter()
        .map(|(_, _, bytes)| fonts.add(Font::from_bytes(bytes.to_vec())))
        .collect();
    app.insert_resource(Fonts {
        regular,
        bold,
        italic,
        scripts,
    });
    app.add_systems(
        PostUpdate,
        name_script_fallbacks
            .after(load_font_assets_into_font_collection)
            .before(bevy::ui::UiSystems::Prepare)
            .run_if(resource_exists::<FontCx>)
            .run_if(resource_changed::<Assets<Font>>),
    );
}

/// Once the engine has registered the shipped faces, names each as its
/// script's fallback (the engine has no system fonts to find them in). Runs
/// in the frame the fonts arrive, before any text is laid out with them,
/// and again whenever the fonts change (the engine then rebuilds its font
/// collection).
fn name_script_fallbacks(mut font_cx: ResMut<FontCx>) {
    name_fallbacks(&mut font_cx.bypass_change_detection().collection);
}

/// Names each script face registered in `collection` as its script's
/// fallback; returns how many were found.
pub fn name_fallbacks(collection: &mut parley::fontique::Collection) -> usize {
    let mut found = Vec::new();
    for (script, family, _) in SCRIPT_FACES {
        if let Some(id) = collection.family_id(family) {
            collection.set_fallbacks(script_of(script), std::iter::once(id));
            found.push(id);
        }
    }
    // A character another script's face has, laid out in a run of Latin or
    // Cyrillic, or shared by every script (the danda "।" after a figure,
    // "$500।"): any shipped face that has it.
    for shared in ["Zyyy", "Zinh", "Latn", "Cyrl"] {
        collection.set_fallbacks(script_of(shared), found.iter().copied());
    }
    found.len()
}

fn script_of(code: &str) -> Script {
    Script::from_bytes(code.as_bytes().try_into().expect("four letters"))
}

#[cfg(test)]
mod tests {
    //! The fallbacks laid out by Parley, the engine's own text layout, as
    //! the game sets them up: every character of every language's
    //! messages and scenario translations gets a real glyph (no boxes),
    //! and Devanagari and Telugu are shaped by their own faces.

    use parley::fontique::Blob;
    use parley::layout::PositionedLayoutItem;
    use parley::{FontContext, Layout, LayoutContext, StyleProperty};

    use super::*;
    use crate::text::i18n::{self, Language};

    /// A font context holding the game's faces, with its fallbacks named.
    fn context() -> FontContext {
        let mut cx = FontContext::new();
        for bytes in [REGULAR, BOLD, ITALIC]
            .into_iter()
            .chain(SCRIPT_FACES.iter().map(|(_, _, b)| *b))
        {
            cx.collection
                .register_fonts(Blob::from(bytes.to_vec()), None);
        }
        assert_eq!(name_fallbacks(&mut cx.collection), SCRIPT_FACES.len());
        cx
    }

    /// Each glyph run of `text` set in Noto Sans: the family name of the
    /// face it was set in, and its glyph ids.
    fn runs(cx: &mut FontContext, text: &str) -> Vec<(String, Vec<u32>)> {
        let mut lcx: LayoutContext<()> = LayoutContext::new();
        let mut builder = lcx.ranged_builder(cx, text, 1.0, true);
        builder.push_default(StyleProperty::FontFamily("Noto Sans".into()));
        builder.push_default(StyleProperty::FontSize(20.0));
        let mut layout: Layout<()> = builder.build(text);
        layout.break_all_lines(Some(600.0));
        let mut out = Vec::new();
        for line in layout.lines() {
            for item in line.items() {
                let PositionedLayoutItem::GlyphRun(run) = item else {
                    continue;
                };
                let font = run.run().font();
                let face = family_of(font);
                out.push((face, run.glyphs().map(|g| g.id).collect()));
            }
        }
        out
    }

    /// The family name of a laid-out face, told apart by its bytes.
    fn family_of(font: &parley::FontData) -> String {
        let bytes = font.data.data();
        if bytes == REGULAR || bytes == BOLD || bytes == ITALIC {
            return "Noto Sans".into();
        }
        SCRIPT_FACES
            .iter()
            .find(|(_, _, b)| *b == bytes)
            .map_or("another face".into(), |(_, family, _)| family.to_string())
    }

    fn glyphs_missing(runs: &[(String, Vec<u32>)]) -> usize {
        runs.iter()
            .flat_map(|(_, ids)| ids)
            .filter(|id| **id == 0)
            .count()
    }

    /// The plugin in an app with the engine's text plugin: the script faces
    /// stay loaded and become their scripts' fallbacks.
    #[test]
    fn the_game_keeps_its_script_faces_and_names_them_as_fallbacks() {
        let mut app = App::new();
        app.add_plugins((
            MinimalPlugins,
            AssetPlugin::default(),
            bevy::image::ImagePlugin::default(),
            bevy::text::TextPlugin,
        ));
        plugin(&mut app);
        for _ in 0..3 {
            app.update();
        }
        let mut font_cx = app.world_mut().resource_mut::<FontCx>();
        let collection = &mut font_cx.collection;
        for (script, family, _) in SCRIPT_FACES {
            let id = collection
                .family_id(family)
                .unwrap_or_else(|| panic!("{family} is not loaded"));
            let fallbacks: Vec<_> = collection.fallback_families(script_of(script)).collect();
            assert_eq!(fallbacks, [id], "{script}");
        }
    }

    #[test]
    fn telugu_and_devanagari_fall_back_to_their_faces_and_are_shaped() {
        let mut cx = context();
        // "Guest house" in Telugu beside Latin money, as a debrief shows it.
        let telugu = runs(&mut cx, "అతిథి గృహం: $500");
        assert!(
            telugu.iter().any(|(f, _)| f == "Noto Sans Telugu"),
            "{telugu:?}"
        );
        assert!(telugu.iter().any(|(f, _)| f == "Noto Sans"), "{telugu:?}");
        assert_eq!(glyphs_missing(&telugu), 0, "{telugu:?}");
        // A conjunct: क + ् + ष forms one glyph (क्ष) in a shaped run, so
        // the run has fewer glyphs than the text has characters.
        let hindi = runs(&mut cx, "क्षमा");
        assert_eq!(glyphs_missing(&hindi), 0, "{hindi:?}");
        let glyphs: usize = hindi.iter().map(|(_, ids)| ids.len()).sum();
        assert!(
            glyphs < "क्षमा".chars().count(),
            "not shaped: {glyphs} glyphs for {} characters",
            "क्षमा".chars().count()
        );
        assert!(hindi.iter().all(|(f, _)| f == "Noto Sans Devanagari"));
        // Without the fallback named, Telugu has no face: boxes.
        let mut bare = FontContext::new();
        bare.collection
            .register_fonts(Blob::from(REGULAR.to_vec()), None);
        assert!(glyphs_missing(&runs(&mut bare, "అతిథి")) > 0);
    }

    #[test]
    fn every_message_and_scenario_translation_has_a_glyph_for_every_character() {
        let mut cx = context();
        let mut texts: Vec<(String, String)> = Vec::new();
        for language in Language::ALL {
            for source in i18n::sources(language) {
                texts.push((format!("{} messages", language.tag()), source.to_string()));
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if crate::core::translation::is_translation_file(&path) {
                let text = std::fs::read_to_string(&path).unwrap();
                texts.push((path.display().to_string(), text));
            }
        }
        assert!(texts.len() > 36, "{} files", texts.len());
        let mut boxes = Vec::new();
        for (name, text) in texts {
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                if glyphs_missing(&runs(&mut cx, line)) > 0 {
                    boxes.push(format!("{name}: {line}"));
                }
            }
        }
        assert!(boxes.is_empty(), "boxes in:\n{}", boxes.join("\n"));
    }
}
