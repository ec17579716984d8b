//! The game's link to the learners' records ([`crate::records`]): every
//! conversation is an attempt, recorded reply by reply as it is played, so
//! progress lasts between runs and a conversation left with Esc (or a
//! crash) can be continued from the title.
//!
//! The learner is the last one chosen. With none yet the game opens on the
//! learner screen (pick or create one); a player who skips it plays as one
//! named after the system user, as in the terminal. Records that cannot be
//! opened or written never stop the game: a warning is logged and the game
//! plays on unrecorded.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bevy::prelude::*;

use super::library::Library;
use super::{GameOptions, Screen};
use crate::core::session::{Consequences, Debrief, Prepared, Session};
use crate::lrs::Sender;
use crate::records::{
    AttemptId, AttemptSummary, DATABASE_FILE, Error, Learner, LibraryScenario, Mode, Outlook,
    Progress, Records, ResumeError, ScenarioProgress, data_dir, outlook,
};
use crate::text::i18n::{tr, tr_args};

/// Where the records are kept; `None` plays unrecorded (tests that do not
/// look at the records). Inserted before the plugin to override the data
/// folder.
#[derive(Resource, Debug, Clone)]
pub struct RecordsFile(pub Option<PathBuf>);

/// The open records, the learner playing, and the attempt in progress.
/// SQLite's connection is not `Sync`, hence the mutex.
#[derive(Resource, Default)]
pub struct GameRecords {
    records: Option<Mutex<Records>>,
    /// The learner playing; `None` until one is chosen (or the records are
    /// closed).
    learner: Option<Learner>,
    attempt: Option<AttemptId>,
    /// What the learner has achieved, from the records.
    progress: Option<Progress>,
    /// Sends the records' statements to the LRS, if one is set up.
    sender: Option<Sender>,
    /// The folder of the records file, when there is one.
    folder: Option<PathBuf>,
}

/// How long a closing game waits for the sender's last round.
const SENDER_GRACE: Duration = Duration::from_secs(2);

pub(super) fn plugin(app: &mut App) {
    if !app.world().contains_resource::<RecordsFile>() {
        app.insert_resource(RecordsFile(Some(data_dir().join(DATABASE_FILE))));
    }
    let file = app.world().resource::<RecordsFile>().clone();
    let records = GameRecords::open(&file);
    // Nobody chosen yet: the game opens on the learner screen, except in a
    // scripted run, which plays as the fallback learner.
    let scripted = app
        .world()
        .get_resource::<GameOptions>()
        .is_some_and(|o| o.screenshot.is_some());
    if records.needs_learner() && !scripted {
        app.insert_state(Screen::Learners);
    }
    app.insert_resource(records);
}

impl GameRecords {
    /// Opens the records with the last learner chosen, if any; unrecorded,
    /// with a warning, if that fails.
    pub fn open(file: &RecordsFile) -> GameRecords {
        let Some(path) = &file.0 else {
            return GameRecords::default();
        };
        let opened = Records::open(path).and_then(|records| {
            let learner = records.last_learner()?;
            Ok((records, learner))
        });
        let mut game = GameRecords::default();
        game.folder = path.parent().map(PathBuf::from);
        match opened {
            Ok((records, learner)) => {
                game.records = Some(Mutex::new(records));
                game.learner = learner;
                game.refresh_progress();
                game.sender = Some(Sender::start(path.clone()));
            }
            Err(e) => warn_unrecorded(&e),
        }
        game
    }

    /// The learner being recorded, if the records are open and one is
    /// chosen.
    pub fn learner(&self) -> Option<&Learner> {
        self.records.as_ref().and(self.learner.as_ref())
    }

    /// Whether the records are open with nobody chosen to play.
    pub fn needs_learner(&self) -> bool {
        self.records.is_some() && self.learner.is_none()
    }

    /// Every learner on this computer, by name.
    pub fn learners(&mut self) -> Vec<Learner> {
        self.with(|records| records.learners()).unwrap_or_default()
    }

    /// Plays as `learner` from now on, remembered for the next start.
    pub fn choose(&mut self, learner: Learner) {
        self.attempt = None;
        if self
            .with(|records| records.select_learner(learner.id))
            .is_some()
        {
            self.learner = Some(learner);
            self.refresh_progress();
        }
    }

    /// Adds a learner by name and plays as them; the reason in a sentence
    /// when the name is empty or taken.
    pub fn create(&mut self, name: &str) -> Result<Learner, String> {
        let Some(records) = &self.records else {
            return Err(tr("learners-no-records").to_string());
        };
        let added = records
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .add_learner(name);
        match added {
            Ok(learner) => {
                self.choose(learner.clone());
                Ok(learner)
            }
            Err(Error::EmptyName) => Err(tr("learners-name-empty").to_string()),
            Err(Error::NameTaken(name)) => Err(tr_args(
                "learners-name-taken",
                &[("name", name.as_str().into())],
            )),
            Err(e) => {
                warn_unrecorded(&e);
                Err(tr_args(
                    "learners-not-added",
                    &[("error", e.to_string().into())],
                ))
            }
        }
    }

    /// Nobody chosen and the player moved on: plays as the last learner,
    /// else one named after the system user.
    pub fn ensure_learner(&mut self) {
        if self.needs_learner()
            && let Some(learner) = self.with(|records| records.learner_for_play(None))
        {
            self.learner = Some(learner);
            self.refresh_progress();
        }
    }

    /// The learner's record, if the records are open and a learner chosen.
    pub fn record(&self) -> Option<&Progress> {
        self.progress.as_ref()
    }

    /// The learner against the scenarios loaded: mastered out of how many,
    /// and what to play next.
    pub fn outlook(&self, library: &Library) -> Outlook {
        let scenarios: Vec<LibraryScenario> = library
            .entries
            .iter()
            .filter_map(|e| e.prepared().map(|p| LibraryScenario::of(p)))
            .collect();
        outlook(self.progress.as_ref(), &scenarios)
    }

    /// The attempt being recorded now.
    #[cfg(test)]
    pub fn attempt(&self) -> Option<AttemptId> {
        self.attempt
    }

    /// What the learner has achieved, per scenario played, from the
    /// records.
    pub fn progress(&self) -> impl Iterator<Item = &ScenarioProgress> {
        self.progress.iter().flat_map(|p| p.scenarios.iter())
    }

    /// Starts recording a fresh conversation (as the fallback learner if
    /// nobody was chosen).
    pub fn start(&mut self, session: &Session) {
        self.ensure_learner();
        self.attempt = self.with_learner(|records, learner| {
            records.start_attempt(learner.id, session, Mode::of(session.options()))
        });
        self.statements_waiting();
    }

    /// Stops recording into the current attempt, leaving it unfinished.
    pub fn stop(&mut self) {
        self.attempt = None;
    }

    /// Records the reply `session` has just played.
    pub fn step(&mut self, session: &Session, c: &Consequences) {
        self.with_attempt(|r, a| r.record_step(a, session, c));
        self.statements_waiting();
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
        self.statements_waiting();
    }

    /// Keeps a workshop's record (again, replacing an earlier save of it);
    /// says whether it was kept.
    pub fn save_workshop(&mut self, record: &crate::workshop::record::WorkshopRecord) -> bool {
        self.with(|records| records.save_workshop(record)).is_some()
    }

    /// The folder the records file is in (the data folder), where the game
    /// writes its exports; `None` when the game plays unrecorded.
    pub fn folder(&self) -> Option<PathBuf> {
        self.folder.clone()
    }

    /// Tells the sender new statements are in the outbox.
    fn statements_waiting(&self) {
        if let Some(sender) = &self.sender {
            sender.notify();
        }
    }

    /// What the sender is doing (none: the records are not open).
    pub fn sender_status(&self) -> Option<crate::lrs::SenderStatus> {
        self.sender.as_ref().map(Sender::status)
    }

    /// The learner's newest conversation that can be continued.
    pub fn unfinished(&mut self) -> Option<AttemptSummary> {
        self.with_learner(|records, learner| records.unfinished(learner.id))
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
        let Some(records) = &self.records else {
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
        self.progress = self.with_learner(|records, learner| records.progress(learner));
    }

    /// Runs `f` on the records; on failure warns once and stops recording.
    fn with<T>(&mut self, f: impl FnOnce(&Records) -> Result<T, Error>) -> Option<T> {
        let records = self.records.as_ref()?;
        let result = f(&records.lock().unwrap_or_else(|e| e.into_inner()));
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                warn_unrecorded(&e);
                self.records = None;
                self.attempt = None;
                None
            }
        }
    }

    /// As [`GameRecords::with`], for the learner playing (none: nothing).
    fn with_learner<T>(
        &mut self,
        f: impl FnOnce(&Records, &Learner) -> Result<T, Error>,
    ) -> Option<T> {
        let learner = self.learner.clone()?;
        self.with(|records| f(records, &learner))
    }

    fn with_attempt(
        &mut self,
        f: impl FnOnce(&Records, AttemptId) -> Result<(), Error>,
    ) -> Option<()> {
        let attempt = self.attempt?;
        self.with(|records| f(records, attempt))
    }
}

impl Drop for GameRecords {
    fn drop(&mut self) {
        if let Some(sender) = self.sender.take() {
            sender.stop(SENDER_GRACE);
        }
    }
}

fn warn_unrecorded(e: &Error) {
    warn!("playing unrecorded: {e}");
}
