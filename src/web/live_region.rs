//! The status messages (WCAG 4.1.3): one polite live region. After a change it speaks once the
//! burst of changes has settled (the rule is [`crate::timing::Settle`]), with the headline
//! figures and the chosen milestone; choosing a milestone says at once where it falls. While a
//! message waits, the region carries `data-pending`; when it speaks, the page fires
//! `veikart:announced`.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::context::use_app;
use super::hooks::{announce, now};
use super::Shared;
use crate::describe::{chain_announcement, results_announcement};
use crate::insight::Results;
use crate::timing::Settle;

#[derive(Properties, PartialEq)]
pub struct LiveRegionProps {
    pub results: Shared<Results>,
    pub selected: Option<AttrValue>,
}

#[component]
pub fn LiveRegion(props: &LiveRegionProps) -> Html {
    let app = use_app();
    let message = use_state_eq(String::new);
    let pending = use_state_eq(|| false);
    let settle = use_mut_ref(Settle::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    // Read when a message is written, so it speaks of that moment.
    let current = use_mut_ref(|| None);
    *current.borrow_mut() = app.clone().map(|app| (app, props.selected.clone()));
    let chain_opened = use_mut_ref(|| true);
    {
        let (message, pending, current) = (message.clone(), pending.clone(), current.clone());
        use_effect_with(props.results.clone(), move |results| {
            let Some(due) = settle.borrow_mut().changed(now()) else {
                return;
            };
            pending.set(true);
            let results = results.clone();
            let wait = (due - now()).max(0.0).ceil() as u32;
            // Replacing the pending timeout cancels it: only the last of a burst speaks.
            *timer.borrow_mut() = Some(Timeout::new(wait, move || {
                if !settle.borrow_mut().poll(now()) {
                    return;
                }
                if let Some((app, selected)) = current.borrow().clone() {
                    message.set(results_announcement(
                        app.roadmap(),
                        &results.comparison,
                        selected.as_deref(),
                        app.lang,
                    ));
                }
                pending.set(false);
                announce("announced");
            }));
        });
    }
    {
        let (message, results) = (message.clone(), props.results.clone());
        use_effect_with(props.selected.clone(), move |selected| {
            if std::mem::take(&mut *chain_opened.borrow_mut()) {
                return;
            }
            let Some((app, _)) = current.borrow().clone() else {
                return;
            };
            let chain = selected.as_deref().and_then(|id| {
                chain_announcement(app.roadmap(), &results.comparison, id, app.lang)
            });
            if let Some(chain) = chain {
                message.set(chain);
                announce("announced");
            }
        });
    }
    html! {
        <div class="visually-hidden" id="live-status" role="status" aria-live="polite" aria-atomic="true" data-pending={pending.then_some("")}>
            { (*message).clone() }
        </div>
    }
}
