//! Sending the outbox to a real LRS: Ralph (tests/lrs/ralph.sh installs
//! it; `tests/run` does that), started by each test on a free loopback
//! port with its statements in a temporary folder, and killed when the
//! test ends, failed or not.
//!
//! Statements arrive as sent and valid (Ralph validates them), are never
//! stored twice after a resend, survive the LRS being killed mid-sync and
//! restarted, a refused one is kept with Ralph's message while the rest
//! arrive, wrong credentials are reported without refusing anything, the
//! background sender sends when told and reports the LRS failing, and
//! `lrs test`, `lrs sync`, `lrs status` and the terminal play work through
//! the binary. An LRS answering 503 (a small server here) delays
//! everything with a growing backoff.
//!
//! Without Ralph these tests fail and say how to install it, unless
//! `LAST_WORD_SKIP_LRS_TESTS` is set (which `tests/run` never does).

mod common;

use std::collections::BTreeSet;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use last_word::core::session::{Options, Session};
use last_word::lrs::client::Answer;
use last_word::lrs::{Client, Round, Trouble, send_due, unix_now};
use last_word::records::{AttemptId, LrsSettings, Mode, Records, outbox};
use serde_json::{Value, json};

const KEY: &str = "last-word-test";
const SECRET: &str = "last-word-test-secret";
const RALPH_VERSION: &str = "5.1.0";
const SKIP_VAR: &str = "LAST_WORD_SKIP_LRS_TESTS";

/// Where tests/lrs/ralph.sh installs Ralph, if it is there; fails the test
/// (or, with `LAST_WORD_SKIP_LRS_TESTS`, skips it) when it is not.
fn ralph_home() -> Option<PathBuf> {
    let home = std::env::var_os("LAST_WORD_RALPH_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let cache = std::env::var_os("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .unwrap_or_else(|| {
                    PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(".cache")
                });
            cache
                .join("last-word")
                .join(format!("ralph-{RALPH_VERSION}"))
        });
    if home.join("bin/ralph").exists() && home.join("auth.json").exists() {
        return Some(home);
    }
    if std::env::var_os(SKIP_VAR).is_some() {
        eprintln!("skipped: Ralph is not installed and {SKIP_VAR} is set");
        return None;
    }
    panic!(
        "Ralph, the LRS these tests run, is not installed in {}: run tests/run (or \
         tests/lrs/ralph.sh install). Set {SKIP_VAR}=1 to skip these tests.",
        home.display()
    );
}

/// A Ralph server on loopback, killed when dropped.
struct Ralph {
    child: Option<Child>,
    home: PathBuf,
    data: PathBuf,
    port: u16,
}

impl Ralph {
    /// Starts Ralph on a free port with its statements in `data`.
    fn start(home: &Path, data: &Path) -> Ralph {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut ralph = Ralph {
            child: None,
            home: home.to_path_buf(),
            data: data.to_path_buf(),
            port,
        };
        ralph.restart();
        ralph
    }

    /// Starts (again) on the same port and folder; waits until it answers.
    fn restart(&mut self) {
        std::fs::create_dir_all(&self.data).unwrap();
        let log = std::fs::File::create(self.log()).unwrap();
        let launcher = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lrs/ralph_lrs.py");
        let child = Command::new(self.home.join("bin/python"))
            .arg(launcher)
            .arg("127.0.0.1")
            .arg(self.port.to_string())
            .arg(&self.data)
            .env("RALPH_AUTH_FILE", self.home.join("auth.json"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("Ralph starts");
        self.child = Some(child);
        let client = Client::new(&self.settings());
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if matches!(
                client.read_one_statement(),
                Answer::Status { code: 200, .. }
            ) {
                return;
            }
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("Ralph ended ({status}): {}", self.log_text());
            }
            assert!(
                Instant::now() < deadline,
                "Ralph did not start: {}",
                self.log_text()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn log(&self) -> PathBuf {
        self.data.with_extension("log")
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(self.log()).unwrap_or_default()
    }

    /// Kills it at once (SIGKILL), as a crash would.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }

    fn settings(&self) -> LrsSettings {
        LrsSettings {
            endpoint: self.endpoint(),
            key: KEY.into(),
            secret: SECRET.into(),
        }
    }

    /// Every statement Ralph stored, in the order stored (read from its
    /// file, so a duplicate would show).
    fn stored(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(self.data.join("fs_lrs.jsonl")).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).expect("Ralph stores JSON lines"))
            .collect()
    }

    /// The ids stored, checking none is there twice.
    fn stored_ids(&self) -> BTreeSet<String> {
        let stored = self.stored();
        let ids: BTreeSet<String> = stored
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(ids.len(), stored.len(), "a statement is stored twice");
        ids
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Ralph started, and records with an attempt, in a temporary folder
/// (bound first, so it is removed last); `None` when the LRS tests are
/// skipped.
fn bench() -> Option<(tempfile::TempDir, Ralph, Records, AttemptId)> {
    let home = ralph_home()?;
    let dir = tempfile::tempdir().unwrap();
    let ralph = Ralph::start(&home, &dir.path().join("lrs"));
    let (records, attempt) = records(dir.path());
    Some((dir, ralph, records, attempt))
}

/// A records database with an attempt to hang statements on.
fn records(dir: &Path) -> (Records, AttemptId) {
    let records = Records::open(&dir.join("records.sqlite3")).unwrap();
    let learner = records.learner_for_play(Some("Ana")).unwrap();
    let prepared = last_word::cli::prepare(
        "coffee-dry-cappuccino",
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"),
    )
    .unwrap();
    let options = Options::default();
    let session = Session::new_with(prepared, 1, options);
    let attempt = records
        .start_attempt(learner.id, &session, Mode::of(options))
        .unwrap();
    (records, attempt)
}

/// A valid xAPI 1.0.3 statement: Ana answered question `n` of `tag`.
fn statement(tag: &str, n: usize) -> (String, Value) {
    let id = uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("urn:last-word:test:{tag}:{n}").as_bytes(),
    )
    .to_string();
    let s = json!({
        "id": id,
        "actor": {
            "objectType": "Agent",
            "name": "Ana",
            "account": {"homePage": "urn:last-word:learners", "name": "Ana"}
        },
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/answered",
            "display": {"en-US": "answered"}
        },
        "object": {
            "objectType": "Activity",
            "id": format!("https://last-word.example/scenarios/{tag}/steps/{n}"),
            "definition": {
                "name": {"en-US": format!("Step {n}")},
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "interactionType": "choice"
            }
        },
        "result": {"response": "2", "success": true},
        "timestamp": "2026-11-25T10:00:00Z"
    });
    (id, s)
}

/// Puts statements `range` of `tag` in the outbox; returns their ids.
fn enqueue(
    records: &Records,
    attempt: AttemptId,
    tag: &str,
    range: std::ops::Range<usize>,
) -> Vec<String> {
    range
        .map(|n| {
            let (id, s) = statement(tag, n);
            outbox::enqueue(records.connection(), attempt, &id, &s.to_string(), 0).unwrap();
            id
        })
        .collect()
}

/// The ids of every statement in the outbox not refused (statements the
/// records add by themselves included).
fn outbox_ids(records: &Records) -> BTreeSet<String> {
    let mut stmt = records
        .connection()
        .prepare("SELECT statement_id FROM xapi_outbox WHERE rejected_at IS NULL")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Sends everything waiting, whenever due.
fn sync_all(records: &Records, settings: &LrsSettings) -> Round {
    send_due(
        records,
        &Client::new(settings),
        i64::MAX,
        unix_now(),
        &mut |_| {},
    )
    .unwrap()
}

#[test]
fn statements_arrive_as_sent_and_valid() {
    let Some((_dir, ralph, records, attempt)) = bench() else {
        return;
    };
    let ids = enqueue(&records, attempt, "arrive", 0..120);
    let waiting = records.outbox_counts().unwrap().waiting;
    assert!(waiting >= 120);

    let round = sync_all(&records, &ralph.settings());
    assert_eq!(round.trouble, None, "{}", ralph.log_text());
    assert_eq!((round.sent, round.rejected), (waiting, 0));
    assert_eq!(records.outbox_counts().unwrap().waiting, 0);
    assert_eq!(ralph.stored_ids(), outbox_ids(&records));

    // Read one back: Ralph has what was sent, and added when it stored it.
    let client = Client::new(&ralph.settings());
    let Answer::Status { code: 200, body } = client.statement(&ids[7]) else {
        panic!("Ralph does not give the statement back");
    };
    // xAPI answers the statement itself; Ralph wraps it in a result.
    let got: Value = serde_json::from_str(&body).unwrap();
    let got = match got["statements"].as_array() {
        Some(found) => found.first().expect("the statement is found").clone(),
        None => got,
    };
    let (_, sent) = statement("arrive", 7);
    for field in ["id", "actor", "verb", "object", "result", "timestamp"] {
        let (got, sent) = (&got[field], &sent[field]);
        if field == "timestamp" {
            assert!(
                got.as_str().unwrap().starts_with("2026-11-25T10:00:00"),
                "{got}"
            );
        } else {
            assert_eq!(got, sent, "{field}");
        }
    }
    assert!(got["stored"].is_string());
}

#[test]
fn a_resend_is_never_a_duplicate() {
    let Some((_dir, ralph, records, attempt)) = bench() else {
        return;
    };
    let first = enqueue(&records, attempt, "resend", 0..3);
    assert_eq!(sync_all(&records, &ralph.settings()).trouble, None);
    let before = ralph.stored().len();

    // The LRS stored two of them, but their answer was lost: they are
    // sent again, in a batch with new ones. Ralph refuses a batch holding
    // a stored id (409) and stores none of it.
    records
        .connection()
        .execute(
            "UPDATE xapi_outbox SET sent_at = NULL WHERE statement_id IN (?1, ?2)",
            [&first[0], &first[2]],
        )
        .unwrap();
    enqueue(&records, attempt, "resend", 3..5);
    let round = sync_all(&records, &ralph.settings());
    assert_eq!(round.trouble, None);
    assert_eq!((round.sent, round.rejected), (4, 0));
    assert_eq!(ralph.stored().len(), before + 2);
    assert_eq!(ralph.stored_ids(), outbox_ids(&records));
    assert_eq!(records.outbox_counts().unwrap().waiting, 0);
}

#[test]
fn statements_survive_the_lrs_killed_mid_sync_and_restarted() {
    let Some((_dir, mut ralph, records, attempt)) = bench() else {
        return;
    };
    let settings = ralph.settings();
    enqueue(&records, attempt, "crash", 0..130);
    let waiting = records.outbox_counts().unwrap().waiting;

    // Ralph dies once the first batch is in.
    let now = unix_now();
    let client = Client::new(&settings);
    let round = send_due(&records, &client, now, now, &mut |r| {
        if r.sent > 0 {
            ralph.kill();
        }
    })
    .unwrap();
    let batch = last_word::lrs::sync::BATCH_SIZE as u64;
    assert_eq!(round.sent, batch);
    let Some((Trouble::Unreachable { .. }, retry_at)) = round.trouble else {
        panic!("the LRS's death is not noticed: {round:?}");
    };
    assert_eq!(retry_at, now + 5, "the first retry is in 5 s");
    assert_eq!(round.deferred, waiting - batch);
    let counts = records.outbox_counts().unwrap();
    assert_eq!((counts.waiting, counts.rejected), (waiting - batch, 0));
    assert!(records.outbox_due(now, 1).unwrap().is_empty(), "all wait");
    let problem = records.outbox_problem().unwrap().unwrap();
    assert!(
        problem.error.contains("could not be reached"),
        "{problem:?}"
    );

    // Back up: the retry sends the rest, and nothing is stored twice.
    ralph.restart();
    let round = send_due(&records, &client, retry_at, retry_at, &mut |_| {}).unwrap();
    assert_eq!(round.trouble, None);
    assert_eq!(round.sent, waiting - batch);
    assert_eq!(records.outbox_counts().unwrap().waiting, 0);
    assert_eq!(ralph.stored().len() as u64, waiting);
    assert_eq!(ralph.stored_ids(), outbox_ids(&records));
}

#[test]
fn a_refused_statement_keeps_ralphs_message_and_the_rest_arrive() {
    let Some((_dir, ralph, records, attempt)) = bench() else {
        return;
    };
    enqueue(&records, attempt, "refused", 0..3);
    // No inverse functional identifier for the actor: not valid xAPI.
    let (bad_id, mut bad) = statement("refused", 3);
    bad["actor"] = json!({"objectType": "Agent", "name": "Nobody"});
    outbox::enqueue(records.connection(), attempt, &bad_id, &bad.to_string(), 0).unwrap();
    enqueue(&records, attempt, "refused", 4..6);
    let waiting = records.outbox_counts().unwrap().waiting;

    let round = sync_all(&records, &ralph.settings());
    assert_eq!(round.trouble, None);
    assert_eq!((round.sent, round.rejected), (waiting - 1, 1));
    let refused = records.outbox_rejected().unwrap();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].statement_id, bad_id);
    assert!(
        refused[0].message.starts_with("422: body.0.actor"),
        "{}",
        refused[0].message
    );
    assert!(refused[0].message.chars().count() <= 300);
    let stored = ralph.stored_ids();
    assert!(!stored.contains(&bad_id));
    assert_eq!(stored, outbox_ids(&records));
}

#[test]
fn wrong_credentials_are_reported_and_nothing_is_refused() {
    let Some((_dir, ralph, records, attempt)) = bench() else {
        return;
    };
    enqueue(&records, attempt, "key", 0..3);
    let waiting = records.outbox_counts().unwrap().waiting;
    let wrong = LrsSettings {
        secret: "not-the-secret".into(),
        ..ralph.settings()
    };

    let round = sync_all(&records, &wrong);
    assert_eq!(
        round.trouble.as_ref().map(|t| &t.0),
        Some(&Trouble::Credentials { status: 401 })
    );
    assert_eq!(
        (round.sent, round.rejected, round.deferred),
        (0, 0, waiting)
    );
    let problem = records.outbox_problem().unwrap().unwrap();
    assert!(
        problem.error.contains("refused the key/secret"),
        "{problem:?}"
    );
    assert!(ralph.stored().is_empty());

    let round = sync_all(&records, &ralph.settings());
    assert_eq!((round.sent, round.rejected), (waiting, 0));
    assert_eq!(ralph.stored_ids(), outbox_ids(&records));
}

fn last_word(data: &Path, args: &[&str]) -> Output {
    common::live::last_word(data)
        .args(args)
        .output()
        .expect("last-word runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn lrs_test_sync_and_status_through_the_command_line() {
    let Some(home) = ralph_home() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut ralph = Ralph::start(&home, &dir.path().join("lrs"));
    let endpoint = ralph.endpoint();

    let out = last_word(&data, &["lrs", "test"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("no LRS is set up"));

    let configure = |secret: &str| {
        let out = last_word(
            &data,
            &[
                "lrs",
                "configure",
                "--endpoint",
                &endpoint,
                "--key",
                KEY,
                "--secret",
                secret,
            ],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
    };
    configure("wrong");
    let out = last_word(&data, &["lrs", "test"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("refused the key/secret (401)"),
        "{}",
        text(&out.stderr)
    );

    configure(SECRET);
    let out = last_word(&data, &["lrs", "test"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("The LRS is ready"));

    let (records, attempt) = records(&data);
    enqueue(&records, attempt, "cli", 0..60);
    let waiting = records.outbox_counts().unwrap().waiting;
    let out = last_word(&data, &["lrs", "sync"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(&format!("Sent {waiting} statements.")),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(ralph.stored_ids(), outbox_ids(&records));
    let out = last_word(&data, &["lrs", "status"]);
    assert!(
        text(&out.stdout).contains(&format!("Outbox: 0 waiting, {waiting} sent, 0 refused")),
        "{}",
        text(&out.stdout)
    );

    // The LRS goes down: sync fails, says so, and the statements wait.
    ralph.kill();
    enqueue(&records, attempt, "cli", 60..63);
    let out = last_word(&data, &["lrs", "sync"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("could not be reached") && err.contains("3 statements still wait"),
        "{err}"
    );
    let out = last_word(&data, &["lrs", "status"]);
    let status = text(&out.stdout);
    assert!(status.contains("Outbox: 3 waiting"), "{status}");
    assert!(
        status.contains("Waiting: the LRS could not be reached"),
        "{status}"
    );

    ralph.restart();
    let out = last_word(&data, &["lrs", "sync"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(ralph.stored_ids(), outbox_ids(&records));
}

#[test]
fn a_terminal_play_sends_the_outbox_and_an_lrs_that_hangs_delays_its_end_at_most_2_s() {
    let Some(home) = ralph_home() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let ralph = Ralph::start(&home, &dir.path().join("lrs"));
    let play = [
        "play",
        "coffee-dry-cappuccino",
        "--choices",
        "3,2,2,2",
        "--json",
    ];

    let (records, attempt) = records(&data);
    records.set_lrs_settings(Some(&ralph.settings())).unwrap();
    enqueue(&records, attempt, "play", 0..5);
    let out = last_word(&data, &play);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(ralph.stored_ids(), outbox_ids(&records));

    // An LRS that accepts connections and never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let settings = LrsSettings {
        endpoint: format!("http://{}/xAPI/", silent.local_addr().unwrap()),
        ..ralph.settings()
    };
    records.set_lrs_settings(Some(&settings)).unwrap();
    enqueue(&records, attempt, "play", 5..8);
    let started = Instant::now();
    let out = last_word(&data, &play);
    let took = started.elapsed();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        took < Duration::from_secs(5),
        "the play took {took:?} to end"
    );
    assert!(records.outbox_counts().unwrap().waiting >= 3);
}

/// An LRS that answers every request with `status`, on a free port.
fn answering(status: &'static str) -> String {
    use std::io::{Read, Write};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut request = [0u8; 65536];
            let _ = stream.read(&mut request);
            let body = r#"{"detail":"try later"}"#;
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://{address}/xAPI/")
}

#[test]
fn an_lrs_answering_503_delays_everything_with_a_growing_backoff() {
    let dir = tempfile::tempdir().unwrap();
    let (records, attempt) = records(dir.path());
    enqueue(&records, attempt, "busy", 0..70);
    let waiting = records.outbox_counts().unwrap().waiting;
    let settings = LrsSettings {
        endpoint: answering("503 Service Unavailable"),
        key: KEY.into(),
        secret: SECRET.into(),
    };
    let client = Client::new(&settings);

    // The records' clock: the attempt's own statement is due from its start.
    let now = unix_now() + 1;
    let first = send_due(&records, &client, now, now, &mut |_| {}).unwrap();
    let second = send_due(&records, &client, now + 5, now + 5, &mut |_| {}).unwrap();
    for (round, retry_at) in [(&first, now + 5), (&second, now + 5 + 10)] {
        assert_eq!(
            (round.sent, round.rejected, round.deferred),
            (0, 0, waiting)
        );
        let (trouble, at) = round.trouble.clone().expect("the LRS failed");
        assert_eq!(
            trouble,
            Trouble::Unavailable {
                status: 503,
                message: "try later".into()
            }
        );
        assert_eq!(at, retry_at);
    }
    let problem = records.outbox_problem().unwrap().unwrap();
    assert_eq!((problem.tries, problem.next_try_at), (2, now + 15));
    assert!(
        problem.error.contains("answered 503 (try later)"),
        "{problem:?}"
    );
    assert_eq!(records.outbox_counts().unwrap().rejected, 0);
}

/// Waits (at most 30 s) until the sender's status passes `done`.
fn wait_for(
    sender: &last_word::lrs::Sender,
    done: impl Fn(&last_word::lrs::SenderStatus) -> bool,
) -> last_word::lrs::SenderStatus {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let status = sender.status();
        if done(&status) {
            return status;
        }
        assert!(Instant::now() < deadline, "the sender is stuck: {status:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_background_sender_sends_when_told_and_reports_the_lrs_failing() {
    let Some((dir, mut ralph, records, attempt)) = bench() else {
        return;
    };
    records.set_lrs_settings(Some(&ralph.settings())).unwrap();
    let sender = last_word::lrs::Sender::start(dir.path().join("records.sqlite3"));
    enqueue(&records, attempt, "background", 0..10);
    sender.notify();
    let status = wait_for(&sender, |s| s.counts.waiting == 0 && s.counts.sent >= 10);
    assert!(status.configured);
    assert_eq!(status.last_error, None);
    assert_eq!(ralph.stored_ids(), outbox_ids(&records));

    ralph.kill();
    enqueue(&records, attempt, "background", 10..13);
    sender.notify();
    let status = wait_for(&sender, |s| s.last_error.is_some());
    assert!(
        status
            .last_error
            .as_deref()
            .unwrap()
            .contains("could not be reached"),
        "{status:?}"
    );
    assert_eq!(status.counts.waiting, 3);
    assert!(status.retry_at.unwrap() > unix_now());

    let started = Instant::now();
    let stopped = sender.stop(Duration::from_secs(2));
    assert!(stopped.stopped && started.elapsed() < Duration::from_secs(3));
}
