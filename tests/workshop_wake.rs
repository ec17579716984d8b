//! End to end: a phone's vote wakes the idle game window. The real game
//! runs a workshop under Xvfb (`last-word workshop --open` on loopback),
//! draws the projector and goes to sleep, as it does between events
//! (reactive rendering; `LAST_WORD_IDLE_WAIT` makes the sleep an hour, so
//! only a wake-up can bring a frame). Phones join and vote over real HTTP;
//! the window must redraw with their tally (seen through
//! `LAST_WORD_SCREEN_TEXT`, the words on screen written to a file each time
//! they change). Nothing but the server's wake-up through winit's event
//! loop proxy can make that happen.
//!
//! `tests/run` installs Xvfb and Mesa when they are missing.
#![cfg(feature = "gui")]

mod common;

use std::net::SocketAddr;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::http::{get, post};
use serde_json::json;

/// The game under its own Xvfb, killed (with its X server) when dropped,
/// whatever happens in the test.
struct Game {
    child: Child,
    dir: PathBuf,
}

impl Game {
    fn start(dir: &Path, screen_text: &Path, args: &[&str]) -> Game {
        let log = |name: &str| std::fs::File::create(dir.join(name)).unwrap();
        let child = Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1280x720x24"])
            .arg(env!("CARGO_BIN_EXE_last-word"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("LAST_WORD_CONFIG_DIR", dir)
            .env("LAST_WORD_DATA_DIR", dir.join("data"))
            .env("LAST_WORD_SCREEN_TEXT", screen_text)
            .env("LAST_WORD_IDLE_WAIT", "3600")
            .stdin(Stdio::null())
            .stdout(log("stdout.txt"))
            .stderr(log("stderr.txt"))
            // Its own process group, so the game and Xvfb go with it.
            .process_group(0)
            .spawn()
            .expect("xvfb-run starts");
        Game {
            child,
            dir: dir.to_path_buf(),
        }
    }

    /// Whether the game (xvfb-run) has exited, and how.
    fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// What the game wrote to stderr, for a failure's message.
    fn stderr(&self) -> String {
        std::fs::read_to_string(self.dir.join("stderr.txt")).unwrap_or_default()
    }
}

impl Drop for Game {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let signal = |name: &str| {
            let _ = Command::new("kill")
                .args([name, "--", &group])
                .stderr(Stdio::null())
                .status();
        };
        signal("-TERM");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.exited().is_some() {
                // xvfb-run is gone; anything left in its group goes too.
                signal("-KILL");
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        signal("-KILL");
        let _ = self.child.wait();
    }
}

/// The words on the game's screen, as it last wrote them.
fn screen(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Waits until `test` holds for the screen's words, or `limit` passes.
fn wait_for(
    game: &mut Game,
    path: &Path,
    limit: Duration,
    test: impl Fn(&str) -> bool,
) -> Option<(String, Duration)> {
    let start = Instant::now();
    while start.elapsed() < limit {
        let seen = screen(path);
        if test(&seen) {
            return Some((seen, start.elapsed()));
        }
        if game.exited().is_some() {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// The phones' address on the projector: `http://127.0.0.1:PORT`.
fn address(seen: &str) -> Option<SocketAddr> {
    let at = seen.find("http://127.0.0.1:")? + "http://".len();
    let rest = &seen[at..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ':'))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// The room code as the projector spells it out for the back of the room:
/// four capitals with spaces between, ending a line ("… K P X R").
fn room_code(seen: &str) -> Option<String> {
    seen.lines().find_map(|line| {
        let chars: Vec<char> = line.trim_end().chars().collect();
        let tail = chars.get(chars.len().checked_sub(8)?..)?;
        let letters = [tail[1], tail[3], tail[5], tail[7]];
        let spaced = tail[0] == ' ' && tail[2] == ' ' && tail[4] == ' ' && tail[6] == ' ';
        (spaced && letters.iter().all(char::is_ascii_uppercase)).then(|| letters.iter().collect())
    })
}

#[test]
fn a_phones_vote_wakes_the_idle_projector() {
    let found = Command::new("sh")
        .args(["-c", "command -v xvfb-run"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "xvfb-run is missing: install xvfb and mesa-vulkan-drivers (tests/run does this)"
    );
    let args = [
        "workshop",
        "--scenarios",
        "coffee-dry-cappuccino",
        "--bind",
        "127.0.0.1:0",
        "--open",
        "--seed",
        "1",
        "--lang",
        "en",
    ];
    // The projector with the first vote open and the server listening.
    // xvfb-run itself sometimes fails when several start at once (exit 5
    // or 1 before the game runs): start it again.
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("screen.txt");
    let mut attempt = 0;
    let (mut game, seen) = loop {
        attempt += 1;
        let mut game = Game::start(dir.path(), &text, &args);
        let ready = wait_for(&mut game, &text, Duration::from_secs(240), |s| {
            s.starts_with("screen: Workshop") && address(s).is_some() && room_code(s).is_some()
        });
        match ready {
            Some((seen, _)) => break (game, seen),
            None if game.exited().is_some() && attempt < 3 => continue,
            None => panic!(
                "the projector never showed the join address and code\nscreen:\n{}\nstderr:\n{}",
                screen(&text),
                game.stderr()
            ),
        }
    };
    let addr = address(&seen).unwrap();
    let code = room_code(&seen).unwrap();
    assert_eq!(get(addr, "/").status, 200, "the server answers");

    // Three phones join; the game redraws the count, then sleeps.
    let tokens: Vec<String> = ["Ana", "Bo", "Cy"]
        .iter()
        .map(|nickname| {
            let a = post(
                addr,
                "/api/join",
                json!({"code": code, "nickname": nickname}),
            );
            assert_eq!(a.status, 200, "{}", a.body);
            a.json()["token"].as_str().unwrap().to_string()
        })
        .collect();
    let state = get(addr, &format!("/api/state?token={}", tokens[0])).json();
    assert_eq!(state["stage"]["phase"], "voting", "{state}");
    let shown: Vec<u64> = state["stage"]["replies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_u64().unwrap())
        .collect();
    assert!(shown.len() >= 2, "{state}");
    let mut quiet = screen(&text);
    let mut since = Instant::now();
    let settle = Instant::now();
    while since.elapsed() < Duration::from_millis(1500) {
        assert!(
            settle.elapsed() < Duration::from_secs(60),
            "the screen never stopped changing"
        );
        std::thread::sleep(Duration::from_millis(50));
        let now = screen(&text);
        if now != quiet {
            (quiet, since) = (now, Instant::now());
        }
    }
    assert!(
        !quiet.contains("67%") && !quiet.contains("33%"),
        "no votes yet:\n{quiet}"
    );

    // The votes: two for the reply shown first, one for the second.
    for (token, reply) in tokens.iter().zip([shown[0], shown[0], shown[1]]) {
        let a = post(addr, "/api/vote", json!({"token": token, "reply": reply}));
        assert_eq!(a.status, 200, "{}", a.body);
    }
    let voted = Instant::now();
    let seen = wait_for(&mut game, &text, Duration::from_secs(20), |s| {
        s.contains("67%") && s.contains("33%")
    });
    let Some((seen, _)) = seen else {
        panic!(
            "the idle game did not redraw the tally within 20 s of the votes\nscreen:\n{}\nstderr:\n{}",
            screen(&text),
            game.stderr()
        );
    };
    eprintln!(
        "the tally was on screen {} ms after the last vote",
        voted.elapsed().as_millis()
    );
    assert!(seen.starts_with("screen: Workshop"), "{seen}");
}
