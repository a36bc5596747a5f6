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

use crate::i18n::data_errors::data_error_lines;
use crate::model::{load_roadmap, pack_roadmap, unpack_roadmap, Lang, DEFAULT_ROADMAP_FILE};
use crate::scenario::{parse_scenario, Scenario, ScenarioFormat};

pub use crate::risk::{DEFAULT_RUNS, DEFAULT_SEED};

/// One question for the worker: the scenario (as its share link), on which roadmap, how many
/// runs from which seed, and what the page wants summarised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The page's counter; every reply to this request carries it back.
    pub generation: u32,
    /// The scenario's share-link query (`v=2&d=…&a3s=1.5…`): it carries every lever.
    pub link: String,
    /// The roadmap, validated and packed ([`crate::model::pack_roadmap`]): the page has it (the
    /// default in its bundle, a user's file as the reader worker packed it), so the worker reads
    /// no TOML and embeds no roadmap.
    pub roadmap: Vec<u8>,
    pub seed: u64,
    pub runs: u32,
    /// The solution whose actor groups' adoption the page draws (bands for its tracks).
    pub solution: Option<String>,
    /// The chosen milestone and month: the chance of reaching it by then.
    pub milestone: Option<String>,
    pub by: Option<i32>,
    /// Goal seek: the lever to solve for (its path, `actors.kommune_plo.delay`, or its share-link
    /// key, `a1d`); `None` tries each lever.
    pub seek_lever: Option<String>,
    /// Goal seek: the chance (in percent) the date must be met with; `None` asks for the
    /// scenario's own date only. Asked with one lever only: each step is a Monte Carlo of its own.
    pub seek_probability: Option<u32>,
    /// The language the report is written in.
    pub lang: Lang,
}

/// What a worker asks its helper (a second worker it starts, for the machine's second core): the
/// request's runs from `from` on. Run `i` is the same run in either worker and percentiles do not
/// depend on the order of the runs, so merged, the helper's [`Rows`] give the summary a single
/// worker gives, bit for bit. The page never sees these.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Share {
    pub request: Request,
    pub from: u32,
}

/// What a helper says to its worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromHelper {
    /// Started, as [`Body::Ready`].
    Ready,
    /// Its part of a request's runs.
    Rows { generation: u32, rows: Rows },
}

/// A helper's runs as its job recorded them (see [`crate::worker_compute::Job::into_rows`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Rows {
    pub runs: u32,
    /// Per milestone, its month in each run.
    pub dates: Vec<Vec<i32>>,
    /// A row per run: each drawn track's months, then the cumulative benefit's.
    pub samples: Vec<f32>,
    pub present_value: Vec<f32>,
    /// Per milestone and track, the runs with it on the chosen milestone's chain.
    pub on_chain: Vec<u32>,
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
    /// What the charts draw beside the scenario's lines: the bands of the runs so far.
    pub bands: ChartBands,
}

/// The bands the page's charts draw (P10–P90 shaded, P50 thin), the rest of the report being HTML.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChartBands {
    /// Per track of the requested solution: (track index, its adoption band, shares).
    pub adoption: Vec<(u32, SeriesBand)>,
    /// The benefits' cumulative total, MNOK.
    pub benefit: SeriesBand,
    /// Per milestone, in the roadmap's order: P10/P50/P90 month (months since year 0, as `Month`).
    pub milestones: Vec<Spread<Option<i32>>>,
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
    /// Once every run is in: milliseconds from the request's arrival to its last run (the runs
    /// alone, before the tornados and goal seek), for the benchmark to read from the report.
    pub runs_ms: Option<u32>,
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

/// A file the page asks the reader worker to read: the page's bundle has no TOML reader (it is
/// loaded only when someone opens a file, `src/bin/reader.rs`), nor the words for what is wrong
/// with a file: the worker says them in the page's language (`lang`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReadRequest {
    /// A roadmap file: read and checked as the command line does it, and packed.
    Roadmap {
        file: String,
        text: String,
        lang: Lang,
    },
    /// A scenario file, checked against the roadmap it is for (packed).
    Scenario {
        file: String,
        text: String,
        format: ScenarioFormat,
        roadmap: Vec<u8>,
        lang: Lang,
    },
}

/// The reader worker's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReadReply {
    /// The reader has started and takes a request.
    Ready,
    /// The roadmap, validated and packed.
    Roadmap(Vec<u8>),
    Scenario(Scenario),
    /// What is wrong with the file, one line per problem (file, entity, field, what), in the
    /// request's language.
    Problems(Vec<String>),
    /// The request did not decode (a page of another build): the page says so in its own words.
    Garbled,
}

/// Reads a file as the reader worker does (pure, so it is tested natively).
pub fn read(request: ReadRequest) -> ReadReply {
    let answer = match request {
        ReadRequest::Roadmap { file, text, lang } => load_roadmap(&file, &text)
            .map(|roadmap| match pack_roadmap(&roadmap) {
                Ok(bytes) => ReadReply::Roadmap(bytes),
                // A validated roadmap always packs (strings and numbers into a Vec).
                Err(_) => ReadReply::Garbled,
            })
            .map_err(|errors| (lang, errors)),
        ReadRequest::Scenario {
            file,
            text,
            format,
            roadmap,
            lang,
        } => unpack_roadmap(DEFAULT_ROADMAP_FILE, &roadmap)
            .and_then(|roadmap| parse_scenario(&file, &text, format, &roadmap))
            .map(ReadReply::Scenario)
            .map_err(|errors| (lang, errors)),
    };
    answer.unwrap_or_else(|(lang, errors)| ReadReply::Problems(data_error_lines(lang, &errors)))
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
            roadmap: vec![1, 2, 3],
            seed: 42,
            runs: 1000,
            solution: Some("pll".into()),
            milestone: Some("pll_national_start".into()),
            by: Some(2029 * 12 + 11),
            seek_lever: Some("a1d".into()),
            seek_probability: Some(80),
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
    fn what_a_worker_and_its_helper_say_survives_the_trip() {
        let share = Share {
            request: request(),
            from: 500,
        };
        assert_eq!(from_bytes::<Share>(&to_bytes(&share)), Some(share));
        let rows = FromHelper::Rows {
            generation: 7,
            rows: Rows {
                runs: 2,
                dates: vec![vec![60, i32::MAX]],
                samples: vec![0.25, 0.5, 0.75, 1.0],
                present_value: vec![1.5, 2.5],
                on_chain: vec![2, 0],
            },
        };
        assert_eq!(from_bytes::<FromHelper>(&to_bytes(&rows)), Some(rows));
        assert_eq!(
            from_bytes::<FromHelper>(&to_bytes(&FromHelper::Ready)),
            Some(FromHelper::Ready)
        );
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
                bands: ChartBands {
                    adoption: vec![(
                        3,
                        SeriesBand {
                            p10: vec![0.1],
                            p50: vec![0.2],
                            p90: vec![0.3],
                        },
                    )],
                    benefit: SeriesBand::default(),
                    milestones: vec![Spread {
                        p10: Some(1),
                        p50: None,
                        p90: None,
                    }],
                },
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
    fn the_reader_packs_a_good_roadmap_and_names_what_is_wrong_with_a_bad_one() {
        use crate::model::{DEFAULT_ROADMAP_PACKED, DEFAULT_ROADMAP_TOML};
        let good = read(ReadRequest::Roadmap {
            file: "mine.toml".into(),
            text: DEFAULT_ROADMAP_TOML.into(),
            lang: Lang::En,
        });
        assert_eq!(good, ReadReply::Roadmap(DEFAULT_ROADMAP_PACKED.to_vec()));
        let broken = DEFAULT_ROADMAP_TOML.replacen("units = { v = ", "units = { v = -", 1);
        let problems = |lang| {
            let ReadReply::Problems(lines) = read(ReadRequest::Roadmap {
                file: "mine.toml".into(),
                text: broken.clone(),
                lang,
            }) else {
                panic!("a negative count is refused");
            };
            lines
        };
        let lines = problems(Lang::En);
        assert!(
            lines.iter().all(|l| l.starts_with("mine.toml: ")),
            "{lines:?}"
        );
        // In the page's language.
        assert!(
            problems(Lang::Nn)[0].contains(", felt 'units': "),
            "{:?}",
            problems(Lang::Nn)
        );
        // A scenario file is read against the roadmap it is for.
        let roadmap = DEFAULT_ROADMAP_PACKED.to_vec();
        let scenario = |text: &str| {
            read(ReadRequest::Scenario {
                file: "s.toml".into(),
                text: text.into(),
                format: ScenarioFormat::Toml,
                roadmap: roadmap.clone(),
                lang: Lang::Nb,
            })
        };
        let ReadReply::Scenario(s) = scenario("version = 2\n[actors.kommune_plo]\ndelay = 12\n")
        else {
            panic!("a good scenario file reads");
        };
        assert_eq!(s.actor("kommune_plo").delay, 12);
        assert!(
            matches!(scenario("version = 2\n[actors.nobody]\ndelay = 12\n"), ReadReply::Problems(p) if p == ["s.toml: felt 'actors.nobody': ingen aktørgruppe har denne id-en"])
        );
        // Every answer survives the trip to the page.
        for reply in [
            good,
            ReadReply::Ready,
            ReadReply::Problems(vec!["x".into()]),
            ReadReply::Garbled,
        ] {
            assert_eq!(from_bytes::<ReadReply>(&to_bytes(&reply)), Some(reply));
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
