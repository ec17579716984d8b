//! The database's tables and their migrations. The schema's version is
//! SQLite's `PRAGMA user_version`: the number of migrations applied. Each
//! migration runs in its own transaction with the version it brings, so a
//! database is always at one version or the next, never between.
//!
//! To change the schema, append a migration; never edit one that shipped.

use rusqlite::Connection;

use super::Error;

/// Every migration, in order: migration `i` brings the schema to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: learners, attempts reply by reply, principle points, pass marks.
    "CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE pass_marks (
        scenario TEXT PRIMARY KEY,
        mark INTEGER NOT NULL CHECK (mark BETWEEN 0 AND 100)
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id),
        scenario TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        seed INTEGER NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('practice', 'assessment', 'workshop')),
        options TEXT NOT NULL,
        hesitations TEXT NOT NULL DEFAULT '[]',
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        abandoned_at INTEGER,
        ending TEXT,
        outcome TEXT,
        walked_out INTEGER,
        score INTEGER,
        grade TEXT,
        raw_score INTEGER,
        minutes REAL
    );
    CREATE INDEX attempts_by_learner ON attempts (learner_id, scenario);
    CREATE TABLE attempt_steps (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        step INTEGER NOT NULL CHECK (step >= 1),
        reply INTEGER NOT NULL,
        text TEXT NOT NULL,
        mood_before REAL NOT NULL,
        mood_after REAL NOT NULL,
        value_before REAL NOT NULL,
        value_after REAL NOT NULL,
        points INTEGER NOT NULL,
        recorded_at INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, step)
    );
    CREATE TABLE attempt_principles (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        principle TEXT NOT NULL,
        name TEXT NOT NULL,
        earned INTEGER NOT NULL,
        best INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, principle)
    );",
];

/// The schema version this program writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// The schema version a database is at (0 for a new file).
pub fn version(conn: &Connection) -> Result<i64, Error> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the database up to [`VERSION`]; refuses one written by a newer
/// program rather than guess at its tables.
pub fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let found = version(conn)?;
    if found > VERSION {
        return Err(Error::NewerSchema {
            found,
            known: VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
