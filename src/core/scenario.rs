//! The scenario model: what a trainer writes in a `scenarios/*.ron` file.
//!
//! Every field is documented in `scenarios/README.md`, the authoring guide.
//! Fields with a sensible default are optional in the file; the validator
//! (`crate::core::validate`) checks ranges and references after loading.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::translation::Translated;

/// Mood is a number from 0 (gone) to 100 (delighted).
pub const MOOD_MIN: f64 = 0.0;
/// The top of the mood scale.
pub const MOOD_MAX: f64 = 100.0;

/// One scenario: a customer, a conversation graph, its endings and a debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    /// The real story the scenario is drawn from.
    pub source: String,
    pub setting: String,
    pub difficulty: Difficulty,
    /// Estimated minutes to play.
    pub minutes: u32,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The lesson in a sentence or two.
    pub lesson: String,
    pub customer: Customer,
    /// How money is counted; every field has a default.
    #[serde(default)]
    pub economics: Economics,
    /// The id of the first node.
    pub start: String,
    pub nodes: Vec<Node>,
    pub endings: Vec<Ending>,
    /// The ending used when the customer's mood falls to "gone" and they walk
    /// out mid-conversation. Defaults to the first ending whose outcome is
    /// `LostAndTelling`, else the first `Lost` one.
    #[serde(default)]
    pub walk_out: Option<String>,
    pub debrief: Debrief,
    /// Notes for a workshop's facilitator, never shown to the room. Left out
    /// of the serialised form when absent, and of the scenario's
    /// fingerprint always: notes change nothing a learner plays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<Facilitator>,
    /// Set when the texts are a translation's
    /// ([`crate::core::translation::overlay`]): the language, the texts
    /// still in the original language, and the original's fingerprint,
    /// which the scenario keeps. Never read from or written to a file.
    #[serde(skip)]
    pub translated: Option<Box<Translated>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

/// Who the player is serving.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    pub name: String,
    pub description: String,
    /// Mood on arrival, 0–100.
    pub mood: f64,
    /// Mood points lost per minute of waiting. 0 is a saint; 3 loses a band in
    /// about five minutes.
    pub patience: f64,
    /// Dollars spent per visit, as a range (low, high).
    pub spend_per_visit: (f64, f64),
    /// Visits per year, as a range (low, high). A daily regular is (365, 365).
    pub visits_per_year: (f64, f64),
    /// How many people this customer talks to about a service experience, as
    /// a range (low, high).
    pub talks_to: (u32, u32),
}

/// How the customer's value is counted. Defaults: revenue (margin 1.0), a 10%
/// yearly discount rate, a five-year horizon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Economics {
    /// Share of revenue that is profit, 0.01–1. 1.0 counts revenue.
    pub margin: f64,
    /// Yearly discount rate, 0–1.
    pub discount_rate: f64,
    /// How many years of the customer's future count.
    pub horizon_years: u32,
    /// What the money stands for: a shop's sales (the default), or, for a
    /// public service, what the caller pays elsewhere when it fails them.
    pub counts: Counts,
}

/// What a scenario's money stands for, so the debrief names it rightly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Counts {
    /// A business's sales: revenue, or profit when the margin is below 1.
    #[default]
    Sales,
    /// A public service (a tax office's phone line): nothing is a lost sale;
    /// the money is what the caller pays elsewhere when the service fails
    /// them, and the loss is the agency's trust.
    PublicService,
}

impl Default for Economics {
    fn default() -> Self {
        Economics {
            margin: 1.0,
            discount_rate: 0.10,
            horizon_years: 5,
            counts: Counts::Sales,
        }
    }
}

/// A moment in the conversation: the customer speaks, the player replies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    /// What the player sees: "The line is ten deep."
    #[serde(default)]
    pub narration: String,
    /// The customer's line.
    pub line: String,
    /// Lines that replace `line` when their condition holds; the first that
    /// holds wins.
    #[serde(default)]
    pub mood_lines: Vec<MoodLine>,
    /// Minutes that pass on the clock before this moment (waiting in a queue,
    /// on hold).
    #[serde(default)]
    pub minutes: f64,
    pub replies: Vec<Reply>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoodLine {
    pub when: Condition,
    pub line: String,
}

/// A condition on the conversation so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// The customer's mood is above this value.
    MoodAbove(f64),
    /// The customer's mood is below this value.
    MoodBelow(f64),
    /// The conversation has passed through this node.
    Visited(String),
    /// The conversation has not passed through this node.
    NotVisited(String),
}

/// One thing the player can say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub text: String,
    /// Mood change, -100 to 100.
    #[serde(default)]
    pub mood: f64,
    /// Random spread around `mood`: the change is drawn from mood ± spread.
    #[serde(default)]
    pub spread: f64,
    /// Minutes the reply takes.
    #[serde(default)]
    pub minutes: f64,
    /// Principle id → weight (-5 to 5): positive honours, negative breaks.
    #[serde(default)]
    pub principles: BTreeMap<String, i32>,
    #[serde(default)]
    pub feedback: Feedback,
    /// The id of the node or ending this reply leads to.
    pub next: String,
    /// Offer this reply only when the condition holds.
    #[serde(default)]
    pub when: Option<Condition>,
    /// Show this reply after the shuffled ones, in file order ("say
    /// nothing" stays last). Mark every reply of a node to keep its order.
    #[serde(default, skip_serializing_if = "is_false")]
    pub stay_last: bool,
}

/// Leaves a `false` flag out of the serialised form, so a scenario's
/// fingerprint changes only when a flag is set.
fn is_false(flag: &bool) -> bool {
    !flag
}

impl Reply {
    /// The sum of the reply's principle weights.
    pub fn score(&self) -> i64 {
        self.principles.values().map(|&w| i64::from(w)).sum()
    }
}

/// What the player learns after choosing a reply.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    /// What happened, from the customer's side.
    #[serde(default)]
    pub happened: String,
    /// Coaching: why, and what the lesson is.
    #[serde(default)]
    pub coaching: String,
}

/// How a conversation ends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub id: String,
    pub outcome: Outcome,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// The customer stays and stays happy.
    KeptLoyal,
    /// The customer stays for now, but the next slip loses them.
    KeptAtRisk,
    /// The customer goes elsewhere.
    Lost,
    /// The customer goes elsewhere and tells everyone why.
    LostAndTelling,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::KeptLoyal,
        Outcome::KeptAtRisk,
        Outcome::Lost,
        Outcome::LostAndTelling,
    ];

    pub fn is_kept(self) -> bool {
        matches!(self, Outcome::KeptLoyal | Outcome::KeptAtRisk)
    }
}

/// The closing lesson, for the trainee and for a workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Debrief {
    pub lesson: String,
    pub questions: Vec<String>,
    /// The money at stake, explained in words.
    pub money: String,
}

/// A workshop facilitator's notes on a scenario: what it is for, and per
/// decision the model answer, why the wrong replies tempt, a question for
/// the room and a time budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facilitator {
    /// What the scenario teaches a room and where rooms go wrong, for the
    /// facilitator to read before the session.
    pub summary: String,
    /// Minutes suggested for the closing discussion (the debrief's
    /// questions).
    pub debrief_minutes: u32,
    /// Node id → the notes for the decision there.
    pub decisions: BTreeMap<String, DecisionNotes>,
}

/// The facilitator's notes on one decision. Replies are named by their
/// stable numbers: 1-based positions in the node's `replies`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionNotes {
    /// The reply the facilitator argues for.
    pub model_answer: usize,
    /// Why it is the model answer.
    pub why: String,
    /// Reply number → why that reply tempts a room, and why it fails.
    #[serde(default)]
    pub tempting: BTreeMap<usize, String>,
    /// A question to put to the room before the coaching is revealed.
    #[serde(default)]
    pub ask: Option<String>,
    /// Minutes suggested for the decision in a workshop: reading, the vote,
    /// the reveal and the argument.
    pub minutes: u32,
}

/// A principle of good service, from `scenarios/principles.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Where the principle comes from in the source stories.
    #[serde(default)]
    pub source: String,
}

/// Where a reply leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Node(usize),
    Ending(usize),
}

impl Scenario {
    /// Whether the text under `key` (a key of
    /// [`crate::core::translation::texts`]) is shown in the original
    /// language although the scenario is shown translated, so a front end
    /// can mark it.
    pub fn is_untranslated(&self, key: &str) -> bool {
        self.translated
            .as_ref()
            .is_some_and(|t| t.untranslated.contains(key))
    }

    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    pub fn ending_index(&self, id: &str) -> Option<usize> {
        self.endings.iter().position(|e| e.id == id)
    }

    /// The ending a customer who walks out reaches, if the scenario has one.
    pub fn walk_out_ending(&self) -> Option<usize> {
        match &self.walk_out {
            Some(id) => self.ending_index(id),
            None => self
                .endings
                .iter()
                .position(|e| e.outcome == Outcome::LostAndTelling)
                .or_else(|| self.endings.iter().position(|e| e.outcome == Outcome::Lost)),
        }
    }

    /// Resolves an id to a node or an ending. Nodes win if both exist (the
    /// validator reports that as a duplicate).
    pub fn target(&self, id: &str) -> Option<Target> {
        self.node_index(id)
            .map(Target::Node)
            .or_else(|| self.ending_index(id).map(Target::Ending))
    }
}
