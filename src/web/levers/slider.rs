//! One numeric lever: a labelled range input that acts on every `input` event, a number input
//! for exact entry, and a reset button.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::fill;
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

fn slide_to<E: AsRef<web_sys::Event> + 'static>(
    lever: &Lever,
    dispatch: &Callback<Action>,
) -> Callback<E> {
    let lever = lever.clone();
    dispatch.reform(move |e: E| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::Slide(lever.clone(), input.value_as_number())
    })
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
    let decimals = if scale.step < 1.0 { 2 } else { 0 };
    let shown = format!("{:.*}", decimals, props.value);
    let is_default = props.value == shown_value(&props.lever, &Scenario::default());
    // The range acts while it moves; the number acts when an entry is committed, so typing
    // "0.5" is not cut short at "0".
    let oninput = slide_to::<InputEvent>(&props.lever, &app.dispatch);
    let onchange = {
        let slide = slide_to::<Event>(&props.lever, &app.dispatch);
        let note = note.clone();
        let s = app.strings();
        let unit = props.unit.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let entered = input.value_as_number();
            note.set(match scale.correction(entered) {
                None => None,
                Some(None) => Some(s.lever_not_a_number.to_string()),
                Some(Some(used)) => Some(fill(
                    s.lever_corrected,
                    &[
                        ("value", &input.value()),
                        ("min", &format!("{}", scale.min)),
                        ("max", &format!("{} {unit}", scale.max)),
                        ("used", &format!("{used} {unit}")),
                    ],
                )),
            });
            if !entered.is_nan() {
                slide.emit(e);
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
                    value={shown.clone()}
                    aria-valuetext={format!("{shown} {}", props.unit)}
                    {oninput}
                />
                <input
                    type="number"
                    class="lever-value"
                    id={format!("{id}-value")}
                    aria-label={props.label.clone()}
                    min={scale.min.to_string()}
                    max={scale.max.to_string()}
                    step={scale.step.to_string()}
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
