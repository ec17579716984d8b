//! What a scenario allows: its reachable endings, the best and worst principle
//! score a player can get, the replies that get them, and how many paths
//! there are.
//!
//! ## How loops count
//! A conversation may loop ("could you say that again?"). **A reply scores the
//! first time it is taken; taking it again adds nothing.** So going round a
//! loop cannot farm points, and a score is always finite.
//!
//! The best and worst scores are exact. The graph is split into strongly
//! connected components (its loops); components are solved from the endings
//! backwards. Inside a loop the search runs over (node, set of scored loop
//! replies already taken), which is exact and cheap because loops in a
//! conversation are small. A loop holding more than [`MAX_LOOP_REPLIES`]
//! scored replies is refused by the validator with a message.
//!
//! The analysis treats every reply as available: conditions (`when:`) depend
//! on the customer's mood, which is only known in play.

use std::collections::VecDeque;

use serde::Serialize;

use crate::core::graph::{Edge, Graph};
use crate::core::scenario::{Outcome, Scenario, Target};

/// Most scored replies one loop may hold.
pub const MAX_LOOP_REPLIES: usize = 12;
/// Most search states one loop may need (entries × nodes × reply sets).
pub const MAX_LOOP_STATES: usize = 1 << 22;
/// Paths through a scenario with loops are counted by walking them, up to
/// this many steps.
pub const PATH_WALK_BUDGET: u64 = 2_000_000;

/// One reply on a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub node: usize,
    /// Index in the node's `replies` (0-based).
    pub reply: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndingReach {
    pub id: String,
    pub outcome: Outcome,
    pub reachable: bool,
}

/// How many distinct playthroughs there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PathCount {
    /// Exact when `exact`, otherwise a lower bound.
    pub count: u64,
    pub exact: bool,
    /// Whether the scenario has loops (then `count` counts paths that visit
    /// no node twice).
    pub loops: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub endings: Vec<EndingReach>,
    pub best_score: i64,
    pub worst_score: i64,
    pub best_path: Vec<Step>,
    pub worst_path: Vec<Step>,
    pub best_ending: usize,
    pub worst_ending: usize,
    pub paths: PathCount,
    pub reachable_nodes: usize,
    /// Per node, per reply (indexed like the node's `replies`): the best
    /// score a player collects by taking that reply there, as if arriving at
    /// the node with nothing taken yet; see [`Analysis::best_reply`].
    /// `None` for an unreachable node's replies, a reply whose `next` names
    /// nothing, and a reply inside a loop too large to search from every
    /// node (more than [`MAX_LOOP_STATES`] states).
    pub reply_values: Vec<Vec<Option<i64>>>,
}

impl Analysis {
    /// The best reply at `node` among those `offered` (0-based indices): the
    /// first step of an optimal path from that node. On a tie the earliest
    /// offered reply wins, except that `prefer` (the reply a player took)
    /// wins any tie it is part of. `None` if no offered reply has a value.
    pub fn best_reply(
        &self,
        node: usize,
        offered: &[usize],
        prefer: Option<usize>,
    ) -> Option<usize> {
        let values = self.reply_values.get(node)?;
        let value = |r: usize| values.get(r).copied().flatten();
        let top = offered.iter().filter_map(|&r| value(r)).max()?;
        prefer
            .filter(|&r| offered.contains(&r) && value(r) == Some(top))
            .or_else(|| offered.iter().copied().find(|&r| value(r) == Some(top)))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum AnalysisError {
    /// The start id names no node.
    NoStart,
    /// Some reachable node cannot reach an ending.
    CannotFinish { node: usize },
    /// A loop is too large to solve exactly.
    LoopTooLarge { nodes: Vec<usize>, scored: usize },
}

/// The score of a path under the rule that each reply scores once.
pub fn path_score(scenario: &Scenario, path: &[Step]) -> i64 {
    let mut seen = std::collections::HashSet::new();
    path.iter()
        .filter(|s| seen.insert((s.node, s.reply)))
        .map(|s| scenario.nodes[s.node].replies[s.reply].score())
        .sum()
}

/// What one component decided for an entry node: where to leave and with
/// which replies collected.
#[derive(Debug, Clone, Copy)]
struct Choice {
    value: i64,
    /// The node the exit reply is taken from.
    from: usize,
    /// Set of scored loop replies collected on the way (bit per reply).
    mask: u32,
    exit: Edge,
}

#[derive(Clone, Copy)]
enum Goal {
    Best,
    Worst,
}

impl Goal {
    fn better(self, a: i64, b: i64) -> bool {
        match self {
            Goal::Best => a > b,
            Goal::Worst => a < b,
        }
    }
}

struct Component<'a> {
    nodes: &'a [usize],
    /// Each node's position inside its own component (for all nodes).
    pos: &'a [usize],
    /// Scored internal edges: (from, edge) with bit = position.
    scored: Vec<(usize, Edge)>,
}

pub fn analyze(scenario: &Scenario) -> Result<Analysis, AnalysisError> {
    let graph = Graph::build(scenario);
    let start = graph.start.ok_or(AnalysisError::NoStart)?;
    let (reach_nodes, reach_endings) = graph.reachable();
    let comps = graph.components();
    let mut comp_of = vec![usize::MAX; graph.edges.len()];
    let mut pos = vec![0; graph.edges.len()];
    for (c, nodes) in comps.iter().enumerate() {
        for (i, &n) in nodes.iter().enumerate() {
            comp_of[n] = c;
            pos[n] = i;
        }
    }
    let mut is_entry = vec![false; graph.edges.len()];
    is_entry[start] = true;
    for (from, edges) in graph.edges.iter().enumerate() {
        for e in edges {
            if let Target::Node(to) = e.to
                && comp_of[to] != comp_of[from]
            {
                is_entry[to] = true;
            }
        }
    }

    let mut best: Vec<Option<Choice>> = vec![None; graph.edges.len()];
    let mut worst: Vec<Option<Choice>> = vec![None; graph.edges.len()];
    let mut has_loops = false;
    let mut components = Vec::with_capacity(comps.len());
    for (c, nodes) in comps.iter().enumerate() {
        if !reach_nodes[nodes[0]] {
            components.push(None);
            continue;
        }
        let comp = component(&graph, nodes, &pos, &comp_of, c);
        if nodes.len() > 1 || !comp.scored.is_empty() || has_self_loop(&graph, nodes[0]) {
            has_loops = true;
        }
        if comp.scored.len() > MAX_LOOP_REPLIES {
            return Err(AnalysisError::LoopTooLarge {
                nodes: nodes.clone(),
                scored: comp.scored.len(),
            });
        }
        let entries: Vec<usize> = nodes.iter().copied().filter(|&n| is_entry[n]).collect();
        let states = entries.len() * nodes.len() * (1usize << comp.scored.len());
        if !comp.scored.is_empty() && states > MAX_LOOP_STATES {
            return Err(AnalysisError::LoopTooLarge {
                nodes: nodes.clone(),
                scored: comp.scored.len(),
            });
        }
        for (goal, table) in [(Goal::Best, &mut best), (Goal::Worst, &mut worst)] {
            solve(&graph, &comp, &comp_of, c, &entries, goal, table);
        }
        for &n in &entries {
            if best[n].is_none() {
                return Err(AnalysisError::CannotFinish { node: n });
            }
        }
        components.push(Some(comp));
    }

    let best_choice = best[start].ok_or(AnalysisError::CannotFinish { node: start })?;
    let worst_choice = worst[start].ok_or(AnalysisError::CannotFinish { node: start })?;
    let (best_path, best_ending) = reconstruct(&graph, &components, &comp_of, &best, start);
    let (worst_path, worst_ending) = reconstruct(&graph, &components, &comp_of, &worst, start);

    let reply_values = reply_values(&graph, &components, &comp_of, &reach_nodes, &best);
    let paths = if has_loops {
        count_simple_paths(&graph, start)
    } else {
        count_dag_paths(&graph, &comps, &reach_nodes, start)
    };

    Ok(Analysis {
        endings: scenario
            .endings
            .iter()
            .zip(&reach_endings)
            .map(|(e, &reachable)| EndingReach {
                id: e.id.clone(),
                outcome: e.outcome,
                reachable,
            })
            .collect(),
        best_score: best_choice.value,
        worst_score: worst_choice.value,
        best_path,
        worst_path,
        best_ending,
        worst_ending,
        paths: PathCount {
            loops: has_loops,
            ..paths
        },
        reachable_nodes: reach_nodes.iter().filter(|&&r| r).count(),
        reply_values,
    })
}

fn has_self_loop(graph: &Graph, node: usize) -> bool {
    graph.edges[node].iter().any(|e| e.to == Target::Node(node))
}

fn component<'a>(
    graph: &Graph,
    nodes: &'a [usize],
    pos: &'a [usize],
    comp_of: &[usize],
    c: usize,
) -> Component<'a> {
    let mut scored = Vec::new();
    for &n in nodes {
        for e in &graph.edges[n] {
            if let Target::Node(to) = e.to
                && comp_of[to] == c
                && e.score != 0
            {
                scored.push((n, *e));
            }
        }
    }
    Component { nodes, pos, scored }
}

/// The bit of a scored internal edge, if it is one.
fn bit_of(comp: &Component, from: usize, e: &Edge) -> Option<usize> {
    comp.scored
        .iter()
        .position(|(f, s)| *f == from && s.reply == e.reply)
}

fn mask_value(comp: &Component, mask: u32) -> i64 {
    comp.scored
        .iter()
        .enumerate()
        .filter(|(b, _)| mask & (1 << b) != 0)
        .map(|(_, (_, e))| e.score)
        .sum()
}

/// The value of leaving through `e`: its score plus the value after it.
fn exit_value(e: &Edge, table: &[Option<Choice>]) -> Option<i64> {
    match e.to {
        Target::Ending(_) => Some(e.score),
        Target::Node(w) => table[w].map(|c| c.value + e.score),
    }
}

fn solve(
    graph: &Graph,
    comp: &Component,
    comp_of: &[usize],
    c: usize,
    entries: &[usize],
    goal: Goal,
    table: &mut [Option<Choice>],
) {
    let leaves = |e: &Edge| match e.to {
        Target::Ending(_) => true,
        Target::Node(w) => comp_of[w] != c,
    };
    if comp.scored.is_empty() {
        // Every node of the component can be reached from every entry with
        // nothing collected on the way: one answer serves all entries.
        let mut pick: Option<Choice> = None;
        for &n in comp.nodes {
            for e in graph.edges[n].iter().filter(|e| leaves(e)) {
                if let Some(v) = exit_value(e, table)
                    && pick.is_none_or(|p| goal.better(v, p.value))
                {
                    pick = Some(Choice {
                        value: v,
                        from: n,
                        mask: 0,
                        exit: *e,
                    });
                }
            }
        }
        for &u in entries {
            table[u] = pick;
        }
        return;
    }
    for &u in entries {
        let pick = search(graph, comp, comp_of, c, (u, 0), goal, table);
        table[u] = pick;
    }
}

/// The best (or worst) way out of a loop from node `from`, having already
/// collected the scored loop replies in `mask`: breadth-first over (node,
/// replies collected), exact because loops are small.
fn search(
    graph: &Graph,
    comp: &Component,
    comp_of: &[usize],
    c: usize,
    (from, mask): (usize, u32),
    goal: Goal,
    table: &[Option<Choice>],
) -> Option<Choice> {
    let leaves = |e: &Edge| match e.to {
        Target::Ending(_) => true,
        Target::Node(w) => comp_of[w] != c,
    };
    let local = local_index(comp);
    let masks = 1usize << comp.scored.len();
    let mut seen = vec![false; comp.nodes.len() * masks];
    let mut queue = VecDeque::new();
    seen[local(from) * masks + mask as usize] = true;
    queue.push_back((from, mask));
    let mut pick: Option<Choice> = None;
    while let Some((v, mask)) = queue.pop_front() {
        let collected = mask_value(comp, mask);
        for e in &graph.edges[v] {
            if leaves(e) {
                if let Some(after) = exit_value(e, table) {
                    let value = collected + after;
                    if pick.is_none_or(|p| goal.better(value, p.value)) {
                        pick = Some(Choice {
                            value,
                            from: v,
                            mask,
                            exit: *e,
                        });
                    }
                }
                continue;
            }
            let Target::Node(w) = e.to else { continue };
            let next = bit_of(comp, v, e).map_or(mask, |b| mask | (1 << b));
            let slot = local(w) * masks + next as usize;
            if !seen[slot] {
                seen[slot] = true;
                queue.push_back((w, next));
            }
        }
    }
    pick
}

/// The best score after each reply of each reachable node (see
/// [`Analysis::reply_values`]): a reply that leaves its loop is worth its
/// score plus the best from where it leads; a reply inside a loop is worth
/// the best way out of the loop from where it leads, with it collected.
fn reply_values(
    graph: &Graph,
    components: &[Option<Component>],
    comp_of: &[usize],
    reach: &[bool],
    best: &[Option<Choice>],
) -> Vec<Vec<Option<i64>>> {
    (0..graph.edges.len())
        .map(|v| {
            let Some(comp) = components[comp_of[v]].as_ref().filter(|_| reach[v]) else {
                return Vec::new();
            };
            let c = comp_of[v];
            let inside = |e: &&Edge| matches!(e.to, Target::Node(w) if comp_of[w] == c);
            let internal: usize = comp
                .nodes
                .iter()
                .map(|&n| graph.edges[n].iter().filter(inside).count())
                .sum();
            let searchable =
                internal * comp.nodes.len() * (1usize << comp.scored.len()) <= MAX_LOOP_STATES;
            let mut values = vec![
                None;
                graph.edges[v]
                    .iter()
                    .map(|e| e.reply + 1)
                    .max()
                    .unwrap_or(0)
            ];
            for e in &graph.edges[v] {
                values[e.reply] = match e.to {
                    // Inside the loop: the reply's score, if any, is in
                    // the collected mask the search starts with.
                    Target::Node(w) if comp_of[w] == c => searchable
                        .then(|| {
                            let mask = bit_of(comp, v, e).map_or(0, |b| 1 << b);
                            search(graph, comp, comp_of, c, (w, mask), Goal::Best, best)
                        })
                        .flatten()
                        .map(|choice| choice.value),
                    _ => exit_value(e, best),
                };
            }
            values
        })
        .collect()
}

/// Maps a node to its position in the component.
fn local_index<'a>(comp: &'a Component) -> impl Fn(usize) -> usize + 'a {
    move |n| comp.pos[n]
}

/// Walks the chosen exits from `start` to an ending, filling in the loop
/// walks between entry and exit.
fn reconstruct(
    graph: &Graph,
    components: &[Option<Component>],
    comp_of: &[usize],
    table: &[Option<Choice>],
    start: usize,
) -> (Vec<Step>, usize) {
    let mut path = Vec::new();
    let mut at = start;
    loop {
        let choice = table[at].expect("every entry on the path was solved");
        let comp = components[comp_of[at]]
            .as_ref()
            .expect("reachable components are solved");
        path.extend(walk_inside(
            graph,
            comp,
            comp_of,
            at,
            choice.from,
            choice.mask,
        ));
        path.push(Step {
            node: choice.from,
            reply: choice.exit.reply,
        });
        match choice.exit.to {
            Target::Ending(k) => return (path, k),
            Target::Node(w) => at = w,
        }
    }
}

/// A walk inside one component from `from` to `to` that takes exactly the
/// scored loop replies in `mask` (breadth-first, so it is a shortest one).
fn walk_inside(
    graph: &Graph,
    comp: &Component,
    comp_of: &[usize],
    from: usize,
    to: usize,
    mask: u32,
) -> Vec<Step> {
    if from == to && mask == 0 {
        return Vec::new();
    }
    let c = comp_of[from];
    let local = local_index(comp);
    let masks = 1usize << comp.scored.len();
    let mut parent: Vec<Option<(usize, u32, usize)>> = vec![None; comp.nodes.len() * masks];
    let mut queue = VecDeque::from([(from, 0u32)]);
    let mut seen = vec![false; comp.nodes.len() * masks];
    seen[local(from) * masks] = true;
    while let Some((v, m)) = queue.pop_front() {
        if v == to && m == mask {
            break;
        }
        for e in &graph.edges[v] {
            let Target::Node(w) = e.to else { continue };
            if comp_of[w] != c {
                continue;
            }
            let next = bit_of(comp, v, e).map_or(m, |b| m | (1 << b));
            if next & !mask != 0 {
                continue;
            }
            let slot = local(w) * masks + next as usize;
            if !seen[slot] {
                seen[slot] = true;
                parent[slot] = Some((v, m, e.reply));
                queue.push_back((w, next));
            }
        }
    }
    let mut steps = Vec::new();
    let (mut v, mut m) = (to, mask);
    while let Some((pv, pm, reply)) = parent[local(v) * masks + m as usize] {
        steps.push(Step { node: pv, reply });
        (v, m) = (pv, pm);
        if v == from && m == 0 {
            break;
        }
    }
    steps.reverse();
    steps
}

fn count_dag_paths(graph: &Graph, comps: &[Vec<usize>], reach: &[bool], start: usize) -> PathCount {
    let mut count = vec![0u64; graph.edges.len()];
    let mut saturated = false;
    for nodes in comps {
        let n = nodes[0];
        if !reach[n] {
            continue;
        }
        let mut total = 0u64;
        for e in &graph.edges[n] {
            let add = match e.to {
                Target::Ending(_) => 1,
                Target::Node(w) => count[w],
            };
            total = total.checked_add(add).unwrap_or_else(|| {
                saturated = true;
                u64::MAX
            });
        }
        count[n] = total;
    }
    PathCount {
        count: count[start],
        exact: !saturated && count[start] != u64::MAX,
        loops: false,
    }
}

/// Counts paths from `start` to an ending that visit no node twice, walking
/// them depth-first within a step budget.
fn count_simple_paths(graph: &Graph, start: usize) -> PathCount {
    let mut on_path = vec![false; graph.edges.len()];
    let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
    on_path[start] = true;
    let mut count = 0u64;
    let mut steps = 0u64;
    while let Some(&mut (v, ref mut i)) = stack.last_mut() {
        steps += 1;
        if steps > PATH_WALK_BUDGET {
            return PathCount {
                count,
                exact: false,
                loops: true,
            };
        }
        match graph.edges[v].get(*i) {
            Some(e) => {
                *i += 1;
                match e.to {
                    Target::Ending(_) => count += 1,
                    Target::Node(w) if !on_path[w] => {
                        on_path[w] = true;
                        stack.push((w, 0));
                    }
                    Target::Node(_) => {}
                }
            }
            None => {
                on_path[v] = false;
                stack.pop();
            }
        }
    }
    PathCount {
        count,
        exact: true,
        loops: true,
    }
}

impl std::fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnalysisError::NoStart => write!(f, "the start node does not exist"),
            AnalysisError::CannotFinish { node } => {
                write!(f, "node {} cannot reach an ending", node + 1)
            }
            AnalysisError::LoopTooLarge { nodes, scored } => write!(
                f,
                "a loop of {} nodes holds {scored} scored replies",
                nodes.len()
            ),
        }
    }
}

impl std::error::Error for AnalysisError {}
