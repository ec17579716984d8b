//! The Bevy game: a view over the core's step API. No game rule lives here;
//! every reply goes through [`crate::core::session::Session`].
//!
//! Reads as a table of contents: the window and engine set-up, then one
//! plugin per module.

mod automation;
mod conversation;
mod customer;
mod display;
mod fonts;
mod language;
mod library;
mod records;
mod redraw;
mod screens;
mod settings;
mod theme;
mod words;
pub mod workshop;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::asset::io::AssetSourceBuilder;
use bevy::log::LogPlugin;
use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;

pub use automation::ScreenArg;

/// How the game was started from the command line.
#[derive(Debug, Clone, Resource)]
pub struct GameOptions {
    /// The folder scenarios are read from.
    pub dir: PathBuf,
    /// Open this scenario (id) straight away.
    pub scenario: Option<String>,
    /// Replies to play at once, by stable number (position in the file).
    pub choices: Vec<usize>,
    /// Shuffle the order replies are shown in, as the setting says; `false`
    /// (`--no-shuffle`) shows file order for this run whatever the setting.
    pub shuffle: bool,
    /// Save a PNG of the window here once the screen settles, then exit.
    pub screenshot: Option<PathBuf>,
    /// Which screen to capture.
    pub screen: Option<ScreenArg>,
    /// Seed for the customer's randomness.
    pub seed: Option<u64>,
    /// The window's size in logical pixels.
    pub window_size: (u32, u32),
    /// Render every frame instead of only when something changes
    /// (for comparison in the idle benchmark).
    pub continuous: bool,
    /// Measure idle CPU for this many seconds after the first interactive
    /// frame, print the figures and exit.
    pub bench_idle: Option<f64>,
    /// `last-word workshop`: open the workshop's set-up, prefilled.
    pub workshop: Option<workshop::WorkshopRequest>,
    /// `--lang`: the language for this run, whatever Settings say.
    pub language: Option<crate::text::i18n::Language>,
    /// The system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub system_language: crate::text::i18n::Language,
}

/// The screens of the game. Each spawns its root on enter with
/// `DespawnOnExit`, so nothing leaks from one screen to the next.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Picker,
    Play,
    Debrief,
    Settings,
    /// A scenario with errors: the validator's messages.
    Broken,
    /// Who is playing: pick a learner or create one.
    Learners,
    /// The learner's progress and what to play next.
    Progress,
    /// Setting up a workshop: running order, voting, teams.
    WorkshopSetup,
    /// The workshop on the projector, wherever its flow is.
    Workshop,
}

/// Opens the game window and runs until the player quits.
pub fn run(options: GameOptions) -> ExitCode {
    if let Err(message) = display::check() {
        eprintln!("{message}");
        return ExitCode::from(1);
    }
    if let Some(path) = &options.screenshot
        && let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
        && !parent.is_dir()
    {
        eprintln!(
            "error: cannot save the screenshot to {}: the folder {} does not exist",
            path.display(),
            parent.display()
        );
        return ExitCode::from(1);
    }
    let scenarios_dir = std::env::current_dir()
        .map(|cwd| cwd.join(&options.dir))
        .unwrap_or_else(|_| options.dir.clone());
    if !scenarios_dir.is_dir() {
        eprintln!(
            "{}",
            crate::text::i18n::tr_args(
                "game-no-scenarios-folder",
                &[("folder", scenarios_dir.display().to_string().into())],
            )
        );
        return ExitCode::from(1);
    }

    let mut app = App::new();
    app.register_asset_source(
        library::SOURCE,
        AssetSourceBuilder::platform_default(&scenarios_dir.to_string_lossy(), None),
    );
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Last Word".into(),
                    resolution: WindowResolution::new(options.window_size.0, options.window_size.1),
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                watch_for_changes_override: Some(true),
                ..default()
            })
            .set(LogPlugin {
                filter:
                    "warn,wgpu=error,naga=error,bevy_render=error,bevy_asset::io=error,winit=error"
                        .into(),
                ..default()
            }),
    )
    .insert_resource(if options.continuous {
        WinitSettings::game()
    } else {
        WinitSettings::desktop_app()
    })
    .insert_resource(ClearColor(theme::palette::BACKGROUND))
    .insert_resource(library::ScenariosDir(scenarios_dir))
    .insert_resource(language::GameLanguage {
        system: options.system_language,
        sets_interface: true,
        ..default()
    })
    .insert_resource(options);
    app.add_plugins(plugin);
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// The game's own plugins, without the engine's (tests add `MinimalPlugins`).
pub fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((
        fonts::plugin,
        theme::plugin,
        settings::plugin,
        language::plugin,
        library::plugin,
        records::plugin,
        conversation::plugin,
        screens::plugin,
        redraw::plugin,
        automation::plugin,
        workshop::plugin,
    ));
    app.add_systems(Startup, spawn_camera);
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}
