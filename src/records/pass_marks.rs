//! The pass marks trainers set: one for every scenario, and overrides for
//! single scenarios. Reading and setting one is in [`progress`](super::progress),
//! which judges mastery by them; here, listing and removing overrides.

use rusqlite::params;
use serde::Serialize;

use super::{Error, Records};

/// Every pass mark in force on this machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PassMarks {
    /// The mark of scenarios without their own.
    pub global: u32,
    /// Scenarios with their own mark, by id.
    pub scenarios: Vec<(String, u32)>,
}

impl Records {
    /// The global pass mark and every scenario's own.
    pub fn pass_marks(&self) -> Result<PassMarks, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT scenario, mark FROM pass_marks ORDER BY scenario")?;
        let scenarios = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(PassMarks {
            global: self.global_pass_mark()?,
            scenarios,
        })
    }

    /// Removes a scenario's own pass mark (it then uses the global one).
    /// Says whether it had one.
    pub fn clear_pass_mark(&self, scenario: &str) -> Result<bool, Error> {
        let removed = self.conn.execute(
            "DELETE FROM pass_marks WHERE scenario = ?1",
            params![scenario],
        )?;
        Ok(removed > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_are_listed_and_cleared_back_to_the_global_mark() {
        let r = Records::in_memory().unwrap();
        r.set_pass_mark(None, 70).unwrap();
        r.set_pass_mark(Some("plums"), 90).unwrap();
        r.set_pass_mark(Some("faulty-cd"), 150).unwrap();
        assert_eq!(
            r.pass_marks().unwrap(),
            PassMarks {
                global: 70,
                scenarios: vec![("faulty-cd".into(), 100), ("plums".into(), 90)],
            }
        );
        assert!(r.clear_pass_mark("plums").unwrap());
        assert!(!r.clear_pass_mark("plums").unwrap());
        assert_eq!(r.pass_mark("plums").unwrap(), 70);
    }
}
