//! The xAPI outbox: statements waiting to reach the organisation's learning
//! record store (LRS).
//!
//! A statement is put in the outbox ([`enqueue`]) in the same transaction
//! as the record it reports, so a reply is never recorded without its
//! statement, nor the other way round. A sender takes the statements that
//! are due ([`Records::outbox_due`]) and marks each one:
//!
//! - **sent** ([`Records::outbox_sent`]): the LRS stored it; it stays in
//!   the table as proof, and is never sent again;
//! - **deferred** ([`Records::outbox_defer`]): the LRS was down, slow or
//!   answered 5xx; tried again from the time given (the sender's backoff);
//! - **rejected** ([`Records::outbox_reject`]): the LRS refused that one
//!   statement (a 4xx); its message is kept and it is not retried, so it
//!   never blocks the rest.
//!
//! Statement ids are the outbox's key: the same statement enqueued twice
//! is kept once.

use rusqlite::{Connection, params};
use serde::Serialize;

use super::{AttemptId, Error, Records};

/// A statement waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// The outbox row.
    pub id: i64,
    /// The statement's own id (a UUID), as in its JSON.
    pub statement_id: String,
    /// The statement, as JSON text.
    pub statement: String,
    /// Times sending it has failed so far.
    pub tries: u32,
}

/// How many statements are in each state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct OutboxCounts {
    /// Not yet stored by the LRS (due now or waiting for a retry).
    pub waiting: u64,
    pub sent: u64,
    /// Refused by the LRS; never retried.
    pub rejected: u64,
}

/// Why statements are still waiting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxProblem {
    /// What went wrong on the last try.
    pub error: String,
    /// When the next try is due (seconds since 1970).
    pub next_try_at: i64,
    /// Failed tries so far.
    pub tries: u32,
}

/// A statement the LRS refused, with what it said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RejectedStatement {
    pub statement_id: String,
    pub attempt: AttemptId,
    pub message: String,
    /// Seconds since 1970.
    pub rejected_at: i64,
}

/// Puts a statement in the outbox, on the connection (or transaction) that
/// records what it reports. A statement already there is left as it is.
pub fn enqueue(
    conn: &Connection,
    attempt: AttemptId,
    statement_id: &str,
    statement: &str,
    now: i64,
) -> Result<(), Error> {
    conn.execute(
        "INSERT INTO xapi_outbox (statement_id, attempt_id, statement, created_at, next_try_at)
         VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (statement_id) DO NOTHING",
        params![statement_id, attempt.0, statement, now],
    )?;
    Ok(())
}

impl Records {
    /// Up to `limit` statements due at `now`, oldest first.
    pub fn outbox_due(&self, now: i64, limit: usize) -> Result<Vec<OutboxItem>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT id, statement_id, statement, tries FROM xapi_outbox
             WHERE sent_at IS NULL AND rejected_at IS NULL AND next_try_at <= ?1
             ORDER BY id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![now, limit as i64], |r| {
            Ok(OutboxItem {
                id: r.get(0)?,
                statement_id: r.get(1)?,
                statement: r.get(2)?,
                tries: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// When the next waiting statement is due (seconds since 1970), if any
    /// is waiting.
    pub fn outbox_next_due(&self) -> Result<Option<i64>, Error> {
        Ok(self.conn.query_row(
            "SELECT min(next_try_at) FROM xapi_outbox
             WHERE sent_at IS NULL AND rejected_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// Marks statements as stored by the LRS at `now`.
    pub fn outbox_sent(&self, ids: &[i64], now: i64) -> Result<(), Error> {
        let tx = self.conn.unchecked_transaction()?;
        for id in ids {
            tx.execute(
                "UPDATE xapi_outbox SET sent_at = ?2, last_error = NULL WHERE id = ?1",
                params![id, now],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Keeps statements for another try at `retry_at`, counting the failure
    /// and what went wrong.
    pub fn outbox_defer(&self, ids: &[i64], error: &str, retry_at: i64) -> Result<(), Error> {
        let tx = self.conn.unchecked_transaction()?;
        for id in ids {
            tx.execute(
                "UPDATE xapi_outbox SET tries = tries + 1, last_error = ?2, next_try_at = ?3
                 WHERE id = ?1 AND sent_at IS NULL",
                params![id, error, retry_at],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Keeps every statement waiting and due by `due_by` for another try at
    /// `retry_at` (the LRS as a whole failed: down, busy, or refusing the
    /// key), counting the failure. Returns how many were deferred.
    pub fn outbox_defer_waiting(
        &self,
        due_by: i64,
        error: &str,
        retry_at: i64,
    ) -> Result<usize, Error> {
        Ok(self.conn.execute(
            "UPDATE xapi_outbox SET tries = tries + 1, last_error = ?2, next_try_at = ?3
             WHERE sent_at IS NULL AND rejected_at IS NULL AND next_try_at <= ?1",
            params![due_by, error, retry_at],
        )?)
    }

    /// Why the waiting statements last failed to go, when the next try is
    /// due and how many failures the most tried one has had; `None` when
    /// nothing waiting has failed yet.
    pub fn outbox_problem(&self) -> Result<Option<OutboxProblem>, Error> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                "SELECT last_error, next_try_at, tries FROM xapi_outbox
                 WHERE sent_at IS NULL AND rejected_at IS NULL AND last_error IS NOT NULL
                 ORDER BY tries DESC, next_try_at DESC LIMIT 1",
                [],
                |r| {
                    Ok(OutboxProblem {
                        error: r.get(0)?,
                        next_try_at: r.get(1)?,
                        tries: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Sets a statement aside for good with the LRS's message.
    pub fn outbox_reject(&self, id: i64, message: &str, now: i64) -> Result<(), Error> {
        self.conn.execute(
            "UPDATE xapi_outbox SET tries = tries + 1, last_error = ?2, rejected_at = ?3
             WHERE id = ?1 AND sent_at IS NULL",
            params![id, message, now],
        )?;
        Ok(())
    }

    /// How many statements are waiting, sent and rejected.
    pub fn outbox_counts(&self) -> Result<OutboxCounts, Error> {
        Ok(self.conn.query_row(
            "SELECT
                 count(*) FILTER (WHERE sent_at IS NULL AND rejected_at IS NULL),
                 count(sent_at),
                 count(rejected_at)
             FROM xapi_outbox",
            [],
            |r| {
                Ok(OutboxCounts {
                    waiting: r.get::<_, i64>(0)? as u64,
                    sent: r.get::<_, i64>(1)? as u64,
                    rejected: r.get::<_, i64>(2)? as u64,
                })
            },
        )?)
    }

    /// The statements the LRS refused, newest first.
    pub fn outbox_rejected(&self) -> Result<Vec<RejectedStatement>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT statement_id, attempt_id, coalesce(last_error, ''), rejected_at
             FROM xapi_outbox WHERE rejected_at IS NOT NULL ORDER BY rejected_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(RejectedStatement {
                statement_id: r.get(0)?,
                attempt: AttemptId(r.get(1)?),
                message: r.get(2)?,
                rejected_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records with one attempt to hang statements on.
    fn with_attempt() -> (Records, AttemptId) {
        let r = Records::in_memory().unwrap();
        r.connection()
            .execute_batch(
                "INSERT INTO learners (id, name, created_at) VALUES (1, 'Ana', 0);
                 INSERT INTO attempts (id, learner_id, scenario, fingerprint, seed, mode, options,
                     started_at, uuid)
                 VALUES (1, 1, 'plums', 'f', 1, 'practice', '{}', 0, 'u');",
            )
            .unwrap();
        (r, AttemptId(1))
    }

    fn ids(items: &[OutboxItem]) -> Vec<&str> {
        items.iter().map(|i| i.statement_id.as_str()).collect()
    }

    #[test]
    fn a_statement_enqueued_twice_is_kept_once() {
        let (r, a) = with_attempt();
        enqueue(r.connection(), a, "s1", "{}", 10).unwrap();
        enqueue(r.connection(), a, "s1", "{\"other\":1}", 11).unwrap();
        let due = r.outbox_due(11, 10).unwrap();
        assert_eq!(ids(&due), ["s1"]);
        assert_eq!(due[0].statement, "{}");
    }

    #[test]
    fn sent_deferred_and_rejected_statements_leave_the_due_list() {
        let (r, a) = with_attempt();
        for (i, s) in ["s1", "s2", "s3", "s4"].iter().enumerate() {
            enqueue(r.connection(), a, s, "{}", i as i64).unwrap();
        }
        let due = r.outbox_due(10, 10).unwrap();
        assert_eq!(ids(&due), ["s1", "s2", "s3", "s4"]);
        r.outbox_sent(&[due[0].id], 10).unwrap();
        r.outbox_defer(&[due[1].id], "LRS answered 503", 40)
            .unwrap();
        r.outbox_reject(due[2].id, "400: bad verb", 10).unwrap();

        assert_eq!(ids(&r.outbox_due(10, 10).unwrap()), ["s4"]);
        assert_eq!(r.outbox_next_due().unwrap(), Some(3));
        let later = r.outbox_due(40, 10).unwrap();
        assert_eq!(ids(&later), ["s2", "s4"]);
        assert_eq!(later[0].tries, 1);
        assert_eq!(
            r.outbox_counts().unwrap(),
            OutboxCounts {
                waiting: 2,
                sent: 1,
                rejected: 1
            }
        );
        let rejected = r.outbox_rejected().unwrap();
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0].statement_id, "s3");
        assert_eq!(rejected[0].message, "400: bad verb");
        assert_eq!(r.outbox_due(10, 1).unwrap().len(), 1, "the limit holds");
    }

    #[test]
    fn a_failing_lrs_defers_everything_due_and_says_why() {
        let (r, a) = with_attempt();
        for (i, s) in ["s1", "s2", "s3"].iter().enumerate() {
            enqueue(r.connection(), a, s, "{}", i as i64).unwrap();
        }
        assert_eq!(r.outbox_problem().unwrap(), None);
        assert_eq!(r.outbox_defer_waiting(1, "LRS down", 60).unwrap(), 2);
        assert_eq!(ids(&r.outbox_due(2, 10).unwrap()), ["s3"]);
        assert_eq!(
            r.outbox_problem().unwrap(),
            Some(OutboxProblem {
                error: "LRS down".into(),
                next_try_at: 60,
                tries: 1
            })
        );
    }

    #[test]
    fn a_sent_statement_is_never_deferred_or_rejected_after() {
        let (r, a) = with_attempt();
        enqueue(r.connection(), a, "s1", "{}", 0).unwrap();
        let id = r.outbox_due(0, 1).unwrap()[0].id;
        r.outbox_sent(&[id], 1).unwrap();
        r.outbox_defer(&[id], "late failure", 50).unwrap();
        r.outbox_reject(id, "late refusal", 2).unwrap();
        assert_eq!(
            r.outbox_counts().unwrap(),
            OutboxCounts {
                waiting: 0,
                sent: 1,
                rejected: 0
            }
        );
        assert_eq!(r.outbox_next_due().unwrap(), None);
    }
}
