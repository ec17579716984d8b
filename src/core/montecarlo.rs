//! Many customers at once: plays a scenario N times with random replies (and
//! N times along the best path) and reports the spread of score, outcome and
//! money. Run `i` uses seed `mix(seed, i)`, so a report is reproducible
//! whatever the number of threads.
//!
//! The statistics stream: each thread counts its runs into a fixed-size
//! tally and the tallies are added up at the end, so memory does not grow
//! with N, and since every count is a whole number the report is the same
//! whatever the number of threads.
//!
//! * Scores (whole numbers 0–100) are counted exactly, so their mean,
//!   minimum, quantiles and maximum are exact. Quantile `q` is the value at
//!   sorted index `round((N - 1) × q)`.
//! * Money (value lost against the worth on arrival, and value kept, per
//!   customer) is counted in 65,536 equal bins over `[0, bound]`, where
//!   `bound` is the most a customer of the scenario can be worth: the
//!   lifetime value at its highest yearly value and loyal retention.
//!   Minimum and maximum are exact; the mean is exact to 1/10,000 of a
//!   dollar (amounts are summed in whole 1/10,000 dollars); the 10%, median
//!   and 90% quantiles are the middle of their bin, so within `bound /
//!   65,536` of the exact value (about 40 cents for the coffee shop), and
//!   never outside the minimum and maximum. Nothing (a customer
//!   lost for good keeps $0) has a bin of its own and is reported exactly.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::core::money::{self, KeptAndLost};
use crate::core::scenario::{Outcome, Scenario};
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
    const EMPTY: Stats = Stats {
        mean: 0.0,
        min: 0.0,
        p10: 0.0,
        median: 0.0,
        p90: 0.0,
        max: 0.0,
    };
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

/// Seed of run `i`: a SplitMix64 step over the base seed and the index.
pub fn mix(seed: u64, i: u64) -> u64 {
    let mut z = seed ^ i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The highest score.
const MAX_SCORE: usize = 100;
/// Money is counted in this many equal bins between 0 and the scenario's bound.
const MONEY_BINS: usize = 65_536;
/// Money is summed in whole units of this fraction of a dollar.
const MONEY_UNITS_PER_DOLLAR: f64 = 10_000.0;

/// Statistics of a sample held as counts per bin, bins in ascending order of
/// value: `value_of` gives a bin's value, and quantiles are clamped to
/// `[min, max]`.
fn stats_of_bins(
    counts: &[u64],
    mean: f64,
    (min, max): (f64, f64),
    value_of: impl Fn(usize) -> f64,
) -> Stats {
    let n: u64 = counts.iter().sum();
    if n == 0 {
        return Stats::EMPTY;
    }
    let at = |q: f64| {
        let rank = ((n - 1) as f64 * q).round() as u64;
        value_of(bin_at_rank(counts, rank)).clamp(min, max)
    };
    Stats {
        mean: mean.clamp(min, max),
        min,
        p10: at(0.1),
        median: at(0.5),
        p90: at(0.9),
        max,
    }
}

/// The bin holding the value at sorted index `rank`.
fn bin_at_rank(counts: &[u64], rank: u64) -> usize {
    let mut seen = 0;
    for (bin, &count) in counts.iter().enumerate() {
        seen += count;
        if seen > rank {
            return bin;
        }
    }
    counts.len() - 1
}

/// Scores counted exactly, one bin per score.
#[derive(Debug, Clone)]
struct ScoreCounts([u64; MAX_SCORE + 1]);

impl ScoreCounts {
    fn new() -> ScoreCounts {
        ScoreCounts([0; MAX_SCORE + 1])
    }

    fn add(&mut self, score: u32) {
        self.0[(score as usize).min(MAX_SCORE)] += 1;
    }

    fn merge(&mut self, other: &ScoreCounts) {
        for (mine, theirs) in self.0.iter_mut().zip(other.0) {
            *mine += theirs;
        }
    }

    fn stats(&self) -> Stats {
        let counts = &self.0;
        let n: u64 = counts.iter().sum();
        let scored = || counts.iter().enumerate().filter(|(_, c)| **c > 0);
        let (Some((min, _)), Some((max, _))) = (scored().next(), scored().next_back()) else {
            return Stats::EMPTY;
        };
        let total: u64 = scored().map(|(score, c)| score as u64 * c).sum();
        let mean = total as f64 / n as f64;
        stats_of_bins(counts, mean, (min as f64, max as f64), |score| score as f64)
    }
}

/// Amounts of money in `[0, bound]` counted in [`MONEY_BINS`] bins (and one
/// more for exactly nothing), with their exact minimum and maximum and a sum
/// that does not depend on the order they came in.
#[derive(Debug, Clone)]
struct MoneyCounts {
    bound: f64,
    bins: Vec<u64>,
    /// The sum in whole 1/[`MONEY_UNITS_PER_DOLLAR`] dollars.
    units: i128,
    min: f64,
    max: f64,
}

impl MoneyCounts {
    fn new(bound: f64) -> MoneyCounts {
        MoneyCounts {
            bound,
            bins: vec![0; 1 + MONEY_BINS],
            units: 0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
        }
    }

    fn bin_width(&self) -> f64 {
        self.bound.max(0.0) / MONEY_BINS as f64
    }

    /// The bin of `value`: nothing (zero or less) has bin 0 to itself, and
    /// bin `1 + k` holds `[k, k + 1)` bin widths; anything beyond the bound
    /// counts in the last bin.
    fn bin_of(&self, value: f64) -> usize {
        let width = self.bin_width();
        if value <= 0.0 || width <= 0.0 {
            0
        } else {
            1 + ((value / width) as usize).min(MONEY_BINS - 1)
        }
    }

    /// The value a bin reports: nothing for bin 0, else the bin's middle.
    fn value_of(&self, bin: usize) -> f64 {
        match bin {
            0 => 0.0,
            _ => (bin as f64 - 0.5) * self.bin_width(),
        }
    }

    fn add(&mut self, value: f64) {
        let bin = self.bin_of(value);
        self.bins[bin] += 1;
        self.units += (value * MONEY_UNITS_PER_DOLLAR).round() as i128;
        self.min = self.min.min(value);
        self.max = self.max.max(value);
    }

    fn merge(&mut self, other: &MoneyCounts) {
        for (mine, theirs) in self.bins.iter_mut().zip(&other.bins) {
            *mine += theirs;
        }
        self.units += other.units;
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
    }

    fn stats(&self) -> Stats {
        let n: u64 = self.bins.iter().sum();
        if n == 0 {
            return Stats::EMPTY;
        }
        let mean = self.units as f64 / MONEY_UNITS_PER_DOLLAR / n as f64;
        stats_of_bins(&self.bins, mean, (self.min, self.max), |bin| {
            self.value_of(bin)
        })
    }
}

/// The most a customer of this scenario can be worth, kept or lost: the
/// lifetime value at its highest yearly value and loyal retention.
fn money_bound(s: &Scenario) -> f64 {
    let (_, yearly_high) = money::yearly_range(&s.customer);
    money::lifetime_value(yearly_high, money::LOYAL_RETENTION, &s.economics)
}

/// One finished run.
struct Run {
    score: u32,
    outcome: Outcome,
    walked_out: bool,
    money: KeptAndLost,
}

/// Everything counted about one policy's runs, in memory that does not grow
/// with their number.
#[derive(Debug, Clone)]
struct Tally {
    score: ScoreCounts,
    outcomes: [u64; Outcome::ALL.len()],
    walked_out: u64,
    lost: MoneyCounts,
    kept: MoneyCounts,
}

impl Tally {
    fn new(money_bound: f64) -> Tally {
        Tally {
            score: ScoreCounts::new(),
            outcomes: [0; Outcome::ALL.len()],
            walked_out: 0,
            lost: MoneyCounts::new(money_bound),
            kept: MoneyCounts::new(money_bound),
        }
    }

    fn add(&mut self, run: &Run) {
        self.score.add(run.score);
        let outcome = Outcome::ALL.iter().position(|o| *o == run.outcome);
        self.outcomes[outcome.expect("every outcome is listed")] += 1;
        self.walked_out += u64::from(run.walked_out);
        self.lost.add(run.money.lost);
        self.kept.add(run.money.kept);
    }

    fn merge(&mut self, other: &Tally) {
        self.score.merge(&other.score);
        for (mine, theirs) in self.outcomes.iter_mut().zip(other.outcomes) {
            *mine += theirs;
        }
        self.walked_out += other.walked_out;
        self.lost.merge(&other.lost);
        self.kept.merge(&other.kept);
    }

    fn report(&self, policy: Policy) -> PolicyReport {
        let runs: u64 = self.outcomes.iter().sum();
        let share = |count: u64| {
            if runs > 0 {
                count as f64 / runs as f64
            } else {
                0.0
            }
        };
        let outcomes = Outcome::ALL
            .iter()
            .zip(self.outcomes)
            .map(|(o, count)| (*o, share(count)))
            .collect();
        PolicyReport {
            policy,
            runs,
            score: self.score.stats(),
            outcomes,
            walked_out: share(self.walked_out),
            lost_revenue: self.lost.stats(),
            kept_revenue: self.kept.stats(),
        }
    }
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
    Run {
        score: session.score(),
        outcome,
        walked_out,
        money: money::kept_and_lost(
            session.spending().yearly(),
            s.customer.mood,
            outcome,
            session.mood(),
            &s.economics,
        ),
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
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    simulate_on(prepared, runs, seed, threads, progress)
}

/// [`simulate`] on `threads` threads; the report is the same for any number.
pub fn simulate_on(
    prepared: &Arc<Prepared>,
    runs: u64,
    seed: u64,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Report {
    let batch = Batch {
        prepared,
        best: prepared.best_choices(),
        runs,
        seed,
        threads: threads.clamp(1, usize::try_from(runs.max(1)).unwrap_or(usize::MAX)) as u64,
        money_bound: money_bound(&prepared.scenario),
        done: AtomicU64::new(0),
        progress,
    };
    let random = batch.tally(Policy::Random, 0).report(Policy::Random);
    let best = batch.tally(Policy::Best, runs).report(Policy::Best);
    progress(2 * runs);
    Report {
        scenario: prepared.scenario.id.clone(),
        seed,
        random,
        best,
    }
}

/// One simulation's settings, shared by its threads.
struct Batch<'a> {
    prepared: &'a Arc<Prepared>,
    best: Vec<usize>,
    runs: u64,
    seed: u64,
    threads: u64,
    money_bound: f64,
    /// Runs finished so far, over both policies.
    done: AtomicU64,
    progress: &'a (dyn Fn(u64) + Sync),
}

impl Batch<'_> {
    /// Plays every run of `policy` (run `i` seeded with `mix(seed, i +
    /// offset)`), one share of them per thread, and adds up the tallies.
    fn tally(&self, policy: Policy, offset: u64) -> Tally {
        let chunk = self.runs.div_ceil(self.threads);
        let share = |t: u64| (t * chunk).min(self.runs)..((t + 1) * chunk).min(self.runs);
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..self.threads)
                .map(|t| scope.spawn(move || self.tally_range(policy, offset, share(t))))
                .collect();
            let mut total = Tally::new(self.money_bound);
            for handle in handles {
                total.merge(&handle.join().expect("simulation threads do not panic"));
            }
            total
        })
    }

    fn tally_range(&self, policy: Policy, offset: u64, range: Range<u64>) -> Tally {
        let mut tally = Tally::new(self.money_bound);
        for i in range {
            let seed = mix(self.seed, i + offset);
            tally.add(&play_one(self.prepared, seed, policy, &self.best));
            let finished = self.done.fetch_add(1, Ordering::Relaxed) + 1;
            if finished.is_multiple_of(1024) {
                (self.progress)(finished);
            }
        }
        tally
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::core::load::{self, Vocabulary};

    /// The statistics the way a list gives them: sorted, quantile `q` at
    /// index `round((n - 1) × q)`.
    fn exact(values: &[f64]) -> Stats {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let at = |q: f64| sorted[((n - 1) as f64 * q).round() as usize];
        Stats {
            mean: sorted.iter().sum::<f64>() / n as f64,
            min: sorted[0],
            p10: at(0.1),
            median: at(0.5),
            p90: at(0.9),
            max: sorted[n - 1],
        }
    }

    fn assert_close(streamed: &Stats, exact: &Stats, within: f64) {
        let pairs = [
            ("mean", streamed.mean, exact.mean),
            ("min", streamed.min, exact.min),
            ("p10", streamed.p10, exact.p10),
            ("median", streamed.median, exact.median),
            ("p90", streamed.p90, exact.p90),
            ("max", streamed.max, exact.max),
        ];
        for (name, s, e) in pairs {
            assert!((s - e).abs() <= within, "{name}: streamed {s}, exact {e}");
        }
        assert_eq!(streamed.min, exact.min, "the minimum is exact");
        assert_eq!(streamed.max, exact.max, "the maximum is exact");
    }

    fn coffee() -> Arc<Prepared> {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/coffee-dry-cappuccino.ron");
        let loaded = load::load_file(&path, &Vocabulary::builtin());
        let scenario = loaded.into_valid().expect("the coffee scenario is valid");
        Prepared::new(scenario, &Vocabulary::builtin())
    }

    #[test]
    fn streamed_scores_are_exact() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for n in [1, 2, 3, 10, 4_321] {
            let scores: Vec<u32> = (0..n).map(|_| rng.random_range(0..=10u32).pow(2)).collect();
            let mut counts = ScoreCounts::new();
            scores.iter().for_each(|&s| counts.add(s));
            let list: Vec<f64> = scores.iter().map(|&s| f64::from(s)).collect();
            assert_eq!(counts.stats(), exact(&list), "{n} scores");
        }
    }

    #[test]
    fn streamed_money_is_within_a_bin_of_the_exact_statistics() {
        let bound = 26_421.66;
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        let uniform: Vec<f64> = (0..5_000).map(|_| rng.random_range(0.0..bound)).collect();
        // Most customers cost nothing, a few a lot.
        let skewed: Vec<f64> = (0..5_000)
            .map(|i| {
                if i % 7 == 0 {
                    rng.random_range(2_000.0..bound)
                } else {
                    0.0
                }
            })
            .collect();
        let narrow: Vec<f64> = (0..3_000)
            .map(|_| rng.random_range(3_000.0..3_001.0))
            .collect();
        for values in [uniform, skewed, narrow] {
            let mut counts = MoneyCounts::new(bound);
            values.iter().for_each(|&v| counts.add(v));
            assert_close(&counts.stats(), &exact(&values), bound / MONEY_BINS as f64);
            assert!((counts.stats().mean - exact(&values).mean).abs() < 1e-4);
        }
    }

    #[test]
    fn nothing_is_reported_exactly() {
        let mut counts = MoneyCounts::new(26_421.66);
        (0..100).for_each(|i| counts.add(if i < 60 { 0.0 } else { 5_000.0 + f64::from(i) }));
        let stats = counts.stats();
        assert_eq!((stats.min, stats.p10, stats.median), (0.0, 0.0, 0.0));
    }

    #[test]
    fn a_constant_amount_is_reported_exactly() {
        let mut counts = MoneyCounts::new(26_421.66);
        (0..1_000).for_each(|_| counts.add(3_006.185_459_900_272_7));
        let v = 3_006.185_459_900_272_7;
        let all = Stats {
            mean: v,
            min: v,
            p10: v,
            median: v,
            p90: v,
            max: v,
        };
        assert_eq!(counts.stats(), all);
    }

    #[test]
    fn nothing_counted_reports_zeros() {
        assert_eq!(MoneyCounts::new(100.0).stats(), Stats::EMPTY);
        assert_eq!(ScoreCounts::new().stats(), Stats::EMPTY);
        let p = coffee();
        let report = simulate_on(&p, 0, 1, 2, &|_| {});
        assert_eq!(report.random.runs, 0);
        assert_eq!(report.random.lost_revenue, Stats::EMPTY);
    }

    #[test]
    fn the_report_is_the_same_on_one_thread_and_on_several() {
        let p = coffee();
        let one = simulate_on(&p, 3_001, 4, 1, &|_| {});
        for threads in [2, 3, 8] {
            assert_eq!(
                one,
                simulate_on(&p, 3_001, 4, threads, &|_| {}),
                "{threads} threads"
            );
        }
    }

    #[test]
    fn the_report_agrees_with_the_statistics_of_every_run() {
        let p = coffee();
        let (runs, seed) = (3_000, 5);
        let report = simulate_on(&p, runs, seed, 2, &|_| {});
        let played: Vec<Run> = (0..runs)
            .map(|i| play_one(&p, mix(seed, i), Policy::Random, &p.best_choices()))
            .collect();
        let of = |f: fn(&Run) -> f64| exact(&played.iter().map(f).collect::<Vec<_>>());
        let r = &report.random;
        assert_eq!(r.score, of(|run| f64::from(run.score)));
        let bin = money_bound(&p.scenario) / MONEY_BINS as f64;
        assert_close(&r.lost_revenue, &of(|run| run.money.lost), bin);
        assert_close(&r.kept_revenue, &of(|run| run.money.kept), bin);
        let lost = played
            .iter()
            .filter(|run| run.outcome == Outcome::Lost)
            .count();
        assert_eq!(r.outcomes[&Outcome::Lost], lost as f64 / runs as f64);
        let walked = played.iter().filter(|run| run.walked_out).count();
        assert_eq!(r.walked_out, walked as f64 / runs as f64);
    }
}
