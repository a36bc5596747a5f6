//! The lever panel and its controls. Each actor group's levers re-render only when that group's
//! levers (or the question) change, so moving one slider re-renders one group.

mod actor;
mod mandate;
mod milestones;
mod panel;
mod question_choice;
mod slider;

pub use panel::{lever_panel, LeverPanelProps};

use yew::prelude::*;

/// A lever's heading row: its label, and the button that puts it back at its default.
fn lever_head(
    id: &str,
    label: &AttrValue,
    reset_label: &AttrValue,
    at_default: bool,
    onreset: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="lever-head">
            <label for={id.to_string()}>{ label.clone() }</label>
            <button
                type="button"
                class="reset"
                aria-label={reset_label.clone()}
                title={reset_label.clone()}
                disabled={at_default}
                onclick={onreset}
            >{ "↺" }</button>
        </div>
    }
}
