//! What a run returns: plain serde data, ids as strings, months as `"YYYY-MM"`.

use serde::{Deserialize, Serialize};

use crate::model::{Month, Node, Roadmap};

/// Why a milestone fell on its date, or why a track opened when it did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cause {
    /// The milestone's own date (plus any extra delay the scenario gives it).
    OwnDate { extra_delay: u32 },
    /// Another milestone plus a lag.
    Milestone { id: String, lag: i32 },
    /// Another track reaching a share of its actor group.
    Track { id: String, share: f64 },
    /// The track was open from the horizon's start.
    Start,
    /// The track's earliest start in the data.
    Earliest,
    /// The actor group's delay lever, added after the condition that bound.
    ActorDelay { months: u32, after: Box<Cause> },
    /// It had not happened by the roadmap's data date, so it falls after it.
    DataDate,
    /// A track tops out at `limit`, below the `share` a condition needs: never met.
    Ceiling { id: String, share: f64, limit: f64 },
}

/// Whether a milestone is reached, and if not, whether it ever can be.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reach {
    Reached,
    /// Not by the horizon's end, the last month the model checked; it may come later.
    BeyondHorizon {
        checked_until: Month,
    },
    /// A condition can never be met; the milestone's `because` names it.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// On or before plan.
    Green,
    /// Up to 12 months late.
    Yellow,
    /// More than 12 months late, or not within the horizon.
    Red,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackResult {
    pub id: String,
    /// Month the track opened for adoption, `None` if not within the horizon.
    pub opened: Option<Month>,
    pub opened_because: Cause,
    /// Adopted share of the actor group per month.
    pub adoption: Vec<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MilestoneResult {
    pub id: String,
    pub plan: Month,
    /// `None`: not reached within the horizon.
    pub forecast: Option<Month>,
    /// Forecast minus plan in months.
    pub slip_months: Option<i32>,
    pub status: Status,
    pub reach: Reach,
    /// What bound the forecast; when not reached, the condition that never held.
    pub because: Cause,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenefitResult {
    pub id: String,
    /// MNOK realised per month.
    pub monthly: Vec<f64>,
    pub cumulative: Vec<f64>,
    /// MNOK over the horizon, undiscounted.
    pub total: f64,
    /// MNOK over the horizon, discounted to the roadmap's discount base.
    pub present_value: f64,
    /// The part of `present_value` realised up to and including the data date.
    pub realised: f64,
    /// The part of `present_value` still to come after the data date.
    pub to_come: f64,
    /// The part of `present_value` that was already being delivered when the roadmap began
    /// (its level in the first month, held): what existed before, not the roadmap's gain.
    pub starting_level: f64,
    /// `present_value` − `starting_level`: what the roadmap adds.
    pub added: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct RunOutput {
    pub start: Option<Month>,
    pub months: usize,
    pub tracks: Vec<TrackResult>,
    pub milestones: Vec<MilestoneResult>,
    pub benefits: Vec<BenefitResult>,
    /// Sum of every benefit's present value, MNOK.
    pub present_value: f64,
    /// The part realised up to and including the data date, MNOK.
    pub realised: f64,
    /// The part still to come after the data date, MNOK.
    pub to_come: f64,
    /// What the benefits already delivered when the roadmap began, held over the horizon, MNOK.
    pub starting_level: f64,
}

/// One link of a critical chain, from the milestone asked about back to the root cause.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChainStep {
    /// A milestone or track id.
    pub id: String,
    /// The milestone's date, or the month the track opened.
    pub date: Option<Month>,
    pub because: Cause,
}

impl RunOutput {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn assemble(
        r: &Roadmap,
        ms_date: &[Option<i32>],
        ms_cause: Vec<Cause>,
        reach: Vec<Reach>,
        series: Vec<Vec<f64>>,
        opened: &[Option<i32>],
        open_cause: Vec<Cause>,
        benefits: Vec<super::BenefitSeries>,
    ) -> RunOutput {
        let start = r.meta.start;
        let at = |t: i32| start.plus(t);
        let milestones = r
            .milestones
            .iter()
            .zip(ms_cause)
            .zip(reach)
            .enumerate()
            .map(|(i, ((m, because), reach))| {
                let forecast = ms_date[i].map(at);
                let slip_months = forecast.map(|f| f.since(m.plan.v));
                MilestoneResult {
                    id: m.id.clone(),
                    plan: m.plan.v,
                    forecast,
                    slip_months,
                    status: match slip_months {
                        Some(s) if s <= 0 => Status::Green,
                        Some(s) if s <= 12 => Status::Yellow,
                        _ => Status::Red,
                    },
                    reach,
                    because,
                }
            })
            .collect();
        let months = r.months();
        let tracks = r
            .tracks
            .iter()
            .zip(open_cause)
            .zip(series)
            .enumerate()
            .map(|(i, ((t, because), adoption))| TrackResult {
                id: t.id.clone(),
                opened: opened[i].map(at),
                opened_because: because,
                adoption,
            })
            .collect();
        let benefits: Vec<BenefitResult> = r
            .benefits
            .iter()
            .zip(benefits)
            .map(|(b, series)| {
                let super::BenefitSeries {
                    monthly,
                    present_value,
                    realised,
                    starting_level,
                } = series;
                // A loop, not `scan().collect()`, whose unknown length regrows the vector.
                let mut cumulative = Vec::with_capacity(monthly.len());
                let mut total = 0.0;
                for v in &monthly {
                    total += v;
                    cumulative.push(total);
                }
                BenefitResult {
                    id: b.id.clone(),
                    total: cumulative.last().copied().unwrap_or(0.0),
                    cumulative,
                    monthly,
                    present_value,
                    realised,
                    to_come: present_value - realised,
                    starting_level,
                    added: present_value - starting_level,
                }
            })
            .collect();
        RunOutput {
            start: Some(start),
            months,
            present_value: benefits.iter().map(|b| b.present_value).sum(),
            realised: benefits.iter().map(|b| b.realised).sum(),
            to_come: benefits.iter().map(|b| b.to_come).sum(),
            starting_level: benefits.iter().map(|b| b.starting_level).sum(),
            tracks,
            milestones,
            benefits,
        }
    }

    pub fn milestone(&self, id: &str) -> Option<&MilestoneResult> {
        self.milestones.iter().find(|m| m.id == id)
    }
    pub fn track(&self, id: &str) -> Option<&TrackResult> {
        self.tracks.iter().find(|t| t.id == id)
    }
    pub fn benefit(&self, id: &str) -> Option<&BenefitResult> {
        self.benefits.iter().find(|b| b.id == id)
    }

    /// The chain of causes behind a milestone: each step names what bound the one before it,
    /// ending at a date of its own, a track open from the start, or an actor's delay lever.
    pub fn critical_chain(&self, milestone: &str) -> Vec<ChainStep> {
        let Some(start) = self.milestones.iter().position(|m| m.id == milestone) else {
            return Vec::new();
        };
        let mut chain = Vec::new();
        self.chain_nodes(start, |node| {
            chain.push(match node {
                Node::Milestone(i) => {
                    let m = &self.milestones[i];
                    ChainStep {
                        id: m.id.clone(),
                        date: m.forecast,
                        because: m.because.clone(),
                    }
                }
                Node::Track(i) => {
                    let t = &self.tracks[i];
                    ChainStep {
                        id: t.id.clone(),
                        date: t.opened,
                        because: t.opened_because.clone(),
                    }
                }
            })
        });
        chain
    }

    /// The nodes of milestone `milestone`'s critical chain (by index, as in the roadmap), in the
    /// order [`RunOutput::critical_chain`] lists them: no step is cloned, for Monte Carlo, which
    /// counts every milestone's chain in every run.
    pub fn chain_nodes(&self, milestone: usize, mut visit: impl FnMut(Node)) {
        let id = |node: Node| match node {
            Node::Milestone(i) => self.milestones[i].id.as_str(),
            Node::Track(i) => self.tracks[i].id.as_str(),
        };
        // Chains are short: the steps so far, to stop where one comes round again (by id).
        let mut seen: Vec<Node> = Vec::new();
        let mut next =
            Some(Node::Milestone(milestone)).filter(|_| milestone < self.milestones.len());
        while let Some(node) = next.take() {
            if seen.iter().any(|&s| id(s) == id(node)) {
                break;
            }
            let mut cause = match node {
                Node::Milestone(i) => &self.milestones[i].because,
                Node::Track(i) => &self.tracks[i].opened_because,
            };
            while let Cause::ActorDelay { after, .. } = cause {
                cause = after;
            }
            next = match cause {
                Cause::Milestone { id, .. } => self
                    .milestones
                    .iter()
                    .position(|m| m.id == *id)
                    .map(Node::Milestone),
                Cause::Track { id, .. } | Cause::Ceiling { id, .. } => self
                    .tracks
                    .iter()
                    .position(|t| t.id == *id)
                    .map(Node::Track),
                _ => None,
            };
            seen.push(node);
            visit(node);
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MilestoneDelta {
    pub id: String,
    pub baseline: Option<Month>,
    pub scenario: Option<Month>,
    /// Scenario minus baseline in months; `None` when either is not within the horizon.
    pub delta_months: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenefitDelta {
    pub id: String,
    pub baseline_pv: f64,
    pub scenario_pv: f64,
    pub delta_pv: f64,
    /// Scenario minus baseline per month, MNOK.
    pub delta_monthly: Vec<f64>,
}

/// A scenario's run against the baseline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub scenario: RunOutput,
    pub milestones: Vec<MilestoneDelta>,
    pub benefits: Vec<BenefitDelta>,
    /// Scenario minus baseline present value, MNOK.
    pub delta_pv: f64,
}

impl Comparison {
    pub fn between(baseline: &RunOutput, scenario: RunOutput) -> Comparison {
        let milestones = baseline
            .milestones
            .iter()
            .zip(&scenario.milestones)
            .map(|(b, s)| MilestoneDelta {
                id: s.id.clone(),
                baseline: b.forecast,
                scenario: s.forecast,
                delta_months: b.forecast.zip(s.forecast).map(|(b, s)| s.since(b)),
            })
            .collect();
        let benefits = baseline
            .benefits
            .iter()
            .zip(&scenario.benefits)
            .map(|(b, s)| BenefitDelta {
                id: s.id.clone(),
                baseline_pv: b.present_value,
                scenario_pv: s.present_value,
                delta_pv: s.present_value - b.present_value,
                delta_monthly: s
                    .monthly
                    .iter()
                    .zip(&b.monthly)
                    .map(|(s, b)| s - b)
                    .collect(),
            })
            .collect();
        Comparison {
            delta_pv: scenario.present_value - baseline.present_value,
            scenario,
            milestones,
            benefits,
        }
    }

    /// Milestones later than in the baseline (or lost from the horizon), and the months they
    /// slip in total (a lost milestone counts up to the horizon's end).
    pub fn slipped(&self) -> (usize, i32) {
        let mut count = 0;
        let mut months = 0;
        for m in &self.milestones {
            match (m.baseline, m.scenario) {
                (Some(b), Some(s)) if s > b => {
                    count += 1;
                    months += s.since(b);
                }
                (Some(b), None) => {
                    count += 1;
                    let end = self
                        .scenario
                        .start
                        .map(|st| st.plus(self.scenario.months as i32 - 1));
                    months += end.map_or(0, |e| e.since(b) + 1);
                }
                _ => {}
            }
        }
        (count, months)
    }
}
