//! Benefit realisation, scenario against baseline, with the present value gap and a table per
//! benefit.

use yew::prelude::*;

use super::data_table::ChartText;
use super::explained::Explained;
use super::exports::ChartDownloads;
use super::width::use_width;
use super::{use_chart, Shared};
use crate::charts::{benefit, benefit_tops, today_label, BenefitTotals, Layer};
use crate::describe::{benefit_summary, benefit_table, with_today_note};
use crate::i18n::{mnok, strings};
use crate::insight::{present_value_note, provenance_note, Results};
use crate::model::Lang;
use crate::sim::{Engine, RunOutput};

#[derive(Properties, PartialEq)]
pub struct BenefitChartProps {
    pub engine: Shared<Engine>,
    pub results: Shared<Results>,
    /// The pinned scenario's run, drawn dotted.
    pub pinned: Option<Shared<RunOutput>>,
    pub lang: Lang,
}

#[component]
pub fn BenefitChart(props: &BenefitChartProps) -> Html {
    let frame = use_node_ref();
    let width = use_width(frame.clone());
    let roadmap = props.engine.roadmap();
    let lang = props.lang;
    let s = strings(lang);
    let cmp = &props.results.comparison;
    let baseline = BenefitTotals::of(props.engine.baseline());
    let scenario = BenefitTotals::of(&cmp.scenario);
    let chart = {
        let pinned = props.pinned.as_deref().map(BenefitTotals::of);
        let tops = benefit_tops(&baseline, &scenario, pinned.as_ref());
        type Deps = (
            u32,
            Lang,
            [f64; 2],
            Option<BenefitTotals>,
            Option<Shared<RunOutput>>,
        );
        let draw = |layer: Layer| {
            let (engine, baseline, scenario, pinned) = (
                props.engine.clone(),
                baseline.clone(),
                scenario.clone(),
                pinned.clone(),
            );
            move |&(width, lang, ..): &Deps| {
                let height = (width as f64 * 0.75).clamp(360.0, 560.0) as u32;
                (width > 0).then(|| {
                    benefit(
                        engine.roadmap(),
                        &baseline,
                        &scenario,
                        pinned.as_ref(),
                        layer,
                        lang,
                        (width, height),
                    )
                })
            }
        };
        // The base depends on the axes and the pinned scenario; the overlay on the scenario.
        let base = use_chart(
            (width, lang, tops, None, props.pinned.clone()),
            draw(Layer::Base),
        );
        let overlay = use_chart(
            (width, lang, tops, Some(scenario.clone()), None),
            draw(Layer::Overlay),
        );
        html! { <>{ base }{ overlay }</> }
    };
    let pv_note = present_value_note(roadmap, lang);
    let rows = roadmap.benefits.iter().zip(&cmp.benefits).map(|(b, d)| {
        html! {
            <tr id={format!("benefit-{}", b.id)}>
                <th scope="row">{ b.name.get(lang) }</th>
                <td class="num">
                    <Explained note={provenance_note(roadmap, &b.annual_mnok.provenance, lang)}>{ mnok(lang, b.annual_mnok.v) }</Explained>
                </td>
                <td class="num">{ mnok(lang, d.baseline_pv) }</td>
                <td class="num">{ mnok(lang, d.scenario_pv) }</td>
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
                    <Explained id="pv-gap" note={pv_note.clone()}>{ mnok(lang, cmp.delta_pv) }</Explained>
                </p>
                <ChartDownloads chart="benefit-chart" file="benefits" title={s.benefit_heading} {lang} />
            </div>
            <div class="chart layered" ref={frame} id="benefit-chart" role="img" aria-label={format!("{}: {}, {}", s.benefit_heading, s.benefit_monthly, s.benefit_cumulative)}>
                { chart }
            </div>
            <ul class="legend">
                <li><span class="key key-solid key-blue" aria-hidden="true"></span>{ s.legend_scenario }</li>
                <li><span class="key key-dashed key-grey" aria-hidden="true"></span>{ s.legend_baseline }</li>
                <li><span class="key key-today" aria-hidden="true"></span>{ today_label(roadmap, lang) }</li>
                if props.pinned.is_some() {
                    <li><span class="key key-dotted key-purple" aria-hidden="true"></span>{ s.legend_pinned }</li>
                }
            </ul>
            <ChartText
                chart="benefit"
                summary={with_today_note(roadmap, benefit_summary(roadmap, &baseline, &scenario, cmp.delta_pv, lang), lang)}
                table={benefit_table(roadmap, &baseline, &scenario, lang)}
                {lang}
            />
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="benefit-heading">
                <table id="benefit-table">
                    <thead>
                        <tr>
                            <th scope="col">{ s.col_benefit }</th>
                            <th scope="col" class="num">{ s.col_annual }</th>
                            <th scope="col" class="num">{ s.col_pv_baseline }</th>
                            <th scope="col" class="num">{ s.col_pv_scenario }</th>
                            <th scope="col" class="num">{ s.col_change }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ s.total }</th>
                            <td></td>
                            <td class="num">{ mnok(lang, props.engine.baseline().present_value) }</td>
                            <td class="num" id="pv-scenario">
                                <Explained note={pv_note}>{ mnok(lang, cmp.scenario.present_value) }</Explained>
                            </td>
                            <td class="num">{ mnok(lang, cmp.delta_pv) }</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}
