//! The vocabulary of the money's arithmetic: quantities with their units,
//! operations and symbols, laid out as the [`Equation`]s of the debrief's
//! steps, which a front end words as sentences, table rows or translations.

use serde::{Deserialize, Serialize};

use crate::core::scenario::Outcome;

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
    /// Retention from mood, on the line through
    /// [`RETENTION_BY_MOOD`](super::RETENTION_BY_MOOD); its
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

/// A number in `unit` as a term of a calculation.
pub(super) fn q(unit: Unit, value: f64) -> Term {
    Term::Quantity(Quantity::new(unit, value))
}
