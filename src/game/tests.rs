//! Screen-flow tests with `MinimalPlugins`: no window, no GPU. The game's
//! plugins run on a world whose scenario library is filled by hand, and the
//! tests act as the player does (actions, key presses) and look at the
//! world.

use std::path::Path;
use std::sync::Arc;

use bevy::asset::io::AssetSourceBuilder;
use bevy::input::mouse::MouseWheel;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::window::RequestRedraw;

use super::conversation::{Action, BestGrades, CurrentGame, Phase};
use super::library::{self, Library, ScenariosDir, Status};
use super::records::RecordsFile;
use super::settings::{Settings, SettingsFile, TextSpeed};
use super::{Screen, plugin};
use crate::core::load::{self, Vocabulary};
use crate::core::session::{Prepared, Session, SessionMode};

mod language;
mod learners;
mod recorded;
mod workshop;

const COFFEE: &str = "coffee-dry-cappuccino.ron";
const BROKEN: &str = "broken.ron";

fn coffee() -> Arc<Prepared> {
    shipped(COFFEE)
}

/// A scenario of the shipped library, ready to play.
fn shipped(file: &str) -> Arc<Prepared> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(file);
    let loaded = load::load_file(&path, &Vocabulary::builtin());
    Prepared::new(loaded.into_valid().expect("valid"), &Vocabulary::builtin())
}

/// The game without the engine's window, renderer or asset loading,
/// unrecorded.
fn app() -> App {
    app_recording(RecordsFile(None))
}

/// The game as [`app`], recording into this file.
fn app_recording(records: RecordsFile) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    add_game(&mut app, records);
    let mut library = app.world_mut().resource_mut::<Library>();
    library.insert_ready(COFFEE, coffee());
    let broken = load::load_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/unknown-target.ron"),
        &Vocabulary::builtin(),
    );
    assert!(broken.has_errors());
    library.insert_broken(BROKEN, broken.diagnostics.clone(), broken.source.clone());
    app.update();
    app
}

/// The game's plugins on a headless app: the input and window messages
/// they read, the player's real settings kept out, lines shown at once.
fn add_game(app: &mut App, records: RecordsFile) {
    app.add_message::<RequestRedraw>()
        .add_message::<MouseWheel>()
        .add_message::<bevy::input::keyboard::KeyboardInput>()
        .add_message::<AppExit>()
        .init_resource::<ButtonInput<KeyCode>>()
        .init_resource::<InputFocus>()
        .insert_resource(SettingsFile(None))
        .insert_resource(records);
    app.add_plugins(plugin);
    app.world_mut().resource_mut::<Settings>().text_speed = TextSpeed::Instant;
}

/// The game reading a real scenarios folder through the asset server, as
/// it does when played; returns once every file has been read.
fn app_on_folder(dir: &Path) -> App {
    let mut app = App::new();
    app.register_asset_source(
        library::SOURCE,
        AssetSourceBuilder::platform_default(&dir.to_string_lossy(), None),
    );
    app.add_plugins((MinimalPlugins, StatesPlugin, AssetPlugin::default()))
        .insert_resource(ScenariosDir(dir.to_path_buf()));
    add_game(&mut app, RecordsFile(None));
    for _ in 0..1000 {
        app.update();
        let library = app.world().resource::<Library>();
        if !library.entries.is_empty() && library.is_ready() {
            app.update();
            return app;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the scenarios folder {} did not load", dir.display());
}

/// The errors the library holds for one file.
fn broken_codes(app: &App, file: &str) -> Vec<String> {
    let library = app.world().resource::<Library>();
    match library.find_file(file).map(|e| &e.status) {
        Some(Status::Broken { diagnostics, .. }) => {
            diagnostics.iter().map(|d| d.code.to_string()).collect()
        }
        other => panic!("{file} is not broken: {other:?}"),
    }
}

/// A scenarios folder holding the coffee scenario and this `principles.ron`.
fn folder_with_coffee(principles: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let coffee = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(COFFEE);
    std::fs::copy(coffee, dir.path().join(COFFEE)).unwrap();
    std::fs::write(dir.path().join("principles.ron"), principles).unwrap();
    dir
}

/// Opens a broken file from the picker; returns the broken screen's text.
fn open_broken(app: &mut App, file: &str) -> String {
    act(
        app,
        Action::Open {
            file: file.into(),
            seed: 1,
        },
    );
    assert_eq!(screen(app), Screen::Broken);
    texts(app).join("\n")
}

fn act(app: &mut App, action: Action) {
    app.world_mut().write_message(action);
    // One update handles the action, the next applies the screen change.
    app.update();
    app.update();
}

fn press(app: &mut App, key: KeyCode) {
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(key);
    app.update();
    let mut input = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    input.release(key);
    input.clear();
    app.update();
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn game(app: &App) -> &CurrentGame {
    app.world().resource::<CurrentGame>()
}

/// Every piece of text on screen.
fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut all: Vec<String> = world
        .query::<&Text>()
        .iter(world)
        .map(|t| t.0.clone())
        .collect();
    all.extend(world.query::<&TextSpan>().iter(world).map(|t| t.0.clone()));
    all
}

/// Moves to `to` as the screens' buttons do.
fn go_to(app: &mut App, to: Screen) {
    app.world_mut().resource_mut::<NextState<Screen>>().set(to);
    app.update();
    app.update();
    assert_eq!(screen(app), to);
}

/// Goes to the picker and returns every text on it.
fn picker_texts(app: &mut App) -> String {
    go_to(app, Screen::Picker);
    texts(app).join("\n")
}

fn shows(app: &mut App, needle: &str) -> bool {
    texts(app).iter().any(|t| t.contains(needle))
}

#[test]
fn the_game_opens_on_the_title() {
    let mut app = app();
    assert_eq!(screen(&app), Screen::Title);
    assert!(shows(&mut app, "Last Word"));
    assert!(shows(&mut app, "Play"));
}

#[test]
fn the_picker_lists_every_scenario_and_marks_the_broken_one() {
    let mut app = app();
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Picker);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Picker);
    assert!(shows(&mut app, "The Dry Cappuccino"));
    assert!(shows(&mut app, "Needs fixing"));
    assert!(shows(&mut app, "5 min"));
    // Leaving the picker despawns its cards.
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Title);
    app.update();
    app.update();
    assert!(!shows(&mut app, "Needs fixing"));
}

#[test]
fn choosing_a_reply_advances_the_session() {
    let mut app = app();
    act(
        &mut app,
        Action::Open {
            file: COFFEE.into(),
            seed: 7,
        },
    );
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(game(&app).phase, Phase::Speaking);
    assert!(shows(&mut app, "Two cappuccinos. Less milk this time."));

    act(&mut app, Action::Choose(3));
    assert_eq!(game(&app).session.choices(), &[3]);
    let Phase::Feedback(c) = &game(&app).phase else {
        panic!("expected feedback after a reply");
    };
    assert!(c.mood_after > c.mood_before);
    assert!(shows(&mut app, "Coaching"));
    assert!(shows(&mut app, "Ray's shoulders come down"));

    act(&mut app, Action::Continue);
    assert_eq!(game(&app).phase, Phase::Speaking);
    assert_eq!(game(&app).session.view().unwrap().node, "making");
    assert!(shows(&mut app, "Our train's at 8:05."));
}

#[test]
fn number_keys_choose_replies() {
    // A seed that does not show the second reply of the file second.
    let seed = (1..)
        .find(|&seed| {
            Session::new(coffee(), seed)
                .view()
                .unwrap()
                .number_shown_at(2)
                != Some(2)
        })
        .unwrap();
    let mut app = app();
    act(
        &mut app,
        Action::Open {
            file: COFFEE.into(),
            seed,
        },
    );
    // A key picks the reply shown at that place; the core gets its stable
    // number.
    let view = game(&app).session.view().unwrap();
    let second = view.number_shown_at(2).unwrap();
    press(&mut app, KeyCode::Digit2);
    assert_eq!(game(&app).session.choices(), &[second]);
    assert!(matches!(game(&app).phase, Phase::Feedback(_)));
    // Numbers do nothing while the feedback is up.
    press(&mut app, KeyCode::Digit1);
    assert_eq!(game(&app).session.choices(), &[second]);
}

#[test]
fn replies_are_shuffled_by_the_seed_unless_the_setting_is_off() {
    let order = |app: &App| -> Vec<usize> {
        let view = game(app).session.view().unwrap();
        view.replies.iter().map(|r| r.number).collect()
    };
    let open = |app: &mut App, seed: u64| {
        act(
            app,
            Action::Open {
                file: COFFEE.into(),
                seed,
            },
        );
    };
    let mut app = app();
    assert!(app.world().resource::<Settings>().shuffle, "on by default");
    open(&mut app, 1);
    let one = order(&app);
    open(&mut app, 2);
    assert_ne!(
        order(&app),
        one,
        "seeds 1 and 2 order the first moment differently"
    );
    open(&mut app, 1);
    assert_eq!(order(&app), one, "the same seed, the same order");

    app.world_mut().resource_mut::<Settings>().shuffle = false;
    open(&mut app, 1);
    let file_order: Vec<usize> = (1..=one.len()).collect();
    assert_eq!(order(&app), file_order);
    assert!(!game(&app).session.options().shuffle);
}

#[test]
fn an_ending_leads_to_the_debrief() {
    let mut app = app();
    act(
        &mut app,
        Action::Open {
            file: COFFEE.into(),
            seed: 7,
        },
    );
    for number in [3, 2, 2, 2] {
        act(&mut app, Action::Choose(number));
        act(&mut app, Action::Continue);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(shows(&mut app, "Debrief: The Dry Cappuccino"));
    assert!(shows(&mut app, "Score 100/100"));
    assert!(shows(
        &mut app,
        "$15–$20 a day × 365 days = $5,475–$7,300 a year"
    ));
    assert!(shows(&mut app, "For discussion"));
    let grades = app.world().resource::<BestGrades>();
    assert_eq!(grades.0.get("coffee-dry-cappuccino"), Some(&'A'));
}

#[test]
fn the_best_path_replays_with_its_replies_highlighted() {
    let mut app = app();
    act(
        &mut app,
        Action::Open {
            file: COFFEE.into(),
            seed: 7,
        },
    );
    for number in [1, 1, 3] {
        act(&mut app, Action::Choose(number));
        act(&mut app, Action::Continue);
        if screen(&app) == Screen::Debrief {
            break;
        }
    }
    assert_eq!(screen(&app), Screen::Debrief);
    act(&mut app, Action::ShowBestPath);
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(game(&app).guided_reply(), Some(3));
    assert!(shows(&mut app, "Best path"));
    assert!(game(&app).session.choices().is_empty());
}

#[test]
fn a_broken_scenario_shows_its_errors() {
    let mut app = app();
    act(
        &mut app,
        Action::Open {
            file: BROKEN.into(),
            seed: 1,
        },
    );
    assert_eq!(screen(&app), Screen::Broken);
    assert!(!app.world().contains_resource::<CurrentGame>());
    let all = texts(&mut app).join("\n");
    assert!(all.contains("broken.ron needs fixing"), "{all}");
    assert!(all.contains("error[unknown-target]"), "{all}");
    assert!(all.contains("unknown-target.ron:"), "{all}");
    assert!(all.contains("How to fix it: did you mean"), "{all}");
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
}

#[test]
fn escape_leaves_the_conversation_without_losing_it() {
    let mut app = app();
    act(
        &mut app,
        Action::Open {
            file: COFFEE.into(),
            seed: 7,
        },
    );
    act(&mut app, Action::Choose(2));
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
    assert_eq!(game(&app).session.choices(), &[2]);
}

#[test]
fn timed_hesitation_costs_patience_through_the_core() {
    let mut app = app();
    act(
        &mut app,
        Action::Open {
            file: COFFEE.into(),
            seed: 7,
        },
    );
    let before = game(&app).session.mood();
    act(&mut app, Action::Hesitate(1.0));
    let after = game(&app).session.mood();
    assert!((before - after - 2.0).abs() < 1e-9, "{before} -> {after}");
}

#[test]
fn a_broken_principles_file_shows_its_errors_like_a_broken_scenario() {
    let dir = folder_with_coffee(
        "[ (id: \"Fix Fast\", name: \"Fix it fast\", summary: \"Solve the problem now.\") ]",
    );
    let mut app = app_on_folder(dir.path());
    assert_eq!(broken_codes(&app, "principles.ron"), ["bad-id"]);

    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Picker);
    app.update();
    app.update();
    assert!(shows(&mut app, "principles.ron"));
    assert!(shows(&mut app, "Needs fixing"));

    let all = open_broken(&mut app, "principles.ron");
    assert!(all.contains("principles.ron needs fixing"), "{all}");
    assert!(all.contains("error[bad-id]"), "{all}");
    assert!(all.contains("principles.ron:1:"), "{all}");
}

#[test]
fn a_principles_file_without_errors_is_not_listed() {
    let dir = folder_with_coffee(crate::core::load::BUILTIN_PRINCIPLES);
    let app = app_on_folder(dir.path());
    let library = app.world().resource::<Library>();
    let listed: Vec<&str> = library
        .entries
        .iter()
        .filter(|e| e.is_listed())
        .map(|e| e.file.as_str())
        .collect();
    assert_eq!(listed, [COFFEE]);
    assert!(library.find_id("coffee-dry-cappuccino").is_some());
}

#[test]
fn a_scenarios_translation_is_not_listed_as_a_scenario() {
    let dir = folder_with_coffee(crate::core::load::BUILTIN_PRINCIPLES);
    let guest = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for file in [
        "guest-house-review-fine.ron",
        "guest-house-review-fine.it.ron",
    ] {
        std::fs::copy(guest.join(file), dir.path().join(file)).unwrap();
    }
    let app = app_on_folder(dir.path());
    let library = app.world().resource::<Library>();
    let files: Vec<&str> = library.entries.iter().map(|e| e.file.as_str()).collect();
    assert!(
        !files.contains(&"guest-house-review-fine.it.ron"),
        "{files:?}"
    );
    assert!(library.find_id("guest-house-review-fine").is_some());
}

#[test]
fn a_second_file_with_the_same_scenario_id_is_broken() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/duplicate-scenario-id");
    let mut app = app_on_folder(&dir);
    let library = app.world().resource::<Library>();
    assert!(library.find_file("first.ron").unwrap().prepared().is_some());
    assert_eq!(broken_codes(&app, "second.ron"), ["duplicate-scenario-id"]);

    let all = open_broken(&mut app, "second.ron");
    assert!(all.contains("error[duplicate-scenario-id]"), "{all}");
    assert!(
        all.contains("first.ron"),
        "the message names the first file: {all}"
    );
}

/// Opens the coffee scenario with seed 7, in the mode the settings say.
fn open_coffee(app: &mut App) {
    act(
        app,
        Action::Open {
            file: COFFEE.into(),
            seed: 7,
        },
    );
}

#[test]
fn assessment_holds_the_coaching_back_until_the_debrief_reviews_it() {
    let mut app = app();
    app.world_mut().resource_mut::<Settings>().mode = SessionMode::Assessment;
    open_coffee(&mut app);
    assert_eq!(game(&app).session.mode(), SessionMode::Assessment);
    let path = coffee().best_choices();
    for &number in &path {
        act(&mut app, Action::Choose(number));
        assert!(matches!(game(&app).phase, Phase::Feedback(_)));
        assert!(shows(&mut app, "What happened"));
        assert!(
            !shows(&mut app, "Coaching"),
            "no coaching after a reply in assessment"
        );
        assert!(shows(&mut app, "wait for the debrief"));
        act(&mut app, Action::Continue);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(shows(&mut app, "Decision by decision"));
    let all = texts(&mut app).join("\n");
    let coaching = game(&app).session.review()[0].chosen.coaching.clone();
    assert!(all.contains(&coaching), "the review shows the coaching");
    assert!(
        all.contains(&format!(
            "{0} of {0} replies were the best offered.",
            path.len()
        )),
        "{all}"
    );
    assert!(
        !shows(&mut app, "Your replies"),
        "the review takes its place"
    );
}

#[test]
fn practice_coaches_at_once_and_the_best_path_is_always_practice() {
    let mut app = app();
    open_coffee(&mut app);
    act(&mut app, Action::Choose(1));
    assert!(shows(&mut app, "Coaching"));
    app.world_mut().resource_mut::<Settings>().mode = SessionMode::Assessment;
    act(&mut app, Action::ShowBestPath);
    assert_eq!(game(&app).session.mode(), SessionMode::Practice);
}
