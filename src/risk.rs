//! How sure are we: Monte Carlo over the roadmap's uncertain inputs, the chance of meeting a
//! date, what matters most (criticality, tornado) and goal seek.
//!
//! Pure and deterministic: a seed and a run index fix every draw ([`inputs`]), the engine's maths
//! is `libm`'s, so the same seed gives the same bits natively and in wasm. Everything here is
//! serde POD, so a Web Worker can stream it to the page. [`MonteCarlo`] runs in chunks, so a
//! caller can show bands as they sharpen and drop stale work between chunks.

pub mod inputs;
mod seek;
mod stats;
mod tornado;

use std::borrow::Borrow;

use serde::{Deserialize, Serialize};

use crate::model::{Month, Node, Roadmap};
use crate::scenario::link::{encode, Link};
use crate::scenario::{Lever, LeverKind, MandateLever, Scenario};
use crate::sim::{Engine, Reach, RunOutput};

pub use crate::model::Triangle;
pub use inputs::{InputKind, Sampler, UncertainInput};
pub use seek::{seek, Achieved, Goal, Seek, SeekAnswer};
pub use stats::{nearest_rank, round_to_5_points, Percentiles};
pub use tornado::{tornado, InputRef, Tornado, TornadoBar, TornadoTarget};

/// The seed when none is given (a link without one): any fixed number would do.
pub const DEFAULT_SEED: u64 = 20_260_201;
pub const DEFAULT_RUNS: u32 = 1_000;
/// More runs than this add little and cost memory: every series is kept per run as f32, about
/// 30 KB a run on the default roadmap (41 series × 180 months), so 10,000 runs hold ~300 MB.
pub const MAX_RUNS: u32 = 10_000;

/// How many runs, from which seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskSettings {
    pub seed: u64,
    pub runs: u32,
}

impl Default for RiskSettings {
    fn default() -> Self {
        RiskSettings {
            seed: DEFAULT_SEED,
            runs: DEFAULT_RUNS,
        }
    }
}

/// What a risk question could not use, named for the person who asked it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RiskError {
    UnknownMilestone(String),
    /// Neither a lever's link key (`a1d`) nor its path (`actors.kommune_plo.delay`).
    UnknownLever(String),
    /// A lever goal seek cannot turn: a mandate (a date, not a number), or one the question
    /// does not offer.
    LeverNotSearchable(String),
    /// A required probability outside (0, 1].
    Probability(f64),
    /// A run count outside 1–[`MAX_RUNS`].
    Runs(u32),
}

impl std::fmt::Display for RiskError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RiskError::UnknownMilestone(id) => write!(f, "no milestone with the id '{id}'"),
            RiskError::UnknownLever(k) => write!(
                f,
                "no lever '{k}': give its link key (a1d, a3s, m7) or its path (actors.kommune_plo.delay)"
            ),
            RiskError::LeverNotSearchable(k) => write!(
                f,
                "lever '{k}' cannot be searched: goal seek turns speed, delay, ceiling and milestone delay levers the question offers"
            ),
            RiskError::Probability(p) => {
                write!(f, "probability {p} is outside (0, 1]: write e.g. 0.8")
            }
            RiskError::Runs(n) => write!(f, "{n} runs: give 1–{MAX_RUNS}"),
        }
    }
}

impl std::error::Error for RiskError {}

impl RiskSettings {
    pub fn check(&self) -> Result<(), RiskError> {
        if (1..=MAX_RUNS).contains(&self.runs) {
            Ok(())
        } else {
            Err(RiskError::Runs(self.runs))
        }
    }
}

/// A milestone's dates over the runs. A run in which it is not reached counts as later than any
/// date, so a percentile is `None` when that share of runs does not reach it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MilestonePercentiles {
    pub id: String,
    pub p10: Option<Month>,
    pub p50: Option<Month>,
    pub p90: Option<Month>,
    /// Share of runs that do not reach it within the horizon (beyond it or never).
    pub not_reached: f64,
    /// Share of runs in which a condition can never be met.
    pub never: f64,
}

/// P10, P50 and P90 of a monthly series over the runs, one value per month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Band {
    pub id: String,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

/// A benefit's present value over the runs, MNOK.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ValuePercentiles {
    pub id: String,
    pub present_value: Percentiles,
}

/// How often a milestone or track lies on a milestone's critical chain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NodeShare {
    /// A milestone or track id.
    pub id: String,
    /// Share of runs (0–1).
    pub share: f64,
}

/// What the runs so far say. Before the first run every list is empty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RiskSummary {
    pub runs_done: u32,
    pub seed: u64,
    pub milestones: Vec<MilestonePercentiles>,
    /// Adoption per track and month.
    pub tracks: Vec<Band>,
    /// Realised value per benefit and month, MNOK.
    pub benefits: Vec<Band>,
    pub benefit_values: Vec<ValuePercentiles>,
    /// Sum of every benefit's present value, MNOK; `None` before the first run.
    pub present_value: Option<Percentiles>,
    /// The milestone the criticality index is for, and the nodes on its chain in any run, most
    /// often first.
    pub critical_for: String,
    pub criticality: Vec<NodeShare>,
}

/// What is not reached sorts after every month.
const NOT_REACHED: i32 = i32::MAX;

/// Monte Carlo over one scenario, borrowing the engine: run it in chunks, read the summary at
/// any time.
pub type MonteCarlo<'a> = MonteCarloOn<&'a Engine>;

/// Monte Carlo over one scenario on an engine held as `E`: borrowed (`&Engine`, see
/// [`MonteCarlo`]) or shared (`Rc<Engine>`, for a worker that owns both).
#[derive(Clone, Debug)]
pub struct MonteCarloOn<E: Borrow<Engine>> {
    engine: E,
    scenario: Scenario,
    sampler: Sampler,
    seed: u64,
    runs_done: u32,
    /// Per milestone, per run: month index from the start, or [`NOT_REACHED`].
    dates: Vec<Vec<i32>>,
    /// Per milestone: runs in which it can never be reached.
    never: Vec<u32>,
    /// Per run, a row of adoption per (track, month) (f32: bands need no more, and memory
    /// matters). Rows, not a column per cell: a run writes one contiguous row instead of
    /// touching thousands of columns; the summary reads the columns a tile at a time.
    adoption: Vec<f32>,
    /// Per run, a row of realised value per (benefit, month), MNOK.
    value: Vec<f32>,
    /// Per run: total present value; per benefit, per run: its present value.
    present_value: Vec<f64>,
    benefit_pv: Vec<Vec<f64>>,
    /// Per milestone, per node (milestones, then tracks): runs with the node on its chain.
    on_chain: Vec<Vec<u32>>,
}

impl<E: Borrow<Engine>> MonteCarloOn<E> {
    pub fn new(engine: E, scenario: &Scenario, seed: u64) -> MonteCarloOn<E> {
        let r = engine.borrow().roadmap();
        let (milestones, tracks, benefits) = (r.milestones.len(), r.tracks.len(), r.benefits.len());
        let sampler = Sampler::new(r);
        MonteCarloOn {
            engine,
            scenario: scenario.clone(),
            sampler,
            seed,
            runs_done: 0,
            dates: vec![Vec::new(); milestones],
            never: vec![0; milestones],
            adoption: Vec::new(),
            value: Vec::new(),
            present_value: Vec::new(),
            benefit_pv: vec![Vec::new(); benefits],
            on_chain: vec![vec![0; milestones + tracks]; milestones],
        }
    }

    /// The next `n` runs (run indices continue from the last chunk, so chunking does not change
    /// the result).
    pub fn run_chunk(&mut self, n: u32) {
        let r = self.engine.borrow().roadmap();
        let rows = |series: usize| n as usize * series * r.months();
        self.adoption.reserve(rows(r.tracks.len()));
        self.value.reserve(rows(r.benefits.len()));
        for _ in 0..n {
            let draw = self.sampler.draw(self.seed, self.runs_done);
            let out = self.engine.borrow().run_drawn(&self.scenario, &draw);
            self.record(&out);
            self.runs_done += 1;
        }
    }

    pub fn runs_done(&self) -> u32 {
        self.runs_done
    }

    fn record(&mut self, out: &RunOutput) {
        let r = self.engine.borrow().roadmap();
        let start = r.meta.start;
        let milestones = r.milestones.len();
        for (i, m) in out.milestones.iter().enumerate() {
            self.dates[i].push(m.forecast.map_or(NOT_REACHED, |f| f.since(start)));
            if m.reach == Reach::Never {
                self.never[i] += 1;
            }
            let on_chain = &mut self.on_chain[i];
            out.chain_nodes(i, |node| match node {
                Node::Milestone(m) => on_chain[m] += 1,
                Node::Track(t) => on_chain[milestones + t] += 1,
            });
        }
        for t in &out.tracks {
            self.adoption.extend(t.adoption.iter().map(|&a| a as f32));
        }
        for (bi, b) in out.benefits.iter().enumerate() {
            self.value.extend(b.monthly.iter().map(|&v| v as f32));
            self.benefit_pv[bi].push(b.present_value);
        }
        self.present_value.push(out.present_value);
    }

    /// The share of runs so far that reached `milestone` by `month` (inclusive); `None` for an
    /// unknown milestone or before the first run. Never falls as the month grows.
    pub fn probability_by(&self, milestone: &str, month: Month) -> Option<f64> {
        let r = self.engine.borrow().roadmap();
        let i = r.milestone_index(milestone)?;
        if self.runs_done == 0 {
            return None;
        }
        let by = month.since(r.meta.start);
        let hits = self.dates[i].iter().filter(|&&d| d <= by).count();
        Some(hits as f64 / self.runs_done as f64)
    }

    /// Percentiles of everything, and the criticality index for `critical_for` (a milestone id;
    /// an unknown id gives an empty index).
    pub fn summary(&self, critical_for: &str) -> RiskSummary {
        let r = self.engine.borrow().roadmap();
        let months = r.months();
        let runs = self.runs_done;
        let share = |count: u32| count as f64 / runs.max(1) as f64;
        let any = runs > 0;
        let at = |d: i32| (d != NOT_REACHED).then(|| r.meta.start.plus(d));
        let milestones = r
            .milestones
            .iter()
            .enumerate()
            .filter(|_| any)
            .map(|(i, m)| {
                let mut dates = self.dates[i].clone();
                dates.sort_unstable();
                let p = |pct| nearest_rank(&dates, pct).and_then(at);
                MilestonePercentiles {
                    id: m.id.clone(),
                    p10: p(10),
                    p50: p(50),
                    p90: p(90),
                    not_reached: share(dates.iter().filter(|&&d| d == NOT_REACHED).count() as u32),
                    never: share(self.never[i]),
                }
            })
            .collect();
        let bands = |rows: &[f32], ids: Vec<String>| -> Vec<Band> {
            let cells = column_percentiles(rows, ids.len() * months);
            ids.into_iter()
                .zip(cells.chunks(months.max(1)))
                .filter(|_| any)
                .map(|(id, series)| Band {
                    id,
                    p10: series.iter().map(|p| p.p10).collect(),
                    p50: series.iter().map(|p| p.p50).collect(),
                    p90: series.iter().map(|p| p.p90).collect(),
                })
                .collect()
        };
        let index = r.milestone_index(critical_for);
        let mut criticality: Vec<NodeShare> = index
            .filter(|_| any)
            .map(|i| {
                self.on_chain[i]
                    .iter()
                    .enumerate()
                    .filter(|&(_, &c)| c > 0)
                    .map(|(node, &c)| NodeShare {
                        id: match node.checked_sub(r.milestones.len()) {
                            None => r.milestones[node].id.clone(),
                            Some(t) => r.tracks[t].id.clone(),
                        },
                        share: share(c),
                    })
                    .collect()
            })
            .unwrap_or_default();
        criticality.sort_by(|a, b| b.share.total_cmp(&a.share));
        RiskSummary {
            runs_done: runs,
            seed: self.seed,
            milestones,
            tracks: bands(
                &self.adoption,
                r.tracks.iter().map(|t| t.id.clone()).collect(),
            ),
            benefits: bands(
                &self.value,
                r.benefits.iter().map(|b| b.id.clone()).collect(),
            ),
            benefit_values: r
                .benefits
                .iter()
                .zip(&self.benefit_pv)
                .filter(|_| any)
                .map(|(b, pv)| ValuePercentiles {
                    id: b.id.clone(),
                    present_value: Percentiles::of(pv),
                })
                .collect(),
            present_value: any.then(|| Percentiles::of(&self.present_value)),
            critical_for: critical_for.to_string(),
            criticality,
        }
    }
}

/// Per column, the percentiles of rows of `width` cells laid end to end (one row per run).
/// A tile of columns at a time, so each row is read a cache line at a time, not a cell.
pub(crate) fn column_percentiles(rows: &[f32], width: usize) -> Vec<Percentiles> {
    const TILE: usize = 16;
    if width == 0 {
        return Vec::new();
    }
    let runs = rows.len() / width;
    let mut columns: Vec<Vec<f32>> = (0..TILE).map(|_| Vec::with_capacity(runs)).collect();
    let mut scratch = Vec::with_capacity(runs);
    let mut out = Vec::with_capacity(width);
    for first in (0..width).step_by(TILE) {
        let tile = TILE.min(width - first);
        columns.iter_mut().for_each(Vec::clear);
        for row in rows.chunks_exact(width) {
            for (column, &v) in columns.iter_mut().zip(&row[first..first + tile]) {
                column.push(v);
            }
        }
        out.extend(
            columns[..tile]
                .iter()
                .map(|column| Percentiles::of_f32(column, &mut scratch)),
        );
    }
    out
}

/// The milestone a risk question is about when none is chosen: PLL's national rollout if the
/// roadmap has it, else its last milestone.
pub fn default_milestone(roadmap: &Roadmap) -> Option<&str> {
    const PLL_NATIONAL: &str = "pll_full_rollout";
    roadmap
        .milestones
        .iter()
        .find(|m| m.id == PLL_NATIONAL)
        .or(roadmap.milestones.last())
        .map(|m| m.id.as_str())
}

/// A lever by its link key (`a1d`, `m7`, `a1m.pll`) or its path in a scenario file
/// (`actors.kommune_plo.delay`).
pub fn find_lever(roadmap: &Roadmap, name: &str) -> Option<Lever> {
    Lever::all(roadmap).into_iter().find(|lever| {
        crate::scenario::lever_path(lever) == name || lever_link_key(roadmap, lever) == name
    })
}

/// A lever's key in a share link, read from the codec itself (one definition of the keys): the
/// parameter a scenario with only this lever set adds to the default scenario's link.
pub fn lever_link_key(roadmap: &Roadmap, lever: &Lever) -> String {
    let mut scenario = Scenario::default();
    if lever.kind() == LeverKind::Mandate {
        lever.set_mandate(&mut scenario, MandateLever::Off);
    } else {
        let spec = lever.kind().spec();
        let other = if spec.max != spec.default {
            spec.max
        } else {
            spec.min
        };
        lever.set(&mut scenario, other);
    }
    let plain = share_link(roadmap, &Scenario::default());
    let keys = |query: &str| -> Vec<String> {
        query
            .split('&')
            .filter_map(|kv| kv.split_once('=').map(|(k, _)| k.to_string()))
            .collect()
    };
    let known = keys(&plain);
    keys(&share_link(roadmap, &scenario))
        .into_iter()
        .find(|k| !known.contains(k))
        .unwrap_or_default()
}

/// The share link's query string for a scenario.
pub fn share_link(roadmap: &Roadmap, scenario: &Scenario) -> String {
    encode(
        roadmap,
        &Link {
            scenario: scenario.clone(),
            ..Link::default()
        },
    )
}
