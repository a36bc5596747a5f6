//! An actor group's legal duty to adopt one solution, as a forskrift sets it: as the data says,
//! none, or by a deadline of one's choice.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::model::Month;
use crate::scenario::MandateLever;
use crate::ui_state::{Action, Lever};
use crate::web::context::AppContext;

/// The element id of a mandate lever's select; its month input adds `-month`.
pub fn dom_id(lever: &Lever) -> String {
    match lever {
        Lever::Mandate(actor, solution) => format!("lever-{actor}-mandate-{solution}"),
        other => format!("lever-{}-mandate", other.target()),
    }
}

pub struct MandateProps {
    /// A `Lever::Mandate(actor, solution)`.
    pub lever: Lever,
    /// The solution's name.
    pub label: AttrValue,
    pub mandate: MandateLever,
    /// The deadline offered when a user first picks "by a deadline".
    pub suggested: Month,
    /// The months a deadline may take (from today: only after the data date).
    pub range: (Month, Month),
    pub reset_label: AttrValue,
}

pub fn mandate_control(app: &AppContext, props: &MandateProps) -> Html {
    let s = app.strings();
    let id = dom_id(&props.lever);
    let lever = props.lever.clone();
    let set = |mandate: MandateLever| Action::SetMandate(lever.clone(), mandate);
    let onselect = {
        let (set_data, set_off, set_at) = (
            set(MandateLever::AsData),
            set(MandateLever::Off),
            set(MandateLever::At(props.suggested)),
        );
        app.dispatch.reform(move |e: Event| {
            match e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .as_str()
            {
                "off" => set_off.clone(),
                "at" => set_at.clone(),
                _ => set_data.clone(),
            }
        })
    };
    let deadline = match props.mandate {
        MandateLever::At(month) => {
            let onchange = {
                let lever = lever.clone();
                let (first, last) = props.range;
                // A cleared or half-typed field keeps the deadline it had; one outside the range
                // takes its nearest end.
                app.dispatch.reform(move |e: Event| {
                    let value = e.target_unchecked_into::<HtmlInputElement>().value();
                    let at = value.parse().unwrap_or(month).clamp(first, last.max(first));
                    Action::SetMandate(lever.clone(), MandateLever::At(at))
                })
            };
            html! {
                <input
                    type="month"
                    id={format!("{id}-month")}
                    aria-label={s.mandate_deadline}
                    min={props.range.0.to_string()}
                    max={props.range.1.to_string()}
                    value={month.to_string()}
                    {onchange}
                />
            }
        }
        _ => html! {},
    };
    let option = |value: &'static str, text: &'static str, chosen: bool| {
        html! { <option {value} selected={chosen}>{ text }</option> }
    };
    let onreset = {
        let lever = lever.clone();
        app.dispatch.reform(move |_| Action::Reset(lever.clone()))
    };
    html! {
        <div class="lever">
            { super::lever_head(&id, &props.label, &props.reset_label, props.mandate == MandateLever::AsData, onreset) }
            <div class="lever-row">
                <select id={id} onchange={onselect}>
                    { option("data", s.mandate_as_data, props.mandate == MandateLever::AsData) }
                    { option("off", s.mandate_off, props.mandate == MandateLever::Off) }
                    { option("at", s.mandate_at, matches!(props.mandate, MandateLever::At(_))) }
                </select>
                { deadline }
            </div>
        </div>
    }
}
