//! Attempts: one conversation played by one learner, recorded as it
//! happens.
//!
//! 1. [`Records::start_attempt`] from a fresh [`Session`]: the scenario, its
//!    fingerprint, the seed, the mode and the session's options.
//! 2. [`Records::record_step`] after every reply, from its
//!    [`Consequences`]: one row in its own transaction, so a killed program
//!    loses at most the reply in flight. [`Records::record_wait`] keeps a
//!    timed session's hesitations between replies.
//! 3. [`Records::finish_attempt`] from the [`Debrief`]: the ending, score,
//!    grade, points per principle and the time taken.
//!
//! Each of the three puts its xAPI statements ([`xapi`]: `launched`,
//! `answered`, `completed` with `passed` or `failed`) in the outbox in the
//! same transaction as its rows: a reply is never recorded without its
//! statement, nor the other way round.
//!
//! An attempt never finished is listed by [`Records::unfinished`] and
//! continued with [`Records::resume`], which replays its replies. If the
//! scenario's content changed since it started (its fingerprint differs),
//! the attempt stays in the history and resuming says why it cannot go on.

use std::sync::Arc;

use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::statements::enqueue;
use super::{Error, LearnerId, Records, now, xapi};
use crate::core::session::{
    Consequences, Debrief, Options, Prepared, RestoreError, SavedSession, Session, SessionMode,
    fingerprint,
};

/// An attempt's number in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct AttemptId(pub i64);

/// Why a conversation was played.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Self-study with coaching after each reply.
    Practice,
    /// Coaching held back until the debrief.
    Assessment,
    /// Played in front of a group.
    Workshop,
}

impl Mode {
    /// The mode a session's options mean on their own (a workshop is the
    /// front end's to say).
    pub fn of(options: Options) -> Mode {
        match options.mode {
            SessionMode::Practice => Mode::Practice,
            SessionMode::Assessment => Mode::Assessment,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Assessment => "assessment",
            Mode::Workshop => "workshop",
        }
    }

    pub(super) fn parse(text: &str) -> Mode {
        match text {
            "assessment" => Mode::Assessment,
            "workshop" => Mode::Workshop,
            _ => Mode::Practice,
        }
    }
}

/// An attempt as the history and "Continue" list it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AttemptSummary {
    pub id: AttemptId,
    /// The attempt's id on every machine (a UUID): records gathered from
    /// several machines are merged on it.
    pub uuid: String,
    pub learner: LearnerId,
    pub scenario: String,
    pub fingerprint: String,
    pub seed: u64,
    pub mode: Mode,
    /// Seconds since 1970.
    pub started_at: i64,
    pub finished_at: Option<i64>,
    /// Replies recorded.
    pub replies: usize,
    pub score: Option<u32>,
    pub grade: Option<char>,
}

/// Why an attempt cannot be continued.
#[derive(Debug)]
pub enum ResumeError {
    /// It reached its ending already.
    Finished(AttemptId),
    /// The scenario was edited since the attempt started: replaying its
    /// replies into the new version would not be the same conversation.
    ScenarioChanged {
        scenario: String,
        /// Seconds since 1970.
        started_at: i64,
    },
    /// The scenario given is another one.
    WrongScenario {
        recorded: String,
        given: String,
    },
    /// The recorded replies no longer fit (should not happen when the
    /// fingerprint matches).
    Replay(String),
    Records(Error),
}

impl std::fmt::Display for ResumeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResumeError::Finished(id) => {
                write!(f, "attempt {} has already ended; start a new one", id.0)
            }
            ResumeError::ScenarioChanged { scenario, .. } => write!(
                f,
                "the scenario `{scenario}` has been edited since this attempt started, so its replies cannot be replayed; the attempt stays in your history, start the scenario afresh"
            ),
            ResumeError::WrongScenario { recorded, given } => {
                write!(f, "the attempt is for `{recorded}`, not `{given}`")
            }
            ResumeError::Replay(e) => write!(f, "the recorded replies no longer fit: {e}"),
            ResumeError::Records(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ResumeError {}

impl From<Error> for ResumeError {
    fn from(e: Error) -> Self {
        ResumeError::Records(e)
    }
}

impl From<rusqlite::Error> for ResumeError {
    fn from(e: rusqlite::Error) -> Self {
        ResumeError::Records(Error::Database(e))
    }
}

const SUMMARY: &str =
    "SELECT a.id, a.uuid, a.learner_id, a.scenario, a.fingerprint, a.seed, a.mode,
        a.started_at, a.finished_at, a.score, a.grade,
        (SELECT count(*) FROM attempt_steps s WHERE s.attempt_id = a.id)
    FROM attempts a";

fn summary(row: &Row<'_>) -> rusqlite::Result<AttemptSummary> {
    let mode: String = row.get(6)?;
    let grade: Option<String> = row.get(10)?;
    Ok(AttemptSummary {
        id: AttemptId(row.get(0)?),
        uuid: row.get(1)?,
        learner: LearnerId(row.get(2)?),
        scenario: row.get(3)?,
        fingerprint: row.get(4)?,
        seed: row.get::<_, i64>(5)? as u64,
        mode: Mode::parse(&mode),
        started_at: row.get(7)?,
        finished_at: row.get(8)?,
        score: row.get(9)?,
        grade: grade.and_then(|g| g.chars().next()),
        replies: row.get::<_, i64>(11)? as usize,
    })
}

/// A value's serde name (an enum's variant as the JSON shows it).
pub(super) fn name_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

impl Records {
    /// Starts recording `session`, which must not have a reply yet.
    pub fn start_attempt(
        &self,
        learner: LearnerId,
        session: &Session,
        mode: Mode,
    ) -> Result<AttemptId, Error> {
        if !session.choices().is_empty() {
            return Err(Error::AlreadyStarted {
                replies: session.choices().len(),
            });
        }
        let options = serde_json::to_string(&session.options()).expect("options serialise");
        let at = now();
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO attempts (learner_id, scenario, fingerprint, seed, mode, options, started_at, uuid)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                learner.0,
                session.scenario().id,
                fingerprint(session.scenario()),
                // Stored bit for bit: SQLite's integers are signed.
                session.seed() as i64,
                mode.as_str(),
                options,
                at,
                uuid::Uuid::new_v4().to_string()
            ],
        )?;
        let attempt = AttemptId(tx.last_insert_rowid());
        let r = self.recorded_for(attempt, session)?;
        enqueue(&tx, attempt, &xapi::launched(&r.facts, r.started_at), at)?;
        tx.commit()?;
        Ok(attempt)
    }

    /// Records the reply `session` has just played, whose consequences are
    /// `c`, in one transaction (with the hesitations before it).
    pub fn record_step(
        &self,
        attempt: AttemptId,
        session: &Session,
        c: &Consequences,
    ) -> Result<(), Error> {
        let step = session.choices().len();
        let (node, points) = session
            .replies()
            .last()
            .map_or((None, 0), |r| (Some(r.node.as_str()), r.points));
        let at = now();
        let tx = self.conn.unchecked_transaction()?;
        let recorded = recorded_steps(&tx, attempt)?;
        if recorded + 1 != step {
            return Err(Error::OutOfStep {
                attempt,
                expected: recorded + 1,
                given: step,
            });
        }
        tx.execute(
            "INSERT INTO attempt_steps (attempt_id, step, reply, text, mood_before, mood_after,
                 value_before, value_after, points, recorded_at, node)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                attempt.0,
                step as i64,
                c.number as i64,
                c.reply,
                c.mood_before,
                c.mood_after,
                c.value_before,
                c.value_after,
                points,
                at,
                node
            ],
        )?;
        store_hesitations(&tx, attempt, session)?;
        let r = self.recorded_for(attempt, session)?;
        let answered = self.answered_statement(&r, attempt, step, session, &session.review())?;
        enqueue(&tx, attempt, &answered, at)?;
        tx.commit()?;
        Ok(())
    }

    /// Records the time a timed session kept the customer waiting since
    /// the last reply.
    pub fn record_wait(&self, attempt: AttemptId, session: &Session) -> Result<(), Error> {
        store_hesitations(&self.conn, attempt, session)
    }

    /// Records the ending: score, grade, points per principle.
    pub fn finish_attempt(&self, attempt: AttemptId, debrief: &Debrief) -> Result<(), Error> {
        let at = now();
        let tx = self.conn.unchecked_transaction()?;
        let recorded = recorded_steps(&tx, attempt)?;
        if recorded != debrief.choices.len() {
            return Err(Error::OutOfStep {
                attempt,
                expected: recorded,
                given: debrief.choices.len(),
            });
        }
        let changed = tx.execute(
            "UPDATE attempts SET finished_at = ?2, ending = ?3, outcome = ?4, walked_out = ?5,
                 score = ?6, grade = ?7, raw_score = ?8, minutes = ?9
             WHERE id = ?1",
            params![
                attempt.0,
                at,
                debrief.ending.id,
                name_of(&debrief.ending.outcome),
                debrief.ending.walked_out,
                debrief.score,
                debrief.grade.to_string(),
                debrief.raw_score,
                debrief.minutes
            ],
        )?;
        if changed == 0 {
            return Err(Error::NoSuchAttempt(attempt));
        }
        for p in &debrief.principles {
            tx.execute(
                "INSERT OR REPLACE INTO attempt_principles (attempt_id, principle, name, earned, best)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![attempt.0, p.id, p.name, p.earned, p.best],
            )?;
        }
        let r = self.recorded(attempt, &debrief.title, debrief.language.as_deref())?;
        for statement in self.finished_statements(&r)? {
            enqueue(&tx, attempt, &statement, at)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Leaves an unfinished attempt in the history without offering it to
    /// continue.
    pub fn abandon(&self, attempt: AttemptId) -> Result<(), Error> {
        self.conn.execute(
            "UPDATE attempts SET abandoned_at = ?2 WHERE id = ?1 AND finished_at IS NULL",
            params![attempt.0, now()],
        )?;
        Ok(())
    }

    /// One attempt.
    pub fn attempt(&self, attempt: AttemptId) -> Result<AttemptSummary, Error> {
        self.conn
            .query_row(&format!("{SUMMARY} WHERE a.id = ?1"), [attempt.0], summary)
            .optional()?
            .ok_or(Error::NoSuchAttempt(attempt))
    }

    /// A learner's attempts, oldest first.
    pub fn attempts(&self, learner: LearnerId) -> Result<Vec<AttemptSummary>, Error> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SUMMARY} WHERE a.learner_id = ?1 ORDER BY a.id"))?;
        let rows = stmt.query_map([learner.0], summary)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A learner's attempts that can be continued, newest first.
    pub fn unfinished(&self, learner: LearnerId) -> Result<Vec<AttemptSummary>, Error> {
        let mut stmt = self.conn.prepare(&format!(
            "{SUMMARY} WHERE a.learner_id = ?1 AND a.finished_at IS NULL
                 AND a.abandoned_at IS NULL ORDER BY a.id DESC"
        ))?;
        let rows = stmt.query_map([learner.0], summary)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// What an attempt recorded, as a saved session to replay.
    pub fn saved_session(&self, attempt: AttemptId) -> Result<SavedSession, Error> {
        let (scenario, fingerprint, seed, options, hesitations): (
            String,
            String,
            i64,
            String,
            String,
        ) = self
            .conn
            .query_row(
                "SELECT scenario, fingerprint, seed, options, hesitations FROM attempts WHERE id = ?1",
                [attempt.0],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?
            .ok_or(Error::NoSuchAttempt(attempt))?;
        let mut stmt = self
            .conn
            .prepare("SELECT reply FROM attempt_steps WHERE attempt_id = ?1 ORDER BY step")?;
        let choices = stmt
            .query_map([attempt.0], |r| r.get::<_, i64>(0).map(|n| n as usize))?
            .collect::<Result<_, _>>()?;
        Ok(SavedSession {
            scenario,
            fingerprint,
            seed: seed as u64,
            options: serde_json::from_str(&options).unwrap_or_default(),
            choices,
            hesitations: serde_json::from_str(&hesitations).unwrap_or_default(),
        })
    }

    /// The session of an unfinished attempt, where it stopped, to go on
    /// recording into the same attempt.
    pub fn resume(
        &self,
        attempt: AttemptId,
        prepared: Arc<Prepared>,
    ) -> Result<Session, ResumeError> {
        let found = self.attempt(attempt)?;
        if found.finished_at.is_some() {
            return Err(ResumeError::Finished(attempt));
        }
        self.replay(&found, prepared)
    }

    /// The session an attempt recorded, replayed into `prepared`.
    pub(super) fn replay(
        &self,
        found: &AttemptSummary,
        prepared: Arc<Prepared>,
    ) -> Result<Session, ResumeError> {
        let saved = self.saved_session(found.id)?;
        Session::restore(prepared, &saved).map_err(|e| match e {
            RestoreError::ScenarioChanged => ResumeError::ScenarioChanged {
                scenario: found.scenario.clone(),
                started_at: found.started_at,
            },
            RestoreError::WrongScenario { saved, given } => ResumeError::WrongScenario {
                recorded: saved,
                given,
            },
            RestoreError::Replay(e) => ResumeError::Replay(e.to_string()),
        })
    }
}

/// How many replies an attempt has recorded.
fn recorded_steps(conn: &rusqlite::Connection, attempt: AttemptId) -> Result<usize, Error> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM attempt_steps WHERE attempt_id = ?1",
        [attempt.0],
        |r| r.get(0),
    )?;
    Ok(n as usize)
}

fn store_hesitations(
    conn: &rusqlite::Connection,
    attempt: AttemptId,
    session: &Session,
) -> Result<(), Error> {
    let hesitations =
        serde_json::to_string(&session.save().hesitations).expect("hesitations serialise");
    let changed = conn.execute(
        "UPDATE attempts SET hesitations = ?2 WHERE id = ?1",
        params![attempt.0, hesitations],
    )?;
    if changed == 0 {
        return Err(Error::NoSuchAttempt(attempt));
    }
    Ok(())
}
