//! Where the roadmap stands at the data date and where it is heading in a scenario, before any
//! comparison with the baseline: what the first screen says. Pure, so it is tested natively.

use crate::model::{Month, Provenance, Roadmap};
use crate::sim::RunOutput;

/// Later than planned by more than this many months counts as far behind (the table's red).
pub const FAR_BEHIND_MONTHS: i32 = 12;

/// One of the dates decision-makers ask about first (`headline = true` in the data).
#[derive(Clone, Debug, PartialEq)]
pub struct HeadlineDate {
    pub id: String,
    /// The 2021 plan.
    pub plan: Month,
    /// The plan date is an assumption, not a source's date.
    pub plan_assumed: bool,
    /// In the scenario; `None`: not within the horizon.
    pub date: Option<Month>,
    /// Reached by the data date.
    pub happened: bool,
}

/// The roadmap's standing in one run.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub data_date: Month,
    pub milestones: usize,
    /// Reached by the data date.
    pub reached: usize,
    /// Milestones whose 2021 plan date comes from a source: only these are counted as late.
    pub with_sourced_plan: usize,
    /// Of those, later than planned (or not within the horizon) in this run.
    pub late: usize,
    /// Of those, more than [`FAR_BEHIND_MONTHS`] later.
    pub far_behind: usize,
    /// Plan dates that are assumptions: not counted.
    pub assumed_plans: usize,
    pub headlines: Vec<HeadlineDate>,
    /// MNOK of present value realised up to and including the data date.
    pub realised: f64,
    /// MNOK of present value still to come after it.
    pub to_come: f64,
}

impl Standing {
    pub fn of(roadmap: &Roadmap, run: &RunOutput) -> Standing {
        let data_date = roadmap.meta.data_date;
        let mut standing = Standing {
            data_date,
            milestones: roadmap.milestones.len(),
            reached: 0,
            with_sourced_plan: 0,
            late: 0,
            far_behind: 0,
            assumed_plans: 0,
            headlines: Vec::new(),
            realised: run.realised,
            to_come: run.to_come,
        };
        for m in &roadmap.milestones {
            let date = run.milestone(&m.id).and_then(|r| r.forecast);
            let happened = date.is_some_and(|d| d <= data_date);
            standing.reached += usize::from(happened);
            let plan_assumed = matches!(m.plan.provenance, Provenance::Assumed { .. });
            if plan_assumed {
                standing.assumed_plans += 1;
            } else {
                standing.with_sourced_plan += 1;
                let behind = date.map_or(i32::MAX, |d| d.since(m.plan.v));
                standing.late += usize::from(behind > 0);
                standing.far_behind += usize::from(behind > FAR_BEHIND_MONTHS);
            }
            if m.headline {
                standing.headlines.push(HeadlineDate {
                    id: m.id.clone(),
                    plan: m.plan.v,
                    plan_assumed,
                    date,
                    happened,
                });
            }
        }
        standing
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
    use crate::scenario::{ActorLevers, Scenario};
    use crate::sim::Engine;

    fn engine() -> Engine {
        let roadmap = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads");
        Engine::new(roadmap).expect("prepares")
    }

    #[test]
    fn the_baseline_standing_counts_what_the_milestone_table_shows() {
        let engine = engine();
        let roadmap = engine.roadmap();
        let s = Standing::of(roadmap, engine.baseline());
        assert_eq!(s.milestones, roadmap.milestones.len());
        assert_eq!(s.with_sourced_plan + s.assumed_plans, s.milestones);
        let late_by_hand = engine
            .baseline()
            .milestones
            .iter()
            .zip(&roadmap.milestones)
            .filter(|(r, m)| {
                !matches!(m.plan.provenance, Provenance::Assumed { .. })
                    && r.slip_months.is_none_or(|slip| slip > 0)
            })
            .count();
        assert_eq!(s.late, late_by_hand);
        assert!(s.far_behind <= s.late && s.late <= s.with_sourced_plan);
        // The default roadmap is behind its 2021 plan: that is what the first screen must say.
        assert!(s.far_behind > 0, "{s:?}");
        assert!(s.reached > 0 && s.reached < s.milestones);
        assert!(!s.headlines.is_empty());
        assert!((s.realised + s.to_come - engine.baseline().present_value).abs() < 1e-6);
    }

    #[test]
    fn holding_back_every_group_makes_more_milestones_late_never_fewer() {
        let engine = engine();
        let roadmap = engine.roadmap();
        let mut scenario = Scenario::default();
        for actor in &roadmap.actors {
            scenario.actors.insert(
                actor.id.clone(),
                ActorLevers {
                    delay: 24,
                    ..ActorLevers::default()
                },
            );
        }
        let before = Standing::of(roadmap, engine.baseline());
        let after = Standing::of(roadmap, &engine.run(&scenario));
        assert!(after.late >= before.late && after.far_behind >= before.far_behind);
        // History does not move: what was reached by the data date still was.
        assert_eq!(after.reached, before.reached);
        assert!(after.to_come < before.to_come);
        assert_eq!(after.realised, before.realised);
        let later = |a: &HeadlineDate, b: &HeadlineDate| match (a.date, b.date) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(d), Some(e)) => d > e,
        };
        assert!(after
            .headlines
            .iter()
            .zip(&before.headlines)
            .all(|(a, b)| later(a, b) || a == b));
        assert!(after
            .headlines
            .iter()
            .zip(&before.headlines)
            .any(|(a, b)| later(a, b)));
    }
}
