//! The root: loads the embedded roadmap, owns the UI state and lays out the page.

use yew::prelude::*;

use super::adoption_chart::AdoptionChart;
use super::benefit_chart::BenefitChart;
use super::compare::{use_pinned_run, PinControl};
use super::dep_graph::DepGraph;
use super::embed::{use_scroll_to_view, EmbedFrame};
use super::exports::ExportPanel;
use super::headline::Headline;
use super::lang_switch::LangSwitch;
use super::levers::LeverPanel;
use super::live_region::LiveRegion;
use super::notice::LinkNotices;
use super::print::{PrintScenario, PrintSources};
use super::question_statement::QuestionStatement;
use super::recompute::use_results;
use super::share::{CopyLink, EmbedDialog};
use super::statement::Statement;
use super::timeline::Timeline;
use super::upload::{load, CustomRoadmap, RoadmapPanel, SwitchRoadmap};
use super::url_sync::{app_url, location_query, use_url_sync};
use super::Shared;
use crate::i18n::{month, strings};
use crate::model::{Lang, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use crate::scenario::link::{encode, Link, View};
use crate::sim::Engine;
use crate::ui_state::{Action, UiState};

/// The roadmap chosen last, and how many switches there have been.
struct Switched {
    to: Option<CustomRoadmap>,
    lang: Lang,
    count: u32,
}

#[component]
pub fn App() -> Html {
    let default = use_memo((), |_| load(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML));
    let switched = use_state(|| None::<Switched>);
    let on_switch = {
        let switched = switched.clone();
        Callback::from(move |switch: SwitchRoadmap| {
            let count = switched.as_ref().map_or(1, |s| s.count + 1);
            switched.set(Some(Switched {
                to: switch.to,
                lang: switch.lang,
                count,
            }));
        })
    };
    match &*default {
        Ok(default) => {
            let custom = switched.as_ref().and_then(|s| s.to.clone());
            let engine = custom
                .as_ref()
                .map_or(default.clone(), |c| c.engine.clone());
            html! {
                // A new key per switch starts a fresh simulator: its state belongs to one roadmap.
                <Simulator
                    key={switched.as_ref().map_or(0, |s| s.count)}
                    {engine}
                    roadmap_file={custom.map(|c| c.file)}
                    restart_in={switched.as_ref().map(|s| s.lang)}
                    {on_switch}
                />
            }
        }
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
    /// The file the roadmap was loaded from; `None` for the embedded default.
    roadmap_file: Option<AttrValue>,
    /// Set after a switch of roadmap: start at its defaults, in this language.
    restart_in: Option<Lang>,
    on_switch: Callback<SwitchRoadmap>,
}

#[component]
fn Simulator(props: &SimulatorProps) -> Html {
    let engine = &props.engine;
    let roadmap = engine.roadmap();
    let restart_in = props.restart_in;
    let state = use_reducer_eq(|| match restart_in {
        Some(lang) => UiState::new(roadmap).apply(Action::SetLang(lang)),
        // The page's own link: the scenario it was opened (or reloaded) with.
        None => UiState::opened_with(roadmap, &location_query()),
    });
    let results = use_results(engine.clone(), state.scenario.clone());
    let pinned = use_pinned_run(engine.clone(), state.pinned.clone());
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
    let link = state.link();
    let query = encode(roadmap, &link);
    use_url_sync(engine.clone(), query.clone(), state.embed, dispatch.clone());
    use_scroll_to_view(state.view, state.embed);
    let s = strings(lang);
    let notices = html! {
        <LinkNotices notices={state.notices.clone()} {lang} dispatch={dispatch.clone()} />
    };
    let adoption = || {
        html! {
            <AdoptionChart
                engine={engine.clone()}
                results={results.clone()}
                pinned={pinned.clone()}
                solution={state.solution.clone()}
                lang={lang}
                dispatch={dispatch.clone()}
            />
        }
    };
    let benefits = || {
        html! {
            <BenefitChart engine={engine.clone()} results={results.clone()} pinned={pinned.clone()} lang={lang} />
        }
    };
    let timeline = || {
        html! {
            <Timeline
                engine={engine.clone()}
                results={results.clone()}
                pinned={pinned.clone()}
                selected={state.selected.clone()}
                lang={lang}
                dispatch={dispatch.clone()}
            />
        }
    };
    let graph = || {
        html! {
            <DepGraph engine={engine.clone()} results={results.clone()} pinned={pinned.clone()} selected={state.selected.clone()} lang={lang} />
        }
    };
    // Embed mode shows the one chart its link names; otherwise, the figures and every chart.
    let shown = match (state.embed, state.view) {
        (true, View::Adoption) => adoption(),
        (true, View::Benefits) => benefits(),
        (true, View::Timeline) => timeline(),
        (true, View::Graph) => graph(),
        _ => html! {
            <>
                <Headline engine={engine.clone()} results={results.clone()} lang={lang} />
                { adoption() }
                { benefits() }
                { timeline() }
                { graph() }
            </>
        },
    };
    if state.embed {
        let full = Link {
            embed: false,
            ..link
        };
        let full_url = format!("{}?{}", app_url(), encode(roadmap, &full));
        return html! {
            <EmbedFrame {title} {full_url} {lang}>
                { notices }
                { shown }
            </EmbedFrame>
        };
    }
    html! {
        <div class="app">
            <a class="skip-link" href="#results">{ s.skip_to_results }</a>
            <header class="masthead">
                <div class="masthead-inner">
                    <div>
                        <h1>{ title.clone() }</h1>
                        <p class="tagline">{ s.app_tagline }</p>
                        <QuestionStatement engine={engine.clone()} question={state.scenario.question} {lang} />
                    </div>
                    <LangSwitch lang={lang} dispatch={dispatch.clone()} />
                </div>
            </header>
            { notices }
            <main class="layout">
                <LeverPanel
                    engine={engine.clone()}
                    scenario={state.scenario.clone()}
                    open_groups={state.open_groups.clone()}
                    lang={lang}
                    dispatch={dispatch.clone()}
                />
                <div class="results" id="results" tabindex="-1">
                    <PrintScenario engine={engine.clone()} scenario={state.scenario.clone()} lang={lang} />
                    <div class="toolbar" role="group" aria-label={s.share_toolbar}>
                        <CopyLink url={format!("{}?{query}", app_url())} {lang} />
                        <EmbedDialog engine={engine.clone()} app_url={app_url()} {link} title={title.clone()} {lang} />
                        <PinControl
                            results={results.clone()}
                            pinned={state.pinned.clone()}
                            pinned_run={pinned.clone()}
                            {lang}
                            dispatch={dispatch.clone()}
                        />
                    </div>
                    { shown }
                    <ExportPanel engine={engine.clone()} scenario={state.scenario.clone()} lang={lang} dispatch={dispatch.clone()} />
                    <RoadmapPanel
                        engine={engine.clone()}
                        file={props.roadmap_file.clone()}
                        just_switched={restart_in.is_some()}
                        lang={lang}
                        on_switch={props.on_switch.clone()}
                    />
                    <PrintSources engine={engine.clone()} lang={lang} />
                </div>
            </main>
            <footer class="footer">
                { format!("{} {} · {} {} · ", s.data_as_of, month(lang, roadmap.meta.data_date), roadmap.meta.id, roadmap.meta.version) }
                <Statement lang={lang} />
            </footer>
            <LiveRegion engine={engine.clone()} results={results.clone()} selected={state.selected.clone()} lang={lang} />
        </div>
    }
}
