//! The game's link to the learners' records ([`crate::records`]): every
//! conversation is an attempt, recorded reply by reply as it is played, so
//! progress lasts between runs and a conversation left with Esc (or a
//! crash) can be continued from the title.
//!
//! The learner is the last one used, else one named after the system user,
//! as in the terminal. Records that cannot be opened or written never stop
//! the game: a warning is logged and the game plays on unrecorded.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use crate::core::session::{Consequences, Debrief, Prepared, Session};
use crate::records::{
    AttemptId, AttemptSummary, DATABASE_FILE, Error, Learner, Mode, Records, ResumeError,
    ScenarioProgress, data_dir,
};

/// Where the records are kept; `None` plays unrecorded (tests that do not
/// look at the records). Inserted before the plugin to override the data
/// folder.
#[derive(Resource, Debug, Clone)]
pub struct RecordsFile(pub Option<PathBuf>);

/// The open records, the learner playing, and the attempt in progress.
/// SQLite's connection is not `Sync`, hence the mutex.
#[derive(Resource, Default)]
pub struct GameRecords {
    open: Option<(Mutex<Records>, Learner)>,
    attempt: Option<AttemptId>,
    /// Per scenario played, what the learner has achieved.
    progress: Vec<ScenarioProgress>,
}

pub(super) fn plugin(app: &mut App) {
    if !app.world().contains_resource::<RecordsFile>() {
        app.insert_resource(RecordsFile(Some(data_dir().join(DATABASE_FILE))));
    }
    let file = app.world().resource::<RecordsFile>().clone();
    app.insert_resource(GameRecords::open(&file));
}

impl GameRecords {
    /// Opens the records for the last learner (or the system user's name);
    /// unrecorded, with a warning, if that fails.
    pub fn open(file: &RecordsFile) -> GameRecords {
        let Some(path) = &file.0 else {
            return GameRecords::default();
        };
        let opened = Records::open(path).and_then(|records| {
            let learner = records.learner_for_play(None)?;
            Ok((records, learner))
        });
        let mut game = GameRecords::default();
        match opened {
            Ok((records, learner)) => {
                game.open = Some((Mutex::new(records), learner));
                game.refresh_progress();
            }
            Err(e) => warn_unrecorded(&e),
        }
        game
    }

    /// The learner being recorded, if the records are open.
    #[cfg(test)]
    pub fn learner(&self) -> Option<&Learner> {
        self.open.as_ref().map(|(_, l)| l)
    }

    /// The attempt being recorded now.
    #[cfg(test)]
    pub fn attempt(&self) -> Option<AttemptId> {
        self.attempt
    }

    /// What the learner has achieved, per scenario played, from the
    /// records.
    pub fn progress(&self) -> impl Iterator<Item = &ScenarioProgress> {
        self.progress.iter()
    }

    /// Starts recording a fresh conversation.
    pub fn start(&mut self, session: &Session) {
        self.attempt = self.with(|records, learner| {
            records.start_attempt(learner.id, session, Mode::of(session.options()))
        });
    }

    /// Stops recording into the current attempt, leaving it unfinished.
    pub fn stop(&mut self) {
        self.attempt = None;
    }

    /// Records the reply `session` has just played.
    pub fn step(&mut self, session: &Session, c: &Consequences) {
        self.with_attempt(|r, a| r.record_step(a, session, c));
    }

    /// Records the time a timed conversation kept the customer waiting.
    pub fn wait(&mut self, session: &Session) {
        self.with_attempt(|r, a| r.record_wait(a, session));
    }

    /// Records the ending; the attempt is over.
    pub fn finish(&mut self, debrief: &Debrief) {
        if self
            .with_attempt(|r, a| r.finish_attempt(a, debrief))
            .is_some()
        {
            self.refresh_progress();
        }
        self.attempt = None;
    }

    /// The learner's newest conversation that can be continued.
    pub fn unfinished(&mut self) -> Option<AttemptSummary> {
        self.with(|records, learner| records.unfinished(learner.id))
            .and_then(|mut all| (!all.is_empty()).then(|| all.remove(0)))
    }

    /// The session of an unfinished attempt where it stopped; recording
    /// goes on into it. A changed scenario leaves the attempt in the
    /// history, no longer offered.
    pub fn resume(
        &mut self,
        attempt: AttemptId,
        prepared: Arc<Prepared>,
    ) -> Result<Session, ResumeError> {
        let Some((records, _)) = &self.open else {
            return Err(ResumeError::Records(Error::NoSuchAttempt(attempt)));
        };
        let records = records.lock().unwrap_or_else(|e| e.into_inner());
        let resumed = records.resume(attempt, prepared);
        match &resumed {
            Ok(_) => self.attempt = Some(attempt),
            Err(ResumeError::ScenarioChanged { .. }) => {
                if let Err(e) = records.abandon(attempt) {
                    warn!("could not set the changed attempt aside: {e}");
                }
            }
            Err(_) => {}
        }
        resumed
    }

    fn refresh_progress(&mut self) {
        let progress = self.with(|records, learner| records.progress(learner));
        self.progress = progress.map(|p| p.scenarios).unwrap_or_default();
    }

    /// Runs `f` on the records; on failure warns once and stops recording.
    fn with<T>(&mut self, f: impl FnOnce(&Records, &Learner) -> Result<T, Error>) -> Option<T> {
        let (records, learner) = self.open.as_ref()?;
        let result = f(&records.lock().unwrap_or_else(|e| e.into_inner()), learner);
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                warn_unrecorded(&e);
                self.open = None;
                self.attempt = None;
                None
            }
        }
    }

    fn with_attempt(
        &mut self,
        f: impl FnOnce(&Records, AttemptId) -> Result<(), Error>,
    ) -> Option<()> {
        let attempt = self.attempt?;
        self.with(|records, _| f(records, attempt))
    }
}

fn warn_unrecorded(e: &Error) {
    warn!("playing unrecorded: {e}");
}
