//! Levers: what a decision-maker chooses, kept apart from the assumptions in the roadmap data.
//!
//! A [`Scenario`] is sparse: only levers that differ from their defaults are stored, keyed by the
//! roadmap's actor and milestone ids. The default scenario is the baseline.

pub mod link;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Month, Roadmap};

/// Range of each lever, shared by validation, the link codec and the UI sliders.
pub mod limits {
    pub const SPEED: (f64, f64) = (0.25, 3.0);
    pub const DELAY_MONTHS: (u32, u32) = (0, 48);
    pub const CEILING: (f64, f64) = (0.0, 1.0);
    pub const MILESTONE_DELAY_MONTHS: (u32, u32) = (0, 48);
}

/// Which milestone dates the engine starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Schedule {
    /// What is known now: actual, else re-planned, else planned dates.
    #[default]
    Forecast,
    /// The roadmap as published in 2021.
    Plan,
}

/// A legal duty to adopt, for all of an actor group's tracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum MandateLever {
    /// As in the data.
    #[default]
    AsData,
    /// No mandate, whatever the data says.
    Off,
    /// Adoption reaches the ceiling by this month.
    At(Month),
}

impl Serialize for MandateLever {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            MandateLever::AsData => s.serialize_str("data"),
            MandateLever::Off => s.serialize_str("off"),
            MandateLever::At(m) => m.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for MandateLever {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "data" => Ok(MandateLever::AsData),
            "off" => Ok(MandateLever::Off),
            other => other.parse().map(MandateLever::At).map_err(|e: String| {
                serde::de::Error::custom(format!("mandate is \"data\", \"off\" or a month: {e}"))
            }),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActorLevers {
    /// Multiplies the Bass coefficients p and q of every track of the group.
    pub speed: f64,
    /// Months added before any track of the group can open.
    pub delay: u32,
    /// Share of the data's ceiling that the group reaches at most.
    pub ceiling: f64,
    pub mandate: MandateLever,
}

impl Default for ActorLevers {
    fn default() -> Self {
        ActorLevers {
            speed: 1.0,
            delay: 0,
            ceiling: 1.0,
            mandate: MandateLever::AsData,
        }
    }
}

impl ActorLevers {
    pub fn is_default(&self) -> bool {
        *self == ActorLevers::default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MilestoneLevers {
    /// Months added to the milestone's own date.
    pub delay: u32,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scenario {
    pub schedule: Schedule,
    pub actors: BTreeMap<String, ActorLevers>,
    pub milestones: BTreeMap<String, MilestoneLevers>,
}

impl Scenario {
    pub fn actor(&self, id: &str) -> ActorLevers {
        self.actors.get(id).cloned().unwrap_or_default()
    }
    pub fn milestone_delay(&self, id: &str) -> u32 {
        self.milestones.get(id).map_or(0, |m| m.delay)
    }
    /// Drops levers that are at their defaults, so equal scenarios compare and encode equal.
    pub fn normalised(mut self) -> Scenario {
        self.actors.retain(|_, l| !l.is_default());
        self.milestones.retain(|_, l| l.delay != 0);
        self
    }

    /// Problems with this scenario against a roadmap, one line each: unknown ids and values out of
    /// range. An empty list means the engine can run it as it is.
    pub fn problems(&self, roadmap: &Roadmap) -> Vec<String> {
        let mut out = Vec::new();
        for (id, l) in &self.actors {
            if roadmap.actor(id).is_none() {
                out.push(format!("actors.{id}: no actor group with this id"));
                continue;
            }
            if !in_range(l.speed, limits::SPEED) {
                out.push(format!(
                    "actors.{id}.speed: {} is outside {}–{}",
                    l.speed,
                    limits::SPEED.0,
                    limits::SPEED.1
                ));
            }
            if l.delay > limits::DELAY_MONTHS.1 {
                out.push(format!(
                    "actors.{id}.delay: {} months is more than {}",
                    l.delay,
                    limits::DELAY_MONTHS.1
                ));
            }
            if !in_range(l.ceiling, limits::CEILING) {
                out.push(format!("actors.{id}.ceiling: {} is outside 0–1", l.ceiling));
            }
            if let MandateLever::At(m) = l.mandate {
                let meta = &roadmap.meta;
                if m < meta.start || m > meta.end {
                    out.push(format!(
                        "actors.{id}.mandate: {m} is outside the horizon {}–{}",
                        meta.start, meta.end
                    ));
                }
            }
        }
        for (id, l) in &self.milestones {
            if roadmap.milestone_index(id).is_none() {
                out.push(format!("milestones.{id}: no milestone with this id"));
            } else if l.delay > limits::MILESTONE_DELAY_MONTHS.1 {
                out.push(format!(
                    "milestones.{id}.delay: {} months is more than {}",
                    l.delay,
                    limits::MILESTONE_DELAY_MONTHS.1
                ));
            }
        }
        out
    }
}

/// How a scenario file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioFormat {
    Toml,
    Json,
}

/// A scenario as a JSON file, in the form [`parse_scenario`] and `veikart run --scenario` read.
pub fn scenario_json(scenario: &Scenario) -> String {
    serde_json::to_string_pretty(&scenario.clone().normalised())
        .expect("a scenario holds only strings and numbers")
}

/// Reads a scenario file (as the presets in a roadmap are written) and checks it against the
/// roadmap. Every problem comes back as one line naming the file and the lever.
pub fn parse_scenario(
    name: &str,
    text: &str,
    format: ScenarioFormat,
    roadmap: &Roadmap,
) -> Result<Scenario, Vec<String>> {
    let field_error =
        |path: String, inner: String| vec![format!("{name}: field '{path}': {inner}")];
    let scenario: Scenario = match format {
        ScenarioFormat::Json => {
            let value: serde_json::Value = serde_json::from_str(text)
                .map_err(|e| vec![format!("{name}: not valid JSON: {e}")])?;
            serde_path_to_error::deserialize(value)
                .map_err(|e| field_error(e.path().to_string(), e.inner().to_string()))?
        }
        ScenarioFormat::Toml => {
            let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
                vec![format!("{name}: not valid TOML: {}", e.message().trim())]
            })?;
            serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|e| {
                field_error(e.path().to_string(), e.inner().message().trim().to_string())
            })?
        }
    };
    let problems = scenario.problems(roadmap);
    if problems.is_empty() {
        Ok(scenario.normalised())
    } else {
        Err(problems
            .into_iter()
            .map(|p| format!("{name}: {p}"))
            .collect())
    }
}

fn in_range(v: f64, (lo, hi): (f64, f64)) -> bool {
    v.is_finite() && v >= lo && v <= hi
}
