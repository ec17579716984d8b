//! Large generated scenarios, for benchmarks and stress tests: a trainer's
//! scenario never needs thousands of nodes, but the tools must stay fast if
//! one does.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use last_word::core::load::Vocabulary;
use last_word::core::scenario::{
    Customer, Debrief, Difficulty, Economics, Ending, Feedback, Node, Outcome, Reply, Scenario,
};

/// A valid scenario with `nodes` nodes: a long conversation in which each
/// node offers three or four replies leading further on, to an ending, or
/// (every so often) back a step, making small loops.
pub fn large_scenario(nodes: usize, seed: u64) -> Scenario {
    let nodes = nodes.max(1);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let principles: Vec<String> = Vocabulary::builtin()
        .principles
        .into_iter()
        .map(|p| p.id)
        .collect();
    let outcomes = Outcome::ALL;
    let endings: Vec<Ending> = outcomes
        .iter()
        .enumerate()
        .map(|(i, &outcome)| Ending {
            id: format!("ending-{i}"),
            outcome,
            text: format!(
                "The conversation ends: {}.",
                last_word::text::outcome_label(outcome)
            ),
        })
        .collect();
    let node_list = (0..nodes)
        .map(|i| {
            let count = rng.random_range(3..=4);
            let replies = (0..count)
                .map(|r| {
                    let next = if r == 0 && i + 1 < nodes {
                        format!("n{}", i + 1)
                    } else if i + 1 == nodes || rng.random_ratio(1, 12) {
                        endings[rng.random_range(0..endings.len())].id.clone()
                    } else if r == 3 && i % 10 == 1 {
                        format!("n{}", i - 1)
                    } else {
                        format!("n{}", (i + 1 + rng.random_range(0..3)).min(nodes - 1))
                    };
                    let mut weights = std::collections::BTreeMap::new();
                    for _ in 0..rng.random_range(1..=2) {
                        let p = &principles[rng.random_range(0..principles.len())];
                        let mut w = rng.random_range(-3..=3);
                        if w == 0 {
                            w = 1;
                        }
                        weights.insert(p.clone(), w);
                    }
                    Reply {
                        text: format!("Reply {} at moment {i}.", r + 1),
                        mood: f64::from(rng.random_range(-15..=12)),
                        spread: f64::from(rng.random_range(0..=4)),
                        minutes: 0.5,
                        principles: weights,
                        feedback: Feedback {
                            happened: "The customer reacts.".into(),
                            coaching: "Think about what the customer needs.".into(),
                        },
                        next,
                        when: None,
                        stay_last: false,
                    }
                })
                .collect();
            Node {
                id: format!("n{i}"),
                narration: String::new(),
                line: format!("The customer speaks, moment {i}."),
                mood_lines: Vec::new(),
                minutes: 0.0,
                replies,
            }
        })
        .collect();
    Scenario {
        id: format!("generated-{nodes}"),
        title: format!("Generated conversation of {nodes} moments"),
        source: "Generated for benchmarks.".into(),
        setting: "A very long conversation.".into(),
        difficulty: Difficulty::Hard,
        minutes: 240,
        tags: vec!["generated".into()],
        lesson: "Stay fast on big scenarios.".into(),
        customer: Customer {
            name: "A patient customer".into(),
            description: "Generated.".into(),
            mood: 70.0,
            patience: 0.0,
            spend_per_visit: (10.0, 20.0),
            visits_per_year: (12.0, 52.0),
            talks_to: (2, 8),
        },
        economics: Economics::default(),
        start: "n0".into(),
        nodes: node_list,
        endings,
        walk_out: None,
        facilitator: None,
        translated: None,
        debrief: Debrief {
            lesson: "Generated.".into(),
            questions: vec!["Was it fast?".into()],
            money: "Generated.".into(),
        },
    }
}

/// The scenario written out as RON text, as a trainer's file would be.
pub fn to_ron(scenario: &Scenario) -> String {
    ron::ser::to_string(scenario).expect("a scenario serialises")
}
