//! The engine: turns a roadmap and a scenario into adoption series, milestone dates with the
//! condition that bound each one, and benefit series with present values.
//!
//! Monthly steps over the roadmap's horizon. Nodes (milestones and tracks) are evaluated once each,
//! in the dependency order fixed when the [`Engine`] is built, so a run is a single pass.

mod bass;
mod output;

use crate::model::{Condition, DataError, DataErrors, DepGraph, Node, Roadmap};
use crate::scenario::{MandateLever, Scenario, Schedule};

pub use bass::{BassStep, CriticalMass};
pub use output::{
    BenefitDelta, BenefitResult, Cause, ChainStep, Comparison, MilestoneDelta, MilestoneResult,
    RunOutput, Status, TrackResult,
};

/// A condition with its references resolved to indices, for the hot loop.
#[derive(Clone, Debug)]
enum Need {
    Milestone { index: usize, lag: i32 },
    Track { index: usize, share: f64 },
}

/// A roadmap prepared for many runs: references resolved, graph ordered, discount factors computed.
#[derive(Clone, Debug)]
pub struct Engine {
    roadmap: Roadmap,
    order: Vec<Node>,
    months: usize,
    milestone_needs: Vec<Vec<Need>>,
    track_needs: Vec<Vec<Need>>,
    track_actor: Vec<usize>,
    track_vendor: Vec<Option<usize>>,
    benefit_gates: Vec<Vec<usize>>,
    benefit_realisers: Vec<Vec<(usize, f64)>>,
    benefit_counterparts: Vec<Vec<(usize, f64)>>,
    discount: Vec<f64>,
    baseline: RunOutput,
}

impl Engine {
    /// Prepares a roadmap. A roadmap from [`crate::model::load_roadmap`] always succeeds; one built
    /// by hand may still hold a cycle or a dangling reference, and is refused the same way.
    pub fn new(roadmap: Roadmap) -> Result<Engine, DataErrors> {
        let refused = |entity: String, field: &str, message: String| {
            DataErrors(vec![DataError {
                file: "roadmap".into(),
                entity,
                field: field.into(),
                message,
            }])
        };
        let graph = DepGraph::build(&roadmap).map_err(|cycle| {
            refused(
                format!("'{}'", cycle[0]),
                "requires",
                format!("dependency cycle: {}", cycle.join(" → ")),
            )
        })?;
        let need = |c: &Condition| -> Result<Need, DataErrors> {
            match c {
                Condition::Milestone { milestone, lag } => Ok(Need::Milestone {
                    index: roadmap.milestone_index(milestone).ok_or_else(|| {
                        refused(milestone.clone(), "", "unknown milestone".into())
                    })?,
                    lag: lag.as_ref().map_or(0, |l| l.v.round() as i32),
                }),
                Condition::Track { track, share } => Ok(Need::Track {
                    index: roadmap
                        .track_index(track)
                        .ok_or_else(|| refused(track.clone(), "", "unknown track".into()))?,
                    share: share.v,
                }),
            }
        };
        let needs = |cs: &[Condition]| cs.iter().map(need).collect::<Result<Vec<_>, _>>();
        let track_index = |id: &str| {
            roadmap
                .track_index(id)
                .ok_or_else(|| refused(id.to_string(), "", "unknown track".into()))
        };
        // Weights normalised once, so a weighted mean is a plain sum in the hot loop.
        let weighted = |ws: &[crate::model::Weighted]| {
            let total: f64 = ws.iter().map(|w| w.weight.v).sum();
            ws.iter()
                .map(|w| Ok((track_index(&w.track)?, w.weight.v / total)))
                .collect::<Result<Vec<_>, DataErrors>>()
        };
        let months = roadmap.months();
        let meta = &roadmap.meta;
        let rate = meta.discount_rate.v;
        let discount = (0..months)
            .map(|t| {
                let years = meta.start.plus(t as i32).since(meta.discount_base) as f64 / 12.0;
                (1.0 + rate).powf(-years)
            })
            .collect();
        let mut engine = Engine {
            order: graph.order,
            months,
            milestone_needs: roadmap
                .milestones
                .iter()
                .map(|m| needs(&m.requires))
                .collect::<Result<_, _>>()?,
            track_needs: roadmap
                .tracks
                .iter()
                .map(|t| needs(&t.requires))
                .collect::<Result<_, _>>()?,
            track_actor: roadmap
                .tracks
                .iter()
                .map(|t| {
                    roadmap
                        .actor_index(&t.actor)
                        .ok_or_else(|| refused(t.id.clone(), "actor", "unknown actor".into()))
                })
                .collect::<Result<_, _>>()?,
            track_vendor: roadmap
                .tracks
                .iter()
                .map(|t| t.vendor.as_deref().map(track_index).transpose())
                .collect::<Result<_, _>>()?,
            benefit_gates: roadmap
                .benefits
                .iter()
                .map(|b| {
                    b.gates
                        .iter()
                        .map(|g| {
                            roadmap
                                .milestone_index(g)
                                .ok_or_else(|| refused(g.clone(), "", "unknown milestone".into()))
                        })
                        .collect::<Result<Vec<_>, _>>()
                })
                .collect::<Result<_, _>>()?,
            benefit_realisers: roadmap
                .benefits
                .iter()
                .map(|b| weighted(&b.realisers))
                .collect::<Result<_, _>>()?,
            benefit_counterparts: roadmap
                .benefits
                .iter()
                .map(|b| weighted(&b.counterparts))
                .collect::<Result<_, _>>()?,
            discount,
            baseline: RunOutput::default(),
            roadmap,
        };
        engine.baseline = engine.run(&Scenario::default());
        Ok(engine)
    }

    pub fn roadmap(&self) -> &Roadmap {
        &self.roadmap
    }

    /// The run with every lever at its default.
    pub fn baseline(&self) -> &RunOutput {
        &self.baseline
    }

    /// The scenario's run and its deltas against the baseline.
    pub fn compare(&self, scenario: &Scenario) -> Comparison {
        Comparison::between(&self.baseline, self.run(scenario))
    }

    /// One deterministic run. Levers outside their ranges are clamped, unknown ids ignored: use
    /// [`Scenario::problems`] to report them.
    pub fn run(&self, scenario: &Scenario) -> RunOutput {
        // A group's delay counts from when its tracks could open were no group late, so it is
        // counted once along the group's own chains instead of once per step.
        let undelayed = scenario.actors.values().any(|l| l.delay > 0).then(|| {
            let mut s = scenario.clone();
            s.actors.values_mut().for_each(|l| l.delay = 0);
            self.pass(&s, None)
        });
        let p = self.pass(scenario, undelayed.as_ref());
        let benefits = self.benefits(&p.ms_date, &p.series);
        RunOutput::assemble(
            &self.roadmap,
            self.roadmap.meta.start,
            &p.ms_date,
            p.ms_cause,
            p.series,
            &p.opened,
            p.open_cause,
            benefits,
        )
    }

    /// One pass over the graph. `undelayed` is the same scenario's pass with every actor delay at
    /// zero; it must be given whenever any delay is set.
    fn pass(&self, scenario: &Scenario, undelayed: Option<&Pass>) -> Pass {
        let r = &self.roadmap;
        let n = self.months as i32;
        let start = r.meta.start;
        let mut ms_date: Vec<Option<i32>> = vec![None; r.milestones.len()];
        let mut ms_cause: Vec<Cause> = vec![Cause::OwnDate { extra_delay: 0 }; r.milestones.len()];
        let mut series: Vec<Vec<f64>> = vec![Vec::new(); r.tracks.len()];
        let mut opened: Vec<Option<i32>> = vec![None; r.tracks.len()];
        let mut open_cause: Vec<Cause> = vec![Cause::Start; r.tracks.len()];
        let actor_levers: Vec<_> = r.actors.iter().map(|a| scenario.actor(&a.id)).collect();

        for node in &self.order {
            match *node {
                Node::Milestone(i) => {
                    let m = &r.milestones[i];
                    let own = match scenario.schedule {
                        Schedule::Forecast => m.expected(),
                        Schedule::Plan => m.plan.v,
                    };
                    let extra = scenario
                        .milestone_delay(&m.id)
                        .min(crate::scenario::limits::MILESTONE_DELAY_MONTHS.1);
                    let (date, cause) = latest(
                        Some(own.since(start) + extra as i32),
                        Cause::OwnDate { extra_delay: extra },
                        &self.milestone_needs[i],
                        &ms_date,
                        &series,
                        r,
                    );
                    ms_date[i] = date.filter(|&d| d < n);
                    ms_cause[i] = cause;
                }
                Node::Track(i) => {
                    let t = &r.tracks[i];
                    let levers = &actor_levers[self.track_actor[i]];
                    let earliest = t.earliest.as_ref().map_or(0, |e| e.v.since(start).max(0));
                    let own_cause = if t.earliest.is_some() && earliest > 0 {
                        Cause::Earliest
                    } else {
                        Cause::Start
                    };
                    let (cond, cause) = latest(
                        Some(earliest),
                        own_cause.clone(),
                        &self.track_needs[i],
                        &ms_date,
                        &series,
                        r,
                    );
                    let delay = levers.delay.min(crate::scenario::limits::DELAY_MONTHS.1) as i32;
                    // Opens `delay` months after it could have without any group's delay, or
                    // when its conditions hold here, whichever is later.
                    let (open, why) = match undelayed.filter(|_| delay > 0) {
                        None => (cond, cause),
                        Some(u) => {
                            let (could, could_cause) = latest(
                                Some(earliest),
                                own_cause,
                                &self.track_needs[i],
                                &u.ms_date,
                                &u.series,
                                r,
                            );
                            match (cond, could) {
                                (None, _) => (None, cause),
                                (Some(c), Some(k)) if k + delay >= c => (
                                    Some(k + delay),
                                    Cause::ActorDelay {
                                        months: delay as u32,
                                        after: Box::new(could_cause),
                                    },
                                ),
                                (Some(c), _) => (Some(c), cause),
                            }
                        }
                    };
                    let open = open.filter(|&o| o < n);
                    let mandate = match levers.mandate {
                        MandateLever::AsData => t.mandate.as_ref().map(|m| m.v),
                        MandateLever::Off => None,
                        MandateLever::At(m) => Some(m),
                    }
                    .map(|m| m.since(start));
                    let ceiling = (t.ceiling.v * levers.ceiling.clamp(0.0, 1.0)).max(t.initial.v);
                    let speed = levers.speed.clamp(
                        crate::scenario::limits::SPEED.0,
                        crate::scenario::limits::SPEED.1,
                    );
                    let vendor = self.track_vendor[i].map(|v| (&series[v], r.tracks[v].ceiling.v));
                    series[i] = diffuse(&Diffusion {
                        months: self.months,
                        initial: t.initial.v,
                        ceiling,
                        p: t.bass.p.v * speed,
                        q: t.bass.q.v * speed,
                        open,
                        mandate,
                        ramp: r.meta.mandate_ramp_months.v.round().max(1.0) as i32,
                        vendor,
                    });
                    opened[i] = open;
                    open_cause[i] = why;
                }
            }
        }
        Pass {
            ms_date,
            ms_cause,
            series,
            opened,
            open_cause,
        }
    }

    fn benefits(&self, ms_date: &[Option<i32>], series: &[Vec<f64>]) -> Vec<(Vec<f64>, f64)> {
        let r = &self.roadmap;
        let s = r.meta.critical_mass_steepness.v;
        r.benefits
            .iter()
            .enumerate()
            .map(|(b, benefit)| {
                let gate = self.benefit_gates[b]
                    .iter()
                    .map(|&g| ms_date[g])
                    .try_fold(0, |acc, d| d.map(|d| acc.max(d)));
                let per_month = benefit.annual_mnok.v / 12.0;
                let h = CriticalMass::new(benefit.critical_mass.v, s);
                let mut pv = 0.0;
                let monthly: Vec<f64> = (0..self.months)
                    .map(|t| {
                        let open = gate.is_some_and(|g| t as i32 >= g);
                        let value = if open {
                            let own = weighted_mean(&self.benefit_realisers[b], series, t);
                            let other = weighted_mean(&self.benefit_counterparts[b], series, t);
                            per_month * own * h.h(other)
                        } else {
                            0.0
                        };
                        pv += value * self.discount[t];
                        value
                    })
                    .collect();
                (monthly, pv)
            })
            .collect()
    }
}

/// The dates, causes and series of one pass over the graph, in month indices from the start.
struct Pass {
    ms_date: Vec<Option<i32>>,
    ms_cause: Vec<Cause>,
    series: Vec<Vec<f64>>,
    opened: Vec<Option<i32>>,
    open_cause: Vec<Cause>,
}

/// `ws` holds weights that sum to 1.
fn weighted_mean(ws: &[(usize, f64)], series: &[Vec<f64>], t: usize) -> f64 {
    ws.iter().map(|&(i, w)| w * series[i][t]).sum()
}

/// The latest of an own date and every condition, with the one that bound it. `None` when a
/// condition is not met within the horizon; the cause then names that condition.
fn latest(
    own: Option<i32>,
    own_cause: Cause,
    needs: &[Need],
    ms_date: &[Option<i32>],
    series: &[Vec<f64>],
    r: &Roadmap,
) -> (Option<i32>, Cause) {
    let mut best = own;
    let mut cause = own_cause;
    for need in needs {
        let (date, why) = match *need {
            Need::Milestone { index, lag } => (
                ms_date[index].map(|d| d + lag),
                Cause::Milestone {
                    id: r.milestones[index].id.clone(),
                    lag,
                },
            ),
            Need::Track { index, share } => (
                series[index]
                    .iter()
                    .position(|&a| a >= share - 1e-12)
                    .map(|t| t as i32),
                Cause::Track {
                    id: r.tracks[index].id.clone(),
                    share,
                },
            ),
        };
        match (date, best) {
            (None, _) => return (None, why),
            (Some(d), Some(b)) if d > b => {
                best = Some(d);
                cause = why;
            }
            _ => {}
        }
    }
    (best, cause)
}

struct Diffusion<'a> {
    months: usize,
    initial: f64,
    ceiling: f64,
    p: f64,
    q: f64,
    open: Option<i32>,
    mandate: Option<i32>,
    ramp: i32,
    /// The vendor track's series and its ceiling: adoption ≤ ceiling × vendor share / vendor ceiling.
    vendor: Option<(&'a Vec<f64>, f64)>,
}

/// One track's adoption: the initial share until it opens, then a Bass step per month, floored by
/// a mandate's linear ramp and capped by vendor readiness. Never above the ceiling, never falling.
fn diffuse(d: &Diffusion) -> Vec<f64> {
    let mut out = vec![d.initial; d.months];
    let Some(open) = d.open else { return out };
    let bass = BassStep::monthly(d.p, d.q);
    let per_ceiling = 1.0 / d.ceiling;
    // With a mandate, the track reaches its ceiling by the deadline, or `ramp` months after opening.
    let deadline = d.mandate.map(|m| m.max(open + d.ramp));
    let mut a = d.initial;
    for t in open.max(0) as usize..d.months {
        if t as i32 > open && d.ceiling > 0.0 {
            a = d.ceiling * bass.step(a * per_ceiling);
        }
        if let Some(deadline) = deadline {
            let ramp_start = deadline - d.ramp;
            let progress = ((t as i32 - ramp_start) as f64 / d.ramp as f64).clamp(0.0, 1.0);
            a = a.max(d.ceiling * progress);
        }
        if let Some((vendor, vendor_ceiling)) = d.vendor {
            let cap = d.ceiling * (vendor[t] / vendor_ceiling).min(1.0);
            a = a.min(cap.max(out[t.saturating_sub(1)]));
        }
        a = a.clamp(out[t.saturating_sub(1)], d.ceiling.max(d.initial));
        out[t] = a;
    }
    out
}

/// The engine of the default roadmap, shared by the crate's unit tests.
#[cfg(test)]
pub(crate) fn default_engine() -> Engine {
    let roadmap = crate::model::load_roadmap(
        crate::model::DEFAULT_ROADMAP_FILE,
        crate::model::DEFAULT_ROADMAP_TOML,
    )
    .expect("the default roadmap loads");
    Engine::new(roadmap).expect("the default roadmap is a valid graph")
}

/// The default scenario with kommune_plo `months` late, the unit tests' standard disturbance.
#[cfg(test)]
pub(crate) fn kommune_delayed(months: u32) -> Scenario {
    let mut s = Scenario::default();
    s.actors.entry("kommune_plo".into()).or_default().delay = months;
    s
}
