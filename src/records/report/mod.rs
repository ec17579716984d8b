//! The manager's report: what every learner did, gathered from one or more
//! records files (collected from onboarding laptops), merged, and summed up
//! per learner, per scenario, per principle and per decision point.
//!
//! This module only gathers data into a [`Report`]; the command line
//! renders it as text, CSV or HTML.
//!
//! ## Reading and merging
//! - Each file is opened **read-only** and never migrated: a report never
//!   writes a learner's database. Schema 1 and 2 files are both read; a file
//!   that is missing, not a records database, or written by a newer Last
//!   Word is an error naming the file ([`FileError`]).
//! - An attempt is identified by its global id (`attempts.uuid`, schema 2):
//!   the same attempt in several files counts once, and the most complete
//!   copy is kept (finished over unfinished, then more replies). Schema 1
//!   attempts have no global id: each counts as its own (file, number).
//! - Learners are matched by name, ignoring case; the first spelling met
//!   (in the order the files are given) is shown.
//! - `since` keeps the attempts started on or after that day (00:00 UTC).
//!
//! ## What the figures mean
//! - **Time spent** ([`AttemptRecord::active_seconds`]): the time between
//!   an attempt's start, each recorded reply and its end, each gap counted
//!   up to [`IDLE_CAP`] (a conversation left open overnight counts as
//!   five minutes, not a night).
//! - **Passed**: a finished attempt scoring at least the pass mark of its
//!   scenario in the file it came from; a learner has **mastered** a
//!   scenario once an attempt passed.
//! - **Averages** are over finished attempts (unfinished ones have no
//!   score); the totals they divide are in the summaries beside them.
//! - **Choices** ([`choices`]): see that module.

pub mod choices;
mod read;
mod summary;

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

pub use super::date::Date;
pub use choices::{Moment, ReplyShare};
pub use summary::{LearnerSummary, PrincipleSummary, ScenarioSummary};

use super::attempts::Mode;
use crate::core::scenario::Outcome;
use crate::core::session::Prepared;

/// The longest a gap between two recorded moments of an attempt counts
/// towards the time spent, in seconds.
pub const IDLE_CAP: i64 = 300;

/// Everything a report shows.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Seconds since 1970 when it was made.
    pub generated_at: i64,
    /// Only attempts started on or after this day, if set.
    pub since: Option<String>,
    /// The files read, in the order given.
    pub sources: Vec<Source>,
    /// Every attempt, counted once, oldest first.
    pub attempts: Vec<AttemptRecord>,
    /// By name.
    pub learners: Vec<LearnerSummary>,
    /// By scenario id.
    pub scenarios: Vec<ScenarioSummary>,
    /// The weakest first (lowest share of the best), then by name.
    pub principles: Vec<PrincipleSummary>,
    /// Every decision point, by scenario, then in conversation order.
    pub moments: Vec<Moment>,
}

/// One file read.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub file: PathBuf,
    /// Its schema version.
    pub schema: i64,
    /// Attempts read from it (after `since`).
    pub attempts: usize,
    /// Of those, how many an earlier file also holds (counted once).
    pub shared: usize,
}

/// One attempt as recorded.
#[derive(Debug, Clone, Serialize)]
pub struct AttemptRecord {
    /// The file it came from: an index into [`Report::sources`].
    pub source: usize,
    /// Its number in that file.
    pub id: i64,
    /// Its global id; `None` in a schema 1 file.
    pub uuid: Option<String>,
    pub learner: String,
    pub scenario: String,
    pub fingerprint: String,
    pub seed: u64,
    pub mode: Mode,
    /// Seconds since 1970.
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub ending: Option<String>,
    pub outcome: Option<Outcome>,
    pub walked_out: bool,
    pub score: Option<u32>,
    pub grade: Option<char>,
    /// The pass mark of its scenario in its file.
    pub pass_mark: u32,
    pub steps: Vec<StepRecord>,
    pub principles: Vec<PrinciplePoints>,
}

/// One reply of an attempt.
#[derive(Debug, Clone, Serialize)]
pub struct StepRecord {
    /// The node the reply answered: recorded since schema 2, else
    /// reconstructed from the scenario library when it holds the version
    /// played, else `None`.
    pub node: Option<String>,
    /// Stable reply number (1-based position in the node's file order).
    pub reply: usize,
    pub text: String,
    pub points: i64,
    /// Seconds since 1970.
    pub recorded_at: i64,
}

/// Principle points of a finished attempt.
#[derive(Debug, Clone, Serialize)]
pub struct PrinciplePoints {
    pub id: String,
    pub name: String,
    pub earned: i64,
    pub best: i64,
}

impl AttemptRecord {
    /// Whether it reached an ending.
    pub fn finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// Whether it scored at least its pass mark.
    pub fn passed(&self) -> bool {
        self.score.is_some_and(|s| s >= self.pass_mark)
    }

    /// Seconds spent on it: see the module.
    pub fn active_seconds(&self) -> i64 {
        let moments = std::iter::once(self.started_at)
            .chain(self.steps.iter().map(|s| s.recorded_at))
            .chain(self.finished_at);
        let mut last = self.started_at;
        let mut total = 0;
        for t in moments {
            total += (t - last).clamp(0, IDLE_CAP);
            last = t.max(last);
        }
        total
    }

    /// Which of two copies of one attempt tells more.
    fn completeness(&self) -> (bool, usize) {
        (self.finished(), self.steps.len())
    }
}

/// A records file that cannot be reported on, and why.
#[derive(Debug)]
pub struct FileError {
    pub file: PathBuf,
    pub problem: Problem,
}

#[derive(Debug)]
pub enum Problem {
    Missing,
    /// Not an SQLite database, or a damaged one.
    Unreadable(String),
    /// An SQLite database without Last Word's records.
    NotRecords,
    NewerSchema {
        found: i64,
    },
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = self.file.display();
        match &self.problem {
            Problem::Missing => write!(
                f,
                "{file}: no such file; give the path of a records file (records.sqlite3 from a learner's data folder)"
            ),
            Problem::Unreadable(e) => write!(
                f,
                "{file}: cannot be read as Last Word records ({e}); check it is a records.sqlite3 copied whole"
            ),
            Problem::NotRecords => write!(
                f,
                "{file}: holds no Last Word records; give a records.sqlite3 from a learner's data folder"
            ),
            Problem::NewerSchema { found } => write!(
                f,
                "{file}: written by a newer Last Word (schema {found}; this one reads up to {}); update Last Word to report on it",
                crate::records::schema::VERSION
            ),
        }
    }
}

impl std::error::Error for FileError {}

impl Report {
    /// Reads `files`, merges them and sums them up. `library` (optional,
    /// may be empty) gives scenario titles, the customer's lines, replies
    /// nobody chose, the best reply at each moment, and the moments of
    /// replies recorded before they were kept.
    pub fn gather(
        files: &[PathBuf],
        since: Option<Date>,
        library: &[Arc<Prepared>],
    ) -> Result<Report, FileError> {
        let from = since.map_or(i64::MIN, Date::start);
        let mut sources = Vec::new();
        let mut merged = Merged::default();
        for (index, file) in files.iter().enumerate() {
            let (schema, attempts) = read::read_file(file, index, from)?;
            let read = attempts.len();
            let shared = attempts
                .into_iter()
                .map(|a| merged.add(a))
                .filter(|&shared| shared)
                .count();
            sources.push(Source {
                file: file.clone(),
                schema,
                attempts: read,
                shared,
            });
        }
        let library: HashMap<&str, &Prepared> = library
            .iter()
            .map(|p| (p.scenario.id.as_str(), p.as_ref()))
            .collect();
        let mut attempts = merged.into_attempts();
        for a in &mut attempts {
            if let Some(p) = library.get(a.scenario.as_str()) {
                choices::reconstruct_nodes(a, p);
            }
        }
        Ok(Report {
            generated_at: super::now(),
            since: since.map(|d| d.to_string()),
            sources,
            learners: summary::learners(&attempts),
            scenarios: summary::scenarios(&attempts, &library),
            principles: summary::principles(&attempts),
            moments: choices::moments(&attempts, &library),
            attempts,
        })
    }

    /// The days the attempts started on, the first and the last.
    pub fn period(&self) -> Option<(Date, Date)> {
        let first = self.attempts.iter().map(|a| a.started_at).min()?;
        let last = self.attempts.iter().map(|a| a.started_at).max()?;
        Some((Date::of(first), Date::of(last)))
    }

    /// The file an attempt came from.
    pub fn source_of(&self, attempt: &AttemptRecord) -> &Path {
        &self.sources[attempt.source].file
    }
}

/// Attempts merged on their global id, learners on their name.
#[derive(Default)]
struct Merged {
    attempts: Vec<AttemptRecord>,
    by_uuid: HashMap<String, usize>,
    names: HashMap<String, String>,
}

impl Merged {
    /// Adds an attempt; `true` if an earlier file already held it.
    fn add(&mut self, mut a: AttemptRecord) -> bool {
        a.learner = self
            .names
            .entry(a.learner.to_lowercase())
            .or_insert_with(|| a.learner.clone())
            .clone();
        let Some(uuid) = a.uuid.clone() else {
            self.attempts.push(a);
            return false;
        };
        match self.by_uuid.entry(uuid) {
            Entry::Vacant(e) => {
                e.insert(self.attempts.len());
                self.attempts.push(a);
                false
            }
            Entry::Occupied(e) => {
                let kept = &mut self.attempts[*e.get()];
                if a.completeness() > kept.completeness() {
                    *kept = a;
                }
                true
            }
        }
    }

    fn into_attempts(self) -> Vec<AttemptRecord> {
        let mut attempts = self.attempts;
        attempts.sort_by_key(|a| (a.started_at, a.source, a.id));
        attempts
    }
}
