//! Adoption over time for a chosen solution, with its legend and the known actual figures.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::data_table::ChartText;
use super::explained::Explained;
use super::exports::ChartDownloads;
use super::width::use_width;
use super::{svg_html, use_chart, Shared};
use crate::charts::{adoption, marker_swatch, today_label, Layer};
use crate::describe::{adoption_summary, adoption_table, with_today_note};
use crate::i18n::{month, percent, strings};
use crate::insight::{provenance_note, Results};
use crate::model::{Lang, Provenance};
use crate::sim::{Engine, RunOutput};
use crate::ui_state::Action;

#[derive(Properties, PartialEq)]
pub struct AdoptionChartProps {
    pub engine: Shared<Engine>,
    pub results: Shared<Results>,
    /// The pinned scenario's run, drawn dotted.
    pub pinned: Option<Shared<RunOutput>>,
    pub solution: String,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn AdoptionChart(props: &AdoptionChartProps) -> Html {
    let frame = use_node_ref();
    let width = use_width(frame.clone());
    let roadmap = props.engine.roadmap();
    let lang = props.lang;
    let s = strings(lang);
    let tracks: Vec<_> = roadmap
        .tracks
        .iter()
        .filter(|t| t.solution == props.solution)
        .collect();
    let solution_name = roadmap
        .solution(&props.solution)
        .map_or("", |x| x.name.get(lang));
    let onchange = props.dispatch.reform(|e: Event| {
        Action::ChooseSolution(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let run = &props.results.comparison.scenario;
    let shown: Vec<Vec<f64>> = (roadmap.tracks.iter().zip(&run.tracks))
        .filter(|(t, _)| t.solution == props.solution)
        .map(|(_, r)| r.adoption.clone())
        .collect();
    let chart = {
        type Deps = (u32, Lang, String, Vec<Vec<f64>>, Option<Shared<RunOutput>>);
        let draw = |layer: Layer| {
            let (engine, results) = (props.engine.clone(), props.results.clone());
            move |(width, lang, solution, _, pinned): &Deps| {
                let height = (*width as f64 * 0.5).clamp(220.0, 380.0) as u32;
                (*width > 0).then(|| {
                    let (roadmap, baseline) = (engine.roadmap(), engine.baseline());
                    let run = &results.comparison.scenario;
                    let pinned = pinned.as_deref();
                    adoption(
                        roadmap,
                        baseline,
                        run,
                        pinned,
                        solution,
                        layer,
                        *lang,
                        (*width, height),
                    )
                })
            }
        };
        // The pinned scenario does not move with the levers: it is drawn in the base.
        let solution = props.solution.clone();
        let base = use_chart(
            (
                width,
                lang,
                solution.clone(),
                Vec::new(),
                props.pinned.clone(),
            ),
            draw(Layer::Base),
        );
        let overlay = use_chart((width, lang, solution, shown, None), draw(Layer::Overlay));
        html! { <>{ base }{ overlay }</> }
    };
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
                    <td class="num"><Explained {note}>{ percent(lang, o.share) }</Explained></td>
                </tr>
            }
        })
        .collect();
    html! {
        <section class="card" aria-labelledby="adoption-heading" id="adoption">
            <div class="card-head">
                <h2 id="adoption-heading">{ s.adoption_heading }</h2>
                <div class="field inline">
                    <label for="solution">{ s.solution }</label>
                    <select id="solution" {onchange}>
                        { for roadmap.solutions.iter().filter(|x| roadmap.tracks.iter().any(|t| t.solution == x.id)).map(|x| html! {
                            <option value={x.id.clone()} selected={x.id == props.solution}>{ x.name.get(lang) }</option>
                        }) }
                    </select>
                </div>
                <ChartDownloads chart="adoption-chart" file="adoption" title={format!("{}: {solution_name}", s.adoption_heading)} {lang} />
            </div>
            <p class="axis-name">{ s.axis_share }</p>
            <div class="chart layered" ref={frame} id="adoption-chart" role="img" aria-label={format!("{}: {solution_name}", s.adoption_heading)}>
                { chart }
            </div>
            <ul class="legend">
                <li><span class="key key-solid" aria-hidden="true"></span>{ s.legend_scenario }</li>
                <li><span class="key key-dashed" aria-hidden="true"></span>{ s.legend_baseline }</li>
                if props.pinned.is_some() {
                    <li><span class="key key-dotted" aria-hidden="true"></span>{ s.legend_pinned }</li>
                }
                <li><span class="key key-ring" aria-hidden="true"></span>{ s.legend_observed }</li>
                <li><span class="key key-today" aria-hidden="true"></span>{ today_label(roadmap, lang) }</li>
                { for tracks.iter().filter_map(|t| roadmap.actor_index(&t.actor)).map(|a| html! {
                    <li>
                        <span class="swatch" aria-hidden="true">{ svg_html(marker_swatch(a)) }</span>
                        { roadmap.actors[a].name.get(lang) }
                    </li>
                }) }
            </ul>
            <ChartText
                chart="adoption"
                summary={with_today_note(roadmap, adoption_summary(roadmap, props.engine.baseline(), run, &props.solution, lang), lang)}
                table={adoption_table(roadmap, props.engine.baseline(), run, &props.solution, lang)}
                {lang}
            />
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
