//! Comparing two scenarios: the current levers can be pinned, and every chart then draws the
//! pinned scenario (dotted) against the current one. The pin is in the share link.

use yew::prelude::*;

use crate::describe::pv_change;
use crate::i18n::fill;
use crate::insight::Results;
use crate::scenario::Scenario;
use crate::sim::RunOutput;
use crate::ui_state::Action;
use crate::web::context::AppContext;
use crate::web::Shared;

/// Pins the current levers (again) or unpins, and says what the current scenario gains or loses
/// against the pinned one.
pub fn pin_control(
    app: &AppContext,
    results: &Shared<Results>,
    pinned: &Option<Scenario>,
    pinned_run: &Option<Shared<RunOutput>>,
) -> Html {
    let s = app.strings();
    let current = &results.scenario;
    let pin = app.dispatch.reform(|_| Action::PinCurrent);
    let unpin = app.dispatch.reform(|_| Action::Unpin);
    let gap = pinned_run.as_ref().map(|pinned| {
        let delta = results.comparison.scenario.present_value - pinned.present_value;
        // Signed as the headline signs the change against the baseline.
        let (_, amount) = pv_change(app.lang, delta);
        fill(s.pinned_gap, &[("amount", &amount)])
    });
    html! {
        <>
            <button
                type="button"
                id="pin"
                disabled={pinned.as_ref() == Some(current)}
                onclick={pin}
            >
                { s.pin }
            </button>
            if pinned.is_some() {
                <button type="button" id="unpin" onclick={unpin}>{ s.unpin }</button>
            }
            if let Some(gap) = gap {
                <p class="pinned-gap" id="pinned-gap">
                    <span class="key key-dotted" aria-hidden="true"></span>
                    { gap }
                </p>
            }
        </>
    }
}
