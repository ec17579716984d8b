//! What a session shows and what a reply does: the values the step API
//! returns to front ends.

use serde::{Deserialize, Serialize};

use super::review::Coaching;
use crate::core::mood::Band;
use crate::core::scenario::Outcome;

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
    /// What happened at this point.
    pub kind: Event,
}

/// What moved the mood at a point of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Event {
    /// The customer arrived.
    Arrived,
    /// The customer waited before the next moment (a node's `minutes`).
    Waited { minutes: f64 },
    /// The player chose reply `number` at node `node`.
    Replied { number: usize, node: String },
    /// The player hesitated and kept the customer waiting (timed mode).
    KeptWaiting { minutes: f64 },
}

/// A reply the player may choose now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplyOption {
    /// The stable number: the reply's 1-based position in the scenario
    /// file, the number [`Session::choose`](super::Session::choose),
    /// `--choices` and saved sessions use.
    pub number: usize,
    /// Where it is shown, 1-based: the number the player presses or types.
    pub shown: usize,
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

impl View {
    /// The stable number of the reply shown at 1-based position `shown`.
    pub fn number_shown_at(&self, shown: usize) -> Option<usize> {
        self.replies
            .iter()
            .find(|r| r.shown == shown)
            .map(|r| r.number)
    }
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
    /// What happened, from the customer's side (shown in every mode).
    pub happened: String,
    /// The reply's coaching and principle points: `None` in assessment
    /// mode, where they wait for the debrief's review.
    pub coaching: Option<Coaching>,
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
