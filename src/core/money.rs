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

/// Dollars with thousands separators and cents only when there are any:
/// `$5,475`, `$17.25`.
pub fn dollars(v: f64) -> String {
    let negative = v < 0.0;
    let cents_total = (v.abs() * 100.0).round() as u64;
    let (whole, cents) = (cents_total / 100, cents_total % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if negative && cents_total > 0 { "-" } else { "" };
    if cents == 0 {
        format!("{sign}${grouped}")
    } else {
        format!("{sign}${grouped}.{cents:02}")
    }
}

/// "$15–$20 a day × 365 days = $5,475–$7,300 a year": the yearly value range
/// with its arithmetic.
pub fn yearly_range_text(c: &Customer) -> String {
    let (low, high) = yearly_range(c);
    let spend = range_text(c.spend_per_visit.0, c.spend_per_visit.1, dollars);
    let value = range_text(low, high, dollars);
    if c.visits_per_year == (365.0, 365.0) {
        format!("{spend} a day × 365 days = {value} a year")
    } else {
        let visits = range_text(c.visits_per_year.0, c.visits_per_year.1, |v| {
            format!("{}", round2(v))
        });
        format!("{spend} a visit × {visits} visits a year = {value} a year")
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn range_text(low: f64, high: f64, f: impl Fn(f64) -> String) -> String {
    if (low - high).abs() < 1e-9 {
        f(low)
    } else {
        format!("{}–{}", f(low), f(high))
    }
}

/// The money of one finished conversation, with its arithmetic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revenue {
    /// The scenario's yearly value range, low and high.
    pub yearly_low: f64,
    pub yearly_high: f64,
    /// The range with its arithmetic ("$15–$20 a day × 365 days = …").
    pub yearly_range: String,
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
    /// The calculation, line by line, for people to read.
    pub arithmetic: Vec<String>,
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
    let (r_low, r_high) = retention_range(outcome);
    let KeptAndLost {
        kept: lifetime,
        loyal: lifetime_loyal,
        lost,
    } = kept_and_lost(yearly, outcome, mood, economics);
    let e = economics;
    let per = if spending.visits_per_year == 365.0 {
        format!("{} a day × 365 days", dollars(spending.spend_per_visit))
    } else {
        format!(
            "{} a visit × {} visits a year",
            dollars(spending.spend_per_visit),
            round2(spending.visits_per_year)
        )
    };
    let margin = if (e.margin - 1.0).abs() < 1e-12 {
        String::new()
    } else {
        format!(" (margin {:.0}% of revenue)", e.margin * 100.0)
    };
    let arithmetic = vec![
        format!("At stake: {}.", yearly_range_text(customer)),
        format!("This customer: {per} = {} a year{margin}.", dollars(yearly)),
        format!(
            "Retention after this conversation ({}, final mood {:.0}): {:.2} + ({:.2} - {:.2}) × {:.0}/100 = {:.3}.",
            outcome.label(),
            mood,
            r_low,
            r_high,
            r_low,
            mood,
            r
        ),
        format!(
            "Lifetime value over {} years at a {:.0}% discount rate: Σ {} × r^t / {:.2}^(t-1) for t = 1…{} = {}.",
            e.horizon_years,
            e.discount_rate * 100.0,
            dollars(e.margin * yearly),
            1.0 + e.discount_rate,
            e.horizon_years,
            dollars(lifetime.round())
        ),
        format!(
            "Had they stayed loyal (r = {LOYAL_RETENTION:.2}): {}.",
            dollars(lifetime_loyal.round())
        ),
        // Whole dollars, subtracted as shown so the line adds up.
        format!(
            "Lost: {} - {} = {}.",
            dollars(lifetime_loyal.round()),
            dollars(lifetime.round()),
            dollars((lifetime_loyal.round() - lifetime.round()).max(0.0))
        ),
    ];
    Revenue {
        yearly_low,
        yearly_high,
        yearly_range: yearly_range_text(customer),
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
        arithmetic,
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
    pub arithmetic: Vec<String>,
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
    let who = match outcome {
        Outcome::KeptLoyal => format!("A loyal customer tells {n} people a good story."),
        Outcome::KeptAtRisk => "A customer kept at risk tells no one either way.".to_string(),
        Outcome::Lost => format!("A lost customer tells {n} people why they left."),
        Outcome::LostAndTelling => format!(
            "A customer who leaves angry tells about twice as many people as a happy one would: 2 × {n} = {people}."
        ),
    };
    let arithmetic = vec![
        who,
        format!(
            "Each listener's business: 70% × 13% = {:.1}% of {} a year = {} (American Express, 2011).",
            share * 100.0,
            dollars(spending.yearly() * margin),
            dollars(per_listener)
        ),
        format!(
            "Estimate: {people} × {} = {} a year, {} — apart from this customer's own revenue.",
            dollars(per_listener),
            dollars(value.abs()),
            if value == 0.0 {
                "neither won nor lost"
            } else if good {
                "won"
            } else {
                "lost"
            }
        ),
    ];
    WordOfMouth {
        people_told: people,
        good_story: good,
        per_listener,
        value,
        arithmetic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coffee_customer() -> Customer {
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
        assert_eq!(
            yearly_range_text(&c),
            "$15–$20 a day × 365 days = $5,475–$7,300 a year"
        );
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
        assert!(lost.arithmetic[0].contains("$5,475"));
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
