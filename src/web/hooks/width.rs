//! Charts are drawn at the width they get on screen, so their text stays at its real size on a
//! phone as on a wide monitor.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The width in CSS pixels of the element behind `node`: 0 until it is mounted, then its width
/// whenever it changes. A `ResizeObserver` reports changes after the browser's own layout, so
/// following a resize never forces a layout.
#[hook]
pub fn use_width(node: NodeRef) -> u32 {
    let width = use_state_eq(|| 0u32);
    let setter = width.setter();
    use_effect_with(node, move |node| {
        let observing = node.cast::<web_sys::Element>().and_then(|element| {
            // Effects usually run after the first layout (Yew yields to the browser once its
            // first render takes a frame's time), so this reads a clean layout and the charts are
            // drawn without waiting a frame for the observer's first report.
            setter.set(element.client_width().max(0) as u32);
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
