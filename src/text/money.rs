//! Money as English text: dollars, and the core's arithmetic
//! ([`crate::core::money::Equation`]) as the sentences of the debrief.

use crate::core::money::{
    Equation, Moment, Op, Quantity, Revenue, StepKind, Term, Unit, Variable, WordOfMouth,
};
use crate::core::scenario::{Counts, Outcome};

use super::labels::outcome_label;

/// Dollars with thousands separators and cents only when there are any:
/// `$5,475`, `$17.25`.
pub fn dollars(v: f64) -> String {
    let negative = v < 0.0;
    let cents_total = (v.abs() * 100.0).round() as u64;
    let (whole, cents) = (cents_total / 100, cents_total % 100);
    let sign = if negative && cents_total > 0 { "-" } else { "" };
    let grouped = thousands(whole);
    if cents == 0 {
        format!("{sign}${grouped}")
    } else {
        format!("{sign}${grouped}.{cents:02}")
    }
}

/// A value that moved, in whole dollars, with the change worked out from the
/// two figures as shown so it adds up on a calculator:
/// "$10,715 to $13,702 (+$2,987)".
pub fn dollars_moved(before: f64, after: f64) -> String {
    let (before, after) = (before.round(), after.round());
    let change = after - before;
    let sign = if change >= 0.0 { "+" } else { "-" };
    format!(
        "{} to {} ({sign}{})",
        dollars(before),
        dollars(after),
        dollars(change.abs())
    )
}

/// `5475` as `5,475`.
fn thousands(whole: u64) -> String {
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    grouped
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
        match self {
            Counted::Revenue => "this customer's own revenue",
            Counted::Profit => "this customer's own profit",
            Counted::CallerCosts => "this caller's own costs",
        }
    }
}

/// The money's heading: "Money (this customer's own revenue)".
pub fn money_heading(r: &Revenue) -> String {
    match Counted::of(r) {
        Counted::CallerCosts => "Money (this caller's own costs, not sales)".to_string(),
        counted => format!("Money ({})", counted.own()),
    }
}

/// The word of mouth's heading, which says it is kept apart.
pub fn word_of_mouth_heading(r: &Revenue) -> String {
    let above = match Counted::of(r) {
        Counted::Revenue => "the revenue above",
        Counted::Profit => "the profit above",
        Counted::CallerCosts => "the caller's costs above",
    };
    format!("Word of mouth (a separate estimate, not part of {above})")
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
            .chain([
                "Nobody hears a story, so word of mouth neither wins nor loses anything."
                    .to_string(),
            ])
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
    match e.kind {
        StepKind::AtStake => format!("At stake: {}.", calculation(e)),
        StepKind::ThisCustomer if counted == Counted::CallerCosts => {
            format!("This caller: {}.", calculation(e))
        }
        StepKind::ThisCustomer => format!("This customer: {}.", calculation(e)),
        StepKind::Profit => format!("Profit: {}.", calculation(e)),
        StepKind::Retention { moment } => {
            let label = match moment {
                Moment::Arrival => "Retention as they came in, at mood",
                Moment::End => "Retention at their final mood of",
            };
            let mood = e.given.first().map_or(0.0, |m| m.value);
            if result == 0.0 {
                format!("{label} {mood}: none; a customer this unhappy does not come back.")
            } else {
                format!("{label} {mood}: {} = {result:.3}.", terms(e))
            }
        }
        StepKind::Bounds { outcome } => bounds(e, outcome),
        StepKind::Worth { moment } => worth(e, moment),
        StepKind::Lost => format!(
            "{}: {}.",
            match counted {
                Counted::Revenue => "Revenue lost against their worth as they came in",
                Counted::Profit => "Profit lost against their worth as they came in",
                Counted::CallerCosts =>
                    "Trust lost, as costs the caller now expects to pay elsewhere",
            },
            calculation(e)
        ),
        StepKind::Gained if result == 0.0 => format!(
            "Neither gained nor lost against their worth as they came in: {}.",
            calculation(e)
        ),
        StepKind::Gained => format!(
            "{}: {}.",
            match counted {
                Counted::Revenue => "Revenue gained against their worth as they came in",
                Counted::Profit => "Profit gained against their worth as they came in",
                Counted::CallerCosts => "Trust gained, as costs the caller now expects to save",
            },
            calculation(e)
        ),
        StepKind::WhoTells { outcome } => who_tells(e, outcome),
        StepKind::PerListener => format!(
            "Each listener, as the game assumes: {}. (American Express, 2011, found that 70% would spend 13% more with excellent service; that a listener spends what this customer does and moves by that much for a year, up for a good story or down for a bad one, is the game's assumption.)",
            calculation(e)
        ),
        StepKind::Estimate { good_story } => format!(
            "Estimate, the game's assumption: {} {}, apart from {}.",
            calculation(e),
            match (result == 0.0, good_story) {
                (true, _) => "neither won nor lost",
                (false, true) => "won",
                (false, false) => "lost",
            },
            counted.own()
        ),
    }
}

/// The ending's bounds on retention, as a sentence.
fn bounds(e: &Equation, outcome: Outcome) -> String {
    let r = e.result.value;
    let ending = outcome_label(outcome);
    let [low, high] = [0, 1].map(|i| e.given.get(i).map_or(0.0, |q| q.value));
    let Some(from_mood) = e.quantities().first().map(|q| q.value) else {
        return format!(
            "The ending ({ending}) leaves no chance they come back: retention is {r:.3}."
        );
    };
    let verb = if r > from_mood {
        "rises to"
    } else if r < from_mood {
        "falls to"
    } else {
        "stays"
    };
    format!(
        "The ending ({ending}) holds retention between {low:.2} and {high:.2}: r {verb} {r:.3}."
    )
}

/// A lifetime value: its sum, or a sentence when nothing comes back.
fn worth(e: &Equation, moment: Moment) -> String {
    let retention = e.quantities().get(1).map_or(0.0, |q| q.value);
    match moment {
        Moment::Arrival => {
            let years = e.given.first().map_or(0.0, |q| q.value);
            let rate = e.given.get(1).map_or(0.0, |q| q.value);
            format!(
                "Worth as they came in ({years} years at a {} discount rate): {}.",
                percent(rate),
                calculation(e)
            )
        }
        Moment::End if retention == 0.0 => format!(
            "Worth after this conversation: {}, since they are not coming back.",
            dollars(e.result.value)
        ),
        Moment::End => format!("Worth after this conversation: {}.", calculation(e)),
    }
}

fn who_tells(e: &Equation, outcome: Outcome) -> String {
    let told = e.given.first().map_or(0.0, |q| q.value);
    let twice = "(American Express, 2011, found bad experiences are told to about twice as many people as good ones)";
    match outcome {
        Outcome::KeptLoyal => format!(
            "A loyal customer tells {} a good story.",
            quantity(&Quantity::new(Unit::People, told))
        ),
        Outcome::KeptAtRisk => {
            "A customer kept at risk has no story to tell either way (the game's assumption)."
                .to_string()
        }
        Outcome::Lost => format!(
            "A customer lost quietly still tells about a bad experience {twice}: {}.",
            calculation(e)
        ),
        Outcome::LostAndTelling => format!(
            "A customer who leaves angry tells about a bad experience {twice}: {}.",
            calculation(e)
        ),
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
        return full;
    };
    let keep = full.trim_end_matches('0').len().max(dot + 1 + min);
    let out = &full[..keep];
    out.strip_suffix('.').unwrap_or(out).to_string()
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
        Unit::Mood => format!("{v:.0}"),
        Unit::Number if v.fract() == 0.0 => format!("{v:.0}"),
        Unit::Number => decimals(v, 2, 4),
        Unit::Days | Unit::VisitsPerYear | Unit::Years | Unit::People => decimals(v, 0, 2),
    };
    let (amount, one) = match q.up_to {
        Some(high) if (high - q.value).abs() >= 1e-9 => {
            (format!("{}–{}", number(q.value), number(high)), false)
        }
        _ => (number(q.value), q.value == 1.0),
    };
    match unit_words(q.unit, one) {
        "" => amount,
        words => format!("{amount} {words}"),
    }
}

fn unit_words(unit: Unit, one: bool) -> &'static str {
    match (unit, one) {
        (Unit::DollarsPerDay, _) => "a day",
        (Unit::DollarsPerVisit, _) => "a visit",
        (Unit::DollarsPerYear, _) => "a year",
        (Unit::Days, false) => "days",
        (Unit::Days, true) => "day",
        (Unit::VisitsPerYear, false) => "visits a year",
        (Unit::VisitsPerYear, true) => "visit a year",
        (Unit::Years, false) => "years",
        (Unit::Years, true) => "year",
        (Unit::People, false) => "people",
        (Unit::People, true) => "person",
        (Unit::Dollars | Unit::Percent | Unit::Mood | Unit::Number, _) => "",
    }
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
