//! The default roadmap (`data/roadmap.toml`): it loads, it is as large as the issue asks, and its
//! baseline is calibrated to what is known (actual dates, re-plans, observed adoption), and the
//! levers the UI relies on move what they should.

use veikart::model::{
    load_roadmap, pack_roadmap, unpack_roadmap, without_notes, Condition, Month, Roadmap,
    DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_FIRST, DEFAULT_ROADMAP_PACKED, DEFAULT_ROADMAP_TOML,
};
use veikart::scenario::{ActorLevers, Question, Scenario, Schedule};
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

/// Writes `packed` to `file` when it differs from the `built` copy and fails: like generated code
/// checked in (rust-analyzer's `sourcegen` tests), a stale copy is rewritten and the test fails
/// once: build again and commit it.
fn check_generated(file: &str, packed: &[u8], built: &[u8]) {
    if packed != built {
        std::fs::write(file, packed).expect("run from the crate root");
        panic!("{file} was stale and has been rewritten: rebuild and commit it");
    }
}

/// The packed copies are this file, validated: whole, and without notes for the first view.
#[test]
fn the_packed_default_is_the_validated_file() {
    let whole = roadmap();
    let packed = pack_roadmap(&whole).expect("a validated roadmap packs");
    check_generated("data/roadmap.postcard", &packed, DEFAULT_ROADMAP_PACKED);
    assert_eq!(
        unpack_roadmap("packed", DEFAULT_ROADMAP_PACKED),
        Ok(whole.clone())
    );
    let first = pack_roadmap(&without_notes(&whole)).expect("a validated roadmap packs");
    check_generated("data/roadmap-first.postcard", &first, DEFAULT_ROADMAP_FIRST);
    assert!(
        DEFAULT_ROADMAP_FIRST.len() * 2 < DEFAULT_ROADMAP_PACKED.len(),
        "the notes are most of the roadmap's bytes: {} of {}",
        DEFAULT_ROADMAP_FIRST.len(),
        DEFAULT_ROADMAP_PACKED.len()
    );
}

/// Without notes, every number, date, name and source is the same, and the runs are too; no
/// assumption keeps its reason and no source its description (a provenance `without_notes`
/// missed would keep its reason here).
#[test]
fn the_first_view_roadmap_differs_only_in_its_notes() {
    let whole = roadmap();
    let lean = without_notes(&whole);
    let described = format!("{lean:?}");
    assert!(
        !described.contains("about: Some"),
        "a source kept its description"
    );
    let assumed = described.matches("Assumed { assume: Text {").count();
    let emptied = described
        .matches(r#"Assumed { assume: Text { nb: "", nn: "", en: "" } }"#)
        .count();
    assert!(assumed > 100, "{assumed} assumptions");
    assert_eq!(assumed, emptied, "an assumption kept its reason");
    let scenario = preset(&whole, "kommune_pll_duty");
    let (a, b) = (
        Engine::new(whole.clone()).unwrap(),
        Engine::new(lean).unwrap(),
    );
    assert_eq!(a.run(&scenario), b.run(&scenario));
}

#[test]
fn a_damaged_packed_roadmap_is_an_error_naming_it() {
    let cut = &DEFAULT_ROADMAP_PACKED[..DEFAULT_ROADMAP_PACKED.len() / 2];
    let errors = unpack_roadmap("upload.toml", cut).expect_err("half a roadmap does not decode");
    assert!(
        errors
            .to_string()
            .starts_with("upload.toml: the packed roadmap: does not decode"),
        "{errors}"
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
        "kommune_pll_duty",
        "gp_digital_duty",
        "vendors_late",
        "kommuner_hold_back",
        "all_on_time",
    ] {
        let s = preset(&r, id);
        assert!(
            s.problems(&r).is_empty(),
            "preset '{id}': {:?}",
            s.problems(&r)
        );
    }
    // Replays of the period say so; the decisions open today are asked from today.
    for id in ["plan_2021", "all_on_time"] {
        let s = preset(&r, id);
        assert_eq!(
            (s.question, s.schedule),
            (Question::Since2021, Schedule::Plan),
            "{id}"
        );
    }
    for id in [
        "kommune_pll_duty",
        "gp_digital_duty",
        "vendors_late",
        "kommuner_hold_back",
    ] {
        assert_eq!(preset(&r, id).question, Question::FromToday, "{id}");
    }
    for vendor in ["epj_fastlege", "epj_sykehus", "epj_plo"] {
        assert_eq!(
            preset(&r, "vendors_late").actor(vendor).delay,
            12,
            "{vendor}"
        );
    }
}

/// The baseline is calibrated to what is known: a milestone that happened forecasts its actual
/// month; one re-planned to after the data date forecasts the re-plan; one planned before the data
/// date that had not happened by then falls after it. Every milestone says which kind its date is.
#[test]
fn every_milestone_forecasts_what_is_known_of_it() {
    let e = engine();
    let r = e.roadmap();
    for m in &r.milestones {
        assert!(
            m.date_kind.is_some(),
            "milestone '{}' has no date_kind",
            m.id
        );
        let f = e.baseline().milestone(&m.id).unwrap();
        if m.actual.is_some() || m.expected() > r.meta.data_date && m.replan.is_some() {
            assert_eq!(
                f.forecast,
                Some(m.expected()),
                "'{}' (bound by {:?})",
                m.id,
                f.because
            );
        } else {
            let forecast = f.forecast.unwrap();
            assert!(forecast > r.meta.data_date, "'{}' at {forecast}", m.id);
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

/// A kommune needs KJ and SFM in its own EPJ before PLL: caps on the PLL track, not share
/// thresholds with a cliff, so a kommune ceiling of 75 % and 76 % give nearly the same answer.
#[test]
fn pll_in_municipal_care_is_capped_by_the_kommunes_own_earlier_steps() {
    let e = engine();
    let r = e.roadmap();
    let track = &r.tracks[r.track_index("pll_kommune_plo").unwrap()];
    assert_eq!(track.within, ["kj_kommune_plo", "sfm_kommune_plo"]);
    let m = r
        .milestones
        .iter()
        .find(|m| m.id == "pll_kommune_start")
        .unwrap();
    assert!(!m
        .requires
        .iter()
        .any(|c| matches!(c, Condition::Track { track, .. } if track == "kj_kommune_plo")));
    let ceiling = |c: f64| {
        let mut s = Scenario::default();
        s.actors.entry("kommune_plo".into()).or_default().ceiling = c;
        e.compare(&s).delta_pv
    };
    let (a, b) = (ceiling(0.75), ceiling(0.76));
    assert!(
        (a - b).abs() < 0.1 * a.abs().max(1.0),
        "75 %: {a}, 76 %: {b}"
    );
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
fn late_vendors_delay_pll_in_municipal_care() {
    let e = engine();
    let r = e.roadmap();
    let c = e.compare(&preset(r, "vendors_late"));
    let base = e
        .baseline()
        .milestone("pll_kommune_start")
        .unwrap()
        .forecast
        .unwrap();
    let late = c.scenario.milestone("pll_kommune_start").unwrap();
    assert!(
        late.forecast.is_some_and(|l| l > base),
        "pll_kommune_start {base} → {:?}",
        late.forecast
    );
    let chain = c.scenario.critical_chain("pll_kommune_start");
    assert!(
        chain.iter().any(|s| s.id.contains("_epj_")),
        "a vendor track binds: {chain:?}"
    );
    assert!(c.delta_pv < 0.0);
}

#[test]
fn pll_national_start_falls_after_the_data_date_and_on_the_plan_when_all_is_on_time() {
    let e = engine();
    let r = e.roadmap();
    let start = e.baseline().milestone("pll_national_start").unwrap();
    assert_eq!(start.forecast, Some(r.meta.data_date.plus(1)));
    assert_eq!(start.because, Cause::DataDate);
    let on_time = e.run(&preset(r, "all_on_time"));
    assert_eq!(
        on_time.milestone("pll_national_start").unwrap().forecast,
        Some(month("2024-01"))
    );
}

/// A duty for municipal care to use PLL acts on PLL alone: it brings the full rollout forward and
/// adds value still to come, and leaves every other kommune track as it was.
#[test]
fn a_pll_duty_for_kommuner_brings_the_full_rollout_forward_and_touches_nothing_else() {
    let e = engine();
    let r = e.roadmap();
    let base = e.baseline();
    let run = e.run(&preset(r, "kommune_pll_duty"));
    let full = |out: &veikart::sim::RunOutput| {
        out.milestone("pll_full_rollout").unwrap().forecast.unwrap()
    };
    assert!(full(&run) < full(base), "{} → {}", full(base), full(&run));
    assert!(run.to_come > base.to_come);
    for t in r
        .tracks
        .iter()
        .filter(|t| t.actor == "kommune_plo" && t.solution != "pll")
    {
        assert_eq!(
            run.track(&t.id).unwrap().adoption,
            base.track(&t.id).unwrap().adoption,
            "{}",
            t.id
        );
    }
}

/// No dead levers: each actor group's delay or ceiling moves at least one benefit or milestone
/// when the period is replayed since 2021, and each of the two moves at least its own adoption.
/// (A delay of avtalespesialister moves their PLL track but no benefit: PLL's sides combine by
/// minimum, and municipal care, later still, binds.)
#[test]
fn every_actor_groups_levers_move_a_benefit_or_a_milestone() {
    let e = engine();
    let r = e.roadmap();
    let since = Scenario {
        question: Question::Since2021,
        ..Scenario::default()
    };
    let base = e.run(&since);
    for a in &r.actors {
        let moved = |levers: ActorLevers| {
            let mut s = since.clone();
            s.actors.insert(a.id.clone(), levers);
            let run = e.run(&s);
            let milestones = run
                .milestones
                .iter()
                .zip(&base.milestones)
                .filter(|(m, b)| m.forecast != b.forecast)
                .count();
            let benefits = run
                .benefits
                .iter()
                .zip(&base.benefits)
                .filter(|(m, b)| (m.present_value - b.present_value).abs() > 1e-6)
                .count();
            let tracks = run
                .tracks
                .iter()
                .zip(&base.tracks)
                .filter(|(m, b)| m.adoption != b.adoption)
                .count();
            (milestones + benefits, tracks)
        };
        let delay = moved(ActorLevers {
            delay: 12,
            ..ActorLevers::default()
        });
        let ceiling = moved(ActorLevers {
            ceiling: 0.5,
            ..ActorLevers::default()
        });
        assert!(
            delay.0 + ceiling.0 > 0,
            "neither delay nor ceiling of '{}' moves a benefit or milestone",
            a.id
        );
        assert!(delay.1 > 0, "a delay of '{}' moves no adoption", a.id);
        assert!(ceiling.1 > 0, "a ceiling of '{}' moves no adoption", a.id);
    }
}
