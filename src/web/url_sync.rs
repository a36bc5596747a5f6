//! The scenario lives in the address bar, so a link shares it, a reload restores it, and Back and
//! Forward are undo and redo. The page reads its link once at start (see
//! [`UiState::opened_with`](crate::ui_state::UiState::opened_with)); this hook writes every change
//! back and applies the links that Back and Forward bring.
//!
//! A change adds a history entry, except within a burst: while a slider is dragged, each change
//! comes less than [`SETTLE_MS`] after the one before and only rewrites the burst's entry, so one
//! drag is one step of undo. In embed mode the page only rewrites its entry: an iframe's entries
//! would land in the host page's history.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::Shared;
use crate::scenario::link::decode;
use crate::sim::Engine;
use crate::ui_state::Action;

/// Changes closer together than this are one step of undo.
const SETTLE_MS: f64 = 400.0;

/// The page address's query string, without `?`.
pub fn location_query() -> String {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// The page's address without query or fragment: what a share link's query is appended to.
pub fn app_url() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

#[derive(Default)]
struct Writer {
    /// The query the page shows, as last written or restored.
    shown: String,
    /// When the user's last change was written: the next one within [`SETTLE_MS`] joins it.
    last_change: Option<f64>,
    /// Back or Forward applied a link: showing it must not add an entry of its own.
    restoring: bool,
    /// The first write only tidies the link the page was opened with.
    started: bool,
}

/// Keeps the address bar at `query`, the share link of what the page shows, and applies the link
/// of the entry Back or Forward lands on.
#[hook]
pub fn use_url_sync(
    engine: Shared<Engine>,
    query: String,
    embed: bool,
    dispatch: Callback<Action>,
) {
    let writer = use_mut_ref(Writer::default);
    {
        let writer = Rc::clone(&writer);
        use_effect_with(query, move |query| {
            write(&mut writer.borrow_mut(), query, embed)
        });
    }
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            restore(&writer, &engine, &dispatch)
        });
        move || drop(listener)
    });
}

fn write(writer: &mut Writer, query: &str, embed: bool) {
    writer.shown = query.to_string();
    let restoring = std::mem::take(&mut writer.restoring);
    let first = !std::mem::replace(&mut writer.started, true);
    if query == location_query() {
        return;
    }
    let now = js_sys::Date::now();
    let in_burst = writer
        .last_change
        .is_some_and(|then| now - then < SETTLE_MS);
    let push = !(first || restoring || embed || in_burst);
    if !(first || restoring) {
        writer.last_change = Some(now);
    }
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let url = format!("?{query}");
    // A sandboxed iframe may refuse to change its address; the page works on without it.
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

fn restore(writer: &RefCell<Writer>, engine: &Engine, dispatch: &Callback<Action>) {
    let query = location_query();
    let mut w = writer.borrow_mut();
    // Only the fragment changed (an in-page anchor): nothing to apply.
    if query == w.shown {
        return;
    }
    w.restoring = true;
    w.last_change = None;
    drop(w);
    let (link, _) = decode(engine.roadmap(), &query);
    dispatch.emit(Action::ApplyLink(link));
}
