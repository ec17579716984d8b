//! The background sender: a thread with its own connection to the records
//! database that sends the outbox to the LRS while a front end runs.
//!
//! It sends when started, when told new statements are in the outbox
//! ([`Sender::notify`]), when the next retry is due, and every minute (to
//! notice an LRS configured meanwhile). It never blocks its caller: a
//! front end reads what it is doing from [`Sender::status`], and
//! [`Sender::stop`] waits at most the grace it is given for a last round.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::client::Client;
use super::sync::{Round, send_due};
use super::unix_now;
use crate::records::{OutboxCounts, Records};

/// How long the sender sleeps when nothing is due.
const IDLE_WAKE: Duration = Duration::from_secs(60);

/// The shortest wait between rounds (a retry due "now" is not a busy loop).
const SHORTEST_WAIT: Duration = Duration::from_secs(1);

/// What the sender is doing, for a front end to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SenderStatus {
    /// Whether an LRS is set up (nothing is sent otherwise).
    pub configured: bool,
    /// The outbox after the last round.
    pub counts: OutboxCounts,
    /// What went wrong last, until a round goes well.
    pub last_error: Option<String>,
    /// When the next retry is due (seconds since 1970), while the LRS is
    /// failing.
    pub retry_at: Option<i64>,
    /// Whether the thread has stopped.
    pub stopped: bool,
}

enum Message {
    /// New statements are in the outbox.
    New,
    /// Send what is due one last time, then end.
    Stop,
}

/// A running sender (`Send` and `Sync`, so a game can keep it as a
/// resource). Dropping it stops it without waiting.
pub struct Sender {
    wake: mpsc::Sender<Message>,
    status: Arc<Mutex<SenderStatus>>,
    done: Mutex<Receiver<()>>,
}

impl Sender {
    /// Starts sending the outbox of the database at `database`.
    pub fn start(database: PathBuf) -> Sender {
        let (wake, inbox) = mpsc::channel();
        let (finished, done) = mpsc::channel();
        let status = Arc::new(Mutex::new(SenderStatus::default()));
        let shared = Arc::clone(&status);
        std::thread::Builder::new()
            .name("lrs-sender".into())
            .spawn(move || {
                run(&database, &inbox, &shared);
                update(&shared, |s| s.stopped = true);
                let _ = finished.send(());
            })
            .expect("a thread starts");
        Sender {
            wake,
            status,
            done: Mutex::new(done),
        }
    }

    /// Starts a sender only if the database exists and has an LRS set up.
    pub fn start_if_configured(database: PathBuf) -> Option<Sender> {
        let configured = database.exists()
            && Records::open(&database)
                .and_then(|r| r.lrs_settings())
                .ok()
                .flatten()
                .is_some();
        configured.then(|| Sender::start(database))
    }

    /// Tells the sender new statements are waiting.
    pub fn notify(&self) {
        let _ = self.wake.send(Message::New);
    }

    /// What the sender is doing now.
    pub fn status(&self) -> SenderStatus {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Asks for a last round and waits for it at most `grace`; returns the
    /// status then. A round still under way after `grace` is left to end
    /// with the program (whatever it sent and did not mark is sent again
    /// next time, and the LRS keeps it once).
    pub fn stop(self, grace: Duration) -> SenderStatus {
        let _ = self.wake.send(Message::Stop);
        if let Ok(done) = self.done.lock() {
            let _ = done.recv_timeout(grace);
        }
        self.status()
    }
}

impl Drop for Sender {
    fn drop(&mut self) {
        let _ = self.wake.send(Message::Stop);
    }
}

fn update(status: &Mutex<SenderStatus>, change: impl FnOnce(&mut SenderStatus)) {
    if let Ok(mut s) = status.lock() {
        change(&mut s);
    }
}

/// The thread: rounds until told to stop.
fn run(database: &std::path::Path, inbox: &Receiver<Message>, status: &Mutex<SenderStatus>) {
    let records = match Records::open(database) {
        Ok(r) => r,
        Err(e) => {
            update(status, |s| s.last_error = Some(e.to_string()));
            return;
        }
    };
    loop {
        let wait = round(&records, status);
        match inbox.recv_timeout(wait) {
            Ok(Message::New) | Err(RecvTimeoutError::Timeout) => {}
            Ok(Message::Stop) => {
                round(&records, status);
                return;
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// Sends what is due, records how it went, and returns how long to sleep.
fn round(records: &Records, status: &Mutex<SenderStatus>) -> Duration {
    let settings = match records.lrs_settings() {
        Ok(Some(settings)) => settings,
        Ok(None) => {
            update(status, |s| s.configured = false);
            return IDLE_WAKE;
        }
        Err(e) => {
            update(status, |s| s.last_error = Some(e.to_string()));
            return IDLE_WAKE;
        }
    };
    let now = unix_now();
    let result = send_due(records, &Client::new(&settings), now, now, &mut |_| {});
    let counts = records.outbox_counts().unwrap_or_default();
    update(status, |s| {
        s.configured = true;
        s.counts = counts;
        note(s, result.as_ref().map_err(ToString::to_string));
    });
    let next = records.outbox_next_due().ok().flatten();
    next_wait(next, unix_now())
}

/// Keeps a round's trouble (or clears it when the round went well).
fn note(status: &mut SenderStatus, round: Result<&Round, String>) {
    match round {
        Ok(Round {
            trouble: Some((trouble, retry_at)),
            ..
        }) => {
            status.last_error = Some(trouble.to_string());
            status.retry_at = Some(*retry_at);
        }
        Ok(_) => {
            status.last_error = None;
            status.retry_at = None;
        }
        Err(e) => status.last_error = Some(e),
    }
}

/// How long to sleep until `next_due` (seconds since 1970), within a
/// second and a minute.
fn next_wait(next_due: Option<i64>, now: i64) -> Duration {
    match next_due {
        Some(due) => Duration::from_secs(due.saturating_sub(now).max(0) as u64)
            .clamp(SHORTEST_WAIT, IDLE_WAKE),
        None => IDLE_WAKE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sender_sleeps_until_the_next_retry_within_a_second_and_a_minute() {
        assert_eq!(next_wait(Some(110), 100), Duration::from_secs(10));
        assert_eq!(next_wait(Some(90), 100), SHORTEST_WAIT);
        assert_eq!(next_wait(Some(100_000), 100), IDLE_WAKE);
        assert_eq!(next_wait(None, 100), IDLE_WAKE);
    }

    #[test]
    fn a_sender_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Sender>();
    }

    #[test]
    fn without_an_lrs_the_sender_says_so_and_stops_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let sender = Sender::start(dir.path().join("records.sqlite3"));
        let status = sender.stop(Duration::from_secs(5));
        assert!(status.stopped, "{status:?}");
        assert!(!status.configured);
        assert_eq!(status.last_error, None);
    }
}
