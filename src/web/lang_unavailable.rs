//! Says that a language's words could not be fetched and the page is in bokmål instead: in
//! bokmål and in the language asked for, so both the reader who asked and anyone else read it.

use yew::prelude::*;

use crate::i18n::catalogue_unavailable;
use crate::model::Lang;

/// A plain function, not a component (a component's lifecycle code costs ~4 KB of wasm): nothing
/// unless a catalogue failed, which is almost never.
pub fn lang_unavailable(failed: Option<Lang>) -> Html {
    let Some((lang, (in_bokmaal, in_own))) =
        failed.and_then(|lang| Some((lang, catalogue_unavailable(lang)?)))
    else {
        return Html::default();
    };
    html! {
        <section id="lang-unavailable" class="link-notice link-notice-warning" role="alert">
            <div class="link-notice-text">
                <p>{ in_bokmaal }</p>
                <p lang={lang.code()}>{ in_own }</p>
            </div>
        </section>
    }
}
