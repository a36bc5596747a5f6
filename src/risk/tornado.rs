//! The tornado: how far each lever (its low to its high end) and each uncertain input (its P10
//! to its P90, every other input at its point value) moves one result, one at a time.

use serde::{Deserialize, Serialize};

use super::{RiskError, Sampler};
use crate::scenario::{lever_path, Lever, LeverKind, Scenario};
use crate::sim::{Engine, RunOutput};

/// The result a tornado measures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TornadoTarget {
    /// Total present value, MNOK.
    PresentValue,
    /// A milestone's date, in months from the horizon's start; not reached counts as the month
    /// after the horizon.
    MilestoneDate { id: String },
}

/// What a bar varies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InputRef {
    /// A lever, by its path in a scenario file (`actors.kommune_plo.delay`).
    Lever { path: String },
    /// An uncertain input, by its id (`slip:pll_national_start`).
    Input { id: String },
}

/// One bar: the input's two ends and the result at each.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TornadoBar {
    pub input: InputRef,
    /// The lever's low end or the input's P10.
    pub low_value: f64,
    /// The lever's high end or the input's P90.
    pub high_value: f64,
    pub at_low: f64,
    pub at_high: f64,
    /// |at_high − at_low|.
    pub swing: f64,
}

/// The bars, widest first, and the scenario's own result they swing around. A bar that moves
/// nothing is left out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tornado {
    pub target: TornadoTarget,
    pub base: f64,
    pub bars: Vec<TornadoBar>,
}

/// Deterministic runs only: two per lever the question offers (mandates, which are dates, are
/// left out) and two per uncertain input.
pub fn tornado(
    engine: &Engine,
    scenario: &Scenario,
    target: &TornadoTarget,
) -> Result<Tornado, RiskError> {
    let r = engine.roadmap();
    if let TornadoTarget::MilestoneDate { id } = target {
        if r.milestone_index(id).is_none() {
            return Err(RiskError::UnknownMilestone(id.clone()));
        }
    }
    let measure = |run: &RunOutput| match target {
        TornadoTarget::PresentValue => run.present_value,
        TornadoTarget::MilestoneDate { id } => run
            .milestone(id)
            .and_then(|m| m.forecast)
            .map_or(r.months() as f64, |f| f.since(r.meta.start) as f64),
    };
    let bar =
        |input: InputRef, low_value: f64, high_value: f64, at_low: f64, at_high: f64| TornadoBar {
            input,
            low_value,
            high_value,
            at_low,
            at_high,
            swing: (at_high - at_low).abs(),
        };
    let mut bars = Vec::new();
    for lever in searchable_levers(engine, scenario) {
        let spec = lever.kind().spec();
        let at = |v: f64| {
            let mut s = scenario.clone();
            lever.set(&mut s, v);
            measure(&engine.run(&s.normalised()))
        };
        bars.push(bar(
            InputRef::Lever {
                path: lever_path(&lever),
            },
            spec.min,
            spec.max,
            at(spec.min),
            at(spec.max),
        ));
    }
    let sampler = Sampler::new(r);
    for input in sampler.inputs().iter().filter(|i| i.is_uncertain()) {
        let (p10, p90) = (input.range.quantile(0.1), input.range.quantile(0.9));
        let at = |v: f64| measure(&engine.run_drawn(scenario, &sampler.point_with(input, v)));
        bars.push(bar(
            InputRef::Input {
                id: input.id.clone(),
            },
            p10,
            p90,
            at(p10),
            at(p90),
        ));
    }
    bars.retain(|b| b.swing > 0.0);
    bars.sort_by(|a, b| b.swing.total_cmp(&a.swing));
    Ok(Tornado {
        target: target.clone(),
        base: measure(&engine.run(scenario)),
        bars,
    })
}

/// The numeric levers the scenario's question offers: what a tornado swings and goal seek turns.
pub(super) fn searchable_levers(engine: &Engine, scenario: &Scenario) -> Vec<Lever> {
    let r = engine.roadmap();
    Lever::all(r)
        .into_iter()
        .filter(|l| l.kind() != LeverKind::Mandate && l.offered(r, scenario.question).is_ok())
        .collect()
}
