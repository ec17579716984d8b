//! Workshops kept with the learners' records: what a facilitator's session
//! left behind ([`WorkshopRecord`]), saved whole as JSON and, beside it,
//! one row per decision with its votes per reply and one per team's
//! ending, for a manager's own SQL (schema migration 3 describes the
//! tables).
//!
//! [`Records::save_workshop`] writes a workshop in one transaction and
//! replaces what an earlier save of the same id wrote, so the game saves
//! after every scenario and at the end: a workshop cut short by a crash
//! keeps everything up to its last save.

use rusqlite::{OptionalExtension, ToSql, Transaction, params, params_from_iter};
use serde::Serialize;

use super::{Error, Records, now};
use crate::workshop::ChoiceRule;
use crate::workshop::record::{DecisionRecord, EndingRecord, VotingKind, WorkshopRecord};

/// A workshop as a list shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkshopSummary {
    /// The workshop's UUID.
    pub id: String,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    /// The scenarios' titles, in the running order.
    pub scenarios: Vec<String>,
    /// Decisions voted on, over every scenario and team.
    pub decisions: usize,
    pub voting: VotingKind,
    pub teams: Vec<String>,
    pub phones_joined: u32,
}

impl WorkshopSummary {
    fn of(record: &WorkshopRecord) -> WorkshopSummary {
        WorkshopSummary {
            id: record.id.clone(),
            started_at: record.started_at,
            finished_at: record.finished_at,
            scenarios: record.scenarios.iter().map(|s| s.title.clone()).collect(),
            decisions: record
                .scenarios
                .iter()
                .flat_map(|s| &s.teams)
                .map(|t| t.decisions.len())
                .sum(),
            voting: record.voting,
            teams: record.teams.clone(),
            phones_joined: record.phones_joined,
        }
    }
}

impl Records {
    /// Saves `record`, replacing an earlier save of the same id, in one
    /// transaction.
    pub fn save_workshop(&self, record: &WorkshopRecord) -> Result<(), Error> {
        let json = serde_json::to_string(record).map_err(|e| Error::DamagedWorkshop {
            id: record.id.clone(),
            reason: e.to_string(),
        })?;
        let tx = self.conn.unchecked_transaction()?;
        let id = upsert_workshop(&tx, record, &json)?;
        for table in ["workshop_votes", "workshop_decisions", "workshop_endings"] {
            tx.execute(&format!("DELETE FROM {table} WHERE workshop_id = ?1"), [id])?;
        }
        for (s, run) in record.scenarios.iter().enumerate() {
            for (t, team) in run.teams.iter().enumerate() {
                let place = Place {
                    workshop: id,
                    scenario_index: s as i64,
                    scenario: &run.scenario,
                    team_index: t as i64,
                    team: team.team.as_deref(),
                };
                for (i, decision) in team.decisions.iter().enumerate() {
                    insert_decision(&tx, &place, i as i64 + 1, decision)?;
                }
                if let Some(ending) = &team.ending {
                    insert_ending(&tx, &place, ending)?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every workshop saved, newest first.
    pub fn workshops(&self) -> Result<Vec<WorkshopSummary>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT uuid, record FROM workshops ORDER BY started_at DESC, id DESC")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, json) = row?;
            out.push(WorkshopSummary::of(&parse(&id, &json)?));
        }
        Ok(out)
    }

    /// The workshop saved with `id` (its UUID).
    pub fn workshop(&self, id: &str) -> Result<WorkshopRecord, Error> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT record FROM workshops WHERE uuid = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        match json {
            Some(json) => parse(id, &json),
            None => Err(Error::NoSuchWorkshop {
                id: id.to_string(),
                known: self.workshop_ids()?,
            }),
        }
    }

    /// The ids of the workshops saved, newest first.
    fn workshop_ids(&self) -> Result<Vec<String>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT uuid FROM workshops ORDER BY started_at DESC, id DESC")?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(ids)
    }
}

fn parse(id: &str, json: &str) -> Result<WorkshopRecord, Error> {
    serde_json::from_str(json).map_err(|e| Error::DamagedWorkshop {
        id: id.to_string(),
        reason: e.to_string(),
    })
}

/// Inserts or updates the workshop's own row; its row id.
fn upsert_workshop(tx: &Transaction, record: &WorkshopRecord, json: &str) -> Result<i64, Error> {
    let teams = serde_json::to_string(&record.teams).unwrap_or_else(|_| "[]".into());
    tx.execute(
        "INSERT INTO workshops (uuid, started_at, finished_at, voting, teams, phones_joined, record, saved_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (uuid) DO UPDATE SET started_at = excluded.started_at,
             finished_at = excluded.finished_at, voting = excluded.voting,
             teams = excluded.teams, phones_joined = excluded.phones_joined,
             record = excluded.record, saved_at = excluded.saved_at",
        params![
            record.id,
            record.started_at,
            record.finished_at,
            voting_name(record.voting),
            teams,
            record.phones_joined,
            json,
            now()
        ],
    )?;
    Ok(tx.query_row(
        "SELECT id FROM workshops WHERE uuid = ?1",
        [&record.id],
        |r| r.get(0),
    )?)
}

/// Where a team's rows go.
struct Place<'a> {
    workshop: i64,
    scenario_index: i64,
    scenario: &'a str,
    team_index: i64,
    team: Option<&'a str>,
}

impl<'a> Place<'a> {
    /// The place's five columns (`workshop_id` to `team`), then `rest`.
    fn then<'p>(&'p self, rest: &[&'p dyn ToSql]) -> Vec<&'p dyn ToSql> {
        let mut all: Vec<&dyn ToSql> = vec![
            &self.workshop,
            &self.scenario_index,
            &self.scenario,
            &self.team_index,
            &self.team,
        ];
        all.extend_from_slice(rest);
        all
    }
}

fn insert_decision(
    tx: &Transaction,
    at: &Place,
    step: i64,
    d: &DecisionRecord,
) -> Result<(), Error> {
    let votes_for = |n: usize| d.replies.iter().find(|r| r.number == n).map(|r| r.votes);
    let total: u32 = d.replies.iter().map(|r| r.votes).sum();
    tx.execute(
        "INSERT INTO workshop_decisions (workshop_id, scenario_index, scenario, team_index, team,
             step, node, chosen, rule, best, total_votes, chosen_votes, best_votes, points,
             mood_before, mood_after, seconds_voting, seconds_discussing)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params_from_iter(at.then(params![
            step,
            d.node,
            d.chosen as i64,
            rule_name(&d.rule),
            d.best.map(|b| b as i64),
            total,
            votes_for(d.chosen).unwrap_or(0),
            d.best.map(|b| votes_for(b).unwrap_or(0)),
            d.points,
            d.mood_before,
            d.mood_after,
            d.seconds_voting,
            d.seconds_discussing
        ])),
    )?;
    let mut insert = tx.prepare(
        "INSERT INTO workshop_votes (workshop_id, scenario_index, team_index, step, shown, reply, text, votes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (shown, reply) in d.replies.iter().enumerate() {
        insert.execute(params![
            at.workshop,
            at.scenario_index,
            at.team_index,
            step,
            shown as i64 + 1,
            reply.number as i64,
            reply.text,
            reply.votes
        ])?;
    }
    Ok(())
}

fn insert_ending(tx: &Transaction, at: &Place, e: &EndingRecord) -> Result<(), Error> {
    tx.execute(
        "INSERT INTO workshop_endings (workshop_id, scenario_index, scenario, team_index, team,
             ending, outcome, walked_out, score, grade, kept, lost)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params_from_iter(at.then(params![
            e.ending,
            super::attempts::name_of(&e.outcome),
            e.walked_out,
            e.score,
            e.grade.to_string(),
            e.kept,
            e.lost
        ])),
    )?;
    Ok(())
}

/// The voting kind as the `workshops.voting` column spells it.
pub fn voting_name(kind: VotingKind) -> &'static str {
    match kind {
        VotingKind::Phones => "phones",
        VotingKind::Hands => "hands",
        VotingKind::Teams => "teams",
    }
}

/// The rule as the `workshop_decisions.rule` column spells it.
pub fn rule_name(rule: &ChoiceRule) -> &'static str {
    match rule {
        ChoiceRule::Majority => "majority",
        ChoiceRule::Tie { .. } => "tie",
        ChoiceRule::NoVotes => "no_votes",
        ChoiceRule::Overridden { .. } => "overridden",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> WorkshopRecord {
        serde_json::from_str(include_str!("../../tests/fixtures/workshop/teams.json"))
            .expect("the sample workshop")
    }

    fn count(r: &Records, sql: &str) -> i64 {
        r.connection().query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_saved_workshop_reads_back_whole_with_a_row_per_decision() {
        let r = Records::in_memory().unwrap();
        let record = sample();
        r.save_workshop(&record).unwrap();
        assert_eq!(r.workshop(&record.id).unwrap(), record);
        assert_eq!(count(&r, "SELECT count(*) FROM workshop_decisions"), 6);
        assert_eq!(count(&r, "SELECT count(*) FROM workshop_votes"), 16);
        assert_eq!(count(&r, "SELECT count(*) FROM workshop_endings"), 3);
        // What a manager asks (the README's query): how often did the
        // room play the best reply, of the decisions that had one?
        let (best, of): (i64, i64) = r
            .connection()
            .query_row(
                "SELECT sum(chosen = best), count(best) FROM workshop_decisions",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((best, of), (5, 6));
        assert_eq!(
            count(
                &r,
                "SELECT sum(votes) FROM workshop_votes v JOIN workshop_decisions d
                 USING (workshop_id, scenario_index, team_index, step)
                 WHERE d.rule = 'overridden'"
            ),
            7
        );
        let (chosen_votes, best_votes, total): (u32, u32, u32) = r
            .connection()
            .query_row(
                "SELECT chosen_votes, best_votes, total_votes FROM workshop_decisions
                 WHERE team_index = 1 AND scenario_index = 0 AND step = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!((chosen_votes, best_votes, total), (1, 1, 7));
    }

    #[test]
    fn saving_again_replaces_the_earlier_save() {
        let r = Records::in_memory().unwrap();
        let mut record = sample();
        let full = record.clone();
        record.scenarios.truncate(1);
        record.finished_at = None;
        r.save_workshop(&record).unwrap();
        assert_eq!(count(&r, "SELECT count(*) FROM workshop_decisions"), 4);
        r.save_workshop(&full).unwrap();
        assert_eq!(count(&r, "SELECT count(*) FROM workshops"), 1);
        assert_eq!(count(&r, "SELECT count(*) FROM workshop_decisions"), 6);
        assert_eq!(r.workshop(&full.id).unwrap(), full);
    }

    #[test]
    fn the_list_is_newest_first_and_an_unknown_id_names_the_saved_ones() {
        let r = Records::in_memory().unwrap();
        let err = r.workshop("nope").unwrap_err();
        assert!(err.to_string().contains("none is saved yet"), "{err}");
        let older = sample();
        let mut newer = sample();
        newer.id = "a0000000-0000-4000-8000-000000000001".into();
        newer.started_at += 86_400;
        newer.voting = VotingKind::Phones;
        r.save_workshop(&older).unwrap();
        r.save_workshop(&newer).unwrap();
        let list = r.workshops().unwrap();
        let ids: Vec<&str> = list.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, [newer.id.as_str(), older.id.as_str()]);
        assert_eq!(list[1].decisions, 6);
        assert_eq!(list[1].scenarios, ["The Dry Cappuccino", "The Plums"]);
        let err = r.workshop("nope").unwrap_err().to_string();
        assert!(err.contains(&newer.id) && err.contains(&older.id), "{err}");
    }
}
