//! Reading and validating a roadmap file. Nothing in the data is trusted: every problem found is
//! reported with the file, the entity and the field, and loading never panics.

use std::collections::HashSet;
use std::fmt;

use litemap::LiteMap;
use toml::de::{DeTable, DeValue};

use super::de::{Path, Read};
use super::graph::DepGraph;
use super::problem::{Entity, Kind, Problem};
use super::{
    Actor, Benefit, Condition, DateKind, Lang, Meta, Milestone, Month, Preset, Provenance, Range,
    Roadmap, Solution, Source, Sourced, Text, Track, Weighted,
};

pub const DEFAULT_ROADMAP_FILE: &str = "data/roadmap.toml";
/// `meta.id` of the default roadmap: links made on any other roadmap name theirs.
pub const DEFAULT_ROADMAP_ID: &str = "veikart_default";
/// The default roadmap with its comments, embedded so the command line works offline. The app
/// embeds the same roadmap validated and packed ([`super::DEFAULT_ROADMAP_PACKED`]) and offers this
/// file, copied beside it, as the template.
pub const DEFAULT_ROADMAP_TOML: &str = include_str!("../../data/roadmap.toml");

/// One problem in a roadmap or scenario file, as data: `i18n::data_errors` says it in a language.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    pub file: String,
    /// What holds the problem, e.g. `milestone 'pll_national_start'`, or `line 3, column 7`.
    pub entity: Entity,
    /// The field path inside the entity, e.g. `requires[1].share`; empty when the entity itself is wrong.
    pub field: String,
    pub problem: Problem,
}

impl DataError {
    /// A problem of a scenario file, named by its field alone.
    pub fn in_file(file: &str, field: &str, problem: Problem) -> DataError {
        DataError {
            file: file.to_string(),
            entity: Entity::Unnamed,
            field: field.to_string(),
            problem,
        }
    }
}

/// The command line's English.
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::data_errors::data_error(Lang::En, self))
    }
}

/// Every problem found in one file; never empty.
#[derive(Clone, Debug, PartialEq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

const SECTIONS: [&str; 9] = [
    "meta",
    "sources",
    "actors",
    "solutions",
    "tracks",
    "milestones",
    "benefits",
    "presets",
    "uncertainty",
];

/// Parses and validates a roadmap. `file` is only used to name the file in messages.
pub fn load_roadmap(file: &str, text: &str) -> Result<Roadmap, DataErrors> {
    let mut c = Checker {
        file: file.to_string(),
        errors: Vec::new(),
    };
    let roadmap = c.parse(text);
    match roadmap {
        Some(r) if c.errors.is_empty() => {
            c.validate(&r);
            if c.errors.is_empty() {
                if let Err(cycle) = DepGraph::build(&r) {
                    let (entity, field) = cycle_link(&r, &cycle);
                    c.push(entity, field, Problem::Cycle(cycle));
                }
            }
            if c.errors.is_empty() {
                Ok(r)
            } else {
                Err(DataErrors(c.errors))
            }
        }
        _ => Err(DataErrors(c.errors)),
    }
}

struct Checker {
    file: String,
    errors: Vec<DataError>,
}

impl Checker {
    fn push(&mut self, entity: Entity, field: impl Into<String>, problem: Problem) {
        self.errors.push(DataError {
            file: self.file.clone(),
            entity,
            field: field.into(),
            problem,
        });
    }

    fn parse(&mut self, text: &str) -> Option<Roadmap> {
        let document = match DeTable::parse(text) {
            Ok(t) => t,
            Err(e) => {
                let (entity, problem) = toml_error(text, &e);
                self.push(entity, "", problem);
                return None;
            }
        };
        let table = document.get_ref();
        for (key, _) in table.iter() {
            let key: &str = key.get_ref();
            if !SECTIONS.contains(&key) {
                self.push(Entity::File, key, Problem::UnknownSection(&SECTIONS));
            }
        }
        let section = |name: &str| table.get(name).map(|v| v.get_ref());
        let meta: Option<Meta> = match section("meta") {
            Some(v) => self.entity(Entity::Meta, v),
            None => {
                self.push(
                    Entity::File,
                    "meta",
                    Problem::MissingSection("[meta]".into()),
                );
                None
            }
        };
        let sources = match section("sources") {
            Some(DeValue::Table(t)) => {
                let mut out = LiteMap::new();
                for (id, v) in t.iter() {
                    let id: &str = id.get_ref();
                    if let Some(s) =
                        self.entity::<Source>(Entity::named(Kind::Source, id), v.get_ref())
                    {
                        out.insert(id.to_string(), s);
                    }
                }
                out
            }
            Some(_) => {
                self.push(Entity::File, "sources", Problem::SourcesNotTable);
                LiteMap::new()
            }
            None => {
                self.push(
                    Entity::File,
                    "sources",
                    Problem::MissingSection("[sources]".into()),
                );
                LiteMap::new()
            }
        };
        let actors = self.list::<Actor>(section("actors"), "actors", Kind::Actor, true);
        let solutions =
            self.list::<Solution>(section("solutions"), "solutions", Kind::Solution, true);
        let tracks = self.list::<Track>(section("tracks"), "tracks", Kind::Track, true);
        let milestones =
            self.list::<Milestone>(section("milestones"), "milestones", Kind::Milestone, true);
        let benefits = self.list::<Benefit>(section("benefits"), "benefits", Kind::Benefit, true);
        let presets = self.list::<Preset>(section("presets"), "presets", Kind::Preset, false);
        let uncertainty = match section("uncertainty") {
            Some(v) => self.entity(Entity::Uncertainty, v)?,
            None => super::Uncertainty::default(),
        };
        Some(Roadmap {
            meta: meta?,
            sources,
            actors,
            solutions,
            tracks,
            milestones,
            benefits,
            presets,
            uncertainty,
        })
    }

    fn list<T: Read>(
        &mut self,
        value: Option<&DeValue>,
        section: &str,
        kind: Kind,
        required: bool,
    ) -> Vec<T> {
        match value {
            Some(DeValue::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| {
                    let v = v.get_ref();
                    let entity = match v.get("id").and_then(|id| id.get_ref().as_str()) {
                        Some(id) => Entity::named(kind, id),
                        None => Entity::Numbered(kind, i + 1),
                    };
                    self.entity(entity, v)
                })
                .collect(),
            Some(_) => {
                self.push(
                    Entity::File,
                    section,
                    Problem::NotArrayOfTables(section.into()),
                );
                Vec::new()
            }
            None if required => {
                self.push(
                    Entity::File,
                    section,
                    Problem::MissingSection(format!("[[{section}]]")),
                );
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    fn entity<T: Read>(&mut self, entity: Entity, value: &DeValue) -> Option<T> {
        match T::read(value, &Path::Root) {
            Ok(t) => Some(t),
            Err(m) => {
                self.push(entity, m.path, m.problem);
                None
            }
        }
    }

    fn validate(&mut self, r: &Roadmap) {
        let v = Validator { r };
        let mut errs: Errs = Vec::new();
        v.meta(&mut errs);
        v.sources(&mut errs);
        v.actors(&mut errs);
        v.solutions(&mut errs);
        v.tracks(&mut errs);
        v.milestones(&mut errs);
        v.benefits(&mut errs);
        v.presets(&mut errs);
        v.uncertainty(&mut errs);
        for (entity, field, problem) in errs {
            self.push(entity, field, problem);
        }
    }
}

/// The entity and field that close a dependency cycle (ids along it, first repeated at the end):
/// the first node's condition on the node before it, or its vendor track.
fn cycle_link(r: &Roadmap, cycle: &[String]) -> (Entity, String) {
    let first = &cycle[0];
    let prev = &cycle[cycle.len().saturating_sub(2)];
    let on_prev = |cs: &[Condition]| {
        cs.iter().position(|c| match c {
            Condition::Milestone { milestone, .. } => milestone == prev,
            Condition::Track { track, .. } => track == prev,
        })
    };
    if let Some(m) = r.milestones.iter().find(|m| &m.id == first) {
        if let Some(i) = on_prev(&m.requires) {
            return (
                Entity::named(Kind::Milestone, first),
                format!("requires[{i}]"),
            );
        }
    }
    if let Some(t) = r.tracks.iter().find(|t| &t.id == first) {
        if let Some(i) = on_prev(&t.requires) {
            return (Entity::named(Kind::Track, first), format!("requires[{i}]"));
        }
        if t.vendor.as_ref() == Some(prev) {
            return (Entity::named(Kind::Track, first), "vendor".to_string());
        }
    }
    let kind = if r.milestone_index(first).is_some() {
        Kind::Milestone
    } else {
        Kind::Track
    };
    (Entity::named(kind, first), "requires".to_string())
}

/// Where a TOML syntax error is and what it is. The parser's own message is English; a nested
/// document and a duplicate key, which it words least helpfully, are said in every language.
pub(crate) fn toml_error(text: &str, e: &toml::de::Error) -> (Entity, Problem) {
    let entity = match e.span() {
        Some(span) => {
            let (line, column) = line_col(text, span.start);
            Entity::At { line, column }
        }
        None => Entity::File,
    };
    let message = e.message().trim().replace('\n', "; ");
    let problem = if message.contains("recurs") {
        Problem::TooDeep
    } else {
        // The parser names no key in this message; the span starts at it.
        match e.span().and_then(|s| text.get(s)) {
            Some(key) if message == "duplicate key" => Problem::DuplicateKey(key.trim().into()),
            _ => Problem::NotToml(message),
        }
    };
    (entity, problem)
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.chars().rev().take_while(|&c| c != '\n').count() + 1;
    (line, col)
}

type Errs = Vec<(Entity, String, Problem)>;

struct Validator<'a> {
    r: &'a Roadmap,
}

fn err(errs: &mut Errs, entity: &Entity, field: &str, problem: Problem) {
    errs.push((entity.clone(), field.to_string(), problem));
}

impl Validator<'_> {
    fn in_horizon(&self, m: Month) -> bool {
        m >= self.r.meta.start && m <= self.r.meta.end
    }

    fn provenance(&self, errs: &mut Errs, entity: &Entity, field: &str, p: &Provenance) {
        match p {
            Provenance::Sourced { src } => {
                if src.ids().is_empty() {
                    err(errs, entity, field, Problem::NoSourceListed);
                }
                for id in src.ids() {
                    if !self.r.sources.contains_key(id) {
                        err(
                            errs,
                            entity,
                            field,
                            Problem::Unknown(Kind::Source, id.clone()),
                        );
                    }
                }
            }
            Provenance::Assumed { assume } => {
                if Lang::ALL.iter().all(|&l| assume.get(l).trim().is_empty()) {
                    err(errs, entity, field, Problem::AssumptionWithoutReason);
                } else {
                    self.text(errs, entity, &format!("{field}.assume"), assume);
                }
            }
        }
    }

    /// Checks provenance and that `lo <= v <= hi` (and finite).
    fn number(
        &self,
        errs: &mut Errs,
        entity: &Entity,
        field: &str,
        n: &Sourced<f64>,
        lo: f64,
        hi: f64,
    ) {
        self.provenance(errs, entity, field, &n.provenance);
        if !(n.v.is_finite() && n.v >= lo && n.v <= hi) {
            err(
                errs,
                entity,
                field,
                Problem::OutOfRange { value: n.v, lo, hi },
            );
        }
    }

    /// A value's range: provenance, finite, `low ≤ value ≤ high`, within `allowed`.
    fn range(
        &self,
        errs: &mut Errs,
        entity: &Entity,
        field: &str,
        range: Option<&Range>,
        value: f64,
        allowed: (f64, f64),
    ) {
        let Some(r) = range else { return };
        self.provenance(errs, entity, field, &r.provenance);
        let (lo, hi) = allowed;
        if ![r.low, r.high]
            .iter()
            .all(|x| x.is_finite() && (lo..=hi).contains(x))
        {
            err(
                errs,
                entity,
                field,
                Problem::RangeOutOfRange {
                    low: r.low,
                    high: r.high,
                    lo,
                    hi,
                },
            );
        } else if !(r.low <= value && value <= r.high) {
            err(
                errs,
                entity,
                field,
                Problem::RangeMissesValue {
                    low: r.low,
                    value,
                    high: r.high,
                },
            );
        }
    }

    fn uncertainty(&self, errs: &mut Errs) {
        let u = &self.r.uncertainty;
        let e = &Entity::Uncertainty;
        for (field, spread, max) in [
            ("spread_sourced", &u.spread_sourced, 1.0),
            ("spread_assumed", &u.spread_assumed, 1.0),
            ("critical_mass_sourced", &u.critical_mass_sourced, 0.5),
            ("critical_mass_assumed", &u.critical_mass_assumed, 0.5),
        ] {
            if let Some(v) = spread {
                self.number(errs, e, field, v, 0.0, max);
            }
        }
        if let (Some(s), Some(a)) = (&u.spread_sourced, &u.spread_assumed) {
            if a.v < s.v {
                err(
                    errs,
                    e,
                    "spread_assumed",
                    Problem::NarrowerThan {
                        value: a.v,
                        field: "spread_sourced",
                        other: s.v,
                    },
                );
            }
        }
        if let (Some(s), Some(a)) = (&u.critical_mass_sourced, &u.critical_mass_assumed) {
            if a.v < s.v {
                err(
                    errs,
                    e,
                    "critical_mass_assumed",
                    Problem::NarrowerThan {
                        value: a.v,
                        field: "critical_mass_sourced",
                        other: s.v,
                    },
                );
            }
        }
        self.ids(
            errs,
            Kind::CorrelationGroup,
            u.groups.iter().map(|g| g.id.as_str()),
        );
        let mut grouped = HashSet::new();
        for (i, g) in u.groups.iter().enumerate() {
            let f = format!("groups[{i}]");
            self.number(
                errs,
                e,
                &format!("{f}.correlation"),
                &g.correlation,
                0.0,
                1.0,
            );
            for (k, a) in g.actors.iter().enumerate() {
                let field = format!("{f}.actors[{k}]");
                if self.r.actor(a).is_none() {
                    err(errs, e, &field, Problem::Unknown(Kind::Actor, a.clone()));
                } else if !grouped.insert(a.as_str()) {
                    err(errs, e, &field, Problem::InAnotherGroup(a.clone()));
                }
            }
        }
    }

    fn date(&self, errs: &mut Errs, entity: &Entity, field: &str, d: &Sourced<Month>) {
        self.provenance(errs, entity, field, &d.provenance);
        if !self.in_horizon(d.v) {
            err(
                errs,
                entity,
                field,
                Problem::OutsideHorizon {
                    month: d.v,
                    start: self.r.meta.start,
                    end: self.r.meta.end,
                },
            );
        }
    }

    fn text(&self, errs: &mut Errs, entity: &Entity, field: &str, t: &Text) {
        for (lang, s) in [("nb", &t.nb), ("nn", &t.nn), ("en", &t.en)] {
            if s.trim().is_empty() {
                err(errs, entity, &format!("{field}.{lang}"), Problem::EmptyText);
            }
        }
    }

    fn ids<'b>(&self, errs: &mut Errs, kind: Kind, ids: impl Iterator<Item = &'b str>) {
        let mut seen = HashSet::new();
        for id in ids {
            let entity = Entity::named(kind, id);
            if !is_id(id) {
                err(errs, &entity, "id", Problem::BadId);
            }
            if !seen.insert(id) {
                err(errs, &entity, "id", Problem::DuplicateId(kind));
            }
        }
    }

    /// Link keys: short, stable, unique across actors and milestones.
    fn keys(&self, errs: &mut Errs) {
        let mut seen: HashSet<&str> = HashSet::new();
        let all = self
            .r
            .actors
            .iter()
            .map(|a| (Kind::Actor, a.id.as_str(), a.key.as_str()))
            .chain(
                self.r
                    .milestones
                    .iter()
                    .map(|m| (Kind::Milestone, m.id.as_str(), m.key.as_str())),
            );
        for (kind, id, key) in all {
            let entity = Entity::named(kind, id);
            let ok = key.len() >= 2
                && key.len() <= 4
                && key.starts_with(|c: char| c.is_ascii_lowercase())
                && key[1..].chars().all(|c| c.is_ascii_digit());
            if !ok {
                err(errs, &entity, "key", Problem::BadLinkKey(key.into()));
            }
            if !seen.insert(key) {
                err(errs, &entity, "key", Problem::DuplicateLinkKey(key.into()));
            }
        }
    }

    fn meta(&self, errs: &mut Errs) {
        let m = &self.r.meta;
        let e = &Entity::Meta;
        if !is_id(&m.id) {
            err(errs, e, "id", Problem::BadId);
        }
        if m.version.trim().is_empty() {
            err(errs, e, "version", Problem::EmptyVersion);
        }
        self.text(errs, e, "title", &m.title);
        let span = m.end.since(m.start);
        if span < 12 {
            err(
                errs,
                e,
                "end",
                Problem::HorizonTooShort {
                    start: m.start,
                    end: m.end,
                },
            );
        } else if span > 12 * 60 {
            err(
                errs,
                e,
                "end",
                Problem::HorizonTooLong {
                    start: m.start,
                    end: m.end,
                },
            );
        }
        if !self.in_horizon(m.data_date) {
            err(
                errs,
                e,
                "data_date",
                Problem::OutsideHorizon {
                    month: m.data_date,
                    start: m.start,
                    end: m.end,
                },
            );
        }
        if !self.in_horizon(m.discount_base) {
            err(
                errs,
                e,
                "discount_base",
                Problem::OutsideHorizon {
                    month: m.discount_base,
                    start: m.start,
                    end: m.end,
                },
            );
        }
        self.number(errs, e, "discount_rate", &m.discount_rate, 0.0, 0.2);
        self.number(
            errs,
            e,
            "critical_mass_steepness",
            &m.critical_mass_steepness,
            1.0,
            50.0,
        );
        self.number(
            errs,
            e,
            "mandate_ramp_months",
            &m.mandate_ramp_months,
            1.0,
            120.0,
        );
    }

    fn sources(&self, errs: &mut Errs) {
        for (id, s) in &self.r.sources {
            let entity = Entity::named(Kind::Source, id);
            if !(s.url.starts_with("https://") || s.url.starts_with("http://"))
                || s.url.contains(' ')
            {
                err(errs, &entity, "url", Problem::NotHttpUrl(s.url.clone()));
            }
            if s.title.trim().is_empty() {
                err(errs, &entity, "title", Problem::EmptyTitle);
            }
            if let Some(about) = &s.about {
                self.text(errs, &entity, "about", about);
            }
        }
    }

    fn actors(&self, errs: &mut Errs) {
        self.ids(
            errs,
            Kind::Actor,
            self.r.actors.iter().map(|a| a.id.as_str()),
        );
        self.keys(errs);
        for a in &self.r.actors {
            let e = Entity::named(Kind::Actor, &a.id);
            self.text(errs, &e, "name", &a.name);
            self.text(errs, &e, "unit", &a.unit);
            self.number(errs, &e, "units", &a.units, 1.0, 1e8);
        }
    }

    fn solutions(&self, errs: &mut Errs) {
        self.ids(
            errs,
            Kind::Solution,
            self.r.solutions.iter().map(|s| s.id.as_str()),
        );
        for s in &self.r.solutions {
            let e = Entity::named(Kind::Solution, &s.id);
            self.text(errs, &e, "name", &s.name);
            self.text(errs, &e, "description", &s.description);
            self.provenance(errs, &e, "src", &Provenance::Sourced { src: s.src.clone() });
            for (i, b) in s.builds_on.iter().enumerate() {
                if self.r.solution(b).is_none() {
                    err(
                        errs,
                        &e,
                        &format!("builds_on[{i}]"),
                        Problem::Unknown(Kind::Solution, b.clone()),
                    );
                }
            }
        }
    }

    fn conditions(&self, errs: &mut Errs, entity: &Entity, own: Option<&str>, cs: &[Condition]) {
        for (i, c) in cs.iter().enumerate() {
            let f = format!("requires[{i}]");
            match c {
                Condition::Milestone { milestone, lag } => {
                    if self.r.milestone_index(milestone).is_none() {
                        err(
                            errs,
                            entity,
                            &format!("{f}.milestone"),
                            Problem::Unknown(Kind::Milestone, milestone.clone()),
                        );
                    }
                    if let Some(lag) = lag {
                        self.number(errs, entity, &format!("{f}.lag"), lag, 0.0, 120.0);
                    }
                }
                Condition::Track { track, share } => {
                    if self.r.track_index(track).is_none() {
                        err(
                            errs,
                            entity,
                            &format!("{f}.track"),
                            Problem::Unknown(Kind::Track, track.clone()),
                        );
                    }
                    if own == Some(track.as_str()) {
                        err(errs, entity, &format!("{f}.track"), Problem::WaitsForItself);
                    }
                    self.number(errs, entity, &format!("{f}.share"), share, 0.001, 1.0);
                }
            }
        }
    }

    fn tracks(&self, errs: &mut Errs) {
        self.ids(
            errs,
            Kind::Track,
            self.r.tracks.iter().map(|t| t.id.as_str()),
        );
        // Tracks and milestones share one dependency graph and one critical chain: one namespace.
        for t in &self.r.tracks {
            if self.r.milestone_index(&t.id).is_some() {
                err(
                    errs,
                    &Entity::named(Kind::Track, &t.id),
                    "id",
                    Problem::SameIdAsMilestone,
                );
            }
        }
        for t in &self.r.tracks {
            let e = Entity::named(Kind::Track, &t.id);
            if self.r.actor(&t.actor).is_none() {
                err(
                    errs,
                    &e,
                    "actor",
                    Problem::Unknown(Kind::Actor, t.actor.clone()),
                );
            }
            if self.r.solution(&t.solution).is_none() {
                err(
                    errs,
                    &e,
                    "solution",
                    Problem::Unknown(Kind::Solution, t.solution.clone()),
                );
            }
            self.number(errs, &e, "initial", &t.initial, 0.0, 1.0);
            self.number(errs, &e, "ceiling", &t.ceiling, 0.01, 1.0);
            if t.initial.v > t.ceiling.v {
                err(
                    errs,
                    &e,
                    "initial",
                    Problem::InitialAboveCeiling {
                        initial: t.initial.v,
                        ceiling: t.ceiling.v,
                    },
                );
            }
            self.number(errs, &e, "bass.p", &t.bass.p, 0.0001, 1.0);
            self.number(errs, &e, "bass.q", &t.bass.q, 0.0, 3.0);
            self.range(
                errs,
                &e,
                "p_range",
                t.p_range.as_ref(),
                t.bass.p.v,
                (0.0001, 1.0),
            );
            self.range(
                errs,
                &e,
                "q_range",
                t.q_range.as_ref(),
                t.bass.q.v,
                (0.0, 3.0),
            );
            if let Some(d) = &t.earliest {
                self.date(errs, &e, "earliest", d);
            }
            if let Some(d) = &t.mandate {
                self.date(errs, &e, "mandate", d);
            }
            self.conditions(errs, &e, Some(&t.id), &t.requires);
            if let Some(v) = &t.vendor {
                match self.r.track_index(v).map(|i| &self.r.tracks[i]) {
                    None => err(errs, &e, "vendor", Problem::Unknown(Kind::Track, v.clone())),
                    Some(vt) if vt.id == t.id => err(errs, &e, "vendor", Problem::OwnVendor),
                    Some(vt) if !self.r.actor(&vt.actor).is_some_and(|a| a.vendor) => err(
                        errs,
                        &e,
                        "vendor",
                        Problem::NotVendorGroup {
                            track: v.clone(),
                            actor: vt.actor.clone(),
                        },
                    ),
                    Some(_) => {}
                }
            }
            for (i, w) in t.within.iter().enumerate() {
                let f = format!("within[{i}]");
                match self.r.track_index(w).map(|i| &self.r.tracks[i]) {
                    None => err(errs, &e, &f, Problem::Unknown(Kind::Track, w.clone())),
                    Some(wt) if wt.id == t.id => err(errs, &e, &f, Problem::CapsItself),
                    Some(wt) if wt.actor != t.actor => err(
                        errs,
                        &e,
                        &f,
                        Problem::OtherGroupCap {
                            track: w.clone(),
                            actor: wt.actor.clone(),
                            own: t.actor.clone(),
                        },
                    ),
                    Some(_) => {}
                }
            }
            let observed = t.observed.iter().enumerate();
            let points = (observed.map(|(i, o)| (format!("observed[{i}]"), o))).chain(
                t.targets
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (format!("targets[{i}]"), o)),
            );
            for (f, o) in points {
                if f.starts_with("targets") && o.date < self.r.meta.start {
                    err(
                        errs,
                        &e,
                        &format!("{f}.date"),
                        Problem::TargetBeforeStart {
                            month: o.date,
                            start: self.r.meta.start,
                        },
                    );
                }
                self.provenance(errs, &e, &f, &Provenance::Sourced { src: o.src.clone() });
                if o.date > self.r.meta.end {
                    err(
                        errs,
                        &e,
                        &format!("{f}.date"),
                        Problem::AfterHorizonEnd {
                            month: o.date,
                            end: self.r.meta.end,
                        },
                    );
                }
                if !(0.0..=1.0).contains(&o.share) {
                    err(
                        errs,
                        &e,
                        &format!("{f}.share"),
                        Problem::OutOfRange {
                            value: o.share,
                            lo: 0.0,
                            hi: 1.0,
                        },
                    );
                }
            }
        }
    }

    fn milestones(&self, errs: &mut Errs) {
        self.ids(
            errs,
            Kind::Milestone,
            self.r.milestones.iter().map(|m| m.id.as_str()),
        );
        for m in &self.r.milestones {
            let e = Entity::named(Kind::Milestone, &m.id);
            self.text(errs, &e, "name", &m.name);
            if self.r.solution(&m.solution).is_none() {
                err(
                    errs,
                    &e,
                    "solution",
                    Problem::Unknown(Kind::Solution, m.solution.clone()),
                );
            }
            self.date(errs, &e, "plan", &m.plan);
            if let Some(d) = &m.replan {
                self.date(errs, &e, "replan", d);
            }
            if let Some(d) = &m.actual {
                self.date(errs, &e, "actual", d);
                if d.v > self.r.meta.data_date {
                    err(
                        errs,
                        &e,
                        "actual",
                        Problem::AfterDataDate {
                            month: d.v,
                            data_date: self.r.meta.data_date,
                        },
                    );
                }
            }
            self.conditions(errs, &e, None, &m.requires);
            let s = &m.slip;
            self.provenance(errs, &e, "slip", &s.provenance);
            let ordered = s.low <= s.mode && s.mode <= s.high;
            if ![s.low, s.mode, s.high]
                .iter()
                .all(|x| x.is_finite() && (-24.0..=120.0).contains(x))
                || !ordered
            {
                err(errs, &e, "slip", Problem::SlipOutOfOrder);
            }
            if m.date_kind() == DateKind::Decided
                && (s.low != 0.0 || s.mode != 0.0 || s.high != 0.0)
            {
                err(errs, &e, "slip", Problem::DecidedDoesNotSlip);
            }
            if let Some(st) = &m.status {
                self.provenance(errs, &e, "status", &st.provenance);
            }
            if let Some(k) = &m.date_kind {
                self.provenance(errs, &e, "date_kind", &k.provenance);
                if k.v == DateKind::Forecast && m.actual.is_some() {
                    err(errs, &e, "date_kind", Problem::HappenedNotForecast);
                }
            }
        }
    }

    fn weighted(&self, errs: &mut Errs, entity: &Entity, field: &str, ws: &[Weighted]) {
        if ws.is_empty() {
            err(errs, entity, field, Problem::NoTrackListed);
        }
        for (i, w) in ws.iter().enumerate() {
            if self.r.track_index(&w.track).is_none() {
                err(
                    errs,
                    entity,
                    &format!("{field}[{i}].track"),
                    Problem::Unknown(Kind::Track, w.track.clone()),
                );
            }
            self.number(
                errs,
                entity,
                &format!("{field}[{i}].weight"),
                &w.weight,
                0.001,
                1000.0,
            );
        }
    }

    fn benefits(&self, errs: &mut Errs) {
        self.ids(
            errs,
            Kind::Benefit,
            self.r.benefits.iter().map(|b| b.id.as_str()),
        );
        for b in &self.r.benefits {
            let e = Entity::named(Kind::Benefit, &b.id);
            self.text(errs, &e, "name", &b.name);
            self.text(errs, &e, "description", &b.description);
            self.number(errs, &e, "annual_mnok", &b.annual_mnok, 0.0, 1e6);
            self.range(
                errs,
                &e,
                "annual_range",
                b.annual_range.as_ref(),
                b.annual_mnok.v,
                (0.0, 1e6),
            );
            self.range(
                errs,
                &e,
                "critical_mass_range",
                b.critical_mass_range.as_ref(),
                b.critical_mass.v,
                (0.0, 1.0),
            );
            for (i, g) in b.gates.iter().enumerate() {
                if self.r.milestone_index(g).is_none() {
                    err(
                        errs,
                        &e,
                        &format!("gates[{i}]"),
                        Problem::Unknown(Kind::Milestone, g.clone()),
                    );
                }
            }
            self.weighted(errs, &e, "realisers", &b.realisers);
            if b.counterparts.is_empty() {
                err(errs, &e, "counterparts", Problem::NoTrackListed);
            }
            for (i, c) in b.counterparts.iter().enumerate() {
                if self.r.track_index(c).is_none() {
                    err(
                        errs,
                        &e,
                        &format!("counterparts[{i}]"),
                        Problem::Unknown(Kind::Track, c.clone()),
                    );
                }
            }
            self.provenance(errs, &e, "combine", &b.combine.provenance);
            self.number(errs, &e, "critical_mass", &b.critical_mass, 0.01, 0.99);
            if let Some(u) = &b.use_share {
                self.number(errs, &e, "use_share.reference", &u.reference, 0.001, 1.0);
                if u.points.is_empty() {
                    err(errs, &e, "use_share.points", Problem::NoPointListed);
                }
                for (i, p) in u.points.iter().enumerate() {
                    let f = format!("use_share.points[{i}]");
                    self.provenance(errs, &e, &f, &Provenance::Sourced { src: p.src.clone() });
                    if !(0.0..=1.0).contains(&p.share) {
                        err(
                            errs,
                            &e,
                            &format!("{f}.share"),
                            Problem::OutOfRange {
                                value: p.share,
                                lo: 0.0,
                                hi: 1.0,
                            },
                        );
                    }
                    if i > 0 && p.date <= u.points[i - 1].date {
                        err(
                            errs,
                            &e,
                            &format!("{f}.date"),
                            Problem::PointsOutOfOrder {
                                month: p.date,
                                before: u.points[i - 1].date,
                            },
                        );
                    }
                }
            }
        }
    }

    fn presets(&self, errs: &mut Errs) {
        self.ids(
            errs,
            Kind::Preset,
            self.r.presets.iter().map(|p| p.id.as_str()),
        );
        for p in &self.r.presets {
            let e = Entity::named(Kind::Preset, &p.id);
            self.text(errs, &e, "name", &p.name);
            self.text(errs, &e, "description", &p.description);
            for (path, problem) in p.scenario.problems(self.r) {
                err(errs, &e, &format!("scenario.{path}"), problem);
            }
        }
    }
}

fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && id.len() <= 64
}
