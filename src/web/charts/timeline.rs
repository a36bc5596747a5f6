//! The milestone timeline: the Gantt-like chart (click a row to choose it), the chosen
//! milestone's chain, and the same milestones as a table of buttons for the keyboard.

use yew::prelude::*;

use super::chain::chain;
use super::chart_text::ChartText;
use super::downloads::{chart_downloads, ChartDownloadsProps};
use crate::charts::{
    timeline, timeline_height, timeline_order, timeline_row_at, today_label, ChartParams, Layer,
    TimelineView,
};
use crate::describe::{rag_text, status_text, timeline_summary, with_today_note};
use crate::i18n::{fill, month, months};
use crate::insight::{forecast_words, provenance_note, Results};
use crate::sim::{RunOutput, Status};
use crate::ui_state::Action;
use crate::web::context::use_app;
use crate::web::explained::explained;
use crate::web::hooks::{use_chart, use_width};
use crate::web::{show_milestone, Shared};
use crate::worker_protocol::Summary;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub results: Shared<Results>,
    /// The pinned scenario's run: its forecasts are marked.
    pub pinned: Option<Shared<RunOutput>>,
    pub selected: Option<AttrValue>,
    /// The Monte Carlo runs so far: each milestone's P10–P90 is drawn under its bar.
    pub runs: Option<Shared<Summary>>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let frame = use_node_ref();
    let width = use_width(frame.clone());
    let Some(app) = use_app() else {
        return Html::default();
    };
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let cmp = &props.results.comparison;
    let order = timeline_order(roadmap);
    let params = |layer| (width > 0).then_some(ChartParams { layer, lang, width });
    // The base shows names and the chosen row; the overlay the dates the levers move and, on top
    // of the slip bars, the pinned scenario's.
    let base = TimelineView::base(
        roadmap,
        props.selected.as_deref(),
        props.runs.as_deref().map(|r| &r.bands),
    );
    let overlay = TimelineView::overlay(
        app.engine.baseline(),
        &cmp.scenario,
        props.pinned.as_deref(),
    );
    let base = use_chart(app.engine.clone(), base, params(Layer::Base), timeline);
    let overlay = use_chart(
        app.engine.clone(),
        overlay,
        params(Layer::Overlay),
        timeline,
    );
    let onclick = {
        let (frame, dispatch) = (frame.clone(), app.dispatch.clone());
        let ids: Vec<String> = order
            .iter()
            .map(|&i| roadmap.milestones[i].id.clone())
            .collect();
        Callback::from(move |e: MouseEvent| {
            let Some(svg) = frame
                .cast::<web_sys::Element>()
                .and_then(|f| f.first_element_child())
            else {
                return;
            };
            // The SVG may be scaled by CSS: map the click back to the chart's own pixels.
            let rect = svg.get_bounding_client_rect();
            let scale = timeline_height(ids.len()) as f64 / rect.height().max(1.0);
            let y = (e.client_y() as f64 - rect.top()) * scale;
            if let Some(row) = timeline_row_at(y, ids.len()) {
                show_milestone(&dispatch, &ids[row]);
            }
        })
    };
    let rows = order.iter().map(|&i| {
        let m = &roadmap.milestones[i];
        let run = &cmp.scenario.milestones[i];
        let delta = &cmp.milestones[i];
        let chosen = props.selected.as_deref() == Some(m.id.as_str());
        let select = app.dispatch.reform({
            let id = m.id.clone();
            move |_| Action::SelectMilestone(id.clone())
        });
        // A month, "ikke innen des. 2035", or "aldri: …" with the condition that blocks it.
        let forecast = forecast_words(roadmap, &cmp.scenario, &m.id, lang);
        let change = match delta.delta_months {
            Some(0) => s.same_as_baseline.to_string(),
            Some(n) if n > 0 => fill(s.later_by, &[("months", &months(lang, n))]),
            Some(n) => fill(s.earlier_by, &[("months", &months(lang, -n))]),
            // The baseline does not reach it: say when the scenario does, if it does.
            None => delta.scenario.map_or_else(|| forecast.clone(), |d| month(lang, d)),
        };
        let status = match run.status {
            Status::Green => "green",
            Status::Yellow => "yellow",
            Status::Red => "red",
        };
        html! {
            <>
            <tr id={format!("milestone-{}", m.id)} data-chosen={chosen.then_some("")}>
                <th scope="row">
                    <button type="button" class="link" id={format!("select-{}", m.id)} aria-pressed={chosen.to_string()} onclick={select}>
                        { m.name.get(lang) }
                    </button>
                </th>
                <td>{ explained(provenance_note(roadmap, &m.plan.provenance, lang), None, month(lang, m.plan.v)) }</td>
                <td data-status={status} id={format!("forecast-{}", m.id)}>
                    { explained(s.forecast_note, None, forecast) }
                </td>
                <td id={format!("change-{}", m.id)}>{ change }</td>
                <td id={format!("status-{}", m.id)}>{ status_text(run.status, lang) }</td>
                <td id={format!("directorate-{}", m.id)}>
                    { match &m.status {
                        Some(rag) => html! {
                            { explained(provenance_note(roadmap, &rag.provenance, lang), None, rag_text(rag.v, lang)) }
                        },
                        None => html! {
                            <span class="no-status"><span aria-hidden="true">{ "–" }</span><span class="visually-hidden">{ s.no_status }</span></span>
                        },
                    } }
                </td>
            </tr>
            if chosen {
                <tr class="chain-row">
                    <td colspan="6">{ chain(&app, &props.results, &props.selected) }</td>
                </tr>
            }
            </>
        }
    });
    html! {
        <section class="card" aria-labelledby="timeline-heading" id="timeline">
            <div class="card-head">
                <h2 id="timeline-heading">{ s.timeline_heading }</h2>
                { chart_downloads(&app, &ChartDownloadsProps { chart: "timeline-chart".into(), file: "timeline".into(), title: s.timeline_heading.into(), scenario: props.results.scenario.clone() }) }
            </div>
            <p class="hint">{ s.timeline_hint }</p>
            <div class="chart layered clickable" ref={frame} id="timeline-chart" role="img" aria-label={s.timeline_heading} {onclick}>
                { base }{ overlay }
            </div>
            <ul class="legend">
                <li><span class="key key-diamond" aria-hidden="true"></span>{ s.legend_plan }</li>
                <li><span class="key key-dot" aria-hidden="true"></span>{ s.legend_forecast }</li>
                <li><span class="key key-ring" aria-hidden="true"></span>{ s.legend_baseline }</li>
                if props.pinned.is_some() {
                    <li><span class="key key-tick" aria-hidden="true"></span>{ s.legend_pinned }</li>
                }
                <li><span class="key key-square" aria-hidden="true"></span>{ s.legend_actual }</li>
                <li><span class="key key-bar" aria-hidden="true"></span>{ s.legend_slip }</li>
                <li><span class="key key-today" aria-hidden="true"></span>{ today_label(roadmap, lang) }</li>
                if props.runs.is_some() {
                    <li id="legend-spread"><span class="key key-spread" aria-hidden="true"></span>{ s.legend_spread }</li>
                }
            </ul>
            // The milestone table below is this chart's table, always shown.
            <ChartText chart="timeline" summary={with_today_note(roadmap, timeline_summary(roadmap, cmp, lang), lang)} />
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="timeline-heading">
                <table id="milestone-table">
                    <thead>
                        <tr>
                            <th scope="col">{ s.col_milestone }</th>
                            <th scope="col">{ s.col_plan }</th>
                            <th scope="col">{ s.col_forecast }</th>
                            <th scope="col">{ s.col_vs_baseline }</th>
                            <th scope="col">{ s.col_status }</th>
                            <th scope="col">{ fill(s.col_directorate_status, &[("date", &month(lang, roadmap.meta.data_date))]) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
