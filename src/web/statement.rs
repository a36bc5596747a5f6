//! The accessibility statement (tilgjengelighetserklæring): what is met and how it was tested, in
//! a modal dialog, which the browser keeps the focus in and closes on Escape.

use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

use super::context::AppContext;
use crate::i18n::fill;

/// The axe-core release the automated audit runs (`package.json`); a browser test checks that
/// the statement names the version installed.
const AXE_VERSION: &str = "4.14.1";

/// The statement's button and dialog. A plain function (no state: the dialog is found by its
/// id), which `Simulator` calls once per roadmap and language.
pub fn statement(app: &AppContext) -> Html {
    let s = app.strings();
    let act = |open: bool| {
        Callback::from(move |_: MouseEvent| {
            let Some(dialog) = gloo::utils::document()
                .get_element_by_id("statement")
                .and_then(|e| e.dyn_into::<HtmlDialogElement>().ok())
            else {
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
            <dialog id="statement" class="dialog" aria-labelledby="statement-heading">
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
