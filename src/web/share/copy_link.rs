//! "Copy link" copies the share link of what the page shows.

use yew::prelude::*;

use super::clipboard::{use_copy, Copy};
use crate::web::context::use_app;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The full share link.
    pub url: AttrValue,
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let field = use_node_ref();
    let (copied, copy) = use_copy(props.url.to_string(), field.clone());
    let Some(app) = use_app() else {
        return Html::default();
    };
    let s = app.strings();
    html! {
        <>
            <button type="button" id="copy-link" onclick={copy.reform(|_| ())}>{ s.copy_link }</button>
            <p class="copy-status" id="copy-link-status" role="status">
                if copied == Copy::Done { { s.link_copied } }
            </p>
            if copied == Copy::Refused {
                <div class="field copy-fallback">
                    <label for="share-link-field">{ s.copy_manually }</label>
                    <input id="share-link-field" type="text" readonly=true value={props.url.clone()} ref={field} />
                </div>
            }
        </>
    }
}
