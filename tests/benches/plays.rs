//! Recorded plays for the report's benchmark, its tests and its
//! screenshot: learners of different skill playing the scenario library,
//! each reply recorded through the real [`Records`] API, as the game and
//! the terminal record them.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use last_word::core::load;
use last_word::core::session::{Options, Prepared, Session, SessionMode};
use last_word::records::{Mode, Records};

/// The longest conversation played before it is left unfinished.
const MAX_REPLIES: usize = 40;

/// Every valid scenario of the shipped library.
pub fn library() -> Vec<Arc<Prepared>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let (vocabulary, _) = load::vocabulary_for(&dir);
    load::load_paths(&[dir])
        .scenarios
        .into_iter()
        .filter_map(|l| l.into_valid())
        .map(|v| Prepared::new(v, &vocabulary))
        .collect()
}

/// Records `count` plays by `learners` (created if new) across `library`,
/// drawn from `seed`. Learner `i` of `n` takes the best reply offered with
/// a probability from 30% (the first) to 90% (the last), else one at
/// random; one play in ten is left unfinished part-way, one in five is an
/// assessment.
pub fn record_plays(
    records: &Records,
    library: &[Arc<Prepared>],
    learners: &[&str],
    count: usize,
    seed: u64,
) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let ids: Vec<_> = learners
        .iter()
        .map(|n| records.create_learner(n).expect("a learner").id)
        .collect();
    for i in 0..count {
        let who = i % ids.len();
        let skill = 0.3 + 0.6 * who as f64 / (ids.len().max(2) - 1) as f64;
        let prepared = &library[rng.random_range(0..library.len())];
        let mode = if rng.random_range(0..5) == 0 {
            SessionMode::Assessment
        } else {
            SessionMode::Practice
        };
        let options = Options {
            shuffle: true,
            mode,
        };
        let mut session = Session::new_with(Arc::clone(prepared), rng.random(), options);
        let attempt = records
            .start_attempt(ids[who], &session, Mode::of(options))
            .expect("the attempt starts");
        let stop_at = if rng.random_range(0..10) == 0 {
            rng.random_range(0..3)
        } else {
            MAX_REPLIES
        };
        while !session.is_over() && session.choices().len() < stop_at {
            let reply = pick(&session, prepared, skill, &mut rng);
            let c = session.choose(reply).expect("an offered reply");
            records
                .record_step(attempt, &session, &c)
                .expect("the reply is recorded");
        }
        if let Some(debrief) = session.debrief() {
            records
                .finish_attempt(attempt, &debrief)
                .expect("the attempt finishes");
        }
    }
}

/// The best reply offered, with probability `skill`, else one at random.
fn pick(session: &Session, prepared: &Prepared, skill: f64, rng: &mut ChaCha8Rng) -> usize {
    let offered = session.available();
    let best = session.view().and_then(|v| {
        let node = prepared.scenario.node_index(&v.node)?;
        let indices: Vec<usize> = offered.iter().map(|n| n - 1).collect();
        prepared.analysis.best_reply(node, &indices, None)
    });
    match best {
        Some(b) if rng.random_bool(skill) => b + 1,
        _ => offered[rng.random_range(0..offered.len())],
    }
}

/// Moves every recorded time back so the plays spread over the `days`
/// before `end` (seconds since 1970), a reply every 20–60 s: records that
/// look like weeks of onboarding rather than one fast run.
pub fn spread_over_days(records: &Records, end: i64, days: i64, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let conn = records.connection();
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM attempts ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let start = end - days * 86_400;
    for (i, id) in ids.iter().enumerate() {
        let mut t = start + (days * 86_400) * i as i64 / ids.len() as i64;
        conn.execute(
            "UPDATE attempts SET started_at = ?2 WHERE id = ?1",
            [*id, t],
        )
        .unwrap();
        let steps: Vec<i64> = conn
            .prepare("SELECT step FROM attempt_steps WHERE attempt_id = ?1 ORDER BY step")
            .unwrap()
            .query_map([*id], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for step in steps {
            t += rng.random_range(20..60);
            conn.execute(
                "UPDATE attempt_steps SET recorded_at = ?3 WHERE attempt_id = ?1 AND step = ?2",
                [*id, step, t],
            )
            .unwrap();
        }
        conn.execute(
            "UPDATE attempts SET finished_at = ?2 WHERE id = ?1 AND finished_at IS NOT NULL",
            [*id, t + 15],
        )
        .unwrap();
    }
}
