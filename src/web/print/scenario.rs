//! The report's opening, on paper only: which scenario it is (the levers that differ from the
//! baseline, as text, since the controls are not printed).

use yew::prelude::*;

use crate::describe::changed_levers;
use crate::i18n::{fill, month};
use crate::scenario::{Question, Scenario, Schedule};
use crate::web::context::AppContext;

/// The report's opening: the roadmap and the levers that make the scenario.
pub fn print_scenario(app: &AppContext, scenario: &Scenario) -> Html {
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let meta = &roadmap.meta;
    let levers = changed_levers(roadmap, scenario, lang);
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
                { match scenario.question {
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
            if scenario.schedule == Schedule::Plan {
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
