//! Why the chosen milestone falls when it does: its critical chain in words, shown in the
//! milestone table right under the chosen row, where it was chosen.

use yew::prelude::*;

use crate::insight::{explain_chain, Results};
use crate::web::context::AppContext;
use crate::web::Shared;

pub fn chain(app: &AppContext, results: &Shared<Results>, selected: &Option<AttrValue>) -> Html {
    let s = app.strings();
    let explanation = selected
        .as_deref()
        .and_then(|id| explain_chain(app.roadmap(), &results.comparison, id, app.lang));
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
