//! Veikart: a simulator of Norway's roadmap for national e-health solutions.
//!
//! The pure core — [`model`] (roadmap data, loading, validation), [`sim`] (the engine) and
//! [`scenario`] (levers and the share-link codec) — knows nothing of the DOM, Yew or how a URL
//! travels; it builds and tests natively. [`risk`] (Monte Carlo, tornado, goal seek) sits on [`sim`],
//! as pure. Above it, still pure and native-tested: [`report`]
//! (JSON/CSV of a run), and the UI's state, words and pictures — [`ui_state`], [`i18n`],
//! [`insight`], [`describe`], [`charts`] (SVG strings), [`embed_code`], and the UI's
//! timing rules ([`timing`]). The browser app (`web`,
//! wasm32 only) and the command-line runner (`cli`, native only) are the only front ends.
//! See ARCHITECTURE.md.

// Every wasm binary (the page and both workers) allocates with talc: faster than the default
// dlmalloc for Monte Carlo's many short-lived vectors, and smaller (BENCHMARKS.md).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod calibrate;
pub mod charts;
pub mod decimal;
pub mod describe;
pub mod embed_code;
pub mod fit;
pub mod i18n;
pub mod insight;
pub mod model;
pub mod network;
pub mod order;
pub mod report;
pub mod risk;
pub mod scenario;
pub mod sim;
pub mod status;
pub mod timing;
pub mod ui_state;
pub mod uncertainty;
pub mod worker_compute;
pub mod worker_protocol;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod web;
