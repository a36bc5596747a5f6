//! Hooks that tie the pure core to the browser: its clock and frames (recomputing), its address
//! bar, its layout (widths), printing, drawing a chart layer only when its view changes, and the
//! fetched languages.

mod chart;
mod language;
mod pinned_run;
mod printing;
mod results;
mod risk;
mod scroll_to_view;
mod url_sync;
mod width;

pub use chart::use_chart;
pub use language::{load_catalogue, use_language};
pub use pinned_run::use_pinned_run;
pub use printing::use_printing;
pub use results::use_results;
pub use risk::{use_risk, Risk};
pub use scroll_to_view::use_scroll_to_view;
pub use url_sync::{app_url, location_query, use_url_sync};
pub use width::use_width;

/// The browser's monotonic clock in milliseconds: the time the rules in [`crate::timing`] take.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Tells tests, benchmarks and a host page that something happened (`veikart:{name}`).
pub fn announce(name: &str) {
    if let Ok(event) = web_sys::Event::new(&format!("veikart:{name}")) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
