//! The Monte Carlo worker (wasm32, a classic dedicated worker that trunk builds beside the app;
//! `assets/worker_boot.js` loads it). Natively this binary does nothing.
//!
//! It links the engine and [`veikart::worker_compute`], never Yew or the page's code. A request
//! (postcard bytes in a `Uint8Array`) replaces whatever it was doing; the runs go in chunks of
//! [`CHUNK`](veikart::worker_compute::CHUNK), and between chunks the worker yields to its event
//! loop with a macrotask (a `MessageChannel` round trip: a promise or a message to itself would
//! be a microtask and keep a newer request waiting), so the newest request wins. After a chunk it
//! posts what the runs so far show, at most every [`EVERY_MS`] and always after the last run.

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
fn main() {
    browser::start();
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use js_sys::{Date, Uint8Array};
    use veikart::worker_compute::{Engines, Job, CHUNK};
    use veikart::worker_protocol::{from_bytes, to_bytes, Body, Reply, Request};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageChannel, MessageEvent, MessagePort};

    /// The least time between two summaries of one request, ms: bands sharpen visibly, and the
    /// page redraws at most about seven times a second.
    pub const EVERY_MS: f64 = 150.0;

    struct Worker {
        scope: DedicatedWorkerGlobalScope,
        /// The round trip that yields to the event loop between chunks.
        wake: MessagePort,
        engines: Engines,
        /// The request being answered, and when it arrived.
        job: Option<(Job, f64)>,
        /// Milliseconds from its arrival to its last run, once they are all in.
        runs_ms: Option<u32>,
        last_post: f64,
        /// A chunk is already scheduled.
        scheduled: bool,
    }

    thread_local! {
        static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let Ok(channel) = MessageChannel::new() else {
            return;
        };
        let on_wake = Closure::<dyn FnMut(MessageEvent)>::new(|_| tick());
        channel
            .port1()
            .set_onmessage(Some(on_wake.as_ref().unchecked_ref()));
        on_wake.forget();
        let on_request = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            if let Some(request) = from_bytes::<Request>(&bytes) {
                accept(request);
            }
        });
        scope.set_onmessage(Some(on_request.as_ref().unchecked_ref()));
        on_request.forget();
        post(
            &scope,
            &Reply {
                generation: 0,
                body: Body::Ready,
            },
        );
        WORKER.with_borrow_mut(|w| {
            *w = Some(Worker {
                scope,
                wake: channel.port2(),
                engines: Engines::default(),
                job: None,
                runs_ms: None,
                last_post: 0.0,
                scheduled: false,
            })
        });
    }

    fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply) {
        let bytes = to_bytes(reply);
        let _ = scope.post_message(&Uint8Array::from(bytes.as_slice()));
    }

    /// A new request replaces the one being answered.
    fn accept(request: Request) {
        WORKER.with_borrow_mut(|w| {
            let Some(w) = w else { return };
            let generation = request.generation;
            match w.engines.get(&request.roadmap) {
                Some((engine, _)) => {
                    w.job = Some((Job::new(engine, request), Date::now()));
                    w.runs_ms = None;
                    w.last_post = Date::now();
                    schedule(w);
                }
                None => {
                    w.job = None;
                    let failed = veikart::i18n::risk_strings(request.lang).failed;
                    let body = Body::Error(failed.to_string());
                    post(&w.scope, &Reply { generation, body });
                }
            }
        });
    }

    fn schedule(w: &mut Worker) {
        if !w.scheduled {
            w.scheduled = true;
            let _ = w.wake.post_message(&JsValue::NULL);
        }
    }

    /// One chunk of the current job, then a summary if it is time, then yield.
    fn tick() {
        WORKER.with_borrow_mut(|w| {
            let Some(w) = w else { return };
            w.scheduled = false;
            let Some((job, started)) = &mut w.job else {
                return;
            };
            let Some((engine, sampler)) = w.engines.get(&job.request.roadmap) else {
                return;
            };
            job.step(engine, sampler, CHUNK);
            let now = Date::now();
            if w.runs_ms.is_none() && job.runs_finished() {
                w.runs_ms = Some((now - *started) as u32);
            }
            let finished = job.finished();
            if finished || now - w.last_post >= EVERY_MS {
                w.last_post = now;
                let generation = job.request.generation;
                let elapsed = (now - *started) as u32;
                let body = Body::Summary(job.summary(engine, elapsed, w.runs_ms));
                post(&w.scope, &Reply { generation, body });
            }
            if finished {
                w.job = None;
            } else {
                schedule(w);
            }
        });
    }
}
