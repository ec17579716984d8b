//! The learners' records: migrations, attempts recorded reply by reply,
//! resuming (and refusing to when the scenario changed), progress, a play
//! killed with SIGKILL mid-conversation, and `last-word progress`.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;

use common::live::{LivePlay, last_word};

use last_word::core::session::{Options, Prepared, Session, SessionMode};
use last_word::records::{ActorIdentity, AttemptId, LearnerId, Mode, Records, ResumeError, schema};

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

/// Ana's records, with her attempt at the coffee scenario (practice,
/// shuffled by `seed`) started.
fn ana_starts(seed: u64) -> (Records, LearnerId, Session, AttemptId) {
    let r = Records::in_memory().unwrap();
    let ana = r.create_learner("Ana").unwrap().id;
    let session = Session::new(coffee(), seed);
    let attempt = r.start_attempt(ana, &session, Mode::Practice).unwrap();
    (r, ana, session, attempt)
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
    // Each reply keeps the moment it answered, for the choice analytics.
    let nodes: Vec<String> = r
        .connection()
        .prepare("SELECT node FROM attempt_steps WHERE attempt_id = ?1 ORDER BY step")
        .unwrap()
        .query_map([attempt.0], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let taken: Vec<String> = session.replies().iter().map(|t| t.node.clone()).collect();
    assert_eq!(nodes, taken);
    // Its global id is a UUID, different for every attempt.
    let uuid = &open[0].uuid;
    assert!(uuid::Uuid::parse_str(uuid).is_ok(), "{uuid}");
    let bo = r.create_learner("Bo").unwrap();
    let other = r
        .start_attempt(bo.id, &Session::new(coffee(), 8), Mode::Practice)
        .unwrap();
    assert_ne!(&r.attempt(other).unwrap().uuid, uuid);

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

/// The outbox's statements for `attempt`, oldest first, as JSON.
fn statements(r: &Records, attempt: AttemptId) -> Vec<serde_json::Value> {
    let mut stmt = r
        .connection()
        .prepare("SELECT statement FROM xapi_outbox WHERE attempt_id = ?1 ORDER BY id")
        .unwrap();
    stmt.query_map([attempt.0], |row| row.get::<_, String>(0))
        .unwrap()
        .map(|json| serde_json::from_str(&json.unwrap()).unwrap())
        .collect()
}

fn verbs(statements: &[serde_json::Value]) -> Vec<&str> {
    statements
        .iter()
        .map(|s| {
            let id = s["verb"]["id"].as_str().unwrap();
            id.rsplit('/').next().unwrap()
        })
        .collect()
}

#[test]
fn every_recorded_reply_has_its_statement_and_the_ending_two_more() {
    let (r, _, mut session, attempt) = ana_starts(7);
    play_recorded(&r, attempt, &mut session, &COFFEE_PATH[..2]);
    assert_eq!(common::outbox::assert_outbox_matches_attempts(&r), 1 + 2);
    common::outbox::assert_statements_rebuild(&r, &coffee());
    play_recorded(&r, attempt, &mut session, &COFFEE_PATH[2..]);
    let debrief = session.debrief().expect("the conversation ended");
    r.finish_attempt(attempt, &debrief).unwrap();

    let n = COFFEE_PATH.len();
    assert_eq!(
        common::outbox::assert_outbox_matches_attempts(&r),
        1 + n + 2
    );
    let all = statements(&r, attempt);
    assert_eq!(
        verbs(&all),
        [
            "launched",
            "answered",
            "answered",
            "answered",
            "answered",
            "completed",
            "passed"
        ]
    );
    // The best path: every reply was the best one offered.
    for s in &all[1..=n] {
        assert_eq!(s["result"]["success"], true, "{s}");
        let chosen = s["result"]["response"].as_str().unwrap();
        let choices = s["object"]["definition"]["choices"].as_array().unwrap();
        assert!(choices.iter().any(|c| c["id"] == chosen), "{s}");
    }
    // Timestamps are the times the rows were written.
    let summary = r.attempt(attempt).unwrap();
    assert_eq!(
        all[0]["timestamp"],
        last_word::records::date::iso_timestamp(summary.started_at)
    );
    let finished = last_word::records::date::iso_timestamp(summary.finished_at.unwrap());
    assert_eq!(all[n + 2]["timestamp"], finished);
    assert_eq!(all[n + 2]["result"]["score"]["scaled"], 1.0);
    assert_eq!(all[n + 2]["actor"]["account"]["name"], "Ana");
}

#[test]
fn a_poor_attempt_fails_and_its_poor_replies_are_not_successes() {
    let r = Records::in_memory().unwrap();
    r.set_actor_identity(&ActorIdentity::Mbox {
        domain: "example.org".into(),
    })
    .unwrap();
    let ben = r.create_learner("Ben Okafor").unwrap();
    let prepared = coffee();
    let mut worst = prepared.worst_choices();
    let mut session = Session::new(prepared, 3);
    let attempt = r.start_attempt(ben.id, &session, Mode::Practice).unwrap();
    // The customer may walk out before the worst path ends.
    for (i, &n) in worst.iter().enumerate() {
        if session.is_over() {
            worst.truncate(i);
            break;
        }
        play_recorded(&r, attempt, &mut session, &[n]);
    }
    let debrief = session.debrief().expect("the conversation ended");
    assert!(debrief.score < r.pass_mark(COFFEE).unwrap());
    r.finish_attempt(attempt, &debrief).unwrap();

    assert_eq!(
        common::outbox::assert_outbox_matches_attempts(&r),
        1 + worst.len() + 2
    );
    let all = statements(&r, attempt);
    assert_eq!(verbs(&all).last(), Some(&"failed"));
    assert_eq!(all.last().unwrap()["result"]["success"], false);
    assert!(all.iter().any(|s| s["result"]["success"] == false && s["verb"]["display"]["en-US"] == "answered"));
    assert_eq!(all[0]["actor"]["mbox"], "mailto:ben.okafor@example.org");
}

#[test]
fn a_statement_that_cannot_be_queued_leaves_its_reply_unrecorded() {
    let (r, ana, mut session, attempt) = ana_starts(5);
    play_recorded(&r, attempt, &mut session, &COFFEE_PATH[..1]);
    // The outbox refuses every statement from now on.
    r.connection()
        .execute_batch(
            "CREATE TRIGGER outbox_full BEFORE INSERT ON xapi_outbox
             BEGIN SELECT RAISE(ABORT, 'the outbox is full'); END;",
        )
        .unwrap();
    let c = session.choose(COFFEE_PATH[1]).unwrap();
    let err = r.record_step(attempt, &session, &c).unwrap_err();
    assert!(err.to_string().contains("the outbox is full"), "{err}");
    assert_eq!(
        r.attempt(attempt).unwrap().replies,
        1,
        "the reply rolled back"
    );
    let fresh = Session::new(coffee(), 6);
    r.start_attempt(ana, &fresh, Mode::Practice).unwrap_err();
    assert_eq!(
        r.attempts(ana).unwrap().len(),
        1,
        "no attempt without `launched`"
    );
    assert_eq!(common::outbox::assert_outbox_matches_attempts(&r), 1 + 1);
}

#[test]
fn a_step_out_of_order_is_refused() {
    let (r, ana, mut session, attempt) = ana_starts(1);
    session.choose(3).unwrap();
    // The first reply was never recorded: the second cannot follow it.
    let second = session.choose(2).unwrap();
    r.record_step(attempt, &session, &second).unwrap_err();
    assert_eq!(r.attempt(attempt).unwrap().replies, 0);
    assert_eq!(r.outbox_counts().unwrap().waiting, 1, "only `launched`");
    // And a session already under way cannot start an attempt.
    assert!(r.start_attempt(ana, &session, Mode::Practice).is_err());
}

#[test]
fn an_unfinished_attempt_resumes_where_it_stopped() {
    let (r, _, mut session, attempt) = ana_starts(42);
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
    std::fs::copy(
        scenarios().join("principles.ron"),
        dir.path().join("principles.ron"),
    )
    .unwrap();
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

/// `last-word progress --json` on the records in `data`.
fn progress_json(data: &Path) -> serde_json::Value {
    let out = last_word(data)
        .args(["progress", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_play_killed_mid_conversation_keeps_every_reply_and_continues() {
    let data = tempfile::tempdir().unwrap();
    let mut play = LivePlay::new_conversation(data.path(), COFFEE, 9, "Kim");
    play.wait_for_prompts(1);
    for (i, reply) in COFFEE_PATH[..2].iter().enumerate() {
        play.reply(*reply);
        // The next prompt shows once the reply is recorded and shown.
        play.wait_for_prompts(i + 2);
    }
    assert!(play.kill(), "the game was still running");

    let records = Records::open(&data.path().join("records.sqlite3")).unwrap();
    let check: String = records
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let kim = records.learner_named("Kim").unwrap().expect("recorded");
    let open = records.unfinished(kim.id).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].replies, 2);
    let session = records.resume(open[0].id, coffee()).unwrap();
    assert_eq!(session.choices(), &COFFEE_PATH[..2]);
    drop(records);

    // The terminal continues it to the end, in the same attempt.
    let mut child = last_word(data.path())
        .args(["play", "--continue"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let rest: String = COFFEE_PATH[2..].iter().map(|n| format!("{n}\n")).collect();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(rest.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(text.contains("(continued after reply 2)"), "{text}");
    assert!(text.contains("Recorded for Kim"), "{text}");
    let records = Records::open(&data.path().join("records.sqlite3")).unwrap();
    let all = records.attempts(kim.id).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].replies, COFFEE_PATH.len());
    assert_eq!(all[0].score, Some(100));
}

#[test]
fn progress_as_json_adds_up_the_recorded_plays() {
    let data = tempfile::tempdir().unwrap();
    let plays: [(u64, &[usize]); 2] = [(1, &COFFEE_PATH), (3, &[1, 2, 3, 2, 3])];
    let mut expected = std::collections::BTreeMap::<String, (i64, i64)>::new();
    let mut scores = Vec::new();
    for (seed, replies) in plays {
        let choices: Vec<String> = replies.iter().map(|n| n.to_string()).collect();
        common::play_recorded(data.path(), "Lee", COFFEE, seed, &choices.join(","));
        // The same play in-process, for the figures to expect.
        let mut session = Session::new(coffee(), seed);
        for &n in replies {
            session.choose(n).unwrap();
        }
        let d = session.debrief().expect("the replies reach an ending");
        scores.push(d.score);
        for p in d.principles {
            let e = expected.entry(p.id).or_default();
            e.0 += p.earned;
            e.1 += p.best;
        }
    }
    let v = progress_json(data.path());
    assert_eq!(v["learner"]["name"], "Lee");
    let s = &v["scenarios"][0];
    assert_eq!(s["scenario"], COFFEE);
    assert_eq!(s["attempts"], 2);
    assert_eq!(s["finished"], 2);
    let best = *scores.iter().max().unwrap();
    assert_eq!(best, 100);
    assert_eq!(s["best_score"], best);
    assert_eq!(s["best_grade"], "A");
    assert_eq!(s["pass_mark"], 80);
    assert_eq!(s["mastered"], true);
    let got: std::collections::BTreeMap<String, (i64, i64)> = v["principles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_string(),
                (p["earned"].as_i64().unwrap(), p["best"].as_i64().unwrap()),
            )
        })
        .collect();
    assert_eq!(got, expected);
    assert_eq!(v["unfinished"], serde_json::json!([]));

    // The same as text; an unknown learner is an error naming the known.
    let text = last_word(data.path()).arg("progress").output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Progress of Lee"), "{text}");
    assert!(text.contains("1 of 1 mastered"), "{text}");
    assert!(text.contains("best 100 (A)"), "{text}");
    let unknown = last_word(data.path())
        .args(["progress", "--learner", "Zed"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("the learners are: Lee"));
}

#[test]
fn progress_shows_attempts_over_time_trends_and_what_to_play_next() {
    let data = tempfile::tempdir().unwrap();
    // Nobody yet: the easiest scenario, as the list sorts them.
    let v = progress_json(data.path());
    assert_eq!(v["learner"], serde_json::Value::Null);
    assert_eq!(v["recommendation"]["reason"]["rule"], "first_steps");
    assert_eq!(v["recommendation"]["reason"]["difficulty"], "Easy");

    // A bad first try, then the best path; then a bad try elsewhere.
    common::play_recorded(data.path(), "Ana", COFFEE, 4, "1,2,3,2,3");
    common::play_recorded(data.path(), "Ana", COFFEE, 4, "3,2,2,2");
    common::play_recorded(data.path(), "Ana", "not-following-our-process", 4, "1,2,1");
    let v = progress_json(data.path());

    // Attempts over time, in the order played.
    let history: Vec<(String, u64)> = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["scenario"].as_str().unwrap().to_string(),
                a["score"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(history.len(), 3);
    assert_eq!(history[0].0, COFFEE);
    assert_eq!(history[1], (COFFEE.to_string(), 100));
    assert!(history[0].1 < 100);
    assert_eq!(history[2].0, "not-following-our-process");

    // Every principle carries a trend; those met twice (the coffee's,
    // played twice) have both halves' shares, and the trend follows them.
    let mut compared = 0;
    for p in v["principles"].as_array().unwrap() {
        let (Some(earlier), Some(later)) = (p["earlier_share"].as_f64(), p["later_share"].as_f64())
        else {
            assert_eq!(p["trend"], "too_few", "{p}");
            continue;
        };
        let expected = if later - earlier >= 0.1 {
            "improving"
        } else if later - earlier <= -0.1 {
            "slipping"
        } else {
            "steady"
        };
        assert_eq!(p["trend"], expected, "{p}");
        compared += 1;
    }
    assert!(compared > 0, "{}", v["principles"]);

    // Mastered out of the whole library.
    let library = last_word::core::load::load_paths(&[scenarios()]);
    let ids: Vec<String> = library
        .scenarios
        .iter()
        .filter_map(|l| l.valid().map(|s| s.id.clone()))
        .collect();
    assert_eq!(v["library"], ids.len());
    assert_eq!(v["mastered"], 1);

    // The recommendation: the weakest principle among those with a share,
    // and the unmastered scenario whose best path earns most in it.
    let r = &v["recommendation"];
    assert_eq!(r["kind"], "play");
    assert_eq!(r["reason"]["rule"], "weakest_principle");
    let share = |p: &serde_json::Value| p["earned"].as_f64().unwrap() / p["best"].as_f64().unwrap();
    let weakest = v["principles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["best"].as_i64().unwrap() > 0)
        .map(share)
        .fold(f64::INFINITY, f64::min);
    assert_eq!(r["reason"]["share"].as_f64().unwrap(), weakest);
    let principle = r["reason"]["principle"].as_str().unwrap();
    let teaches = |id: &str| {
        prepare(id, &scenarios())
            .best_principles
            .get(principle)
            .copied()
            .unwrap_or(0)
    };
    let chosen = r["scenario"].as_str().unwrap();
    assert_ne!(chosen, COFFEE, "mastered");
    assert_eq!(r["reason"]["scenario_points"], teaches(chosen));
    for id in ids.iter().filter(|id| *id != COFFEE) {
        assert!(
            teaches(id) <= teaches(chosen),
            "{id} teaches {principle} more"
        );
    }
    let sentence = r["sentence"].as_str().unwrap();
    assert!(sentence.contains("Your weakest principle is"), "{sentence}");

    // The same as text.
    let text = last_word(data.path()).arg("progress").output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Attempts over time (3 finished, oldest first)"),
        "{text}"
    );
    assert!(
        text.contains(&format!("1 of {} scenarios mastered", ids.len())),
        "{text}"
    );
    assert!(
        text.contains(&format!("play it with: last-word play {chosen}")),
        "{text}"
    );
    assert!(text.contains("Your weakest principle is"), "{text}");
}

#[test]
fn replies_are_recorded_while_another_program_writes_the_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.sqlite3");
    let r = Records::open(&path).unwrap();
    let ana = r.create_learner("Ana").unwrap();
    // Another program (the LRS sender) marking statements as it goes.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let other = {
        let (path, stop) = (path.clone(), stop.clone());
        std::thread::spawn(move || {
            let sender = Records::open(&path).unwrap();
            let mut writes = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let due = sender.outbox_due(i64::MAX, 5).unwrap();
                let ids: Vec<i64> = due.iter().map(|i| i.id).collect();
                sender.outbox_defer(&ids, "the LRS is busy", 0).unwrap();
                writes += 1;
                // As a sender does between rounds (back to back, it would
                // starve the other writer, which no real program does).
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            writes
        })
    };
    for seed in 0..12 {
        let mut session = Session::new(coffee(), seed);
        let attempt = r.start_attempt(ana.id, &session, Mode::Practice).unwrap();
        play_recorded(&r, attempt, &mut session, &COFFEE_PATH);
        r.finish_attempt(attempt, &session.debrief().unwrap())
            .unwrap();
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(other.join().unwrap() > 0);
    let counts = r.outbox_counts().unwrap();
    assert_eq!(counts.waiting, 12 * (1 + COFFEE_PATH.len() as u64 + 2));
}
