//! Monte Carlo, percentiles, tornado and goal seek on the default roadmap (issue 10).

use std::sync::OnceLock;

use proptest::prelude::*;
use veikart::model::{load_roadmap, Month, Roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use veikart::risk::{
    find_lever, seek, tornado, Goal, InputRef, MonteCarlo, RiskSettings, Sampler, Seek, SeekAnswer,
    TornadoTarget, DEFAULT_SEED,
};
use veikart::scenario::{Lever, Question, Scenario};
use veikart::sim::{Draw, Engine, RunOutput};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let r = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML)
            .expect("default roadmap loads");
        Engine::new(r).expect("default roadmap builds")
    })
}

fn scenarios() -> Vec<Scenario> {
    let mut delayed = Scenario::default();
    delayed
        .actors
        .entry("kommune_plo".into())
        .or_default()
        .delay = 12;
    let mut fast = Scenario::default();
    fast.actors.entry("epj_plo".into()).or_default().speed = 2.0;
    fast.milestones
        .entry("pll_national_start".into())
        .or_default()
        .delay = 3;
    let since = Scenario {
        question: Question::Since2021,
        ..delayed.clone()
    };
    vec![Scenario::default(), delayed, fast, since]
}

/// The roadmap with every uncertain input at zero width.
fn without_uncertainty(r: &Roadmap) -> Roadmap {
    let mut r = r.clone();
    r.uncertainty = Default::default();
    for t in &mut r.tracks {
        t.p_range = None;
        t.q_range = None;
    }
    for b in &mut r.benefits {
        b.annual_range = None;
        b.critical_mass_range = None;
    }
    for m in &mut r.milestones {
        (m.slip.low, m.slip.mode, m.slip.high) = (0.0, 0.0, 0.0);
    }
    r
}

/// The first place two runs differ, short enough to read.
fn first_difference(a: &RunOutput, b: &RunOutput) -> Option<String> {
    for (x, y) in a.tracks.iter().zip(&b.tracks) {
        if x != y {
            let t = x.adoption.iter().zip(&y.adoption).position(|(p, q)| p != q);
            return Some(format!(
                "track {}: opened {:?}/{:?}, month {t:?}",
                x.id, x.opened, y.opened
            ));
        }
    }
    for (x, y) in a.milestones.iter().zip(&b.milestones) {
        if x != y {
            return Some(format!(
                "milestone {}: {:?} / {:?}",
                x.id, x.forecast, y.forecast
            ));
        }
    }
    for (x, y) in a.benefits.iter().zip(&b.benefits) {
        if x != y {
            return Some(format!(
                "benefit {}: {} / {}",
                x.id, x.present_value, y.present_value
            ));
        }
    }
    (a != b).then(|| "totals".to_string())
}

#[test]
fn a_point_draw_is_the_deterministic_run_bit_for_bit() {
    let e = engine();
    let point = Draw::point(e.roadmap());
    for s in scenarios() {
        let (drawn, run) = (e.run_drawn(&s, &point), e.run(&s));
        assert_eq!(first_difference(&drawn, &run), None, "{s:?}");
    }
}

#[test]
fn with_every_range_at_zero_width_every_run_is_the_deterministic_run() {
    let e = Engine::new(without_uncertainty(engine().roadmap())).expect("builds");
    let sampler = Sampler::new(e.roadmap());
    for s in scenarios() {
        let expected = e.run(&s);
        for run in 0..5 {
            let drawn = e.run_drawn(&s, &sampler.draw(7, run));
            assert_eq!(first_difference(&drawn, &expected), None, "{s:?}");
        }
        let mut mc = MonteCarlo::new(&e, &s, 7);
        mc.run_chunk(20);
        let summary = mc.summary("pll_full_rollout");
        for (m, p) in expected.milestones.iter().zip(&summary.milestones) {
            assert_eq!((p.p10, p.p50, p.p90), (m.forecast, m.forecast, m.forecast));
        }
        for (t, band) in expected.tracks.iter().zip(&summary.tracks) {
            let as_f32: Vec<f64> = t.adoption.iter().map(|&a| a as f32 as f64).collect();
            assert_eq!(band.p10, as_f32);
            assert_eq!(band.p90, as_f32);
        }
    }
}

/// A finished Monte Carlo of the default scenario, shared by the tests that only read it.
fn default_runs() -> &'static MonteCarlo<'static> {
    static MC: OnceLock<MonteCarlo<'static>> = OnceLock::new();
    MC.get_or_init(|| {
        let mut mc = MonteCarlo::new(engine(), &Scenario::default(), DEFAULT_SEED);
        mc.run_chunk(200);
        mc
    })
}

#[test]
fn a_single_triangular_slip_gives_the_triangles_median() {
    let mut r = without_uncertainty(engine().roadmap());
    let base = Engine::new(r.clone()).expect("builds");
    let s = Scenario {
        question: Question::Since2021,
        ..Scenario::default()
    };
    let run = base.run(&s);
    // A milestone its own date fixes, well inside the horizon, with nothing reached on it.
    let months = r.months() as i32;
    let m = r
        .milestones
        .iter()
        .zip(&run.milestones)
        .find(|(m, out)| {
            m.actual.is_none()
                && matches!(out.because, veikart::sim::Cause::OwnDate { .. })
                && out
                    .forecast
                    .is_some_and(|f| f.since(r.meta.start) < months - 36)
        })
        .map(|(m, out)| (m.id.clone(), out.forecast.expect("reached")))
        .expect("a milestone its own date fixes");
    let (low, mode, high) = (0.0, 2.0, 20.0);
    let i = r.milestone_index(&m.0).expect("milestone");
    (
        r.milestones[i].slip.low,
        r.milestones[i].slip.mode,
        r.milestones[i].slip.high,
    ) = (low, mode, high);
    // The median of a triangle whose mode is below its midpoint.
    let median = high - ((high - low) * (high - mode) / 2.0f64).sqrt();
    let e = Engine::new(r).expect("builds");
    let mut mc = MonteCarlo::new(&e, &s, 11);
    mc.run_chunk(2_000);
    let p50 = mc.summary(&m.0).milestones[i].p50.expect("reached");
    let sampled = p50.since(m.1) as f64;
    // Whole months (±0.5) plus about three standard errors of a median from 2,000 runs (0.15).
    assert!(
        (sampled - median).abs() <= 1.0,
        "{}: P50 {sampled} months late, the triangle's median {median:.2}",
        m.0
    );
}

#[test]
fn percentiles_are_ordered() {
    let summary = default_runs().summary("pll_full_rollout");
    assert_eq!(summary.runs_done, 200);
    let later = |a: Option<Month>, b: Option<Month>| match (a, b) {
        (Some(a), Some(b)) => a <= b,
        (_, None) => true,
        (None, Some(_)) => false,
    };
    for m in &summary.milestones {
        assert!(later(m.p10, m.p50) && later(m.p50, m.p90), "{m:?}");
        assert!((0.0..=1.0).contains(&m.not_reached) && m.never <= m.not_reached);
    }
    for band in summary.tracks.iter().chain(&summary.benefits) {
        for t in 0..band.p50.len() {
            assert!(
                band.p10[t] <= band.p50[t] && band.p50[t] <= band.p90[t],
                "{}",
                band.id
            );
        }
    }
    let pv = summary.present_value.expect("runs done");
    assert!(pv.p10 <= pv.p50 && pv.p50 <= pv.p90);
    // The ranges are not all zero: the bands have width somewhere.
    assert!(pv.p10 < pv.p90, "{pv:?}");
    assert!(summary
        .criticality
        .iter()
        .any(|n| n.id == "pll_full_rollout" && n.share == 1.0));
    assert!(summary
        .criticality
        .windows(2)
        .all(|w| w[0].share >= w[1].share));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The chance of meeting a date never falls as the date moves later.
    #[test]
    fn the_probability_of_meeting_a_date_is_monotone(
        pick in any::<proptest::sample::Index>(),
        a in 0i32..200,
        b in 0i32..200,
    ) {
        let mc = default_runs();
        let r = engine().roadmap();
        let m = &pick.get(&r.milestones).id;
        let (early, late) = (a.min(b), a.max(b));
        let at = |k: i32| mc.probability_by(m, r.meta.start.plus(k)).expect("known milestone");
        prop_assert!(at(early) <= at(late));
        prop_assert!((0.0..=1.0).contains(&at(late)));
    }
}

#[test]
fn the_same_seed_gives_the_same_runs_and_another_seed_others() {
    let s = Scenario::default();
    let summary = |seed: u64, chunks: &[u32]| {
        let mut mc = MonteCarlo::new(engine(), &s, seed);
        for &n in chunks {
            mc.run_chunk(n);
        }
        mc.summary("pll_full_rollout")
    };
    let once = summary(5, &[60]);
    assert_eq!(once, summary(5, &[60]));
    // Chunks continue the run indices: how the runs are cut up changes nothing.
    assert_eq!(once, summary(5, &[10, 25, 25]));
    assert_ne!(once.present_value, summary(6, &[60]).present_value);
}

#[test]
fn adding_an_input_does_not_change_the_draws_of_another() {
    let mut r = without_uncertainty(engine().roadmap());
    let i = r.milestone_index("pll_full_rollout").expect("milestone");
    (
        r.milestones[i].slip.low,
        r.milestones[i].slip.mode,
        r.milestones[i].slip.high,
    ) = (-6.0, 6.0, 24.0);
    let before = Sampler::new(&r);
    let j = r.milestone_index("pll_national_start").expect("milestone");
    (
        r.milestones[j].slip.low,
        r.milestones[j].slip.mode,
        r.milestones[j].slip.high,
    ) = (0.0, 3.0, 12.0);
    let t = r.track_index("pll_fastlege").expect("track");
    r.tracks[t].q_range = Some(veikart::model::Range {
        low: 0.5,
        high: 1.5,
        provenance: veikart::model::Provenance::Assumed {
            assume: "test".into(),
        },
    });
    let after = Sampler::new(&r);
    let mut moved = 0;
    for run in 0..100 {
        let (a, b) = (before.draw(3, run), after.draw(3, run));
        assert_eq!(a.slip[i], b.slip[i], "run {run}");
        moved += usize::from(b.slip[j] != 0);
    }
    assert!(moved > 50, "the new input is drawn: {moved} of 100");
}

#[test]
fn tornado_bars_are_sorted_and_move_the_result() {
    for target in [
        TornadoTarget::PresentValue,
        TornadoTarget::MilestoneDate {
            id: "pll_full_rollout".into(),
        },
    ] {
        let t = tornado(engine(), &Scenario::default(), &target).expect("known target");
        assert!(!t.bars.is_empty());
        assert!(t.bars.windows(2).all(|w| w[0].swing >= w[1].swing));
        assert!(t.bars.iter().all(|b| b.swing > 0.0));
        assert!(t
            .bars
            .iter()
            .any(|b| matches!(b.input, InputRef::Lever { .. })));
        assert!(t
            .bars
            .iter()
            .any(|b| matches!(b.input, InputRef::Input { .. })));
    }
    let unknown = TornadoTarget::MilestoneDate { id: "nope".into() };
    assert!(tornado(engine(), &Scenario::default(), &unknown).is_err());
}

/// The milestone's deterministic date in a scenario.
fn date_in(s: &Scenario, milestone: &str) -> Option<Month> {
    engine()
        .run(s)
        .milestone(milestone)
        .and_then(|m| m.forecast)
}

/// The scenario with a lever one step weaker than in `s` (back towards where it started).
fn one_step_weaker(s: &Scenario, lever: &Lever, from: f64) -> Scenario {
    let step = lever.kind().spec().step;
    let v = lever.value(s);
    let mut weaker = s.clone();
    lever.set(&mut weaker, if v > from { v - step } else { v + step });
    weaker.normalised()
}

#[test]
fn goal_seek_finds_the_weakest_setting_that_meets_a_date() {
    let r = engine().roadmap();
    let id = "pll_full_rollout";
    let now = date_in(&Scenario::default(), id).expect("reached in the baseline");
    let goal = Goal {
        milestone: id.into(),
        by: now.plus(-12),
        probability: None,
        lever: None,
    };
    let Seek::Answers { answers } = seek(
        engine(),
        &Scenario::default(),
        &goal,
        &RiskSettings::default(),
    )
    .expect("valid") else {
        panic!("the baseline does not meet a date a year earlier")
    };
    let found: Vec<_> = answers
        .iter()
        .filter_map(|a| match a {
            SeekAnswer::Found {
                lever,
                value,
                scenario,
                achieved,
            } => Some((lever, *value, scenario, achieved)),
            SeekAnswer::Unreachable { .. } => None,
        })
        .collect();
    assert!(!found.is_empty(), "{answers:?}");
    for (path, value, scenario, achieved) in found {
        let lever = find_lever(r, path).expect("a lever of the roadmap");
        assert_eq!(lever.value(scenario), value);
        let reached = date_in(scenario, id);
        assert_eq!(reached, achieved.month);
        assert!(reached.is_some_and(|d| d <= goal.by), "{path}={value}");
        let weaker = one_step_weaker(scenario, &lever, lever.kind().spec().default);
        assert!(
            date_in(&weaker, id).is_none_or(|d| d > goal.by),
            "{path}: one step weaker than {value} still meets it"
        );
    }
}

#[test]
fn goal_seek_with_a_probability_meets_it_and_one_step_weaker_does_not() {
    let id = "pll_full_rollout";
    let settings = RiskSettings { seed: 9, runs: 50 };
    let probability = |s: &Scenario, by: Month| {
        let mut mc = MonteCarlo::new(engine(), s, settings.seed);
        mc.run_chunk(settings.runs);
        mc.probability_by(id, by).expect("known")
    };
    let now = date_in(&Scenario::default(), id).expect("reached");
    let goal = Goal {
        milestone: id.into(),
        by: now,
        probability: Some(0.6),
        lever: None,
    };
    let answer = seek(engine(), &Scenario::default(), &goal, &settings).expect("valid");
    let Seek::Answers { answers } = answer else {
        panic!("60 % by the deterministic date is met already: {answer:?}")
    };
    let mut found = 0;
    for a in &answers {
        if let SeekAnswer::Found {
            lever,
            scenario,
            achieved,
            ..
        } = a
        {
            found += 1;
            let p = probability(scenario, goal.by);
            assert_eq!(achieved.probability, Some(p));
            assert!(p >= 0.6, "{lever}: {p}");
            let lever = find_lever(engine().roadmap(), lever).expect("lever");
            let weaker = one_step_weaker(scenario, &lever, lever.kind().spec().default);
            assert!(probability(&weaker, goal.by) < 0.6, "{lever:?}");
        }
    }
    assert!(found > 0, "{answers:?}");
}

#[test]
fn goal_seek_says_what_blocks_an_unreachable_goal() {
    let r = engine().roadmap();
    let goal = Goal {
        milestone: "pll_full_rollout".into(),
        by: r.meta.data_date.plus(1),
        probability: None,
        lever: Some("a1s".into()),
    };
    match seek(
        engine(),
        &Scenario::default(),
        &goal,
        &RiskSettings::default(),
    ) {
        Ok(Seek::Answers { answers }) => match &answers[..] {
            [SeekAnswer::Unreachable {
                best_value, chain, ..
            }] => {
                assert_eq!(*best_value, 3.0);
                assert!(chain.len() > 1, "{chain:?}");
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    let bad = |goal: Goal| {
        seek(
            engine(),
            &Scenario::default(),
            &goal,
            &RiskSettings::default(),
        )
    };
    assert!(bad(Goal {
        lever: Some("zz9".into()),
        ..goal.clone()
    })
    .is_err());
    assert!(bad(Goal {
        probability: Some(1.5),
        ..goal.clone()
    })
    .is_err());
    assert!(bad(Goal {
        milestone: "nope".into(),
        ..goal
    })
    .is_err());
}

#[test]
fn every_lever_is_found_by_its_link_key_and_by_its_path() {
    let r = engine().roadmap();
    for lever in Lever::all(r) {
        let key = veikart::risk::lever_link_key(r, &lever);
        assert!(!key.is_empty(), "{lever:?}");
        assert_eq!(find_lever(r, &key).as_ref(), Some(&lever), "{key}");
        let path = veikart::scenario::lever_path(&lever);
        assert_eq!(find_lever(r, &path).as_ref(), Some(&lever), "{path}");
    }
    assert_eq!(
        find_lever(r, "a1s").map(|l| l.target().to_string()),
        Some("kommune_plo".into())
    );
    assert_eq!(find_lever(r, "nope"), None);
}

/// A worker that owns its engine shares it with the runs: the same runs as borrowing it.
#[test]
fn monte_carlo_on_a_shared_engine_is_the_same() {
    let shared = std::rc::Rc::new(engine().clone());
    let mut owned = veikart::risk::MonteCarloOn::new(shared, &Scenario::default(), 2);
    owned.run_chunk(15);
    let mut borrowed = MonteCarlo::new(engine(), &Scenario::default(), 2);
    borrowed.run_chunk(15);
    assert_eq!(
        owned.summary("pll_kommune_start"),
        borrowed.summary("pll_kommune_start")
    );
}

/// FNV-1a over a value's JSON (shortest round-trip floats, so every bit counts).
fn fingerprint<T: serde::Serialize>(value: &T) -> u64 {
    serde_json::to_string(value)
        .expect("serialises")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The speed work (issues 10 and 12) changed no number: deterministic runs and Monte Carlo
/// summaries fingerprinted before it (at 3eb10f2). Only a change of `data/roadmap.toml` or of the
/// model may change these, and then the new fingerprints are recorded here with the reason.
#[test]
fn runs_and_summaries_are_the_bits_recorded_before_the_speed_work() {
    let e = engine();
    let runs: Vec<u64> = scenarios().iter().map(|s| fingerprint(&e.run(s))).collect();
    let summaries: Vec<u64> = scenarios()
        .iter()
        .map(|s| {
            let mut mc = MonteCarlo::new(e, s, DEFAULT_SEED);
            mc.run_chunk(30);
            fingerprint(&mc.summary("pll_full_rollout"))
        })
        .collect();
    assert_eq!(
        runs,
        [
            5432454324518052397,
            10117560312645926220,
            3190615536538136207,
            13455238003160225584
        ]
    );
    assert_eq!(
        summaries,
        [
            13020985350248141658,
            3039375866611692708,
            13708654554476536434,
            10980053292458942951
        ]
    );
}

/// The same for the worker's figures (what the page shows), 60 runs in its chunks.
#[test]
fn the_workers_bands_are_the_bits_recorded_before_the_speed_work() {
    use veikart::model::{Lang, DEFAULT_ROADMAP_PACKED};
    use veikart::worker_compute::{Engines, Job, CHUNK};
    let mut engines = Engines::default();
    let (engine, sampler) = engines.get(DEFAULT_ROADMAP_PACKED).expect("unpacks");
    let mut job = Job::new(
        engine,
        veikart::worker_protocol::Request {
            generation: 1,
            link: "v=2&a1d=12".into(),
            roadmap: DEFAULT_ROADMAP_PACKED.to_vec(),
            seed: DEFAULT_SEED,
            runs: 60,
            solution: Some("pll".into()),
            milestone: Some("pll_full_rollout".into()),
            by: Some(Month::new(2030, 12).0),
            seek_lever: None,
            seek_probability: None,
            lang: Lang::En,
        },
    );
    for _ in 0..60 / CHUNK + 1 {
        job.step(engine, sampler, CHUNK);
    }
    let b = job.bands(engine, 0);
    let figures = (
        &b.milestones,
        &b.adoption,
        &b.benefit,
        &b.present_value,
        b.probability,
        &b.criticality,
    );
    assert_eq!(fingerprint(&figures), 1726391336801505459);
}
