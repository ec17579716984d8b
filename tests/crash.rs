//! The crash test: a scripted terminal play killed with SIGKILL at random
//! moments, again and again, in one data folder. Each round continues the
//! learner's unfinished conversation (or starts one), answers a random
//! number of replies, types one more and kills the game a random fraction
//! of a millisecond to tens of milliseconds later, while that reply is
//! being recorded, or while the game starts. After every kill:
//!
//! - the database passes SQLite's `PRAGMA integrity_check`;
//! - every reply the game had confirmed (by showing the next prompt) is
//!   recorded, and at most the reply in flight is lost;
//! - the conversation resumes where it stopped;
//! - the xAPI outbox holds exactly the statements of what was recorded:
//!   no reply without its statement, no statement without its reply, each
//!   one the same text the records build again.
//!
//! The random moments come from a fixed seed, so a failure can be replayed.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use common::live::LivePlay;
use common::outbox::{assert_outbox_matches_attempts, assert_statements_rebuild};
use last_word::core::session::Prepared;
use last_word::records::{AttemptId, AttemptSummary, Records};

const COFFEE: &str = "coffee-dry-cappuccino";
/// Replies that take the coffee scenario to an ending (without shuffling).
const PATH: [usize; 4] = [3, 2, 2, 2];
const LEARNER: &str = "Kim";
/// Kills per run.
const KILLS: usize = 20;
/// The seed of the kills' moments.
const SEED: u64 = 10;
/// The longest wait before a kill after typing a reply, in microseconds.
const LONGEST_REPLY_DELAY_US: u64 = 25_000;
/// The longest wait before a kill after starting the game, in microseconds
/// (the debug build opens the records and starts the attempt in about
/// 0.1 s).
const LONGEST_START_DELAY_US: u64 = 150_000;

fn coffee() -> Arc<Prepared> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    last_word::cli::prepare(COFFEE, &dir).expect("the scenario loads")
}

fn open(data: &Path) -> Records {
    Records::open(&data.join(last_word::records::DATABASE_FILE)).expect("the records open")
}

/// The learner's conversation to continue, if any.
fn unfinished(records: &Records) -> Option<AttemptSummary> {
    let kim = records.learner_named(LEARNER).unwrap()?;
    records.unfinished(kim.id).unwrap().into_iter().next()
}

/// The records are whole: the integrity check passes, foreign keys hold,
/// the outbox matches the attempts, and the unfinished conversation (if
/// any) resumes with its recorded replies. Returns the replies recorded
/// in it.
fn assert_whole(data: &Path, round: usize) -> Option<usize> {
    let records = open(data);
    let conn = records.connection();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "round {round}");
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0, "round {round}: rows point at nothing");
    assert_outbox_matches_attempts(&records);
    assert_statements_rebuild(&records, &coffee());
    let open = unfinished(&records)?;
    let session = records
        .resume(open.id, coffee())
        .unwrap_or_else(|e| panic!("round {round}: the attempt does not resume: {e}"));
    assert_eq!(session.choices(), &PATH[..open.replies], "round {round}");
    Some(open.replies)
}

/// Continues the learner's conversation, or starts one.
fn play(data: &Path, continuing: bool) -> LivePlay {
    if continuing {
        LivePlay::continuing(data, LEARNER)
    } else {
        LivePlay::new_conversation(data, COFFEE, 9, LEARNER)
    }
}

/// Waits a random time up to `longest` microseconds.
fn pause(rng: &mut ChaCha8Rng, longest: u64) {
    std::thread::sleep(Duration::from_micros(rng.random_range(0..=longest)));
}

/// The attempt a round recorded into: the one it continued, else the
/// learner's newest if it is newer than `latest` (none if the game was
/// killed before starting one).
fn round_attempt(
    records: &Records,
    continued: Option<AttemptId>,
    latest: Option<AttemptId>,
) -> Option<AttemptSummary> {
    if let Some(id) = continued {
        return Some(records.attempt(id).unwrap());
    }
    let kim = records.learner_named(LEARNER).unwrap()?;
    let newest = records.attempts(kim.id).unwrap().pop()?;
    (Some(newest.id) != latest).then_some(newest)
}

/// The learner's newest attempt.
fn latest(records: &Records) -> Option<AttemptId> {
    let kim = records.learner_named(LEARNER).unwrap()?;
    records.attempts(kim.id).unwrap().pop().map(|a| a.id)
}

#[test]
fn a_play_killed_at_random_moments_keeps_its_records_whole() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path();
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let (mut in_flight_kept, mut in_flight_lost, mut starting) = (0, 0, 0);
    let mut done = None;
    let mut kills = 0;
    for round in 0.. {
        if kills == KILLS {
            break;
        }
        assert!(
            round < 4 * KILLS,
            "only {kills} kills landed in {round} rounds"
        );
        let (continued, newest_before) = {
            let records = open(data);
            (unfinished(&records).map(|a| a.id), latest(&records))
        };
        let before = done.unwrap_or(0);
        let remaining = PATH.len() - before;
        let mut play = play(data, continued.is_some());
        // One round in eight is killed while the game starts, and so is one
        // that continues a conversation whose last reply is recorded (its
        // ending may be being recorded then).
        let (confirmed, typed) = if remaining == 0 || rng.random_range(0..8) == 0 {
            pause(&mut rng, LONGEST_START_DELAY_US);
            (before, before)
        } else {
            play.wait_for_prompts(1);
            let answered = rng.random_range(0..remaining);
            for i in 0..answered {
                play.reply(PATH[before + i]);
                // The next prompt shows once the reply is recorded.
                play.wait_for_prompts(i + 2);
            }
            play.reply(PATH[before + answered]);
            pause(&mut rng, LONGEST_REPLY_DELAY_US);
            (before + answered, before + answered + 1)
        };
        let killed = play.kill();
        kills += usize::from(killed);

        done = assert_whole(data, round);
        let records = open(data);
        let recorded = round_attempt(&records, continued, newest_before).map_or(0, |a| a.replies);
        assert!(
            (confirmed..=typed).contains(&recorded),
            "round {round}: {recorded} replies recorded, {confirmed} confirmed, {typed} typed"
        );
        if !killed {
            continue;
        }
        if typed == confirmed {
            starting += 1;
        } else if recorded == typed {
            in_flight_kept += 1;
        } else {
            in_flight_lost += 1;
        }
    }
    eprintln!(
        "{KILLS} kills: {starting} while starting; a reply in flight recorded {in_flight_kept} times, lost {in_flight_lost} times"
    );

    // The conversation left unfinished plays to its end: its outbox then
    // holds launched, every reply and the ending's two statements.
    let before = done.unwrap_or(0);
    let mut play = play(data, done.is_some());
    for (i, reply) in PATH[before..].iter().enumerate() {
        play.wait_for_prompts(i + 1);
        play.reply(*reply);
    }
    play.wait_for_exit();
    let records = open(data);
    assert!(unfinished(&records).is_none(), "the conversation ended");
    let total = assert_outbox_matches_attempts(&records);
    let kim = records.learner_named(LEARNER).unwrap().unwrap();
    let attempts = records.attempts(kim.id).unwrap();
    let finished = attempts.iter().filter(|a| a.finished_at.is_some()).count();
    let replies: usize = attempts.iter().map(|a| a.replies).sum();
    assert!(finished >= 1);
    assert_eq!(total, attempts.len() + replies + 2 * finished);
}

#[test]
fn a_conversation_killed_between_its_last_reply_and_its_ending_ends_on_continue() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path();
    {
        // What a kill right after the last reply's transaction leaves.
        let records = open(data);
        let kim = records.learner_for_play(Some(LEARNER)).unwrap();
        let mut session = last_word::core::session::Session::new_with(
            coffee(),
            9,
            last_word::core::session::Options {
                shuffle: false,
                ..Default::default()
            },
        );
        let attempt = records
            .start_attempt(kim.id, &session, last_word::records::Mode::Practice)
            .unwrap();
        for n in PATH {
            let c = session.choose(n).unwrap();
            records.record_step(attempt, &session, &c).unwrap();
        }
        assert_eq!(assert_outbox_matches_attempts(&records), 1 + PATH.len());
    }
    LivePlay::continuing(data, LEARNER).wait_for_exit();
    let records = open(data);
    assert!(unfinished(&records).is_none());
    assert_eq!(assert_outbox_matches_attempts(&records), 1 + PATH.len() + 2);
}
