//! The dependency graph of milestones and tracks, with the chosen milestone's chain highlighted.

use yew::prelude::*;

use super::chart_text::ChartText;
use super::downloads::{chart_downloads, ChartDownloadsProps};
use crate::charts::{dependency_graph, graph_node_at, node_name, ChartParams, GraphView, Layer};
use crate::describe::{graph_summary, graph_table};
use crate::insight::Results;
use crate::model::Node;
use crate::sim::RunOutput;
use crate::web::context::use_app;
use crate::web::hooks::use_chart;
use crate::web::{show_milestone, Shared};

#[derive(Properties, PartialEq)]
pub struct DepGraphProps {
    pub results: Shared<Results>,
    /// The pinned scenario's run: milestones it dates otherwise are framed.
    pub pinned: Option<Shared<RunOutput>>,
    pub selected: Option<AttrValue>,
}

#[component]
pub fn DepGraphChart(props: &DepGraphProps) -> Html {
    let app = use_app();
    let frame = use_node_ref();
    let view = app.as_ref().map(|app| {
        let run = &props.results.comparison.scenario;
        let chain: Vec<String> = props
            .selected
            .as_deref()
            .map(|id| {
                run.critical_chain(id)
                    .into_iter()
                    .map(|step| step.id)
                    .collect()
            })
            .unwrap_or_default();
        GraphView::new(app.roadmap(), run, props.pinned.as_deref(), &chain)
    });
    // What depends on what is the roadmap's, not the levers': said once per language, and put in
    // a table when the table is shown.
    let summary = use_memo(app.clone(), |app| {
        app.as_ref()
            .map(|app| graph_summary(app.roadmap(), app.engine.graph(), app.lang))
    });
    let table = use_callback(app.clone(), |(), app| {
        app.as_ref()
            .map(|app| graph_table(app.roadmap(), app.engine.graph(), app.lang))
            .unwrap_or_default()
    });
    let (Some(app), Some(view), Some(summary)) = (app, view, (*summary).clone()) else {
        return Html::default();
    };
    let s = app.strings();
    let params = ChartParams {
        layer: Layer::Base,
        lang: app.lang,
        width: 0,
    };
    let graph = use_chart(app.engine.clone(), view, Some(params), dependency_graph);
    // A node under the pointer: a click on a milestone chooses it (its row and explanation come
    // into view), and hovering names any node in full.
    let svg_of = {
        let frame = frame.clone();
        move || {
            frame
                .cast::<web_sys::Element>()
                .and_then(|f| f.first_element_child())
        }
    };
    let node_at = {
        let engine = app.engine.clone();
        move |svg: &web_sys::Element, e: &MouseEvent| {
            let rect = svg.get_bounding_client_rect();
            let width = f64::from(svg.get_attribute("width")?.parse::<u32>().ok()?);
            // Printed or zoomed, the SVG may be scaled: map back to the graph's own pixels.
            let scale = width / rect.width().max(1.0);
            let at = (
                (e.client_x() as f64 - rect.left()) * scale,
                (e.client_y() as f64 - rect.top()) * scale,
            );
            graph_node_at(engine.graph(), at)
        }
    };
    let onclick = {
        let (app, node_at, svg_of) = (app.clone(), node_at.clone(), svg_of.clone());
        Callback::from(move |e: MouseEvent| {
            let node = svg_of().and_then(|svg| node_at(&svg, &e));
            if let Some(Node::Milestone(i)) = node {
                show_milestone(&app.dispatch, &app.roadmap().milestones[i].id);
            }
        })
    };
    let onmousemove = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(svg) = svg_of() else { return };
            let _ = match node_at(&svg, &e) {
                Some(node) => {
                    let (name, group) = node_name(app.roadmap(), node, app.lang);
                    let name = group.map_or(name.clone(), |g| format!("{name}: {g}"));
                    svg.set_attribute("title", &name)
                }
                None => svg.remove_attribute("title"),
            };
        })
    };
    html! {
        <section class="card" aria-labelledby="graph-heading" id="dependencies">
            <div class="card-head">
                <h2 id="graph-heading">{ s.graph_heading }</h2>
                { chart_downloads(&app, &ChartDownloadsProps { chart: "dep-graph".into(), file: "dependencies".into(), title: s.graph_heading.into(), scenario: props.results.scenario.clone() }) }
            </div>
            <p class="hint">{ s.graph_note }</p>
            if props.pinned.is_some() {
                <p class="hint legend-pinned"><span class="key key-dotted key-purple" aria-hidden="true"></span>{ s.graph_pinned }</p>
            }
            <p class="hint" id="graph-scroll-hint">{ s.graph_scroll }</p>
            <div class="graph-scroll" tabindex="0" role="region" aria-labelledby="graph-heading">
                <div class="graph clickable" ref={frame} id="dep-graph" role="img" aria-label={s.graph_note} {onclick} {onmousemove}>
                    { graph }
                </div>
            </div>
            <ChartText chart="graph" {summary} {table} />
        </section>
    }
}
