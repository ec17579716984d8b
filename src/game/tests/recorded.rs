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
