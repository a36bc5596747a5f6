//! Charts are drawn at the width they get on screen, so their text stays at its real size on a
//! phone as on a wide monitor.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The width in CSS pixels of the element behind `node`: 0 until it is first laid out, then its
/// width whenever it changes. A `ResizeObserver` reports it after the browser's own layout, so
/// measuring never forces a layout, and the first chart is drawn before the first paint.
#[hook]
pub fn use_width(node: NodeRef) -> u32 {
    let width = use_state_eq(|| 0u32);
    let setter = width.setter();
    use_effect_with(node, move |node| {
        let observing = node.cast::<web_sys::Element>().and_then(|element| {
            let measured = element.clone();
            let report = Closure::<dyn FnMut()>::new(move || {
                setter.set(measured.client_width().max(0) as u32)
            });
            let observer = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
            observer.observe(&element);
            Some((observer, report))
        });
        move || {
            if let Some((observer, _report)) = observing {
                observer.disconnect();
            }
        }
    });
    *width
}
