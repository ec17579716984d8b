//! The learners' records: migrations, attempts recorded reply by reply,
//! resuming (and refusing to when the scenario changed), progress, a play
//! killed with SIGKILL mid-conversation, and `last-word progress`.

mod common;

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

fn last_word(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_last-word"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAST_WORD_DATA_DIR", data)
        .env("NO_COLOR", "1");
    cmd
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

/// Waits until the output so far holds `count` prompts.
fn wait_for_prompts(out: &std::sync::Mutex<String>, count: usize) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while out.lock().unwrap().matches("Your reply (").count() < count {
        assert!(
            std::time::Instant::now() < deadline,
            "no prompt {count}: {}",
            out.lock().unwrap()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn a_play_killed_mid_conversation_keeps_every_reply_and_continues() {
    let data = tempfile::tempdir().unwrap();
    let mut child = last_word(data.path())
        .args([
            "play",
            COFFEE,
            "--seed",
            "9",
            "--no-shuffle",
            "--learner",
            "Kim",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let seen = Arc::new(std::sync::Mutex::new(String::new()));
    let reader = {
        let seen = Arc::clone(&seen);
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            let mut buf = Vec::new();
            while r.read_until(b':', &mut buf).unwrap_or(0) > 0 {
                seen.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf));
                buf.clear();
            }
        })
    };
    let mut stdin = child.stdin.take().unwrap();
    wait_for_prompts(&seen, 1);
    for (i, reply) in COFFEE_PATH[..2].iter().enumerate() {
        writeln!(stdin, "{reply}").unwrap();
        stdin.flush().unwrap();
        // The next prompt shows once the reply is recorded and shown.
        wait_for_prompts(&seen, i + 2);
    }
    child.kill().expect("SIGKILL reaches the game");
    child.wait().unwrap();
    reader.join().unwrap();

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
