//! What a workshop leaves behind: every scenario run, every decision's
//! vote counts and the room's choice, each team's outcome and money, and
//! the timings. The facilitator's side fills a [`WorkshopRecord`] as the
//! workshop runs; it is kept with the learners' records and exported for
//! the manager to mail round.
//!
//! Plain data with no rules: every figure in it is what the core computed
//! or the room voted at the time.

use serde::{Deserialize, Serialize};

use super::ChoiceRule;
use crate::core::scenario::Outcome;

/// How the room votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VotingKind {
    /// Everyone votes from a phone.
    Phones,
    /// The facilitator types in a show of hands.
    Hands,
    /// Named teams, each voting from its phones for its own customer.
    Teams,
}

/// A whole workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkshopRecord {
    /// A UUID, unique on every machine (records from several machines
    /// merge on it).
    pub id: String,
    /// Seconds since 1970.
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub voting: VotingKind,
    /// The teams' names, in order (empty: the room votes as one).
    pub teams: Vec<String>,
    /// Phones that joined (0 for a show of hands).
    pub phones_joined: u32,
    /// The scenarios in the order they were run.
    pub scenarios: Vec<ScenarioRun>,
}

/// One scenario of the running order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioRun {
    pub scenario: String,
    pub title: String,
    /// The scenario's content fingerprint, as attempts keep it.
    pub fingerprint: String,
    /// The seed every team's customer was drawn with.
    pub seed: u64,
    /// One per team; one for the room without teams.
    pub teams: Vec<TeamRun>,
}

/// One team's conversation with its customer (the room's, without teams).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamRun {
    /// The team's name; `None` for the room as one.
    pub team: Option<String>,
    pub decisions: Vec<DecisionRecord>,
    /// The ending reached; `None` if the workshop moved on before it.
    pub ending: Option<EndingRecord>,
}

/// How a team's conversation ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndingRecord {
    pub ending: String,
    pub outcome: Outcome,
    pub walked_out: bool,
    pub score: u32,
    pub grade: char,
    /// Lifetime value kept and lost against the customer's worth on
    /// arrival, as the debrief shows them.
    pub kept: f64,
    pub lost: f64,
}

/// One decision: the vote and what it led to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionRecord {
    pub node: String,
    /// The customer's line the room answered.
    pub line: String,
    /// Every reply offered, in the order shown, with its votes.
    pub replies: Vec<ReplyVotes>,
    /// The stable number of the reply played.
    pub chosen: usize,
    /// How it was chosen (majority, tie, no votes, or overridden).
    pub rule: ChoiceRule,
    /// The best reply offered here, by the analysis.
    pub best: Option<usize>,
    /// Principle points the chosen reply earned.
    pub points: i64,
    pub mood_before: f64,
    pub mood_after: f64,
    /// Seconds from opening the vote to locking it.
    pub seconds_voting: u32,
    /// Seconds the discussion timer ran after the reveal.
    pub seconds_discussing: u32,
}

/// A reply as offered at a decision, and its votes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyVotes {
    pub number: usize,
    pub text: String,
    pub votes: u32,
}
