//! The one dependency graph over milestones and adoption tracks, checked and ordered once per roadmap.

use petgraph::algo::{tarjan_scc, toposort};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::VecDeque;

use super::{Condition, Roadmap};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    Milestone(usize),
    Track(usize),
}

/// Edges point from what is needed to what needs it.
#[derive(Clone, Debug)]
pub struct DepGraph {
    pub graph: DiGraph<Node, ()>,
    /// Every node, each after everything it depends on.
    pub order: Vec<Node>,
    /// How many milestones there are: `build` adds them first, then the tracks.
    milestones: usize,
}

impl DepGraph {
    /// Builds the graph of a roadmap whose references all resolve. A cycle is returned as the ids
    /// along it, first id repeated at the end.
    pub fn build(roadmap: &Roadmap) -> Result<DepGraph, Vec<String>> {
        let mut graph = DiGraph::new();
        let ms: Vec<NodeIndex> = (0..roadmap.milestones.len())
            .map(|i| graph.add_node(Node::Milestone(i)))
            .collect();
        let ts: Vec<NodeIndex> = (0..roadmap.tracks.len())
            .map(|i| graph.add_node(Node::Track(i)))
            .collect();
        let node_of = |c: &Condition| match c {
            Condition::Milestone { milestone, .. } => {
                roadmap.milestone_index(milestone).map(|i| ms[i])
            }
            Condition::Track { track, .. } => roadmap.track_index(track).map(|i| ts[i]),
        };
        for (i, m) in roadmap.milestones.iter().enumerate() {
            for c in &m.requires {
                if let Some(from) = node_of(c) {
                    graph.add_edge(from, ms[i], ());
                }
            }
        }
        for (i, t) in roadmap.tracks.iter().enumerate() {
            for c in &t.requires {
                if let Some(from) = node_of(c) {
                    graph.add_edge(from, ts[i], ());
                }
            }
            let caps = t.vendor.iter().chain(&t.within);
            for cap in caps.filter_map(|id| roadmap.track_index(id)) {
                graph.add_edge(ts[cap], ts[i], ());
            }
        }
        match toposort(&graph, None) {
            Ok(order) => Ok(DepGraph {
                order: order.into_iter().map(|n| graph[n]).collect(),
                graph,
                milestones: ms.len(),
            }),
            Err(_) => Err(find_cycle(&graph)
                .into_iter()
                .map(|n| node_id(roadmap, graph[n]).to_string())
                .collect()),
        }
    }
}

impl DepGraph {
    /// Where a node sits in `graph`, so what is kept per node can be a `Vec` indexed by
    /// `index(node).index()`.
    pub fn index(&self, node: Node) -> NodeIndex {
        NodeIndex::new(match node {
            Node::Milestone(i) => i,
            Node::Track(i) => self.milestones + i,
        })
    }
}

pub fn node_id(roadmap: &Roadmap, node: Node) -> &str {
    match node {
        Node::Milestone(i) => &roadmap.milestones[i].id,
        Node::Track(i) => &roadmap.tracks[i].id,
    }
}

/// The shortest cycle through the lowest-numbered node of the first cyclic strongly connected
/// component, first node repeated at the end. Deterministic, so error messages are stable.
fn find_cycle(graph: &DiGraph<Node, ()>) -> Vec<NodeIndex> {
    let scc = tarjan_scc(graph)
        .into_iter()
        .find(|c| c.len() > 1 || graph.contains_edge(c[0], c[0]))
        .expect("toposort reported a cycle, so a cyclic component exists");
    let start = *scc.iter().min().expect("a component is never empty");
    // The node each node was first reached from, by index (a Vec: no hash map for this alone).
    let mut prev: Vec<Option<NodeIndex>> = vec![None; graph.node_count()];
    let mut queue = VecDeque::from([start]);
    while let Some(at) = queue.pop_front() {
        // Successors in index order (node_indices ascends), without a sort: each sort
        // instantiated for another type costs the app some 4 KB, and this runs only on an error.
        let next = graph
            .node_indices()
            .filter(|&n| scc.contains(&n) && graph.contains_edge(at, n));
        for n in next {
            if n == start {
                let mut path = vec![at];
                while let Some(p) = path.last().and_then(|l| prev[l.index()]) {
                    path.push(p);
                }
                path.reverse();
                path.push(start);
                return path;
            }
            if prev[n.index()].is_none() {
                prev[n.index()] = Some(at);
                queue.push_back(n);
            }
        }
    }
    unreachable!("every node of a cyclic component lies on a cycle")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_finds_every_node_where_build_put_it() {
        let engine = crate::sim::default_engine();
        let (roadmap, g) = (engine.roadmap(), engine.graph());
        let nodes = (0..roadmap.milestones.len())
            .map(Node::Milestone)
            .chain((0..roadmap.tracks.len()).map(Node::Track));
        for node in nodes {
            assert_eq!(g.graph[g.index(node)], node);
        }
    }
}
