//! What the link the page was opened with had that could not be used, in the user's language,
//! until dismissed. An ignored parameter is an alert; a caveat (other data version, newer link
//! format) only a status.

use yew::prelude::*;

use super::context::AppContext;
use crate::i18n::link_notice;
use crate::scenario::link::Notice;
use crate::ui_state::Action;

/// A plain function, not a component (a component's lifecycle code costs ~4 KB of wasm): nothing
/// when there is nothing to say, which is almost always.
pub fn link_notices(app: &AppContext, notices: &[Notice]) -> Html {
    if notices.is_empty() {
        return Html::default();
    }
    let (lang, s) = (app.lang, app.strings());
    let ignored = notices.iter().any(|n| n.problem.ignores_part_of_the_link());
    let items = notices.iter().map(|n| {
        html! {
            <li>
                // A cut link is about the whole link, not one parameter.
                if !n.param.is_empty() {
                    <code>{ format!("{}={}", n.param, n.value) }</code>{ ": " }
                }
                { link_notice(lang, n) }
            </li>
        }
    });
    let ondismiss = app.dispatch.reform(|_| Action::DismissNotices);
    html! {
        <section
            id="link-notice"
            class="link-notice"
            role={if ignored { "alert" } else { "status" }}
            aria-labelledby="link-notice-heading"
        >
            <div class="link-notice-text">
                <h2 id="link-notice-heading">{ if ignored { s.notice_ignored } else { s.notice_caveat } }</h2>
                <ul>{ for items }</ul>
                if ignored {
                    <p>{ s.notice_rest }</p>
                }
            </div>
            <button type="button" id="dismiss-link-notice" onclick={ondismiss}>{ s.dismiss_notice }</button>
        </section>
    }
}
