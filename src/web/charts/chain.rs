//! Why the chosen milestone falls when it does: its critical chain in words, shown in the
//! milestone table right under the chosen row, where it was chosen.

use yew::prelude::*;

use crate::insight::{explain_chain, Results};
use crate::web::context::use_app;
use crate::web::Shared;

#[derive(Properties, PartialEq)]
pub struct ChainProps {
    pub results: Shared<Results>,
    pub selected: Option<AttrValue>,
}

#[component]
pub fn Chain(props: &ChainProps) -> Html {
    let Some(app) = use_app() else {
        return Html::default();
    };
    let s = app.strings();
    let explanation = props
        .selected
        .as_deref()
        .and_then(|id| explain_chain(app.roadmap(), &props.results.comparison, id, app.lang));
    html! {
        // Not a live region: it changes with every step of a lever; the page's status message
        // (live_region.rs) says where the chosen milestone falls once the levers are still.
        <div class="chain" id="chain">
            <h3>{ s.chain_heading }</h3>
            if let Some(x) = explanation {
                <p class="chain-summary" id="chain-summary">{ x.summary }</p>
                <ol class="chain-steps" id="chain-steps">
                    { for x.reasons.into_iter().map(|reason| html! { <li>{ format!("{} {reason}", s.because) }</li> }) }
                </ol>
            }
        </div>
    }
}
