//! Reading a parsed TOML document (`toml::de::DeValue`) into the roadmap's types, by hand.
//!
//! Every problem names the path of the field inside the entity being read (`requires[0].lag`,
//! `units.v`) and what to write, as data ([`Problem`]); in English it reads as serde would word it
//! ("invalid type: string "5224", expected a number", "missing field `units`", "unknown field
//! `celing`, expected one of …"). Reading by hand instead of through serde's derived
//! deserialisers keeps the reader small: one short function per type instead of a generic visitor
//! per type and deserialiser.

use std::fmt;

use litemap::LiteMap;
use toml::de::{DeTable, DeValue};

use super::problem::{Expected, Found, Problem};
use super::{
    Actor, Bass, Benefit, Combine, Condition, CorrelationGroup, DateKind, Meta, Milestone, Month,
    Observation, OneOrMany, Preset, Provenance, Rag, Range, Slip, Solution, Source, Sourced, Text,
    Track, Uncertainty, UseShare, Weighted,
};

/// Where a value sits inside the entity being read. Spelled out only when something is wrong.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// A value that could not be read: the field path inside the entity (empty for the entity
/// itself) and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Misread {
    pub path: String,
    pub problem: Problem,
}

pub type Result<T> = std::result::Result<T, Misread>;

pub fn problem(at: &Path, problem: Problem) -> Misread {
    Misread {
        path: at.to_string(),
        problem,
    }
}

/// What a value is, as a message names it.
fn unexpected(v: &DeValue) -> Found {
    match v {
        DeValue::String(s) => Found::String(format!("{s:?}")),
        DeValue::Integer(i) => Found::Integer(match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => n.to_string(),
            Err(_) => i.to_string(),
        }),
        DeValue::Float(x) => Found::Float(x.as_str().to_string()),
        DeValue::Boolean(b) => Found::Boolean(*b),
        DeValue::Datetime(d) => Found::Datetime(d.to_string()),
        DeValue::Array(_) => Found::Array,
        DeValue::Table(_) => Found::Table,
    }
}

pub fn invalid_type(v: &DeValue, at: &Path, expected: Expected) -> Misread {
    problem(
        at,
        Problem::InvalidType {
            found: unexpected(v),
            expected,
        },
    )
}

/// A type that can be read from a TOML value found at `at`.
pub trait Read: Sized {
    fn read(v: &DeValue, at: &Path) -> Result<Self>;
}

impl Read for String {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        match v {
            DeValue::String(s) => Ok(s.to_string()),
            _ => Err(invalid_type(v, at, Expected::String)),
        }
    }
}

impl Read for bool {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        match v {
            DeValue::Boolean(b) => Ok(*b),
            _ => Err(invalid_type(v, at, Expected::Boolean)),
        }
    }
}

/// An integer as written, in any radix TOML allows.
pub fn integer(v: &DeValue) -> Option<i64> {
    match v {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
        _ => None,
    }
}

impl Read for f64 {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        match v {
            DeValue::Float(x) => x
                .as_str()
                .parse()
                .map_err(|_| invalid_type(v, at, Expected::Number)),
            _ => integer(v)
                .map(|n| n as f64)
                .ok_or_else(|| invalid_type(v, at, Expected::Number)),
        }
    }
}

impl Read for u32 {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let n = integer(v).ok_or_else(|| invalid_type(v, at, Expected::WholeNumber))?;
        u32::try_from(n).map_err(|_| problem(at, Problem::Negative(n)))
    }
}

impl Read for Month {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        match v {
            DeValue::String(s) => s
                .parse()
                .map_err(|_: String| problem(at, Problem::NotAMonth(s.to_string()))),
            _ => Err(invalid_type(v, at, Expected::Month)),
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        match v {
            DeValue::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| T::read(item.get_ref(), &Path::Index(at, i)))
                .collect(),
            _ => Err(invalid_type(v, at, Expected::Array)),
        }
    }
}

impl<T: Read> Read for LiteMap<String, T> {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        match v {
            DeValue::Table(table) => {
                // Inserted one by one: collecting into a map sorts, and each sort instantiated
                // for another type costs the app some 4 KB.
                let mut map = LiteMap::new();
                for (k, item) in table.iter() {
                    let k: &str = k.get_ref();
                    map.insert(k.to_string(), T::read(item.get_ref(), &Path::Key(at, k))?);
                }
                Ok(map)
            }
            _ => Err(invalid_type(v, at, Expected::Table)),
        }
    }
}

/// A string that names one of `variants`.
pub fn variant<T: Copy>(v: &DeValue, at: &Path, variants: &[(&'static str, T)]) -> Result<T> {
    let names = || variants.iter().map(|(n, _)| *n).collect();
    let DeValue::String(s) = v else {
        return Err(invalid_type(v, at, Expected::OneOf(names())));
    };
    variants
        .iter()
        .find(|(n, _)| *n == s.as_ref())
        .map(|(_, t)| *t)
        .ok_or_else(|| {
            problem(
                at,
                Problem::UnknownVariant {
                    found: s.to_string(),
                    expected: names(),
                },
            )
        })
}

/// The fields of a table read as one struct: only `keys` are allowed.
pub struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    at: &'a Path<'a>,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// `v` as a table with no key outside `keys`; `expecting` says what to write instead.
    pub fn open(
        v: &'a DeValue<'i>,
        at: &'a Path<'a>,
        expecting: Expected,
        keys: &'static [&'static str],
    ) -> Result<Self> {
        let DeValue::Table(table) = v else {
            return Err(invalid_type(v, at, expecting));
        };
        for (k, _) in table.iter() {
            let k: &str = k.get_ref();
            if !keys.contains(&k) {
                return Err(problem(
                    &Path::Key(at, k),
                    Problem::UnknownField {
                        found: k.to_string(),
                        expected: keys,
                    },
                ));
            }
        }
        Ok(Fields { table, at })
    }

    pub fn get(&self, key: &str) -> Option<&'a DeValue<'i>> {
        self.table.get(key).map(|v| v.get_ref())
    }

    /// A field that must be there, read with `read`.
    pub fn req_with<T>(&self, key: &str, read: impl Fn(&DeValue, &Path) -> Result<T>) -> Result<T> {
        read(self.value(key)?, &Path::Key(self.at, key))
    }

    /// The value of a field that must be there; apart from `req_with`, so the message is written
    /// once, not once per type read.
    fn value(&self, key: &str) -> Result<&'a DeValue<'i>> {
        self.get(key)
            .ok_or_else(|| problem(&Path::Key(self.at, key), Problem::MissingField(key.into())))
    }

    pub fn req<T: Read>(&self, key: &str) -> Result<T> {
        self.req_with(key, T::read)
    }

    /// A field that may be left out.
    pub fn opt_with<T>(
        &self,
        key: &str,
        read: impl Fn(&DeValue, &Path) -> Result<T>,
    ) -> Result<Option<T>> {
        self.get(key)
            .map(|v| read(v, &Path::Key(self.at, key)))
            .transpose()
    }

    pub fn opt<T: Read>(&self, key: &str) -> Result<Option<T>> {
        self.opt_with(key, T::read)
    }

    /// A field that may be left out, `T::default()` then.
    pub fn or_default<T: Read + Default>(&self, key: &str) -> Result<T> {
        Ok(self.opt(key)?.unwrap_or_default())
    }

    /// `src = …` or `assume = "…"`, exactly one of them.
    fn provenance(&self) -> Result<Provenance> {
        match (self.opt("src")?, self.opt_with("assume", note)?) {
            (Some(src), None) => Ok(Provenance::Sourced { src }),
            (None, Some(assume)) => Ok(Provenance::Assumed { assume }),
            (None, None) => Err(problem(self.at, Problem::NoProvenance)),
            (Some(_), Some(_)) => Err(problem(self.at, Problem::BothProvenance)),
        }
    }
}

impl Read for OneOrMany {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        match v {
            DeValue::String(s) => Ok(OneOrMany::One(s.to_string())),
            DeValue::Array(_) => Ok(OneOrMany::Many(Vec::read(v, at)?)),
            _ => Err(invalid_type(v, at, Expected::SourceIds)),
        }
    }
}

impl<T: Read> Read for Sourced<T> {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(v, at, Expected::Sourced, &["v", "src", "assume"])?;
        let v = f.req("v")?;
        Ok(Sourced {
            v,
            provenance: f.provenance()?,
        })
    }
}

impl Read for Slip {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Slip,
            &["low", "mode", "high", "src", "assume"],
        )?;
        Ok(Slip {
            low: f.req("low")?,
            mode: f.req("mode")?,
            high: f.req("high")?,
            provenance: f.provenance()?,
        })
    }
}

impl Read for Range {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(v, at, Expected::Range, &["low", "high", "src", "assume"])?;
        Ok(Range {
            low: f.req("low")?,
            high: f.req("high")?,
            provenance: f.provenance()?,
        })
    }
}

impl Read for CorrelationGroup {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::CorrelationGroup,
            &["id", "actors", "correlation"],
        )?;
        Ok(CorrelationGroup {
            id: f.req("id")?,
            actors: f.req("actors")?,
            correlation: f.req("correlation")?,
        })
    }
}

impl Read for Uncertainty {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Section("[uncertainty]"),
            &[
                "spread_sourced",
                "spread_assumed",
                "critical_mass_sourced",
                "critical_mass_assumed",
                "groups",
            ],
        )?;
        Ok(Uncertainty {
            spread_sourced: f.opt("spread_sourced")?,
            spread_assumed: f.opt("spread_assumed")?,
            critical_mass_sourced: f.opt("critical_mass_sourced")?,
            critical_mass_assumed: f.opt("critical_mass_assumed")?,
            groups: f.or_default("groups")?,
        })
    }
}

impl Read for Condition {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Condition,
            &["milestone", "lag", "track", "share"],
        )?;
        let milestone: Option<String> = f.opt("milestone")?;
        let lag: Option<Sourced<f64>> = f.opt("lag")?;
        let track: Option<String> = f.opt("track")?;
        let share: Option<Sourced<f64>> = f.opt("share")?;
        match (milestone, lag, track, share) {
            (Some(milestone), lag, None, None) => Ok(Condition::Milestone { milestone, lag }),
            (None, None, Some(track), Some(share)) => Ok(Condition::Track { track, share }),
            (None, _, Some(_), None) => Err(problem(at, Problem::TrackConditionWithoutShare)),
            _ => Err(problem(at, Problem::ConditionEitherOr)),
        }
    }
}

impl Read for Text {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(v, at, Expected::Text, &["nb", "nn", "en"])?;
        Ok(Text {
            nb: f.req("nb")?,
            nn: f.req("nn")?,
            en: f.req("en")?,
        })
    }
}

/// A note: `{ nb = "…", nn = "…", en = "…" }`, or a plain string meaning the same text in all three
/// languages (as a user's own file may have it).
fn note(v: &DeValue, at: &Path) -> Result<Text> {
    match v {
        DeValue::String(s) => Ok(Text {
            nb: s.to_string(),
            nn: s.to_string(),
            en: s.to_string(),
        }),
        DeValue::Table(_) => Text::read(v, at),
        _ => Err(invalid_type(v, at, Expected::Note)),
    }
}

impl Read for Rag {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        variant(
            v,
            at,
            &[
                ("green", Rag::Green),
                ("yellow", Rag::Yellow),
                ("red", Rag::Red),
            ],
        )
    }
}

impl Read for DateKind {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        variant(
            v,
            at,
            &[
                ("decided", DateKind::Decided),
                ("forecast", DateKind::Forecast),
            ],
        )
    }
}

impl Read for Combine {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        variant(
            v,
            at,
            &[("product", Combine::Product), ("minimum", Combine::Minimum)],
        )
    }
}

impl Read for Meta {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Section("[meta]"),
            &[
                "id",
                "version",
                "title",
                "start",
                "end",
                "data_date",
                "discount_rate",
                "discount_base",
                "critical_mass_steepness",
                "mandate_ramp_months",
            ],
        )?;
        Ok(Meta {
            id: f.req("id")?,
            version: f.req("version")?,
            title: f.req("title")?,
            start: f.req("start")?,
            end: f.req("end")?,
            data_date: f.req("data_date")?,
            discount_rate: f.req("discount_rate")?,
            discount_base: f.req("discount_base")?,
            critical_mass_steepness: f.req("critical_mass_steepness")?,
            mandate_ramp_months: f.req("mandate_ramp_months")?,
        })
    }
}

impl Read for Source {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(v, at, Expected::Source, &["url", "title", "about"])?;
        Ok(Source {
            url: f.req("url")?,
            title: f.req("title")?,
            about: f.opt_with("about", note)?,
        })
    }
}

impl Read for Actor {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Section("[[actors]]"),
            &["id", "name", "unit", "units", "key", "vendor", "duty"],
        )?;
        Ok(Actor {
            id: f.req("id")?,
            name: f.req("name")?,
            unit: f.req("unit")?,
            units: f.req("units")?,
            key: f.req("key")?,
            vendor: f.or_default("vendor")?,
            duty: f.opt("duty")?.unwrap_or(true),
        })
    }
}

impl Read for Solution {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Section("[[solutions]]"),
            &["id", "name", "description", "pillar", "builds_on", "src"],
        )?;
        Ok(Solution {
            id: f.req("id")?,
            name: f.req("name")?,
            description: f.req("description")?,
            pillar: f.or_default("pillar")?,
            builds_on: f.or_default("builds_on")?,
            src: f.req("src")?,
        })
    }
}

impl Read for Bass {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(v, at, Expected::Bass, &["p", "q"])?;
        Ok(Bass {
            p: f.req("p")?,
            q: f.req("q")?,
        })
    }
}

impl Read for Observation {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(v, at, Expected::Observation, &["date", "share", "src"])?;
        Ok(Observation {
            date: f.req("date")?,
            share: f.req("share")?,
            src: f.req("src")?,
        })
    }
}

impl Read for UseShare {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(v, at, Expected::UseShare, &["reference", "points"])?;
        Ok(UseShare {
            reference: f.req("reference")?,
            points: f.req("points")?,
        })
    }
}

impl Read for Track {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Section("[[tracks]]"),
            &[
                "id", "actor", "solution", "initial", "ceiling", "bass", "earliest", "requires",
                "vendor", "within", "mandate", "p_range", "q_range", "observed", "targets",
            ],
        )?;
        Ok(Track {
            id: f.req("id")?,
            actor: f.req("actor")?,
            solution: f.req("solution")?,
            initial: f.req("initial")?,
            ceiling: f.req("ceiling")?,
            bass: f.req("bass")?,
            earliest: f.opt("earliest")?,
            requires: f.or_default("requires")?,
            vendor: f.opt("vendor")?,
            within: f.or_default("within")?,
            mandate: f.opt("mandate")?,
            p_range: f.opt("p_range")?,
            q_range: f.opt("q_range")?,
            observed: f.or_default("observed")?,
            targets: f.or_default("targets")?,
        })
    }
}

impl Read for Milestone {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Section("[[milestones]]"),
            &[
                "id",
                "key",
                "name",
                "solution",
                "plan",
                "replan",
                "actual",
                "requires",
                "slip",
                "status",
                "date_kind",
                "headline",
            ],
        )?;
        Ok(Milestone {
            id: f.req("id")?,
            key: f.req("key")?,
            name: f.req("name")?,
            solution: f.req("solution")?,
            plan: f.req("plan")?,
            replan: f.opt("replan")?,
            actual: f.opt("actual")?,
            requires: f.or_default("requires")?,
            slip: f.req("slip")?,
            status: f.opt("status")?,
            date_kind: f.opt("date_kind")?,
            headline: f.or_default("headline")?,
        })
    }
}

impl Read for Weighted {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(v, at, Expected::Weighted, &["track", "weight"])?;
        Ok(Weighted {
            track: f.req("track")?,
            weight: f.req("weight")?,
        })
    }
}

impl Read for Benefit {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Section("[[benefits]]"),
            &[
                "id",
                "name",
                "description",
                "annual_mnok",
                "gates",
                "realisers",
                "counterparts",
                "combine",
                "critical_mass",
                "use_share",
                "annual_range",
                "critical_mass_range",
            ],
        )?;
        Ok(Benefit {
            id: f.req("id")?,
            name: f.req("name")?,
            description: f.req("description")?,
            annual_mnok: f.req("annual_mnok")?,
            gates: f.or_default("gates")?,
            realisers: f.req("realisers")?,
            counterparts: f.req("counterparts")?,
            combine: f.req("combine")?,
            critical_mass: f.req("critical_mass")?,
            use_share: f.opt("use_share")?,
            annual_range: f.opt("annual_range")?,
            critical_mass_range: f.opt("critical_mass_range")?,
        })
    }
}

impl Read for Preset {
    fn read(v: &DeValue, at: &Path) -> Result<Self> {
        let f = Fields::open(
            v,
            at,
            Expected::Section("[[presets]]"),
            &["id", "name", "description", "scenario"],
        )?;
        Ok(Preset {
            id: f.req("id")?,
            name: f.req("name")?,
            description: f.req("description")?,
            scenario: f.req_with("scenario", crate::scenario::read_scenario)?,
        })
    }
}
