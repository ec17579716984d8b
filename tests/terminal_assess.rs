//! `last-word play --assess` through the real binary: no coaching before the
//! debrief, the decision-by-decision review in it, and the review in JSON.

mod common;

use std::process::{Command, Output};

use common::analyzed_best_path;

fn last_word(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_last-word"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_DATA_HOME", home.path())
        .env("HOME", home.path())
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// Plays the coffee scenario's best path (seed 4) with `extra` options.
fn play_best_path(extra: &[&str]) -> (String, String) {
    let path = analyzed_best_path("coffee-dry-cappuccino");
    let mut args = vec![
        "play",
        "coffee-dry-cappuccino",
        "--seed",
        "4",
        "--choices",
        &path,
    ];
    args.extend_from_slice(extra);
    let out = stdout(&last_word(&args));
    (path, out)
}

#[test]
fn assessment_holds_the_coaching_back_until_the_debrief_review() {
    let (_, practice) = play_best_path(&[]);
    let (before, _) = practice.split_once("== Debrief").unwrap();
    assert!(before.contains("Coaching: "), "practice coaches: {before}");
    assert!(!practice.contains("Decision by decision"), "{practice}");

    let (path, assess) = play_best_path(&["--assess"]);
    let (before, debrief) = assess.split_once("== Debrief").unwrap();
    assert!(before.contains("What happened: "), "{before}");
    assert!(before.contains("Assessment: no coaching"), "{before}");
    assert!(
        !before.contains("Coaching") && !before.contains("Principles:"),
        "no coaching before the debrief: {before}"
    );
    let (_, review) = debrief
        .split_once("Decision by decision")
        .expect("the debrief has the review");
    let decisions = path.split(',').count();
    assert_eq!(review.matches("You said: ").count(), decisions, "{review}");
    assert!(
        review.matches("Coaching: ").count() >= decisions,
        "{review}"
    );
    assert!(
        review.contains(&format!(
            "{decisions} of {decisions} replies were the best offered."
        )),
        "the best path takes the best reply every time: {review}"
    );
}

#[test]
fn the_json_debrief_carries_the_mode_and_the_review() {
    let (path, out) = play_best_path(&["--json", "--assess"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["mode"], "assessment");
    let review = v["review"].as_array().unwrap();
    assert_eq!(review.len(), path.split(',').count());
    for d in review {
        assert_eq!(d["chose_best"], true, "{d}");
        assert_eq!(d["chosen"]["text"], d["best"]["text"], "{d}");
        assert!(
            d["chosen"]["coaching"]
                .as_str()
                .is_some_and(|c| !c.is_empty())
        );
        assert!(d["line"].as_str().is_some_and(|l| !l.is_empty()));
    }
}

#[test]
fn a_resumed_session_keeps_its_mode_and_refuses_assess() {
    let out = last_word(&["play", "--resume", "x.json", "--assess"]);
    assert_eq!(out.status.code(), Some(2), "clap refuses the pair");
}
