//! What a learner has achieved: per scenario the attempts, the best score
//! and grade, and whether it is mastered; per principle the points earned
//! across finished attempts against what the best paths earn.
//!
//! **Mastered** means a finished attempt scored at least the pass mark: the
//! scenario's own if a trainer set one, else the global one, else
//! [`DEFAULT_PASS_MARK`].
//!
//! Over time: every finished attempt in the order it finished, with its
//! score ([`FinishedAttempt`]), and per principle whether the learner is
//! improving at it ([`Trend`]). **The trend rule:** the finished attempts
//! that met the principle are split in two halves in the order they
//! finished (with an odd number, the middle one goes to the later half);
//! each half's share is its points earned over its best paths' points.
//! The later half at least [`TREND_MARGIN`] (ten percentage points) above
//! the earlier is *improving*, as far below is *slipping*, else *steady*.
//! Fewer than two attempts, or a half whose best paths earn nothing in the
//! principle, cannot say: [`Trend::TooFew`].

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Error, Learner, Records};
use crate::core::session::grade;

/// The pass mark when no trainer has set one.
pub const DEFAULT_PASS_MARK: u32 = 80;

/// How far apart (as a share, 0.10 = ten percentage points) the later half
/// of a principle's attempts must be from the earlier to count as a change.
pub const TREND_MARGIN: f64 = 0.10;

const GLOBAL_PASS_MARK: &str = "pass_mark";

/// A learner's record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    pub learner: Learner,
    /// Scenarios attempted, by id.
    pub scenarios: Vec<ScenarioProgress>,
    /// Principles met in finished attempts, by id.
    pub principles: Vec<PrincipleTotal>,
    /// Finished attempts, in the order they finished.
    pub history: Vec<FinishedAttempt>,
}

/// One finished attempt, as the chart of attempts over time shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FinishedAttempt {
    pub id: i64,
    pub scenario: String,
    /// Seconds since 1970.
    pub finished_at: i64,
    pub score: u32,
    pub grade: char,
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
    /// Whether the learner is improving at it: see the module.
    pub trend: Trend,
    /// The share of the best paths' points earned in the earlier and the
    /// later half of those attempts (`None` when [`Trend::TooFew`]).
    pub earlier_share: Option<f64>,
    pub later_share: Option<f64>,
}

impl PrincipleTotal {
    /// The share of the best paths' points earned, `None` when the best
    /// paths earn nothing in it (a principle only ever broken).
    pub fn share(&self) -> Option<f64> {
        share(self.earned, self.best)
    }
}

/// Whether a learner is getting better at a principle (the rule is in the
/// module's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Improving,
    Steady,
    Slipping,
    /// Too few attempts to tell.
    TooFew,
}

/// `earned` over `best`, when the best earns anything.
pub fn share(earned: i64, best: i64) -> Option<f64> {
    (best > 0).then(|| earned as f64 / best as f64)
}

/// One principle's points in one finished attempt: (earned, best).
pub type Points = (i64, i64);

/// The trend of a principle from its points in each attempt that met it,
/// oldest first, with the two halves' shares.
pub fn trend(points: &[Points]) -> (Trend, Option<(f64, f64)>) {
    if points.len() < 2 {
        return (Trend::TooFew, None);
    }
    let (earlier, later) = points.split_at(points.len() / 2);
    let half = |half: &[Points]| {
        let (earned, best) = half
            .iter()
            .fold((0, 0), |(e, b), (pe, pb)| (e + pe, b + pb));
        share(earned, best)
    };
    let (Some(earlier), Some(later)) = (half(earlier), half(later)) else {
        return (Trend::TooFew, None);
    };
    let change = later - earlier;
    // A hair under the margin, so ten points of change on shares that are
    // not exact in binary still counts.
    let trend = if change >= TREND_MARGIN - 1e-9 {
        Trend::Improving
    } else if change <= -TREND_MARGIN + 1e-9 {
        Trend::Slipping
    } else {
        Trend::Steady
    };
    (trend, Some((earlier, later)))
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
        let mut principles = self.principle_totals(learner)?;
        let mut points = self.principle_points(learner)?;
        for p in &mut principles {
            let (trend, halves) = trend(points.remove(&p.id).as_deref().unwrap_or_default());
            p.trend = trend;
            (p.earlier_share, p.later_share) = (halves.map(|h| h.0), halves.map(|h| h.1));
        }
        Ok(Progress {
            learner: learner.clone(),
            scenarios: self.scenario_progress(learner)?,
            principles,
            history: self.history(learner)?,
        })
    }

    /// The learner's finished attempts, in the order they finished.
    fn history(&self, learner: &Learner) -> Result<Vec<FinishedAttempt>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT id, scenario, finished_at, score, grade FROM attempts
             WHERE learner_id = ?1 AND finished_at IS NOT NULL AND score IS NOT NULL
             ORDER BY finished_at, id",
        )?;
        let rows = stmt.query_map([learner.id.0], |r| {
            let letter: Option<String> = r.get(4)?;
            let score: u32 = r.get(3)?;
            Ok(FinishedAttempt {
                id: r.get(0)?,
                scenario: r.get(1)?,
                finished_at: r.get(2)?,
                score,
                grade: letter
                    .and_then(|g| g.chars().next())
                    .unwrap_or_else(|| grade(score)),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Per principle, its points in each finished attempt that met it, in
    /// the order the attempts finished.
    fn principle_points(&self, learner: &Learner) -> Result<BTreeMap<String, Vec<Points>>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT p.principle, p.earned, p.best
             FROM attempt_principles p JOIN attempts a ON a.id = p.attempt_id
             WHERE a.learner_id = ?1 AND a.finished_at IS NOT NULL
             ORDER BY a.finished_at, a.id",
        )?;
        let mut points: BTreeMap<String, Vec<Points>> = BTreeMap::new();
        let rows = stmt.query_map([learner.id.0], |r| {
            Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?)))
        })?;
        for row in rows {
            let (principle, p) = row?;
            points.entry(principle).or_default().push(p);
        }
        Ok(points)
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
                trend: Trend::TooFew,
                earlier_share: None,
                later_share: None,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_later_half_ten_points_above_the_earlier_is_improving() {
        // Earlier: 1 of 4 (25%); later: 3 of 4 and 4 of 4 (7 of 8, 87.5%).
        let (t, halves) = trend(&[(1, 4), (3, 4), (4, 4)]);
        assert_eq!(t, Trend::Improving);
        assert_eq!(halves, Some((0.25, 0.875)));
        // Exactly ten points up still counts.
        assert_eq!(trend(&[(5, 10), (6, 10)]).0, Trend::Improving);
    }

    #[test]
    fn less_than_ten_points_either_way_is_steady_and_a_fall_is_slipping() {
        assert_eq!(trend(&[(5, 10), (14, 25)]).0, Trend::Steady);
        assert_eq!(trend(&[(4, 4), (4, 4), (2, 4), (3, 4)]).0, Trend::Slipping);
        assert_eq!(
            trend(&[(4, 4), (4, 4), (2, 4), (3, 4)]).1,
            Some((1.0, 0.625))
        );
    }

    #[test]
    fn one_attempt_or_a_half_with_nothing_to_earn_cannot_tell() {
        assert_eq!(trend(&[]), (Trend::TooFew, None));
        assert_eq!(trend(&[(3, 4)]), (Trend::TooFew, None));
        assert_eq!(trend(&[(-2, 0), (3, 4)]), (Trend::TooFew, None));
    }

    #[test]
    fn progress_lists_finished_attempts_in_order_with_each_principles_trend() {
        let r = Records::in_memory().unwrap();
        let ana = r.create_learner("Ana").unwrap();
        let c = r.connection();
        // Three finished attempts out of order by id, one unfinished.
        for (id, finished, score, earned) in [
            (1, Some(300), Some(90), 4),
            (2, Some(100), Some(40), 1),
            (3, None, None, 0),
            (4, Some(200), Some(55), 2),
        ] {
            c.execute(
                "INSERT INTO attempts (id, learner_id, scenario, fingerprint, seed, mode, options,
                     started_at, finished_at, score, grade)
                 VALUES (?1, ?2, 'coffee', 'f', 1, 'practice', '{}', 50, ?3, ?4, ?5)",
                params![
                    id,
                    ana.id.0,
                    finished,
                    score,
                    score.map(|s| grade(s).to_string())
                ],
            )
            .unwrap();
            if finished.is_some() {
                c.execute(
                    "INSERT INTO attempt_principles VALUES (?1, 'listen', 'Listen', ?2, 4)",
                    params![id, earned],
                )
                .unwrap();
            }
        }
        let p = r.progress(&ana).unwrap();
        let order: Vec<(i64, u32, char)> =
            p.history.iter().map(|a| (a.id, a.score, a.grade)).collect();
        assert_eq!(order, [(2, 40, 'F'), (4, 55, 'D'), (1, 90, 'A')]);
        let listen = &p.principles[0];
        assert_eq!((listen.earned, listen.best, listen.attempts), (7, 12, 3));
        // Earlier 1 of 4, later 2 + 4 of 8.
        assert_eq!(listen.trend, Trend::Improving);
        assert_eq!(
            (listen.earlier_share, listen.later_share),
            (Some(0.25), Some(0.75))
        );
    }
}
