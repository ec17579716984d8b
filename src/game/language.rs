//! The language the game speaks: its screens (Fluent, [`crate::text::i18n`])
//! and the scenarios, shown through their translation files where one
//! exists for it (the library lays them over the originals).
//!
//! At start: `--lang` for this run, else the language chosen in Settings
//! (remembered), else the system's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else
//! English. Choosing one in Settings switches at once and is remembered;
//! "the system's" forgets the choice.

use bevy::prelude::*;

use crate::text::i18n::{self, Language};

use super::settings::Settings;

/// The language the game is shown in now.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct GameLanguage {
    pub current: Language,
    /// The system's language, what "the system's" in Settings means.
    pub system: Language,
    /// Whether this game sets the process's interface language. Only the
    /// real game does: test apps run side by side in one process, so they
    /// read [`GameLanguage::current`] and leave the shared setting alone.
    pub sets_interface: bool,
}

impl Default for GameLanguage {
    fn default() -> Self {
        GameLanguage {
            current: Language::English,
            system: Language::English,
            sets_interface: false,
        }
    }
}

impl GameLanguage {
    /// The game's language at start: `flag` (`--lang`) for this run, else
    /// the one saved in `settings`, else the system's.
    pub fn at_start(flag: Option<Language>, settings: &Settings, system: Language) -> Self {
        GameLanguage {
            current: flag.or_else(|| settings.language()).unwrap_or(system),
            system,
            sets_interface: false,
        }
    }

    /// The language `settings` ask for: the one chosen, or the system's.
    pub fn wanted(&self, settings: &Settings) -> Language {
        settings.language().unwrap_or(self.system)
    }

    /// The tag a scenario's translation file is named with, or `None` for
    /// English, the language the scenarios are written in.
    pub fn scenario_tag(&self) -> Option<&'static str> {
        (self.current != Language::English).then(|| self.current.tag())
    }
}

pub(super) fn plugin(app: &mut App) {
    let settings = app.world().resource::<Settings>().clone();
    let flag = app
        .world()
        .get_resource::<super::GameOptions>()
        .and_then(|o| o.language);
    let mut language = app
        .world()
        .get_resource::<GameLanguage>()
        .copied()
        .unwrap_or_default();
    language.current = GameLanguage::at_start(flag, &settings, language.system).current;
    if language.sets_interface {
        i18n::set_language(language.current);
    }
    app.insert_resource(language);
    app.add_systems(
        PostUpdate,
        follow_settings.run_if(resource_changed::<Settings>),
    );
}

/// Switches the language when the player chooses another in Settings (a
/// change of any other setting leaves a `--lang` of this run alone).
fn follow_settings(
    settings: Res<Settings>,
    mut language: ResMut<GameLanguage>,
    mut chosen_before: Local<Option<Option<String>>>,
) {
    let chosen = settings.language.clone();
    let first = chosen_before.is_none();
    let changed = chosen_before
        .as_ref()
        .is_some_and(|before| *before != chosen);
    *chosen_before = Some(chosen);
    if first || !changed {
        return;
    }
    let wanted = language.wanted(&settings);
    if wanted != language.current {
        language.current = wanted;
        if language.sets_interface {
            i18n::set_language(wanted);
        }
    }
}
