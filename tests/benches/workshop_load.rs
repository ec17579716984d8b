//! The workshop server under a full room: 300 phones join a real
//! [`Server`] on loopback, each keeps its event stream open (as the phone
//! page does), and all of them vote in the same decision at once, over
//! several rounds.
//!
//! Measured per vote: the time from the phone sending it to the
//! facilitator's side seeing it in the tally. The facilitator's side is a
//! thread woken by the server's wake callback, as the game is; on each wake
//! it reads the live state's version and the tally (`with_live`). A vote's
//! answer carries the version its vote made, so the vote is seen at the
//! first read of that version or a later one. Also the time from a round's
//! last vote sent to the tally holding every vote, and the server threads'
//! CPU time per vote (from `/proc/self/task/*/stat`, threads named
//! `workshop-server`).
//!
//! Bounded and loopback only; it stops by itself (every socket has a
//! timeout). Run with `cargo bench-core --bench workshop_load`; `PHONES`
//! and `ROUNDS` in the environment change the room's size and the rounds.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Barrier, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use last_word::workshop::server::Server;
use last_word::workshop::{Live, Phase, ReplyButton, Room, RoomCode, Stage};

const PHONES: usize = 300;
const ROUNDS: usize = 8;
/// Replies offered at the decision.
const REPLIES: usize = 4;
/// No socket waits longer than this.
const TIMEOUT: Duration = Duration::from_secs(20);
/// The goal the issue sets for the 99th percentile.
const GOAL_MS: f64 = 100.0;

fn main() {
    let phones = env_number("PHONES", PHONES);
    let rounds = env_number("ROUNDS", ROUNDS);
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(7);
    let code = RoomCode::generate(&mut rng);
    let room = Room::new(code.clone(), Vec::new());

    let (wake_tx, wake_rx) = mpsc::channel::<()>();
    let wake_tx = Mutex::new(wake_tx);
    let server = Arc::new(
        Server::start("127.0.0.1:0".parse().unwrap(), Live::new(room), move || {
            let _ = wake_tx.lock().unwrap().send(());
        })
        .expect("the server starts on loopback"),
    );
    let addr = server.addr();

    // The facilitator's side: every wake, read the version and the tally.
    let seen: Arc<Mutex<Vec<(Instant, u64, u32)>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let facilitator = {
        let (server, seen, stop) = (server.clone(), seen.clone(), stop.clone());
        thread::Builder::new()
            .name("facilitator".into())
            .spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    if wake_rx.recv_timeout(Duration::from_millis(100)).is_err() {
                        continue;
                    }
                    while wake_rx.try_recv().is_ok() {}
                    let (version, total) =
                        server.with_live(|l| (l.version(), l.tally(0).map_or(0, |t| t.total)));
                    seen.lock().unwrap().push((Instant::now(), version, total));
                }
            })
            .unwrap()
    };

    let started = Instant::now();
    let tokens: Vec<String> = (0..phones)
        .map(|i| {
            let mut c = Connection::open(addr);
            let body = format!(r#"{{"code":"{}","nickname":"phone {i}"}}"#, code.as_str());
            let answer = c.post("/api/join", &body);
            let json: serde_json::Value = serde_json::from_str(&answer).expect("a join answer");
            json["token"].as_str().expect("a token").to_string()
        })
        .collect();
    println!(
        "{phones} phones joined in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );

    let events = Arc::new(AtomicU64::new(0));
    let streams: Vec<_> = tokens
        .iter()
        .map(|t| open_events(addr, t, stop.clone(), events.clone()))
        .collect();

    // Each phone: a thread with its own keep-alive connection, voting
    // when the round starts; it reports (sent, version) per round.
    let start_round = Arc::new(Barrier::new(phones + 1));
    let end_round = Arc::new(Barrier::new(phones + 1));
    let votes: Arc<Mutex<Vec<(Instant, u64)>>> = Arc::default();
    let voters: Vec<_> = tokens
        .iter()
        .enumerate()
        .map(|(i, token)| {
            let (start_round, end_round, votes) =
                (start_round.clone(), end_round.clone(), votes.clone());
            let token = token.clone();
            thread::Builder::new()
                .name("phone".into())
                .stack_size(128 * 1024)
                .spawn(move || {
                    let mut c = Connection::open(addr);
                    for round in 0..rounds {
                        let reply = 1 + (i * 7 + round * 3) % REPLIES;
                        let body = format!(r#"{{"token":"{token}","reply":{reply}}}"#);
                        start_round.wait();
                        let sent = Instant::now();
                        let answer = c.post("/api/vote", &body);
                        let json: serde_json::Value =
                            serde_json::from_str(&answer).expect("a vote answer");
                        let version = json["version"].as_u64().expect("the state's version");
                        votes.lock().unwrap().push((sent, version));
                        end_round.wait();
                    }
                })
                .unwrap()
        })
        .collect();

    let mut latencies = Vec::with_capacity(phones * rounds);
    let mut last_to_all = Vec::with_capacity(rounds);
    let mut cpu_total = Duration::ZERO;
    for round in 0..rounds {
        server.with_live(|l| l.show(0, decision(round)));
        seen.lock().unwrap().clear();
        votes.lock().unwrap().clear();
        let cpu_before = server_cpu();
        start_round.wait();
        end_round.wait();
        let votes = std::mem::take(&mut *votes.lock().unwrap());
        let highest = votes.iter().map(|v| v.1).max().unwrap_or(0);
        let deadline = Instant::now() + TIMEOUT;
        while seen.lock().unwrap().last().is_none_or(|s| s.1 < highest) {
            assert!(Instant::now() < deadline, "the tally never caught up");
            thread::sleep(Duration::from_millis(1));
        }
        // Let the event streams finish sending before reading the CPU.
        thread::sleep(Duration::from_millis(200));
        cpu_total += server_cpu().saturating_sub(cpu_before);
        let seen = seen.lock().unwrap().clone();
        for (sent, version) in &votes {
            let at = seen
                .iter()
                .find(|s| s.1 >= *version)
                .expect("every vote seen")
                .0;
            latencies.push(at.duration_since(*sent).as_secs_f64() * 1000.0);
        }
        let last_sent = votes.iter().map(|v| v.0).max().unwrap();
        let all = seen
            .iter()
            .find(|s| s.2 as usize == phones)
            .expect("every vote in the tally");
        last_to_all.push(all.0.duration_since(last_sent).as_secs_f64() * 1000.0);
        let tally = server.with_live(|l| l.tally(0)).unwrap();
        assert_eq!(
            tally.total as usize, phones,
            "round {round}: one vote per phone"
        );
    }
    for v in voters {
        v.join().unwrap();
    }
    stop.store(true, Ordering::SeqCst);
    facilitator.join().unwrap();
    // The last handle: dropping it stops the server and ends the streams.
    drop(Arc::into_inner(server).expect("the facilitator let go"));
    for s in streams {
        s.join().unwrap();
    }

    latencies.sort_by(f64::total_cmp);
    last_to_all.sort_by(f64::total_cmp);
    let votes = latencies.len();
    let p99 = quantile(&latencies, 0.99);
    println!(
        "{votes} votes ({phones} phones x {rounds} rounds, every phone's event stream open; {} state events pushed)",
        events.load(Ordering::SeqCst)
    );
    println!(
        "vote sent -> seen in the facilitator's tally: median {:.1} ms, 99th percentile {p99:.1} ms, max {:.1} ms",
        quantile(&latencies, 0.5),
        latencies.last().copied().unwrap_or(0.0)
    );
    println!(
        "a round's last vote sent -> all {phones} in the tally: median {:.1} ms, max {:.1} ms",
        quantile(&last_to_all, 0.5),
        last_to_all.last().copied().unwrap_or(0.0)
    );
    println!(
        "server CPU: {:.0} ms over {votes} votes, {:.0} µs per vote",
        cpu_total.as_secs_f64() * 1000.0,
        cpu_total.as_secs_f64() * 1e6 / votes as f64
    );
    println!(
        "goal: 99th percentile under {GOAL_MS:.0} ms: {}",
        if p99 < GOAL_MS { "met" } else { "NOT met" }
    );
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(default)
}

/// The decision of `round`, open for votes.
fn decision(round: usize) -> Stage {
    Stage {
        scenario: "The Dry Cappuccino".into(),
        customer: "Ray and Linda".into(),
        line: format!("Two cappuccinos. Less milk this time. (round {round})"),
        replies: (1..=REPLIES)
            .map(|n| ReplyButton {
                number: n,
                text: format!("Reply {n}, about as long as a reply in the library is."),
            })
            .collect(),
        phase: Phase::Voting,
    }
}

/// The value at `q` (0 to 1) of sorted `xs`, nearest rank.
fn quantile(xs: &[f64], q: f64) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    let rank = ((q * xs.len() as f64).ceil() as usize).clamp(1, xs.len());
    xs[rank - 1]
}

/// User and system CPU time of the server's threads so far.
fn server_cpu() -> Duration {
    let ticks_per_second = 100.0; // USER_HZ on Linux
    let mut ticks = 0u64;
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return Duration::ZERO;
    };
    for task in tasks.flatten() {
        let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) else {
            continue;
        };
        // "pid (comm) state ..."; comm may hold spaces, so split after ')'.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        if !stat[open + 1..close].starts_with("workshop-server") {
            continue;
        }
        let fields: Vec<&str> = stat[close + 2..].split(' ').collect();
        // utime and stime are fields 14 and 15, 12 and 13 after the comm.
        let utime: u64 = fields.get(11).and_then(|f| f.parse().ok()).unwrap_or(0);
        let stime: u64 = fields.get(12).and_then(|f| f.parse().ok()).unwrap_or(0);
        ticks += utime + stime;
    }
    Duration::from_secs_f64(ticks as f64 / ticks_per_second)
}

/// A phone's keep-alive HTTP/1.1 connection.
struct Connection {
    addr: SocketAddr,
    reader: BufReader<TcpStream>,
}

impl Connection {
    fn open(addr: SocketAddr) -> Connection {
        let stream = TcpStream::connect(addr).expect("the server accepts");
        stream.set_read_timeout(Some(TIMEOUT)).unwrap();
        stream.set_nodelay(true).unwrap();
        Connection {
            addr,
            reader: BufReader::new(stream),
        }
    }

    /// POSTs JSON and returns the answer's body; panics on anything but 200.
    fn post(&mut self, path: &str, body: &str) -> String {
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.addr,
            body.len()
        );
        self.reader
            .get_mut()
            .write_all(request.as_bytes())
            .expect("the request is sent");
        let mut status = String::new();
        self.reader.read_line(&mut status).expect("a status line");
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line).expect("a header");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().expect("a length");
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).expect("the body");
        let body = String::from_utf8(body).expect("UTF-8");
        assert!(status.contains(" 200 "), "{status} {body}");
        body
    }
}

/// A phone's event stream, read (and counted) until `stop`.
fn open_events(
    addr: SocketAddr,
    token: &str,
    stop: Arc<AtomicBool>,
    events: Arc<AtomicU64>,
) -> thread::JoinHandle<()> {
    let mut stream = TcpStream::connect(addr).expect("the server accepts");
    stream
        .set_read_timeout(Some(Duration::from_millis(250)))
        .unwrap();
    let request = format!(
        "GET /api/events?token={token} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).unwrap();
    thread::Builder::new()
        .name("phone-events".into())
        .stack_size(128 * 1024)
        .spawn(move || {
            let mut reader = BufReader::new(stream);
            let mut line = String::new();
            let began = Instant::now();
            while !stop.load(Ordering::SeqCst) && began.elapsed() < 20 * TIMEOUT {
                line.clear();
                match reader.read_line(&mut line) {
                    Ok(0) => break,
                    Ok(_) if line.starts_with("event: state") => {
                        events.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok(_) => {}
                    Err(e)
                        if matches!(
                            e.kind(),
                            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                        ) => {}
                    Err(_) => break,
                }
            }
        })
        .unwrap()
}
