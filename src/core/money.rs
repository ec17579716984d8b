//! What a customer is worth, and what a conversation won or lost.
//!
//! * **Yearly value** `A = spend per visit × visits per year`, sampled per
//!   playthrough from the scenario's ranges.
//! * **Retention** `r`: the chance the customer is still coming next year,
//!   from the ending's outcome and the final mood (see [`retention`]).
//! * **Lifetime value** over `H` years with margin `m` and discount rate `d`:
//!   `LTV(r) = Σ_{t=1..H} m × A × r^t / (1 + d)^(t-1)` — year `t` counts if
//!   the customer stayed `t` years, discounted back to today.
//! * **Lost revenue** = `LTV(r_loyal) − LTV(r)`: what the customer would have
//!   been worth had they stayed loyal, minus what they are expected to be
//!   worth after this conversation. `r_loyal` is [`LOYAL_RETENTION`].
//! * **Word of mouth** is a separate, labelled estimate (see
//!   [`word_of_mouth`]), never added to the customer's own revenue.

use serde::{Deserialize, Serialize};

use crate::core::scenario::{Customer, Economics, Outcome};

/// Retention of a customer who stays loyal and delighted.
pub const LOYAL_RETENTION: f64 = 0.95;

/// American Express (2011): 70% of customers would spend 13% more with a
/// company that serves them excellently.
pub const AMEX_SHARE_SPENDING_MORE: f64 = 0.70;
pub const AMEX_EXTRA_SPEND: f64 = 0.13;
/// American Express (2011): people tell about twice as many others about a
/// bad experience as about a good one.
pub const AMEX_BAD_TO_GOOD_RATIO: f64 = 2.0;

/// The retention range (at mood 0, at mood 100) for each outcome.
pub fn retention_range(outcome: Outcome) -> (f64, f64) {
    match outcome {
        Outcome::KeptLoyal => (0.80, LOYAL_RETENTION),
        Outcome::KeptAtRisk => (0.40, 0.70),
        Outcome::Lost => (0.0, 0.05),
        Outcome::LostAndTelling => (0.0, 0.0),
    }
}

/// Retention after an ending: the outcome's range, placed by final mood.
pub fn retention(outcome: Outcome, mood: f64) -> f64 {
    let (low, high) = retention_range(outcome);
    low + (high - low) * (mood.clamp(0.0, 100.0) / 100.0)
}

/// Retention while the conversation is still going, by mood: a straight
/// line between these points (mood, retention), chosen to agree with the
/// endings' ranges (a content customer is about as safe as a loyal one, an
/// irritated one as one kept at risk).
pub const IN_PLAY_RETENTION: [(f64, f64); 7] = [
    (0.0, 0.0),
    (10.0, 0.02),
    (25.0, 0.20),
    (45.0, 0.50),
    (60.0, 0.80),
    (80.0, 0.90),
    (100.0, LOYAL_RETENTION),
];

/// Retention while the conversation is still going: what the customer is
/// expected to be worth if the conversation ended in this mood.
pub fn retention_in_play(mood: f64) -> f64 {
    let m = mood.clamp(0.0, 100.0);
    IN_PLAY_RETENTION
        .windows(2)
        .find(|w| m <= w[1].0)
        .map_or(LOYAL_RETENTION, |w| {
            let ((m0, r0), (m1, r1)) = (w[0], w[1]);
            r0 + (r1 - r0) * (m - m0) / (m1 - m0)
        })
}

/// Lifetime value of a customer worth `yearly` a year with retention `r`.
pub fn lifetime_value(yearly: f64, r: f64, e: &Economics) -> f64 {
    (1..=e.horizon_years)
        .map(|t| {
            let t = f64::from(t);
            e.margin * yearly * r.powf(t) / (1.0 + e.discount_rate).powf(t - 1.0)
        })
        .sum()
}

/// What a customer is expected to be worth after a conversation, beside what
/// they would have been worth had they stayed loyal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeptAndLost {
    /// Expected lifetime value after the conversation: revenue kept.
    pub kept: f64,
    /// Lifetime value had the customer stayed loyal.
    pub loyal: f64,
    /// `loyal - kept`: revenue lost (never negative).
    pub lost: f64,
}

/// Kept and lost lifetime value of a customer worth `yearly` a year after a
/// conversation that ended with `outcome` at `mood`.
pub fn kept_and_lost(yearly: f64, outcome: Outcome, mood: f64, e: &Economics) -> KeptAndLost {
    let kept = lifetime_value(yearly, retention(outcome, mood), e);
    let loyal = lifetime_value(yearly, LOYAL_RETENTION, e);
    KeptAndLost {
        kept,
        loyal,
        lost: (loyal - kept).max(0.0),
    }
}

/// The customer's spending, sampled for one playthrough.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Spending {
    pub spend_per_visit: f64,
    pub visits_per_year: f64,
    pub talks_to: u32,
}

impl Spending {
    pub fn yearly(&self) -> f64 {
        self.spend_per_visit * self.visits_per_year
    }
}

/// The yearly value range a scenario allows, low and high.
pub fn yearly_range(c: &Customer) -> (f64, f64) {
    (
        c.spend_per_visit.0 * c.visits_per_year.0,
        c.spend_per_visit.1 * c.visits_per_year.1,
    )
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
    /// `r`, the retention.
    Retention,
    /// `t`, the year.
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

/// Which step of the money a line works out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "step")]
pub enum StepKind {
    /// The scenario's yearly value range.
    AtStake,
    /// This customer's sampled yearly value.
    ThisCustomer,
    /// The chance they come back, from the ending's outcome and final mood.
    Retention { outcome: Outcome },
    /// Their expected lifetime value after this conversation.
    LifetimeValue,
    /// Their lifetime value had they stayed loyal.
    HadTheyStayedLoyal,
    /// The difference: revenue lost.
    Lost,
    /// Word of mouth: how many people hear the story.
    WhoTells { outcome: Outcome },
    /// Word of mouth: how far each listener's business moves.
    PerListener,
    /// Word of mouth: the estimate over everyone told.
    Estimate,
}

/// One line of the money's arithmetic, as data a front end can lay out as a
/// sentence, a table row or a translation:
/// `terms… = result`, given some quantities the step is stated for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Equation {
    /// Which step this is; in JSON its `step` field (and the step's
    /// outcome, if it has one) sits beside the others.
    #[serde(flatten)]
    pub kind: StepKind,
    /// Quantities the step is stated for that are not part of the
    /// calculation (the horizon and discount rate of a lifetime value, the
    /// final mood of a retention, the margin of a yearly value).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub given: Vec<Quantity>,
    /// The calculation, left to right.
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

/// Spending per visit times visits a year: per day times 365 days when the
/// customer comes daily.
fn spending_terms(spend: (f64, f64), visits: (f64, f64)) -> Vec<Term> {
    let range = |unit, (low, high): (f64, f64)| {
        Term::Quantity(if (low - high).abs() < 1e-9 {
            Quantity::new(unit, low)
        } else {
            Quantity::range(unit, low, high)
        })
    };
    if visits == (365.0, 365.0) {
        vec![
            range(Unit::DollarsPerDay, spend),
            Term::Op(Op::Times),
            q(Unit::Days, 365.0),
        ]
    } else {
        vec![
            range(Unit::DollarsPerVisit, spend),
            Term::Op(Op::Times),
            range(Unit::VisitsPerYear, visits),
        ]
    }
}

/// The scenario's yearly value range with its arithmetic: spend per visit ×
/// visits a year = yearly value, each a range.
pub fn at_stake(c: &Customer) -> Equation {
    let (low, high) = yearly_range(c);
    Equation {
        kind: StepKind::AtStake,
        given: Vec::new(),
        terms: spending_terms(c.spend_per_visit, c.visits_per_year),
        result: if (low - high).abs() < 1e-9 {
            Quantity::new(Unit::DollarsPerYear, low)
        } else {
            Quantity::range(Unit::DollarsPerYear, low, high)
        },
    }
}

fn this_customer(spending: &Spending, margin: f64) -> Equation {
    Equation {
        kind: StepKind::ThisCustomer,
        given: vec![Quantity::new(Unit::Percent, margin * 100.0)],
        terms: spending_terms(
            (spending.spend_per_visit, spending.spend_per_visit),
            (spending.visits_per_year, spending.visits_per_year),
        ),
        result: Quantity::new(Unit::DollarsPerYear, spending.yearly()),
    }
}

fn retention_step(outcome: Outcome, mood: f64) -> Equation {
    let (low, high) = retention_range(outcome);
    let n = |v| q(Unit::Number, v);
    Equation {
        kind: StepKind::Retention { outcome },
        given: vec![Quantity::new(Unit::Mood, mood)],
        terms: vec![
            n(low),
            Term::Op(Op::Plus),
            Term::Op(Op::Open),
            n(high),
            Term::Op(Op::Minus),
            n(low),
            Term::Op(Op::Close),
            Term::Op(Op::Times),
            q(Unit::Mood, mood),
            Term::Op(Op::Over),
            n(100.0),
        ],
        result: Quantity::new(Unit::Number, retention(outcome, mood)),
    }
}

/// `Σ m×A × r^t / (1+d)^(t-1)` over the horizon, in whole dollars.
fn lifetime_step(yearly: f64, lifetime: f64, e: &Economics) -> Equation {
    use Term::{Op as O, Variable as V};
    Equation {
        kind: StepKind::LifetimeValue,
        given: vec![
            Quantity::new(Unit::Years, f64::from(e.horizon_years)),
            Quantity::new(Unit::Percent, e.discount_rate * 100.0),
        ],
        terms: vec![
            O(Op::Sum),
            q(Unit::Dollars, e.margin * yearly),
            O(Op::Times),
            V(Variable::Retention),
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
        result: Quantity::new(Unit::Dollars, lifetime.round()),
    }
}

fn loyal_step(lifetime_loyal: f64) -> Equation {
    Equation {
        kind: StepKind::HadTheyStayedLoyal,
        given: vec![Quantity::new(Unit::Number, LOYAL_RETENTION)],
        terms: Vec::new(),
        result: Quantity::new(Unit::Dollars, lifetime_loyal.round()),
    }
}

/// Whole dollars, subtracted as shown so the line adds up.
fn lost_step(lifetime_loyal: f64, lifetime: f64) -> Equation {
    let (loyal, kept) = (lifetime_loyal.round(), lifetime.round());
    Equation {
        kind: StepKind::Lost,
        given: Vec::new(),
        terms: vec![
            q(Unit::Dollars, loyal),
            Term::Op(Op::Minus),
            q(Unit::Dollars, kept),
        ],
        result: Quantity::new(Unit::Dollars, (loyal - kept).max(0.0)),
    }
}

/// The money of one finished conversation, with its arithmetic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revenue {
    /// The scenario's yearly value range, low and high.
    pub yearly_low: f64,
    pub yearly_high: f64,
    pub spend_per_visit: f64,
    pub visits_per_year: f64,
    /// This customer's sampled yearly value.
    pub yearly: f64,
    pub retention: f64,
    pub retention_loyal: f64,
    pub margin: f64,
    pub discount_rate: f64,
    pub horizon_years: u32,
    /// Expected lifetime value after this conversation.
    pub lifetime: f64,
    /// Lifetime value had the customer stayed loyal.
    pub lifetime_loyal: f64,
    /// `lifetime_loyal - lifetime`: revenue lost (never negative).
    pub lost: f64,
    /// `lifetime`: revenue kept.
    pub kept: f64,
    /// The calculation, step by step: at stake, this customer, retention,
    /// lifetime value, had they stayed loyal, lost.
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
    let (yearly_low, yearly_high) = yearly_range(customer);
    let yearly = spending.yearly();
    let r = retention(outcome, mood);
    let KeptAndLost {
        kept: lifetime,
        loyal: lifetime_loyal,
        lost,
    } = kept_and_lost(yearly, outcome, mood, economics);
    let e = economics;
    let steps = vec![
        at_stake(customer),
        this_customer(spending, e.margin),
        retention_step(outcome, mood),
        lifetime_step(yearly, lifetime, e),
        loyal_step(lifetime_loyal),
        lost_step(lifetime_loyal, lifetime),
    ];
    Revenue {
        yearly_low,
        yearly_high,
        spend_per_visit: spending.spend_per_visit,
        visits_per_year: spending.visits_per_year,
        yearly,
        retention: r,
        retention_loyal: LOYAL_RETENTION,
        margin: e.margin,
        discount_rate: e.discount_rate,
        horizon_years: e.horizon_years,
        lifetime,
        lifetime_loyal,
        lost,
        kept: lifetime,
        steps,
    }
}

/// The word-of-mouth estimate: kept apart from the customer's own revenue.
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
    /// the estimate.
    pub steps: Vec<Equation>,
}

/// How many people hear the story: `talks_to`, or twice as many for a
/// customer who leaves angry.
fn who_tells(outcome: Outcome, talks_to: u32, people: u32) -> Equation {
    let terms = match outcome {
        Outcome::LostAndTelling => vec![
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
/// customer's, at the margin).
fn per_listener_step(share: f64, yearly_margin: f64, per_listener: f64) -> Equation {
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
            q(Unit::DollarsPerYear, yearly_margin),
        ],
        result: Quantity::new(Unit::Dollars, per_listener),
    }
}

fn estimate_step(people: u32, per_listener: f64, value: f64) -> Equation {
    Equation {
        kind: StepKind::Estimate,
        given: Vec::new(),
        terms: vec![
            q(Unit::People, f64::from(people)),
            Term::Op(Op::Times),
            q(Unit::Dollars, per_listener),
        ],
        result: Quantity::new(Unit::DollarsPerYear, value),
    }
}

/// Estimates what the customer's story wins or loses among the people they
/// tell. Using the American Express survey (2011):
///
/// * a loyal, happy customer tells `talks_to` people a good story; a lost
///   one who tells everyone tells twice as many a bad one; a quietly lost
///   customer tells `talks_to` people a bad one; a customer kept at risk
///   tells no one;
/// * each listener's business is assumed to be worth what this customer's
///   is, and to move by 70% × 13% = 9.1% of it for a year, up for a good
///   story and down for a bad one.
pub fn word_of_mouth(outcome: Outcome, spending: &Spending, margin: f64) -> WordOfMouth {
    let n = spending.talks_to;
    let (people, good) = match outcome {
        Outcome::KeptLoyal => (n, true),
        Outcome::KeptAtRisk => (0, false),
        Outcome::Lost => (n, false),
        Outcome::LostAndTelling => ((f64::from(n) * AMEX_BAD_TO_GOOD_RATIO) as u32, false),
    };
    let share = AMEX_SHARE_SPENDING_MORE * AMEX_EXTRA_SPEND;
    let per_listener = share * spending.yearly() * margin;
    let value = f64::from(people) * per_listener * if good { 1.0 } else { -1.0 };
    WordOfMouth {
        people_told: people,
        good_story: good,
        per_listener,
        value,
        steps: vec![
            who_tells(outcome, n, people),
            per_listener_step(share, spending.yearly() * margin, per_listener),
            estimate_step(people, per_listener, value),
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
    fn retention_in_play_rises_with_mood_through_its_points() {
        assert_eq!(retention_in_play(0.0), 0.0);
        assert!((retention_in_play(52.5) - 0.65).abs() < 1e-12);
        assert_eq!(retention_in_play(100.0), LOYAL_RETENTION);
        let mut last = -1.0;
        for m in 0..=100 {
            let r = retention_in_play(f64::from(m));
            assert!(r >= last, "falls at {m}");
            last = r;
        }
    }

    #[test]
    fn lifetime_value_follows_the_formula() {
        let e = Economics {
            margin: 1.0,
            discount_rate: 0.10,
            horizon_years: 2,
        };
        // Year 1: 1000 × 0.9; year 2: 1000 × 0.81 / 1.1.
        let v = lifetime_value(1000.0, 0.9, &e);
        assert!((v - (900.0 + 810.0 / 1.1)).abs() < 1e-9, "{v}");
    }

    #[test]
    fn a_lost_customer_loses_more_than_a_kept_one() {
        let c = coffee_customer();
        let s = Spending {
            spend_per_visit: 15.0,
            visits_per_year: 365.0,
            talks_to: 5,
        };
        let e = Economics::default();
        let kept = revenue(&c, &e, &s, Outcome::KeptLoyal, 90.0);
        let lost = revenue(&c, &e, &s, Outcome::LostAndTelling, 5.0);
        assert!(kept.lost < lost.lost);
        assert_eq!(lost.lifetime, 0.0);
        assert_eq!(lost.lost, lost.lifetime_loyal);
        assert_eq!(lost.steps[0], at_stake(&c));
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
        assert_eq!(good.people_told, 5);
        assert_eq!(bad.people_told, 10);
        assert!((good.per_listener - 91.0).abs() < 1e-9);
        assert!((good.value - 455.0).abs() < 1e-9);
        assert!((bad.value + 910.0).abs() < 1e-9);
    }
}
