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
    // 2: a global id per attempt, so records from several machines merge
    // without counting one attempt twice; attempts recorded before it get
    // a random one. The moment each reply answered (for choice analytics;
    // unknown for replies recorded before it). The xAPI outbox: statements waiting for the learning
    // record store, written in the same transaction as what they report.
    "ALTER TABLE attempts ADD COLUMN uuid TEXT;
    UPDATE attempts SET uuid = lower(
        hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
        substr(hex(randomblob(2)), 2) || '-' ||
        substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' ||
        hex(randomblob(6)))
    WHERE uuid IS NULL;
    CREATE UNIQUE INDEX attempts_by_uuid ON attempts (uuid);
    ALTER TABLE attempt_steps ADD COLUMN node TEXT;
    CREATE TABLE xapi_outbox (
        id INTEGER PRIMARY KEY,
        statement_id TEXT NOT NULL UNIQUE,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        statement TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        tries INTEGER NOT NULL DEFAULT 0,
        next_try_at INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        sent_at INTEGER,
        rejected_at INTEGER
    );
    CREATE INDEX xapi_outbox_waiting ON xapi_outbox (next_try_at)
        WHERE sent_at IS NULL AND rejected_at IS NULL;",
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A database at `version`, as a program of that time left it.
    fn at_version(version: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for (i, sql) in MIGRATIONS.iter().take(version).enumerate() {
            conn.execute_batch(sql).unwrap();
            conn.pragma_update(None, "user_version", i as i64 + 1)
                .unwrap();
        }
        conn
    }

    #[test]
    fn attempts_recorded_before_global_ids_each_get_their_own() {
        let mut conn = at_version(1);
        conn.execute_batch(
            "INSERT INTO learners (id, name, created_at) VALUES (1, 'Ana', 0);
             INSERT INTO attempts (learner_id, scenario, fingerprint, seed, mode, options, started_at)
             VALUES (1, 'plums', 'f', 1, 'practice', '{}', 0),
                    (1, 'plums', 'f', 2, 'practice', '{}', 0);",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), VERSION);
        let ids: Vec<String> = conn
            .prepare("SELECT uuid FROM attempts ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], ids[1]);
        for id in &ids {
            let parsed = uuid::Uuid::parse_str(id).expect("a UUID");
            assert_eq!(parsed.get_version_num(), 4, "{id}");
        }
    }
}
