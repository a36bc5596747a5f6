//! One Monte Carlo run's values of the roadmap's uncertain inputs, for [`super::Engine::run_drawn`].

use serde::{Deserialize, Serialize};

use crate::model::Roadmap;

/// The uncertain inputs of one run, indexed as the roadmap's tracks, milestones and benefits.
/// [`Draw::point`] holds the data's own values: a run with it equals [`super::Engine::run`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draw {
    /// Per track: Bass p and q per year.
    pub bass: Vec<(f64, f64)>,
    /// Per milestone: its own remaining slip in whole months (negative: earlier). Acts on a
    /// milestone that has not happened, never on an actual date.
    pub slip: Vec<i32>,
    /// Per benefit: value per year at full realisation, MNOK.
    pub annual_mnok: Vec<f64>,
    /// Per benefit: the critical mass of its exchange.
    pub critical_mass: Vec<f64>,
}

impl Draw {
    /// Every input at the data's point value (no slip).
    pub fn point(roadmap: &Roadmap) -> Draw {
        Draw {
            bass: roadmap
                .tracks
                .iter()
                .map(|t| (t.bass.p.v, t.bass.q.v))
                .collect(),
            slip: vec![0; roadmap.milestones.len()],
            annual_mnok: roadmap.benefits.iter().map(|b| b.annual_mnok.v).collect(),
            critical_mass: roadmap.benefits.iter().map(|b| b.critical_mass.v).collect(),
        }
    }
}
