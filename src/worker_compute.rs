//! The Monte Carlo worker's work, without the browser: a [`Job`] answers one
//! [`Request`](crate::worker_protocol::Request) in chunks of runs, and after any chunk says what
//! the runs so far show ([`Job::bands`]). `src/bin/worker.rs` only feeds it messages and time;
//! this module compiles and tests natively.
//!
//! The runs are `crate::risk`'s: run `i` under a seed is `Sampler::draw(seed, i)` through
//! `Engine::run_drawn`, and percentiles are `risk::nearest_rank`, so the page's figures for a link
//! and seed are those of `veikart risk` on the same link and seed. What is kept is only what the
//! page draws (the shown solution's tracks, the benefits' total, the chosen milestone's chain),
//! so a summary every 150 ms costs little. The page's bundle must not contain this module: only
//! the worker calls it.

use crate::charts::BenefitTotals;
use crate::model::{unpack_roadmap, DEFAULT_ROADMAP_FILE};
use crate::model::{Month, Node};
use crate::risk::{
    column_percentiles, nearest_rank, seek, tornado, Goal, Percentiles, RiskSettings, Sampler,
    Seek, TornadoTarget,
};
use crate::scenario::link::decode;
use crate::scenario::Scenario;
use crate::sim::{Engine, RunOutput};
use crate::uncertainty::report_html;
use crate::worker_protocol::{
    Bands, Bar, ChartBands, Request, Rows, SeriesBand, Share, Spread, Summary, TornadoView,
};

/// Runs per chunk: small enough that a newer request waits little, large enough that the
/// hand-over between chunks costs nothing.
pub const CHUNK: u32 = 25;

/// A month past every horizon: how a milestone not reached sorts (last).
const NOT_REACHED: i32 = i32::MAX;

/// The engine (and its sampler) for the roadmap a request sends, kept while requests send the
/// same text.
#[derive(Default)]
pub struct Engines {
    current: Option<(Vec<u8>, Engine, Sampler)>,
}

impl Engines {
    /// The engine for the `packed` roadmap, built on first use; `None` for bytes that are no
    /// roadmap of this build (the roadmap was validated when it was packed, so nothing else
    /// fails: the worker's sentence for it says enough).
    pub fn get(&mut self, packed: &[u8]) -> Option<(&Engine, &Sampler)> {
        let fresh = !matches!(&self.current, Some((p, _, _)) if p == packed);
        if fresh {
            let engine = unpack_roadmap(DEFAULT_ROADMAP_FILE, packed)
                .and_then(Engine::new)
                .ok()?;
            let sampler = Sampler::new(engine.roadmap());
            self.current = Some((packed.to_vec(), engine, sampler));
        }
        match &self.current {
            Some((_, engine, sampler)) => Some((engine, sampler)),
            None => None,
        }
    }
}

/// At most this many runs per step of a goal seek with a required chance.
pub const SEEK_RUNS: u32 = 500;

/// One request being answered: the samples drawn so far.
pub struct Job {
    pub request: Request,
    scenario: Scenario,
    runs: u32,
    /// Runs made here or merged from a helper.
    done: u32,
    /// The next run to make here, and the end of the runs made here (the rest are a helper's).
    next: u32,
    part_end: u32,
    /// The job is a helper's: its runs go to its worker as rows ([`Share`]).
    helper: bool,
    /// Runs handed to a helper and not yet merged.
    handed: u32,
    /// Per milestone, its month in each run so far.
    dates: Vec<Vec<i32>>,
    /// The tracks drawn with bands.
    tracks: Vec<usize>,
    /// Per run, a row: each drawn track's share per month, then the cumulative benefit per
    /// month. Rows, not a column per cell: a run writes one contiguous row instead of touching a
    /// page per cell; a summary reads the columns a tile at a time.
    rows: Vec<f32>,
    /// Cells in a row.
    row: usize,
    present_value: Vec<f32>,
    /// The milestone whose chance by a month is asked for, and per milestone and track (in the
    /// roadmap's order, milestones first) the runs with it on that milestone's critical chain.
    chosen: Option<usize>,
    on_chain: Vec<u32>,
    tornado: Option<[TornadoView; 2]>,
    /// Goal seek for the chosen milestone by the chosen month (each lever tried, the
    /// deterministic run), once the tornados are drawn; `Some(None)` when there is no goal.
    seek: Option<Option<Seek>>,
}

impl Job {
    pub fn new(engine: &Engine, request: Request) -> Job {
        Job::making(engine, request, None)
    }

    /// A helper's job: the shared request's runs from `from` on.
    pub fn helper(engine: &Engine, share: Share) -> Job {
        Job::making(engine, share.request, Some(share.from))
    }

    /// Every run of `request`, or a helper's from `from` on.
    fn making(engine: &Engine, request: Request, from: Option<u32>) -> Job {
        let roadmap = engine.roadmap();
        let scenario = decode(roadmap, &request.link).0.scenario;
        let tracks: Vec<usize> = match &request.solution {
            Some(sol) => (0..roadmap.tracks.len())
                .filter(|&i| roadmap.tracks[i].solution == *sol)
                .collect(),
            None => Vec::new(),
        };
        let runs = request.runs.clamp(1, crate::risk::MAX_RUNS);
        let first = from.map_or(0, |from| from.min(runs));
        // A helper keeps its own runs; otherwise room for every run at once, never regrown.
        let kept = (runs - first) as usize;
        let row = (tracks.len() + 1) * roadmap.months();
        Job {
            runs,
            done: 0,
            next: first,
            part_end: runs,
            helper: from.is_some(),
            handed: 0,
            dates: (0..roadmap.milestones.len())
                .map(|_| Vec::with_capacity(kept))
                .collect(),
            rows: Vec::with_capacity(kept * row),
            row,
            tracks,
            present_value: Vec::with_capacity(kept),
            chosen: request
                .milestone
                .as_deref()
                .and_then(|id| roadmap.milestone_index(id)),
            on_chain: vec![0; roadmap.milestones.len() + roadmap.tracks.len()],
            tornado: None,
            seek: None,
            scenario,
            request,
        }
    }

    /// Every run is done, the tornados drawn and the goal sought.
    pub fn finished(&self) -> bool {
        self.done >= self.runs && self.tornado.is_some() && self.seek.is_some()
    }

    /// Makes up to `n` more runs; once they are all done, the tornados, then goal seek, each a
    /// step of its own (so a newer request can come in between).
    pub fn step(&mut self, engine: &Engine, sampler: &Sampler, n: u32) {
        if self.next < self.part_end {
            let end = (self.next + n).min(self.part_end);
            for i in self.next..end {
                let draw = sampler.draw(self.request.seed, i);
                let run = engine.run_drawn(&self.scenario, &draw);
                self.record(engine, &run);
            }
            self.done += end - self.next;
            self.next = end;
        } else if self.waiting() {
            // The rest of the runs are a helper's: `merge` brings them.
        } else if self.tornado.is_none() {
            self.tornado = Some(self.tornados(engine));
        } else if self.seek.is_none() {
            self.seek = Some(self.seek(engine));
        }
    }

    /// This worker's part of the runs is made, and the rest are not here: a helper's part is
    /// ready to send ([`Job::into_rows`]), a first part waits for its helper's rows.
    pub fn waiting(&self) -> bool {
        self.next >= self.part_end && self.done < self.runs
    }

    /// The job is a helper's ([`Job::helper`]).
    pub fn is_helper(&self) -> bool {
        self.helper
    }

    /// A helper's runs as recorded, for its worker's [`Job::merge`].
    pub fn into_rows(self) -> Rows {
        Rows {
            runs: self.done,
            dates: self.dates,
            samples: self.rows,
            present_value: self.present_value,
            on_chain: self.on_chain,
        }
    }

    /// Takes a helper's runs in, whenever they come, if they are the runs handed to it (`false`,
    /// and nothing changed, for rows of another shape).
    pub fn merge(&mut self, rows: Rows) -> bool {
        let fits = self.handed > 0
            && rows.runs == self.handed
            && rows.samples.len() == rows.runs as usize * self.row
            && rows.present_value.len() == rows.runs as usize
            && rows.dates.len() == self.dates.len()
            && rows.dates.iter().all(|d| d.len() == rows.runs as usize)
            && rows.on_chain.len() == self.on_chain.len();
        if fits {
            for (dates, more) in self.dates.iter_mut().zip(rows.dates) {
                dates.extend(more);
            }
            self.rows.extend(rows.samples);
            self.present_value.extend(rows.present_value);
            for (count, more) in self.on_chain.iter_mut().zip(rows.on_chain) {
                *count += more;
            }
            self.done += self.handed;
            self.handed = 0;
        }
        fits
    }

    /// Hands the second half of the runs still to make to a helper: what to ask it; `None` when
    /// the runs are already shared (or this is a helper's job) or too few are left to share.
    pub fn hand_over(&mut self) -> Option<Share> {
        let left = self.part_end - self.next;
        if self.helper || self.part_end < self.runs || left < 2 * CHUNK {
            return None;
        }
        self.part_end = self.next + left / 2;
        self.handed = self.runs - self.part_end;
        Some(Share {
            request: self.request.clone(),
            from: self.part_end,
        })
    }

    /// Makes the helper's runs here after all (the helper failed).
    pub fn take_over(&mut self) {
        if self.handed > 0 {
            self.part_end = self.runs;
            self.handed = 0;
        }
    }

    /// What it takes to reach the chosen milestone by the chosen month: the chosen lever, or every
    /// lever tried, on the deterministic run; with a required chance, the chosen lever only (each
    /// step is then a Monte Carlo of its own, of at most [`SEEK_RUNS`] runs from the request's
    /// seed, so the answer comes in seconds).
    fn seek(&self, engine: &Engine) -> Option<Seek> {
        let milestone = engine.roadmap().milestones.get(self.chosen?)?.id.clone();
        let lever = self.request.seek_lever.clone();
        let goal = Goal {
            milestone,
            by: Month(self.request.by?),
            probability: lever
                .as_ref()
                .and(self.request.seek_probability)
                .map(|p| f64::from(p) / 100.0),
            lever,
        };
        let settings = RiskSettings {
            seed: self.request.seed,
            runs: self.request.runs.min(SEEK_RUNS),
        };
        seek(engine, &self.scenario, &goal, &settings).ok()
    }

    fn tornados(&self, engine: &Engine) -> [TornadoView; 2] {
        let view = |target: TornadoTarget| match tornado(engine, &self.scenario, &target) {
            Ok(t) => TornadoView {
                base: t.base as f32,
                bars: t
                    .bars
                    .into_iter()
                    .map(|b| Bar {
                        name: match b.input {
                            crate::risk::InputRef::Lever { path } => path,
                            crate::risk::InputRef::Input { id } => id,
                        },
                        at_low: b.at_low as f32,
                        at_high: b.at_high as f32,
                    })
                    .collect(),
            },
            Err(_) => TornadoView::default(),
        };
        let milestone = self
            .chosen
            .map(|i| engine.roadmap().milestones[i].id.clone());
        [
            view(TornadoTarget::PresentValue),
            milestone.map_or_else(TornadoView::default, |id| {
                view(TornadoTarget::MilestoneDate { id })
            }),
        ]
    }

    fn record(&mut self, engine: &Engine, run: &RunOutput) {
        if let Some(i) = self.chosen {
            let milestones = engine.roadmap().milestones.len();
            let on_chain = &mut self.on_chain;
            run.chain_nodes(i, |node| match node {
                Node::Milestone(m) => on_chain[m] += 1,
                Node::Track(t) => on_chain[milestones + t] += 1,
            });
        }
        for (dates, m) in self.dates.iter_mut().zip(&run.milestones) {
            dates.push(m.forecast.map_or(NOT_REACHED, |d| d.0));
        }
        for &t in &self.tracks {
            let shares = &run.tracks[t].adoption;
            self.rows.extend(shares.iter().map(|&share| share as f32));
        }
        let totals = BenefitTotals::of(run);
        self.rows
            .extend(totals.cumulative.iter().map(|&v| v as f32));
        self.present_value.push(run.present_value as f32);
    }

    /// Every run is done (the tornados and goal seek may still be to come).
    pub fn runs_finished(&self) -> bool {
        self.done >= self.runs
    }

    /// The runs so far as the page shows them: the report in the request's language, and the
    /// time spent on them (`elapsed_ms`, and once they are all in `runs_ms`, measured by the
    /// caller).
    pub fn summary(&self, engine: &Engine, elapsed_ms: u32, runs_ms: Option<u32>) -> Summary {
        let roadmap = engine.roadmap();
        let lang = self.request.lang;
        let milestone = self
            .chosen
            .map_or("", |i| roadmap.milestones[i].id.as_str());
        let by = Month(self.request.by.unwrap_or(roadmap.meta.end.0));
        let bands = Bands {
            runs_ms,
            ..self.bands(engine, 0)
        };
        Summary {
            done: self.done,
            runs: self.runs,
            complete: self.finished(),
            elapsed_ms,
            html: report_html(
                roadmap,
                lang,
                &bands,
                milestone,
                by,
                self.request.seed,
                self.seek.as_ref().and_then(Option::as_ref),
            ),
            bands: ChartBands {
                adoption: bands.adoption,
                benefit: bands.benefit,
                milestones: bands.milestones,
            },
        }
    }

    /// What the runs so far show.
    pub fn bands(&self, engine: &Engine, elapsed_ms: u32) -> Bands {
        let r = engine.roadmap();
        let milestones = self
            .dates
            .iter()
            .map(|d| {
                let mut d = d.clone();
                d.sort_unstable();
                let at = |pct| nearest_rank(&d, pct).filter(|&m| m != NOT_REACHED);
                Spread {
                    p10: at(10),
                    p50: at(50),
                    p90: at(90),
                }
            })
            .collect();
        let probability = match (self.chosen, self.request.by) {
            (Some(i), Some(by)) if self.done > 0 => {
                let reached = self.dates[i].iter().filter(|&&d| d <= by).count();
                Some(reached as f32 / self.done as f32)
            }
            _ => None,
        };
        let share = |runs: u32| runs as f32 / self.done.max(1) as f32;
        let mut criticality: Vec<(String, f32)> = self
            .on_chain
            .iter()
            .enumerate()
            .filter(|&(_, &runs)| runs > 0)
            .map(|(node, &runs)| {
                let id = match node.checked_sub(r.milestones.len()) {
                    None => &r.milestones[node].id,
                    Some(t) => &r.tracks[t].id,
                };
                (id.clone(), share(runs))
            })
            .collect();
        criticality.sort_by(|a, b| b.1.total_cmp(&a.1));
        let months = r.months();
        let mut bands = series_bands(&self.rows, self.row, months);
        let benefit = bands.pop().unwrap_or_default();
        let mut pv = self.present_value.clone();
        pv.sort_unstable_by(f32::total_cmp);
        Bands {
            done: self.done,
            runs: self.runs,
            elapsed_ms,
            runs_ms: None,
            milestones,
            adoption: self.tracks.iter().map(|&t| t as u32).zip(bands).collect(),
            benefit,
            present_value: Spread {
                p10: nearest_rank(&pv, 10).unwrap_or(0.0),
                p50: nearest_rank(&pv, 50).unwrap_or(0.0),
                p90: nearest_rank(&pv, 90).unwrap_or(0.0),
            },
            probability,
            criticality,
            tornado: self.tornado.clone(),
        }
    }
}

/// P10, P50 and P90 of each month's samples, `months` cells of each row at a time.
fn series_bands(rows: &[f32], width: usize, months: usize) -> Vec<SeriesBand> {
    if rows.is_empty() {
        let zeros = vec![0.0; months];
        let none = SeriesBand {
            p10: zeros.clone(),
            p50: zeros.clone(),
            p90: zeros,
        };
        return vec![none; width / months.max(1)];
    }
    column_percentiles(rows, width)
        .chunks(months)
        .map(|cells| {
            // The samples were f32: their percentiles are too, exactly.
            let at = |p: fn(&Percentiles) -> f64| cells.iter().map(|c| p(c) as f32).collect();
            SeriesBand {
                p10: at(|c| c.p10),
                p50: at(|c| c.p50),
                p90: at(|c| c.p90),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, Month, DEFAULT_ROADMAP_PACKED};

    fn request(runs: u32) -> Request {
        Request {
            generation: 1,
            link: "v=2".into(),
            roadmap: DEFAULT_ROADMAP_PACKED.to_vec(),
            seed: 1,
            runs,
            solution: Some("pll".into()),
            milestone: Some("pll_national_start".into()),
            by: None,
            seek_lever: None,
            seek_probability: None,
            lang: Lang::Nb,
        }
    }

    /// Every run of `job`'s own part made.
    fn make_part(job: &mut Job, engine: &Engine, sampler: &Sampler) {
        while job.next < job.part_end {
            job.step(engine, sampler, CHUNK);
        }
    }

    #[test]
    fn a_worker_and_its_helper_summarise_the_runs_as_one_worker_does() {
        let mut engines = Engines::default();
        let (engine, sampler) = engines
            .get(DEFAULT_ROADMAP_PACKED)
            .expect("the default roadmap loads");
        let asked = Request {
            link: "v=2&a1d=12".into(),
            ..request(120)
        };
        let mut whole = Job::new(engine, asked.clone());
        make_part(&mut whole, engine, sampler);
        assert!(whole.runs_finished());

        // Shared after a chunk, as when the helper is ready only after the request came.
        let mut first = Job::new(engine, asked.clone());
        first.step(engine, sampler, CHUNK);
        let theirs = first.hand_over().expect("95 runs left are worth sharing");
        assert_eq!(theirs.from, 72);
        assert_eq!(first.hand_over(), None, "shared once");
        let mut helper = Job::helper(engine, theirs);
        assert_eq!(helper.hand_over(), None, "a helper has no helper");
        make_part(&mut helper, engine, sampler);
        assert!(helper.waiting() && helper.is_helper());
        let rows = helper.into_rows();
        assert_eq!(rows.runs, 48);
        let short = Rows {
            samples: rows.samples[1..].to_vec(),
            ..rows.clone()
        };
        assert!(!first.merge(short), "rows of another shape are refused");
        // The helper may finish first: its rows are taken in while this part still runs.
        assert!(first.merge(rows.clone()));
        assert!(!first.merge(rows), "and rows come in once");
        make_part(&mut first, engine, sampler);
        assert!(first.runs_finished() && !first.waiting());
        assert_eq!(first.bands(engine, 0), whole.bands(engine, 0));

        // A helper that fails: its worker makes the rest itself, with the same result.
        let mut alone = Job::new(engine, asked);
        alone.hand_over().expect("shared");
        make_part(&mut alone, engine, sampler);
        assert!(alone.waiting());
        // Waiting makes nothing: no tornado before every run is in.
        alone.step(engine, sampler, CHUNK);
        assert!(alone.tornado.is_none());
        alone.take_over();
        make_part(&mut alone, engine, sampler);
        assert_eq!(alone.bands(engine, 0), whole.bands(engine, 0));
    }

    #[test]
    fn goal_seek_solves_for_the_chosen_lever_with_the_chance_asked() {
        let mut engines = Engines::default();
        let (engine, _) = engines
            .get(DEFAULT_ROADMAP_PACKED)
            .expect("the default roadmap loads");
        let pll = engine
            .roadmap()
            .milestone_index("pll_full_rollout")
            .expect("in the data");
        let late = engine.baseline().milestones[pll]
            .forecast
            .expect("reached")
            .0;
        let job = |lever: Option<&str>, probability| {
            let job = Job::new(
                engine,
                Request {
                    milestone: Some("pll_full_rollout".into()),
                    by: Some(late - 12),
                    seek_lever: lever.map(String::from),
                    seek_probability: probability,
                    ..request(100)
                },
            );
            job.seek(engine)
        };
        let answers = |seek: Option<Seek>| match seek {
            Some(Seek::Answers { answers }) => answers,
            other => panic!("{other:?}"),
        };
        // The kommuner's speed alone, with an 80 % chance: one answer, for that lever, which
        // reaches the chance asked (or says it cannot).
        let one = answers(job(Some("a1s"), Some(80)));
        assert_eq!(one.len(), 1);
        match &one[0] {
            crate::risk::SeekAnswer::Found { achieved, .. } => {
                assert!(
                    achieved.probability.is_some_and(|p| p >= 0.8),
                    "{achieved:?}"
                )
            }
            crate::risk::SeekAnswer::Unreachable { chain, .. } => assert!(!chain.is_empty()),
        }
        // Without a lever every lever is tried, and a chance is not asked for.
        let each = answers(job(None, Some(80)));
        assert!(each.len() > 1);
        assert!(each.iter().all(|a| match a {
            crate::risk::SeekAnswer::Found { achieved, .. } => achieved.probability.is_none(),
            crate::risk::SeekAnswer::Unreachable { .. } => true,
        }));
    }

    #[test]
    fn a_job_runs_in_chunks_and_summarises_what_it_has() {
        let mut engines = Engines::default();
        let (engine, sampler) = engines
            .get(DEFAULT_ROADMAP_PACKED)
            .expect("the default roadmap loads");
        let mut job = Job::new(engine, request(60));
        assert!(!job.finished());
        job.step(engine, sampler, CHUNK);
        let partial = job.bands(engine, 5);
        assert_eq!((partial.done, partial.runs), (CHUNK, 60));
        while !job.finished() {
            job.step(engine, sampler, CHUNK);
        }
        let bands = job.bands(engine, 9);
        assert_eq!(bands.done, 60);
        let roadmap = engine.roadmap();
        assert_eq!(bands.milestones.len(), roadmap.milestones.len());
        let pll_tracks = roadmap
            .tracks
            .iter()
            .filter(|t| t.solution == "pll")
            .count();
        assert_eq!(bands.adoption.len(), pll_tracks);
        for (_, band) in &bands.adoption {
            assert_eq!(band.p50.len(), roadmap.months());
            assert!(band.p10.iter().zip(&band.p90).all(|(lo, hi)| lo <= hi));
        }
        for s in &bands.milestones {
            let key = |m: Option<i32>| m.unwrap_or(i32::MAX);
            assert!(key(s.p10) <= key(s.p50) && key(s.p50) <= key(s.p90));
        }
        assert!(bands.present_value.p10 <= bands.present_value.p90);
    }

    #[test]
    fn the_chance_by_a_month_grows_with_the_month() {
        let mut engines = Engines::default();
        let (engine, sampler) = engines
            .get(DEFAULT_ROADMAP_PACKED)
            .expect("the default roadmap loads");
        let i = engine
            .roadmap()
            .milestone_index("pll_national_start")
            .expect("the milestone exists");
        let mut last = 0.0;
        let p50 = {
            let mut job = Job::new(engine, request(50));
            job.step(engine, sampler, 50);
            job.bands(engine, 0).milestones[i].p50.expect("reached")
        };
        for by in [p50 - 24, p50 - 1, p50, p50 + 24] {
            let mut job = Job::new(
                engine,
                Request {
                    by: Some(by),
                    ..request(50)
                },
            );
            job.step(engine, sampler, 50);
            let p = job
                .bands(engine, 0)
                .probability
                .expect("a milestone and a month were asked");
            assert!(p >= last, "{p} < {last} by {by}");
            last = p;
        }
        assert!(last > 0.5);
    }

    #[test]
    fn the_worker_says_what_veikart_risk_says_and_ends_with_the_tornado() {
        let mut engines = Engines::default();
        let (engine, sampler) = engines
            .get(DEFAULT_ROADMAP_PACKED)
            .expect("the default roadmap loads");
        let link = "v=2&a3d=6";
        let mut job = Job::new(
            engine,
            Request {
                link: link.into(),
                seed: 99,
                ..request(40)
            },
        );
        while !job.finished() {
            job.step(engine, sampler, CHUNK);
        }
        let bands = job.bands(engine, 0);
        let scenario = decode(engine.roadmap(), link).0.scenario;
        let mut mc = crate::risk::MonteCarlo::new(engine, &scenario, 99);
        mc.run_chunk(40);
        let summary = mc.summary("pll_national_start");
        for (ours, theirs) in bands.milestones.iter().zip(&summary.milestones) {
            assert_eq!(ours.p10.map(Month), theirs.p10, "{}", theirs.id);
            assert_eq!(ours.p50.map(Month), theirs.p50, "{}", theirs.id);
            assert_eq!(ours.p90.map(Month), theirs.p90, "{}", theirs.id);
        }
        for (id, share) in &bands.criticality {
            let theirs = summary
                .criticality
                .iter()
                .find(|n| n.id == *id)
                .expect("same nodes");
            assert!((*share as f64 - theirs.share).abs() < 1e-6);
        }
        let [pv, date] = bands
            .tornado
            .expect("the tornado comes with the last summary");
        assert!(!pv.bars.is_empty() && !date.bars.is_empty());
    }

    #[test]
    fn the_summary_is_the_report_in_the_asked_language() {
        let mut engines = Engines::default();
        let (engine, sampler) = engines
            .get(DEFAULT_ROADMAP_PACKED)
            .expect("the default roadmap loads");
        let mut job = Job::new(
            engine,
            Request {
                by: Some(Month::new(2035, 12).0),
                lang: Lang::En,
                ..request(30)
            },
        );
        job.step(engine, sampler, 30);
        let partial = job.summary(engine, 0, None);
        assert!(!partial.complete && partial.done == 30);
        assert!(partial.html.contains("chance that"), "{}", partial.html);
        assert!(!partial.html.contains("tornado-pv"));
        while !job.finished() {
            job.step(engine, sampler, 30);
        }
        let last = job.summary(engine, 0, Some(1));
        assert!(last.html.contains("data-runs-ms=\"1\""));
        assert!(last.complete && last.html.contains("tornado-pv"));
        assert!(last.html.contains("id=\"seek\""), "goal seek comes last");
    }

    #[test]
    fn a_roadmap_that_does_not_unpack_is_an_error_not_a_panic() {
        let mut engines = Engines::default();
        assert!(engines.get(b"not a packed roadmap").is_none());
        assert!(engines.get(&DEFAULT_ROADMAP_PACKED[..1000]).is_none());
        assert!(engines.get(DEFAULT_ROADMAP_PACKED).is_some());
    }
}
