//! The question the page answers, in words, and how old the data is: the months between the
//! roadmap's data date and today's date (the only place the app reads the clock; the engine never
//! does).

use yew::prelude::*;

use super::context::AppContext;
use crate::i18n::{fill, month, months};
use crate::model::Month;
use crate::scenario::Question;

/// This month, by the browser's clock.
fn this_month() -> Month {
    let now = js_sys::Date::new_0();
    Month::new(now.get_full_year() as i32, now.get_month() + 1)
}

/// A plain function, not a component: it has no state, and a component's lifecycle code costs
/// ~4 KB of wasm for one paragraph.
pub fn question_statement(app: &AppContext, question: Question) -> Html {
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let meta = &roadmap.meta;
    let date = month(lang, meta.data_date);
    let statement = match question {
        Question::FromToday => fill(s.question_today_statement, &[("date", &date)]),
        Question::Since2021 => fill(
            s.question_2021_statement,
            &[("start", &month(lang, meta.start)), ("date", &date)],
        ),
    };
    let age = this_month().since(meta.data_date);
    let age = if age > 0 {
        fill(s.data_age, &[("months", &months(lang, age))])
    } else {
        s.data_age_current.to_string()
    };
    html! {
        <p class="question-statement" id="question-statement">
            <span id="question-text">{ statement }</span>
            { " " }
            <span id="data-age">{ age }</span>
        </p>
    }
}
