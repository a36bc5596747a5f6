//! Reading and validating a roadmap file. Nothing in the data is trusted: every problem found is
//! reported with the file, the entity and the field, and loading never panics.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use toml::de::{DeTable, DeValue};

use super::de::{Path, Read};
use super::graph::DepGraph;
use super::{
    Actor, Benefit, Condition, DateKind, Meta, Milestone, Month, Preset, Provenance, Range,
    Roadmap, Solution, Source, Sourced, Text, Track, Weighted,
};

pub const DEFAULT_ROADMAP_FILE: &str = "data/roadmap.toml";
/// `meta.id` of the default roadmap: links made on any other roadmap name theirs.
pub const DEFAULT_ROADMAP_ID: &str = "veikart_default";
/// The default roadmap, embedded so the app and the CLI work offline. The app (wasm32) embeds it
/// without its comment lines and indentation, the same data (`build.rs`; a test below loads both),
/// and offers the commented file itself, copied beside it, as the template.
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_ROADMAP_TOML: &str = include_str!("../../data/roadmap.toml");
#[cfg(target_arch = "wasm32")]
pub const DEFAULT_ROADMAP_TOML: &str = DEFAULT_ROADMAP_STRIPPED;
#[cfg(any(target_arch = "wasm32", test))]
const DEFAULT_ROADMAP_STRIPPED: &str = include_str!(concat!(env!("OUT_DIR"), "/roadmap.toml"));

/// One problem in a roadmap file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// What holds the problem, e.g. `milestone 'pll_national_start'`, or `line 3, column 7`.
    pub entity: String,
    /// The field path inside the entity, e.g. `requires[1].share`; empty when the entity itself is wrong.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.entity)?;
        if !self.field.is_empty() {
            write!(f, ", field '{}'", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in one file; never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
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
                    c.push(
                        entity,
                        field,
                        format!("dependency cycle: {}", cycle.join(" → ")),
                    );
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
    fn push(
        &mut self,
        entity: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.errors.push(DataError {
            file: self.file.clone(),
            entity: entity.into(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn parse(&mut self, text: &str) -> Option<Roadmap> {
        let document = match DeTable::parse(text) {
            Ok(t) => t,
            Err(e) => {
                let entity = match e.span() {
                    Some(span) => {
                        let (line, col) = line_col(text, span.start);
                        format!("line {line}, column {col}")
                    }
                    None => "file".to_string(),
                };
                let mut message = e.message().trim().replace('\n', "; ");
                if message.contains("recurs") {
                    message = "tables or arrays nested too deeply".to_string();
                }
                // The parser names no key in this message; the span starts at it.
                if message == "duplicate key" {
                    if let Some(key) = e.span().and_then(|s| text.get(s)) {
                        message = format!("duplicate key `{}`", key.trim());
                    }
                }
                self.push(entity, "", format!("not valid TOML: {message}"));
                return None;
            }
        };
        let table = document.get_ref();
        for (key, _) in table.iter() {
            let key: &str = key.get_ref();
            if !SECTIONS.contains(&key) {
                self.push(
                    "file",
                    key,
                    format!("unknown section; expected one of: {}", SECTIONS.join(", ")),
                );
            }
        }
        let section = |name: &str| table.get(name).map(|v| v.get_ref());
        let meta: Option<Meta> = match section("meta") {
            Some(v) => self.entity("meta".into(), v),
            None => {
                self.push("file", "meta", "missing section [meta]");
                None
            }
        };
        let sources = match section("sources") {
            Some(DeValue::Table(t)) => {
                let mut out = BTreeMap::new();
                for (id, v) in t.iter() {
                    let id: &str = id.get_ref();
                    if let Some(s) = self.entity::<Source>(format!("source '{id}'"), v.get_ref()) {
                        out.insert(id.to_string(), s);
                    }
                }
                out
            }
            Some(_) => {
                self.push(
                    "file",
                    "sources",
                    "must be a table of source id = { url, title }",
                );
                BTreeMap::new()
            }
            None => {
                self.push("file", "sources", "missing section [sources]");
                BTreeMap::new()
            }
        };
        let actors = self.list::<Actor>(section("actors"), "actors", "actor", true);
        let solutions = self.list::<Solution>(section("solutions"), "solutions", "solution", true);
        let tracks = self.list::<Track>(section("tracks"), "tracks", "track", true);
        let milestones =
            self.list::<Milestone>(section("milestones"), "milestones", "milestone", true);
        let benefits = self.list::<Benefit>(section("benefits"), "benefits", "benefit", true);
        let presets = self.list::<Preset>(section("presets"), "presets", "preset", false);
        let uncertainty = match section("uncertainty") {
            Some(v) => self.entity("uncertainty".into(), v)?,
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
        kind: &str,
        required: bool,
    ) -> Vec<T> {
        match value {
            Some(DeValue::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| {
                    let v = v.get_ref();
                    let entity = match v.get("id").and_then(|id| id.get_ref().as_str()) {
                        Some(id) => format!("{kind} '{id}'"),
                        None => format!("{kind} #{}", i + 1),
                    };
                    self.entity(entity, v)
                })
                .collect(),
            Some(_) => {
                self.push(
                    "file",
                    section,
                    format!("must be an array of tables: [[{section}]]"),
                );
                Vec::new()
            }
            None if required => {
                self.push("file", section, format!("missing section [[{section}]]"));
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    fn entity<T: Read>(&mut self, entity: String, value: &DeValue) -> Option<T> {
        match T::read(value, &Path::Root) {
            Ok(t) => Some(t),
            Err(p) => {
                self.push(entity, p.path, p.message);
                None
            }
        }
    }

    fn validate(&mut self, r: &Roadmap) {
        let v = Validator { r };
        let mut errs: Vec<(String, String, String)> = Vec::new();
        v.meta(&mut errs);
        v.sources(&mut errs);
        v.actors(&mut errs);
        v.solutions(&mut errs);
        v.tracks(&mut errs);
        v.milestones(&mut errs);
        v.benefits(&mut errs);
        v.presets(&mut errs);
        v.uncertainty(&mut errs);
        for (entity, field, message) in errs {
            self.push(entity, field, message);
        }
    }
}

/// The entity and field that close a dependency cycle (ids along it, first repeated at the end):
/// the first node's condition on the node before it, or its vendor track.
fn cycle_link(r: &Roadmap, cycle: &[String]) -> (String, String) {
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
            return (format!("milestone '{first}'"), format!("requires[{i}]"));
        }
    }
    if let Some(t) = r.tracks.iter().find(|t| &t.id == first) {
        if let Some(i) = on_prev(&t.requires) {
            return (format!("track '{first}'"), format!("requires[{i}]"));
        }
        if t.vendor.as_ref() == Some(prev) {
            return (format!("track '{first}'"), "vendor".to_string());
        }
    }
    let kind = if r.milestone_index(first).is_some() {
        "milestone"
    } else {
        "track"
    };
    (format!("{kind} '{first}'"), "requires".to_string())
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

type Errs = Vec<(String, String, String)>;

struct Validator<'a> {
    r: &'a Roadmap,
}

fn err(errs: &mut Errs, entity: &str, field: &str, message: impl Into<String>) {
    errs.push((entity.to_string(), field.to_string(), message.into()));
}

impl Validator<'_> {
    fn in_horizon(&self, m: Month) -> bool {
        m >= self.r.meta.start && m <= self.r.meta.end
    }

    fn provenance(&self, errs: &mut Errs, entity: &str, field: &str, p: &Provenance) {
        match p {
            Provenance::Sourced { src } => {
                if src.ids().is_empty() {
                    err(errs, entity, field, "src lists no source");
                }
                for id in src.ids() {
                    if !self.r.sources.contains_key(id) {
                        err(errs, entity, field, format!("unknown source '{id}'"));
                    }
                }
            }
            Provenance::Assumed { assume } => {
                if assume.trim().is_empty() {
                    err(
                        errs,
                        entity,
                        field,
                        "an assumption needs its reason (assume = \"…\")",
                    );
                }
            }
        }
    }

    /// Checks provenance and that `lo <= v <= hi` (and finite).
    fn number(
        &self,
        errs: &mut Errs,
        entity: &str,
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
                format!("{} is outside the allowed range {lo}–{hi}", n.v),
            );
        }
    }

    /// A value's range: provenance, finite, `low ≤ value ≤ high`, within `allowed`.
    fn range(
        &self,
        errs: &mut Errs,
        entity: &str,
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
                format!(
                    "{}–{} is outside the allowed range {lo}–{hi}",
                    r.low, r.high
                ),
            );
        } else if !(r.low <= value && value <= r.high) {
            err(
                errs,
                entity,
                field,
                format!(
                    "needs low ≤ value ≤ high: {} ≤ {value} ≤ {} does not hold (an inverted range, or one that misses its value)",
                    r.low, r.high
                ),
            );
        }
    }

    fn uncertainty(&self, errs: &mut Errs) {
        let u = &self.r.uncertainty;
        let e = "uncertainty";
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
                err(errs, e, "spread_assumed", format!("{} is narrower than spread_sourced {}: an assumption gets at least the width of a source", a.v, s.v));
            }
        }
        if let (Some(s), Some(a)) = (&u.critical_mass_sourced, &u.critical_mass_assumed) {
            if a.v < s.v {
                err(errs, e, "critical_mass_assumed", format!("{} is narrower than critical_mass_sourced {}: an assumption gets at least the width of a source", a.v, s.v));
            }
        }
        self.ids(
            errs,
            "correlation group",
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
                    err(errs, e, &field, format!("unknown actor '{a}'"));
                } else if !grouped.insert(a.as_str()) {
                    err(errs, e, &field, format!("actor '{a}' is already in another group: a track is drawn with one group"));
                }
            }
        }
    }

    fn date(&self, errs: &mut Errs, entity: &str, field: &str, d: &Sourced<Month>) {
        self.provenance(errs, entity, field, &d.provenance);
        if !self.in_horizon(d.v) {
            err(
                errs,
                entity,
                field,
                format!(
                    "{} is outside the horizon {}–{}",
                    d.v, self.r.meta.start, self.r.meta.end
                ),
            );
        }
    }

    fn text(&self, errs: &mut Errs, entity: &str, field: &str, t: &Text) {
        for (lang, s) in [("nb", &t.nb), ("nn", &t.nn), ("en", &t.en)] {
            if s.trim().is_empty() {
                err(errs, entity, &format!("{field}.{lang}"), "empty text");
            }
        }
    }

    fn ids<'b>(&self, errs: &mut Errs, kind: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = HashSet::new();
        for id in ids {
            let entity = format!("{kind} '{id}'");
            if !is_id(id) {
                err(
                    errs,
                    &entity,
                    "id",
                    "ids are 1–64 lower-case letters, digits and '_', starting with a letter",
                );
            }
            if !seen.insert(id) {
                err(errs, &entity, "id", format!("duplicate {kind} id"));
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
            .map(|a| ("actor", a.id.as_str(), a.key.as_str()))
            .chain(
                self.r
                    .milestones
                    .iter()
                    .map(|m| ("milestone", m.id.as_str(), m.key.as_str())),
            );
        for (kind, id, key) in all {
            let entity = format!("{kind} '{id}'");
            let ok = key.len() >= 2
                && key.len() <= 4
                && key.starts_with(|c: char| c.is_ascii_lowercase())
                && key[1..].chars().all(|c| c.is_ascii_digit());
            if !ok {
                err(
                    errs,
                    &entity,
                    "key",
                    format!("'{key}' is not a link key: a letter and 1–3 digits, e.g. a7"),
                );
            }
            if !seen.insert(key) {
                err(errs, &entity, "key", format!("duplicate link key '{key}'"));
            }
        }
    }

    fn meta(&self, errs: &mut Errs) {
        let m = &self.r.meta;
        let e = "meta";
        if !is_id(&m.id) {
            err(
                errs,
                e,
                "id",
                "ids are 1–64 lower-case letters, digits and '_', starting with a letter",
            );
        }
        if m.version.trim().is_empty() {
            err(errs, e, "version", "empty version");
        }
        self.text(errs, e, "title", &m.title);
        let span = m.end.since(m.start);
        if span < 12 {
            err(
                errs,
                e,
                "end",
                format!(
                    "the horizon {}–{} must span at least a year",
                    m.start, m.end
                ),
            );
        } else if span > 12 * 60 {
            err(
                errs,
                e,
                "end",
                format!("the horizon {}–{} is longer than 60 years", m.start, m.end),
            );
        }
        if !self.in_horizon(m.data_date) {
            err(
                errs,
                e,
                "data_date",
                format!(
                    "{} is outside the horizon {}–{}",
                    m.data_date, m.start, m.end
                ),
            );
        }
        if !self.in_horizon(m.discount_base) {
            err(
                errs,
                e,
                "discount_base",
                format!(
                    "{} is outside the horizon {}–{}",
                    m.discount_base, m.start, m.end
                ),
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
            let entity = format!("source '{id}'");
            if !(s.url.starts_with("https://") || s.url.starts_with("http://"))
                || s.url.contains(' ')
            {
                err(
                    errs,
                    &entity,
                    "url",
                    format!("'{}' is not an http(s) URL", s.url),
                );
            }
            if s.title.trim().is_empty() {
                err(errs, &entity, "title", "empty title");
            }
        }
    }

    fn actors(&self, errs: &mut Errs) {
        self.ids(errs, "actor", self.r.actors.iter().map(|a| a.id.as_str()));
        self.keys(errs);
        for a in &self.r.actors {
            let e = format!("actor '{}'", a.id);
            self.text(errs, &e, "name", &a.name);
            self.text(errs, &e, "unit", &a.unit);
            self.number(errs, &e, "units", &a.units, 1.0, 1e8);
        }
    }

    fn solutions(&self, errs: &mut Errs) {
        self.ids(
            errs,
            "solution",
            self.r.solutions.iter().map(|s| s.id.as_str()),
        );
        for s in &self.r.solutions {
            let e = format!("solution '{}'", s.id);
            self.text(errs, &e, "name", &s.name);
            self.text(errs, &e, "description", &s.description);
            self.provenance(errs, &e, "src", &Provenance::Sourced { src: s.src.clone() });
            for (i, b) in s.builds_on.iter().enumerate() {
                if self.r.solution(b).is_none() {
                    err(
                        errs,
                        &e,
                        &format!("builds_on[{i}]"),
                        format!("unknown solution '{b}'"),
                    );
                }
            }
        }
    }

    fn conditions(&self, errs: &mut Errs, entity: &str, own: Option<&str>, cs: &[Condition]) {
        for (i, c) in cs.iter().enumerate() {
            let f = format!("requires[{i}]");
            match c {
                Condition::Milestone { milestone, lag } => {
                    if self.r.milestone_index(milestone).is_none() {
                        err(
                            errs,
                            entity,
                            &format!("{f}.milestone"),
                            format!("unknown milestone '{milestone}'"),
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
                            format!("unknown track '{track}'"),
                        );
                    }
                    if own == Some(track.as_str()) {
                        err(
                            errs,
                            entity,
                            &format!("{f}.track"),
                            "a track cannot wait for itself",
                        );
                    }
                    self.number(errs, entity, &format!("{f}.share"), share, 0.001, 1.0);
                }
            }
        }
    }

    fn tracks(&self, errs: &mut Errs) {
        self.ids(errs, "track", self.r.tracks.iter().map(|t| t.id.as_str()));
        // Tracks and milestones share one dependency graph and one critical chain: one namespace.
        for t in &self.r.tracks {
            if self.r.milestone_index(&t.id).is_some() {
                err(
                    errs,
                    &format!("track '{}'", t.id),
                    "id",
                    "a milestone has the same id",
                );
            }
        }
        for t in &self.r.tracks {
            let e = format!("track '{}'", t.id);
            if self.r.actor(&t.actor).is_none() {
                err(errs, &e, "actor", format!("unknown actor '{}'", t.actor));
            }
            if self.r.solution(&t.solution).is_none() {
                err(
                    errs,
                    &e,
                    "solution",
                    format!("unknown solution '{}'", t.solution),
                );
            }
            self.number(errs, &e, "initial", &t.initial, 0.0, 1.0);
            self.number(errs, &e, "ceiling", &t.ceiling, 0.01, 1.0);
            if t.initial.v > t.ceiling.v {
                err(
                    errs,
                    &e,
                    "initial",
                    format!("{} is above the ceiling {}", t.initial.v, t.ceiling.v),
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
                    None => err(errs, &e, "vendor", format!("unknown track '{v}'")),
                    Some(vt) if vt.id == t.id => err(errs, &e, "vendor", "a track cannot be its own vendor"),
                    Some(vt) if !self.r.actor(&vt.actor).is_some_and(|a| a.vendor) => err(
                        errs,
                        &e,
                        "vendor",
                        format!("track '{v}' belongs to '{}', which is not a vendor group (vendor = true)", vt.actor),
                    ),
                    Some(_) => {}
                }
            }
            for (i, w) in t.within.iter().enumerate() {
                let f = format!("within[{i}]");
                match self.r.track_index(w).map(|i| &self.r.tracks[i]) {
                    None => err(errs, &e, &f, format!("unknown track '{w}'")),
                    Some(wt) if wt.id == t.id => err(errs, &e, &f, "a track cannot cap itself"),
                    Some(wt) if wt.actor != t.actor => err(
                        errs,
                        &e,
                        &f,
                        format!("track '{w}' belongs to '{}': a cap by an earlier step must be of the same actor group '{}'", wt.actor, t.actor),
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
                        format!("{} is before the horizon's start {}: a target is drawn beside the forecast", o.date, self.r.meta.start),
                    );
                }
                self.provenance(errs, &e, &f, &Provenance::Sourced { src: o.src.clone() });
                if o.date > self.r.meta.end {
                    err(
                        errs,
                        &e,
                        &format!("{f}.date"),
                        format!("{} is after the horizon's end {}", o.date, self.r.meta.end),
                    );
                }
                if !(0.0..=1.0).contains(&o.share) {
                    err(
                        errs,
                        &e,
                        &format!("{f}.share"),
                        format!("{} is outside the allowed range 0–1", o.share),
                    );
                }
            }
        }
    }

    fn milestones(&self, errs: &mut Errs) {
        self.ids(
            errs,
            "milestone",
            self.r.milestones.iter().map(|m| m.id.as_str()),
        );
        for m in &self.r.milestones {
            let e = format!("milestone '{}'", m.id);
            self.text(errs, &e, "name", &m.name);
            if self.r.solution(&m.solution).is_none() {
                err(
                    errs,
                    &e,
                    "solution",
                    format!("unknown solution '{}'", m.solution),
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
                        format!("{} is after the data date {}", d.v, self.r.meta.data_date),
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
                err(
                    errs,
                    &e,
                    "slip",
                    "needs -24 ≤ low ≤ mode ≤ high ≤ 120 (months)",
                );
            }
            if m.date_kind() == DateKind::Decided
                && (s.low != 0.0 || s.mode != 0.0 || s.high != 0.0)
            {
                err(
                    errs,
                    &e,
                    "slip",
                    "a decided date (a go-live that happened, a forskrift) does not slip: write { low = 0, mode = 0, high = 0 }",
                );
            }
            if let Some(st) = &m.status {
                self.provenance(errs, &e, "status", &st.provenance);
            }
            if let Some(k) = &m.date_kind {
                self.provenance(errs, &e, "date_kind", &k.provenance);
                if k.v == DateKind::Forecast && m.actual.is_some() {
                    err(
                        errs,
                        &e,
                        "date_kind",
                        "a milestone that happened (actual) is decided, not a forecast",
                    );
                }
            }
        }
    }

    fn weighted(&self, errs: &mut Errs, entity: &str, field: &str, ws: &[Weighted]) {
        if ws.is_empty() {
            err(
                errs,
                entity,
                field,
                "lists no track: a benefit needs both sides of the exchange",
            );
        }
        for (i, w) in ws.iter().enumerate() {
            if self.r.track_index(&w.track).is_none() {
                err(
                    errs,
                    entity,
                    &format!("{field}[{i}].track"),
                    format!("unknown track '{}'", w.track),
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
            "benefit",
            self.r.benefits.iter().map(|b| b.id.as_str()),
        );
        for b in &self.r.benefits {
            let e = format!("benefit '{}'", b.id);
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
                        format!("unknown milestone '{g}'"),
                    );
                }
            }
            self.weighted(errs, &e, "realisers", &b.realisers);
            if b.counterparts.is_empty() {
                err(
                    errs,
                    &e,
                    "counterparts",
                    "lists no track: a benefit needs both sides of the exchange",
                );
            }
            for (i, c) in b.counterparts.iter().enumerate() {
                if self.r.track_index(c).is_none() {
                    err(
                        errs,
                        &e,
                        &format!("counterparts[{i}]"),
                        format!("unknown track '{c}'"),
                    );
                }
            }
            self.provenance(errs, &e, "combine", &b.combine.provenance);
            self.number(errs, &e, "critical_mass", &b.critical_mass, 0.01, 0.99);
            if let Some(u) = &b.use_share {
                self.number(errs, &e, "use_share.reference", &u.reference, 0.001, 1.0);
                if u.points.is_empty() {
                    err(
                        errs,
                        &e,
                        "use_share.points",
                        "lists no point: use needs at least one observation",
                    );
                }
                for (i, p) in u.points.iter().enumerate() {
                    let f = format!("use_share.points[{i}]");
                    self.provenance(errs, &e, &f, &Provenance::Sourced { src: p.src.clone() });
                    if !(0.0..=1.0).contains(&p.share) {
                        err(
                            errs,
                            &e,
                            &format!("{f}.share"),
                            format!("{} is outside the allowed range 0–1", p.share),
                        );
                    }
                    if i > 0 && p.date <= u.points[i - 1].date {
                        err(
                            errs,
                            &e,
                            &format!("{f}.date"),
                            format!(
                                "{} is not after the point before it ({}): points go in date order",
                                p.date,
                                u.points[i - 1].date
                            ),
                        );
                    }
                }
            }
        }
    }

    fn presets(&self, errs: &mut Errs) {
        self.ids(errs, "preset", self.r.presets.iter().map(|p| p.id.as_str()));
        for p in &self.r.presets {
            let e = format!("preset '{}'", p.id);
            self.text(errs, &e, "name", &p.name);
            self.text(errs, &e, "description", &p.description);
            for problem in p.scenario.problems(self.r) {
                match problem.split_once(": ") {
                    Some((path, message)) => err(errs, &e, &format!("scenario.{path}"), message),
                    None => err(errs, &e, "scenario", problem),
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What `build.rs` strips is only comments and layout: the embedded text loads to exactly the
    /// roadmap the commented file does.
    #[test]
    fn the_embedded_default_is_the_file_without_its_comments() {
        let file = include_str!("../../data/roadmap.toml");
        assert!(DEFAULT_ROADMAP_STRIPPED.len() < file.len());
        assert!(!DEFAULT_ROADMAP_STRIPPED.lines().any(|l| l.starts_with('#')));
        assert_eq!(
            load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_STRIPPED),
            load_roadmap(DEFAULT_ROADMAP_FILE, file)
        );
    }
}
