// The Monte Carlo worker's entry: a same-origin classic script, so the strict CSP allows it
// (script-src 'self'; a blob: loader would be refused silently). worker.js is trunk's
// wasm-bindgen output for the `worker` binary (--target no-modules).
importScripts("./worker.js");
wasm_bindgen({ module_or_path: "./worker_bg.wasm" });
