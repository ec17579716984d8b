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
    // 3: workshops. The whole record as JSON (what the exports read), and
    // beside it one row per decision with its votes per reply, and one per
    // team's ending, so a manager's SQL can count without parsing JSON.
    // `scenario_index` is the place in the running order and `team_index`
    // the team's (0 for a room voting as one), both from 0; `step` counts
    // a team's decisions in a scenario from 1.
    "CREATE TABLE workshops (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        voting TEXT NOT NULL CHECK (voting IN ('phones', 'hands', 'teams')),
        teams TEXT NOT NULL,
        phones_joined INTEGER NOT NULL,
        record TEXT NOT NULL,
        saved_at INTEGER NOT NULL
    );
    CREATE INDEX workshops_by_start ON workshops (started_at);
    CREATE TABLE workshop_decisions (
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        scenario_index INTEGER NOT NULL,
        scenario TEXT NOT NULL,
        team_index INTEGER NOT NULL,
        team TEXT,
        step INTEGER NOT NULL CHECK (step >= 1),
        node TEXT NOT NULL,
        chosen INTEGER NOT NULL,
        rule TEXT NOT NULL CHECK (rule IN ('majority', 'tie', 'no_votes', 'overridden')),
        best INTEGER,
        total_votes INTEGER NOT NULL,
        chosen_votes INTEGER NOT NULL,
        best_votes INTEGER,
        points INTEGER NOT NULL,
        mood_before REAL NOT NULL,
        mood_after REAL NOT NULL,
        seconds_voting INTEGER NOT NULL,
        seconds_discussing INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, scenario_index, team_index, step)
    );
    CREATE TABLE workshop_votes (
        workshop_id INTEGER NOT NULL,
        scenario_index INTEGER NOT NULL,
        team_index INTEGER NOT NULL,
        step INTEGER NOT NULL,
        shown INTEGER NOT NULL CHECK (shown >= 1),
        reply INTEGER NOT NULL,
        text TEXT NOT NULL,
        votes INTEGER NOT NULL CHECK (votes >= 0),
        PRIMARY KEY (workshop_id, scenario_index, team_index, step, reply),
        FOREIGN KEY (workshop_id, scenario_index, team_index, step)
            REFERENCES workshop_decisions (workshop_id, scenario_index, team_index, step)
            ON DELETE CASCADE
    );
    CREATE TABLE workshop_endings (
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        scenario_index INTEGER NOT NULL,
        scenario TEXT NOT NULL,
        team_index INTEGER NOT NULL,
        team TEXT,
        ending TEXT NOT NULL,
        outcome TEXT NOT NULL,
        walked_out INTEGER NOT NULL,
        score INTEGER NOT NULL,
        grade TEXT NOT NULL,
        kept REAL NOT NULL,
        lost REAL NOT NULL,
        PRIMARY KEY (workshop_id, scenario_index, team_index)
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

    #[test]
    fn a_version_2_database_keeps_its_attempts_and_gains_the_workshop_tables() {
        let mut conn = at_version(2);
        conn.execute_batch(
            "INSERT INTO learners (id, name, created_at) VALUES (1, 'Ana', 0);
             INSERT INTO attempts (learner_id, scenario, fingerprint, seed, mode, options, started_at, uuid)
             VALUES (1, 'plums', 'f', 1, 'practice', '{}', 0, 'u-1');
             INSERT INTO attempt_steps (attempt_id, step, reply, text, mood_before, mood_after,
                 value_before, value_after, points, recorded_at, node)
             VALUES (1, 1, 2, 'Hello', 50, 55, 100, 100, 1, 0, 'start');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), VERSION);
        let kept: (String, i64) = conn
            .query_row(
                "SELECT a.uuid, count(s.step) FROM attempts a JOIN attempt_steps s ON s.attempt_id = a.id",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(kept, ("u-1".to_string(), 1));
        for table in [
            "workshops",
            "workshop_decisions",
            "workshop_votes",
            "workshop_endings",
        ] {
            let rows: i64 = conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(rows, 0, "{table}");
        }
    }
}
