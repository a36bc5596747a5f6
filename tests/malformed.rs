//! Malformed roadmap files: each file in `tests/malformed/` is `_valid_base.toml` with exactly one
//! defect, and each is refused with exactly the errors listed here (file, entity, field, message).
//! Loading never panics, whatever the input.

use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use proptest::prelude::*;
use veikart::model::problem::{Entity, Kind, Problem};
use veikart::model::{load_roadmap, DataErrors, Roadmap};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/malformed");
const BASE: &str = "_valid_base.toml";

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Loads `text`, turning a panic into a test failure that says which input caused it.
fn load(name: &str, text: &str) -> Result<Roadmap, DataErrors> {
    catch_unwind(AssertUnwindSafe(|| load_roadmap(name, text)))
        .unwrap_or_else(|_| panic!("load_roadmap panicked on {name}"))
}

/// The full error list of a file that must fail, one error per line.
fn errors(name: &str) -> String {
    match load(name, &read(name)) {
        Ok(_) => panic!("{name} loaded, but it is meant to be malformed"),
        Err(e) => {
            assert!(!e.0.is_empty(), "{name}: an Err holds no error");
            for d in &e.0 {
                assert_eq!(d.file, name, "every error names the file");
                assert!(
                    d.entity != Entity::Unnamed,
                    "{name}: an error names no entity: {d}"
                );
            }
            e.to_string()
        }
    }
}

/// One test per file: `name: ["error", …]` reads `tests/malformed/name.toml` and expects exactly
/// these errors, in this order. `FILES` lists them all, for the orphan check.
macro_rules! malformed {
    ($( $(#[$doc:meta])* $name:ident: [$($error:expr),+ $(,)?]; )*) => {
        const FILES: &[&str] = &[$(concat!(stringify!($name), ".toml")),*];
        $(
            $(#[$doc])*
            #[test]
            fn $name() {
                let expected: &[&str] = &[$($error),+];
                assert_eq!(errors(concat!(stringify!($name), ".toml")), expected.join("\n"));
            }
        )*
    };
}

malformed! {
    // TOML syntax and file structure
    toml_syntax_error: [r#"toml_syntax_error.toml: line 29, column 7: not valid TOML: string values must be quoted, expected literal string"#];
    duplicate_source_id: [r#"duplicate_source_id.toml: line 18, column 1: not valid TOML: duplicate key `S1`"#];
    deeply_nested: [r#"deeply_nested.toml: line 113, column 100: not valid TOML: tables or arrays nested too deeply"#];
    unknown_section: [r#"unknown_section.toml: file, field 'preset': unknown section; expected one of: meta, sources, actors, solutions, tracks, milestones, benefits, presets, uncertainty"#];
    missing_meta: [r#"missing_meta.toml: file, field 'meta': missing section [meta]"#];
    // Shape of an entity
    missing_field: [r#"missing_field.toml: actor 'fastlege', field 'units': missing field `units`"#];
    missing_id: [r#"missing_id.toml: actor #2, field 'id': missing field `id`"#];
    wrong_type: [r#"wrong_type.toml: actor 'fastlege', field 'units': invalid type: string "5224", expected a value with its source or assumption: { v = …, src = "S1" } or { v = …, assume = "reason" }"#];
    wrong_value_type: [r#"wrong_value_type.toml: actor 'fastlege', field 'units.v': invalid type: string "5224", expected a number"#];
    unknown_field: [r#"unknown_field.toml: track 'kj_kommune', field 'celing': unknown field `celing`, expected one of `id`, `actor`, `solution`, `initial`, `ceiling`, `bass`, `earliest`, `requires`, `vendor`, `within`, `mandate`, `p_range`, `q_range`, `observed`, `targets`"#];
    within_other_group: [
        r#"within_other_group.toml: track 'pll_fastlege', field 'within[0]': track 'kj_kommune' belongs to 'kommune': a cap by an earlier step must be of the same actor group 'fastlege'"#,
        r#"within_other_group.toml: track 'pll_fastlege', field 'within[1]': unknown track 'no_such_track'"#,
    ];
    happened_but_forecast: [r#"happened_but_forecast.toml: milestone 'sfm_release', field 'date_kind': a milestone that happened (actual) is decided, not a forecast"#];
    unknown_date_kind: [r#"unknown_date_kind.toml: milestone 'pll_start', field 'date_kind.v': unknown variant `maybe`, expected `decided` or `forecast`"#];
    use_share_out_of_order: [
        "use_share_out_of_order.toml: benefit 'pll_time', field 'use_share.points[1].share': 1.4 is outside the allowed range 0–1",
        "use_share_out_of_order.toml: benefit 'pll_time', field 'use_share.points[1].date': 2022-06 is not after the point before it (2023-06): points go in date order",
    ];
    // Provenance: every number and date has a source or an assumption
    number_without_provenance: [r#"number_without_provenance.toml: track 'kj_kommune', field 'initial': needs a source (src = "S1") or an assumption with its reason (assume = "…")"#];
    bare_number: [r#"bare_number.toml: milestone 'pll_start', field 'requires[0].lag': invalid type: integer `12`, expected a value with its source or assumption: { v = …, src = "S1" } or { v = …, assume = "reason" }"#];
    src_and_assume: [r#"src_and_assume.toml: track 'kj_kommune', field 'initial': has both src and assume: a value is either sourced or an assumption"#];
    unknown_source: [r#"unknown_source.toml: actor 'kommune', field 'units': unknown source 'S3'"#];
    src_wrong_type: [r#"src_wrong_type.toml: actor 'kommune', field 'units.src': invalid type: integer `2`, expected a source id ("S1") or a list of source ids (["S1", "S2"])"#];
    empty_assumption: [r#"empty_assumption.toml: actor 'epj_vendor', field 'units': an assumption needs its reason (assume = "…")"#];
    non_http_url: [r#"non_http_url.toml: source 'S2', field 'url': 'snl.no/kommune' is not an http(s) URL"#];
    // Ids and link keys
    duplicate_actor_id: [r#"duplicate_actor_id.toml: actor 'kommune', field 'id': duplicate actor id"#];
    duplicate_milestone_id: [r#"duplicate_milestone_id.toml: milestone 'pll_start', field 'id': duplicate milestone id"#];
    bad_id_characters: [r#"bad_id_characters.toml: benefit 'PLL time', field 'id': ids are 1–64 lower-case letters, digits and '_', starting with a letter"#];
    duplicate_link_key: [r#"duplicate_link_key.toml: milestone 'pll_start', field 'key': duplicate link key 'm1'"#];
    malformed_link_key: [r#"malformed_link_key.toml: actor 'epj_vendor', field 'key': 'vendor' is not a link key: a letter and 1–3 digits, e.g. a7"#];
    // References
    unknown_actor: [r#"unknown_actor.toml: track 'pll_fastlege', field 'actor': unknown actor 'fastleger'"#];
    unknown_solution: [r#"unknown_solution.toml: milestone 'sfm_release', field 'solution': unknown solution 'sfm'"#];
    unknown_builds_on: [r#"unknown_builds_on.toml: solution 'pll', field 'builds_on[0]': unknown solution 'kjernejournalen'"#];
    unknown_milestone_in_requires: [r#"unknown_milestone_in_requires.toml: track 'pll_fastlege', field 'requires[0].milestone': unknown milestone 'pll_national_start'"#];
    unknown_track_in_condition: [r#"unknown_track_in_condition.toml: milestone 'pll_start', field 'requires[1].track': unknown track 'kj_kommuner'"#];
    benefit_gate_unknown: [r#"benefit_gate_unknown.toml: benefit 'pll_time', field 'gates[0]': unknown milestone 'pll_launch'"#];
    vendor_not_vendor_group: [r#"vendor_not_vendor_group.toml: track 'pll_fastlege', field 'vendor': track 'kj_kommune' belongs to 'kommune', which is not a vendor group (vendor = true)"#];
    // Conditions
    track_condition_missing_share: [r#"track_condition_missing_share.toml: milestone 'pll_start', field 'requires[1]': a track condition needs the share to reach (share = { v = 0.5, … })"#];
    condition_milestone_and_track: [r#"condition_milestone_and_track.toml: milestone 'pll_start', field 'requires[1]': a condition is either { milestone = "id", lag = … } or { track = "id", share = … }"#];
    track_waits_for_itself: [r#"track_waits_for_itself.toml: track 'pll_fastlege', field 'requires[0].track': a track cannot wait for itself"#];
    // Ranges
    share_out_of_range: [r#"share_out_of_range.toml: milestone 'pll_start', field 'requires[1].share': 50 is outside the allowed range 0.001–1"#];
    target_share_in_percent: [r#"target_share_in_percent.toml: track 'pll_fastlege', field 'targets[0].share': 25 is outside the allowed range 0–1"#];
    initial_above_ceiling: [r#"initial_above_ceiling.toml: track 'kj_kommune', field 'initial': 0.02 is above the ceiling 0.01"#];
    bass_p_out_of_range: [r#"bass_p_out_of_range.toml: track 'pll_vendor', field 'bass.p': 1.5 is outside the allowed range 0.0001–1"#];
    negative_units: [r#"negative_units.toml: actor 'fastlege', field 'units': -5224 is outside the allowed range 1–100000000"#];
    slip_on_happened: [r#"slip_on_happened.toml: milestone 'sfm_release', field 'slip': a decided date (a go-live that happened, a forskrift) does not slip: write { low = 0, mode = 0, high = 0 }"#];
    range_inverted: [r#"range_inverted.toml: track 'kj_kommune', field 'q_range': needs low ≤ value ≤ high: 1.2 ≤ 0.9 ≤ 0.6 does not hold (an inverted range, or one that misses its value)"#];
    critical_mass_range_out_of_range: [r#"critical_mass_range_out_of_range.toml: benefit 'pll_time', field 'critical_mass_range': 0.3–1.2 is outside the allowed range 0–1"#];
    uncertainty_invalid: [
        r#"uncertainty_invalid.toml: uncertainty, field 'spread_assumed': 0.2 is narrower than spread_sourced 0.3: an assumption gets at least the width of a source"#,
        r#"uncertainty_invalid.toml: uncertainty, field 'groups[0].correlation': 1.5 is outside the allowed range 0–1"#,
        r#"uncertainty_invalid.toml: uncertainty, field 'groups[0].actors[1]': unknown actor 'no_such_actor'"#,
    ];
    slip_low_above_mode: [r#"slip_low_above_mode.toml: milestone 'pll_start', field 'slip': needs -24 ≤ low ≤ mode ≤ high ≤ 120 (months)"#];
    benefit_no_counterparts: [r#"benefit_no_counterparts.toml: benefit 'pll_time', field 'counterparts': lists no track: a benefit needs both sides of the exchange"#];
    empty_nynorsk: [r#"empty_nynorsk.toml: actor 'fastlege', field 'name.nn': empty text"#];
    // A note in three languages is a text like any other: no language left empty.
    empty_nynorsk_assumption: [r#"empty_nynorsk_assumption.toml: actor 'epj_vendor', field 'units.assume.nn': empty text"#];
    // `about` may be left out (a user's file can cite a document by its title alone, which is the
    // same in every language), but where it is given, all three languages are.
    empty_nynorsk_source_about: [r#"empty_nynorsk_source_about.toml: source 'S2', field 'about.nn': empty text"#];
    // Dates
    date_not_a_month: [r#"date_not_a_month.toml: milestone 'pll_start', field 'plan.v': '2024-13' is not a month: write it as YYYY-MM, e.g. 2024-07"#];
    date_with_sign: [r#"date_with_sign.toml: milestone 'pll_start', field 'plan.v': '2024-+1' is not a month: write it as YYYY-MM, e.g. 2024-07"#];
    date_outside_horizon: [r#"date_outside_horizon.toml: milestone 'pll_start', field 'replan': 2032-06 is outside the horizon 2021-01–2030-12"#];
    mandate_outside_horizon: [r#"mandate_outside_horizon.toml: track 'pll_fastlege', field 'mandate': 2019-12 is outside the horizon 2021-01–2030-12"#];
    actual_after_data_date: [r#"actual_after_data_date.toml: milestone 'sfm_release', field 'actual': 2026-06 is after the data date 2026-02"#];
    data_date_outside_horizon: [r#"data_date_outside_horizon.toml: meta, field 'data_date': 2031-02 is outside the horizon 2021-01–2030-12"#];
    // Presets
    preset_unknown_actor: [r#"preset_unknown_actor.toml: preset 'kommuner_wait', field 'scenario.actors.kommuner': no actor group with this id"#];
    preset_lever_out_of_range: [r#"preset_lever_out_of_range.toml: preset 'kommuner_wait', field 'scenario.actors.kommune.speed': 5 is outside 0.25–3"#];
    // Dependency cycles
    cycle_self: [r#"cycle_self.toml: milestone 'sfm_release', field 'requires[0]': dependency cycle: sfm_release → sfm_release"#];
    cycle_track_milestone: [r#"cycle_track_milestone.toml: milestone 'pll_start', field 'requires[1]': dependency cycle: pll_start → kj_kommune → pll_start"#];
    cycle_three_nodes: [r#"cycle_three_nodes.toml: milestone 'sfm_release', field 'requires[0]': dependency cycle: sfm_release → pll_start → pll_fastlege → sfm_release"#];
    cycle_via_vendor: [r#"cycle_via_vendor.toml: track 'pll_fastlege', field 'vendor': dependency cycle: pll_fastlege → pll_vendor → pll_fastlege"#];
}

#[test]
fn valid_base_loads() {
    let r = load(BASE, &read(BASE)).unwrap_or_else(|e| panic!("{e}"));
    // The base uses every optional feature the malformed files break.
    assert_eq!(r.actors.len(), 3);
    assert_eq!(r.tracks.len(), 3);
    assert_eq!(r.milestones.len(), 2);
    assert_eq!(r.presets.len(), 1);
}

/// A plain string where a note in three languages is expected (as in a user's own file) means
/// the same text in all three, and a source without `about` loads with its title alone.
#[test]
fn a_plain_assumption_means_all_three_languages() {
    let r = load(BASE, &read(BASE)).unwrap_or_else(|e| panic!("{e}"));
    let vendor = r.actor("epj_vendor").expect("the base has a vendor group");
    let veikart::model::Provenance::Assumed { assume } = &vendor.units.provenance else {
        panic!("the vendor count is assumed in the base");
    };
    let en = "Vendors counted by market share.";
    assert_eq!((&*assume.nb, &*assume.nn, &*assume.en), (en, en, en));
    let s2 = r.sources.get("S2").expect("the base has source S2");
    assert!(s2.about.is_none());
    assert_eq!(
        s2.line("S2", veikart::model::Lang::Nn),
        "S2: Number of kommuner"
    );
}

#[test]
fn every_file_has_a_test() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(DIR)
        .expect("tests/malformed exists")
        .map(|e| {
            e.expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n != BASE)
        .collect();
    let tested: BTreeSet<String> = FILES.iter().map(|f| f.to_string()).collect();
    let orphans: Vec<_> = on_disk.difference(&tested).collect();
    let missing: Vec<_> = tested.difference(&on_disk).collect();
    assert!(
        orphans.is_empty(),
        "files in tests/malformed without a test: {orphans:?}"
    );
    assert!(missing.is_empty(), "tests without a file: {missing:?}");
    assert!(
        FILES.len() >= 20,
        "the issue asks for at least 20 malformed files"
    );
}

// Inputs too large to keep as files: they are refused (or loaded) with a message, never a panic
// or a stack overflow.

const DEPTH: usize = 100_000;

#[test]
fn deeply_nested_arrays() {
    let text = format!("x = {}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    assert_eq!(
        load("deep.toml", &text).unwrap_err().to_string(),
        "deep.toml: line 1, column 85: not valid TOML: tables or arrays nested too deeply"
    );
}

#[test]
fn deeply_nested_inline_tables() {
    let text = format!("x = {}1{}", "{ a = ".repeat(DEPTH), " }".repeat(DEPTH));
    assert_eq!(
        load("deep.toml", &text).unwrap_err().to_string(),
        "deep.toml: line 1, column 485: not valid TOML: tables or arrays nested too deeply"
    );
}

#[test]
fn deeply_dotted_keys() {
    let key = vec!["a"; DEPTH].join(".");
    // The parser reports no position for a too-deep key, so the message names the file.
    for text in [
        format!("{key} = 1"),
        format!("[{key}]"),
        format!("[[{key}]]"),
    ] {
        assert_eq!(
            load("deep.toml", &text).unwrap_err().to_string(),
            "deep.toml: file: not valid TOML: tables or arrays nested too deeply"
        );
    }
}

#[test]
fn huge_file_loads() {
    let base = read(BASE);
    let start = base.find("[[benefits]]").expect("the base has a benefit");
    let end = base.find("[[presets]]").expect("the base has a preset");
    let benefit = &base[start..end];
    let mut text = base.clone();
    for i in 0..5_000 {
        text.push_str(&benefit.replace("id = \"pll_time\"", &format!("id = \"b{i}\"")));
    }
    let long = "x".repeat(1 << 20);
    text = text.replacen("Less reconciliation.", &long, 1);
    let r = load("huge.toml", &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.benefits.len(), 5_001);
    assert_eq!(r.benefits[0].description.en.len(), 1 << 20);
}

#[test]
fn huge_id_is_refused() {
    let id = "p".repeat(100_000);
    let text = read(BASE).replace("kommuner_wait", &id);
    let errors = load("huge.toml", &text).unwrap_err();
    assert_eq!(errors.0.len(), 1);
    assert_eq!(errors.0[0].entity, Entity::Named(Kind::Preset, id));
    assert_eq!(errors.0[0].problem, Problem::BadId);
}

/// Some prefixes are valid roadmaps (the presets are optional); none may panic.
#[test]
fn every_prefix_of_the_base_loads_or_fails_without_panic() {
    let base = read(BASE);
    for (end, _) in base.char_indices() {
        let _ = load(&format!("prefix {end}"), &base[..end]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Replacing any stretch of the base with arbitrary text never panics.
    #[test]
    fn random_edits_never_panic(at in 0.0f64..1.0, len in 0usize..40, insert in "\\PC{0,12}") {
        let base = read(BASE);
        let mut start = (base.len() as f64 * at) as usize;
        while !base.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + len).min(base.len());
        while !base.is_char_boundary(end) {
            end -= 1;
        }
        let text = format!("{}{}{}", &base[..start], insert, &base[end..]);
        let _ = load("edited.toml", &text);
    }
}
