//! The report's sources, on paper only: every source with its URL written out.

use yew::prelude::*;

use crate::order::sorted_order;
use crate::web::context::AppContext;

/// Every source the roadmap's numbers rest on, with its URL written out.
pub fn print_sources(app: &AppContext) -> Html {
    let all: Vec<_> = app.roadmap().sources.iter().collect();
    // S2 before S10.
    let key = |i: usize| (all[i].0.len(), all[i].0.as_str());
    let sources = sorted_order(all.len(), &|a, b| key(a).cmp(&key(b)))
        .into_iter()
        .map(|i| all[i]);
    html! {
        <section class="print-only" id="print-sources" aria-labelledby="print-sources-heading">
            <h2 id="print-sources-heading">{ app.strings().print_sources }</h2>
            <ol class="sources">
                { for sources.into_iter().map(|(id, source)| html! {
                    <li>{ format!("{} – {}", source.line(id, app.lang), source.url) }</li>
                }) }
            </ol>
        </section>
    }
}
