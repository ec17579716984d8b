//! The facilitator's flow through the game: a workshop started from the
//! set-up, phones joining and voting over HTTP against the real server on
//! loopback, the tally on the projector, the lock, the reveal, the debrief
//! and the end (which stops the server); a show of hands typed from the
//! keyboard.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use bevy::prelude::*;
use serde_json::{Value, json};

use super::{app, press, screen};
use crate::game::Screen;
use crate::game::screens::workshop::setup::{self, Draft};
use crate::game::workshop::{WorkshopRequest, WorkshopRun};
use crate::workshop::record::VotingKind;
use crate::workshop::{ChoiceRule, Step};

/// One HTTP/1.1 request with `Connection: close`; the status and the body.
fn http(addr: SocketAddr, method: &str, path: &str, body: &Value) -> (u16, Value) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let body = body.to_string();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    let (headers, body) = raw.split_once("\r\n\r\n").expect("a whole response");
    let status = headers[9..12].parse().unwrap();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// Starts a workshop of the coffee scenario from the set-up screen.
fn start(app: &mut App, voting: VotingKind) {
    app.world_mut().insert_resource(WorkshopRequest {
        bind: Some(SocketAddr::from(([127, 0, 0, 1], 0))),
        seed: Some(4),
        ..default()
    });
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::WorkshopSetup);
    app.update();
    app.update();
    assert_eq!(screen(app), Screen::WorkshopSetup);
    {
        let mut draft = app.world_mut().resource_mut::<Draft>();
        draft.order = vec!["coffee-dry-cappuccino".into()];
        draft.voting = voting;
    }
    setup::start(app.world_mut());
    app.update();
    app.update();
    assert_eq!(screen(app), Screen::Workshop);
}

fn run(app: &App) -> &WorkshopRun {
    app.world().resource::<WorkshopRun>()
}

fn step(app: &App) -> Step {
    run(app).workshop.step()
}

/// Every text on screen, joined.
fn shown(app: &mut App) -> String {
    let mut q = app.world_mut().query::<&Text>();
    q.iter(app.world())
        .map(|t| t.0.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The phones' address, from the address the projector shows.
fn server_addr(app: &mut App) -> (SocketAddr, String) {
    let world = app.world_mut();
    let mut run = world.resource_mut::<WorkshopRun>();
    let url = run.phones.join_url().expect("phones are served");
    let rest = url.trim_start_matches("http://");
    let (addr, code) = rest.split_once("/?code=").unwrap();
    (addr.parse().unwrap(), code.to_string())
}

#[test]
fn phones_vote_over_http_and_the_projector_follows_to_the_debrief_and_the_end() {
    let mut app = app();
    start(&mut app, VotingKind::Phones);
    assert_eq!(step(&app), Step::Joining);
    let (addr, code) = server_addr(&mut app);
    let tokens: Vec<String> = (0..3)
        .map(|i| {
            let (status, answer) = http(
                addr,
                "POST",
                "/api/join",
                &json!({"code": code, "nickname": format!("p{i}"), "team": null}),
            );
            assert_eq!(status, 200, "{answer}");
            answer["token"].as_str().unwrap().to_string()
        })
        .collect();
    app.update();
    assert!(
        shown(&mut app).contains("3 phones have joined"),
        "{}",
        shown(&mut app)
    );

    press(&mut app, KeyCode::ArrowRight);
    assert_eq!(step(&app), Step::Reading);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(step(&app), Step::Voting);
    let view = run(&app).workshop.sides()[0].view.clone().unwrap();
    let (first, second) = (view.replies[0].number, view.replies[1].number);
    for (token, reply) in tokens.iter().zip([second, second, first]) {
        let (status, _) = http(
            addr,
            "POST",
            "/api/vote",
            &json!({"token": token, "reply": reply}),
        );
        assert_eq!(status, 200);
    }
    app.update();
    let text = shown(&mut app);
    assert!(text.contains("3 of 3 phones voted"), "{text}");
    assert!(
        text.contains("2  ·  67%") && text.contains("1  ·  33%"),
        "{text}"
    );

    press(&mut app, KeyCode::Space);
    assert_eq!(step(&app), Step::Locked);
    let choice = run(&app).workshop.sides()[0].choice.clone().unwrap();
    assert_eq!((choice.chosen, choice.rule), (second, ChoiceRule::Majority));
    let (status, _) = http(
        addr,
        "POST",
        "/api/vote",
        &json!({"token": tokens[2], "reply": second}),
    );
    assert_eq!(status, 409, "a vote after the lock is refused");
    assert!(shown(&mut app).contains("Reply 2, the majority: 2 of 3 votes."));

    press(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), Step::Revealed { coaching: false });
    assert!(!shown(&mut app).contains("Coaching  ·"), "held back");
    press(&mut app, KeyCode::ArrowRight);
    assert!(shown(&mut app).contains("Coaching  ·"), "revealed on cue");
    assert_eq!(run(&app).workshop.sides()[0].session.choices(), &[second]);

    // The rest with nobody voting: the first reply shown each time.
    for _ in 0..40 {
        if step(&app) == Step::Debrief {
            break;
        }
        press(&mut app, KeyCode::ArrowRight);
    }
    assert_eq!(step(&app), Step::Debrief);
    let text = shown(&mut app);
    assert!(
        text.contains("The room's debrief") && text.contains("Talk it over"),
        "{text}"
    );
    assert!(text.contains("Played by majority"), "{text}");

    press(&mut app, KeyCode::Escape);
    assert_eq!(step(&app), Step::Debrief, "Esc once only asks");
    press(&mut app, KeyCode::Escape);
    assert_eq!(step(&app), Step::Ended);
    let record = run(&app).workshop.record().clone();
    assert!(record.finished_at.is_some());
    assert_eq!(record.phones_joined, 3);
    assert_eq!(
        record.scenarios[0].teams[0].decisions[0].replies[1].votes,
        2
    );
    assert!(shown(&mut app).contains("the workshop is over"));
    assert!(
        TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_err(),
        "the server stops when the workshop ends"
    );
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title);
    assert!(!app.world().contains_resource::<WorkshopRun>());
}

#[test]
fn a_show_of_hands_is_typed_from_the_keyboard_and_the_facilitator_overrides() {
    let mut app = app();
    start(&mut app, VotingKind::Hands);
    assert_eq!(step(&app), Step::Reading, "no joining without phones");
    press(&mut app, KeyCode::ArrowRight);
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::Digit1);
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::Digit3);
    press(&mut app, KeyCode::Backspace);
    assert_eq!(run(&app).workshop.sides()[0].hands[..2], [2, 12]);
    assert!(shown(&mut app).contains("14 hands counted"));
    press(&mut app, KeyCode::ArrowRight);
    let view = run(&app).workshop.sides()[0].view.clone().unwrap();
    let choice = run(&app).workshop.sides()[0].choice.clone().unwrap();
    assert_eq!(
        (choice.chosen, choice.rule),
        (view.replies[1].number, ChoiceRule::Majority)
    );
    press(&mut app, KeyCode::Digit1);
    let choice = run(&app).workshop.sides()[0].choice.clone().unwrap();
    assert_eq!(choice.chosen, view.replies[0].number);
    assert!(shown(&mut app).contains("chosen by the facilitator"));
    press(&mut app, KeyCode::ArrowLeft);
    let choice = run(&app).workshop.sides()[0].choice.clone().unwrap();
    assert_eq!(
        choice.rule,
        ChoiceRule::Majority,
        "Back undoes the override"
    );
    press(&mut app, KeyCode::KeyN);
    assert!(
        shown(&mut app).contains("NOTES ON SCREEN"),
        "the notes say they are on"
    );
    press(&mut app, KeyCode::KeyN);
    assert!(!shown(&mut app).contains("Facilitator's notes"));
}

#[test]
fn an_ended_workshop_is_saved_with_the_records_and_exported() {
    let (dir, path) = crate::records::files::scratch("records.sqlite3");
    let mut app = super::app_recording(crate::game::records::RecordsFile(Some(path.clone())));
    start(&mut app, VotingKind::Hands);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Escape);
    assert_eq!(step(&app), Step::Ended);
    let record = run(&app).workshop.record().clone();
    let text = shown(&mut app);
    assert!(text.contains("Saved with the learners' records"), "{text}");

    let records = crate::records::Records::open(&path).unwrap();
    assert_eq!(records.workshop(&record.id).unwrap(), record);
    let exports: Vec<String> = std::fs::read_dir(dir.path().join("workshops"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(exports.len(), 2, "{exports:?}");
    for extension in ["html", "csv"] {
        let file = exports.iter().find(|f| f.ends_with(extension)).unwrap();
        assert!(text.contains(file.as_str()), "{text}");
        assert!(file.contains(&record.id[..8]), "{file}");
    }
}
