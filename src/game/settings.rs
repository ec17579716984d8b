//! The player's settings: UI scale, text speed, timed mode, shuffled
//! replies, practice or assessment, fullscreen.
//! Remembered between runs in the user's config folder
//! (`settings.ron`; `LAST_WORD_CONFIG_DIR` overrides the folder).

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::window::{MonitorSelection, PrimaryWindow, WindowMode};
use serde::{Deserialize, Serialize};

use crate::core::session::{Options, SessionMode};

/// The UI scales offered: a room projector needs large text.
pub const UI_SCALES: [f32; 4] = [1.0, 1.25, 1.5, 2.0];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSpeed {
    Slow,
    Normal,
    Fast,
    Instant,
}

impl TextSpeed {
    pub const ALL: [TextSpeed; 4] = [
        TextSpeed::Slow,
        TextSpeed::Normal,
        TextSpeed::Fast,
        TextSpeed::Instant,
    ];

    /// Characters revealed per second; `None` shows the line at once.
    pub fn chars_per_second(self) -> Option<f32> {
        match self {
            TextSpeed::Slow => Some(25.0),
            TextSpeed::Normal => Some(50.0),
            TextSpeed::Fast => Some(110.0),
            TextSpeed::Instant => None,
        }
    }

    /// The speed's name on the settings screen, in the current language.
    pub fn label(self) -> &'static str {
        crate::text::i18n::tr(match self {
            TextSpeed::Slow => "settings-speed-slow",
            TextSpeed::Normal => "settings-speed-normal",
            TextSpeed::Fast => "settings-speed-fast",
            TextSpeed::Instant => "settings-speed-instant",
        })
    }
}

#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub ui_scale: f32,
    pub text_speed: TextSpeed,
    /// The customer's patience drains while the player thinks.
    pub timed: bool,
    /// Each conversation shows the replies in its own order; off, in the
    /// scenario's order (for a workshop that talks about "reply 2").
    pub shuffle: bool,
    /// Practice (coaching after every reply) or assessment (coaching held
    /// back until the debrief's review); new conversations start in it.
    pub mode: SessionMode,
    pub fullscreen: bool,
    /// The language chosen in Settings (a tag: `te`); `None` follows the
    /// system's.
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ui_scale: 1.0,
            text_speed: TextSpeed::Normal,
            timed: false,
            shuffle: true,
            mode: SessionMode::Practice,
            fullscreen: false,
            language: None,
        }
    }
}

impl Settings {
    /// The language chosen, if it is one the game speaks.
    pub fn language(&self) -> Option<crate::text::i18n::Language> {
        self.language
            .as_deref()
            .and_then(crate::text::i18n::Language::from_tag)
    }

    /// How a new conversation is played: shuffled if the setting says so
    /// and the command line did not turn it off (`--no-shuffle`).
    pub fn session_options(&self, options: Option<&crate::game::GameOptions>) -> Options {
        Options {
            shuffle: self.shuffle && options.is_none_or(|o| o.shuffle),
            mode: self.mode,
        }
    }
}

/// The file settings are read from and saved to; `None` keeps them in
/// memory only (tests, systems without a config folder).
#[derive(Resource, Debug, Clone)]
pub struct SettingsFile(pub Option<PathBuf>);

/// Where settings are kept, if the system has a config folder.
pub fn settings_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("LAST_WORD_CONFIG_DIR") {
        return Some(PathBuf::from(dir).join("settings.ron"));
    }
    directories::ProjectDirs::from("", "", "last-word").map(|d| d.config_dir().join("settings.ron"))
}

/// Reads saved settings; anything unreadable falls back to the defaults
/// (and says so), so a damaged file never stops the game. A file that does
/// not parse is set aside as `settings.ron.corrupt` for a look, so saving
/// the defaults later does not silently overwrite it.
pub fn load(file: &SettingsFile) -> Settings {
    let Some(path) = &file.0 else {
        return Settings::default();
    };
    match std::fs::read_to_string(path) {
        Ok(text) => match ron::from_str::<Settings>(&text) {
            Ok(mut s) => {
                if !UI_SCALES.contains(&s.ui_scale) {
                    s.ui_scale = 1.0;
                }
                s
            }
            Err(e) => {
                match crate::records::files::set_aside(path) {
                    Ok(aside) => warn!(
                        "unreadable settings in {} ({e}); using the defaults, the old file is kept as {}",
                        path.display(),
                        aside.display()
                    ),
                    Err(io) => warn!(
                        "unreadable settings in {} ({e}), and they could not be set aside ({io}); using the defaults",
                        path.display()
                    ),
                }
                Settings::default()
            }
        },
        Err(_) => Settings::default(),
    }
}

/// Writes the settings atomically (a crash mid-write leaves the old file);
/// a failure is reported, not fatal.
pub fn save(settings: &Settings, file: &SettingsFile) {
    let Some(path) = &file.0 else { return };
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
        .expect("settings serialise");
    if let Err(e) = crate::records::files::write_atomic(path, text.as_bytes()) {
        warn!("could not save settings to {}: {e}", path.display());
    }
}

pub(super) fn plugin(app: &mut App) {
    if !app.world().contains_resource::<SettingsFile>() {
        app.insert_resource(SettingsFile(settings_path()));
    }
    let settings = load(app.world().resource::<SettingsFile>());
    app.insert_resource(settings);
    app.add_systems(
        PostUpdate,
        (apply_settings, save_settings).run_if(resource_changed::<Settings>),
    );
}

fn apply_settings(
    settings: Res<Settings>,
    mut scale: Option<ResMut<UiScale>>,
    mut window: Query<&mut Window, With<PrimaryWindow>>,
) {
    if let Some(scale) = scale.as_mut()
        && scale.0 != settings.ui_scale
    {
        scale.0 = settings.ui_scale;
    }
    if let Ok(mut window) = window.single_mut() {
        let mode = if settings.fullscreen {
            WindowMode::BorderlessFullscreen(MonitorSelection::Current)
        } else {
            WindowMode::Windowed
        };
        if window.mode != mode {
            window.mode = mode;
        }
    }
}

fn save_settings(
    settings: Res<Settings>,
    file: Res<SettingsFile>,
    options: Option<Res<crate::game::GameOptions>>,
) {
    // Scripted runs (screenshots) leave the player's settings alone.
    let scripted = options.is_some_and(|o| o.screenshot.is_some() || o.bench_idle.is_some());
    if !settings.is_added() && !scripted {
        save(&settings, &file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::{Language, with_language};

    #[test]
    fn text_speeds_are_named_in_the_language_shown() {
        let names = |language| with_language(language, || TextSpeed::ALL.map(TextSpeed::label));
        assert_eq!(
            names(Language::English),
            ["Slow", "Normal", "Fast", "Instant"]
        );
        assert_eq!(names(Language::Italian)[0], "Lenta");
        for language in Language::ALL {
            let names = names(language);
            for (i, name) in names.iter().enumerate() {
                assert!(!names[..i].contains(name), "{language:?}: {name} twice");
            }
        }
    }

    #[test]
    fn a_corrupt_settings_file_is_set_aside_not_overwritten() {
        let (dir, path) = crate::records::files::scratch("settings.ron");
        std::fs::write(&path, "(ui_scale: 1.5, text_speed: Sluggish)").unwrap();
        let file = SettingsFile(Some(path.clone()));
        assert_eq!(load(&file), Settings::default());
        let aside = dir.path().join("settings.ron.corrupt");
        assert_eq!(
            std::fs::read_to_string(aside).unwrap(),
            "(ui_scale: 1.5, text_speed: Sluggish)"
        );
        save(&Settings::default(), &file);
        assert_eq!(load(&file), Settings::default());
        assert!(!dir.path().join("settings.ron.corrupt.corrupt").exists());
    }
}
