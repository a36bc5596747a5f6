//! The reader worker (wasm32, a classic dedicated worker trunk builds beside the app;
//! `assets/reader_boot.js` loads it): the one place in the browser that reads TOML. The page's
//! first view carries the default roadmap packed and no TOML reader; when someone opens a roadmap
//! or scenario file, the page starts this worker, hands it the text ([`ReadRequest`]) and gets the
//! roadmap packed or the scenario back, or the problems found ([`ReadReply`]), then ends it.
//! Natively this binary does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::Uint8Array;
    use veikart::worker_protocol::{from_bytes, read, to_bytes, ReadReply, ReadRequest};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = {
        let scope = scope.clone();
        move |reply: &ReadReply| {
            let _ = scope.post_message(&Uint8Array::from(to_bytes(reply).as_slice()));
        }
    };
    let on_request = {
        let post = post.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            let reply = match from_bytes::<ReadRequest>(&bytes) {
                Some(request) => read(request),
                None => ReadReply::Garbled,
            };
            post(&reply);
        })
    };
    scope.set_onmessage(Some(on_request.as_ref().unchecked_ref()));
    on_request.forget();
    // A request posted before this listener existed would be lost: say when it listens.
    post(&ReadReply::Ready);
}
