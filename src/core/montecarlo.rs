//! Many customers at once: plays a scenario N times with random replies (and
//! N times along the best path) and reports the spread of score, outcome and
//! money. Run `i` uses seed `mix(seed, i)`, so a report is reproducible
//! whatever the number of threads.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::core::money;
use crate::core::scenario::Outcome;
use crate::core::session::{Position, Prepared, Session};

/// How replies are picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// Uniformly among the replies offered.
    Random,
    /// The analyser's best path (each customer still differs by seed).
    Best,
}

/// Summary statistics of a sample.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub mean: f64,
    pub min: f64,
    pub p10: f64,
    pub median: f64,
    pub p90: f64,
    pub max: f64,
}

impl Stats {
    fn of(values: &mut [f64]) -> Stats {
        values.sort_by(f64::total_cmp);
        let n = values.len();
        if n == 0 {
            return Stats {
                mean: 0.0,
                min: 0.0,
                p10: 0.0,
                median: 0.0,
                p90: 0.0,
                max: 0.0,
            };
        }
        let at = |q: f64| values[((n - 1) as f64 * q).round() as usize];
        Stats {
            mean: values.iter().sum::<f64>() / n as f64,
            min: values[0],
            p10: at(0.1),
            median: at(0.5),
            p90: at(0.9),
            max: values[n - 1],
        }
    }
}

/// The results of one policy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyReport {
    pub policy: Policy,
    pub runs: u64,
    pub score: Stats,
    /// Share of runs per outcome.
    pub outcomes: BTreeMap<Outcome, f64>,
    /// Share of runs in which the customer walked out.
    pub walked_out: f64,
    /// Revenue lost per customer (lifetime, loyal minus expected).
    pub lost_revenue: Stats,
    /// Revenue kept per customer (expected lifetime value).
    pub kept_revenue: Stats,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub scenario: String,
    pub seed: u64,
    pub random: PolicyReport,
    pub best: PolicyReport,
}

struct Run {
    score: f64,
    outcome: Outcome,
    walked_out: bool,
    lost: f64,
    kept: f64,
}

/// Seed of run `i`: a SplitMix64 step over the base seed and the index.
pub fn mix(seed: u64, i: u64) -> u64 {
    let mut z = seed ^ i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn play_one(prepared: &Arc<Prepared>, seed: u64, policy: Policy, best: &[usize]) -> Run {
    let mut session = Session::new(Arc::clone(prepared), seed);
    let mut picker = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed);
    let mut step = 0;
    while !session.is_over() {
        let offered = session.available();
        let choice = match policy {
            Policy::Best => best
                .get(step)
                .copied()
                .filter(|c| offered.contains(c))
                .unwrap_or(offered[0]),
            Policy::Random => offered[picker.random_range(0..offered.len())],
        };
        session
            .choose(choice)
            .expect("offered replies can be chosen");
        step += 1;
    }
    let Position::Ended { ending, walked_out } = session.position() else {
        unreachable!("the loop ends at an ending")
    };
    let s = session.scenario();
    let outcome = s.endings[ending].outcome;
    let spending = session.spending();
    let kept = money::lifetime_value(
        spending.yearly(),
        money::retention(outcome, session.mood()),
        &s.economics,
    );
    let loyal = money::lifetime_value(spending.yearly(), money::LOYAL_RETENTION, &s.economics);
    Run {
        score: f64::from(session.score()),
        outcome,
        walked_out,
        lost: (loyal - kept).max(0.0),
        kept,
    }
}

/// Plays `runs` customers per policy, spreading the work over the machine's
/// cores. `progress` is called with the number of runs finished so far.
pub fn simulate(
    prepared: &Arc<Prepared>,
    runs: u64,
    seed: u64,
    progress: &(dyn Fn(u64) + Sync),
) -> Report {
    let best = prepared.best_choices();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(runs.max(1) as usize) as u64;
    let done = AtomicU64::new(0);
    let report = |policy: Policy, offset: u64| {
        let chunk = runs.div_ceil(threads);
        let results: Vec<Vec<Run>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    let best = &best;
                    let done = &done;
                    scope.spawn(move || {
                        let range = (t * chunk).min(runs)..((t + 1) * chunk).min(runs);
                        let mut out = Vec::with_capacity(range.clone().count());
                        for i in range {
                            out.push(play_one(prepared, mix(seed, i + offset), policy, best));
                            let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                            if finished.is_multiple_of(1024) {
                                progress(finished);
                            }
                        }
                        out
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("simulation threads do not panic"))
                .collect()
        });
        summarise(policy, results.into_iter().flatten().collect())
    };
    let random = report(Policy::Random, 0);
    let best_report = report(Policy::Best, runs);
    progress(2 * runs);
    Report {
        scenario: prepared.scenario.id.clone(),
        seed,
        random,
        best: best_report,
    }
}

fn summarise(policy: Policy, runs: Vec<Run>) -> PolicyReport {
    let n = runs.len() as f64;
    let mut outcomes = BTreeMap::new();
    for o in Outcome::ALL {
        let count = runs.iter().filter(|r| r.outcome == o).count() as f64;
        outcomes.insert(o, if n > 0.0 { count / n } else { 0.0 });
    }
    let walked = runs.iter().filter(|r| r.walked_out).count() as f64;
    PolicyReport {
        policy,
        runs: runs.len() as u64,
        score: Stats::of(&mut runs.iter().map(|r| r.score).collect::<Vec<_>>()),
        outcomes,
        walked_out: if n > 0.0 { walked / n } else { 0.0 },
        lost_revenue: Stats::of(&mut runs.iter().map(|r| r.lost).collect::<Vec<_>>()),
        kept_revenue: Stats::of(&mut runs.iter().map(|r| r.kept).collect::<Vec<_>>()),
    }
}
