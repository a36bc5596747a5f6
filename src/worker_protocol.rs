//! What the page and the Monte Carlo worker say to each other: a [`Request`] from the page, any
//! number of [`Reply`]s back, each encoded with `postcard` as the bytes of a `Uint8Array`.
//!
//! Pure and native-tested; both the page (`src/web/hooks/risk.rs`) and the worker
//! (`src/bin/worker.rs`, through [`crate::worker_compute`]) use it. The page numbers its requests
//! (`generation`); the worker answers each with the same number and drops a request as soon as a
//! newer one arrives, and the page drops every reply whose number is not its latest. The reply
//! carries only what the page shows (percentile dates, a few bands, a probability), already
//! reduced: the page never sees a run.

use serde::{Deserialize, Serialize};

use crate::model::Lang;

pub use crate::risk::{DEFAULT_RUNS, DEFAULT_SEED};

/// One question for the worker: the scenario (as its share link), on which roadmap, how many
/// runs from which seed, and what the page wants summarised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The page's counter; every reply to this request carries it back.
    pub generation: u32,
    /// The scenario's share-link query (`v=2&d=…&a3s=1.5…`): it carries every lever.
    pub link: String,
    /// The roadmap's TOML text: the page has it (the default is in its bundle, or the user's
    /// file), so the worker need not embed it (19 KB gzip less).
    pub roadmap: String,
    pub seed: u64,
    pub runs: u32,
    /// The solution whose actor groups' adoption the page draws (bands for its tracks).
    pub solution: Option<String>,
    /// The chosen milestone and month: the chance of reaching it by then.
    pub milestone: Option<String>,
    pub by: Option<i32>,
    /// The language the report is written in.
    pub lang: Lang,
}

/// A reply: the request's generation and what it says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub generation: u32,
    pub body: Body,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Body {
    /// The worker has started and takes requests (sent once, with generation 0): a request
    /// posted before it would reach no listener.
    Ready,
    /// The runs done so far, reported.
    Summary(Summary),
    /// The request could not be answered (a roadmap the worker cannot read): what to show, in
    /// the request's language.
    Error(String),
}

/// What the page shows of the runs so far: how far they are, and the report the worker wrote
/// ([`crate::uncertainty::report_html`]: sentences, tables, tornado pictures). The page's bundle
/// thus carries neither the statistics nor their words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub done: u32,
    pub runs: u32,
    /// Every run is in and the tornados drawn: the report is final.
    pub complete: bool,
    /// Milliseconds the worker has spent on the request so far.
    pub elapsed_ms: u32,
    pub html: String,
}

/// Three percentiles of one quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Spread<T> {
    pub p10: T,
    pub p50: T,
    pub p90: T,
}

/// A series' band, month by month (values as `f32`: a band is drawn, not summed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SeriesBand {
    pub p10: Vec<f32>,
    pub p50: Vec<f32>,
    pub p90: Vec<f32>,
}

/// What the runs so far say.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bands {
    /// Runs summarised, of how many asked.
    pub done: u32,
    pub runs: u32,
    /// Milliseconds the worker has spent on this request so far.
    pub elapsed_ms: u32,
    /// Per milestone, in the roadmap's order: the P10/P50/P90 month (`None`: not within the
    /// horizon in at least that share of runs).
    pub milestones: Vec<Spread<Option<i32>>>,
    /// Per track of the requested solution, in the roadmap's order: (track index, its band).
    pub adoption: Vec<(u32, SeriesBand)>,
    /// The benefits' cumulative total, MNOK.
    pub benefit: SeriesBand,
    /// The present value, MNOK.
    pub present_value: Spread<f32>,
    /// The share of runs (0–1) that reach the chosen milestone by the chosen month.
    pub probability: Option<f32>,
    /// The share of runs (0–1) in which each milestone or track (by id) lies on the chosen
    /// milestone's critical chain, most often first.
    pub criticality: Vec<(String, f32)>,
    /// Sent with the last summary: the tornado of the present value and of the chosen
    /// milestone's date (months from the horizon's start).
    pub tornado: Option<[TornadoView; 2]>,
}

/// A tornado as the page draws it: the scenario's value and the bars, widest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TornadoView {
    pub base: f32,
    pub bars: Vec<Bar>,
}

/// One bar: what varies (a lever's path in a scenario file, `actors.kommune_plo.delay`, or an
/// uncertain input's id, `slip:pll_national_start`), and the result at its low and high end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    pub name: String,
    pub at_low: f32,
    pub at_high: f32,
}

/// Encodes a message as `postcard` bytes.
pub fn to_bytes<T: Serialize>(message: &T) -> Vec<u8> {
    // Writing to a Vec cannot fail for these types (no maps with non-string keys, no
    // unsupported serde features).
    postcard::to_allocvec(message).unwrap_or_default()
}

/// Decodes a message; `None` for bytes that are not one.
pub fn from_bytes<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Option<T> {
    postcard::from_bytes(bytes).ok()
}

/// A probability as people read it: rounded to 5 percentage points (the inputs support no
/// more), kept off 0 and 100 unless every run agrees.
pub fn rounded_percent(p: f32) -> u32 {
    let pct = (p.clamp(0.0, 1.0) * 100.0) as f64;
    let five = ((pct / 5.0).round() * 5.0) as u32;
    if p > 0.0 && five == 0 {
        5
    } else if p < 1.0 && five == 100 {
        95
    } else {
        five
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> Request {
        Request {
            generation: 7,
            link: "v=2&d=2026.1&a3s=1.5".into(),
            roadmap: "[meta]".into(),
            seed: 42,
            runs: 1000,
            solution: Some("pll".into()),
            milestone: Some("pll_national_start".into()),
            by: Some(2029 * 12 + 11),
            lang: Lang::Nn,
        }
    }

    #[test]
    fn a_request_survives_the_trip() {
        let r = request();
        let bytes = to_bytes(&r);
        assert_eq!(from_bytes::<Request>(&bytes), Some(r));
    }

    #[test]
    fn a_reply_survives_the_trip() {
        let reply = Reply {
            generation: 3,
            body: Body::Summary(Summary {
                done: 50,
                runs: 1000,
                complete: false,
                elapsed_ms: 80,
                html: "<p>Omtrent 45 %</p>".into(),
            }),
        };
        assert_eq!(from_bytes::<Reply>(&to_bytes(&reply)), Some(reply));
        for body in [Body::Ready, Body::Error("bad".into())] {
            let reply = Reply {
                generation: 4,
                body,
            };
            assert_eq!(from_bytes::<Reply>(&to_bytes(&reply)), Some(reply));
        }
    }

    #[test]
    fn garbage_is_no_message() {
        assert_eq!(from_bytes::<Request>(&[0xff, 0xff, 0xff]), None);
        assert_eq!(from_bytes::<Reply>(&[]), None);
        let mut bytes = to_bytes(&request());
        bytes.truncate(bytes.len() / 2);
        assert_eq!(from_bytes::<Request>(&bytes), None);
    }

    #[test]
    fn percentages_in_fives_never_claim_certainty_they_lack() {
        assert_eq!(rounded_percent(0.0), 0);
        assert_eq!(rounded_percent(0.001), 5);
        assert_eq!(rounded_percent(0.44), 45);
        assert_eq!(rounded_percent(0.462), 45);
        assert_eq!(rounded_percent(0.476), 50);
        assert_eq!(rounded_percent(0.999), 95);
        assert_eq!(rounded_percent(1.0), 100);
    }
}
