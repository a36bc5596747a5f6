//! The dependency graph of milestones and tracks, with the chosen milestone's chain highlighted.

use yew::prelude::*;

use super::chart_text::ChartText;
use super::downloads::{chart_downloads, ChartDownloadsProps};
use crate::charts::{dependency_graph, ChartParams, GraphView, Layer};
use crate::describe::{graph_summary, graph_table};
use crate::insight::Results;
use crate::sim::RunOutput;
use crate::web::context::use_app;
use crate::web::hooks::use_chart;
use crate::web::Shared;

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
            <div class="graph-scroll" tabindex="0" role="region" aria-labelledby="graph-heading">
                <div class="graph" id="dep-graph" role="img" aria-label={s.graph_note}>
                    { graph }
                </div>
            </div>
            <ChartText chart="graph" {summary} {table} />
        </section>
    }
}
