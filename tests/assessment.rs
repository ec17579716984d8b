//! Assessment mode and the debrief's review: the coaching is held back in
//! play, every decision is replayed with the best reply offered, the mode
//! survives saving, and the analysis's per-reply values agree with brute
//! force on hand-made loops and the shipped scenarios.

mod common;

use std::sync::Arc;

use common::{BruteForce, R, To, prepared, r, scenario, shipped_scenarios};
use last_word::core::analysis;
use last_word::core::scenario::{Condition, Outcome, Scenario};
use last_word::core::session::{Prepared, Session, SessionMode};

use Outcome::{KeptAtRisk, KeptLoyal, Lost};
use To::{End, Node};

/// Three moments with a clear best reply at each, and a trap:
///   n0: 1 -> n1 (-2) | 2 -> n1 (+3) | 3 -> n2 (+1)
///   n1: 1 -> n2 (+1) | 2 -> n2 (+2) | 3 -> lost (-4)
///   n2: 1 -> at risk (0) | 2 -> loyal (+2)
/// From n0, reply 2 (+3) then 2 (+2) then 2 (+2) is best (7); reply 3
/// skips n1 and can reach only 3.
fn three_moments() -> Scenario {
    let mut s = scenario(
        &[
            vec![r(Node(1), -2), r(Node(1), 3), r(Node(2), 1)],
            vec![r(Node(2), 1), r(Node(2), 2), r(End(2), -4)],
            vec![r(End(1), 0), r(End(0), 2)],
        ],
        &[KeptLoyal, KeptAtRisk, Lost],
    );
    for (n, node) in s.nodes.iter_mut().enumerate() {
        for (i, reply) in node.replies.iter_mut().enumerate() {
            reply.feedback.happened = format!("Happened after {}.{}.", n, i + 1);
            reply.feedback.coaching = format!("Coaching for {}.{}.", n, i + 1);
        }
    }
    s
}

fn play(p: &Arc<Prepared>, mode: SessionMode, choices: &[usize]) -> Session {
    let mut session = Session::with_mode(Arc::clone(p), 5, mode);
    for &c in choices {
        session.choose(c).expect("a valid choice");
    }
    session
}

#[test]
fn assessment_consequences_carry_what_happened_but_no_coaching() {
    let p = prepared(three_moments());
    let mut practice = Session::with_mode(Arc::clone(&p), 5, SessionMode::Practice);
    let mut assess = Session::with_mode(Arc::clone(&p), 5, SessionMode::Assessment);
    for choice in [1, 2, 2] {
        let taught = practice.choose(choice).unwrap();
        let tested = assess.choose(choice).unwrap();
        assert_eq!(tested.happened, taught.happened);
        assert_eq!(
            (tested.mood_after, tested.minutes, &tested.next),
            (taught.mood_after, taught.minutes, &taught.next),
            "the customer's side is the same in both modes"
        );
        let coaching = taught.coaching.expect("practice coaches at once");
        assert!(coaching.text.starts_with("Coaching for"));
        assert!(tested.coaching.is_none(), "assessment holds coaching back");
        let json = serde_json::to_string(&tested).unwrap();
        assert!(
            !json.contains("Coaching for") && !json.contains("listen"),
            "no coaching or principle in an assessment reply: {json}"
        );
    }
    let (taught, tested) = (practice.debrief().unwrap(), assess.debrief().unwrap());
    assert_eq!((tested.score, tested.grade), (taught.score, taught.grade));
    assert_eq!(tested.review, taught.review, "the review is the same");
    assert_eq!(
        (taught.mode, tested.mode),
        (SessionMode::Practice, SessionMode::Assessment)
    );
}

#[test]
fn the_review_lists_every_decision_with_the_best_reply_offered() {
    let p = prepared(three_moments());
    let d = play(&p, SessionMode::Assessment, &[1, 1, 2])
        .debrief()
        .unwrap();
    assert_eq!(d.review.len(), 3, "one entry per reply taken");
    let rows: Vec<(&str, usize, i64, usize, i64, bool)> = d
        .review
        .iter()
        .map(|x| {
            let best = x.best.as_ref().expect("every node is valued");
            (
                x.node.as_str(),
                x.chosen.number,
                x.chosen.points,
                best.number,
                best.points,
                x.chose_best,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("n0", 1, -2, 2, 3, false),
            ("n1", 1, 1, 2, 2, false),
            ("n2", 2, 2, 2, 2, true),
        ]
    );
    let first = &d.review[0];
    assert_eq!(first.line, "The customer speaks at moment 0.");
    assert_eq!(first.chosen.coaching, "Coaching for 0.1.");
    assert_eq!(first.best.as_ref().unwrap().coaching, "Coaching for 0.2.");
    assert_eq!(first.best.as_ref().unwrap().text, "Reply 2 at moment 0.");
}

#[test]
fn the_best_reply_is_judged_among_the_replies_offered_then() {
    // Hide n0's best reply (2) unless the customer is delighted: the best
    // offered is then reply 3 (+1 to n2 and +2 after, 3) over reply 1 (-2,
    // then +2 and +2, 2).
    let mut s = three_moments();
    s.nodes[0].replies[1].when = Some(Condition::MoodAbove(99.0));
    let p = prepared(s);
    let d = play(&p, SessionMode::Assessment, &[1, 2, 2])
        .debrief()
        .unwrap();
    let best = d.review[0].best.as_ref().unwrap();
    assert_eq!(best.number, 3, "the analysis's best was not on offer");
    assert!(!d.review[0].chose_best);
}

#[test]
fn a_saved_assessment_resumes_as_an_assessment() {
    let p = prepared(three_moments());
    let session = play(&p, SessionMode::Assessment, &[2]);
    let saved = session.save();
    assert_eq!(saved.options.mode, SessionMode::Assessment);
    let text = serde_json::to_string(&saved).unwrap();
    let mut resumed =
        Session::restore(Arc::clone(&p), &serde_json::from_str(&text).unwrap()).expect("resumes");
    assert_eq!(resumed.mode(), SessionMode::Assessment);
    assert!(resumed.choose(2).unwrap().coaching.is_none());
    assert_eq!(resumed.review().len(), 2, "the replayed reply is reviewed");

    // A session saved before modes existed is a practice session.
    let mut old: serde_json::Value = serde_json::from_str(&text).unwrap();
    old["options"].as_object_mut().unwrap().remove("mode");
    let old = serde_json::from_value(old).unwrap();
    let resumed = Session::restore(Arc::clone(&p), &old).unwrap();
    assert_eq!(resumed.mode(), SessionMode::Practice);
}

/// Checks that every reachable node's best reply value is the best score
/// from that node, by brute force from there.
fn values_match_brute_force(s: &Scenario) {
    let a = analysis::analyze(s).expect("analysable");
    let start = s.nodes.iter().position(|n| n.id == s.start).unwrap();
    assert_eq!(
        a.reply_values[start].iter().flatten().max(),
        Some(&a.best_score),
        "{}: the start's best reply is worth the best score",
        s.id
    );
    for (v, values) in a.reply_values.iter().enumerate() {
        if values.is_empty() {
            continue;
        }
        let mut from_v = s.clone();
        from_v.start = s.nodes[v].id.clone();
        let (best, _) = BruteForce::new(&from_v, 5_000_000)
            .solve()
            .expect("small")
            .expect("finishes");
        assert_eq!(
            values.iter().flatten().max(),
            Some(&best),
            "{}: node {} ({})",
            s.id,
            v,
            s.nodes[v].id
        );
    }
}

#[test]
fn reply_values_inside_loops_count_each_reply_once() {
    // n1 and n2 form a loop:
    //   n0 -> n1 (0)
    //   n1 -> n2 (+2) | n1 -> lost (-1)
    //   n2 -> n1 (+3) | n2 -> loyal (+1)
    // From n1, going to n2 collects +2, then +3 back, then out through n2
    // (+1): 6. From n2, +3 to n1, +2 back to n2, +1 out: 6.
    let nodes: Vec<Vec<R>> = vec![
        vec![r(Node(1), 0)],
        vec![r(Node(2), 2), r(End(1), -1)],
        vec![r(Node(1), 3), r(End(0), 1)],
    ];
    let s = scenario(&nodes, &[KeptLoyal, Lost]);
    let a = analysis::analyze(&s).unwrap();
    assert_eq!(a.reply_values[1], [Some(6), Some(-1)]);
    assert_eq!(a.reply_values[2], [Some(6), Some(1)]);
    assert_eq!(a.best_reply(1, &[0, 1], None), Some(0));
    assert_eq!(a.best_reply(2, &[1], None), Some(1), "only what is offered");
    assert_eq!(a.best_reply(2, &[], None), None);
    values_match_brute_force(&s);

    // A self-loop worth +4 and an exit worth +1: 5 either way, and a tie
    // goes to the reply the player took.
    let s = scenario(&[vec![r(Node(0), 4), r(End(0), 1)]], &[Lost]);
    let a = analysis::analyze(&s).unwrap();
    assert_eq!(a.reply_values[0], [Some(5), Some(1)]);
    let s = scenario(&[vec![r(End(0), 2), r(End(0), 2)]], &[Lost]);
    let a = analysis::analyze(&s).unwrap();
    assert_eq!(a.best_reply(0, &[0, 1], Some(1)), Some(1));
    assert_eq!(a.best_reply(0, &[0, 1], None), Some(0));
}

#[test]
fn unreachable_nodes_have_no_values() {
    let s = scenario(
        &[vec![r(End(0), 1)], vec![r(Node(1), 3), r(End(0), 0)]],
        &[Lost],
    );
    let a = analysis::analyze(&s).unwrap();
    assert!(a.reply_values[1].is_empty());
    assert_eq!(a.best_reply(1, &[0, 1], None), None);
}

#[test]
fn every_shipped_scenario_values_each_node_as_brute_force_does() {
    for s in shipped_scenarios() {
        values_match_brute_force(&s);
    }
}
