//! Money as English text: dollars, and the core's arithmetic
//! ([`crate::core::money::Equation`]) as the sentences of the debrief.

use crate::core::money::{
    Equation, Moment, Op, Quantity, Revenue, StepKind, Term, Unit, Variable, WordOfMouth,
};
use crate::core::scenario::{Counts, Outcome};

use super::i18n::{self, number, tr, tr_args};
use super::labels::outcome_label;

/// Dollars as the current language writes them, with cents only when
/// there are any: `$5,475`, `$17.25` (`$17,25` in Italian).
pub fn dollars(v: f64) -> String {
    i18n::current().numbers().dollars(v)
}

/// A value that moved, in whole dollars, with the change worked out from the
/// two figures as shown so it adds up on a calculator:
/// "$10,715 to $13,702 (+$2,987)".
pub fn dollars_moved(before: f64, after: f64) -> String {
    let (before, after) = (before.round(), after.round());
    let change = after - before;
    let sign = if change >= 0.0 { "+" } else { "-" };
    tr_args(
        "dollars-moved",
        &[
            ("before", dollars(before).into()),
            ("after", dollars(after).into()),
            ("change", format!("{sign}{}", dollars(change.abs())).into()),
        ],
    )
}

/// What the money counts, in the debrief's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// A shop's sales, all of them (margin 1).
    Revenue,
    /// A shop's sales at a margin below 1.
    Profit,
    /// A public service: what the caller pays elsewhere when it fails them.
    CallerCosts,
}

impl Counted {
    /// What `r` counts: revenue, profit, or a public service's caller costs.
    pub fn of(r: &Revenue) -> Counted {
        match r.counts {
            Counts::PublicService => Counted::CallerCosts,
            Counts::Sales if r.margin < 1.0 => Counted::Profit,
            Counts::Sales => Counted::Revenue,
        }
    }

    /// "this customer's own revenue".
    fn own(self) -> &'static str {
        tr(match self {
            Counted::Revenue => "own-revenue",
            Counted::Profit => "own-profit",
            Counted::CallerCosts => "own-caller",
        })
    }
}

/// The money's heading: "Money (this customer's own revenue)".
pub fn money_heading(r: &Revenue) -> String {
    tr(match Counted::of(r) {
        Counted::Revenue => "money-heading-revenue",
        Counted::Profit => "money-heading-profit",
        Counted::CallerCosts => "money-heading-caller",
    })
    .to_string()
}

/// The word of mouth's heading, which says it is kept apart.
pub fn word_of_mouth_heading(r: &Revenue) -> String {
    tr(match Counted::of(r) {
        Counted::Revenue => "wom-heading-revenue",
        Counted::Profit => "wom-heading-profit",
        Counted::CallerCosts => "wom-heading-caller",
    })
    .to_string()
}

/// The money's arithmetic, one sentence per step.
pub fn revenue_arithmetic(r: &Revenue) -> Vec<String> {
    let counted = Counted::of(r);
    r.steps.iter().map(|e| step_sentence(e, counted)).collect()
}

/// The word-of-mouth estimate's arithmetic, one sentence per step; when
/// nobody is told, one sentence that says so instead of sums of zero.
pub fn word_of_mouth_arithmetic(w: &WordOfMouth, r: &Revenue) -> Vec<String> {
    let counted = Counted::of(r);
    if w.people_told == 0 {
        return w
            .steps
            .iter()
            .filter(|e| matches!(e.kind, StepKind::WhoTells { .. }))
            .map(|e| step_sentence(e, counted))
            .chain([tr("nobody-told").to_string()])
            .collect();
    }
    w.steps.iter().map(|e| step_sentence(e, counted)).collect()
}

/// "$15–$20 a day × 365 days = $5,475–$7,300 a year": the scenario's
/// yearly value range with its arithmetic.
pub fn yearly_range(r: &Revenue) -> String {
    r.steps
        .iter()
        .find(|s| s.kind == StepKind::AtStake)
        .map(calculation)
        .unwrap_or_default()
}

/// One step of the arithmetic as a sentence of the debrief. Every sentence
/// with a sum reads `what: calculation = result` followed by words without
/// another `=`, so a reader (or a test) can redo it on a calculator.
pub fn step_sentence(e: &Equation, counted: Counted) -> String {
    let result = e.result.value;
    let with_calc = |id: &str| tr_args(id, &[("calc", calculation(e).into())]);
    match e.kind {
        StepKind::AtStake => with_calc("step-at-stake"),
        StepKind::ThisCustomer if counted == Counted::CallerCosts => with_calc("step-this-caller"),
        StepKind::ThisCustomer => with_calc("step-this-customer"),
        StepKind::Profit => with_calc("step-profit"),
        StepKind::Retention { moment } => retention(e, moment),
        StepKind::Bounds { outcome } => bounds(e, outcome),
        StepKind::Worth { moment } => worth(e, moment),
        StepKind::Lost => with_calc(match counted {
            Counted::Revenue => "step-lost-revenue",
            Counted::Profit => "step-lost-profit",
            Counted::CallerCosts => "step-lost-caller",
        }),
        StepKind::Gained if result == 0.0 => with_calc("step-even"),
        StepKind::Gained => with_calc(match counted {
            Counted::Revenue => "step-gained-revenue",
            Counted::Profit => "step-gained-profit",
            Counted::CallerCosts => "step-gained-caller",
        }),
        StepKind::WhoTells { outcome } => who_tells(e, outcome),
        StepKind::PerListener => with_calc("step-per-listener"),
        StepKind::Estimate { good_story } => tr_args(
            "step-estimate",
            &[
                ("calc", calculation(e).into()),
                (
                    "result",
                    match (result == 0.0, good_story) {
                        (true, _) => "neither",
                        (false, true) => "won",
                        (false, false) => "lost",
                    }
                    .into(),
                ),
                ("own", counted.own().into()),
            ],
        ),
    }
}

/// Retention at a moment, or a sentence when none is left.
fn retention(e: &Equation, moment: Moment) -> String {
    let id = match (moment, e.result.value == 0.0) {
        (Moment::Arrival, false) => "step-retention-arrival",
        (Moment::Arrival, true) => "step-retention-arrival-none",
        (Moment::End, false) => "step-retention-end",
        (Moment::End, true) => "step-retention-end-none",
    };
    let mood = e.given.first().map_or(0.0, |m| m.value);
    let calc = format!(
        "{} = {}",
        terms(e),
        number(&format!("{:.3}", e.result.value))
    );
    tr_args(
        id,
        &[
            ("mood", number(&mood.to_string()).into()),
            ("calc", calc.into()),
        ],
    )
}

/// The ending's bounds on retention, as a sentence.
fn bounds(e: &Equation, outcome: Outcome) -> String {
    let r = e.result.value;
    let ending = outcome_label(outcome);
    let [low, high] = [0, 1].map(|i| e.given.get(i).map_or(0.0, |q| q.value));
    let shown_r = number(&format!("{r:.3}"));
    let Some(from_mood) = e.quantities().first().map(|q| q.value) else {
        return tr_args(
            "bounds-none",
            &[("ending", ending.into()), ("r", shown_r.into())],
        );
    };
    let verb = if r > from_mood {
        "rises"
    } else if r < from_mood {
        "falls"
    } else {
        "stays"
    };
    tr_args(
        "bounds",
        &[
            ("ending", ending.into()),
            ("low", number(&format!("{low:.2}")).into()),
            ("high", number(&format!("{high:.2}")).into()),
            ("verb", verb.into()),
            ("r", shown_r.into()),
        ],
    )
}

/// A lifetime value: its sum, or a sentence when nothing comes back.
fn worth(e: &Equation, moment: Moment) -> String {
    let retention = e.quantities().get(1).map_or(0.0, |q| q.value);
    match moment {
        Moment::Arrival => {
            let years = e.given.first().map_or(0.0, |q| q.value);
            let rate = e.given.get(1).map_or(0.0, |q| q.value);
            tr_args(
                "worth-arrival",
                &[
                    ("years", number(&years.to_string()).into()),
                    ("rate", percent(rate).into()),
                    ("calc", calculation(e).into()),
                ],
            )
        }
        Moment::End if retention == 0.0 => tr_args(
            "worth-end-none",
            &[("worth", dollars(e.result.value).into())],
        ),
        Moment::End => tr_args("worth-end", &[("calc", calculation(e).into())]),
    }
}

fn who_tells(e: &Equation, outcome: Outcome) -> String {
    let told = e.given.first().map_or(0.0, |q| q.value);
    match outcome {
        Outcome::KeptLoyal => tr_args(
            "tells-loyal",
            &[(
                "people",
                quantity(&Quantity::new(Unit::People, told)).into(),
            )],
        ),
        Outcome::KeptAtRisk => tr("tells-at-risk").to_string(),
        Outcome::Lost => tr_args("tells-lost", &[("calc", calculation(e).into())]),
        Outcome::LostAndTelling => tr_args("tells-angry", &[("calc", calculation(e).into())]),
    }
}

/// `terms = result`, each quantity with its unit: "$18.11 a day × 365 days
/// = $6,611.92 a year".
fn calculation(e: &Equation) -> String {
    format!("{} = {}", terms(e), quantity(&e.result))
}

/// The terms of a calculation, a sum written `Σ_{t=1…H}` over the horizon
/// its step is given.
fn terms(e: &Equation) -> String {
    let horizon = e
        .given
        .iter()
        .find(|q| q.unit == Unit::Years)
        .map_or(0.0, |q| q.value);
    e.terms
        .iter()
        .map(|t| match t {
            Term::Op(Op::Sum) => format!("Σ_{{t=1…{horizon}}} "),
            other => term(other),
        })
        .collect()
}

fn term(t: &Term) -> String {
    match t {
        Term::Quantity(q) => quantity(q),
        Term::Op(Op::Of) => format!(" {} ", tr("op-of")),
        Term::Op(op) => op_symbol(*op).to_string(),
        Term::Variable(Variable::Year) => "t".to_string(),
    }
}

fn op_symbol(op: Op) -> &'static str {
    match op {
        Op::Plus => " + ",
        Op::Minus => " - ",
        Op::Times => " × ",
        Op::Divide => " / ",
        Op::Over => "/",
        Op::Power => "^",
        Op::Open => "(",
        Op::Close => ")",
        Op::Sum => "Σ ",
        Op::Equals => " = ",
        Op::Of => " of ",
    }
}

/// A number with as many decimals as it has, between `min` and `max`:
/// `number(0.5, 2, 4)` is "0.50", `number(0.9025, 2, 4)` "0.9025".
fn decimals(v: f64, min: usize, max: usize) -> String {
    let full = format!("{v:.max$}");
    let Some(dot) = full.find('.') else {
        return number(&full);
    };
    let keep = full.trim_end_matches('0').len().max(dot + 1 + min);
    let out = &full[..keep];
    number(out.strip_suffix('.').unwrap_or(out))
}

/// "40%", "9.1%".
fn percent(v: f64) -> String {
    format!("{}%", decimals(v, 0, 2))
}

/// A quantity with its unit, a range as "low–high": "$15–$20 a day".
fn quantity(q: &Quantity) -> String {
    let number = |v: f64| match q.unit {
        Unit::Dollars | Unit::DollarsPerDay | Unit::DollarsPerVisit | Unit::DollarsPerYear => {
            dollars(v)
        }
        Unit::Percent => percent(v),
        Unit::Mood => number(&format!("{v:.0}")),
        Unit::Number if v.fract() == 0.0 => number(&format!("{v:.0}")),
        Unit::Number => decimals(v, 2, 4),
        Unit::Days | Unit::VisitsPerYear | Unit::Years | Unit::People => decimals(v, 0, 2),
    };
    // A range is plural; a single figure counts for itself.
    let (amount, count) = match q.up_to {
        Some(high) if (high - q.value).abs() >= 1e-9 => (
            format!("{}–{}", number(q.value), number(high)),
            high.max(2.0),
        ),
        _ => (number(q.value), q.value),
    };
    let id = match q.unit {
        Unit::DollarsPerDay => "unit-a-day",
        Unit::DollarsPerVisit => "unit-a-visit",
        Unit::DollarsPerYear => "unit-a-year",
        Unit::Days => "unit-days",
        Unit::VisitsPerYear => "unit-visits",
        Unit::Years => "unit-years",
        Unit::People => "unit-people",
        Unit::Dollars | Unit::Percent | Unit::Mood | Unit::Number => return amount,
    };
    tr_args(id, &[("amount", amount.into()), ("count", count.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_moves_by_the_difference_of_the_figures_shown() {
        // 13,701.6 and 10,715.4 show as $13,702 and $10,715: the change
        // shown is their difference, $2,987, not the $2,986.2 between them.
        assert_eq!(
            dollars_moved(10_715.4, 13_701.6),
            "$10,715 to $13,702 (+$2,987)"
        );
        assert_eq!(dollars_moved(900.0, 450.5), "$900 to $451 (-$449)");
    }
    use crate::core::money::tests::{coffee_customer, daily};
    use crate::core::money::{self, Spending};
    use crate::core::scenario::Economics;

    fn coffee(spend: f64, outcome: Outcome, mood: f64) -> Revenue {
        money::revenue(
            &coffee_customer(),
            &Economics::default(),
            &daily(spend),
            outcome,
            mood,
        )
    }

    fn lost_coffee_customer() -> Revenue {
        coffee(15.0, Outcome::LostAndTelling, 5.0)
    }

    #[test]
    fn the_coffee_shop_loses_5475_to_7300_a_year() {
        let r = lost_coffee_customer();
        assert_eq!(
            yearly_range(&r),
            "$15–$20 a day × 365 days = $5,475–$7,300 a year"
        );
        assert!(revenue_arithmetic(&r)[0].contains("$5,475"));
    }

    #[test]
    fn dollars_are_grouped_and_rounded() {
        assert_eq!(dollars(5475.0), "$5,475");
        assert_eq!(dollars(1234567.891), "$1,234,567.89");
        assert_eq!(dollars(17.5), "$17.50");
        assert_eq!(dollars(-40.0), "-$40");
        assert_eq!(dollars(0.0), "$0");
    }

    #[test]
    fn the_arithmetic_reads_as_sentences_a_calculator_agrees_with() {
        let lines = revenue_arithmetic(&coffee(15.79, Outcome::KeptLoyal, 65.0));
        assert_eq!(
            lines[1..],
            [
                "This customer: $15.79 a day × 365 days = $5,763.35 a year.",
                "Retention as they came in, at mood 58: 0.50 + (0.80 - 0.50) × (58 - 45)/15 = 0.760.",
                "Worth as they came in (5 years at a 10% discount rate): Σ_{t=1…5} $5,763.35 × 0.76^t / 1.10^(t - 1) = $11,940.02.",
                "Retention at their final mood of 65: 0.80 + (0.90 - 0.80) × (65 - 60)/20 = 0.825.",
                "The ending (kept and loyal) holds retention between 0.80 and 0.95: r stays 0.825.",
                "Worth after this conversation: Σ_{t=1…5} $5,763.35 × 0.825^t / 1.10^(t - 1) = $14,505.74.",
                "Revenue gained against their worth as they came in: $14,505.74 - $11,940.02 = $2,565.72.",
            ]
        );
    }

    #[test]
    fn a_customer_who_walks_out_reads_as_sentences_not_sums_of_nothing() {
        let lines = revenue_arithmetic(&lost_coffee_customer());
        assert_eq!(
            lines[4..],
            [
                "The ending (lost and telling everyone) leaves no chance they come back: retention is 0.000.",
                "Worth after this conversation: $0, since they are not coming back.",
                "Revenue lost against their worth as they came in: $11,342.64 - $0 = $11,342.64.",
            ]
        );
    }

    #[test]
    fn profit_and_public_services_are_named_for_what_they_count() {
        let s = daily(15.79);
        let margin = Economics {
            margin: 0.4,
            ..Economics::default()
        };
        let r = money::revenue(&coffee_customer(), &margin, &s, Outcome::Lost, 20.0);
        assert_eq!(money_heading(&r), "Money (this customer's own profit)");
        let lines = revenue_arithmetic(&r);
        assert_eq!(
            lines[2],
            "Profit: $5,763.35 a year × 40% = $2,305.34 a year."
        );
        assert!(
            lines.last().unwrap().starts_with("Profit lost against"),
            "{lines:?}"
        );
        let public = Economics {
            counts: Counts::PublicService,
            ..Economics::default()
        };
        let r = money::revenue(&coffee_customer(), &public, &s, Outcome::Lost, 20.0);
        let lines = revenue_arithmetic(&r);
        assert!(!lines.iter().any(|l| l.contains("evenue")), "{lines:?}");
        assert!(lines.last().unwrap().starts_with("Trust lost"), "{lines:?}");
        let w = money::word_of_mouth(Outcome::Lost, &s, 1.0);
        assert!(word_of_mouth_heading(&r).contains("the caller's costs"));
        assert!(word_of_mouth_arithmetic(&w, &r)[2].contains("this caller's own costs"));
    }

    #[test]
    fn a_visit_range_reads_in_whole_visits_a_year() {
        let mut c = coffee_customer();
        c.visits_per_year = (12.0, 24.5);
        let step = money::at_stake(&c);
        assert_eq!(
            step_sentence(&step, Counted::Revenue),
            "At stake: $15–$20 a visit × 12–24 visits a year = $180–$480 a year."
        );
        c.visits_per_year = (1.0, 1.0);
        assert_eq!(
            step_sentence(&money::at_stake(&c), Counted::Revenue),
            "At stake: $15–$20 a visit × 1 visit a year = $15–$20 a year."
        );
    }

    #[test]
    fn word_of_mouth_separates_the_survey_from_the_games_assumptions() {
        let s = Spending {
            spend_per_visit: 10.0,
            visits_per_year: 100.0,
            talks_to: 5,
        };
        let r = coffee(10.0, Outcome::Lost, 20.0);
        let quiet = money::word_of_mouth(Outcome::Lost, &s, 1.0);
        let lines = word_of_mouth_arithmetic(&quiet, &r);
        assert_eq!(
            lines[0],
            "A customer lost quietly still tells about a bad experience (American Express, 2011, found bad experiences are told to about twice as many people as good ones): 2 × 5 people = 10 people."
        );
        assert!(
            lines[1].starts_with("Each listener, as the game assumes: 70% × 13% = 9.1% of $1,000 a year = $91. (American Express, 2011, found that 70% would spend 13% more with excellent service;"),
            "{}",
            lines[1]
        );
        assert_eq!(
            lines[2],
            "Estimate, the game's assumption: 10 people × $91 = $910 a year lost, apart from this customer's own revenue."
        );
        let at_risk = money::word_of_mouth(Outcome::KeptAtRisk, &s, 1.0);
        assert_eq!(
            word_of_mouth_arithmetic(&at_risk, &r),
            [
                "A customer kept at risk has no story to tell either way (the game's assumption).",
                "Nobody hears a story, so word of mouth neither wins nor loses anything."
            ]
        );
    }
}
