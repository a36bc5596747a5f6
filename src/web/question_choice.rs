//! Which question the page answers: what happens from today (the default; history stays as it
//! happened), or what if since 2021 (the whole period replayed). Switching to a question resets
//! the levers it does not offer first, so what the page shows is always what the link says.

use yew::prelude::*;

use super::Shared;
use crate::i18n::strings;
use crate::model::Lang;
use crate::scenario::{Question, Scenario};
use crate::sim::Engine;
use crate::ui_state::{not_offered_in, Action};

#[derive(Properties, PartialEq)]
pub struct QuestionChoiceProps {
    pub engine: Shared<Engine>,
    pub scenario: Scenario,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn QuestionChoice(props: &QuestionChoiceProps) -> Html {
    let s = strings(props.lang);
    let option = |value: Question, id: &'static str, text: &'static str| {
        let onchange = {
            let (engine, scenario, dispatch) = (
                props.engine.clone(),
                props.scenario.clone(),
                props.dispatch.clone(),
            );
            Callback::from(move |_: Event| {
                for lever in not_offered_in(engine.roadmap(), &scenario, value) {
                    dispatch.emit(Action::Reset(lever));
                }
                dispatch.emit(Action::SetQuestion(value));
            })
        };
        html! {
            <label class="radio" for={id}>
                <input type="radio" name="question" {id} checked={props.scenario.question == value} {onchange} />
                { text }
            </label>
        }
    };
    html! {
        <fieldset class="field question" id="question">
            <legend>{ s.question }</legend>
            { option(Question::FromToday, "question-today", s.question_today) }
            { option(Question::Since2021, "question-2021", s.question_2021) }
        </fieldset>
    }
}
