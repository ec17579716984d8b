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
//!   [`word_of_mouth`]), never added to the customer's own value.

use rand::RngExt;
use serde::{Deserialize, Serialize};

use crate::core::scenario::{Counts, Customer, Economics, Outcome};

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

/// The unit a [`Quantity`] counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// An amount of money.
    Dollars,
    /// Money spent each day.
    DollarsPerDay,
    /// Money spent each visit.
    DollarsPerVisit,
    /// Money over a year.
    DollarsPerYear,
    /// A number of days.
    Days,
    /// Visits in a year.
    VisitsPerYear,
    /// A number of years.
    Years,
    /// A percentage: 10 means 10%.
    Percent,
    /// A number of people.
    People,
    /// Points on the 0–100 mood scale.
    Mood,
    /// A plain number or ratio (a retention, a growth factor).
    Number,
}

/// A number with its unit; a range when `up_to` is set (`value`–`up_to`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub unit: Unit,
    pub value: f64,
    /// The top of a range whose bottom is `value`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<f64>,
}

impl Quantity {
    pub fn new(unit: Unit, value: f64) -> Quantity {
        Quantity {
            unit,
            value,
            up_to: None,
        }
    }

    pub fn range(unit: Unit, low: f64, high: f64) -> Quantity {
        Quantity {
            unit,
            value: low,
            up_to: Some(high),
        }
    }
}

/// An operation between the terms of an [`Equation`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Plus,
    Minus,
    Times,
    /// Division.
    Divide,
    /// A fraction of the next term: `6/100`.
    Over,
    /// Raised to the power of the next term.
    Power,
    /// Opens a bracket.
    Open,
    /// Closes a bracket.
    Close,
    /// The sum of what follows over the years `t = 1…H`.
    Sum,
    /// An intermediate result within one line.
    Equals,
    /// A share of the next term: `9.1% of $6,611.92`.
    Of,
}

/// A symbol standing for a value that changes within a formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Variable {
    /// `t`, the year, running from 1 to the horizon of the step's
    /// [`Op::Sum`].
    Year,
}

/// One term of an [`Equation`]: a number, an operation or a symbol.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Term {
    Quantity(Quantity),
    Op(Op),
    Variable(Variable),
}

/// The moment a retention or a lifetime value is worked out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    /// As the customer walked in, at their arrival mood: what the
    /// conversation is measured against.
    Arrival,
    /// After the conversation, at the final mood.
    End,
}

/// Which step of the money a line works out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "step")]
pub enum StepKind {
    /// The scenario's yearly value range.
    AtStake,
    /// This customer's drawn yearly value.
    ThisCustomer,
    /// A margin below 1: the year's value as profit (`A × m`).
    Profit,
    /// Retention from mood, on the line through [`RETENTION_BY_MOOD`]; its
    /// `given` is the mood.
    Retention { moment: Moment },
    /// The ending's outcome holds retention within its bounds: `given` is
    /// the bounds (low, high), the one term the retention from mood (none
    /// when the bounds leave no room), the result the retention used.
    Bounds { outcome: Outcome },
    /// A lifetime value: `Σ` over the years of the horizon (in `given`,
    /// with the discount rate).
    Worth { moment: Moment },
    /// Worth as they walked in − worth after: value lost.
    Lost,
    /// Worth after − worth as they walked in: value gained (or nothing).
    Gained,
    /// Word of mouth: how many people hear the story.
    WhoTells { outcome: Outcome },
    /// Word of mouth: how far each listener's business moves.
    PerListener,
    /// Word of mouth: the estimate over everyone told, its result the
    /// amount, won with a good story or lost with a bad one.
    Estimate { good_story: bool },
}

/// One line of the money's arithmetic, as data a front end can lay out as a
/// sentence, a table row or a translation:
/// `terms… = result`, given some quantities the step is stated for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Equation {
    /// Which step this is; in JSON its `step` field (and the step's
    /// outcome or moment, if it has one) sits beside the others.
    #[serde(flatten)]
    pub kind: StepKind,
    /// Quantities the step is stated for that are not part of the
    /// calculation (the horizon and discount rate of a lifetime value, the
    /// mood of a retention, the bounds of an outcome).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub given: Vec<Quantity>,
    /// The calculation, left to right, `×` and `/` before `+` and `-`.
    pub terms: Vec<Term>,
    pub result: Quantity,
}

impl Equation {
    /// The quantities of the calculation, in order.
    pub fn quantities(&self) -> Vec<Quantity> {
        self.terms
            .iter()
            .filter_map(|t| match t {
                Term::Quantity(q) => Some(*q),
                _ => None,
            })
            .collect()
    }
}

fn q(unit: Unit, value: f64) -> Term {
    Term::Quantity(Quantity::new(unit, value))
}

/// A quantity, or a range when its ends differ.
fn maybe_range(unit: Unit, (low, high): (f64, f64)) -> Quantity {
    if (low - high).abs() < 1e-9 {
        Quantity::new(unit, low)
    } else {
        Quantity::range(unit, low, high)
    }
}

/// Spending per visit times visits a year: per day times 365 days when the
/// customer comes daily.
fn spending_terms(spend: (f64, f64), visits: (f64, f64)) -> Vec<Term> {
    if visits == (365.0, 365.0) {
        vec![
            Term::Quantity(maybe_range(Unit::DollarsPerDay, spend)),
            Term::Op(Op::Times),
            q(Unit::Days, 365.0),
        ]
    } else {
        vec![
            Term::Quantity(maybe_range(Unit::DollarsPerVisit, spend)),
            Term::Op(Op::Times),
            Term::Quantity(maybe_range(Unit::VisitsPerYear, visits)),
        ]
    }
}

/// The scenario's yearly value range with its arithmetic: spend per visit ×
/// visits a year = yearly value, each a range as it is drawn.
pub fn at_stake(c: &Customer) -> Equation {
    let (spend, visits) = drawn_ranges(c);
    Equation {
        kind: StepKind::AtStake,
        given: Vec::new(),
        terms: spending_terms(spend, visits),
        result: maybe_range(Unit::DollarsPerYear, yearly_range(c)),
    }
}

fn this_customer(spending: &Spending) -> Equation {
    Equation {
        kind: StepKind::ThisCustomer,
        given: Vec::new(),
        terms: spending_terms(
            (spending.spend_per_visit, spending.spend_per_visit),
            (spending.visits_per_year, spending.visits_per_year),
        ),
        result: Quantity::new(Unit::DollarsPerYear, spending.yearly()),
    }
}

fn profit_step(yearly: f64, e: &Economics) -> Equation {
    Equation {
        kind: StepKind::Profit,
        given: Vec::new(),
        terms: vec![
            q(Unit::DollarsPerYear, yearly),
            Term::Op(Op::Times),
            q(Unit::Percent, e.margin * 100.0),
        ],
        result: Quantity::new(Unit::DollarsPerYear, per_year(yearly, e)),
    }
}

/// `r0 + (r1 - r0) × (mood - m0)/(m1 - m0)` between the two points of
/// [`RETENTION_BY_MOOD`] the shown mood lies between.
fn retention_step(moment: Moment, mood: f64) -> Equation {
    let m = shown_mood(mood);
    let ((m0, r0), (m1, r1)) = mood_segment(m);
    let n = |v| q(Unit::Number, v);
    use Op::*;
    let o = Term::Op;
    Equation {
        kind: StepKind::Retention { moment },
        given: vec![Quantity::new(Unit::Mood, m)],
        terms: vec![
            n(r0),
            o(Plus),
            o(Open),
            n(r1),
            o(Minus),
            n(r0),
            o(Close),
            o(Times),
            o(Open),
            q(Unit::Mood, m),
            o(Minus),
            q(Unit::Mood, m0),
            o(Close),
            o(Over),
            q(Unit::Mood, m1 - m0),
        ],
        result: Quantity::new(Unit::Number, retention_in_play(mood)),
    }
}

fn bounds_step(outcome: Outcome, mood: f64) -> Equation {
    let (low, high) = retention_range(outcome);
    let terms = if high > low {
        vec![q(Unit::Number, retention_in_play(mood))]
    } else {
        Vec::new()
    };
    Equation {
        kind: StepKind::Bounds { outcome },
        given: vec![
            Quantity::new(Unit::Number, low),
            Quantity::new(Unit::Number, high),
        ],
        terms,
        result: Quantity::new(Unit::Number, retention(outcome, mood)),
    }
}

/// `Σ m×A × r^t / (1+d)^(t-1)` over the horizon, to the cent.
fn worth_step(moment: Moment, yearly: f64, r: f64, e: &Economics) -> Equation {
    use Term::{Op as O, Variable as V};
    Equation {
        kind: StepKind::Worth { moment },
        given: vec![
            Quantity::new(Unit::Years, f64::from(e.horizon_years)),
            Quantity::new(Unit::Percent, e.discount_rate * 100.0),
        ],
        terms: vec![
            O(Op::Sum),
            q(Unit::Dollars, per_year(yearly, e)),
            O(Op::Times),
            q(Unit::Number, r),
            O(Op::Power),
            V(Variable::Year),
            O(Op::Divide),
            q(Unit::Number, 1.0 + e.discount_rate),
            O(Op::Power),
            O(Op::Open),
            V(Variable::Year),
            O(Op::Minus),
            q(Unit::Number, 1.0),
            O(Op::Close),
        ],
        result: Quantity::new(Unit::Dollars, lifetime_value(yearly, r, e)),
    }
}

/// Lost (`arrival - after`) or gained (`after - arrival`), to the cent as
/// shown.
fn change_step(arrival: f64, after: f64) -> Equation {
    let (kind, from, minus) = if after < arrival {
        (StepKind::Lost, arrival, after)
    } else {
        (StepKind::Gained, after, arrival)
    };
    Equation {
        kind,
        given: Vec::new(),
        terms: vec![
            q(Unit::Dollars, from),
            Term::Op(Op::Minus),
            q(Unit::Dollars, minus),
        ],
        result: Quantity::new(Unit::Dollars, cents(from - minus)),
    }
}

/// The money of one finished conversation, with its arithmetic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revenue {
    /// What the money stands for (sales, or a public service's caller).
    pub counts: Counts,
    /// The scenario's yearly value range, low and high.
    pub yearly_low: f64,
    pub yearly_high: f64,
    pub spend_per_visit: f64,
    pub visits_per_year: f64,
    /// This customer's drawn yearly value.
    pub yearly: f64,
    pub margin: f64,
    pub discount_rate: f64,
    pub horizon_years: u32,
    /// `margin × yearly` to the cent: what a year of this customer counts
    /// for (revenue, or profit when the margin is below 1).
    pub per_year: f64,
    /// The mood they walked in with, and the retention and lifetime value
    /// it gave: what the conversation is measured against.
    pub arrival_mood: f64,
    pub retention_on_arrival: f64,
    pub lifetime_on_arrival: f64,
    /// The retention after this conversation, from the final mood held
    /// within the outcome's bounds.
    pub retention: f64,
    /// Expected lifetime value after this conversation.
    pub lifetime: f64,
    /// `lifetime`: value kept.
    pub kept: f64,
    /// `lifetime_on_arrival - lifetime` when positive (else 0).
    pub lost: f64,
    /// `lifetime - lifetime_on_arrival` when positive (else 0).
    pub gained: f64,
    /// The calculation, step by step: at stake, this customer, profit (with
    /// a margin below 1), retention and worth as they walked in, retention,
    /// its bounds and worth after the conversation, lost or gained.
    pub steps: Vec<Equation>,
}

/// Works out the money of a conversation that ended with `outcome` at `mood`.
pub fn revenue(
    customer: &Customer,
    economics: &Economics,
    spending: &Spending,
    outcome: Outcome,
    mood: f64,
) -> Revenue {
    let e = economics;
    let (yearly_low, yearly_high) = yearly_range(customer);
    let yearly = spending.yearly();
    let arrival_mood = shown_mood(customer.mood);
    let r_arrival = retention_in_play(arrival_mood);
    let r = retention(outcome, mood);
    let money = kept_and_lost(yearly, arrival_mood, outcome, mood, e);
    let mut steps = vec![at_stake(customer), this_customer(spending)];
    if e.margin < 1.0 {
        steps.push(profit_step(yearly, e));
    }
    steps.extend([
        retention_step(Moment::Arrival, arrival_mood),
        worth_step(Moment::Arrival, yearly, r_arrival, e),
    ]);
    if outcome != Outcome::LostAndTelling {
        steps.push(retention_step(Moment::End, mood));
    }
    steps.extend([
        bounds_step(outcome, mood),
        worth_step(Moment::End, yearly, r, e),
        change_step(money.arrival, money.kept),
    ]);
    Revenue {
        counts: e.counts,
        yearly_low,
        yearly_high,
        spend_per_visit: spending.spend_per_visit,
        visits_per_year: spending.visits_per_year,
        yearly,
        margin: e.margin,
        discount_rate: e.discount_rate,
        horizon_years: e.horizon_years,
        per_year: per_year(yearly, e),
        arrival_mood,
        retention_on_arrival: r_arrival,
        lifetime_on_arrival: money.arrival,
        retention: r,
        lifetime: money.kept,
        kept: money.kept,
        lost: money.lost,
        gained: cents((money.kept - money.arrival).max(0.0)),
        steps,
    }
}

/// The word-of-mouth estimate: kept apart from the customer's own value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordOfMouth {
    /// People this customer tells about the experience.
    pub people_told: u32,
    /// Whether the story they tell is good (true) or bad.
    pub good_story: bool,
    /// Yearly value each listener's business moves by, in dollars.
    pub per_listener: f64,
    /// The total the story wins (positive) or loses (negative) in a year.
    pub value: f64,
    /// The calculation, step by step: who tells, each listener's business,
    /// the estimate (its result the amount, whichever way it goes).
    pub steps: Vec<Equation>,
}

/// How many people hear the story: `talks_to` for a good one, twice as many
/// for a bad one (the survey's ratio), nobody for a customer kept at risk.
fn who_tells(outcome: Outcome, talks_to: u32, people: u32) -> Equation {
    let terms = match outcome {
        Outcome::Lost | Outcome::LostAndTelling => vec![
            q(Unit::Number, AMEX_BAD_TO_GOOD_RATIO),
            Term::Op(Op::Times),
            q(Unit::People, f64::from(talks_to)),
        ],
        _ => Vec::new(),
    };
    Equation {
        kind: StepKind::WhoTells { outcome },
        given: vec![Quantity::new(Unit::People, f64::from(talks_to))],
        terms,
        result: Quantity::new(Unit::People, f64::from(people)),
    }
}

/// 70% × 13% = 9.1% of the listener's yearly value (taken as this
/// customer's, at the margin), to the cent.
fn per_listener_step(share: f64, each_year: f64, per_listener: f64) -> Equation {
    Equation {
        kind: StepKind::PerListener,
        given: Vec::new(),
        terms: vec![
            q(Unit::Percent, AMEX_SHARE_SPENDING_MORE * 100.0),
            Term::Op(Op::Times),
            q(Unit::Percent, AMEX_EXTRA_SPEND * 100.0),
            Term::Op(Op::Equals),
            q(Unit::Percent, share * 100.0),
            Term::Op(Op::Of),
            q(Unit::DollarsPerYear, each_year),
        ],
        result: Quantity::new(Unit::Dollars, per_listener),
    }
}

fn estimate_step(people: u32, per_listener: f64, amount: f64, good_story: bool) -> Equation {
    Equation {
        kind: StepKind::Estimate { good_story },
        given: Vec::new(),
        terms: vec![
            q(Unit::People, f64::from(people)),
            Term::Op(Op::Times),
            q(Unit::Dollars, per_listener),
        ],
        result: Quantity::new(Unit::DollarsPerYear, amount),
    }
}

/// Estimates what the customer's story wins or loses among the people they
/// tell. What the American Express survey (2011) found:
///
/// * people tell about twice as many others about a bad experience as about
///   a good one: a loyal, happy customer tells `talks_to` people a good
///   story; a lost customer, quietly or loudly, tells twice as many a bad
///   one;
/// * 70% would spend 13% more with a company that serves them excellently.
///
/// The game's assumptions beyond the survey: a customer kept at risk tells
/// no one; each listener's business is worth what this customer's is and
/// moves by 70% × 13% = 9.1% of it for a year, up for a good story and down
/// for a bad one.
pub fn word_of_mouth(outcome: Outcome, spending: &Spending, margin: f64) -> WordOfMouth {
    let n = spending.talks_to;
    let (people, good) = match outcome {
        Outcome::KeptLoyal => (n, true),
        Outcome::KeptAtRisk => (0, false),
        Outcome::Lost | Outcome::LostAndTelling => {
            ((f64::from(n) * AMEX_BAD_TO_GOOD_RATIO) as u32, false)
        }
    };
    let share = round_to(AMEX_SHARE_SPENDING_MORE * AMEX_EXTRA_SPEND, 1000.0);
    let each_year = cents(margin * spending.yearly());
    let per_listener = cents(share * each_year);
    let amount = cents(f64::from(people) * per_listener);
    WordOfMouth {
        people_told: people,
        good_story: good,
        per_listener,
        value: if good || amount == 0.0 {
            amount
        } else {
            -amount
        },
        steps: vec![
            who_tells(outcome, n, people),
            per_listener_step(share, each_year, per_listener),
            estimate_step(people, per_listener, amount, good),
        ],
    }
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
    fn the_coffee_shop_loses_5475_to_7300_a_year() {
        let c = coffee_customer();
        assert_eq!(yearly_range(&c), (5475.0, 7300.0));
        let step = at_stake(&c);
        assert_eq!(
            step.result,
            Quantity::range(Unit::DollarsPerYear, 5475.0, 7300.0)
        );
        assert_eq!(
            step.quantities(),
            [
                Quantity::range(Unit::DollarsPerDay, 15.0, 20.0),
                Quantity::new(Unit::Days, 365.0)
            ]
        );
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

    #[test]
    fn a_lost_customer_loses_their_value_on_arrival() {
        let c = coffee_customer();
        let s = daily(15.79);
        assert_eq!(s.yearly(), 5763.35);
        let e = Economics::default();
        let kept = revenue(&c, &e, &s, Outcome::KeptLoyal, 90.0);
        let lost = revenue(&c, &e, &s, Outcome::LostAndTelling, 5.0);
        assert_eq!(lost.lifetime, 0.0);
        assert_eq!(lost.lost, lost.lifetime_on_arrival);
        assert_eq!(lost.retention_on_arrival, 0.76);
        assert_eq!(lost.steps[0], at_stake(&c));
        // Ending happier than they came in gains, and loses nothing.
        assert_eq!(kept.lost, 0.0);
        assert!(kept.gained > 0.0);
        assert_eq!(kept.gained, cents(kept.lifetime - kept.lifetime_on_arrival));
        let last = kept.steps.last().unwrap();
        assert_eq!(last.kind, StepKind::Gained);
    }

    #[test]
    fn a_margin_below_one_counts_profit_in_its_own_step() {
        let s = daily(15.79);
        let e = Economics {
            margin: 0.4,
            ..Economics::default()
        };
        let r = revenue(&coffee_customer(), &e, &s, Outcome::KeptAtRisk, 50.0);
        let profit = r.steps.iter().find(|s| s.kind == StepKind::Profit).unwrap();
        assert_eq!(profit.result.value, 2305.34);
        assert_eq!(r.per_year, 2305.34);
    }

    #[test]
    fn bad_stories_reach_twice_as_many_people_and_cost_money() {
        let s = Spending {
            spend_per_visit: 10.0,
            visits_per_year: 100.0,
            talks_to: 5,
        };
        let good = word_of_mouth(Outcome::KeptLoyal, &s, 1.0);
        let bad = word_of_mouth(Outcome::LostAndTelling, &s, 1.0);
        let quiet = word_of_mouth(Outcome::Lost, &s, 1.0);
        let at_risk = word_of_mouth(Outcome::KeptAtRisk, &s, 1.0);
        assert_eq!(good.people_told, 5);
        assert_eq!(bad.people_told, 10);
        // Lost quietly still tells about a bad experience.
        assert_eq!(quiet.people_told, 10);
        assert_eq!(good.per_listener, 91.0);
        assert_eq!(good.value, 455.0);
        assert_eq!(bad.value, -910.0);
        assert_eq!(at_risk.value.to_bits(), 0.0f64.to_bits());
    }
}
