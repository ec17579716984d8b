//! The xAPI statements of an attempt, built from its rows ([`xapi`] says
//! what they hold). [`attempts`](super::attempts) puts each one in the
//! outbox in the transaction that writes the rows it reports;
//! [`Records::attempt_statements`] builds them all again from the records
//! and the scenario (whose content the attempt's fingerprint pins), the
//! same text for as long as the learner's name, the actor identity and the
//! pass mark are unchanged.

use std::sync::Arc;

use rusqlite::{Connection, OptionalExtension, params};

use super::attempts::{Mode, ResumeError};
use super::{AttemptId, Error, Records, outbox, xapi};
use crate::core::scenario::Scenario;
use crate::core::session::{Decision, Prepared, Session};

/// An attempt's row, as its statements need it.
pub(super) struct Recorded {
    pub facts: xapi::AttemptFacts,
    /// Seconds since 1970.
    pub started_at: i64,
    /// Its ending, once finished.
    ending: Option<Ending>,
}

struct Ending {
    finished_at: i64,
    score: u32,
    ending: String,
    outcome: String,
}

/// A reply's row, as its statement needs it.
struct StepRow {
    number: usize,
    text: String,
    mood_before: f64,
    mood_after: f64,
    points: i64,
    /// Seconds since 1970.
    at: i64,
}

impl Records {
    /// What `attempt`'s row, its learner and the organisation's chosen
    /// identity say; `title` is its scenario's as shown, in `language` (a
    /// translation's tag; `None` for the original).
    pub(super) fn recorded(
        &self,
        attempt: AttemptId,
        title: &str,
        language: Option<&str>,
    ) -> Result<Recorded, Error> {
        let identity = self.actor_identity()?;
        let title = title.to_string();
        let language = language.unwrap_or(xapi::LANGUAGE).to_string();
        self.conn
            .query_row(
                "SELECT l.name, a.uuid, a.scenario, a.mode, a.started_at,
                     a.finished_at, coalesce(a.score, 0), coalesce(a.ending, ''),
                     coalesce(a.outcome, '')
                 FROM attempts a JOIN learners l ON l.id = a.learner_id WHERE a.id = ?1",
                [attempt.0],
                |row| {
                    let mode: String = row.get(3)?;
                    let ending = match row.get::<_, Option<i64>>(5)? {
                        Some(finished_at) => Some(Ending {
                            finished_at,
                            score: row.get(6)?,
                            ending: row.get(7)?,
                            outcome: row.get(8)?,
                        }),
                        None => None,
                    };
                    Ok(Recorded {
                        facts: xapi::AttemptFacts {
                            learner: row.get(0)?,
                            identity,
                            uuid: row.get(1)?,
                            scenario: row.get(2)?,
                            title,
                            language,
                            mode: Mode::parse(&mode),
                        },
                        started_at: row.get(4)?,
                        ending,
                    })
                },
            )
            .optional()?
            .ok_or(Error::NoSuchAttempt(attempt))
    }

    /// [`Records::recorded`] for an attempt played as `session`.
    pub(super) fn recorded_for(
        &self,
        attempt: AttemptId,
        session: &Session,
    ) -> Result<Recorded, Error> {
        let s = session.scenario();
        let language = s.translated.as_ref().map(|t| t.language.as_str());
        self.recorded(attempt, &s.title, language)
    }

    /// The `answered` statement of reply `step` (1-based) as its row keeps
    /// it; `session` has played at least that far, and `review` is its
    /// review.
    pub(super) fn answered_statement(
        &self,
        r: &Recorded,
        attempt: AttemptId,
        step: usize,
        session: &Session,
        review: &[Decision],
    ) -> Result<xapi::Statement, Error> {
        let row = self.conn.query_row(
            "SELECT reply, text, mood_before, mood_after, points, recorded_at
             FROM attempt_steps WHERE attempt_id = ?1 AND step = ?2",
            params![attempt.0, step as i64],
            |row| {
                Ok(StepRow {
                    number: row.get::<_, i64>(0)? as usize,
                    text: row.get(1)?,
                    mood_before: row.get(2)?,
                    mood_after: row.get(3)?,
                    points: row.get(4)?,
                    at: row.get(5)?,
                })
            },
        )?;
        let node = step
            .checked_sub(1)
            .and_then(|i| session.replies().get(i))
            .map(|taken| taken.node.as_str())
            .ok_or(Error::OutOfStep {
                attempt,
                expected: session.replies().len(),
                given: step,
            })?;
        let answer = xapi::Answer {
            step,
            moment: moment(session.scenario(), node),
            number: row.number,
            text: &row.text,
            best: best_at(review, step),
            points: row.points,
            mood_before: row.mood_before,
            mood_after: row.mood_after,
            at: row.at,
        };
        Ok(xapi::answered(&r.facts, &answer))
    }

    /// `completed` and `passed` or `failed`, once the attempt is finished.
    pub(super) fn finished_statements(&self, r: &Recorded) -> Result<Vec<xapi::Statement>, Error> {
        let Some(e) = &r.ending else {
            return Ok(Vec::new());
        };
        let finish = xapi::Finish {
            score: e.score,
            pass_mark: self.pass_mark(&r.facts.scenario)?,
            ending: &e.ending,
            outcome: &e.outcome,
            started_at: r.started_at,
            finished_at: e.finished_at,
        };
        Ok(xapi::finished(&r.facts, &finish).into())
    }

    /// Every statement of `attempt`, built again from its records and its
    /// scenario, in the order they were put in the outbox.
    pub fn attempt_statements(
        &self,
        attempt: AttemptId,
        prepared: Arc<Prepared>,
    ) -> Result<Vec<xapi::Statement>, ResumeError> {
        let found = self.attempt(attempt)?;
        let session = self.replay(&found, prepared)?;
        let r = self.recorded_for(attempt, &session)?;
        let review = session.review();
        let mut all = vec![xapi::launched(&r.facts, r.started_at)];
        for step in 1..=found.replies {
            all.push(self.answered_statement(&r, attempt, step, &session, &review)?);
        }
        all.extend(self.finished_statements(&r)?);
        Ok(all)
    }
}

/// Puts a statement in the outbox on the transaction recording what it
/// reports.
pub(super) fn enqueue(
    conn: &Connection,
    attempt: AttemptId,
    statement: &xapi::Statement,
    at: i64,
) -> Result<(), Error> {
    outbox::enqueue(conn, attempt, &statement.id, &statement.json, at)
}

/// The moment `node` of `scenario` with every reply there (none if the
/// scenario has no such moment).
fn moment<'a>(scenario: &'a Scenario, node: &'a str) -> xapi::Moment<'a> {
    let found = scenario.nodes.iter().find(|n| n.id == node);
    xapi::Moment {
        node,
        line: found.map_or(node, |n| n.line.as_str()),
        choices: found
            .map(|n| {
                n.replies
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i + 1, r.text.as_str()))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// Whether reply `step` (1-based) was the best one offered, if the
/// scenario names a best one there.
fn best_at(review: &[Decision], step: usize) -> Option<bool> {
    let d = review.get(step.checked_sub(1)?)?;
    d.best.as_ref().map(|_| d.chose_best)
}
