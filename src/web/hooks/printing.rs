//! Whether the page is being printed, so what only paper shows (every chart's table) is built
//! then and not on every move of a lever.

use gloo::events::EventListener;
use yew::prelude::*;

/// True from the browser's `beforeprint` to its `afterprint`. The render it causes runs in a
/// microtask, before the browser lays out the printout.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    let setter = printing.setter();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let before = {
            let setter = setter.clone();
            EventListener::new(&window, "beforeprint", move |_| setter.set(true))
        };
        let after = EventListener::new(&window, "afterprint", move |_| setter.set(false));
        move || drop((before, after))
    });
    *printing
}
