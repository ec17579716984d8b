//! The report's sums per learner, per scenario and per principle. Each
//! summary keeps the counts and totals its averages and shares divide, so
//! every figure shown can be checked against the ones beside it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::AttemptRecord;
use crate::core::scenario::Outcome;
use crate::core::session::Prepared;

/// What one learner did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearnerSummary {
    pub name: String,
    /// Attempts started.
    pub attempts: u32,
    pub finished: u32,
    /// Distinct scenarios attempted.
    pub scenarios: u32,
    /// Distinct scenarios with a passed attempt.
    pub mastered: u32,
    /// The scores of the finished attempts, added up.
    pub score_total: u64,
    pub best_score: Option<u32>,
    /// Seconds spent (see [`AttemptRecord::active_seconds`]).
    pub seconds: i64,
}

/// How one scenario went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioSummary {
    pub scenario: String,
    /// From the scenario library, when it holds the scenario.
    pub title: Option<String>,
    /// Attempts started.
    pub attempts: u32,
    pub finished: u32,
    /// Distinct learners.
    pub learners: u32,
    /// Finished attempts per outcome, in [`Outcome::ALL`]'s order.
    pub outcomes: [u32; 4],
    /// Finished attempts where the customer walked out.
    pub walked_out: u32,
    /// Finished attempts at or above the pass mark.
    pub passed: u32,
    pub score_total: u64,
}

/// One principle across every finished attempt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleSummary {
    pub id: String,
    pub name: String,
    /// Points earned (negative: broken more than honoured).
    pub earned: i64,
    /// Points the best paths of the same attempts' scenarios earn.
    pub best: i64,
    /// Finished attempts that met it.
    pub attempts: u32,
}

impl LearnerSummary {
    /// The average score of the finished attempts.
    pub fn average(&self) -> Option<f64> {
        average(self.score_total, self.finished)
    }
}

impl ScenarioSummary {
    /// The average score of the finished attempts.
    pub fn average(&self) -> Option<f64> {
        average(self.score_total, self.finished)
    }

    /// The finished attempts with each outcome.
    pub fn outcome_counts(&self) -> impl Iterator<Item = (Outcome, u32)> + '_ {
        Outcome::ALL.into_iter().zip(self.outcomes)
    }
}

impl PrincipleSummary {
    /// Earned as a share of the best, in percent (negative when broken).
    pub fn share(&self) -> Option<f64> {
        (self.best != 0).then(|| 100.0 * self.earned as f64 / self.best as f64)
    }
}

fn average(total: u64, count: u32) -> Option<f64> {
    (count > 0).then(|| total as f64 / f64::from(count))
}

pub(super) fn learners(attempts: &[AttemptRecord]) -> Vec<LearnerSummary> {
    let mut by_name: BTreeMap<String, Vec<&AttemptRecord>> = BTreeMap::new();
    for a in attempts {
        by_name.entry(a.learner.clone()).or_default().push(a);
    }
    let mut learners: Vec<LearnerSummary> = by_name
        .into_iter()
        .map(|(name, mine)| LearnerSummary {
            name,
            attempts: mine.len() as u32,
            finished: mine.iter().filter(|a| a.finished()).count() as u32,
            scenarios: distinct(mine.iter().map(|a| a.scenario.as_str())),
            mastered: distinct(
                mine.iter()
                    .filter(|a| a.passed())
                    .map(|a| a.scenario.as_str()),
            ),
            score_total: mine.iter().filter_map(|a| a.score).map(u64::from).sum(),
            best_score: mine.iter().filter_map(|a| a.score).max(),
            seconds: mine.iter().map(|a| a.active_seconds()).sum(),
        })
        .collect();
    learners.sort_by_key(|l| l.name.to_lowercase());
    learners
}

pub(super) fn scenarios(
    attempts: &[AttemptRecord],
    library: &HashMap<&str, &Prepared>,
) -> Vec<ScenarioSummary> {
    let mut by_id: BTreeMap<&str, Vec<&AttemptRecord>> = BTreeMap::new();
    for a in attempts {
        by_id.entry(a.scenario.as_str()).or_default().push(a);
    }
    by_id
        .into_iter()
        .map(|(id, these)| {
            let mut outcomes = [0; 4];
            for a in &these {
                if let Some(o) = a.outcome.filter(|_| a.finished()) {
                    let i = Outcome::ALL.iter().position(|&x| x == o).unwrap_or(0);
                    outcomes[i] += 1;
                }
            }
            ScenarioSummary {
                scenario: id.to_string(),
                title: library.get(id).map(|p| p.scenario.title.clone()),
                attempts: these.len() as u32,
                finished: these.iter().filter(|a| a.finished()).count() as u32,
                learners: distinct(these.iter().map(|a| a.learner.as_str())),
                outcomes,
                walked_out: these
                    .iter()
                    .filter(|a| a.finished() && a.walked_out)
                    .count() as u32,
                passed: these.iter().filter(|a| a.passed()).count() as u32,
                score_total: these.iter().filter_map(|a| a.score).map(u64::from).sum(),
            }
        })
        .collect()
}

pub(super) fn principles(attempts: &[AttemptRecord]) -> Vec<PrincipleSummary> {
    let mut by_id: BTreeMap<&str, PrincipleSummary> = BTreeMap::new();
    for a in attempts.iter().filter(|a| a.finished()) {
        for p in &a.principles {
            let sum = by_id.entry(&p.id).or_insert_with(|| PrincipleSummary {
                id: p.id.clone(),
                name: p.name.clone(),
                earned: 0,
                best: 0,
                attempts: 0,
            });
            sum.earned += p.earned;
            sum.best += p.best;
            sum.attempts += 1;
        }
    }
    let mut principles: Vec<PrincipleSummary> = by_id.into_values().collect();
    // The weakest first: what to train next.
    principles.sort_by(|a, b| {
        let share = |p: &PrincipleSummary| p.share().unwrap_or(f64::INFINITY);
        share(a)
            .total_cmp(&share(b))
            .then_with(|| a.name.cmp(&b.name))
    });
    principles
}

fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> u32 {
    items.collect::<BTreeSet<_>>().len() as u32
}
