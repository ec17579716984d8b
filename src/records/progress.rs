//! What a learner has achieved: per scenario the attempts, the best score
//! and grade, and whether it is mastered; per principle the points earned
//! across finished attempts against what the best paths earn.
//!
//! **Mastered** means a finished attempt scored at least the pass mark: the
//! scenario's own if a trainer set one, else the global one, else
//! [`DEFAULT_PASS_MARK`].

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Error, Learner, Records};
use crate::core::session::grade;

/// The pass mark when no trainer has set one.
pub const DEFAULT_PASS_MARK: u32 = 80;

const GLOBAL_PASS_MARK: &str = "pass_mark";

/// A learner's record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    pub learner: Learner,
    /// Scenarios attempted, by id.
    pub scenarios: Vec<ScenarioProgress>,
    /// Principles met in finished attempts, by id.
    pub principles: Vec<PrincipleTotal>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioProgress {
    pub scenario: String,
    /// Attempts started, finished or not.
    pub attempts: u32,
    pub finished: u32,
    pub best_score: Option<u32>,
    pub best_grade: Option<char>,
    pub pass_mark: u32,
    pub mastered: bool,
    /// Seconds since 1970 of the latest start.
    pub last_played: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleTotal {
    pub id: String,
    pub name: String,
    /// Points earned across finished attempts (negative: broken more than
    /// honoured).
    pub earned: i64,
    /// Points the best paths of those attempts' scenarios earn.
    pub best: i64,
    /// Finished attempts that met the principle.
    pub attempts: u32,
}

impl Records {
    /// The pass mark of `scenario`: its own, else the global one.
    pub fn pass_mark(&self, scenario: &str) -> Result<u32, Error> {
        let own: Option<u32> = self
            .conn
            .query_row(
                "SELECT mark FROM pass_marks WHERE scenario = ?1",
                [scenario],
                |r| r.get(0),
            )
            .optional()?;
        match own {
            Some(m) => Ok(m),
            None => self.global_pass_mark(),
        }
    }

    /// The pass mark of scenarios without their own.
    pub fn global_pass_mark(&self) -> Result<u32, Error> {
        Ok(self
            .setting(GLOBAL_PASS_MARK)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_PASS_MARK))
    }

    /// Sets the pass mark (0–100, clamped) of one scenario, or of every
    /// scenario without its own when `scenario` is `None`.
    pub fn set_pass_mark(&self, scenario: Option<&str>, mark: u32) -> Result<(), Error> {
        let mark = mark.min(100);
        match scenario {
            Some(s) => {
                self.conn.execute(
                    "INSERT INTO pass_marks (scenario, mark) VALUES (?1, ?2)
                     ON CONFLICT (scenario) DO UPDATE SET mark = excluded.mark",
                    params![s, mark],
                )?;
                Ok(())
            }
            None => self.set_setting(GLOBAL_PASS_MARK, &mark.to_string()),
        }
    }

    /// A learner's record: see the module.
    pub fn progress(&self, learner: &Learner) -> Result<Progress, Error> {
        Ok(Progress {
            learner: learner.clone(),
            scenarios: self.scenario_progress(learner)?,
            principles: self.principle_totals(learner)?,
        })
    }

    fn scenario_progress(&self, learner: &Learner) -> Result<Vec<ScenarioProgress>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT scenario, count(*), count(finished_at), max(score), max(started_at)
             FROM attempts WHERE learner_id = ?1 GROUP BY scenario ORDER BY scenario",
        )?;
        let rows = stmt
            .query_map([learner.id.0], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, Option<u32>>(3)?,
                    r.get::<_, i64>(4)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(scenario, attempts, finished, best_score, last_played)| {
                let pass_mark = self.pass_mark(&scenario)?;
                Ok(ScenarioProgress {
                    attempts,
                    finished,
                    best_score,
                    best_grade: best_score.map(grade),
                    pass_mark,
                    mastered: best_score.is_some_and(|s| s >= pass_mark),
                    last_played,
                    scenario,
                })
            })
            .collect()
    }

    fn principle_totals(&self, learner: &Learner) -> Result<Vec<PrincipleTotal>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT p.principle, max(p.name), sum(p.earned), sum(p.best), count(*)
             FROM attempt_principles p JOIN attempts a ON a.id = p.attempt_id
             WHERE a.learner_id = ?1 AND a.finished_at IS NOT NULL
             GROUP BY p.principle ORDER BY p.principle",
        )?;
        let rows = stmt.query_map([learner.id.0], |r| {
            Ok(PrincipleTotal {
                id: r.get(0)?,
                name: r.get(1)?,
                earned: r.get(2)?,
                best: r.get(3)?,
                attempts: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
