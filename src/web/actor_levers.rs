//! The levers of one actor group: speed, delay, ceiling and mandate.

use yew::prelude::*;

use super::mandate::MandateControl;
use super::slider::SliderLever;
use super::Shared;
use crate::i18n::{fill, strings};
use crate::insight::lever_name;
use crate::model::Lang;
use crate::scenario::Scenario;
use crate::sim::Engine;
use crate::ui_state::{Action, Lever, Slider};

#[derive(Properties, PartialEq)]
pub struct ActorLeversProps {
    pub engine: Shared<Engine>,
    pub actor: usize,
    pub scenario: Scenario,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ActorLevers(props: &ActorLeversProps) -> Html {
    let roadmap = props.engine.roadmap();
    let actor = &roadmap.actors[props.actor];
    let s = strings(props.lang);
    let reset_label = |lever: &Lever| {
        fill(
            s.reset_lever,
            &[("lever", &lever_name(roadmap, lever, props.lang))],
        )
    };
    let slider = |make: fn(String) -> Slider, label: &'static str, unit: &'static str| {
        let slider = make(actor.id.clone());
        html! {
            <SliderLever
                value={slider.value(&props.scenario)}
                label={label}
                unit={unit}
                reset_label={reset_label(&Lever::Slider(slider.clone()))}
                lang={props.lang}
                dispatch={props.dispatch.clone()}
                {slider}
            />
        }
    };
    let meta = &roadmap.meta;
    html! {
        <fieldset class="actor" id={format!("actor-{}", actor.id)}>
            <legend>{ actor.name.get(props.lang) }</legend>
            { slider(Slider::Speed, s.lever_speed, "×") }
            { slider(Slider::Delay, s.lever_delay, s.unit_months) }
            { slider(Slider::Ceiling, s.lever_ceiling, "%") }
            <MandateControl
                actor={actor.id.clone()}
                mandate={props.scenario.actor(&actor.id).mandate}
                // A duty a year after the data date: a near-term start to adjust from.
                suggested={meta.data_date.plus(12).min(meta.end)}
                range={(meta.start, meta.end)}
                reset_label={reset_label(&Lever::Mandate(actor.id.clone()))}
                lang={props.lang}
                dispatch={props.dispatch.clone()}
            />
        </fieldset>
    }
}
