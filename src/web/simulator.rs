//! One roadmap's simulator: owns the UI state (`use_reducer` over the pure
//! [`UiState`](crate::ui_state::UiState)), recomputes, keeps the address bar in step, provides the
//! [`AppContext`] and lays out the page, or in embed mode the one chart its link names.

use yew::prelude::*;

use super::charts::{AdoptionChart, BenefitChart, DepGraphChart, Timeline};
use super::context::AppContext;
use super::fit_panel::fit_panel;
use super::headline::{figure_bar, headline};
use super::hooks::{
    announce, app_url, location_query, use_language, use_pinned_run, use_results, use_risk,
    use_scroll_to_view, use_url_sync, Risk,
};
use super::lang_switch::lang_switch;
use super::lang_unavailable::lang_unavailable;
use super::levers::{lever_panel, LeverPanelProps};
use super::live_region::LiveRegion;
use super::notice::link_notices;
use super::print::{print_scenario, print_sources};
use super::question_statement::question_statement;
use super::risk_panel::{risk_panel, SeekChoice};
use super::share::{
    copy_link, embed_frame, export_panel, pin_control, use_copy, use_height_report, EmbedDialog,
    ExportPanelProps, Import, RoadmapPanel, SwitchRoadmap,
};
use super::statement::statement;
use super::Shared;
use crate::describe::scenario_in_words;
use crate::i18n::{month, strings};
use crate::model::Lang;
use crate::scenario::link::{encode, Link, View};
use crate::sim::Engine;
use crate::ui_state::{Action, UiState};
use crate::uncertainty::default_by;
use crate::worker_protocol::{Request, DEFAULT_RUNS, DEFAULT_SEED};

#[derive(Properties, PartialEq)]
pub struct SimulatorProps {
    pub engine: Shared<Engine>,
    /// The file the roadmap was loaded from; `None` for the embedded default.
    pub roadmap_file: Option<AttrValue>,
    /// The roadmap packed, for the workers (Monte Carlo, reading a scenario file).
    pub roadmap_packed: Shared<Vec<u8>>,
    /// Set after a switch of roadmap: start at its defaults, in this language.
    pub restart_in: Option<Lang>,
    pub on_switch: Callback<SwitchRoadmap>,
}

#[component]
pub fn Simulator(props: &SimulatorProps) -> Html {
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
    // One callback for the component's lifetime: a new one per render would change the context
    // and re-render every component whenever results arrive.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let language = use_language(state.lang, dispatch.clone());
    let lang = language.shown;

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
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("data-rendered", &renders.borrow().to_string());
        }
        announce("rendered");
    });

    let context = AppContext {
        engine: engine.clone(),
        packed: props.roadmap_packed.clone(),
        lang,
        dispatch: dispatch.clone(),
    };
    let link = state.link();
    let query = encode(roadmap, &link);
    use_url_sync(engine.clone(), query.clone(), state.embed, dispatch);
    use_scroll_to_view(state.view, state.embed);
    use_height_report(state.embed);
    let share_url = format!("{}?{query}", app_url());
    let copy_field = use_node_ref();
    let copy = use_copy(share_url.clone(), copy_field.clone());
    let import = use_state_eq(|| Import::None);
    let lever_filter = use_state(String::new);
    let seek = use_state(SeekChoice::default);
    let on_seek = {
        let seek = seek.clone();
        Callback::from(move |choice: SeekChoice| seek.set(choice))
    };
    // The Monte Carlo worker's question: the scenario alone (its link), the roadmap, the runs
    // and what the panel and charts show. Not asked in embed mode, which shows no panel.
    let chosen = state
        .selected
        .clone()
        .or_else(|| crate::risk::default_milestone(roadmap).map(String::from));
    let by = state
        .risk
        .by
        .unwrap_or_else(|| default_by(roadmap, &results.comparison.scenario, chosen.as_deref()));
    let risk = use_risk(
        props.roadmap_packed.clone(),
        Request {
            generation: 0,
            link: encode(
                roadmap,
                &Link {
                    scenario: state.scenario.clone(),
                    ..Link::default()
                },
            ),
            roadmap: Vec::new(),
            seed: state.risk.seed.unwrap_or(DEFAULT_SEED),
            runs: state.risk.runs.unwrap_or(DEFAULT_RUNS),
            solution: Some(state.solution.clone()),
            milestone: chosen.clone(),
            by: Some(by.0),
            seek_lever: seek.lever.clone(),
            seek_probability: seek.probability,
            lang,
        },
    );
    // The runs' bands go on the charts too (the report's words and tables are the panel's).
    let runs = match &risk {
        Risk::Ready(_, summary) => Some(summary.clone()),
        _ => None,
    };
    let chosen = chosen.unwrap_or_default();
    let s = strings(lang);
    let selected: Option<AttrValue> = state.selected.clone().map(AttrValue::from);
    let notices = link_notices(&context, &state.notices);
    let adoption = html! {
        <AdoptionChart results={results.clone()} pinned={pinned.clone()} solution={state.solution.clone()} runs={runs.clone()} />
    };
    let benefits = html! { <BenefitChart results={results.clone()} pinned={pinned.clone()} runs={runs.clone()} /> };
    let timeline = html! {
        <Timeline results={results.clone()} pinned={pinned.clone()} selected={selected.clone()} runs={runs.clone()} />
    };
    let graph = html! {
        <DepGraphChart results={results.clone()} pinned={pinned.clone()} selected={selected.clone()} />
    };
    // Embed mode shows the one chart its link names; otherwise, the figures and every chart.
    // Paper only, and the same for the roadmap and language: written once, not per render.
    let sources = {
        let context = context.clone();
        (*use_memo((engine.clone(), lang), move |_| print_sources(&context))).clone()
    };
    let statement_dialog = {
        let context = context.clone();
        (*use_memo((engine.clone(), lang), move |_| statement(&context))).clone()
    };
    // The fit to history rests on the baseline alone: once per roadmap and language.
    let fit = {
        let context = context.clone();
        (*use_memo((engine.clone(), lang), move |_| fit_panel(&context))).clone()
    };
    let shown = match (state.embed, state.view) {
        (true, View::Adoption) => adoption,
        (true, View::Benefits) => benefits,
        (true, View::Timeline) => timeline,
        (true, View::Graph) => graph,
        _ => html! {
            <>
                { headline(&context, &results) }
                { adoption }
                { benefits }
                { timeline }
                { graph }
                { risk_panel(&context, &risk, state.risk, &chosen, by, &seek, &on_seek) }
                { fit }
            </>
        },
    };
    if state.embed {
        let full = Link {
            embed: false,
            ..link
        };
        let full_url = format!("{}?{}", app_url(), encode(roadmap, &full));
        let body = html! {
            <>
                { lang_unavailable(language.unavailable) }
                { notices }
                { shown }
                if risk == Risk::Unavailable {
                    <p class="hint" id="risk-note" role="note">{ s.risk_unavailable }</p>
                }
            </>
        };
        let scenario_words = scenario_in_words(roadmap, &state.scenario, lang);
        let frame = embed_frame(&context, title, full_url, scenario_words, body);
        return html! {
            <ContextProvider<AppContext> {context}>{ frame }</ContextProvider<AppContext>>
        };
    }
    let statement = question_statement(&context, state.scenario.question);
    let languages = lang_switch(&context);
    let key_figures = figure_bar(&context, &results);
    let print_head = print_scenario(&context, &state.scenario, state.pinned.as_ref());
    let copy_button = copy_link(&context, share_url, copy, copy_field);
    let exports = export_panel(
        &context,
        &ExportPanelProps {
            scenario: state.scenario.clone(),
            import,
        },
    );
    let levers = lever_panel(
        &context,
        &LeverPanelProps {
            scenario: state.scenario.clone(),
            open_groups: state.open_groups.clone(),
            filter: (*lever_filter).clone(),
            on_filter: {
                let lever_filter = lever_filter.clone();
                Callback::from(move |text: String| lever_filter.set(text))
            },
        },
    );
    let pin = pin_control(&context, &results, &state.pinned, &pinned);
    html! {
        <ContextProvider<AppContext> {context}>
        <div class="app">
            <a class="skip-link" href="#results">{ s.skip_to_results }</a>
            <header class="masthead">
                <div class="masthead-inner">
                    <div>
                        <h1>{ title.clone() }</h1>
                        <p class="tagline">{ s.app_tagline }</p>
                        { statement }
                    </div>
                    { languages }
                </div>
            </header>
            { lang_unavailable(language.unavailable) }
            { notices }
            <main class="layout">
                { levers }
                { key_figures }
                <div class="results" id="results" tabindex="-1">
                    { print_head }
                    <div class="toolbar" role="group" aria-label={s.share_toolbar}>
                        { copy_button }
                        <EmbedDialog app_url={app_url()} {link} title={title.clone()} />
                        { pin }
                    </div>
                    { shown }
                    { exports }
                    <RoadmapPanel
                        file={props.roadmap_file.clone()}
                        just_switched={restart_in.is_some()}
                        on_switch={props.on_switch.clone()}
                    />
                    { sources.clone() }
                </div>
            </main>
            <footer class="footer">
                { format!("{} {} · {} {} · ", s.data_as_of, month(lang, roadmap.meta.data_date), roadmap.meta.id, roadmap.meta.version) }
                { statement_dialog }
            </footer>
            <LiveRegion results={results.clone()} selected={selected} />
        </div>
        </ContextProvider<AppContext>>
    }
}
