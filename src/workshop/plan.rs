//! A workshop's plan, checked before it starts: the running order of
//! scenarios, how the room votes, and the teams' names.

use std::sync::Arc;

use super::record::VotingKind;
use crate::core::session::Prepared;

/// The fewest and most teams a workshop may have.
pub const TEAMS_MIN: usize = 2;
pub const TEAMS_MAX: usize = 8;
/// The longest team name, in characters (it is shown on phones and the
/// projector).
pub const TEAM_NAME_MAX: usize = 20;

/// What the facilitator chose on the set-up screen.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The running order.
    pub scenarios: Vec<Arc<Prepared>>,
    pub voting: VotingKind,
    /// The teams' names (empty unless `voting` is [`VotingKind::Teams`]).
    pub teams: Vec<String>,
    /// The seed every team's customer is drawn with, in every scenario.
    pub seed: u64,
}

/// Why a plan cannot start, said so the set-up screen can show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    NoScenarios,
    /// Teams voting with fewer than two or more than eight teams.
    TeamCount {
        given: usize,
    },
    /// A team's name is empty or too long.
    TeamName {
        name: String,
    },
    DuplicateTeam {
        name: String,
    },
    /// Team names given while the room votes as one.
    TeamsNotVoting,
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::NoScenarios => write!(f, "pick at least one scenario to run"),
            PlanError::TeamCount { given } => write!(
                f,
                "teams need {TEAMS_MIN} to {TEAMS_MAX} names; {given} given (separate them with commas)"
            ),
            PlanError::TeamName { name } => write!(
                f,
                "the team name `{name}` must have 1 to {TEAM_NAME_MAX} characters"
            ),
            PlanError::DuplicateTeam { name } => {
                write!(f, "two teams are called `{name}`; give each its own name")
            }
            PlanError::TeamsNotVoting => {
                write!(f, "team names are only used when the room votes in teams")
            }
        }
    }
}

impl std::error::Error for PlanError {}

impl Plan {
    /// A checked plan; team names are trimmed.
    pub fn new(
        scenarios: Vec<Arc<Prepared>>,
        voting: VotingKind,
        teams: Vec<String>,
        seed: u64,
    ) -> Result<Plan, PlanError> {
        if scenarios.is_empty() {
            return Err(PlanError::NoScenarios);
        }
        let teams: Vec<String> = teams.iter().map(|t| t.trim().to_string()).collect();
        check_teams(voting, &teams)?;
        Ok(Plan {
            scenarios,
            voting,
            teams,
            seed,
        })
    }

    /// How many customers each scenario has: one per team, or one.
    pub fn sides(&self) -> usize {
        self.teams.len().max(1)
    }
}

fn check_teams(voting: VotingKind, teams: &[String]) -> Result<(), PlanError> {
    if voting != VotingKind::Teams {
        return match teams.is_empty() {
            true => Ok(()),
            false => Err(PlanError::TeamsNotVoting),
        };
    }
    if !(TEAMS_MIN..=TEAMS_MAX).contains(&teams.len()) {
        return Err(PlanError::TeamCount { given: teams.len() });
    }
    for (i, name) in teams.iter().enumerate() {
        if name.is_empty() || name.chars().count() > TEAM_NAME_MAX {
            return Err(PlanError::TeamName { name: name.clone() });
        }
        if teams[..i].iter().any(|t| t.eq_ignore_ascii_case(name)) {
            return Err(PlanError::DuplicateTeam { name: name.clone() });
        }
    }
    Ok(())
}

/// Team names typed as one line, `Red, Blue, Green`.
pub fn split_teams(typed: &str) -> Vec<String> {
    typed
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::run::tests::coffee;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_plan_needs_scenarios_and_two_to_eight_distinct_team_names() {
        let plan = |voting, teams: &[&str]| Plan::new(vec![coffee()], voting, names(teams), 1);
        assert_eq!(
            Plan::new(vec![], VotingKind::Phones, vec![], 1).unwrap_err(),
            PlanError::NoScenarios
        );
        assert!(plan(VotingKind::Phones, &[]).is_ok());
        assert_eq!(
            plan(VotingKind::Hands, &["Red"]).unwrap_err(),
            PlanError::TeamsNotVoting
        );
        assert_eq!(
            plan(VotingKind::Teams, &["Red"]).unwrap_err(),
            PlanError::TeamCount { given: 1 }
        );
        let nine = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        assert_eq!(
            plan(VotingKind::Teams, &nine).unwrap_err(),
            PlanError::TeamCount { given: 9 }
        );
        assert_eq!(
            plan(VotingKind::Teams, &["Red", "red"]).unwrap_err(),
            PlanError::DuplicateTeam { name: "red".into() }
        );
        assert!(matches!(
            plan(VotingKind::Teams, &["Red", &"x".repeat(21)]),
            Err(PlanError::TeamName { .. })
        ));
        let ok = plan(VotingKind::Teams, &[" Red ", "Blue"]).unwrap();
        assert_eq!((ok.teams[0].as_str(), ok.sides()), ("Red", 2));
    }

    #[test]
    fn team_names_typed_on_one_line_are_split_on_commas() {
        assert_eq!(
            split_teams(" Red, Blue ,,Green "),
            names(&["Red", "Blue", "Green"])
        );
        assert!(split_teams("  ").is_empty());
    }
}
