//! A scenario made ready to play: analysed once, shared by every session.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::TakenReply;
use crate::core::analysis::Analysis;
use crate::core::scenario::{Scenario, Target};
use crate::core::validate::ValidScenario;
use crate::core::vocabulary::Vocabulary;

/// A scenario made ready to play: analysed once, shared by every session.
/// Only a [`ValidScenario`] can be prepared, so every reference in it leads
/// somewhere and the conversation can always end.
#[derive(Debug)]
pub struct Prepared {
    pub scenario: Scenario,
    pub analysis: Analysis,
    /// Principle id → display name.
    pub principle_names: BTreeMap<String, String>,
    /// Points per principle along the best path.
    pub best_principles: BTreeMap<String, i64>,
    pub(super) ids: HashMap<String, Target>,
    /// The node the conversation starts at.
    pub(super) start: usize,
    /// The ending a customer who walks out reaches.
    pub(super) walk_out: usize,
}

impl Prepared {
    /// Prepares a scenario that has passed validation, with the analysis
    /// the validator made.
    pub fn new(valid: ValidScenario, vocabulary: &Vocabulary) -> Arc<Prepared> {
        let (start, walk_out) = (valid.start_node(), valid.walk_out_ending());
        let (scenario, analysis) = valid.into_parts();
        let ids = crate::core::graph::index(&scenario)
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
        Arc::new(Prepared {
            scenario,
            analysis,
            principle_names,
            best_principles,
            ids,
            start,
            walk_out,
        })
    }

    /// The best path as stable reply numbers (1-based positions in the file).
    pub fn best_choices(&self) -> Vec<usize> {
        self.analysis
            .best_path
            .iter()
            .map(|s| s.reply + 1)
            .collect()
    }

    /// The best path's replies in words, each with the points it earns
    /// (a reply scores the first time it is taken).
    pub fn best_replies(&self) -> Vec<TakenReply> {
        let mut seen = std::collections::HashSet::new();
        self.analysis
            .best_path
            .iter()
            .map(|step| {
                let node = &self.scenario.nodes[step.node];
                let reply = &node.replies[step.reply];
                let first_time = seen.insert((step.node, step.reply));
                TakenReply {
                    node: node.id.clone(),
                    number: step.reply + 1,
                    text: reply.text.clone(),
                    points: if first_time { reply.score() } else { 0 },
                }
            })
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
