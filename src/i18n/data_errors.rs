//! What is wrong with a roadmap or scenario file ([`DataError`]), in bokmål, nynorsk and English.
//!
//! Kept apart from the page's [`super::Strings`]: only the reader worker and the command line
//! render these, so the page's first view carries none of them and the worker none of the page's.
//! The English is the command line's (`Display` of the model's types). Field paths, ids, TOML keys
//! and examples of what to write are code, quoted as the file has them, in every language; the
//! TOML and JSON parsers' own messages are English and shown in English only.

use super::fill;
use crate::model::problem::{Entity, Expected, Found, Kind, Problem};
use crate::model::{DataError, DataErrors, Lang, Month};
use crate::scenario::{NotOffered, SCENARIO_FILE_VERSION};

macro_rules! error_strings {
    ($($(#[$doc:meta])* $key:ident),* $(,)?) => {
        /// One language's words for data errors.
        #[derive(Debug)]
        pub struct ErrorStrings {
            $($(#[$doc])* pub $key: &'static str,)*
        }

        impl ErrorStrings {
            /// Every key with its text, for the completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

error_strings! {
    // Where
    file, at, meta, uncertainty, packed, numbered, field,
    // Kinds of entity
    source, actor, solution, track, milestone, benefit, preset, correlation_group,
    // Lists: `{a}`, `{b}`; `{list}`; one item of a list of sections.
    or, one_of, section_item,
    // What was found
    found_string, found_integer, found_float, found_boolean, found_datetime, found_array,
    found_table,
    // What was expected
    expected_string, expected_boolean, expected_number, expected_whole_number, expected_month,
    expected_array, expected_table, expected_section, expected_sourced, expected_slip,
    expected_range, expected_correlation_group, expected_condition, expected_text, expected_note,
    expected_source, expected_bass, expected_observation, expected_use_share, expected_weighted,
    expected_source_ids, expected_actor_levers, expected_milestone_levers, expected_levers,
    // Problems
    not_toml, too_deep, duplicate_key, not_json, null_in_json, not_levers, json_in_app,
    scenario_version, unknown_section, missing_section, sources_not_table, not_array_of_tables,
    invalid_type, invalid_value, unknown_variant, unknown_field, missing_field, not_a_month,
    not_a_mandate, no_provenance, both_provenance, track_condition_without_share,
    condition_either_or, no_source_listed, unknown, assumption_without_reason, out_of_range,
    range_out_of_range, range_misses_value, narrower_than, in_another_group, outside_horizon,
    empty_text, empty_version, empty_title, bad_id, duplicate_id, bad_link_key,
    duplicate_link_key, horizon_too_short, horizon_too_long, not_http_url, same_id_as_milestone,
    waits_for_itself, own_vendor, caps_itself, not_vendor_group, other_group_cap,
    target_before_start, after_horizon_end, initial_above_ceiling, after_data_date,
    slip_out_of_order, decided_does_not_slip, happened_not_forecast, no_track_listed,
    no_point_listed, points_out_of_order, cycle, plan_needs_since_2021, no_such_actor,
    no_track_for, no_such_milestone, happened, in_force, no_duty, mandate_outside,
    months_more_than, lever_outside, packed_by_another_version,
}

/// The words for data errors in a language.
pub fn error_strings(lang: Lang) -> &'static ErrorStrings {
    match lang {
        Lang::Nb => &ERRORS_NB,
        Lang::Nn => &ERRORS_NN,
        Lang::En => &ERRORS_EN,
    }
}

/// One problem as one line: `file: entity, field 'path': what`.
pub fn data_error(lang: Lang, e: &DataError) -> String {
    let t = error_strings(lang);
    let field = (!e.field.is_empty()).then(|| fill(t.field, &[("field", &e.field)]));
    let place = match (entity(lang, &e.entity), field) {
        (Some(entity), Some(field)) => format!("{entity}, {field}: "),
        (Some(only), None) | (None, Some(only)) => format!("{only}: "),
        (None, None) => String::new(),
    };
    format!("{}: {place}{}", e.file, problem(lang, &e.problem))
}

/// Every problem of a file, one line each.
pub fn data_error_lines(lang: Lang, errors: &DataErrors) -> Vec<String> {
    errors.0.iter().map(|e| data_error(lang, e)).collect()
}

fn kind(t: &ErrorStrings, k: Kind) -> &'static str {
    match k {
        Kind::Source => t.source,
        Kind::Actor => t.actor,
        Kind::Solution => t.solution,
        Kind::Track => t.track,
        Kind::Milestone => t.milestone,
        Kind::Benefit => t.benefit,
        Kind::Preset => t.preset,
        Kind::CorrelationGroup => t.correlation_group,
    }
}

/// What holds a problem, in words; `None` when no entity is named.
pub fn entity(lang: Lang, e: &Entity) -> Option<String> {
    let t = error_strings(lang);
    Some(match e {
        Entity::Unnamed => return None,
        Entity::File => t.file.to_string(),
        Entity::At { line, column } => fill(
            t.at,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        Entity::Meta => t.meta.to_string(),
        Entity::Uncertainty => t.uncertainty.to_string(),
        Entity::Named(k, id) => format!("{} '{id}'", kind(t, *k)),
        Entity::Numbered(k, n) => fill(t.numbered, &[("kind", kind(t, *k)), ("n", &n.to_string())]),
        Entity::Node(id) => format!("'{id}'"),
        Entity::Packed => t.packed.to_string(),
    })
}

/// A number as read from a file, with the language's decimal mark (`0,001` in Norwegian).
fn num(lang: Lang, x: f64) -> String {
    let s = x.to_string();
    match lang {
        Lang::Nb | Lang::Nn => s.replace('.', ","),
        Lang::En => s,
    }
}

/// `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``, as serde lists what it expected.
fn one_of(t: &ErrorStrings, names: &[&str]) -> String {
    let code = |n: &str| format!("`{n}`");
    match names {
        [one] => code(one),
        [a, b] => fill(t.or, &[("a", &code(a)), ("b", &code(b))]),
        _ => {
            let listed: Vec<String> = names.iter().map(|n| code(n)).collect();
            fill(t.one_of, &[("list", &listed.join(", "))])
        }
    }
}

fn found(t: &ErrorStrings, f: &Found) -> String {
    let (template, value) = match f {
        Found::String(s) => (t.found_string, s.clone()),
        Found::Integer(n) => (t.found_integer, n.clone()),
        Found::Float(x) => (t.found_float, x.clone()),
        Found::Boolean(b) => (t.found_boolean, b.to_string()),
        Found::Datetime(d) => (t.found_datetime, d.clone()),
        Found::Array => (t.found_array, String::new()),
        Found::Table => (t.found_table, String::new()),
    };
    fill(template, &[("value", &value)])
}

fn expected(t: &ErrorStrings, e: &Expected) -> String {
    match e {
        Expected::String => t.expected_string,
        Expected::Boolean => t.expected_boolean,
        Expected::Number => t.expected_number,
        Expected::WholeNumber => t.expected_whole_number,
        Expected::Month => t.expected_month,
        Expected::Array => t.expected_array,
        Expected::Table => t.expected_table,
        Expected::Section(section) => return fill(t.expected_section, &[("section", section)]),
        Expected::OneOf(names) => return one_of(t, names),
        Expected::Sourced => t.expected_sourced,
        Expected::Slip => t.expected_slip,
        Expected::Range => t.expected_range,
        Expected::CorrelationGroup => t.expected_correlation_group,
        Expected::Condition => t.expected_condition,
        Expected::Text => t.expected_text,
        Expected::Note => t.expected_note,
        Expected::Source => t.expected_source,
        Expected::Bass => t.expected_bass,
        Expected::Observation => t.expected_observation,
        Expected::UseShare => t.expected_use_share,
        Expected::Weighted => t.expected_weighted,
        Expected::SourceIds => t.expected_source_ids,
        Expected::ActorLevers => t.expected_actor_levers,
        Expected::MilestoneLevers => t.expected_milestone_levers,
        Expected::Levers => t.expected_levers,
    }
    .to_string()
}

/// What is wrong, in words.
pub fn problem(lang: Lang, p: &Problem) -> String {
    let t = error_strings(lang);
    let n = |x: f64| num(lang, x);
    let m = |x: &Month| x.to_string();
    let months = |start: &Month, end: &Month| [("start", m(start)), ("end", m(end))];
    let with = |template: &str, values: &[(&str, String)]| {
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(template, &values)
    };
    match p {
        Problem::NotToml(detail) => with(t.not_toml, &[("detail", detail.clone())]),
        Problem::TooDeep => t.too_deep.to_string(),
        Problem::DuplicateKey(key) => with(t.duplicate_key, &[("key", key.clone())]),
        Problem::NotJson {
            detail,
            line,
            column,
        } => with(
            t.not_json,
            &[
                ("detail", detail.clone()),
                ("line", line.to_string()),
                ("column", column.to_string()),
            ],
        ),
        Problem::NullInJson => t.null_in_json.to_string(),
        Problem::NotLevers => t.not_levers.to_string(),
        Problem::JsonInApp => t.json_in_app.to_string(),
        Problem::ScenarioVersion(value) => with(
            t.scenario_version,
            &[
                ("value", value.clone()),
                ("max", SCENARIO_FILE_VERSION.to_string()),
            ],
        ),
        Problem::UnknownSection(sections) => {
            let listed: Vec<String> = sections
                .iter()
                .map(|s| fill(t.section_item, &[("name", s)]))
                .collect();
            with(t.unknown_section, &[("sections", listed.join(", "))])
        }
        Problem::MissingSection(section) => {
            with(t.missing_section, &[("section", section.clone())])
        }
        Problem::SourcesNotTable => t.sources_not_table.to_string(),
        Problem::NotArrayOfTables(section) => {
            with(t.not_array_of_tables, &[("section", section.clone())])
        }
        Problem::InvalidType {
            found: f,
            expected: e,
        } => with(
            t.invalid_type,
            &[("found", found(t, f)), ("expected", expected(t, e))],
        ),
        Problem::Negative(value) => with(
            t.invalid_value,
            &[
                ("value", value.to_string()),
                ("expected", expected(t, &Expected::WholeNumber)),
            ],
        ),
        Problem::UnknownVariant { found, expected } => with(
            t.unknown_variant,
            &[("found", found.clone()), ("expected", one_of(t, expected))],
        ),
        Problem::UnknownField { found, expected } => with(
            t.unknown_field,
            &[("found", found.clone()), ("expected", one_of(t, expected))],
        ),
        Problem::MissingField(key) => with(t.missing_field, &[("key", key.clone())]),
        Problem::NotAMonth(value) => with(t.not_a_month, &[("value", value.clone())]),
        Problem::NotAMandate(value) => {
            let month = with(t.not_a_month, &[("value", value.clone())]);
            with(t.not_a_mandate, &[("month", month)])
        }
        Problem::NoProvenance => t.no_provenance.to_string(),
        Problem::BothProvenance => t.both_provenance.to_string(),
        Problem::TrackConditionWithoutShare => t.track_condition_without_share.to_string(),
        Problem::ConditionEitherOr => t.condition_either_or.to_string(),
        Problem::NoSourceListed => t.no_source_listed.to_string(),
        Problem::Unknown(k, id) => with(
            t.unknown,
            &[("kind", kind(t, *k).to_string()), ("id", id.clone())],
        ),
        Problem::AssumptionWithoutReason => t.assumption_without_reason.to_string(),
        Problem::OutOfRange { value, lo, hi } => with(
            t.out_of_range,
            &[("value", n(*value)), ("lo", n(*lo)), ("hi", n(*hi))],
        ),
        Problem::RangeOutOfRange { low, high, lo, hi } => with(
            t.range_out_of_range,
            &[
                ("low", n(*low)),
                ("high", n(*high)),
                ("lo", n(*lo)),
                ("hi", n(*hi)),
            ],
        ),
        Problem::RangeMissesValue { low, value, high } => with(
            t.range_misses_value,
            &[("low", n(*low)), ("value", n(*value)), ("high", n(*high))],
        ),
        Problem::NarrowerThan {
            value,
            field,
            other,
        } => with(
            t.narrower_than,
            &[
                ("value", n(*value)),
                ("field", field.to_string()),
                ("other", n(*other)),
            ],
        ),
        Problem::InAnotherGroup(actor) => with(t.in_another_group, &[("actor", actor.clone())]),
        Problem::OutsideHorizon { month, start, end } => {
            let [s, e] = months(start, end);
            with(t.outside_horizon, &[("month", m(month)), s, e])
        }
        Problem::EmptyText => t.empty_text.to_string(),
        Problem::EmptyVersion => t.empty_version.to_string(),
        Problem::EmptyTitle => t.empty_title.to_string(),
        Problem::BadId => t.bad_id.to_string(),
        Problem::DuplicateId(k) => with(t.duplicate_id, &[("kind", kind(t, *k).to_string())]),
        Problem::BadLinkKey(key) => with(t.bad_link_key, &[("key", key.clone())]),
        Problem::DuplicateLinkKey(key) => with(t.duplicate_link_key, &[("key", key.clone())]),
        Problem::HorizonTooShort { start, end } => with(t.horizon_too_short, &months(start, end)),
        Problem::HorizonTooLong { start, end } => with(t.horizon_too_long, &months(start, end)),
        Problem::NotHttpUrl(url) => with(t.not_http_url, &[("url", url.clone())]),
        Problem::SameIdAsMilestone => t.same_id_as_milestone.to_string(),
        Problem::WaitsForItself => t.waits_for_itself.to_string(),
        Problem::OwnVendor => t.own_vendor.to_string(),
        Problem::CapsItself => t.caps_itself.to_string(),
        Problem::NotVendorGroup { track, actor } => with(
            t.not_vendor_group,
            &[("track", track.clone()), ("actor", actor.clone())],
        ),
        Problem::OtherGroupCap { track, actor, own } => with(
            t.other_group_cap,
            &[
                ("track", track.clone()),
                ("actor", actor.clone()),
                ("own", own.clone()),
            ],
        ),
        Problem::TargetBeforeStart { month, start } => with(
            t.target_before_start,
            &[("month", m(month)), ("start", m(start))],
        ),
        Problem::AfterHorizonEnd { month, end } => {
            with(t.after_horizon_end, &[("month", m(month)), ("end", m(end))])
        }
        Problem::InitialAboveCeiling { initial, ceiling } => with(
            t.initial_above_ceiling,
            &[("initial", n(*initial)), ("ceiling", n(*ceiling))],
        ),
        Problem::AfterDataDate { month, data_date } => with(
            t.after_data_date,
            &[("month", m(month)), ("data_date", m(data_date))],
        ),
        Problem::SlipOutOfOrder => t.slip_out_of_order.to_string(),
        Problem::DecidedDoesNotSlip => t.decided_does_not_slip.to_string(),
        Problem::HappenedNotForecast => t.happened_not_forecast.to_string(),
        Problem::NoTrackListed => t.no_track_listed.to_string(),
        Problem::NoPointListed => t.no_point_listed.to_string(),
        Problem::PointsOutOfOrder { month, before } => with(
            t.points_out_of_order,
            &[("month", m(month)), ("before", m(before))],
        ),
        Problem::Cycle(ids) => with(t.cycle, &[("cycle", ids.join(" → "))]),
        Problem::PlanNeedsSince2021 => t.plan_needs_since_2021.to_string(),
        Problem::NoSuchActor => t.no_such_actor.to_string(),
        Problem::NoTrackFor(solution) => with(t.no_track_for, &[("solution", solution.clone())]),
        Problem::NoSuchMilestone => t.no_such_milestone.to_string(),
        Problem::NotOffered(why) => match why {
            NotOffered::Happened(month) => with(t.happened, &[("month", m(month))]),
            NotOffered::InForce(month) => with(t.in_force, &[("month", m(month))]),
            NotOffered::NoDuty => t.no_duty.to_string(),
        },
        Problem::MandateOutside { month, first, end } => with(
            t.mandate_outside,
            &[("month", m(month)), ("first", m(first)), ("end", m(end))],
        ),
        Problem::MonthsMoreThan { value, max } => with(
            t.months_more_than,
            &[("value", n(*value)), ("max", n(*max))],
        ),
        Problem::LeverOutside { value, min, max } => with(
            t.lever_outside,
            &[("value", n(*value)), ("min", n(*min)), ("max", n(*max))],
        ),
        Problem::PackedByAnotherVersion => t.packed_by_another_version.to_string(),
    }
}

pub const ERRORS_EN: ErrorStrings = ErrorStrings {
    file: "file",
    at: "line {line}, column {column}",
    meta: "meta",
    uncertainty: "uncertainty",
    packed: "the packed roadmap",
    numbered: "{kind} #{n}",
    field: "field '{field}'",
    source: "source",
    actor: "actor",
    solution: "solution",
    track: "track",
    milestone: "milestone",
    benefit: "benefit",
    preset: "preset",
    correlation_group: "correlation group",
    or: "{a} or {b}",
    one_of: "one of {list}",
    section_item: "{name}",
    found_string: "string {value}",
    found_integer: "integer `{value}`",
    found_float: "floating point `{value}`",
    found_boolean: "boolean `{value}`",
    found_datetime: "datetime `{value}`",
    found_array: "array",
    found_table: "table",
    expected_string: "a string",
    expected_boolean: "a boolean (true or false)",
    expected_number: "a number",
    expected_whole_number: "a whole number ≥ 0",
    expected_month: "a month as a string: \"YYYY-MM\"",
    expected_array: "an array",
    expected_table: "a table",
    expected_section: "a table: {section}",
    expected_sourced: "a value with its source or assumption: { v = …, src = \"S1\" } or { v = …, assume = \"reason\" }",
    expected_slip: "a slip estimate in months: { low = …, mode = …, high = …, assume = \"reason\" }",
    expected_range: "a range: { low = …, high = …, src = \"S1\" } or { low = …, high = …, assume = \"reason\" }",
    expected_correlation_group: "a correlation group: { id = \"…\", actors = [\"…\"], correlation = { v = …, assume = \"reason\" } }",
    expected_condition: "a condition: { milestone = \"id\", lag = … } or { track = \"id\", share = … }",
    expected_text: "a text in three languages: { nb = \"…\", nn = \"…\", en = \"…\" }",
    expected_note: "a text: \"…\" or { nb = \"…\", nn = \"…\", en = \"…\" }",
    expected_source: "a source: { url = \"https://…\", title = \"…\", about = { nb = \"…\", nn = \"…\", en = \"…\" } }",
    expected_bass: "Bass coefficients: { p = { v = …, src = \"S1\" }, q = { v = …, assume = \"reason\" } }",
    expected_observation: "an observation: { date = \"YYYY-MM\", share = …, src = \"S1\" }",
    expected_use_share: "use over time: { reference = { v = …, assume = \"…\" }, points = [ { date = \"YYYY-MM\", share = …, src = \"S1\" } ] }",
    expected_weighted: "a weighted track: { track = \"id\", weight = { v = …, src = \"S1\" } }",
    expected_source_ids: "a source id (\"S1\") or a list of source ids ([\"S1\", \"S2\"])",
    expected_actor_levers: "an actor group's levers: { delay = …, speed = …, ceiling = …, mandates = { … } }",
    expected_milestone_levers: "a milestone's levers: { delay = … }",
    expected_levers: "a table of levers",
    not_toml: "not valid TOML: {detail}",
    too_deep: "not valid TOML: tables or arrays nested too deeply",
    duplicate_key: "not valid TOML: duplicate key `{key}`",
    not_json: "not valid JSON: {detail}",
    null_in_json: "null is not a value in a scenario file",
    not_levers: "a scenario file is a table of levers",
    json_in_app: "the app reads scenario files in TOML (veikart-scenario.toml); a JSON file still runs with `veikart run --scenario`",
    scenario_version: "{value} is not a scenario format this app reads (1–{max})",
    unknown_section: "unknown section; expected one of: {sections}",
    missing_section: "missing section {section}",
    sources_not_table: "must be a table of source id = { url, title }",
    not_array_of_tables: "must be an array of tables: [[{section}]]",
    invalid_type: "invalid type: {found}, expected {expected}",
    invalid_value: "invalid value: integer `{value}`, expected {expected}",
    unknown_variant: "unknown variant `{found}`, expected {expected}",
    unknown_field: "unknown field `{found}`, expected {expected}",
    missing_field: "missing field `{key}`",
    not_a_month: "'{value}' is not a month: write it as YYYY-MM, e.g. 2024-07",
    not_a_mandate: "mandate is \"data\", \"off\" or a month: {month}",
    no_provenance: "needs a source (src = \"S1\") or an assumption with its reason (assume = \"…\")",
    both_provenance: "has both src and assume: a value is either sourced or an assumption",
    track_condition_without_share: "a track condition needs the share to reach (share = { v = 0.5, … })",
    condition_either_or: "a condition is either { milestone = \"id\", lag = … } or { track = \"id\", share = … }",
    no_source_listed: "src lists no source",
    unknown: "unknown {kind} '{id}'",
    assumption_without_reason: "an assumption needs its reason (assume = \"…\")",
    out_of_range: "{value} is outside the allowed range {lo}–{hi}",
    range_out_of_range: "{low}–{high} is outside the allowed range {lo}–{hi}",
    range_misses_value: "needs low ≤ value ≤ high: {low} ≤ {value} ≤ {high} does not hold (an inverted range, or one that misses its value)",
    narrower_than: "{value} is narrower than {field} {other}: an assumption gets at least the width of a source",
    in_another_group: "actor '{actor}' is already in another group: a track is drawn with one group",
    outside_horizon: "{month} is outside the horizon {start}–{end}",
    empty_text: "empty text",
    empty_version: "empty version",
    empty_title: "empty title",
    bad_id: "ids are 1–64 lower-case letters, digits and '_', starting with a letter",
    duplicate_id: "duplicate {kind} id",
    bad_link_key: "'{key}' is not a link key: a letter and 1–3 digits, e.g. a7",
    duplicate_link_key: "duplicate link key '{key}'",
    horizon_too_short: "the horizon {start}–{end} must span at least a year",
    horizon_too_long: "the horizon {start}–{end} is longer than 60 years",
    not_http_url: "'{url}' is not an http(s) URL",
    same_id_as_milestone: "a milestone has the same id",
    waits_for_itself: "a track cannot wait for itself",
    own_vendor: "a track cannot be its own vendor",
    caps_itself: "a track cannot cap itself",
    not_vendor_group: "track '{track}' belongs to '{actor}', which is not a vendor group (vendor = true)",
    other_group_cap: "track '{track}' belongs to '{actor}': a cap by an earlier step must be of the same actor group '{own}'",
    target_before_start: "{month} is before the horizon's start {start}: a target is drawn beside the forecast",
    after_horizon_end: "{month} is after the horizon's end {end}",
    initial_above_ceiling: "{initial} is above the ceiling {ceiling}",
    after_data_date: "{month} is after the data date {data_date}",
    slip_out_of_order: "needs -24 ≤ low ≤ mode ≤ high ≤ 120 (months)",
    decided_does_not_slip: "a decided date (a go-live that happened, a forskrift) does not slip: write { low = 0, mode = 0, high = 0 }",
    happened_not_forecast: "a milestone that happened (actual) is decided, not a forecast",
    no_track_listed: "lists no track: a benefit needs both sides of the exchange",
    no_point_listed: "lists no point: use needs at least one observation",
    points_out_of_order: "{month} is not after the point before it ({before}): points go in date order",
    cycle: "dependency cycle: {cycle}",
    plan_needs_since_2021: "\"plan\" replays the 2021 plan and needs question = \"since_2021\"",
    no_such_actor: "no actor group with this id",
    no_track_for: "this actor group has no track for solution '{solution}'",
    no_such_milestone: "no milestone with this id",
    happened: "the milestone happened in {month}; in the question from today history does not move",
    in_force: "the duty has been in force since {month}; in the question from today it cannot be set again",
    no_duty: "this actor group cannot be given a duty",
    mandate_outside: "{month} is outside {first}–{end}",
    months_more_than: "{value} months is more than {max}",
    lever_outside: "{value} is outside {min}–{max}",
    packed_by_another_version: "does not decode: it was packed by another version of Veikart",
};

pub const ERRORS_NB: ErrorStrings = ErrorStrings {
    file: "filen",
    at: "linje {line}, kolonne {column}",
    meta: "delen [meta]",
    uncertainty: "delen [uncertainty]",
    packed: "det pakkede veikartet",
    numbered: "{kind} nr. {n}",
    field: "felt '{field}'",
    source: "kilde",
    actor: "aktørgruppe",
    solution: "løsning",
    track: "innføringsløp",
    milestone: "milepæl",
    benefit: "gevinst",
    preset: "scenario",
    correlation_group: "korrelasjonsgruppe",
    or: "{a} eller {b}",
    one_of: "én av {list}",
    section_item: "`{name}`",
    found_string: "teksten {value}",
    found_integer: "heltallet `{value}`",
    found_float: "desimaltallet `{value}`",
    found_boolean: "sannhetsverdien `{value}`",
    found_datetime: "tidspunktet `{value}`",
    found_array: "en liste",
    found_table: "en tabell",
    expected_string: "en tekst i anførselstegn",
    expected_boolean: "en sannhetsverdi (`true` eller `false`)",
    expected_number: "et tall",
    expected_whole_number: "et helt tall ≥ 0",
    expected_month: "en måned som tekst: \"ÅÅÅÅ-MM\"",
    expected_array: "en liste",
    expected_table: "en tabell",
    expected_section: "en tabell: `{section}`",
    expected_sourced: "en verdi med kilde eller antagelse: `{ v = …, src = \"S1\" }` eller `{ v = …, assume = \"begrunnelse\" }`",
    expected_slip: "et anslag for forsinkelse i måneder: `{ low = …, mode = …, high = …, assume = \"begrunnelse\" }`",
    expected_range: "et spenn: `{ low = …, high = …, src = \"S1\" }` eller `{ low = …, high = …, assume = \"begrunnelse\" }`",
    expected_correlation_group: "en korrelasjonsgruppe: `{ id = \"…\", actors = [\"…\"], correlation = { v = …, assume = \"begrunnelse\" } }`",
    expected_condition: "et vilkår: `{ milestone = \"id\", lag = … }` eller `{ track = \"id\", share = … }`",
    expected_text: "en tekst på tre språk: `{ nb = \"…\", nn = \"…\", en = \"…\" }`",
    expected_note: "en tekst: `\"…\"` eller `{ nb = \"…\", nn = \"…\", en = \"…\" }`",
    expected_source: "en kilde: `{ url = \"https://…\", title = \"…\", about = { nb = \"…\", nn = \"…\", en = \"…\" } }`",
    expected_bass: "Bass-koeffisienter: `{ p = { v = …, src = \"S1\" }, q = { v = …, assume = \"begrunnelse\" } }`",
    expected_observation: "en observasjon: `{ date = \"ÅÅÅÅ-MM\", share = …, src = \"S1\" }`",
    expected_use_share: "bruk over tid: `{ reference = { v = …, assume = \"…\" }, points = [ { date = \"ÅÅÅÅ-MM\", share = …, src = \"S1\" } ] }`",
    expected_weighted: "et vektet innføringsløp: `{ track = \"id\", weight = { v = …, src = \"S1\" } }`",
    expected_source_ids: "en kilde-id (`\"S1\"`) eller en liste med kilde-id-er (`[\"S1\", \"S2\"]`)",
    expected_actor_levers: "spakene for en aktørgruppe: `{ delay = …, speed = …, ceiling = …, mandates = { … } }`",
    expected_milestone_levers: "spakene for en milepæl: `{ delay = … }`",
    expected_levers: "en tabell med spaker",
    not_toml: "ikke gyldig TOML",
    too_deep: "ikke gyldig TOML: tabeller eller lister ligger for dypt i hverandre",
    duplicate_key: "ikke gyldig TOML: nøkkelen `{key}` står to ganger",
    not_json: "ikke gyldig JSON (linje {line}, kolonne {column})",
    null_in_json: "`null` er ikke en verdi i en scenariofil",
    not_levers: "en scenariofil er en tabell med spaker",
    json_in_app: "appen leser scenariofiler i TOML (`veikart-scenario.toml`); en JSON-fil kan fortsatt kjøres med `veikart run --scenario`",
    scenario_version: "{value} er ikke et scenarioformat denne appen leser (1–{max})",
    unknown_section: "ukjent del; ventet én av: {sections}",
    missing_section: "delen `{section}` mangler",
    sources_not_table: "må være en tabell med kilder: `S1 = { url = \"https://…\", title = \"…\" }`",
    not_array_of_tables: "må være en liste med tabeller: `[[{section}]]`",
    invalid_type: "feil type: {found}, ventet {expected}",
    invalid_value: "ugyldig verdi: heltallet `{value}`, ventet {expected}",
    unknown_variant: "ukjent verdi `{found}`, ventet {expected}",
    unknown_field: "ukjent felt `{found}`, ventet {expected}",
    missing_field: "feltet `{key}` mangler",
    not_a_month: "'{value}' er ikke en måned: skriv den som ÅÅÅÅ-MM, for eksempel 2024-07",
    not_a_mandate: "en plikt er \"data\", \"off\" eller en måned: {month}",
    no_provenance: "trenger en kilde (`src = \"S1\"`) eller en antagelse med begrunnelse (`assume = \"…\"`)",
    both_provenance: "har både `src` og `assume`: en verdi har enten en kilde eller er en antagelse",
    track_condition_without_share: "et vilkår om et innføringsløp trenger andelen som skal nås (`share = { v = 0.5, … }`)",
    condition_either_or: "et vilkår er enten `{ milestone = \"id\", lag = … }` eller `{ track = \"id\", share = … }`",
    no_source_listed: "`src` nevner ingen kilde",
    unknown: "{kind} '{id}' finnes ikke",
    assumption_without_reason: "en antagelse trenger en begrunnelse (`assume = \"…\"`)",
    out_of_range: "{value} er utenfor det tillatte området {lo}–{hi}",
    range_out_of_range: "{low}–{high} er utenfor det tillatte området {lo}–{hi}",
    range_misses_value: "krever `low` ≤ verdien ≤ `high`: {low} ≤ {value} ≤ {high} stemmer ikke (spennet er snudd, eller det omfatter ikke verdien)",
    narrower_than: "{value} er smalere enn `{field}` {other}: en antagelse får minst samme bredde som en kilde",
    in_another_group: "aktørgruppe '{actor}' er allerede i en annen gruppe: et innføringsløp trekkes med én gruppe",
    outside_horizon: "{month} er utenfor tidsrommet {start}–{end}",
    empty_text: "tom tekst",
    empty_version: "tom versjon",
    empty_title: "tom tittel",
    bad_id: "en id er 1–64 små bokstaver, sifre og '_', og begynner med en bokstav",
    duplicate_id: "{kind}-id-en står to ganger",
    bad_link_key: "'{key}' er ikke en lenkenøkkel: en bokstav og 1–3 sifre, for eksempel a7",
    duplicate_link_key: "lenkenøkkelen '{key}' står to ganger",
    horizon_too_short: "tidsrommet {start}–{end} må være minst ett år",
    horizon_too_long: "tidsrommet {start}–{end} er lengre enn 60 år",
    not_http_url: "'{url}' er ikke en http(s)-adresse",
    same_id_as_milestone: "en milepæl har samme id",
    waits_for_itself: "et innføringsløp kan ikke vente på seg selv",
    own_vendor: "et innføringsløp kan ikke være sin egen leverandør",
    caps_itself: "et innføringsløp kan ikke begrense seg selv",
    not_vendor_group: "innføringsløp '{track}' hører til '{actor}', som ikke er en leverandørgruppe (`vendor = true`)",
    other_group_cap: "innføringsløp '{track}' hører til '{actor}': en grense fra et tidligere steg må være fra samme aktørgruppe, '{own}'",
    target_before_start: "{month} er før tidsrommet starter, {start}: et mål tegnes ved siden av prognosen",
    after_horizon_end: "{month} er etter at tidsrommet slutter, {end}",
    initial_above_ceiling: "{initial} er over taket {ceiling}",
    after_data_date: "{month} er etter datadatoen {data_date}",
    slip_out_of_order: "krever -24 ≤ `low` ≤ `mode` ≤ `high` ≤ 120 (måneder)",
    decided_does_not_slip: "en fastsatt dato (en oppstart som har skjedd, en forskrift) forsinkes ikke: skriv `{ low = 0, mode = 0, high = 0 }`",
    happened_not_forecast: "en milepæl som har skjedd (`actual`), er fastsatt, ikke en prognose",
    no_track_listed: "nevner ikke noe innføringsløp: en gevinst trenger begge sider av utvekslingen",
    no_point_listed: "nevner ikke noe punkt: bruken trenger minst én observasjon",
    points_out_of_order: "{month} er ikke etter punktet foran ({before}): punktene står i datorekkefølge",
    cycle: "sirkulær avhengighet: {cycle}",
    plan_needs_since_2021: "\"plan\" spiller av planen fra 2021 og krever `question = \"since_2021\"`",
    no_such_actor: "ingen aktørgruppe har denne id-en",
    no_track_for: "denne aktørgruppen har ikke noe innføringsløp for løsningen '{solution}'",
    no_such_milestone: "ingen milepæl har denne id-en",
    happened: "milepælen skjedde i {month}; i spørsmålet fra i dag flyttes ikke historien",
    in_force: "plikten har gjeldt siden {month}; i spørsmålet fra i dag kan den ikke settes på nytt",
    no_duty: "denne aktørgruppen kan ikke få en plikt",
    mandate_outside: "{month} er utenfor {first}–{end}",
    months_more_than: "{value} måneder er mer enn {max}",
    lever_outside: "{value} er utenfor {min}–{max}",
    packed_by_another_version: "kan ikke leses: det ble pakket av en annen versjon av Veikart",
};

pub const ERRORS_NN: ErrorStrings = ErrorStrings {
    file: "fila",
    at: "linje {line}, kolonne {column}",
    meta: "delen [meta]",
    uncertainty: "delen [uncertainty]",
    packed: "det pakka vegkartet",
    numbered: "{kind} nr. {n}",
    field: "felt '{field}'",
    source: "kjelde",
    actor: "aktørgruppe",
    solution: "løysing",
    track: "innføringsløp",
    milestone: "milepæl",
    benefit: "gevinst",
    preset: "scenario",
    correlation_group: "korrelasjonsgruppe",
    or: "{a} eller {b}",
    one_of: "ein av {list}",
    section_item: "`{name}`",
    found_string: "teksten {value}",
    found_integer: "heiltalet `{value}`",
    found_float: "desimaltalet `{value}`",
    found_boolean: "sanningsverdien `{value}`",
    found_datetime: "tidspunktet `{value}`",
    found_array: "ei liste",
    found_table: "ein tabell",
    expected_string: "ein tekst i hermeteikn",
    expected_boolean: "ein sanningsverdi (`true` eller `false`)",
    expected_number: "eit tal",
    expected_whole_number: "eit heilt tal ≥ 0",
    expected_month: "ein månad som tekst: \"ÅÅÅÅ-MM\"",
    expected_array: "ei liste",
    expected_table: "ein tabell",
    expected_section: "ein tabell: `{section}`",
    expected_sourced: "ein verdi med kjelde eller antaking: `{ v = …, src = \"S1\" }` eller `{ v = …, assume = \"grunngiving\" }`",
    expected_slip: "eit overslag for forseinking i månader: `{ low = …, mode = …, high = …, assume = \"grunngiving\" }`",
    expected_range: "eit spenn: `{ low = …, high = …, src = \"S1\" }` eller `{ low = …, high = …, assume = \"grunngiving\" }`",
    expected_correlation_group: "ei korrelasjonsgruppe: `{ id = \"…\", actors = [\"…\"], correlation = { v = …, assume = \"grunngiving\" } }`",
    expected_condition: "eit vilkår: `{ milestone = \"id\", lag = … }` eller `{ track = \"id\", share = … }`",
    expected_text: "ein tekst på tre språk: `{ nb = \"…\", nn = \"…\", en = \"…\" }`",
    expected_note: "ein tekst: `\"…\"` eller `{ nb = \"…\", nn = \"…\", en = \"…\" }`",
    expected_source: "ei kjelde: `{ url = \"https://…\", title = \"…\", about = { nb = \"…\", nn = \"…\", en = \"…\" } }`",
    expected_bass: "Bass-koeffisientar: `{ p = { v = …, src = \"S1\" }, q = { v = …, assume = \"grunngiving\" } }`",
    expected_observation: "ein observasjon: `{ date = \"ÅÅÅÅ-MM\", share = …, src = \"S1\" }`",
    expected_use_share: "bruk over tid: `{ reference = { v = …, assume = \"…\" }, points = [ { date = \"ÅÅÅÅ-MM\", share = …, src = \"S1\" } ] }`",
    expected_weighted: "eit vekta innføringsløp: `{ track = \"id\", weight = { v = …, src = \"S1\" } }`",
    expected_source_ids: "ein kjelde-id (`\"S1\"`) eller ei liste med kjelde-id-ar (`[\"S1\", \"S2\"]`)",
    expected_actor_levers: "spakane for ei aktørgruppe: `{ delay = …, speed = …, ceiling = …, mandates = { … } }`",
    expected_milestone_levers: "spakane for ein milepæl: `{ delay = … }`",
    expected_levers: "ein tabell med spakar",
    not_toml: "ikkje gyldig TOML",
    too_deep: "ikkje gyldig TOML: tabellar eller lister ligg for djupt i kvarandre",
    duplicate_key: "ikkje gyldig TOML: nøkkelen `{key}` står to gonger",
    not_json: "ikkje gyldig JSON (linje {line}, kolonne {column})",
    null_in_json: "`null` er ikkje ein verdi i ei scenariofil",
    not_levers: "ei scenariofil er ein tabell med spakar",
    json_in_app: "appen les scenariofiler i TOML (`veikart-scenario.toml`); ei JSON-fil kan framleis køyrast med `veikart run --scenario`",
    scenario_version: "{value} er ikkje eit scenarioformat denne appen les (1–{max})",
    unknown_section: "ukjend del; venta ein av: {sections}",
    missing_section: "delen `{section}` manglar",
    sources_not_table: "må vere ein tabell med kjelder: `S1 = { url = \"https://…\", title = \"…\" }`",
    not_array_of_tables: "må vere ei liste med tabellar: `[[{section}]]`",
    invalid_type: "feil type: {found}, venta {expected}",
    invalid_value: "ugyldig verdi: heiltalet `{value}`, venta {expected}",
    unknown_variant: "ukjend verdi `{found}`, venta {expected}",
    unknown_field: "ukjent felt `{found}`, venta {expected}",
    missing_field: "feltet `{key}` manglar",
    not_a_month: "'{value}' er ikkje ein månad: skriv han som ÅÅÅÅ-MM, til dømes 2024-07",
    not_a_mandate: "ei plikt er \"data\", \"off\" eller ein månad: {month}",
    no_provenance: "treng ei kjelde (`src = \"S1\"`) eller ei antaking med grunngiving (`assume = \"…\"`)",
    both_provenance: "har både `src` og `assume`: ein verdi har anten ei kjelde eller er ei antaking",
    track_condition_without_share: "eit vilkår om eit innføringsløp treng andelen som skal nåast (`share = { v = 0.5, … }`)",
    condition_either_or: "eit vilkår er anten `{ milestone = \"id\", lag = … }` eller `{ track = \"id\", share = … }`",
    no_source_listed: "`src` nemner inga kjelde",
    unknown: "{kind} '{id}' finst ikkje",
    assumption_without_reason: "ei antaking treng ei grunngiving (`assume = \"…\"`)",
    out_of_range: "{value} er utanfor det tillatne området {lo}–{hi}",
    range_out_of_range: "{low}–{high} er utanfor det tillatne området {lo}–{hi}",
    range_misses_value: "krev `low` ≤ verdien ≤ `high`: {low} ≤ {value} ≤ {high} stemmer ikkje (spennet er snudd, eller det femner ikkje om verdien)",
    narrower_than: "{value} er smalare enn `{field}` {other}: ei antaking får minst same breidd som ei kjelde",
    in_another_group: "aktørgruppe '{actor}' er alt i ei anna gruppe: eit innføringsløp blir trekt med éi gruppe",
    outside_horizon: "{month} er utanfor tidsrommet {start}–{end}",
    empty_text: "tom tekst",
    empty_version: "tom versjon",
    empty_title: "tom tittel",
    bad_id: "ein id er 1–64 små bokstavar, siffer og '_', og byrjar med ein bokstav",
    duplicate_id: "{kind}-id-en står to gonger",
    bad_link_key: "'{key}' er ikkje ein lenkjenøkkel: ein bokstav og 1–3 siffer, til dømes a7",
    duplicate_link_key: "lenkjenøkkelen '{key}' står to gonger",
    horizon_too_short: "tidsrommet {start}–{end} må vere minst eitt år",
    horizon_too_long: "tidsrommet {start}–{end} er lengre enn 60 år",
    not_http_url: "'{url}' er ikkje ei http(s)-adresse",
    same_id_as_milestone: "ein milepæl har same id",
    waits_for_itself: "eit innføringsløp kan ikkje vente på seg sjølv",
    own_vendor: "eit innføringsløp kan ikkje vere sin eigen leverandør",
    caps_itself: "eit innføringsløp kan ikkje avgrense seg sjølv",
    not_vendor_group: "innføringsløp '{track}' høyrer til '{actor}', som ikkje er ei leverandørgruppe (`vendor = true`)",
    other_group_cap: "innføringsløp '{track}' høyrer til '{actor}': ei grense frå eit tidlegare steg må vere frå same aktørgruppe, '{own}'",
    target_before_start: "{month} er før tidsrommet byrjar, {start}: eit mål blir teikna ved sida av prognosen",
    after_horizon_end: "{month} er etter at tidsrommet sluttar, {end}",
    initial_above_ceiling: "{initial} er over taket {ceiling}",
    after_data_date: "{month} er etter datadatoen {data_date}",
    slip_out_of_order: "krev -24 ≤ `low` ≤ `mode` ≤ `high` ≤ 120 (månader)",
    decided_does_not_slip: "ein fastsett dato (ein oppstart som har skjedd, ei forskrift) blir ikkje forseinka: skriv `{ low = 0, mode = 0, high = 0 }`",
    happened_not_forecast: "ein milepæl som har skjedd (`actual`), er fastsett, ikkje ein prognose",
    no_track_listed: "nemner ikkje noko innføringsløp: ein gevinst treng begge sider av utvekslinga",
    no_point_listed: "nemner ikkje noko punkt: bruken treng minst éin observasjon",
    points_out_of_order: "{month} er ikkje etter punktet framfor ({before}): punkta står i datorekkjefølgje",
    cycle: "sirkulær avhengnad: {cycle}",
    plan_needs_since_2021: "\"plan\" spelar av planen frå 2021 og krev `question = \"since_2021\"`",
    no_such_actor: "inga aktørgruppe har denne id-en",
    no_track_for: "denne aktørgruppa har ikkje noko innføringsløp for løysinga '{solution}'",
    no_such_milestone: "ingen milepæl har denne id-en",
    happened: "milepælen skjedde i {month}; i spørsmålet frå i dag blir ikkje historia flytta",
    in_force: "plikta har gjolde sidan {month}; i spørsmålet frå i dag kan ho ikkje setjast på nytt",
    no_duty: "denne aktørgruppa kan ikkje få ei plikt",
    mandate_outside: "{month} er utanfor {first}–{end}",
    months_more_than: "{value} månader er meir enn {max}",
    lever_outside: "{value} er utanfor {min}–{max}",
    packed_by_another_version: "kan ikkje lesast: det vart pakka av ein annan versjon av Veikart",
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// A template's `{name}`s; `{ v = … }` in an example of what to write is no placeholder.
    fn placeholders(template: &str) -> BTreeSet<&str> {
        template
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .filter(|name| name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            .collect()
    }

    #[test]
    fn every_language_says_every_problem_with_the_same_values() {
        for ((key, nb), ((_, nn), (_, en))) in ERRORS_NB
            .entries()
            .into_iter()
            .zip(ERRORS_NN.entries().into_iter().zip(ERRORS_EN.entries()))
        {
            for text in [nb, nn, en] {
                assert!(!text.trim().is_empty(), "{key} is empty");
            }
            assert_eq!(placeholders(nb), placeholders(nn), "{key}");
            // The parsers' own words are shown in English only; bokmål and nynorsk give the
            // place instead.
            let english_only: BTreeSet<&str> = ["detail"].into();
            let norwegian_only: BTreeSet<&str> = match key {
                "not_json" => ["line", "column"].into(),
                _ => BTreeSet::new(),
            };
            assert_eq!(
                &placeholders(en) - &english_only,
                &placeholders(nb) - &norwegian_only,
                "{key}"
            );
        }
    }

    #[test]
    fn nynorsk_is_not_a_copy_of_bokmaal() {
        let entries = ERRORS_NB.entries();
        let differ = entries
            .iter()
            .zip(ERRORS_NN.entries())
            .filter(|((_, nb), (_, nn))| nb != nn)
            .count();
        assert!(differ * 3 > entries.len() * 2, "only {differ} differ");
    }

    #[test]
    fn numbers_take_the_languages_decimal_mark() {
        let p = Problem::OutOfRange {
            value: 1.5,
            lo: 0.0001,
            hi: 1.0,
        };
        assert_eq!(
            problem(Lang::En, &p),
            "1.5 is outside the allowed range 0.0001–1"
        );
        assert_eq!(
            problem(Lang::Nn, &p),
            "1,5 er utanfor det tillatne området 0,0001–1"
        );
    }
}
