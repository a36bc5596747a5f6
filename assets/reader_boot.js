// The reader worker's entry, as worker_boot.js is the Monte Carlo worker's: a same-origin classic
// script, so the strict CSP allows it. reader.js is trunk's wasm-bindgen output for the `reader`
// binary (--target no-modules).
importScripts("./reader.js");
wasm_bindgen({ module_or_path: "./reader_bg.wasm" });
