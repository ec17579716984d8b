//! The teams' leaderboard, shown between scenarios and at the end: summed
//! from the record, so what the projector shows is what is kept.
//!
//! ## The rule
//! Teams rank by their scores summed over the scenarios played so far
//! (each 0–100), then by the money their customers kept; a team that tied
//! on both shares the place.

use super::record::{EndingRecord, WorkshopRecord};

/// One team's line of the leaderboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    /// 1-based; tied teams share a place.
    pub place: usize,
    pub team: String,
    /// The sum of its scenarios' scores.
    pub score: u32,
    /// Lifetime value its customers kept, summed.
    pub kept: f64,
    /// How its customer in the latest scenario ended (`None` if that
    /// conversation did not finish).
    pub latest: Option<EndingRecord>,
}

/// The leaderboard of `record`'s teams, best first (empty without teams).
pub fn standings(record: &WorkshopRecord) -> Vec<Standing> {
    let mut lines: Vec<Standing> = record
        .teams
        .iter()
        .enumerate()
        .map(|(i, team)| {
            let mut endings = record
                .scenarios
                .iter()
                .map(|s| s.teams.get(i).and_then(|t| t.ending.clone()));
            let (score, kept) = endings
                .clone()
                .flatten()
                .fold((0, 0.0), |(s, k), e| (s + e.score, k + e.kept));
            Standing {
                place: 0,
                team: team.clone(),
                score,
                kept,
                latest: endings.next_back().flatten(),
            }
        })
        .collect();
    lines.sort_by(|a, b| b.score.cmp(&a.score).then(b.kept.total_cmp(&a.kept)));
    for i in 0..lines.len() {
        lines[i].place = match i {
            0 => 1,
            _ if lines[i].score == lines[i - 1].score && lines[i].kept == lines[i - 1].kept => {
                lines[i - 1].place
            }
            _ => i + 1,
        };
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scenario::Outcome;
    use crate::workshop::record::{ScenarioRun, TeamRun, VotingKind};

    fn ending(score: u32, kept: f64) -> Option<EndingRecord> {
        Some(EndingRecord {
            ending: "e".into(),
            outcome: Outcome::KeptLoyal,
            walked_out: false,
            score,
            grade: 'A',
            kept,
            lost: 0.0,
        })
    }

    fn run(endings: Vec<Option<EndingRecord>>) -> ScenarioRun {
        ScenarioRun {
            scenario: "s".into(),
            title: "S".into(),
            fingerprint: "f".into(),
            seed: 1,
            teams: endings
                .into_iter()
                .map(|ending| TeamRun {
                    team: None,
                    decisions: vec![],
                    ending,
                })
                .collect(),
        }
    }

    #[test]
    fn teams_rank_by_summed_score_then_money_kept_and_ties_share_a_place() {
        let record = WorkshopRecord {
            id: "x".into(),
            started_at: 0,
            finished_at: None,
            voting: VotingKind::Teams,
            teams: vec!["Red".into(), "Blue".into(), "Green".into(), "Gold".into()],
            phones_joined: 8,
            scenarios: vec![
                run(vec![
                    ending(50, 10.0),
                    ending(90, 5.0),
                    ending(60, 20.0),
                    ending(60, 20.0),
                ]),
                run(vec![
                    ending(80, 1.0),
                    None,
                    ending(70, 0.0),
                    ending(70, 0.0),
                ]),
            ],
        };
        let lines = standings(&record);
        let order: Vec<(usize, &str, u32)> = lines
            .iter()
            .map(|l| (l.place, l.team.as_str(), l.score))
            .collect();
        assert_eq!(
            order,
            [
                (1, "Green", 130),
                (1, "Gold", 130),
                (3, "Red", 130),
                (4, "Blue", 90)
            ]
        );
        assert_eq!(lines[2].kept, 11.0);
        assert!(
            lines[3].latest.is_none(),
            "Blue's second customer did not finish"
        );
        assert!(
            standings(&WorkshopRecord {
                teams: vec![],
                ..record
            })
            .is_empty()
        );
    }
}
