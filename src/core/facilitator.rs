//! The facilitator's notes as a workshop screen shows them: for a decision,
//! the model answer and the tempting replies in words with their points,
//! the question for the room and the minutes; for a scenario, its time
//! budget along the best path. The notes are written in the scenario file
//! (`facilitator: (...)`, see `scenarios/README.md`) and checked by the
//! validator, so every reply they name exists.

use serde::Serialize;

use crate::core::scenario::{DecisionNotes, Facilitator};
use crate::core::session::Prepared;

/// A reply the notes speak of, with the note on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotedReply {
    /// The stable reply number (1-based place in the file).
    pub number: usize,
    pub text: String,
    /// The reply's own points (the sum of its principle weights).
    pub points: i64,
    /// Why it is the model answer, or why it tempts and fails.
    pub note: String,
}

/// The facilitator's notes on one decision, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionBrief {
    /// The node's id.
    pub node: String,
    /// The customer's line (as written, before any mood line).
    pub line: String,
    /// The reply the facilitator argues for, with why.
    pub model_answer: NotedReply,
    /// The reply the analysis counts best here (a tie with the model answer
    /// counts as the model answer); a screen can flag a difference.
    pub best: usize,
    /// The tempting wrong replies, in reply order, each with why it tempts.
    pub tempting: Vec<NotedReply>,
    /// A question to put to the room before the coaching is revealed.
    pub ask: Option<String>,
    /// Minutes suggested for the decision.
    pub minutes: u32,
}

/// The minutes a workshop is suggested to spend on a scenario along its
/// best path: each decision's, then the closing discussion's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkshopTiming {
    /// Node id and minutes, for each decision on the best path (once each).
    pub decisions: Vec<(String, u32)>,
    pub debrief: u32,
    /// The sum of the above.
    pub total: u32,
}

impl Prepared {
    /// The facilitator's notes on the scenario, if it has any.
    pub fn facilitator(&self) -> Option<&Facilitator> {
        self.scenario.facilitator.as_ref()
    }

    /// The facilitator's notes on the decision at node `node`, in words;
    /// `None` when the scenario has no notes on it.
    pub fn decision_notes(&self, node: &str) -> Option<DecisionBrief> {
        let notes = self.facilitator()?.decisions.get(node)?;
        let ni = self.scenario.node_index(node)?;
        self.brief(ni, notes)
    }

    /// The notes of every decision on the best path that has notes, in the
    /// path's order (each node once).
    pub fn best_path_notes(&self) -> Vec<DecisionBrief> {
        let mut seen = Vec::new();
        self.analysis
            .best_path
            .iter()
            .filter(|step| {
                let first = !seen.contains(&step.node);
                seen.push(step.node);
                first
            })
            .filter_map(|step| self.decision_notes(&self.scenario.nodes[step.node].id))
            .collect()
    }

    /// Every decision's notes: the best path's first, in its order, then the
    /// others in the order of the scenario's nodes.
    pub fn all_notes(&self) -> Vec<DecisionBrief> {
        let mut briefs = self.best_path_notes();
        for node in &self.scenario.nodes {
            if !briefs.iter().any(|b| b.node == node.id)
                && let Some(brief) = self.decision_notes(&node.id)
            {
                briefs.push(brief);
            }
        }
        briefs
    }

    /// The suggested minutes along the best path; `None` without notes.
    /// A decision with no notes counts no minutes.
    pub fn workshop_timing(&self) -> Option<WorkshopTiming> {
        let notes = self.facilitator()?;
        let decisions: Vec<(String, u32)> = self
            .best_path_notes()
            .into_iter()
            .map(|b| (b.node, b.minutes))
            .collect();
        let total = decisions.iter().map(|(_, m)| m).sum::<u32>() + notes.debrief_minutes;
        Some(WorkshopTiming {
            decisions,
            debrief: notes.debrief_minutes,
            total,
        })
    }

    /// One decision's notes in words. The validator has checked that every
    /// reply number names a reply of the node, so none is left out.
    fn brief(&self, ni: usize, notes: &DecisionNotes) -> Option<DecisionBrief> {
        let node = &self.scenario.nodes[ni];
        let noted = |number: usize, note: &str| {
            node.replies
                .get(number.wrapping_sub(1))
                .map(|r| NotedReply {
                    number,
                    text: r.text.clone(),
                    points: r.score(),
                    note: note.to_string(),
                })
        };
        let all: Vec<usize> = (0..node.replies.len()).collect();
        let best = self
            .analysis
            .best_reply(ni, &all, Some(notes.model_answer.wrapping_sub(1)))
            .map_or(notes.model_answer, |r| r + 1);
        Some(DecisionBrief {
            node: node.id.clone(),
            line: node.line.clone(),
            model_answer: noted(notes.model_answer, &notes.why)?,
            best,
            tempting: notes
                .tempting
                .iter()
                .filter_map(|(&n, why)| noted(n, why))
                .collect(),
            ask: notes.ask.clone(),
            minutes: notes.minutes,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::core::load::{self, Vocabulary};
    use crate::core::scenario::Scenario;
    use crate::core::session::fingerprint;

    fn shipped(id: &str) -> Scenario {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenarios/{id}.ron"));
        load::load_file(&path, &Vocabulary::builtin())
            .scenario
            .expect("the shipped scenario reads")
    }

    fn prepare(s: &Scenario) -> Arc<Prepared> {
        let valid = load::check(s, &Vocabulary::builtin()).expect("valid");
        Prepared::new(valid, &Vocabulary::builtin())
    }

    #[test]
    fn a_decision_s_notes_come_with_the_replies_in_words_and_their_points() {
        let p = prepare(&shipped("over-the-limit"));
        let b = p
            .decision_notes("the-call")
            .expect("notes on the first decision");
        assert_eq!(b.node, "the-call");
        assert!(
            b.line.starts_with("You charged me six hundred"),
            "{}",
            b.line
        );
        assert_eq!(b.model_answer.number, 1);
        assert!(
            b.model_answer
                .text
                .starts_with("I'm sorry. That's our error")
        );
        assert_eq!(b.model_answer.points, 3);
        assert!(b.model_answer.note.starts_with("Whose error"));
        assert_eq!(b.best, 1, "the analysis agrees");
        let tempting: Vec<(usize, i64)> = b.tempting.iter().map(|t| (t.number, t.points)).collect();
        assert_eq!(tempting, [(2, -2), (3, -1), (4, -3)]);
        assert!(b.tempting[0].text.contains("5 to 7 business days"));
        assert!(b.ask.as_deref().is_some_and(|a| a.contains("team note")));
        assert_eq!(b.minutes, 3);
    }

    #[test]
    fn endings_and_unknown_nodes_have_no_notes() {
        let p = prepare(&shipped("over-the-limit"));
        assert!(p.decision_notes("stays").is_none());
        assert!(p.decision_notes("nowhere").is_none());
    }

    #[test]
    fn the_best_path_s_notes_come_first_and_the_timing_adds_them_up() {
        let p = prepare(&shipped("over-the-limit"));
        let path: Vec<String> = p.best_path_notes().into_iter().map(|b| b.node).collect();
        assert_eq!(path, ["the-call", "refund-timing", "costs", "goodwill"]);
        let all: Vec<String> = p.all_notes().into_iter().map(|b| b.node).collect();
        assert_eq!(&all[..4], &path[..]);
        assert_eq!(&all[4..], ["blamed", "five-to-seven"], "then in node order");
        let t = p.workshop_timing().expect("timed");
        let minutes: Vec<u32> = t.decisions.iter().map(|(_, m)| *m).collect();
        assert_eq!(minutes, [3, 3, 3, 2]);
        assert_eq!(t.debrief, 4);
        assert_eq!(t.total, 3 + 3 + 3 + 2 + 4);
    }

    #[test]
    fn a_model_answer_the_analysis_disagrees_with_shows_both() {
        let mut s = shipped("over-the-limit");
        let notes = s.facilitator.as_mut().expect("notes");
        notes.decisions.get_mut("the-call").unwrap().model_answer = 2;
        let p = prepare(&s);
        let b = p.decision_notes("the-call").unwrap();
        assert_eq!((b.model_answer.number, b.best), (2, 1));
        assert_eq!(b.model_answer.points, -2);
    }

    #[test]
    fn a_scenario_without_notes_has_no_notes_or_timing() {
        let mut s = shipped("over-the-limit");
        s.facilitator = None;
        let p = prepare(&s);
        assert!(p.facilitator().is_none());
        assert!(p.decision_notes("the-call").is_none());
        assert!(p.best_path_notes().is_empty());
        assert!(p.workshop_timing().is_none());
    }

    #[test]
    fn notes_never_change_the_scenario_s_fingerprint() {
        let with = shipped("over-the-limit");
        let mut without = with.clone();
        without.facilitator = None;
        assert_eq!(fingerprint(&with), fingerprint(&without));
        let mut edited = with.clone();
        edited.nodes[0].replies[0].mood += 1.0;
        assert_ne!(
            fingerprint(&with),
            fingerprint(&edited),
            "play content still counts"
        );
    }
}
