//! Learners: the profiles on one machine (a shared onboarding laptop), by
//! name. The last one chosen is remembered for the next start.

use rusqlite::{OptionalExtension, Row};
use serde::Serialize;

use super::{Error, Records, now};

/// A learner's number in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct LearnerId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Learner {
    pub id: LearnerId,
    pub name: String,
    /// Seconds since 1970.
    pub created_at: i64,
}

const LAST_LEARNER: &str = "last_learner";

fn learner(row: &Row<'_>) -> rusqlite::Result<Learner> {
    Ok(Learner {
        id: LearnerId(row.get(0)?),
        name: row.get(1)?,
        created_at: row.get(2)?,
    })
}

/// The name a learner gets when nobody has chosen one: the system user's.
pub fn default_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|n| !n.trim().is_empty()))
        .unwrap_or_else(|| "Learner".to_string())
}

impl Records {
    /// Every learner, by name.
    pub fn learners(&self) -> Result<Vec<Learner>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, created_at FROM learners ORDER BY name")?;
        let rows = stmt.query_map([], learner)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The learner with this name (ignoring case), if any.
    pub fn learner_named(&self, name: &str) -> Result<Option<Learner>, Error> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, created_at FROM learners WHERE name = ?1",
                [name.trim()],
                learner,
            )
            .optional()?)
    }

    /// Adds a learner, or returns the one already called that.
    pub fn create_learner(&self, name: &str) -> Result<Learner, Error> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::EmptyName);
        }
        if let Some(found) = self.learner_named(name)? {
            return Ok(found);
        }
        self.conn.execute(
            "INSERT INTO learners (name, created_at) VALUES (?1, ?2)",
            rusqlite::params![name, now()],
        )?;
        Ok(Learner {
            id: LearnerId(self.conn.last_insert_rowid()),
            name: name.to_string(),
            created_at: now(),
        })
    }

    /// Adds a new learner, refusing a name already taken (a second "Ana"
    /// would share the first one's record by mistake).
    pub fn add_learner(&self, name: &str) -> Result<Learner, Error> {
        if let Some(taken) = self.learner_named(name)? {
            return Err(Error::NameTaken(taken.name));
        }
        self.create_learner(name)
    }

    /// Remembers `id` as the learner playing now, for the next start.
    pub fn select_learner(&self, id: LearnerId) -> Result<(), Error> {
        self.set_setting(LAST_LEARNER, &id.0.to_string())
    }

    /// The learner chosen last, if they still exist.
    pub fn last_learner(&self) -> Result<Option<Learner>, Error> {
        let Some(id) = self.setting(LAST_LEARNER)? else {
            return Ok(None);
        };
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, created_at FROM learners WHERE id = ?1",
                [id],
                learner,
            )
            .optional()?)
    }

    /// The learner a play is recorded for: the one named (created if new),
    /// else the last one, else one named after the system user. Remembered
    /// as the last learner.
    pub fn learner_for_play(&self, name: Option<&str>) -> Result<Learner, Error> {
        let chosen = match name {
            Some(n) => self.create_learner(n)?,
            None => match self.last_learner()? {
                Some(l) => l,
                None => self.create_learner(&default_name())?,
            },
        };
        self.select_learner(chosen.id)?;
        Ok(chosen)
    }

    /// The learner whose records are asked for: the one named (who must
    /// exist), else the last one; `None` when nobody has played yet.
    pub fn learner_to_show(&self, name: Option<&str>) -> Result<Option<Learner>, Error> {
        match name {
            Some(n) => match self.learner_named(n)? {
                Some(l) => Ok(Some(l)),
                None => Err(Error::NoSuchLearner {
                    name: n.to_string(),
                    known: self.learners()?.into_iter().map(|l| l.name).collect(),
                }),
            },
            None => self.last_learner(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learners_are_created_once_by_name_and_the_last_is_remembered() {
        let r = Records::in_memory().unwrap();
        assert_eq!(r.last_learner().unwrap(), None);
        let ana = r.create_learner(" Ana ").unwrap();
        assert_eq!(ana.name, "Ana");
        assert_eq!(r.create_learner("ana").unwrap().id, ana.id);
        let ben = r.create_learner("Ben").unwrap();
        let names: Vec<_> = r.learners().unwrap().into_iter().map(|l| l.name).collect();
        assert_eq!(names, ["Ana", "Ben"]);
        r.select_learner(ben.id).unwrap();
        assert_eq!(r.last_learner().unwrap(), Some(ben.clone()));
        assert_eq!(r.learner_for_play(None).unwrap().id, ben.id);
        assert_eq!(r.learner_for_play(Some("Ana")).unwrap().id, ana.id);
        assert_eq!(r.last_learner().unwrap().unwrap().id, ana.id);
        assert!(matches!(r.create_learner("  "), Err(Error::EmptyName)));
        assert!(matches!(r.add_learner(" "), Err(Error::EmptyName)));
        let taken = r.add_learner("ANA").unwrap_err();
        assert!(
            matches!(&taken, Error::NameTaken(n) if n == "Ana"),
            "{taken}"
        );
        assert_eq!(r.add_learner("Cy").unwrap().name, "Cy");
    }

    #[test]
    fn asking_for_an_unknown_learner_lists_the_known_ones() {
        let r = Records::in_memory().unwrap();
        r.create_learner("Ana").unwrap();
        let err = r.learner_to_show(Some("Zoe")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "there is no learner `Zoe`; the learners are: Ana"
        );
    }
}
