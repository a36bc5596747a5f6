//! The Monte Carlo worker seen from the page: spawned once per simulator, asked again whenever
//! what it answers changes (after a pause in the input, so a drag costs the page nothing), its
//! replies kept only when they answer the latest question.
//!
//! A worker that cannot start (a sandboxed iframe has an opaque origin and is refused a
//! same-origin worker; a host's CSP may forbid it) is a value, [`Risk::Unavailable`], never a
//! panic: the page keeps every other figure and says why the bands are missing.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

use crate::web::Shared;
use crate::worker_protocol::{from_bytes, to_bytes, Body, Reply, Request, Summary};

/// The boot script trunk copies beside `worker.js` (see `assets/worker_boot.js`).
const WORKER_URL: &str = "./worker_boot.js";
/// The pause in the input after which the worker is asked again, ms.
const DEBOUNCE_MS: u32 = 120;

/// What the page knows of the runs for what it shows.
#[derive(Clone, PartialEq)]
pub enum Risk {
    /// Asked; no summary yet (or the summary is of an older question).
    Waiting,
    /// The runs so far, for the question numbered so.
    Ready(u32, Shared<Summary>),
    /// The worker could not read the request (a message to show).
    Failed(AttrValue),
    /// No worker here.
    Unavailable,
}

struct Channel {
    worker: Option<Worker>,
    /// The worker has started and listens.
    ready: bool,
    generation: u32,
    /// The latest request, until the worker is ready to take it.
    pending: Option<Vec<u8>>,
    debounce: Option<Timeout>,
    _listeners: Vec<Closure<dyn FnMut(MessageEvent)>>,
}

impl Channel {
    fn send(&mut self, bytes: Vec<u8>) {
        match (&self.worker, self.ready) {
            (Some(worker), true) => {
                let _ = worker.post_message(&Uint8Array::from(bytes.as_slice()));
            }
            _ => self.pending = Some(bytes),
        }
    }
}

/// The runs for `request` on the `packed` roadmap (the request's `generation` and `roadmap` are
/// filled in here: the roadmap is the same for the simulator's lifetime, and is not compared on
/// every render).
#[hook]
pub fn use_risk(packed: Shared<Vec<u8>>, request: Request) -> Risk {
    let risk = use_state_eq(|| Risk::Waiting);
    let channel = use_mut_ref(|| Channel {
        worker: None,
        ready: false,
        generation: 0,
        pending: None,
        debounce: None,
        _listeners: Vec::new(),
    });
    {
        let channel = channel.clone();
        let set = risk.setter();
        use_effect_with((), move |_| {
            spawn(&channel, set);
            move || {
                if let Some(worker) = channel.borrow_mut().worker.take() {
                    worker.terminate();
                }
            }
        });
    }
    {
        let channel = channel.clone();
        use_effect_with(request, move |request| {
            let mut c = channel.borrow_mut();
            if c.worker.is_none() {
                return;
            }
            c.generation += 1;
            let bytes = to_bytes(&Request {
                generation: c.generation,
                roadmap: packed.to_vec(),
                ..request.clone()
            });
            // The first question goes at once; later ones when the input rests.
            if c.generation == 1 {
                c.send(bytes);
            } else {
                // The last bands stay shown until the new question's first arrive.
                let channel = channel.clone();
                c.debounce = Some(Timeout::new(DEBOUNCE_MS, move || {
                    channel.borrow_mut().send(bytes);
                }));
            }
        });
    }
    (*risk).clone()
}

fn spawn(channel: &Rc<RefCell<Channel>>, set: UseStateSetter<Risk>) {
    let Ok(worker) = Worker::new(WORKER_URL) else {
        set.set(Risk::Unavailable);
        return;
    };
    let on_message = {
        let (channel, set) = (channel.clone(), set.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            let Some(Reply { generation, body }) = from_bytes::<Reply>(&bytes) else {
                return;
            };
            let mut c = channel.borrow_mut();
            match body {
                Body::Ready => {
                    c.ready = true;
                    if let Some(bytes) = c.pending.take() {
                        c.send(bytes);
                    }
                }
                // A reply to an older question: dropped.
                _ if generation != c.generation => {}
                Body::Summary(summary) => set.set(Risk::Ready(generation, Shared::new(summary))),
                Body::Error(message) => set.set(Risk::Failed(message.into())),
            }
        })
    };
    // A worker refused after it was created (its script blocked, or it failed to load).
    let on_error = {
        let channel = channel.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |_| {
            if let Some(worker) = channel.borrow_mut().worker.take() {
                worker.terminate();
            }
            set.set(Risk::Unavailable);
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let mut c = channel.borrow_mut();
    c.worker = Some(worker);
    c._listeners = vec![on_message, on_error];
}
