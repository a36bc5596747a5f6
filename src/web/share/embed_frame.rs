//! Embed mode (`embed=1` in the link): one view for an iframe on another site, with no lever panel
//! — the host shows a scenario, the full version changes it — and a link to the full version in a
//! new tab. The page tells its host how tall it is, so the host can size the iframe to fit:
//! `window.parent.postMessage({ type: "veikart:height", height }, "*")` whenever it changes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::i18n::Strings;
use crate::scenario::link::View;
use crate::web::context::AppContext;

/// A view's name as its card's heading says it.
pub fn view_name(view: View, s: &Strings) -> &'static str {
    match view {
        View::Adoption => s.adoption_heading,
        View::Benefits => s.benefit_heading,
        View::Timeline => s.timeline_heading,
        View::Graph => s.graph_heading,
        View::All => s.headline_heading,
    }
}

/// The id of the card that shows a view, if it is one chart.
pub fn view_section(view: View) -> Option<&'static str> {
    match view {
        View::Adoption => Some("adoption"),
        View::Benefits => Some("benefits"),
        View::Timeline => Some("timeline"),
        View::Graph => Some("dependencies"),
        View::All => None,
    }
}

/// The embedded page: its title, the link to the full version (`full_url`, the same scenario),
/// the scenario in one sentence (the host's readers see no levers) and the view. A plain
/// function; `Simulator` calls [`use_height_report`] for it.
pub fn embed_frame(
    app: &AppContext,
    title: String,
    full_url: String,
    scenario: String,
    children: Html,
) -> Html {
    html! {
        <div class="embed">
            <header class="embed-head">
                <p class="embed-title">{ title }</p>
                <a id="open-full" href={full_url} target="_blank" rel="noopener">
                    { app.strings().open_full }
                </a>
                <p class="embed-scenario" id="embed-scenario">{ scenario }</p>
            </header>
            <main class="embed-body">{ children }</main>
        </div>
    }
}

/// In embed mode (`enabled`), posts the page's height to the host page on load and whenever it
/// changes.
#[hook]
pub fn use_height_report(enabled: bool) {
    use_effect_with(enabled, |enabled| {
        let reporting = enabled.then(report_height).flatten();
        move || {
            if let Some((observer, _report)) = reporting {
                observer.disconnect();
            }
        }
    });
}

/// Starts observing the page's height, or nothing when the page is not in a frame. The closure
/// must live as long as the observer calls it.
fn report_height() -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let window = gloo::utils::window();
    let host = window.parent().ok().flatten().filter(|p| *p != window)?;
    let root = gloo::utils::document().document_element()?;
    let measured = root.clone();
    let report = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"veikart:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        let _ = host.post_message(&message, "*");
    });
    // The observer reports the first size as soon as it observes: that is the message on load.
    let observer = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some((observer, report))
}
