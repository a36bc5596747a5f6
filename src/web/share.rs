//! Sharing: "Copy link" copies the share link of what the page shows, and "Embed" opens a dialog
//! with the iframe code for the current scenario and a chosen chart. Where the browser does not
//! let the page write to the clipboard (no permission, a page not served over HTTPS, a frame
//! without `allow="clipboard-write"`), the text is shown selected in a read-only field instead.

use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::embed::view_name;
use super::Shared;
use crate::embed_code::{iframe_snippet, initial_height};
use crate::i18n::strings;
use crate::model::Lang;
use crate::scenario::link::{encode, Link, View};
use crate::sim::Engine;

/// What became of the last attempt to copy the current text.
#[derive(Clone, Copy, PartialEq)]
enum Copy {
    NotTried,
    Done,
    Refused,
}

/// Writes `text` to the clipboard and tells `done` whether the browser allowed it.
fn copy_to_clipboard(text: &str, done: Callback<Copy>) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    // Pages not served over HTTPS (or from localhost) have no clipboard.
    if clipboard.is_undefined() {
        done.emit(Copy::Refused);
        return;
    }
    let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text));
    yew::platform::spawn_local(async move {
        done.emit(match written.await {
            Ok(_) => Copy::Done,
            Err(_) => Copy::Refused,
        })
    });
}

/// Focuses the read-only field behind `field` and selects its text, ready to copy by hand.
fn select_all(field: &NodeRef) {
    if let Some(input) = field.cast::<HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = field.cast::<HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

/// A copy button's state for `text` and the callback that copies it. The state starts over when
/// the text changes, so "copied" never refers to an older text; a refusal selects `field`.
#[hook]
fn use_copy(text: String, field: NodeRef) -> (Copy, Callback<()>) {
    let copied = use_state_eq(|| Copy::NotTried);
    {
        let copied = copied.clone();
        use_effect_with(text.clone(), move |_| copied.set(Copy::NotTried));
    }
    use_effect_with(*copied, move |copied| {
        if *copied == Copy::Refused {
            select_all(&field);
        }
    });
    let done = {
        let setter = copied.setter();
        Callback::from(move |result| setter.set(result))
    };
    let copy = Callback::from(move |()| copy_to_clipboard(&text, done.clone()));
    (*copied, copy)
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The full share link.
    pub url: AttrValue,
    pub lang: Lang,
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let s = strings(props.lang);
    let field = use_node_ref();
    let (copied, copy) = use_copy(props.url.to_string(), field.clone());
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

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub engine: Shared<Engine>,
    /// The page's address without query: embed links are made from it.
    pub app_url: AttrValue,
    /// What the page shows now; the embed shows the same with one chart.
    pub link: Link,
    pub title: AttrValue,
    pub lang: Lang,
}

/// The "Embed" button and its dialog: a chart to choose and the iframe code to copy.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let s = strings(props.lang);
    let dialog = use_node_ref();
    let field = use_node_ref();
    let view = use_state_eq(|| match props.link.view {
        View::All => View::Adoption,
        chart => chart,
    });
    let embed_link = Link {
        embed: true,
        view: *view,
        ..props.link.clone()
    };
    let src = format!(
        "{}?{}",
        props.app_url,
        encode(props.engine.roadmap(), &embed_link)
    );
    let title = format!("{}: {}", props.title, view_name(*view, s));
    let code = iframe_snippet(&src, &title, initial_height(*view));
    let (copied, copy) = use_copy(code.clone(), field.clone());
    let open = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let choose = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(chosen) = View::CHARTS.into_iter().find(|v| v.code() == code) {
                view.set(chosen);
            }
        })
    };
    html! {
        <>
            <button type="button" id="embed-open" aria-haspopup="dialog" onclick={open}>{ s.embed_open }</button>
            <dialog ref={dialog} id="embed-dialog" class="dialog embed-dialog" aria-labelledby="embed-dialog-heading">
                <h2 id="embed-dialog-heading">{ s.embed_heading }</h2>
                <p class="hint">{ s.embed_intro }</p>
                <div class="field">
                    <label for="embed-view">{ s.embed_view }</label>
                    <select id="embed-view" onchange={choose}>
                        { for View::CHARTS.into_iter().map(|v| html! {
                            <option value={v.code()} selected={v == *view}>{ view_name(v, s) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-code">{ s.embed_code }</label>
                    <textarea id="embed-code" readonly=true rows="5" spellcheck="false" value={code} ref={field} />
                </div>
                <p class="copy-status" id="embed-copy-status" role="status">
                    { match copied {
                        Copy::Done => s.code_copied,
                        Copy::Refused => s.copy_manually,
                        Copy::NotTried => "",
                    } }
                </p>
                <div class="dialog-actions">
                    <button type="button" id="embed-copy" onclick={copy.reform(|_| ())}>{ s.copy_code }</button>
                    <button type="button" id="embed-close" onclick={close}>{ s.close }</button>
                </div>
            </dialog>
        </>
    }
}
