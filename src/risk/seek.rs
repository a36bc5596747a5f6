//! Goal seek: the setting of one lever that just meets a milestone by a date (optionally with a
//! required probability), by bisection over the lever's steps from where the scenario has it to
//! its best end.

use serde::{Deserialize, Serialize};

use super::tornado::searchable_levers;
use super::{find_lever, MonteCarlo, RiskError, RiskSettings};
use crate::model::Month;
use crate::scenario::{lever_path, Lever, LeverKind, Scenario};
use crate::sim::{ChainStep, Engine};

/// What to meet: `milestone` by `by` (inclusive); with `probability`, in at least that share of
/// Monte Carlo runs, else in the deterministic run. `lever` (link key or path) is the one to
/// turn; without it every lever that can move the milestone is tried.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub milestone: String,
    pub by: Month,
    pub probability: Option<f64>,
    pub lever: Option<String>,
}

/// Where a scenario stands against the goal: the deterministic date and, when a probability is
/// required, the share of runs that meet it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Achieved {
    pub month: Option<Month>,
    pub probability: Option<f64>,
}

/// One lever's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SeekAnswer {
    /// The weakest setting that meets the goal (one step weaker does not), and the scenario with
    /// it applied.
    Found {
        lever: String,
        value: f64,
        achieved: Achieved,
        scenario: Scenario,
    },
    /// Not even the lever's best end meets it: what that end achieves, and the milestone's
    /// critical chain there, whose last step is what blocks it.
    Unreachable {
        lever: String,
        best_value: f64,
        achieved: Achieved,
        chain: Vec<ChainStep>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Seek {
    /// The scenario meets the goal as it is.
    AlreadyMet { achieved: Achieved },
    /// Found answers first, the least change of its lever's range first; then the levers that
    /// move the milestone but cannot bring it there.
    Answers { answers: Vec<SeekAnswer> },
}

pub fn seek(
    engine: &Engine,
    scenario: &Scenario,
    goal: &Goal,
    settings: &RiskSettings,
) -> Result<Seek, RiskError> {
    let r = engine.roadmap();
    if r.milestone_index(&goal.milestone).is_none() {
        return Err(RiskError::UnknownMilestone(goal.milestone.clone()));
    }
    if let Some(p) = goal.probability {
        if !(p > 0.0 && p <= 1.0) {
            return Err(RiskError::Probability(p));
        }
        settings.check()?;
    }
    let levers = searchable_levers(engine, scenario);
    let chosen = match &goal.lever {
        Some(name) => {
            let lever = find_lever(r, name).ok_or_else(|| RiskError::UnknownLever(name.clone()))?;
            if !levers.contains(&lever) {
                return Err(RiskError::LeverNotSearchable(name.clone()));
            }
            Some(lever)
        }
        None => None,
    };
    let check = |s: &Scenario| evaluate(engine, s, goal, settings);
    let (met, achieved) = check(scenario);
    if met {
        return Ok(Seek::AlreadyMet { achieved });
    }
    let candidates = match chosen {
        Some(lever) => vec![lever],
        // Only levers whose best end moves the milestone at all in the deterministic run.
        None => {
            let now = engine
                .run(scenario)
                .milestone(&goal.milestone)
                .and_then(|m| m.forecast);
            levers
                .into_iter()
                .filter(|l| {
                    let s = at_best(l, scenario);
                    engine
                        .run(&s)
                        .milestone(&goal.milestone)
                        .and_then(|m| m.forecast)
                        != now
                })
                .collect()
        }
    };
    let mut found = Vec::new();
    let mut blocked = Vec::new();
    for lever in candidates {
        match solve(engine, scenario, &lever, goal, &check) {
            Ok((share, answer)) => found.push((share, answer)),
            Err(answer) => blocked.push(answer),
        }
    }
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut answers: Vec<SeekAnswer> = found.into_iter().map(|(_, a)| a).collect();
    answers.extend(blocked);
    Ok(Seek::Answers { answers })
}

/// Whether a scenario meets the goal, and what it achieves.
fn evaluate(
    engine: &Engine,
    s: &Scenario,
    goal: &Goal,
    settings: &RiskSettings,
) -> (bool, Achieved) {
    let month = engine
        .run(s)
        .milestone(&goal.milestone)
        .and_then(|m| m.forecast);
    match goal.probability {
        None => (
            month.is_some_and(|m| m <= goal.by),
            Achieved {
                month,
                probability: None,
            },
        ),
        Some(required) => {
            // The same seed at every step: the runs differ only by the lever.
            let mut mc = MonteCarlo::new(engine, s, settings.seed);
            mc.run_chunk(settings.runs);
            let p = mc.probability_by(&goal.milestone, goal.by).unwrap_or(0.0);
            (
                p >= required,
                Achieved {
                    month,
                    probability: Some(p),
                },
            )
        }
    }
}

/// Whether turning the lever up helps (speed, ceiling) or turning it down does (delays).
fn up_is_better(lever: &Lever) -> bool {
    matches!(lever.kind(), LeverKind::Speed | LeverKind::Ceiling)
}

fn at_best(lever: &Lever, scenario: &Scenario) -> Scenario {
    let spec = lever.kind().spec();
    let mut s = scenario.clone();
    lever.set(
        &mut s,
        if up_is_better(lever) {
            spec.max
        } else {
            spec.min
        },
    );
    s.normalised()
}

/// Bisection over the steps from the scenario's setting (which fails) to the best end. `Ok`
/// with the share of the range moved.
fn solve(
    engine: &Engine,
    scenario: &Scenario,
    lever: &Lever,
    goal: &Goal,
    check: &dyn Fn(&Scenario) -> (bool, Achieved),
) -> Result<(f64, SeekAnswer), SeekAnswer> {
    let spec = lever.kind().spec();
    let from = lever.value(scenario);
    let best = if up_is_better(lever) {
        spec.max
    } else {
        spec.min
    };
    let steps = ((best - from).abs() / spec.step).round() as i64;
    let direction = if up_is_better(lever) { 1.0 } else { -1.0 };
    // Step k, on the lever's grid; the last step is the best end itself.
    // On the step grid in decimal (1.7, not 1.7000000000000002), as a slider would set it.
    let per_unit = (1.0 / spec.step).round();
    let value = |k: i64| {
        if k >= steps {
            best
        } else {
            ((from + direction * k as f64 * spec.step) * per_unit).round() / per_unit
        }
    };
    let at = |k: i64| {
        let mut s = scenario.clone();
        lever.set(&mut s, value(k));
        s.normalised()
    };
    let path = lever_path(lever);
    let best_scenario = at(steps);
    let (met, achieved) = check(&best_scenario);
    if steps == 0 || !met {
        let chain = engine.run(&best_scenario).critical_chain(&goal.milestone);
        return Err(SeekAnswer::Unreachable {
            lever: path,
            best_value: best,
            achieved,
            chain,
        });
    }
    // Invariant: step `fails` does not meet the goal, step `meets` does.
    let (mut fails, mut meets, mut meets_achieved) = (0, steps, achieved);
    while meets - fails > 1 {
        let mid = fails + (meets - fails) / 2;
        let (ok, a) = check(&at(mid));
        if ok {
            meets = mid;
            meets_achieved = a;
        } else {
            fails = mid;
        }
    }
    let range = (spec.max - spec.min).max(f64::MIN_POSITIVE);
    let v = lever.value(&at(meets));
    Ok((
        (v - from).abs() / range,
        SeekAnswer::Found {
            lever: path,
            value: v,
            achieved: meets_achieved,
            scenario: at(meets),
        },
    ))
}
