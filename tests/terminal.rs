//! Terminal mode through the real binary: typed replies on stdin, scripted
//! `--choices`, the JSON debrief, bad input, and the Monte Carlo report.

use std::io::Write;
use std::process::{Command, Output, Stdio};

mod common;

fn last_word() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_last-word"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        // Plays are recorded: here, not in the user's data folder.
        .env(
            "LAST_WORD_DATA_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/terminal-data"),
        );
    cmd
}

fn run_with_input(args: &[&str], input: &str, data_home: &std::path::Path) -> Output {
    let mut child = last_word()
        .args(args)
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .env("LAST_WORD_DATA_DIR", data_home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

#[test]
fn a_game_typed_on_stdin_reaches_the_debrief() {
    let home = tempfile::tempdir().unwrap();
    // A wrong entry first: the player is told and asked again. In file
    // order, so the typed numbers are the file's.
    let out = run_with_input(&COFFEE_IN_FILE_ORDER, "banana\n3\n2\n2\n2\n", home.path());
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("“banana” is not a reply number"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Ray and Linda: “Two cappuccinos. Less milk"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Mood [") && stdout.contains("Clock"),
        "{stdout}"
    );
    assert!(stdout.contains("At stake: $"), "{stdout}");
    assert!(
        stdout.contains("What happened: Ray's shoulders come down"),
        "{stdout}"
    );
    assert!(stdout.contains("Score: 100/100, grade A"), "{stdout}");
    assert!(
        stdout.contains("$15–$20 a day × 365 days = $5,475–$7,300 a year"),
        "{stdout}"
    );
    assert!(stdout.contains("For discussion"), "{stdout}");
    // Through a pipe: no colour codes.
    assert!(
        !stdout.contains('\x1b'),
        "colour escape codes in piped output"
    );
}

#[test]
fn quitting_saves_the_session_and_resume_continues_it() {
    let home = tempfile::tempdir().unwrap();
    // In file order; the saved session keeps that order when resumed.
    let out = run_with_input(&COFFEE_IN_FILE_ORDER, "1\nq\n", home.path());
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let path = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Saved. Resume with: last-word play --resume "))
        .expect("the resume command is printed")
        .to_string();
    assert!(path.starts_with(home.path().to_str().unwrap()), "{path}");
    let resumed = run_with_input(&["play", "--resume", &path], "3\n2\n2\n2\n", home.path());
    let stdout = text(&resumed.stdout);
    assert!(resumed.status.success(), "{}", text(&resumed.stderr));
    assert!(stdout.contains("No, not dry."), "{stdout}");
    assert!(
        stdout.contains(
            "Replay yours: last-word play coffee-dry-cappuccino --seed 4 --choices 1,3,2,2,2"
        ),
        "{stdout}"
    );
}

#[test]
fn input_ending_early_saves_and_fails_clearly() {
    let home = tempfile::tempdir().unwrap();
    let out = run_with_input(
        &["play", "coffee-dry-cappuccino", "--seed", "4"],
        "1\n",
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("input ended before the conversation did"),
        "{stderr}"
    );
    assert!(stderr.contains("--resume"), "{stderr}");
}

/// The JSON debrief of the coffee shop with this seed and these replies.
/// The coffee scenario with seed 4, its replies in file order, so typed
/// numbers are the file's.
const COFFEE_IN_FILE_ORDER: [&str; 5] = [
    "play",
    "coffee-dry-cappuccino",
    "--seed",
    "4",
    "--no-shuffle",
];

fn coffee_json(seed: &str, choices: &str) -> Output {
    common::play_json("coffee-dry-cappuccino", seed, choices)
}

#[test]
fn choices_play_without_asking_and_json_gives_the_debrief() {
    let out = coffee_json("8", "4,2,2");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(d["ending"]["id"], "lost-telling");
    assert_eq!(d["grade"], "F");
    assert!(d["score"].as_u64().unwrap() <= 100);
    assert!(d["principles"].as_array().unwrap().len() >= 2);
    assert!(d["mood_timeline"].as_array().unwrap().len() >= 4);
    assert_eq!(d["revenue"]["yearly_low"], 5475.0);
    assert_eq!(d["revenue"]["yearly_high"], 7300.0);
    assert!(d["revenue"]["yearly"].as_f64().unwrap() >= 5475.0);
    assert!(d["revenue"]["lifetime_on_arrival"].as_f64().unwrap() > 0.0);
    let arithmetic = d["revenue"]["arithmetic"].as_array().unwrap();
    assert!(arithmetic[0].as_str().unwrap().contains("$5,475–$7,300"));
    // Same seed and replies: byte-identical.
    let again = coffee_json("8", "4,2,2");
    assert_eq!(out.stdout, again.stdout);
}

/// The quantities of one step of the JSON arithmetic, and its result.
fn step_numbers(steps: &serde_json::Value, step: &str) -> (Vec<f64>, f64) {
    let line = steps
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["step"] == step)
        .unwrap_or_else(|| panic!("no `{step}` step in {steps}"));
    let numbers = line["terms"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["quantity"]["value"].as_f64())
        .collect();
    (numbers, line["result"]["value"].as_f64().unwrap())
}

#[test]
fn the_json_debrief_carries_the_arithmetic_as_numbers_that_add_up() {
    let out = coffee_json("3", "3,2,2,2");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let revenue = &d["revenue"]["steps"];
    let cents = |v: f64| (v * 100.0).round();

    // This customer: spend a day × 365 days = yearly, to the cent.
    let (terms, yearly) = step_numbers(revenue, "this_customer");
    assert_eq!(terms.len(), 2, "{terms:?}");
    assert_eq!(terms[1], 365.0);
    assert_eq!(cents(terms[0] * terms[1]), cents(yearly));
    assert_eq!(yearly, d["revenue"]["yearly"].as_f64().unwrap());

    // Gained: worth after − worth as they came in, to the cent as shown.
    let (terms, gained) = step_numbers(revenue, "gained");
    assert_eq!(cents(terms[0] - terms[1]), cents(gained));
    assert_eq!(terms[0], d["revenue"]["lifetime"].as_f64().unwrap());
    assert_eq!(
        terms[1],
        d["revenue"]["lifetime_on_arrival"].as_f64().unwrap()
    );
    assert_eq!(d["revenue"]["lost"], 0.0, "a gain shows no loss");

    // Word of mouth: people told × each listener's business = the estimate.
    let (terms, value) = step_numbers(&d["word_of_mouth"]["steps"], "estimate");
    assert_eq!(
        terms[0],
        d["word_of_mouth"]["people_told"].as_f64().unwrap()
    );
    assert_eq!(cents(terms[0] * terms[1]), cents(value));

    // Each step in the data is one line of the text.
    assert_eq!(
        revenue.as_array().unwrap().len(),
        d["revenue"]["arithmetic"].as_array().unwrap().len()
    );
    // The timeline's events are data too, beside their wording.
    let first = &d["mood_timeline"][0];
    assert_eq!(first["kind"]["type"], "arrived");
    assert_eq!(first["event"], "arrives");
    assert_eq!(d["ending"]["outcome_label"], "kept and loyal");
}

#[test]
fn an_invalid_choice_names_the_node_and_the_valid_numbers() {
    let out = last_word()
        .args(["play", "coffee-dry-cappuccino", "--choices", "1,9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("`not-dry`"), "{stderr}");
    assert!(stderr.contains("1, 2, 3"), "{stderr}");
}

#[test]
fn json_with_too_few_choices_says_where_it_stopped() {
    let out = last_word()
        .args([
            "play",
            "coffee-dry-cappuccino",
            "--choices",
            "3,2",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("`tasting`"), "{stderr}");
}

#[test]
fn the_best_path_from_analyze_replays_to_a_perfect_score() {
    let out = last_word()
        .args(["analyze", "coffee-dry-cappuccino", "--json"])
        .output()
        .unwrap();
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let best: Vec<String> = a["best_path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap().to_string())
        .collect();
    let out = last_word()
        .args([
            "play",
            "coffee-dry-cappuccino",
            "--json",
            "--choices",
            &best.join(","),
        ])
        .output()
        .unwrap();
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["score"], 100);
    assert_eq!(d["ending"]["outcome"], "KeptLoyal");
}

#[test]
fn monte_carlo_reports_reproducibly() {
    let run = || {
        last_word()
            .args([
                "analyze",
                "coffee-dry-cappuccino",
                "--runs",
                "3000",
                "--seed",
                "2",
                "--json",
            ])
            .output()
            .unwrap()
    };
    let a = run();
    assert!(a.status.success(), "{}", text(&a.stderr));
    assert_eq!(a.stdout, run().stdout);
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    let mc = &v["monte_carlo"];
    assert_eq!(mc["random"]["runs"], 3000);
    assert_eq!(mc["best"]["score"]["min"], 100.0);
    let human = last_word()
        .args(["analyze", "coffee-dry-cappuccino", "--runs", "500"])
        .output()
        .unwrap();
    let human = text(&human.stdout);
    assert!(
        human.contains("Simulated customers (500 per policy, seed 1)"),
        "{human}"
    );
    assert!(
        human.contains("lost per customer, against their worth as they came in"),
        "{human}"
    );
}

#[test]
fn choices_past_the_end_finish_normally_and_say_why_they_went_unused() {
    // The dry-cappuccino remark, then insisting on the word: the customer
    // walks out before reply 3.
    let args = [
        "play",
        "coffee-dry-cappuccino",
        "--seed",
        "1",
        "--choices",
        "1,1,3",
    ];
    let out = last_word().args(args).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(
            "Note: the customer walked out after 2 replies, so the last choice went unused."
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("== Debrief: The Dry Cappuccino =="),
        "{stdout}"
    );

    // As JSON: the debrief on stdout, the note on stderr.
    let out = last_word().args(args).arg("--json").output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(d["ending"]["walked_out"], true);
    assert_eq!(d["choices"], serde_json::json!([1, 1]));
    assert!(
        text(&out.stderr).contains("note: the customer walked out after 2 replies"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn choices_past_an_ending_are_counted_too() {
    let out = coffee_json("3", "3,2,2,2,1,1");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(
            "note: the conversation reached an ending after 4 replies, so the last 2 choices went unused."
        ),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn empty_choices_mean_no_replies() {
    // The first screen, then the player is asked (and input ends at once).
    let home = tempfile::tempdir().unwrap();
    let out = run_with_input(
        &[
            "play",
            "coffee-dry-cappuccino",
            "--seed",
            "2",
            "--choices",
            "",
        ],
        "",
        home.path(),
    );
    let stdout = text(&out.stdout);
    assert!(stdout.contains("== The Dry Cappuccino =="), "{stdout}");
    assert!(stdout.contains("Two cappuccinos"), "{stdout}");
    assert!(stdout.contains("Your reply (1, 2, 3, 4;"), "{stdout}");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("input ended before"), "{stderr}");
    // With --json there is no ending to report, and the error says where
    // it stopped.
    let out = coffee_json("2", "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("`counter`"),
        "{}",
        text(&out.stderr)
    );
    // A bad number is refused with a way to write them.
    let out = coffee_json("2", "1,x");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("`x` is not a reply number"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn timed_play_with_quick_answers_reaches_the_debrief_at_no_cost() {
    let home = tempfile::tempdir().unwrap();
    let out = run_with_input(
        &[
            "play",
            "coffee-dry-cappuccino",
            "--seed",
            "4",
            "--timed",
            "--no-shuffle",
        ],
        "3\n2\n2\n2\n",
        home.path(),
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.contains("Timed play:"), "{stdout}");
    assert!(
        stdout.contains("s before the customer grows impatient; q to save and quit): "),
        "{stdout}"
    );
    assert!(!stdout.contains("You took"), "{stdout}");
    assert!(stdout.contains("Score: 100/100, grade A"), "{stdout}");
    assert!(stdout.contains("For discussion"), "{stdout}");
}

#[test]
fn timed_play_cannot_print_a_json_debrief() {
    let args = [
        "coffee-dry-cappuccino",
        "--timed",
        "--choices",
        "3,2,2,2",
        "--json",
    ];
    let out = last_word().arg("play").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("'--timed' cannot be used with '--json'"),
        "{}",
        text(&out.stderr)
    );
}
