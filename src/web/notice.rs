//! What the link the page was opened with had that could not be used, in the user's language,
//! until dismissed. An ignored parameter is an alert; a caveat (other data version, newer link
//! format) only a status.

use yew::prelude::*;

use super::context::use_app;
use crate::i18n::link_notice;
use crate::scenario::link::Notice;
use crate::ui_state::Action;

#[derive(Properties, PartialEq)]
pub struct LinkNoticesProps {
    pub notices: Vec<Notice>,
}

#[component]
pub fn LinkNotices(props: &LinkNoticesProps) -> Html {
    let Some(app) = use_app().filter(|_| !props.notices.is_empty()) else {
        return Html::default();
    };
    let (lang, s) = (app.lang, app.strings());
    let ignored = props
        .notices
        .iter()
        .any(|n| n.problem.ignores_part_of_the_link());
    let items = props.notices.iter().map(|n| {
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
            class={classes!("link-notice", ignored.then_some("link-notice-warning"))}
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
