//! A number that explains itself: hovering or focusing it shows where it comes from.

use yew::prelude::*;

/// The value with its note (the source, assumption or computation behind it, in one line) as a
/// tooltip (`title` for the mouse, a CSS bubble on keyboard focus) and as hidden text, so a
/// screen reader reads both. A plain function, not a component: it has no state, and each
/// component costs ~4 KB of wasm.
pub fn explained(
    note: impl Into<AttrValue>,
    id: Option<&'static str>,
    value: impl Into<Html>,
) -> Html {
    let note: AttrValue = note.into();
    html! {
        <span class="explained" tabindex="0" title={note.clone()} data-note={note.clone()} id={id}>
            { value.into() }
            <span class="visually-hidden">{ format!(" ({note})") }</span>
        </span>
    }
}
