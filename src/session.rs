//! The step API every front end uses: start a session from a scenario and a
//! seed, ask what to show ([`Session::view`]), choose a reply and get its
//! consequences ([`Session::choose`]), and at an ending get the debrief
//! ([`Session::debrief`]).
//!
//! A session is deterministic: the same scenario, seed and replies give the
//! same result, byte for byte. It saves as the seed and the replies chosen
//! ([`SavedSession`]) and restores by replaying them.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::analysis::{self, Analysis, AnalysisError};
use crate::load::Vocabulary;
use crate::money::{self, Revenue, Spending, WordOfMouth};
use crate::mood::{self, Band};
use crate::scenario::{Condition, Feedback, Outcome, Scenario, Target};

/// A scenario made ready to play: analysed once, shared by every session.
#[derive(Debug)]
pub struct Prepared {
    pub scenario: Scenario,
    pub analysis: Analysis,
    /// Principle id → display name.
    pub principle_names: BTreeMap<String, String>,
    /// Points per principle along the best path.
    pub best_principles: BTreeMap<String, i64>,
    ids: HashMap<String, Target>,
}

impl Prepared {
    /// Prepares a scenario that has passed validation.
    pub fn new(
        scenario: Scenario,
        vocabulary: &Vocabulary,
    ) -> Result<Arc<Prepared>, AnalysisError> {
        let analysis = analysis::analyze(&scenario)?;
        let ids = crate::graph::index(&scenario)
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let principle_names = vocabulary
            .principles
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect();
        let mut best_principles = BTreeMap::new();
        let mut seen = std::collections::HashSet::new();
        for step in &analysis.best_path {
            if seen.insert((step.node, step.reply)) {
                for (p, &w) in &scenario.nodes[step.node].replies[step.reply].principles {
                    *best_principles.entry(p.clone()).or_insert(0) += i64::from(w);
                }
            }
        }
        Ok(Arc::new(Prepared {
            scenario,
            analysis,
            principle_names,
            best_principles,
            ids,
        }))
    }

    /// The best path as 1-based reply numbers.
    pub fn best_choices(&self) -> Vec<usize> {
        self.analysis
            .best_path
            .iter()
            .map(|s| s.reply + 1)
            .collect()
    }

    /// The worst path as 1-based reply numbers.
    pub fn worst_choices(&self) -> Vec<usize> {
        self.analysis
            .worst_path
            .iter()
            .map(|s| s.reply + 1)
            .collect()
    }
}

/// Where the conversation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    At(usize),
    Ended { ending: usize, walked_out: bool },
}

/// One point of the mood timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoodPoint {
    /// Replies chosen so far.
    pub step: usize,
    /// Minutes on the clock.
    pub minutes: f64,
    pub mood: f64,
    pub band: Band,
    /// What happened: "arrived", "waited 28 min", "reply 2", …
    pub event: String,
}

/// A reply the player may choose now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplyOption {
    /// 1-based position in the node's list: the number to choose it by.
    pub number: usize,
    pub text: String,
}

/// The money visible during play.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stake {
    /// This customer's yearly value.
    pub yearly: f64,
    /// Their lifetime value if they stayed loyal.
    pub lifetime_loyal: f64,
    /// Their expected lifetime value if they left now, in this mood.
    pub lifetime_now: f64,
}

/// What to show now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct View {
    pub node: String,
    pub customer: String,
    pub narration: String,
    /// The customer's line, chosen by mood where the scenario says so.
    pub line: String,
    pub replies: Vec<ReplyOption>,
    pub mood: f64,
    pub band: Band,
    /// Minutes since the customer arrived.
    pub clock: f64,
    pub stake: Stake,
}

/// What follows a reply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Next {
    Node {
        id: String,
    },
    Ending {
        id: String,
        outcome: Outcome,
        text: String,
        walked_out: bool,
    },
}

/// The consequences of one reply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consequences {
    pub number: usize,
    pub reply: String,
    pub mood_before: f64,
    pub mood_after: f64,
    pub band_before: Band,
    pub band_after: Band,
    /// Minutes that passed (the reply's and, if any, the wait before the next
    /// moment).
    pub minutes: f64,
    pub feedback: Feedback,
    /// Principle points this reply earned (0 for a reply taken before).
    pub points: i64,
    pub principles: BTreeMap<String, i32>,
    /// Expected lifetime value before and after, if the customer left now.
    pub value_before: f64,
    pub value_after: f64,
    pub next: Next,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceError {
    /// The conversation has already ended.
    Ended,
    /// No reply with that number is offered here.
    NotAvailable {
        node: String,
        number: usize,
        available: Vec<usize>,
    },
}

impl std::fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChoiceError::Ended => write!(f, "the conversation has already ended"),
            ChoiceError::NotAvailable {
                node,
                number,
                available,
            } => {
                let list: Vec<String> = available.iter().map(usize::to_string).collect();
                write!(
                    f,
                    "reply {number} is not available at `{node}`; the replies here are {}",
                    list.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for ChoiceError {}

/// Per-principle result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrincipleScore {
    pub id: String,
    pub name: String,
    /// Points earned in this playthrough.
    pub earned: i64,
    /// Points the best path earns.
    pub best: i64,
}

/// One reply of the playthrough, for the debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TakenReply {
    pub node: String,
    pub number: usize,
    pub text: String,
    pub points: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndingReport {
    pub id: String,
    pub outcome: Outcome,
    pub outcome_label: String,
    pub text: String,
    pub walked_out: bool,
}

/// Everything shown at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    pub scenario: String,
    pub title: String,
    pub seed: u64,
    pub choices: Vec<usize>,
    /// 0–100, normalised so the best path scores 100 and the worst 0.
    pub score: u32,
    pub grade: char,
    pub raw_score: i64,
    pub best_score: i64,
    pub worst_score: i64,
    pub ending: EndingReport,
    pub principles: Vec<PrincipleScore>,
    pub replies: Vec<TakenReply>,
    pub mood_timeline: Vec<MoodPoint>,
    pub final_mood: f64,
    pub minutes: f64,
    pub revenue: Revenue,
    pub word_of_mouth: WordOfMouth,
    pub lesson: String,
    pub questions: Vec<String>,
    pub money_explanation: String,
    /// The best path, as reply numbers, to replay.
    pub best_path: Vec<usize>,
}

/// A session saved mid-scenario: enough to replay it exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedSession {
    pub scenario: String,
    /// A fingerprint of the scenario's content, to notice edits.
    pub fingerprint: String,
    pub seed: u64,
    pub choices: Vec<usize>,
    /// Hesitations in timed mode: (replies chosen before it, minutes).
    #[serde(default)]
    pub hesitations: Vec<(usize, f64)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    WrongScenario { saved: String, given: String },
    ScenarioChanged,
    Replay(ChoiceError),
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::WrongScenario { saved, given } => {
                write!(f, "the saved session is for `{saved}`, not `{given}`")
            }
            RestoreError::ScenarioChanged => write!(
                f,
                "the scenario has changed since the session was saved, so it cannot be replayed exactly"
            ),
            RestoreError::Replay(e) => write!(f, "the saved replies no longer fit: {e}"),
        }
    }
}

impl std::error::Error for RestoreError {}

/// A letter grade for a 0–100 score.
pub fn grade(score: u32) -> char {
    match score {
        90.. => 'A',
        80..=89 => 'B',
        65..=79 => 'C',
        50..=64 => 'D',
        _ => 'F',
    }
}

/// The 0–100 score of a raw principle score between `worst` and `best`.
pub fn normalise(raw: i64, best: i64, worst: i64) -> u32 {
    if best <= worst {
        return 100;
    }
    let share = (raw - worst) as f64 / (best - worst) as f64;
    (share * 100.0).round().clamp(0.0, 100.0) as u32
}

/// Minutes on the clock as shown to players: "2 min", "2.7 min".
pub fn minutes_label(m: f64) -> String {
    if (m - m.round()).abs() < 0.05 {
        format!("{:.0} min", m)
    } else {
        format!("{m:.1} min")
    }
}

/// A fresh seed for a new customer, short enough to type back in.
pub fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    (nanos % 1_000_000) as u64
}

/// A stable fingerprint of a scenario's content (FNV-1a over its RON form).
pub fn fingerprint(s: &Scenario) -> String {
    let text = ron::ser::to_string(s).expect("a scenario serialises");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[derive(Debug, Clone)]
pub struct Session {
    prepared: Arc<Prepared>,
    seed: u64,
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
    timeline: Vec<MoodPoint>,
    spending: Spending,
}

fn sample(rng: &mut ChaCha8Rng, (low, high): (f64, f64)) -> f64 {
    if high > low {
        rng.random_range(low..=high)
    } else {
        low
    }
}

impl Session {
    /// Starts a conversation: samples the customer's spending from the seed
    /// and brings them to the first moment (waiting, if it says so).
    pub fn new(prepared: Arc<Prepared>, seed: u64) -> Session {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let c = &prepared.scenario.customer;
        let spending = Spending {
            spend_per_visit: sample(&mut rng, c.spend_per_visit),
            visits_per_year: sample(&mut rng, c.visits_per_year),
            talks_to: if c.talks_to.1 > c.talks_to.0 {
                rng.random_range(c.talks_to.0..=c.talks_to.1)
            } else {
                c.talks_to.0
            },
        };
        let start = match prepared.ids.get(&prepared.scenario.start) {
            Some(Target::Node(n)) => *n,
            _ => unreachable!("prepared scenarios start at a node"),
        };
        let mood = mood::clamp(c.mood);
        let node_count = prepared.scenario.nodes.len();
        let mut session = Session {
            seed,
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
            timeline: vec![MoodPoint {
                step: 0,
                minutes: 0.0,
                mood,
                band: Band::of(mood),
                event: "arrives".into(),
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

    pub fn mood(&self) -> f64 {
        self.mood
    }

    pub fn position(&self) -> Position {
        self.position
    }

    pub fn choices(&self) -> &[usize] {
        &self.choices
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
                event: format!("waits {} min", trim_minutes(node.minutes)),
            });
        }
        if mood::is_gone(self.mood) {
            self.walk_out();
        }
    }

    fn walk_out(&mut self) {
        let ending = self
            .prepared
            .scenario
            .walk_out_ending()
            .expect("validated scenarios have a walk-out ending");
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

    /// The replies offered now, as 1-based numbers.
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

    /// What to show now; `None` once the conversation has ended.
    pub fn view(&self) -> Option<View> {
        let Position::At(n) = self.position else {
            return None;
        };
        let s = &self.prepared.scenario;
        let node = &s.nodes[n];
        let line = node
            .mood_lines
            .iter()
            .find(|ml| self.condition_holds(&ml.when))
            .map_or(&node.line, |ml| &ml.line)
            .clone();
        let replies = self
            .available()
            .into_iter()
            .map(|number| ReplyOption {
                number,
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

    /// Chooses reply `number` (1-based, as shown) and returns what follows.
    pub fn choose(&mut self, number: usize) -> Result<Consequences, ChoiceError> {
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
        let prepared = Arc::clone(&self.prepared);
        let s = &prepared.scenario;
        let reply = &s.nodes[n].replies[number - 1];
        let mood_before = self.mood;
        let value_before = self.value_now();
        let clock_before = self.clock;

        let delta = if reply.spread > 0.0 {
            reply.mood + self.rng.random_range(-reply.spread..=reply.spread)
        } else {
            reply.mood
        };
        self.mood = mood::apply(self.mood, delta);
        self.mood = mood::wait(self.mood, s.customer.patience, reply.minutes);
        self.clock += reply.minutes;

        let first_time = self.taken.insert((n, number - 1));
        let points = if first_time { reply.score() } else { 0 };
        if first_time {
            self.raw_score += points;
            for (p, &w) in &reply.principles {
                *self.earned.entry(p.clone()).or_insert(0) += i64::from(w);
            }
        }
        self.choices.push(number);
        self.replies.push(TakenReply {
            node: s.nodes[n].id.clone(),
            number,
            text: reply.text.clone(),
            points,
        });
        self.timeline.push(MoodPoint {
            step: self.choices.len(),
            minutes: self.clock,
            mood: self.mood,
            band: Band::of(self.mood),
            event: format!("reply {number} at {}", s.nodes[n].id),
        });

        let target = prepared.ids[reply.next.as_str()];
        match target {
            Target::Ending(k) if !s.endings[k].outcome.is_kept() => {
                // A reply that loses the customer ends there, gone or not.
                self.position = Position::Ended {
                    ending: k,
                    walked_out: false,
                };
            }
            _ if mood::is_gone(self.mood) => self.walk_out(),
            Target::Ending(k) => {
                self.position = Position::Ended {
                    ending: k,
                    walked_out: false,
                };
            }
            Target::Node(m) => self.enter(m),
        }

        let next = match self.position {
            Position::At(m) => Next::Node {
                id: s.nodes[m].id.clone(),
            },
            Position::Ended { ending, walked_out } => Next::Ending {
                id: s.endings[ending].id.clone(),
                outcome: s.endings[ending].outcome,
                text: s.endings[ending].text.clone(),
                walked_out,
            },
        };
        Ok(Consequences {
            number,
            reply: reply.text.clone(),
            mood_before,
            mood_after: self.mood,
            band_before: Band::of(mood_before),
            band_after: Band::of(self.mood),
            minutes: self.clock - clock_before,
            feedback: reply.feedback.clone(),
            points,
            principles: reply.principles.clone(),
            value_before,
            value_after: match self.position {
                Position::Ended { ending, .. } => money::lifetime_value(
                    self.spending.yearly(),
                    money::retention(s.endings[ending].outcome, self.mood),
                    &s.economics,
                ),
                Position::At(_) => self.value_now(),
            },
            next,
        })
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
            event: format!("kept waiting {} min", trim_minutes(minutes)),
        });
        if !mood::is_gone(self.mood) {
            return None;
        }
        self.walk_out();
        let Position::Ended { ending, walked_out } = self.position else {
            unreachable!("walking out ends the conversation")
        };
        let e = &self.prepared.scenario.endings[ending];
        Some(Next::Ending {
            id: e.id.clone(),
            outcome: e.outcome,
            text: e.text.clone(),
            walked_out,
        })
    }

    /// The 0–100 score so far.
    pub fn score(&self) -> u32 {
        let a = &self.prepared.analysis;
        normalise(self.raw_score, a.best_score, a.worst_score)
    }

    /// The debrief, once the conversation has ended.
    pub fn debrief(&self) -> Option<Debrief> {
        let Position::Ended { ending, walked_out } = self.position else {
            return None;
        };
        let p = &self.prepared;
        let s = &p.scenario;
        let e = &s.endings[ending];
        let score = self.score();
        let mut ids: Vec<&String> = self.earned.keys().chain(p.best_principles.keys()).collect();
        ids.sort();
        ids.dedup();
        let principles = ids
            .into_iter()
            .map(|id| PrincipleScore {
                id: id.clone(),
                name: p
                    .principle_names
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| id.clone()),
                earned: self.earned.get(id).copied().unwrap_or(0),
                best: p.best_principles.get(id).copied().unwrap_or(0),
            })
            .collect();
        Some(Debrief {
            scenario: s.id.clone(),
            title: s.title.clone(),
            seed: self.seed,
            choices: self.choices.clone(),
            score,
            grade: grade(score),
            raw_score: self.raw_score,
            best_score: p.analysis.best_score,
            worst_score: p.analysis.worst_score,
            ending: EndingReport {
                id: e.id.clone(),
                outcome: e.outcome,
                outcome_label: e.outcome.label().to_string(),
                text: e.text.clone(),
                walked_out,
            },
            principles,
            replies: self.replies.clone(),
            mood_timeline: self.timeline.clone(),
            final_mood: self.mood,
            minutes: self.clock,
            revenue: money::revenue(
                &s.customer,
                &s.economics,
                &self.spending,
                e.outcome,
                self.mood,
            ),
            word_of_mouth: money::word_of_mouth(e.outcome, &self.spending, s.economics.margin),
            lesson: s.debrief.lesson.clone(),
            questions: s.debrief.questions.clone(),
            money_explanation: s.debrief.money.clone(),
            best_path: p.best_choices(),
        })
    }

    /// The session as it stands, to resume later.
    pub fn save(&self) -> SavedSession {
        SavedSession {
            scenario: self.prepared.scenario.id.clone(),
            fingerprint: fingerprint(&self.prepared.scenario),
            seed: self.seed,
            choices: self.choices.clone(),
            hesitations: self.hesitations.clone(),
        }
    }

    /// Restores a saved session by replaying its replies.
    pub fn restore(prepared: Arc<Prepared>, saved: &SavedSession) -> Result<Session, RestoreError> {
        if saved.scenario != prepared.scenario.id {
            return Err(RestoreError::WrongScenario {
                saved: saved.scenario.clone(),
                given: prepared.scenario.id.clone(),
            });
        }
        if saved.fingerprint != fingerprint(&prepared.scenario) {
            return Err(RestoreError::ScenarioChanged);
        }
        let mut session = Session::new(prepared, saved.seed);
        let mut waits = saved.hesitations.iter().peekable();
        for (i, &c) in saved.choices.iter().enumerate() {
            while let Some(&(_, minutes)) = waits.next_if(|(at, _)| *at <= i) {
                session.hesitate(minutes);
            }
            session.choose(c).map_err(RestoreError::Replay)?;
        }
        for &(_, minutes) in waits {
            session.hesitate(minutes);
        }
        Ok(session)
    }
}

fn trim_minutes(m: f64) -> String {
    if (m - m.round()).abs() < 1e-9 {
        format!("{}", m.round())
    } else {
        format!("{m:.1}")
    }
}
