//! Bokmål, nynorsk or English: each button names its language in that language.

use yew::prelude::*;

use super::context::AppContext;
use crate::i18n::endonym;
use crate::model::Lang;
use crate::ui_state::Action;

/// A plain function, not a component: it has no state, and a component's lifecycle code costs
/// ~4 KB of wasm for three buttons.
pub fn lang_switch(app: &AppContext) -> Html {
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
