//! The terminal's link to the learners' records: a play recorded reply by
//! reply. A problem with the records is said once, on stderr, and the play
//! goes on unrecorded: the records never stop a game.

use crate::core::session::{Consequences, Debrief, Session};
use crate::records::{AttemptId, Learner, Mode, Records};

/// The attempt a terminal play is recorded as, if the records are open.
pub struct Recorder {
    open: Option<(Records, AttemptId)>,
    learner: Option<Learner>,
}

impl Recorder {
    /// Records nothing.
    pub fn off() -> Recorder {
        Recorder {
            open: None,
            learner: None,
        }
    }

    /// Starts recording a fresh session for the learner named (or the last
    /// one, or one named after the system user).
    pub fn start(learner: Option<&str>, session: &Session) -> Recorder {
        let started = Records::open_default().and_then(|records| {
            let learner = records.learner_for_play(learner)?;
            let attempt =
                records.start_attempt(learner.id, session, Mode::of(session.options()))?;
            Ok((records, attempt, learner))
        });
        match started {
            Ok((records, attempt, learner)) => Recorder::continuing(records, attempt, learner),
            Err(e) => {
                warn(&e);
                Recorder::off()
            }
        }
    }

    /// Goes on recording an attempt resumed from the records.
    pub fn continuing(records: Records, attempt: AttemptId, learner: Learner) -> Recorder {
        Recorder {
            open: Some((records, attempt)),
            learner: Some(learner),
        }
    }

    /// The learner recorded, if recording.
    pub fn learner(&self) -> Option<&Learner> {
        self.open.as_ref().and(self.learner.as_ref())
    }

    /// Records the reply `session` has just played.
    pub fn step(&mut self, session: &Session, c: &Consequences) {
        self.try_to(|r, a| r.record_step(a, session, c));
    }

    /// Records the waits since the last reply (before quitting).
    pub fn wait(&mut self, session: &Session) {
        self.try_to(|r, a| r.record_wait(a, session));
    }

    /// Records the ending.
    pub fn finish(&mut self, debrief: &Debrief) {
        self.try_to(|r, a| r.finish_attempt(a, debrief));
    }

    fn try_to(&mut self, f: impl FnOnce(&Records, AttemptId) -> Result<(), crate::records::Error>) {
        if let Some((records, attempt)) = &self.open
            && let Err(e) = f(records, *attempt)
        {
            warn(&e);
            self.open = None;
        }
    }
}

fn warn(e: &dyn std::fmt::Display) {
    eprintln!("warning: this play is not recorded: {e}");
}
