//! The game records its plays: each conversation an attempt in the
//! learners' records, reply by reply, in a scratch data folder.

use bevy::prelude::*;

use super::super::records::{GameRecords, RecordsFile};
use super::*;
use crate::records::{AttemptSummary, Mode, Records, files};

/// The game recording into a scratch database; the folder lives as long
/// as the returned guard.
fn recording_app() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let (dir, path) = files::scratch("records.sqlite3");
    let app = app_recording(RecordsFile(Some(path.clone())));
    (dir, path, app)
}

/// The attempts recorded in the file, read by a second connection as
/// another program would.
fn recorded(path: &std::path::Path) -> Vec<AttemptSummary> {
    let records = Records::open(path).unwrap();
    let learner = records.last_learner().unwrap().expect("a learner");
    records.attempts(learner.id).unwrap()
}

#[test]
fn every_reply_is_recorded_as_it_is_played() {
    let (_dir, path, mut app) = recording_app();
    open_coffee(&mut app);
    assert_eq!(recorded(&path).len(), 1);
    assert_eq!(recorded(&path)[0].replies, 0);
    act(&mut app, Action::Choose(2));
    let attempts = recorded(&path);
    assert_eq!(attempts[0].scenario, coffee().scenario.id);
    assert_eq!(attempts[0].seed, 7);
    assert_eq!(attempts[0].mode, Mode::Practice);
    assert_eq!(attempts[0].replies, 1);
    assert_eq!(attempts[0].finished_at, None);
}

#[test]
fn the_debrief_finishes_the_attempt_with_its_grade() {
    let (_dir, path, mut app) = recording_app();
    app.world_mut().resource_mut::<Settings>().mode = SessionMode::Assessment;
    open_coffee(&mut app);
    for number in coffee().best_choices() {
        act(&mut app, Action::Choose(number));
        act(&mut app, Action::Continue);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    let attempt = &recorded(&path)[0];
    assert_eq!(attempt.mode, Mode::Assessment);
    assert!(attempt.finished_at.is_some());
    assert_eq!(attempt.replies, coffee().best_choices().len());
    assert_eq!(attempt.grade, Some('A'));
    assert_eq!(app.world().resource::<GameRecords>().attempt(), None);
}

#[test]
fn waits_in_timed_mode_are_recorded() {
    let (_dir, path, mut app) = recording_app();
    open_coffee(&mut app);
    act(&mut app, Action::Hesitate(1.0));
    let records = Records::open(&path).unwrap();
    let saved = records.saved_session(recorded(&path)[0].id).unwrap();
    assert_eq!(saved.hesitations.len(), 1, "{saved:?}");
}

#[test]
fn the_best_path_shown_is_not_an_attempt() {
    let (_dir, path, mut app) = recording_app();
    open_coffee(&mut app);
    act(&mut app, Action::ShowBestPath);
    assert_eq!(recorded(&path).len(), 1);
    act(&mut app, Action::Replay { seed: 3 });
    assert_eq!(recorded(&path).len(), 2);
}

#[test]
fn records_that_cannot_be_opened_leave_the_game_playable_unrecorded() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the database file should be.
    let mut app = app_recording(RecordsFile(Some(dir.path().to_path_buf())));
    assert!(app.world().resource::<GameRecords>().learner().is_none());
    open_coffee(&mut app);
    act(&mut app, Action::Choose(2));
    assert_eq!(game(&app).session.choices(), &[2]);
}

/// Activates the focused button, as Enter does.
fn activate_focused(app: &mut App) {
    let entity = app
        .world()
        .resource::<InputFocus>()
        .get()
        .expect("something focused");
    app.world_mut()
        .trigger(bevy::ui_widgets::Activate { entity });
    app.update();
    app.update();
}

/// The text of the focused button.
fn focused_label(app: &mut App) -> String {
    let entity = app.world().resource::<InputFocus>().get().expect("focus");
    let world = app.world_mut();
    let children: Vec<Entity> = world
        .get::<Children>(entity)
        .map(|c| c.iter().collect())
        .unwrap_or_default();
    children
        .into_iter()
        .find_map(|c| world.get::<Text>(c).map(|t| t.0.clone()))
        .unwrap_or_default()
}

/// Plays reply 2 of the coffee scenario, then leaves with Esc.
fn leave_after_one_reply(app: &mut App) {
    open_coffee(app);
    act(app, Action::Choose(2));
    act(app, Action::Continue);
    press(app, KeyCode::Escape);
    assert_eq!(screen(app), Screen::Picker);
}

#[test]
fn esc_keeps_the_conversation_and_the_title_continues_it_in_a_new_run() {
    let (_dir, path, mut app) = recording_app();
    leave_after_one_reply(&mut app);
    assert_eq!(recorded(&path)[0].finished_at, None);
    drop(app);

    let mut app = app_recording(RecordsFile(Some(path.clone())));
    assert_eq!(screen(&app), Screen::Title);
    assert!(shows(&mut app, "The Dry Cappuccino, after 1 reply"));
    assert_eq!(focused_label(&mut app), "Continue");
    activate_focused(&mut app);
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(game(&app).session.choices(), &[2]);
    assert_eq!(game(&app).session.seed(), 7);
    // Recording goes on into the same attempt.
    act(&mut app, Action::Choose(coffee().best_choices()[1]));
    let attempts = recorded(&path);
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].replies, 2);
}

#[test]
fn a_scenario_edited_since_says_why_it_cannot_continue() {
    let (_dir, path, mut app) = recording_app();
    leave_after_one_reply(&mut app);
    drop(app);
    Records::open(&path)
        .unwrap()
        .connection()
        .execute("UPDATE attempts SET fingerprint = 'an older version'", [])
        .unwrap();

    let mut app = app_recording(RecordsFile(Some(path.clone())));
    assert_eq!(focused_label(&mut app), "Continue");
    activate_focused(&mut app);
    assert_eq!(screen(&app), Screen::Title);
    assert!(shows(&mut app, "has been edited since you left it"));
    assert!(!shows(&mut app, "Continue"));
    // Kept in the history, no longer offered.
    let attempts = recorded(&path);
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].replies, 1);
    // The notice is said once.
    act(
        &mut app,
        Action::Open {
            file: COFFEE.into(),
            seed: 1,
        },
    );
    go_to(&mut app, Screen::Title);
    assert!(!shows(&mut app, "has been edited"));
}

#[test]
fn the_picker_shows_the_recorded_best_grade_and_mastery_in_the_next_run() {
    let (_dir, path, mut app) = recording_app();
    leave_after_one_reply(&mut app);
    drop(app);
    let mut app = app_recording(RecordsFile(Some(path.clone())));
    assert!(
        !picker_texts(&mut app).contains("Best:"),
        "unfinished: no grade"
    );

    open_coffee(&mut app);
    for number in coffee().best_choices() {
        act(&mut app, Action::Choose(number));
        act(&mut app, Action::Continue);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    drop(app);

    let mut app = app_recording(RecordsFile(Some(path.clone())));
    let shown = picker_texts(&mut app);
    assert!(shown.contains("Best: A"), "{shown}");
    assert!(shown.contains("Mastered"), "{shown}");

    // A trainer's pass mark above the best score: not mastered yet.
    let records = Records::open(&path).unwrap();
    records
        .connection()
        .execute("UPDATE attempts SET score = 85", [])
        .unwrap();
    records
        .set_pass_mark(Some(&coffee().scenario.id), 90)
        .unwrap();
    let mut app = app_recording(RecordsFile(Some(path.clone())));
    let shown = picker_texts(&mut app);
    assert!(shown.contains("Best: B"), "{shown}");
    assert!(!shown.contains("Mastered"), "{shown}");
}

/// An LRS on loopback that stores every batch (answers 200) and counts the
/// statements it was sent.
fn accepting_lrs() -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    use std::sync::atomic::Ordering;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let received = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = received.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut request = Vec::new();
            let mut chunk = [0u8; 65536];
            // Read the head, then the body to its Content-Length.
            let body = loop {
                let n = stream.read(&mut chunk).unwrap_or(0);
                request.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&request).into_owned();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length: usize = head
                        .lines()
                        .find_map(|l| {
                            l.to_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    if body.len() >= length || n == 0 {
                        break body.to_string();
                    }
                } else if n == 0 {
                    break String::new();
                }
            };
            let batch: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap_or_default();
            count.fetch_add(batch.len(), Ordering::SeqCst);
            let ids: Vec<&serde_json::Value> = batch.iter().map(|s| &s["id"]).collect();
            let answer = serde_json::to_string(&ids).unwrap();
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
        }
    });
    (format!("http://{address}/xAPI/"), received)
}

#[test]
fn the_game_sends_its_statements_to_the_lrs_as_it_records_them() {
    let (endpoint, received) = accepting_lrs();
    let (_dir, path) = files::scratch("records.sqlite3");
    Records::open(&path)
        .unwrap()
        .set_lrs_settings(Some(&crate::records::LrsSettings {
            endpoint,
            key: "k".into(),
            secret: "s".into(),
        }))
        .unwrap();
    let mut app = app_recording(RecordsFile(Some(path.clone())));
    open_coffee(&mut app);
    for number in coffee().best_choices() {
        act(&mut app, Action::Choose(number));
        act(&mut app, Action::Continue);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    // launched, one per reply, completed and passed.
    let expected = 1 + coffee().best_choices().len() + 2;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let records = Records::open(&path).unwrap();
    while records.outbox_counts().unwrap().sent < expected as u64 {
        assert!(
            std::time::Instant::now() < deadline,
            "sent: {:?}, status: {:?}",
            records.outbox_counts().unwrap(),
            app.world().resource::<GameRecords>().sender_status()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(records.outbox_counts().unwrap().waiting, 0);
    assert_eq!(
        received.load(std::sync::atomic::Ordering::SeqCst),
        expected,
        "each statement sent once"
    );
}
