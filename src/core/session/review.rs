//! Practice and assessment: whether each reply's coaching shows at once, and
//! the debrief's decision-by-decision review.
//!
//! ## The rule
//! - **Practice** (the default) teaches: each reply's [`Consequences`] carry
//!   its coaching and principle points ([`Coaching`]).
//! - **Assessment** tests: each reply's consequences carry only what
//!   happened to the customer (the reply, the mood and clock, the
//!   customer's value, what happened in their eyes, and what comes next);
//!   `coaching` is `None`, so no front end can show the lesson, the
//!   principles or the points before the end. The score is kept as usual.
//! - In both modes the [`Debrief`](super::Debrief) carries the mode and a
//!   [`Decision`] per reply taken: the node, the customer's line, the reply
//!   chosen with its points and coaching, and the best reply offered at that
//!   moment with its coaching. Front ends show the review in assessment
//!   mode, where it is the first time the coaching is seen.
//!
//! "Best" is the analysis's: among the replies offered at that moment, the
//! one that starts an optimal path from that node
//! ([`Analysis::best_reply`](crate::core::analysis::Analysis::best_reply)),
//! counted as if arriving there with nothing taken yet. A reply tied with
//! the best is the best, so taking it counts as choosing the best.
//!
//! [`Consequences`]: super::Consequences

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Session;

/// How a session treats coaching: see the module's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionMode {
    /// Coaching and principle points after every reply.
    #[default]
    Practice,
    /// Coaching held back until the debrief's review.
    Assessment,
}

impl SessionMode {
    /// Whether a reply's coaching shows as soon as it is chosen.
    pub fn coaches_at_once(self) -> bool {
        self == SessionMode::Practice
    }
}

/// The lesson of one reply: shown after it in practice, held back in
/// assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coaching {
    /// Why the reply worked or did not, and what the lesson is.
    pub text: String,
    /// Principle points this reply earned (0 for a reply taken before).
    pub points: i64,
    /// The principles it touched, with their weights.
    pub principles: BTreeMap<String, i32>,
}

/// One reply as the review shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewedReply {
    /// 1-based position in the node's list of replies.
    pub number: usize,
    pub text: String,
    /// For the reply chosen, the points it earned (0 if taken before); for
    /// the best reply, the points it is worth.
    pub points: i64,
    pub principles: BTreeMap<String, i32>,
    pub coaching: String,
}

/// One decision of the playthrough, replayed in the debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// The node's id.
    pub node: String,
    /// What the customer said, as they said it then.
    pub line: String,
    pub chosen: ReviewedReply,
    /// The best reply offered then; `None` only when the analysis could not
    /// value the node's replies (a loop too large to search).
    pub best: Option<ReviewedReply>,
    /// Whether the reply chosen was (or tied with) the best.
    pub chose_best: bool,
}

/// What the session remembers of a decision to review it at the end.
#[derive(Debug, Clone)]
pub(super) struct Asked {
    pub node: usize,
    /// 0-based index of the reply chosen.
    pub reply: usize,
    /// 0-based indices of the replies offered.
    pub offered: Vec<usize>,
    pub line: String,
    pub points: i64,
}

impl Session {
    /// Every decision taken so far, with the best reply offered at each.
    pub fn review(&self) -> Vec<Decision> {
        let p = &self.prepared;
        self.asked
            .iter()
            .map(|a| {
                let node = &p.scenario.nodes[a.node];
                let reviewed = |r: usize, points: i64| {
                    let reply = &node.replies[r];
                    ReviewedReply {
                        number: r + 1,
                        text: reply.text.clone(),
                        points,
                        principles: reply.principles.clone(),
                        coaching: reply.feedback.coaching.clone(),
                    }
                };
                let best = p.analysis.best_reply(a.node, &a.offered, Some(a.reply));
                Decision {
                    node: node.id.clone(),
                    line: a.line.clone(),
                    chosen: reviewed(a.reply, a.points),
                    best: best.map(|b| reviewed(b, node.replies[b].score())),
                    chose_best: best == Some(a.reply),
                }
            })
            .collect()
    }
}
