//! Choice analytics: at every decision point (a scenario's node), how many
//! answers chose each reply.
//!
//! - A **moment** is a node of a scenario, as recorded with each reply
//!   (schema 2). An attempt that comes back to a node counts each answer
//!   there, so a reply's share is of the answers given at that moment.
//! - Replies are told apart by their stable number (their place in the
//!   node in the scenario file); the text shown is the one recorded most
//!   recently, so a reply a trainer reworded shows its newer words.
//! - Replies recorded before the moment was kept (schema 1) have their
//!   moment reconstructed from the scenario library by following the
//!   replies from the start, when the library holds the very version that
//!   was played (same fingerprint). Otherwise they are counted under the
//!   scenario's **moment not recorded**, told apart by number and text.
//! - With the library, a moment also lists the replies nobody chose, shows
//!   the customer's line, and marks the **best** reply: the analysis's, the
//!   one that starts an optimal path from that node (as the assessment
//!   review's "best reply"), in the library's current version.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::AttemptRecord;
use crate::core::scenario::Target;
use crate::core::session::{Prepared, fingerprint};

/// One decision point and the replies chosen there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moment {
    pub scenario: String,
    /// The node's id; `None` for the replies whose moment is not recorded.
    pub node: Option<String>,
    /// What the customer says there, from the scenario library.
    pub line: Option<String>,
    /// Answers given there (the sum of the replies' `chosen`).
    pub answers: u32,
    /// By reply number.
    pub replies: Vec<ReplyShare>,
    /// The earliest reply of a conversation it was met at (1 = the first).
    pub first_step: usize,
}

/// One reply at a moment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplyShare {
    /// Stable reply number.
    pub number: usize,
    pub text: String,
    /// Answers that chose it.
    pub chosen: u32,
    /// Whether it is the best reply there (known only from the library).
    pub best: bool,
}

impl Moment {
    /// The share of the moment's answers that chose `reply`, in percent.
    pub fn share(&self, reply: &ReplyShare) -> f64 {
        if self.answers == 0 {
            0.0
        } else {
            100.0 * f64::from(reply.chosen) / f64::from(self.answers)
        }
    }

    /// The best reply's share of the answers, when the best is known.
    pub fn best_share(&self) -> Option<f64> {
        self.replies.iter().find(|r| r.best).map(|r| self.share(r))
    }
}

/// Fills in the moments of an attempt's replies recorded without one,
/// when `prepared` is the version of the scenario that was played.
pub(super) fn reconstruct_nodes(a: &mut AttemptRecord, prepared: &Prepared) {
    if a.steps.iter().all(|s| s.node.is_some()) || fingerprint(&prepared.scenario) != a.fingerprint
    {
        return;
    }
    let scenario = &prepared.scenario;
    let mut at = scenario.node_index(&scenario.start);
    for step in &mut a.steps {
        let Some(n) = at else { return };
        let node = &scenario.nodes[n];
        step.node.get_or_insert_with(|| node.id.clone());
        at = node.replies.get(step.reply.wrapping_sub(1)).and_then(|r| {
            match scenario.target(&r.next) {
                Some(Target::Node(next)) => Some(next),
                _ => None,
            }
        });
    }
}

/// Builds the moments from every attempt's replies.
pub(super) fn moments(
    attempts: &[AttemptRecord],
    library: &HashMap<&str, &Prepared>,
) -> Vec<Moment> {
    // (scenario, node) → (reply number, text) → chosen; texts by number, the latest.
    let mut tally: BTreeMap<(&str, Option<&str>), Tally> = BTreeMap::new();
    for a in attempts {
        for (i, step) in a.steps.iter().enumerate() {
            let t = tally
                .entry((a.scenario.as_str(), step.node.as_deref()))
                .or_insert_with(|| Tally {
                    first_step: i + 1,
                    ..Tally::default()
                });
            t.first_step = t.first_step.min(i + 1);
            // Where the moment is unknown, the text tells replies apart.
            let text_key = if step.node.is_some() { "" } else { &step.text };
            let c = t.chosen.entry((step.reply, text_key)).or_insert((0, ""));
            c.0 += 1;
            c.1 = &step.text;
        }
    }
    let mut moments: Vec<Moment> = tally
        .into_iter()
        .map(|((scenario, node), t)| moment(scenario, node, t, library.get(scenario).copied()))
        .collect();
    moments.sort_by(|a, b| {
        (&a.scenario, a.node.is_none(), a.first_step, &a.node).cmp(&(
            &b.scenario,
            b.node.is_none(),
            b.first_step,
            &b.node,
        ))
    });
    moments
}

#[derive(Default)]
struct Tally<'a> {
    first_step: usize,
    /// (reply number, text when the moment is unknown) → (chosen, latest text).
    chosen: BTreeMap<(usize, &'a str), (u32, &'a str)>,
}

fn moment(scenario: &str, node: Option<&str>, t: Tally<'_>, known: Option<&Prepared>) -> Moment {
    let mut replies: Vec<ReplyShare> = t
        .chosen
        .into_iter()
        .map(|((number, _), (chosen, text))| ReplyShare {
            number,
            text: text.to_string(),
            chosen,
            best: false,
        })
        .collect();
    let answers = replies.iter().map(|r| r.chosen).sum();
    let found = known.zip(node).and_then(|(p, id)| {
        let n = p.scenario.node_index(id)?;
        Some((p, n))
    });
    let mut line = None;
    if let Some((p, n)) = found {
        let node = &p.scenario.nodes[n];
        line = Some(node.line.clone());
        for (i, reply) in node.replies.iter().enumerate() {
            if !replies.iter().any(|r| r.number == i + 1) {
                replies.push(ReplyShare {
                    number: i + 1,
                    text: reply.text.clone(),
                    chosen: 0,
                    best: false,
                });
            }
        }
        replies.sort_by_key(|r| r.number);
        let all: Vec<usize> = (0..node.replies.len()).collect();
        if let Some(best) = p.analysis.best_reply(n, &all, None) {
            for r in &mut replies {
                r.best = r.number == best + 1;
            }
        }
    }
    Moment {
        scenario: scenario.to_string(),
        node: node.map(str::to_string),
        line,
        answers,
        replies,
        first_step: t.first_step,
    }
}
