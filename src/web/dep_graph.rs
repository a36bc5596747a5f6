//! The dependency graph of milestones and tracks, with the chosen milestone's chain highlighted.

use yew::prelude::*;

use super::data_table::ChartText;
use super::exports::ChartDownloads;
use super::{use_chart, Shared};
use crate::charts::dependency_graph;
use crate::describe::{graph_summary, graph_table};
use crate::i18n::strings;
use crate::insight::Results;
use crate::model::{Lang, Month};
use crate::sim::{Engine, RunOutput, Status};

#[derive(Properties, PartialEq)]
pub struct DepGraphProps {
    pub engine: Shared<Engine>,
    pub results: Shared<Results>,
    /// The pinned scenario's run: milestones it dates otherwise are framed.
    pub pinned: Option<Shared<RunOutput>>,
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
    // Against a pinned scenario, every date counts, not only the status it gives.
    let forecasts: Vec<Option<Month>> = match props.pinned {
        Some(_) => run.milestones.iter().map(|m| m.forecast).collect(),
        None => Vec::new(),
    };
    let graph = {
        let (engine, results) = (props.engine.clone(), props.results.clone());
        let deps = (props.lang, chain, statuses, forecasts, props.pinned.clone());
        use_chart(deps, move |(lang, chain, _, _, pinned)| {
            let run = &results.comparison.scenario;
            let pinned = pinned.as_deref();
            Some(dependency_graph(
                engine.roadmap(),
                run,
                pinned,
                chain,
                *lang,
            ))
        })
    };
    // What depends on what is the roadmap's, not the levers': described once per language.
    let described = {
        let engine = props.engine.clone();
        use_memo(props.lang, move |&lang| {
            let roadmap = engine.roadmap();
            (graph_summary(roadmap, lang), graph_table(roadmap, lang))
        })
    };
    html! {
        <section class="card" aria-labelledby="graph-heading" id="dependencies">
            <div class="card-head">
                <h2 id="graph-heading">{ s.graph_heading }</h2>
                <ChartDownloads chart="dep-graph" file="dependencies" title={s.graph_heading} lang={props.lang} />
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
            <ChartText chart="graph" summary={described.0.clone()} table={described.1.clone()} lang={props.lang} />
        </section>
    }
}
