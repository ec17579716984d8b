//! The debrief: everything shown once the conversation has ended.

use serde::{Deserialize, Serialize};

use super::Session;
use super::grading::grade;
use super::review::{Decision, SessionMode};
use super::step::{MoodPoint, Position};
use crate::core::money::{self, Revenue, WordOfMouth};
use crate::core::scenario::Outcome;

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
    pub text: String,
    pub walked_out: bool,
}

/// Everything shown at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    pub scenario: String,
    pub title: String,
    /// The language the scenario's texts are shown in (a BCP 47 tag) when
    /// it is played through a translation; absent for the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub seed: u64,
    /// Practice or assessment: in assessment the review is the first time
    /// the player sees the coaching.
    pub mode: SessionMode,
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
    /// Every decision replayed: the reply chosen and the best one offered,
    /// each with its coaching.
    pub review: Vec<Decision>,
    pub mood_timeline: Vec<MoodPoint>,
    pub final_mood: f64,
    pub minutes: f64,
    pub revenue: Revenue,
    pub word_of_mouth: WordOfMouth,
    pub lesson: String,
    pub questions: Vec<String>,
    pub money_explanation: String,
    /// The best path, as stable reply numbers, to replay.
    pub best_path: Vec<usize>,
    /// The best path's replies, in words.
    pub best_replies: Vec<TakenReply>,
}

impl Session {
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
            language: s.translated.as_ref().map(|t| t.language.clone()),
            seed: self.seed,
            mode: self.mode(),
            choices: self.choices.clone(),
            score,
            grade: grade(score),
            raw_score: self.raw_score,
            best_score: p.analysis.best_score,
            worst_score: p.analysis.worst_score,
            ending: EndingReport {
                id: e.id.clone(),
                outcome: e.outcome,
                text: e.text.clone(),
                walked_out,
            },
            principles,
            replies: self.replies.clone(),
            review: self.review(),
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
            best_replies: p.best_replies(),
        })
    }
}
