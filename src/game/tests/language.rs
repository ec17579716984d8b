//! The game's language: chosen in Settings, it switches the scenarios to
//! their translations at once; editing a translation shows; "the system's"
//! goes back; a partial translation marks what it lacks.

use super::*;
use crate::game::language::GameLanguage;
use crate::text::i18n::Language;

const GUEST_HOUSE: &str = "guest-house-review-fine";

/// A scenarios folder with the guest-house scenario and its Telugu
/// translation as shipped.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for file in [
        format!("{GUEST_HOUSE}.ron"),
        format!("{GUEST_HOUSE}.te.ron"),
    ] {
        std::fs::copy(shipped.join(&file), dir.path().join(&file)).unwrap();
    }
    dir
}

fn shown_title(app: &App) -> String {
    app.world()
        .resource::<Library>()
        .find_id(GUEST_HOUSE)
        .expect("loaded")
        .title()
}

/// Runs frames until `title` is shown, or fails after a while.
fn until_title(app: &mut App, title: &str) {
    for _ in 0..200 {
        app.update();
        if shown_title(app) == title {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the title stayed {:?}, not {title:?}", shown_title(app));
}

fn choose(app: &mut App, language: Option<&str>) {
    app.world_mut().resource_mut::<Settings>().language = language.map(String::from);
    app.update();
}

#[test]
fn choosing_telugu_in_settings_shows_the_scenario_in_telugu_and_back() {
    let dir = folder();
    let mut app = app_on_folder(dir.path());
    assert_eq!(shown_title(&app), "The $500 Review");
    assert_eq!(
        app.world().resource::<GameLanguage>().current,
        Language::English
    );

    choose(&mut app, Some("te"));
    assert_eq!(
        app.world().resource::<GameLanguage>().current,
        Language::Telugu
    );
    until_title(&mut app, "$500 సమీక్ష");
    let entry = app
        .world()
        .resource::<Library>()
        .find_id(GUEST_HOUSE)
        .unwrap();
    let scenario = &entry.prepared().unwrap().scenario;
    let translated = scenario.translated.as_ref().expect("shown translated");
    assert_eq!(translated.language, "te");
    assert!(translated.untranslated.is_empty(), "{translated:?}");

    // The translator edits the title: it shows without a restart.
    let file = dir.path().join(format!("{GUEST_HOUSE}.te.ron"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("$500 సమీక్ష", "$500 జరిమానా సమీక్ష")).unwrap();
    until_title(&mut app, "$500 జరిమానా సమీక్ష");

    // The system's language (English in a test) again.
    choose(&mut app, None);
    assert_eq!(
        app.world().resource::<GameLanguage>().current,
        Language::English
    );
    until_title(&mut app, "The $500 Review");
}

#[test]
fn a_translation_with_errors_leaves_the_original_playing() {
    let dir = folder();
    std::fs::write(
        dir.path().join(format!("{GUEST_HOUSE}.te.ron")),
        "Translation(texts: { \"title\": (text: 5) })",
    )
    .unwrap();
    let mut app = app_on_folder(dir.path());
    choose(&mut app, Some("te"));
    for _ in 0..5 {
        app.update();
    }
    assert_eq!(shown_title(&app), "The $500 Review");
    let entry = app
        .world()
        .resource::<Library>()
        .find_id(GUEST_HOUSE)
        .unwrap();
    assert!(entry.prepared().unwrap().scenario.translated.is_none());
}

#[test]
fn a_partial_translation_plays_and_marks_the_texts_it_lacks() {
    let dir = folder();
    // Only the title translated: the customer's line and the replies are
    // shown as written, and the play screen says so.
    std::fs::write(
        dir.path().join(format!("{GUEST_HOUSE}.te.ron")),
        "Translation(texts: { \"title\": (text: \"$500 సమీక్ష\", from: \"2dce536d\") })",
    )
    .unwrap();
    let mut app = app_on_folder(dir.path());
    choose(&mut app, Some("te"));
    until_title(&mut app, "$500 సమీక్ష");
    let file = app
        .world()
        .resource::<Library>()
        .find_id(GUEST_HOUSE)
        .unwrap()
        .file
        .clone();
    act(&mut app, Action::Open { file, seed: 1 });
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Play);
    // The interface stays English in a test app (it never sets the
    // process's language): the note is in English.
    assert!(shows(&mut app, "Not translated yet, shown as written"));
    assert!(shows(&mut app, "replies 1, 2"), "{:?}", texts(&mut app));
}
