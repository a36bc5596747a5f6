//! Embed mode (`embed=1` in the link): one view for an iframe on another site, with no lever panel
//! — the host shows a scenario, the full version changes it — and a link to the full version in a
//! new tab. The page tells its host how tall it is, so the host can size the iframe to fit:
//! `window.parent.postMessage({ type: "veikart:height", height }, "*")` whenever it changes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::i18n::Strings;
use crate::scenario::link::View;
use crate::web::context::use_app;

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

#[derive(Properties, PartialEq)]
pub struct EmbedFrameProps {
    pub title: AttrValue,
    /// The scenario in one sentence: the host's readers see no levers.
    pub scenario: AttrValue,
    /// The same scenario in the full app.
    pub full_url: AttrValue,
    pub children: Html,
}

#[component]
pub fn EmbedFrame(props: &EmbedFrameProps) -> Html {
    use_height_report();
    let Some(app) = use_app() else {
        return Html::default();
    };
    html! {
        <div class="embed">
            <header class="embed-head">
                <p class="embed-title">{ props.title.clone() }</p>
                <a id="open-full" href={props.full_url.clone()} target="_blank" rel="noopener">
                    { app.strings().open_full }
                </a>
                <p class="embed-scenario" id="embed-scenario">{ props.scenario.clone() }</p>
            </header>
            <main class="embed-body">{ props.children.clone() }</main>
        </div>
    }
}

/// Posts the page's height to the host page on load and whenever it changes.
#[hook]
fn use_height_report() {
    use_effect_with((), |_| {
        let reporting = report_height();
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
