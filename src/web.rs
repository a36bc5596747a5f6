//! The browser app (wasm32 only): Yew components over the pure core. State lives in
//! [`crate::ui_state`], words in [`crate::i18n`] and [`crate::insight`], charts in
//! [`crate::charts`], timing rules in [`crate::timing`]; this module only wires them to the DOM.
//!
//! - `app.rs` loads the roadmap; `simulator.rs` owns the UI state and lays out the page, and
//!   provides the [`context::AppContext`] (engine, language, dispatch) every component reads.
//! - `charts/`: the four charts with their text alternatives, and the chosen milestone's chain.
//! - `levers/`: the lever panel and its controls.
//! - `share/`: links, the embed dialog and embed mode, the pin, files in and out.
//! - `print/`: what only paper shows.
//! - `hooks/`: recomputing, the address bar, measuring, printing, drawing a chart.
//! - the rest: the headline, the status message, notices, language, the statement.

mod app;
mod charts;
mod context;
mod explained;
mod fit_panel;
mod headline;
mod hooks;
mod lang_switch;
mod lang_unavailable;
mod levers;
mod live_region;
mod notice;
mod print;
mod question_statement;
mod risk_panel;
mod share;
mod simulator;
mod statement;

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::charts::Svg;
use crate::ui_state::{Action, UiState};

/// Mounts the app on the page's `#veikart` element, or on `<body>` when there is none.
pub fn start() {
    let document = gloo::utils::document();
    match document.get_element_by_id("veikart") {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}

impl Reducible for UiState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// Read-only data shared between components. Equal only to itself, so a prop holding it changes
/// when a new value is published, without comparing the contents.
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Chooses a milestone and brings its row in the milestone table into view, where the
/// explanation of its date opens: "show the affected milestone", from a chart or a lever.
fn show_milestone(dispatch: &Callback<Action>, id: &str) {
    dispatch.emit(Action::SelectMilestone(id.to_string()));
    if let Some(row) = gloo::utils::document().get_element_by_id(&format!("milestone-{id}")) {
        row.scroll_into_view_with_bool(true);
    }
}

/// A chart's SVG as HTML.
fn svg_html(svg: Svg) -> Html {
    Html::from_html_unchecked(AttrValue::from(svg))
}
