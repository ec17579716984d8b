//! Replies in a fair order: each playthrough shows a node's replies in its
//! seed's order, the same in the session, the terminal and a restored save;
//! `--no-shuffle` and `stay_last` keep the file's order; and scripts speak of
//! stable reply numbers, so every path `analyze` prints replays with
//! `play --choices` whatever the shuffle.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use last_word::core::load::{self, Vocabulary};
use last_word::core::scenario::Scenario;
use last_word::core::session::{Options, Prepared, Session, View};

mod common;

use common::prepared;

const COFFEE: &str = "scenarios/coffee-dry-cappuccino.ron";

fn last_word() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_last-word"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn scenario(path: &str) -> Scenario {
    let loaded = load::load_file(Path::new(path), &Vocabulary::builtin());
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.scenario.expect("the scenario loads")
}

/// The stable numbers of the replies offered, in the order shown.
fn order(view: &View) -> Vec<usize> {
    view.replies.iter().map(|r| r.number).collect()
}

fn first_view(p: &Arc<Prepared>, seed: u64, options: Options) -> View {
    Session::new_with(Arc::clone(p), seed, options)
        .view()
        .expect("the conversation starts")
}

/// Plays in the terminal with no replies typed, and returns what it printed.
fn terminal(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = last_word()
        .args(args)
        .env("XDG_DATA_HOME", home.path())
        .env("HOME", home.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    text(&out.stdout)
}

/// Checks that the terminal lists `view`'s replies as it orders them,
/// numbered by where they are shown, in the last moment it printed.
fn assert_lists(out: &str, view: &View) {
    let moment = &out[out.rfind(&view.line[..20]).expect("the moment is shown")..];
    let mut at = 0;
    for r in &view.replies {
        let start: String = r.text.chars().take(30).collect();
        let line = format!("  {}. {start}", r.shown);
        let found = moment[at..]
            .find(&line)
            .unwrap_or_else(|| panic!("`{line}` not listed in order in:\n{moment}"));
        at += found + line.len();
    }
}

#[test]
fn two_seeds_show_the_same_moment_in_different_orders() {
    let p = prepared(scenario(COFFEE));
    let one = first_view(&p, 1, Options::default());
    let two = first_view(&p, 2, Options::default());
    assert_eq!(one.node, two.node);
    assert_ne!(order(&one), order(&two));
    // The same replies, only ordered differently; shown 1, 2, 3...
    let mut sorted = order(&one);
    sorted.sort();
    assert_eq!(sorted, (1..=one.replies.len()).collect::<Vec<_>>());
    let shown: Vec<usize> = one.replies.iter().map(|r| r.shown).collect();
    assert_eq!(shown, (1..=one.replies.len()).collect::<Vec<_>>());
}

#[test]
fn the_same_seed_shows_the_same_order_in_the_session_the_terminal_and_a_restore() {
    let p = prepared(scenario(COFFEE));
    for seed in [1, 2, 5] {
        let mut session = Session::new(Arc::clone(&p), seed);
        let first = session.view().unwrap();
        assert_eq!(first, first_view(&p, seed, Options::default()));
        assert_lists(
            &terminal(&["play", COFFEE, "--seed", &seed.to_string()]),
            &first,
        );

        // Into the second moment by the reply shown first.
        let number = first.number_shown_at(1).unwrap();
        session.choose(number).unwrap();
        let second = session.view().expect("the first reply does not end it");
        let out = terminal(&[
            "play",
            COFFEE,
            "--seed",
            &seed.to_string(),
            "--choices",
            &number.to_string(),
        ]);
        assert_lists(&out, &second);

        let restored = Session::restore(Arc::clone(&p), &session.save()).unwrap();
        assert_eq!(restored.view().unwrap(), second);
    }
}

#[test]
fn without_shuffling_replies_come_in_file_order() {
    let s = scenario(COFFEE);
    let start = &s.nodes[s.node_index(&s.start).unwrap()];
    let p = prepared(s.clone());
    let off = Options {
        shuffle: false,
        ..Options::default()
    };
    for seed in [1, 2, 3] {
        let view = first_view(&p, seed, off);
        assert_eq!(order(&view), (1..=start.replies.len()).collect::<Vec<_>>());
        let out = terminal(&["play", COFFEE, "--seed", &seed.to_string(), "--no-shuffle"]);
        assert_lists(&out, &view);
        // A save remembers the order it was played in.
        let saved = Session::new_with(Arc::clone(&p), seed, off).save();
        assert!(!saved.options.shuffle);
        let restored = Session::restore(Arc::clone(&p), &saved).unwrap();
        assert_eq!(order(&restored.view().unwrap()), order(&view));
    }
}

#[test]
fn a_reply_that_stays_last_is_shown_last_whatever_the_seed() {
    let mut s = scenario(COFFEE);
    let start = s.node_index(&s.start).unwrap();
    s.nodes[start].replies[0].stay_last = true;
    let count = s.nodes[start].replies.len();
    let p = prepared(s.clone());
    let mut firsts = std::collections::HashSet::new();
    for seed in 0..40 {
        let view = first_view(&p, seed, Options::default());
        assert_eq!(view.replies.last().unwrap().number, 1, "seed {seed}");
        firsts.insert(view.replies[0].number);
    }
    assert!(firsts.len() > 1, "the others are still shuffled");

    // Every reply marked: the node keeps the file's order.
    for reply in &mut s.nodes[start].replies {
        reply.stay_last = true;
    }
    let p = prepared(s);
    for seed in 0..10 {
        let view = first_view(&p, seed, Options::default());
        assert_eq!(order(&view), (1..=count).collect::<Vec<_>>());
    }
}

/// The scenario files of the library.
fn library() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .filter(|p| p.file_name().is_some_and(|n| n != "principles.ron"))
            .filter(|p| !last_word::core::translation::is_translation_file(p))
            .collect();
    files.sort();
    files
}

fn path_of(analysis: &serde_json::Value, key: &str) -> String {
    let numbers: Vec<String> = analysis[key]
        .as_array()
        .unwrap_or_else(|| panic!("no `{key}` in {analysis}"))
        .iter()
        .map(|n| n.as_u64().unwrap().to_string())
        .collect();
    numbers.join(",")
}

#[test]
fn every_path_analyze_prints_replays_to_an_ending_under_shuffling() {
    let files = library();
    assert!(files.len() >= 10, "{files:?}");
    for file in &files {
        let file = file.to_str().unwrap();
        let out = last_word()
            .args(["analyze", file, "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{file}: {}", text(&out.stderr));
        let analysis: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for key in ["best_path", "worst_path"] {
            let path = path_of(&analysis, key);
            for seed in [1, 2, 3, 17] {
                let out = common::play_json(file, &seed.to_string(), &path);
                assert!(
                    out.status.success(),
                    "{file} {key} {path} seed {seed}: {}",
                    text(&out.stderr)
                );
                let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                assert!(
                    d["ending"]["id"].as_str().is_some_and(|id| !id.is_empty()),
                    "{file} {key} seed {seed}: {d}"
                );
                // The replies played are the path's, by stable number.
                let played: Vec<String> = d["choices"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.to_string())
                    .collect();
                assert!(
                    path.starts_with(&played.join(",")),
                    "{file} {key} seed {seed}: played {played:?} of {path}"
                );
            }
        }
    }
}
