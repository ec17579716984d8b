//! The learners' records: migrations, attempts recorded reply by reply,
//! resuming (and refusing to when the scenario changed), progress, a play
//! killed with SIGKILL mid-conversation, and `last-word progress`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use last_word::core::session::{Options, Prepared, Session, SessionMode};
use last_word::records::{Mode, Records, ResumeError, schema};

const COFFEE: &str = "coffee-dry-cappuccino";
/// Replies that take the coffee scenario to an ending.
const COFFEE_PATH: [usize; 4] = [3, 2, 2, 2];

fn scenarios() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn prepare(what: &str, dir: &Path) -> Arc<Prepared> {
    last_word::cli::prepare(what, dir).expect("the scenario loads")
}

fn coffee() -> Arc<Prepared> {
    prepare(COFFEE, &scenarios())
}

/// Plays `replies`, recording each; returns the session.
fn play_recorded(
    records: &Records,
    attempt: last_word::records::AttemptId,
    session: &mut Session,
    replies: &[usize],
) {
    for &n in replies {
        let c = session.choose(n).expect("the reply is offered");
        records.record_step(attempt, session, &c).unwrap();
    }
}

#[test]
fn an_empty_file_is_migrated_and_reopens_with_its_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.sqlite3");
    std::fs::write(&path, b"").unwrap();
    {
        let r = Records::open(&path).unwrap();
        assert_eq!(schema::version(r.connection()).unwrap(), schema::VERSION);
        r.learner_for_play(Some("Ana")).unwrap();
    }
    let r = Records::open(&path).unwrap();
    assert_eq!(schema::version(r.connection()).unwrap(), schema::VERSION);
    assert_eq!(r.last_learner().unwrap().unwrap().name, "Ana");
}

#[test]
fn an_attempt_is_recorded_reply_by_reply_and_finished_from_the_debrief() {
    let r = Records::in_memory().unwrap();
    let ana = r.create_learner("Ana").unwrap();
    let options = Options {
        shuffle: true,
        mode: SessionMode::Assessment,
    };
    let mut session = Session::new_with(coffee(), 7, options);
    let attempt = r
        .start_attempt(ana.id, &session, Mode::of(options))
        .unwrap();
    play_recorded(&r, attempt, &mut session, &COFFEE_PATH[..2]);

    let open = r.unfinished(ana.id).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!((open[0].id, open[0].replies), (attempt, 2));
    assert_eq!(open[0].mode, Mode::Assessment);

    // Points are kept in assessment too, where the consequences hide them.
    let points: i64 = r
        .connection()
        .query_row(
            "SELECT sum(points) FROM attempt_steps WHERE attempt_id = ?1",
            [attempt.0],
            |row| row.get(0),
        )
        .unwrap();
    let expected: i64 = session.replies().iter().map(|t| t.points).sum();
    assert_eq!(points, expected);

    play_recorded(&r, attempt, &mut session, &COFFEE_PATH[2..]);
    let debrief = session.debrief().expect("the path reaches an ending");
    r.finish_attempt(attempt, &debrief).unwrap();
    assert!(r.unfinished(ana.id).unwrap().is_empty());
    let done = r.attempt(attempt).unwrap();
    assert_eq!(done.score, Some(debrief.score));
    assert_eq!(done.grade, Some(debrief.grade));
    assert_eq!(done.replies, COFFEE_PATH.len());

    let progress = r.progress(&ana).unwrap();
    assert_eq!(progress.scenarios.len(), 1);
    let s = &progress.scenarios[0];
    assert_eq!((s.attempts, s.finished), (1, 1));
    assert_eq!(s.best_score, Some(debrief.score));
    assert_eq!(s.mastered, debrief.score >= 80);
    let earned: i64 = progress.principles.iter().map(|p| p.earned).sum();
    assert_eq!(
        earned,
        debrief.principles.iter().map(|p| p.earned).sum::<i64>()
    );
}

#[test]
fn a_step_out_of_order_is_refused() {
    let r = Records::in_memory().unwrap();
    let ana = r.create_learner("Ana").unwrap();
    let mut session = Session::new(coffee(), 1);
    let attempt = r.start_attempt(ana.id, &session, Mode::Practice).unwrap();
    session.choose(3).unwrap();
    // The first reply was never recorded: the second cannot follow it.
    let second = session.choose(2).unwrap();
    r.record_step(attempt, &session, &second).unwrap_err();
    assert_eq!(r.attempt(attempt).unwrap().replies, 0);
    // And a session already under way cannot start an attempt.
    assert!(r.start_attempt(ana.id, &session, Mode::Practice).is_err());
}

#[test]
fn an_unfinished_attempt_resumes_where_it_stopped() {
    let r = Records::in_memory().unwrap();
    let ana = r.create_learner("Ana").unwrap();
    let mut session = Session::new(coffee(), 42);
    let attempt = r.start_attempt(ana.id, &session, Mode::Practice).unwrap();
    play_recorded(&r, attempt, &mut session, &COFFEE_PATH[..2]);
    let resumed = r.resume(attempt, coffee()).unwrap();
    assert_eq!(resumed.choices(), &COFFEE_PATH[..2]);
    assert_eq!(resumed.view(), session.view());
    assert_eq!(resumed.seed(), 42);
}

#[test]
fn an_edited_scenario_refuses_to_resume_and_keeps_the_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("coffee.ron");
    std::fs::copy(scenarios().join("principles.ron"), dir.path().join("principles.ron")).unwrap();
    let original = std::fs::read_to_string(scenarios().join(format!("{COFFEE}.ron"))).unwrap();
    std::fs::write(&file, &original).unwrap();
    let path = file.to_str().unwrap();

    let r = Records::in_memory().unwrap();
    let ana = r.create_learner("Ana").unwrap();
    let mut session = Session::new(prepare(path, dir.path()), 5);
    let attempt = r.start_attempt(ana.id, &session, Mode::Practice).unwrap();
    play_recorded(&r, attempt, &mut session, &COFFEE_PATH[..1]);

    // A trainer rewords the customer's first line.
    let edited = original.replacen("line: \"", "line: \"Well. ", 1);
    assert_ne!(edited, original);
    std::fs::write(&file, edited).unwrap();
    let err = r
        .resume(attempt, prepare(path, dir.path()))
        .expect_err("the scenario changed");
    assert!(
        matches!(&err, ResumeError::ScenarioChanged { scenario, .. } if scenario == COFFEE),
        "{err:?}"
    );
    assert!(err.to_string().contains("has been edited"), "{err}");
    assert!(err.to_string().contains("stays in your history"), "{err}");
    assert_eq!(r.attempts(ana.id).unwrap().len(), 1);
    assert_eq!(r.attempt(attempt).unwrap().replies, 1);
}

#[test]
fn the_pass_mark_decides_mastery_per_scenario_or_globally() {
    let r = Records::in_memory().unwrap();
    assert_eq!(r.pass_mark(COFFEE).unwrap(), 80);
    r.set_pass_mark(None, 60).unwrap();
    assert_eq!(r.pass_mark(COFFEE).unwrap(), 60);
    r.set_pass_mark(Some(COFFEE), 95).unwrap();
    assert_eq!(r.pass_mark(COFFEE).unwrap(), 95);
    assert_eq!(r.pass_mark("faulty-cd").unwrap(), 60);
}
