//! The step API every front end uses: start a session from a scenario and a
//! seed, ask what to show ([`Session::view`]), choose a reply and get its
//! consequences ([`Session::choose`]), and at an ending get the debrief
//! ([`Session::debrief`]).
//!
//! A node's replies are shown in a seeded, shuffled order ([`order`]); a
//! reply is always chosen by its stable number, its 1-based position in the
//! scenario file, whatever position it is shown at.
//!
//! A session is deterministic: the same scenario, seed and replies give the
//! same result, byte for byte. It saves as the seed and the replies chosen
//! ([`SavedSession`]) and restores by replaying them.
//!
//! A session is played in practice or assessment mode ([`SessionMode`]):
//! assessment holds each reply's coaching back until the debrief's review
//! (the rule is in `review.rs`).

mod debrief;
mod grading;
mod order;
mod prepared;
mod review;
mod saved;
mod step;
mod timed;

use std::collections::BTreeMap;
use std::sync::Arc;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::core::money::{self, Spending};
use crate::core::mood::{self, Band};
use crate::core::scenario::{Condition, Reply, Scenario, Target};

pub use debrief::{Debrief, EndingReport, PrincipleScore, TakenReply};
pub use grading::{grade, normalise};
pub use order::{Options, shown_order};
pub use prepared::Prepared;
pub use review::{Coaching, Decision, ReviewedReply, SessionMode};
pub use saved::{RestoreError, SavedSession, fingerprint, fnv1a};
pub use step::{
    ChoiceError, Consequences, Event, MoodPoint, Next, Position, ReplyOption, Stake, View,
};
pub use timed::{KeptWaiting, ThinkingClock, ThinkingRule};

/// A fresh seed for a new customer, short enough to type back in.
pub fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    (nanos % 1_000_000) as u64
}

#[derive(Debug, Clone)]
pub struct Session {
    prepared: Arc<Prepared>,
    seed: u64,
    options: Options,
    rng: ChaCha8Rng,
    position: Position,
    mood: f64,
    clock: f64,
    visited: Vec<bool>,
    taken: std::collections::HashSet<(usize, usize)>,
    raw_score: i64,
    earned: BTreeMap<String, i64>,
    choices: Vec<usize>,
    hesitations: Vec<(usize, f64)>,
    replies: Vec<TakenReply>,
    asked: Vec<review::Asked>,
    timeline: Vec<MoodPoint>,
    spending: Spending,
}

/// The moment before a reply, which its consequences are measured from.
struct Before {
    mood: f64,
    value: f64,
    clock: f64,
}

impl Session {
    /// Starts a conversation with the default options (replies shuffled):
    /// see [`Session::new_with`].
    pub fn new(prepared: Arc<Prepared>, seed: u64) -> Session {
        Session::new_with(prepared, seed, Options::default())
    }

    /// Starts a conversation in the given mode, replies shuffled.
    pub fn with_mode(prepared: Arc<Prepared>, seed: u64, mode: SessionMode) -> Session {
        let options = Options {
            mode,
            ..Options::default()
        };
        Session::new_with(prepared, seed, options)
    }

    /// Starts a conversation: samples the customer's spending from the seed
    /// and brings them to the first moment (waiting, if it says so).
    pub fn new_with(prepared: Arc<Prepared>, seed: u64, options: Options) -> Session {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let c = &prepared.scenario.customer;
        let spending = Spending::draw(c, &mut rng);
        let start = prepared.start;
        let mood = mood::clamp(c.mood);
        let node_count = prepared.scenario.nodes.len();
        let mut session = Session {
            seed,
            options,
            rng,
            position: Position::At(start),
            mood,
            clock: 0.0,
            visited: vec![false; node_count],
            taken: Default::default(),
            raw_score: 0,
            earned: BTreeMap::new(),
            choices: Vec::new(),
            hesitations: Vec::new(),
            replies: Vec::new(),
            asked: Vec::new(),
            timeline: vec![MoodPoint {
                step: 0,
                minutes: 0.0,
                mood,
                band: Band::of(mood),
                kind: Event::Arrived,
            }],
            spending,
            prepared,
        };
        session.enter(start);
        session
    }

    pub fn prepared(&self) -> &Arc<Prepared> {
        &self.prepared
    }

    pub fn scenario(&self) -> &Scenario {
        &self.prepared.scenario
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn options(&self) -> Options {
        self.options
    }

    /// Practice or assessment.
    pub fn mode(&self) -> SessionMode {
        self.options.mode
    }

    pub fn mood(&self) -> f64 {
        self.mood
    }

    pub fn position(&self) -> Position {
        self.position
    }

    pub fn choices(&self) -> &[usize] {
        &self.choices
    }

    /// The replies chosen so far, with the points each earned (kept in
    /// assessment too, where the consequences hold them back).
    pub fn replies(&self) -> &[TakenReply] {
        &self.replies
    }

    pub fn spending(&self) -> Spending {
        self.spending
    }

    pub fn is_over(&self) -> bool {
        matches!(self.position, Position::Ended { .. })
    }

    /// Moves to node `n`: the clock runs for its `minutes`, and the customer
    /// may walk out.
    fn enter(&mut self, n: usize) {
        let node = &self.prepared.scenario.nodes[n];
        self.visited[n] = true;
        self.position = Position::At(n);
        if node.minutes > 0.0 {
            self.mood = mood::wait(
                self.mood,
                self.prepared.scenario.customer.patience,
                node.minutes,
            );
            self.clock += node.minutes;
            self.timeline.push(MoodPoint {
                step: self.choices.len(),
                minutes: self.clock,
                mood: self.mood,
                band: Band::of(self.mood),
                kind: Event::Waited {
                    minutes: node.minutes,
                },
            });
        }
        if mood::is_gone(self.mood) {
            self.walk_out();
        }
    }

    fn walk_out(&mut self) {
        let ending = self.prepared.walk_out;
        self.position = Position::Ended {
            ending,
            walked_out: true,
        };
    }

    fn condition_holds(&self, cond: &Condition) -> bool {
        match cond {
            Condition::MoodAbove(v) => self.mood > *v,
            Condition::MoodBelow(v) => self.mood < *v,
            Condition::Visited(id) | Condition::NotVisited(id) => {
                let seen =
                    matches!(self.prepared.ids.get(id), Some(Target::Node(n)) if self.visited[*n]);
                matches!(cond, Condition::Visited(_)) == seen
            }
        }
    }

    /// The replies offered now, as stable 1-based numbers in file order.
    pub fn available(&self) -> Vec<usize> {
        let Position::At(n) = self.position else {
            return Vec::new();
        };
        self.prepared.scenario.nodes[n]
            .replies
            .iter()
            .enumerate()
            .filter(|(_, r)| r.when.as_ref().is_none_or(|c| self.condition_holds(c)))
            .map(|(i, _)| i + 1)
            .collect()
    }

    fn value_now(&self) -> f64 {
        money::lifetime_value(
            self.spending.yearly(),
            money::retention_in_play(self.mood),
            &self.prepared.scenario.economics,
        )
    }

    /// The customer's line at node `n`, chosen by mood where the scenario
    /// says so.
    fn line_at(&self, n: usize) -> String {
        let node = &self.prepared.scenario.nodes[n];
        node.mood_lines
            .iter()
            .find(|ml| self.condition_holds(&ml.when))
            .map_or(&node.line, |ml| &ml.line)
            .clone()
    }

    /// What to show now; `None` once the conversation has ended.
    pub fn view(&self) -> Option<View> {
        let Position::At(n) = self.position else {
            return None;
        };
        let s = &self.prepared.scenario;
        let node = &s.nodes[n];
        let line = self.line_at(n);
        let available = self.available();
        let replies = shown_order(&node.replies, self.seed, n, self.options)
            .into_iter()
            .map(|i| i + 1)
            .filter(|number| available.contains(number))
            .enumerate()
            .map(|(i, number)| ReplyOption {
                number,
                shown: i + 1,
                text: node.replies[number - 1].text.clone(),
            })
            .collect();
        Some(View {
            node: node.id.clone(),
            customer: s.customer.name.clone(),
            narration: node.narration.clone(),
            line,
            replies,
            mood: self.mood,
            band: Band::of(self.mood),
            clock: self.clock,
            stake: Stake {
                yearly: self.spending.yearly(),
                lifetime_loyal: money::lifetime_value(
                    self.spending.yearly(),
                    money::LOYAL_RETENTION,
                    &s.economics,
                ),
                lifetime_now: self.value_now(),
            },
        })
    }

    /// Chooses reply `number` (its stable number: its 1-based position in
    /// the file, not where it is shown) and returns what follows.
    pub fn choose(&mut self, number: usize) -> Result<Consequences, ChoiceError> {
        let (n, offered) = self.offered_at(number)?;
        let prepared = Arc::clone(&self.prepared);
        let reply = &prepared.scenario.nodes[n].replies[number - 1];
        let line = self.line_at(n);
        let before = Before {
            mood: self.mood,
            value: self.value_now(),
            clock: self.clock,
        };
        self.react_to(reply);
        let points = self.score_reply(n, number - 1, reply);
        self.record(n, number, &offered, line, points);
        self.follow(prepared.ids[reply.next.as_str()]);
        Ok(self.consequences(number, reply, &before, points))
    }

    /// The node reply `number` is chosen at and the replies offered there;
    /// an error if the conversation has ended or that reply is not offered.
    fn offered_at(&self, number: usize) -> Result<(usize, Vec<usize>), ChoiceError> {
        let Position::At(n) = self.position else {
            return Err(ChoiceError::Ended);
        };
        let available = self.available();
        if !available.contains(&number) {
            return Err(ChoiceError::NotAvailable {
                node: self.prepared.scenario.nodes[n].id.clone(),
                number,
                available,
            });
        }
        Ok((n, available))
    }

    /// The customer reacts to a reply: their mood moves by its change (with
    /// its spread drawn from the session's randomness), then they wait
    /// through its minutes while the clock runs.
    fn react_to(&mut self, reply: &Reply) {
        let delta = if reply.spread > 0.0 {
            reply.mood + self.rng.random_range(-reply.spread..=reply.spread)
        } else {
            reply.mood
        };
        self.mood = mood::apply(self.mood, delta);
        let patience = self.prepared.scenario.customer.patience;
        self.mood = mood::wait(self.mood, patience, reply.minutes);
        self.clock += reply.minutes;
    }

    /// The points reply `index` at node `n` earns: its score and principles
    /// the first time it is chosen, nothing when it is chosen again.
    fn score_reply(&mut self, n: usize, index: usize, reply: &Reply) -> i64 {
        if !self.taken.insert((n, index)) {
            return 0;
        }
        let points = reply.score();
        self.raw_score += points;
        for (p, &w) in &reply.principles {
            *self.earned.entry(p.clone()).or_insert(0) += i64::from(w);
        }
        points
    }

    /// Records reply `number` at node `n`: among the choices, for the
    /// review (with the replies `offered` and the customer's `line`), among
    /// the debrief's replies and on the mood timeline.
    fn record(&mut self, n: usize, number: usize, offered: &[usize], line: String, points: i64) {
        let node = &self.prepared.scenario.nodes[n];
        self.choices.push(number);
        self.asked.push(review::Asked {
            node: n,
            reply: number - 1,
            offered: offered.iter().map(|a| a - 1).collect(),
            line,
            points,
        });
        self.replies.push(TakenReply {
            node: node.id.clone(),
            number,
            text: node.replies[number - 1].text.clone(),
            points,
        });
        self.timeline.push(MoodPoint {
            step: self.choices.len(),
            minutes: self.clock,
            mood: self.mood,
            band: Band::of(self.mood),
            kind: Event::Replied {
                number,
                node: node.id.clone(),
            },
        });
    }

    /// Moves to where a reply leads: an ending that loses the customer ends
    /// there, gone or not; otherwise a customer gone walks out, and an
    /// ending or the next node follows.
    fn follow(&mut self, target: Target) {
        match target {
            Target::Ending(k) if !self.prepared.scenario.endings[k].outcome.is_kept() => {
                self.end_at(k);
            }
            _ if mood::is_gone(self.mood) => self.walk_out(),
            Target::Ending(k) => self.end_at(k),
            Target::Node(m) => self.enter(m),
        }
    }

    /// Ends the conversation at ending `k`, reached by a reply.
    fn end_at(&mut self, k: usize) {
        self.position = Position::Ended {
            ending: k,
            walked_out: false,
        };
    }

    /// Where the conversation is now, as a front end shows it.
    fn next(&self) -> Next {
        let s = &self.prepared.scenario;
        match self.position {
            Position::At(m) => Next::Node {
                id: s.nodes[m].id.clone(),
            },
            Position::Ended { ending, walked_out } => Next::Ending {
                id: s.endings[ending].id.clone(),
                outcome: s.endings[ending].outcome,
                text: s.endings[ending].text.clone(),
                walked_out,
            },
        }
    }

    /// The customer's expected lifetime value now: at an ending, with the
    /// retention its outcome allows.
    fn value_here(&self) -> f64 {
        let s = &self.prepared.scenario;
        match self.position {
            Position::Ended { ending, .. } => money::lifetime_value(
                self.spending.yearly(),
                money::retention(s.endings[ending].outcome, self.mood),
                &s.economics,
            ),
            Position::At(_) => self.value_now(),
        }
    }

    /// What reply `number` did, from the moment `before` it to now.
    fn consequences(
        &self,
        number: usize,
        reply: &Reply,
        before: &Before,
        points: i64,
    ) -> Consequences {
        Consequences {
            number,
            reply: reply.text.clone(),
            mood_before: before.mood,
            mood_after: self.mood,
            band_before: Band::of(before.mood),
            band_after: Band::of(self.mood),
            minutes: self.clock - before.clock,
            happened: reply.feedback.happened.clone(),
            coaching: self.mode().coaches_at_once().then(|| Coaching {
                text: reply.feedback.coaching.clone(),
                points,
                principles: reply.principles.clone(),
            }),
            value_before: before.value,
            value_after: self.value_here(),
            next: self.next(),
        }
    }

    /// The player hesitates: `minutes` pass on the clock while the customer
    /// waits for an answer, costing patience as any wait does. Returns the
    /// ending if the customer walks out. Used by the game's timed mode.
    pub fn hesitate(&mut self, minutes: f64) -> Option<Next> {
        let Position::At(_) = self.position else {
            return None;
        };
        let minutes = minutes.max(0.0);
        self.hesitations.push((self.choices.len(), minutes));
        self.mood = mood::wait(self.mood, self.prepared.scenario.customer.patience, minutes);
        self.clock += minutes;
        self.timeline.push(MoodPoint {
            step: self.choices.len(),
            minutes: self.clock,
            mood: self.mood,
            band: Band::of(self.mood),
            kind: Event::KeptWaiting { minutes },
        });
        if !mood::is_gone(self.mood) {
            return None;
        }
        self.walk_out();
        Some(self.next())
    }

    /// The 0–100 score so far.
    pub fn score(&self) -> u32 {
        let a = &self.prepared.analysis;
        normalise(self.raw_score, a.best_score, a.worst_score)
    }
}
