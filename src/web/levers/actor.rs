//! The levers of one actor group: speed, delay, ceiling, and a mandate per solution the group
//! adopts (as a forskrift is: one duty, one solution). A mandate the question does not offer (a
//! duty in force since before the data date, asked from today) is a line saying why instead.

use yew::prelude::*;

use super::mandate::{self, mandate_control, MandateProps};
use super::slider::SliderLever;
use crate::describe::not_offered_text;
use crate::i18n::fill;
use crate::insight::lever_name;
use crate::scenario::{ActorLevers, Lever, Question, Scenario};
use crate::ui_state::{mandate_range, shown_value};
use crate::web::context::use_app;

#[derive(Properties, PartialEq)]
pub struct ActorGroupProps {
    /// The group's index in the roadmap.
    pub actor: usize,
    pub question: Question,
    /// The scenario's levers for this group; `None` when all are at the data's values.
    pub levers: Option<ActorLevers>,
}

#[component]
pub fn ActorGroup(props: &ActorGroupProps) -> Html {
    let Some(app) = use_app() else {
        return Html::default();
    };
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let Some(actor) = roadmap.actors.get(props.actor) else {
        return Html::default();
    };
    let question = props.question;
    // What the controls read: this group's levers, nothing else. Inserted, not collected:
    // collecting into a map sorts, and the sort would be instantiated for this type.
    let mut scenario = Scenario {
        question,
        ..Scenario::default()
    };
    if let Some(levers) = &props.levers {
        scenario.actors.insert(actor.id.clone(), levers.clone());
    }
    let reset_label = |lever: &Lever| {
        fill(
            s.reset_lever,
            &[("lever", &lever_name(roadmap, lever, lang))],
        )
    };
    let slider = |make: fn(String) -> Lever, label: &'static str, unit: &'static str| {
        let lever = make(actor.id.clone());
        html! {
            <SliderLever
                value={shown_value(&lever, &scenario)}
                label={label}
                unit={unit}
                reset_label={reset_label(&lever)}
                {lever}
            />
        }
    };
    let meta = &roadmap.meta;
    let range = mandate_range(roadmap, question);
    // A duty a year after the data date: a near-term start to adjust from.
    let suggested = meta.data_date.plus(12).clamp(range.0, range.1);
    let mandates: Vec<Html> = Lever::mandates(roadmap)
        .filter(|lever| lever.target() == actor.id)
        .map(|lever| {
            let solution = match &lever {
                Lever::Mandate(_, sol) => sol.clone(),
                _ => String::new(),
            };
            let label = roadmap
                .solution(&solution)
                .map_or(solution.clone(), |x| x.name.get(lang).to_string());
            match lever.offered(roadmap, question) {
                Ok(()) => html! {
                    { mandate_control(&app, &MandateProps { mandate: lever.mandate(&scenario), label: label.into(), suggested, range, reset_label: reset_label(&lever).into(), lever }) }
                },
                Err(why) => html! {
                    <p class="lever-not-offered" id={format!("{}-why", mandate::dom_id(&lever))}>
                        <span class="lever-name">{ label }{ ": " }</span>
                        { not_offered_text(&why, lang) }
                    </p>
                },
            }
        })
        .collect();
    html! {
        <fieldset class="actor" id={format!("actor-{}", actor.id)}>
            <legend>{ actor.name.get(lang) }</legend>
            { slider(Lever::Speed, s.lever_speed, "×") }
            { slider(Lever::Delay, s.lever_delay, s.unit_months) }
            { slider(Lever::Ceiling, s.lever_ceiling, "%") }
            if !mandates.is_empty() {
                <div class="mandates" role="group" aria-label={format!("{}: {}", actor.name.get(lang), s.mandates_heading)}>
                    <p class="lever-subhead" aria-hidden="true">{ s.mandates_heading }</p>
                    { for mandates }
                </div>
            }
        </fieldset>
    }
}
