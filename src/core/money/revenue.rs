//! The money of one finished conversation ([`Revenue`]), step by step:
//! what is at stake, this customer's yearly value, retention and worth as
//! they walked in and after the conversation, and what was lost or gained.

use serde::{Deserialize, Serialize};

use super::equation::{Equation, Moment, Op, Quantity, StepKind, Term, Unit, Variable, q};
use super::{
    Spending, cents, drawn_ranges, kept_and_lost, lifetime_value, mood_segment, per_year,
    retention, retention_in_play, retention_range, shown_mood, yearly_range,
};
use crate::core::scenario::{Counts, Customer, Economics, Outcome};

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

#[cfg(test)]
mod tests {
    use super::super::tests::{coffee_customer, daily};
    use super::*;

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
}
