//! Timed mode: thinking time costs patience.
//!
//! Each moment gives the player a thinking budget, time to read the
//! customer's line and every reply offered, plus a little:
//!
//! ```text
//! budget (s) = base_seconds + characters / reading_speed
//! ```
//!
//! where `characters` counts the customer's line and the text of every reply
//! offered. With the default rule ([`ThinkingRule::DEFAULT`]) that is
//! 10 s + characters / 18 per second.
//!
//! Every time a full budget runs out before the player answers, the customer
//! has waited `minutes_per_overrun` more minutes (1 by default): the session
//! hesitates ([`Session::hesitate`]), which costs `patience × minutes` mood
//! points through the mood rule and may walk the customer out. The budget then
//! starts again. After `t` seconds of thinking, the customer has been kept
//! waiting `floor(t / budget) × minutes_per_overrun` minutes.
//!
//! A front end keeps a [`ThinkingClock`] per moment, feeds it the real seconds
//! that pass, shows what is left of the budget, and shows what the waiting
//! cost ([`KeptWaiting`]).

use serde::Serialize;

use super::Session;
use super::step::{Next, View};
use crate::core::mood::Band;

/// The numbers of timed mode.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ThinkingRule {
    /// Seconds every moment gives, however short its text.
    pub base_seconds: f64,
    /// Characters a player reads per second.
    pub reading_speed: f64,
    /// Minutes the customer waits each time the budget runs out.
    pub minutes_per_overrun: f64,
}

impl ThinkingRule {
    /// The game's setting: 10 s, plus reading at 18 characters a second; each
    /// budget that runs out keeps the customer waiting one more minute.
    pub const DEFAULT: ThinkingRule = ThinkingRule {
        base_seconds: 10.0,
        reading_speed: 18.0,
        minutes_per_overrun: 1.0,
    };

    /// Seconds to think about this moment before the customer waits longer.
    pub fn budget(&self, view: &View) -> f64 {
        self.base_seconds + characters(view) as f64 / self.reading_speed
    }
}

impl Default for ThinkingRule {
    fn default() -> Self {
        ThinkingRule::DEFAULT
    }
}

/// The characters a player reads at a moment: the customer's line and the
/// replies offered.
fn characters(view: &View) -> usize {
    view.line.chars().count()
        + view
            .replies
            .iter()
            .map(|r| r.text.chars().count())
            .sum::<usize>()
}

/// What thinking cost the player at one moment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeptWaiting {
    /// Seconds thought at this moment so far.
    pub seconds: f64,
    /// Budgets that ran out during the time just run.
    pub overruns: u32,
    /// Minutes the customer was kept waiting for them (fewer than
    /// `overruns × minutes_per_overrun` if the customer walked out first).
    pub minutes: f64,
    pub mood_before: f64,
    pub mood_after: f64,
    pub band_before: Band,
    pub band_after: Band,
    /// The walk-out ending, if the customer left while the player thought.
    pub ending: Option<Next>,
}

impl KeptWaiting {
    /// Whether the customer waited any longer at all.
    pub fn cost_anything(&self) -> bool {
        self.minutes > 0.0
    }

    /// Whether the customer walked out while the player thought.
    pub fn walked_out(&self) -> bool {
        self.ending.is_some()
    }
}

/// The shortest budget a moment gives, in seconds, whatever the rule says.
pub const MIN_BUDGET: f64 = 1.0;

/// The thinking budget of one moment, run by the real time that passes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThinkingClock {
    rule: ThinkingRule,
    budget: f64,
    left: f64,
    thought: f64,
}

impl ThinkingClock {
    /// A full budget for this moment.
    pub fn start(rule: ThinkingRule, view: &View) -> ThinkingClock {
        let budget = rule.budget(view).max(MIN_BUDGET);
        ThinkingClock::resume(rule, budget, budget)
    }

    /// A budget of `budget` seconds with `left` of them still to go (the
    /// game keeps these on its patience bar).
    pub fn resume(rule: ThinkingRule, budget: f64, left: f64) -> ThinkingClock {
        // A budget of no time would run out endlessly; a second is the least
        // any moment gives.
        let budget = budget.max(MIN_BUDGET);
        ThinkingClock {
            rule,
            budget,
            left: left.clamp(0.0, budget),
            thought: 0.0,
        }
    }

    pub fn rule(&self) -> ThinkingRule {
        self.rule
    }

    /// The whole budget, in seconds.
    pub fn budget(&self) -> f64 {
        self.budget
    }

    /// Seconds left before the customer waits another
    /// `minutes_per_overrun`.
    pub fn left(&self) -> f64 {
        self.left
    }

    /// The share of the budget left, from 1 (all of it) down towards 0.
    pub fn share_left(&self) -> f64 {
        self.left / self.budget
    }

    /// Seconds fed to this clock so far.
    pub fn thought(&self) -> f64 {
        self.thought
    }

    /// Runs the clock for `seconds` and returns how many budgets ran out.
    /// Each one that runs out starts again in full; the time past its end
    /// counts against the next.
    pub fn run(&mut self, seconds: f64) -> u32 {
        if seconds.is_nan() || seconds <= 0.0 {
            return 0;
        }
        self.thought += seconds;
        self.left -= seconds;
        if self.left > 0.0 {
            return 0;
        }
        let overruns = (-self.left / self.budget).floor() + 1.0;
        self.left = (self.left + overruns * self.budget).clamp(f64::MIN_POSITIVE, self.budget);
        overruns.min(f64::from(u32::MAX)) as u32
    }

    /// Runs the clock for `seconds` of thinking and keeps the customer
    /// waiting in `session` for every budget that ran out, one
    /// [`Session::hesitate`] each, until they walk out.
    pub fn think(&mut self, session: &mut Session, seconds: f64) -> KeptWaiting {
        let mood_before = session.mood();
        let overruns = self.run(seconds);
        let mut minutes = 0.0;
        let mut ending = None;
        for _ in 0..overruns {
            if session.is_over() {
                break;
            }
            minutes += self.rule.minutes_per_overrun;
            ending = session.hesitate(self.rule.minutes_per_overrun);
            if ending.is_some() {
                break;
            }
        }
        KeptWaiting {
            seconds: self.thought,
            overruns,
            minutes,
            mood_before,
            mood_after: session.mood(),
            band_before: Band::of(mood_before),
            band_after: Band::of(session.mood()),
            ending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::mood::Band;
    use crate::core::session::{ReplyOption, Stake};

    fn view(line: &str, replies: &[&str]) -> View {
        View {
            node: "n".into(),
            customer: "C".into(),
            narration: "Narration is not counted.".into(),
            line: line.into(),
            replies: replies
                .iter()
                .enumerate()
                .map(|(i, t)| ReplyOption {
                    number: i + 1,
                    shown: i + 1,
                    text: (*t).into(),
                })
                .collect(),
            mood: 50.0,
            band: Band::Neutral,
            clock: 0.0,
            stake: Stake {
                yearly: 0.0,
                lifetime_loyal: 0.0,
                lifetime_now: 0.0,
            },
        }
    }

    #[test]
    fn the_budget_is_ten_seconds_plus_reading_at_eighteen_characters_a_second() {
        // 18 + 18 + 36 characters: four seconds of reading.
        let v = view(&"a".repeat(18), &[&"b".repeat(18), &"c".repeat(36)]);
        assert_eq!(ThinkingRule::default().budget(&v), 14.0);
        assert_eq!(ThinkingRule::default().budget(&view("", &[])), 10.0);
    }

    #[test]
    fn the_budget_counts_characters_not_bytes() {
        let v = view(&"é".repeat(18), &[]);
        assert_eq!(ThinkingRule::DEFAULT.budget(&v), 11.0);
    }

    #[test]
    fn a_clock_counts_every_full_budget_and_carries_the_rest() {
        let mut clock = ThinkingClock::resume(ThinkingRule::DEFAULT, 24.0, 24.0);
        assert_eq!(clock.run(10.0), 0);
        assert_eq!(clock.left(), 14.0);
        assert_eq!(clock.run(21.0), 1);
        assert_eq!(clock.left(), 17.0);
        assert_eq!(clock.run(17.0 + 48.0), 3);
        assert_eq!(clock.left(), 24.0);
        assert_eq!(clock.thought(), 96.0);
        assert_eq!(clock.share_left(), 1.0);
    }

    #[test]
    fn no_time_or_time_going_backwards_costs_nothing() {
        let mut clock = ThinkingClock::resume(ThinkingRule::DEFAULT, 12.0, 12.0);
        assert_eq!(clock.run(0.0), 0);
        assert_eq!(clock.run(-5.0), 0);
        assert_eq!(clock.run(f64::NAN), 0);
        assert_eq!(clock.left(), 12.0);
    }

    #[test]
    fn a_budget_of_no_time_still_ends() {
        let rule = ThinkingRule {
            base_seconds: 0.0,
            ..ThinkingRule::DEFAULT
        };
        let mut clock = ThinkingClock::start(rule, &view("", &[]));
        assert_eq!(clock.budget(), MIN_BUDGET);
        assert_eq!(clock.run(10.0), 10);
    }
}
