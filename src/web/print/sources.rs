//! The report's sources, on paper only: every source with its URL written out.

use yew::prelude::*;

use crate::web::context::use_app;

/// Every source the roadmap's numbers rest on, with its URL written out.
#[component]
pub fn PrintSources() -> Html {
    let Some(app) = use_app() else {
        return Html::default();
    };
    let mut sources: Vec<_> = app.roadmap().sources.iter().collect();
    // S2 before S10.
    sources.sort_by_key(|(id, _)| (id.len(), id.as_str()));
    html! {
        <section class="print-only" id="print-sources" aria-labelledby="print-sources-heading">
            <h2 id="print-sources-heading">{ app.strings().print_sources }</h2>
            <ol class="sources">
                { for sources.into_iter().map(|(id, source)| html! {
                    <li>{ format!("{id}: {} – {}", source.title, source.url) }</li>
                }) }
            </ol>
        </section>
    }
}
