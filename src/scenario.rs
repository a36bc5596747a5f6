//! Levers: what a decision-maker chooses, kept apart from the assumptions in the roadmap data.
//!
//! A [`Scenario`] is sparse: only levers that differ from their defaults are stored, keyed by the
//! roadmap's actor, solution and milestone ids. The default scenario is the baseline. Every lever
//! kind is described once, in [`LeverKind::spec`]; [`Lever`] names one lever and reads, sets and
//! resets it, so the link codec, validation, the UI and the print view share one definition.

pub mod link;

use std::borrow::Cow;

use litemap::LiteMap;
use serde::{Deserialize, Serialize};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::model::de::{self, variant, Fields, Path, Read};
use crate::model::id_map;
use crate::model::problem::{Expected, Problem};
use crate::model::{DataError, DataErrors, Month, Roadmap};

/// Which question a scenario answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// Everything up to the roadmap's data date is history and stays as it happened; levers act
    /// only on what had not happened by then.
    #[default]
    FromToday,
    /// The whole period replayed from 2021 as a counterfactual: levers act from the start.
    #[serde(rename = "since_2021")]
    Since2021,
}

/// Which milestone dates the engine starts from (only in the since-2021 question).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Schedule {
    /// What is known now: actual, else re-planned, else planned dates.
    #[default]
    Forecast,
    /// The roadmap as published in 2021.
    Plan,
}

/// A legal duty for one actor group to adopt one solution, as a forskrift sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum MandateLever {
    /// As in the data.
    #[default]
    AsData,
    /// No duty, whatever the data says.
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
    /// Months the group postpones what it has not yet done.
    pub delay: u32,
    /// Share of the data's ceiling that the group reaches at most.
    pub ceiling: f64,
    /// Duties by solution id; a solution not listed keeps the data's duty.
    #[serde(with = "id_map")]
    pub mandates: LiteMap<String, MandateLever>,
}

impl Default for ActorLevers {
    fn default() -> Self {
        ActorLevers {
            speed: 1.0,
            delay: 0,
            ceiling: 1.0,
            mandates: LiteMap::new(),
        }
    }
}

impl ActorLevers {
    pub fn is_default(&self) -> bool {
        *self == ActorLevers::default()
    }
    pub fn mandate(&self, solution: &str) -> MandateLever {
        self.mandates.get(solution).copied().unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MilestoneLevers {
    /// Months added to the milestone's date.
    pub delay: u32,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scenario {
    pub question: Question,
    pub schedule: Schedule,
    #[serde(with = "id_map")]
    pub actors: LiteMap<String, ActorLevers>,
    #[serde(with = "id_map")]
    pub milestones: LiteMap<String, MilestoneLevers>,
}

/// The kinds of lever. Each is described once in [`LeverKind::spec`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeverKind {
    Speed,
    Delay,
    Ceiling,
    Mandate,
    MilestoneDelay,
}

/// What a lever's number means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A multiplier (×).
    Times,
    /// Whole months.
    Months,
    /// A share 0–1, shown in percent.
    Share,
    /// A calendar month (a deadline).
    Month,
}

/// One lever kind: its key in a share link, range, default and unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverSpec {
    /// Link parameter: the actor's key followed by this (`a3s`); for a milestone, the
    /// milestone's key alone; a mandate adds `.` and the solution id (`a1m.pll`).
    pub link_suffix: &'static str,
    /// Range in the lever's own unit (a share 0–1, not percent); unused for a mandate.
    pub min: f64,
    pub max: f64,
    pub default: f64,
    pub unit: Unit,
    /// The step a slider moves by, in the lever's own unit.
    pub step: f64,
}

impl LeverKind {
    pub const ALL: [LeverKind; 5] = [
        LeverKind::Speed,
        LeverKind::Delay,
        LeverKind::Ceiling,
        LeverKind::Mandate,
        LeverKind::MilestoneDelay,
    ];

    /// The one table of lever kinds.
    pub const fn spec(self) -> LeverSpec {
        match self {
            LeverKind::Speed => LeverSpec {
                link_suffix: "s",
                min: 0.25,
                max: 3.0,
                default: 1.0,
                unit: Unit::Times,
                step: 0.05,
            },
            LeverKind::Delay => LeverSpec {
                link_suffix: "d",
                min: 0.0,
                max: 48.0,
                default: 0.0,
                unit: Unit::Months,
                step: 1.0,
            },
            LeverKind::Ceiling => LeverSpec {
                link_suffix: "c",
                min: 0.0,
                max: 1.0,
                default: 1.0,
                unit: Unit::Share,
                step: 0.01,
            },
            LeverKind::Mandate => LeverSpec {
                link_suffix: "m",
                min: 0.0,
                max: 0.0,
                default: 0.0,
                unit: Unit::Month,
                step: 1.0,
            },
            LeverKind::MilestoneDelay => LeverSpec {
                link_suffix: "",
                min: 0.0,
                max: 48.0,
                default: 0.0,
                unit: Unit::Months,
                step: 1.0,
            },
        }
    }

    /// Whether the lever is set per actor group (else per milestone).
    pub fn per_actor(self) -> bool {
        self != LeverKind::MilestoneDelay
    }
}

/// One lever of a scenario, named by what it acts on.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lever {
    Speed(String),
    Delay(String),
    Ceiling(String),
    /// Actor group id, solution id.
    Mandate(String, String),
    MilestoneDelay(String),
}

/// Why a lever is not offered in a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotOffered {
    /// The milestone happened (its actual date), so delaying it would rewrite history.
    Happened(Month),
    /// The duty has been in force since this month.
    InForce(Month),
    /// Vendors and citizens are not subject to a duty in the model.
    NoDuty,
}

impl Lever {
    pub fn kind(&self) -> LeverKind {
        match self {
            Lever::Speed(_) => LeverKind::Speed,
            Lever::Delay(_) => LeverKind::Delay,
            Lever::Ceiling(_) => LeverKind::Ceiling,
            Lever::Mandate(..) => LeverKind::Mandate,
            Lever::MilestoneDelay(_) => LeverKind::MilestoneDelay,
        }
    }

    /// The actor group or milestone id the lever acts on.
    pub fn target(&self) -> &str {
        match self {
            Lever::Speed(id)
            | Lever::Delay(id)
            | Lever::Ceiling(id)
            | Lever::Mandate(id, _)
            | Lever::MilestoneDelay(id) => id,
        }
    }

    /// The lever's number in its own unit (a mandate has none: see [`Lever::mandate`]).
    pub fn value(&self, s: &Scenario) -> f64 {
        match self {
            Lever::Speed(a) => s.actor(a).speed,
            Lever::Delay(a) => s.actor(a).delay as f64,
            Lever::Ceiling(a) => s.actor(a).ceiling,
            Lever::Mandate(..) => 0.0,
            Lever::MilestoneDelay(m) => s.milestone_delay(m) as f64,
        }
    }

    pub fn mandate(&self, s: &Scenario) -> MandateLever {
        match self {
            Lever::Mandate(a, sol) => s.actor(a).mandate(sol),
            _ => MandateLever::AsData,
        }
    }

    /// Sets the number, clamped to the lever's range; months are whole. Not-a-number and a
    /// mandate change nothing.
    pub fn set(&self, s: &mut Scenario, value: f64) {
        let spec = self.kind().spec();
        if !value.is_finite() || self.kind() == LeverKind::Mandate {
            return;
        }
        let v = value.clamp(spec.min, spec.max);
        let months = v.round() as u32;
        match self {
            Lever::Speed(a) => s.actor_mut(a).speed = v,
            Lever::Delay(a) => s.actor_mut(a).delay = months,
            Lever::Ceiling(a) => s.actor_mut(a).ceiling = v,
            Lever::Mandate(..) => {}
            Lever::MilestoneDelay(m) => s.milestones.entry(m.clone()).or_default().delay = months,
        }
    }

    pub fn set_mandate(&self, s: &mut Scenario, mandate: MandateLever) {
        if let Lever::Mandate(a, sol) = self {
            s.actor_mut(a).mandates.insert(sol.clone(), mandate);
        }
    }

    /// The scenario with this lever back at its default, everything else kept.
    pub fn reset_in(&self, scenario: &Scenario) -> Scenario {
        let mut s = scenario.clone();
        match self {
            Lever::Mandate(a, sol) => {
                s.actor_mut(a).mandates.remove(sol);
            }
            _ => self.set(&mut s, self.kind().spec().default),
        }
        s.normalised()
    }

    /// Every lever that differs from its default in a scenario, in a stable order.
    pub fn changed_in(scenario: &Scenario) -> Vec<Lever> {
        let mut out = Vec::new();
        for (id, l) in &scenario.actors {
            let d = ActorLevers::default();
            if l.speed != d.speed {
                out.push(Lever::Speed(id.clone()));
            }
            if l.delay != d.delay {
                out.push(Lever::Delay(id.clone()));
            }
            if l.ceiling != d.ceiling {
                out.push(Lever::Ceiling(id.clone()));
            }
            for (sol, m) in &l.mandates {
                if *m != MandateLever::AsData {
                    out.push(Lever::Mandate(id.clone(), sol.clone()));
                }
            }
        }
        for (id, l) in &scenario.milestones {
            if l.delay != 0 {
                out.push(Lever::MilestoneDelay(id.clone()));
            }
        }
        out
    }

    /// Whether the lever means anything in this question; `Err` says why not. In the question
    /// from today, what has happened cannot be delayed and a duty in force cannot be set again.
    pub fn offered(&self, roadmap: &Roadmap, question: Question) -> Result<(), NotOffered> {
        let today = question == Question::FromToday;
        match self {
            Lever::MilestoneDelay(id) => match roadmap
                .milestone_index(id)
                .and_then(|i| roadmap.milestones[i].actual.as_ref())
            {
                Some(actual) if today => Err(NotOffered::Happened(actual.v)),
                _ => Ok(()),
            },
            Lever::Mandate(actor, solution) => {
                if !roadmap.actor(actor).is_some_and(|a| a.can_have_duty()) {
                    return Err(NotOffered::NoDuty);
                }
                match roadmap
                    .track_of(actor, solution)
                    .and_then(|t| t.mandate.as_ref())
                {
                    Some(m) if today && m.v <= roadmap.meta.data_date => {
                        Err(NotOffered::InForce(m.v))
                    }
                    _ => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }

    /// Every lever a roadmap has: speed, delay and ceiling per actor group, the mandates, and a
    /// delay per milestone.
    pub fn all(roadmap: &Roadmap) -> Vec<Lever> {
        let mut out: Vec<Lever> = roadmap
            .actors
            .iter()
            .flat_map(|a| {
                [
                    Lever::Speed(a.id.clone()),
                    Lever::Delay(a.id.clone()),
                    Lever::Ceiling(a.id.clone()),
                ]
            })
            .collect();
        out.extend(Lever::mandates(roadmap));
        out.extend(
            roadmap
                .milestones
                .iter()
                .map(|m| Lever::MilestoneDelay(m.id.clone())),
        );
        out
    }

    /// The mandate levers a roadmap has: one per track of a group that can have a duty.
    pub fn mandates(roadmap: &Roadmap) -> impl Iterator<Item = Lever> + '_ {
        roadmap
            .tracks
            .iter()
            .filter(|t| roadmap.actor(&t.actor).is_some_and(|a| a.can_have_duty()))
            .map(|t| Lever::Mandate(t.actor.clone(), t.solution.clone()))
    }
}

/// Range of each numeric lever, from [`LeverKind::spec`].
pub mod limits {
    use super::LeverKind;
    const fn range(kind: LeverKind) -> (f64, f64) {
        let s = kind.spec();
        (s.min, s.max)
    }
    const fn months(kind: LeverKind) -> (u32, u32) {
        let s = kind.spec();
        (s.min as u32, s.max as u32)
    }
    pub const SPEED: (f64, f64) = range(LeverKind::Speed);
    pub const DELAY_MONTHS: (u32, u32) = months(LeverKind::Delay);
    pub const CEILING: (f64, f64) = range(LeverKind::Ceiling);
    pub const MILESTONE_DELAY_MONTHS: (u32, u32) = months(LeverKind::MilestoneDelay);
}

impl Scenario {
    pub fn actor(&self, id: &str) -> ActorLevers {
        self.actors.get(id).cloned().unwrap_or_default()
    }
    fn actor_mut(&mut self, id: &str) -> &mut ActorLevers {
        self.actors.entry(id.to_string()).or_default()
    }
    pub fn milestone_delay(&self, id: &str) -> u32 {
        self.milestones.get(id).map_or(0, |m| m.delay)
    }
    /// Drops levers that are at their defaults, so equal scenarios compare and encode equal. The
    /// schedule only means something in the since-2021 question.
    pub fn normalised(mut self) -> Scenario {
        for (_, l) in &mut self.actors {
            l.mandates.retain(|_, m| *m != MandateLever::AsData);
        }
        self.actors.retain(|_, l| !l.is_default());
        self.milestones.retain(|_, l| l.delay != 0);
        if self.question == Question::FromToday {
            self.schedule = Schedule::Forecast;
        }
        self
    }

    /// Problems with this scenario against a roadmap, each with the path of its lever in a
    /// scenario file: unknown ids, values out of range, and levers that the question does not
    /// offer. An empty list means the engine can run it as it is.
    pub fn problems(&self, roadmap: &Roadmap) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        if self.question == Question::FromToday && self.schedule == Schedule::Plan {
            out.push(("schedule".to_string(), Problem::PlanNeedsSince2021));
        }
        for (id, l) in &self.actors {
            if roadmap.actor(id).is_none() {
                out.push((format!("actors.{id}"), Problem::NoSuchActor));
                continue;
            }
            for sol in l.mandates.keys() {
                if roadmap.track_of(id, sol).is_none() {
                    out.push((
                        format!("actors.{id}.mandates.{sol}"),
                        Problem::NoTrackFor(sol.clone()),
                    ));
                }
            }
        }
        let lever_problems = |per_actor: bool| {
            Lever::changed_in(self)
                .into_iter()
                .filter(move |lever| lever.kind().per_actor() == per_actor)
                .filter(|lever| match lever {
                    Lever::Mandate(a, sol) => roadmap.track_of(a, sol).is_some(),
                    Lever::MilestoneDelay(m) => roadmap.milestone_index(m).is_some(),
                    other => roadmap.actor(other.target()).is_some(),
                })
                .filter_map(|lever| {
                    lever_problem(&lever, self, roadmap).map(|p| (lever_path(&lever), p))
                })
        };
        out.extend(lever_problems(true));
        for id in self.milestones.keys() {
            if roadmap.milestone_index(id).is_none() {
                out.push((format!("milestones.{id}"), Problem::NoSuchMilestone));
            }
        }
        out.extend(lever_problems(false));
        out
    }
}

/// Where a lever stands in a scenario file.
pub fn lever_path(lever: &Lever) -> String {
    match lever {
        Lever::Speed(a) => format!("actors.{a}.speed"),
        Lever::Delay(a) => format!("actors.{a}.delay"),
        Lever::Ceiling(a) => format!("actors.{a}.ceiling"),
        Lever::Mandate(a, sol) => format!("actors.{a}.mandates.{sol}"),
        Lever::MilestoneDelay(m) => format!("milestones.{m}.delay"),
    }
}

fn lever_problem(lever: &Lever, s: &Scenario, roadmap: &Roadmap) -> Option<Problem> {
    let spec = lever.kind().spec();
    let meta = &roadmap.meta;
    if let Err(why) = lever.offered(roadmap, s.question) {
        return Some(Problem::NotOffered(why));
    }
    match lever.mandate(s) {
        MandateLever::At(m) if lever.kind() == LeverKind::Mandate => {
            let first = match s.question {
                Question::FromToday => meta.data_date.plus(1),
                Question::Since2021 => meta.start,
            };
            return (m < first || m > meta.end).then_some(Problem::MandateOutside {
                month: m,
                first,
                end: meta.end,
            });
        }
        _ => {}
    }
    if lever.kind() == LeverKind::Mandate {
        return None;
    }
    let v = lever.value(s);
    (!(v.is_finite() && v >= spec.min && v <= spec.max)).then_some(match spec.unit {
        Unit::Months => Problem::MonthsMoreThan {
            value: v,
            max: spec.max,
        },
        _ => Problem::LeverOutside {
            value: v,
            min: spec.min,
            max: spec.max,
        },
    })
}

/// The current format of scenario files; a file without `version` is read as version 1.
pub const SCENARIO_FILE_VERSION: u32 = 2;

/// How a scenario file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScenarioFormat {
    Toml,
    Json,
}

/// A scenario file as written: the format version, then the scenario.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Serialize)]
struct ScenarioFile<'a> {
    version: u32,
    #[serde(flatten)]
    scenario: &'a Scenario,
}

/// A scenario as a JSON file, for the command line's users; [`parse_scenario`] and
/// `veikart run --scenario` read it. The app writes [`scenario_toml`].
#[cfg(not(target_arch = "wasm32"))]
pub fn scenario_json(scenario: &Scenario) -> String {
    let scenario = scenario.clone().normalised();
    serde_json::to_string_pretty(&ScenarioFile {
        version: SCENARIO_FILE_VERSION,
        scenario: &scenario,
    })
    .expect("a scenario holds only strings and numbers")
}

/// A scenario as a TOML file (the format of a preset's `scenario` in a roadmap, with its
/// `version`), as the app exports it and [`parse_scenario`] and `veikart run --scenario` read it.
pub fn scenario_toml(scenario: &Scenario) -> String {
    let s = scenario.clone().normalised();
    let question = match s.question {
        Question::FromToday => "from_today",
        Question::Since2021 => "since_2021",
    };
    let schedule = match s.schedule {
        Schedule::Forecast => "forecast",
        Schedule::Plan => "plan",
    };
    let mut out = format!(
        "version = {SCENARIO_FILE_VERSION}\nquestion = \"{question}\"\nschedule = \"{schedule}\"\n"
    );
    for (id, levers) in &s.actors {
        let id = toml_key(id);
        out += &format!(
            "\n[actors.{id}]\nspeed = {}\ndelay = {}\nceiling = {}\n",
            toml_float(levers.speed),
            levers.delay,
            toml_float(levers.ceiling)
        );
        if !levers.mandates.is_empty() {
            out += &format!("\n[actors.{id}.mandates]\n");
            for (solution, mandate) in &levers.mandates {
                let mandate = match mandate {
                    MandateLever::AsData => "data".to_string(),
                    MandateLever::Off => "off".to_string(),
                    MandateLever::At(m) => m.to_string(),
                };
                out += &format!("{} = \"{mandate}\"\n", toml_key(solution));
            }
        }
    }
    for (id, levers) in &s.milestones {
        out += &format!(
            "\n[milestones.{}]\ndelay = {}\n",
            toml_key(id),
            levers.delay
        );
    }
    out
}

/// A key bare where TOML allows it, else quoted.
fn toml_key(key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        return key.to_string();
    }
    let mut out = String::from("\"");
    for c in key.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number TOML reads back as the same float.
fn toml_float(x: f64) -> String {
    if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        format!("{x:?}")
    }
}

impl Read for Question {
    fn read(v: &DeValue, at: &Path) -> de::Result<Self> {
        variant(
            v,
            at,
            &[
                ("from_today", Question::FromToday),
                ("since_2021", Question::Since2021),
            ],
        )
    }
}

impl Read for Schedule {
    fn read(v: &DeValue, at: &Path) -> de::Result<Self> {
        variant(
            v,
            at,
            &[("forecast", Schedule::Forecast), ("plan", Schedule::Plan)],
        )
    }
}

impl Read for MandateLever {
    fn read(v: &DeValue, at: &Path) -> de::Result<Self> {
        match String::read(v, at)?.as_str() {
            "data" => Ok(MandateLever::AsData),
            "off" => Ok(MandateLever::Off),
            other => other
                .parse()
                .map(MandateLever::At)
                .map_err(|_: String| de::problem(at, Problem::NotAMandate(other.to_string()))),
        }
    }
}

impl Read for ActorLevers {
    fn read(v: &DeValue, at: &Path) -> de::Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::ActorLevers,
            &["speed", "delay", "ceiling", "mandates"],
        )?;
        let d = ActorLevers::default();
        Ok(ActorLevers {
            speed: f.opt("speed")?.unwrap_or(d.speed),
            delay: f.opt("delay")?.unwrap_or(d.delay),
            ceiling: f.opt("ceiling")?.unwrap_or(d.ceiling),
            mandates: f.or_default("mandates")?,
        })
    }
}

impl Read for MilestoneLevers {
    fn read(v: &DeValue, at: &Path) -> de::Result<Self> {
        let f = Fields::open(v, at, Expected::MilestoneLevers, &["delay"])?;
        Ok(MilestoneLevers {
            delay: f.or_default("delay")?,
        })
    }
}

/// Reads a scenario as a preset's `scenario` table or a scenario file (without its `version`)
/// writes it; every lever may be left out.
pub(crate) fn read_scenario(v: &DeValue, at: &Path) -> de::Result<Scenario> {
    let f = Fields::open(
        v,
        at,
        Expected::Levers,
        &["question", "schedule", "actors", "milestones"],
    )?;
    Ok(Scenario {
        question: f.or_default("question")?,
        schedule: f.or_default("schedule")?,
        actors: f.or_default("actors")?,
        milestones: f.or_default("milestones")?,
    })
}

/// A key or string value in a table built here rather than parsed.
fn made<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

/// Lifts a version-1 scenario file to version 2: it answered the since-2021 question, and an
/// actor group's `mandate` was a duty on every solution the group adopts.
fn lift_v1(table: &mut DeTable<'_>, roadmap: &Roadmap) {
    if table.get("question").is_none() {
        table.insert(
            made(Cow::Borrowed("question")),
            made(DeValue::String(Cow::Borrowed("since_2021"))),
        );
    }
    let Some(DeValue::Table(actors)) = table.get_mut("actors").map(Spanned::get_mut) else {
        return;
    };
    for (id, levers) in actors.iter_mut() {
        let DeValue::Table(levers) = levers.get_mut() else {
            continue;
        };
        if let Some(mandate) = levers.remove("mandate") {
            let id: &str = id.get_ref();
            let mut mandates = DeTable::new();
            for t in roadmap.tracks.iter().filter(|t| t.actor == id) {
                mandates.insert(made(Cow::Owned(t.solution.clone())), mandate.clone());
            }
            levers.insert(
                made(Cow::Borrowed("mandates")),
                made(DeValue::Table(mandates)),
            );
        }
    }
}

/// A JSON scenario file as the same table in TOML, so one reader checks both (the command line
/// only: the app reads TOML).
#[cfg(not(target_arch = "wasm32"))]
fn json_as_toml(name: &str, text: &str) -> Result<String, DataErrors> {
    use serde_json::Value;
    fn inline(v: &Value, out: &mut String) -> Result<(), Problem> {
        match v {
            Value::Null => return Err(Problem::NullInJson),
            Value::Bool(b) => out.push_str(&b.to_string()),
            Value::Number(n) => out.push_str(&n.to_string()),
            Value::String(s) => out.push_str(&toml_string(s)),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    inline(item, out)?;
                }
                out.push(']');
            }
            Value::Object(table) => {
                out.push('{');
                for (i, (k, item)) in table.iter().enumerate() {
                    out.push_str(if i > 0 { ", " } else { " " });
                    out.push_str(&toml_string(k));
                    out.push_str(" = ");
                    inline(item, out)?;
                }
                out.push_str(" }");
            }
        }
        Ok(())
    }
    // JSON's string escapes are all valid in a TOML basic string.
    fn toml_string(s: &str) -> String {
        serde_json::to_string(s).unwrap_or_default()
    }
    let refused = |field: &str, problem| DataErrors(vec![DataError::in_file(name, field, problem)]);
    let value: Value = serde_json::from_str(text).map_err(|e| {
        refused(
            "",
            Problem::NotJson {
                detail: e.to_string(),
                line: e.line(),
                column: e.column(),
            },
        )
    })?;
    let Value::Object(table) = value else {
        return Err(refused("", Problem::NotLevers));
    };
    let mut out = String::new();
    for (k, v) in &table {
        out.push_str(&toml_string(k));
        out.push_str(" = ");
        inline(v, &mut out).map_err(|p| refused(k, p))?;
        out.push('\n');
    }
    Ok(out)
}

/// Reads a scenario file (as the presets in a roadmap are written, with a `version`) and checks
/// it against the roadmap. Every problem names the file and the lever (its field).
/// The app reads TOML only; the command line reads JSON too.
pub fn parse_scenario(
    name: &str,
    text: &str,
    format: ScenarioFormat,
    roadmap: &Roadmap,
) -> Result<Scenario, DataErrors> {
    let refused = |field: &str, problem| DataErrors(vec![DataError::in_file(name, field, problem)]);
    let text: Cow<str> = match format {
        ScenarioFormat::Toml => Cow::Borrowed(text),
        #[cfg(not(target_arch = "wasm32"))]
        ScenarioFormat::Json => Cow::Owned(json_as_toml(name, text)?),
        #[cfg(target_arch = "wasm32")]
        ScenarioFormat::Json => return Err(refused("", Problem::JsonInApp)),
    };
    let mut table = DeTable::parse(&text)
        .map_err(|e| {
            let (entity, problem) = crate::model::toml_error(&text, &e);
            DataErrors(vec![DataError {
                file: name.to_string(),
                entity,
                field: String::new(),
                problem,
            }])
        })?
        .into_inner();
    let version = match table.remove("version").map(Spanned::into_inner) {
        None => 1,
        Some(v) => match de::integer(&v) {
            Some(n) if (1..=i64::from(SCENARIO_FILE_VERSION)).contains(&n) => n as u32,
            _ => {
                let shown = match &v {
                    DeValue::Integer(n) => de::integer(&v).map_or(n.to_string(), |n| n.to_string()),
                    DeValue::Float(x) => x.as_str().to_string(),
                    DeValue::String(s) => format!("{s:?}"),
                    DeValue::Boolean(b) => b.to_string(),
                    _ => {
                        let at = Path::Key(&Path::Root, "version");
                        let misread = de::invalid_type(&v, &at, Expected::WholeNumber);
                        return Err(refused("version", misread.problem));
                    }
                };
                return Err(refused("version", Problem::ScenarioVersion(shown)));
            }
        },
    };
    if version == 1 {
        lift_v1(&mut table, roadmap);
    }
    let scenario = read_scenario(&DeValue::Table(table), &Path::Root)
        .map_err(|m| refused(&m.path, m.problem))?;
    let problems = scenario.problems(roadmap);
    if problems.is_empty() {
        Ok(scenario.normalised())
    } else {
        Err(DataErrors(
            problems
                .into_iter()
                .map(|(path, problem)| DataError::in_file(name, &path, problem))
                .collect(),
        ))
    }
}
