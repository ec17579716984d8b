//! Property tests.
//!
//! (a) The loader never panics, whatever the text: random bytes and strings,
//!     and random edits of the coffee scenario. Its messages stay inside the
//!     file and render.
//! (b) On random small scenarios (loops allowed), the analysis is exact: its
//!     paths are real and score what it says, and an independent brute-force
//!     search finds the same best and worst scores.

mod common;

use std::path::PathBuf;

use common::{BruteForce, R, To, check_path, scenario};
use last_word::core::analysis::{self, AnalysisError, MAX_LOOP_REPLIES, path_score};
use last_word::core::load::{self, Loaded, Vocabulary};
use last_word::core::ron_spans::SourceText;
use last_word::core::scenario::{Outcome, Scenario, Target};
use proptest::prelude::*;

const COFFEE: &str = include_str!("../scenarios/coffee-dry-cappuccino.ron");

fn load(text: String) -> Loaded {
    load::load_source(
        PathBuf::from("fuzz.ron"),
        SourceText::new("fuzz.ron", text),
        &Vocabulary::builtin(),
    )
}

/// What must hold of any load: positions inside the file, messages that
/// render, a scenario whenever there are no errors, and, for a valid
/// scenario, an analysis (the validator refuses what cannot be analyzed).
fn check_loaded(loaded: &Loaded) -> Result<(), TestCaseError> {
    let src = loaded.source.as_ref().expect("text in memory is kept");
    let lines = src.text.split('\n').count();
    for d in &loaded.diagnostics {
        prop_assert!(
            d.line >= 1 && d.line <= lines,
            "line {} of {lines}: {d:?}",
            d.line
        );
        prop_assert!(d.column >= 1, "{d:?}");
        prop_assert!(!d.message.is_empty(), "{d:?}");
        let span = d.span.clone().expect("every load diagnostic has a place");
        prop_assert!(span.start <= src.text.len(), "{d:?}");
        let rendered = d.render_plain(Some(src));
        prop_assert!(rendered.contains(d.code), "{rendered}");
    }
    if !loaded.has_errors() {
        let s = loaded
            .scenario
            .as_ref()
            .expect("no errors means a scenario");
        let a = analysis::analyze(s);
        prop_assert!(a.is_ok(), "valid but not analysable: {a:?}");
    }
    Ok(())
}

/// One edit of a text, as char positions (taken modulo the length).
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, char),
    Replace(usize, char),
    Truncate(usize),
}

/// Characters that matter to RON and to positions: brackets, quotes,
/// escapes, comments, line breaks and multi-byte text.
fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '(', ')', '[', ']', '{', '}', ':', ',', '"', '\'', '\\', '/', '*', '#', 'r', '\n',
            ' ', '-', '.', '0', '9', 'e', 'é', '€', '😀', '\u{0}', '\t', 'N', 'S',
        ]),
        1 => any::<char>(),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1usize..20).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), interesting_char()).prop_map(|(at, c)| Edit::Insert(at, c)),
        (any::<usize>(), interesting_char()).prop_map(|(at, c)| Edit::Replace(at, c)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        let len = chars.len();
        match *e {
            Edit::Delete(at, n) if len > 0 => {
                let at = at % len;
                chars.drain(at..(at + n).min(len));
            }
            Edit::Insert(at, c) => chars.insert(at % (len + 1), c),
            Edit::Replace(at, c) if len > 0 => chars[at % len] = c,
            Edit::Truncate(at) => chars.truncate(at % (len + 1)),
            _ => {}
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_strings_never_panic_the_loader(text in any::<String>()) {
        check_loaded(&load(text))?;
    }

    #[test]
    fn random_ron_like_text_never_panics_the_loader(
        text in "[()\\[\\]{}:,\"'\\\\/*#rRa-zA-Z0-9_ .+-é\n]{0,300}"
    ) {
        check_loaded(&load(text))?;
    }

    #[test]
    fn random_bytes_never_panic_the_loader(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        // As the loader sees a file: refused if not UTF-8, parsed if it is.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bytes.ron");
        std::fs::write(&path, &bytes).unwrap();
        let loaded = load::load_file(&path, &Vocabulary::builtin());
        if std::str::from_utf8(&bytes).is_err() {
            prop_assert_eq!(loaded.diagnostics.len(), 1);
            prop_assert_eq!(loaded.diagnostics[0].code, "not-utf8");
        } else {
            check_loaded(&loaded)?;
        }
    }

    #[test]
    fn edits_of_the_coffee_scenario_never_panic_the_loader(
        edits in prop::collection::vec(edit(), 1..6)
    ) {
        check_loaded(&load(apply(COFFEE, &edits)))?;
    }

    #[test]
    fn edits_inside_a_value_are_reported_on_the_edited_line(
        at in any::<usize>(),
        c in prop::sample::select(vec!['"', '(', ']', '{', ':', '#', 'é']),
    ) {
        // A reply's text closed early (`text: "c" rest of the text",`): the
        // first error is on the line of the edit, not before or after it.
        let lines: Vec<&str> = COFFEE.lines().collect();
        let texts: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with("text: \""))
            .map(|(i, _)| i)
            .collect();
        let line = texts[at % texts.len()];
        let mut edited: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        edited[line] = edited[line].replacen("text: \"", &format!("text: \"{c}\" "), 1);
        let loaded = load(edited.join("\n"));
        check_loaded(&loaded)?;
        prop_assert!(loaded.has_errors(), "the edit breaks line {}", line + 1);
        let first = loaded.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.line).min();
        prop_assert_eq!(first, Some(line + 1), "first error vs the edited line");
    }
}

// ---------------------------------------------------------------------------
// (b) The analysis on random scenarios

/// A random reply: where it leads and 0–3 weights from the built-in
/// vocabulary (repeats overwrite; a weight is never 0).
#[derive(Debug, Clone)]
struct RawReply {
    to_ending: bool,
    target: usize,
    weights: Vec<(usize, i32)>,
}

fn raw_reply() -> impl Strategy<Value = RawReply> {
    (
        prop::bool::weighted(0.3),
        0usize..64,
        prop::collection::vec((0usize..64, prop_oneof![-5i32..=-1, 1i32..=5]), 0..=3),
    )
        .prop_map(|(to_ending, target, weights)| RawReply {
            to_ending,
            target,
            weights,
        })
}

/// 1–8 nodes of 1–4 replies, 1–3 endings (the first `Lost`, so the
/// scenario has a walk-out ending), targets anywhere: loops allowed.
fn random_scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::collection::vec(prop::collection::vec(raw_reply(), 1..=4), 1..=8),
        1usize..=3,
    )
        .prop_map(|(raw, endings)| {
            let vocabulary: Vec<String> = Vocabulary::builtin()
                .principles
                .into_iter()
                .map(|p| p.id)
                .collect();
            let n = raw.len();
            let nodes: Vec<Vec<R>> = raw
                .iter()
                .map(|replies| {
                    replies
                        .iter()
                        .map(|r| R {
                            to: if r.to_ending {
                                To::End(r.target % endings)
                            } else {
                                To::Node(r.target % n)
                            },
                            weights: r
                                .weights
                                .iter()
                                .map(|&(p, w)| (vocabulary[p % vocabulary.len()].clone(), w))
                                .collect(),
                        })
                        .collect()
                })
                .collect();
            let outcomes = [Outcome::Lost, Outcome::KeptLoyal, Outcome::KeptAtRisk];
            scenario(&nodes, &outcomes[..endings])
        })
}

/// Nodes in the same loop as `v` (including `v`), by mutual reachability.
fn loop_of(s: &Scenario, v: usize) -> Vec<usize> {
    let reach = common::reach_matrix(s);
    (0..s.nodes.len())
        .filter(|&w| w == v || (reach[v][w] && reach[w][v]))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn the_analysis_is_exact_on_random_scenarios(s in random_scenario()) {
        let (reach_nodes, reach_endings) = common::reachable(&s);
        let finish = common::can_finish(&s);
        match analysis::analyze(&s) {
            Ok(a) => {
                prop_assert!(a.best_score >= a.worst_score);
                if let Err(e) = check_path(&s, &a.best_path, a.best_ending) {
                    return Err(TestCaseError::fail(format!("best path: {e}")));
                }
                if let Err(e) = check_path(&s, &a.worst_path, a.worst_ending) {
                    return Err(TestCaseError::fail(format!("worst path: {e}")));
                }
                prop_assert_eq!(path_score(&s, &a.best_path), a.best_score);
                prop_assert_eq!(path_score(&s, &a.worst_path), a.worst_score);

                let brute = BruteForce::new(&s, 2_000_000).solve();
                prop_assume!(brute.is_ok(), "too many states for brute force");
                let brute = brute.unwrap();
                prop_assert_eq!(
                    Some((a.best_score, a.worst_score)),
                    brute,
                    "analysis (best, worst) vs brute force"
                );

                // Every reachable node can finish, or it would be an error.
                for v in 0..s.nodes.len() {
                    prop_assert!(!reach_nodes[v] || finish[v], "node {v} cannot finish");
                }
                let reachable: Vec<bool> = a.endings.iter().map(|e| e.reachable).collect();
                prop_assert_eq!(reachable, reach_endings);
                prop_assert_eq!(a.reachable_nodes, reach_nodes.iter().filter(|&&r| r).count());

                let loops = (0..s.nodes.len()).any(|v| {
                    reach_nodes[v] && common::reach_matrix(&s)[v][v]
                });
                prop_assert_eq!(a.paths.loops, loops);
                if a.paths.exact {
                    prop_assert_eq!(Some(a.paths.count), common::simple_paths(&s, u64::MAX));
                }
            }
            Err(AnalysisError::CannotFinish { node }) => {
                prop_assert!(reach_nodes[node], "node {node} is reachable");
                prop_assert!(!finish[node], "node {node} really cannot finish");
            }
            Err(AnalysisError::LoopTooLarge { nodes, scored }) => {
                let mut expected = loop_of(&s, nodes[0]);
                let mut got = nodes.clone();
                got.sort_unstable();
                expected.sort_unstable();
                prop_assert_eq!(got, expected, "the nodes are one whole loop");
                let internal = nodes
                    .iter()
                    .flat_map(|&v| s.nodes[v].replies.iter())
                    .filter(|r| {
                        r.score() != 0
                            && matches!(s.target(&r.next), Some(Target::Node(w)) if nodes.contains(&w))
                    })
                    .count();
                prop_assert_eq!(scored, internal);
                prop_assert!(scored > MAX_LOOP_REPLIES);
            }
            Err(e) => return Err(TestCaseError::fail(format!("unexpected {e:?}"))),
        }
    }

    #[test]
    fn the_validator_accepts_exactly_what_the_analysis_can_solve(s in random_scenario()) {
        // Written out as a trainer's file and read back, a random scenario
        // is the same scenario; its only possible errors are the ones the
        // analysis refuses (dead ends, oversized loops).
        let text = ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::default()).unwrap();
        let loaded = load(text);
        prop_assert_eq!(loaded.scenario.as_ref(), Some(&s));
        let analysis = analysis::analyze(&s);
        let errors: Vec<&str> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.code)
            .collect();
        prop_assert_eq!(errors.is_empty(), analysis.is_ok(), "{:?} vs {:?}", errors, analysis);
        for code in &errors {
            prop_assert!(matches!(*code, "dead-end" | "loop-too-large"), "{:?}", errors);
        }
        // Warnings: unreachable parts, and (random scenarios have no
        // facilitator notes) the missing notes, only when there is no error.
        for d in loaded.diagnostics.iter().filter(|d| !d.is_error()) {
            prop_assert!(matches!(d.code, "unreachable" | "no-facilitator-notes"), "{}", d.code);
        }
        let notes_warned = loaded.diagnostics.iter().any(|d| d.code == "no-facilitator-notes");
        prop_assert_eq!(notes_warned, errors.is_empty());
    }
}
