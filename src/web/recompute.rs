//! Recomputing on input without freezing the page, after SDEverywhere's model scheduler: a change
//! schedules one run at the next animation frame; a change before that frame replaces the pending
//! run, so a burst of input costs one run, the latest input wins, and runs never overlap.

use gloo::render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

use super::Shared;
use crate::insight::Results;
use crate::scenario::Scenario;
use crate::sim::Engine;

/// The results for `scenario`; the first are computed at once, later ones at the next frame.
#[hook]
pub fn use_results(engine: Shared<Engine>, scenario: Scenario) -> Shared<Results> {
    let results = {
        let (engine, scenario) = (engine.clone(), scenario.clone());
        use_state(move || Shared::new(Results::compute(&engine, &scenario)))
    };
    let pending = use_mut_ref(|| None::<AnimationFrame>);
    {
        let results = results.clone();
        use_effect_with(scenario, move |scenario| {
            // Dropping a pending frame cancels it.
            *pending.borrow_mut() = (results.scenario != *scenario).then(|| {
                let scenario = scenario.clone();
                request_animation_frame(move |_| {
                    results.set(Shared::new(Results::compute(&engine, &scenario)))
                })
            });
        });
    }
    (*results).clone()
}
