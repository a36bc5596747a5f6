//! What only a printout shows: which scenario it is (the levers that differ from the baseline, as
//! text, since the controls are not printed) and the sources with their URLs. The print
//! stylesheet (`assets/print.css`) hides the controls and opens every table.

use yew::prelude::*;

use super::Shared;
use crate::describe::changed_levers;
use crate::i18n::{fill, month, strings};
use crate::model::Lang;
use crate::scenario::{Question, Scenario, Schedule};
use crate::sim::Engine;

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub engine: Shared<Engine>,
    pub scenario: Scenario,
    pub lang: Lang,
}

/// The report's opening: the roadmap and the levers that make the scenario.
#[component]
pub fn PrintScenario(props: &PrintProps) -> Html {
    let lang = props.lang;
    let s = strings(lang);
    let roadmap = props.engine.roadmap();
    let meta = &roadmap.meta;
    let levers = changed_levers(roadmap, &props.scenario, lang);
    html! {
        <section class="print-only" id="print-scenario" aria-labelledby="print-heading">
            <h2 id="print-heading">{ fill(s.print_heading, &[("title", meta.title.get(lang))]) }</h2>
            <p>
                { fill(s.print_roadmap, &[
                    ("id", &meta.id),
                    ("version", &meta.version),
                    ("date", &month(lang, meta.data_date)),
                ]) }
            </p>
            <h3>{ s.print_levers }</h3>
            <p id="print-question">
                // The masthead, which states the question on screen, is not printed.
                { match props.scenario.question {
                    Question::FromToday => fill(
                        s.question_today_statement,
                        &[("date", &month(lang, meta.data_date))],
                    ),
                    Question::Since2021 => fill(
                        s.question_2021_statement,
                        &[("start", &month(lang, meta.start)), ("date", &month(lang, meta.data_date))],
                    ),
                } }
            </p>
            if props.scenario.schedule == Schedule::Plan {
                <p>{ format!("{}: {}", s.schedule, s.schedule_plan) }</p>
            }
            if levers.is_empty() {
                <p>{ s.print_no_levers }</p>
            } else {
                <dl class="print-levers">
                    { for levers.into_iter().map(|(name, value)| html! {
                        <><dt>{ name }</dt><dd>{ value }</dd></>
                    }) }
                </dl>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintSourcesProps {
    pub engine: Shared<Engine>,
    pub lang: Lang,
}

/// Every source the roadmap's numbers rest on, with its URL written out.
#[component]
pub fn PrintSources(props: &PrintSourcesProps) -> Html {
    let mut sources: Vec<_> = props.engine.roadmap().sources.iter().collect();
    // S2 before S10.
    sources.sort_by_key(|(id, _)| (id.len(), id.as_str()));
    html! {
        <section class="print-only" id="print-sources" aria-labelledby="print-sources-heading">
            <h2 id="print-sources-heading">{ strings(props.lang).print_sources }</h2>
            <ol class="sources">
                { for sources.into_iter().map(|(id, source)| html! {
                    <li>{ format!("{id}: {} – {}", source.title, source.url) }</li>
                }) }
            </ol>
        </section>
    }
}
