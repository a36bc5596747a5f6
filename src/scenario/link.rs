//! The share-link codec: a whole scenario in a URL query string, readable for years.
//!
//! Format (version 2), after the En-ROADS and OWID pattern — a version, then only what differs
//! from the defaults, under stable short ids that the roadmap data assigns and never reuses:
//!
//! | param | meaning |
//! |---|---|
//! | `v=1` | link format version (always written) |
//! | `d=2026.1` | roadmap data version the link was made on (always written) |
//! | `r=my_roadmap` | roadmap id, when not the default roadmap (a link made on an uploaded file) |
//! | `lang=nn` | language, when not bokmål |
//! | `q=2021` | the question "what if since 2021" (without it: from today) |
//! | `s=plan` | schedule, when not the forecast (only with `q=2021`) |
//! | `a3s=1.5` `a3d=12` `a3c=0.8` | actor group `a3`: speed ×, delay months, ceiling share |
//! | `a1m.pll=2028-01`/`off` | actor group `a1`'s duty to adopt solution `pll` |
//! | `m7=6` | milestone `m7`: extra delay months |
//! | `pin=1`, then `pin.a3d=12` … | a pinned scenario to compare against, same keys behind `pin.` |
//! | `view=timeline`, `ms=m7`, `sol=pll` | what is shown: chart in embed mode, selected milestone, solution |
//! | `embed=1` | embed mode: one view, minimal chrome |
//!
//! Decoding never fails and never panics: it applies what it can and lists, as [`Notice`]s, every
//! parameter it ignored and why. Earlier format versions are lifted by [`MIGRATIONS`]: a version 1
//! link answered the since-2021 question, and its `a1m=` was a duty on every solution of the group.

use crate::model::{Lang, Month, Roadmap, DEFAULT_ROADMAP_ID};
use crate::order::sorted_order;
use crate::scenario::{
    limits, Lever, LeverKind, MandateLever, MilestoneLevers, NotOffered, Question, Scenario,
    Schedule,
};

pub const FORMAT_VERSION: u32 = 2;
/// Longer query strings are cut here before decoding: a real link stays far below it.
pub const MAX_QUERY_LEN: usize = 8_192;
const PIN: &str = "pin.";

/// The charts a view parameter can name (embed mode shows one of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum View {
    #[default]
    All,
    Adoption,
    Benefits,
    Timeline,
    Graph,
}

impl View {
    pub const CHARTS: [View; 4] = [View::Adoption, View::Benefits, View::Timeline, View::Graph];
    pub fn code(self) -> &'static str {
        match self {
            View::All => "all",
            View::Adoption => "adoption",
            View::Benefits => "benefits",
            View::Timeline => "timeline",
            View::Graph => "graph",
        }
    }
    fn from_code(s: &str) -> Option<View> {
        [
            View::All,
            View::Adoption,
            View::Benefits,
            View::Timeline,
            View::Graph,
        ]
        .into_iter()
        .find(|v| v.code() == s)
    }
}

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Link {
    pub scenario: Scenario,
    /// A second scenario shown against the current one on every chart.
    pub pinned: Option<Scenario>,
    pub lang: Lang,
    pub view: View,
    pub embed: bool,
    /// Selected milestone id.
    pub milestone: Option<String>,
    /// Solution id whose adoption chart is shown.
    pub solution: Option<String>,
    /// The uncertainty panel's choices: how many runs, from which seed, and the month by which
    /// the chance of reaching the selected milestone is asked.
    pub risk: RiskChoice,
}

/// What the uncertainty panel asks the Monte Carlo worker, besides the scenario; `None` is the
/// default (and is not written to a link).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct RiskChoice {
    pub runs: Option<u32>,
    pub seed: Option<u64>,
    pub by: Option<Month>,
}

/// The range of runs a link may ask for.
pub const RUNS_RANGE: (u32, u32) = (100, 10_000);

/// Why a parameter was ignored or needs the user's attention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownParameter,
    /// The value is not of the form the parameter takes (the expected form is given).
    BadValue {
        expected: Expected,
    },
    OutOfRange {
        min: String,
        max: String,
    },
    /// Given more than once; the first was used.
    Duplicate,
    /// A lever the link's question does not offer (it would rewrite history).
    NotOffered {
        why: NotOffered,
    },
    /// The query string was longer than [`MAX_QUERY_LEN`] and was cut; the notice's value is
    /// its length.
    TooLong,
    /// A format version newer than this app knows; read as the current one.
    NewerFormat {
        version: String,
    },
    /// The link was made on other roadmap data; the levers may mean something else now.
    OtherDataVersion {
        link: String,
        current: String,
    },
    /// The link was made on another roadmap file, which the user must load to see it as meant.
    OtherRoadmap {
        link: String,
        current: String,
    },
}

impl Problem {
    /// Whether part of the link was left unused, rather than used with a caveat.
    pub fn ignores_part_of_the_link(&self) -> bool {
        matches!(
            self,
            Problem::UnknownParameter
                | Problem::BadValue { .. }
                | Problem::OutOfRange { .. }
                | Problem::Duplicate
                | Problem::NotOffered { .. }
                | Problem::TooLong
        )
    }
}

/// The form a parameter's value takes, named so the app can say it in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Number,
    WholeMonths,
    FormatVersion,
    MilestoneKey,
    SolutionId,
    /// One of these literal values.
    OneOf(&'static [&'static str]),
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Expected::Number => f.write_str("a number"),
            Expected::WholeMonths => f.write_str("a whole number of months"),
            Expected::FormatVersion => f.write_str("a format version, e.g. 1"),
            Expected::MilestoneKey => f.write_str("a milestone key, e.g. m1"),
            Expected::SolutionId => f.write_str("a solution id"),
            Expected::OneOf(values) => f.write_str(&one_of(values, "or")),
        }
    }
}

/// "a, b or c": literal values joined with a language's word for "or".
pub fn one_of(values: &[&str], or: &str) -> String {
    match values.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter as it appeared in the link (cut to 40 characters).
    pub param: String,
    pub value: String,
    pub problem: Problem,
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Notice {
            param,
            value,
            problem,
        } = self;
        match problem {
            Problem::UnknownParameter => write!(f, "{param}={value}: unknown parameter, ignored"),
            Problem::BadValue { expected } => write!(f, "{param}={value}: expected {expected}, ignored"),
            Problem::OutOfRange { min, max } => write!(f, "{param}={value}: outside {min}–{max}, ignored"),
            Problem::Duplicate => write!(f, "{param}={value}: given again, the first value was used"),
            Problem::NotOffered { why } => match why {
                NotOffered::Happened(m) => write!(f, "{param}={value}: the milestone happened in {m}; from today, history does not move, ignored"),
                NotOffered::InForce(m) => write!(f, "{param}={value}: the duty has been in force since {m}, ignored"),
                NotOffered::NoDuty => write!(f, "{param}={value}: this actor group cannot be given a duty, ignored"),
            },
            Problem::TooLong => write!(f, "the link is {value} characters long; only the first {MAX_QUERY_LEN} were read"),
            Problem::NewerFormat { version } => {
                write!(f, "made by a newer version of the app (link format {version}); read as far as possible")
            }
            Problem::OtherRoadmap { link, current } => write!(
                f,
                "made on the roadmap file '{link}', not '{current}': load that file to see the scenario as it was made"
            ),
            Problem::OtherDataVersion { link, current } => write!(
                f,
                "made on roadmap data version {link}; this is version {current}, so results may differ"
            ),
        }
    }
}

/// Rewrites the parameters of one format version into the next. `MIGRATIONS[i]` lifts version
/// `i + 1` to `i + 2`. A change of format adds a function here and a frozen link of the old
/// version to the tests.
type Migration = fn(&Roadmap, Vec<(String, String)>) -> Vec<(String, String)>;
pub const MIGRATIONS: [Migration; 1] = [v1_to_v2];

/// Version 1 replayed the period since 2021, and `a1m=` set a duty on all of a group's tracks.
fn v1_to_v2(roadmap: &Roadmap, params: Vec<(String, String)>) -> Vec<(String, String)> {
    let pinned = params.iter().any(|(k, _)| k == "pin" || k.starts_with(PIN));
    let mut out = vec![("q".to_string(), "2021".to_string())];
    if pinned {
        out.push((format!("{PIN}q"), "2021".into()));
    }
    for (k, v) in params {
        let (prefix, key) = match k.strip_prefix(PIN) {
            Some(rest) => (PIN, rest),
            None => ("", k.as_str()),
        };
        let actor = key
            .strip_suffix('m')
            .and_then(|a| roadmap.actors.iter().find(|x| x.key == a));
        match actor {
            Some(actor) => out.extend(
                roadmap
                    .tracks
                    .iter()
                    .filter(|t| t.actor == actor.id)
                    .map(|t| (format!("{prefix}{key}.{}", t.solution), v.clone())),
            ),
            None => out.push((k, v)),
        }
    }
    out
}

/// The query string (without `?`) for a link. Only what differs from defaults is written.
pub fn encode(roadmap: &Roadmap, link: &Link) -> String {
    let mut out = vec![
        ("v".to_string(), FORMAT_VERSION.to_string()),
        ("d".to_string(), roadmap.meta.version.clone()),
    ];
    if roadmap.meta.id != DEFAULT_ROADMAP_ID {
        out.push(("r".into(), roadmap.meta.id.clone()));
    }
    if link.lang != Lang::Nb {
        out.push(("lang".into(), link.lang.code().into()));
    }
    encode_scenario(roadmap, &link.scenario, "", &mut out);
    if let Some(pinned) = &link.pinned {
        out.push(("pin".into(), "1".into()));
        encode_scenario(roadmap, pinned, PIN, &mut out);
    }
    if link.view != View::All {
        out.push(("view".into(), link.view.code().into()));
    }
    if link.embed {
        out.push(("embed".into(), "1".into()));
    }
    if let Some(key) = link
        .milestone
        .as_deref()
        .and_then(|id| roadmap.milestones.iter().find(|m| m.id == id))
        .map(|m| m.key.clone())
    {
        out.push(("ms".into(), key));
    }
    if let Some(sol) = &link.solution {
        out.push(("sol".into(), sol.clone()));
    }
    let RiskChoice { runs, seed, by } = link.risk;
    if let Some(runs) = runs {
        out.push(("runs".into(), runs.to_string()));
    }
    if let Some(seed) = seed {
        out.push(("seed".into(), seed.to_string()));
    }
    if let Some(by) = by {
        out.push(("by".into(), by.to_string()));
    }
    out.iter()
        .map(|(k, v)| format!("{}={}", escape(k), escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode_scenario(roadmap: &Roadmap, s: &Scenario, prefix: &str, out: &mut Vec<(String, String)>) {
    if s.question == Question::Since2021 {
        out.push((format!("{prefix}q"), "2021".into()));
    }
    if s.schedule == Schedule::Plan {
        out.push((format!("{prefix}s"), "plan".into()));
    }
    let changed = Lever::changed_in(s);
    // In the roadmap's order (a1 before a8), as version 1 wrote them.
    let place = |lever: &Lever| match lever {
        Lever::MilestoneDelay(m) => (1, roadmap.milestone_index(m), lever.kind(), None),
        Lever::Mandate(a, sol) => (
            0,
            roadmap.actor_index(a),
            lever.kind(),
            roadmap
                .tracks
                .iter()
                .position(|t| t.actor == *a && t.solution == *sol),
        ),
        _ => (0, roadmap.actor_index(lever.target()), lever.kind(), None),
    };
    let order = sorted_order(changed.len(), &|a, b| {
        place(&changed[a]).cmp(&place(&changed[b]))
    });
    for lever in order.into_iter().map(|i| &changed[i]) {
        let Some(key) = lever_key(roadmap, lever) else {
            continue;
        };
        let value = match lever.kind() {
            LeverKind::Mandate => match lever.mandate(s) {
                MandateLever::AsData => continue,
                MandateLever::Off => "off".to_string(),
                MandateLever::At(m) => m.to_string(),
            },
            _ => lever.value(s).to_string(),
        };
        out.push((format!("{prefix}{key}"), value));
    }
}

/// A lever's parameter name in a link, from the keys the roadmap assigns.
fn lever_key(roadmap: &Roadmap, lever: &Lever) -> Option<String> {
    let suffix = lever.kind().spec().link_suffix;
    match lever {
        Lever::MilestoneDelay(m) => roadmap
            .milestone_index(m)
            .map(|i| roadmap.milestones[i].key.clone()),
        Lever::Mandate(a, sol) => roadmap
            .actor(a)
            .map(|actor| format!("{}{suffix}.{sol}", actor.key)),
        other => roadmap
            .actor(other.target())
            .map(|actor| format!("{}{suffix}", actor.key)),
    }
}

/// Reads a query string (with or without the leading `?`). Never fails: see the module docs.
pub fn decode(roadmap: &Roadmap, query: &str) -> (Link, Vec<Notice>) {
    let mut notices = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = if query.len() > MAX_QUERY_LEN {
        let mut cut = MAX_QUERY_LEN;
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        notices.push(notice("", &query.len().to_string(), Problem::TooLong));
        &query[..cut]
    } else {
        query
    };

    // The keys so far, sorted.
    let mut seen: Vec<String> = Vec::new();
    let mut params = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (unescape(k), unescape(v));
        match seen.binary_search(&k) {
            Ok(_) => {
                notices.push(notice(&k, &v, Problem::Duplicate));
                continue;
            }
            Err(at) => seen.insert(at, k.clone()),
        }
        params.push((k, v));
    }

    let version = params
        .iter()
        .find(|(k, _)| k == "v")
        .map(|(_, v)| v.clone());
    let version_number = match version.as_deref().map(str::parse::<u32>) {
        None => FORMAT_VERSION,
        Some(Ok(n)) if n >= 1 => n,
        Some(_) => {
            let v = version.clone().unwrap_or_default();
            notices.push(notice(
                "v",
                &v,
                Problem::BadValue {
                    expected: Expected::FormatVersion,
                },
            ));
            FORMAT_VERSION
        }
    };
    if version_number > FORMAT_VERSION {
        notices.push(notice(
            "v",
            &version_number.to_string(),
            Problem::NewerFormat {
                version: version_number.to_string(),
            },
        ));
    }
    let first_migration = (version_number as usize).saturating_sub(1);
    for migrate in MIGRATIONS.iter().skip(first_migration) {
        params = migrate(roadmap, params);
    }

    if roadmap.meta.id != DEFAULT_ROADMAP_ID && !params.iter().any(|(k, _)| k == "r") {
        notices.push(notice(
            "r",
            DEFAULT_ROADMAP_ID,
            Problem::OtherRoadmap {
                link: DEFAULT_ROADMAP_ID.into(),
                current: roadmap.meta.id.clone(),
            },
        ));
    }
    let mut link = Link::default();
    let mut pinned = Scenario::default();
    let mut has_pin = false;
    for (k, v) in params {
        match k.as_str() {
            "v" => {}
            "d" => {
                if v != roadmap.meta.version {
                    notices.push(notice(
                        &k,
                        &v,
                        Problem::OtherDataVersion {
                            link: v.clone(),
                            current: roadmap.meta.version.clone(),
                        },
                    ));
                }
            }
            "r" => {
                if v != roadmap.meta.id {
                    notices.push(notice(
                        &k,
                        &v,
                        Problem::OtherRoadmap {
                            link: v.clone(),
                            current: roadmap.meta.id.clone(),
                        },
                    ));
                }
            }
            "lang" => match Lang::from_code(&v) {
                Some(l) => link.lang = l,
                None => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::OneOf(&["nb", "nn", "en"]),
                    },
                )),
            },
            "pin" => match v.as_str() {
                "1" => has_pin = true,
                _ => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::OneOf(&["1"]),
                    },
                )),
            },
            "view" => match View::from_code(&v) {
                Some(view) => link.view = view,
                None => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::OneOf(&[
                            "all", "adoption", "benefits", "timeline", "graph",
                        ]),
                    },
                )),
            },
            "embed" => match v.as_str() {
                "1" => link.embed = true,
                "0" => {}
                _ => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::OneOf(&["1", "0"]),
                    },
                )),
            },
            "ms" => match roadmap.milestones.iter().find(|m| m.key == v) {
                Some(m) => link.milestone = Some(m.id.clone()),
                None => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::MilestoneKey,
                    },
                )),
            },
            "sol" => match roadmap.solution(&v) {
                Some(s) => link.solution = Some(s.id.clone()),
                None => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::SolutionId,
                    },
                )),
            },
            "runs" => match v.parse::<u32>() {
                Ok(n) if (RUNS_RANGE.0..=RUNS_RANGE.1).contains(&n) => link.risk.runs = Some(n),
                Ok(_) => notices.push(notice(
                    &k,
                    &v,
                    Problem::OutOfRange {
                        min: RUNS_RANGE.0.to_string(),
                        max: RUNS_RANGE.1.to_string(),
                    },
                )),
                Err(_) => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::Number,
                    },
                )),
            },
            "seed" => match v.parse::<u64>() {
                Ok(n) => link.risk.seed = Some(n),
                Err(_) => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::Number,
                    },
                )),
            },
            "by" => match v.parse::<Month>() {
                Ok(m) => link.risk.by = Some(m),
                Err(_) => notices.push(notice(
                    &k,
                    &v,
                    Problem::BadValue {
                        expected: Expected::OneOf(&["YYYY-MM"]),
                    },
                )),
            },
            _ => {
                let (target, key) = match k.strip_prefix(PIN) {
                    Some(rest) => {
                        has_pin = true;
                        (&mut pinned, rest)
                    }
                    None => (&mut link.scenario, k.as_str()),
                };
                if let Err(problem) = apply_lever(roadmap, target, key, &v) {
                    notices.push(notice(&k, &v, problem));
                }
            }
        }
    }
    if has_pin {
        link.pinned = Some(drop_not_offered(roadmap, pinned, PIN, &mut notices));
    }
    link.scenario = drop_not_offered(roadmap, link.scenario, "", &mut notices);
    (link, notices)
}

/// Removes the levers that the scenario's question does not offer (a delay of a milestone that
/// happened, a duty already in force, a deadline before the data date), each with a notice.
fn drop_not_offered(
    roadmap: &Roadmap,
    scenario: Scenario,
    prefix: &str,
    notices: &mut Vec<Notice>,
) -> Scenario {
    let mut scenario = scenario.normalised();
    let first_deadline = match scenario.question {
        Question::FromToday => roadmap.meta.data_date.plus(1),
        Question::Since2021 => roadmap.meta.start,
    };
    for lever in Lever::changed_in(&scenario) {
        let param = || format!("{prefix}{}", lever_key(roadmap, &lever).unwrap_or_default());
        let value = match lever.mandate(&scenario) {
            MandateLever::At(m) => m.to_string(),
            MandateLever::Off => "off".into(),
            MandateLever::AsData => lever.value(&scenario).to_string(),
        };
        let problem = match (
            lever.offered(roadmap, scenario.question),
            lever.mandate(&scenario),
        ) {
            (Err(why), _) => Problem::NotOffered { why },
            (Ok(()), MandateLever::At(m)) if m < first_deadline => Problem::OutOfRange {
                min: first_deadline.to_string(),
                max: roadmap.meta.end.to_string(),
            },
            _ => continue,
        };
        notices.push(notice(&param(), &value, problem));
        scenario = lever.reset_in(&scenario);
    }
    scenario
}

fn apply_lever(roadmap: &Roadmap, s: &mut Scenario, key: &str, v: &str) -> Result<(), Problem> {
    match key {
        "q" => {
            s.question = match v {
                "2021" => Question::Since2021,
                "today" => Question::FromToday,
                _ => {
                    return Err(Problem::BadValue {
                        expected: Expected::OneOf(&["2021", "today"]),
                    })
                }
            };
            return Ok(());
        }
        "s" => {
            s.schedule = match v {
                "plan" => Schedule::Plan,
                "forecast" => Schedule::Forecast,
                _ => {
                    return Err(Problem::BadValue {
                        expected: Expected::OneOf(&["plan", "forecast"]),
                    })
                }
            };
            return Ok(());
        }
        _ => {}
    }
    if let Some(m) = roadmap.milestones.iter().find(|m| m.key == key) {
        let delay = whole(v, limits::MILESTONE_DELAY_MONTHS)?;
        s.milestones.insert(m.id.clone(), MilestoneLevers { delay });
        return Ok(());
    }
    let (lever_part, solution) = match key.split_once('.') {
        Some((l, sol)) => (l, Some(sol)),
        None => (key, None),
    };
    let lever = LeverKind::ALL
        .into_iter()
        .filter(|k| k.per_actor())
        .find_map(|kind| {
            let actor_key = lever_part.strip_suffix(kind.spec().link_suffix)?;
            let actor = roadmap.actors.iter().find(|a| a.key == actor_key)?;
            let id = actor.id.clone();
            match (kind, solution) {
                (LeverKind::Mandate, Some(sol)) => Some(Lever::Mandate(id, sol.to_string())),
                (LeverKind::Mandate, None) | (_, Some(_)) => None,
                (LeverKind::Speed, None) => Some(Lever::Speed(id)),
                (LeverKind::Delay, None) => Some(Lever::Delay(id)),
                (LeverKind::Ceiling, None) => Some(Lever::Ceiling(id)),
                (LeverKind::MilestoneDelay, None) => None,
            }
        })
        .ok_or(Problem::UnknownParameter)?;
    let spec = lever.kind().spec();
    match &lever {
        Lever::Mandate(actor, sol) => {
            if roadmap.track_of(actor, sol).is_none() {
                return Err(Problem::UnknownParameter);
            }
            let mandate = match v {
                "off" => MandateLever::Off,
                "data" => MandateLever::AsData,
                _ => {
                    let m: Month = v.parse().map_err(|_| Problem::BadValue {
                        expected: Expected::OneOf(&["off", "YYYY-MM"]),
                    })?;
                    let (start, end) = (roadmap.meta.start, roadmap.meta.end);
                    if m < start || m > end {
                        return Err(Problem::OutOfRange {
                            min: start.to_string(),
                            max: end.to_string(),
                        });
                    }
                    MandateLever::At(m)
                }
            };
            lever.set_mandate(s, mandate);
        }
        _ if spec.unit == crate::scenario::Unit::Months => {
            let months = whole(v, (spec.min as u32, spec.max as u32))?;
            lever.set(s, months as f64);
        }
        _ => lever.set(s, decimal(v, (spec.min, spec.max))?),
    }
    Ok(())
}

fn decimal(v: &str, (min, max): (f64, f64)) -> Result<f64, Problem> {
    let x = crate::decimal::parse(v).ok_or(Problem::BadValue {
        expected: Expected::Number,
    })?;
    within(x, min, max)
}

fn whole(v: &str, (min, max): (u32, u32)) -> Result<u32, Problem> {
    if v.is_empty() || v.len() > 9 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::BadValue {
            expected: Expected::WholeMonths,
        });
    }
    let x: u32 = v.parse().map_err(|_| Problem::BadValue {
        expected: Expected::WholeMonths,
    })?;
    within(x, min, max)
}

fn within<T: PartialOrd + ToString>(x: T, min: T, max: T) -> Result<T, Problem> {
    if x < min || x > max {
        return Err(Problem::OutOfRange {
            min: min.to_string(),
            max: max.to_string(),
        });
    }
    Ok(x)
}

fn notice(param: &str, value: &str, problem: Problem) -> Notice {
    let cut = |s: &str| s.chars().take(40).collect::<String>();
    Notice {
        param: cut(param),
        value: cut(value),
        problem,
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; malformed escapes are kept as they are, invalid UTF-8 is replaced.
fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
