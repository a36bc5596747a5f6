//! The default roadmap (`data/roadmap.toml`): it loads, it is as large as the issue asks, and its
//! baseline is calibrated to what is known (actual dates, re-plans, observed adoption), and the
//! levers the UI relies on move what they should.

use veikart::model::{
    load_roadmap, Condition, Month, Roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML,
};
use veikart::scenario::{ActorLevers, Scenario, Schedule};
use veikart::sim::{Cause, Engine};

fn roadmap() -> Roadmap {
    load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).unwrap_or_else(|e| panic!("{e}"))
}

fn engine() -> Engine {
    Engine::new(roadmap()).expect("a loaded roadmap always builds an engine")
}

fn preset(r: &Roadmap, id: &str) -> Scenario {
    r.presets
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no preset '{id}'"))
        .scenario
        .clone()
}

fn month(s: &str) -> Month {
    s.parse().unwrap()
}

#[test]
fn the_default_roadmap_loads_and_matches_the_file_on_disk() {
    let r = roadmap();
    assert_eq!(r.meta.start, month("2021-01"));
    assert_eq!(r.meta.end, month("2035-12"));
    assert_eq!(r.meta.data_date, month("2026-02"));
    assert_eq!(r.meta.version, "2026.1");
    let on_disk = std::fs::read_to_string(DEFAULT_ROADMAP_FILE).expect("run from the crate root");
    assert_eq!(
        on_disk, DEFAULT_ROADMAP_TOML,
        "the embedded roadmap is stale"
    );
}

#[test]
fn it_is_as_large_as_the_issue_asks() {
    let r = roadmap();
    let dependencies: usize = r
        .tracks
        .iter()
        .map(|t| t.requires.len() + t.vendor.is_some() as usize)
        .sum::<usize>()
        + r.milestones.iter().map(|m| m.requires.len()).sum::<usize>();
    assert!(r.actors.len() >= 8, "{} actors", r.actors.len());
    assert!(r.tracks.len() >= 20, "{} tracks", r.tracks.len());
    assert!(
        r.milestones.len() >= 15,
        "{} milestones",
        r.milestones.len()
    );
    assert!(dependencies >= 25, "{dependencies} dependencies");
    assert!(r.benefits.len() >= 6, "{} benefits", r.benefits.len());
    assert!(r.presets.len() >= 5, "{} presets", r.presets.len());
}

#[test]
fn actors_have_the_agreed_ids_keys_and_vendor_flags() {
    let r = roadmap();
    let expected = [
        ("kommune_plo", "a1", false),
        ("legevakt", "a2", false),
        ("fastlege", "a3", false),
        ("helseforetak", "a4", false),
        ("avtalespesialist", "a5", false),
        ("apotek", "a6", false),
        ("tannlege", "a7", false),
        ("epj_fastlege", "a8", true),
        ("epj_sykehus", "a9", true),
        ("epj_plo", "a10", true),
    ];
    for (id, key, vendor) in expected {
        let a = r.actor(id).unwrap_or_else(|| panic!("no actor '{id}'"));
        assert_eq!(a.key, key, "actor '{id}'");
        assert_eq!(a.vendor, vendor, "actor '{id}' vendor flag");
        if vendor {
            assert_eq!(a.units.v, 1.0, "vendor group '{id}' counts market share");
        }
    }
}

#[test]
fn milestone_keys_run_m1_m2_in_order() {
    let r = roadmap();
    for (i, m) in r.milestones.iter().enumerate() {
        assert_eq!(m.key, format!("m{}", i + 1), "milestone '{}'", m.id);
    }
}

#[test]
fn the_seven_pillars_are_there_and_measures_build_on_them() {
    let r = roadmap();
    for id in [
        "helsenorge",
        "kjernejournal",
        "eresept",
        "meldingsutveksling",
        "grunndata",
        "kodeverk",
        "helseid",
    ] {
        let s = r.solution(id).unwrap_or_else(|| panic!("no pillar '{id}'"));
        assert!(s.pillar, "'{id}' is a pillar");
    }
    assert_eq!(r.solutions.iter().filter(|s| s.pillar).count(), 7);
    for id in ["sfm", "pll", "emultidose", "pjd", "pps", "digital_dialog"] {
        let s = r
            .solution(id)
            .unwrap_or_else(|| panic!("no measure '{id}'"));
        assert!(
            !s.pillar && !s.builds_on.is_empty(),
            "'{id}' builds on a pillar"
        );
    }
}

#[test]
fn the_presets_the_ui_offers_are_there_and_valid() {
    let r = roadmap();
    for id in [
        "plan_2021",
        "vendors_late",
        "kommuner_hold_back",
        "kommune_mandate",
        "all_on_time",
    ] {
        let s = preset(&r, id);
        assert!(
            s.problems(&r).is_empty(),
            "preset '{id}': {:?}",
            s.problems(&r)
        );
    }
    assert_eq!(preset(&r, "plan_2021").schedule, Schedule::Plan);
    assert_eq!(preset(&r, "all_on_time").schedule, Schedule::Plan);
    for vendor in ["epj_fastlege", "epj_sykehus", "epj_plo"] {
        assert_eq!(
            preset(&r, "vendors_late").actor(vendor).delay,
            12,
            "{vendor}"
        );
    }
}

/// The baseline is calibrated to what is known: a milestone that happened forecasts its actual
/// month; one only re-planned forecasts the re-plan (`Milestone::expected` picks which).
#[test]
fn every_milestone_with_an_actual_or_replan_forecasts_exactly_that_date() {
    let e = engine();
    for m in &e.roadmap().milestones {
        if m.actual.is_some() || m.replan.is_some() {
            let f = e.baseline().milestone(&m.id).unwrap();
            assert_eq!(
                f.forecast,
                Some(m.expected()),
                "milestone '{}' (bound by {:?})",
                m.id,
                f.because
            );
        }
    }
}

#[test]
fn every_milestone_is_reached_within_the_horizon_in_the_baseline() {
    let e = engine();
    for m in &e.baseline().milestones {
        assert!(
            m.forecast.is_some(),
            "milestone '{}' not reached: {:?}",
            m.id,
            m.because
        );
    }
}

#[test]
fn adoption_passes_near_every_observed_point() {
    let e = engine();
    let r = e.roadmap();
    for t in &r.tracks {
        let series = &e.baseline().track(&t.id).unwrap().adoption;
        for o in &t.observed {
            let i = o.date.since(r.meta.start);
            if i < 0 {
                continue;
            }
            let a = series[i as usize];
            assert!(
                (a - o.share).abs() <= 0.06,
                "track '{}' at {}: model {a:.3}, observed {:.3}",
                t.id,
                o.date,
                o.share
            );
        }
    }
}

#[test]
fn pll_in_municipal_care_is_bound_by_a_municipal_adoption_track() {
    let e = engine();
    let r = e.roadmap();
    let chain = e.baseline().critical_chain("pll_kommune_start");
    let bound_by_kommune = chain.iter().any(|step| {
        r.track_index(&step.id)
            .is_some_and(|i| r.tracks[i].actor == "kommune_plo")
    });
    assert!(bound_by_kommune, "critical chain: {chain:?}");
    let m = r
        .milestones
        .iter()
        .find(|m| m.id == "pll_kommune_start")
        .unwrap();
    assert!(m
        .requires
        .iter()
        .any(|c| matches!(c, Condition::Track { track, .. } if track == "kj_kommune_plo")));
}

#[test]
fn delaying_kommuner_a_year_delays_pll_in_municipal_care_and_costs_value() {
    let e = engine();
    let mut s = Scenario::default();
    s.actors.insert(
        "kommune_plo".into(),
        ActorLevers {
            delay: 12,
            ..ActorLevers::default()
        },
    );
    let c = e.compare(&s);
    let base = e
        .baseline()
        .milestone("pll_kommune_start")
        .unwrap()
        .forecast
        .unwrap();
    let late = c.scenario.milestone("pll_kommune_start").unwrap().forecast;
    assert!(
        late.is_none_or(|l| l > base),
        "pll_kommune_start {base} → {late:?}"
    );
    assert!(c.delta_pv < 0.0, "present value change {}", c.delta_pv);
}

#[test]
fn late_vendors_delay_the_national_pll_start() {
    let e = engine();
    let r = e.roadmap();
    let c = e.compare(&preset(r, "vendors_late"));
    let base = e
        .baseline()
        .milestone("pll_national_start")
        .unwrap()
        .forecast
        .unwrap();
    let late = c.scenario.milestone("pll_national_start").unwrap();
    assert!(
        late.forecast.is_none_or(|l| l > base),
        "pll_national_start {base} → {:?}",
        late.forecast
    );
    assert!(
        matches!(&late.because, Cause::Track { id, .. } if id.starts_with("pll_epj_")),
        "{:?}",
        late.because
    );
}

#[test]
fn pll_national_start_follows_the_replan_in_the_baseline_and_the_plan_when_all_is_on_time() {
    let e = engine();
    let r = e.roadmap();
    assert_eq!(
        e.baseline()
            .milestone("pll_national_start")
            .unwrap()
            .forecast,
        Some(month("2026-01"))
    );
    let on_time = e.run(&preset(r, "all_on_time"));
    assert_eq!(
        on_time.milestone("pll_national_start").unwrap().forecast,
        Some(month("2024-01"))
    );
}

#[test]
fn a_mandate_for_kommuner_brings_pll_in_municipal_care_forward() {
    let e = engine();
    let r = e.roadmap();
    let base = e
        .baseline()
        .milestone("pll_kommune_start")
        .unwrap()
        .forecast
        .unwrap();
    let run = e.run(&preset(r, "kommune_mandate"));
    let mandated = run
        .milestone("pll_kommune_start")
        .unwrap()
        .forecast
        .unwrap();
    assert!(mandated < base, "{base} → {mandated}");
    assert!(run.present_value > e.baseline().present_value);
}
