//! Saving a session mid-scenario and restoring it by replaying its replies.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::step::ChoiceError;
use super::{Options, Prepared, Session};
use crate::core::scenario::Scenario;

/// A session saved mid-scenario: enough to replay it exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedSession {
    pub scenario: String,
    /// A fingerprint of the scenario's content, to notice edits.
    pub fingerprint: String,
    pub seed: u64,
    /// How it was played (a save without them was shuffled).
    #[serde(default)]
    pub options: Options,
    /// The replies chosen, by stable number (position in the file).
    pub choices: Vec<usize>,
    /// Hesitations in timed mode: (replies chosen before it, minutes).
    #[serde(default)]
    pub hesitations: Vec<(usize, f64)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    WrongScenario { saved: String, given: String },
    ScenarioChanged,
    Replay(ChoiceError),
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::WrongScenario { saved, given } => {
                write!(f, "the saved session is for `{saved}`, not `{given}`")
            }
            RestoreError::ScenarioChanged => write!(
                f,
                "the scenario has changed since the session was saved, so it cannot be replayed exactly"
            ),
            RestoreError::Replay(e) => write!(f, "the saved replies no longer fit: {e}"),
        }
    }
}

impl std::error::Error for RestoreError {}

/// A stable fingerprint of a scenario's content (FNV-1a over its RON form).
/// The facilitator's notes are left out: they change nothing a learner
/// plays, so writing them never refuses a saved game. A translated
/// scenario has its original's fingerprint: the language changes nothing
/// a record, a resume or a statement depends on.
pub fn fingerprint(s: &Scenario) -> String {
    if let Some(t) = &s.translated {
        return t.fingerprint.clone();
    }
    let text = match &s.facilitator {
        None => ron::ser::to_string(s),
        Some(_) => ron::ser::to_string(&Scenario {
            facilitator: None,
            ..s.clone()
        }),
    }
    .expect("a scenario serialises");
    format!("{:016x}", fnv1a(text.as_bytes()))
}

/// FNV-1a, 64 bits: a stable hash of bytes, the same on every machine.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

impl Session {
    /// The session as it stands, to resume later.
    pub fn save(&self) -> SavedSession {
        SavedSession {
            scenario: self.prepared.scenario.id.clone(),
            fingerprint: fingerprint(&self.prepared.scenario),
            seed: self.seed,
            options: self.options,
            choices: self.choices.clone(),
            hesitations: self.hesitations.clone(),
        }
    }

    /// Restores a saved session by replaying its replies.
    pub fn restore(prepared: Arc<Prepared>, saved: &SavedSession) -> Result<Session, RestoreError> {
        if saved.scenario != prepared.scenario.id {
            return Err(RestoreError::WrongScenario {
                saved: saved.scenario.clone(),
                given: prepared.scenario.id.clone(),
            });
        }
        if saved.fingerprint != fingerprint(&prepared.scenario) {
            return Err(RestoreError::ScenarioChanged);
        }
        let mut session = Session::new_with(prepared, saved.seed, saved.options);
        let mut waits = saved.hesitations.iter().peekable();
        for (i, &c) in saved.choices.iter().enumerate() {
            while let Some(&(_, minutes)) = waits.next_if(|(at, _)| *at <= i) {
                session.hesitate(minutes);
            }
            session.choose(c).map_err(RestoreError::Replay)?;
        }
        for &(_, minutes) in waits {
            session.hesitate(minutes);
        }
        Ok(session)
    }
}
