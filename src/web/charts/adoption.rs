//! Adoption over time for a chosen solution, with its legend and the known actual figures.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::chart_text::ChartText;
use super::downloads::{chart_downloads, ChartDownloadsProps};
use crate::charts::{adoption, marker_swatch, today_label, AdoptionView, ChartParams, Layer};
use crate::describe::{adoption_summary, adoption_table, with_today_note};
use crate::i18n::{month, percent};
use crate::insight::{provenance_note, Results};
use crate::model::Provenance;
use crate::sim::RunOutput;
use crate::ui_state::Action;
use crate::web::context::use_app;
use crate::web::explained::explained;
use crate::web::hooks::{use_chart, use_width};
use crate::web::{svg_html, Shared};
use crate::worker_protocol::Summary;

#[derive(Properties, PartialEq)]
pub struct AdoptionChartProps {
    pub results: Shared<Results>,
    /// The pinned scenario's run, drawn dotted.
    pub pinned: Option<Shared<RunOutput>>,
    pub solution: AttrValue,
    /// The Monte Carlo runs so far: their bands are shaded under the lines.
    pub runs: Option<Shared<Summary>>,
}

#[component]
pub fn AdoptionChart(props: &AdoptionChartProps) -> Html {
    let frame = use_node_ref();
    let width = use_width(frame.clone());
    let Some(app) = use_app() else {
        return Html::default();
    };
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let solution = props.solution.as_str();
    let run = &props.results.comparison.scenario;
    let params = |layer| (width > 0).then_some(ChartParams { layer, lang, width });
    // The pinned scenario does not move with the levers: it is drawn in the base.
    let base = AdoptionView::base(
        roadmap,
        solution,
        app.engine.baseline(),
        props.pinned.as_deref(),
        props.runs.as_deref().map(|r| &r.bands),
    );
    let overlay = AdoptionView::overlay(roadmap, solution, run);
    let base = use_chart(app.engine.clone(), base, params(Layer::Base), adoption);
    let overlay = use_chart(
        app.engine.clone(),
        overlay,
        params(Layer::Overlay),
        adoption,
    );
    // The table is built when it is shown (opened, or printed), once per run.
    let table = use_callback(
        (app.clone(), props.results.clone(), props.solution.clone()),
        |(), (app, results, solution)| {
            let run = &results.comparison.scenario;
            adoption_table(
                app.roadmap(),
                app.engine.baseline(),
                run,
                solution,
                app.lang,
            )
        },
    );
    let tracks: Vec<_> = roadmap
        .tracks
        .iter()
        .filter(|t| t.solution == solution)
        .collect();
    let solution_name = roadmap.solution(solution).map_or("", |x| x.name.get(lang));
    let onchange = app.dispatch.reform(|e: Event| {
        Action::ChooseSolution(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let actor_name = |id: &str| {
        roadmap
            .actor(id)
            .map_or(id.to_string(), |a| a.name.get(lang).to_string())
    };
    let observed: Vec<Html> = tracks
        .iter()
        .flat_map(|t| t.observed.iter().map(move |o| (t, o)))
        .map(|(t, o)| {
            let note = provenance_note(roadmap, &Provenance::Sourced { src: o.src.clone() }, lang);
            html! {
                <tr>
                    <td>{ actor_name(&t.actor) }</td>
                    <td>{ month(lang, o.date) }</td>
                    <td class="num">{ explained(note, None, percent(lang, o.share)) }</td>
                </tr>
            }
        })
        .collect();
    let summary = with_today_note(
        roadmap,
        adoption_summary(roadmap, app.engine.baseline(), run, solution, lang),
        lang,
    );
    html! {
        <section class="card" aria-labelledby="adoption-heading" id="adoption">
            <div class="card-head">
                <h2 id="adoption-heading">{ s.adoption_heading }</h2>
                <div class="field inline">
                    <label for="solution">{ s.solution }</label>
                    <select id="solution" {onchange}>
                        { for roadmap.solutions.iter().filter(|x| roadmap.tracks.iter().any(|t| t.solution == x.id)).map(|x| html! {
                            <option value={x.id.clone()} selected={x.id == solution}>{ x.name.get(lang) }</option>
                        }) }
                    </select>
                    <span class="print-choice">{ solution_name }</span>
                </div>
                { chart_downloads(&app, &ChartDownloadsProps { chart: "adoption-chart".into(), file: "adoption".into(), title: format!("{}: {solution_name}", s.adoption_heading).into(), scenario: props.results.scenario.clone() }) }
            </div>
            <p class="axis-name">{ s.axis_share }</p>
            <div class="chart layered" ref={frame} id="adoption-chart" role="img" aria-label={format!("{}: {solution_name}", s.adoption_heading)}>
                { base }{ overlay }
            </div>
            <ul class="legend">
                <li><span class="key key-solid" aria-hidden="true"></span>{ s.legend_scenario }</li>
                <li><span class="key key-dashed" aria-hidden="true"></span>{ s.legend_baseline }</li>
                if props.pinned.is_some() {
                    <li><span class="key key-dotted" aria-hidden="true"></span>{ s.legend_pinned }</li>
                }
                <li><span class="key key-ring" aria-hidden="true"></span>{ s.legend_observed }</li>
                if props.runs.is_some() {
                    <li id="legend-band"><span class="key key-band" aria-hidden="true"></span>{ s.legend_band }</li>
                }
                if tracks.iter().any(|t| !t.targets.is_empty()) {
                    <li id="legend-plan-target"><span class="key key-square" aria-hidden="true"></span>{ s.legend_plan_target }</li>
                }
                <li><span class="key key-today" aria-hidden="true"></span>{ today_label(roadmap, lang) }</li>
                { for tracks.iter().filter_map(|t| roadmap.actor_index(&t.actor)).map(|a| html! {
                    <li>
                        <span class="swatch" aria-hidden="true">{ svg_html(marker_swatch(a)) }</span>
                        { roadmap.actors[a].name.get(lang) }
                    </li>
                }) }
            </ul>
            <ChartText chart="adoption" {summary} {table} />
            <details class="data-table">
                <summary>{ s.observed_heading }</summary>
                if observed.is_empty() {
                    <p>{ s.no_observations }</p>
                } else {
                    <table>
                        <thead><tr><th scope="col">{ s.col_actor }</th><th scope="col">{ s.col_date }</th><th scope="col">{ s.col_share }</th></tr></thead>
                        <tbody>{ for observed }</tbody>
                    </table>
                }
            </details>
        </section>
    }
}
