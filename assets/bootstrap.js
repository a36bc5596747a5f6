// Starts Veikart without an inline script, so a host page may forbid inline scripts
// (Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'). Trunk writes the hashed
// names of the wasm-bindgen loader and the .wasm file on the tag that loads this module.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
