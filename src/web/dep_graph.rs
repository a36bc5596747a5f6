//! The dependency graph of milestones and tracks, with the chosen milestone's chain highlighted.

use yew::prelude::*;

use super::{use_chart, Shared};
use crate::charts::dependency_graph;
use crate::i18n::strings;
use crate::insight::Results;
use crate::model::Lang;
use crate::sim::{Engine, Status};

#[derive(Properties, PartialEq)]
pub struct DepGraphProps {
    pub engine: Shared<Engine>,
    pub results: Shared<Results>,
    pub selected: Option<String>,
    pub lang: Lang,
}

#[component]
pub fn DepGraph(props: &DepGraphProps) -> Html {
    let s = strings(props.lang);
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
    let statuses: Vec<Status> = run.milestones.iter().map(|m| m.status).collect();
    let graph = {
        let (engine, results) = (props.engine.clone(), props.results.clone());
        use_chart((props.lang, chain, statuses), move |(lang, chain, _)| {
            let run = &results.comparison.scenario;
            Some(dependency_graph(engine.roadmap(), run, chain, *lang))
        })
    };
    html! {
        <section class="card" aria-labelledby="graph-heading" id="dependencies">
            <div class="card-head">
                <h2 id="graph-heading">{ s.graph_heading }</h2>
            </div>
            <p class="hint">{ s.graph_note }</p>
            <div class="graph-scroll" tabindex="0" role="region" aria-labelledby="graph-heading">
                <div class="graph" id="dep-graph" role="img" aria-label={s.graph_note}>
                    { graph }
                </div>
            </div>
        </section>
    }
}
