//! Reading one records file for the report, read-only and without
//! migrating it: schema 1 (before attempts had a global id and replies
//! their moment) and schema 2 are both read as they are.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{Connection, OpenFlags, params};

use super::{AttemptRecord, FileError, Problem, StepRecord};
use crate::records::attempts::Mode;
use crate::records::progress::DEFAULT_PASS_MARK;
use crate::records::schema;

/// Every attempt in `path` started at or after `since` (seconds since
/// 1970), tagged with `source`, the file's place on the command line.
pub(super) fn read_file(
    path: &Path,
    source: usize,
    since: i64,
) -> Result<(i64, Vec<AttemptRecord>), FileError> {
    let fail = |problem| FileError {
        file: path.to_path_buf(),
        problem,
    };
    if !path.is_file() {
        return Err(fail(Problem::Missing));
    }
    let conn = open_read_only(path).map_err(|e| fail(Problem::Unreadable(e.to_string())))?;
    let version = schema::version(&conn).map_err(|e| fail(Problem::Unreadable(e.to_string())))?;
    if version > schema::VERSION {
        return Err(fail(Problem::NewerSchema { found: version }));
    }
    if version < 1 {
        return Err(fail(Problem::NotRecords));
    }
    let attempts = read_attempts(&conn, version, source, since)
        .map_err(|e| fail(Problem::Unreadable(e.to_string())))?;
    Ok((version, attempts))
}

/// Opens `path` for reading only. A file at rest (no write-ahead log
/// beside it: a closed database, or a copy collected from a laptop) is read
/// as it is, creating nothing next to it, so a copy on read-only media
/// reads too. One in use (or left by a crash) is read with its log.
fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut log = path.as_os_str().to_owned();
    log.push("-wal");
    match path.to_str() {
        Some(text) if !Path::new(&log).exists() => {
            let uri = format!("file:{}?immutable=1", uri_escape(text));
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
        }
        _ => Connection::open_with_flags(path, flags),
    }
}

/// A path as a `file:` URI's path: `%`, `?` and `#` escaped.
fn uri_escape(path: &str) -> String {
    path.replace('%', "%25")
        .replace('?', "%3f")
        .replace('#', "%23")
}

fn read_attempts(
    conn: &Connection,
    version: i64,
    source: usize,
    since: i64,
) -> rusqlite::Result<Vec<AttemptRecord>> {
    let marks = PassMarks::read(conn)?;
    let uuid = if version >= 2 { "a.uuid" } else { "NULL" };
    let mut stmt = conn.prepare(&format!(
        "SELECT a.id, {uuid}, l.name, a.scenario, a.fingerprint, a.seed, a.mode,
             a.started_at, a.finished_at, a.ending, a.outcome, a.walked_out,
             a.score, a.grade
         FROM attempts a JOIN learners l ON l.id = a.learner_id
         WHERE a.started_at >= ?1 ORDER BY a.id"
    ))?;
    let mut attempts: Vec<AttemptRecord> = stmt
        .query_map([since], |r| {
            let scenario: String = r.get(3)?;
            let grade: Option<String> = r.get(13)?;
            let mode: String = r.get(6)?;
            Ok(AttemptRecord {
                source,
                id: r.get(0)?,
                uuid: r.get(1)?,
                learner: r.get(2)?,
                pass_mark: marks.of(&scenario),
                scenario,
                fingerprint: r.get(4)?,
                seed: r.get::<_, i64>(5)? as u64,
                mode: from_name(mode).unwrap_or(Mode::Practice),
                started_at: r.get(7)?,
                finished_at: r.get(8)?,
                ending: r.get(9)?,
                outcome: r.get::<_, Option<String>>(10)?.and_then(from_name),
                walked_out: r.get::<_, Option<bool>>(11)?.unwrap_or(false),
                score: r.get(12)?,
                grade: grade.and_then(|g| g.chars().next()),
                steps: Vec::new(),
                principles: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    let index: HashMap<i64, usize> = attempts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();
    read_steps(conn, version, since, &index, &mut attempts)?;
    read_principles(conn, since, &index, &mut attempts)?;
    Ok(attempts)
}

fn read_steps(
    conn: &Connection,
    version: i64,
    since: i64,
    index: &HashMap<i64, usize>,
    attempts: &mut [AttemptRecord],
) -> rusqlite::Result<()> {
    let node = if version >= 2 { "s.node" } else { "NULL" };
    let mut stmt = conn.prepare(&format!(
        "SELECT s.attempt_id, s.reply, s.text, s.points, s.recorded_at, {node}
         FROM attempt_steps s JOIN attempts a ON a.id = s.attempt_id
         WHERE a.started_at >= ?1 ORDER BY s.attempt_id, s.step"
    ))?;
    let mut rows = stmt.query(params![since])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            attempts[i].steps.push(StepRecord {
                reply: r.get::<_, i64>(1)? as usize,
                text: r.get(2)?,
                points: r.get(3)?,
                recorded_at: r.get(4)?,
                node: r.get(5)?,
            });
        }
    }
    Ok(())
}

fn read_principles(
    conn: &Connection,
    since: i64,
    index: &HashMap<i64, usize>,
    attempts: &mut [AttemptRecord],
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(
        "SELECT p.attempt_id, p.principle, p.name, p.earned, p.best
         FROM attempt_principles p JOIN attempts a ON a.id = p.attempt_id
         WHERE a.started_at >= ?1 ORDER BY p.attempt_id, p.principle",
    )?;
    let mut rows = stmt.query(params![since])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            attempts[i].principles.push(super::PrinciplePoints {
                id: r.get(1)?,
                name: r.get(2)?,
                earned: r.get(3)?,
                best: r.get(4)?,
            });
        }
    }
    Ok(())
}

/// An enum from the name the records store it by.
fn from_name<T: serde::de::DeserializeOwned>(name: String) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name)).ok()
}

/// The pass marks a file's trainer set: per scenario, and for the rest.
struct PassMarks {
    global: u32,
    own: HashMap<String, u32>,
}

impl PassMarks {
    fn read(conn: &Connection) -> rusqlite::Result<PassMarks> {
        use rusqlite::OptionalExtension;
        let global = conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'pass_mark'",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_PASS_MARK);
        let mut stmt = conn.prepare("SELECT scenario, mark FROM pass_marks")?;
        let own = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(PassMarks { global, own })
    }

    fn of(&self, scenario: &str) -> u32 {
        self.own.get(scenario).copied().unwrap_or(self.global)
    }
}
