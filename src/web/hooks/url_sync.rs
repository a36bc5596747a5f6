//! The scenario lives in the address bar, so a link shares it, a reload restores it, and Back and
//! Forward are undo and redo. The page reads its link once at start (see
//! [`UiState::opened_with`](crate::ui_state::UiState::opened_with)); this hook writes every change
//! back and applies the links that Back and Forward bring.
//!
//! When to add a history entry is the pure rule [`UndoHistory`] (one entry per burst of changes
//! within [`UNDO_BURST_MS`]). Rewriting the burst's entry is not free in a browser (and browsers
//! throttle it), so within a burst the latest link is written when the burst ends, when the input
//! is committed (`change`: a slider let go, a key press) or when the page is left, whichever comes
//! first. While a burst is open, `<html>` carries `data-undo-burst`; tests wait for it to go.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::now;
use crate::scenario::link::decode;
use crate::sim::Engine;
use crate::timing::{HistoryWrite, UndoHistory, UNDO_BURST_MS};
use crate::ui_state::Action;
use crate::web::Shared;

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
    rules: UndoHistory,
    /// A link to rewrite the burst's entry with, not written yet.
    deferred: Option<String>,
}

impl Writer {
    fn flush(&mut self) {
        if let Some(query) = self.deferred.take() {
            write(HistoryWrite::Replace, &query);
        }
    }
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
    let burst_end = use_mut_ref(|| None::<Timeout>);
    {
        let writer = Rc::clone(&writer);
        use_effect_with(query, move |query| show(&writer, &burst_end, query, embed));
    }
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let flush = |writer: &Rc<RefCell<Writer>>| {
            let writer = Rc::clone(writer);
            move |_: &web_sys::Event| writer.borrow_mut().flush()
        };
        let capture = EventListenerOptions::run_in_capture_phase();
        let committed = EventListener::new_with_options(&window, "change", capture, flush(&writer));
        let left = EventListener::new(&window, "pagehide", flush(&writer));
        let popstate = EventListener::new(&window, "popstate", move |_| {
            restore(&writer, &engine, &dispatch)
        });
        move || drop((committed, left, popstate))
    });
}

fn show(
    writer: &Rc<RefCell<Writer>>,
    burst_end: &RefCell<Option<Timeout>>,
    query: &str,
    embed: bool,
) {
    let now = now();
    let mut w = writer.borrow_mut();
    let in_burst = w.rules.in_burst(now);
    match w.rules.show(query, &location_query(), now, embed) {
        // The address already says it: nothing waits to be written either.
        None => w.deferred = None,
        Some(HistoryWrite::Replace) if in_burst => w.deferred = Some(query.to_string()),
        Some(how) => {
            // A new entry starts after the last burst's entry has its last link.
            w.flush();
            write(how, query);
        }
    }
    let Some(ends) = w.rules.burst_ends_at().filter(|&ends| ends > now) else {
        return;
    };
    drop(w);
    mark_burst(true);
    let writer = Rc::clone(writer);
    let wait = (ends - now).clamp(0.0, UNDO_BURST_MS).ceil() as u32;
    *burst_end.borrow_mut() = Some(Timeout::new(wait, move || {
        writer.borrow_mut().flush();
        mark_burst(false);
    }));
}

fn mark_burst(open: bool) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = if open {
            html.set_attribute("data-undo-burst", "")
        } else {
            html.remove_attribute("data-undo-burst")
        };
    }
}

fn write(how: HistoryWrite, query: &str) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let url = format!("?{query}");
    // A sandboxed iframe may refuse to change its address; the page works on without it.
    let _ = match how {
        HistoryWrite::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryWrite::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

fn restore(writer: &RefCell<Writer>, engine: &Engine, dispatch: &Callback<Action>) {
    let query = location_query();
    let mut w = writer.borrow_mut();
    // The entry left behind keeps what it had; a link not yet written is not for this entry.
    w.deferred = None;
    // Only the fragment changed (an in-page anchor): nothing to apply.
    if !w.rules.restore(&query) {
        return;
    }
    drop(w);
    mark_burst(false);
    let (link, _) = decode(engine.roadmap(), &query);
    dispatch.emit(Action::ApplyLink(link));
}
