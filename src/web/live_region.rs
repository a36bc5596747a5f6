//! The status messages (WCAG 4.1.3): one polite live region. After a change it speaks once the
//! burst of changes has settled, not on every step of a slider, with the headline figures and the
//! chosen milestone; choosing a milestone says at once where it falls.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::Shared;
use crate::describe::{chain_announcement, results_announcement};
use crate::insight::Results;
use crate::model::Lang;
use crate::sim::Engine;

/// How long the results must stay unchanged before they are announced: longer than the pause
/// between the steps of a held arrow key or a dragged slider.
const SETTLE_MS: u32 = 800;

#[derive(Properties, PartialEq)]
pub struct LiveRegionProps {
    pub engine: Shared<Engine>,
    pub results: Shared<Results>,
    pub selected: Option<String>,
    pub lang: Lang,
}

#[component]
pub fn LiveRegion(props: &LiveRegionProps) -> Html {
    let message = use_state_eq(String::new);
    let pending = use_mut_ref(|| None::<Timeout>);
    // Read when a message is written, so it speaks of that moment.
    let now = use_mut_ref(|| (props.lang, props.selected.clone()));
    *now.borrow_mut() = (props.lang, props.selected.clone());
    let opened = use_mut_ref(|| [true, true]);
    {
        let (message, engine, now, opened) = (
            message.clone(),
            props.engine.clone(),
            now.clone(),
            opened.clone(),
        );
        use_effect_with(props.results.clone(), move |results| {
            // The page as it opens is not news.
            if std::mem::take(&mut opened.borrow_mut()[0]) {
                return;
            }
            let results = results.clone();
            // Replacing the pending timeout cancels it: only the last of a burst speaks.
            *pending.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
                let (lang, selected) = now.borrow().clone();
                let roadmap = engine.roadmap();
                message.set(results_announcement(
                    roadmap,
                    &results.comparison,
                    selected.as_deref(),
                    lang,
                ))
            }));
        });
    }
    {
        let (message, engine, results) =
            (message.clone(), props.engine.clone(), props.results.clone());
        use_effect_with(props.selected.clone(), move |selected| {
            if std::mem::take(&mut opened.borrow_mut()[1]) {
                return;
            }
            let lang = now.borrow().0;
            let chain = selected
                .as_deref()
                .and_then(|id| chain_announcement(engine.roadmap(), &results.comparison, id, lang));
            if let Some(chain) = chain {
                message.set(chain);
            }
        });
    }
    html! {
        <div class="visually-hidden" id="live-status" role="status" aria-live="polite" aria-atomic="true">
            { (*message).clone() }
        </div>
    }
}
