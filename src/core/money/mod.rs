//! What a customer is worth, and what a conversation won or lost.
//!
//! Every figure the debrief shows is computed from the figures it shows, so
//! each line reproduces on a calculator to the cent:
//!
//! * **Yearly value** `A = spend per visit × visits per year`, drawn per
//!   playthrough from the scenario's ranges in whole cents and whole visits
//!   ([`Spending::draw`]); with a margin `m` below 1 a year counts `m × A`
//!   of profit, rounded to the cent.
//! * **Retention** `r`: the chance the customer is still coming next year.
//!   One model, during play and at the ending: a straight line between the
//!   points of [`RETENTION_BY_MOOD`] at the whole-number mood shown, rounded
//!   to 3 decimals; an ending's outcome then holds `r` within its bounds
//!   ([`retention_range`]): a customer whose problem was solved is likely to
//!   come back even if still grumpy, one who left is unlikely to even if calm.
//! * **Lifetime value** over `H` years with discount rate `d`:
//!   `LTV(r) = Σ_{t=1..H} m×A × r^t / (1 + d)^(t-1)` — year `t` counts if
//!   the customer stayed `t` years, discounted back to today — summed from
//!   the shown `m×A`, `r` and `1 + d`, rounded once to the cent.
//! * **Lost or gained** = the lifetime value after the conversation against
//!   the lifetime value **as they walked in** (retention at their arrival
//!   mood): a conversation that ends better than it started gains.
//! * **Word of mouth** is a separate, labelled estimate (see
//!   [`word_of_mouth()`]), never added to the customer's own value.
//!
//! The model's figures live here; the arithmetic as data in `equation`'s
//! vocabulary, the debrief's steps of a conversation's money in `revenue`
//! and of the story the customer tells in `word_of_mouth`.

mod equation;
mod revenue;
mod word_of_mouth;

use rand::RngExt;
use serde::{Deserialize, Serialize};

use crate::core::scenario::{Customer, Economics, Outcome};

pub use equation::{Equation, Moment, Op, Quantity, StepKind, Term, Unit, Variable};
pub use revenue::{Revenue, at_stake, revenue};
pub use word_of_mouth::{WordOfMouth, word_of_mouth};

/// Retention of a customer who stays loyal and delighted.
pub const LOYAL_RETENTION: f64 = 0.95;

/// American Express (2011): 70% of customers would spend 13% more with a
/// company that serves them excellently.
pub const AMEX_SHARE_SPENDING_MORE: f64 = 0.70;
pub const AMEX_EXTRA_SPEND: f64 = 0.13;
/// American Express (2011): people tell about twice as many others about a
/// bad experience as about a good one.
pub const AMEX_BAD_TO_GOOD_RATIO: f64 = 2.0;

/// Rounds half up to `per_unit` parts of one (100 for cents, 1,000 for
/// thousandths), as a calculator would: a value a hair below the half
/// because of binary fractions still rounds up.
fn round_to(v: f64, per_unit: f64) -> f64 {
    let scaled = v * per_unit;
    (scaled + scaled.signum() * 1e-7).round() / per_unit
}

/// Rounds to whole cents.
pub fn cents(v: f64) -> f64 {
    round_to(v, 100.0)
}

/// The mood the money uses: the whole number shown, within 0–100.
pub fn shown_mood(mood: f64) -> f64 {
    mood.clamp(0.0, 100.0).round()
}

/// The bounds (lowest, highest) an ending's outcome holds retention within.
pub fn retention_range(outcome: Outcome) -> (f64, f64) {
    match outcome {
        Outcome::KeptLoyal => (0.80, LOYAL_RETENTION),
        Outcome::KeptAtRisk => (0.40, 0.70),
        Outcome::Lost => (0.0, 0.05),
        Outcome::LostAndTelling => (0.0, 0.0),
    }
}

/// Retention by mood: a straight line between these points (mood,
/// retention). A content customer is about as safe as a loyal one, an
/// irritated one about as safe as one kept at risk.
pub const RETENTION_BY_MOOD: [(f64, f64); 7] = [
    (0.0, 0.0),
    (10.0, 0.02),
    (25.0, 0.20),
    (45.0, 0.50),
    (60.0, 0.80),
    (80.0, 0.90),
    (100.0, LOYAL_RETENTION),
];

/// The two points of [`RETENTION_BY_MOOD`] a whole-number mood lies between.
fn mood_segment(m: f64) -> ((f64, f64), (f64, f64)) {
    RETENTION_BY_MOOD
        .windows(2)
        .find(|w| m <= w[1].0)
        .map_or((RETENTION_BY_MOOD[5], RETENTION_BY_MOOD[6]), |w| {
            (w[0], w[1])
        })
}

/// Retention from mood alone, as during play: the line through
/// [`RETENTION_BY_MOOD`] at the shown mood, rounded to 3 decimals.
pub fn retention_in_play(mood: f64) -> f64 {
    let m = shown_mood(mood);
    let ((m0, r0), (m1, r1)) = mood_segment(m);
    round_to(r0 + (r1 - r0) * (m - m0) / (m1 - m0), 1000.0)
}

/// Retention after an ending: retention from mood, held within the
/// outcome's bounds.
pub fn retention(outcome: Outcome, mood: f64) -> f64 {
    let (low, high) = retention_range(outcome);
    retention_in_play(mood).clamp(low, high)
}

/// What a year of a customer worth `yearly` counts for: `m × A`, to the cent.
pub fn per_year(yearly: f64, e: &Economics) -> f64 {
    cents(e.margin * yearly)
}

/// Lifetime value of a customer worth `yearly` a year with retention `r`,
/// summed from the figures the debrief shows and rounded once to the cent.
pub fn lifetime_value(yearly: f64, r: f64, e: &Economics) -> f64 {
    let each_year = per_year(yearly, e);
    let growth = 1.0 + e.discount_rate;
    cents(
        (1..=e.horizon_years as i32)
            .map(|t| each_year * r.powi(t) / growth.powi(t - 1))
            .sum(),
    )
}

/// What a customer is expected to be worth after a conversation, beside what
/// they were worth as they walked in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeptAndLost {
    /// Expected lifetime value after the conversation: value kept.
    pub kept: f64,
    /// Expected lifetime value at the arrival mood.
    pub arrival: f64,
    /// `arrival - kept` when positive: value lost (never negative).
    pub lost: f64,
}

/// Kept and lost lifetime value of a customer worth `yearly` a year who
/// arrived at `arrival_mood`, after a conversation that ended with `outcome`
/// at `mood`.
pub fn kept_and_lost(
    yearly: f64,
    arrival_mood: f64,
    outcome: Outcome,
    mood: f64,
    e: &Economics,
) -> KeptAndLost {
    let kept = lifetime_value(yearly, retention(outcome, mood), e);
    let arrival = lifetime_value(yearly, retention_in_play(arrival_mood), e);
    KeptAndLost {
        kept,
        arrival,
        lost: cents((arrival - kept).max(0.0)),
    }
}

/// The customer's spending, drawn for one playthrough: a spend in whole
/// cents, a whole number of visits.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Spending {
    pub spend_per_visit: f64,
    pub visits_per_year: f64,
    pub talks_to: u32,
}

impl Spending {
    /// Spend per visit × visits a year, to the cent.
    pub fn yearly(&self) -> f64 {
        cents(self.spend_per_visit * self.visits_per_year)
    }

    /// Draws a customer's spending from the scenario's ranges, each evenly:
    /// spend in whole cents, visits and listeners in whole numbers.
    pub fn draw<R: RngExt>(c: &Customer, rng: &mut R) -> Spending {
        let mut whole = |(low, high): (u64, u64)| {
            if high > low {
                rng.random_range(low..=high)
            } else {
                low
            }
        };
        let spend = whole(spend_cents(c.spend_per_visit));
        let visits = whole(whole_visits(c.visits_per_year));
        let talks_to = whole((u64::from(c.talks_to.0), u64::from(c.talks_to.1)));
        Spending {
            spend_per_visit: spend as f64 / 100.0,
            visits_per_year: visits as f64,
            talks_to: u32::try_from(talks_to).unwrap_or(u32::MAX),
        }
    }
}

/// A spend range in whole cents: `(15.0, 20.0)` is 1,500 to 2,000 cents.
pub fn spend_cents((low, high): (f64, f64)) -> (u64, u64) {
    let c = |v: f64| (v.max(0.0) * 100.0).round() as u64;
    (c(low), c(high).max(c(low)))
}

/// A visits range in whole visits: the whole numbers within it (12–24.5 is
/// 12–24), or the nearest whole number if it holds none.
pub fn whole_visits((low, high): (f64, f64)) -> (u64, u64) {
    let (l, h) = (low.max(0.0).ceil(), high.max(0.0).floor());
    if h >= l {
        (l as u64, h as u64)
    } else {
        let n = low.max(0.0).round() as u64;
        (n, n)
    }
}

/// The spend and visits ranges as they are drawn: dollars at whole cents,
/// whole visits.
fn drawn_ranges(c: &Customer) -> ((f64, f64), (f64, f64)) {
    let (s0, s1) = spend_cents(c.spend_per_visit);
    let (v0, v1) = whole_visits(c.visits_per_year);
    (
        (s0 as f64 / 100.0, s1 as f64 / 100.0),
        (v0 as f64, v1 as f64),
    )
}

/// The yearly value range a scenario allows, low and high, to the cent.
pub fn yearly_range(c: &Customer) -> (f64, f64) {
    let ((s0, s1), (v0, v1)) = drawn_ranges(c);
    (cents(s0 * v0), cents(s1 * v1))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The coffee shop's regulars, as the scenario describes them.
    pub(crate) fn coffee_customer() -> Customer {
        Customer {
            name: "Ray and Linda".into(),
            description: "Regulars.".into(),
            mood: 58.0,
            patience: 2.0,
            spend_per_visit: (15.0, 20.0),
            visits_per_year: (365.0, 365.0),
            talks_to: (4, 12),
        }
    }

    /// A coffee customer who spends `spend` a day and talks to five people.
    pub(crate) fn daily(spend: f64) -> Spending {
        Spending {
            spend_per_visit: spend,
            visits_per_year: 365.0,
            talks_to: 5,
        }
    }

    #[test]
    fn retention_rises_with_mood_through_its_points() {
        assert_eq!(retention_in_play(0.0), 0.0);
        assert_eq!(retention_in_play(58.0), 0.76);
        // The mood shown (a whole number) is the mood used.
        assert_eq!(retention_in_play(57.6), retention_in_play(58.0));
        // Half a thousandth rounds up, as on a calculator: 0.90 + 0.05/20.
        assert_eq!(retention_in_play(81.0), 0.903);
        assert_eq!(retention_in_play(100.0), LOYAL_RETENTION);
        let mut last = -1.0;
        for m in 0..=100 {
            let r = retention_in_play(f64::from(m));
            assert!(r >= last, "falls at {m}");
            assert_eq!(
                r,
                (r * 1000.0).round() / 1000.0,
                "more than 3 decimals at {m}"
            );
            last = r;
        }
    }

    #[test]
    fn the_ending_holds_retention_from_mood_within_its_bounds() {
        // One model: the ending's outcome only bounds the mood's retention.
        assert_eq!(retention(Outcome::KeptLoyal, 65.0), 0.825);
        assert_eq!(retention(Outcome::KeptLoyal, 30.0), 0.80);
        assert_eq!(retention(Outcome::KeptAtRisk, 90.0), 0.70);
        assert_eq!(retention(Outcome::Lost, 50.0), 0.05);
        assert_eq!(retention(Outcome::Lost, 5.0), 0.01);
        assert_eq!(retention(Outcome::LostAndTelling, 90.0), 0.0);
    }

    #[test]
    fn lifetime_value_follows_the_formula_to_the_cent() {
        let e = Economics {
            margin: 1.0,
            discount_rate: 0.10,
            horizon_years: 2,
            ..Economics::default()
        };
        // Year 1: 1000 × 0.9; year 2: 1000 × 0.81 / 1.1 = 736.3636…
        assert_eq!(lifetime_value(1000.0, 0.9, &e), 1636.36);
    }

    fn dollars_and_cents(v: f64) -> f64 {
        format!("{v:.2}").parse().unwrap()
    }

    #[test]
    fn spending_is_drawn_in_whole_cents_and_whole_visits() {
        use rand::SeedableRng;
        let mut c = coffee_customer();
        c.visits_per_year = (12.0, 24.5);
        assert_eq!(whole_visits(c.visits_per_year), (12, 24));
        assert_eq!(spend_cents(c.spend_per_visit), (1500, 2000));
        for seed in 0..50 {
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
            let s = Spending::draw(&c, &mut rng);
            let cents_drawn = s.spend_per_visit * 100.0;
            assert!((cents_drawn - cents_drawn.round()).abs() < 1e-9, "{s:?}");
            assert_eq!(dollars_and_cents(s.spend_per_visit), s.spend_per_visit);
            assert_eq!(s.visits_per_year, s.visits_per_year.round(), "{s:?}");
            assert!((12.0..=24.0).contains(&s.visits_per_year), "{s:?}");
            assert!((4..=12).contains(&s.talks_to), "{s:?}");
        }
    }
}
