//! The conversation as a graph: nodes joined by replies, for validation and
//! analysis.

use std::collections::HashMap;

use crate::core::scenario::{Scenario, Target};

/// A reply seen as an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// Index of the reply in its node's `replies`.
    pub reply: usize,
    pub to: Target,
    /// The reply's total principle weight.
    pub score: i64,
}

#[derive(Debug, Clone)]
pub struct Graph {
    /// Outgoing edges per node. Replies whose `next` names nothing are left
    /// out (the validator reports them).
    pub edges: Vec<Vec<Edge>>,
    pub start: Option<usize>,
    pub ending_count: usize,
}

/// Resolves ids to nodes and endings in one pass (nodes win on a clash).
pub fn index(scenario: &Scenario) -> HashMap<&str, Target> {
    let mut ids = HashMap::with_capacity(scenario.nodes.len() + scenario.endings.len());
    for (i, e) in scenario.endings.iter().enumerate() {
        ids.entry(e.id.as_str()).or_insert(Target::Ending(i));
    }
    for (i, n) in scenario.nodes.iter().enumerate().rev() {
        ids.insert(n.id.as_str(), Target::Node(i));
    }
    ids
}

impl Graph {
    pub fn build(scenario: &Scenario) -> Graph {
        let ids = index(scenario);
        let edges = scenario
            .nodes
            .iter()
            .map(|node| {
                node.replies
                    .iter()
                    .enumerate()
                    .filter_map(|(i, reply)| {
                        ids.get(reply.next.as_str()).map(|&to| Edge {
                            reply: i,
                            to,
                            score: reply.score(),
                        })
                    })
                    .collect()
            })
            .collect();
        let start = match ids.get(scenario.start.as_str()) {
            Some(Target::Node(i)) => Some(*i),
            _ => None,
        };
        Graph {
            edges,
            start,
            ending_count: scenario.endings.len(),
        }
    }

    /// Which nodes and endings can be reached from the start.
    pub fn reachable(&self) -> (Vec<bool>, Vec<bool>) {
        let mut nodes = vec![false; self.edges.len()];
        let mut endings = vec![false; self.ending_count];
        let Some(start) = self.start else {
            return (nodes, endings);
        };
        let mut stack = vec![start];
        nodes[start] = true;
        while let Some(n) = stack.pop() {
            for e in &self.edges[n] {
                match e.to {
                    Target::Node(m) if !nodes[m] => {
                        nodes[m] = true;
                        stack.push(m);
                    }
                    Target::Ending(k) => endings[k] = true,
                    Target::Node(_) => {}
                }
            }
        }
        (nodes, endings)
    }

    /// Which nodes have a way to some ending.
    pub fn can_finish(&self) -> Vec<bool> {
        let n = self.edges.len();
        let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut done = vec![false; n];
        let mut stack = Vec::new();
        for (from, edges) in self.edges.iter().enumerate() {
            for e in edges {
                match e.to {
                    Target::Node(to) => reverse[to].push(from),
                    Target::Ending(_) => {
                        if !done[from] {
                            done[from] = true;
                            stack.push(from);
                        }
                    }
                }
            }
        }
        while let Some(m) = stack.pop() {
            for &p in &reverse[m] {
                if !done[p] {
                    done[p] = true;
                    stack.push(p);
                }
            }
        }
        done
    }

    /// Strongly connected components (Tarjan's algorithm, iterative so that
    /// long conversations cannot overflow the stack). Components come out in
    /// reverse topological order: every edge leaving a component goes to one
    /// listed earlier.
    pub fn components(&self) -> Vec<Vec<usize>> {
        const NONE: usize = usize::MAX;
        let n = self.edges.len();
        let mut index = vec![NONE; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut out = Vec::new();
        let mut next_index = 0;
        let mut work: Vec<(usize, usize)> = Vec::new();
        for root in 0..n {
            if index[root] != NONE {
                continue;
            }
            work.push((root, 0));
            index[root] = next_index;
            low[root] = next_index;
            next_index += 1;
            stack.push(root);
            on_stack[root] = true;
            while let Some(&mut (v, ref mut i)) = work.last_mut() {
                if let Some(e) = self.edges[v].get(*i) {
                    *i += 1;
                    let Target::Node(w) = e.to else { continue };
                    if index[w] == NONE {
                        index[w] = next_index;
                        low[w] = next_index;
                        next_index += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        work.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                } else {
                    work.pop();
                    if let Some(&(parent, _)) = work.last() {
                        low[parent] = low[parent].min(low[v]);
                    }
                    if low[v] == index[v] {
                        let mut component = Vec::new();
                        while let Some(w) = stack.pop() {
                            on_stack[w] = false;
                            component.push(w);
                            if w == v {
                                break;
                            }
                        }
                        out.push(component);
                    }
                }
            }
        }
        out
    }
}
