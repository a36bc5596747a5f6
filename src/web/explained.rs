//! A number that explains itself: hovering or focusing it shows where it comes from.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainedProps {
    /// The source, assumption or computation behind the value, in one line.
    pub note: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    pub children: Html,
}

/// The value with its note as a tooltip (`title` for the mouse, a CSS bubble on keyboard focus)
/// and as hidden text, so a screen reader reads both.
#[component]
pub fn Explained(props: &ExplainedProps) -> Html {
    html! {
        <span class="explained" tabindex="0" title={props.note.clone()} data-note={props.note.clone()} id={props.id.clone()}>
            { props.children.clone() }
            <span class="visually-hidden">{ format!(" ({})", props.note) }</span>
        </span>
    }
}
