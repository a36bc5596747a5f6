//! The roadmap as data: the types a roadmap file deserialises into, and the validated [`Roadmap`].
//!
//! Every number and date in a roadmap file is a [`Sourced`] value: it carries either a source id
//! (resolved against the file's `[sources]` table) or an assumption with a one-line reason. The type
//! system, not a convention, keeps the data honest.

pub(crate) mod de;
mod graph;
pub(crate) mod id_map;
mod load;
mod packed;
pub mod problem;

use std::fmt;

use litemap::LiteMap;
use serde::{Deserialize, Serialize};

pub use graph::{DepGraph, Node};
pub(crate) use load::toml_error;
pub use load::{
    load_roadmap, DataError, DataErrors, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_ID,
    DEFAULT_ROADMAP_TOML,
};
pub use packed::{
    pack_roadmap, unpack_roadmap, without_notes, DEFAULT_ROADMAP_FIRST, DEFAULT_ROADMAP_PACKED,
};

/// A calendar month, counted as `year * 12 + (month - 1)`. Written `"YYYY-MM"` in files and output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i32);

impl Month {
    pub fn new(year: i32, month: u32) -> Month {
        Month(year * 12 + month as i32 - 1)
    }
    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }
    /// 1..=12
    pub fn month(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }
    pub fn plus(self, months: i32) -> Month {
        Month(self.0 + months)
    }
    /// Whole months from `earlier` to `self` (negative when `self` is earlier).
    pub fn since(self, earlier: Month) -> i32 {
        self.0 - earlier.0
    }
    /// The month as a decimal year at its start, for plotting (2024-07 → 2024.5).
    pub fn as_year_fraction(self) -> f64 {
        self.0 as f64 / 12.0
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl std::str::FromStr for Month {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("'{s}' is not a month: write it as YYYY-MM, e.g. 2024-07");
        let (y, m) = s.split_once('-').ok_or_else(bad)?;
        // Digits only: `parse` alone would accept "+021" or "+1".
        let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if y.len() != 4 || m.len() != 2 || !digits(y) || !digits(m) {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month::new(year, month))
    }
}

// Roadmap files are read by hand (`de.rs`); the serde derives carry a validated roadmap between
// the builds and threads of this program (`packed.rs`) and into JSON for the command line.
impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Where a value comes from: source ids from the `[sources]` table, or an assumption with its reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Provenance {
    Sourced {
        src: OneOrMany,
    },
    /// The reason, in the three languages; a plain string in the file means the same text in all.
    Assumed {
        assume: Text,
    },
}

/// One source id or a list of them; deserialised in `de.rs` so a wrong type names the fix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn ids(&self) -> &[String] {
        match self {
            OneOrMany::One(s) => std::slice::from_ref(s),
            OneOrMany::Many(v) => v,
        }
    }
}

/// A value with its provenance, written `{ v = 356, src = "S110" }` or
/// `{ v = 0.5, assume = "why this value" }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub v: T,
    pub provenance: Provenance,
}

/// A name or description in the three languages the UI speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Text {
    pub nb: String,
    pub nn: String,
    pub en: String,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The same text in all three languages, as a plain string in a user's file means.
impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text {
            nb: s.into(),
            nn: s.into(),
            en: s.into(),
        }
    }
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub id: String,
    /// The data version a share link records, so a link made on other data says so.
    pub version: String,
    pub title: Text,
    /// First and last simulated month (inclusive).
    pub start: Month,
    pub end: Month,
    /// The month the statuses and "actual" dates were read.
    pub data_date: Month,
    /// Real discount rate per year for present values.
    pub discount_rate: Sourced<f64>,
    /// Present values are discounted to the start of this month.
    pub discount_base: Month,
    /// Steepness of the critical-mass sigmoid h(x) in every benefit.
    pub critical_mass_steepness: Sourced<f64>,
    /// Months over which a mandate pulls a track to its ceiling.
    pub mandate_ramp_months: Sourced<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    /// The document's own title as published, in its own language (usually Norwegian).
    pub title: String,
    /// Our description: what the source says or is used for, in the three languages. Optional, as
    /// a title alone can be enough in a user's own file; the default roadmap has one for every
    /// source (tests/languages.rs).
    pub about: Option<Text>,
}

impl Source {
    /// "S13: <title> – <about>", the description in `lang`; the title alone where there is none.
    pub fn line(&self, id: &str, lang: Lang) -> String {
        match &self.about {
            Some(about) => format!("{id}: {} – {}", self.title, about.get(lang)),
            None => format!("{id}: {}", self.title),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: Text,
    pub unit: Text,
    pub units: Sourced<f64>,
    /// Short, stable lever id for share links (`a1`, `a2`, …). Never reused.
    pub key: String,
    /// Lever group shown in the UI: care providers or vendors.
    pub vendor: bool,
    /// Whether a legal duty to adopt can be set for the group (vendors never).
    pub duty: bool,
}

impl Actor {
    /// Whether the mandate lever is offered for this group's tracks.
    pub fn can_have_duty(&self) -> bool {
        self.duty && !self.vendor
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Solution {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// One of the seven pillars (bærebjelker), or the id of the pillar a measure builds on.
    pub pillar: bool,
    pub builds_on: Vec<String>,
    pub src: OneOrMany,
}

/// A condition that must hold before a track opens or a milestone is reached.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// Another milestone reached, plus a lag in months.
    Milestone {
        milestone: String,
        lag: Option<Sourced<f64>>,
    },
    /// Another track's adoption at or above a share of its actor group.
    Track { track: String, share: Sourced<f64> },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bass {
    /// Innovation coefficient per year.
    pub p: Sourced<f64>,
    /// Imitation coefficient per year.
    pub q: Sourced<f64>,
}

/// A known adoption level at a date, for plan-vs-reality markers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub date: Month,
    pub share: f64,
    pub src: OneOrMany,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Track {
    pub id: String,
    pub actor: String,
    pub solution: String,
    /// Share of the actor group that had adopted at the horizon's start.
    pub initial: Sourced<f64>,
    /// Share of the actor group that will adopt at most.
    pub ceiling: Sourced<f64>,
    pub bass: Bass,
    /// Adoption cannot begin before this month.
    pub earliest: Option<Sourced<Month>>,
    pub requires: Vec<Condition>,
    /// A vendor-readiness track that caps this track: adoption ≤ ceiling × vendor share.
    pub vendor: Option<String>,
    /// Earlier steps of the same organisations: adoption never exceeds any of these tracks'
    /// shares (a kommune cannot use PLL before its own EPJ has SFM). A cap has no cliff, where a
    /// share threshold would.
    pub within: Vec<String>,
    /// Adoption reaches the ceiling by this month (legal duty).
    pub mandate: Option<Sourced<Month>>,
    /// The range of Bass p for Monte Carlo, where the data gives one (else the spread rule of
    /// [`Uncertainty`] applies).
    pub p_range: Option<Range>,
    /// The range of Bass q, likewise.
    pub q_range: Option<Range>,
    pub observed: Vec<Observation>,
    /// A published plan's targets for this track: the share it aims for by a month. Plans, not
    /// observations: drawn beside the forecast, never fitted.
    pub targets: Vec<Observation>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rag {
    Green,
    Yellow,
    Red,
}

/// Three-point estimate of a milestone's own slip in months (for Monte Carlo).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Slip {
    pub low: f64,
    pub mode: f64,
    pub high: f64,
    pub provenance: Provenance,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: String,
    /// Short, stable lever id for share links (`m1`, `m2`, …). Never reused.
    pub key: String,
    pub name: Text,
    pub solution: String,
    /// The date in the roadmap as published in 2021.
    pub plan: Sourced<Month>,
    /// The latest re-planned date, where one is known.
    pub replan: Option<Sourced<Month>>,
    /// The actual date, where it has happened.
    pub actual: Option<Sourced<Month>>,
    pub requires: Vec<Condition>,
    pub slip: Slip,
    pub status: Option<Sourced<Rag>>,
    /// Whether the milestone's own date is a floor (a forskrift, a go-live that happened) or a
    /// published forecast that moves with its conditions. Without it: decided when it has an
    /// actual date, else forecast.
    pub date_kind: Option<Sourced<DateKind>>,
    /// One of the dates decision-makers ask about first: the opening screen lists it.
    pub headline: bool,
}

/// What a milestone's own date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// A floor: a legal date, or a go-live that happened.
    Decided,
    /// A published plan: it moves as much as its latest condition moves, in both directions.
    Forecast,
}

impl Milestone {
    /// The date the baseline forecast starts from: what happened, else the latest plan, else the plan.
    pub fn expected(&self) -> Month {
        self.actual
            .as_ref()
            .or(self.replan.as_ref())
            .unwrap_or(&self.plan)
            .v
    }

    pub fn date_kind(&self) -> DateKind {
        match &self.date_kind {
            Some(k) => k.v,
            None if self.actual.is_some() => DateKind::Decided,
            None => DateKind::Forecast,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Weighted {
    pub track: String,
    pub weight: Sourced<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Benefit {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// Value per year at full realisation, in million NOK.
    pub annual_mnok: Sourced<f64>,
    /// Milestones that must be reached before any value is realised.
    pub gates: Vec<String>,
    /// The groups that realise the value, each with its share of it. Each realiser's exchange
    /// needs itself and every counterpart.
    pub realisers: Vec<Weighted>,
    /// The other sides of the exchange, all of them needed: none stands in for another.
    pub counterparts: Vec<String>,
    /// How the needed sides combine into the share of exchanges that can happen.
    pub combine: Sourced<Combine>,
    /// The share of exchanges that can happen at which h(x) = ½ of its span (the tipping point).
    pub critical_mass: Sourced<f64>,
    /// For a benefit that follows use rather than adoption: how much the service is used.
    pub use_share: Option<UseShare>,
    /// The range of `annual_mnok` for Monte Carlo, where the data gives one.
    pub annual_range: Option<Range>,
    /// The range of `critical_mass`, where the data gives one.
    pub critical_mass_range: Option<Range>,
}

/// A three-point range: the least, the most likely and the most a value can be.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Triangle {
    pub low: f64,
    pub mode: f64,
    pub high: f64,
}

impl Triangle {
    /// A range of zero width at `v`.
    pub fn point(v: f64) -> Triangle {
        Triangle {
            low: v,
            mode: v,
            high: v,
        }
    }

    /// The value below which a share `u` (0–1) of the triangular distribution lies.
    pub fn quantile(&self, u: f64) -> f64 {
        let Triangle { low, mode, high } = *self;
        let width = high - low;
        if width <= 0.0 {
            return mode;
        }
        let turn = (mode - low) / width;
        if u < turn {
            low + (u * width * (mode - low)).sqrt()
        } else {
            high - ((1.0 - u) * width * (high - mode)).sqrt()
        }
    }
}

/// The range an uncertain value can take, `{ low = …, high = …, src | assume }`; the value itself
/// is the most likely point of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
    pub provenance: Provenance,
}

/// How uncertain the values without a range of their own are, and which inputs move together
/// (the roadmap file's optional `[uncertainty]`; without it every such value is a point).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Uncertainty {
    /// ± this share of a sourced Bass p, q or benefit value.
    pub spread_sourced: Option<Sourced<f64>>,
    /// ± this share of an assumed one: wider, as thin evidence should show.
    pub spread_assumed: Option<Sourced<f64>>,
    /// ± this many points of share around a sourced critical mass.
    pub critical_mass_sourced: Option<Sourced<f64>>,
    /// ± around an assumed critical mass.
    pub critical_mass_assumed: Option<Sourced<f64>>,
    /// Actor groups whose tracks' diffusion is drawn together.
    pub groups: Vec<CorrelationGroup>,
}

/// Tracks of these actor groups are fast or slow together: each draw shares a factor with
/// correlation `correlation` (a Gaussian copula).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorrelationGroup {
    pub id: String,
    pub actors: Vec<String>,
    pub correlation: Sourced<f64>,
}

impl Uncertainty {
    /// The range of a Bass coefficient or benefit value: the data's own range, else ± the
    /// spread its provenance earns, never below zero.
    pub fn relative(&self, v: &Sourced<f64>, range: Option<&Range>) -> Triangle {
        let spread = earned(v, &self.spread_sourced, &self.spread_assumed);
        around(v.v, range, spread * v.v.abs(), (0.0, f64::INFINITY))
    }

    /// The range of a critical mass: the data's own, else ± the points its provenance earns,
    /// within 0–1.
    pub fn critical_mass(&self, v: &Sourced<f64>, range: Option<&Range>) -> Triangle {
        let spread = earned(v, &self.critical_mass_sourced, &self.critical_mass_assumed);
        around(v.v, range, spread, (0.0, 1.0))
    }
}

/// The spread a value's provenance earns (0 where the data gives none).
fn earned(v: &Sourced<f64>, sourced: &Option<Sourced<f64>>, assumed: &Option<Sourced<f64>>) -> f64 {
    let spread = match v.provenance {
        Provenance::Sourced { .. } => sourced,
        Provenance::Assumed { .. } => assumed,
    };
    spread.as_ref().map_or(0.0, |s| s.v)
}

/// A triangle with its mode at `v`: the data's own range, else ± `half` within `bounds`.
fn around(v: f64, range: Option<&Range>, half: f64, bounds: (f64, f64)) -> Triangle {
    match range {
        Some(r) => Triangle {
            low: r.low,
            mode: v,
            high: r.high,
        },
        None => Triangle {
            low: (v - half).max(bounds.0),
            mode: v,
            high: (v + half).min(bounds.1),
        },
    }
}

/// How much a service is used, observed over time (a curve that can fall, unlike adoption).
/// The benefit's value scales with use ÷ `reference`, the use its annual value assumes: linear
/// between the points, held before the first and after the last.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UseShare {
    pub reference: Sourced<f64>,
    pub points: Vec<Observation>,
}

impl UseShare {
    /// Use ÷ reference in month `m`.
    pub fn factor(&self, m: Month) -> f64 {
        let share = match self.points.iter().position(|p| p.date > m) {
            None => self.points.last().map_or(self.reference.v, |p| p.share),
            Some(0) => self.points[0].share,
            Some(i) => {
                let (a, b) = (&self.points[i - 1], &self.points[i]);
                let f = m.since(a.date) as f64 / b.date.since(a.date) as f64;
                a.share + (b.share - a.share) * f
            }
        };
        share / self.reference.v
    }
}

/// How the sides an exchange needs combine into the share of exchanges that can happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Combine {
    /// Sides pair at random (a GP's patients use pharmacies all over): the product of the shares.
    Product,
    /// Sides start together area by area: the smallest share.
    Minimum,
}

impl Combine {
    /// The share of exchanges that can happen, from each needed side's share; one side at zero
    /// gives zero.
    pub fn joint(self, shares: impl Iterator<Item = f64>) -> f64 {
        match self {
            Combine::Product => shares.product(),
            Combine::Minimum => shares.fold(1.0, f64::min),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Preset {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// A scenario in the same form as a scenario file.
    pub scenario: crate::scenario::Scenario,
}

/// A validated roadmap. Construct it with [`load_roadmap`]; every reference in it resolves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Roadmap {
    pub meta: Meta,
    #[serde(with = "id_map")]
    pub sources: LiteMap<String, Source>,
    pub actors: Vec<Actor>,
    pub solutions: Vec<Solution>,
    pub tracks: Vec<Track>,
    pub milestones: Vec<Milestone>,
    pub benefits: Vec<Benefit>,
    pub presets: Vec<Preset>,
    /// Ranges and correlations for Monte Carlo.
    pub uncertainty: Uncertainty,
}

impl Roadmap {
    pub fn months(&self) -> usize {
        (self.meta.end.since(self.meta.start) + 1) as usize
    }
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
    pub fn actor_index(&self, id: &str) -> Option<usize> {
        self.actors.iter().position(|a| a.id == id)
    }
    pub fn track_index(&self, id: &str) -> Option<usize> {
        self.tracks.iter().position(|t| t.id == id)
    }
    pub fn milestone_index(&self, id: &str) -> Option<usize> {
        self.milestones.iter().position(|m| m.id == id)
    }
    pub fn solution(&self, id: &str) -> Option<&Solution> {
        self.solutions.iter().find(|s| s.id == id)
    }
    /// The track of an actor group for a solution.
    pub fn track_of(&self, actor: &str, solution: &str) -> Option<&Track> {
        self.tracks
            .iter()
            .find(|t| t.actor == actor && t.solution == solution)
    }
    /// The month index of the data date from the horizon's start.
    pub fn data_month(&self) -> i32 {
        self.meta.data_date.since(self.meta.start)
    }
}
