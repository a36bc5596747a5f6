//! The accessibility statement (tilgjengelighetserklæring): what is met and how it was tested, in
//! a modal dialog, which the browser keeps the focus in and closes on Escape.

use web_sys::HtmlDialogElement;
use yew::prelude::*;

use super::context::use_app;
use crate::i18n::fill;

/// The axe-core release the automated audit runs (`package.json`); a browser test checks that
/// the statement names the version installed.
const AXE_VERSION: &str = "4.14.1";

#[component]
pub fn Statement() -> Html {
    let dialog = use_node_ref();
    let Some(app) = use_app() else {
        return Html::default();
    };
    let s = app.strings();
    let act = |open: bool| {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(dialog) = dialog.cast::<HtmlDialogElement>() else {
                return;
            };
            if open {
                let _ = dialog.show_modal();
            } else {
                dialog.close();
            }
        })
    };
    let met = [
        s.statement_met_keyboard,
        s.statement_met_charts,
        s.statement_met_colour,
        s.statement_met_status,
        s.statement_met_reflow,
        s.statement_met_language,
    ];
    let tested = [
        fill(s.statement_tested_axe, &[("axe", AXE_VERSION)]),
        s.statement_tested_keyboard.to_string(),
        s.statement_tested_manual.to_string(),
    ];
    html! {
        <>
            <button type="button" class="link" id="statement-open" aria-haspopup="dialog" onclick={act(true)}>
                { s.statement_open }
            </button>
            <dialog ref={dialog.clone()} id="statement" class="dialog" aria-labelledby="statement-heading">
                <div class="dialog-head">
                    <h2 id="statement-heading">{ s.statement_open }</h2>
                    <button type="button" id="statement-close" onclick={act(false)}>{ s.close }</button>
                </div>
                <p>{ s.statement_intro }</p>
                <h3>{ s.statement_met_heading }</h3>
                <ul>{ for met.iter().map(|m| html! { <li>{ *m }</li> }) }</ul>
                <h3>{ s.statement_tested_heading }</h3>
                <ul>{ for tested.iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                <h3>{ s.statement_limits_heading }</h3>
                <p>{ s.statement_limits }</p>
            </dialog>
        </>
    }
}
