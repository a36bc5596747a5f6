//! Which question the page answers: what happens from today (the default; history stays as it
//! happened), or what if since 2021 (the whole period replayed). Switching to a question resets
//! the levers it does not offer first, so what the page shows is always what the link says.

use yew::prelude::*;

use crate::scenario::{Question, Scenario};
use crate::ui_state::{not_offered_in, Action};
use crate::web::context::AppContext;

pub struct QuestionChoiceProps {
    pub scenario: Scenario,
}

pub fn question_choice(app: &AppContext, props: &QuestionChoiceProps) -> Html {
    let s = app.strings();
    let option = |value: Question, id: &'static str, text: &'static str| {
        let onchange = {
            let (engine, scenario, dispatch) = (
                app.engine.clone(),
                props.scenario.clone(),
                app.dispatch.clone(),
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
