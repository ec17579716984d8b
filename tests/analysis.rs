//! The analysis on small hand-made graphs whose answers are known, including
//! loops, and on every shipped scenario.

mod common;
/// The benchmarks' scenario generator, whose own test runs here.
#[path = "benches/generate.rs"]
mod generate;

use common::{BruteForce, R, To, check_path, r, scenario, shipped_scenarios};
use last_word::core::analysis::{self, AnalysisError, MAX_LOOP_REPLIES, Step, path_score};
use last_word::core::load::{self, Vocabulary};
use last_word::core::ron_spans::SourceText;
use last_word::core::scenario::Outcome;

use Outcome::{KeptAtRisk, KeptLoyal, Lost};
use To::{End, Node};

fn step(node: usize, reply: usize) -> Step {
    Step { node, reply }
}

fn steps(path: &[(usize, usize)]) -> Vec<Step> {
    path.iter().map(|&(n, r)| step(n, r)).collect()
}

/// Analyses `nodes`, checks that both paths are real and score what the
/// analysis says, and that brute force agrees.
fn analyze(nodes: &[Vec<R>], outcomes: &[Outcome]) -> analysis::Analysis {
    let s = scenario(nodes, outcomes);
    let a = analysis::analyze(&s).expect("analysable");
    check_path(&s, &a.best_path, a.best_ending).expect("a real best path");
    check_path(&s, &a.worst_path, a.worst_ending).expect("a real worst path");
    assert_eq!(path_score(&s, &a.best_path), a.best_score);
    assert_eq!(path_score(&s, &a.worst_path), a.worst_score);
    let brute = BruteForce::new(&s, 1_000_000)
        .solve()
        .expect("small")
        .expect("finishes");
    assert_eq!(
        (a.best_score, a.worst_score),
        brute,
        "brute force disagrees"
    );
    a
}

#[test]
fn a_straight_line_scores_its_replies() {
    let a = analyze(&[vec![r(Node(1), 2)], vec![r(End(0), -1)]], &[Lost]);
    assert_eq!((a.best_score, a.worst_score), (1, 1));
    assert_eq!(a.best_path, steps(&[(0, 0), (1, 0)]));
    assert_eq!(a.best_path, a.worst_path);
    assert_eq!(a.paths.count, 1);
    assert!(a.paths.exact && !a.paths.loops);
}

#[test]
fn best_and_worst_pick_different_branches() {
    // n0: +3 to n1 or -2 to n2; n1: +1 or -4 to endings; n2: +5 or -1.
    let a = analyze(
        &[
            vec![r(Node(1), 3), r(Node(2), -2)],
            vec![r(End(0), 1), r(End(1), -4)],
            vec![r(End(0), 5), r(End(1), -1)],
        ],
        &[KeptLoyal, Lost],
    );
    assert_eq!(a.best_score, 4);
    assert_eq!(a.best_path, steps(&[(0, 0), (1, 0)]));
    assert_eq!(a.best_ending, 0);
    assert_eq!(a.worst_score, -3);
    assert_eq!(a.worst_path, steps(&[(0, 1), (2, 1)]));
    assert_eq!(a.worst_ending, 1);
    assert_eq!(a.paths.count, 4);
    assert!(a.paths.exact && !a.paths.loops);
    assert_eq!(a.reachable_nodes, 3);
}

#[test]
fn a_positive_self_loop_is_collected_once() {
    // "Could you say that again?" (+3) loops back; leaving is +1.
    let a = analyze(&[vec![r(Node(0), 3), r(End(0), 1)]], &[Lost]);
    assert_eq!(a.best_score, 4, "the loop scores once, not forever");
    assert_eq!(a.best_path, steps(&[(0, 0), (0, 1)]));
    assert_eq!(a.worst_score, 1);
    assert_eq!(a.worst_path, steps(&[(0, 1)]));
    assert!(a.paths.loops);
    assert_eq!(a.paths.count, 1, "one path visits no node twice");
}

#[test]
fn a_negative_self_loop_is_counted_once_by_the_worst_path() {
    let a = analyze(&[vec![r(Node(0), -2), r(End(0), 0)]], &[Lost]);
    assert_eq!(a.worst_score, -2);
    assert_eq!(a.worst_path, steps(&[(0, 0), (0, 1)]));
    assert_eq!(a.best_score, 0);
    assert_eq!(a.best_path, steps(&[(0, 1)]));
}

#[test]
fn repeating_a_reply_adds_nothing() {
    let s = scenario(&[vec![r(Node(0), 3), r(End(0), 1)]], &[Lost]);
    let once = steps(&[(0, 0), (0, 1)]);
    let thrice = steps(&[(0, 0), (0, 0), (0, 0), (0, 1)]);
    assert_eq!(path_score(&s, &once), 4);
    assert_eq!(path_score(&s, &thrice), 4);
    assert_eq!(path_score(&s, &[]), 0);
}

#[test]
fn a_loop_back_that_adds_nothing_is_not_taken() {
    //   n0 -> n1 (+2)
    //   n1 -> n2 (+3) | n1 -> lost (-4)
    //   n2 -> n1 (0)  | n2 -> kept (+1)
    // Going back from n2 to n1 collects nothing new, so the best path is
    // the short one, and the worst leaves n1 at once.
    let a = analyze(
        &[
            vec![r(Node(1), 2)],
            vec![r(Node(2), 3), r(End(1), -4)],
            vec![r(Node(1), 0), r(End(0), 1)],
        ],
        &[KeptLoyal, Lost],
    );
    assert_eq!(a.best_score, 6);
    assert_eq!(a.best_path, steps(&[(0, 0), (1, 0), (2, 1)]));
    assert_eq!(a.worst_score, -2);
    assert_eq!(a.worst_path, steps(&[(0, 0), (1, 1)]));
}

#[test]
fn a_loop_must_be_gone_round_to_reach_the_best_ending() {
    // n1 and n2 form a loop. From n1, the only way to the loyal ending is
    // from n2, and collecting both loop replies (+2 into n2, +3 back into n1)
    // then leaving through n2 again beats leaving at once:
    //   n0 -> n1 (0)
    //   n1 -> n2 (+2) | n1 -> lost (-1)
    //   n2 -> n1 (+3) | n2 -> loyal (+1)
    // Best: n0, n1 -> n2 (+2), n2 -> n1 (+3), n1 -> n2 (again, 0),
    // n2 -> loyal (+1) = 6, which goes round the loop.
    let a = analyze(
        &[
            vec![r(Node(1), 0)],
            vec![r(Node(2), 2), r(End(1), -1)],
            vec![r(Node(1), 3), r(End(0), 1)],
        ],
        &[KeptLoyal, Lost],
    );
    assert_eq!(a.best_score, 6);
    assert_eq!(a.best_ending, 0);
    assert_eq!(
        a.best_path,
        steps(&[(0, 0), (1, 0), (2, 0), (1, 0), (2, 1)]),
        "round the loop once, collecting each reply once, then out"
    );
    assert_eq!(a.worst_score, -1);
    assert_eq!(a.worst_path, steps(&[(0, 0), (1, 1)]));
    assert!(a.paths.loops);
    // Paths visiting no node twice: n0 n1 lost, n0 n1 n2 loyal.
    assert_eq!(a.paths.count, 2);
}

#[test]
fn the_best_collects_every_positive_loop_reply_and_the_worst_every_negative_one() {
    // A two-node loop with a good and a bad reply each way.
    //   n0 -> n1 (+2) | n0 -> n1 (-3)
    //   n1 -> n0 (+1) | n1 -> n0 (-1) | n1 -> end (0)
    let a = analyze(
        &[
            vec![r(Node(1), 2), r(Node(1), -3)],
            vec![r(Node(0), 1), r(Node(0), -1), r(End(0), 0)],
        ],
        &[Lost],
    );
    assert_eq!(a.best_score, 3);
    assert_eq!(a.worst_score, -4);
}

#[test]
fn the_start_inside_a_loop_is_handled() {
    // The start is in a loop with a later node; the loop holds +4 that the
    // best path comes back for.
    //   n0 -> n1 (0) | n0 -> end (+1)
    //   n1 -> n0 (+4)
    let a = analyze(
        &[vec![r(Node(1), 0), r(End(0), 1)], vec![r(Node(0), 4)]],
        &[Lost],
    );
    assert_eq!(a.best_score, 5);
    assert_eq!(a.best_path, steps(&[(0, 0), (1, 0), (0, 1)]));
    assert_eq!(a.worst_score, 1);
    assert_eq!(a.worst_path, steps(&[(0, 1)]));
}

#[test]
fn loops_after_loops_are_solved_exactly() {
    // Two loops in a row, each with a bonus reply, joined by a -1 bridge.
    //   n0 <-> n1 (+2 there, +1 back), n1 -> n2 (-1)
    //   n2 <-> n3 (+3 there, -2 back), n3 -> kept (0), n2 -> lost (-5)
    let a = analyze(
        &[
            vec![r(Node(1), 2)],
            vec![r(Node(0), 1), r(Node(2), -1)],
            vec![r(Node(3), 3), r(End(1), -5)],
            vec![r(Node(2), -2), r(End(0), 0)],
        ],
        &[KeptAtRisk, Lost],
    );
    assert_eq!(a.best_score, 2 + 1 - 1 + 3);
    assert_eq!(a.best_ending, 0);
    // The worst avoids the +3 and leaves at once: 2 - 1 - 5, which is worse
    // than collecting +3 and -2 on the way (2 - 1 + 3 - 2 - 5).
    assert_eq!(a.worst_score, 2 - 1 - 5);
    assert_eq!(a.worst_ending, 1);
}

#[test]
fn unreachable_parts_do_not_count() {
    // n1 is unreachable and holds a big loop and a dead end; e1 is unreachable.
    let a = analyze(
        &[
            vec![r(End(0), 1)],
            vec![r(Node(1), 5), r(Node(2), 5)],
            vec![r(Node(2), -5)],
        ],
        &[Lost, KeptLoyal],
    );
    assert_eq!((a.best_score, a.worst_score), (1, 1));
    assert_eq!(a.reachable_nodes, 1);
    assert!(a.endings[0].reachable);
    assert!(!a.endings[1].reachable);
    assert_eq!(a.endings[1].id, "e1");
}

#[test]
fn a_node_that_cannot_finish_is_an_error() {
    // n1 loops on itself for ever.
    let s = scenario(
        &[vec![r(Node(1), 1), r(End(0), 0)], vec![r(Node(1), 2)]],
        &[Lost],
    );
    assert_eq!(
        analysis::analyze(&s),
        Err(AnalysisError::CannotFinish { node: 1 })
    );
}

#[test]
fn a_missing_start_is_an_error() {
    let mut s = scenario(&[vec![r(End(0), 1)]], &[Lost]);
    s.start = "nowhere".into();
    assert_eq!(analysis::analyze(&s), Err(AnalysisError::NoStart));
    s.start = "e0".into();
    assert_eq!(
        analysis::analyze(&s),
        Err(AnalysisError::NoStart),
        "an ending is no start"
    );
}

/// A node with `loop_replies` self-loops of alternating +1/-1 and one exit.
fn self_loops(loop_replies: usize) -> Vec<Vec<R>> {
    let mut replies: Vec<R> = (0..loop_replies)
        .map(|i| r(Node(1), if i % 2 == 0 { 1 } else { -1 }))
        .collect();
    replies.push(r(End(0), 0));
    vec![vec![r(Node(1), 0)], replies]
}

#[test]
fn a_loop_of_exactly_the_limit_is_solved() {
    let a = analyze(&self_loops(MAX_LOOP_REPLIES), &[Lost]);
    assert_eq!(a.best_score, MAX_LOOP_REPLIES.div_ceil(2) as i64);
    assert_eq!(a.worst_score, -(MAX_LOOP_REPLIES as i64 / 2));
    // Every positive self-loop is taken once on the best path.
    assert_eq!(a.best_path.len(), 1 + MAX_LOOP_REPLIES.div_ceil(2) + 1);
}

#[test]
fn a_loop_over_the_limit_is_refused() {
    let s = scenario(&self_loops(MAX_LOOP_REPLIES + 1), &[Lost]);
    assert_eq!(
        analysis::analyze(&s),
        Err(AnalysisError::LoopTooLarge {
            nodes: vec![1],
            scored: MAX_LOOP_REPLIES + 1
        })
    );
}

#[test]
fn unscored_loop_replies_and_scored_exits_do_not_count_towards_the_limit() {
    // 20 unscored self-loops and 20 scored exits: no scored loop reply.
    let mut replies: Vec<R> = (0..20).map(|_| r(Node(0), 0)).collect();
    replies.extend((0..20).map(|i| r(End(0), i % 5 + 1)));
    let a = analyze(&[replies], &[Lost]);
    assert_eq!((a.best_score, a.worst_score), (5, 1));
    assert!(a.paths.loops);
}

#[test]
fn the_validator_reports_an_oversized_loop_and_accepts_the_limit() {
    for (loops, errors) in [(MAX_LOOP_REPLIES, 0), (MAX_LOOP_REPLIES + 1, 1)] {
        let s = scenario(&self_loops(loops), &[Lost]);
        let text = ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::default()).unwrap();
        let loaded = load::load_source(
            "loop.ron".into(),
            SourceText::new("loop.ron", text),
            &Vocabulary::builtin(),
        );
        // Built in code, the scenario has no facilitator notes: a warning
        // whenever it has no error.
        let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
        if errors == 0 {
            assert_eq!(codes, ["no-facilitator-notes"], "{loops} loop replies");
            continue;
        }
        assert_eq!(codes.len(), errors, "{loops} loop replies: {codes:?}");
        if errors > 0 {
            assert_eq!(codes, ["loop-too-large"]);
            assert_eq!(loaded.diagnostics[0].id.as_deref(), Some("n1"));
        }
    }
}

#[test]
fn every_shipped_scenario_analyses_with_real_paths() {
    for s in &shipped_scenarios() {
        let a = analysis::analyze(s).unwrap_or_else(|e| panic!("{}: {e:?}", s.id));
        assert!(a.best_score >= a.worst_score, "{}", s.id);
        check_path(s, &a.best_path, a.best_ending).unwrap_or_else(|e| panic!("{}: {e}", s.id));
        check_path(s, &a.worst_path, a.worst_ending).unwrap_or_else(|e| panic!("{}: {e}", s.id));
        assert_eq!(path_score(s, &a.best_path), a.best_score, "{}", s.id);
        assert_eq!(path_score(s, &a.worst_path), a.worst_score, "{}", s.id);
        let brute = BruteForce::new(s, 5_000_000)
            .solve()
            .expect("shipped scenarios are small")
            .expect("they finish");
        assert_eq!((a.best_score, a.worst_score), brute, "{}", s.id);
        assert!(
            a.endings.iter().all(|e| e.reachable),
            "{}: every ending is reachable",
            s.id
        );
    }
}

#[test]
fn a_generated_scenario_is_valid_and_analysable() {
    let text = generate::to_ron(&generate::large_scenario(300, 1));
    let loaded = load::load_source(
        "g.ron".into(),
        SourceText::new("g.ron", text),
        &Vocabulary::builtin(),
    );
    // A generated scenario has no facilitator notes, and nothing else to report.
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["no-facilitator-notes"], "{:?}", loaded.diagnostics);
    let a = analysis::analyze(loaded.scenario.as_ref().unwrap()).unwrap();
    assert!(a.paths.loops, "the generator makes loops");
    assert!(a.best_score > a.worst_score);
}
