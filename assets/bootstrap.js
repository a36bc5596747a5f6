// Starts Veikart without an inline script, so a host page may forbid inline scripts
// (Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'). Trunk writes the hashed
// names of the wasm-bindgen loader and the .wasm file on the tag that loads this module.
const tag = document.querySelector('script[data-wasm]');
// A page in nn or en renders once its words are in (src/web/app.rs): fetch them beside the wasm.
const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'nn' || lang === 'en') {
  document.head.append(Object.assign(document.createElement('link'), {
    rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `strings-${lang}.postcard`,
  }));
}
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
