//! One numeric lever: a labelled range input that acts on every `input` event, a text field for
//! exact entry in the page's number format (a decimal comma in Norwegian), and a reset button.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{fill, number, parse_number};
use crate::scenario::LeverKind;
use crate::scenario::Scenario;
use crate::ui_state::{shown_value, Action, Lever, Scale};
use crate::web::context::use_app;

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// A numeric lever (not a mandate).
    pub lever: Lever,
    /// Its value in the units the slider shows.
    pub value: f64,
    pub label: AttrValue,
    /// Shown after the number: "mnd.", "×", "%".
    pub unit: AttrValue,
    /// The reset button's accessible name, naming the lever in full.
    pub reset_label: AttrValue,
}

/// The element id of a lever's range input; its number input adds `-value`.
pub fn dom_id(lever: &Lever) -> String {
    let kind = match lever.kind() {
        LeverKind::Speed => "speed",
        LeverKind::Delay => "delay",
        LeverKind::Ceiling => "ceiling",
        LeverKind::Mandate => "mandate",
        LeverKind::MilestoneDelay => "extra",
    };
    format!("lever-{}-{kind}", lever.target())
}

#[component]
pub fn SliderLever(props: &SliderProps) -> Html {
    let app = use_app();
    // An exact entry outside the range is not refused silently: the lever takes the nearest end
    // and says so next to the field until the next entry.
    let note = use_state(|| None::<String>);
    let Some(app) = app else {
        return Html::default();
    };
    let scale = Scale::of(props.lever.kind());
    let id = dom_id(&props.lever);
    let lang = app.lang;
    let decimals = if scale.step < 1.0 { 2 } else { 0 };
    // The range wants "1.50"; a reader (and the field) "1,50" in Norwegian.
    let value = format!("{:.*}", decimals, props.value);
    let shown = number(lang, props.value, decimals);
    let is_default = props.value == shown_value(&props.lever, &Scenario::default());
    // The range acts while it moves; the number acts when an entry is committed, so typing
    // "0.5" is not cut short at "0".
    let oninput = {
        let lever = props.lever.clone();
        app.dispatch.reform(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            Action::Slide(lever.clone(), input.value_as_number())
        })
    };
    let onchange = {
        let (lever, dispatch) = (props.lever.clone(), app.dispatch.clone());
        let note = note.clone();
        let s = app.strings();
        let unit = props.unit.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let entered = parse_number(lang, &input.value()).unwrap_or(f64::NAN);
            let shown = |v: f64| number(lang, v, decimals);
            note.set(match scale.correction(entered) {
                None => None,
                Some(None) => Some(s.lever_not_a_number.to_string()),
                Some(Some(used)) => Some(fill(
                    s.lever_corrected,
                    &[
                        ("value", &input.value()),
                        ("min", &shown(scale.min)),
                        ("max", &format!("{} {unit}", shown(scale.max))),
                        ("used", &format!("{} {unit}", shown(used))),
                    ],
                )),
            });
            if !entered.is_nan() {
                dispatch.emit(Action::Slide(lever.clone(), entered));
            }
        })
    };
    let note_id = format!("{id}-note");
    let onreset = {
        let lever = props.lever.clone();
        app.dispatch.reform(move |_| Action::Reset(lever.clone()))
    };
    html! {
        <div class="lever">
            { super::lever_head(&id, &props.label, &props.reset_label, is_default, onreset) }
            <div class="lever-row">
                <input
                    type="range"
                    id={id.clone()}
                    min={scale.min.to_string()}
                    max={scale.max.to_string()}
                    step={scale.step.to_string()}
                    {value}
                    aria-valuetext={format!("{shown} {}", props.unit)}
                    {oninput}
                />
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    class="lever-value"
                    id={format!("{id}-value")}
                    aria-label={props.label.clone()}
                    value={shown}
                    aria-describedby={note.is_some().then(|| note_id.clone())}
                    aria-invalid={note.is_some().then_some("true")}
                    {onchange}
                />
                <span class="unit" aria-hidden="true">{ props.unit.clone() }</span>
            </div>
            if let Some(text) = &*note {
                <p class="lever-note" id={note_id} role="status">{ text }</p>
            }
        </div>
    }
}
