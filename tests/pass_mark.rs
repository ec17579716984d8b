//! `last-word pass-mark`: a trainer's mark decides what counts as
//! mastered in `progress`, per scenario or for all; a mistyped scenario id
//! is refused with a hint and changes nothing.

mod common;

use std::path::Path;
use std::process::Output;

const COFFEE: &str = "coffee-dry-cappuccino";

fn last_word(data: &Path, args: &[&str]) -> Output {
    common::live::last_word(data).args(args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The recorded scenario's best score and whether it is mastered.
fn mastery(data: &Path) -> (u64, bool) {
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&last_word(data, &["progress", "--json"]))).unwrap();
    let s = &v["scenarios"][0];
    assert_eq!(s["scenario"], COFFEE);
    (
        s["best_score"].as_u64().unwrap(),
        s["mastered"].as_bool().unwrap(),
    )
}

#[test]
fn the_mark_a_trainer_sets_decides_mastery() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // A play that ends well short of the best.
    stdout(&last_word(
        d,
        &[
            "play",
            COFFEE,
            "--learner",
            "Lee",
            "--seed",
            "3",
            "--choices",
            "1,2,3,2,3",
        ],
    ));
    let (score, _) = mastery(d);
    assert!(score > 0 && score < 100, "{score}");
    let at = |mark: u64| mark.to_string();

    stdout(&last_word(d, &["pass-mark", &at(score + 1)]));
    assert_eq!(mastery(d), (score, false), "global mark above the score");
    let out = stdout(&last_word(
        d,
        &["pass-mark", &at(score), "--scenario", COFFEE],
    ));
    assert!(out.contains(&format!("  {COFFEE}: {score}")), "{out}");
    assert_eq!(mastery(d), (score, true), "the scenario's own mark");
    stdout(&last_word(
        d,
        &["pass-mark", "--clear", "--scenario", COFFEE],
    ));
    assert_eq!(mastery(d), (score, false), "back to the global mark");
    stdout(&last_word(d, &["pass-mark", &at(score)]));
    assert_eq!(mastery(d), (score, true));
}

#[test]
fn a_mistyped_scenario_is_refused_with_a_hint_and_sets_nothing() {
    let data = tempfile::tempdir().unwrap();
    let out = last_word(
        data.path(),
        &["pass-mark", "90", "--scenario", "coffee-dry-capuccino"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("did you mean `{COFFEE}`")), "{err}");
    let shown = stdout(&last_word(data.path(), &["pass-mark"]));
    assert_eq!(shown, "Pass mark for every scenario: 80\n");
}
