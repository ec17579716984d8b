//! What to play next, from a learner's [`Progress`] and the library the
//! front end loaded (the records never read scenario files themselves).
//!
//! **The rule**, first that applies:
//!
//! 1. The library holds no scenario: nothing to recommend
//!    ([`Next::NoScenarios`]).
//! 2. Every scenario in the library is mastered: say so
//!    ([`Next::AllMastered`]).
//! 3. No attempt finished yet: the easiest scenario
//!    ([`Reason::FirstSteps`]). *Easiest* means the lowest difficulty, then
//!    the fewest minutes, then the title.
//! 4. The weakest principle: of the principles met in finished attempts,
//!    the one with the smallest share of the best paths' points earned
//!    (ties: more points missed, then its id), among those below a full
//!    share. The scenario is the unmastered one whose best path earns the
//!    most points in that principle (ties: the easiest)
//!    ([`Reason::WeakestPrinciple`]). A principle no unmastered scenario
//!    teaches gives way to the next weakest.
//! 5. Otherwise (every principle met is at full marks, or none of the weak
//!    ones is taught by an unmastered scenario): the easiest unmastered
//!    scenario ([`Reason::NextUnmastered`]).
//!
//! A principle only ever broken (its best paths earn nothing in it) has no
//! share and is left out of step 4: no scenario's best path teaches it.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::Serialize;

use super::progress::{PrincipleTotal, Progress};
use crate::core::scenario::Difficulty;
use crate::core::session::Prepared;

/// A scenario of the library as the recommendation weighs it.
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryScenario {
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub minutes: u32,
    /// Points per principle along the best path.
    pub best_principles: BTreeMap<String, i64>,
}

impl LibraryScenario {
    /// The figures the recommendation needs from a prepared scenario.
    pub fn of(prepared: &Prepared) -> LibraryScenario {
        let s = &prepared.scenario;
        LibraryScenario {
            id: s.id.clone(),
            title: s.title.clone(),
            difficulty: s.difficulty,
            minutes: s.minutes,
            best_principles: prepared.best_principles.clone(),
        }
    }

    /// The order "easiest" means: difficulty, minutes, title, id.
    fn easier(&self, other: &LibraryScenario) -> Ordering {
        (self.difficulty, self.minutes, &self.title, &self.id).cmp(&(
            other.difficulty,
            other.minutes,
            &other.title,
            &other.id,
        ))
    }
}

/// The learner against the library: mastered out of how many, and what
/// to play next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outlook {
    /// Scenarios of the library the learner has mastered.
    pub mastered: usize,
    /// Scenarios the library holds.
    pub library: usize,
    pub next: Next,
}

/// What to play next.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Next {
    /// Play this scenario, for this reason.
    Play {
        scenario: String,
        title: String,
        reason: Reason,
    },
    /// Every scenario in the library is mastered.
    AllMastered,
    /// The library holds no playable scenario.
    NoScenarios,
}

impl Next {
    /// The scenario recommended, if any.
    pub fn scenario(&self) -> Option<&str> {
        match self {
            Next::Play { scenario, .. } => Some(scenario),
            _ => None,
        }
    }
}

/// Why a scenario is recommended, with the figures the reason rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Reason {
    /// Nothing finished yet: the easiest scenario.
    FirstSteps {
        difficulty: Difficulty,
        minutes: u32,
    },
    /// The weakest principle, and what the scenario's best path earns in
    /// it.
    WeakestPrinciple {
        principle: String,
        name: String,
        /// Points earned in it across finished attempts.
        earned: i64,
        /// Points the best paths of those attempts earn in it.
        best: i64,
        /// `earned / best`.
        share: f64,
        /// Points the recommended scenario's best path earns in it.
        scenario_points: i64,
    },
    /// Nothing weak to work on: the easiest scenario not mastered.
    NextUnmastered {
        difficulty: Difficulty,
        minutes: u32,
    },
}

/// The learner's outlook against `library`: see the module for the rule.
/// `None` is a learner with nothing recorded yet.
pub fn outlook(progress: Option<&Progress>, library: &[LibraryScenario]) -> Outlook {
    let mastered = |id: &str| {
        progress.is_some_and(|p| p.scenarios.iter().any(|s| s.scenario == id && s.mastered))
    };
    let open: Vec<&LibraryScenario> = library.iter().filter(|s| !mastered(&s.id)).collect();
    Outlook {
        mastered: library.len() - open.len(),
        library: library.len(),
        next: next(progress, library, &open),
    }
}

fn next(
    progress: Option<&Progress>,
    library: &[LibraryScenario],
    open: &[&LibraryScenario],
) -> Next {
    if library.is_empty() {
        return Next::NoScenarios;
    }
    let Some(easiest) = open.iter().copied().min_by(|a, b| a.easier(b)) else {
        return Next::AllMastered;
    };
    let play = |s: &LibraryScenario, reason| Next::Play {
        scenario: s.id.clone(),
        title: s.title.clone(),
        reason,
    };
    let Some(progress) = progress.filter(|p| !p.history.is_empty()) else {
        let reason = Reason::FirstSteps {
            difficulty: easiest.difficulty,
            minutes: easiest.minutes,
        };
        return play(easiest, reason);
    };
    for weak in weakest_first(&progress.principles) {
        if let Some((scenario, points)) = teaches_most(open, &weak.id) {
            let reason = Reason::WeakestPrinciple {
                principle: weak.id.clone(),
                name: weak.name.clone(),
                earned: weak.earned,
                best: weak.best,
                share: weak.share().unwrap_or_default(),
                scenario_points: points,
            };
            return play(scenario, reason);
        }
    }
    let reason = Reason::NextUnmastered {
        difficulty: easiest.difficulty,
        minutes: easiest.minutes,
    };
    play(easiest, reason)
}

/// The principles below a full share, weakest first.
fn weakest_first(principles: &[PrincipleTotal]) -> Vec<&PrincipleTotal> {
    let mut weak: Vec<(&PrincipleTotal, f64)> = principles
        .iter()
        .filter_map(|p| p.share().map(|s| (p, s)))
        .filter(|(_, s)| *s < 1.0)
        .collect();
    weak.sort_by(|(a, sa), (b, sb)| {
        sa.total_cmp(sb)
            .then((b.best - b.earned).cmp(&(a.best - a.earned)))
            .then(a.id.cmp(&b.id))
    });
    weak.into_iter().map(|(p, _)| p).collect()
}

/// The unmastered scenario whose best path earns the most in `principle`
/// (the easiest of equals), with those points.
fn teaches_most<'a>(
    open: &[&'a LibraryScenario],
    principle: &str,
) -> Option<(&'a LibraryScenario, i64)> {
    open.iter()
        .filter_map(|s| {
            let points = s.best_principles.get(principle).copied().unwrap_or(0);
            (points > 0).then_some((*s, points))
        })
        .min_by(|(a, pa), (b, pb)| pb.cmp(pa).then(a.easier(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::progress::{FinishedAttempt, ScenarioProgress, Trend};
    use crate::records::{Learner, LearnerId};

    fn scenario(
        id: &str,
        difficulty: Difficulty,
        minutes: u32,
        teaches: &[(&str, i64)],
    ) -> LibraryScenario {
        LibraryScenario {
            id: id.into(),
            title: format!("The {id}"),
            difficulty,
            minutes,
            best_principles: teaches.iter().map(|(p, n)| (p.to_string(), *n)).collect(),
        }
    }

    fn library() -> Vec<LibraryScenario> {
        vec![
            scenario("hard", Difficulty::Hard, 5, &[("listen", 6), ("own", 2)]),
            scenario("long", Difficulty::Easy, 9, &[("own", 4)]),
            scenario("short", Difficulty::Easy, 4, &[("listen", 2)]),
            scenario(
                "middle",
                Difficulty::Medium,
                5,
                &[("listen", 6), ("own", 1)],
            ),
        ]
    }

    fn played(id: &str, best_score: u32) -> ScenarioProgress {
        ScenarioProgress {
            scenario: id.into(),
            attempts: 1,
            finished: 1,
            best_score: Some(best_score),
            best_grade: Some(crate::core::session::grade(best_score)),
            pass_mark: 80,
            mastered: best_score >= 80,
            last_played: 0,
        }
    }

    fn principle(id: &str, earned: i64, best: i64) -> PrincipleTotal {
        PrincipleTotal {
            id: id.into(),
            name: format!("Principle {id}"),
            earned,
            best,
            attempts: 1,
            trend: Trend::TooFew,
            earlier_share: None,
            later_share: None,
        }
    }

    fn progress(scenarios: Vec<ScenarioProgress>, principles: Vec<PrincipleTotal>) -> Progress {
        let history = scenarios
            .iter()
            .map(|s| FinishedAttempt {
                id: 1,
                scenario: s.scenario.clone(),
                finished_at: 0,
                score: s.best_score.unwrap_or(0),
                grade: 'C',
            })
            .collect();
        Progress {
            learner: Learner {
                id: LearnerId(1),
                name: "Ana".into(),
                created_at: 0,
            },
            scenarios,
            principles,
            history,
        }
    }

    fn recommended(o: &Outlook) -> (&str, &Reason) {
        match &o.next {
            Next::Play {
                scenario, reason, ..
            } => (scenario, reason),
            other => panic!("nothing recommended: {other:?}"),
        }
    }

    #[test]
    fn with_nothing_played_the_easiest_scenario_comes_first() {
        let o = outlook(Some(&progress(vec![], vec![])), &library());
        assert_eq!(o, outlook(None, &library()));
        assert_eq!((o.mastered, o.library), (0, 4));
        let (id, reason) = recommended(&o);
        // Easy beats medium and hard; of the easy ones, fewer minutes.
        assert_eq!(id, "short");
        assert_eq!(
            reason,
            &Reason::FirstSteps {
                difficulty: Difficulty::Easy,
                minutes: 4
            }
        );
    }

    #[test]
    fn the_weakest_principle_picks_the_unmastered_scenario_that_teaches_it_most() {
        // "own" at 1 of 4 is weaker than "listen" at 5 of 6.
        let p = progress(
            vec![played("long", 60)],
            vec![principle("listen", 5, 6), principle("own", 1, 4)],
        );
        let o = outlook(Some(&p), &library());
        let (id, reason) = recommended(&o);
        assert_eq!(id, "long", "its best path earns 4 in `own`, the most");
        assert_eq!(
            reason,
            &Reason::WeakestPrinciple {
                principle: "own".into(),
                name: "Principle own".into(),
                earned: 1,
                best: 4,
                share: 0.25,
                scenario_points: 4,
            }
        );
    }

    #[test]
    fn mastered_scenarios_are_not_recommended_and_equal_teachers_go_to_the_easier() {
        // `long` teaches `own` most but is mastered; `hard` earns 2 in it.
        let p = progress(
            vec![played("long", 90)],
            vec![principle("listen", 6, 6), principle("own", -2, 4)],
        );
        let o = outlook(Some(&p), &library());
        assert_eq!((o.mastered, o.library), (1, 4));
        assert_eq!(recommended(&o).0, "hard");
        // `listen` weakest: `hard` and `middle` both earn 6; medium is easier.
        let p = progress(
            vec![played("long", 90)],
            vec![principle("listen", 0, 6), principle("own", 4, 4)],
        );
        assert_eq!(recommended(&outlook(Some(&p), &library())).0, "middle");
    }

    #[test]
    fn a_weak_principle_no_open_scenario_teaches_gives_way_to_the_next() {
        let lib = vec![
            scenario("a", Difficulty::Easy, 3, &[("own", 3)]),
            scenario("b", Difficulty::Hard, 3, &[("listen", 3)]),
        ];
        let p = progress(
            vec![played("a", 95)],
            vec![principle("own", 0, 3), principle("listen", 2, 3)],
        );
        let o = outlook(Some(&p), &lib);
        let (id, reason) = recommended(&o);
        assert_eq!(id, "b");
        assert!(
            matches!(reason, Reason::WeakestPrinciple { principle, .. } if principle == "listen")
        );
    }

    #[test]
    fn with_every_principle_at_full_marks_the_easiest_unmastered_is_next() {
        // A principle only ever broken has no share and is not weighed.
        let p = progress(
            vec![played("short", 70)],
            vec![principle("listen", 2, 2), principle("rude", -3, 0)],
        );
        let o = outlook(Some(&p), &library());
        let (id, reason) = recommended(&o);
        assert_eq!(id, "short");
        assert_eq!(
            reason,
            &Reason::NextUnmastered {
                difficulty: Difficulty::Easy,
                minutes: 4
            }
        );
    }

    #[test]
    fn all_mastered_and_an_empty_library_say_so() {
        let lib = library();
        let all = lib.iter().map(|s| played(&s.id, 100)).collect();
        let o = outlook(Some(&progress(all, vec![principle("own", 1, 4)])), &lib);
        assert_eq!(o.next, Next::AllMastered);
        assert_eq!((o.mastered, o.library), (4, 4));
        let o = outlook(Some(&progress(vec![played("gone", 100)], vec![])), &[]);
        assert_eq!(o.next, Next::NoScenarios);
        // A mastered scenario no longer in the library is not counted.
        assert_eq!((o.mastered, o.library), (0, 0));
    }
}
