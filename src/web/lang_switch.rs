//! Bokmål, nynorsk or English: each button names its language in that language.

use yew::prelude::*;

use crate::i18n::{endonym, strings};
use crate::model::Lang;
use crate::ui_state::Action;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={strings(props.lang).language}>
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = props.dispatch.reform(move |_| Action::SetLang(lang));
                html! {
                    <button
                        type="button"
                        id={format!("lang-{}", lang.code())}
                        lang={lang.code()}
                        aria-pressed={(lang == props.lang).to_string()}
                        {onclick}
                    >
                        { endonym(lang) }
                    </button>
                }
            }) }
        </div>
    }
}
