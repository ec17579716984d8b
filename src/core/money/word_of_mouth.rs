//! The word-of-mouth estimate ([`WordOfMouth`]): what the customer's story
//! wins or loses among the people they tell, kept apart from their own value.

use serde::{Deserialize, Serialize};

use super::equation::{Equation, Op, Quantity, StepKind, Term, Unit, q};
use super::{
    AMEX_BAD_TO_GOOD_RATIO, AMEX_EXTRA_SPEND, AMEX_SHARE_SPENDING_MORE, Spending, cents, round_to,
};
use crate::core::scenario::Outcome;

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
mod tests {
    use super::*;

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
