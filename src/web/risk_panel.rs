//! "How sure are we?": what the Monte Carlo worker's runs say about the scenario, and its
//! choices (runs, seed, milestone, month). A plain function called by `Simulator` (no state of
//! its own; a component costs ~4 KB of wasm in lifecycle code). The sentences, tables and tornado
//! pictures are the HTML the worker wrote ([`crate::uncertainty::report_html`]), placed as they
//! come: the page's bundle has neither the statistics nor their words.

use yew::prelude::*;

use super::context::AppContext;
use super::hooks::Risk;
use crate::model::Month;
use crate::risk::DEFAULT_RUNS;
use crate::scenario::link::{decode, RiskChoice};
use crate::ui_state::Action;
use crate::worker_protocol::DEFAULT_SEED;

/// The run counts offered.
const RUNS: [u32; 3] = [200, 1000, 5000];

/// The card. `milestone` is the one the chance is for; `by` its month.
pub fn risk_panel(
    app: &AppContext,
    risk: &Risk,
    choice: RiskChoice,
    milestone: &str,
    by: Month,
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
            <div onclick={on_apply}>{ body }</div>
        </section>
    }
}
