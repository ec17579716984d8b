//! Plays through the real binary, reply by reply, with the records in a
//! folder of the test's: the terminal's prompts are watched so a test can
//! answer each one, and the game can be killed at any moment.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// `last-word` with its records in `data`, without colour.
pub fn last_word(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_last-word"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAST_WORD_DATA_DIR", data)
        .env("NO_COLOR", "1");
    cmd
}

/// A terminal play under way, answered reply by reply.
pub struct LivePlay {
    child: Child,
    stdin: Option<ChildStdin>,
    seen: Arc<Mutex<String>>,
    reader: Option<JoinHandle<()>>,
}

impl LivePlay {
    /// Starts `last-word` with `args`, its records in `data`.
    pub fn start(data: &Path, args: &[&str]) -> LivePlay {
        let mut child = last_word(data)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the game starts");
        let stdout = child.stdout.take().expect("piped");
        let stdin = child.stdin.take().expect("piped");
        let seen = Arc::new(Mutex::new(String::new()));
        let reader = {
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                let mut r = BufReader::new(stdout);
                let mut buf = Vec::new();
                while r.read_until(b':', &mut buf).unwrap_or(0) > 0 {
                    seen.lock()
                        .unwrap()
                        .push_str(&String::from_utf8_lossy(&buf));
                    buf.clear();
                }
            })
        };
        LivePlay {
            child,
            stdin: Some(stdin),
            seen,
            reader: Some(reader),
        }
    }

    /// A new recorded conversation with `scenario` for `learner`, replies
    /// in file order (so a test knows their numbers).
    pub fn new_conversation(data: &Path, scenario: &str, seed: u64, learner: &str) -> LivePlay {
        let seed = seed.to_string();
        LivePlay::start(
            data,
            &[
                "play",
                scenario,
                "--seed",
                &seed,
                "--no-shuffle",
                "--learner",
                learner,
            ],
        )
    }

    /// Continues `learner`'s unfinished conversation.
    pub fn continuing(data: &Path, learner: &str) -> LivePlay {
        LivePlay::start(data, &["play", "--continue", "--learner", learner])
    }

    /// How many prompts for a reply have been shown.
    pub fn prompts(&self) -> usize {
        self.seen.lock().unwrap().matches("Your reply (").count()
    }

    /// Waits until `count` prompts have been shown.
    pub fn wait_for_prompts(&self, count: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.prompts() < count {
            assert!(
                Instant::now() < deadline,
                "no prompt {count}: {}",
                self.seen.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// Types a reply's number.
    pub fn reply(&mut self, number: usize) {
        let stdin = self.stdin.as_mut().expect("the input is open");
        writeln!(stdin, "{number}").expect("the game reads its input");
        stdin.flush().expect("the game reads its input");
    }

    /// Closes the game's input and waits for it to end on its own.
    pub fn wait_for_exit(mut self) {
        drop(self.stdin.take());
        let status = self.child.wait().expect("the game ends");
        assert!(status.success(), "{}", self.seen.lock().unwrap());
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the output is read");
        }
    }

    /// Kills the game with SIGKILL and waits for it to be gone; false if
    /// it had already ended on its own.
    pub fn kill(mut self) -> bool {
        let running = self.child.try_wait().expect("the game's status").is_none();
        self.child.kill().expect("SIGKILL reaches the game");
        self.child.wait().expect("the game is gone");
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the output is read");
        }
        running
    }
}
