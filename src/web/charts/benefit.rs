//! Benefit realisation, scenario against baseline, with the present value gap and a table per
//! benefit.

use yew::prelude::*;

use super::chart_text::ChartText;
use super::downloads::{chart_downloads, ChartDownloadsProps};
use super::network::NetworkChart;
use crate::charts::{
    benefit, benefit_tops, today_label, BenefitTotals, BenefitView, ChartParams, Layer,
};
use crate::describe::{benefit_summary, benefit_table, with_today_note};
use crate::i18n::mnok;
use crate::insight::{present_value_note, provenance_note, Results};
use crate::sim::RunOutput;
use crate::web::context::use_app;
use crate::web::explained::explained;
use crate::web::hooks::{use_chart, use_width};
use crate::web::Shared;
use crate::worker_protocol::Summary;

#[derive(Properties, PartialEq)]
pub struct BenefitChartProps {
    pub results: Shared<Results>,
    /// The pinned scenario's run, drawn dotted.
    pub pinned: Option<Shared<RunOutput>>,
    /// The Monte Carlo runs so far: the running total's band is shaded under its lines.
    pub runs: Option<Shared<Summary>>,
}

#[component]
pub fn BenefitChart(props: &BenefitChartProps) -> Html {
    let frame = use_node_ref();
    let width = use_width(frame.clone());
    let Some(app) = use_app() else {
        return Html::default();
    };
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let cmp = &props.results.comparison;
    let baseline = BenefitTotals::of(app.engine.baseline());
    let scenario = BenefitTotals::of(&cmp.scenario);
    let pinned = props.pinned.as_deref().map(BenefitTotals::of);
    let band = props
        .runs
        .as_deref()
        .map(|r| &r.bands.benefit)
        .filter(|b| !b.p50.is_empty());
    let tops = benefit_tops(&baseline, &scenario, pinned.as_ref(), band);
    let params = |layer| (width > 0).then_some(ChartParams { layer, lang, width });
    // The base depends on the axes and the pinned scenario; the overlay on the scenario.
    let base = BenefitView::base(tops, baseline.clone(), pinned, band.cloned());
    let overlay = BenefitView::overlay(tops, baseline.clone(), scenario.clone());
    let base = use_chart(app.engine.clone(), base, params(Layer::Base), benefit);
    let overlay = use_chart(app.engine.clone(), overlay, params(Layer::Overlay), benefit);
    let table = use_callback(
        (app.clone(), props.results.clone()),
        |(), (app, results)| {
            let baseline = BenefitTotals::of(app.engine.baseline());
            let scenario = BenefitTotals::of(&results.comparison.scenario);
            benefit_table(app.roadmap(), &baseline, &scenario, app.lang)
        },
    );
    let summary = with_today_note(
        roadmap,
        benefit_summary(roadmap, &baseline, &scenario, cmp.delta_pv, lang),
        lang,
    );
    let pv_note = present_value_note(roadmap, lang);
    let rows = roadmap
        .benefits
        .iter()
        .zip(&cmp.benefits)
        .zip(&cmp.scenario.benefits)
        .map(|((b, d), run)| {
        html! {
            <tr id={format!("benefit-{}", b.id)}>
                <th scope="row">{ b.name.get(lang) }</th>
                <td class="num">
                    { explained(provenance_note(roadmap, &b.annual_mnok.provenance, lang), None, mnok(lang, b.annual_mnok.v)) }
                </td>
                <td class="num">{ mnok(lang, d.baseline_pv) }</td>
                <td class="num">{ mnok(lang, d.scenario_pv) }</td>
                <td class="num">{ mnok(lang, run.starting_level) }</td>
                <td class="num">{ mnok(lang, d.delta_pv) }</td>
            </tr>
        }
    });
    html! {
        <section class="card" aria-labelledby="benefit-heading" id="benefits">
            <div class="card-head">
                <h2 id="benefit-heading">{ s.benefit_heading }</h2>
                <p class="gap">
                    { s.pv_gap }{ ": " }
                    { explained(pv_note.clone(), Some("pv-gap"), mnok(lang, cmp.delta_pv)) }
                </p>
                { chart_downloads(&app, &ChartDownloadsProps { chart: "benefit-chart".into(), file: "benefits".into(), title: s.benefit_heading.into(), scenario: props.results.scenario.clone() }) }
            </div>
            <div class="chart layered" ref={frame} id="benefit-chart" role="img" aria-label={format!("{}: {}, {}", s.benefit_heading, s.benefit_monthly, s.benefit_cumulative)}>
                { base }{ overlay }
            </div>
            <ul class="legend">
                <li><span class="key key-solid key-blue" aria-hidden="true"></span>{ s.legend_scenario }</li>
                <li><span class="key key-dashed key-grey" aria-hidden="true"></span>{ s.legend_baseline }</li>
                <li><span class="key key-today" aria-hidden="true"></span>{ today_label(roadmap, lang) }</li>
                if props.pinned.is_some() {
                    <li><span class="key key-dotted key-purple" aria-hidden="true"></span>{ s.legend_pinned }</li>
                }
                if band.is_some() {
                    <li id="legend-benefit-band"><span class="key key-band" aria-hidden="true"></span>{ s.legend_band }</li>
                }
            </ul>
            <ChartText chart="benefit" {summary} {table} />
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="benefit-heading">
                <table id="benefit-table">
                    <thead>
                        <tr>
                            <th scope="col">{ s.col_benefit }</th>
                            <th scope="col" class="num">{ s.col_annual }</th>
                            <th scope="col" class="num">{ s.col_pv_baseline }</th>
                            <th scope="col" class="num">{ s.col_pv_scenario }</th>
                            <th scope="col" class="num">{ s.col_starting_level }</th>
                            <th scope="col" class="num">{ s.col_change }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ s.total }</th>
                            <td></td>
                            <td class="num">{ mnok(lang, app.engine.baseline().present_value) }</td>
                            <td class="num" id="pv-scenario">
                                { explained(pv_note, None, mnok(lang, cmp.scenario.present_value)) }
                            </td>
                            <td class="num">{ mnok(lang, cmp.scenario.starting_level) }</td>
                            <td class="num">{ mnok(lang, cmp.delta_pv) }</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <NetworkChart results={props.results.clone()} />
        </section>
    }
}
