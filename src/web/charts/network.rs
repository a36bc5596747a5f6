//! The network effect of a chosen benefit: its critical-mass curve with the baseline's and the
//! scenario's positions today and at the horizon's end, in words and as a table. The choice is
//! the page's own (the share link has no place for it).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::chart_text::ChartText;
use crate::charts::{network, ChartParams, Layer, NetworkView};
use crate::i18n::{fill, month, percent};
use crate::insight::{provenance_note, Results};
use crate::network::{network_summary, network_table, NetworkPoints};
use crate::web::context::use_app;
use crate::web::explained::explained;
use crate::web::hooks::{use_chart, use_width};
use crate::web::Shared;

#[derive(Properties, PartialEq)]
pub struct NetworkChartProps {
    pub results: Shared<Results>,
}

#[component]
pub fn NetworkChart(props: &NetworkChartProps) -> Html {
    let frame = use_node_ref();
    let width = use_width(frame.clone());
    let chosen = use_state_eq(|| None::<String>);
    let Some(app) = use_app() else {
        return Html::default();
    };
    let roadmap = app.roadmap();
    // A benefit chosen on another roadmap falls back to the first.
    let id = (*chosen)
        .as_ref()
        .filter(|id| roadmap.benefits.iter().any(|b| &b.id == *id))
        .or_else(|| roadmap.benefits.first().map(|b| &b.id))
        .cloned()
        .unwrap_or_default();
    // `None` only for a roadmap without benefits, for the component's whole life (a new
    // roadmap mounts a new simulator), so the hooks below run in the same order every render.
    let Some(points) = NetworkPoints::of(&app.engine, &props.results.comparison.scenario, &id)
    else {
        return Html::default();
    };
    let params = |layer| {
        (width > 0).then_some(ChartParams {
            layer,
            lang: app.lang,
            width,
        })
    };
    // The base shows the baseline only, so it is drawn again only when the chart's size, the
    // language or the benefit changes.
    let base = NetworkView {
        points: NetworkPoints {
            scenario: points.baseline,
            ..points
        },
    };
    let base = use_chart(app.engine.clone(), base, params(Layer::Base), network);
    let overlay = use_chart(
        app.engine.clone(),
        NetworkView { points },
        params(Layer::Overlay),
        network,
    );
    let table = use_callback((app.clone(), points), |(), (app, points)| {
        network_table(app.roadmap(), points, app.lang)
    });
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let benefit = &roadmap.benefits[points.benefit];
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };
    let title = format!("{}: {}", s.network_heading, benefit.name.get(lang));
    let band = {
        let (low, high) = points.band();
        fill(
            s.network_band,
            &[("low", &percent(lang, low)), ("high", &percent(lang, high))],
        )
    };
    html! {
        <div class="subchart" id="network">
            <div class="card-head">
                <h3 id="network-heading">{ s.network_heading }</h3>
                <div class="field inline">
                    <label for="network-benefit">{ s.network_choose }</label>
                    <select id="network-benefit" {onchange}>
                        { for roadmap.benefits.iter().map(|b| html! {
                            <option value={b.id.clone()} selected={b.id == benefit.id}>{ b.name.get(lang) }</option>
                        }) }
                    </select>
                    <span class="print-choice">{ benefit.name.get(lang) }</span>
                </div>
            </div>
            <div class="chart layered" ref={frame} id="network-chart" role="img" aria-label={title}>
                { base }{ overlay }
            </div>
            <ul class="legend">
                <li><span class="key" aria-hidden="true"></span>{ s.network_curve }</li>
                <li>
                    <span class="key key-band" aria-hidden="true"></span>
                    { explained(provenance_note(roadmap, &benefit.critical_mass.provenance, lang), None, band) }
                </li>
                <li><span class="key key-ring key-net-scenario" aria-hidden="true"></span>{ s.legend_scenario }</li>
                <li><span class="key key-ring" aria-hidden="true"></span>{ s.legend_baseline }</li>
                <li>
                    <span class="key key-ring key-net-today" aria-hidden="true"></span>
                    { fill(s.network_today, &[("date", &month(lang, roadmap.meta.data_date))]) }
                </li>
                <li>
                    <span class="key key-ring key-net-end" aria-hidden="true"></span>
                    { fill(s.network_at_end, &[("end", &month(lang, roadmap.meta.end))]) }
                </li>
            </ul>
            <ChartText chart="network" summary={network_summary(roadmap, &points, lang)} {table} />
        </div>
    }
}
