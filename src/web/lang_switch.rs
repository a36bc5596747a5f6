//! Bokmål, nynorsk or English: each button names its language in that language.

use yew::prelude::*;

use super::context::use_app;
use crate::i18n::endonym;
use crate::model::Lang;
use crate::ui_state::Action;

#[component]
pub fn LangSwitch() -> Html {
    let Some(app) = use_app() else {
        return Html::default();
    };
    html! {
        <div class="lang-switch" role="group" aria-label={app.strings().language}>
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = app.dispatch.reform(move |_| Action::SetLang(lang));
                html! {
                    <button
                        type="button"
                        id={format!("lang-{}", lang.code())}
                        lang={lang.code()}
                        aria-pressed={(lang == app.lang).to_string()}
                        {onclick}
                    >
                        { endonym(lang) }
                    </button>
                }
            }) }
        </div>
    }
}
