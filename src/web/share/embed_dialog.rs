//! "Embed" opens a dialog with the iframe code for the current scenario and a chosen chart.

use web_sys::{HtmlDialogElement, HtmlSelectElement};
use yew::prelude::*;

use super::clipboard::{use_copy, Copy};
use super::embed_frame::view_name;
use crate::embed_code::{iframe_snippet, initial_height};
use crate::scenario::link::{encode, Link, View};
use crate::web::context::use_app;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The page's address without query: embed links are made from it.
    pub app_url: AttrValue,
    /// What the page shows now; the embed shows the same with one chart.
    pub link: Link,
    pub title: AttrValue,
}

/// The "Embed" button and its dialog: a chart to choose and the iframe code to copy.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let app = use_app();
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
    // The code is written while the dialog is open, not on every move of a lever.
    let open_now = use_state_eq(|| false);
    let (code, preview) = match (&app, *open_now) {
        (Some(app), true) => {
            let src = format!("{}?{}", props.app_url, encode(app.roadmap(), &embed_link));
            let title = format!("{}: {}", props.title, view_name(*view, app.strings()));
            let code = iframe_snippet(&src, &title, initial_height(*view));
            (code, Some((src, title)))
        }
        _ => (String::new(), None),
    };
    let (copied, copy) = use_copy(code.clone(), field.clone());
    let Some(app) = app else {
        return Html::default();
    };
    let s = app.strings();
    let open = {
        let (dialog, open_now) = (dialog.clone(), open_now.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                open_now.set(true);
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
    // Closed with the button or Escape.
    let onclose = {
        let open_now = open_now.clone();
        Callback::from(move |_: Event| open_now.set(false))
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
            <dialog ref={dialog} id="embed-dialog" class="dialog embed-dialog" aria-labelledby="embed-dialog-heading" {onclose}>
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
                    <textarea id="embed-code" readonly=true rows="8" spellcheck="false" value={code} ref={field} />
                </div>
                <p class="hint" id="embed-script-note">{ s.embed_script_note }</p>
                <p class="embed-allow" id="embed-allow">{ s.embed_allow }</p>
                if let Some((src, title)) = preview {
                    <h3>{ s.embed_preview }</h3>
                    // The page itself, as the host will show it (this site may frame itself).
                    <iframe class="embed-preview" id="embed-preview" {src} {title} height="420"></iframe>
                }
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
