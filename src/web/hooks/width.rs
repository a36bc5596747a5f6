//! Charts are drawn at the width they get on screen, so their text stays at its real size on a
//! phone as on a wide monitor.

use gloo::events::EventListener;
use yew::prelude::*;

/// The width in CSS pixels of the element behind `node`: 0 until it is mounted, then measured
/// again whenever the window resizes.
#[hook]
pub fn use_width(node: NodeRef) -> u32 {
    let width = use_state_eq(|| 0u32);
    let setter = width.setter();
    use_effect_with(node, move |node| {
        let measure = {
            let node = node.clone();
            move || {
                if let Some(element) = node.cast::<web_sys::Element>() {
                    setter.set(element.client_width().max(0) as u32);
                }
            }
        };
        measure();
        let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
        move || drop(listener)
    });
    *width
}
