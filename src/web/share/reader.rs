//! The page's side of the reader worker (`src/bin/reader.rs`): a worker started for one file and
//! ended when it has answered, so the first view carries no TOML reader.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

use crate::worker_protocol::{from_bytes, to_bytes, ReadReply, ReadRequest};

/// The boot script trunk copies beside `reader.js` (see `assets/reader_boot.js`).
const READER_URL: &str = "./reader_boot.js";

/// Why a file could not be read here.
pub enum Unread {
    /// No worker may start in this page (a sandboxed frame, a host's rules).
    NoWorker,
    /// The worker failed or answered nonsense.
    Failed,
}

/// Reads a file in a reader worker: its answer, once the worker has started and replied.
pub async fn read_in_worker(request: &ReadRequest) -> Result<ReadReply, Unread> {
    let worker = Worker::new(READER_URL).map_err(|_| Unread::NoWorker)?;
    let settle: Rc<RefCell<Option<(Function, Function)>>> = Rc::default();
    let answered = Promise::new(&mut |resolve, reject| {
        *settle.borrow_mut() = Some((resolve, reject));
    });
    let request = to_bytes(request);
    let on_message = {
        let (settle, worker) = (settle.clone(), worker.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            // The worker says when it listens; a request posted before would be lost.
            if from_bytes::<ReadReply>(&bytes) == Some(ReadReply::Ready) {
                let _ = worker.post_message(&Uint8Array::from(request.as_slice()));
            } else if let Some((resolve, _)) = settle.borrow_mut().take() {
                let _ = resolve.call1(&JsValue::NULL, &event.data());
            }
        })
    };
    let on_error = {
        let settle = settle.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |error: JsValue| {
            if let Some((_, reject)) = settle.borrow_mut().take() {
                let _ = reject.call1(&JsValue::NULL, &error);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let answer = JsFuture::from(answered).await;
    worker.terminate();
    let bytes = Uint8Array::new(&answer.map_err(|_| Unread::Failed)?).to_vec();
    from_bytes(&bytes).ok_or(Unread::Failed)
}
