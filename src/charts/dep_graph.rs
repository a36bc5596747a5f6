//! The dependency graph of milestones and adoption tracks, laid out in layers by dependency depth
//! (left to right), each layer ordered by its predecessors' mean position to keep edges short.
//! Milestones are white boxes edged by their status, tracks grey; the chosen chain is highlighted,
//! and a dotted frame marks each milestone that falls on another date in a pinned scenario.

use petgraph::Direction;

use super::svg::{Doc, Paint, Rgb, Stroke, WHITE};
use super::{
    cut, font, ChartParams, Layer, Svg, GRID, HIGHLIGHT, HIGHLIGHT_FILL, LATE, MUTED, ON_TIME,
    PINNED, VERY_LATE,
};
use crate::model::{DepGraph, Lang, Node, Roadmap};
use crate::sim::{Engine, RunOutput, Status};

const NODE_W: i32 = 200;
const NODE_H: i32 = 52;
const COL_GAP: i32 = 40;
const ROW_GAP: i32 = 8;
const PAD: i32 = 8;
/// Characters of 11 px text that fit on one line of a node.
const LINE_CHARS: usize = 29;

/// The nodes by dependency depth: layer 0 needs nothing, layer k needs something in layer k − 1.
/// Empty for a roadmap with a cycle, which loading refuses anyway.
pub fn layers(g: &DepGraph) -> Vec<Vec<Node>> {
    let incoming = |node: Node| {
        g.graph
            .neighbors_directed(g.index(node), Direction::Incoming)
    };
    // Per node, by its index in the graph.
    let mut depth = vec![0; g.graph.node_count()];
    for &node in &g.order {
        depth[g.index(node).index()] = incoming(node)
            .map(|p| depth[p.index()] + 1)
            .max()
            .unwrap_or(0);
    }
    let count = depth.iter().max().map_or(0, |d| d + 1);
    let mut out: Vec<Vec<Node>> = vec![Vec::new(); count];
    let mut position = vec![0.0; g.graph.node_count()];
    for (d, layer) in out.iter_mut().enumerate() {
        let here: Vec<(f64, Node)> = g
            .order
            .iter()
            .filter(|&&n| depth[g.index(n).index()] == d)
            .map(|&n| {
                let preds: Vec<f64> = incoming(n).map(|p| position[p.index()]).collect();
                let mean = if preds.is_empty() {
                    0.0
                } else {
                    preds.iter().sum::<f64>() / preds.len() as f64
                };
                (mean, n)
            })
            .collect();
        let order = crate::order::sorted_order(here.len(), &|a, b| {
            (here[a].0.total_cmp(&here[b].0)).then(here[a].1.cmp(&here[b].1))
        });
        *layer = order.into_iter().map(|i| here[i].1).collect();
        for (k, &n) in layer.iter().enumerate() {
            position[g.index(n).index()] = k as f64;
        }
    }
    out
}

/// Lines of a node's label.
const LINES: usize = 3;

/// Wraps a text at spaces into at most `n` lines that fit a node; the last one is cut with an
/// ellipsis when the text is longer still (the full name is the node's tooltip).
fn wrap(text: &str, n: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let len = lines.last().map_or(0, |l| l.chars().count());
        if len > 0 && len + 1 + word.chars().count() > LINE_CHARS {
            lines.push(String::new());
        }
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if lines.len() > n {
        let rest = lines.split_off(n - 1).join(" ");
        lines.push(rest);
    }
    lines.iter().map(|l| cut(l, LINE_CHARS)).collect()
}

/// A node's name in full: a milestone's, or a track's solution and actor group.
pub fn node_name(roadmap: &Roadmap, node: Node, lang: Lang) -> (String, Option<String>) {
    match node {
        Node::Milestone(i) => (roadmap.milestones[i].name.get(lang).to_string(), None),
        Node::Track(i) => {
            let t = &roadmap.tracks[i];
            let name = |s: Option<&crate::model::Text>, id: &str| {
                s.map_or(id.to_string(), |s| s.get(lang).to_string())
            };
            let solution = name(roadmap.solution(&t.solution).map(|s| &s.name), &t.solution);
            let actor = name(roadmap.actor(&t.actor).map(|a| &a.name), &t.actor);
            (solution, Some(actor))
        }
    }
}

/// A milestone's name on up to three lines; a track's solution on one and its group on two.
fn label(roadmap: &Roadmap, node: Node, lang: Lang) -> Vec<String> {
    match node_name(roadmap, node, lang) {
        (name, None) => wrap(&name, LINES),
        (solution, Some(actor)) => {
            let actor = wrap(&actor, LINES - 1);
            // A long solution name loses its abbreviation before a word is cut:
            // "Sentral forskrivningsmodul (SFM)" → "Sentral forskrivningsmodul".
            let short = match solution.rfind(" (") {
                Some(at) if solution.chars().count() > LINE_CHARS => &solution[..at],
                _ => &solution,
            };
            let mut lines = wrap(short, LINES - actor.len());
            lines.extend(actor);
            lines
        }
    }
}

/// Where each node's box sits (its top-left corner), by the node's index in the graph, and the
/// graph's size.
fn layout(graph: &DepGraph) -> (Vec<(i32, i32)>, (i32, i32)) {
    let layers = layers(graph);
    let tallest = layers.iter().map(Vec::len).max().unwrap_or(0) as i32;
    let width = 2 * PAD + layers.len() as i32 * (NODE_W + COL_GAP) - COL_GAP;
    let height = 2 * PAD + tallest * (NODE_H + ROW_GAP) - ROW_GAP;
    let mut corner = vec![(0, 0); graph.graph.node_count()];
    for (d, layer) in layers.iter().enumerate() {
        // Centre each layer vertically, so short layers sit beside the middle of tall ones.
        let offset = (tallest - layer.len() as i32) * (NODE_H + ROW_GAP) / 2;
        for (k, &node) in layer.iter().enumerate() {
            let x = PAD + d as i32 * (NODE_W + COL_GAP);
            let y = PAD + offset + k as i32 * (NODE_H + ROW_GAP);
            corner[graph.index(node).index()] = (x, y);
        }
    }
    (corner, (width.max(1), height.max(1)))
}

/// The node at a point of the graph, in its own pixels: what a click or a hover is on.
pub fn graph_node_at(graph: &DepGraph, (x, y): (f64, f64)) -> Option<Node> {
    let (corner, _) = layout(graph);
    graph.graph.node_indices().find_map(|i| {
        let (left, top) = corner[i.index()];
        let inside = x >= left as f64
            && x <= (left + NODE_W) as f64
            && y >= top as f64
            && y <= (top + NODE_H) as f64;
        inside.then_some(graph.graph[i])
    })
}

/// What the graph shows of a run: each milestone's status, the chosen milestone's chain, and
/// which milestones a pinned scenario dates otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct GraphView {
    /// Per milestone.
    pub statuses: Vec<Status>,
    /// The critical chain, from the milestone back to its root cause.
    pub chain: Vec<Node>,
    /// Per milestone: the pinned scenario dates it otherwise (empty without a pin).
    pub moved_from_pinned: Vec<bool>,
}

impl GraphView {
    /// `chain` holds milestone and track ids, as a critical chain does.
    pub fn new(
        roadmap: &Roadmap,
        run: &RunOutput,
        pinned: Option<&RunOutput>,
        chain: &[String],
    ) -> Self {
        let node = |id: &String| {
            (roadmap.milestone_index(id).map(Node::Milestone))
                .or_else(|| roadmap.track_index(id).map(Node::Track))
        };
        let moved_from_pinned = pinned.map_or_else(Vec::new, |p| {
            (run.milestones.iter().zip(&p.milestones))
                .map(|(a, b)| a.forecast != b.forecast)
                .collect()
        });
        GraphView {
            statuses: run.milestones.iter().map(|m| m.status).collect(),
            chain: chain.iter().filter_map(node).collect(),
            moved_from_pinned,
        }
    }
}

/// The graph with the view's chain highlighted, in one layer. Its size follows from the layout;
/// the page scrolls it sideways on a narrow screen (`params.width` is not used).
pub fn dependency_graph(engine: &Engine, view: &GraphView, params: &ChartParams) -> Svg {
    let (roadmap, graph) = (engine.roadmap(), engine.graph());
    let (lang, chain) = (params.lang, &view.chain);
    let (corner, (width, height)) = layout(graph);
    let in_chain = |node: Node| chain.contains(&node);
    let mut doc = Doc::new((width as u32, height as u32), Layer::Base);
    let middle = |(x, y): (i32, i32), dx: i32| (f64::from(x + dx), f64::from(y + NODE_H / 2));
    for edge in graph.graph.raw_edges() {
        let (from, to) = (graph.graph[edge.source()], graph.graph[edge.target()]);
        // The chain runs from a milestone back to its root cause: each link is (needer, needed).
        let highlighted = chain.windows(2).any(|w| w[0] == to && w[1] == from);
        let stroke = if highlighted {
            Stroke::solid(HIGHLIGHT, 3.0)
        } else {
            // Opaque: a link is content, so it needs 3:1 against white (WCAG 1.4.11).
            Stroke::solid(MUTED, 1.0)
        };
        let ends = [
            middle(corner[edge.source().index()], NODE_W),
            middle(corner[edge.target().index()], 0),
        ];
        doc.polyline(&ends, stroke);
    }
    for i in graph.graph.node_indices() {
        let (node, (x, y)) = (graph.graph[i], corner[i.index()]);
        let (fill, edge) = match node {
            _ if in_chain(node) => (HIGHLIGHT_FILL, Stroke::solid(HIGHLIGHT, 3.0)),
            Node::Milestone(i) => {
                let colour = match view.statuses.get(i) {
                    Some(Status::Green) => ON_TIME,
                    Some(Status::Yellow) => LATE,
                    Some(Status::Red) | None => VERY_LATE,
                };
                (WHITE, Stroke::solid(colour, 2.0))
            }
            Node::Track(_) => (Rgb(0xF1, 0xF3, 0xF5), Stroke::solid(GRID, 1.0)),
        };
        let (x, y) = (f64::from(x), f64::from(y));
        let (r, b) = (x + f64::from(NODE_W), y + f64::from(NODE_H));
        let paint = Paint {
            stroke: Some(edge),
            ..Paint::fill(fill)
        };
        doc.rect((x, y), (r, b), paint);
        let moved_from_pinned = match node {
            Node::Milestone(i) => view.moved_from_pinned.get(i) == Some(&true),
            Node::Track(_) => false,
        };
        if moved_from_pinned {
            // Outside the node, in the gap between nodes.
            let frame = Paint::outline(Stroke::dotted(PINNED, 2.0));
            doc.rect((x - 4.0, y - 4.0), (r + 4.0, b + 4.0), frame);
        }
        for (k, line) in label(roadmap, node, lang).into_iter().enumerate() {
            doc.text((x + 6.0, y + 5.0 + 15.0 * k as f64), &line, font(11.0));
        }
    }
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::sim::default_engine as engine;

    /// The elements that have every one of `attributes`.
    fn elements(svg: &str, attributes: &[&str]) -> usize {
        (svg.split('<').filter_map(|tag| tag.split_once('>')))
            .filter(|(tag, _)| attributes.iter().all(|a| tag.contains(a)))
            .count()
    }

    fn draw(e: &Engine, run: &RunOutput, pinned: Option<&RunOutput>, chain: &[String]) -> String {
        let r = e.roadmap();
        let params = ChartParams {
            layer: Layer::Base,
            lang: Lang::Nb,
            width: 0,
        };
        dependency_graph(e, &GraphView::new(r, run, pinned, chain), &params)
    }

    #[test]
    fn every_node_sits_right_of_everything_it_needs() {
        let e = engine();
        let r = e.roadmap();
        let layers = layers(e.graph());
        let total: usize = layers.iter().map(Vec::len).sum();
        assert_eq!(total, r.milestones.len() + r.tracks.len());
        let depth = |n: &Node| layers.iter().position(|l| l.contains(n)).unwrap();
        let g = e.graph();
        for edge in g.graph.raw_edges() {
            assert!(depth(&g.graph[edge.source()]) < depth(&g.graph[edge.target()]));
        }
    }

    #[test]
    fn labels_wrap_in_three_lines_and_every_default_name_fits_whole() {
        let lines = wrap(
            "Pasientens legemiddelliste i kommunale pleie- og omsorgstjenester og sykehus og mer enn det",
            3,
        );
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| l.chars().count() <= LINE_CHARS));
        assert!(lines[2].ends_with('…'));
        assert_eq!(wrap("SFM Charlie", 3), ["SFM Charlie"]);
        // No Norwegian name of the default roadmap is cut: "EPJ-leverandører for …" no longer
        // hides which. (One English name is longer; the node's tooltip holds every name whole.)
        let e = engine();
        let r = e.roadmap();
        let nodes = (0..r.milestones.len())
            .map(Node::Milestone)
            .chain((0..r.tracks.len()).map(Node::Track));
        for node in nodes {
            for lang in Lang::ALL {
                let label = label(r, node, lang);
                let cut = label.iter().any(|l| l.ends_with('…'));
                assert!(
                    label.len() <= LINES && (lang == Lang::En || !cut),
                    "{label:?}"
                );
            }
        }
    }

    #[test]
    fn a_point_finds_the_node_drawn_there() {
        let e = engine();
        let g = e.graph();
        let (corner, _) = layout(g);
        for i in g.graph.node_indices() {
            let (node, (x, y)) = (g.graph[i], corner[i.index()]);
            let centre = ((x + NODE_W / 2) as f64, (y + NODE_H / 2) as f64);
            assert_eq!(graph_node_at(e.graph(), centre), Some(node));
        }
        assert_eq!(
            graph_node_at(e.graph(), (1.0, 1.0)),
            None,
            "the margin is no node"
        );
    }

    #[test]
    fn the_chain_is_highlighted() {
        let e = engine();
        let r = e.roadmap();
        let id = &r
            .milestones
            .iter()
            .max_by_key(|m| m.requires.len())
            .unwrap()
            .id;
        let chain: Vec<String> = e
            .baseline()
            .critical_chain(id)
            .into_iter()
            .map(|s| s.id)
            .collect();
        let plain = draw(&e, e.baseline(), None, &[]);
        let lit = draw(&e, e.baseline(), None, &chain);
        let highlighted = |svg: &str| elements(svg, &["stroke=\"#1E5AA8\"", "stroke-width=\"3\""]);
        assert_eq!(highlighted(&plain), 0);
        // One outline per node of the chain, and one edge per link between them.
        assert_eq!(highlighted(&lit), 2 * chain.len() - 1);
    }

    #[test]
    fn milestones_that_fall_elsewhere_in_the_pinned_scenario_get_a_dotted_frame() {
        let e = engine();
        let late = e.run(&crate::sim::kommune_delayed(24));
        let moved = (late.milestones.iter().zip(&e.baseline().milestones))
            .filter(|(a, b)| a.forecast != b.forecast)
            .count();
        assert!(moved > 0);
        let frames = |pinned| {
            let svg = draw(&e, &late, pinned, &[]);
            elements(&svg, &["stroke=\"#8250DF\"", "stroke-linecap=\"round\""])
        };
        assert_eq!(frames(None), 0);
        assert_eq!(frames(Some(&late)), 0, "nothing moved against itself");
        assert_eq!(frames(Some(e.baseline())), moved);
    }
}
