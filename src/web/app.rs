//! The root: loads the embedded roadmap, owns the UI state and lays out the page.

use yew::prelude::*;

use super::adoption_chart::AdoptionChart;
use super::benefit_chart::BenefitChart;
use super::dep_graph::DepGraph;
use super::headline::Headline;
use super::lang_switch::LangSwitch;
use super::levers::LeverPanel;
use super::recompute::use_results;
use super::timeline::Timeline;
use super::Shared;
use crate::i18n::{month, strings};
use crate::model::{load_roadmap, DataErrors, Lang, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use crate::sim::Engine;
use crate::ui_state::{Action, UiState};

fn load() -> Result<Shared<Engine>, DataErrors> {
    let roadmap = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML)?;
    Ok(Shared::new(Engine::new(roadmap)?))
}

#[component]
pub fn App() -> Html {
    let engine = use_memo((), |_| load());
    match &*engine {
        Ok(engine) => html! { <Simulator engine={engine.clone()} /> },
        Err(errors) => html! {
            <main class="load-error" role="alert">
                <h1>{ strings(Lang::Nb).load_failed }</h1>
                <ul>{ for errors.0.iter().map(|e| html! { <li>{ e.to_string() }</li> }) }</ul>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct SimulatorProps {
    engine: Shared<Engine>,
}

#[component]
fn Simulator(props: &SimulatorProps) -> Html {
    let engine = &props.engine;
    let roadmap = engine.roadmap();
    let state = use_reducer_eq(|| UiState::new(roadmap));
    let results = use_results(engine.clone(), state.scenario.clone());
    let lang = state.lang;

    use_effect_with(lang, |lang| {
        if let Some(html) = gloo::utils::document().document_element() {
            // Screen readers pick their pronunciation from <html lang>.
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    let title = roadmap.meta.title.get(lang).to_string();
    use_effect_with(title.clone(), |title| {
        gloo::utils::document().set_title(title)
    });

    // Tells tests, benchmarks and a host page that the page shows a new run: every chart it
    // changes is redrawn by now (at start, charts follow once their width is measured).
    let renders = use_mut_ref(|| 0u32);
    use_effect_with(results.clone(), move |_| {
        *renders.borrow_mut() += 1;
        let document = gloo::utils::document();
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-rendered", &renders.borrow().to_string());
        }
        if let Ok(event) = web_sys::Event::new("veikart:rendered") {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    });

    // One callback for the component's lifetime: a new one per render would change every
    // child's props and re-render all the levers whenever results arrive.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let s = strings(lang);
    html! {
        <div class="app">
            <header class="masthead">
                <div class="masthead-inner">
                    <div>
                        <h1>{ title }</h1>
                        <p class="tagline">{ s.app_tagline }</p>
                    </div>
                    <LangSwitch lang={lang} dispatch={dispatch.clone()} />
                </div>
            </header>
            <main class="layout">
                <LeverPanel
                    engine={engine.clone()}
                    scenario={state.scenario.clone()}
                    open_groups={state.open_groups.clone()}
                    lang={lang}
                    dispatch={dispatch.clone()}
                />
                <div class="results">
                    <Headline engine={engine.clone()} results={results.clone()} lang={lang} />
                    <AdoptionChart
                        engine={engine.clone()}
                        results={results.clone()}
                        solution={state.solution.clone()}
                        lang={lang}
                        dispatch={dispatch.clone()}
                    />
                    <BenefitChart engine={engine.clone()} results={results.clone()} lang={lang} />
                    <Timeline
                        engine={engine.clone()}
                        results={results.clone()}
                        selected={state.selected.clone()}
                        lang={lang}
                        dispatch={dispatch.clone()}
                    />
                    <DepGraph engine={engine.clone()} results={results.clone()} selected={state.selected.clone()} lang={lang} />
                </div>
            </main>
            <footer class="footer">
                { format!("{} {} · {} {}", s.data_as_of, month(lang, roadmap.meta.data_date), roadmap.meta.id, roadmap.meta.version) }
            </footer>
        </div>
    }
}
