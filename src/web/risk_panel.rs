//! "How sure are we?": what the Monte Carlo worker's runs say about the scenario, and its
//! choices (runs, seed, milestone, month). A plain function called by `Simulator` (no state of
//! its own; a component costs ~4 KB of wasm in lifecycle code). The sentences, tables and tornado
//! pictures are the HTML the worker wrote ([`crate::uncertainty::report_html`]), placed as they
//! come: the page's bundle has neither the statistics nor their words.

use yew::prelude::*;

use super::context::AppContext;
use super::hooks::Risk;
use crate::i18n::percent;
use crate::insight::lever_name;
use crate::model::Month;
use crate::risk::DEFAULT_RUNS;
use crate::scenario::link::{decode, RiskChoice};
use crate::scenario::{lever_path, Lever};
use crate::ui_state::Action;
use crate::worker_protocol::DEFAULT_SEED;

/// The run counts offered.
const RUNS: [u32; 3] = [200, 1000, 5000];
/// The chances goal seek may be asked to meet, in percent.
const CHANCES: [u32; 3] = [50, 80, 90];

/// What goal seek is asked: the lever to solve for (its path, `actors.kommune_plo.delay`; `None`:
/// try each) and the
/// chance to meet the date with (one lever only). Held by the simulator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SeekChoice {
    pub lever: Option<String>,
    pub probability: Option<u32>,
}

/// The card. `milestone` is the one the chance is for; `by` its month.
pub fn risk_panel(
    app: &AppContext,
    risk: &Risk,
    choice: RiskChoice,
    milestone: &str,
    by: Month,
    seek: &SeekChoice,
    on_seek: &Callback<SeekChoice>,
) -> Html {
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let heading =
        html! { <div class="card-head"><h2 id="risk-heading">{ s.risk_heading }</h2></div> };
    if *risk == Risk::Unavailable {
        return html! {
            <section class="card" id="risk" aria-labelledby="risk-heading" data-unavailable="true">
                { heading }
                <p class="hint" id="risk-note" role="note">{ s.risk_unavailable }</p>
            </section>
        };
    }
    let set = |f: fn(RiskChoice, &str) -> Action| {
        let dispatch = app.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            dispatch.emit(f(choice, &value));
        })
    };
    let on_runs = set(|c, v| {
        Action::SetRisk(RiskChoice {
            runs: v.parse().ok().filter(|&n| n != DEFAULT_RUNS),
            ..c
        })
    });
    let on_seed = set(|c, v| {
        Action::SetRisk(RiskChoice {
            seed: v.parse().ok().filter(|&n| n != DEFAULT_SEED),
            ..c
        })
    });
    let on_by = set(|c, v| {
        Action::SetRisk(RiskChoice {
            by: v.parse::<Month>().ok().or(c.by),
            ..c
        })
    });
    let on_milestone = set(|_, v| Action::SelectMilestone(v.to_string()));
    // Goal seek's "apply" buttons are in the worker's HTML: one listener here applies the
    // scenario a button carries (a share link's query) as a change of levers, undone by Back.
    let on_apply = {
        let (engine, dispatch) = (app.engine.clone(), app.dispatch.clone());
        Callback::from(move |e: MouseEvent| {
            let target: web_sys::Element = e.target_unchecked_into();
            if let Some(query) = target.get_attribute("data-apply") {
                let scenario = decode(engine.roadmap(), &query).0.scenario;
                dispatch.emit(Action::ApplyPreset(scenario));
            }
        })
    };
    let on_seek_lever = {
        let (on_seek, seek) = (on_seek.clone(), seek.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let lever = (!value.is_empty()).then_some(value);
            // A chance is asked with one lever only.
            let probability = seek.probability.filter(|_| lever.is_some());
            on_seek.emit(SeekChoice { lever, probability });
        })
    };
    let on_seek_chance = {
        let (on_seek, seek) = (on_seek.clone(), seek.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            on_seek.emit(SeekChoice {
                probability: value.parse().ok(),
                ..seek.clone()
            });
        })
    };
    let levers: Vec<(String, String)> = Lever::all(roadmap)
        .iter()
        .map(|lever| (lever_path(lever), lever_name(roadmap, lever, lang)))
        .collect();
    let runs = choice.runs.unwrap_or(DEFAULT_RUNS);
    let seed = choice.seed.unwrap_or(DEFAULT_SEED);
    let (generation, done, complete, elapsed) = match risk {
        Risk::Ready(g, summary) => (*g, summary.done, summary.complete, summary.elapsed_ms),
        _ => (0, 0, false, 0),
    };
    let body = match risk {
        Risk::Failed(message) => html! {
            <p class="error" id="risk-note">{ message.clone() }</p>
        },
        Risk::Ready(_, summary) => Html::from_html_unchecked(AttrValue::from(summary.html.clone())),
        _ => Html::default(),
    };
    html! {
        <section class="card" id="risk" aria-labelledby="risk-heading"
            data-generation={generation.to_string()} data-done={done.to_string()} data-complete={complete.then_some("true")} data-elapsed-ms={elapsed.to_string()}>
            { heading }
            <div class="risk-choices">
                <label>{ s.risk_runs }
                    <select id="risk-runs" onchange={on_runs}>
                        { for RUNS.iter().map(|&n| html! { <option value={n.to_string()} selected={n == runs}>{ n }</option> }) }
                    </select>
                </label>
                <label>{ s.risk_seed }
                    <input id="risk-seed" type="number" min="0" step="1" value={seed.to_string()} onchange={on_seed} />
                </label>
            </div>
            <fieldset class="risk-choices">
                <legend>{ s.risk_chance_legend }</legend>
                <label>{ s.col_milestone }
                    <select id="risk-milestone" onchange={on_milestone}>
                        { for roadmap.milestones.iter().map(|m| html! {
                            <option value={m.id.clone()} selected={m.id == milestone}>{ m.name.get(lang) }</option>
                        }) }
                    </select>
                </label>
                <label>{ s.risk_by }
                    <input id="risk-by" type="month" value={by.to_string()} onchange={on_by} />
                </label>
            </fieldset>
            <fieldset class="risk-choices" id="seek-choices">
                <legend>{ s.seek_legend }</legend>
                <label>{ s.seek_lever }
                    <select id="seek-lever" onchange={on_seek_lever}>
                        <option value="" selected={seek.lever.is_none()}>{ s.seek_each_lever }</option>
                        { for levers.into_iter().map(|(key, name)| {
                            let selected = seek.lever.as_deref() == Some(key.as_str());
                            html! { <option {selected} value={key}>{ name }</option> }
                        }) }
                    </select>
                </label>
                <label>{ s.seek_chance }
                    <select id="seek-chance" onchange={on_seek_chance} disabled={seek.lever.is_none()}>
                        <option value="" selected={seek.probability.is_none()}>{ s.seek_chance_none }</option>
                        { for CHANCES.iter().map(|&p| html! {
                            <option value={p.to_string()} selected={seek.probability == Some(p)}>{ percent(lang, f64::from(p) / 100.0) }</option>
                        }) }
                    </select>
                </label>
                <p class="hint">{ s.seek_hint }</p>
            </fieldset>
            <div onclick={on_apply}>{ body }</div>
        </section>
    }
}
