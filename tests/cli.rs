//! The `last-word` binary: exit codes, output formats and messages, which
//! scripts and trainers rely on (README.md, "Trainers' tools").

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use clap::CommandFactory;
use last_word::cli::Cli;
use last_word::core::analysis;
use last_word::core::load;
use last_word::core::scenario::{Scenario, Target};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary in the project folder, where `scenarios/` is the default.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_last-word"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("the process exited")
}

fn show(o: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        stdout(o),
        stderr(o)
    )
}

fn json(o: &Output) -> Value {
    serde_json::from_str(&stdout(o))
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", show(o)))
}

fn shipped_count() -> usize {
    load::load_paths(&[root().join("scenarios")])
        .scenarios
        .len()
}

// ---------------------------------------------------------------------------
// validate

#[test]
fn validate_exits_0_on_the_shipped_scenarios() {
    let n = shipped_count();
    let library = load::load_paths(&[root().join("scenarios")]);
    let t = library.translations.len();
    let summary = format!(
        "checked {n} scenario file{} and {t} translation{}: {n} valid, 0 errors, 0 warnings",
        if n == 1 { "" } else { "s" },
        if t == 1 { "" } else { "s" }
    );
    for args in [&["validate"][..], &["validate", "scenarios"][..]] {
        let o = run(args);
        assert_eq!(code(&o), 0, "{args:?}\n{}", show(&o));
        let out = stdout(&o);
        assert_eq!(out.lines().next(), Some(summary.as_str()), "{}", show(&o));
        assert!(
            out.contains("translations:\n")
                && out.contains("  guest-house-review-fine: it 100%, te 100%\n"),
            "the coverage of each translated scenario: {}",
            show(&o)
        );
        assert_eq!(stderr(&o), "", "no diagnostics: {}", show(&o));
    }
}

#[test]
fn validate_exits_1_on_a_broken_fixture_and_shows_where_and_how_to_fix() {
    let o = run(&["validate", "tests/fixtures/invalid/unknown-target.ron"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    let err = stderr(&o);
    assert!(err.contains("error[unknown-target]"), "{}", show(&o));
    assert!(
        err.contains("tests/fixtures/invalid/unknown-target.ron:30:27"),
        "{}",
        show(&o)
    );
    assert!(
        err.contains("next: \"chekcing\","),
        "the source line: {}",
        show(&o)
    );
    assert!(err.contains("^^^^^^^^^^"), "a caret: {}", show(&o));
    assert!(
        err.contains("help: did you mean `checking`?"),
        "{}",
        show(&o)
    );
    assert!(err.contains("warning[unreachable]"), "{}", show(&o));
    assert!(
        !err.contains("\u{1b}["),
        "no colour codes when not a terminal"
    );
    assert_eq!(
        stdout(&o).trim(),
        "checked 1 scenario file: 0 valid, 1 error, 2 warnings"
    );
}

#[test]
fn validate_exits_0_when_there_are_only_warnings() {
    let o = run(&["validate", "tests/fixtures/invalid/unreachable.ron"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert!(stderr(&o).contains("warning[unreachable]"), "{}", show(&o));
    assert_eq!(
        stdout(&o).trim(),
        "checked 1 scenario file: 1 valid, 0 errors, 2 warnings"
    );
}

#[test]
fn validate_exits_1_when_any_of_several_paths_is_broken() {
    let o = run(&["validate", "scenarios", "tests/fixtures/mixed"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    let n = shipped_count() + 2;
    let t = load::load_paths(&[root().join("scenarios")])
        .translations
        .len();
    assert!(
        stdout(&o).contains(&format!(
            "checked {n} scenario files and {t} translation{}: {} valid, 1 error",
            if t == 1 { "" } else { "s" },
            n - 1
        )),
        "{}",
        show(&o)
    );
}

#[test]
fn validate_exits_1_on_a_path_that_does_not_exist() {
    let o = run(&["validate", "no/such/folder"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert!(stderr(&o).contains("error[not-found]"), "{}", show(&o));
}

#[test]
fn validate_json_prints_an_array_of_diagnostics() {
    let path = "tests/fixtures/invalid/several-errors.ron";
    let o = run(&["validate", path, "--format", "json"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(
        stderr(&o),
        "",
        "JSON mode prints nothing else: {}",
        show(&o)
    );
    let items = json(&o);
    let items = items.as_array().expect("a JSON array");

    let library = load::load_paths(&[PathBuf::from(path)]);
    let expected: Vec<_> = library.diagnostics().map(|(_, d)| d).collect();
    assert_eq!(items.len(), expected.len(), "{}", show(&o));
    assert!(items.len() >= 6, "all of the file's problems: {}", show(&o));
    for (item, d) in items.iter().zip(expected) {
        assert_eq!(item["file"], path);
        assert_eq!(item["line"].as_u64(), Some(d.line as u64), "{item}");
        assert_eq!(item["column"].as_u64(), Some(d.column as u64), "{item}");
        assert!(item["line"].as_u64().unwrap() >= 1, "{item}");
        let severity = item["severity"].as_str().expect("severity");
        assert_eq!(severity, if d.is_error() { "error" } else { "warning" });
        assert_eq!(item["code"], d.code);
        assert_eq!(item["message"], d.message.as_str());
        assert!(!d.message.is_empty());
        assert_eq!(item["hint"], d.hint.as_str());
        match &d.id {
            Some(id) => assert_eq!(item["id"], id.as_str()),
            None => assert!(item.get("id").is_none(), "{item}"),
        }
    }
    let codes: Vec<&str> = items.iter().map(|i| i["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"unknown-target"), "{codes:?}");
    assert!(codes.contains(&"unknown-principle"), "{codes:?}");
}

#[test]
fn validate_json_is_an_empty_array_and_exit_0_when_all_is_well() {
    let o = run(&["validate", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(json(&o), Value::Array(Vec::new()));
}

#[test]
fn validate_json_reports_whole_file_problems_at_line_0() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("binary.ron");
    std::fs::write(&path, b"Scenario(\xff)").unwrap();
    let o = run(&["validate", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    let items = json(&o);
    assert_eq!(items.as_array().map(Vec::len), Some(1), "{}", show(&o));
    assert_eq!(items[0]["code"], "not-utf8");
    assert_eq!(items[0]["line"], 0);
    assert_eq!(items[0]["column"], 0);
    assert_eq!(items[0]["severity"], "error");
}

// ---------------------------------------------------------------------------
// list

#[test]
fn list_prints_one_line_per_scenario() {
    let o = run(&["list"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let library = load::load_paths(&[root().join("scenarios")]);
    let expected: Vec<String> = library
        .scenarios
        .iter()
        .map(|l| {
            let s = l.valid().expect("shipped scenarios are valid");
            format!(
                "{}\t{}\t{}\t{} min",
                s.id,
                s.title,
                last_word::text::difficulty_label(s.difficulty),
                s.minutes
            )
        })
        .collect();
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines, expected, "{}", show(&o));
    assert!(
        lines.contains(&"coffee-dry-cappuccino\tThe Dry Cappuccino\teasy\t5 min"),
        "{}",
        show(&o)
    );
}

#[test]
fn list_skips_broken_files_and_says_so() {
    let o = run(&["list", "--dir", "tests/fixtures/mixed"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "fixture-good\tThe Wrong Order\teasy\t3 min\n");
    let err = stderr(&o);
    assert!(
        err.contains("1 scenario file in tests/fixtures/mixed could not be loaded"),
        "{err}"
    );
    assert!(
        err.contains("last-word validate tests/fixtures/mixed"),
        "{err}"
    );
}

#[test]
fn list_exits_1_when_a_folder_has_no_scenarios() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&["list", "--dir", dir.path().to_str().unwrap()]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains("no scenarios found"), "{}", show(&o));
}

// ---------------------------------------------------------------------------
// analyze

/// Follows 1-based reply numbers from the start; returns the ending reached
/// (if the path ends exactly at one) and the score, each reply counted once.
fn follow(s: &Scenario, replies: &[u64]) -> (Option<String>, i64) {
    let mut node = s.node_index(&s.start).expect("start");
    let mut taken = std::collections::HashSet::new();
    let mut score = 0;
    for (i, &r) in replies.iter().enumerate() {
        assert!(r >= 1, "reply numbers are 1-based: {replies:?}");
        let reply = &s.nodes[node].replies[(r - 1) as usize];
        if taken.insert((node, r)) {
            score += reply.score();
        }
        match s.target(&reply.next).expect("a real target") {
            Target::Node(n) => node = n,
            Target::Ending(k) => {
                let ending = (i + 1 == replies.len()).then(|| s.endings[k].id.clone());
                return (ending, score);
            }
        }
    }
    (None, score)
}

fn coffee() -> Scenario {
    let library = load::load_paths(&[root().join("scenarios/coffee-dry-cappuccino.ron")]);
    library.scenarios[0]
        .valid()
        .expect("valid")
        .scenario()
        .clone()
}

#[test]
fn analyze_json_has_the_documented_fields_and_real_paths() {
    let o = run(&["analyze", "coffee-dry-cappuccino", "--json"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let v = json(&o);
    let s = coffee();

    assert_eq!(v["scenario"], "coffee-dry-cappuccino");
    let endings = v["endings"].as_array().expect("endings");
    assert_eq!(endings.len(), s.endings.len());
    for (e, want) in endings.iter().zip(&s.endings) {
        assert_eq!(e["id"], want.id.as_str());
        assert_eq!(e["reachable"], true, "every coffee ending can be reached");
        assert!(e["outcome"].is_string());
    }

    // Worked out by hand from the scenario: the best is "Less milk: I'll
    // make yours myself", an honest "About two minutes", "This is one; the
    // milky ones were our mistake" and the note on the board (+3 each); the
    // worst says "dry", rings a dry anyway, tells them most customers like
    // it, and has the last word (-5, -3, -2, -5).
    assert_eq!(v["best_score"], 12);
    assert_eq!(v["worst_score"], -15);
    assert_eq!(v["best_path"], serde_json::json!([3, 2, 2, 2]));
    assert_eq!(v["worst_path"], serde_json::json!([1, 2, 1, 2]));
    assert_eq!(v["best_ending"], "regulars-stay");
    assert_eq!(v["worst_ending"], "lost-telling");

    for (path, score, ending) in [
        ("best_path", "best_score", "best_ending"),
        ("worst_path", "worst_score", "worst_ending"),
    ] {
        let replies: Vec<u64> = v[path]
            .as_array()
            .expect("a path")
            .iter()
            .map(|r| r.as_u64().expect("a reply number"))
            .collect();
        let (reached, got) = follow(&s, &replies);
        assert_eq!(
            reached.as_deref(),
            v[ending].as_str(),
            "{path} leads to {ending}"
        );
        assert_eq!(Some(got), v[score].as_i64(), "{path} scores {score}");
    }

    // The same as the library's analysis.
    let a = analysis::analyze(&s).expect("analysable");
    let numbers = |p: &[analysis::Step]| p.iter().map(|s| s.reply + 1).collect::<Vec<_>>();
    assert_eq!(v["best_path"], serde_json::json!(numbers(&a.best_path)));
    assert_eq!(v["worst_path"], serde_json::json!(numbers(&a.worst_path)));
    assert_eq!(v["paths"]["count"], a.paths.count);
    assert_eq!(v["paths"]["exact"], true);
    assert_eq!(v["paths"]["loops"], false);
}

#[test]
fn analyze_counts_the_coffee_paths_exactly() {
    fn count(s: &Scenario, node: usize) -> u64 {
        s.nodes[node]
            .replies
            .iter()
            .map(|r| match s.target(&r.next).unwrap() {
                Target::Ending(_) => 1,
                Target::Node(n) => count(s, n),
            })
            .sum()
    }
    let s = coffee();
    let o = run(&["analyze", "coffee-dry-cappuccino", "--json"]);
    let v = json(&o);
    assert_eq!(v["paths"]["count"], count(&s, 0), "{}", show(&o));
}

#[test]
fn analyze_takes_a_path_as_well_as_an_id() {
    let by_id = run(&["analyze", "coffee-dry-cappuccino", "--json"]);
    let by_path = run(&["analyze", "scenarios/coffee-dry-cappuccino.ron", "--json"]);
    assert_eq!(code(&by_path), 0, "{}", show(&by_path));
    assert_eq!(json(&by_id), json(&by_path));
}

#[test]
fn analyze_for_people_shows_the_scores_and_the_replies() {
    let o = run(&["analyze", "coffee-dry-cappuccino"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let out = stdout(&o);
    assert!(
        out.contains("The Dry Cappuccino (coffee-dry-cappuccino)"),
        "{out}"
    );
    assert!(
        out.contains("Best score: +12 (replies 3,2,2,2, ending `regulars-stay`)"),
        "{out}"
    );
    assert!(
        out.contains("Worst score: -15 (replies 1,2,1,2, ending `lost-telling`)"),
        "{out}"
    );
    assert!(out.contains("paths: 153 distinct playthroughs"), "{out}");
}

#[test]
fn analyze_an_unknown_id_exits_1_with_a_suggestion() {
    let o = run(&["analyze", "coffee-dry-capuccino"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(
        err.contains("no scenario file or scenario id `coffee-dry-capuccino`"),
        "{err}"
    );
    assert!(
        err.contains("did you mean `coffee-dry-cappuccino`?"),
        "{err}"
    );
}

#[test]
fn analyze_a_stranger_lists_the_scenarios() {
    let o = run(&["analyze", "zzzz"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    let err = stderr(&o);
    let ids: Vec<String> = load::load_paths(&[root().join("scenarios")])
        .scenarios
        .iter()
        .map(|l| l.scenario.as_ref().unwrap().id.clone())
        .collect();
    assert!(!ids.is_empty());
    assert!(
        err.contains(&format!("help: the scenarios are: {}", ids.join(", "))),
        "{}",
        show(&o)
    );
}

#[test]
fn analyze_a_broken_file_exits_1_and_shows_its_errors() {
    let o = run(&["analyze", "tests/fixtures/invalid/dead-end.ron", "--json"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(err.contains("error[dead-end]"), "{err}");
    assert!(err.contains("the scenario has errors"), "{err}");
}

#[test]
fn analyze_notes_shows_each_decision_s_notes_beside_the_best_reply() {
    let o = run(&["analyze", "over-the-limit", "--notes"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let out = stdout(&o);
    let at = |needle: &str| {
        out.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} is not shown:\n{out}"))
    };
    let notes = at("Facilitator's notes (for the facilitator only):");
    assert!(notes > at("Worst score:"), "after the analysis");
    assert!(
        out.contains(
            "Time along the best path: 4 decisions and the debrief, 3 + 3 + 3 + 2 + 4 = 15 minutes."
        ),
        "{out}"
    );
    // The best path's decisions in order, each with its model answer
    // (beside the best reply, which it is), then the tempting replies.
    let call = at("[the-call] 3 min:");
    let model = at("Model answer: reply 1 (+3): I'm sorry. That's our error");
    let tempting = at("Tempting: reply 2 (-2): I'm so sorry. A pricing error");
    let ask = at("Ask the room: The team note says 5 to 7 business days.");
    let next = at("[refund-timing] 3 min:");
    assert!(call < model && model < tempting && tempting < ask && ask < next);
    assert!(next < at("[costs] 3 min:") && at("[costs] 3 min:") < at("[goodwill] 2 min:"));
    // Then the decisions a room reaches off the best path.
    let off = at("Off the best path:");
    assert!(off > at("[goodwill] 2 min:") && off < at("[blamed] 2 min:"));
    assert!(at("[blamed] 2 min:") < at("[five-to-seven] 3 min:"));
    assert!(
        !out.contains("the notes argue for another"),
        "the shipped notes agree with the analysis: {out}"
    );

    let plain = stdout(&run(&["analyze", "over-the-limit"]));
    assert!(!plain.contains("Facilitator"), "only with --notes: {plain}");
}

#[test]
fn analyze_notes_json_carries_the_notes_and_the_timing() {
    let o = run(&["analyze", "over-the-limit", "--notes", "--json"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let v = json(&o);
    let f = &v["facilitator"];
    assert!(f["summary"].as_str().is_some_and(|t| t.contains("Aisha")));
    assert_eq!(f["timing"]["total"], 15);
    assert_eq!(f["timing"]["debrief"], 4);
    let d = &f["decisions"][0];
    assert_eq!(d["node"], "the-call");
    assert_eq!(d["model_answer"]["number"], 1);
    assert_eq!(d["model_answer"]["points"], 3);
    assert_eq!(d["best"], 1);
    assert_eq!(d["minutes"], 3);
    let tempting: Vec<u64> = d["tempting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["number"].as_u64().unwrap())
        .collect();
    assert_eq!(tempting, [2, 3, 4]);
    assert_eq!(f["decisions"].as_array().map(Vec::len), Some(6));

    let plain = json(&run(&["analyze", "over-the-limit", "--json"]));
    assert!(plain.get("facilitator").is_none(), "only with --notes");
}

#[test]
fn analyze_notes_on_a_scenario_without_notes_says_so() {
    let path = "tests/fixtures/invalid/no-facilitator-notes.ron";
    let o = run(&["analyze", path, "--notes"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert!(
        stdout(&o).contains("Facilitator's notes: none."),
        "{}",
        show(&o)
    );
    let v = json(&run(&["analyze", path, "--notes", "--json"]));
    assert_eq!(v["facilitator"], Value::Null);
}

#[test]
fn validate_json_carries_the_facilitator_notes_codes() {
    for (fixture, code_wanted, severity) in [
        ("no-facilitator-notes", "no-facilitator-notes", "warning"),
        ("unknown-notes-node", "unknown-notes-node", "error"),
        ("unknown-reply", "unknown-reply", "error"),
        ("model-answer-not-best", "model-answer-not-best", "warning"),
        (
            "missing-decision-notes",
            "missing-decision-notes",
            "warning",
        ),
        ("duplicate-notes", "duplicate-notes", "error"),
    ] {
        let path = format!("tests/fixtures/invalid/{fixture}.ron");
        let o = run(&["validate", &path, "--format", "json"]);
        let items = json(&o);
        let item = items
            .as_array()
            .and_then(|a| a.iter().find(|i| i["code"] == code_wanted))
            .unwrap_or_else(|| panic!("{code_wanted} in {}", show(&o)));
        assert_eq!(item["severity"], severity, "{item}");
        assert!(item["line"].as_u64().unwrap() >= 1, "{item}");
        assert!(!item["hint"].as_str().unwrap().is_empty(), "{item}");
        assert_eq!(code(&o), i32::from(severity == "error"), "{}", show(&o));
    }
}

#[test]
fn analyze_looks_ids_up_in_dir() {
    let o = run(&[
        "analyze",
        "fixture-good",
        "--dir",
        "tests/fixtures/mixed",
        "--json",
    ]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let v = json(&o);
    assert_eq!(v["scenario"], "fixture-good");
    // counter#1 (+2) then checking#1 (+1); the worst is counter#2 (-2).
    assert_eq!(v["best_score"], 3);
    assert_eq!(v["best_path"], serde_json::json!([1, 1]));
    assert_eq!(v["worst_score"], -2);
    assert_eq!(v["worst_path"], serde_json::json!([2]));
}

// ---------------------------------------------------------------------------
// Arguments and help

#[test]
fn bad_arguments_give_a_clap_error_and_exit_2() {
    for (args, says) in [
        (
            &["validate", "--format", "xml"][..],
            "invalid value 'xml' for '--format <FORMAT>'",
        ),
        (&["frobnicate"][..], "unrecognized subcommand 'frobnicate'"),
        (
            &["analyze"][..],
            "the following required arguments were not provided",
        ),
        (&["list", "--bogus"][..], "unexpected argument '--bogus'"),
        (&["analyze", "x", "--json=maybe"][..], "--json"),
    ] {
        let o = run(args);
        assert_eq!(code(&o), 2, "{args:?}\n{}", show(&o));
        assert_eq!(stdout(&o), "", "{args:?}");
        let err = stderr(&o);
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?} should say {says:?}: {err}");
        assert!(err.contains("--help"), "{args:?} points to --help: {err}");
    }
}

#[test]
fn help_works_on_every_subcommand() {
    let cli = Cli::command();
    let subcommands: Vec<String> = cli
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(subcommands.len() >= 3, "{subcommands:?}");
    for name in ["validate", "list", "analyze"] {
        assert!(
            subcommands.iter().any(|s| s == name),
            "{name} is a subcommand"
        );
    }
    for sub in cli.get_subcommands() {
        let name = sub.get_name();
        let about = sub
            .get_about()
            .expect("every subcommand is described")
            .to_string();
        for flag in ["--help", "-h"] {
            let o = run(&[name, flag]);
            assert_eq!(code(&o), 0, "{name} {flag}\n{}", show(&o));
            let out = stdout(&o);
            assert!(
                out.contains(&format!("Usage: last-word {name}")),
                "{name} {flag}: {out}"
            );
            // Help wraps long lines; compare the words.
            let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(words(&out).contains(&words(&about)), "{name} {flag}: {out}");
            let shown = sub.get_arguments().filter(|a| !a.is_hide_set());
            for arg in shown.filter_map(|a| a.get_long()) {
                assert!(
                    out.contains(&format!("--{arg}")),
                    "{name} {flag} lists --{arg}: {out}"
                );
            }
        }
        let o = run(&["help", name]);
        assert_eq!(code(&o), 0, "help {name}\n{}", show(&o));
        assert!(stdout(&o).contains(&format!("Usage: last-word {name}")));
    }
    let o = run(&["--help"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let out = stdout(&o);
    for name in &subcommands {
        assert!(
            out.contains(name.as_str()),
            "the top-level help lists {name}: {out}"
        );
    }
}

#[test]
fn version_prints_the_package_version() {
    let o = run(&["--version"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(
        stdout(&o).trim(),
        format!("last-word {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn validate_speaks_the_interface_language_and_json_stays_english() {
    let file = "tests/fixtures/invalid/unknown-target.ron";
    let o = run(&["validate", file, "--lang", "it"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    let err = stderr(&o);
    // The message, its hint and the place, in Italian; the code and ids as written.
    assert!(
        err.contains(
            "error[unknown-target]: la risposta 1 del nodo `counter` porta a `chekcing`, \
             che non è né un nodo né un finale"
        ),
        "{err}"
    );
    assert!(err.contains("forse intendevi `checking`?"), "{err}");
    assert!(err.contains("^ nodo o finale inesistente"), "{err}");
    assert!(err.contains(&format!("{file}:30:")), "{err}");
    assert!(!err.contains("which is neither a node"), "{err}");

    let o = run(&["validate", file, "--lang", "it", "--format", "json"]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
    let all = v.as_array().expect("a list of diagnostics");
    let d = all
        .iter()
        .find(|d| d["code"] == "unknown-target")
        .expect("the unknown target");
    assert_eq!(
        d["message"],
        "reply 1 of node `counter` leads to `chekcing`, which is neither a node nor an ending"
    );
    assert_eq!(d["hint"], "did you mean `checking`?");
}
