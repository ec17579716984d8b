//! The simulation through the step API: determinism, the coffee-shop money,
//! walking out, saving and resuming, and invariants over random scenarios.

mod common;

use std::collections::BTreeMap;

use common::prepared;
use std::path::Path;
use std::sync::Arc;

use last_word::core::load::{self, Vocabulary};
use last_word::core::money;
use last_word::core::montecarlo;
use last_word::core::scenario::{
    Customer, Debrief as ScenarioDebrief, Difficulty, Economics, Ending, Feedback, Node, Outcome,
    Reply, Scenario,
};
use last_word::core::session::{Next, Position, Prepared, SavedSession, Session};
use last_word::text;
use proptest::prelude::*;

fn coffee() -> Scenario {
    let loaded = load::load_file(
        Path::new("scenarios/coffee-dry-cappuccino.ron"),
        &Vocabulary::builtin(),
    );
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.scenario.expect("the coffee scenario loads")
}

fn play(p: &Arc<Prepared>, seed: u64, choices: &[usize]) -> Session {
    let mut session = Session::new(Arc::clone(p), seed);
    for &c in choices {
        session.choose(c).expect("a valid choice");
    }
    session
}

#[test]
fn the_same_seed_and_replies_give_a_byte_identical_debrief() {
    let p = prepared(coffee());
    let a = play(&p, 42, &[1, 3, 2, 2, 2]).debrief().unwrap();
    let b = play(&p, 42, &[1, 3, 2, 2, 2]).debrief().unwrap();
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
}

#[test]
fn different_seeds_sample_different_spending() {
    let p = prepared(coffee());
    let spends: std::collections::BTreeSet<u64> = (0..8)
        .map(|seed| {
            Session::new(Arc::clone(&p), seed)
                .spending()
                .spend_per_visit
                .to_bits()
        })
        .collect();
    assert!(spends.len() > 1, "all seeds sampled the same spend");
    for seed in 0..8 {
        let s = Session::new(Arc::clone(&p), seed).spending();
        assert!((15.0..=20.0).contains(&s.spend_per_visit), "{s:?}");
        assert_eq!(s.visits_per_year, 365.0);
    }
}

#[test]
fn the_coffee_shop_loses_5475_to_7300_a_year() {
    let p = prepared(coffee());
    let lost = play(&p, 1, &[4, 2, 2]).debrief().unwrap();
    assert_eq!(lost.ending.outcome, Outcome::LostAndTelling);
    assert_eq!(lost.revenue.yearly_low, 5475.0);
    assert_eq!(lost.revenue.yearly_high, 7300.0);
    assert_eq!(
        text::yearly_range(&lost.revenue),
        "$15–$20 a day × 365 days = $5,475–$7,300 a year"
    );
    assert!(text::revenue_arithmetic(&lost.revenue)[0].contains("$5,475–$7,300 a year"));
    // The source rounds the low end down; the debrief says so.
    assert!(lost.money_explanation.contains("$5,400"));
    assert!(lost.money_explanation.contains("$5,475"));
    // A customer lost and telling everyone keeps nothing.
    assert_eq!(lost.revenue.lifetime, 0.0);
    // It loses all it was worth as it walked in.
    assert_eq!(lost.revenue.lost, lost.revenue.lifetime_on_arrival);
    assert!(lost.word_of_mouth.value < 0.0);
    assert_eq!(
        lost.word_of_mouth.people_told,
        2 * Session::new(Arc::clone(&p), 1).spending().talks_to
    );
}

#[test]
fn the_yearly_value_is_spend_times_visits() {
    let p = prepared(coffee());
    let d = play(&p, 9, &[3, 2, 2, 2]).debrief().unwrap();
    let expected = d.revenue.spend_per_visit * 365.0;
    assert!((d.revenue.yearly - expected).abs() < 1e-9);
    assert!(d.revenue.yearly >= 5475.0 && d.revenue.yearly <= 7300.0);
    let ltv = money::lifetime_value(d.revenue.yearly, d.revenue.retention, &Economics::default());
    assert!((d.revenue.lifetime - ltv).abs() < 1e-9);
}

#[test]
fn the_best_path_scores_100_and_keeps_the_customer() {
    let p = prepared(coffee());
    let best = p.best_choices();
    let d = play(&p, 3, &best).debrief().unwrap();
    assert_eq!(d.score, 100);
    assert_eq!(d.grade, 'A');
    assert_eq!(d.ending.outcome, Outcome::KeptLoyal);
    // The worst path may end early: the customer can walk out on the way.
    let mut w = Session::new(Arc::clone(&p), 3);
    for &c in &p.worst_choices() {
        if w.is_over() {
            break;
        }
        w.choose(c).unwrap();
    }
    let w = w.debrief().unwrap();
    assert!(w.score < 30, "{}", w.score);
    assert_eq!(w.grade, 'F');
    assert!(!w.ending.outcome.is_kept());
    assert!(w.revenue.lost > d.revenue.lost);
}

#[test]
fn the_debrief_breaks_the_score_down_by_principle() {
    let p = prepared(coffee());
    let d = play(&p, 3, &[1, 3, 2, 3, 2]).debrief().unwrap();
    let by_id: BTreeMap<_, _> = d.principles.iter().map(|x| (x.id.as_str(), x)).collect();
    // Reply 1 (-3), then the apology at not-dry (+2): no-last-word nets -1.
    assert_eq!(by_id["no-last-word"].earned, -1);
    assert_eq!(
        by_id["no-last-word"].name,
        "Don't point out their mistake; don't take the last word"
    );
    let total: i64 = d.principles.iter().map(|x| x.earned).sum();
    assert_eq!(total, d.raw_score);
    let best_total: i64 = d.principles.iter().map(|x| x.best).sum();
    assert_eq!(best_total, d.best_score);
}

#[test]
fn a_customer_who_runs_out_of_patience_walks_out() {
    let mut s = coffee();
    s.customer.patience = 20.0; // The 2-minute queue costs 40 points.
    s.customer.mood = 45.0;
    let p = prepared(s);
    let session = Session::new(Arc::clone(&p), 1);
    let Position::Ended { ending, walked_out } = session.position() else {
        panic!("the customer should have left before being served");
    };
    assert!(walked_out);
    assert_eq!(p.scenario.endings[ending].id, "lost-telling");
    let d = session.debrief().unwrap();
    assert!(d.ending.walked_out);
    assert!(d.choices.is_empty());
}

#[test]
fn a_reply_that_drops_mood_to_gone_ends_at_the_walk_out_ending() {
    let mut s = coffee();
    s.nodes[0].replies[0].mood = -100.0;
    s.nodes[0].replies[0].spread = 0.0;
    let p = prepared(s);
    let mut session = Session::new(Arc::clone(&p), 1);
    let c = session.choose(1).unwrap();
    assert!(c.mood_after < 10.0);
    match c.next {
        Next::Ending { id, walked_out, .. } => {
            assert_eq!(id, "lost-telling");
            assert!(walked_out);
        }
        other => panic!("expected the customer to walk out, got {other:?}"),
    }
    assert!(session.choose(1).is_err(), "no reply after the end");
}

#[test]
fn an_unavailable_reply_is_refused_with_the_valid_numbers() {
    let p = prepared(coffee());
    let mut session = Session::new(Arc::clone(&p), 1);
    let err = session.choose(7).unwrap_err().to_string();
    assert!(err.contains("`counter`"), "{err}");
    assert!(err.contains("1, 2, 3, 4"), "{err}");
    assert!(session.choices().is_empty());
}

#[test]
fn mood_lines_follow_the_mood() {
    // Replies 4 then 2 lead to `home-machine-thought`, whose line changes
    // below mood 20. Start customers at different moods and check each.
    let (mut calm, mut upset) = (0, 0);
    for start in (30..=70).step_by(2) {
        let mut s = coffee();
        s.customer.mood = f64::from(start);
        let p = prepared(s);
        let Some(view) = play(&p, 5, &[4, 2]).view() else {
            continue; // walked out on the way
        };
        assert_eq!(view.node, "home-machine-thought");
        if view.mood < 20.0 {
            assert_eq!(view.line, "Forget it. We'll sort it out ourselves.");
            upset += 1;
        } else {
            assert_eq!(view.line, "You know what, forget it.");
            calm += 1;
        }
    }
    assert!(calm > 0 && upset > 0, "calm {calm}, upset {upset}");
}

#[test]
fn a_saved_session_resumes_exactly() {
    let p = prepared(coffee());
    let half = play(&p, 11, &[1]);
    let json = serde_json::to_string(&half.save()).unwrap();
    let saved: SavedSession = serde_json::from_str(&json).unwrap();
    let mut resumed = Session::restore(Arc::clone(&p), &saved).unwrap();
    assert_eq!(resumed.view(), half.view());
    for c in [3, 2, 2, 2] {
        resumed.choose(c).unwrap();
    }
    let straight = play(&p, 11, &[1, 3, 2, 2, 2]).debrief().unwrap();
    assert_eq!(resumed.debrief().unwrap(), straight);
}

#[test]
fn a_saved_session_refuses_a_changed_scenario() {
    let p = prepared(coffee());
    let saved = play(&p, 11, &[1]).save();
    let mut edited = coffee();
    edited.nodes[0].replies[0].mood = -1.0;
    let err = Session::restore(prepared(edited), &saved).unwrap_err();
    assert!(err.to_string().contains("changed"), "{err}");
}

#[test]
fn monte_carlo_is_reproducible_and_the_best_path_beats_random() {
    let p = prepared(coffee());
    let a = montecarlo::simulate(&p, 2_000, 9, &|_| {});
    let b = montecarlo::simulate(&p, 2_000, 9, &|_| {});
    assert_eq!(a, b);
    assert_eq!(a.random.runs, 2_000);
    assert_eq!(a.best.score.min, 100.0);
    assert!(a.random.score.mean < a.best.score.mean);
    assert!(a.random.lost_revenue.mean > a.best.lost_revenue.mean);
    let shares: f64 = a.random.outcomes.values().sum();
    assert!((shares - 1.0).abs() < 1e-9);
    let c = montecarlo::simulate(&p, 2_000, 10, &|_| {});
    assert_ne!(a.random, c.random, "another seed gives other customers");
}

// ---- Invariants over random scenarios -----------------------------------

fn principle_ids() -> Vec<String> {
    Vocabulary::builtin()
        .principles
        .into_iter()
        .map(|p| p.id)
        .collect()
}

/// A reply as generated: mood change, how far ahead it jumps, and principle
/// weights as (index into the vocabulary, weight).
type ReplySpec = (i32, u8, Vec<(usize, i32)>);
/// A node as generated: its replies and the minutes waited before it.
type NodeSpec = (Vec<ReplySpec>, u8);

/// A random conversation whose replies only lead forward (so the graph has
/// no loops), with random moods, waits and principle weights.
fn forward_scenario(spec: &[NodeSpec], patience: f64) -> Scenario {
    let ids = principle_ids();
    let n = spec.len();
    let nodes = spec
        .iter()
        .enumerate()
        .map(|(i, (replies, wait))| Node {
            id: format!("n{i}"),
            narration: String::new(),
            line: "…".into(),
            mood_lines: Vec::new(),
            minutes: f64::from(*wait),
            replies: replies
                .iter()
                .enumerate()
                .map(|(r, (mood, jump, weights))| {
                    let to = i + 1 + usize::from(*jump);
                    Reply {
                        text: format!("reply {r}"),
                        mood: f64::from(*mood),
                        spread: 3.0,
                        minutes: 0.5,
                        principles: weights
                            .iter()
                            .map(|(p, w)| (ids[p % ids.len()].clone(), *w))
                            .collect(),
                        feedback: Feedback {
                            happened: "h".into(),
                            coaching: "c".into(),
                        },
                        next: if to >= n {
                            format!("e{}", (i + r) % 4)
                        } else {
                            format!("n{to}")
                        },
                        when: None,
                        stay_last: false,
                    }
                })
                .collect(),
        })
        .collect();
    Scenario {
        id: "random".into(),
        title: "Random".into(),
        source: "s".into(),
        setting: "s".into(),
        difficulty: Difficulty::Easy,
        minutes: 5,
        tags: Vec::new(),
        lesson: "l".into(),
        customer: Customer {
            name: "C".into(),
            description: "d".into(),
            mood: 60.0,
            patience,
            spend_per_visit: (5.0, 50.0),
            visits_per_year: (1.0, 200.0),
            talks_to: (0, 20),
        },
        economics: Economics::default(),
        start: "n0".into(),
        nodes,
        endings: Outcome::ALL
            .iter()
            .enumerate()
            .map(|(i, &outcome)| Ending {
                id: format!("e{i}"),
                outcome,
                text: "end".into(),
            })
            .collect(),
        walk_out: None,
        facilitator: None,
        translated: None,
        debrief: ScenarioDebrief {
            lesson: "l".into(),
            questions: vec!["q".into()],
            money: "m".into(),
        },
    }
}

fn spec_strategy() -> impl Strategy<Value = Vec<NodeSpec>> {
    let weight = (0usize..16, prop_oneof![-5i32..=-1, 1i32..=5]);
    let reply = (-40i32..=25, 0u8..3, prop::collection::vec(weight, 0..3));
    let node = (prop::collection::vec(reply, 1..5), 0u8..4);
    prop::collection::vec(node, 1..9)
}

/// Plays with replies picked by `picks` (each taken modulo what is offered).
fn play_picks(p: &Arc<Prepared>, seed: u64, picks: &[usize]) -> Session {
    let mut session = Session::new(Arc::clone(p), seed);
    let mut i = 0;
    while !session.is_over() {
        let offered = session.available();
        let pick = picks.get(i).copied().unwrap_or(0) % offered.len();
        session.choose(offered[pick]).unwrap();
        i += 1;
    }
    session
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn mood_stays_in_range_and_money_is_finite(
        spec in spec_strategy(),
        patience in 0.0f64..8.0,
        seed in any::<u64>(),
        picks in prop::collection::vec(0usize..4, 0..12),
    ) {
        let p = prepared(forward_scenario(&spec, patience));
        let session = play_picks(&p, seed, &picks);
        let d = session.debrief().unwrap();
        for point in &d.mood_timeline {
            prop_assert!((0.0..=100.0).contains(&point.mood), "{point:?}");
        }
        prop_assert!(d.score <= 100);
        let r = &d.revenue;
        for v in [r.yearly, r.lifetime, r.lifetime_on_arrival, r.lost, r.gained, r.kept, r.spend_per_visit] {
            prop_assert!(v.is_finite() && v >= 0.0, "{r:?}");
        }
        prop_assert!((0.0..=1.0).contains(&r.retention));
        let loyal = money::lifetime_value(r.yearly, money::LOYAL_RETENTION, &p.scenario.economics);
        prop_assert!(r.lifetime <= loyal && r.lifetime_on_arrival <= loyal);
        prop_assert!(d.word_of_mouth.value.is_finite());
        prop_assert!(d.word_of_mouth.good_story == (d.ending.outcome == Outcome::KeptLoyal));
    }

    #[test]
    fn the_best_path_always_scores_100(spec in spec_strategy(), seed in any::<u64>()) {
        // No waiting and no mood damage: nobody walks out, so the best path
        // is played to its end.
        let mut s = forward_scenario(&spec, 0.0);
        for node in &mut s.nodes {
            for reply in &mut node.replies {
                reply.mood = reply.mood.abs();
            }
        }
        let p = prepared(s);
        let best = p.best_choices();
        let d = play(&p, seed, &best).debrief().unwrap();
        prop_assert_eq!(d.raw_score, p.analysis.best_score);
        prop_assert_eq!(d.score, 100);
    }

    #[test]
    fn a_reply_better_on_every_principle_never_lowers_the_score(
        spec in spec_strategy(),
        seed in any::<u64>(),
        cuts in prop::collection::vec(0i32..4, 3),
        picks in prop::collection::vec(0usize..4, 0..12),
    ) {
        // Add to the first node a copy of its first reply that is worse (or
        // equal) on every principle, and play both with the same later replies.
        // Weights stay in the validator's -5..=5, never 0.
        let mut s = forward_scenario(&spec, 1.0);
        let mut worse = s.nodes[0].replies[0].clone();
        for (w, cut) in worse.principles.values_mut().zip(&cuts) {
            let lower = (*w - cut).max(-5);
            *w = if lower == 0 { -1 } else { lower };
        }
        s.nodes[0].replies.push(worse);
        let p = prepared(s);
        let worse_number = p.scenario.nodes[0].replies.len();
        let mut better = Session::new(Arc::clone(&p), seed);
        let mut lesser = Session::new(Arc::clone(&p), seed);
        better.choose(1).unwrap();
        lesser.choose(worse_number).unwrap();
        let mut i = 0;
        while !better.is_over() {
            let offered = better.available();
            let pick = offered[picks.get(i).copied().unwrap_or(0) % offered.len()];
            better.choose(pick).unwrap();
            lesser.choose(pick).unwrap();
            i += 1;
        }
        prop_assert!(lesser.is_over());
        prop_assert!(better.score() >= lesser.score());
    }
}

#[test]
fn hesitating_costs_patience_and_can_lose_the_customer() {
    let p = prepared(coffee());
    let mut session = Session::new(Arc::clone(&p), 1);
    let before = session.mood();
    assert!(session.hesitate(1.0).is_none());
    // Patience 2.0: a minute of hesitation costs two points.
    assert!((before - session.mood() - 2.0).abs() < 1e-9);
    let mut ended = None;
    for _ in 0..60 {
        if let Some(next) = session.hesitate(1.0) {
            ended = Some(next);
            break;
        }
    }
    match ended {
        Some(Next::Ending { walked_out, .. }) => assert!(walked_out),
        other => panic!("the customer should have walked out, got {other:?}"),
    }
    let d = session.debrief().unwrap();
    assert!(
        d.mood_timeline
            .iter()
            .any(|m| text::event_label(m).starts_with("kept waiting"))
    );
    assert!(
        session.hesitate(1.0).is_none(),
        "nothing happens after the end"
    );
}

#[test]
fn a_saved_session_keeps_its_hesitations() {
    let p = prepared(coffee());
    let mut s = Session::new(Arc::clone(&p), 4);
    s.hesitate(1.5);
    s.choose(2).unwrap();
    s.hesitate(0.5);
    let saved = s.save();
    assert_eq!(saved.hesitations, vec![(0, 1.5), (1, 0.5)]);
    let restored = Session::restore(Arc::clone(&p), &saved).unwrap();
    assert_eq!(restored.mood(), s.mood());
    assert_eq!(restored.view(), s.view());
}
