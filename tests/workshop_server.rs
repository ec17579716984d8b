//! The workshop's web server on its own, over real HTTP on loopback: phones
//! join with the room code, vote, change their vote until the lock, and
//! get a 4xx (never a crash) for anything wrong; the facilitator's changes
//! reach open event streams; the game is woken on every vote.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use last_word::text::i18n::Language;
use last_word::workshop::server::{BODY_LIMIT, Server};
use last_word::workshop::{ChoiceRule, Live, Phase, ReplyButton, Room, RoomCode, Stage};
use serde_json::{Value, json};

use common::http::{get, post, request};

/// A running workshop for the room `code` and a count of wake-ups.
fn workshop(code: &RoomCode, teams: &[&str]) -> (Server, Arc<AtomicUsize>) {
    let room = Room::new(code.clone(), teams.iter().map(|t| t.to_string()).collect());
    let woken = Arc::new(AtomicUsize::new(0));
    let counter = woken.clone();
    let server = Server::start("127.0.0.1:0".parse().unwrap(), Live::new(room), move || {
        counter.fetch_add(1, Ordering::SeqCst);
    })
    .unwrap();
    (server, woken)
}

fn code() -> RoomCode {
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(11);
    RoomCode::generate(&mut rng)
}

/// A decision with replies 2, 1, 3 shown in that order.
fn decision() -> Stage {
    Stage {
        scenario: "The Dry Cappuccino".into(),
        customer: "Dana".into(),
        line: "A cappuccino, please. Dry.".into(),
        replies: [2, 1, 3]
            .iter()
            .map(|&n| ReplyButton {
                number: n,
                text: format!("Reply {n}"),
            })
            .collect(),
        phase: Phase::Voting,
    }
}

fn join(addr: SocketAddr, code: &RoomCode, nickname: &str) -> String {
    let a = post(
        addr,
        "/api/join",
        json!({"code": code.as_str().to_lowercase(), "nickname": nickname}),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    a.json()["token"].as_str().unwrap().to_string()
}

#[test]
fn phones_join_vote_change_their_vote_and_are_refused_after_the_lock() {
    let code = code();
    let (server, woken) = workshop(&code, &[]);
    let addr = server.addr();
    let page = get(addr, "/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Join the workshop"));
    assert!(page.headers.contains("content-security-policy"));

    let ana = join(addr, &code, "Ana");
    let bo = join(addr, &code, "");
    let state = get(addr, &format!("/api/state?token={ana}")).json();
    assert_eq!(state["nickname"], "Ana");
    assert_eq!(state["stage"]["phase"], "waiting");
    let early = post(addr, "/api/vote", json!({"token": ana, "reply": 1}));
    assert_eq!(early.status, 409, "no vote open: {}", early.body);

    server.with_live(|live| live.show(0, decision()));
    let voted = post(addr, "/api/vote", json!({"token": ana, "reply": 1}));
    assert_eq!(voted.status, 200, "{}", voted.body);
    assert_eq!(voted.json()["my_vote"], 1);
    post(addr, "/api/vote", json!({"token": bo, "reply": 3}));
    // Ana changes her mind: still one vote.
    post(addr, "/api/vote", json!({"token": ana, "reply": 3}));
    let tally = server.with_live(|live| live.tally(0)).unwrap();
    assert_eq!(tally.counts, [(2, 0), (1, 0), (3, 2)]);
    assert_eq!(server.with_live(|live| live.turnout(0)), (2, 2));
    assert!(
        woken.load(Ordering::SeqCst) >= 5,
        "two joins and three votes wake the game"
    );

    let not_offered = post(addr, "/api/vote", json!({"token": bo, "reply": 9}));
    assert_eq!(not_offered.status, 400);
    assert!(not_offered.json()["error"].as_str().unwrap().contains("9"));

    let choice = server.with_live(|live| live.lock(0)).unwrap();
    assert_eq!((choice.chosen, choice.rule), (3, ChoiceRule::Majority));
    let late = post(addr, "/api/vote", json!({"token": bo, "reply": 2}));
    assert_eq!(late.status, 409);
    assert_eq!(late.json()["error"], "the vote is closed");
    let seen = get(addr, &format!("/api/state?token={bo}")).json();
    assert_eq!(seen["stage"]["phase"], "locked");
    assert_eq!(seen["stage"]["chosen"], 3);
    assert_eq!(seen["my_vote"], 3);
}

#[test]
fn a_wrong_code_is_refused_and_guessing_is_limited() {
    let code = code();
    let (server, _) = workshop(&code, &[]);
    let addr = server.addr();
    for left in (0..5).rev() {
        let a = post(addr, "/api/join", json!({"code": "ZZZZ"}));
        assert_eq!(a.status, 403);
        let tries = if left == 1 { "try" } else { "tries" };
        assert!(
            a.json()["error"]
                .as_str()
                .unwrap()
                .contains(&format!("({left} {tries} left)")),
            "{}",
            a.body
        );
    }
    let paused = post(addr, "/api/join", json!({"code": code.as_str()}));
    assert_eq!(paused.status, 429);
    assert!(paused.headers.to_lowercase().contains("retry-after: 60"));
    assert_eq!(server.with_live(|live| live.room().len()), 0);
}

#[test]
fn garbage_gets_a_4xx_and_the_server_goes_on() {
    let code = code();
    let (server, _) = workshop(&code, &["Red", "Blue"]);
    let addr = server.addr();
    let huge = json!({"code": code.as_str(), "nickname": "x".repeat(BODY_LIMIT)});
    assert_eq!(post(addr, "/api/join", huge).status, 413);
    let broken = request(
        addr,
        "POST",
        "/api/join",
        "application/json",
        b"{\"code\": ",
    );
    assert_eq!(broken.status, 400);
    let wrong_shape = post(addr, "/api/vote", json!({"token": 5, "reply": "two"}));
    assert_eq!(wrong_shape.status, 422);
    let not_json = request(addr, "POST", "/api/join", "text/plain", b"code=KPWX");
    assert_eq!(not_json.status, 415);
    assert_eq!(get(addr, "/api/state?token=forged").status, 401);
    assert_eq!(get(addr, "/api/state").status, 400);
    assert_eq!(get(addr, "/api/events?token=forged").status, 401);
    assert_eq!(get(addr, "/admin").status, 404);
    assert_eq!(
        request(addr, "GET", "/api/join", "text/plain", b"").status,
        405
    );
    // Teams: a phone must pick one that exists.
    let no_team = post(addr, "/api/join", json!({"code": code.as_str()}));
    assert_eq!(no_team.status, 400);
    assert_eq!(
        get(addr, "/api/room").json()["teams"],
        json!(["Red", "Blue"])
    );
    // A nickname is kept as text, whatever it looks like.
    let joined = post(
        addr,
        "/api/join",
        json!({"code": code.as_str(), "nickname": "<script>x()</script>", "team": 1}),
    );
    assert_eq!(joined.status, 200, "{}", joined.body);
    let state = &joined.json()["state"];
    assert_eq!(state["nickname"], "<script>x()</script>");
    assert_eq!(state["team"], "Blue");
}

/// Reads server-sent events until one named `state` arrives.
fn next_state(reader: &mut impl BufRead) -> Value {
    let mut event = String::new();
    loop {
        let mut line = String::new();
        assert!(reader.read_line(&mut line).unwrap() > 0, "the stream ended");
        let line = line.trim_end();
        if let Some(name) = line.strip_prefix("event: ") {
            event = name.to_string();
        } else if let Some(data) = line.strip_prefix("data: ")
            && event == "state"
        {
            return serde_json::from_str(data).unwrap();
        }
    }
}

#[test]
fn open_event_streams_get_every_change_and_end_when_the_server_stops() {
    let code = code();
    let (server, _) = workshop(&code, &[]);
    let addr = server.addr();
    let token = join(addr, &code, "Cy");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /api/events?token={token} HTTP/1.1\r\nHost: {addr}\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let first = next_state(&mut reader);
    assert_eq!(first["stage"]["phase"], "waiting");

    server.with_live(|live| live.show(0, decision()));
    let opened = next_state(&mut reader);
    assert_eq!(opened["stage"]["phase"], "voting");
    assert_eq!(opened["stage"]["replies"][0]["number"], 2);
    assert!(opened["version"].as_u64() > first["version"].as_u64());

    post(addr, "/api/vote", json!({"token": token, "reply": 2}));
    assert_eq!(next_state(&mut reader)["my_vote"], 2);
    server.with_live(|live| live.lock(0));
    assert_eq!(next_state(&mut reader)["stage"]["phase"], "locked");

    server.stop();
    let mut rest = String::new();
    // The stream closes instead of hanging (chunked: ends with the last chunk).
    let _ = reader.read_to_string(&mut rest);
    assert!(TcpStream::connect(addr).is_err(), "the port is closed");
}

#[test]
fn the_page_and_the_refusals_speak_the_workshops_language() {
    let code = code();
    let room = Room::new(code.clone(), vec!["Rossi".into(), "Blu".into()]);
    let server = Server::start_in(
        "127.0.0.1:0".parse().unwrap(),
        Live::new(room),
        Language::Italian,
        || {},
    )
    .unwrap();
    let addr = server.addr();
    let page = get(addr, "/");
    assert_eq!(page.status, 200);
    let html = &page.body;
    assert!(html.contains("<html lang=\"it\">"), "{html}");
    for words in [
        "<h1>Partecipa al workshop</h1>",
        "Codice della sala (sullo schermo)",
        "La tua squadra",
        "Tocca la risposta che daresti tu.",
    ] {
        assert!(html.contains(words), "no {words:?}");
    }
    assert!(
        !html.contains("Join the workshop"),
        "English left on the page"
    );
    assert!(
        !html.contains("{{") && !html.contains("[?]"),
        "a slot left unfilled"
    );
    assert!(
        page.headers.contains("default-src 'none'"),
        "{}",
        page.headers
    );
    // The script's words: JSON inside the page, parsed as the page does.
    let start = html.find("id=\"words\">").unwrap() + "id=\"words\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let words: Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(words["who_team"], "squadra {team}");
    assert_eq!(words["quote"], "«{line}»");
    assert!(words["welcome"].as_str().unwrap().starts_with("Ci sei."));

    let wrong = post(addr, "/api/join", json!({"code": "ZZZZ", "team": 0}));
    assert_eq!(wrong.status, 403);
    let error = wrong.json()["error"].as_str().unwrap().to_string();
    assert!(
        error.contains("non è il codice della sala") && error.contains("restano 4 tentativi"),
        "{error}"
    );
    let joined = post(
        addr,
        "/api/join",
        json!({"code": code.as_str(), "nickname": "<i>Lia</i>", "team": 1}),
    );
    assert_eq!(joined.status, 200, "{}", joined.body);
    let state = &joined.json()["state"];
    assert_eq!(state["nickname"], "<i>Lia</i>", "kept as text");
    assert_eq!(state["stage"]["notice"], "welcome");
    let token = joined.json()["token"].as_str().unwrap().to_string();
    let early = post(addr, "/api/vote", json!({"token": token, "reply": 1}));
    assert_eq!(early.status, 409);
    assert_eq!(
        early.json()["error"],
        "in questo momento non c'è nessuna votazione aperta"
    );
}
