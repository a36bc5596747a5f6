//! The engine: turns a roadmap and a scenario into adoption series, milestone dates with the
//! condition that bound each one, and benefit series with present values.
//!
//! Monthly steps over the roadmap's horizon. Nodes (milestones and tracks) are evaluated once each,
//! in the dependency order fixed when the [`Engine`] is built, so a run is a single pass.

mod bass;
mod draw;
mod output;

use crate::model::problem::{Entity, Kind, Problem};
use crate::model::{Condition, DataError, DataErrors, DateKind, DepGraph, Node, Roadmap};
use crate::scenario::{MandateLever, Question, Scenario, Schedule};

pub use bass::{BassStep, CriticalMass};
pub use draw::Draw;
pub use output::{
    BenefitDelta, BenefitResult, Cause, ChainStep, Comparison, MilestoneDelta, MilestoneResult,
    Reach, RunOutput, Status, TrackResult,
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
    /// Built and ordered once per roadmap; the app's dependency chart reads it too.
    graph: DepGraph,
    months: usize,
    milestone_needs: Vec<Vec<Need>>,
    track_needs: Vec<Vec<Need>>,
    track_actor: Vec<usize>,
    track_vendor: Vec<Option<usize>>,
    track_within: Vec<Vec<usize>>,
    benefit_gates: Vec<Vec<usize>>,
    benefit_realisers: Vec<Vec<(usize, f64)>>,
    benefit_counterparts: Vec<Vec<usize>>,
    /// Per benefit and realiser, the tracks of the sides its exchange needs: the realiser's,
    /// then the counterparts'.
    benefit_sides: Vec<Vec<Vec<usize>>>,
    discount: Vec<f64>,
    /// Per benefit that follows use, use ÷ its reference per month.
    use_factor: Vec<Option<Vec<f64>>>,
    /// Per track, the month of its last observation up to the data date (0 without one): a
    /// drawn run keeps history up to there; the path after it is an estimate, drawn like the future.
    last_observed: Vec<usize>,
    /// The baseline's pass: the history a from-today run keeps, and the dates forecasts move from.
    baseline_pass: Option<Pass>,
    baseline: RunOutput,
}

impl Engine {
    /// Prepares a roadmap. A roadmap from [`crate::model::load_roadmap`] always succeeds; one built
    /// by hand may still hold a cycle or a dangling reference, and is refused the same way.
    pub fn new(roadmap: Roadmap) -> Result<Engine, DataErrors> {
        // A roadmap built by hand names its nodes by id alone.
        let refused = |id: &str, field: &str, problem: Problem| {
            DataErrors(vec![DataError {
                file: "roadmap".into(),
                entity: Entity::Node(id.to_string()),
                field: field.into(),
                problem,
            }])
        };
        let graph = DepGraph::build(&roadmap)
            .map_err(|cycle| refused(&cycle[0].clone(), "requires", Problem::Cycle(cycle)))?;
        let unknown = |kind, id: &str| refused(id, "", Problem::Unknown(kind, id.to_string()));
        let need = |c: &Condition| -> Result<Need, DataErrors> {
            match c {
                Condition::Milestone { milestone, lag } => Ok(Need::Milestone {
                    index: roadmap
                        .milestone_index(milestone)
                        .ok_or_else(|| unknown(Kind::Milestone, milestone))?,
                    lag: lag.as_ref().map_or(0, |l| l.v.round() as i32),
                }),
                Condition::Track { track, share } => Ok(Need::Track {
                    index: roadmap
                        .track_index(track)
                        .ok_or_else(|| unknown(Kind::Track, track))?,
                    share: share.v,
                }),
            }
        };
        let needs = |cs: &[Condition]| cs.iter().map(need).collect::<Result<Vec<_>, _>>();
        let track_index = |id: &str| {
            roadmap
                .track_index(id)
                .ok_or_else(|| unknown(Kind::Track, id))
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
                libm::pow(1.0 + rate, -years)
            })
            .collect();
        let mut engine = Engine {
            graph,
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
                    roadmap.actor_index(&t.actor).ok_or_else(|| {
                        refused(
                            &t.id,
                            "actor",
                            Problem::Unknown(Kind::Actor, t.actor.clone()),
                        )
                    })
                })
                .collect::<Result<_, _>>()?,
            track_vendor: roadmap
                .tracks
                .iter()
                .map(|t| t.vendor.as_deref().map(track_index).transpose())
                .collect::<Result<_, _>>()?,
            track_within: roadmap
                .tracks
                .iter()
                .map(|t| t.within.iter().map(|w| track_index(w)).collect())
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
                                .ok_or_else(|| unknown(Kind::Milestone, g))
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
                .map(|b| b.counterparts.iter().map(|c| track_index(c)).collect())
                .collect::<Result<_, _>>()?,
            benefit_sides: Vec::new(),
            discount,
            use_factor: roadmap
                .benefits
                .iter()
                .map(|b| {
                    b.use_share.as_ref().map(|u| {
                        (0..months)
                            .map(|t| u.factor(meta.start.plus(t as i32)))
                            .collect()
                    })
                })
                .collect(),
            last_observed: roadmap
                .tracks
                .iter()
                .map(|t| {
                    t.observed
                        .iter()
                        .map(|o| o.date.since(meta.start))
                        .filter(|&m| m >= 0 && m <= roadmap.data_month())
                        .max()
                        .map_or(0, |m| m as usize)
                })
                .collect(),
            baseline_pass: None,
            baseline: RunOutput::default(),
            roadmap,
        };
        engine.benefit_sides = engine
            .benefit_realisers
            .iter()
            .zip(&engine.benefit_counterparts)
            .map(|(realisers, counterparts)| {
                realisers
                    .iter()
                    .map(|&(r, _)| {
                        std::iter::once(r)
                            .chain(counterparts.iter().copied())
                            .collect()
                    })
                    .collect()
            })
            .collect();
        // The baseline is the same in both questions: every lever at its default.
        let pass = engine.pass(
            &Scenario {
                question: Question::Since2021,
                ..Scenario::default()
            },
            None,
            false,
            None,
            Keep::Building,
        );
        engine.baseline_pass = Some(pass.clone());
        engine.baseline = engine.output(pass, None);
        Ok(engine)
    }

    pub fn roadmap(&self) -> &Roadmap {
        &self.roadmap
    }

    /// Where a benefit's exchange stands in month `t` of a run: the share of exchanges that can
    /// happen (the realisers' joint shares, weighted as they share the value) and the share of
    /// the benefit realised, `h` of it. `None` for an unknown benefit or month.
    pub fn exchange(&self, run: &RunOutput, benefit: &str, t: usize) -> Option<Exchange> {
        let b = self.roadmap.benefits.iter().position(|x| x.id == benefit)?;
        let def = &self.roadmap.benefits[b];
        let share = |i: usize| run.tracks.get(i).and_then(|tr| tr.adoption.get(t)).copied();
        let h = self.critical_mass(benefit)?;
        let mut joint = 0.0;
        let mut realised = 0.0;
        for (&(_, w), sides) in self.benefit_realisers[b].iter().zip(&self.benefit_sides[b]) {
            let sides: Option<Vec<f64>> = sides.iter().map(|&k| share(k)).collect();
            let j = def.combine.v.joint(sides?.into_iter());
            joint += w * j;
            realised += w * h.h(j);
        }
        Some(Exchange { joint, realised })
    }

    /// A benefit's critical-mass curve h over the share of exchanges that can happen.
    pub fn critical_mass(&self, benefit: &str) -> Option<CriticalMass> {
        let b = self.roadmap.benefits.iter().find(|x| x.id == benefit)?;
        Some(CriticalMass::new(
            b.critical_mass.v,
            self.roadmap.meta.critical_mass_steepness.v,
        ))
    }

    /// The dependency graph of milestones and tracks, in dependency order.
    pub fn graph(&self) -> &DepGraph {
        &self.graph
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
        self.run_with(scenario, true)
    }

    /// One run with the uncertain inputs drawn for it (Monte Carlo). From today, what was
    /// observed stays fixed: each track keeps the baseline's history up to its last observation
    /// (or its initial share), and its path from there is computed with the drawn p and q. With
    /// [`Draw::point`] it equals [`Engine::run`] bit for bit.
    pub fn run_drawn(&self, scenario: &Scenario, draw: &Draw) -> RunOutput {
        self.run_inner(scenario, true, Some(draw))
    }

    /// `reuse`: copy what the levers leave unchanged from the baseline instead of computing it
    /// (the same numbers, bit for bit; off only in the test that says so).
    fn run_with(&self, scenario: &Scenario, reuse: bool) -> RunOutput {
        self.run_inner(scenario, reuse, None)
    }

    fn run_inner(&self, scenario: &Scenario, reuse: bool, draw: Option<&Draw>) -> RunOutput {
        // A group's delay counts from when its tracks could open were no group late, so it is
        // counted once along the group's own chains instead of once per step.
        let zeroed = scenario.actors.values().any(|l| l.delay > 0).then(|| {
            let mut s = scenario.clone();
            s.actors.iter_mut().for_each(|(_, l)| l.delay = 0);
            s.normalised()
        });
        // With drawn inputs the baseline is drawn too (keeping what was observed): history and
        // the forecasts a from-today run moves are that baseline's.
        let needs_baseline = scenario.question == Question::FromToday || zeroed.is_some();
        let drawn_baseline = draw.filter(|_| needs_baseline).map(|d| {
            let baseline = Scenario {
                question: Question::Since2021,
                ..Scenario::default()
            };
            let keep = self
                .baseline_pass
                .as_ref()
                .map_or(Keep::Nothing, Keep::Observed);
            self.pass(&baseline, None, false, Some(d), keep)
        });
        let baseline = drawn_baseline.as_ref().or(self.baseline_pass.as_ref());
        let keep = baseline.map_or(Keep::Nothing, Keep::History);
        // From today with no lever but the delays, the undelayed pass is the baseline's.
        let undelayed = match zeroed {
            Some(s) if s == Scenario::default() => None,
            Some(s) => Some(self.pass(&s, None, reuse, draw, keep)),
            None => None,
        };
        let undelayed = undelayed.as_ref().or(baseline);
        let p = match drawn_baseline {
            // From today with every lever at its default, each node would be copied from the
            // drawn baseline: it is that pass, changed nowhere.
            Some(mut same) if reuse && *scenario == Scenario::default() => {
                same.ms_dirty.fill(false);
                same.track_dirty.fill(false);
                same.kept_until = self.history_end(scenario);
                same
            }
            _ => self.pass(scenario, undelayed, reuse, draw, keep),
        };
        self.output(p, draw)
    }

    fn output(&self, mut p: Pass, draw: Option<&Draw>) -> RunOutput {
        let reach = self.reach(&mut p);
        let benefits = self.benefits(&p, draw);
        RunOutput::assemble(
            &self.roadmap,
            &p.ms_date,
            p.ms_cause,
            reach,
            p.series,
            &p.opened,
            p.open_cause,
            benefits,
        )
    }

    /// The last month of history a from-today run keeps as the baseline had it, if any.
    fn history_end(&self, scenario: &Scenario) -> Option<usize> {
        let d = self.roadmap.data_month();
        (scenario.question == Question::FromToday && d >= 0)
            .then(|| (d as usize).min(self.months - 1))
    }

    /// One pass over the graph. `undelayed` is the same scenario's pass with every actor delay at
    /// zero; it must be given whenever any delay is set.
    ///
    /// From today, a node whose levers are at their defaults and whose inputs are all unchanged
    /// is the baseline's: it is copied, not computed, so moving one lever recomputes only what
    /// depends on it. With a `draw`, the baseline copied from is the drawn one.
    fn pass(
        &self,
        scenario: &Scenario,
        undelayed: Option<&Pass>,
        reuse: bool,
        draw: Option<&Draw>,
        keep: Keep,
    ) -> Pass {
        let r = &self.roadmap;
        let n = self.months as i32;
        let start = r.meta.start;
        let data_month = r.data_month();
        let history = self.history_end(scenario);
        let today = history.is_some();
        // Before the engine has its baseline (in `new`), no run keeps history.
        let base = match keep {
            Keep::History(b) => Some(b).filter(|_| today),
            _ => None,
        };
        // A baseline's own pass: what happened keeps its date.
        let as_baseline = matches!(keep, Keep::Building | Keep::Observed(_));
        let plan = scenario.question == Question::Since2021 && scenario.schedule == Schedule::Plan;
        let mut ms_date: Vec<Option<i32>> = vec![None; r.milestones.len()];
        let mut ms_cause: Vec<Cause> = vec![Cause::OwnDate { extra_delay: 0 }; r.milestones.len()];
        let mut ms_cond: Vec<Option<i32>> = vec![None; r.milestones.len()];
        let mut series: Vec<Vec<f64>> = vec![Vec::new(); r.tracks.len()];
        let mut opened: Vec<Option<i32>> = vec![None; r.tracks.len()];
        let mut open_cause: Vec<Cause> = vec![Cause::Start; r.tracks.len()];
        let mut ceilings: Vec<f64> = vec![0.0; r.tracks.len()];
        let actor_levers: Vec<_> = r.actors.iter().map(|a| scenario.actor(&a.id)).collect();
        let reused = base.filter(|_| reuse);
        let mut ms_dirty = vec![reused.is_none(); r.milestones.len()];
        let mut track_dirty = vec![reused.is_none(); r.tracks.len()];
        // Tracks whose diffusion is set up but not yet stepped: stepped together, side by side,
        // when something reads one of them (see `diffuse`), or at the end of the pass.
        let mut pending: Vec<Diffusion> = Vec::new();
        let needs_pending = |needs: &[Need], pending: &[Diffusion]| {
            needs.iter().any(|need| match *need {
                Need::Track { index, .. } => pending.iter().any(|d| d.track == index),
                Need::Milestone { .. } => false,
            })
        };
        let step_pending = |pending: &mut Vec<Diffusion>, series: &mut Vec<Vec<f64>>| {
            for (d, out) in pending.iter().zip(diffuse(pending, series)) {
                series[d.track] = out;
            }
            pending.clear();
        };
        let inputs_dirty = |needs: &[Need], ms_dirty: &[bool], track_dirty: &[bool]| {
            needs.iter().any(|need| match *need {
                Need::Milestone { index, .. } => ms_dirty[index],
                Need::Track { index, .. } => track_dirty[index],
            })
        };

        for node in &self.graph.order {
            match *node {
                Node::Milestone(i) => {
                    let m = &r.milestones[i];
                    if let Some(b) = reused {
                        let own = m.actual.is_none() && scenario.milestone_delay(&m.id) > 0;
                        if !own && !inputs_dirty(&self.milestone_needs[i], &ms_dirty, &track_dirty)
                        {
                            ms_date[i] = b.ms_date[i];
                            ms_cause[i] = b.ms_cause[i].clone();
                            ms_cond[i] = b.ms_cond[i];
                            continue;
                        }
                        ms_dirty[i] = true;
                    }
                    let happened = m.actual.is_some();
                    // What had not happened by the data date happens after it.
                    let (own, own_cause) = if plan {
                        (m.plan.v.since(start), None)
                    } else if !happened && m.expected().since(start) <= data_month {
                        (data_month + 1, Some(Cause::DataDate))
                    } else {
                        (m.expected().since(start), None)
                    };
                    let extra = if today && happened {
                        0
                    } else {
                        scenario
                            .milestone_delay(&m.id)
                            .min(crate::scenario::limits::MILESTONE_DELAY_MONTHS.1)
                    };
                    // A forecast's remaining slip moves its own date (from today, through the
                    // drawn baseline it moves against); a decided or actual date never moves.
                    let forecast = !happened && m.date_kind() == DateKind::Forecast;
                    let slip = draw.filter(|_| forecast).map_or(0, |d| d.slip[i]);
                    if needs_pending(&self.milestone_needs[i], &pending) {
                        step_pending(&mut pending, &mut series);
                    }
                    let conds = conditions(&self.milestone_needs[i], &ms_date, &series, r);
                    ms_cond[i] = conds.as_ref().ok().and_then(|c| c.0);
                    let moved = base.and_then(|b| {
                        let (b_date, b_cond) = (b.ms_date[i]?, b.ms_cond[i]?);
                        let cond = ms_cond[i]?;
                        (m.date_kind() == DateKind::Forecast).then_some((b, b_date, b_cond, cond))
                    });
                    let (date, cause) = match (conds, moved) {
                        (Err(why), _) => (None, why),
                        // History as it happened: from today, and in the baseline itself.
                        (Ok(_), _) if (today || as_baseline) && happened => {
                            (Some(own), Cause::OwnDate { extra_delay: 0 })
                        }
                        // A forecast moves as much as its latest condition moves, both ways,
                        // never to before the data date.
                        (Ok((_, why)), Some((b, b_date, b_cond, cond))) => {
                            let shifted = b_date + cond - b_cond;
                            let date = shifted.max(data_month + 1) + extra as i32;
                            let cause = if shifted <= data_month {
                                Cause::DataDate
                            } else if cond != b_cond {
                                why
                            } else if extra > 0 {
                                Cause::OwnDate { extra_delay: extra }
                            } else {
                                b.ms_cause[i].clone()
                            };
                            (Some(date), cause)
                        }
                        (Ok((cond, why)), None) => {
                            let own_date = own + extra as i32 + slip;
                            // A slip that comes early still falls after the data date.
                            let own_date = if today && !happened {
                                own_date.max(data_month + 1)
                            } else {
                                own_date
                            };
                            match cond {
                                Some(c) if c > own_date => (Some(c), why),
                                _ => (
                                    Some(own_date),
                                    own_cause
                                        .clone()
                                        .filter(|_| extra == 0)
                                        .unwrap_or(Cause::OwnDate { extra_delay: extra }),
                                ),
                            }
                        }
                    };
                    // A drawn history may reach a condition before the data date; what had not
                    // happened by then still happens after it, as from today.
                    let (date, cause) = match (keep, date) {
                        (Keep::Observed(_), Some(d)) if !happened && d <= data_month => {
                            (Some(data_month + 1), Cause::DataDate)
                        }
                        _ => (date, cause),
                    };
                    ms_date[i] = date.filter(|&d| d < n);
                    ms_cause[i] = cause;
                }
                Node::Track(i) => {
                    let t = &r.tracks[i];
                    let levers = &actor_levers[self.track_actor[i]];
                    if let Some(b) = reused {
                        let data_mandate = t.mandate.as_ref().map(|m| m.v);
                        let own = levers.speed != 1.0
                            || levers.delay != 0
                            || levers.ceiling != 1.0
                            || match levers.mandate(&t.solution) {
                                MandateLever::AsData => false,
                                MandateLever::Off => data_mandate.is_some(),
                                MandateLever::At(m) => data_mandate != Some(m),
                            };
                        let caps = self.track_vendor[i].iter().chain(&self.track_within[i]);
                        if !own
                            && !inputs_dirty(&self.track_needs[i], &ms_dirty, &track_dirty)
                            && !caps.clone().any(|&c| track_dirty[c])
                        {
                            series[i] = b.series[i].clone();
                            opened[i] = b.opened[i];
                            open_cause[i] = b.open_cause[i].clone();
                            ceilings[i] = b.ceilings[i];
                            continue;
                        }
                        track_dirty[i] = true;
                    }
                    let earliest = t.earliest.as_ref().map_or(0, |e| e.v.since(start).max(0));
                    let own_cause = if t.earliest.is_some() && earliest > 0 {
                        Cause::Earliest
                    } else {
                        Cause::Start
                    };
                    let at_earliest = |needs: Result<(Option<i32>, Cause), Cause>| match needs {
                        Err(why) => (None, why),
                        Ok((Some(c), why)) if c > earliest => (Some(c), why),
                        Ok(_) => (Some(earliest), own_cause.clone()),
                    };
                    let caps = self.track_vendor[i].iter().chain(&self.track_within[i]);
                    if needs_pending(&self.track_needs[i], &pending)
                        || caps.clone().any(|&c| pending.iter().any(|d| d.track == c))
                    {
                        step_pending(&mut pending, &mut series);
                    }
                    let (cond, cause) =
                        at_earliest(conditions(&self.track_needs[i], &ms_date, &series, r));
                    let delay = levers.delay.min(crate::scenario::limits::DELAY_MONTHS.1) as i32;
                    let open_in_history =
                        base.and_then(|b| b.opened[i]).filter(|&o| o <= data_month);
                    // A track open by the data date pauses its growth; one not yet open opens
                    // `delay` months after it could have without any group's delay, or when its
                    // conditions hold here, whichever is later.
                    let (open, why, pause) = match (open_in_history, base) {
                        (Some(o), Some(b)) => (Some(o), b.open_cause[i].clone(), delay),
                        _ => {
                            let (open, why) = match undelayed.filter(|_| delay > 0) {
                                None => (cond, cause),
                                Some(u) => {
                                    let (could, could_cause) = at_earliest(conditions(
                                        &self.track_needs[i],
                                        &u.ms_date,
                                        &u.series,
                                        r,
                                    ));
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
                            let open = if today {
                                open.map(|o| o.max(data_month + 1))
                            } else {
                                open
                            };
                            (open, why, 0)
                        }
                    };
                    let open = open.filter(|&o| o < n);
                    let kept = history.zip(base).map(|(h, b)| (b.series[i].as_slice(), h));
                    let today_level = kept.map_or(t.initial.v, |(s, h)| s[h]);
                    // A drawn baseline keeps only what was observed; the rest is estimated anew.
                    let kept_until = match keep {
                        Keep::Observed(b) => Some((b.series[i].as_slice(), self.last_observed[i])),
                        _ => kept,
                    };
                    let ceiling = (t.ceiling.v * levers.ceiling.clamp(0.0, 1.0))
                        .max(t.initial.v)
                        .max(today_level);
                    let ramp = r.meta.mandate_ramp_months.v.round().max(1.0) as i32;
                    let data_mandate = t.mandate.as_ref().map(|m| m.v);
                    let mandate = match levers.mandate(&t.solution) {
                        MandateLever::AsData => data_mandate.map(|m| (m, true)),
                        MandateLever::Off => None,
                        MandateLever::At(m) => Some((m, Some(m) == data_mandate)),
                    }
                    .and_then(|(m, as_data)| {
                        let deadline = m.since(start).max(open? + ramp);
                        Some(match kept.filter(|_| !as_data) {
                            // A new duty from today ramps from today's level.
                            Some((s, h)) if deadline - ramp < h as i32 => Ramp {
                                start: h as i32,
                                deadline,
                                from: s[h],
                            },
                            _ => Ramp {
                                start: deadline - ramp,
                                deadline,
                                from: 0.0,
                            },
                        })
                    });
                    let speed = levers.speed.clamp(
                        crate::scenario::limits::SPEED.0,
                        crate::scenario::limits::SPEED.1,
                    );
                    let (p, q) = draw.map_or((t.bass.p.v, t.bass.q.v), |d| d.bass[i]);
                    pending.push(Diffusion {
                        track: i,
                        months: self.months,
                        initial: t.initial.v,
                        ceiling,
                        p: p * speed,
                        q: q * speed,
                        open,
                        mandate,
                        vendor: self.track_vendor[i].map(|v| (v, r.tracks[v].ceiling.v)),
                        within: &self.track_within[i],
                        kept: kept_until,
                        history_end: history.map_or(0, |h| h as i32),
                        pause,
                    });
                    opened[i] = open;
                    open_cause[i] = why;
                    ceilings[i] = ceiling;
                }
            }
        }
        step_pending(&mut pending, &mut series);
        Pass {
            kept_until: history.filter(|_| base.is_some()),
            ms_date,
            ms_cause,
            ms_cond,
            series,
            opened,
            open_cause,
            ceilings,
            ms_dirty,
            track_dirty,
        }
    }

    /// Tells "not within the horizon" from "never", and names what can never be met: a track's
    /// highest reachable share below a share a condition needs, or a condition that never holds.
    fn reach(&self, p: &mut Pass) -> Vec<Reach> {
        let r = &self.roadmap;
        let last = self.months - 1;
        let mut never_ms = vec![false; r.milestones.len()];
        let mut never_track = vec![false; r.tracks.len()];
        let mut limit = vec![0.0; r.tracks.len()];
        let blocker = |needs: &[Need], never_ms: &[bool], limit: &[f64]| {
            needs.iter().find_map(|need| match *need {
                Need::Milestone { index, lag } if never_ms[index] => Some(Cause::Milestone {
                    id: r.milestones[index].id.clone(),
                    lag,
                }),
                // Bass only approaches its ceiling, so a share equal to the limit is never met.
                Need::Track { index, share }
                    if limit[index] < share + 1e-9 && p.series[index][last] < share - 1e-12 =>
                {
                    Some(Cause::Ceiling {
                        id: r.tracks[index].id.clone(),
                        share,
                        limit: limit[index],
                    })
                }
                _ => None,
            })
        };
        for node in &self.graph.order {
            match *node {
                Node::Milestone(i) if p.ms_date[i].is_none() => {
                    if let Some(why) = blocker(&self.milestone_needs[i], &never_ms, &limit) {
                        never_ms[i] = true;
                        p.ms_cause[i] = why;
                    }
                }
                Node::Track(i) => {
                    if p.opened[i].is_none() {
                        if let Some(why) = blocker(&self.track_needs[i], &never_ms, &limit) {
                            never_track[i] = true;
                            p.open_cause[i] = why;
                        }
                    }
                    let end = p.series[i][last];
                    limit[i] = if never_track[i] {
                        end
                    } else {
                        let vendor = self.track_vendor[i]
                            .map_or(1.0, |v| (limit[v] / r.tracks[v].ceiling.v).min(1.0));
                        let within = self.track_within[i]
                            .iter()
                            .map(|&w| limit[w])
                            .fold(f64::INFINITY, f64::min);
                        (p.ceilings[i] * vendor).min(within).max(end)
                    };
                }
                _ => {}
            }
        }
        let checked_until = r.meta.end;
        (0..r.milestones.len())
            .map(|i| match p.ms_date[i] {
                Some(_) => Reach::Reached,
                None if never_ms[i] => Reach::Never,
                None => Reach::BeyondHorizon { checked_until },
            })
            .collect()
    }

    fn benefits(&self, p: &Pass, draw: Option<&Draw>) -> Vec<BenefitSeries> {
        let (ms_date, series) = (&p.ms_date, &p.series);
        let r = &self.roadmap;
        let s = r.meta.critical_mass_steepness.v;
        let data_month = r.data_month();
        r.benefits
            .iter()
            .enumerate()
            .map(|(b, benefit)| {
                // A drawn run's baseline is not the data's: nothing to copy from.
                let unchanged = draw.is_none()
                    && !self.benefit_gates[b].iter().any(|&g| p.ms_dirty[g])
                    && !self.benefit_realisers[b]
                        .iter()
                        .map(|&(t, _)| t)
                        .chain(self.benefit_counterparts[b].iter().copied())
                        .any(|t| p.track_dirty[t]);
                if let Some(same) = self.baseline.benefits.get(b).filter(|_| unchanged) {
                    return BenefitSeries {
                        monthly: same.monthly.clone(),
                        present_value: same.present_value,
                        realised: same.realised,
                        starting_level: same.starting_level,
                    };
                }
                let gate = self.benefit_gates[b]
                    .iter()
                    .map(|&g| ms_date[g])
                    .try_fold(0, |acc, d| d.map(|d| acc.max(d)));
                let (annual, critical_mass) = draw
                    .map_or((benefit.annual_mnok.v, benefit.critical_mass.v), |d| {
                        (d.annual_mnok[b], d.critical_mass[b])
                    });
                let per_month = annual / 12.0;
                let h = CriticalMass::new(critical_mass, s);
                let combine = benefit.combine.v;
                let mut pv = 0.0;
                let mut pv_realised = 0.0;
                let mut pv_start = 0.0;
                // Shares stay flat for months at a time: h only when a joint share moves.
                // (NaN: no share yet, it equals nothing.)
                let mut last = vec![(f64::NAN, 0.0); self.benefit_realisers[b].len()];
                let realisation = |t: usize, last: &mut Vec<(f64, f64)>| -> f64 {
                    self.benefit_realisers[b]
                        .iter()
                        .zip(&self.benefit_sides[b])
                        .zip(last.iter_mut())
                        .map(|((&(_, w), sides), memo)| {
                            let joint = combine.joint(sides.iter().map(|&k| series[k][t]));
                            if joint != memo.0 {
                                *memo = (joint, h.h(joint));
                            }
                            w * memo.1
                        })
                        .sum()
                };
                let used = |t: usize| self.use_factor[b].as_ref().map_or(1.0, |u| u[t]);
                // From today, a deterministic run's months up to the data date are the
                // baseline's, bit for bit (ARCHITECTURE.md's invariant): copied, not computed.
                let kept: &[f64] = match (p.kept_until, draw, self.baseline.benefits.get(b)) {
                    (Some(h), None, Some(base)) => &base.monthly[..=h],
                    _ => &[],
                };
                let mut monthly = Vec::with_capacity(self.months);
                monthly.extend_from_slice(kept);
                for t in kept.len()..self.months {
                    let open = gate.is_some_and(|g| t as i32 >= g);
                    monthly.push(if open {
                        per_month * realisation(t, &mut last) * used(t)
                    } else {
                        0.0
                    });
                }
                // What the benefit delivered when the roadmap began (its first month, held): not
                // the roadmap's gain.
                let start_level = monthly.first().copied().filter(|_| gate == Some(0));
                let start_level = start_level.unwrap_or(0.0);
                for (t, &value) in monthly.iter().enumerate() {
                    let discounted = value * self.discount[t];
                    pv += discounted;
                    pv_start += start_level * self.discount[t];
                    if t as i32 <= data_month {
                        pv_realised += discounted;
                    }
                }
                BenefitSeries {
                    monthly,
                    present_value: pv,
                    realised: pv_realised,
                    starting_level: pv_start,
                }
            })
            .collect()
    }
}

/// A benefit's exchange in one month: see [`Engine::exchange`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exchange {
    /// The share of exchanges that can happen (0–1).
    pub joint: f64,
    /// The share of the benefit realised (0–1).
    pub realised: f64,
}

/// One benefit's months and present values, before it is assembled into output.
pub(crate) struct BenefitSeries {
    pub monthly: Vec<f64>,
    pub present_value: f64,
    /// The part of the present value realised up to and including the data date.
    pub realised: f64,
    /// The present value of what the benefit already delivered when the roadmap began, held
    /// over the horizon: a starting level, not a gain of the roadmap.
    pub starting_level: f64,
}

/// What a pass keeps as it was, and what it moves its forecasts against.
#[derive(Clone, Copy)]
enum Keep<'a> {
    /// Nothing: the since-2021 question.
    Nothing,
    /// The baseline's own pass, built once in [`Engine::new`].
    Building,
    /// From today: this baseline's history up to the data date (the since-2021 question keeps
    /// nothing, whatever is given).
    History(&'a Pass),
    /// A drawn baseline: each track as this (the data's) baseline had it up to its last
    /// observation.
    Observed(&'a Pass),
}

/// The dates, causes and series of one pass over the graph, in month indices from the start.
#[derive(Clone, Debug)]
struct Pass {
    ms_date: Vec<Option<i32>>,
    ms_cause: Vec<Cause>,
    /// When a milestone's conditions (not its own date) last came to hold; `None` when it has
    /// none or one never holds.
    ms_cond: Vec<Option<i32>>,
    series: Vec<Vec<f64>>,
    opened: Vec<Option<i32>>,
    open_cause: Vec<Cause>,
    /// Each track's ceiling after the levers.
    ceilings: Vec<f64>,
    /// Which nodes differ from the baseline's pass (all of them outside the question from today).
    ms_dirty: Vec<bool>,
    track_dirty: Vec<bool>,
    /// From today, the last month whose series (and so benefits) are the baseline's.
    kept_until: Option<usize>,
}

/// When every condition holds (`None` for no conditions) and the one that held last; `Err` with
/// the first condition that does not hold within the horizon.
fn conditions(
    needs: &[Need],
    ms_date: &[Option<i32>],
    series: &[Vec<f64>],
    r: &Roadmap,
) -> Result<(Option<i32>, Cause), Cause> {
    // The cause (with its id) is built only for the condition that binds or fails.
    let cause = |need: &Need| match *need {
        Need::Milestone { index, lag } => Cause::Milestone {
            id: r.milestones[index].id.clone(),
            lag,
        },
        Need::Track { index, share } => Cause::Track {
            id: r.tracks[index].id.clone(),
            share,
        },
    };
    let mut best: Option<(i32, &Need)> = None;
    for need in needs {
        let date = match *need {
            Need::Milestone { index, lag } => ms_date[index].map(|d| d + lag),
            Need::Track { index, share } => series[index]
                .iter()
                .position(|&a| a >= share - 1e-12)
                .map(|t| t as i32),
        };
        match date {
            None => return Err(cause(need)),
            Some(d) if best.is_none_or(|(b, _)| d > b) => best = Some((d, need)),
            _ => {}
        }
    }
    Ok(match best {
        Some((d, need)) => (Some(d), cause(need)),
        None => (None, Cause::Start),
    })
}

/// A duty's floor: adoption rises linearly from `from` at `start` to the ceiling at `deadline`.
#[derive(Clone, Copy, Debug)]
struct Ramp {
    start: i32,
    deadline: i32,
    from: f64,
}

impl Ramp {
    fn floor(&self, t: i32, ceiling: f64) -> f64 {
        // Outside the ramp the quotient would be clamped anyway: no division there.
        let progress = if t <= self.start {
            0.0
        } else if t >= self.deadline {
            1.0
        } else {
            let span = (self.deadline - self.start).max(1) as f64;
            bass::clamp((t - self.start) as f64 / span, 0.0, 1.0)
        };
        self.from + (ceiling - self.from) * progress
    }
}

struct Diffusion<'a> {
    track: usize,
    months: usize,
    initial: f64,
    ceiling: f64,
    p: f64,
    q: f64,
    open: Option<i32>,
    mandate: Option<Ramp>,
    /// The vendor track and its ceiling: adoption ≤ ceiling × vendor share / vendor ceiling.
    vendor: Option<(usize, f64)>,
    /// Earlier steps of the same organisations: adoption ≤ each of their shares.
    within: &'a [usize],
    /// History kept as it was: the baseline's series up to and including this month.
    kept: Option<(&'a [f64], usize)>,
    /// The data date's month (0 in the since-2021 question), from which growth pauses.
    history_end: i32,
    /// Months after the data date in which growth pauses (the group's delay).
    pause: i32,
}

/// Tracks' adoption: the initial share until a track opens, then a Bass step per month, floored
/// by a duty's ramp and capped by vendor readiness and earlier steps (`series`, already
/// complete). Never above the ceiling, never falling. Kept history is copied as it is.
///
/// The tracks of a batch do not cap each other, so they are stepped month by month side by
/// side: within a track each month waits for the last (two divisions in a chain), and the
/// processor overlaps the tracks' chains. Each track's numbers are those it gets alone.
fn diffuse(batch: &[Diffusion], series: &[Vec<f64>]) -> Vec<Vec<f64>> {
    struct Lane {
        out: Vec<f64>,
        /// The first month stepped; none before it, none at all for a track that never opens.
        from: usize,
        /// The month before, kept at hand.
        prev: f64,
        grows_from: i32,
        bass: BassStep,
        per_ceiling: f64,
        top: f64,
    }
    let mut lanes: Vec<Lane> = batch
        .iter()
        .map(|d| {
            let mut out = vec![d.initial; d.months];
            let first = match d.kept {
                Some((kept, last)) => {
                    out[..=last].copy_from_slice(&kept[..=last]);
                    out[last + 1..].fill(kept[last]);
                    last + 1
                }
                None => 0,
            };
            let open = d.open.unwrap_or(d.months as i32);
            let from = first.max(open.max(0) as usize);
            Lane {
                prev: out
                    .get(from.saturating_sub(1))
                    .copied()
                    .unwrap_or(d.initial),
                out,
                from,
                grows_from: d.kept.map_or(open, |(_, last)| open.max(last as i32)),
                bass: BassStep::monthly(d.p, d.q),
                per_ceiling: 1.0 / d.ceiling,
                top: d.ceiling.max(d.initial),
            }
        })
        .collect();
    let months = batch.first().map_or(0, |d| d.months);
    let start = lanes.iter().map(|l| l.from).min().unwrap_or(months);
    // Month-major: every month of every lane, the lanes side by side.
    (start..months).for_each(|t| {
        let month = t as i32;
        for (d, lane) in batch.iter().zip(&mut lanes) {
            if t < lane.from {
                continue;
            }
            let prev = lane.prev;
            let mut a = prev;
            // The group's delay pauses growth after the data date, not before it.
            let paused = month > d.history_end && month <= d.history_end + d.pause;
            if month > lane.grows_from && !paused && d.ceiling > 0.0 {
                a = d.ceiling * lane.bass.step(a * lane.per_ceiling);
            }
            if let Some(ramp) = d.mandate {
                a = a.max(ramp.floor(month, d.ceiling));
            }
            if let Some((vendor, vendor_ceiling)) = d.vendor {
                let cap = d.ceiling * (series[vendor][t] / vendor_ceiling).min(1.0);
                a = a.min(cap.max(prev));
            }
            for &within in d.within {
                a = a.min(series[within][t].max(prev));
            }
            lane.prev = bass::clamp(a, prev, lane.top);
            lane.out[t] = lane.prev;
            // At the top, the clamp holds it there for good: the rest of the track is known.
            if lane.prev == lane.top {
                lane.out[t + 1..].fill(lane.top);
                lane.from = months;
            }
        }
    });
    lanes.into_iter().map(|l| l.out).collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Lever, LeverKind};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Copying what the levers leave unchanged gives the same numbers as computing it.
        #[test]
        fn reusing_the_baseline_changes_no_number(
            picks in proptest::collection::vec((any::<proptest::sample::Index>(), 0.0..1.0f64), 1..4),
            since_2021 in any::<bool>(),
            seed in any::<u64>(),
        ) {
            let e = default_engine();
            let all = Lever::all(e.roadmap());
            let mut s = Scenario::default();
            if since_2021 {
                s.question = Question::Since2021;
            }
            for (pick, x) in picks {
                let lever = pick.get(&all);
                let spec = lever.kind().spec();
                match lever.kind() {
                    LeverKind::Mandate => {
                        let month = e.roadmap().meta.data_date.plus(1 + (x * 100.0) as i32);
                        lever.set_mandate(&mut s, MandateLever::At(month));
                    }
                    _ => lever.set(&mut s, spec.min + x * (spec.max - spec.min)),
                }
            }
            prop_assert_eq!(e.run_with(&s, true), e.run_with(&s, false));
            // With drawn inputs, copying from the drawn baseline changes nothing either.
            let draw = crate::risk::Sampler::new(e.roadmap()).draw(seed, 0);
            prop_assert_eq!(
                e.run_inner(&s, true, Some(&draw)),
                e.run_inner(&s, false, Some(&draw))
            );
        }
    }
}

#[cfg(test)]
mod network_effect {
    use super::*;
    use crate::model::Combine;
    use crate::scenario::Question;

    #[test]
    fn one_needed_side_at_zero_gives_zero_whichever_way_sides_combine() {
        for combine in [Combine::Product, Combine::Minimum] {
            assert_eq!(combine.joint([0.9, 0.0, 1.0].into_iter()), 0.0);
            assert_eq!(combine.joint([1.0, 1.0].into_iter()), 1.0);
            assert!(combine.joint([0.5, 0.8].into_iter()) <= 0.5);
        }
    }

    /// What the app draws on the S-curve is what the engine realises.
    #[test]
    fn the_exchange_is_the_benefit_series_in_shares() {
        let e = default_engine();
        let run = e.baseline();
        let last = e.roadmap().months() - 1;
        for b in &e.roadmap().benefits {
            let ex = e.exchange(run, &b.id, last).expect("known benefit");
            assert!((0.0..=1.0).contains(&ex.joint) && (0.0..=1.0).contains(&ex.realised));
            let value = run.benefit(&b.id).expect("benefit").monthly[last];
            let used = b
                .use_share
                .as_ref()
                .map_or(1.0, |u| u.factor(e.roadmap().meta.end));
            assert!(
                (value - b.annual_mnok.v / 12.0 * ex.realised * used).abs() < 1e-9,
                "{}",
                b.id
            );
        }
        assert_eq!(e.exchange(run, "no_such_benefit", 0), None);
    }

    /// With no kommune on PLL at all, pharmacies alone deliver nothing of the PLL benefit.
    #[test]
    fn no_side_stands_in_for_another_in_the_engine() {
        let e = default_engine();
        for question in [Question::FromToday, Question::Since2021] {
            let mut s = Scenario {
                question,
                ..Scenario::default()
            };
            s.actors.entry("kommune_plo".into()).or_default().ceiling = 0.0;
            let run = e.run(&s);
            let pll = run.benefit("pll_time").expect("pll_time");
            assert!(pll.monthly.iter().all(|&v| v == 0.0), "{question:?}");
        }
    }

    /// Each needed side's ceiling swept from 0 to 1 (since 2021, so the lever acts on the whole
    /// curve): the benefit at the horizon stays small below the critical mass and is near its
    /// full value above it, for every exchange benefit of the default roadmap.
    #[test]
    fn every_exchange_benefit_follows_the_s_curve_in_each_needed_side() {
        let e = default_engine();
        let r = e.roadmap();
        let last = r.months() - 1;
        for b in &r.benefits {
            let cm = b.critical_mass.v;
            let sides: Vec<&str> = if b.realisers.len() == 1 {
                std::iter::once(b.realisers[0].track.as_str())
                    .chain(b.counterparts.iter().map(String::as_str))
                    .collect()
            } else {
                b.counterparts.iter().map(String::as_str).collect()
            };
            for side in sides {
                let track = &r.tracks[r.track_index(side).expect("track")];
                if track.initial.v > cm - 0.2 {
                    continue; // already past the tipping point in 2021: no ceiling can lower it
                }
                let at = |c: f64| {
                    let mut s = Scenario {
                        question: Question::Since2021,
                        ..Scenario::default()
                    };
                    s.actors.entry(track.actor.clone()).or_default().ceiling = c;
                    let run = e.run(&s);
                    run.benefit(&b.id).expect("benefit").monthly[last]
                };
                let full = at(1.0);
                assert!(full > 0.0, "{}: nothing at full adoption of {side}", b.id);
                let mut prev = 0.0;
                for step in 0..=20 {
                    let c = step as f64 / 20.0;
                    let v = at(c) / full;
                    assert!(v + 1e-9 >= prev, "{} falls in {side} at {c}", b.id);
                    prev = v;
                    if c <= cm - 0.2 {
                        assert!(v < 0.15, "{}: {v:.2} of its value with {side} at {c}", b.id);
                    }
                    if c >= cm + 0.25 {
                        assert!(v > 0.75, "{}: only {v:.2} with {side} at {c}", b.id);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod use_curve {
    use super::*;

    /// Digital dialogue follows use, which fell from 2021 to 2023: its value falls too, though
    /// adoption never does.
    #[test]
    fn a_benefit_that_follows_use_can_fall() {
        let e = default_engine();
        let r = e.roadmap();
        let month = |s: &str| {
            s.parse::<crate::model::Month>()
                .expect("month")
                .since(r.meta.start) as usize
        };
        let dd = e
            .baseline()
            .benefit("digital_dialog")
            .expect("digital_dialog");
        let (late_2021, mid_2023) = (dd.monthly[month("2021-11")], dd.monthly[month("2023-04")]);
        assert!(mid_2023 < late_2021, "{late_2021} → {mid_2023}");
        // Between two points use is linear, and it is held after the last one.
        let u = r
            .benefits
            .iter()
            .find(|b| b.id == "digital_dialog")
            .and_then(|b| b.use_share.as_ref())
            .expect("use");
        let at = |s: &str| u.factor(s.parse().expect("month"));
        assert!((at("2023-04") - 0.202 / 0.25).abs() < 1e-12);
        assert_eq!(at("2030-01"), at("2023-04"));
        assert_eq!(at("2021-01"), at("2021-08"));
    }
}
