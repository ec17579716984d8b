//! Money as English text: dollars, and the core's arithmetic
//! ([`crate::core::money::Equation`]) as the sentences of the debrief.

use crate::core::money::{
    Equation, Op, Quantity, Revenue, StepKind, Term, Unit, Variable, WordOfMouth,
};
use crate::core::scenario::Outcome;

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

/// The revenue's arithmetic, one sentence per step.
pub fn revenue_arithmetic(r: &Revenue) -> Vec<String> {
    r.steps.iter().map(step_sentence).collect()
}

/// The word-of-mouth estimate's arithmetic, one sentence per step.
pub fn word_of_mouth_arithmetic(w: &WordOfMouth) -> Vec<String> {
    w.steps.iter().map(step_sentence).collect()
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

/// One step of the arithmetic as a sentence of the debrief.
pub fn step_sentence(e: &Equation) -> String {
    let q = e.quantities();
    let result = e.result.value;
    match (e.kind, q.as_slice(), e.given.as_slice()) {
        (StepKind::AtStake, _, _) => format!("At stake: {}.", calculation(e)),
        (StepKind::ThisCustomer, _, [margin]) => {
            format!(
                "This customer: {}{}.",
                calculation(e),
                margin_note(margin.value)
            )
        }
        (StepKind::Retention { outcome }, [low, high, _, mood, _], _) => format!(
            "Retention after this conversation ({}, final mood {:.0}): {:.2} + ({:.2} - {:.2}) × {:.0}/100 = {result:.3}.",
            outcome_label(outcome),
            mood.value,
            low.value,
            high.value,
            low.value,
            mood.value,
        ),
        (StepKind::LifetimeValue, [per_year, growth, _], [years, rate]) => format!(
            "Lifetime value over {} years at a {:.0}% discount rate: Σ {} × r^t / {:.2}^(t-1) for t = 1…{} = {}.",
            years.value,
            rate.value,
            dollars(per_year.value),
            growth.value,
            years.value,
            dollars(result)
        ),
        (StepKind::HadTheyStayedLoyal, _, [r]) => {
            format!(
                "Had they stayed loyal (r = {:.2}): {}.",
                r.value,
                dollars(result)
            )
        }
        (StepKind::Lost, [loyal, kept], _) => format!(
            "Lost: {} - {} = {}.",
            dollars(loyal.value),
            dollars(kept.value),
            dollars(result)
        ),
        (StepKind::WhoTells { outcome }, _, [told]) => who_tells(outcome, told.value, result),
        (StepKind::PerListener, [more, extra, share, yearly], _) => format!(
            "Each listener's business: {:.0}% × {:.0}% = {:.1}% of {} a year = {} (American Express, 2011).",
            more.value,
            extra.value,
            share.value,
            dollars(yearly.value),
            dollars(result)
        ),
        (StepKind::Estimate, [people, each], _) => format!(
            "Estimate: {} × {} = {} a year, {} — apart from this customer's own revenue.",
            people.value,
            dollars(each.value),
            dollars(result.abs()),
            won_or_lost(result)
        ),
        _ => format!("{}.", calculation(e)),
    }
}

/// " (margin 40% of revenue)", or nothing when all revenue counts.
fn margin_note(percent: f64) -> String {
    if (percent - 100.0).abs() < 1e-10 {
        String::new()
    } else {
        format!(" (margin {percent:.0}% of revenue)")
    }
}

fn who_tells(outcome: Outcome, told: f64, people: f64) -> String {
    match outcome {
        Outcome::KeptLoyal => format!("A loyal customer tells {told} people a good story."),
        Outcome::KeptAtRisk => "A customer kept at risk tells no one either way.".to_string(),
        Outcome::Lost => format!("A lost customer tells {told} people why they left."),
        Outcome::LostAndTelling => format!(
            "A customer who leaves angry tells about twice as many people as a happy one would: 2 × {told} = {people}."
        ),
    }
}

fn won_or_lost(value: f64) -> &'static str {
    if value == 0.0 {
        "neither won nor lost"
    } else if value > 0.0 {
        "won"
    } else {
        "lost"
    }
}

/// `terms = result`, each quantity with its unit: "$18.11 a day × 365 days
/// = $6,611.92 a year".
fn calculation(e: &Equation) -> String {
    let terms: String = e.terms.iter().map(term).collect();
    format!("{terms} = {}", quantity(&e.result))
}

fn term(t: &Term) -> String {
    match t {
        Term::Quantity(q) => quantity(q),
        Term::Op(op) => op_symbol(*op).to_string(),
        Term::Variable(Variable::Retention) => "r".to_string(),
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

/// A quantity with its unit, a range as "low–high": "$15–$20 a day".
fn quantity(q: &Quantity) -> String {
    let number = |v: f64| match q.unit {
        Unit::Dollars | Unit::DollarsPerDay | Unit::DollarsPerVisit | Unit::DollarsPerYear => {
            dollars(v)
        }
        Unit::Percent => format!("{v:.0}%"),
        Unit::Mood => format!("{v:.0}"),
        Unit::Number => format!("{v:.2}"),
        Unit::Days | Unit::VisitsPerYear | Unit::Years | Unit::People => {
            format!("{}", (v * 100.0).round() / 100.0)
        }
    };
    let amount = match q.up_to {
        Some(high) if (high - q.value).abs() >= 1e-9 => {
            format!("{}–{}", number(q.value), number(high))
        }
        _ => number(q.value),
    };
    match unit_words(q.unit) {
        "" => amount,
        words => format!("{amount} {words}"),
    }
}

fn unit_words(unit: Unit) -> &'static str {
    match unit {
        Unit::DollarsPerDay => "a day",
        Unit::DollarsPerVisit => "a visit",
        Unit::DollarsPerYear => "a year",
        Unit::Days => "days",
        Unit::VisitsPerYear => "visits a year",
        Unit::Years => "years",
        Unit::People => "people",
        Unit::Dollars | Unit::Percent | Unit::Mood | Unit::Number => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::tests::coffee_customer;
    use crate::core::money::{self, Spending};
    use crate::core::scenario::Economics;

    fn lost_coffee_customer() -> Revenue {
        let s = Spending {
            spend_per_visit: 15.0,
            visits_per_year: 365.0,
            talks_to: 5,
        };
        money::revenue(
            &coffee_customer(),
            &Economics::default(),
            &s,
            Outcome::LostAndTelling,
            5.0,
        )
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
    fn the_arithmetic_reads_as_sentences() {
        let lines = revenue_arithmetic(&lost_coffee_customer());
        assert_eq!(
            lines[1],
            "This customer: $15 a day × 365 days = $5,475 a year."
        );
        assert_eq!(
            lines[2],
            "Retention after this conversation (lost and telling everyone, final mood 5): 0.00 + (0.00 - 0.00) × 5/100 = 0.000."
        );
        assert!(lines[3].starts_with("Lifetime value over 5 years at a 10% discount rate: Σ $5,475 × r^t / 1.10^(t-1) for t = 1…5 = $0."), "{}", lines[3]);
        assert!(lines[5].starts_with("Lost: $"), "{}", lines[5]);
    }

    #[test]
    fn a_visit_range_reads_in_visits_a_year() {
        let mut c = coffee_customer();
        c.visits_per_year = (12.0, 24.5);
        let step = money::at_stake(&c);
        assert_eq!(
            step_sentence(&step),
            "At stake: $15–$20 a visit × 12–24.5 visits a year = $180–$490 a year."
        );
    }

    #[test]
    fn word_of_mouth_reads_as_sentences() {
        let s = Spending {
            spend_per_visit: 10.0,
            visits_per_year: 100.0,
            talks_to: 5,
        };
        let bad = money::word_of_mouth(Outcome::LostAndTelling, &s, 1.0);
        assert_eq!(
            word_of_mouth_arithmetic(&bad),
            [
                "A customer who leaves angry tells about twice as many people as a happy one would: 2 × 5 = 10.",
                "Each listener's business: 70% × 13% = 9.1% of $1,000 a year = $91 (American Express, 2011).",
                "Estimate: 10 × $91 = $910 a year, lost — apart from this customer's own revenue."
            ]
        );
    }
}
