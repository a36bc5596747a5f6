//! Recomputing on input without freezing the page: the rule is [`crate::timing::Recompute`]
//! (a burst of input before the next animation frame costs one run, the latest input wins, runs
//! never overlap); this hook gives it the frames.

use gloo::render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

use crate::insight::Results;
use crate::scenario::Scenario;
use crate::sim::Engine;
use crate::timing::Recompute;
use crate::web::Shared;

/// The results for `scenario`; the first are computed at once, later ones at the next frame.
#[hook]
pub fn use_results(engine: Shared<Engine>, scenario: Scenario) -> Shared<Results> {
    let results = {
        let (engine, scenario) = (engine.clone(), scenario.clone());
        use_state(move || Shared::new(Results::compute(&engine, &scenario)))
    };
    let schedule = {
        let scenario = scenario.clone();
        use_mut_ref(move || Recompute::new(scenario))
    };
    let frame = use_mut_ref(|| None::<AnimationFrame>);
    {
        let results = results.clone();
        use_effect_with(scenario, move |scenario| {
            let ask = schedule.borrow_mut().input(scenario.clone());
            if ask {
                let schedule = schedule.clone();
                *frame.borrow_mut() = Some(request_animation_frame(move |_| {
                    let next = schedule.borrow_mut().frame();
                    if let Some(scenario) = next {
                        results.set(Shared::new(Results::compute(&engine, &scenario)));
                    }
                }));
            } else if !schedule.borrow().pending() {
                // Dropping a pending frame cancels it.
                *frame.borrow_mut() = None;
            }
        });
    }
    (*results).clone()
}
