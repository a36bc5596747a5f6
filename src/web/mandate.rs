//! An actor group's legal duty to adopt: as the data says, none, or by a deadline of one's choice.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Lang, Month};
use crate::scenario::MandateLever;
use crate::ui_state::{Action, Lever};

#[derive(Properties, PartialEq)]
pub struct MandateProps {
    pub actor: AttrValue,
    pub mandate: MandateLever,
    /// The deadline offered when a user first picks "by a deadline".
    pub suggested: Month,
    pub range: (Month, Month),
    pub reset_label: AttrValue,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn MandateControl(props: &MandateProps) -> Html {
    let s = strings(props.lang);
    let id = format!("lever-{}-mandate", props.actor);
    let actor = props.actor.to_string();
    let set = |mandate: MandateLever| Action::SetMandate(actor.clone(), mandate);
    let onselect = {
        let (set_data, set_off, set_at) = (
            set(MandateLever::AsData),
            set(MandateLever::Off),
            set(MandateLever::At(props.suggested)),
        );
        props.dispatch.reform(move |e: Event| {
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
                let actor = actor.clone();
                // A cleared or half-typed field keeps the deadline it had.
                props.dispatch.reform(move |e: Event| {
                    let value = e.target_unchecked_into::<HtmlInputElement>().value();
                    Action::SetMandate(
                        actor.clone(),
                        MandateLever::At(value.parse().unwrap_or(month)),
                    )
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
        let lever = Lever::Mandate(actor.clone());
        props.dispatch.reform(move |_| Action::Reset(lever.clone()))
    };
    html! {
        <div class="lever">
            <div class="lever-head">
                <label for={id.clone()}>{ s.lever_mandate }</label>
                <button
                    type="button"
                    class="reset"
                    aria-label={props.reset_label.clone()}
                    title={props.reset_label.clone()}
                    disabled={props.mandate == MandateLever::AsData}
                    onclick={onreset}
                >{ "↺" }</button>
            </div>
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
