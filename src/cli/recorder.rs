//! The terminal's link to the learners' records: a play recorded reply by
//! reply, and its xAPI statements sent to the LRS (if one is set up) as
//! they are recorded. A problem with the records is said once, on stderr,
//! and the play goes on unrecorded: the records never stop a game.

use crate::core::session::{Consequences, Debrief, Session};
use crate::lrs::Sender;
use crate::records::{AttemptId, Learner, Mode, Records};
use crate::text::i18n::tr_args;

/// How long the end of a play waits for the last statements to reach the
/// LRS.
const LRS_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// Sends the outbox to the LRS (if one is set up) while the play runs, and
/// for at most [`LRS_GRACE`] after it; says so if statements are left
/// waiting because the LRS failed.
pub struct SendWhilePlaying(Option<Sender>);

impl SendWhilePlaying {
    pub fn start() -> SendWhilePlaying {
        let database = crate::records::data_dir().join(crate::records::DATABASE_FILE);
        SendWhilePlaying(Sender::start_if_configured(database))
    }

    fn notify(&self) {
        if let Some(sender) = &self.0 {
            sender.notify();
        }
    }
}

impl Drop for SendWhilePlaying {
    fn drop(&mut self) {
        let Some(sender) = self.0.take() else { return };
        let status = sender.stop(LRS_GRACE);
        if let (Some(error), true) = (&status.last_error, status.counts.waiting > 0) {
            crate::cli::resolve::note(&tr_args(
                "play-statements-wait",
                &[
                    ("count", status.counts.waiting.into()),
                    ("problem", error.as_str().into()),
                ],
            ));
        }
    }
}

/// The attempt a terminal play is recorded as, if the records are open.
pub struct Recorder {
    open: Option<(Records, AttemptId)>,
    learner: Option<Learner>,
    sending: Option<SendWhilePlaying>,
}

impl Recorder {
    /// Records nothing.
    pub fn off() -> Recorder {
        Recorder {
            open: None,
            learner: None,
            sending: None,
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
            sending: None,
        }
    }

    /// Sends what is recorded with `sending`, told after every reply; it
    /// finishes when the recorder is dropped.
    pub fn send_with(&mut self, sending: SendWhilePlaying) {
        self.sending = Some(sending);
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
        if let Some(sending) = &self.sending {
            sending.notify();
        }
    }
}

fn warn(e: &crate::records::Error) {
    eprintln!(
        "{}",
        tr_args(
            "play-not-recorded",
            &[("reason", crate::text::errors::records_error(e).into())]
        )
    );
}
