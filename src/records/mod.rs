//! The learners' records: every attempt, reply by reply, kept in one SQLite
//! database in the user's data folder, so progress outlives the window and
//! a conversation can be continued after a quit or a crash.
//!
//! Beside [`core`](crate::core), free of any engine: the front ends call
//! [`Records`] with the core's values (a [`Session`], its
//! [`Consequences`], its [`Debrief`]) and get data back.
//!
//! - **Learners** ([`learners`]): profiles on one machine; the last one
//!   chosen is remembered.
//! - **Attempts** ([`attempts`]): started from a session, one row per reply
//!   written as it happens (each in its own transaction, so a killed
//!   program loses at most the reply in flight), finished from the
//!   debrief; an unfinished one is continued by replaying its replies, and
//!   refused with the reason if the scenario changed since.
//! - **Progress** ([`progress`]): best grade per scenario, mastered or not
//!   against a pass mark, points per principle across attempts and whether
//!   the learner is improving at each, every finished attempt's score in
//!   order.
//! - **What next** ([`recommend`]): mastered out of the library and the
//!   scenario to play next, from the weakest principle, with the reason as
//!   data; the front ends pass the library they loaded.
//! - **Outbox** ([`outbox`], [`lrs`], [`xapi`]): xAPI statements waiting
//!   for the organisation's learning record store, written in the same
//!   transaction as the attempt's rows they report, and where that store
//!   is.
//! - **Workshops** ([`workshops`]): what a facilitator's session left
//!   behind, saved whole (replacing the last save of the same workshop)
//!   with a row per decision and per team's ending for SQL.
//! - **Report** ([`report`]): the manager's view of one or more records
//!   files, read-only, merged without counting an attempt twice.
//! - **Files** ([`files`]): the atomic write every other file the program
//!   keeps goes through.
//!
//! The database runs in WAL mode with foreign keys on and a busy timeout
//! (the game and the terminal may have it open at once); its schema is
//! versioned and migrated on opening ([`schema`]).
//!
//! [`Session`]: crate::core::session::Session
//! [`Consequences`]: crate::core::session::Consequences
//! [`Debrief`]: crate::core::session::Debrief

pub mod attempts;
pub mod date;
pub mod files;
pub mod learners;
pub mod lrs;
pub mod outbox;
pub mod pass_marks;
pub mod progress;
pub mod recommend;
pub mod report;
pub mod schema;
mod statements;
pub mod workshops;
pub mod xapi;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use attempts::{AttemptId, AttemptSummary, Mode, ResumeError};
pub use learners::{Learner, LearnerId};
pub use lrs::{ActorIdentity, LrsSettings};
pub use outbox::{OutboxCounts, OutboxItem, OutboxProblem, RejectedStatement};
pub use pass_marks::PassMarks;
pub use progress::{
    DEFAULT_PASS_MARK, FinishedAttempt, PrincipleTotal, Progress, ScenarioProgress, Trend,
};
pub use recommend::{LibraryScenario, Next, Outlook, Reason, outlook};
pub use workshops::WorkshopSummary;

/// The environment variable that moves the data folder (tests, portable
/// installs): the database and saved sessions go there.
pub const DATA_DIR_VAR: &str = "LAST_WORD_DATA_DIR";

/// The database's file name in the data folder.
pub const DATABASE_FILE: &str = "records.sqlite3";

/// How long a write waits for another program holding the database.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The folder Last Word keeps its data in: `LAST_WORD_DATA_DIR` if set,
/// else the user's data folder, else `.last-word` here.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_VAR) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("", "", "last-word")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".last-word"))
}

/// What can go wrong with the records.
#[derive(Debug)]
pub enum Error {
    /// SQLite refused (a damaged or locked file, a full disk).
    Database(rusqlite::Error),
    /// The folder for the database could not be made.
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file was written by a newer Last Word.
    NewerSchema { found: i64, known: i64 },
    /// A learner's name is empty.
    EmptyName,
    /// A new learner's name is already taken (names ignore case).
    NameTaken(String),
    /// No learner by that name.
    NoSuchLearner { name: String, known: Vec<String> },
    /// No attempt with that number.
    NoSuchAttempt(AttemptId),
    /// A step or debrief that does not follow what is recorded.
    OutOfStep {
        attempt: AttemptId,
        expected: usize,
        given: usize,
    },
    /// The session already has replies, so the attempt would miss them.
    AlreadyStarted { replies: usize },
    /// No workshop with that id; `known` lists the saved ones, newest first.
    NoSuchWorkshop { id: String, known: Vec<String> },
    /// A saved workshop's record cannot be read (or written) as JSON.
    DamagedWorkshop { id: String, reason: String },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Database(e) => write!(f, "the records database: {e}"),
            Error::Folder { path, source } => write!(
                f,
                "cannot make the folder {} for the records: {source}; set {DATA_DIR_VAR} to a folder you can write",
                path.display()
            ),
            Error::NewerSchema { found, known } => write!(
                f,
                "the records were written by a newer Last Word (schema {found}; this one knows up to {known}); update Last Word to open them"
            ),
            Error::EmptyName => write!(f, "a learner needs a name; type at least one letter"),
            Error::NameTaken(name) => write!(
                f,
                "there is already a learner called {name}; pick them from the list, or type another name"
            ),
            Error::NoSuchLearner { name, known } if known.is_empty() => write!(
                f,
                "there is no learner `{name}`, and none is recorded yet; play a scenario first"
            ),
            Error::NoSuchLearner { name, known } => write!(
                f,
                "there is no learner `{name}`; the learners are: {}",
                known.join(", ")
            ),
            Error::NoSuchAttempt(id) => write!(f, "there is no attempt {}", id.0),
            Error::OutOfStep {
                attempt,
                expected,
                given,
            } => write!(
                f,
                "attempt {} expects reply {expected} next, not {given}; start a new attempt",
                attempt.0
            ),
            Error::NoSuchWorkshop { id, known } if known.is_empty() => write!(
                f,
                "there is no workshop `{id}`, and none is saved yet; run one with `last-word workshop`"
            ),
            Error::NoSuchWorkshop { id, known } => write!(
                f,
                "there is no workshop `{id}`; the saved ones, newest first: {}",
                known.join(", ")
            ),
            Error::DamagedWorkshop { id, reason } => write!(
                f,
                "the saved workshop {id} cannot be read ({reason}); it may have been written by a newer Last Word"
            ),
            Error::AlreadyStarted { replies } => write!(
                f,
                "the session already has {replies} replies; start the attempt before the first one"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Database(e)
    }
}

/// The records database, open and migrated.
pub struct Records {
    conn: Connection,
}

impl Records {
    /// Opens the database in the data folder ([`data_dir`]), creating it.
    pub fn open_default() -> Result<Records, Error> {
        Records::open(&data_dir().join(DATABASE_FILE))
    }

    /// Opens (creating if needed) the database at `path` and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Records, Error> {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|source| Error::Folder {
                path: folder.to_path_buf(),
                source,
            })?;
        }
        Records::with(Connection::open(path)?)
    }

    /// A database in memory, gone when dropped (tests).
    pub fn in_memory() -> Result<Records, Error> {
        Records::with(Connection::open_in_memory()?)
    }

    fn with(mut conn: Connection) -> Result<Records, Error> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Writing transactions take the write lock when they begin. A
        // deferred one that read first could not wait for another program
        // (the LRS sender, the terminal) that wrote meanwhile: SQLite would
        // refuse it at once, and the reply would go unrecorded.
        conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        // A database in memory answers "memory": WAL is for files.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        schema::migrate(&mut conn)?;
        Ok(Records { conn })
    }

    /// The connection, for checks the API does not cover (tests, reports).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// A read-only text setting.
    fn setting(&self, key: &str) -> Result<Option<String>, Error> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    fn remove_setting(&self, key: &str) -> Result<(), Error> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [key])?;
        Ok(())
    }

    fn set_setting(&self, key: &str, value: &str) -> Result<(), Error> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }
}

/// Seconds since 1970, the records' clock (the LRS sender and the
/// workshop keep time by it too).
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_migrated_in_wal_mode_with_foreign_keys() {
        let (_dir, path) = files::scratch("deep/records.sqlite3");
        let records = Records::open(&path).unwrap();
        let c = records.connection();
        assert_eq!(schema::version(c).unwrap(), schema::VERSION);
        let mode: String = c
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let keys: bool = c
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert!(keys);
    }

    #[test]
    fn a_newer_schema_is_refused_and_left_alone() {
        let (_dir, path) = files::scratch("records.sqlite3");
        drop(Records::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", schema::VERSION + 1)
            .unwrap();
        drop(conn);
        let err = Records::open(&path).err().expect("refused");
        assert!(err.to_string().contains("newer Last Word"), "{err}");
        let conn = Connection::open(&path).unwrap();
        assert_eq!(schema::version(&conn).unwrap(), schema::VERSION + 1);
    }
}
