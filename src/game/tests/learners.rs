//! Who is playing and what they see: the learner screen at the first
//! start, creating and switching learners, the progress screen's
//! recommendation and the picker's "Play next", all from the records in a
//! scratch data folder.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;

use super::super::records::{GameRecords, RecordsFile};
use super::*;
use crate::records::{LibraryScenario, Mode, Records, files, learners::default_name, outlook};
use crate::text::progress::{mastered_line, next_sentence};

const FAULTY: &str = "faulty-cd.ron";

fn faulty() -> Arc<Prepared> {
    shipped(FAULTY)
}

/// The game on the records at `path`, with a second scenario in its
/// library so there is a choice of what to play next.
fn app_on(path: &Path) -> App {
    let mut app = app_recording(RecordsFile(Some(path.to_path_buf())));
    app.world_mut()
        .resource_mut::<Library>()
        .insert_ready(FAULTY, faulty());
    app.update();
    app
}

/// Types `text` as key presses, then presses Enter.
fn type_and_enter(app: &mut App, text: &str) {
    let window = Entity::PLACEHOLDER;
    let key = |logical_key: Key, key_code: KeyCode| KeyboardInput {
        key_code,
        logical_key,
        state: ButtonState::Pressed,
        text: None,
        repeat: false,
        window,
    };
    for c in text.chars() {
        let k = if c == ' ' {
            key(Key::Space, KeyCode::Space)
        } else {
            key(Key::Character(c.to_string().into()), KeyCode::KeyA)
        };
        app.world_mut().write_message(k);
        app.update();
    }
    app.world_mut()
        .write_message(key(Key::Enter, KeyCode::Enter));
    app.update();
    app.update();
}

/// Activates the button whose label is `label`, as a click does.
fn click(app: &mut App, label: &str) {
    let world = app.world_mut();
    let button = world
        .query::<(&Text, &ChildOf)>()
        .iter(world)
        .find(|(t, _)| t.0 == label)
        .map(|(_, parent)| parent.parent())
        .unwrap_or_else(|| panic!("no button `{label}`"));
    world.trigger(bevy::ui_widgets::Activate { entity: button });
    app.update();
    app.update();
}

/// Records a finished attempt of `prepared` along `replies` for `name`.
fn record_play(path: &Path, name: &str, prepared: Arc<Prepared>, replies: &[usize]) {
    let records = Records::open(path).unwrap();
    let learner = records.learner_for_play(Some(name)).unwrap();
    let mut session = Session::new(prepared, 1);
    let attempt = records
        .start_attempt(learner.id, &session, Mode::Practice)
        .unwrap();
    // The worst path may lose the customer before its end.
    for &n in replies {
        if session.is_over() {
            break;
        }
        let c = session.choose(n).unwrap();
        records.record_step(attempt, &session, &c).unwrap();
    }
    let debrief = session.debrief().expect("the replies reach an ending");
    records.finish_attempt(attempt, &debrief).unwrap();
}

fn playing(app: &App) -> Option<String> {
    app.world()
        .resource::<GameRecords>()
        .learner()
        .map(|l| l.name.clone())
}

#[test]
fn the_first_start_asks_who_is_playing_and_a_typed_name_becomes_the_learner() {
    let (_dir, path) = files::scratch("records.sqlite3");
    let mut app = app_on(&path);
    assert_eq!(screen(&app), Screen::Learners);
    assert!(shows(&mut app, "Nobody yet"));
    assert_eq!(playing(&app), None);

    // Nothing typed: said, not panicked; still asking.
    type_and_enter(&mut app, "");
    assert_eq!(screen(&app), Screen::Learners);
    assert!(
        shows(&mut app, "A learner needs a name"),
        "{:?}",
        texts(&mut app)
    );

    type_and_enter(&mut app, "Zoe K");
    assert_eq!(screen(&app), Screen::Title);
    assert_eq!(playing(&app).as_deref(), Some("Zoe K"));
    assert!(shows(&mut app, "Playing as "));
    assert!(shows(&mut app, "Zoe K"));
    // Remembered for the next start, which goes straight to the title.
    let records = Records::open(&path).unwrap();
    assert_eq!(records.last_learner().unwrap().unwrap().name, "Zoe K");
    drop(app);
    let app = app_on(&path);
    assert_eq!(screen(&app), Screen::Title);
    assert_eq!(playing(&app).as_deref(), Some("Zoe K"));
}

#[test]
fn a_taken_name_is_refused_with_the_reason() {
    let (_dir, path) = files::scratch("records.sqlite3");
    Records::open(&path)
        .unwrap()
        .learner_for_play(Some("Ana"))
        .unwrap();
    let mut app = app_on(&path);
    go_to(&mut app, Screen::Learners);
    type_and_enter(&mut app, "ana");
    assert_eq!(screen(&app), Screen::Learners);
    assert!(shows(
        &mut app,
        "There is already a learner called Ana; pick them from the list"
    ));
    let records = Records::open(&path).unwrap();
    assert_eq!(records.learners().unwrap().len(), 1);
}

#[test]
fn skipping_the_first_question_plays_as_the_system_user() {
    let (_dir, path) = files::scratch("records.sqlite3");
    let mut app = app_on(&path);
    assert_eq!(screen(&app), Screen::Learners);
    assert!(shows(&mut app, "Skip (Esc)"));
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title);
    assert_eq!(playing(&app), Some(default_name()));
}

#[test]
fn switching_learner_shows_the_other_ones_record() {
    let (_dir, path) = files::scratch("records.sqlite3");
    record_play(&path, "Ben", coffee(), &coffee().best_choices());
    record_play(&path, "Ana", coffee(), &coffee().worst_choices());
    let mut app = app_on(&path);
    assert_eq!(playing(&app).as_deref(), Some("Ana"));
    assert!(picker_texts(&mut app).contains("Best: F"));

    go_to(&mut app, Screen::Title);
    click(&mut app, "Change learner");
    assert_eq!(screen(&app), Screen::Learners);
    assert!(shows(&mut app, "Playing now"));
    click(&mut app, "Ben");
    assert_eq!(screen(&app), Screen::Title);
    assert_eq!(playing(&app).as_deref(), Some("Ben"));
    assert!(shows(&mut app, "Ben"));
    let shown = picker_texts(&mut app);
    assert!(shown.contains("Best: A"), "{shown}");
    assert!(!shown.contains("Best: F"), "{shown}");
    // The next start plays as Ben.
    let records = Records::open(&path).unwrap();
    assert_eq!(records.last_learner().unwrap().unwrap().name, "Ben");
}

/// The outlook the records give for `name` against the test library.
fn expected_outlook(path: &Path, name: &str) -> crate::records::Outlook {
    let records = Records::open(path).unwrap();
    let learner = records.learner_named(name).unwrap().unwrap();
    let progress = records.progress(&learner).unwrap();
    let library = [
        LibraryScenario::of(&coffee()),
        LibraryScenario::of(&faulty()),
    ];
    outlook(Some(&progress), &library)
}

#[test]
fn the_progress_screen_recommends_from_the_records_and_plays_it() {
    let (_dir, path) = files::scratch("records.sqlite3");
    record_play(&path, "Ana", coffee(), &coffee().worst_choices());
    record_play(&path, "Ana", coffee(), &coffee().best_choices());
    record_play(&path, "Ana", faulty(), &faulty().worst_choices());
    let expected = expected_outlook(&path, "Ana");
    let crate::records::Next::Play {
        scenario, title, ..
    } = &expected.next
    else {
        panic!("something to play: {expected:?}");
    };
    assert_eq!(scenario, &faulty().scenario.id, "coffee is mastered");

    let mut app = app_on(&path);
    go_to(&mut app, Screen::Title);
    click(&mut app, "Progress");
    assert_eq!(screen(&app), Screen::Progress);
    assert!(shows(&mut app, "Progress of Ana"));
    assert!(shows(&mut app, &next_sentence(&expected)));
    assert!(shows(&mut app, &mastered_line(&expected)));
    assert!(shows(&mut app, "1 of 2 scenarios mastered"));
    // The chart of attempts: three finished, in order.
    assert!(shows(&mut app, "Attempts 1–3 of 3"));
    assert!(shows(&mut app, "Principle by principle"));

    click(&mut app, &format!("Play \u{201c}{title}\u{201d}"));
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(game(&app).session.scenario().id, *scenario);
}

/// The texts inside the picker card for `file`.
fn card_texts(app: &mut App, file: &str) -> Vec<String> {
    let world = app.world_mut();
    let card = world
        .query::<(Entity, &crate::game::screens::Card)>()
        .iter(world)
        .find(|(_, c)| c.0 == file)
        .map(|(e, _)| e)
        .expect("a card");
    let mut found = Vec::new();
    let mut stack = vec![card];
    while let Some(e) = stack.pop() {
        if let Some(t) = world.get::<Text>(e) {
            found.push(t.0.clone());
        }
        if let Some(children) = world.get::<Children>(e) {
            stack.extend(children.iter());
        }
    }
    found
}

#[test]
fn the_picker_marks_the_recommended_scenario_play_next() {
    let (_dir, path) = files::scratch("records.sqlite3");
    record_play(&path, "Ana", coffee(), &coffee().best_choices());
    let mut app = app_on(&path);
    picker_texts(&mut app);
    assert!(card_texts(&mut app, FAULTY).contains(&"Play next".to_string()));
    assert!(!card_texts(&mut app, COFFEE).contains(&"Play next".to_string()));

    // Once the faulty CD is mastered too, nothing is marked.
    record_play(&path, "Ana", faulty(), &faulty().best_choices());
    let mut app = app_on(&path);
    let shown = picker_texts(&mut app);
    assert!(!shown.contains("Play next"), "{shown}");
}

#[test]
fn unrecorded_the_progress_screen_says_so() {
    let mut app = app();
    go_to(&mut app, Screen::Progress);
    assert!(shows(&mut app, "Progress is not being recorded"));
    // What to play next still comes from the library: nothing finished.
    assert!(shows(&mut app, "You have not finished a scenario yet"));
}
