//! The Monte Carlo worker (wasm32, a classic dedicated worker that trunk builds beside the app;
//! `assets/worker_boot.js` loads it). Natively this binary does nothing.
//!
//! It links the engine and [`veikart::worker_compute`], never Yew or the page's code. A request
//! (postcard bytes in a `Uint8Array`) replaces whatever it was doing; the runs go in chunks of
//! [`CHUNK`](veikart::worker_compute::CHUNK), and between chunks the worker yields to its event
//! loop with a macrotask (a `MessageChannel` round trip: a promise or a message to itself would
//! be a microtask and keep a newer request waiting), so the newest request wins. After a chunk it
//! posts what the runs so far show, at most every [`EVERY_MS`] and always after the last run.
//!
//! The machine's second core: once it has answered its first request, the worker the page starts
//! starts a helper (the same script, named [`HELPER`]) and from then on hands it the second half
//! of each request's runs ([`Job::hand_over`]); the helper's samples come back as rows and are
//! merged, so the summary is the one a single worker gives. A helper that cannot start or fails
//! leaves all the runs here.

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
    use veikart::worker_protocol::{from_bytes, to_bytes, Body, FromHelper, Reply, Request, Share};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{
        DedicatedWorkerGlobalScope, MessageChannel, MessageEvent, MessagePort, WorkerOptions,
    };

    /// The least time between two summaries of one request, ms: bands sharpen visibly, and the
    /// page redraws at most about seven times a second.
    pub const EVERY_MS: f64 = 150.0;

    /// The name a helper is started with: it starts no helper of its own.
    pub const HELPER: &str = "helper";

    /// The helper, once started; it takes requests once it says it is ready.
    struct Helper {
        worker: web_sys::Worker,
        ready: bool,
    }

    impl Helper {
        fn ask(&self, share: &Share) {
            let bytes = to_bytes(share);
            let _ = self
                .worker
                .post_message(&Uint8Array::from(bytes.as_slice()));
        }
    }

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
        helper: Option<Helper>,
        /// The helper is started once the first request is answered: before, the page's first
        /// render, this worker's start and the first runs have both cores to themselves.
        helper_to_start: bool,
        /// The first request answered, for the helper to warm up on.
        warm_up: Option<Request>,
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
        let helping = scope.name() == HELPER;
        let on_request = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            if helping {
                if let Some(share) = from_bytes::<Share>(&bytes) {
                    accept(share.request, Some(share.from));
                }
            } else if let Some(request) = from_bytes::<Request>(&bytes) {
                accept(request, None);
            }
        });
        scope.set_onmessage(Some(on_request.as_ref().unchecked_ref()));
        on_request.forget();
        if helping {
            post(&scope, &FromHelper::Ready);
        } else {
            post(
                &scope,
                &Reply {
                    generation: 0,
                    body: Body::Ready,
                },
            );
        }
        WORKER.with_borrow_mut(|w| {
            *w = Some(Worker {
                scope,
                wake: channel.port2(),
                engines: Engines::default(),
                job: None,
                runs_ms: None,
                last_post: 0.0,
                scheduled: false,
                helper: None,
                helper_to_start: !helping,
                warm_up: None,
            })
        });
    }

    /// Starts the helper and listens to it: `Ready`, then the rows of its part of each request.
    fn start_helper() -> Option<Helper> {
        let options = WorkerOptions::new();
        options.set_name(HELPER);
        let worker = web_sys::Worker::new_with_options("./worker_boot.js", &options).ok()?;
        let on_reply = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            let Some(said) = from_bytes::<FromHelper>(&bytes) else {
                return;
            };
            WORKER.with_borrow_mut(|w| {
                let Some(w) = w else { return };
                match said {
                    FromHelper::Ready => {
                        let Some(helper) = &mut w.helper else { return };
                        helper.ready = true;
                        // With nothing to hand over, the first request's second half, whose
                        // rows no job takes: the helper's code is compiled for speed by the time
                        // it gets a real share, as this worker's was by its first request.
                        match (w.warm_up.take(), &w.job) {
                            (Some(request), None) => {
                                let from = request.runs / 2;
                                helper.ask(&Share { request, from });
                            }
                            _ => hand_over(w),
                        }
                    }
                    FromHelper::Rows { generation, rows } => {
                        let Some((job, started)) = &mut w.job else {
                            return;
                        };
                        if job.request.generation == generation && job.merge(rows) {
                            if job.runs_finished() {
                                w.runs_ms = Some((Date::now() - *started) as u32);
                            }
                            schedule(w);
                        }
                    }
                }
            });
        });
        // A helper that fails: its part of the runs is made here.
        let on_error = Closure::<dyn FnMut(MessageEvent)>::new(|_| {
            WORKER.with_borrow_mut(|w| {
                let Some(w) = w else { return };
                if let Some(helper) = w.helper.take() {
                    helper.worker.terminate();
                }
                if let Some((job, _)) = &mut w.job {
                    job.take_over();
                    schedule(w);
                }
            });
        });
        worker.set_onmessage(Some(on_reply.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_reply.forget();
        on_error.forget();
        Some(Helper {
            worker,
            ready: false,
        })
    }

    fn post<T: serde::Serialize>(scope: &DedicatedWorkerGlobalScope, message: &T) {
        let bytes = to_bytes(message);
        let _ = scope.post_message(&Uint8Array::from(bytes.as_slice()));
    }

    /// A new request replaces the one being answered (here and, for its part, in the helper); in
    /// a helper, the shared runs `from` on.
    fn accept(request: Request, from: Option<u32>) {
        WORKER.with_borrow_mut(|w| {
            let Some(w) = w else { return };
            let generation = request.generation;
            match w.engines.get(&request.roadmap) {
                Some((engine, _)) => {
                    let job = match from {
                        None => Job::new(engine, request),
                        Some(from) => Job::helper(engine, Share { request, from }),
                    };
                    w.job = Some((job, Date::now()));
                    hand_over(w);
                    w.runs_ms = None;
                    w.last_post = Date::now();
                    schedule(w);
                }
                None => {
                    w.job = None;
                    // A helper's worker has the same roadmap and says so to the page.
                    if from.is_none() {
                        let failed = veikart::i18n::risk_strings(request.lang).failed;
                        let body = Body::Error(failed.to_string());
                        post(&w.scope, &Reply { generation, body });
                    }
                }
            }
        });
    }

    /// Gives the helper, if it is ready, the second half of the runs still to make.
    fn hand_over(w: &mut Worker) {
        let (Some(helper), Some((job, _))) = (&w.helper, &mut w.job) else {
            return;
        };
        if helper.ready {
            if let Some(theirs) = job.hand_over() {
                helper.ask(&theirs);
            }
        }
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
            // A helper's part is made: its rows go to its worker, nothing else.
            if job.is_helper() && job.waiting() {
                let generation = job.request.generation;
                if let Some((job, _)) = w.job.take() {
                    let rows = job.into_rows();
                    post(&w.scope, &FromHelper::Rows { generation, rows });
                }
                return;
            }
            let now = Date::now();
            if w.runs_ms.is_none() && job.runs_finished() {
                w.runs_ms = Some((now - *started) as u32);
            }
            let finished = job.finished();
            // A helper reports to its worker with its rows only.
            if !job.is_helper() && (finished || now - w.last_post >= EVERY_MS) {
                w.last_post = now;
                let generation = job.request.generation;
                let elapsed = (now - *started) as u32;
                let body = Body::Summary(job.summary(engine, elapsed, w.runs_ms));
                post(&w.scope, &Reply { generation, body });
            }
            if finished {
                let answered = w.job.take();
                if std::mem::take(&mut w.helper_to_start) {
                    w.helper = start_helper();
                    w.warm_up = answered.map(|(job, _)| job.request);
                }
            } else if !job.waiting() {
                // Waiting for the helper's rows: their arrival schedules the next step.
                schedule(w);
            }
        });
    }
}
