//! Helpers shared by the analysis tests: building scenarios from a bare graph,
//! checking that a path is real, and an independent brute-force solver; and
//! scripted plays through the real binary.
//!
//! And plain HTTP, as a phone talks to the workshop's server.
//!
//! Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

pub mod http;
pub mod live;
pub mod outbox;

use std::collections::{BTreeMap, HashMap};
use std::process::{Command, Output};

use last_word::core::analysis::Step;
use last_word::core::scenario::{
    Customer, Debrief, Difficulty, Economics, Ending, Feedback, Node, Outcome, Reply, Scenario,
    Target,
};

/// Where a reply leads, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum To {
    Node(usize),
    End(usize),
}

/// A reply in a bare graph: where it leads and its principle weights.
#[derive(Debug, Clone)]
pub struct R {
    pub to: To,
    pub weights: Vec<(String, i32)>,
}

/// A reply to `to` worth `score`, written with built-in principles
/// (`listen` and, beyond ±5, `fix-fast` too).
pub fn r(to: To, score: i32) -> R {
    assert!((-10..=10).contains(&score), "a test score fits two weights");
    let mut weights = Vec::new();
    if score != 0 {
        let first = score.clamp(-5, 5);
        weights.push(("listen".to_string(), first));
        if score != first {
            weights.push(("fix-fast".to_string(), score - first));
        }
    }
    R { to, weights }
}

pub fn node_id(i: usize) -> String {
    format!("n{i}")
}

pub fn ending_id(k: usize) -> String {
    format!("e{k}")
}

/// A complete scenario over the graph: nodes `n0`, `n1`, ... (the start is
/// `n0`) and endings `e0`, `e1`, ... with the given outcomes.
pub fn scenario(nodes: &[Vec<R>], outcomes: &[Outcome]) -> Scenario {
    let nodes = nodes
        .iter()
        .enumerate()
        .map(|(i, replies)| Node {
            id: node_id(i),
            narration: String::new(),
            line: format!("The customer speaks at moment {i}."),
            mood_lines: Vec::new(),
            minutes: 0.0,
            replies: replies
                .iter()
                .enumerate()
                .map(|(j, reply)| Reply {
                    text: format!("Reply {} at moment {i}.", j + 1),
                    mood: 0.0,
                    spread: 0.0,
                    minutes: 0.0,
                    principles: reply.weights.iter().cloned().collect::<BTreeMap<_, _>>(),
                    feedback: Feedback {
                        happened: "The customer reacts.".into(),
                        coaching: "Think about what they need.".into(),
                    },
                    next: match reply.to {
                        To::Node(n) => node_id(n),
                        To::End(k) => ending_id(k),
                    },
                    when: None,
                    stay_last: false,
                })
                .collect(),
        })
        .collect();
    let endings = outcomes
        .iter()
        .enumerate()
        .map(|(k, &outcome)| Ending {
            id: ending_id(k),
            outcome,
            text: format!("Ending {k}: {}.", last_word::text::outcome_label(outcome)),
        })
        .collect();
    Scenario {
        id: "graph".into(),
        title: "A bare graph".into(),
        source: "Built by a test.".into(),
        setting: "Nowhere.".into(),
        difficulty: Difficulty::Easy,
        minutes: 1,
        tags: Vec::new(),
        lesson: "Tests.".into(),
        customer: Customer {
            name: "Test".into(),
            description: "A test customer.".into(),
            mood: 50.0,
            patience: 1.0,
            spend_per_visit: (1.0, 2.0),
            visits_per_year: (1.0, 2.0),
            talks_to: (1, 2),
        },
        economics: Economics::default(),
        start: node_id(0),
        nodes,
        endings,
        walk_out: None,
        facilitator: None,
        translated: None,
        debrief: Debrief {
            lesson: "Tests.".into(),
            questions: vec!["Did it pass?".into()],
            money: "None.".into(),
        },
    }
}

/// Checks that `path` is a real playthrough: it starts at the start node,
/// each reply leads to the node of the next step, and the last reply leads
/// to the ending `ending`.
pub fn check_path(s: &Scenario, path: &[Step], ending: usize) -> Result<(), String> {
    let start = s.node_index(&s.start).ok_or("no start node")?;
    let first = path.first().ok_or("an empty path reaches no ending")?;
    if first.node != start {
        return Err(format!(
            "the path starts at node {} not {start}",
            first.node
        ));
    }
    for (i, step) in path.iter().enumerate() {
        let reply = s
            .nodes
            .get(step.node)
            .and_then(|n| n.replies.get(step.reply))
            .ok_or_else(|| format!("step {i} names no reply: {step:?}"))?;
        let to = s
            .target(&reply.next)
            .ok_or_else(|| format!("step {i} leads nowhere"))?;
        match (to, path.get(i + 1)) {
            (Target::Node(n), Some(next)) if n == next.node => {}
            (Target::Ending(k), None) if k == ending => {}
            (to, next) => {
                return Err(format!(
                    "step {i} ({step:?}) leads to {to:?} but the path goes on with {next:?} (ending {ending})"
                ));
            }
        }
    }
    Ok(())
}

/// Exact best and worst scores by exhaustive search, independent of the
/// analysis: over states (node, set of scored replies already taken), a
/// reply scoring the first time it is taken. Replies that score 0, or were
/// taken already, do not change the state, so from a state every node
/// reachable through them is reachable "for free"; from there the walk either
/// ends or takes a new scored reply, which grows the set. `None` when the
/// search would need more than `budget` states.
pub struct BruteForce<'a> {
    s: &'a Scenario,
    /// Per node, per reply: the target, the score, and the reply's bit if it
    /// scores.
    edges: Vec<Vec<(Target, i64, Option<u32>)>>,
    memo: HashMap<(usize, u64, bool), Option<i64>>,
    budget: usize,
}

#[derive(Debug)]
pub struct OverBudget;

impl<'a> BruteForce<'a> {
    pub fn new(s: &'a Scenario, budget: usize) -> Self {
        let mut bit = 0u32;
        let edges = s
            .nodes
            .iter()
            .map(|n| {
                n.replies
                    .iter()
                    .map(|reply| {
                        let target = s.target(&reply.next).expect("every reply leads somewhere");
                        let score = reply.score();
                        let b = (score != 0).then(|| {
                            bit += 1;
                            bit - 1
                        });
                        (target, score, b)
                    })
                    .collect()
            })
            .collect();
        assert!(bit <= 64, "at most 64 scored replies");
        BruteForce {
            s,
            edges,
            memo: HashMap::new(),
            budget,
        }
    }

    /// (best, worst) from the start, or `None` when no ending can be reached.
    pub fn solve(&mut self) -> Result<Option<(i64, i64)>, OverBudget> {
        let start = self.s.node_index(&self.s.start).expect("a start node");
        let best = self.value(start, 0, true)?;
        let worst = self.value(start, 0, false)?;
        Ok(best.zip(worst))
    }

    fn value(&mut self, v: usize, taken: u64, best: bool) -> Result<Option<i64>, OverBudget> {
        if let Some(&known) = self.memo.get(&(v, taken, best)) {
            return Ok(known);
        }
        if self.memo.len() >= self.budget {
            return Err(OverBudget);
        }
        let better = |a: i64, b: Option<i64>| match b {
            None => true,
            Some(b) if best => a > b,
            Some(b) => a < b,
        };
        let mut seen = vec![false; self.edges.len()];
        let mut stack = vec![v];
        seen[v] = true;
        let mut pick: Option<i64> = None;
        while let Some(u) = stack.pop() {
            for i in 0..self.edges[u].len() {
                let (to, score, bit) = self.edges[u][i];
                let fresh = bit.filter(|b| taken & (1 << b) == 0);
                let candidate = match (to, fresh) {
                    (Target::Ending(_), None) => Some(0),
                    (Target::Ending(_), Some(_)) => Some(score),
                    (Target::Node(w), None) => {
                        if !seen[w] {
                            seen[w] = true;
                            stack.push(w);
                        }
                        None
                    }
                    (Target::Node(w), Some(b)) => self
                        .value(w, taken | (1 << b), best)?
                        .map(|after| score + after),
                };
                if let Some(c) = candidate
                    && better(c, pick)
                {
                    pick = Some(c);
                }
            }
        }
        self.memo.insert((v, taken, best), pick);
        Ok(pick)
    }
}

/// `reach[a][b]`: some walk of one or more replies leads from node `a` to
/// node `b`.
pub fn reach_matrix(s: &Scenario) -> Vec<Vec<bool>> {
    let n = s.nodes.len();
    let mut reach = vec![vec![false; n]; n];
    for (a, node) in s.nodes.iter().enumerate() {
        for reply in &node.replies {
            if let Some(Target::Node(b)) = s.target(&reply.next) {
                reach[a][b] = true;
            }
        }
    }
    for k in 0..n {
        let via = reach[k].clone();
        for row in reach.iter_mut().filter(|row| row[k]) {
            for (to, &through_k) in row.iter_mut().zip(&via) {
                *to |= through_k;
            }
        }
    }
    reach
}

/// Which nodes and endings the start reaches.
pub fn reachable(s: &Scenario) -> (Vec<bool>, Vec<bool>) {
    let start = s.node_index(&s.start).expect("a start node");
    let reach = reach_matrix(s);
    let nodes: Vec<bool> = (0..s.nodes.len())
        .map(|v| v == start || reach[start][v])
        .collect();
    let mut endings = vec![false; s.endings.len()];
    for (v, node) in s.nodes.iter().enumerate() {
        if nodes[v] {
            for reply in &node.replies {
                if let Some(Target::Ending(k)) = s.target(&reply.next) {
                    endings[k] = true;
                }
            }
        }
    }
    (nodes, endings)
}

/// Whether each node can reach some ending.
pub fn can_finish(s: &Scenario) -> Vec<bool> {
    let reach = reach_matrix(s);
    let ends_here = |v: usize| {
        s.nodes[v]
            .replies
            .iter()
            .any(|r| matches!(s.target(&r.next), Some(Target::Ending(_))))
    };
    (0..s.nodes.len())
        .map(|v| ends_here(v) || (0..s.nodes.len()).any(|w| reach[v][w] && ends_here(w)))
        .collect()
}

/// Playthroughs from the start to an ending that visit no node twice, each
/// reply counted as a separate way; `None` past `limit`.
pub fn simple_paths(s: &Scenario, limit: u64) -> Option<u64> {
    fn go(s: &Scenario, v: usize, on: &mut Vec<bool>, count: &mut u64, limit: u64) -> bool {
        for reply in &s.nodes[v].replies {
            match s.target(&reply.next).expect("a target") {
                Target::Ending(_) => *count += 1,
                Target::Node(w) if !on[w] => {
                    on[w] = true;
                    let ok = go(s, w, on, count, limit);
                    on[w] = false;
                    if !ok {
                        return false;
                    }
                }
                Target::Node(_) => {}
            }
            if *count > limit {
                return false;
            }
        }
        true
    }
    let start = s.node_index(&s.start).expect("a start node");
    let mut on = vec![false; s.nodes.len()];
    on[start] = true;
    let mut count = 0;
    go(s, start, &mut on, &mut count, limit).then_some(count)
}

/// `last-word play SCENARIO --seed SEED --choices CHOICES --json` through the
/// real binary, run from the crate's folder.
pub fn play_json(scenario: &str, seed: &str, choices: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_last-word"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "play",
            scenario,
            "--seed",
            seed,
            "--choices",
            choices,
            "--json",
        ])
        .output()
        .unwrap()
}

/// Every scenario shipped in `scenarios/`, each checked valid.
/// Plays `choices` (stable reply numbers) of `scenario` in the terminal
/// for `learner`, recorded in the data folder `data`.
pub fn play_recorded(
    data: &std::path::Path,
    learner: &str,
    scenario: &str,
    seed: u64,
    choices: &str,
) {
    let out = Command::new(env!("CARGO_BIN_EXE_last-word"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAST_WORD_DATA_DIR", data)
        .env("NO_COLOR", "1")
        .args([
            "play",
            scenario,
            "--learner",
            learner,
            "--seed",
            &seed.to_string(),
        ])
        .args(["--choices", choices])
        .output()
        .expect("the game runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn shipped_scenarios() -> Vec<Scenario> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let library = last_word::core::load::load_paths(&[dir]);
    assert!(!library.scenarios.is_empty());
    library
        .scenarios
        .iter()
        .map(|l| {
            let valid = l
                .valid()
                .unwrap_or_else(|| panic!("{} is valid", l.path.display()));
            valid.scenario().clone()
        })
        .collect()
}

/// A shipped scenario's best path as `last-word analyze --json` prints it,
/// ready for `--choices`: "2,2".
pub fn analyzed_best_path(id: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_last-word"))
        .args(["analyze", id, "--json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("analysis JSON");
    let path: Vec<String> = v["best_path"]
        .as_array()
        .expect("a best path")
        .iter()
        .map(|n| n.to_string())
        .collect();
    path.join(",")
}

/// A scenario made ready to play, through the validator as a file would be.
pub fn prepared(s: Scenario) -> std::sync::Arc<last_word::core::session::Prepared> {
    let vocabulary = last_word::core::load::Vocabulary::builtin();
    let valid = last_word::core::load::check(&s, &vocabulary)
        .unwrap_or_else(|d| panic!("not valid: {d:#?}"));
    last_word::core::session::Prepared::new(valid, &vocabulary)
}
